"""Issue 17, session 14: page chrome is not ranked and gives no title (:func:`screenshot.chrome_bands`,
:func:`screenshot.plausible_tiles`, :func:`screenshot.without_chrome`).

The session-13 verifier's sepia phone feed had its top bar ("MiTube" logo and three icons) boxed as two
tiles (ranked 5th and 9th) and its bottom navigation as two more; its YouTube grid had a flat "SHOP" ad
card ranked above a whole tile; its phone feeds read "Home Shorts" and "Subs You" from the navigation
bar as titles. As in test_screenshot_tidy, the detector is replaced by the boxes a test gives, laid on
generated feeds whose tiles are known, with the bars and the card painted on them."""
from __future__ import annotations

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

from viralml_desktop.core.thumbnails import screenshot as shot

from test_screenshot_tidy import _analyse, _matches, _render  # noqa: E402

BAR = (184, 217, 232)  # BGR of the verifier's sepia bar, off the generated feed's white page
RULE = (150, 186, 205)


def _font(px: int):
    import matplotlib

    return ImageFont.truetype(str(__import__("pathlib").Path(matplotlib.get_data_path()) / "fonts/ttf/DejaVuSans.ttf"), px)


def _write(bgr: np.ndarray, items: list, px: int) -> np.ndarray:
    """``bgr`` with each ``(x, y, text)`` written in dark brown at ``px`` (PIL: real letters, as the OCR reads)."""
    im = Image.fromarray(bgr[:, :, ::-1].copy())
    d = ImageDraw.Draw(im)
    for x, y, text in items:
        d.text((x, y), text, font=_font(px), fill=(74, 52, 30), anchor="mm")
    return np.asarray(im)[:, :, ::-1].copy()


