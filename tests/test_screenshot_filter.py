"""Issue 17, session 10: boxes of the page's own chrome are not ranked as thumbnails
(:func:`screenshot.plausible_tiles`), and one huge false box does not make real tiles partial
(:func:`screenshot.partial_tiles`); session 11: a dark photo that looks like chrome by its colours is
kept when it is speckled like one or the detector is very sure of it."""
from __future__ import annotations

import difflib
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


def _hubble(w: int, h: int) -> np.ndarray:
    """The Hubble deep field (scikit-image's sample photo: a dark sky of small bright galaxies) as a
    ``w`` x ``h`` BGR tile."""
    import cv2
    from skimage import data

    return cv2.resize(data.hubble_deep_field()[:, :, ::-1], (w, h), interpolation=cv2.INTER_AREA)


def test_a_star_field_tile_on_a_dark_feed_is_kept():
    """Session 11: a real photo that is mostly the dark page's colour (the Hubble deep field in a tile of a
    dark YouTube grid: 87 % near-black, its galaxies specks thinner than 7 px) was dropped as chrome --
    its twins did not save it, being over 75 % page colour. Its specks keep it at a modest score, and the
    chrome boxes of the same screenshot are still dropped."""
    bgr, boxes = _render("yt_desktop_grid", "dark", 11)
    H, W = bgr.shape[:2]
    tiles = [[int(round(v)) for v in b[1:]] for b in boxes if b[0] == 0]
    x0, y0, x1, y1 = star = min(tiles, key=lambda t: (t[1], t[0]))
    bgr[y0:y1, x0:x1] = _hubble(x1 - x0, y1 - y0)
    page = shot.page_colour(bgr, tiles)
    c = shot.tile_content(bgr[y0:y1, x0:x1], page)
    # what made the old rule drop it: chrome by colour, too much page colour for its twins to save it
    assert c["page_share"] >= shot.CHROME_TWIN_SHARE and c["thick_share"] < shot.CHROME_THICK_SHARE, c
    assert c["speckle"] >= shot.SPECKLE_PHOTO, c
    th = int(np.median([t[3] - t[1] for t in tiles]))
    left = min(t[0] for t in tiles)
    false = [[4, y0, max(40, left - 20), y0 + th],  # the sidebar's icon column
             [star[0], star[3] + 4, star[2], star[3] + int(0.7 * th)]]  # the title and meta under the star tile
    scores = [0.6 if t is star else 0.9 for t in tiles] + [0.8, 0.7]
    keep = shot.plausible_tiles(tiles + false, scores, W, H, bgr)
    assert keep == [True] * len(tiles) + [False, False], keep
    for b in false:
        assert shot.tile_content(bgr[b[1]:b[3], b[0]:b[2]], page)["speckle"] < shot.SPECKLE_PHOTO


def test_a_dark_low_texture_photo_is_kept_when_the_detector_is_sure():
    """A dark photo with no specks (the deep field blurred and dimmed: flat, nearly the page's colour) is
    chrome by its pixels alone: dropped at a middling score, kept when the detector is very sure of it
    (>= SURE_SCORE); a box of page chrome (icons and labels in a side column) is dropped even at a high
    score under SURE_SCORE."""
    import cv2

    W, H = 1280, 720
    bgr = np.full((H, W, 3), 15, np.uint8)  # the dark theme's page, #0f0f0f
    photo = [300, 100, 620, 280]
    tile = cv2.GaussianBlur(_hubble(320, 180), (0, 0), 5)
    bgr[100:280, 300:620] = np.maximum(tile, 15)
    side = [8, 100, 200, 520]
    for i, label in enumerate(("Home", "Shorts", "Library", "History", "Liked")):
        y = 130 + 80 * i
        cv2.rectangle(bgr, (20, y - 18), (42, y + 4), (241, 241, 241), 2)  # an outlined icon
        cv2.putText(bgr, label, (56, y), cv2.FONT_HERSHEY_SIMPLEX, 0.6, (241, 241, 241), 1, cv2.LINE_AA)
    c = shot.tile_content(bgr[100:280, 300:620], np.full(3, 15.0))
    assert c["page_share"] >= shot.CHROME_PAGE_SHARE and c["speckle"] < shot.SPECKLE_PHOTO, c
    assert shot.plausible_tiles([photo, side], [0.6, 0.9], W, H, bgr) == [False, False]
    assert shot.plausible_tiles([photo, side], [0.97, 0.9], W, H, bgr) == [True, False]
    assert shot.plausible_tiles([photo, side], [0.97, shot.SURE_SCORE - 0.01], W, H, bgr) == [True, False]


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


# -- X media posts: the text above the media, the views in the action bar under it ---------------------

