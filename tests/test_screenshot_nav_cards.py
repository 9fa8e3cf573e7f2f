"""Issue 17, session 16: titles from the right text, sidebar-card pictures not ranked as thumbnails.

Session 15's verifier read phone bottom-navigation labels as the last row's titles ("InicioAmigos" and
"+Ba" on a TikTok profile, "ReelsPerfil" on Instagram: the bar is the page's own colour with no rule, so
:func:`screenshot.chrome_bands` does not see it), and ranked the small picture of X's "Trends for you"
card second, above a real post. Here feeds generated with that chrome (training/screenshot_chrome.py:
:func:`nav_bar`, :func:`trends_card`), with the detector answering the drawn tiles (and the card's
pictures, as the real one boxed them at 0.84), go through the whole analysis with the OCR. Checked on a copy
of commit 7cbfe85 (the code before): the trends picture is returned there, and the YouTube mobile feed's last
tile reads "HomeSearchReelsProfile" as its title; the two grid cases' titles were clean there (the old layout
vote read their text over the tiles) and they fail only on the bar's position (``nav_labels_top``).
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

import cv2
import pytest

from viralml_desktop.core.thumbnails import screenshot as shot

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "training"))

from test_screenshot import _iou  # noqa: E402  (the tests' own IoU, independent of core's)
from test_screenshot_tidy import _analyse  # noqa: E402  (the detector answering given boxes)

SEED = 1 << 41  # a seed of none of the verifier's fitting or evaluation sets


def _render(family: str, theme: str, seed: int, kinds: tuple):
    from PySide6.QtWidgets import QApplication

    import screenshot_chrome as sc
    import screenshot_data as sd

    app = QApplication.instance() or QApplication([])  # noqa: F841
    photos, faces = sd._load_photos()
    img, boxes, meta = sc.render_chrome(family, theme, seed, sd.Assets(photos, faces, held_out=True), kinds)
    tiles = [[int(round(v)) for v in b[1:]] for b in boxes if b[0] == 0]
    return sc.to_bgr(img), tiles, meta


@pytest.mark.parametrize("family,theme,seed", [("tiktok_profile", "light", SEED + 100),
                                               ("ig_profile", "dark", SEED + 101),
                                               ("yt_mobile_feed", "light", SEED + 100)])
def test_no_bottom_navigation_label_is_read_as_a_title(family, theme, seed, tmp_path, monkeypatch):
    """A phone feed with a bottom navigation (icons over labels, "Home Search + Reels Profile" or Spanish)
    right under its last row: no tile's title or meta line holds a label's word."""
    import screenshot_chrome as sc

    bgr, tiles, meta = _render(family, theme, seed, (sc.NAV_KIND,))
    assert sc.NAV_KIND in meta["chrome"]
    assert max(t[3] for t in tiles) >= meta["nav_top"] - 60  # the last row reaches the bar
    out = _analyse(bgr, tiles, [0.9] * len(tiles), tmp_path, monkeypatch, read_text=True)
    assert out["n_thumbnails"] == len(tiles)
    words = {w.lower() for labels in sc.NAV_LABELS.values() for row in labels for lab in row
             for w in re.findall(r"\w{3,}", lab)} - {"shorts", "reels"}  # words a title may hold too
    read = [(t["title"] + " " + t["meta"]).lower() for t in out["tiles"]]
    bad = [r for r in read if set(re.findall(r"\w{3,}", r)) & words]
    assert bad == [], read
    # the bar is found where it was drawn, on a phone; a desktop-shaped screenshot is never searched
    top = shot.nav_labels_top(bgr)
    assert meta["nav_top"] - 4 <= top <= meta["nav_top"] + 40, (top, meta["nav_top"])
    assert shot.nav_labels_top(cv2.resize(bgr, (bgr.shape[0], bgr.shape[1] // 2))) == bgr.shape[1] // 2


def test_no_trends_card_picture_is_ranked(tmp_path, monkeypatch):
    """An X timeline (desktop) with a "Trends for you" card of small news pictures in the right sidebar,
    each boxed by the detector as sure as a post's media: none is returned, every post's media is."""
    bgr, tiles, meta = _render("x_media", "light", SEED + 1, ("trends",))
    assert meta["kind"] == "desktop" and "trends" in meta["chrome"] and len(meta["pictures"]) >= 3
    pictures = [[int(round(v)) for v in p] for p in meta["pictures"]]
    out = _analyse(bgr, tiles + pictures, [0.9] * len(tiles) + [0.84] * len(pictures), tmp_path, monkeypatch,
                   read_text=False)
    assert all(_iou(t["box"], p) < 0.5 for t in out["tiles"] for p in pictures), out["tiles"]
    assert all(max(_iou(t["box"], d) for t in out["tiles"]) >= 0.9 for d in tiles)
    assert shot.card_pictures(bgr, tiles + pictures) == [False] * len(tiles) + [True] * len(pictures)
