"""Issue 14 point 1 in the GUI: beside each number a tab shows, a short source label ("measured",
"model · MAE 0.21", "your history · ρ 0.41", "published figure", "no evidence") with a plain-words
tooltip, from one shared widget (gui/widgets.py: SourceBadge, SourceStrip, label_columns); the
exports keep the sources; the virality tab says what its score is (score_basis) and re-runs on the
genre the user sets.

Each tab runs the job tests/test_i18n.py runs (a real job; virality and captions show a response
recorded from the real engine, see its ``run_job``), here in English. The Spanish labels and
tooltips are checked by tests/test_i18n.py.
"""
from __future__ import annotations

import csv
import json
import re

import pytest
from test_i18n import _settle, run_job

from viralml_desktop.core import sources
from viralml_desktop.gui.widgets import SourceBadge, source_texts


def _shown(badge: SourceBadge) -> bool:
    """The badge is on screen with a label and a tooltip, and says what its entry is."""
    return (badge.isVisibleTo(badge.window()) and bool(badge.text()) and bool(badge.toolTip())
            and badge.text().endswith(source_texts(badge.entry)[0]))


def _header_label(table, col: int) -> str:
    text = table.horizontalHeaderItem(col).text()
    return text.split("\n", 1)[1] if "\n" in text else ""


def _job(main_window, key, tmp_path):
    main_window._device_timer.stop()
    main_window.select_tab(key)
    run_job(main_window, key, tmp_path)
    return main_window.tabs[key]


def test_the_shared_badge_says_the_kind_and_the_figure(qapp):
    entry = sources.model("virality_prior", "the genre's base rate")
    label, tip = source_texts(entry)
    assert label.startswith("model · MAE ") and entry["metric"] in tip and "never saw" in tip
    # the model by the name the ML health tab gives it (core/model_names.py), not its id
    assert tip.splitlines()[1] == "Virality prior" and "virality_prior" not in tip
    assert source_texts(sources.personal("yours", "time-ordered CV Spearman", 0.41, 32))[0] == "your history · ρ 0.41"
    assert source_texts(sources.prior("A study, 2024"))[0] == "published figure"
    assert source_texts(sources.no_evidence("nothing measured"))[0] == "no evidence"
    assert source_texts(None) == ("", "")
    badge = SourceBadge(what="reach")
    badge.set_entry(sources.measured("x"))
    assert badge.text() == "reach: measured"
    badge.set_entry(None)
    assert badge.text() == "" and badge.isHidden()


def test_virality_tab_labels_every_number_and_says_what_the_score_is(main_window, tmp_path):
    tab = _job(main_window, "virality", tmp_path)
    out = tab.last
    assert _shown(tab.score_badge) and tab.score_badge.text().startswith("model · MAE")
    assert _shown(tab.score_sources.badges["confidence"]) and _shown(tab.score_sources.badges["interval"])
    for k, badge in tab.factor_badges.items():
        assert _shown(badge), k
    assert tab.factor_badges["genre_popularity"].text() == "published figure"
    assert tab.factor_badges["visual_appeal"].text() == "measured"
    # point 5: the score's basis in plain words, on the tab
    assert tab.basis_label.text() == out["score_basis"] and "Not a prediction for this video" in tab.basis_label.text()
    tab.export_csv(str(tmp_path / "v.csv"))
    rows = list(csv.DictReader((tmp_path / "v.csv").open(encoding="utf-8")))
    assert rows[0]["source"] == "model" and rows[0]["source_note"]


