"""The release PDFs (issue 18, point 3): write_kit_pdf on a kit built here, write_report_pdf on a
report of a stored history. Each PDF is opened with pypdfium2: its pages are counted and rendered
(none blank), its text layer read (artist, score, Spanish labels), its page size measured in
points and its fonts listed (OpenMoji embedded for the emoji)."""
from __future__ import annotations

import copy
import json
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
import pytest

from golden_responses import GOLDEN

from viralml_desktop.api.examples import write_thumbnail
from viralml_desktop.core.errors import InputError
from viralml_desktop.core.release import pdf

BLANK_STD = 6.0  # a rendered page whose grey levels vary less than this is blank (a footer and two lines: 3.7)


def _golden() -> dict:
    return json.loads(GOLDEN.read_text(encoding="utf-8"))


def make_kit(folder: Path) -> dict:
    """A kit as prepare_release writes it: the recorded answers of predict_virality, score_thumbnail,
    optimize_caption and predict_posting_time, two thumbnail candidates (the first improved) drawn here."""
    g = _golden()
    write_thumbnail(folder / "thumbnails" / "candidate_1.jpg", 20, "NUEVA", size=(1280, 720))
    write_thumbnail(folder / "thumbnails" / "candidate_1_improved.jpg", 35, "NUEVA", size=(1280, 720))
    write_thumbnail(folder / "thumbnails" / "candidate_2.jpg", 120, "VIDA", size=(1280, 720))
    caption = copy.deepcopy(g["contract:optimize_caption"])
    text = "Nueva Vida - Luna Roja 🔥🎶 ¡ya disponible! ✨\n\n#NuevaVida #trap"
    caption["optimized_caption"] = text
    thumb = g["contract:score_thumbnail"]
    posting = g["contract:predict_posting_time"]
    return {
        "kit_version": 1, "created_utc": "2026-12-01T07:00:00Z",
        "request": {"video_path": "clip.mp4", "out_dir": str(folder), "title": "Nueva Vida", "artist": "Luna Roja",
                    "genre": "trap", "countries": ["US", "MX", "ES"], "platforms": ["tiktok", "youtube"],
                    "account_id": None, "language": "en", "page_size": "A4", "candidates": 2},
        "video": {"path": "clip.mp4", "duration_s": 12.0, "width": 720, "height": 1280, "fps": 24.0},
        "virality": g["contract:predict_virality"],
        "thumbnails": [
            {"rank": 1, "time_s": 8.5, "file": "thumbnails/candidate_1.jpg", "score": 7.2,
             "improved_file": "thumbnails/candidate_1_improved.jpg", "improved_score": 7.6,
             "improvements": [{"edit": {"kind": "contrast", "amount": 0.3}, "label": "Increase contrast by 30%",
                               "score_before": 7.2, "score_after": 7.6, "gain": 0.4}],
             "response": thumb},
            {"rank": 2, "time_s": 2.5, "file": "thumbnails/candidate_2.jpg", "score": 6.1, "improved_file": None,
             "improvements": [], "response": thumb}],
        "captions": {p: {"text": text, "file": f"captions/{p}.txt", "chars": len(text), "limit": 2200,
                         "hashtags": ["#NuevaVida", "#trap"], "response": caption} for p in ("tiktok", "youtube")},
        "posting_time": {"responses": {"tiktok": posting, "youtube": posting},
                         "slots": {"tiktok": {"utc": "2026-12-03T23:00:00Z", "weekday": "Thursday",
                                              "local": {"US": "2026-12-03T18:00:00-05:00",
                                                        "MX": "2026-12-03T17:00:00-06:00",
                                                        "ES": "2026-12-04T00:00:00+01:00"}},
                                   "youtube": {"utc": "2026-12-04T21:30:00Z", "weekday": "Friday",
                                               "local": {"US": "2026-12-04T16:30:00-05:00"}}}},
        "history": {"account_id": None, "used": False, "posts": 0, "notes": [], "forecast": None},
        "files": {}, "stage_seconds": {}, "notes": [],
        "sources": {"video": {"kind": "measured", "name": "the video's container", "metric": None, "value": None,
                              "n": None, "data": None, "citation": None, "note": ""}},
    }


def open_pdf(path: Path):
    import pypdfium2 as pdfium

    return pdfium.PdfDocument(str(path))


def page_texts(path: Path) -> list[str]:
    doc = open_pdf(path)
    try:
        return [doc[i].get_textpage().get_text_range() for i in range(len(doc))]
    finally:
        doc.close()


def blank_pages(path: Path) -> list[int]:
    """1-based numbers of the pages whose render has (almost) no ink."""
    doc = open_pdf(path)
    try:
        out = []
        for i in range(len(doc)):
            grey = np.asarray(doc[i].render(scale=0.6).to_pil().convert("L"), dtype=float)
            if grey.std() < BLANK_STD:
                out.append(i + 1)
        return out
    finally:
        doc.close()


def page_size(path: Path) -> tuple[float, float]:
    doc = open_pdf(path)
    try:
        return tuple(doc[0].get_size())
    finally:
        doc.close()


def font_names(path: Path) -> set[str]:
    """The fonts the PDF embeds, read from its font dictionaries (fpdf2 writes them uncompressed)."""
    raw = path.read_bytes()
    return {m.decode("latin-1") for m in re.findall(rb"/(?:BaseFont|Name)\s*/([A-Za-z0-9+_-]+)", raw)}


def test_kit_pdf_in_english_has_every_section_and_no_blank_page(tmp_path):
    kit = make_kit(tmp_path)
    out = pdf.write_kit_pdf(kit, tmp_path, lang="en", page_size="A4")
    assert out == tmp_path / "report.pdf"
    texts = page_texts(out)
    # cover, virality, thumbnails (two candidates and the before/after of the first), captions,
    # posting slots with the history, and the sources
    assert len(texts) == 6
    assert blank_pages(out) == []
    whole = "\n".join(texts)
    assert "Luna Roja" in texts[0] and "Nueva Vida" in texts[0] and "2026-12-01" in texts[0]
    score = f"{100 * kit['virality']['virality_score']:.0f} %"
    assert f"Base rate of trap: {score}" in whole  # the prior's score: the genre's base rate
    assert "Rank 1" in whole and "Before" in whole and "Increase contrast by 30%: 7.20 → 7.60" in whole
    assert "US: 2026-12-03 18:00 (UTC-05:00)" in whole and "Thursday" in whole
    # a source label and its footnote beside the numbers, the footnotes in full on the last page
    assert "model · MAE" in whole and "Where each number comes from" in whole
    assert "No account history was used" in whole
    # every footnote cited beside a number is listed in full on the sources page, and nothing else
    before, _, after = whole.partition("Where each number comes from")  # the sources may follow on the page
    cited = {int(n) for n in re.findall(r"\[(\d+)\]", before)}
    listed = [int(n) for n in re.findall(r"(?m)^\[(\d+)\]", after.replace("\r", ""))]
    assert cited and listed == list(range(1, len(listed) + 1)) and set(listed) == cited


