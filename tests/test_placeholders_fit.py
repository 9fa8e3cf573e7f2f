"""Every input's hint (placeholder) reads whole at the window's 1024x640, in Spanish and in English:
"nombre o @usuario (si no, se lee de 'Título - Artista')", "Añade un país: código o nombre…" and
"Tu nombre artístico tal como aparece en Spotify" were cut with an ellipsis."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLineEdit
from test_i18n import TABS, _settle


def _cut_hints(win) -> list[str]:
    cut = []
    for key in TABS + ["screenshot"]:
        win.select_tab(key)
        _settle(win)
        for w in win.tabs[key].findChildren(QLineEdit):
            hint = w.placeholderText()
            if hint and w.isVisibleTo(win):
                room = w.width() - 12  # the frame and the text margins
                if w.fontMetrics().horizontalAdvance(hint) > room:
                    cut.append(f"{key}: {hint!r} in {room} px")
    return cut


@pytest.mark.parametrize("lang", ["es", "en"])
def test_every_hint_reads_whole_at_1024x640(lang, qapp, monkeypatch, isolated_home, qtbot):
    from viralml_desktop.gui import i18n
    from viralml_desktop.gui.main_window import MainWindow

    monkeypatch.setenv("VIRALML_LANG", lang)
    assert i18n.install() == lang
    try:
        win = MainWindow()
        qtbot.addWidget(win)
        win.resize(1024, 640)
        win.show()
        qtbot.waitExposed(win)
        assert win.size().width() == 1024
        hints = [w.placeholderText() for key in ("captions", "affinity") for w in win.tabs[key].findChildren(QLineEdit)]
        assert len([h for h in hints if h]) >= 4  # the check reads real hints
        assert not _cut_hints(win), _cut_hints(win)
        win.close()
    finally:
        i18n.install("en")