def _x_posts(theme: str, seed: int, monkeypatch):
    """A generated X media feed: (bgr, tile boxes, per tile (drawn title or None when its author line is
    not in view, drawn views or None when its action bar is not fully in view), language)."""
    import screenshot_data as sd

    drawn = []
    original = sd.Shot.text

    def text(self, x, y, w, txt, *a, **k):
        used = original(self, x, y, w, txt, *a, **k)
        drawn.append((y, txt, k.get("cls"), self.s, self.h, x))
        return used

    monkeypatch.setattr(sd.Shot, "text", text)
    bgr, boxes = _render("x_media", theme, seed)
    tiles = [[int(round(v)) for v in b[1:]] for b in boxes if b[0] == 0]
    lang = "en" if any(t == "For you" for _, t, *_ in drawn) else "es"
    s, H = drawn[0][3], drawn[0][4]
    authors = [(y, t) for y, t, c, *_ in drawn if c == "meta"]
    titles = {y: t for y, t, c, *_ in drawn if c == "title"}
    counts = [(y, x, t) for y, t, c, _, _, x in drawn if c is None and shot.parse_views(t) is not None]
    truth = []
    for x0, y0, x1, y1 in tiles:
        above = [(y, t) for y, t in authors if y < y0]
        ay, _ = max(above) if above else (None, None)
        title = next((t for y, t in titles.items() if ay is not None and abs(y - (ay + 24 * s)) < 2), None)
        if ay is None or ay < 53 * s:  # the author line under the sticky bar or above the screen
            title = None
        bar = sorted((x, y, t) for y, x, t in counts if y1 <= y <= y1 + 20 * s)  # left to right
        views = shot.parse_views(bar[-1][2]) if len(bar) == 4 and bar[0][1] + 20 * s < H else None
        truth.append((title, views))
    return bgr, tiles, truth, lang


@pytest.mark.parametrize("theme,seed", [("light", 1), ("dark", 2), ("light", 3), ("dark", 4)])
def test_x_media_posts_read_the_text_above_and_the_views_in_the_action_bar(theme, seed, monkeypatch):
    """On generated X media posts (light and dark, English and Spanish) the layout found is ``above``:
    each tile's title is its post's text (the start of the drawn text, never the action bar's counts or
    the next post's words; empty when the post's author line is not in view) and its views the action
    bar's last count."""
    bgr, tiles, truth, lang = _x_posts(theme, seed, monkeypatch)
    # as drawn, and as the detector boxes them a few pixels off (20 px left: the author's avatar then
    # reaches into the text column's region)
    off = [[x0 - 20, y0 - 6, x1 - 4, y1 + 5] for x0, y0, x1, y1 in tiles]
    for boxes in (tiles, off):
        _check_x_reading(bgr, boxes, truth)


def _check_x_reading(bgr, tiles, truth) -> None:
    def norm(t: str) -> str:
        return " ".join(t.replace("…", " ").replace("🔥", " ").split()).lower()

    layout, read = shot.read_tiles(bgr, tiles)
    assert layout == "above"
    n_views = n_titles = 0
    for (title, views), r in zip(truth, read):
        if views is not None:
            n_views += 1
            assert r["views"] == views, (r, views)
        if title is None:
            assert r["title"] == "", r
        else:
            n_titles += 1
            got, want = norm(r["title"]), norm(title)
            # the drawn text's start (3 lines at most), read with at most an OCR slip ("sceñes")
            similar = difflib.SequenceMatcher(None, got, want[:len(got)]).ratio()
            assert len(got) >= 10 and similar >= 0.95, (r["title"], title)
    assert n_views >= 1 and n_titles >= 1


def test_x_media_layouts_cover_both_languages(monkeypatch):
    langs = {(theme, _x_posts(theme, seed, monkeypatch)[3]) for theme, seed in
             [("light", 1), ("dark", 2), ("light", 3), ("dark", 4)]}
    assert langs == {("light", "en"), ("dark", "en"), ("light", "es"), ("dark", "es")}


def test_action_bar_lines():
    assert shot.action_bar_counts("12  3.4K  56K  1.2M") == [12, 3400, 56000, 1_200_000]
    assert shot.action_bar_counts("12 3,4 mil 56 mil 1,2 M visualizaciones") == [12, 3400, 56000, 1_200_000]
    assert shot.action_bar_counts("Song 12 - Luna Roja 3 4") is None  # words: a title
    assert shot.action_bar_counts("1.2M views") is None  # one count: a meta line
    assert shot._bar_views("12  3.4K  56K  1.2M", [12, 3400, 56000, 1_200_000]) == 1_200_000
    assert shot._bar_views("12 3.4K 1.2M views 56K", [12, 3400, 1_200_000, 56000]) == 1_200_000