def test_kit_pdf_in_spanish_says_labels_and_core_reasons_in_spanish(tmp_path):
    kit = make_kit(tmp_path)
    whole = "\n".join(page_texts(pdf.write_kit_pdf(kit, tmp_path, lang="es")))
    for words in ("Kit de lanzamiento", "Artista", "Canción", "Viralidad", "Miniaturas", "Cuándo publicar",
                  "Textos de publicación", "De dónde sale cada número", "jueves", "Subir el contraste un 30 %"):
        assert words in whole, words
    assert "Increase contrast" not in whole and "Thumbnails" not in whole
    # a reason of core, through the app's catalogue (no Qt): "crest factor 5.4 dB (over-compressed: ...)"
    assert "factor de cresta" in whole and "crest factor" not in whole
    assert f"{100 * kit['virality']['virality_score']:.0f} %" in whole


def test_page_sizes_in_points(tmp_path):
    kit = make_kit(tmp_path)
    a4 = page_size(pdf.write_kit_pdf(kit, tmp_path, page_size="A4"))
    letter = page_size(pdf.write_kit_pdf(kit, tmp_path, page_size="Letter"))
    assert a4 == pytest.approx((595.28, 841.89), abs=0.5)
    assert letter == pytest.approx((612.0, 792.0), abs=0.5)


def fonts_drawing(path: Path) -> dict[str, set[str]]:
    """Each character of the text layer (surrogate pairs joined) and the fonts that draw it; a
    Type3 font (fpdf2's colour glyphs) has no base name and reads as ""."""
    import ctypes

    import pypdfium2.raw as raw

    doc = open_pdf(path)
    out: dict[str, set[str]] = {}
    try:
        for page in range(len(doc)):
            tp = doc[page].get_textpage()
            pending = None
            for i in range(tp.count_chars()):
                u = raw.FPDFText_GetUnicode(tp.raw, i)
                if 0xD800 <= u < 0xDC00:
                    pending = u
                    continue
                if 0xDC00 <= u < 0xE000 and pending is not None:
                    u, pending = 0x10000 + ((pending - 0xD800) << 10) + (u - 0xDC00), None
                buf = ctypes.create_string_buffer(256)
                raw.FPDFText_GetFontInfo(tp.raw, i, buf, 256, ctypes.byref(ctypes.c_int()))
                out.setdefault(chr(u), set()).add(buf.value.decode("latin-1"))
    finally:
        doc.close()
    return out


def test_emoji_print_in_colour_with_the_embedded_openmoji_font(tmp_path):
    kit = make_kit(tmp_path)
    for c in kit["captions"].values():  # 😍 and ❤ are also in DejaVu, in black and white
        c["text"] += " 😍❤"
    out = pdf.write_kit_pdf(kit, tmp_path)
    names = font_names(out)
    assert any("OpenMoji" in n for n in names), names
    assert any("DejaVuSans" in n for n in names), names
    drawn = fonts_drawing(out)
    for emoji in "🔥🎶✨😍❤":  # every emoji of the caption is drawn by the colour font, none by DejaVu
        assert drawn.get(emoji) == {""}, (emoji, drawn.get(emoji))
    assert drawn["¡"] <= {"MPDFAA+DejaVuSansBook", "MPDFAA+DejaVuSansBold"}  # letters stay in the text font
    credit = " ".join(page_texts(out)[-1].split())  # its attribution, on the sources page
    assert "Emoji: OpenMoji" in credit and "CC BY-SA 4.0" in credit


def test_missing_thumbnail_image_is_one_line_and_writes_nothing(tmp_path):
    kit = make_kit(tmp_path)
    (tmp_path / "thumbnails" / "candidate_2.jpg").unlink()
    with pytest.raises(InputError) as e:
        pdf.write_kit_pdf(kit, tmp_path)
    assert "candidate_2.jpg" in str(e.value) and "\n" not in str(e.value)
    assert not (tmp_path / "report.pdf").exists()


@pytest.mark.parametrize("kwargs, message", [({"lang": "fr"}, "language"), ({"page_size": "A3"}, "page_size")])
def test_unknown_language_or_page_size_is_refused(tmp_path, kwargs, message):
    with pytest.raises(InputError, match=message):
        pdf.write_kit_pdf(make_kit(tmp_path), tmp_path, **kwargs)


def test_bad_kit_or_folder_is_one_line(tmp_path):
    with pytest.raises(InputError, match="expected a JSON object"):
        pdf.write_kit_pdf(["not", "a", "kit"], tmp_path)
    with pytest.raises(InputError, match="no such kit folder"):
        pdf.write_kit_pdf({}, tmp_path / "missing")
    with pytest.raises(InputError, match="release_report response"):
        pdf.write_report_pdf({"no": "account"}, tmp_path / "r.pdf")


def test_a_failed_stage_prints_as_not_available_with_its_note(tmp_path):
    kit = make_kit(tmp_path)
    kit["virality"] = None
    kit["captions"] = {}
    kit["notes"] = ["virality: failed: the sound track could not be decoded"]
    whole = "\n".join(page_texts(pdf.write_kit_pdf(kit, tmp_path)))
    assert whole.count("Not available") == 2 and "the sound track could not be decoded" in whole


def test_two_pdfs_written_at_once_from_worker_threads(tmp_path):
    """No pyplot and no shared state: two threads write at the same time and both PDFs are whole."""
    folders = [tmp_path / "a", tmp_path / "b"]
    kits = [make_kit(f) for f in folders]
    with ThreadPoolExecutor(2) as pool:
        outs = list(pool.map(lambda fk: pdf.write_kit_pdf(fk[1], fk[0], lang="es"), zip(folders, kits)))
    assert [len(page_texts(o)) for o in outs] == [6, 6]


