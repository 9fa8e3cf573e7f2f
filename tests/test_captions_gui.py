"""Captions tab, driven for real: type, pick X, optimise, Copy, read the clipboard."""
from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication

from viralml_desktop.core.captions.limits import measure, x_weighted_length
from viralml_desktop.gui.comments_pane import CommentsPane
from viralml_desktop.gui.context import AppContext
from viralml_desktop.gui.tabs.captions import ALL, Tab


@pytest.fixture
def tab(qtbot, isolated_home):
    ctx = AppContext(QSettings(str(isolated_home / "gui.ini"), QSettings.IniFormat))
    t = Tab(ctx)
    qtbot.addWidget(t)
    t.show()
    qtbot.waitExposed(t)
    yield t
    t.shutdown()


def _optimise(qtbot, tab):
    with qtbot.waitSignal(tab.runner.result, timeout=30000):
        qtbot.mouseClick(tab.run_button, Qt.LeftButton)


def test_type_pick_x_copy_and_read_the_clipboard(qtbot, tab):
    tab.caption.clear()
    qtbot.keyClicks(tab.caption, "Nueva Vida - Stakas, te pone a bailar toda la noche ")
    # long enough to need cutting on X; emoji are pasted (key events cannot carry them)
    tab.caption.insertPlainText("🔥 que rico se siente bailar contigo hasta abajo " * 8)
    tab.platform.setCurrentIndex(tab.platform.findData("twitter"))
    assert tab.cards["twitter"].isVisible() and not tab.cards["tiktok"].isVisible()
    _optimise(qtbot, tab)
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(tab.cards["twitter"].copy_button, Qt.LeftButton)
    text = QGuiApplication.clipboard().text()
    assert text == tab.results["twitter"]["optimized_caption"]
    assert 0 < x_weighted_length(text) <= 280
    assert "Nueva Vida" in text and "Stakas" in text
    assert "280 weighted" in tab.cards["twitter"].counter.text()


def test_all_four_side_by_side_with_counters_and_ranked_hashtags(qtbot, tab, tmp_path):
    tab.caption.setPlainText("Nueva Vida - Stakas")
    tab.platform.setCurrentIndex(tab.platform.findData(ALL))
    _optimise(qtbot, tab)
    assert set(tab.results) == {"tiktok", "instagram", "twitter", "youtube"}
    for p, card in tab.cards.items():
        assert card.isVisible()
        assert measure(card.edit.toPlainText(), p)["within_limits"]
        assert "over the limit" not in card.counter.text()
    assert tab.tags.rowCount() > 3
    ticked = tab.checked_tags()
    assert ticked == tab.results["tiktok"]["hashtags_used"]
    # untick all but the last ranked tag, tick it, and use exactly that one
    for r in range(tab.tags.rowCount()):
        tab.tags.item(r, 0).setCheckState(Qt.Unchecked)
    tab.tags.item(tab.tags.rowCount() - 1, 0).setCheckState(Qt.Checked)
    last = tab.tags.item(tab.tags.rowCount() - 1, 0).text()
    with qtbot.waitSignal(tab.runner.result, timeout=30000):
        qtbot.mouseClick(tab.apply_tags, Qt.LeftButton)
    assert tab.results["instagram"]["hashtags_used"] == [last]
    assert tab.checked_tags() == [last]  # the refreshed table shows what the captions use
    out = tab.export_json(str(tmp_path / "c.json"))
    assert json.loads(open(out, encoding="utf-8").read())["twitter"]["optimized_caption"]


def test_editing_a_caption_updates_its_counter(qtbot, tab):
    card = tab.cards["twitter"]
    card.edit.setPlainText("🔥" * 141)
    assert "282/280" in card.counter.text() and "over the limit" in card.counter.text()
    card.edit.setPlainText("🔥" * 140)
    assert "280/280" in card.counter.text() and "over the limit" not in card.counter.text()


def test_empty_caption_shows_one_clear_line(qtbot, tab):
    tab.caption.setPlainText("   ")
    with qtbot.waitSignal(tab.runner.error, timeout=30000) as blocker:
        qtbot.mouseClick(tab.run_button, Qt.LeftButton)
    assert "empty" in blocker.args[0]
    assert "empty" in tab.error.text()


def test_comment_pane_is_embedded(tab):
    assert isinstance(tab.comments, CommentsPane)
    assert tab.inner.count() == 2 and tab.inner.widget(1) is tab.comments
