"""The Affinity tab, driven for real: fill the fields, click, wait for the worker, read the widgets."""
from __future__ import annotations

import json

from PySide6.QtCore import Qt


def _tab(main_window):
    main_window.select_tab("affinity")
    tab = main_window.tabs["affinity"]
    return tab


def test_contract_example_through_the_tab(qtbot, main_window, tmp_path):
    tab = _tab(main_window)
    assert tab.engagement.text() == "unknown" and tab.engagement.toolTip()
    qtbot.mouseClick(tab.example_button, Qt.LeftButton)
    assert tab.build_request()["metrics"] == {"shared_followers": 1250, "engagement_overlap": 0.34,
                                               "content_similarity": 0.78}
    with qtbot.waitSignal(tab.runner.result, timeout=30000):
        qtbot.mouseClick(tab.run_button, Qt.LeftButton)
    out = tab.last_response
    assert tab.gauge.score == out["affinity_score"]
    assert tab.gauge.potential == out["collaboration_potential"]
    assert out["collaboration_potential"] in tab.summary.text()
    assert "published benchmarks" in tab.engagement_label.text()
    assert tab.reasons.count() == len(out["reasons"]) >= 3
    assert tab.bar_item is not None
    heights = list(tab.bar_item.opts["height"])
    assert heights[0] == 100 * out["engagement_prediction"]["like_probability"]
    from viralml_desktop.gui import fmt  # each bar says its value (a 0.05 % bar is flat on the axis)
    assert [t.textItem.toPlainText() for t in tab.bar_texts] == [fmt.points(h, 2).replace("\xa0", " ") for h in heights]

    f = tmp_path / "aff.json"
    tab.export_json(str(f))
    saved = json.loads(f.read_text())
    assert saved["response"]["affinity_score"] == out["affinity_score"]
    assert saved["request"]["account_id"] == "music_fanpage_1"


def test_texts_measure_content_and_engagement_raises(qtbot, main_window):
    tab = _tab(main_window)
    tab.account_id.setText("me")
    tab.target_id.setText("them")
    tab.account_texts.setPlainText("Nuevo trap latino\nPerreo hasta el amanecer")
    tab.target_texts.setPlainText("Latin trap beats, new single\nReggaeton all night")
    tab.engagement.setValue(0.1)
    with qtbot.waitSignal(tab.runner.result, timeout=30000):
        tab.calculate()
    low = tab.last_response
    assert low["details"]["content_source"].startswith("measured from 2 + 2 texts")
    tab.engagement.setValue(0.6)
    with qtbot.waitSignal(tab.runner.result, timeout=30000):
        qtbot.keyClick(tab, Qt.Key_Return, Qt.ControlModifier)
    assert tab.last_response["affinity_score"] > low["affinity_score"]


def test_bad_input_shows_one_line_error(qtbot, main_window):
    tab = _tab(main_window)
    tab.account_id.setText("")
    tab.target_id.setText("them")
    tab.engagement.setValue(0.3)
    with qtbot.waitSignal(tab.runner.error, timeout=30000):
        tab.calculate()
    assert "account_id" in tab.error.text()
    qtbot.waitUntil(lambda: tab.run_button.isEnabled(), timeout=5000)
    # shared followers above an audience size
    tab.account_id.setText("me")
    tab.shared.setValue(5000)
    tab.account_followers.setValue(100)
    with qtbot.waitSignal(tab.runner.error, timeout=30000):
        tab.calculate()
    assert "larger than" in tab.error.text()


def test_the_bars_axis_writes_numbers_in_spanish(spanish, qtbot, main_window):
    """The engagement bars' value axis wrote "0.2 … 1.0" in the Spanish interface (pyqtgraph's own
    format); it writes them as the interface does: "0,2 … 1,0"."""
    main_window.select_tab("affinity")
    tab = main_window.tabs["affinity"]
    tab.bars.grab()
    axis = tab.bars.getAxis("left")
    lo, hi = axis.range
    written = [label for spacing, values in axis.tickValues(lo, hi, axis.geometry().height())
               for label in axis.tickStrings(values, 1.0, spacing)]
    assert "0,2" in written or "0,5" in written, written
    assert not [w for w in written if "." in w], written
    assert axis.tickStrings([0.02, 0.04], 1.0, 0.02) == ["0,02", "0,04"]  # small shares keep their decimals
    from PySide6.QtGui import QFontMetrics

    top = max(axis.tickValues(lo, hi, axis.geometry().height())[0][1])  # the labelled (major) ticks' highest
    half = QFontMetrics(axis.style.get("tickFont") or axis.font()).height() / 2
    assert (hi - top) / (hi - lo) * axis.geometry().height() >= half - 1  # its label is not cut by the edge