def test_the_pdf_writer_imports_no_qt(tmp_path):
    kit_json = tmp_path / "kit.json"
    make_kit(tmp_path)
    kit_json.write_text(json.dumps(make_kit(tmp_path)), encoding="utf-8")
    code = ("import json, sys; from pathlib import Path\n"
            "from viralml_desktop.core.release import pdf\n"
            f"folder = Path({str(tmp_path)!r})\n"
            "pdf.write_kit_pdf(json.loads((folder / 'kit.json').read_text()), folder, lang='es')\n"
            "print(sorted(m for m in sys.modules if m.startswith('PySide6') or m == 'matplotlib.pyplot'))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def test_a_number_and_its_unit_never_break_across_lines():
    """"80 %" in a narrow cell (the report's final-views cell) stays on one line: the writer puts a
    no-break space between a number and its unit in every text it lays out."""
    doc = pdf._doc_class()("en", "A4", "t")
    doc.add_page()
    doc.set_font("DejaVu", "", 10)
    text = "Predicted final views 1,104 (870–1,668, 80 %) in the first 6 h"
    for cut in ("Predicted final views 1,104 (870–1,668, 80", "Predicted final views 1,104 (870–1,668, 80 %) in "
                "the first 6"):
        lines = doc.multi_cell(doc.get_string_width(cut) + 2 * doc.c_margin + 0.3, 5, text, dry_run=True,
                               output="LINES")
        assert not any(line.rstrip().endswith(("80", " 6")) for line in lines), lines
    assert pdf.keep_units("30 posts, 2 sessions, 7.5 s, -9 LUFS") == "30 posts, 2 sessions, 7.5\xa0s, -9\xa0LUFS"


def test_the_report_names_its_post_by_a_date_in_its_language():
    """A post whose id is its timestamp (an export without post ids) reads as a date, not
    "2026-11-25T17:00:00Z"; a real id stays, with the date as the language writes it."""
    stamp = {"post_id": "2026-11-25T17:00:00Z", "published_at": "2026-11-25T17:00:00Z", "time_known": True}
    assert pdf.post_line(stamp, "es") == "25 nov 2026, 17:00 UTC"
    assert pdf.post_line(stamp, "en") == "25 Nov 2026, 17:00 UTC"
    dated = {"post_id": "v29", "published_at": "2026-10-29T00:00:00Z", "time_known": False}
    assert pdf.post_line(dated, "en") == "v29 · 29 Oct 2026"  # a date alone: no time is made up


def test_report_pdf_from_a_stored_history(isolated_home, tmp_path):
    from release_fixtures import store_history

    from viralml_desktop.core import engine

    store_history()
    report = engine.run("release_report", {"account_id": "luna_roja", "comments": ["Temazo 🔥🔥", "qué aburrido 👎"]},
                        record=False)
    out = pdf.write_report_pdf(report, tmp_path / "r.pdf", lang="en", page_size="Letter")
    texts = page_texts(out)
    # 1: the cover lines, next steps, verdict, health chart and its changes, the forecast; 2: the post
    # with its peak chart, the sentiment chart and the top comments; 3: the top emoji, and below them
    # (the page less than half full) the sources
    assert len(texts) == 3 and "Where each number comes from" in texts[-1] and "Top emoji" in texts[-1]
    assert blank_pages(out) == []
    assert page_size(out) == pytest.approx((612.0, 792.0), abs=0.5)
    whole = "\n".join(texts)
    assert "luna_roja" in texts[0] and "What to do next" in texts[0] and "Account health" in texts[0]
    assert f"{report['peak']['predicted_final_views']:,.0f}" in whole
    # where each step comes from, in words (the JSON's "from" keeps the capability id)
    flat = " ".join(whole.split())  # a source may wrap onto the next line
    assert "(from the reach-drop check)" in flat and "(from the comment analysis)" in flat
    assert "detect_anomaly" not in whole and "analyze_comments)" not in whole
    # the forecaster's footnote names it in words, not by its id ("the seasonal_naive_shift baseline")
    from viralml_desktop.gui.clauses import FORECASTERS

    model, flat = (report.get("forecast") or {}).get("model"), " ".join(whole.split())
    assert model and model not in flat
    if model not in ("lstm", "lstm_fine_tuned"):
        assert f"{FORECASTERS[model]} (baseline)" in flat
    assert any("OpenMoji" in n for n in font_names(out))
    es = "\n".join(page_texts(pdf.write_report_pdf(report, tmp_path / "r_es.pdf", lang="es")))
    assert "Informe tras el lanzamiento" in es and "Qué hacer ahora" in es
    assert "(según la revisión de caídas de alcance)" in es and "detect_anomaly" not in es
    post = report["post"]
    assert pdf.post_line(post, "es") in es and pdf.post_line(post, "en") in whole
    assert post["published_at"] not in whole and post["published_at"] not in es


def test_a_document_without_emoji_embeds_no_emoji_font(tmp_path):
    kit = make_kit(tmp_path)
    assert pdf.needs_emoji_font(kit)
    for c in kit["captions"].values():
        c["text"] = "Nueva Vida - Luna Roja, ¡ya disponible! ñ é ü"
        c["response"] = {k: v for k, v in c["response"].items() if k not in ("optimized_caption", "emoji_added")}
    assert not pdf.needs_emoji_font(kit)
    out = pdf.write_kit_pdf(kit, tmp_path)
    names = font_names(out)
    assert not any("OpenMoji" in n for n in names) and any("DejaVuSans" in n for n in names)
    assert "¡ya disponible! ñ é ü" in "\n".join(page_texts(out))


def test_the_emoji_subset_font_is_temporary(tmp_path, monkeypatch):
    """The document's emoji font (only the emoji it prints) is a temporary file, gone once the PDF is
    written or refused; the subset draws the emoji in colour as the whole font does."""
    import tempfile

    fonts = tmp_path / "fonts"
    fonts.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(fonts))
    kit = make_kit(tmp_path)
    path, temporary = pdf.emoji_font_file(pdf.emoji_codepoints(kit))
    assert temporary and path.parent == fonts and path.stat().st_size < 200_000  # the whole font is 2.7 MB
    path.unlink()
    out = pdf.write_kit_pdf(kit, tmp_path)
    assert fonts.exists() and list(fonts.iterdir()) == []
    assert fonts_drawing(out)["🔥"] == {""}
    with pytest.raises(InputError, match="no such folder"):
        pdf.write_report_pdf({"account_id": "x", "notes": ["🔥"]}, tmp_path / "missing" / "r.pdf")
    assert list(fonts.iterdir()) == []


# -- issue 18, session 8: what a fresh tester found ------------------------------------------------