def _phone_bars(bgr: np.ndarray, s: float = 2.0) -> tuple[np.ndarray, list, list]:
    """A phone feed with a sepia top bar (a red logo, a name, three round icons) and a bottom navigation
    (a rule, five labels) painted over its own header and tab bar; the boxes the detector gave there."""
    H, W = bgr.shape[:2]
    out = bgr.copy()
    top, bot = int(48 * s), int(52 * s)
    out[:top] = BAR
    cv2.rectangle(out, (int(12 * s), int(14 * s)), (int(40 * s), int(34 * s)), (0, 0, 255), -1)
    for i in range(3):
        cx = W - int(24 * s) - i * int(40 * s)
        cv2.circle(out, (cx, int(24 * s)), int(10 * s), (30, 52, 74), max(1, int(2 * s)))
    out[H - bot:] = BAR
    out[H - bot:H - bot + max(1, int(s))] = RULE
    out = _write(out, [(int(90 * s), int(24 * s), "MiTube")] +
                 [(int(W * (i + 0.5) / 5), H - bot // 2, lab) for i, lab in enumerate(["Home", "Shorts", "+", "Subs", "You"])],
                 int(15 * s))
    bar_boxes = [[23, 5, W // 2 - 12, top - 13], [W // 2 - 15, 5, W - 13, top - 6],
                 [7, H - bot + 6, W // 2 - 12, H], [W // 2 - 9, H - bot + 4, W - 11, H]]
    return out, bar_boxes, [top, H - bot]


def test_a_top_bar_and_a_bottom_navigation_are_not_tiles(tmp_path, monkeypatch):
    """A generated reels grid with the verifier's sepia bars painted on: the boxes over the top bar (logo,
    name, icons) and over the navigation bar are dropped whatever their score, every tile is kept, and
    checks say so. (Before: the bars' colour is not the page's, so they passed as tiles and ranked.)"""
    bgr, tiles = _render("ig_reels", "light", 1)
    bgr, bars, (top, bottom) = _phone_bars(bgr)
    assert all(t[1] >= top and t[3] <= bottom for t in tiles)  # the tiles lie between the bars
    out = _analyse(bgr, tiles + bars, [0.9] * len(tiles) + [0.73, 0.78, 0.62, 0.47], tmp_path, monkeypatch)
    assert out["n_thumbnails"] == len(tiles), [t["box"] for t in out["tiles"]]
    assert min(_matches(out, tiles)) >= 0.95
    assert any("4 boxes of the detector dropped as a sticky bar" in c for c in out["checks"]), out["checks"]
    bands = shot.chrome_bands(bgr, shot.page_colour(bgr, tiles))
    assert abs(bands["top"] - top) <= 2 and abs(bands["bottom"] - bottom) <= 2, bands
    assert bands["left"] == 0 and bands["right"] == bgr.shape[1]


def test_no_bar_is_found_in_a_feed_without_one():
    """The generated feeds' header and tab bar are the page's own colour with no rule: no bar (their
    boxes are page chrome by colour, the older rule); a grid cut at the bottom edge has none either."""
    for family, theme in (("ig_reels", "light"), ("yt_desktop_grid", "dark"), ("yt_shorts_shelf", "dark")):
        bgr, tiles = _render(family, theme, 1)
        b = shot.chrome_bands(bgr, shot.page_colour(bgr, tiles))
        assert (b["top"], b["bottom"], b["left"], b["right"]) == (0, bgr.shape[0], 0, bgr.shape[1]), (family, b)


def test_a_flat_card_off_the_grid_is_dropped(tmp_path, monkeypatch):
    """A verifier's YouTube grid: a flat blue "SHOP" card boxed at 0.94 (as sure as the detector gets: the
    old chrome rule let it pass), ranked above a whole tile. Here it is narrower than the tiles (a promo
    card, a menu, not a tile slot): one exact fill with a word on it is no picture, so it is dropped and
    every real tile kept -- among them a flat, smooth photo (a grey gradient, 0.3-0.5 of one fill)."""
    bgr, tiles = _render("yt_desktop_grid", "light", 11)
    page = shot.page_colour(bgr, tiles)
    x0, y0, x1, y1 = tiles[4]
    bgr[y0:y1, x0:x1] = page  # the slot emptied, a card 60 % of a tile wide in it
    ad = [x0, y0, x0 + int(0.6 * (x1 - x0)), y1]
    bgr[ad[1]:ad[3], ad[0]:ad[2]] = (220, 116, 59)
    bgr = _write(bgr, [((ad[0] + ad[2]) // 2, (ad[1] + ad[3]) // 2, "SHOP")], 34)
    gx0, gy0, gx1, gy1 = tiles[0]  # a smooth grey gradient photo in another tile: flat, but a picture
    ramp = np.linspace(90, 170, gx1 - gx0)[None, :, None] + np.linspace(0, 12, gy1 - gy0)[:, None, None]
    bgr[gy0:gy1, gx0:gx1] = (ramp + np.random.default_rng(0).normal(0, 1.5, (gy1 - gy0, gx1 - gx0, 1))).clip(0, 255)
    kept = [t for i, t in enumerate(tiles) if i != 4]
    scores = [0.9] * len(kept) + [0.94]
    out = _analyse(bgr, kept + [ad], scores, tmp_path, monkeypatch)
    assert max(_matches(out, [ad])) < 0.5
    assert out["n_thumbnails"] == len(kept)
    assert min(_matches(out, kept)) >= 0.95
    assert any("dropped as not feed tiles" in c for c in out["checks"]), out["checks"]
    c = shot.tile_content(bgr[ad[1]:ad[3], ad[0]:ad[2]], page)
    assert c["fill_share"] >= shot.FILL_SHARE and c["thick_share"] < shot.FLAT_THICK, c


def test_a_text_card_thumbnail_in_a_tile_slot_is_kept(tmp_path, monkeypatch):
    """Creators make thumbnails of a title on one colour ("NUEVO SINGLE" on yellow): in a tile's slot of
    the grid, its twins holding pictures, such a flat card is a thumbnail and is ranked with the others
    (dropped as a flat card before)."""
    bgr, tiles = _render("yt_desktop_grid", "light", 11)
    x0, y0, x1, y1 = tiles[4]
    bgr[y0:y1, x0:x1] = (0, 220, 255)
    bgr = _write(bgr, [((x0 + x1) // 2, (y0 + y1) // 2, "NUEVO")], 34)
    out = _analyse(bgr, tiles, [0.9] * len(tiles), tmp_path, monkeypatch)
    assert out["n_thumbnails"] == len(tiles), [t["box"] for t in out["tiles"]]
    assert min(_matches(out, tiles)) >= 0.95


def test_a_full_width_video_boxed_in_two_halves_is_joined():
    """The verifier's sepia phone feed: a full-width video under a 2-column grid boxed as two halves that
    overlap (each the other's only twin, so they passed as two tiles of a row). Joined into one; two tiles
    of a row apart at a gutter are not."""
    bgr, tiles = _render("ig_reels", "light", 1)
    H, W = bgr.shape[:2]
    y0, y1 = 736, 1220  # the first row's height: one picture across the whole width
    from skimage import data

    bgr[y0:y1] = cv2.resize(data.coffee()[:, :, ::-1], (W, y1 - y0), interpolation=cv2.INTER_AREA)
    halves = [[8, y0 + 3, 430, y1 - 2], [400, y0 + 2, W - 6, y1 - 3]]
    below = [t for t in tiles if t[1] >= 1224]
    t = shot.tidy_tiles(halves + below, [0.6, 0.5] + [0.9] * len(below), W, H, bgr, 0.35)
    assert t.merged == 1 and len(t.boxes) == 1 + len(below), t.boxes
    assert t.boxes[0] == [8, y0 + 2, W - 6, y1 - 2]
    t = shot.tidy_tiles(below[:2], [0.9, 0.9], W, H, bgr, 0.35)  # two tiles of a row, a 4 px gutter apart
    assert t.merged == 0 and len(t.boxes) == 2


def test_no_title_is_read_from_a_navigation_bar(tmp_path, monkeypatch):
    """The verifier's phone feeds read "Home Shorts" (Spanish "InicioShorts") and "Subs You" from the
    bottom navigation as the titles of the tiles just above it. A generated grid whose last row of tiles
    stands on a navigation bar (a rule, the labels) reads no title from it; the rows above keep theirs."""
    bgr, tiles = _render("yt_desktop_grid", "light", 11)
    cut = 595 + 8  # just under the second row of tiles: its titles are where the navigation bar goes
    nav = 64
    page = np.full((cut + nav, bgr.shape[1], 3), 255, np.uint8)
    page[:cut] = bgr[:cut]
    page[cut:] = BAR
    page[cut:cut + 2] = RULE
    W = page.shape[1]
    page = _write(page, [(int(W * (i + 0.5) / 5), cut + nav // 2, lab)
                         for i, lab in enumerate(["Home", "Shorts", "+", "Subs", "You"])], 26)
    kept = [t for t in tiles if t[3] <= cut]
    assert len(kept) == 10
    out = _analyse_read(page, kept, tmp_path, monkeypatch)
    titles = [t["title"] for t in out["tiles"]]
    assert not any(w in t for t in titles for w in ("Home", "Shorts", "Subs", "You")), titles
    top_row = [t for t in out["tiles"] if t["box"][1] < 300]
    assert sum(bool(t["title"]) for t in top_row) >= 4, titles
    b = shot.chrome_bands(page, shot.page_colour(page, kept))
    assert abs(b["bottom"] - cut) <= 2, b


def _analyse_read(bgr, boxes, tmp_path, monkeypatch) -> dict:
    """As test_screenshot_tidy's _analyse, with the titles read."""
    from viralml_desktop.core import engine
    from viralml_desktop.core.progress import Progress

    def detect(image, conf=0.35):
        return [shot.Detection("thumbnail", list(b), 0.9) for b in boxes], 1.0

    monkeypatch.setattr(shot, "detect", detect)
    path = tmp_path / "feed.png"
    cv2.imwrite(str(path), bgr)
    return engine.run("analyze_screenshot", {"screenshot_path": str(path), "read_text": True}, Progress(), record=False)


def test_the_bar_check_reads_in_spanish(spanish, isolated_home):
    """The Feed screenshot tab shows core's checks in the interface language: the sticky-bar line too."""
    from viralml_desktop.gui import source_text

    en = shot.Tidied([], [], bars=1).checks() + shot.Tidied([], [], bars=3).checks()
    es = [source_text.lines(line) for line in en]
    assert es[0].startswith("1 recuadro del detector descartado por ser una barra fija"), es
    assert es[1].startswith("3 recuadros del detector descartados por ser una barra fija"), es


def test_a_dark_picture_on_a_dark_page_is_boxed_to_its_edges(tmp_path, monkeypatch):
    """The verifier's dim grid and phone feed: a dark photo on the dim page boxed from 0.2-0.3 of its width
    in (IoU 0.70-0.72, not found at 0.8): its dark left part is within PAGE_TOLERANCE of the page but not
    its exact colour. The box's edges are moved out to the picture's; a box already on its tile stays."""
    from skimage import data

    bgr, tiles = _render("yt_desktop_grid", "dim", 11)
    x0, y0, x1, y1 = tile = tiles[6]
    dark = cv2.resize(data.coffee()[:, :, ::-1], (x1 - x0, y1 - y0), interpolation=cv2.INTER_AREA).astype(np.float32)
    dark *= np.linspace(0.12, 1.0, x1 - x0)[None, :, None]  # darker to the left, down to near the page's colour
    bgr[y0:y1, x0:x1] = dark.clip(0, 255).astype(np.uint8)
    loose = [x0 + int(0.3 * (x1 - x0)), y0 + 2, x1 - 1, y1 - 1]
    others = [t for t in tiles if t != tile]
    out = _analyse(bgr, others + [loose], [0.9] * len(others) + [0.8], tmp_path, monkeypatch)
    assert out["n_thumbnails"] == len(tiles)
    assert min(_matches(out, tiles)) >= 0.9, _matches(out, tiles)
    assert any("moved out to the edges of their picture" in c or "moved out to the edges of its picture" in c
               for c in out["checks"]), out["checks"]
