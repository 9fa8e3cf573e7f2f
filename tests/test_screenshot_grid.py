"""Issue 17, session 13: tiles split or merged by the detector are mended on the grid the tiles form
(:func:`screenshot.tidy_tiles`), a weak box never outranks a confident whole tile
(:func:`screenshot.rank_tiles`), and a row cut by a sticky bar is partial (:func:`screenshot.partial_tiles`).

As in test_screenshot_tidy, the detector is replaced by the boxes a test gives: what the shipped detector
returned on the session-12 verifier's feeds (/work/notes/s12/verify17b), laid on generated feeds whose
tiles are known."""
from __future__ import annotations


from viralml_desktop.core.thumbnails import screenshot as shot

from test_screenshot import _iou  # noqa: E402
from test_screenshot_tidy import _analyse, _matches, _render  # noqa: E402


def test_a_shorts_tile_boxed_apart_from_its_text_strip_is_one_tile(tmp_path, monkeypatch):
    """The verifier's YouTube phone feed on beige, navy and dark: each Shorts-shelf tile was boxed as its
    picture and, apart, the strip of its title and views written over the picture's foot; the strip
    ranked 1st. A generated shelf tile with its text over its foot, boxed the same way, is one tile."""
    bgr, tiles = _render("yt_shorts_shelf", "dark", 1)
    tile = [525, 72, 1020, 677]  # the seed's second tile: 'Vlog freestyle in scenes', '290 views' over its foot
    assert tile in tiles
    x0, y0, x1, y1 = tile
    cut = y0 + int(0.78 * (y1 - y0))  # where the detector's picture box ended and its strip box began
    picture, strip = [x0 + 3, y0 + 1, x1 - 2, cut], [x0 - 4, cut + 2, x1 + 3, y1 - 3]
    others = [t for t in tiles if t != tile]
    out = _analyse(bgr, others + [picture, strip], [0.9] * len(others) + [0.94, 0.89], tmp_path, monkeypatch)
    assert out["n_thumbnails"] == len(tiles)
    assert _matches(out, [tile])[0] >= 0.95
    assert min(_matches(out, tiles)) >= 0.95
    assert any("strip of its text" in c for c in out["checks"]), out["checks"]


def test_a_weak_grid_tile_ranks_after_every_confident_whole_tile(tmp_path, monkeypatch):
    """The verifier's dim grid: a box at 0.23 kept on the grid ranked 4th of 16. A box under the request's
    confidence is doubtful: whatever its score, it ranks after every confident whole tile, and checks say
    so. Here the weak tile is the one that scores best of all."""
    bgr, tiles = _render("yt_desktop_grid", "dark", 11)
    out = _analyse(bgr, tiles, [0.9] * len(tiles), tmp_path, monkeypatch)
    whole = [t for t in out["tiles"] if not t["partial"]]
    best = min(whole, key=lambda t: t["rank"])["box"]
    k = max(range(len(tiles)), key=lambda i: _iou(tiles[i], best))
    scores = [0.28 if i == k else 0.9 for i in range(len(tiles))]
    out = _analyse(bgr, tiles, scores, tmp_path, monkeypatch)
    assert out["n_thumbnails"] == len(tiles)
    weak = max(out["tiles"], key=lambda t: _iou(t["box"], tiles[k]))
    assert weak["confidence"] < 0.35 and not weak["partial"]
    sure_whole = [t for t in out["tiles"] if t["confidence"] >= 0.35 and not t["partial"]]
    assert weak["rank"] == len(sure_whole) + 1
    assert sorted(t["rank"] for t in out["tiles"]) == list(range(1, len(tiles) + 1))
    assert "1 tile under the confidence threshold ranked after the confident whole tiles, as doubtful" in out["checks"]


def test_rank_tiles_tiers():
    """Confident whole tiles, then weak whole ones, then partial ones (confident first); by score within."""
    tiles = [{"click_probability": p, "visual_appeal_score": 5.0, "partial": part, "confidence": c}
             for p, part, c in ((0.05, False, 0.9), (0.09, False, 0.25), (0.07, False, 0.8), (0.08, True, 0.9),
                                (0.10, True, 0.3))]
    shot.rank_tiles(tiles, 0.35)
    assert [t["rank"] for t in tiles] == [2, 3, 1, 4, 5]
    shot.rank_tiles(tiles)  # no threshold given: partial or not only
    assert [t["rank"] for t in tiles] == [3, 1, 2, 5, 4]


def test_a_grid_row_cut_by_a_sticky_bar_is_partial():
    """The verifier's Shorts grids: the first row cut by the sticky header and the last by the tab bar
    (43 % and 61 % of a tile shown), every tile 8 px from the side edges, were not partial: all tiles
    touch the border, and the two cut rows outnumbered the whole one in setting the reference size. The
    whole tiles of a column (those with tiles above and below) set it; the end tiles over 10 % shorter
    are partial, the whole ones are not."""
    W, H = 780, 1688
    cols = [(8, 386), (394, 772)]
    rows = [(192, 480), (488, 1160), (1168, 1576)]  # header above 192, tab bar below 1576
    boxes = [[c0, r0, c1, r1] for r0, r1 in rows for c0, c1 in cols]
    assert shot.partial_tiles(boxes, W, H) == [True, True, False, False, True, True]
    # the same at 2 000 px wide (a desktop grid): the last row runs 19 % short into the bottom edge
    W, H = 2560, 1440
    boxes = [[352 + c * 550, 306 + r * 447, 880 + c * 550, 603 + r * 447] for r in range(3) for c in range(4)]
    for b in boxes[8:]:
        b[3] = H
    assert [b[3] - b[1] for b in boxes[8:]] == [240] * 4
    assert shot.partial_tiles(boxes, W, H) == [False] * 8 + [True] * 4
    # an X feed's posts of different shapes, none at an edge: none partial
    posts = [[130, 100, 1040, 660], [130, 800, 1040, 1528], [130, 1700, 1040, 2150]]
    assert shot.partial_tiles(posts, 1080, 2400) == [False, False, False]