ACCENT = np.array([88, 60, 180])  # the filled bars' colour (#583cb4)


def _filled_bars(png: bytes) -> int:
    """How many horizontal bars of the accent colour (#583cb4) a chart holds: bands of image rows with
    200 or more accent pixels (a legend's colour patch is narrower)."""
    import io

    from PIL import Image

    rgb = np.asarray(Image.open(io.BytesIO(png)).convert("RGB"), dtype=int)
    rows = (np.abs(rgb - ACCENT).sum(axis=2) < 30).sum(axis=1) >= 200
    return int(np.sum(rows[1:] & ~rows[:-1]) + rows[0])


def text_lines(text: str) -> list[str]:
    """The lines of a page's text layer less its footer ("… · Made with ViralML Desktop", "Page n of m")."""
    return [ln for ln in text.replace("\r", "").splitlines()
            if ln.strip() and not re.search(r"(Made with|Hecho con) ViralML Desktop|(Page|Página) \d+ (of|de) \d+",
                                            ln)]


def silent_kit(folder: Path) -> dict:
    """:func:`make_kit` of a silent video: audio quality not measured, the training mean standing in
    (predict_virality's missing_factors and its no_evidence source), as the kit stores it."""
    kit = make_kit(folder)
    v = kit["virality"]
    v["factors"]["audio_quality"] = 0.906
    v["missing_factors"] = {"audio_quality": "no audio track in the file"}
    v.setdefault("sources", {})["factors.audio_quality"] = {
        "kind": "no_evidence", "name": "audio quality", "metric": None, "value": None, "n": None, "data": None,
        "citation": None, "note": "not measured (no audio track in the file): the model's training mean stands in"}
    return kit


def test_a_factor_without_evidence_is_not_drawn_or_printed_as_a_measurement(tmp_path):
    factors = {k: 0.6 for k in pdf.FACTORS}
    # the unmeasured factor has no filled bar (three of four), and a factor read from a published figure
    # (the genre's popularity) is filled in another shade than the measurements
    assert _filled_bars(pdf.factors_chart(factors, "en")) == 4
    assert _filled_bars(pdf.factors_chart(factors, "en", ["audio_quality"])) == 3
    assert _filled_bars(pdf.factors_chart(factors, "en", ["audio_quality"], {"genre_popularity": "prior"})) == 2
    kit = silent_kit(tmp_path)
    en = " ".join("\n".join(page_texts(pdf.write_kit_pdf(kit, tmp_path, lang="en"))).split())
    assert "Audio quality – no evidence [" in en and "no evidence — not measured (the training mean 0.91 stands in)" \
        in en and "Audio quality 0.91" not in en
    es = " ".join("\n".join(page_texts(pdf.write_kit_pdf(kit, tmp_path, lang="es"))).split())
    assert "Calidad de audio – sin evidencia [" in es and "sin evidencia — no medido (la sustituye la media de " \
        "entrenamiento 0,91)" in es


def test_a_boost_without_evidence_reads_as_not_measured(tmp_path):
    kit = make_kit(tmp_path)
    for resp in kit["posting_time"]["responses"].values():
        resp["sources"] = {**(resp.get("sources") or {}), "expected_engagement_boost": {
            "kind": "no_evidence", "name": "expected engagement boost", "metric": None, "value": None, "n": None,
            "data": None, "citation": None, "note": "a convention, with no measured lift"}}
    whole = " ".join("\n".join(page_texts(pdf.write_kit_pdf(kit, tmp_path, lang="en"))).split())
    boost = kit["posting_time"]["responses"]["tiktok"]["expected_engagement_boost"]
    assert f"Expected engagement boost: no evidence — not measured (neutral value ×{boost:.2f}) [" in whole
    assert f"boost: ×{boost:.2f}" not in whole


def test_a_kit_without_title_or_artist_shows_the_file_name_never_not_given(tmp_path):
    kit = make_kit(tmp_path)
    kit["request"].update(title=None, artist="  ", genre=None)
    for lang, missing in (("en", "not given"), ("es", "sin indicar")):
        cover = page_texts(pdf.write_kit_pdf(kit, tmp_path, lang=lang))[0]
        lines = text_lines(cover)
        assert missing not in cover
        assert lines[1] == "clip.mp4"  # the heading under "Release kit"
        assert not any(ln.startswith(("Artist", "Song", "Genre", "Artista", "Canción", "Género")) for ln in lines)


@pytest.mark.parametrize("lang, page", [("en", "A4"), ("es", "Letter")])
def test_no_page_holds_a_widow_whatever_the_number_of_footnotes(tmp_path, lang, page):
    """The sources pages with 24 footnotes of varying length and 14 to 38 one-line ones more, so the
    licence paragraph's place sweeps the last page's foot in steps of two lines: a footnote never splits
    over two pages and the licence paragraph stays with the last one, so every page holds 3 lines
    or more (the tester's Letter/Spanish kit ended on a page holding "CC BY-SA 4.0." alone)."""
    short = []
    for extra in range(14, 40, 2):
        doc = pdf._doc_class()(lang, page, "t", emoji=[0x1F525])
        doc.add_page()
        doc.para("the first page\nof the document\nbefore its sources")
        for i in range(24 + extra):
            words = "held-out words " * (3 + 7 * (i % 4)) if i < 24 else ""
            doc.cite({"kind": "model", "name": f"model {i} {words}", "metric": "MAE", "value": 0.1 + i, "n": 10,
                      "data": "data", "citation": None, "note": ""})
        doc.footnotes()
        out = pdf._output(doc, tmp_path / f"{extra}.pdf")
        doc.cleanup()
        texts = page_texts(out)
        short += [(extra, i + 1, text_lines(t)) for i, t in enumerate(texts) if len(text_lines(t)) < 3]
        assert "CC BY-SA 4.0" in " ".join(texts[-1].split())
    assert not short, short


