"""Colour emoji: OpenMoji's font registers at start and a caption's 🔥 is drawn from it."""
from __future__ import annotations

from PySide6.QtGui import QFontDatabase, QTextLayout


def _families_drawing(text: str, font) -> list[str]:
    lay = QTextLayout(text, font)
    lay.beginLayout()
    lay.createLine()
    lay.endLayout()
    return [run.rawFont().familyName() for run in lay.glyphRuns()]


def test_emoji_font_registers_and_draws_the_fire(qtbot):
    from viralml_desktop.gui import fonts

    path = fonts.emoji_font_path()
    assert path is not None and path.name == "glyf_colr0.ttf" and path.stat().st_size > 1_000_000
    family = fonts.register_emoji_font()
    assert family and "OpenMoji" in family
    assert family in QFontDatabase.families()
    assert QFontDatabase.applicationEmojiFontFamilies()[0] == family
    f = fonts.emoji_font()
    assert f.families()[-1] == family
    # the emoji is drawn from OpenMoji; the letters stay in the text font
    drawn = _families_drawing("Temazo 🔥", f)
    assert family in drawn and any(d != family for d in drawn), drawn
    assert _families_drawing("🔥", f) == [family]
    assert any("CC BY-SA 4.0" in lic for lic in fonts.FONT_LICENCES.values())


def test_caption_editors_and_comment_table_use_it(qtbot, main_window):
    from viralml_desktop.gui import fonts

    main_window.select_tab("captions")
    tab = main_window.tabs["captions"]
    family = fonts.emoji_family()
    assert family
    assert tab.caption.font().families()[-1] == family
    assert tab.comments.table.font().families()[-1] == family
    assert tab.comments.input.font().families()[-1] == family
    for card in tab.cards.values():
        assert card.edit.font().families()[-1] == family
    tab.caption.setPlainText("Nueva Vida 🔥")
    assert family in _families_drawing(tab.caption.toPlainText(), tab.caption.font())
    assert "OpenMoji" in main_window.about_text()


def test_hashes_digits_and_spaces_keep_the_text_font_under_an_alias(qtbot):
    """The application font on Linux is often the alias "Sans Serif", which a family list does not
    resolve: the emoji font (it has glyphs for space, '#' and digits, as keycap parts) then drew
    every character, so '#trap 2025' lost its '#' and its digits. Only the emoji come from it."""
    from PySide6.QtGui import QFont

    from viralml_desktop.gui import fonts

    family = fonts.register_emoji_font()
    for base in (QFont("Sans Serif"), QFont()):
        f = fonts.emoji_font(base)
        text_only = _families_drawing("#trap 2025 ya", f)
        assert len(text_only) == 1 and text_only[0] != family, text_only  # one run, in the text font
        assert set(_families_drawing("#trap 2025 ya 🔥", f)) == {text_only[0], family}  # the fire in colour
