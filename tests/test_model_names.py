"""One table of the models' names (core/model_names.py): every shipped model and every models folder
with a metrics.json is named on its own (the ML health tab) and inside a sentence (the release PDFs),
in English and Spanish, and the in-sentence form is the same name."""
from __future__ import annotations

import re

import pytest

from viralml_desktop.core import model_names, paths, registry
from viralml_desktop.core.release import pdf

ARTICLES = {"en": ("the",), "es": ("el", "la", "los", "las")}


def _ids() -> set[str]:
    folders = {p.parent.name for p in paths.MODELS_DIR.glob("*/metrics.json")}
    assert {"peak", "anomaly", "sentiment", "screenshot_yolo"} <= folders  # the glob found the shipped folders
    return {s.name for s in registry.MODEL_TABLE} | folders


def _in_sentence(title: str) -> str:
    """A title as it reads inside a sentence: its first letter lower-cased unless it starts an acronym."""
    return title if title[1:2].isupper() else title[0].lower() + title[1:]


@pytest.mark.parametrize("lang", ["en", "es"])
def test_every_model_has_both_forms_in_both_languages(lang):
    ids = _ids()
    assert not ids - set(model_names.MODEL_NAMES), sorted(ids - set(model_names.MODEL_NAMES))
    for ident in ids:
        title = model_names.name(ident, "title", lang)
        phrase = model_names.name(ident, "phrase", lang)
        assert title and phrase and "_" not in title + phrase, ident
        assert title[0].isupper(), (ident, title)
        # the same name: the title with an article in front (or none: "your ...")
        rest = _in_sentence(title)
        assert phrase == rest or phrase in {f"{a} {rest}" for a in ARTICLES[lang]}, (ident, title, phrase)
        other = "es" if lang == "en" else "en"
        assert title != model_names.name(ident, "title", other), (ident, title)  # really translated
    spanish = " ".join(model_names.name(i, f, "es") for i in ids for f in model_names.FORMS)
    assert not re.search(r"\b(the|model|detector of|your)\b", spanish), spanish


def test_unknown_ids_and_forms():
    assert model_names.name("no_such_model", "phrase", "es") is None
    assert model_names.title("no_such_model", "es") == "no_such_model"
    assert model_names.title("anomaly_detector", "fr") == "Reach-drop detector"  # English for another language
    with pytest.raises(KeyError):
        model_names.name("peak_error", "plural", "en")


def test_the_pdf_says_a_model_in_its_in_sentence_form():
    assert pdf.model_words("anomaly_detector", "es") == "el detector de caídas de alcance"
    assert pdf.model_words("peak_error", "en") == "the peak-timing error model"
    assert pdf.model_words("no_such_model", "en") == "no_such_model"  # not a model: through say()