def test_a_range_whose_ends_are_equal_prints_one_value(isolated_home, tmp_path):
    from release_fixtures import store_history

    from viralml_desktop.core import engine

    assert pdf.span("31", "31") == "31" and pdf.span("3", "31") == "3–31"
    assert pdf.counted(1, "en") == "1 post" and pdf.counted(3, "es") == "3 publicaciones" and \
        pdf.counted(1, "es") == "1 publicación"
    store_history()
    report = engine.run("release_report", {"account_id": "luna_roja"}, record=False)
    # a one-post run: the change found spans the newest post only, the period one day
    report["health"]["events"] = [{**report["health"]["events"][0], "start": 30, "end": 30}]
    report["period"] = {"first": "2026-10-29T18:00:00Z", "last": "2026-10-29T18:00:00Z", "posts": 1}
    iv = report["peak"]["interval"]
    report["peak"]["interval"] = [iv[0], iv[0]]
    for step in report["next_steps"]:  # a forecast band whose ends are equal
        if "low" in (step.get("values") or {}):
            step["values"]["high"] = step["values"]["low"]
    whole = "\n".join(page_texts(pdf.write_report_pdf(report, tmp_path / "r.pdf")))
    assert "2026-10-29 (1 post)" in whole and "31–31" not in whole
    assert not re.search(r"(?<![\d.,])(\d[\d.,]*)–\1(?![\d.,])", whole), whole


def test_notes_that_differ_only_by_platform_print_once(tmp_path):
    kit = make_kit(tmp_path)
    basis = "no_evidence: no imported posts: no hashtag model of your own (1.0 = as without hashtags, 0.5 = as " \
            "likely to help as not)"
    kit["history"]["notes"] = [f"captions {p}: hashtags — {basis}" for p in ("tiktok", "instagram", "youtube")]
    en = " ".join("\n".join(page_texts(pdf.write_kit_pdf(kit, tmp_path, lang="en"))).split())
    assert en.count("no hashtag model of your own") == 1
    words = basis.replace("no_evidence: ", "no evidence: ")  # the source id in words
    assert f"captions tiktok, instagram and youtube: hashtags — {words}" in en
    es = " ".join("\n".join(page_texts(pdf.write_kit_pdf(kit, tmp_path, lang="es"))).split())
    assert es.count("no hay modelo de hashtags propio") == 1 and "textos de publicación tiktok, instagram y youtube" in es


def _layout_faults(path: Path, margin_pt: float = 40.0) -> list[tuple]:
    """Text drawn over other text or over an image, or a character outside the page's margins
    (16 mm = 45 pt; 40 pt allowed), read from the PDF's text rectangles and image bounds."""
    import pypdfium2.raw as raw

    doc = open_pdf(path)
    faults = []
    try:
        for i in range(len(doc)):
            page = doc[i]
            w, h = page.get_size()
            tp = page.get_textpage()
            rects = [tp.get_rect(k) for k in range(tp.count_rects())]
            images = [o.get_bounds() for o in page.get_objects(filter=[raw.FPDF_PAGEOBJ_IMAGE])]

            def meet(a, b):
                return min(a[2], b[2]) - max(a[0], b[0]) > 1 and min(a[3], b[3]) - max(a[1], b[1]) > 1.5

            for k, r in enumerate(rects):
                text = tp.get_text_bounded(*r)[:40]
                if r[0] < margin_pt - 2 or r[2] > w - margin_pt + 2 or r[1] < 20 or r[3] > h - 20:
                    faults.append((i + 1, "outside", text))
                faults += [(i + 1, "on text", text) for q in rects[k + 1:] if meet(r, q)]
                faults += [(i + 1, "on image", text) for b in images if meet(r, b)]
    finally:
        doc.close()
    return faults


@pytest.mark.parametrize("lang, page", [("en", "Letter"), ("es", "A4")])
def test_long_names_stay_inside_the_margins_and_nothing_overlaps(tmp_path, lang, page):
    kit = make_kit(tmp_path)
    kit["request"].update(title="Supercalifragilistico" * 8, artist="DJ " + "x" * 150)
    kit["video"]["path"] = "/videos/" + "very_long_file_name_" * 10 + ".mp4"
    for c in kit["captions"].values():
        c["text"] = "Mira https://example.com/" + "a" * 200 + " #" + "b" * 90
        c["hashtags"] = ["#" + "b" * 90]
    kit["notes"] = ["virality: " + "z" * 300]
    # four candidates, the even ones without a click probability: rows of labels of unequal height
    t0 = kit["thumbnails"][0]
    kit["thumbnails"] = [dict(copy.deepcopy(t0), rank=r, improved_file=None, improvements=[],
                              response={} if r % 2 == 0 else t0["response"]) for r in range(1, 5)]
    out = pdf.write_kit_pdf(kit, tmp_path, lang=lang, page_size=page)
    assert _layout_faults(out) == []
    whole = "".join("".join(page_texts(out)).split())
    assert "b" * 90 in whole and "z" * 300 in whole  # wrapped, not cut


