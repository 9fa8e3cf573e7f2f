"""Issue 14 point 1 on the charts: hovering a point, a bar or a heatmap cell shows its value and
where it comes from in plain words (gui/chart_tips.py), in English and Spanish; and the comment
table says per column where its values come from (header label and tooltip, the CSV export).

The hover is a real mouse move over the chart's viewport at the point's position: pyqtgraph's
scene turns it into the hover event that sets the view box's tool tip. Each tab runs the job
tests/test_i18n.py runs (``run_job``).
"""
from __future__ import annotations

import csv
import json

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from test_i18n import _words, english_words, run_job

from viralml_desktop.core import paths
from viralml_desktop.gui import fmt
from viralml_desktop.gui.widgets import source_texts


def hover(view, item, x: float, y: float) -> str:
    """Move the mouse over data point (x, y) of ``item`` in the GraphicsView ``view``; the tool
    tip the chart then holds (the view box's, where pyqtgraph and BarTips put it)."""
    scene_pos = item.mapToScene(QPointF(x, y)) if item is not None else view.plotItem.vb.mapViewToScene(QPointF(x, y))
    pos = QPointF(view.mapFromScene(scene_pos))
    vb = item.getViewBox() if item is not None else view.plotItem.vb
    for _ in range(3):  # a move pyqtgraph's rate limit dropped on a loaded machine is sent again
        for p in (pos + QPointF(30, 30), pos):  # enter from elsewhere, then onto the point
            ev = QMouseEvent(QEvent.MouseMove, p, view.viewport().mapToGlobal(p), Qt.NoButton, Qt.NoButton,
                             Qt.NoModifier)
            QApplication.sendEvent(view.viewport(), ev)
            QTest.qWait(40)  # pyqtgraph drops moves closer than its mouse rate limit (10 ms)
        if vb.toolTip():
            break
    return vb.toolTip()


def next_posts_in_view(tab):
    """The Account health chart's next-post points, brought into view: they are forecast from today,
    long after the fixture's export, so the chart's first view shows the history alone."""
    pts = tab.band_points[-1]
    if tab.forecast_off_view:
        tab.views_plot.setXRange(pts.data["x"].min() - 86400, pts.data["x"].max() + 86400)
        QApplication.processEvents()
    return pts


def _tab(main_window, key, tmp_path):
    main_window._device_timer.stop()
    main_window.select_tab(key)
    run_job(main_window, key, tmp_path)
    return main_window.tabs[key]


def _says_source(text: str, response: dict, path: str) -> bool:
    """The hover text ends with the plain words of the entry that covers ``path``."""
    from viralml_desktop.core import sources

    label, tip = source_texts(sources.covering(response.get("sources") or {}, path))
    return bool(label) and label in text and text.endswith(tip)


def test_account_health_points_say_measured_and_the_forecast_says_its_model(main_window, tmp_path):
    tab = _tab(main_window, "account_health", tmp_path)
    res, fc = tab.last.result, tab.last.forecast
    s = res["series"]
    view = tab.chart
    x, y = tab.posts_item.data["x"][10], tab.posts_item.data["y"][10]
    text = hover(view, tab.posts_item, x, y)
    assert text.startswith("Post 11 of") and s["timestamp"][10][:10] in text
    assert "views " in text and "Where it comes from: measured" in text
    assert _says_source(text, res, "series")
    # the engagement-rate chart
    rate = tab.rate_item
    text = hover(view, rate, rate.data["x"][5], rate.data["y"][5])
    assert "engagement rate" in text and _says_source(text, res, "series")
    # the forecast band: the forecaster and its held-out figure
    assert fc and tab.band_points
    pts = next_posts_in_view(tab)
    text = hover(view, pts, pts.data["x"][0], pts.data["y"][0])
    assert text.startswith("Next post 1") and "80 % interval" in text
    entry = fc["sources"]["forecast"]
    assert f"Where it comes from: {source_texts(entry)[0]}" in text and entry["metric"] in text
    assert source_texts(entry)[0].startswith(("model · MASE", "your history"))
    # a marked event: its change against the baseline, measured
    if tab.span_items:
        assert "against the baseline" in tab.span_items[0].toolTip()
        assert "Where it comes from: measured" in tab.span_items[0].toolTip()


def test_posting_time_heatmap_cell_says_the_published_studies(main_window, tmp_path):
    tab = _tab(main_window, "posting_time", tmp_path)
    r = tab.response
    text = hover(tab.plot, None, 20.5, 1.5)  # Tuesday-ish row, 20:00
    data = tab.current_heatmap()
    assert text == tab.cell_tip(1, 20) and "20:00–20:59" in text
    assert fmt.multiplier(float(data[1, 20])) in text
    assert _says_source(text, r, "heatmap")
    assert r["sources"]["heatmap"]["kind"] == "prior" and r["sources"]["heatmap"]["citation"][:40] in text
    assert hover(tab.plot, None, 30, 3) == ""  # outside the grid: no tip


