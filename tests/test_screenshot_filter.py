"""Issue 17, session 10: boxes of the page's own chrome are not ranked as thumbnails
(:func:`screenshot.plausible_tiles`), and one huge false box does not make real tiles partial
(:func:`screenshot.partial_tiles`)."""
from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

from viralml_desktop.core.thumbnails import screenshot as shot

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "training"))


def _render(family: str, theme: str, seed: int):
    from PySide6.QtWidgets import QApplication

    import screenshot_data as sd

    app = QApplication.instance() or QApplication([])  # noqa: F841
    photos, faces = sd._load_photos()
    img, boxes = sd.render(family, theme, seed, sd.Assets(photos, faces, held_out=True))
    return sd._to_array(img)[:, :, ::-1].copy(), boxes


@pytest.mark.parametrize("theme", ["light", "dark", "dim"])
def test_chrome_boxes_are_dropped_and_every_tile_kept(theme):
    """On a generated YouTube home grid every drawn tile is plausible, and boxes laid over the sidebar
    of icons, the top bar, and the title lines under a tile (what the detector boxed on an unseen theme)
    are not; a box over half the screen holding tiles is not either."""
    bgr, boxes = _render("yt_desktop_grid", theme, 11)
    H, W = bgr.shape[:2]
    tiles = [[int(round(v)) for v in b[1:]] for b in boxes if b[0] == 0]
    assert len(tiles) >= 6
    th = int(np.median([t[3] - t[1] for t in tiles]))
    left = min(t[0] for t in tiles)
    top = min(t[1] for t in tiles)
    first = min(tiles, key=lambda t: (t[1], t[0]))
    false = [[4, top, max(40, left - 20), top + th],  # the sidebar's icon column, a tile high
             [W - (first[2] - first[0]), 0, W - 4, 50],  # the top bar's right end: its icons
             [first[0], first[3] + 4, first[2], first[3] + int(0.7 * th)]]  # the title and meta under a tile
    huge = [0, 0, int(W * 0.8), int(H * 0.8)]
    keep = shot.plausible_tiles(tiles + false + [huge], [0.9] * len(tiles) + [0.7, 0.8, 0.6, 0.9], W, H, bgr)
    assert keep[:len(tiles)] == [True] * len(tiles)
    assert keep[len(tiles):] == [False] * 4, keep[len(tiles):]


def test_plausible_tiles_edges():
    bgr = np.full((100, 200, 3), 255, np.uint8)
    assert shot.plausible_tiles([], [], 200, 100, bgr) == []
    with pytest.raises(ValueError):
        shot.plausible_tiles([[0, 0, 50, 50]], [], 200, 100, bgr)
    with pytest.raises(ValueError):
        shot.plausible_tiles([[0, 0, 50, 50]], [0.9], 100, 200, bgr)
    rng = np.random.default_rng(0)
    bgr[10:90, 10:90] = rng.integers(0, 255, (80, 80, 3), dtype=np.uint8)  # a "photograph"
    bgr[10:90, 120:130] = rng.integers(0, 255, (80, 10, 3), dtype=np.uint8)  # a 10-px strip of one
    assert shot.plausible_tiles([[10, 10, 90, 90], [120, 10, 130, 90]], [0.9, 0.9], 200, 100, bgr) == [True, False]


def test_a_huge_false_box_does_not_make_real_tiles_partial():
    """A phone profile grid (3 columns edge to edge, rows cut at the bottom) with the header boxed as one
    huge tile and a top bar boxed twice: the whole tiles stay whole, the cut row stays partial."""
    W, H = 1080, 2340
    tw, th = 358, 477
    rows = [700 + r * (th + 3) for r in range(4)]
    grid = [[c * (tw + 3), y, c * (tw + 3) + tw, min(H, y + th)] for y in rows for c in range(3)]
    whole = [not (b[3] == H and b[3] - b[1] < th) for b in grid]
    false = [[40, 120, W - 40, 690], [120, 20, 600, 110], [610, 20, W - 60, 110]]
    got = shot.partial_tiles(grid + false, W, H)
    assert got[:len(grid)] == [not w for w in whole]
    # and the same tiles without the false boxes
    assert shot.partial_tiles(grid, W, H) == [not w for w in whole]