def one_post_report(isolated_home) -> dict:
    """release_report of an account of one post counted 6, 12, 24 and 48 h after publication."""
    from datetime import datetime, timedelta, timezone

    from viralml_desktop.core import engine, store

    t0 = datetime(2026, 11, 1, 18, 0, tzinfo=timezone.utc)
    for h in (6, 12, 24, 48):
        v = round(5000 * (1 - np.exp(-h / 30)))
        store.default_store().import_posts("solo", "tiktok", [
            {"post_id": "p1", "published_at": t0, "time_known": True, "title": "Solo #trap", "views": v,
             "likes": v // 10}], {"name": f"e{h}.csv", "exported_at": t0 + timedelta(hours=h)})
    return engine.run("release_report", {"account_id": "solo"}, record=False)


def test_a_one_post_report_reads_right_in_both_languages(isolated_home, tmp_path):
    """A one-post run: one date and "1 post", the verdict's confidence without evidence not printed as a
    figure, the short history's reason and its source in Spanish, and no page holding only the
    comments' "not available" line."""
    from test_release_pdf_es import _english

    report = one_post_report(isolated_home)
    assert report["health"]["anomaly_type"] == "insufficient_history"
    for lang, one, confidence in (("en", "(1 post)", "Confidence: no evidence — not measured ["),
                                  ("es", "(1 publicación)", "Confianza: sin evidencia — no medido [")):
        out = pdf.write_report_pdf(report, tmp_path / f"solo_{lang}.pdf", lang=lang, page_size="Letter")
        texts = page_texts(out)
        whole = " ".join("\n".join(texts).split())
        assert f"2026-11-01 {one}" in whole and whole.count(one) == 2  # the period and the next step
        assert confidence in whole and not re.search(r"(Confidence|Confianza):? 0 %", whole)
        assert not [t for t in texts if len(text_lines(t)) < 3]
        if lang == "es":
            assert "1 publicación tras quitar los duplicados" in whole and "menos de 3 publicaciones" in whole
            bad = _english(re.sub(r"--[\w-]+", " ", whole))  # a command's flags (--comments) are not words
            assert not bad, bad


def test_a_score_without_evidence_is_not_printed_as_a_figure(tmp_path):
    kit = make_kit(tmp_path)
    v = kit["virality"]
    entry = {"kind": "no_evidence", "name": "virality score", "metric": None, "value": None, "n": None,
             "data": None, "citation": None, "note": "no model could answer"}
    v["sources"] = {**(v.get("sources") or {}), "virality_score": entry, "confidence": entry, "interval": entry}
    score = f"{100 * v['virality_score']:.0f} %"
    texts = page_texts(pdf.write_kit_pdf(kit, tmp_path, lang="en"))
    cover, page = " ".join(texts[0].split()), " ".join(texts[1].split())
    assert "Virality: no evidence — not measured" in cover and f"Virality: {score}" not in cover
    assert f"Score: no evidence — not measured (neutral value {score}) [" in page and "interval" not in page
    assert f"Score: {score}" not in page


def test_a_prior_score_reads_as_the_base_rate_not_a_prediction(tmp_path):
    """Without a personal model the score is the genre's base rate (or all genres'): the cover and the
    virality page say so, in both languages, and never print a bare "Virality: 57 %"."""
    kit = make_kit(tmp_path)
    v = kit["virality"]
    assert v["model"]["kind"] == "prior"
    score = f"{100 * v['virality_score']:.0f} %"
    for lang, line, bare in (
            ("en", f"Base rate of trap: {score} — not a prediction for this video (import 30 of your videos to get "
                   "one)", f"Virality: {score}"),
            ("es", f"Tasa base de trap: {score} — no es una predicción para este vídeo (importa 30 de tus vídeos "
                   "para obtenerla)", f"Viralidad: {score}")):
        texts = page_texts(pdf.write_kit_pdf(kit, tmp_path, lang=lang))
        cover, page = " ".join(texts[0].split()), " ".join(texts[1].split())
        assert line in cover and bare not in cover
        assert line.split(" — ")[0] in page and line.split(" — ")[1] in page and "Score: " not in page
    # the genre outside the prior's data: the base rate of all genres
    v["missing_factors"] = {"genre_popularity": "genre 'reggaeton' is not in spotify_by_genre"}
    cover = " ".join(page_texts(pdf.write_kit_pdf(kit, tmp_path, lang="en"))[0].split())
    assert f"Base rate of all genres: {score} — not a prediction" in cover
    assert pdf.virality_text(v, "en", "reggaeton").startswith(f"Base rate of all genres: {score} — ")
    # a personal model's score is a prediction for this video
    v["model"] = {**v["model"], "kind": "personal"}
    v["missing_factors"] = {}
    assert pdf.virality_text(v, "en", "trap") == f"Virality of this video (your model): {score}"
    cover = " ".join(page_texts(pdf.write_kit_pdf(kit, tmp_path, lang="en"))[0].split())
    assert "Base rate" not in cover and f"Virality of this video (your model): {score}" in cover


def _cell_note(right: int, total: int) -> str:
    return ("calibrated probability that this verdict is right: in the detector's calibration split (223 requests "
            f"with a drop, 223 without), {right} of {total} verdicts in its cell (same verdict, history length) were "
            "right, reweighted to a base rate of 90% of requests with a real reach drop")


@pytest.mark.parametrize("right,total,chance", [(19, 38, True), (0, 0, True), (66, 127, True), (30, 38, False),
                                                (90, 100, False)])
def test_a_confidence_is_the_base_rate_only_when_its_cell_is_at_chance(right, total, chance):
    health = {"anomaly_type": "view_suppression", "is_shadowbanned": True, "confidence": 0.9}
    got = pdf.confidence_base_rate_only(health, {"kind": "model", "note": _cell_note(right, total)})
    assert (got is not None) == chance
    if chance:
        assert got == {"right": right, "total": total}
    # core's own word wins over the numbers
    assert pdf.confidence_base_rate_only({**health, "confidence_basis": "calibrated"},
                                         {"note": _cell_note(19, 38)}) is None
    assert pdf.confidence_base_rate_only({**health, "confidence_basis": "base_rate_only"},
                                         {"note": _cell_note(90, 100)}) == {"right": 90, "total": 100}


def test_a_report_whose_confidence_is_the_base_rate_prints_no_percentage(isolated_home, tmp_path):
    """A 3-post account with a suspected drop: the verdict's cell is at chance, so the report prints "no
    evidence beyond the base rate (the detector's record in this cell: 19 of 38 right)" instead of the
    base rate as a confidence, without "so the confidence is lower", in the verdict and the next step;
    the post's date-only time prints as the date alone; the CLI summary says the same."""
    from datetime import datetime, timedelta, timezone

    from viralml_desktop.core import engine, store

    t0 = datetime(2026, 11, 1, tzinfo=timezone.utc)
    posts = [{"post_id": f"p{i}", "published_at": t0 + timedelta(days=i), "time_known": False,
              "title": f"P{i} #trap", "views": v, "likes": v // 10} for i, v in enumerate([10000, 400, 380])]
    store.default_store().import_posts("tres", "tiktok", posts, {"name": "e.csv",
                                                                 "exported_at": t0 + timedelta(days=10)})
    report = engine.run("release_report", {"account_id": "tres"}, record=False)
    assert report["health"]["anomaly_type"] == "view_suppression"
    report["health"].pop("confidence_basis", None)
    entry = {"kind": "model", "name": "anomaly_detector", "metric": None, "value": None, "n": None, "data": None,
             "citation": None, "note": _cell_note(19, 38)}
    report["sources"]["health.confidence"] = entry
    report["health"]["confidence"] = 0.9
    report["health"]["reasons"] = list(report["health"]["reasons"]) + [
        "only 3 posts: the baseline is thin, so the confidence is lower"]
    for step in report["next_steps"]:
        if step["from"] == "detect_anomaly":
            step["values"]["confidence"] = "90"
            step["text"] = re.sub(r"confidence \d+ %", "confidence 90 %", step["text"])
    for lang, words in (("en", "Confidence: no evidence beyond the base rate (the detector's record in this cell: "
                               "19 of 38 right)"),
                        ("es", "Confianza: sin evidencia más allá de la tasa base (historial del detector en esta "
                               "celda: 19 de 38 aciertos)")):
        whole = " ".join("\n".join(page_texts(pdf.write_report_pdf(report, tmp_path / f"t_{lang}.pdf",
                                                                   lang=lang))).split())
        assert words in whole, whole[:900]
        body = re.split(r"Where each number comes from|De dónde sale cada número", whole)[0]  # not the footnotes
        assert "90 %" not in body and "confidence is lower" not in body and "confianza es menor" not in body
        assert words.split(": ", 1)[1].split(" (")[0] in body.split("Account health")[0].split("Salud de la")[0]
        # a date-only post: its day as the language writes it, no made-up midnight
        assert f"p2 · 3 {'Nov' if lang == 'en' else 'nov'} 2026 " in whole and "00:00" not in whole
    # the CLI summary's verdict line (cli.cmd_report) says it in the same words
    verdict = pdf.step_without_confidence("View suppression since 2026-11-02 (confidence 90 %)",
                                          pdf.confidence_base_rate_only(report["health"], entry))
    assert verdict == ("View suppression since 2026-11-02 (confidence: no evidence beyond the base rate (the "
                       "detector's record in this cell: 19 of 38 right))")


def _images(path: Path, page: int) -> list[tuple[float, float]]:
    """(width, height) in points of each image drawn on a page (0-based)."""
    import pypdfium2.raw as raw

    doc = open_pdf(path)
    try:
        out = []
        for o in doc[page].get_objects(filter=[raw.FPDF_PAGEOBJ_IMAGE]):
            left, bottom, right, top = o.get_bounds()
            out.append((right - left, top - bottom))
        return out
    finally:
        doc.close()


def test_a_vertical_videos_covers_print_beside_their_crops(tmp_path):
    """A portrait kit's 9:16 covers (thumbnails[i].cover_file) are on the thumbnails page beside the 16:9
    crops, each as tall as its crop, with nothing drawn over another."""
    kit = make_kit(tmp_path)
    before = _images(pdf.write_kit_pdf(kit, tmp_path), 2)
    assert not [s for s in before if s[1] > s[0]]  # no upright image without covers
    for t in kit["thumbnails"]:
        t["cover_file"] = f"thumbnails/candidate_{t['rank']}_cover.jpg"
        write_thumbnail(tmp_path / t["cover_file"], 60 * t["rank"], "LUNA", size=(1080, 1920))
    out = pdf.write_kit_pdf(kit, tmp_path)
    shapes = _images(out, 2)
    covers = [s for s in shapes if s[1] > s[0]]
    crops = [s for s in shapes if s[0] > s[1]]
    assert len(covers) == 2 and len(shapes) == len(before) + 2
    for cw, ch in covers:
        assert ch / cw == pytest.approx(16 / 9, rel=0.02)
        assert any(abs(h - ch) < 0.5 for _, h in crops)  # as tall as a crop beside it
    page = " ".join(page_texts(out)[2].split())
    assert page.count("9:16 cover (TikTok, Instagram Reels, YouTube Shorts)") == 2
    assert not _layout_faults(out)
    kit["thumbnails"][1]["cover_file"] = "thumbnails/missing_cover.jpg"
    with pytest.raises(InputError, match="cover 2: image file not found"):
        pdf.write_kit_pdf(kit, tmp_path)


def test_a_damaged_video_is_said_on_the_cover(tmp_path):
    kit = make_kit(tmp_path)
    cover = " ".join(page_texts(pdf.write_kit_pdf(kit, tmp_path))[0].split())
    assert "Warning" not in cover
    kit["video"]["damaged_note"] = "the file is truncated or damaged: analysed the first 7.5 s"
    for lang, words in (("en", "Warning: the file is truncated or damaged: analysed the first 7.5 s"),
                        ("es", "Aviso: el archivo está")):
        cover = " ".join(page_texts(pdf.write_kit_pdf(kit, tmp_path, lang=lang))[0].split())
        assert words in cover
    assert "7,5 s" in cover
    assert pdf.damaged_text("the file is truncated or damaged: analysed the first 12.0 s of 20.0 s", "es") in (
        "el archivo está truncado o dañado: se analizaron los primeros 12,0 s de 20,0 s",
        pdf.say("the file is truncated or damaged: analysed the first 12.0 s of 20.0 s", "es"))


def test_one_published_click_rate_is_said_once_not_under_every_thumbnail(tmp_path):
    kit = make_kit(tmp_path)
    ctr = f"{100 * kit['thumbnails'][0]['response']['click_probability']:.0f} %"
    page = " ".join(page_texts(pdf.write_kit_pdf(kit, tmp_path))[2].split())
    assert page.count(f"published average click-through rate (CTR) of {ctr} — published figure [") == 1
    assert "click probability" not in page
    # the channel model answered per thumbnail: each says its own
    for n, t in enumerate(kit["thumbnails"]):
        resp = t["response"] = copy.deepcopy(t["response"])
        resp["click_probability"] = 0.03 + 0.02 * n
        resp["sources"]["click_probability"] = {**resp["sources"]["click_probability"], "kind": "personal",
                                                "metric": "ROC-AUC", "value": 0.7}
    page = " ".join(page_texts(pdf.write_kit_pdf(kit, tmp_path))[2].split())
    assert "published average" not in page
    assert "click probability 3 %: your history" in page and "click probability 5 %: your history" in page


def _space_widths(path: Path, page: int, start: str, n_chars: int = 400) -> list[float]:
    """The widths (pt) of the spaces drawn in the ``n_chars`` characters from ``start`` on a page."""
    doc = open_pdf(path)
    try:
        tp = doc[page].get_textpage()
        text = tp.get_text_range()
        at = text.index(start)
        out = []
        for k in range(at, min(at + n_chars, tp.count_chars())):
            if tp.get_text_range(k, 1) == " ":
                left, _, right, _ = tp.get_charbox(k)
                if right - left > 0.1:  # not the space pdfium puts at a line's end
                    out.append(right - left)
        return out
    finally:
        doc.close()


def test_long_titles_are_left_aligned_and_notes_never_stand_alone(tmp_path):
    """A long title wraps left-aligned (its spaces all one width, not stretched from margin to margin), and
    the kit's notes that no longer fit on the cover follow the virality section instead of standing
    alone on a page; a kit without thumbnails says so under the previous section."""
    kit = make_kit(tmp_path)
    kit["request"]["title"] = " ".join(["Súper canción larguísima"] * 9)
    kit["notes"] = [f"virality: note number {i} about the kit, long enough to take a line of its own on the "
                    "cover page of the kit" for i in range(4)]
    out = pdf.write_kit_pdf(kit, tmp_path)
    spaces = _space_widths(out, 0, "Súper canción", len(kit["request"]["title"]))  # the heading
    assert len(spaces) > 10 and max(spaces) - min(spaces) < 0.5, spaces
    texts = page_texts(out)
    assert not [t for t in texts if len(text_lines(t)) < 3]
    notes = [i for i, t in enumerate(texts) if "\nNotes" in t.replace("\r", "")]
    assert len(notes) == 1 and "Virality" in texts[notes[0]] and "note number 3" in texts[notes[0]]
    kit["thumbnails"] = []
    kit["notes"] = ["thumbnails: no frame fit to be a thumbnail candidate (every decoded frame is in a fade)"]
    texts = page_texts(pdf.write_kit_pdf(kit, tmp_path))
    page = next(t for t in texts if "Thumbnails" in t)
    assert "Virality" in page and "Not available. thumbnails: no frame fit" in " ".join(page.split())


def test_percentage_figures_carry_their_sign_and_spanish_decimals_never_read_as_thousands():
    mdape = {"kind": "model", "name": "peak", "metric": "median absolute % error of final views, report bursts",
             "value": 14.3, "n": 40, "data": None, "citation": None, "note": ""}
    assert pdf.source_label(mdape, "en") == "model · MdAPE 14.3 %"
    assert pdf.source_label(mdape, "es") == "modelo · MdAPE 14,3 %"
    assert "= 14,3 %" in pdf._describe(mdape, "es") and "14,300" not in pdf._describe(mdape, "es")
    mae = {**mdape, "metric": "mean absolute error of track popularity", "value": 0.2141}
    assert pdf.source_label(mae, "es") == "modelo · MAE 0,21" and "= 0,214" in pdf._describe(mae, "es")
    assert pdf.figure_value({**mae, "value": 2.0}, "en") == "2" and pdf.figure_value({**mae, "value": 0.0065}, "es") \
        == "0,0065"


def test_notes_and_basis_lines_say_no_internal_ids():
    assert pdf.note("analyze_comments: no comments were given (comments_path or comments)", "en") == \
        "Comments: none given"
    assert pdf.note("analyze_comments: no comments were given (comments_path or comments)", "es") == \
        "Comentarios: no se dio ninguno"
    assert pdf.note("predict_peak: the post has 1 reading", "en") == "Peak and final views: the post has 1 reading"
    assert pdf.note("no views forecast: forecast_views needs at least 5 posts with views; got 3", "en") == \
        "no views forecast: the views forecast needs at least 5 posts with views; got 3"
    line = "no_evidence: published studies (no personal history); the slot is the best hour"
    assert pdf.basis_text(line, "en") == "No evidence: published studies (no personal history); the slot is the best hour"
    assert pdf.basis_text(line, "es").startswith("Sin evidencia: ") and "no_evidence" not in pdf.basis_text(line, "es")


def test_the_hashtag_relevance_note_reads_in_spanish():
    """Footnote of a ranked hashtag with an account whose hashtag model was tested: every clause in Spanish."""
    text = ("how close the tag's meaning is to the post (sentence-embedding similarity, 0-1); not a reach effect: "
            "no post history of yours with this tag")
    said = pdf.say(text, "es")
    assert said.startswith("cuánto se acerca el significado de la etiqueta a la publicación (similitud de embeddings "
                           "de frases, 0-1); no es un efecto en el alcance")
    from test_release_pdf_es import _english

    varied = text.replace("no post history of yours with this tag", "no reach effect is claimed")
    assert not _english(pdf.say(varied, "es")), pdf.say(varied, "es")


def test_the_report_cli_summary_says_notes_in_words_and_no_base_rate_confidence(isolated_home, tmp_path, capfd):
    """`viralml report` on a 3-post account with a suspected drop whose calibration cell is at chance:
    the summary's verdict and next step say no evidence beyond the base rate instead of a percentage,
    and its notes name no capability id."""
    from datetime import datetime, timedelta, timezone

    from viralml_desktop import cli
    from viralml_desktop.core import store

    t0 = datetime(2026, 11, 1, tzinfo=timezone.utc)
    posts = [{"post_id": f"p{i}", "published_at": t0 + timedelta(days=i), "time_known": False,
              "title": f"P{i} #trap", "views": v, "likes": v // 10} for i, v in enumerate([10000, 400, 380])]
    store.default_store().import_posts("tres", "tiktok", posts, {"name": "e.csv",
                                                                 "exported_at": t0 + timedelta(days=10)})
    assert cli.main(["report", "--account", "tres", "--out", str(tmp_path / "r.pdf")]) == 0
    summary = json.loads(capfd.readouterr().out)
    assert summary["comments_note"] == "Comments: none given"
    assert summary["peak_note"].startswith("Peak and final views: ")
    assert "no evidence beyond the base rate (the detector's record in this cell: " in summary["verdict"]
    assert not re.search(r"confidence \d+ %", summary["verdict"] + " ".join(summary["next_steps"]))


def test_a_short_table_stays_whole_with_its_heading(isolated_home, tmp_path):
    """The report's top-emoji table (two rows) is never split from its heading or left with one row on
    the next page, in either language and page size."""
    from release_fixtures import store_history

    from viralml_desktop.core import engine

    store_history()
    report = engine.run("release_report", {"account_id": "luna_roja", "comments": ["Temazo 🔥🔥", "qué aburrido 👎"]},
                        record=False)
    rows = report["comments"]["top_emoji"]
    assert len(rows) == 2
    for lang, head, page in (("es", "Emojis más usados", "A4"), ("en", "Top emoji", "Letter"),
                             ("es", "Emojis más usados", "Letter")):
        texts = page_texts(pdf.write_report_pdf(report, tmp_path / f"e_{lang}_{page}.pdf", lang=lang,
                                                page_size=page))
        at = [t for t in texts if head in t]
        assert len(at) == 1
        after = at[0].split(head, 1)[1]
        assert all(pdf.number(r["mean_score"], lang) in after for r in rows), after[:300]


def test_english_sentences_of_core_say_their_ids_in_words():
    assert pdf.say("captions tiktok: hashtags — no_evidence: your hashtag model is not used", "en") == \
        "captions tiktok: hashtags — no evidence: your hashtag model is not used"
    assert pdf.say("measured without genre_popularity", "en") == "measured without genre popularity"
    assert pdf.say("rank of the candidate by its score_thumbnail answer (1 = best)", "en") == \
        "rank of the candidate by its thumbnail score (1 = best)"
    assert pdf.merged_notes(["posting_time tiktok: 45 stored posts of luna read"], "en") == \
        ["posting time tiktok: 45 stored posts of luna read"]
