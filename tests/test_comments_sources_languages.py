"""Issue 15.6: analyze_comments' ``sources`` cite the shipped models' held-out macro-F1 in both
languages (the Spanish test set alone was cited before), and the cited sentences read in Spanish."""
from __future__ import annotations

import json

from viralml_desktop.core import paths
from viralml_desktop.core.captions import comments


def _metrics() -> dict:
    return json.loads((paths.MODELS_DIR / "sentiment" / "metrics.json").read_text(encoding="utf-8"))


def test_the_held_out_sources_cite_spanish_and_english():
    m = _metrics()
    es, en = m["macro_f1_es"], m["macro_f1_en"]
    n = {lang: m["music_comments"]["test_set"][lang]["n"] for lang in ("es", "en")}
    src = comments._sources({"use_lr+lexicon", "use_vader_lr+lexicon"})
    both = src["held_out_macro_f1"]
    assert both["kind"] == "model" and both["value"] == es
    assert f"Spanish {es}" in both["metric"] and f"English {en}" in both["metric"]
    assert both["data"] == f"training/data/sentiment_music_test.csv: {n['es']} Spanish and {n['en']} English comments"
    assert src["results"]["metric"] == both["metric"]  # the per-comment reading cites both languages too
    # one entry per number of the response's held_out_macro_f1, each with its own test set
    assert src["held_out_macro_f1.macro_f1_es"]["value"] == es
    assert src["held_out_macro_f1.macro_f1_en"]["value"] == en
    assert src["held_out_macro_f1.macro_f1_en"]["data"].endswith(f"{n['en']} English comments")
    # the shape of every entry is unchanged (CONTRACT.md: sources)
    keys = {"kind", "name", "metric", "value", "n", "data", "citation", "note"}
    assert all(set(e) == keys for e in src.values())


def test_a_users_own_model_cites_no_figure_of_ours_per_language():
    src = comments._sources({"transformers"})
    assert "held_out_macro_f1.macro_f1_en" not in src and src["results"]["name"] == "sentiment_transformers"


def test_the_cited_sentences_read_in_spanish(spanish):
    from test_i18n import _words, english_words

    from viralml_desktop.gui.source_text import lines

    vocabulary = english_words()
    src = comments._sources({"use_lr+lexicon"})
    for key in ("held_out_macro_f1", "held_out_macro_f1.macro_f1_es", "held_out_macro_f1.macro_f1_en"):
        for field in ("metric", "data", "note"):
            said = lines(src[key][field])
            assert not _words(said) & vocabulary, (key, field, said)
    es = lines(src["held_out_macro_f1"]["metric"])
    assert "español " + str(_metrics()["macro_f1_es"]).replace(".", ",") in es, es
