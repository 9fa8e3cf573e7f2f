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
    assert tab.sources_strip.badges["confidence"].text().startswith("confidence: model")
    if tab.last.forecast:
        assert _shown(tab.sources_strip.badges["forecast"])
    assert _header_label(tab.events, 3) == "measured" and _header_label(tab.events, 4) == "measured"
    tab.export_result(str(tmp_path / "a.json"))
    saved = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
    assert saved["sources"]["confidence"]["kind"] == "model"
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


def test_screenshot_tab_labels_the_tiles_and_the_csv_keeps_them(main_window, tmp_path):
    import sys

    import cv2
    from PySide6.QtGui import QGuiApplication

    from viralml_desktop.core import registry

    if not registry.default_registry().is_available("screenshot_yolo"):
        pytest.skip("the screenshot detector's weights are not shipped here")
    sys.path.insert(0, str(sources.paths.ROOT_DIR / "training"))
    import screenshot_data as sd

    QGuiApplication.instance()
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