def test_two_tiles_boxed_as_one_across_a_gutter_are_split(tmp_path, monkeypatch):
    """The verifier's Instagram grids (light, beige crop): one box over two tiles of a column and the
    gutter between them (and a few px of the next column) was ranked, the two tiles missed. A box crossed
    by a gutter of the page's colour between two pictures, more the shape of the grid's tiles in parts
    than whole, is split at the gutter."""
    bgr, tiles = _render("ig_profile", "light", 1)
    a, b = [276, 736, 548, 1008], [276, 1012, 548, 1284]  # two tiles of the middle column, a 4 px gutter
    assert a in tiles and b in tiles
    span = [a[0] - 9, a[1] + 2, a[2] + 3, b[3] - 1]
    others = [t for t in tiles if t not in (a, b)]
    out = _analyse(bgr, others + [span], [0.9] * len(others) + [0.83], tmp_path, monkeypatch)
    assert out["n_thumbnails"] == len(tiles)
    assert min(_matches(out, [a, b])) >= 0.9
    assert any("split at the gutters" in c for c in out["checks"]), out["checks"]
    # the same box alone (no other tiles to say what a tile looks like): kept whole
    t = shot.tidy_tiles([span], [0.83], bgr.shape[1], bgr.shape[0], bgr, 0.35)
    assert t.boxes == [span] and t.split == 0


def test_the_new_checks_read_in_spanish(spanish, isolated_home):
    """The Feed screenshot tab shows core's checks in the interface language (gui/source_text.py):
    the lines of the split, the joined strip and the doubtful ranking are in the Spanish catalogue."""
    from viralml_desktop.gui import source_text

    en = shot.Tidied([], [], split=1, strips=2).checks() + [
        "1 tile under the confidence threshold ranked after the confident whole tiles, as doubtful",
        "3 tiles under the confidence threshold ranked after the confident whole tiles, as doubtful"]
    es = [source_text.lines(line) for line in en]
    assert es[0].startswith("1 recuadro del detector que abarcaba dos o más miniaturas"), es
    assert es[1].startswith("2 miniaturas que el detector enmarcó por separado"), es
    assert es[2].startswith("1 miniatura por debajo del umbral") and es[3].startswith("3 miniaturas por debajo"), es
    assert all("tile" not in s and "box" not in s for s in es), es


def test_tiles_of_a_crop_meeting_at_a_gutter_are_not_joined():
    """The verifier's Instagram crop on beige (a screenshot cut to the grid: no page outside the tiles, so
    the page's colour is not known): three tiles of a row, a 6 px gutter between them, were joined into
    one box over the three, ranked 2nd. A gutter of one colour between two boxes keeps them apart."""
    bgr, tiles = _render("ig_profile", "light", 1)
    crop = bgr[736:1008, 100:700].copy()  # the first row, its side tiles cut by the crop
    boxes = [[0, 2, 172, 270], [176, 1, 448, 272], [452, 0, 600, 271]]
    t = shot.tidy_tiles(boxes, [0.91, 0.95, 0.93], crop.shape[1], crop.shape[0], crop, 0.35)
    assert t.merged == 0 and t.boxes == boxes


def test_a_row_of_grid_tiles_boxed_with_the_titles_above_is_cut_to_the_pictures(tmp_path, monkeypatch):
    """The verifier's navy grid: a whole row of tiles was boxed loose, each with the title and meta of the
    tile above it (IoU 0.62-0.64), all alike, so each had twins and was not cut. A box with twins is cut
    to its picture when what is cut away is text (ink on the page's colour) across its whole width."""
    bgr, tiles = _render("yt_desktop_grid", "dark", 11)
    tiles = sorted(tiles, key=lambda t: (t[1], t[0]))
    row = [t for t in tiles if t[1] == tiles[5][1]]  # the second row: the first row's titles are above it
    assert len(row) >= 3
    loose = [[x0 - 2, y0 - int(0.5 * (y1 - y0)), x1 + 2, y1 + 1] for x0, y0, x1, y1 in row]
    assert all(_iou(a, b) < 0.7 for a, b in zip(loose, row))
    others = [t for t in tiles if t not in row]
    out = _analyse(bgr, others + loose, [0.9] * len(others) + [0.8] * len(row), tmp_path, monkeypatch)
    assert out["n_thumbnails"] == len(tiles)
    assert min(_matches(out, tiles)) >= 0.9
    assert any("cut to the picture" in c for c in out["checks"]), out["checks"]