def test_affinity_and_comment_bars_say_their_sources(qtbot, main_window, tmp_path):
    tab = _tab(main_window, "affinity", tmp_path)
    qtbot.waitUntil(lambda: tab.last_response is not None, timeout=60000)
    out = tab.last_response
    text = hover(tab.bars, None, 0.0, 0.0)
    assert text.startswith("like: ") and _says_source(text, out, "engagement_prediction.like_probability")
    assert hover(tab.bars, None, 2.1, 0.0).startswith("share: ")

    cap = _tab(main_window, "captions", tmp_path)
    pane = cap.comments
    cap.inner.setCurrentWidget(pane)
    out = pane.response
    n = len(out["results"])
    text = hover(pane.chart, None, 2.0, 0.0)  # the positive bar
    assert text.startswith(f"positive: {out['distribution']['positive']} of {n} comments")
    assert "macro-F1" in text and _says_source(text, out, "distribution")


def test_comment_table_says_per_column_where_its_values_come_from(main_window, tmp_path):
    cap = _tab(main_window, "captions", tmp_path)
    pane = cap.comments
    model, out = pane.model, pane.response
    header = [model.headerData(c, Qt.Horizontal) for c in range(5)]
    tips = [model.headerData(c, Qt.Horizontal, Qt.ToolTipRole) for c in range(5)]
    assert header[:2] == ["#", "comment"] and tips[:2] == [None, None]
    lang, sent, score = (out["sources"][k] for k in ("results[].language", "results", "results"))
    assert lang["name"] == "language_id" and lang["kind"] == "model" and lang["value"] > 0.9
    assert header[2] == "language\n" + source_texts(lang)[0] and "macro-F1 0.99" in header[2]
    assert header[3] == "sentiment\n" + source_texts(sent)[0] and header[4] == "score\n" + source_texts(score)[0]
    # the figures are the shipped model's, read from models/sentiment/metrics.json (rewritten by its evaluation)
    f1 = json.loads((paths.MODELS_DIR / "sentiment" / "metrics.json").read_text(encoding="utf-8"))
    f1_es, f1_en = f1["macro_f1_es"], f1["macro_f1_en"]
    assert "Held-out macro-F1 by language" in tips[3] and f"Spanish {f1_es:.2f}" in tips[3] \
        and f"English {f1_en:.2f}" in tips[3]
    es = next(i for i, r in enumerate(out["results"]) if r["language"] == "es")
    assert model.data(model.index(es, 3), Qt.ToolTipRole).endswith(f"held-out macro-F1 on Spanish comments {f1_es:.2f}")
    pane.export_csv(str(tmp_path / "c.csv"))
    with open(tmp_path / "c.csv", encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    row = rows[es]
    assert row["language_source"] == "model · macro-F1 0.99" and "language_id" in row["language_source_note"]
    assert row["sentiment_source"].startswith("model · macro-F1")
    assert row["sentiment_source_note"].endswith(f"held-out macro-F1 on es comments = {f1_es}")
    assert row["score_source"].startswith("model")


def test_hover_tips_and_comment_headers_read_in_spanish(spanish, qtbot, main_window, tmp_path):
    vocabulary = english_words()
    assert {"views", "the"} <= vocabulary  # the check can fail
    said = []
    tab = _tab(main_window, "account_health", tmp_path)
    said.append(hover(tab.chart, tab.posts_item, tab.posts_item.data["x"][3], tab.posts_item.data["y"][3]))
    said.append(hover(tab.chart, tab.rate_item, tab.rate_item.data["x"][3], tab.rate_item.data["y"][3]))
    pts = next_posts_in_view(tab)
    said.append(hover(tab.chart, pts, pts.data["x"][0], pts.data["y"][0]))
    said += [r.toolTip() for r in tab.span_items]
    qtbot.waitUntil(lambda: tab.accounts.count() > 0, timeout=30000)
    accounts = [tab.accounts.item(i).text() for i in range(tab.accounts.count())]
    assert all("publicaciones" in a for a in accounts), accounts  # "(40 publicaciones, tiktok)", not "posts"
    pt = _tab(main_window, "posting_time", tmp_path)
    said.append(pt.cell_tip(2, 19))
    cap = _tab(main_window, "captions", tmp_path)
    pane = cap.comments
    said.append(pane.bar_tips.tip_at(0.0))
    said += [pane.model.headerData(c, Qt.Horizontal) for c in range(5)]
    said += [pane.model.headerData(c, Qt.Horizontal, Qt.ToolTipRole) or "" for c in range(2, 5)]
    said += [pane.model.data(pane.model.index(0, c), Qt.ToolTipRole) or "" for c in (3, 4)]
    said += [pane.model.data(pane.model.index(r, 3)) for r in range(pane.model.rowCount())]  # "positivo", not "positive"
    assert all(said) and "De dónde sale" in said[0]
    # core's names and model ids (use_lr+lexicon, language_id, lid.176) are names, not English words
    bad = [(t[:80], sorted(_words(t) & vocabulary)[:4]) for t in said if _words(t) & vocabulary]
    assert not bad, bad


def test_a_percentage_figure_reads_with_its_percent_sign(qtbot):
    """MdAPE is a percentage: its badge says 'MdAPE 14.3 %', never 'MdAPE 14.30'."""
    entry = {"kind": "model", "name": "peak", "metric": "median absolute % error of final views (MdAPE)",
             "value": 14.3}
    label, _ = source_texts(entry)
    assert label.endswith("MdAPE 14.3 %"), label
