"""gui/clauses.py: core's sentences said in Spanish without Qt's application object (for the PDF
writer in worker threads), from the .ts catalogue of a clone or the compiled .qm of a bundle."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from viralml_desktop.gui import clauses

REASON = "crest factor 5.4 dB (over-compressed: under 10 dB); faces in 12% of sampled frames"


def test_core_lines_says_a_reason_in_spanish_from_the_ts_clause_by_clause():
    said = clauses.core_lines(REASON, "es")
    assert said == "factor de cresta 5,4 dB (sobrecomprimido: por debajo de 10 dB); caras en el 12 % de los " \
                   "fotogramas muestreados"
    assert clauses.core_lines(REASON, "en") == REASON
    assert clauses.core_lines("a sentence the catalogue has never seen: 3.5", "es") == \
        "a sentence the catalogue has never seen: 3.5"


def test_template_and_clauses_are_those_of_source_text():
    from viralml_desktop.gui import source_text

    assert source_text.template is clauses.template
    assert clauses.template("faces in 12% of 'x' frames") == ("faces in {0}% of {1} frames", ["12", "'x'"])
    assert clauses.split_clauses("a; b (c; d)") == ["a", "b (c; d)"]


def test_a_bundle_without_the_ts_reads_the_compiled_qm(tmp_path, monkeypatch):
    """The packaged app ships the .qm only: the lookup then goes through QtCore's QTranslator, which
    needs no QCoreApplication."""
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    if not lrelease.exists() and shutil.which("pyside6-lrelease") is None:
        pytest.skip("pyside6-lrelease is not installed")
    ts = clauses.I18N_DIR / "viralml_es.ts"
    qm = tmp_path / "viralml_es.qm"
    subprocess.run([str(lrelease if lrelease.exists() else "pyside6-lrelease"), str(ts), "-qm", str(qm)],
                   check=True, capture_output=True, timeout=120)
    monkeypatch.setattr(clauses, "I18N_DIR", tmp_path)  # a folder with the .qm and no .ts
    clauses._qm_lookup.cache_clear()
    try:
        assert clauses.core_lines(REASON, "es").startswith("factor de cresta 5,4 dB")
    finally:
        clauses._qm_lookup.cache_clear()


def test_no_catalogue_keeps_english(tmp_path, monkeypatch):
    monkeypatch.setattr(clauses, "I18N_DIR", tmp_path)  # neither .ts nor .qm
    clauses._qm_lookup.cache_clear()
    assert clauses.catalogue("es") is None and clauses.core_lines(REASON, "es") == REASON


def test_a_clause_splits_at_its_dash_and_its_closing_bracket():
    """The kit's notes: "virality: genre popularity not measured (genre 'x' is not in …)" is said as
    its head, its words and its bracket; "hashtags — no_evidence: …" at the dash before the colon."""
    why = "genre 'cumbia' is not in spotify_by_genre (it covers country, deep-house, dubstep, hip-hop, metal, rock)"
    assert clauses.core_lines(f"virality: genre popularity not measured ({why})", "es") == \
        "viralidad: popularidad del género sin medir (el género 'cumbia' no está en spotify_by_genre (cubre " \
        "country, deep-house, dubstep, hip-hop, metal, rock))"
    assert clauses.core_lines("captions tiktok: hashtags — not kept", "es") == \
        "textos de publicación tiktok: hashtags — no se conservó"
    # an unknown bracket or dash side stays as written, the known side is said
    assert clauses.core_lines("not kept (a note never seen)", "es") == "no se conservó (a note never seen)"
    assert clauses.core_lines("post(s) never seen", "es") == "post(s) never seen"


def test_the_kit_notes_name_accounts_and_forecasters_as_pieces():
    said = clauses.core_lines("no posts are stored for dj_x.2: import its analytics export with viralml import FILE "
                              "--account dj_x.2 (or the Import window)", "es")
    assert said.startswith("no hay publicaciones guardadas de dj_x.2:") and "--account dj_x.2 (o la ventana" in said
    assert clauses.core_lines("forecast_views answered with rolling_median_10 for the next post", "es") == \
        "la previsión de visualizaciones usó la mediana de tus últimas 10 publicaciones para la próxima publicación"


def test_the_forecasters_are_those_of_core_text():
    from viralml_desktop.gui import core_text

    assert clauses.FORECASTERS == core_text.FORECASTERS


def test_a_personal_virality_reason_reads_in_spanish():
    """The kit's history note quotes the virality score's reason, a personal model's included; a colon
    inside the closing bracket ("tempo 180 (your items: 80–120)") leaves the bracket whole."""
    said = clauses.core_lines(
        "virality: your personal model answered — personal model: the predicted views beat 62% of your 40 videos "
        "(time-ordered Spearman 0.41, permutation p = 0.012); unlike your videos the model learnt from: tempo 180 "
        "(your items: 80–120); the answer is capped at what those inputs reach within their range", "es")
    assert said == ("viralidad: respondió tu modelo personal — modelo personal: las vistas previstas superan al 62 % "
                    "de tus 40 vídeos (Spearman en orden temporal 0,41, permutación p = 0,012); a diferencia de los "
                    "vídeos con los que aprendió el modelo: tempo 180 (tus elementos: 80–120); la respuesta se limita "
                    "a lo que esas entradas alcanzan dentro de su rango")
    assert clauses.core_lines("prior (spotify_by_genre): your personal model on 40 videos is not used — no better "
                              "than the median of your videos on the 12 newest (error 0.412 vs 0.398): not used",
                              "es") == \
        "modelo previo (spotify_by_genre): tu modelo personal con 40 vídeos no se usa — no mejor que la mediana de " \
        "tus vídeos en los 12 más recientes (error 0,412 frente a 0,398): no se usa"


def test_a_singular_form_is_looked_up_before_the_plural():
    """"1 point" and "1 stored post" as core writes them read "1 punto" and "1 publicación" when the
    catalogue holds the singular key (the slot of the 1 written as a literal 1); 3 keeps the plural."""
    assert clauses.singular("{0} point: at least {1} time points", ["1", "5"]) == "1 point: at least {1} time points"
    assert clauses.singular("{0} points", ["3"]) is None
    one = clauses.core_lines("1 point: at least 5 time points are needed to fit a decay curve", "es")
    three = clauses.core_lines("3 points: at least 5 time points are needed to fit a decay curve", "es")
    assert one.startswith("1 punto: hacen falta al menos 5 puntos") and three.startswith("3 puntos: hacen falta")


def test_of_the_splits_the_one_said_whole_wins():
    """A clause "head: verdict: reason (bracket)" splits at its colon first; when that leaves a piece
    unknown, its closing bracket is tried, and the split whose every piece is known is said."""
    text = ("no_evidence: not enough posts yet for a hashtag model of your own (0 of 20 posts with 5 earlier posts "
            "to compare with): no reach effect is claimed (1.0 = as without hashtags, 0.5 = as likely to help as not)")
    said = clauses.core_lines(text, "es")
    assert said.startswith("sin evidencia: aún no hay") and said.endswith(
        "(1,0 = como sin hashtags, 0,5 = tan probable que ayuden como que no)"), said
    # nothing known: as written
    assert clauses.core_lines("never: seen (at all) — here", "es") == "never: seen (at all) — here"


@pytest.mark.parametrize("core, spanish", [
    ("8,350", "8350"), ("13,780", "13.780"), ("1,234,567.5", "1.234.567,5"), ("1.04", "1,04"),
    ("1,000.25", "1000,25"), ("0.3.0", "0.3.0"),
])
def test_spanish_numbers_leave_four_digits_ungrouped_as_the_screens_do(core, spanish):
    # Qt's Spanish locale writes 1378 and 13.780; the PDF (pdf.number) and the notes agree with it
    from viralml_desktop.core.release.pdf import number

    assert clauses.spanish_number(core) == spanish
    assert number(1378, "es") == "1378" and number(13780, "es") == "13.780" and number(-1378, "es") == "-1378"
    assert number(1378, "en") == "1,378"


def test_an_english_reader_gets_the_forecasters_in_words(qapp):
    """Core's "the seasonal_naive_shift baseline …" reads in words in English too (the PDF's footnote,
    the chart's source tooltip), as the Spanish catalogue's "{0} (referencia)" does."""
    from viralml_desktop.core.release import pdf
    from viralml_desktop.gui import source_text

    core = ("the seasonal_naive_shift baseline on the 40 posts of the account (the LSTM did not beat it on the "
            "held-out series)")
    want = ("your last post on the same weekday, or your current level when it has moved by half (baseline), on "
            "the 40 posts of the account (the LSTM did not beat it on the held-out series)")
    assert clauses.forecaster_words(core) == want
    assert pdf.say(core, "en") == want and source_text.sentence(core) == want
    assert pdf.say("the last_value baseline", "en") == "your last post's views (baseline)"
    assert clauses.forecaster_words("the mystery_model baseline") == "the mystery_model baseline"
    assert "seasonal_naive" not in pdf.say(core, "es")


def test_a_basis_line_read_without_its_source_id_is_said_in_spanish():
    """The PDF says a basis line's source id in words ("Tu historial: …") and passes the rest
    alone; the catalogue knows the sentence after its id, so the rest is Spanish too."""
    from viralml_desktop.core.release import pdf

    basis = ("personal: 35 posts of luna_roja, shrunk toward the published-study prior; it beat the median of "
             "those posts on the newest ones (time-ordered, permutation p = 0.045); boost of the slot chosen on "
             "half the posts measured on the other half; 90 % bootstrap interval")
    said = pdf.basis_text(basis, "es")
    assert said.startswith("Tu historial: 35 publicaciones de luna_roja, acercadas al modelo previo"), said
    assert "posts of" not in said and "shrunk" not in said
    assert clauses.core_lines(basis, "es").startswith("personal: 35 publicaciones de luna_roja")
    assert pdf.basis_text(basis, "en").startswith("Your history: 35 posts of luna_roja, shrunk")
    unknown = "35 widgets of luna_roja, never catalogued"
    assert clauses.core_lines(unknown, "es") == unknown
