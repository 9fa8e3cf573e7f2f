"""A cancelled Virality analysis is said cancelled once in the window, not in three places."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel

from test_virality_gui import _tab
from test_virality_media import synth_clip


def _said_cancelled(win) -> list[str]:
    """Every visible text in the window that speaks of cancelling (labels and the status bar; not the Cancel buttons)."""
    texts = [lab.text() for lab in win.findChildren(QLabel) if lab.isVisible() and lab.text()]
    texts.append(win.statusBar().currentMessage())
    return [t for t in texts if "cancel" in t.lower()]


def test_cancel_with_esc_is_said_once(spanish, qtbot, main_window, tmp_path):
    win = main_window
    win.resize(1024, 640)
    tab = _tab(win)
    tab.path = str(synth_clip(tmp_path / "long.mp4", seconds=24, size=(320, 180)))
    with qtbot.waitSignal(tab.runner.finished, timeout=60000):
        tab.analyze()
        qtbot.waitUntil(lambda: tab.progress_panel.bar.value() > 0, timeout=30000)
        assert win.cancel_current_job()  # Esc
        assert _said_cancelled(win) == ["Cancelando el trabajo de Viralidad…"]  # while it winds down
    qtbot.waitUntil(tab.analyze_button.isEnabled, timeout=30000)
    qtbot.wait(50)
    assert _said_cancelled(win) == ["Sin puntuación: el análisis se canceló."]
    assert tab.status.text() == "Suelta un vídeo o pulsa Analizar."  # the next step
    assert tab.progress_panel.message.text() == "" and tab.progress_panel.percent.text() == ""
    assert not tab.progress_panel.cancel_button.isEnabled()