def test_captions_and_comments_label_every_number_and_the_csv_keeps_them(main_window, tmp_path):
    tab = _job(main_window, "captions", tmp_path)
    for platform, r in tab.results.items():
        strip = tab.cards[platform].sources_strip
        for path in ("improvements.estimated_ctr_boost", "improvements.hashtag_effectiveness"):
            assert _shown(strip.badges[path]), (platform, path)
            assert strip.badges[path].text().endswith("no evidence")  # no history: no reach effect claimed
        if r["improvements"].get("sentiment_available", True):
            assert _shown(strip.badges["improvements.sentiment_score"])
    assert _header_label(tab.tags, 1) == "measured"  # relevance to the caption, not a lift
    assert _header_label(tab.tags, 2) == "no evidence"
    pane = tab.comments
    tab.inner.setCurrentWidget(pane)
    for path in ("results", "distribution", "mean_score", "held_out_macro_f1"):
        assert _shown(pane.sources_strip.badges[path]), path
    assert pane.sources_strip.badges["held_out_macro_f1"].text().startswith("accuracy: model")
    assert _shown(pane.emoji_sources.badges["top_emoji"]) and _shown(pane.extremes_sources.badges["most_positive"])
    pane.export_csv(str(tmp_path / "c.csv"))
    with open(tmp_path / "c.csv", encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    assert rows and all(r["score_source"].startswith("model") and r["score_source_note"] for r in rows)


def test_posting_time_labels_every_number_and_the_csv_keeps_them(main_window, tmp_path):
    tab = _job(main_window, "posting_time", tmp_path)
    assert tab.response is not None
    for badge in (*tab.summary_sources.badges.values(), *tab.heatmap_sources.badges.values()):
        assert _shown(badge), badge.what
    # without history the boost is neutral and the heatmap is the studies' shape
    assert tab.summary_sources.badges["expected_engagement_boost"].text().endswith(("no evidence", "published figure"))
    assert tab.heatmap_sources.badges["heatmap"].text().endswith("published figure")
    assert _header_label(tab.top3, 2) and _header_label(tab.breakdown, 3) == "measured"
    tab.export_csv(str(tmp_path / "h.csv"))
    rows = list(csv.reader((tmp_path / "h.csv").open(encoding="utf-8")))
    assert rows[0][-2:] == ["source", "source_note"] and rows[1][-2] == "published figure" and rows[1][-1]


def test_account_health_labels_the_verdict_the_forecast_and_the_events(main_window, tmp_path):
    tab = _job(main_window, "account_health", tmp_path)
    assert tab.last is not None
    assert _shown(tab.sources_strip.badges["confidence"])
    # a verdict whose calibration cell does not beat chance says so (no evidence beyond the base rate of drops)
    kind = "no_evidence" if tab.last.result.get("confidence_basis") == "base_rate_only" else "model"
    assert tab.sources_strip.badges["confidence"].text().startswith(
        "confidence: no evidence" if kind == "no_evidence" else "confidence: model")
    if tab.last.forecast:
        assert _shown(tab.sources_strip.badges["forecast"])
    assert _header_label(tab.events, 3) == "measured" and _header_label(tab.events, 4) == "measured"
    tab.export_result(str(tmp_path / "a.json"))
    saved = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
    assert saved["sources"]["confidence"]["kind"] == kind
    if tab.last.forecast:
        assert saved["next_post_forecast"]["sources"]["forecast"]["kind"] in ("model", "personal")


def test_affinity_labels_the_score_and_the_engagement(qtbot, main_window, tmp_path):
    from viralml_desktop.api.examples import CONTRACT_EXAMPLES

    main_window._device_timer.stop()
    main_window.select_tab("affinity")
    tab = main_window.tabs["affinity"]
    tab.load_request(CONTRACT_EXAMPLES["calculate_affinity"])  # the contract example, typed into the form
    with qtbot.waitSignal(tab.runner.result, timeout=60000):
        tab.calculate()
    assert tab.last_response and tab.last_response["sources"]
    for badge in (*tab.score_sources.badges.values(), *tab.engagement_sources.badges.values()):
        assert _shown(badge), badge.what
    assert tab.score_sources.badges["affinity_score"].text().startswith("affinity: model · ROC-AUC")
    # no post history of the target: the platform's average, labelled as no evidence about this pair
    assert tab.engagement_sources.badges["engagement_prediction.like_probability"].text() == "like: no evidence"
    tab.export_json(str(tmp_path / "f.json"))
    assert json.loads((tmp_path / "f.json").read_text(encoding="utf-8"))["response"]["sources"]


def test_thumbnails_tab_labels_the_score_pane_and_the_batch_and_the_csv_keeps_them(qtbot, main_window, tmp_path):
    import cv2
    from test_thumbnail_core import real_portrait

    tab = _job(main_window, "thumbnails", tmp_path)  # a folder: the batch table
    assert tab.batch_rows and tab.batch_rows[0].get("sources")
    assert _header_label(tab.batch_table, 1).startswith("model")
    assert _header_label(tab.batch_table, 2) == "published figure"  # no channel model: YouTube's published CTR
    tab.export_csv(str(tmp_path / "b.csv"))
    rows = list(csv.DictReader((tmp_path / "b.csv").open(encoding="utf-8")))
    assert rows[0]["visual_appeal_score_origin"].startswith("model")
    assert rows[0]["click_probability_origin"] == "published figure"
    one = tmp_path / "one.png"
    cv2.imwrite(str(one), cv2.resize(real_portrait(), (320, 180)))
    with qtbot.waitSignal(tab.runner.result, timeout=120000):
        tab.score(str(one))
    for path in ("visual_appeal_score", "click_probability"):
        assert _shown(tab.score_sources.badges[path]), path
    assert tab.score_sources.badges["click_probability"].text() == "click probability: published figure"
    assert tab.score_sources.badges["competitive_ranking"].isHidden()  # no competitors: no rank shown


def test_affinity_labels_read_in_spanish(spanish, qtbot, main_window):
    """The badges and their tooltips (core's sentences included) in the Spanish interface."""
    from test_i18n import english_words, untranslated

    from viralml_desktop.api.examples import CONTRACT_EXAMPLES

    main_window._device_timer.stop()
    main_window.select_tab("affinity")
    tab = main_window.tabs["affinity"]
    tab.load_request(CONTRACT_EXAMPLES["calculate_affinity"])
    with qtbot.waitSignal(tab.runner.result, timeout=60000):
        tab.calculate()
    assert tab.engagement_sources.badges["engagement_prediction.like_probability"].text() == "me gusta: sin evidencia"
    assert tab.score_sources.badges["affinity_score"].text().startswith("afinidad: modelo · ROC-AUC 0,")
    bad = [b for b in untranslated(main_window, "affinity", english_words()) if "SourceBadge" in b]
    assert not bad, "\n".join(bad)


def test_screenshot_tab_labels_the_tiles_and_the_csv_keeps_them(main_window, tmp_path):
    import sys

    import cv2

    from viralml_desktop.core import registry

    if not registry.default_registry().is_available("screenshot_yolo"):
        pytest.skip("the screenshot detector's weights are not shipped here")
    sys.path.insert(0, str(sources.paths.ROOT_DIR / "training"))
    import screenshot_data as sd

    photos, faces = sd._load_photos()
    img, _ = sd.render("yt_desktop_grid", "dark", 11, sd.Assets(photos, faces, held_out=True))
    shot = tmp_path / "grid.png"
    cv2.imwrite(str(shot), sd._to_array(img)[:, :, ::-1].copy())
    main_window._device_timer.stop()
    main_window.select_tab("screenshot")
    tab = main_window.tabs["screenshot"]
    tab.read_text.setChecked(False)
    assert main_window.open_paths([str(shot)])
    _settle(main_window, 120)
    assert tab.result is not None, tab.error.text()
    tab.select_tile(0)
    for path in ("tiles[].rank", "tiles[].visual_appeal_score", "tiles[].measures"):
        assert _shown(tab.tile_sources.badges[path]), path
    assert _shown(tab.diff_sources.badges["top_vs_rest"])
    assert all(_header_label(tab.table, c) for c in (0, 1, 2))
    assert tab.export_table(str(tmp_path / "t.csv"))
    rows = list(csv.DictReader((tmp_path / "t.csv").open(encoding="utf-8")))
    assert rows and rows[0]["visual_appeal_score_source"].startswith("model") and rows[0]["views_source"] == "measured"


def test_virality_reruns_on_the_genre_the_user_sets(qtbot, main_window, tmp_path):
    """Point 5: the analysis waits for (or re-runs on) the genre the user sets."""
    from test_virality_gui import _tab

    from viralml_desktop.api.examples import write_video

    tab = _tab(main_window)
    tab.genre.setCurrentText("trap")
    clip = write_video(tmp_path / "g.mp4", seconds=3.0, size=(180, 320), fps=12, tone_hz=220.0)
    with qtbot.waitSignal(tab.runner.result, timeout=120000) as first:
        tab.handle_files([str(clip)])
    assert "trap" in first.args[0]["score_basis"].lower()
    with qtbot.waitSignal(tab.runner.result, timeout=120000) as second:
        tab.genre.setCurrentIndex(tab.genre.findData("rock"))
    assert "rock" in second.args[0]["score_basis"].lower() and tab.last is second.args[0]
    assert tab.basis_label.text() == second.args[0]["score_basis"]
    # the same genre set again runs nothing
    tab.genre.setCurrentIndex(tab.genre.findData("rock"))
    assert not tab.runner.is_running()


def _core_sentences() -> set[str]:
    """Every sentence of a sources entry (and the score basis) in the recorded responses; a model's id (an
    entry's name, said from core/model_names.py: see the next test) is no sentence."""
    from test_i18n import GOLDEN

    from viralml_desktop.core import model_names

    out = set()
    for response in json.loads(GOLDEN.read_text(encoding="utf-8")).values():
        for entry in (response.get("sources") or {}).values():
            if isinstance(entry, dict):
                out |= {entry[k] for k in ("name", "note", "metric", "data", "citation") if entry.get(k)}
        if response.get("score_basis"):
            out.add(response["score_basis"])
    return out - set(model_names.MODEL_NAMES)


def test_source_tooltips_name_each_model_as_the_ml_health_tab_does(qapp):
    """A model entry of the recorded responses is named in the badge's tooltip by core's table of model
    names, in English and Spanish (the ML health tab's name), never by its id or another phrasing."""
    from test_i18n import GOLDEN

    from viralml_desktop.core import model_names
    from viralml_desktop.gui import i18n
    from viralml_desktop.gui.tabs.ml_health import model_name

    entries = [e for r in json.loads(GOLDEN.read_text(encoding="utf-8")).values()
               for e in (r.get("sources") or {}).values() if isinstance(e, dict) and e.get("kind") == "model"]
    ids = {e["name"] for e in entries}
    assert {"anomaly_detector", "peak_error", "sentiment_heads", "virality_prior"} <= ids
    try:
        for lang in ("en", "es"):
            assert i18n.install(lang) == lang
            for e in entries:
                said = source_texts(e)[1].splitlines()[1]  # after the line on what the kind means
                assert said == model_names.title(e["name"], lang) == model_name(e["name"]), (lang, e["name"], said)
        assert source_texts(next(e for e in entries if e["name"] == "anomaly_detector"))[1].splitlines()[1] == \
            "Detector de caídas de alcance"
    finally:
        i18n.install("en")


def test_core_source_sentences_are_in_the_catalogue_and_read_in_spanish(qapp, monkeypatch):
    """Each sentence core writes in a sources entry of the recorded responses is one of the
    templates of gui/source_text.py and reads in Spanish with its names and numbers put back."""
    from viralml_desktop.gui import i18n
    from viralml_desktop.gui.source_text import SENTENCES, _piece, sentence, template

    said = _core_sentences()
    assert len(said) > 50
    missing = sorted(t for t in {template(s)[0] for s in said} if t not in SENTENCES)
    assert not missing, "add to gui/source_text.py SENTENCES and the catalogue:\n" + "\n".join(missing[:20])
    example = "no post history of 'a_b' (or 'c_d') is imported"
    assert template(example) == ("no post history of {0} (or {1}) is imported", ["'a_b'", "'c_d'"])
    assert template("the genre's place among the sample's genres")[1] == []  # apostrophes are not quotes
    monkeypatch.setenv("VIRALML_LANG", "es")
    assert i18n.install() == "es"
    try:
        for s in said:
            es = sentence(s)
            assert es != s or template(s)[0] == "models/lstm/metrics.json", s
            assert all(_piece(piece) in es for piece in template(s)[1]), (s, es)  # numbers with "," in Spanish
        basis = re.sub(r"the score is the [\w& -]+? genre's", "the score is the genre's",
                       next(b for b in said if b.startswith("Not a prediction")))
        assert "the genre's" in basis and sentence(basis).startswith("No es una predicción")  # no genre given
        assert sentence(basis.replace("the genre's", "the Trap Latino genre's")).startswith(
            "No es una predicción para este vídeo: la puntuación es la tasa base del género Trap Latino")
        assert sentence("A prediction for this video from your own model (31 videos, time-ordered Spearman "
                        "0.42), confidence 0.61.").startswith("Una predicción para este vídeo de tu propio modelo (31")
        assert sentence("an English sentence the catalogue does not know") == \
            "an English sentence the catalogue does not know"
    finally:
        i18n.install("en")
