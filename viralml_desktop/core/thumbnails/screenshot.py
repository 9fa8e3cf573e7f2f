"""Capability ``analyze_screenshot``: a feed screenshot in, every thumbnail found, scored and ranked.

Pipeline: the screenshot detector (YOLOv8n trained here on generated feed screenshots,
``models/screenshot_yolo``, model-table entry ``screenshot_yolo``) finds the thumbnails, titles and
meta lines (channel · views · age) → boxes of the page's own chrome (a sidebar, a top bar, a header:
what the detector adds on a theme it never saw) are dropped (:func:`plausible_tiles`, then the learned
tile verifier :func:`verify_tiles`, which also decides whole vs cut at the edge) → each
thumbnail is cropped and scored with the thumbnail
score (:func:`.score.score_features`, the rules or the user's channel model, **without** the
improvement search) → the text tied to each tile (under it in a grid, right of it in a list, over
its bottom in a Shorts/Reels tile: the layout whose regions hold text lines; above it in an X post,
whose views are the last count of the action bar under the media: :func:`read_tiles`) is
cut into lines, each read with the OCR recogniser, and split into title and meta (views parsed with
the import's locale number reader, English and Spanish); the detector's weak title/meta classes only
vote for the layout → tiles ranked by (click probability, visual-appeal score), as
``score_thumbnail`` ranks competitors.

It also says what the top-ranked tiles do differently in measured terms (faces, text share,
contrast, colourfulness, brightness) and places the user's own thumbnail in the feed: matched
to a tile, or inserted into a chosen tile (the feed preview).

GUI jobs: :func:`analyze_job` (response, annotated image and preview in one result),
:func:`annotate`, :func:`feed_preview_image`, :func:`write_table`.
"""
from __future__ import annotations

import csv
import hashlib
import logging
import math
import re
import threading
import time
import unicodedata
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

import numpy as np

from viralml_desktop.core import media, registry, sources
from viralml_desktop.core.errors import InputError
from viralml_desktop.core.progress import ProgressLike
from viralml_desktop.core.schemas.screenshot import ScreenshotRequest, ScreenshotResponse
from viralml_desktop.core.thumbnails import channel as thumbnail_model
from viralml_desktop.core.thumbnails.features import analyze as analyze_image
from viralml_desktop.core.thumbnails.score import _sources as score_sources
from viralml_desktop.core.thumbnails.score import reason_lines, resolve_path, score_features
from viralml_desktop.core.thumbnails.tile_verifier import EDGE_PX

log = logging.getLogger(__name__)

MODEL = "screenshot_yolo"
CLASSES = ("thumbnail", "title", "meta")
IMGSZ = 320  # the size the detector was trained and measured at (models/screenshot_yolo/metrics.json)
MATCH_SIMILARITY = 0.85  # a user thumbnail this close (1 - mean abs difference at 64x36) is that tile
PHONE_WIDTH = 390  # logical pixels of a common phone screen (iPhone 12-15): the feed preview's width
NO_THUMBNAILS = "no thumbnails found"


# -- detector -----------------------------------------------------------------------------------

def _load_detector(path: Optional[Path], device: str):
    """Model-table loader of ``screenshot_yolo``: the shipped weights, trusted by their sha256 in the
    table and read with ultralytics' restricted unpickling (as user YOLO weights are)."""
    return registry.load_ultralytics(Path(path), device, MODEL)


@dataclass
class Detection:
    """One box of the detector: class name, ``[x0, y0, x1, y1]`` in image pixels, confidence 0–1."""
    cls: str
    box: list
    confidence: float


_PREDICTED: set[int] = set()  # ids of the loaded detectors that have run once (warm)
_LAST_COLD = False


def last_detect_was_cold() -> bool:
    """Whether the last :func:`detect` call was the first inference of freshly loaded weights in this
    process (cold: ultralytics' first call builds and fuses the network, ~1-3 s instead of ~20 ms)."""
    return _LAST_COLD


def detect(bgr: np.ndarray, confidence: float = 0.35) -> tuple[list[Detection], float]:
    """Thumbnails, titles and meta lines in a screenshot.

    Parameters
    ----------
    bgr : (H, W, 3) uint8 array, BGR
        The screenshot.
    confidence : float
        Boxes under this confidence (0–1) are dropped.

    Returns
    -------
    detections : list of Detection
        Boxes in ``bgr``'s pixels.
    ms : float
        Milliseconds the detector took (pre-processing, inference and NMS); the first call after the
        weights are loaded is cold (see :func:`last_detect_was_cold`) and much slower.

    Raises
    ------
    ModelUnavailable
        The ``screenshot_yolo`` weights are missing, fail their checksum, or ultralytics cannot load them.
    """
    model = registry.get(MODEL)
    global _LAST_COLD
    _LAST_COLD = id(model) not in _PREDICTED  # the first inference of these loaded weights in this process
    t = time.perf_counter()
    res = model.predict(bgr, imgsz=IMGSZ, conf=confidence, iou=0.6, max_det=300, verbose=False)[0]
    ms = (time.perf_counter() - t) * 1000
    _PREDICTED.add(id(model))
    b = res.boxes
    xyxy = b.xyxy.cpu().numpy() if len(b) else np.zeros((0, 4))
    out = [Detection(CLASSES[int(c)] if int(c) < len(CLASSES) else str(int(c)),
                     [int(round(v)) for v in box], round(float(p), 4))
           for box, c, p in zip(xyxy, b.cls.cpu().numpy(), b.conf.cpu().numpy())]
    return out, ms


def _reading_order(tiles: list[Detection]) -> list[Detection]:
    """Top to bottom, left to right: rows are tiles whose tops are within half a median tile height."""
    if not tiles:
        return tiles
    hmed = float(np.median([t.box[3] - t.box[1] for t in tiles]))
    tiles = sorted(tiles, key=lambda t: t.box[1])
    rows, cur = [], [tiles[0]]
    for t in tiles[1:]:
        if t.box[1] - cur[0].box[1] <= 0.5 * hmed:
            cur.append(t)
        else:
            rows.append(cur)
            cur = [t]
    rows.append(cur)
    return [t for r in rows for t in sorted(r, key=lambda t: t.box[0])]


# -- text next to each tile -------------------------------------------------------------------------

# Words that follow a view count in the apps' English and Spanish interfaces.
# A live stream's count of viewers now ("12K watching", "876 mil personas mirando") stands where the views
# stand and is read as its views (a live tile has no other count).
_VIEW_WORDS = (r"(?:views?|visualizaci[oó]n(?:es)?|vistas?|reproducci[oó]n(?:es)?|plays?|visitas?|watching|"
               r"(?:personas\s+)?(?:mirando|viendo))")
# the count: digits grouped by dots, commas or no-break spaces (a plain space is not: "DJ 2 939 k"),
# then an optional multiplier (K, mil, M, mill., B)
_COUNT = r"(\d{1,3}(?:[.,\u00a0\u202f]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)"
_MULT = r"(k|mil(?:\s*mill(?:ones|\.)?)?|mill(?:ones|\.)?|mln|mn|mi|m|b|bn)"
# not right after a digit and a space: "9 6M views" is "9.6M" with its mark lost, not 6M
_VIEWS = re.compile(rf"(?<![\d.,])(?<!\d\s){_COUNT}\s*(?:{_MULT}\.?)?\s*(?:de\s*)?{_VIEW_WORDS}\b", re.I)
_BARE = re.compile(rf"^\W*{_COUNT}\s*(?:{_MULT}\.?)?\W*$", re.I)
_SPANISH = re.compile(r"visualizaci|vistas?\b|reproducci|visitas?\b|\bde\s|\bmil\b|\bmill|mirando|viendo", re.I)
_ENGLISH = re.compile(r"\bviews?\b|\bplays?\b|\bwatching\b", re.I)


def _count(num: str, suffix: Optional[str], text: str) -> Optional[int]:
    """``num`` with its multiplier read with the import's locale number reader
    (:func:`..ingest._numbers.readings`, CLDR en-US and es-ES grammars): a count with no multiplier is
    whole, so ``1.234`` is 1234 in either language; where both readings stand and differ, the
    interface's language (Spanish or English words in ``text``) picks the decimal mark."""
    from viralml_desktop.core.ingest import _numbers as numbers

    suffix = re.sub(r"[\s.]", "", (suffix or "").lower())
    suffix = {"milmill": "milmillones", "milmillones": "milmillones"}.get(suffix, suffix)
    r = numbers.readings(re.sub(r"\s", "", num) + suffix)
    if r is None:
        return None
    comma, dot, mult = r
    ok = [v if v is not None and (mult or float(v).is_integer()) else None for v in (comma, dot)]
    comma, dot = ok
    if comma is not None and dot is not None and comma != dot:
        if _SPANISH.search(text) and not _ENGLISH.search(text):
            return int(round(comma))
        if _ENGLISH.search(text) and not _SPANISH.search(text):
            return int(round(dot))
        if numbers.short_decimal(num + suffix):
            return int(round(comma))
        return None  # 1,234 with no word of either language: undecidable, not guessed
    v = comma if comma is not None else dot
    return None if v is None else int(round(v))


def parse_views(text: str) -> Optional[int]:
    """The view count in a meta line, English or Spanish.

    Parameters
    ----------
    text : str
        As read: ``"1.2M views • 3 days ago"``, ``"1,2 M de visualizaciones"``, ``"939 k de
        visualizaciones"``, ``"1.234 visualizaciones"``, ``"12 K views"``, or a bare play count over a
        grid tile (``"4.3M"``, ``"▶ 900K"``, ``"12,5K"``).

    Returns
    -------
    int or None
        The count; None when the text holds none, or when its number reads two ways and the text
        says neither language (``"1,234"`` alone).

    Notes
    -----
    Numbers are read with the import's locale reader (``core/ingest/_numbers.py``, babel's CLDR
    symbols): ``1.234`` and ``1,234`` with no multiplier are whole counts (1234); ``1,2 M`` and
    ``1.2M`` are 1 200 000; ``12,5K`` is 12 500 in either language.

    Examples
    --------
    >>> parse_views("1,2 M de visualizaciones · hace 3 días")
    1200000
    >>> parse_views("17K views")
    17000
    >>> parse_views("1.234 visualizaciones")
    1234
    """
    for m in _VIEWS.finditer(text):
        v = _count(m.group(1), m.group(2), text)
        if v is not None:
            return v
    m = _BARE.match(text.replace("▶", " "))
    if m:
        return _count(m.group(1), m.group(2), text)
    return None


def _text_lines(crop: np.ndarray) -> list[np.ndarray]:
    """A text box split into its lines (rows of ink against the background), for the recogniser."""
    import cv2

    if crop.size == 0:
        return []
    grey = cv2.cvtColor(crop, cv2.COLOR_BGR2GRAY).astype(np.int16)
    border = np.concatenate([grey[0], grey[-1], grey[:, 0], grey[:, -1]])
    ink = np.abs(grey - np.median(border)) > 40
    rows = ink.sum(axis=1) > 0
    lines, start = [], None
    for y, r in enumerate(list(rows) + [False]):
        if r and start is None:
            start = y
        elif not r and start is not None:
            if y - start >= 4:
                lines.append((start, y))
            start = None
    # merge fragments closer than 2 px (accents, descenders)
    merged: list = []
    for a, b in lines:
        if merged and a - merged[-1][1] < 2:
            merged[-1] = (merged[-1][0], b)
        else:
            merged.append((a, b))
    if len(merged) <= 1:
        return [crop]
    h = crop.shape[0]
    return [crop[max(0, a - 2):min(h, b + 2)] for a, b in merged]


_LINE_MARGIN = 0.5  # blank margin kept left and right of a line's ink, in line heights


def _tight_line(line: np.ndarray) -> np.ndarray:
    """A text line for the recogniser, cut to its ink's columns with half a line height of margin
    each side.

    The recogniser scales every crop to 48 px high, so its time follows the crop's width/height
    ratio: a title line left at its box's width costs more and read no better
    (bench/screenshot_latency.py measures both readings on generated feeds with known text)."""
    import cv2

    grey = cv2.cvtColor(line, cv2.COLOR_BGR2GRAY).astype(np.int16)
    border = np.concatenate([grey[0], grey[-1], grey[:, 0], grey[:, -1]])
    cols = np.flatnonzero((np.abs(grey - np.median(border)) > 40).any(axis=0))
    if not len(cols):
        return line
    m = max(2, int(round(_LINE_MARGIN * line.shape[0])))
    return line[:, max(0, cols[0] - m):min(line.shape[1], cols[-1] + 1 + m)]


def _timed(fn, *args):
    """``(fn(*args), seconds it took)``."""
    t = time.perf_counter()
    return fn(*args), time.perf_counter() - t


def assign_text(tiles: list[Detection], texts: list[Detection]) -> dict[int, dict[str, list[int]]]:
    """Which title and meta boxes belong to which tile: over the tile, under it (overlapping its
    columns, within 0.9 tile heights) or right of it (overlapping its rows, within 1.3 tile widths);
    each text box goes to its nearest tile. Returns {tile index: {"title": [...], "meta": [...]}}
    with indices into ``texts``."""
    out: dict[int, dict[str, list[int]]] = {i: {"title": [], "meta": []} for i in range(len(tiles))}
    for j, t in enumerate(texts):
        x0, y0, x1, y1 = t.box
        cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
        best, best_d = None, math.inf
        for i, tile in enumerate(tiles):
            a0, b0, a1, b1 = tile.box
            tw, th = a1 - a0, b1 - b0
            if a0 <= cx <= a1 and b0 <= cy <= b1:
                d = 0.0
            elif min(x1, a1) - max(x0, a0) > 0.5 * min(x1 - x0, tw) and b1 - 0.1 * th <= y0 <= b1 + 0.9 * th:
                d = y0 - b1 + 1
            elif min(y1, b1) - max(y0, b0) > 0 and a1 - 0.05 * tw <= x0 <= a1 + 1.3 * tw:
                d = x0 - a1 + 1 + abs(y0 - b0) * 0.25
            else:
                continue
            if d < best_d:
                best, best_d = i, d
        if best is not None:
            out[best][t.cls].append(j)
    return out


# -- the text tied to each tile -------------------------------------------------------------------
#
# The detector's title and meta classes are weak (held-out mAP50 in models/screenshot_yolo/metrics.json),
# so the text of a tile is found from the tile's own box and the layout's geometry: under it in a
# grid, right of it in a list, over its bottom in a Shorts/Reels tile. The layout is the one whose
# region holds text lines for the most tiles (the detector's confident title/meta boxes vote too).

LAYOUTS = ("below", "right", "over", "above")  # above: X posts (read_tiles, read_post_above)
#: True: :func:`read_tiles` finds each text region's lines once and recognises each line crop once per
#: screenshot (a memo); False: every step finds and reads again, as before session 13 (the baseline of
#: bench/screenshot_table_speed.py). The same titles, meta lines and views either way.
READ_ONCE = True
_INK = 40  # grey levels from the background that count as ink
_DETECTOR_TEXT_CONFIDENCE = 0.8  # detector title/meta boxes this confident vote for the layout
_REC_MIN_SCORE = 0.5  # a line the recogniser reads with less confidence is not text (photo texture)
_META = re.compile(rf"{_VIEW_WORDS}|\bhace\s+\d|\b\d+\s*(?:second|minute|hour|day|week|month|year)s?\s+ago\b|"
                   r"\b(?:ago|hace|streamed|emitido)\b|\s[·•]\s|^\W*\d[\d.,]*\s*[kmb]?\W*$", re.I)


def _region(tile: list, tiles: list[list], layout: str, W: int, H: int) -> Optional[tuple[int, int, int, int]]:
    """The part of the screenshot where ``tile``'s text sits in ``layout``, in pixels, bounded by the
    neighbouring tiles (half the gap to each) and the image; None when nothing is left.

    below: the tile's columns, 4 % wider each side (detected boxes are a few pixels off), from 5 % of
    the tile's height above its bottom to the next tile under it or 1.2 tile heights; right: the tile's
    rows from its right edge to the next tile right of it or 2.5 tile widths; over: the tile's bottom
    45 %."""
    x0, y0, x1, y1 = tile
    tw, th = x1 - x0, y1 - y0
    if layout == "over":
        return x0, int(y1 - 0.45 * th), x1, y1
    others = [t for t in tiles if t is not tile and list(t) != list(tile)]
    if layout == "below":
        a0, a1 = x0 - 0.04 * tw, x1 + 0.04 * tw
        for o in others:  # half the gap to the tiles left and right in the same row
            if min(o[3], y1) - max(o[1], y0) > 0.3 * th:
                if o[2] <= x0 + 0.1 * tw:
                    a0 = max(a0, (o[2] + x0) / 2)
                elif o[0] >= x1 - 0.1 * tw:
                    a1 = min(a1, (o[0] + x1) / 2)
        b0, b1 = y1 - 0.05 * th, y1 + 1.2 * th
        for o in others:  # the next tile under it, in overlapping columns
            if min(o[2], x1) - max(o[0], x0) > 0.3 * min(tw, o[2] - o[0]) and o[1] >= y1 - 0.2 * th:
                b1 = min(b1, o[1])
    else:  # right
        a0, a1 = x1, x1 + 2.5 * tw
        for o in others:
            if min(o[3], y1) - max(o[1], y0) > 0.3 * th and o[0] >= x1 - 0.1 * tw:
                a1 = min(a1, o[0])
        b0, b1 = y0 - 0.05 * th, y1 + 0.05 * th
        for o in others:  # half the gap to the tiles above and below in overlapping columns
            if min(o[2], x1) - max(o[0], x0) > 0.3 * tw:
                if o[3] <= y0 + 0.1 * th:
                    b0 = max(b0, (o[3] + y0) / 2)
                elif o[1] >= y1 - 0.1 * th:
                    b1 = min(b1, (o[1] + y1) / 2)
    a0, b0, a1, b1 = max(0, int(a0)), max(0, int(b0)), min(W, int(math.ceil(a1))), min(H, int(math.ceil(b1)))
    if a1 - a0 < 8 or b1 - b0 < 6:
        return None
    return a0, b0, a1, b1


def _ink(region: np.ndarray, layout: str, page_rows: slice = slice(None)) -> tuple[np.ndarray, float]:
    """Ink of a text region: pixels 40 grey levels from the background, the most common grey of the
    region's rows outside the tile (``page_rows``: a page or card is one flat colour, text and
    photographs spread over many); over a photograph (layout ``over``), thin bright strokes
    (white-top-hat of the grey image above 60: the white titles and counts of Shorts and Reels tiles).
    Returns (mask, background grey)."""
    import cv2

    grey = cv2.cvtColor(region, cv2.COLOR_BGR2GRAY)
    if layout == "over":
        k = max(5, int(region.shape[0] * 0.12) | 1)
        hat = cv2.morphologyEx(grey, cv2.MORPH_TOPHAT, cv2.getStructuringElement(cv2.MORPH_RECT, (k, k)))
        return (hat > 60) & (grey > 180), float(np.median(grey))
    page = grey[page_rows]
    if page.size == 0:
        page = grey
    bg = float(np.argmax(np.bincount(page.ravel(), minlength=256)))
    return np.abs(grey.astype(np.int16) - bg) > _INK, bg


def _solid(blob: np.ndarray) -> bool:
    """Whether a blob is filled, not drawn with strokes: a third of it survives two erosions (a
    letter's 2-3 px strokes do not)."""
    import cv2

    eroded = cv2.erode(blob.astype(np.uint8), np.ones((3, 3), np.uint8), iterations=2)
    return eroded.sum() > 0.3 * blob.sum()


def _clean(mask: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The ink that can be letters: connected blobs much taller than the letters (avatars, icons,
    badges), filled squares the size of a letter (play and views icons), rules (straight lines across half
    the region: a column's border, a line between posts) and bands along an edge of the
    region over half its width or height (the tile's own pixels, or the next tile's, where a detected
    box is a few pixels off) are removed.
    Returns (kept mask, removed mask)."""
    import cv2

    n, labels, stats, _ = cv2.connectedComponentsWithStats(mask.astype(np.uint8), connectivity=8)
    if n <= 1:
        return mask, np.zeros_like(mask)
    h, w = mask.shape
    hs = stats[1:, cv2.CC_STAT_HEIGHT]
    small = hs[(hs >= 3)]
    letter = float(np.median(small)) if len(small) else 8.0
    drop = np.zeros(n, bool)
    for i in range(1, n):
        x, y, cw, ch, area = stats[i]
        fill = area / float(cw * ch)
        if ch > 2.2 * letter and fill > 0.45 and 0.5 < cw / ch < 2.0:
            drop[i] = True  # a round or square blob: avatar, icon
        elif ch >= 0.8 * letter and ch >= 8 and fill > 0.9 and 0.6 < cw / ch < 1.6 and \
                _solid(labels[y:y + ch, x:x + cw] == i):
            drop[i] = True  # a filled square the size of a letter: a play or views icon
        elif fill > 0.5 and ((cw > 0.5 * w and (y == 0 or y + ch >= h)) or (ch > 0.5 * h and (x == 0 or x + cw >= w))):
            drop[i] = True  # a band of a tile's pixels along the region's edge
        elif ch > 4 * letter and fill > 0.5:
            drop[i] = True  # a picture, not a letter
    removed = drop[labels]
    kept = mask & ~removed
    # rules: straight lines across half the region (a column's border, a line between posts) left in what is
    # kept (joined to each other they are no band along an edge; through a line of text they join it all)
    k8 = kept.astype(np.uint8)
    rules = (cv2.morphologyEx(k8, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, max(3, h // 2))))
             | cv2.morphologyEx(k8, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (max(3, w // 2), 1))))
    rules = rules.astype(bool)
    return kept & ~rules, removed | rules


def _line_spans(mask: np.ndarray) -> list[tuple[int, int, int, int]]:
    """Text lines of an ink mask, top to bottom: ``(y0, y1, x0, x1)``, rows of ink separated by blank
    rows; fragments under 40 % of the median line height (accents, dots) join their nearest line."""
    rows = mask.any(axis=1)
    runs, start = [], None
    for y, r in enumerate(list(rows) + [False]):
        if r and start is None:
            start = y
        elif not r and start is not None:
            runs.append([start, y])
            start = None
    if not runs:
        return []
    med = float(np.median([b - a for a, b in runs]))
    merged: list[list[int]] = []
    for a, b in runs:
        if merged and (b - a < 0.4 * med or merged[-1][1] - merged[-1][0] < 0.4 * med) and a - merged[-1][1] <= max(
                2, 0.3 * med):
            merged[-1][1] = b
        else:
            merged.append([a, b])
    out = []
    for a, b in merged:
        if b - a < 5:
            continue
        cols = np.flatnonzero(mask[a:b].any(axis=0))
        out.append((a, b, int(cols[0]), int(cols[-1]) + 1))
    return out


def _text_like(mask: np.ndarray, span: tuple) -> bool:
    """Whether a line span looks like text, not an icon row: at least three separate marks (letters)
    and at least 1.5 times as wide as high."""
    import cv2

    a, b, c, d = span
    if d - c < 1.5 * (b - a):
        return False
    cols = mask[a:b, c:d].any(axis=0).astype(np.uint8)
    marks = int((np.diff(np.concatenate([[0], cols])) == 1).sum())
    if marks >= 3:
        return True
    n = cv2.connectedComponents(mask[a:b, c:d].astype(np.uint8))[0] - 1
    return n >= 3


def _recognise_scored(crop: np.ndarray) -> tuple[str, float]:
    """One line recognised alone (as :func:`..vision.text.recognise_alone`, without the engine lock):
    (text, the recogniser's confidence 0–1)."""
    from rapidocr.ch_ppocr_rec import TextRecInput

    rec = registry.get("ocr")._load_rec_model()
    out = rec(TextRecInput(img=[crop]))
    if not out.txts:
        return "", 0.0
    return str(out.txts[0]), float(out.scores[0]) if out.scores else 0.0


def _read_line(crop: np.ndarray, memo: Optional[dict] = None) -> tuple[str, float]:
    """:func:`_recognise_scored`, once per pixels in a screenshot: a line crop with the same size and
    pixels as one already read with this ``memo`` (:func:`read_tiles`: the tiles of one post read the
    same text above them) gets that reading back, the same the recogniser would give again."""
    if memo is None:
        return _recognise_scored(crop)
    key = ("line", crop.shape, hashlib.blake2b(np.ascontiguousarray(crop).tobytes(), digest_size=16).digest())
    if key not in memo:
        memo[key] = _recognise_scored(crop)
    return memo[key]


# a token no title or meta line holds: a stray symbol inside it, or a few lower-case letters run into
# digits ("aia48?"); a title's "MP3", "4K", "Top 10" or "Covid19 (Live)" are words
_JUNK_TOKEN = re.compile(r"\S*[<>{}\[\]\\^~=_$%]\S*|[a-z]{1,4}\d+\W*")


def clean_line(text: str) -> str:
    """A line as read, without OCR junk: whitespace folded, one space each side of a ``·`` or ``•``
    separator; from a junk token among the last three (a stray symbol inside a token, or a few
    lower-case letters run into digits: ``"aia48?"``, ``"i>F56"``) to the end dropped, then trailing
    tokens without a letter or digit (a lone ``"|"`` or ``","``) or of one glyph not Latin (an emoji
    read as ``"ε"``)."""
    t = re.sub(r"\s*([·•])\s*", r" \1 ", re.sub(r"\s+", " ", text)).strip()
    tokens = t.split(" ")
    for k in range(max(1, len(tokens) - 3), len(tokens)):
        if _JUNK_TOKEN.fullmatch(tokens[k]):
            tokens = tokens[:k]
            break
    while tokens and ((not any(ch.isalnum() for ch in tokens[-1]) and tokens[-1] not in ("…", "...", "?", "!"))
                      or (len(tokens[-1]) == 1 and not tokens[-1].isdigit()
                          and "LATIN" not in unicodedata.name(tokens[-1], ""))):
        tokens.pop()  # nothing of a word, or one glyph of another script (an emoji read as "ε")
    return " ".join(tokens)


def _level(region: np.ndarray, mask: np.ndarray, bg: float, span: tuple) -> float:
    """How far a line's ink is from the background (90th percentile, grey levels): titles are drawn
    darker (or brighter) than channel and meta lines."""
    import cv2

    a, b, c, d = span
    grey = cv2.cvtColor(region[a:b, c:d], cv2.COLOR_BGR2GRAY).astype(np.float32)
    m = mask[a:b, c:d]
    return float(np.percentile(np.abs(grey[m] - bg), 90)) if m.any() else 0.0


def split_lines(lines: list[dict]) -> tuple[list[str], list[str]]:
    """Title lines and meta lines of a tile, from its lines top to bottom (dicts with ``text`` and
    ``level``, the ink's distance from the background).

    A meta line holds a view count, an age (``hace 3 días``, ``3 days ago``) or ``" · "``; a line drawn
    like a meta line (ink level within 12 % of one), unlike the title's first line and next to one is
    meta too: the channel name, above the views (grids) or, when none is above, under them (search
    results). The title is the lines before the first meta line; the lines after the meta (a
    description) are left out.

    Returns
    -------
    title, meta : list of str, list of str
        The lines of each, top to bottom; all lines are title when none is meta.
    """
    if not lines:
        return [], []
    pattern = [bool(_META.search(ln["text"])) for ln in lines]
    if not any(pattern):
        return [ln["text"] for ln in lines], []
    meta_levels = [ln["level"] for ln, p in zip(lines, pattern) if p]
    top = max(ln["level"] for ln in lines) or 1.0

    def like_meta(ln: dict) -> bool:
        return any(abs(ln["level"] - m) <= 0.12 * top for m in meta_levels)

    first_p = pattern.index(True)
    last_p = len(pattern) - 1 - pattern[::-1].index(True)
    start = first_p
    title_level = lines[0]["level"]
    # a channel line above the first counted meta line, drawn as meta and unlike the title's first line
    while start > 1 and like_meta(lines[start - 1]) and abs(lines[start - 1]["level"] - title_level) > 0.12 * top:
        start -= 1
    end = last_p + 1
    if start == first_p and end < len(lines) and like_meta(lines[end]) and \
            abs(lines[end]["level"] - title_level) > 0.12 * top:
        end += 1  # a channel line under the views (search results)
    return [ln["text"] for ln in lines[:start]], [ln["text"] for ln in lines[start:end]]


def _region_lines(bgr: np.ndarray, box: tuple, layout: str, tile: list,
                  memo: Optional[dict] = None) -> tuple[np.ndarray, np.ndarray, float, list]:
    """(region pixels with removed blobs painted in the background, ink mask, background, line spans);
    under a tile, lines whose middle lies above the tile's bottom are the tile's own (text over it).
    ``memo``: a dict kept for one screenshot (:func:`read_tiles`): a region already found there is
    not found again (the layout vote and the reading look at the same regions); its arrays are
    shared, so callers only read them."""
    key = (tuple(box), layout, tuple(tile))
    if memo is not None and key in memo:
        return memo[key]
    x0, y0, x1, y1 = box
    region = bgr[y0:y1, x0:x1].copy()
    mask, bg = _ink(region, layout, slice(max(0, tile[3] - y0), None) if layout == "below" else slice(None))
    mask, removed = _clean(mask)
    if removed.any() and layout != "over":
        import cv2

        grown = cv2.dilate(removed.astype(np.uint8), np.ones((5, 5), np.uint8)).astype(bool) & ~mask
        region[grown] = np.median(region.reshape(-1, 3), axis=0).astype(np.uint8)
    spans = _line_spans(mask)
    if layout == "below":
        spans = [sp for sp in spans if y0 + (sp[0] + sp[1]) / 2 > tile[3]]
    if memo is not None:
        memo[key] = (region, mask, bg, spans)
    return region, mask, bg, spans


def choose_layout(bgr: np.ndarray, tiles: list[list], texts: list[Detection] = (), memo: Optional[dict] = None) -> str:
    """Where this screenshot's titles sit: ``below`` the tiles (grids), ``right`` of them (lists) or
    ``over`` their bottom (Shorts, Reels, profile grids): the region that holds text lines for the most
    tiles, the detector's title/meta boxes of confidence ≥ 0.8 counting one vote each for where they
    lie; ``over`` when neither region holds lines for a tile in three.

    Parameters
    ----------
    bgr : (H, W, 3) uint8 array, BGR
    tiles : list of [x0, y0, x1, y1]
        The thumbnails, in pixels.
    texts : list of Detection
        The detector's title and meta boxes.
    memo : dict, optional
        The regions' lines found so far in this screenshot (:func:`_region_lines`), filled here.

    Returns
    -------
    str
        One of :data:`LAYOUTS`.
    """
    H, W = bgr.shape[:2]
    votes = {"below": 0.0, "right": 0.0, "over": 0.0}
    for t in tiles:
        for layout in ("below", "right"):
            box = _region(t, tiles, layout, W, H)
            if box is not None:
                _, mask, _, spans = _region_lines(bgr, box, layout, t, memo)
                votes[layout] += any(_text_like(mask, sp) for sp in spans)
    for d in texts:
        if d.confidence < _DETECTOR_TEXT_CONFIDENCE:
            continue
        cx, cy = (d.box[0] + d.box[2]) / 2, (d.box[1] + d.box[3]) / 2
        for a0, b0, a1, b1 in tiles:
            if a0 <= cx <= a1 and b0 <= cy <= b1:
                votes["over"] += 1
            elif a0 <= cx <= a1 and b1 <= cy <= b1 + (b1 - b0):
                votes["below"] += 1
            elif b0 <= cy <= b1 and a1 <= cx <= a1 + 2.5 * (a1 - a0):
                votes["right"] += 1
    best = max(("below", "right"), key=lambda k: (votes[k], k == "below"))
    if votes["over"] > votes[best] or votes[best] < len(tiles) / 3:
        return "over"
    return best


def _over_lines(region: np.ndarray) -> list[dict]:
    """Text lines over a photograph (the bottom of a Shorts or Reels tile), top to bottom: the OCR
    engine's text detector finds them (:func:`..vision.text.read_text`: PP-OCR detection, lines read
    with confidence ≥ 0.7), boxes on the same row joined left to right. ``level`` is 0 (no ink cue:
    title and meta are told apart by their words)."""
    from viralml_desktop.core.vision.text import read_text

    boxes = sorted(read_text(region), key=lambda b: (b.y0 + b.y1) / 2)
    rows: list[list] = []
    for b in boxes:
        cy, h = (b.y0 + b.y1) / 2, b.y1 - b.y0
        if rows and abs(cy - rows[-1][-1][0]) <= 0.5 * h:
            rows[-1].append((cy, b))
        else:
            rows.append([(cy, b)])
    out = []
    for row in rows:
        text = clean_line(" ".join(b.text for _, b in sorted(row, key=lambda r: r[1].x0)))
        if sum(ch.isalnum() for ch in text) >= 2:
            out.append({"text": text, "level": 0.0, "height": float(np.median([b.y1 - b.y0 for _, b in row])),
                        "top": min(b.y0 for _, b in row), "bottom": max(b.y1 for _, b in row)})
    return out


def _over_title(lines: list[dict], n_title: int) -> list[str]:
    """The title among the lines over a tile above its first meta line (``lines[:n_title]``): the one
    or two lines right over the meta, drawn at most 1.6 times its height and at most 1.5 line heights
    apart; bigger or farther lines are the picture's own words."""
    if not n_title or n_title >= len(lines):
        return []
    meta_h = lines[n_title]["height"]
    out: list[dict] = []
    for ln in reversed(lines[:n_title]):
        below = out[-1] if out else lines[n_title]
        if len(out) == 2 or ln["height"] > 1.6 * meta_h or below["top"] - ln["bottom"] > 1.5 * ln["height"]:
            break
        out.append(ln)
    return [ln["text"] for ln in reversed(out)]


ICON_GAP = 0.8  # line heights: ink this far from the rest of a line (a word space is 0.3-0.5) is a mark of its own ...
ICON_WIDTH = 0.35  # ... and, at most this many line heights wide at the line's end, an icon (_line_crop)


def _line_crop(region: np.ndarray, mask: np.ndarray, spans: list, k: int, trim_left: bool = False) -> np.ndarray:
    """The crop of line ``spans[k]`` the recogniser reads: its ink with half a line height of margin left and
    right and a quarter above and below, without a narrow mark set apart at either end (the "more" menu's
    three dots right of a title's first line were read as ``":"``: ``ICON_GAP``, ``ICON_WIDTH``).
    ``trim_left``: ink touching the region's left edge is a word run on from outside it (a neighbour's title
    longer than its tile, "...Video)"), cut away up to the first gap of a word space (a third of the line
    height), when the line has more ink after that gap.
    A view of ``region``, (h, w, 3) uint8."""
    a, b, c, d = spans[k]
    rh, rw = region.shape[:2]
    lh = b - a
    m, v = max(3, int(round(0.5 * lh))), max(2, int(round(0.25 * lh)))
    if trim_left and c == 0:
        cols = mask[a:b, :d].any(axis=0)
        run = 0
        for x in range(d):
            if not cols[x]:
                run += 1
            elif run >= max(2.0, lh / 3):  # the first ink after a word space
                c = x
                break
            else:
                run = 0
    # a narrow mark at either end, set apart from the words by more than a word space: an icon (the "more"
    # menu's three dots right of a title's first line, read as ":"; what is left of an avatar), not a letter
    cols = np.flatnonzero(mask[a:b, c:d].any(axis=0)) + c
    if len(cols):
        breaks = np.flatnonzero(np.diff(cols) > ICON_GAP * lh)
        groups = np.split(cols, breaks + 1)
        if len(groups) > 1 and groups[-1][-1] - groups[-1][0] + 1 <= ICON_WIDTH * lh:
            groups = groups[:-1]
        if len(groups) > 1 and groups[0][-1] - groups[0][0] + 1 <= ICON_WIDTH * lh:
            groups = groups[1:]
        c, d = int(groups[0][0]), int(groups[-1][-1]) + 1
    return region[max(0, a - v):min(rh, b + v), max(0, c - m):min(rw, d + m)]


def read_tile_text(bgr: np.ndarray, tile: list, tiles: list[list], layout: str, cancelled=None,
                   at: Optional[tuple] = None, memo: Optional[dict] = None) -> dict:
    """The title, meta line and view count of one tile, read with the OCR recogniser.

    Parameters
    ----------
    bgr : (H, W, 3) uint8 array, BGR
        The screenshot.
    tile : [x0, y0, x1, y1]
        The tile, in pixels.
    tiles : list of [x0, y0, x1, y1]
        Every tile (the region stops at the neighbours).
    layout : str
        Where the text sits (:func:`choose_layout`).
    cancelled : callable, optional
        Called between lines; True stops the reading.
    at : (x0, y0, x1, y1), optional
        Read this part of the screenshot instead of the layout's region (the detector's title and meta
        boxes of a tile, :func:`read_tiles`).
    memo : dict, optional
        The regions' lines already found in this screenshot (:func:`_region_lines`).

    Returns
    -------
    dict
        ``title`` (str, lines joined by a space), ``meta`` (str, lines joined by ``" · "``),
        ``views`` (int or None, :func:`parse_views` of the meta) and ``lines`` (int, lines read).

    Raises
    ------
    ModelUnavailable
        The OCR engine cannot be loaded.

    Notes
    -----
    Each line is cut to its ink with half a line height of margin left and right and a quarter above
    and below, inside a region 4 % wider than the tile (so a box detected a few pixels inside the tile
    does not cut the first letters), recognised alone, and kept when the recogniser's confidence is at
    least 0.5 and it holds two letters or digits; junk tails are dropped (:func:`clean_line`). Over a
    photograph (layout ``over``) the lines are found by the OCR engine's text detector
    (:func:`_over_lines`), which takes the engine's lock, and only lines over a meta line, as high as
    it, are a title (:func:`_over_title`): bigger words are the picture's own.
    """
    H, W = bgr.shape[:2]
    empty = {"title": "", "meta": "", "views": None, "lines": 0}
    box = _region(tile, tiles, layout, W, H) if at is None else at
    if box is None:
        return empty
    if at is not None:  # a box of the detector's: over the tile read as over a picture, else on a flat page
        inside = tile[0] <= (at[0] + at[2]) / 2 <= tile[2] and tile[1] <= (at[1] + at[3]) / 2 <= tile[3]
        layout = "over" if inside else "right"
    if layout == "over":
        lines = _over_lines(bgr[box[1]:box[3], box[0]:box[2]])
        spans = []
    else:
        region, mask, bg, spans = _region_lines(bgr, box, layout, tile, memo)
        rh, rw = region.shape[:2]
        lines = []
    for k, (a, b, c, d) in enumerate(spans):
        if cancelled is not None and cancelled():
            break
        crop = _line_crop(region, mask, spans, k, trim_left=layout == "below" and at is None)
        text, score = _read_line(crop, memo)
        text = clean_line(text)
        if score >= _REC_MIN_SCORE and sum(ch.isalnum() for ch in text) >= 2:
            lines.append({"text": text, "level": _level(region, mask, bg, (a, b, c, d))})
    title, meta = split_lines(lines)
    if layout == "over":  # over a picture, words with no meta line under them may be the picture's own
        title = _over_title(lines, len(title)) if meta else []
    meta_text = " · ".join(meta)
    return {"title": " ".join(title), "meta": meta_text, "views": parse_views(meta_text) if meta else None,
            "lines": len(lines)}


# -- posts with the text above the media and an action bar under it (X) ----------------------------
#
# An X media post is: the author line ("Name @handle · 5h"), the post's text, the media (the tile), then
# the action bar: replies, reposts, likes and views as bare counts spread along one line (a bar-chart icon
# before the views). The page's cue is that bar: the first line under most tiles is three to five counts
# far apart, not a title. Then each tile's title is the text above it in its post (up to the author line)
# and its views the bar's last count (or the one with a views word).

# what an action bar may write after a count, beside a views word (English and Spanish interfaces)
_ACTION_WORDS = (r"(?:repl(?:y|ies)|reposts?|retweets?|quotes?|likes?|comments?|shares?|bookmarks?|respuestas?|"
                 r"republicaciones|me\s+gusta|comentarios?|compartid[oa]s?|veces\s+compartido)")
_COUNT_IN_BAR = re.compile(rf"(?<![\w.,]){_COUNT}\s*(?:{_MULT}\b\.?)?", re.I)


def action_bar_counts(text: str) -> Optional[list[int]]:
    """The counts of an action-bar line (``"12 3.4K 56K 1.2M"``: replies, reposts, likes, views), or None
    when the line is not one: three to five counts and no other word than a views word or an action's
    ("replies", "reposts", "likes", "me gusta"...; English or Spanish). Icons read as stray symbols are ignored."""
    found = list(_COUNT_IN_BAR.finditer(text))
    rest = _COUNT_IN_BAR.sub(" ", text)
    rest = re.sub(rf"(?:de\s+)?(?:{_VIEW_WORDS}|{_ACTION_WORDS})", " ", rest, flags=re.I)
    if not 3 <= len(found) <= 5 or re.search(r"[^\W\d_]{2,}", rest):
        return None
    out = [_count(m.group(1), m.group(2), text) for m in found]
    return out if all(v is not None for v in out) else None


def _bar_views(text: str, counts: list[int]) -> int:
    """The views of an action bar: the count with a views word when there is one, else the last count
    (where X puts the views, after the bar-chart icon)."""
    v = parse_views(text) if _VIEWS.search(text) else None
    return v if v is not None else counts[-1]


def _post_span(tile: list, tiles: list[list]) -> tuple[int, int]:
    """The columns of the post holding ``tile``: its own, widened to the tiles beside it in the same row
    (two or more images of one post side by side, a few pixels apart, or overlapping a little where
    the detector's boxes are a few pixels off)."""
    x0, y0, x1, y1 = tile
    th, tw = y1 - y0, x1 - x0
    changed = True
    while changed:
        changed = False
        for o in tiles:
            # beside it: a gap of at most 5 % of the width, or an overlap of at most 10 % (boxes a few
            # pixels off)
            if abs(o[1] - y0) <= 0.05 * th and abs(o[3] - y1) <= 0.05 * th and (o[0] < x0 or o[2] > x1) and \
                    (-0.1 * tw <= o[0] - x1 <= 0.05 * tw or -0.1 * tw <= x0 - o[2] <= 0.05 * tw):
                x0, x1 = min(x0, o[0]), max(x1, o[2])
                changed = True
    return x0, x1


# line heights: ink groups of a line further apart than this are an action bar's separate groups (a count and
# the next one's icon are 1.2 line heights apart on X's phone layout; a title's words 0.3-0.5)
BAR_GROUP_GAP = 1.1
BAR_END_ICONS = 2  # groups of ink without a digit at an action bar's right end that are its icons (read_action_bar)
BAR_ICON_WIDTH = 1.3  # line heights: a group of a bar's ink this narrow is an icon alone (no count beside it)


def _first_line_under(bgr: np.ndarray, tile: list, tiles: list[list], memo: Optional[dict] = None):
    """The first text line under a tile's post (its columns widened as :func:`_post_span`), cut into groups
    of ink more than ``BAR_GROUP_GAP`` line heights apart (an action bar's counts are far apart; a title's words are
    not), without icons standing alone at its right end (groups at most ``BAR_ICON_WIDTH`` line heights
    wide: a bookmark, a share arrow): a list of crops for the recogniser, one per group, or None when
    there is no line."""
    H, W = bgr.shape[:2]
    x0, x1 = _post_span(tile, tiles)
    post = [x0, tile[1], x1, tile[3]]
    box = _region(post, [t for t in tiles if t[1] >= tile[3] - 2], "below", W, H)
    if box is None:
        return None
    region, mask, _, spans = _region_lines(bgr, box, "below", post, memo)
    if not spans:
        return None
    a, b, c, d = spans[0]
    lh = b - a
    m, v = max(3, int(round(0.5 * lh))), max(2, int(round(0.25 * lh)))
    rh, rw = region.shape[:2]
    groups: list[list[int]] = []
    for x in np.flatnonzero(mask[a:b].any(axis=0)):
        if groups and x - groups[-1][1] <= BAR_GROUP_GAP * lh:
            groups[-1][1] = int(x)
        else:
            groups.append([int(x), int(x)])
    # icons alone at the bar's right end (X's bookmark and share: no count beside them) are no group of it
    while len(groups) > 3 and groups[-1][1] - groups[-1][0] + 1 <= BAR_ICON_WIDTH * lh:
        groups.pop()
    return [region[max(0, a - v):min(rh, b + v), max(0, g0 - m):min(rw, g1 + 1 + m)] for g0, g1 in groups]


def read_action_bar(bgr: np.ndarray, tile: list, tiles: list[list], groups=None,
                    memo: Optional[dict] = None) -> Optional[dict]:
    """The action bar under a post's media, read with the OCR recogniser: ``{"text", "counts", "views"}``,
    or None when the first line under the tile is not one: three to five groups of ink far apart, each
    read as an icon and one count (:func:`bar_group_count`; one group but the last may be misread if it
    holds a digit, and three counts are left), a views word allowed; up to ``BAR_END_ICONS`` groups at its
    right end read without a digit are its icons (bookmark, share) and left out.
    ``groups``: :func:`_first_line_under`'s answer when the caller has it; ``memo``: the screenshot's
    regions and lines already read (:func:`read_tiles`)."""
    if groups is None:
        groups = _first_line_under(bgr, tile, tiles, memo)
    if groups is None or not 3 <= len(groups) <= 5 + BAR_END_ICONS:
        return None
    if any(g.shape[1] > 8 * g.shape[0] for g in groups):  # a count is a few characters; titles are longer
        return None
    read = [_read_line(g, memo) for g in groups]
    # icons at the bar's right end (X's bookmark and share) read as nothing or a glyph without a digit
    for _ in range(BAR_END_ICONS):
        if len(read) > 3 and not any(ch.isdigit() for ch in read[-1][0]):
            read.pop()
    if not 3 <= len(read) <= 5:
        return None
    texts = []
    slips = 0
    for k, (text, score) in enumerate(read):
        if score < _REC_MIN_SCORE:
            return None
        count = bar_group_count(text)
        if count is None:
            # one count misread ("3. K" for "3.1K") among three or more is a slip, not a title: skipped,
            # unless it is the last (the views)
            if slips or k == len(groups) - 1 or not any(ch.isdigit() for ch in text):
                return None
            slips += 1
            continue
        texts.append(count)
    line = "  ".join(texts)
    counts = action_bar_counts(line)
    if counts is None or len(counts) != len(texts):
        return None
    return {"text": line, "counts": counts, "views": _bar_views(line, counts)}


# one group of an action bar as read: the icon before the count read as a glyph or two ("0 97", "〇25",
# "二27", "O5.1K", "♡ 8.3K": X draws a speech bubble, arrows, a heart and a bar chart in the text's colour),
# then the count with its multiplier and maybe a views word
_BAR_GROUP = re.compile(rf"^(?:\D{{0,2}}|\S\s+)({_COUNT}\s*(?:{_MULT}\b\.?)?"
                        rf"(?:\s*(?:de\s+)?(?:{_VIEW_WORDS}|{_ACTION_WORDS}))?)$",
                        re.I)


def bar_group_count(text: str) -> Optional[str]:
    """The count of one ink group of an action bar as the recogniser read it, without the icon drawn
    before it: ``"0 97"`` → ``"97"``, ``"〇25"`` → ``"25"``, ``"O5.1K"`` → ``"5.1K"``, ``"21K"`` →
    ``"21K"``; None when the group is not an icon and a count (a word, two numbers). The icon is one or
    two glyphs of anything but digits joined to the count, or one glyph of anything set apart by a
    space; stray punctuation at both ends is dropped first."""
    t = re.sub(r"^[^\w\u3007\u4e00-\u9fff]+|[^\w.]+$", "", text.strip())
    m = _BAR_GROUP.match(t)
    return m.group(1).strip() if m else None


_AUTHOR = re.compile(r"@\w|\s[·•]\s*\d+\s*[a-z]{1,3}\b|\b\d+\s*(?:h|min|m|d|s)\b\s*$", re.I)


def _cut_left_blob(region: np.ndarray) -> int:
    """Columns to cut from the left of a post's text region: through the right edge of ink blobs that
    touch its left edge and stand over twice the median blob's height (the author's avatar, cut by a
    media box detected a little left of the text column, would join the author and text lines)."""
    import cv2

    mask, _ = _ink(region, "right")
    n, _, stats, _ = cv2.connectedComponentsWithStats(mask.astype(np.uint8), connectivity=8)
    if n <= 2:
        return 0
    hs = stats[1:, cv2.CC_STAT_HEIGHT]
    med = float(np.median(hs[hs >= 3])) if (hs >= 3).any() else 8.0
    cut = 0
    for x, y, w, h, _a in stats[1:]:
        if x == 0 and h > 2 * med and w < 0.25 * region.shape[1]:
            cut = max(cut, int(x + w + 1))
    return cut


def read_post_above(bgr: np.ndarray, tile: list, tiles: list[list], cancelled=None,
                    memo: Optional[dict] = None) -> list[str]:
    """The text of a post above its media (layout ``above``), top to bottom: lines read bottom-up from the
    media's top edge up to the post's author line (an ``@handle`` or ``· 5h``), in the media's columns
    (the author's avatar is left of them). Empty when no author line is found within four lines (the
    post's top scrolled under a sticky bar or out of view: the words there are not this post's for sure),
    or when an action bar (the post above's) comes first. ``memo``: the screenshot's regions and lines
    already read (:func:`read_tiles`; the tiles of one post share the text above them)."""
    H, W = bgr.shape[:2]
    x0, x1 = _post_span(tile, tiles)
    tw = x1 - x0
    top = 0
    for o in tiles:  # the nearest tile above in overlapping columns
        if o[3] <= tile[1] + 2 and min(o[2], x1) - max(o[0], x0) > 0.3 * min(tw, o[2] - o[0]):
            top = max(top, o[3])
    box = (max(0, int(x0 - 2)), int(top), min(W, int(math.ceil(x1 + 0.04 * tw))), int(tile[1]))
    if box[2] - box[0] < 8 or box[3] - box[1] < 6:
        return []
    box = (box[0] + _cut_left_blob(bgr[box[1]:box[3], box[0]:box[2]]),) + box[1:]
    region, mask, _, spans = _region_lines(bgr, box, "right", tile, memo)
    rh, rw = region.shape[:2]
    out: list[str] = []
    for k in range(len(spans) - 1, -1, -1):
        a, b, c, d = spans[k]
        if cancelled is not None and cancelled():
            break
        if box[1] + b >= tile[1] - 1:  # the tile's own top edge
            continue
        text, score = _read_line(_line_crop(region, mask, spans, k), memo)
        text = clean_line(text)
        if score < _REC_MIN_SCORE or sum(ch.isalnum() for ch in text) < 2:
            continue
        if _AUTHOR.search(text):
            return out[::-1]
        if action_bar_counts(text) is not None or len(out) == 4:
            break
        out.append(text)
    return []


CORNER_HEIGHT = 0.14  # the bottom share of a cover holding its play count ...
CORNER_WIDTH = 0.6  # ... in this share of its width from the left (TikTok, Instagram Reels)
CORNER_MIN_SCORE = 0.75  # ... read with at least this confidence


def read_corner_count(bgr: np.ndarray, tile: list, memo: Optional[dict] = None) -> Optional[dict]:
    """The play count a profile or Reels grid draws over a cover's bottom-left corner (a play icon and
    ``"12,3K"``), read with the OCR recogniser on that corner (the bottom ``CORNER_HEIGHT`` of the tile,
    the left ``CORNER_WIDTH``): the text detector misses these small white counts where they sit on the
    cover's edge. ``{"text", "views"}`` when the corner reads as an icon and one count
    (:func:`bar_group_count`) with confidence at least ``CORNER_MIN_SCORE``; else None (a picture's own
    words, "TOP 10", are no count)."""
    x0, y0, x1, y1 = (int(v) for v in tile)
    th, tw = y1 - y0, x1 - x0
    crop = bgr[max(0, int(y1 - CORNER_HEIGHT * th)):y1, x0:int(x0 + CORNER_WIDTH * tw)]
    if crop.shape[0] < 8 or crop.shape[1] < 16:
        return None
    text, score = _read_line(crop, memo)
    count = bar_group_count(text) if score >= CORNER_MIN_SCORE else None
    if count is None:
        return None
    views = parse_views(count)
    return None if views is None else {"text": count, "views": views}


def read_tiles(bgr: np.ndarray, tiles: list[list], texts: list[Detection] = (),
               cancelled=None) -> tuple[str, list[dict]]:
    """Every tile's title, meta line and views (:func:`read_tile_text`) in the layout
    :func:`choose_layout` finds -- or, when the first line under at least half of the tiles that have one
    is an action bar of counts (:func:`read_action_bar`), layout ``above``: each tile's title is its post's
    text above it up to the author line (:func:`read_post_above`) and its views the bar's last count; a tile where that layout's region gives no title or meta is read in the other
    place (over its bottom, or under it when the layout is ``over``) and that reading kept when it holds
    a meta line (views or age); in layout ``over``, a tile without views gets the play count in its
    bottom-left corner when one is there (:func:`read_corner_count`); a tile still without either is read
    in its title and meta boxes of the detector with confidence ≥ 0.8, padded, when it has any. Returns
    (layout, one dict per tile, in order).

    Raises
    ------
    ModelUnavailable
        The OCR engine cannot be loaded.

    Notes
    -----
    It takes no OCR engine lock, so :func:`_analyze` runs it in a thread beside the scoring of the
    tiles on the second core.
    """
    tiles = [list(t) for t in tiles]
    # each text region's lines found once (the layout vote, the action-bar probe, the reading) and each line
    # crop recognised once; None: as before session 13 (the baseline of bench/screenshot_table_speed.py)
    memo: Optional[dict] = {} if READ_ONCE else None
    layout = choose_layout(bgr, tiles, texts, memo)
    H, W = bgr.shape[:2]
    # posts with their text above the media and an action bar under it (X), in any layout the vote found: a
    # desktop X page's sidebar text right of the posts votes for "right"
    seen: dict = {}  # tiles of one post (or one grid row) share their first line under: read once
    firsts, bars = [], []
    for t in tiles:
        key = (_post_span(t, tiles), t[1], t[3])
        if key not in seen:
            f = _first_line_under(bgr, t, tiles, memo)
            bar = read_action_bar(bgr, t, tiles, f, memo) if f is not None and 3 <= len(f) <= 5 + BAR_END_ICONS and \
                all(g.shape[1] <= 8 * g.shape[0] for g in f) else None
            seen[key] = (f, bar)
        firsts.append(seen[key][0])
        bars.append(seen[key][1])
    lined = sum(f is not None for f in firsts)
    if lined and sum(b is not None for b in bars) * 2 >= lined:
        out = []
        for t, bar in zip(tiles, bars):
            if cancelled is not None and cancelled():
                out.append({"title": "", "meta": "", "views": None, "lines": 0})
                continue
            title = read_post_above(bgr, t, tiles, cancelled, memo)
            out.append({"title": " ".join(title), "meta": bar["text"] if bar else "",
                        "views": bar["views"] if bar else None, "lines": len(title) + (bar is not None)})
        return "above", out
    confident = [d for d in texts if d.confidence >= _DETECTOR_TEXT_CONFIDENCE]
    owner = assign_text([Detection("thumbnail", t, 1.0) for t in tiles], confident) if confident else {}
    out = []
    for i, t in enumerate(tiles):
        if cancelled is not None and cancelled():
            out.append({"title": "", "meta": "", "views": None, "lines": 0})
            continue
        r = read_tile_text(bgr, t, tiles, layout, cancelled, memo=memo)
        # a feed mixing layouts (a Shorts shelf: some tiles' text over them, some under)
        if not (r["title"] or r["meta"]):
            other = read_tile_text(bgr, t, tiles, "below" if layout == "over" else "over", cancelled, memo=memo)
            if other["meta"]:  # taken only with a meta line: a thumbnail's own words are no title
                r = other
        if layout == "over" and r["views"] is None:  # a grid of covers: the play count in the corner
            corner = read_corner_count(bgr, t, memo)
            if corner is not None:
                r = {**r, "meta": " · ".join(x for x in (r["meta"], corner["text"]) if x), "views": corner["views"],
                     "lines": r["lines"] + 1}
        mine = [confident[j].box for k in ("title", "meta") for j in owner.get(i, {}).get(k, [])]
        if not (r["title"] or r["meta"]) and mine:  # text where no layout puts it, that the detector is sure of
            x0, y0 = min(b[0] for b in mine), min(b[1] for b in mine)
            x1, y1 = max(b[2] for b in mine), max(b[3] for b in mine)
            px, py = 0.05 * (x1 - x0) + 4, 0.15 * (y1 - y0) + 2  # padded: a box a few pixels short cuts no letter
            at = (max(0, int(x0 - px)), max(0, int(y0 - py)), min(W, int(x1 + px)), min(H, int(y1 + py)))
            if at[2] - at[0] >= 8 and at[3] - at[1] >= 6:
                r = read_tile_text(bgr, t, tiles, layout, cancelled, at=at)
        out.append(r)
    return layout, out


# -- scoring ----------------------------------------------------------------------------------------

def _tile_measures(f: dict) -> dict:
    m = f["measures"]
    return {"faces": int(m["face_count"]), "face_share": round(float(m["largest_face_share"]), 4),
            "text_share": round(float(f["text_share"]), 4), "contrast": round(float(m["contrast"]), 2),
            "colourfulness": round(float(m["colourfulness"]), 2), "brightness": round(float(m["brightness"]), 2)}


def score_crop(crop: np.ndarray, channel: Optional[dict]) -> tuple[dict, dict]:
    """The thumbnail score of one tile's pixels (no improvement search): (score dict, features dict)."""
    feats = analyze_image(crop).to_dict()
    return score_features(feats, channel), feats


def _rank_key(t: dict) -> tuple:
    return (t["click_probability"], t["visual_appeal_score"])


def rank_tiles(tiles: list[dict], confidence: Optional[float] = None) -> None:
    """Rank in place: 1 + the tiles strictly better by (click probability, visual-appeal score), in tiers:
    the whole tiles the detector is sure of first, then whole tiles under ``confidence`` (weak boxes kept
    only because they sit on the confident tiles' grid: a doubtful box never outranks a confident whole
    tile), then partial tiles (``partial``, cut off at the image edge or by a bar), those under
    ``confidence`` last.

    Parameters
    ----------
    tiles : list of dict
        Each with ``click_probability`` and ``visual_appeal_score``, optionally ``partial`` (bool) and
        ``confidence`` (the detector's, 0-1); ``rank`` (int, from 1) is set on each.
    confidence : float, optional
        The request's detector threshold; ``None``: no tile is weak.
    """
    def tier(t: dict) -> tuple:
        weak = confidence is not None and t.get("confidence", 1.0) < confidence
        return (bool(t.get("partial")), weak)

    for t in tiles:
        peers = [o for o in tiles if tier(o) == tier(t)]
        t["rank"] = 1 + sum(1 for o in peers if _rank_key(o) > _rank_key(t)) + \
            sum(1 for o in tiles if tier(o) < tier(t))


# -- which detected boxes can be feed tiles ------------------------------------------------------------
#
# On a theme it was not trained on (the held-out "dim", models/screenshot_yolo/metrics.json) the detector
# at the app's threshold also boxes the page's own chrome: a sidebar of icons, a top bar, a profile
# header, a flat side panel. plausible_tiles drops those before anything is scored. Its thresholds were
# set on the generator's train and val screenshots only (light, dark and random-palette themes; never
# on the held-out family, theme or HTML sets): bench/screenshot_filter_eval.py prints the false boxes
# per image and the recall before and after it, per set.

PAGE_TOLERANCE = 12  # grey levels per channel within which a pixel is "the same colour" (JPEG noise)
CHROME_PAGE_SHARE = 0.6  # a box this much page colour ...
CHROME_THICK_SHARE = 0.3  # ... whose other pixels are mostly thin strokes (text, icons) is chrome,
CHROME_TWIN_SHARE = 0.75  # ... unless two other boxes have its size (a dark photo in a dark feed) and it is under this
TWIN_SIZE = 0.1  # boxes whose widths and heights are each within this share are the same size
MIN_TILE_PX = 16  # a box thinner than this in either direction is no thumbnail
HUGE_SHARE = 0.5  # a box over this share of the screenshot holding another box is a merge of the page
_STROKE = 7  # px: marks thinner than this (letters, icon outlines) vanish in an opening of this size
# A box that looks like chrome by its colours is still a tile when the detector is this sure of it (over
# every chrome-looking false box of train, val and val_random, whose highest score was 0.935, while half
# the real tiles there score 0.938 or more) ...
SURE_SCORE = 0.94
# ... or when it is speckled like a photograph of the night sky, a dark stage, a dark suit: at least this
# many separate small marks (2-60 px) off the page's colour per 1000 px of the box (the chrome-looking
# false boxes of train, val and val_random had 2.15 at most -- text lines, icons; the two real dark photos
# there that look like chrome by colour, 2.58 and 3.92)
SPECKLE_PHOTO = 2.4
_SPECK_PX = (2, 60)  # px: the area of one small mark
# A box at least FILL_SHARE one exact fill (within FILL_TOLERANCE grey levels per channel of its most common
# colour), with under FILL_GRAIN of it near that colour but not on it (a photograph's grain: a dark moon is
# 0.83 one fill but 0.13 grain) and under FLAT_THICK other regions than thin strokes, is a flat card, bar
# or menu with its words and icons on it, not a picture (whatever the detector's score): on the generator's
# train (every third image), val and val_random and the sessions 11-12 verifiers' feeds, the real tiles
# kept had 0.71 of one fill at most (a grey moon, a smooth grey gradient: 0.34-0.48), the flat false boxes
# 0.83-1.0 with 0-0.04 grain
FILL_TOLERANCE = 2
FILL_SHARE = 0.8
FILL_GRAIN = 0.05


def _channel_max(a: np.ndarray) -> np.ndarray:
    """``a.max(axis=-1)`` of an (..., 3) array, the same values, as two element-wise maxima: numpy's
    reduction over a last axis of 3 runs ~2.5x slower (a 420x236 tile's pixels: 6 ms against 2.3 ms)."""
    return np.maximum(np.maximum(a[..., 0], a[..., 1]), a[..., 2])


def _colour_key(px: np.ndarray) -> np.ndarray:
    """Quantised colour (8 levels a bin per channel) of ``(n, 3)`` int pixels, as one int per pixel."""
    q = px // 8
    return q[:, 0] * 1024 + q[:, 1] * 32 + q[:, 2]


def page_colour(bgr: np.ndarray, boxes: list) -> np.ndarray:
    """The page's background colour: the most common colour of the screenshot outside ``boxes`` (the whole
    screenshot when under 5 % of it lies outside them), BGR float (3,)."""
    H, W = bgr.shape[:2]
    outside = np.ones((H, W), bool)
    for x0, y0, x1, y1 in boxes:
        outside[max(0, int(y0)):max(0, int(y1)), max(0, int(x0)):max(0, int(x1))] = False
    sub = outside[::4, ::4]
    px = bgr[::4, ::4][sub] if sub.mean() >= 0.05 else bgr[::4, ::4].reshape(-1, 3)
    px = px.reshape(-1, 3).astype(np.int32)
    key = _colour_key(px)
    return np.median(px[key == np.bincount(key).argmax()], axis=0)


def tile_content(crop: np.ndarray, page: np.ndarray) -> dict:
    """What fills a box: ``page_share`` (pixels of the page's colour), ``flat_share`` (pixels of the box's
    own most common colour), ``fill_share`` (pixels within ``FILL_TOLERANCE`` of it: one exact fill, as
    of a card, a bar or a button, never a photograph's grain or gradient) and ``thick_share`` (pixels of other colours that survive a 7 px opening:
    regions, as in a photograph, not the thin strokes of letters and icons), each 0-1 of the box; and
    ``speckle``: separate small marks (8-connected, 2-60 px) of other colours than the page's per 1000 px
    of the box (the stars of a night sky, the grain of a dark photograph; a few lines of text or a row
    of icons make fewer)."""
    import cv2

    px = crop.reshape(-1, 3).astype(np.int32)
    if not len(px):
        return {"page_share": 0.0, "flat_share": 0.0, "fill_share": 0.0, "thick_share": 0.0, "speckle": 0.0}
    key = _colour_key(px)
    mode = np.median(px[key == np.bincount(key).argmax()], axis=0)
    dist = _channel_max(np.abs(px - mode))
    flat = dist <= PAGE_TOLERANCE
    on_page = _channel_max(np.abs(px - page)) <= PAGE_TOLERANCE
    other = (~flat).reshape(crop.shape[:2]).astype(np.uint8)
    thick = cv2.morphologyEx(other, cv2.MORPH_OPEN, np.ones((_STROKE, _STROKE), np.uint8))
    off_page = (~on_page).reshape(crop.shape[:2]).astype(np.uint8)
    _, _, stats, _ = cv2.connectedComponentsWithStats(off_page, connectivity=8)
    areas = stats[1:, cv2.CC_STAT_AREA]
    specks = int(((areas >= _SPECK_PX[0]) & (areas <= _SPECK_PX[1])).sum())
    return {"page_share": float(on_page.mean()), "flat_share": float(flat.mean()),
            "fill_share": float((dist <= FILL_TOLERANCE).mean()),
            "thick_share": float(thick.mean()), "speckle": 1000.0 * specks / len(px)}


# Sticky bars along the screen's edges (a phone's top bar and bottom navigation, a desktop page's header and
# side menu): from the edge inward, rows (columns) at least BAR_ROW_SHARE one colour -- the bar's, with its
# logo, icons and labels on it -- up to a line that is not, and the bar told apart from the feed by its own
# colour (off the page's by more than PAGE_TOLERANCE) or by a rule under it (a line BAR_RULE_SHARE one other
# colour, not the page's); BAR_MIN_SHARE to BAR_MAX_SHARE of the screen's height (width for a side bar, BAR_MAX_SIDE)
BAR_ROW_SHARE = 0.5
BAR_RULE_SHARE = 0.9
BAR_MIN_SHARE = 0.02
BAR_MAX_SHARE = 0.15
BAR_MAX_SIDE = 0.25
CHROME_INSIDE = 0.8  # a box this much inside a bar is the bar's (its logo, its icons, its labels)


def _bar_depth(lines: np.ndarray, page: np.ndarray, lo: int, hi: int) -> tuple[int, Optional[np.ndarray]]:
    """How deep a bar runs from the first of ``lines`` ((n, L, 3) int16, the screen's edge first), and its
    colour; (0, None) when no bar of ``lo`` to ``hi`` lines is there."""
    if len(lines) <= lo:
        return 0, None
    edge = lines[:2].reshape(-1, 3).astype(np.int32)
    key = _colour_key(edge)
    colour = np.median(edge[key == np.bincount(key).argmax()], axis=0).astype(np.int16)
    n = min(len(lines), hi + 1)
    share = (_channel_max(np.abs(lines[:n] - colour)) <= PAGE_TOLERANCE).mean(axis=1)
    off = np.flatnonzero(share < BAR_ROW_SHARE)
    k = int(off[0]) if len(off) else n
    if k < lo or k > hi or k >= len(lines):
        return 0, None
    rule = lines[k]
    med = np.median(rule, axis=0)
    # a rule: a line of one colour that is not the page's (the row of page under a bar of another colour is
    # told by that colour; one of page above a flat picture cut by the edge is no rule)
    ruled = (_channel_max(np.abs(rule - med)) <= PAGE_TOLERANCE).mean() >= BAR_RULE_SHARE and \
        np.abs(med - page).max() > PAGE_TOLERANCE
    if not ruled and (np.abs(colour - page.astype(np.int16)).max() <= PAGE_TOLERANCE or share[:k].max() < GAP_SHARE):
        # the page's own colour with no rule: a blank band of the feed; a colour no line runs across whole
        # (cards under a row of tiles, apart at the gutters): not a bar
        return 0, None
    return k, colour


def chrome_bands(bgr: np.ndarray, page: np.ndarray) -> dict:
    """The sticky bars along the screen's edges: ``top`` (rows ``0:top`` are a bar; 0: none), ``bottom``
    (rows ``bottom:H``; H: none), ``left`` and ``right`` likewise for columns, and ``colours``: each bar's
    colour (BGR, by edge name).

    A bar runs from the edge inward while each row (column) is at least ``BAR_ROW_SHARE`` (half) one
    colour, the edge's own, and stops at a line that is not; it is a bar when it is ``BAR_MIN_SHARE`` to
    ``BAR_MAX_SHARE`` (2-15 %) of the screen high (a side bar up to ``BAR_MAX_SIDE`` of its width) and its
    colour is not the page's (:func:`page_colour`) or a rule (a line ``BAR_RULE_SHARE`` one colour) ends it.
    A row of pictures at the edge is no bar (no colour fills half of its rows).

    Parameters
    ----------
    bgr : (H, W, 3) uint8 array, BGR
        The screenshot.
    page : (3,) array
        The page's colour (:func:`page_colour`).

    Returns
    -------
    dict
        ``{"top": int, "bottom": int, "left": int, "right": int, "colours": dict}``, pixels.
    """
    H, W = bgr.shape[:2]
    img = bgr.astype(np.int16)
    step = max(1, min(H, W) // 540)  # every other pixel along a line at 1080p and up: the same bars, faster
    lo_h, hi_h = max(2, int(BAR_MIN_SHARE * H)), int(BAR_MAX_SHARE * H)
    lo_w, hi_w = max(2, int(BAR_MIN_SHARE * W)), int(BAR_MAX_SIDE * W)
    out: dict = {"top": 0, "bottom": H, "left": 0, "right": W, "colours": {}}
    for name, lines, lo, hi in (("top", img[:hi_h + 2, ::step], lo_h, hi_h),
                                ("bottom", img[::-1][:hi_h + 2, ::step], lo_h, hi_h),
                                ("left", img[::step, :hi_w + 2].transpose(1, 0, 2), lo_w, hi_w),
                                ("right", img[::step, ::-1][:, :hi_w + 2].transpose(1, 0, 2), lo_w, hi_w)):
        k, colour = _bar_depth(lines, page, lo, hi)
        if not k:
            continue
        out[name] = k if name in ("top", "left") else (H if name == "bottom" else W) - k
        out["colours"][name] = colour
    return out


def in_chrome(box, bands: dict) -> bool:
    """Whether ``box`` lies at least ``CHROME_INSIDE`` (80 %) inside one of the bars of :func:`chrome_bands`."""
    x0, y0, x1, y1 = box
    a = max(1, (x1 - x0) * (y1 - y0))
    w, h = max(0, x1 - x0), max(0, y1 - y0)
    inside = (w * max(0, min(y1, bands["top"]) - y0), w * max(0, y1 - max(y0, bands["bottom"])),
              h * max(0, min(x1, bands["left"]) - x0), h * max(0, x1 - max(x0, bands["right"])))
    return max(inside) >= CHROME_INSIDE * a


def without_chrome(bgr: np.ndarray, bands: dict) -> np.ndarray:
    """The screenshot with its sticky bars (:func:`chrome_bands`) painted over in each bar's own colour, for
    the title reader: no title or view count is read from a top bar or a bottom navigation ("Home Shorts
    Subs You" under the last row of a phone feed). The same array when there is no bar; else a copy,
    (H, W, 3) uint8 BGR."""
    if not bands["colours"]:
        return bgr
    out = bgr.copy()
    H, W = bgr.shape[:2]
    for name, colour in bands["colours"].items():
        rows, cols = {"top": (slice(0, bands["top"]), slice(None)), "bottom": (slice(bands["bottom"], H), slice(None)),
                      "left": (slice(None), slice(0, bands["left"])),
                      "right": (slice(None), slice(bands["right"], W))}[name]
        out[rows, cols] = np.clip(colour, 0, 255).astype(np.uint8)
    return out


NAV_SHARE = 0.12  # a phone's navigation bar lies in this share of the screen's height at its bottom
NAV_SLOT = 0.06  # ... its items centred, within this share of the width, in equal slots across the screen


def _evenly_spread(centres: list, widths: list, W: int) -> bool:
    """Whether marks centred at ``centres`` (px) sit one each in equal slots across a width ``W``: ``n`` slots
    for ``n`` marks or ``n + 1`` (one slot without a label: a "+" drawn as an icon), each centre within
    ``NAV_SLOT`` of the width from its slot's centre and no mark wider than a slot."""
    g = len(centres)
    for n in (g, g + 1):
        slots = [int(c / W * n) for c in centres]
        if len(set(slots)) == g and all(abs(c / W - (k + 0.5) / n) <= NAV_SLOT for c, k in zip(centres, slots)) \
                and max(widths) <= W / n:
            return True
    return False


def nav_labels_top(bgr: np.ndarray) -> int:
    """The top row of a bottom navigation's icons and labels ("Home Shorts + Subscriptions You", "Inicio
    Amigos + Bandeja Perfil"), in pixels; the image's height when there is none.

    A navigation bar of any app is three to six items spread evenly across the screen's width at its bottom,
    often on the page's own colour with no rule (so :func:`chrome_bands` does not see it). Here each line of
    ink (rows differing from the band's most common grey by over 40 levels, blank rows between lines) in
    the bottom ``NAV_SHARE`` of the screen is cut into marks at gaps over a line height (at least 2 % and
    at most 4 % of the width); a line of three to six marks centred in equal slots across the width
    (:func:`_evenly_spread`) is the bar's when only such lines (or a home indicator) are under it: the bar is
    the last thing on the screen (a post's "Like Comment Share" row has more of the feed under it).
    Photographs reaching into the band make one wide mark and are no bar. Only portrait screens (phones)
    are searched: on a desktop page a row of short titles under a grid can be spread as evenly.

    Parameters
    ----------
    bgr : (H, W, 3) uint8 array, BGR

    Returns
    -------
    int
        Rows from this one down hold the bar's items (its icons and labels); ``H`` when no line is one.
    """
    import cv2

    H, W = bgr.shape[:2]
    if H <= W:  # a bottom navigation is a phone's (portrait); on a desktop page such a line is a row of titles
        return H
    lo = int(H * (1 - NAV_SHARE))
    grey = cv2.cvtColor(bgr[lo:], cv2.COLOR_BGR2GRAY)
    if grey.size == 0:
        return H
    bg = int(np.argmax(np.bincount(grey.ravel(), minlength=256)))
    ink = np.abs(grey.astype(np.int16) - bg) > _INK
    rows = np.concatenate([[False], ink.any(axis=1), [False]])
    starts, ends = np.flatnonzero(~rows[:-1] & rows[1:]), np.flatnonzero(rows[:-1] & ~rows[1:])
    top = H
    # the bar is the last thing on the screen: its lines are taken from the bottom up, and the first line that
    # is none of its (a post's action row with more of the feed under it, a line cut by the screen's edge)
    # ends the search
    for a, b in reversed(list(zip(starts, ends))):
        lh = b - a
        if lh < 5:  # a rule or specks
            continue
        if lh > 0.05 * H or lo + b >= H - 1:
            break
        cols = np.flatnonzero(ink[a:b].any(axis=0))
        # a line of icons over labels with a taller "+" button is one run of rows: its items are 4 % of the
        # width apart at least; a label's words are a third of a line height apart
        groups = np.split(cols, np.flatnonzero(np.diff(cols) > max(0.02 * W, min(lh, 0.04 * W))) + 1)
        if 3 <= len(groups) <= 6 and _evenly_spread([(g[0] + g[-1]) / 2 for g in groups],
                                                    [g[-1] - g[0] + 1 for g in groups], W):
            top = lo + int(a)
        elif top == H and len(groups) == 1 and abs((cols[0] + cols[-1]) / 2 - W / 2) < 0.1 * W and \
                cols[-1] - cols[0] < 0.4 * W:
            continue  # a phone's home indicator under the bar
        else:
            break
    return top


def without_nav_labels(bgr: np.ndarray) -> np.ndarray:
    """The screenshot with a bottom navigation's items (:func:`nav_labels_top`) painted over in the band's
    most common colour, for the title reader: a tile's title is never read from the navigation labels under
    the last row. The same array when there is none; else a copy, (H, W, 3) uint8 BGR."""
    H = bgr.shape[0]
    top = nav_labels_top(bgr)
    if top >= H:
        return bgr
    out = bgr.copy()
    band = bgr[int(H * (1 - NAV_SHARE)):].reshape(-1, 3)
    key = _colour_key(band.astype(np.int32))
    colour = np.median(band[key == np.bincount(key).argmax()], axis=0).astype(np.uint8)
    out[max(0, top - 2):] = colour
    return out


def plausible_tiles(boxes: list, scores: list, W: int, H: int, bgr: np.ndarray,
                    why: Optional[list] = None) -> list[bool]:
    """Which of the detector's thumbnail boxes can be tiles of a feed, and not the page around them.

    A box is dropped (False) when

    - it is **page chrome**: at least ``CHROME_PAGE_SHARE`` (60 %) of it is the page's background colour
      (:func:`page_colour`: the most common colour outside the boxes) and under ``CHROME_THICK_SHARE``
      (30 %) of it is anything but thin strokes (a sidebar of icons, a top bar, the text under a tile, a
      profile header's name and counts) -- unless at least two other boxes have its size (width and
      height within ``TWIN_SIZE``, 10 %) and under ``CHROME_TWIN_SHARE`` (75 %) of it is page colour: a
      night sky or a black stage among the tiles of a dark feed is one more tile; and unless the
      detector is very sure of it (score >= ``SURE_SCORE``, 0.94) or it is speckled like a dark
      photograph (``speckle`` of :func:`tile_content` >= ``SPECKLE_PHOTO``, 2.4 small marks per 1000 px):
      a star field or a dark photo alone in its row is a tile whatever its colours;
    - it lies in a **sticky bar** along the screen's edge (:func:`chrome_bands`, :func:`in_chrome`: 80 %
      of it inside a top bar, bottom navigation or side menu) and under ``CHROME_THICK_SHARE`` of it is
      anything but thin strokes (the bar's logo, icons and labels), whatever the detector's score;
    - it is **one flat fill** with words or icons on it, not a picture: at least ``FILL_SHARE`` (80 %)
      within ``FILL_TOLERANCE`` (2 levels) of its most common colour, under ``FILL_GRAIN`` (5 %) near it
      but not on it (a photo's grain) and under ``FLAT_THICK`` (15 %) other
      regions than thin strokes (an ad card's "SHOP", a side menu, a column of text on a card), whatever
      the detector's score -- unless it is under half as high as another box of its column and as wide
      (or under half as wide as one of its row and as high): the visible sliver of a tile cut by a bar or
      the edge, a band of sky; or unless a box of its size on its row or column holds a picture: a tile
      slot of the grid, where a flat box is a creator's text-card thumbnail (or an ad in a tile's place);
    - it is thinner than ``MIN_TILE_PX`` (16 px) either way;
    - it covers over ``HUGE_SHARE`` (half) of the screenshot and holds another box (80 % of that box
      inside it): a merge of a page region with the tiles in it, when the feed's tiles are the others.

    Pure: nothing is loaded or changed.

    Parameters
    ----------
    boxes : list of [x0, y0, x1, y1]
        Thumbnail boxes in image pixels (ints or floats).
    scores : list of float
        The detector's confidence of each box, 0-1 (same length as ``boxes``); of two boxes that both
        would make the other a merge (each holding the other), the less confident is dropped.
    W, H : int
        Image width and height in pixels.
    bgr : (H, W, 3) uint8 array, BGR
        The screenshot.
    why : list, optional
        When given, filled with one reason per box: ``""`` (kept), ``"bar"`` (in a sticky bar),
        ``"fill"`` (one flat fill), ``"chrome"``, ``"thin"`` or ``"merge"``.

    Returns
    -------
    list of bool
        One per box, True for a box that can be a tile.

    Raises
    ------
    ValueError
        ``scores`` is not as long as ``boxes``, or ``bgr`` is not ``H`` × ``W`` × 3.

    Notes
    -----
    The thresholds were set on the generated train and val screenshots (models/screenshot_yolo: light,
    dark and random-palette themes), never on the held-out family, theme or HTML sets;
    ``bench/screenshot_filter_eval.py`` measures false boxes per image and recall before and after it on
    every set (figures in bench/RESULTS.md).
    """
    if len(scores) != len(boxes):
        raise ValueError(f"{len(boxes)} boxes but {len(scores)} scores")
    if bgr.ndim != 3 or bgr.shape[0] != H or bgr.shape[1] != W or bgr.shape[2] != 3:
        raise ValueError(f"bgr is {bgr.shape}, not ({H}, {W}, 3)")
    if not boxes:
        return []
    clipped = [(max(0, min(W, int(round(b[0])))), max(0, min(H, int(round(b[1])))),
                max(0, min(W, int(round(b[2])))), max(0, min(H, int(round(b[3]))))) for b in boxes]
    page = page_colour(bgr, clipped)
    def twins(b) -> int:
        w, h = b[2] - b[0], b[3] - b[1]
        return sum(1 for o in clipped if o is not b and abs((o[2] - o[0]) - w) <= TWIN_SIZE * w
                   and abs((o[3] - o[1]) - h) <= TWIN_SIZE * h)

    bands = chrome_bands(bgr, page)

    def sliver(b) -> bool:  # under half a tile of its column (row), as wide (high): a tile cut by a bar or the edge
        w, h = b[2] - b[0], b[3] - b[1]
        return any((abs((o[2] - o[0]) - w) <= TWIN_SIZE * w and abs(o[0] - b[0]) <= TWIN_SIZE * w and
                    h < 0.5 * (o[3] - o[1])) or
                   (abs((o[3] - o[1]) - h) <= TWIN_SIZE * h and abs(o[1] - b[1]) <= TWIN_SIZE * h and
                    w < 0.5 * (o[2] - o[0])) for o in clipped if o is not b)

    contents = [tile_content(bgr[b[1]:b[3], b[0]:b[2]], page) if min(b[2] - b[0], b[3] - b[1]) >= MIN_TILE_PX
                else None for b in clipped]

    def flat_fill(c) -> bool:  # one exact fill with words or icons on it (see FILL_SHARE)
        return c["fill_share"] >= FILL_SHARE and c["flat_share"] - c["fill_share"] < FILL_GRAIN and \
            c["thick_share"] < FLAT_THICK

    def on_grid(i: int) -> bool:
        """A twin (same size within TWIN_SIZE) on its row or column holds a picture: the box is a tile slot
        of the grid, and a flat one there is a text-card thumbnail (a title on one colour, as creators make
        them) or an ad in a tile's place, not a menu or a bar."""
        b = clipped[i]
        w, h = b[2] - b[0], b[3] - b[1]
        return any(j != i and contents[j] is not None and not flat_fill(contents[j])
                   and abs((o[2] - o[0]) - w) <= TWIN_SIZE * w and abs((o[3] - o[1]) - h) <= TWIN_SIZE * h
                   and (abs(o[1] - b[1]) <= TWIN_SIZE * h or abs(o[0] - b[0]) <= TWIN_SIZE * w)
                   for j, o in enumerate(clipped))

    keep, reason = [], []
    for i, (b, score) in enumerate(zip(clipped, scores)):
        c = contents[i]
        if c is None:  # under MIN_TILE_PX on a side
            keep.append(False)
            reason.append("thin")
            continue
        if in_chrome(b, bands) and c["thick_share"] < CHROME_THICK_SHARE:
            keep.append(False)
            reason.append("bar")
            continue
        if flat_fill(c) and not sliver(b) and not on_grid(i):
            keep.append(False)
            reason.append("fill")
            continue
        chrome = c["page_share"] >= CHROME_PAGE_SHARE and c["thick_share"] < CHROME_THICK_SHARE
        if chrome and c["page_share"] < CHROME_TWIN_SHARE and twins(b) >= 2:
            chrome = False
        if chrome and (score >= SURE_SCORE or c["speckle"] >= SPECKLE_PHOTO):
            chrome = False
        keep.append(not chrome)
        reason.append("chrome" if chrome else "")
    area = lambda b: max(0, b[2] - b[0]) * max(0, b[3] - b[1])  # noqa: E731

    def holds(a, b) -> bool:  # b lies 80 % inside a
        ix = max(0, min(a[2], b[2]) - max(a[0], b[0]))
        iy = max(0, min(a[3], b[3]) - max(a[1], b[1]))
        return area(b) > 0 and ix * iy >= 0.8 * area(b)

    for i, a in enumerate(clipped):
        if not keep[i] or area(a) <= HUGE_SHARE * W * H:
            continue
        inner = [j for j, b in enumerate(clipped) if j != i and keep[j] and holds(a, b)]
        if any(not (holds(clipped[j], a) and scores[j] < scores[i]) for j in inner):
            keep[i] = False
            reason[i] = "merge"
    if why is not None:
        why[:] = reason
    return keep


# -- boxes that are not one tile, on themes the detector never saw -----------------------------------
#
# Besides page chrome (plausible_tiles), on an unseen theme the detector boxes a tile together with the
# text or the tile next to it (a loose box over a post's author line, text and media; a box over two
# grid tiles and the gutter between them), splits one picture in two side-by-side boxes, or boxes a
# flat-coloured button (a "Follow" button of a profile page). tidy_tiles mends or drops those after
# plausible_tiles. Its levels were set on the generator's train, val and val_random screenshots
# (training/screenshot_data.py: light, dark and random-palette themes), never on the held-out sets;
# bench/screenshot_filter_eval.py measures false boxes and recall before and after on every set.

GAP_SHARE = 0.97  # a row (column) of a box this much page colour is a gap of the page, not picture
GAP_PX = 2  # ... when at least this many such rows (columns) run together, inside the box
PIECE_SHARE = 0.4  # the part of a box kept when a gap crosses it is at least this share of its height (width)
TWIN_CUT_INK = 0.05  # ... and, of a box with two twins (a grid tile), what is cut away is this share ink or more
SPLIT_GAP = 0.05  # two boxes of one row apart by at most this share of the narrower (or overlapping) ...
SPLIT_ALIGN = 0.8  # ... whose rows overlap by this share of the taller, with no gap of the page between
# them and neither with a box of its size (two pictures of one post side by side are the same size) are one
DUPLICATE_IOU = 0.5  # a box this close to a more confident one is a second box of the same tile
NESTED_SHARE = 0.3  # a box holding another this big (80 % of it inside) is a second box of one tile
FLAT_SHARE = 0.6  # a box this much one colour (its own most common) ...
FLAT_THICK = 0.15  # ... with under this share of other regions than thin strokes (a button: a fill and a word)
OFF_GRID_AREA = 0.5  # ... and under this share of the median area of the other tiles (no twin) ...
OFF_GRID_ASPECT = 2.0  # ... or this far off their median aspect ratio (either way) is a button
LOW_CONFIDENCE = 0.2  # boxes from this confidence up to the request's are kept only on the others' grid
GRID_ALIGN = 0.15  # ... same size as two confident tiles (within this share) and on a row or column of one
SPLIT_PIECE = 0.2  # a part of a box between gutters this share of its height (width) or more can be a tile
STRIP_SHARE = 0.4  # a box at most this share of the height of a box above (below) it ...
STRIP_ALIGN = 0.8  # ... sharing this share of the wider's width ...
STRIP_GAP = 0.05  # ... at most this share of the picture's height apart, with no gap of the page between, ...
STRIP_CORR = 0.3  # ... and the picture running on across the seam (rows 3 px apart correlate this well), is its text


def _page_rows(on_page: np.ndarray, axis: int) -> list[tuple[int, int]]:
    """Runs ``[a, b)`` of content rows (``axis`` 1) or columns (``axis`` 0) of a box: the parts between its
    inner gaps, a gap being ``GAP_PX`` or more rows (columns) that are each at least ``GAP_SHARE`` page
    colour; page-colour margins at both ends are left out. One run when there is no inner gap."""
    gap = on_page.mean(axis=axis) >= GAP_SHARE
    n = len(gap)
    runs, a = [], None
    for i in range(n + 1):
        if i < n and not gap[i]:
            a = i if a is None else a
            continue
        if a is not None:
            runs.append([a, i])
            a = None
    merged: list[list[int]] = []
    for r in runs:  # a gap thinner than GAP_PX is no gap (a thin line of a photo)
        if merged and r[0] - merged[-1][1] < GAP_PX:
            merged[-1][1] = r[1]
        else:
            merged.append(r)
    return [tuple(r) for r in merged]


def _page_masks(crop: np.ndarray, page: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(on_page, thick) of a box's pixels: (h, w) bool masks of the pixels within ``PAGE_TOLERANCE`` of
    the page's colour, and of the regions off it thicker than a stroke (``_STROKE`` px: pictures, not
    text or icons)."""
    import cv2

    on_page = (_channel_max(np.abs(crop.astype(np.int16) - page.astype(np.int16))) <= PAGE_TOLERANCE)
    thick = cv2.morphologyEx((~on_page).astype(np.uint8), cv2.MORPH_OPEN,
                             np.ones((_STROKE, _STROKE), np.uint8)).astype(bool)
    return on_page, thick


def cut_at_gaps(crop: np.ndarray, page: np.ndarray) -> Optional[tuple[int, int, int, int]]:
    """The one picture in a box that holds a picture and text: where rows (or columns) of the page's
    colour cross the whole box -- a tile and the title under it, a post's author line, text and media,
    its action bar -- the part between gaps with the most content off the page's colour (page-colour
    margins trimmed), when it is at least ``PIECE_SHARE`` of the box high (wide) and what is cut away is
    under ``CHROME_THICK_SHARE`` regions thicker than strokes (text, icons, an avatar: not a picture);
    ``None`` when no such gap crosses the box.

    Parameters
    ----------
    crop : (h, w, 3) uint8 array, BGR
        The box's pixels.
    page : (3,) float array
        The page's colour (:func:`page_colour`), BGR.

    Returns
    -------
    (x0, y0, x1, y1) or None
        The part, in the crop's pixels.
    """
    h, w = crop.shape[:2]
    if h < 2 * MIN_TILE_PX or w < 2 * MIN_TILE_PX:
        return None
    on_page, thick_all = _page_masks(crop, page)
    box = (0, 0, w, h)
    cut = False
    for _ in range(2):  # rows, then columns of the part kept, then rows again
        x0, y0, x1, y1 = box
        sub = on_page[y0:y1, x0:x1]
        thick = thick_all[y0:y1, x0:x1]
        for axis in (1, 0):
            runs = _page_rows(sub, axis)
            if not runs:
                return None
            size = sub.shape[0] if axis == 1 else sub.shape[1]
            a, b = runs[0][0], runs[-1][1]  # no inner gap: only the page-colour margins are trimmed
            p0, p1 = max(runs, key=lambda r: (~(sub[r[0]:r[1]] if axis == 1 else sub[:, r[0]:r[1]])).sum())
            # the part with the most content (pixels off the page's colour), at least PIECE_SHARE of the box ...
            if len(runs) >= 2 and p1 - p0 >= PIECE_SHARE * size:
                rest = np.ones(size, bool)
                rest[p0:p1] = False
                left = thick[rest] if axis == 1 else thick[:, rest]
                # ... when what is cut away is text and icons on the page (thin strokes), not a picture
                # (a dark band of a photo can be the page's colour; two tiles are rule 3's)
                if left.size and left.mean() < CHROME_THICK_SHARE:
                    a, b = p0, p1
                    cut = True
            if axis == 1:
                y0, y1 = y0 + a, y0 + b
                sub, thick = sub[a:b], thick[a:b]
            else:
                x0, x1 = x0 + a, x0 + b
                sub, thick = sub[:, a:b], thick[:, a:b]
        box = (x0, y0, x1, y1)
    if not cut or min(box[2] - box[0], box[3] - box[1]) < MIN_TILE_PX:
        return None
    return box


def split_at_gutters(crop: np.ndarray, page: np.ndarray) -> Optional[list[tuple[int, int, int, int]]]:
    """The tiles in a box that holds two or more of them: where a gutter of the page's colour (``GAP_PX`` or
    more rows or columns, each at least ``GAP_SHARE`` page colour) crosses the whole box and at least two
    of the parts it leaves are each ``SPLIT_PIECE`` (a fifth) of the box high (wide) and at least
    ``MIN_TILE_PX``, and each holds a picture (at least ``CHROME_THICK_SHARE`` of it regions thicker than
    strokes, not text), those parts; each part is then split the other way the same, or trimmed to its
    one big part (a few px of the next tile across a gutter are left out). ``None`` when no gutter
    crosses the box between two pictures.

    Parameters
    ----------
    crop : (h, w, 3) uint8 array, BGR
        The box's pixels.
    page : (3,) float array
        The page's colour (:func:`page_colour`), BGR.

    Returns
    -------
    list of (x0, y0, x1, y1) or None
        Two or more parts, in the crop's pixels, top to bottom then left to right.
    """
    h, w = crop.shape[:2]
    if h < 2 * MIN_TILE_PX or w < 2 * MIN_TILE_PX:
        return None
    on_page, thick = _page_masks(crop, page)

    def parts(box, axis):  # the big runs of a box along rows (axis 1) or columns (axis 0), pictures only
        x0, y0, x1, y1 = box
        size = (y1 - y0) if axis == 1 else (x1 - x0)
        runs = [r for r in _page_rows(on_page[y0:y1, x0:x1], axis)
                if r[1] - r[0] >= max(MIN_TILE_PX, SPLIT_PIECE * size)]
        out = [(x0, y0 + a, x1, y0 + b) if axis == 1 else (x0 + a, y0, x0 + b, y1) for a, b in runs]
        return [b for b in out if thick[b[1]:b[3], b[0]:b[2]].mean() >= CHROME_THICK_SHARE]

    found = None
    for axis in (1, 0):
        first = parts((0, 0, w, h), axis)
        if len(first) >= 2:
            found = []
            for b in first:  # the other way: split again, or trimmed to its one big part
                again = parts(b, 1 - axis)
                found.extend(again if again else [b])
            break
    return found


def _runs_on(band: np.ndarray, step: int = 3) -> bool:
    """Whether one picture runs on through a band of rows (BGR): every two rows ``step`` px apart that are
    not flat (grey std >= 4) nor a thin line drawn across (a row whose mean grey is over 20 levels off both
    its neighbours': a progress bar, an overlay's edge) correlate at least ``STRIP_CORR`` (a photograph's
    neighbouring rows do; two pictures meeting at a thin gutter do not), and at least one such pair was
    found."""
    g = band.astype(np.float32).mean(axis=2)
    m = g.mean(axis=1) if len(g) else np.zeros(0)
    line = np.zeros(len(g), bool)
    line[1:-1] = (np.abs(m[1:-1] - m[:-2]) > 20) & (np.abs(m[1:-1] - m[2:]) > 20)
    seen = False
    for r in range(len(g) - step):
        a, b = g[r], g[r + step]
        if a.std() < 4 or b.std() < 4 or line[r] or line[r + step]:
            continue
        seen = True
        if float(np.corrcoef(a, b)[0, 1]) < STRIP_CORR:
            return False
    return seen


def _iou(a, b) -> float:
    ix = max(0, min(a[2], b[2]) - max(a[0], b[0]))
    iy = max(0, min(a[3], b[3]) - max(a[1], b[1]))
    inter = ix * iy
    union = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter
    return inter / union if union > 0 else 0.0


def _inside(a, b) -> float:
    """Share of box ``b`` that lies inside box ``a``."""
    ix = max(0, min(a[2], b[2]) - max(a[0], b[0]))
    iy = max(0, min(a[3], b[3]) - max(a[1], b[1]))
    area = max(0, b[2] - b[0]) * max(0, b[3] - b[1])
    return ix * iy / area if area else 0.0


def _same_size(a, b, share: float) -> bool:
    w, h = a[2] - a[0], a[3] - a[1]
    return abs((b[2] - b[0]) - w) <= share * w and abs((b[3] - b[1]) - h) <= share * h


@dataclass
class Tidied:
    """What :func:`tidy_tiles` did: the boxes and scores left, and how many boxes each rule touched."""
    boxes: list
    scores: list
    cut: int = 0  # boxes cut to the picture they hold (a tile with the text or tile next to it)
    split: int = 0  # boxes over two or more tiles split at the gutters between them
    strips: int = 0  # a picture and the strip of its text (title, views) boxed apart: joined
    merged: int = 0  # pairs of side-by-side boxes over one picture joined
    dropped_spanning: int = 0  # boxes over two tiles, or a second box of one tile
    dropped_flat: int = 0  # flat-coloured boxes off the tiles' grid (buttons)
    on_grid: int = 0  # boxes under the request's confidence kept because they sit on the tiles' grid
    low_dropped: int = 0  # boxes under the request's confidence left out (off the grid)
    bars: int = 0  # boxes in a sticky bar along the screen's edge (feed_tiles: plausible_tiles' "bar")
    widened: int = 0  # boxes whose edges were moved out to their picture's (feed_tiles: refine_edges)

    # (field, noun in the singular and plural, what was done): one ``checks`` line per non-zero count
    _CHECK_LINES = (
        ("widened", ("box", "boxes"), "of the detector moved out to the edges of {its} picture (a dark picture "
                                      "on a dark page, boxed short of its edges)"),
        ("bars", ("box", "boxes"), "of the detector dropped as a sticky bar of the page (its logo, icons or "
                                   "labels along the screen's edge), not a feed tile"),
        ("cut", ("box", "boxes"), "of the detector held a tile with the text or tile next to it (a gap of the "
                                  "page's colour across the box): cut to the picture"),
        ("split", ("box", "boxes"), "of the detector over two or more tiles split at the gutters between them"),
        ("strips", ("tile", "tiles"), "boxed by the detector as a picture and the strip of its text apart: joined"),
        ("merged", ("picture", "pictures"), "boxed in two overlapping halves by the detector: joined"),
        ("dropped_spanning", ("box", "boxes"), "of the detector dropped as spanning two tiles or as a second box "
                                               "of one tile"),
        ("dropped_flat", ("box", "boxes"), "of the detector dropped as a flat-coloured button off the tiles' grid"),
        ("on_grid", ("tile", "tiles"), "under the confidence threshold kept: on the grid of the confident tiles "
                                       "(same size, same row or column)"),
    )

    def checks(self) -> list[str]:
        """The ``checks`` lines of the response that say what was mended or dropped."""
        out = []
        for field, (one, many), done in self._CHECK_LINES:
            n = getattr(self, field)
            if n:
                out.append(f"{n} {one if n == 1 else many} {done}".replace("{its}", "its" if n == 1 else "their"))
        return out


def tidy_tiles(boxes: list, scores: list, W: int, H: int, bgr: np.ndarray, confidence: float = 0.0) -> Tidied:
    """Mend or drop the detector's boxes that are not one feed tile each (after :func:`plausible_tiles`).

    In order:

    1. a box at most ``STRIP_SHARE`` (40 %) of the height of a confident box just above or below it (at
       most ``STRIP_GAP`` of that one's height apart, or overlapping it by under half its own height),
       sharing ``STRIP_ALIGN`` of the wider's width, not at the image's top or bottom edge, with no gap of
       the page's colour nor a gutter of one colour (``GAP_PX`` rows) between them, and across whose seam
       the picture runs on (:func:`_runs_on`: rows 3 px apart correlate ``STRIP_CORR`` or more), is the
       strip of that picture's own text (a Shorts-shelf tile's title and views over its foot): joined to
       it, each box once (weak strips, under ``confidence``, too);
    2. a confident box with fewer than two twins, crossed by gutters of the page's colour between two or
       more pictures (:func:`split_at_gutters`), is split into them when they are more the shape of the
       other confident boxes (their median log aspect ratio) than the box is and each has at least
       ``OFF_GRID_AREA`` of their median area (two tiles of a column boxed as one across a thin gutter);
       with fewer than two other boxes nothing says what a tile looks like, and nothing is split;
    3. a box that a gap of the page's colour crosses (:func:`cut_at_gaps`) is cut to the picture it holds
       (with two or more boxes of its size, a grid tile, only when the part keeps 90 % of its width and
       what is cut away is at least ``TWIN_CUT_INK`` off the page's colour: its title above or below it,
       not a blank band of a light photo);
    4. two boxes of one row (rows overlapping by ``SPLIT_ALIGN`` of the taller), overlapping or at most ``SPLIT_GAP``
       of the narrower apart, with no gap of the page's colour between them (1 px will do) nor a gutter of
       any one colour (``GAP_PX`` columns: the page's colour is unknown in a crop that is all tiles) and
       neither with a twin (two
       pictures of a post side by side, tiles of a grid, are the same size) -- but the other, when they
       overlap (the two halves of one full-width video are each other's only twin) -- are one picture
       boxed in two halves: joined;
    5. a box holding others (80 % of each inside it, each at least ``NESTED_SHARE`` of its area): when a
       row or column of the page's colour crosses it inside (a gutter), it is dropped if it holds two,
       or others over half its area, or a more confident one (a box over two tiles, a tile and what is
       next to it); when none does (one picture), the boxes inside are dropped (parts of it, as the two
       halves of a tall Explore tile); of two boxes as close as ``DUPLICATE_IOU`` the less confident is
       dropped (a second box of one tile);
    6. a box with no twin that is at least ``FLAT_SHARE`` one colour with under ``FLAT_THICK`` of other
       regions than thin strokes (:func:`tile_content`: a fill and a word), under ``OFF_GRID_AREA`` of the
       other tiles' median area or ``OFF_GRID_ASPECT`` times off their median aspect ratio, neither in
       another tile's column and as wide nor in its row and as high (within ``TWIN_SIZE``: a tile cut by a
       sticky bar is), and not sure (score < ``SURE_SCORE``), is a button: dropped;
    7. a box under ``confidence`` (the request's threshold; boxes from ``LOW_CONFIDENCE`` up are passed)
       is kept only when it sits on the grid of the confident tiles: the size of two of them (within
       ``GRID_ALIGN``) and on the row (top) or column (left edge) of one, overlapping none; on a row and a
       column, its edges are set to theirs (medians).

    Pure: nothing is loaded or changed.

    Parameters
    ----------
    boxes : list of [x0, y0, x1, y1]
        Thumbnail boxes left by :func:`plausible_tiles`, in image pixels.
    scores : list of float
        The detector's confidence of each, 0-1.
    W, H : int
        Image width and height in pixels.
    bgr : (H, W, 3) uint8 array, BGR
        The screenshot.
    confidence : float
        The request's threshold; boxes under it are low-confidence candidates (rules 1 and 7).

    Returns
    -------
    Tidied
        The boxes (ints) and scores left, in the input's order (a joined pair at its first box's place),
        and the count of each change (:meth:`Tidied.checks` says them).

    Raises
    ------
    ValueError
        ``scores`` is not as long as ``boxes``.

    Notes
    -----
    Levels set on the generated train, val and val_random screenshots (models/screenshot_yolo), never
    on the held-out sets; ``bench/screenshot_filter_eval.py`` measures them on every set.
    """
    if len(scores) != len(boxes):
        raise ValueError(f"{len(boxes)} boxes but {len(scores)} scores")
    out = Tidied([[max(0, min(W, int(round(b[0])))), max(0, min(H, int(round(b[1])))),
                   max(0, min(W, int(round(b[2])))), max(0, min(H, int(round(b[3]))))] for b in boxes],
                 [float(v) for v in scores])
    if not boxes:
        return out
    page = page_colour(bgr, out.boxes)
    bx, sc = out.boxes, out.scores
    sure = [v >= confidence for v in sc]

    def twins(i: int, among) -> int:
        return sum(1 for j in among if j != i and _same_size(bx[i], bx[j], TWIN_SIZE))

    # rules 1-6 read the confident boxes only (rule 1 also a weak strip of a confident picture)
    alive = [i for i in range(len(bx)) if sure[i]]
    candidates = [i for i in range(len(bx)) if not sure[i]]
    asp = lambda b: max(b[2] - b[0], 1) / max(b[3] - b[1], 1)  # noqa: E731
    area = lambda b: max(0, b[2] - b[0]) * max(0, b[3] - b[1])  # noqa: E731
    # 1. a picture and the strip of its own text boxed apart (a Shorts shelf tile, its title and views over the
    # foot of the picture): the strip, at most STRIP_SHARE of the picture's height, sharing its width, just
    # above or below it with no gap of the page's colour between them, is joined to it
    joined: set[int] = set()  # each box joins once (two tiles of a column never chain into one)
    for j in list(alive) + list(candidates):
        if j not in alive and j not in candidates or j in joined:
            continue
        s_ = bx[j]
        for i in alive:
            if i == j or i in joined:
                continue
            p_ = bx[i]
            ph, sh = p_[3] - p_[1], s_[3] - s_[1]
            if sh > STRIP_SHARE * ph or min(p_[2], s_[2]) - max(p_[0], s_[0]) < \
                    STRIP_ALIGN * max(p_[2] - p_[0], s_[2] - s_[0]):
                continue
            upper, lower = (p_, s_) if p_[1] <= s_[1] else (s_, p_)
            apart = lower[1] - upper[3]  # < 0: they overlap
            if apart > STRIP_GAP * ph or -apart > 0.5 * sh:
                continue
            if (s_ is lower and s_[3] >= H - EDGE_PX) or (s_ is upper and s_[1] <= EDGE_PX):
                continue  # a strip at the image's edge: a row of tiles cut by it
            pad = 2 + int(STRIP_GAP * ph)
            u = [max(p_[0], s_[0]), max(0, min(lower[1], upper[3]) - pad), min(p_[2], s_[2]),
                 min(H, max(lower[1], upper[3]) + pad)]
            crop = bgr[u[1]:u[3], u[0]:u[2]].astype(np.int16)
            if crop.size == 0:
                continue
            on_page = _channel_max(np.abs(crop - page.astype(np.int16))) <= PAGE_TOLERANCE
            flat_row = _channel_max(np.abs(crop - np.median(crop, axis=1, keepdims=True))) <= PAGE_TOLERANCE
            gap = (on_page.mean(axis=1) >= GAP_SHARE) | (flat_row.mean(axis=1) >= GAP_SHARE)
            if (np.convolve(gap, np.ones(GAP_PX), "valid") >= GAP_PX).any():
                continue  # a gap of the page (or a gutter of one colour) between them: text under a tile, a tile
            seam = (upper[3] + lower[1]) // 2
            if not _runs_on(bgr[max(0, seam - 6 - ph // 50):seam + 6 + ph // 50, u[0]:u[2]]):
                continue  # another picture below a 1 px gutter: a row of tiles cut by a bar
            bx[i] = [min(p_[0], s_[0]), min(p_[1], s_[1]), max(p_[2], s_[2]), max(p_[3], s_[3])]
            sc[i] = max(sc[i], sc[j])
            (alive if j in alive else candidates).remove(j)
            joined.add(i)
            out.strips += 1
            break
    # 2. gutters across a box between pictures: split into its tiles, when those are more the shape of the
    # other tiles than the box is, each at least OFF_GRID_AREA of their median area
    for i in list(alive):
        others = [bx[j] for j in alive if j != i]
        if len(others) < 2 or twins(i, alive) >= 2:
            continue
        x0, y0, x1, y1 = bx[i]
        parts = split_at_gutters(bgr[y0:y1, x0:x1], page)
        if not parts:
            continue
        med = float(np.median([math.log(asp(o)) for o in others]))
        med_area = float(np.median([area(o) for o in others]))
        if np.mean([abs(math.log(asp(q)) - med) for q in parts]) >= abs(math.log(asp(bx[i])) - med) or \
                min(area(q) for q in parts) < OFF_GRID_AREA * med_area:
            continue
        pieces = [[x0 + q[0], y0 + q[1], x0 + q[2], y0 + q[3]] for q in parts]
        bx[i] = pieces[0]
        for q in pieces[1:]:
            bx.append(q)
            sc.append(sc[i])
            alive.append(len(bx) - 1)
        out.split += 1
    # 3. a gap of the page across the box: cut to the picture (a box with twins, a grid tile, only to rows
    # of its whole width: its title above or below it, not a light band down a light photo)
    for i in alive:
        x0, y0, x1, y1 = bx[i]
        part = cut_at_gaps(bgr[y0:y1, x0:x1], page)
        if part is not None and twins(i, alive) >= 2:
            crop = bgr[y0:y1, x0:x1].astype(np.int16)
            ink = _channel_max(np.abs(crop - page.astype(np.int16))) > PAGE_TOLERANCE
            rest = ink.sum() - ink[part[1]:part[3], part[0]:part[2]].sum()
            cut_px = ink.size - (part[2] - part[0]) * (part[3] - part[1])
            if part[2] - part[0] < 0.9 * (x1 - x0) or rest < TWIN_CUT_INK * max(cut_px, 1):
                continue  # a band down a photo, or a blank band of one: not a title
        if part is not None:
            bx[i] = [x0 + part[0], y0 + part[1], x0 + part[2], y0 + part[3]]
            out.cut += 1
    # 4. one picture in two overlapping halves: joined
    joined = True
    while joined:
        joined = False
        for i in alive:
            for j in alive:
                if j <= i:
                    continue
                a, b = bx[i], bx[j]
                rows = min(a[3], b[3]) - max(a[1], b[1])
                cols = min(a[2], b[2]) - max(a[0], b[0])
                narrow = min(a[2] - a[0], b[2] - b[0])
                if rows < SPLIT_ALIGN * max(a[3] - a[1], b[3] - b[1]) or cols < -SPLIT_GAP * narrow \
                        or _iou(a, b) >= DUPLICATE_IOU or max(_inside(a, b), _inside(b, a)) >= 0.8 \
                        or twins(i, [k for k in alive if k != j or cols <= 0]) \
                        or twins(j, [k for k in alive if k != i or cols <= 0]):
                    continue
                left, right = (a, b) if a[0] <= b[0] else (b, a)
                # where they meet: from the right box's left edge to the left box's right edge, a tenth of the
                # narrower wider each side (a box can run a few px past a gutter)
                pad = int(0.1 * narrow) + 2
                u = [max(0, min(left[2], right[0]) - pad), max(a[1], b[1]), min(W, max(left[2], right[0]) + pad),
                     min(a[3], b[3])]
                crop = bgr[u[1]:u[3], u[0]:u[2]]
                on_page = _channel_max(np.abs(crop.astype(np.int16) - page.astype(np.int16))) <= PAGE_TOLERANCE
                c16 = crop.astype(np.int16)
                flat_col = (_channel_max(np.abs(c16 - np.median(c16, axis=0, keepdims=True)))
                            <= PAGE_TOLERANCE).mean(axis=0)
                if (on_page.mean(axis=0) >= GAP_SHARE).any() or \
                        (np.convolve(flat_col >= GAP_SHARE, np.ones(GAP_PX), "valid") >= GAP_PX).any():
                    # a gutter between them (of the page's colour, 1 px will do; of any one colour, GAP_PX): two pictures
                    continue
                bx[i] = [min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3])]
                sc[i] = max(sc[i], sc[j])
                alive.remove(j)
                out.merged += 1
                joined = True
                break
            if joined:
                break
    # 5. a box over two tiles, or a second box of one tile
    drop: set[int] = set()

    def gapped(b) -> bool:  # a row or column of the page's colour crosses the box inside (a gutter, 1 px will do)
        x0, y0, x1, y1 = b
        m = max(2, int(0.05 * min(x1 - x0, y1 - y0)))
        crop = bgr[y0 + m:y1 - m, x0 + m:x1 - m]
        if crop.size == 0:
            return False
        on_page = _channel_max(np.abs(crop.astype(np.int16) - page.astype(np.int16))) <= PAGE_TOLERANCE
        return bool((on_page.mean(axis=0) >= GAP_SHARE).any() or (on_page.mean(axis=1) >= GAP_SHARE).any())

    for i in alive:
        inner = [j for j in alive if j != i and _inside(bx[i], bx[j]) >= 0.8 and area(bx[j]) < area(bx[i])]
        big = [j for j in inner if area(bx[j]) >= NESTED_SHARE * area(bx[i])]
        if not big:
            continue
        if gapped(bx[i]):  # a gutter or gap inside: the box holds a tile and more (two tiles, a tile and text)
            if len(big) >= 2 or sum(area(bx[j]) for j in inner) >= 0.5 * area(bx[i]) or \
                    any(sc[j] > sc[i] for j in big):
                drop.add(i)
        else:  # one picture: the boxes inside it are parts of it
            drop.update(big)
    for i in alive:
        for j in alive:
            if i == j or i in drop or j in drop:
                continue
            if _iou(bx[i], bx[j]) >= DUPLICATE_IOU and (sc[j], -j) > (sc[i], -i):
                drop.add(i)  # a second box of one tile, the less sure of the two
    out.dropped_spanning = len(drop)
    alive = [i for i in alive if i not in drop]
    # 6. a flat-coloured button off the grid
    flat = set()
    for i in alive:
        if sc[i] >= SURE_SCORE or twins(i, alive):
            continue
        others = [j for j in alive if j != i]
        if not others:
            continue
        a_med = float(np.median([asp(bx[j]) for j in others]))
        if area(bx[i]) >= OFF_GRID_AREA * float(np.median([area(bx[j]) for j in others])) and \
                max(asp(bx[i]) / a_med, a_med / asp(bx[i])) < OFF_GRID_ASPECT:
            continue
        b = bx[i]
        w, h = b[2] - b[0], b[3] - b[1]
        if any((abs((o[2] - o[0]) - w) <= TWIN_SIZE * w and abs(o[0] - b[0]) <= TWIN_SIZE * w) or
               (abs((o[3] - o[1]) - h) <= TWIN_SIZE * h and abs(o[1] - b[1]) <= TWIN_SIZE * h)
               for o in (bx[j] for j in alive if j != i)):
            continue  # in a tile's column and as wide (or in its row and as high): a tile cut by a bar
        x0, y0, x1, y1 = bx[i]
        c = tile_content(bgr[y0:y1, x0:x1], page)
        if c["flat_share"] >= FLAT_SHARE and c["thick_share"] < FLAT_THICK:
            flat.add(i)
    out.dropped_flat = len(flat)
    alive = [i for i in alive if i not in flat]
    # 7. under the threshold: kept on the confident tiles' grid only
    confident = list(alive)
    low = set()
    for i in candidates:
        b = bx[i]
        size = [j for j in confident if _same_size(bx[j], b, GRID_ALIGN)]
        th, tw = b[3] - b[1], b[2] - b[0]
        row = [j for j in size if abs(bx[j][1] - b[1]) <= GRID_ALIGN * th]
        col = [j for j in size if abs(bx[j][0] - b[0]) <= GRID_ALIGN * tw]
        clear = all(_iou(bx[j], b) < 0.1 and _inside(bx[j], b) < 0.2 for j in confident)
        if len(size) >= 2 and (row or col) and clear:
            out.on_grid += 1
            if row and col:  # on a row and a column of the grid: its edges are theirs (a weak box is a few px off)
                bx[i] = [int(np.median([bx[j][0] for j in col])), int(np.median([bx[j][1] for j in row])),
                         int(np.median([bx[j][2] for j in col])), int(np.median([bx[j][3] for j in row]))]
        else:
            low.add(i)
    out.low_dropped = len(low)
    alive = sorted(alive + [i for i in candidates if i not in low])
    out.boxes = [bx[i] for i in alive]
    out.scores = [sc[i] for i in alive]
    return out


REFINE_EDGES = True  # feed_tiles moves the boxes' edges out to their pictures' (refine_edges)
EDGE_TOLERANCE = 4  # grey levels per channel: a pixel this close to the page's colour is the page (a dark
# picture on a dark page differs from it by more than this, if by less than PAGE_TOLERANCE)
EDGE_PICTURE = 0.5  # a line beyond a box's edge this much off the page's colour is more of its picture
EDGE_REACH = 0.35  # an edge moves out at most this share of the box's size
EDGE_FLAT = 0.6  # ... and is not this much one colour of its own (a card under a tile, a bar, a rule)


def refine_edges(boxes: list, W: int, H: int, bgr: np.ndarray, page: np.ndarray) -> tuple[list, int]:
    """Each box's edges moved out to its picture's true edges: past a side, each line (column or row,
    over the box's span) that is still at least ``EDGE_PICTURE`` off the page's exact colour
    (``EDGE_TOLERANCE``) and under ``EDGE_FLAT`` one colour of its own (not a card's text area, a bar or
    a rule) is more of the picture -- the dark part of a dark photo on a dark page that the detector
    left out -- up to ``EDGE_REACH`` of the box's size, the image's edge or another box. A box the size
    of two others (``TWIN_SIZE``) is left as it is: boxed like the grid's tiles.

    Parameters
    ----------
    boxes : list of [x0, y0, x1, y1]
        Tile boxes (ints), image pixels.
    W, H : int
        Image size.
    bgr : (H, W, 3) uint8 array, BGR
        The screenshot.
    page : (3,) array
        The page's colour (:func:`page_colour`).

    Returns
    -------
    (list, int)
        The boxes (new lists) and how many of them moved.
    """
    out, moved = [], 0
    ref = page.astype(np.int16)
    for i, b in enumerate(boxes):
        x0, y0, x1, y1 = b
        w, h = x1 - x0, y1 - y0
        others = [o for j, o in enumerate(boxes) if j != i]
        if sum(1 for o in others if _same_size(o, b, TWIN_SIZE)) >= 2:
            out.append(list(b))  # the size of two other tiles: boxed like the grid's tiles, nothing left out
            continue

        def picture(line: np.ndarray) -> bool:  # mostly off the page's colour, and not one flat colour of its own
            if line.size == 0:
                return False
            px = line.astype(np.int16)
            if (_channel_max(np.abs(px - ref)) > EDGE_TOLERANCE).mean() < EDGE_PICTURE:
                return False
            return (_channel_max(np.abs(px - np.median(px, axis=0))) <= EDGE_TOLERANCE).mean() < EDGE_FLAT

        def stop_x(x: int) -> bool:  # column x lies in another box over the rows of this one
            return any(o[0] <= x < o[2] and min(o[3], y1) - max(o[1], y0) > 0.3 * h for o in others)

        def stop_y(y: int) -> bool:
            return any(o[1] <= y < o[3] and min(o[2], x1) - max(o[0], x0) > 0.3 * w for o in others)

        nx0, ny0, nx1, ny1 = x0, y0, x1, y1
        reach_x, reach_y = int(EDGE_REACH * w), int(EDGE_REACH * h)
        while nx0 > 0 and x0 - nx0 < reach_x and not stop_x(nx0 - 1) and picture(bgr[y0:y1, nx0 - 1]):
            nx0 -= 1
        while nx1 < W and nx1 - x1 < reach_x and not stop_x(nx1) and picture(bgr[y0:y1, nx1]):
            nx1 += 1
        while ny0 > 0 and y0 - ny0 < reach_y and not stop_y(ny0 - 1) and picture(bgr[ny0 - 1, x0:x1]):
            ny0 -= 1
        while ny1 < H and ny1 - y1 < reach_y and not stop_y(ny1) and picture(bgr[ny1, x0:x1]):
            ny1 += 1
        nb = [nx0, ny0, nx1, ny1]
        # a few px out is the detector's usual slack, not a missed part of the picture: moved only past 2 %
        if max(x0 - nx0, nx1 - x1) > 0.02 * w or max(y0 - ny0, ny1 - y1) > 0.02 * h:
            moved += 1
            out.append(nb)
        else:
            out.append(list(b))
    return out, moved


def feed_tiles(boxes: list, scores: list, W: int, H: int, bgr: np.ndarray, confidence: float) -> tuple[Tidied, int]:
    """The tiles the app ranks from the detector's thumbnail boxes: those from ``LOW_CONFIDENCE`` (or
    ``confidence`` when lower) up, less page chrome (:func:`plausible_tiles`), mended or dropped by
    :func:`tidy_tiles` (boxes under ``confidence`` kept only on the confident tiles' grid). What
    :func:`_analyze` does, and what ``training/screenshot_yolo_train.py`` measures as the filtered figures
    of models/screenshot_yolo/metrics.json.

    Parameters
    ----------
    boxes : list of [x0, y0, x1, y1]
        The detector's thumbnail boxes, image pixels.
    scores : list of float
        Their confidences, 0-1.
    W, H : int
        Image size in pixels.
    bgr : (H, W, 3) uint8 array, BGR
        The screenshot.
    confidence : float
        The request's threshold.

    Returns
    -------
    (Tidied, int)
        The tiles left (:class:`Tidied`) and how many boxes at or over ``confidence`` were dropped as page
        chrome.

    Raises
    ------
    ValueError
        ``scores`` is not as long as ``boxes``.
    """
    if len(scores) != len(boxes):
        raise ValueError(f"{len(boxes)} boxes but {len(scores)} scores")
    low = min(confidence, LOW_CONFIDENCE)
    cand = [(list(b), float(v)) for b, v in zip(boxes, scores) if v >= low]
    why: list = []
    keep = plausible_tiles([b for b, _ in cand], [v for _, v in cand], W, H, bgr, why)
    chrome = sum(1 for (_, v), k, w in zip(cand, keep, why) if not k and v >= confidence and w != "bar")
    kept = [c for c, k in zip(cand, keep) if k]
    tidied = tidy_tiles([b for b, _ in kept], [v for _, v in kept], W, H, bgr, confidence)
    tidied.bars = sum(1 for (_, v), w in zip(cand, why) if w == "bar" and v >= confidence)
    if REFINE_EDGES and tidied.boxes:
        tidied.boxes, tidied.widened = refine_edges(tidied.boxes, W, H, bgr, page_colour(bgr, tidied.boxes))
    return tidied, chrome



# -- the learned tile verifier (session 15; core/thumbnails/tile_verifier.py) ------------------------
# After feed_tiles' rules, a small model fitted on generated feeds with page chrome (sidebar cards with a
# picture, profile headers, top bars and their buttons, chip rows: training/screenshot_verifier_train.py)
# says which boxes are feed tiles and which tiles are cut off; its held-out figures are in
# models/screenshot_yolo/metrics.json -> tile_verifier.
VERIFY_TILES = True


CARD_AREA = 0.15  # a box under this share of the largest box's area ...
CARD_REACH = 3.0  # ... with two or more lines of text left of it, within this many of its widths, on one flat
CARD_FLAT = 0.6  # ... colour (this share of that strip one colour), is a card's picture (card_pictures)


def card_pictures(bgr: np.ndarray, boxes: list) -> list[bool]:
    """Which boxes are the small pictures of a sidebar or news card ("Trends for you", "What's happening", a
    suggested-news list), not feed tiles.

    Such a card writes its text left of its picture, on the card's one flat colour; no feed writes a tile's
    title there (under it in grids, right of it in lists, above it in posts). A box under ``CARD_AREA`` of the
    largest box's area, with at least two text-like lines (:func:`_text_like`) in the strip of its rows left of
    it (up to ``CARD_REACH`` of its widths, stopping at another box), on a colour covering ``CARD_FLAT`` of
    that strip, is one. The area bound keeps a grid's first column (a sidebar's menu words are left of it).

    Parameters
    ----------
    bgr : (H, W, 3) uint8 array, BGR
    boxes : list of [x0, y0, x1, y1]
        Candidate tiles, pixels.

    Returns
    -------
    list of bool, one per box: True where it is a card's picture.
    """
    out = [False] * len(boxes)
    if len(boxes) < 2:
        return out
    areas = [max(0, b[2] - b[0]) * max(0, b[3] - b[1]) for b in boxes]
    for i, (x0, y0, x1, y1) in enumerate(boxes):
        if areas[i] >= CARD_AREA * max(areas):
            continue
        a0 = x0 - CARD_REACH * (x1 - x0)
        for o in boxes:  # stop at a box left of it in its rows
            if o is not boxes[i] and o[2] <= x0 and min(o[3], y1) - max(o[1], y0) > 0:
                a0 = max(a0, o[2])
        a0 = max(0, int(a0))
        if x0 - 2 - a0 < 16:
            continue
        strip = bgr[int(y0):int(y1), a0:int(x0) - 2]
        key = _colour_key(strip.reshape(-1, 3).astype(np.int32))
        if np.bincount(key).max() < CARD_FLAT * key.size:
            continue
        mask, _ = _ink(strip, "right")
        mask, _ = _clean(mask)
        lines = [sp for sp in _line_spans(mask) if _text_like(mask, sp)]
        out[i] = len(lines) >= 2
    return out

@dataclass
class Verified:
    """What :func:`verify_tiles` keeps: the tiles, how many boxes it dropped, each kept tile's partial flag."""

    tiles: list
    rejected: int
    partial: list


def verify_tiles(bgr: np.ndarray, tiles: list, dets: list, confidence: float) -> Verified:
    """The tiles the learned verifier takes for feed tiles, and which of them are cut off.

    Parameters
    ----------
    bgr : (H, W, 3) uint8 array, BGR
        The screenshot.
    tiles : list of Detection
        :func:`feed_tiles`' tiles, in reading order.
    dets : list of Detection
        The detector's boxes (its ``title`` and ``meta`` boxes at or over ``confidence`` are read).
    confidence : float
        The request's threshold.

    Returns
    -------
    Verified
        The kept tiles (same order), the number dropped, and per kept tile whether it is partial (the
        verifier's whole/partial model when one ships, else :func:`partial_tiles` on the kept tiles).
        With ``VERIFY_TILES`` off or no fitted verifier, every tile is kept and ``partial_tiles`` decides.
    """
    from viralml_desktop.core.thumbnails import tile_verifier

    H, W = bgr.shape[:2]
    params = tile_verifier.load() if VERIFY_TILES else None
    if not params or not tiles:
        cards = card_pictures(bgr, [d.box for d in tiles]) if tiles else []
        kept = [d for d, c in zip(tiles, cards) if not c]
        return Verified(kept, len(tiles) - len(kept), partial_tiles([d.box for d in kept], W, H) if kept else [])
    texts = [(d.cls, d.box, d.confidence) for d in dets if d.cls in ("title", "meta") and d.confidence >= confidence]
    boxes = [d.box for d in tiles]
    X = tile_verifier.features(bgr, boxes, [d.confidence for d in tiles], texts,
                               page=page_colour(bgr, [list(b) for b in boxes]))
    rule_all = partial_tiles([d.box for d in tiles], W, H)
    keep = tile_verifier.keep(params, X)
    cards = card_pictures(bgr, boxes)
    keep = [k and not c for k, c in zip(keep, cards)]
    kept = [d for d, k in zip(tiles, keep) if k]
    if params.get("whole") and kept:
        idx = [i for i, k in enumerate(keep) if k]
        part = tile_verifier.partial(params, X[idx], [rule_all[i] for i in idx])
    else:
        part = partial_tiles([d.box for d in kept], W, H) if kept else []
    return Verified(kept, len(tiles) - len(kept), part)

# EDGE_PX (imported from tile_verifier): a box this close to the image border touches it (the detector's
# boxes are a few px off); one value for the rules here and the tile verifier's features
PARTIAL_AREA = 0.6  # a border tile under this share of the median whole tile's area is partial
PARTIAL_ASPECT = 1.25  # ... or one whose aspect ratio differs from the whole tiles' median by this factor
SIZE_GROUP = 1.5  # boxes whose areas are within this factor are one size (the whole tiles' reference)


def _size_mode(ref: list, boxes: list, area) -> list:
    """The boxes of ``ref`` of the most common tile size: for each box of ``ref``, the boxes of ``boxes``
    whose areas are within a factor ``SIZE_GROUP`` of its area; the box with the most (then the most
    within ``ref``) names the size, and ``ref``'s boxes of that size are returned. One huge or tiny box (a
    false box of the detector, a sliver) does not then move the medians of a few tiles."""
    def near(a, o) -> bool:
        return 1 / SIZE_GROUP <= max(area(o), 1) / max(area(a), 1) <= SIZE_GROUP

    best = max(ref, key=lambda b: (sum(near(b, o) for o in boxes), sum(near(b, o) for o in ref)), default=None)
    return [o for o in ref if near(best, o)] if best is not None else ref


ROW_CUT = 0.1  # an end tile of its column (row) this much shorter (narrower) than the grid's whole tiles is cut


def _grid_ends(boxes: list) -> list[dict]:
    """Where each box sits in the grid the boxes form: for each, whether a box of its column (horizontal
    overlap of half the narrower) lies above it and below it, and a box of its row (vertical overlap of
    half the shorter) left and right of it (``up``, ``down``, ``left``, ``right``)."""
    out = []
    for b in boxes:
        w, h = b[2] - b[0], b[3] - b[1]
        col = [o for o in boxes if o is not b and min(o[2], b[2]) - max(o[0], b[0]) >= 0.5 * min(w, o[2] - o[0])]
        row = [o for o in boxes if o is not b and min(o[3], b[3]) - max(o[1], b[1]) >= 0.5 * min(h, o[3] - o[1])]
        out.append({"up": any(o[3] <= b[1] + 0.1 * h for o in col), "down": any(o[1] >= b[3] - 0.1 * h for o in col),
                    "left": any(o[2] <= b[0] + 0.1 * w for o in row), "right": any(o[0] >= b[2] - 0.1 * w for o in row)})
    return out


def partial_tiles(boxes: list[list[int]], W: int, H: int) -> list[bool]:
    """Which tiles are cut off by the screenshot's edge (a strip of a row scrolled out of view).

    A tile is partial when its box touches the image border (within ``EDGE_PX`` pixels: the detector's
    boxes are a few pixels off) and either its aspect ratio differs from the median of the tiles that do
    not touch the border by a factor of ``PARTIAL_ASPECT`` or more, or its area is under ``PARTIAL_AREA``
    of their median area, or it touches the top or bottom border and no other tile has its size (width
    and height within ``TWIN_SIZE``): nothing then says it is whole (an X post's media, whose shape
    varies from post to post, scrolled half out of view). A tile
    anywhere as wide as the whole tiles (within 10 %) but under 75 % of their median height is partial
    too: a row cut by a sticky bar (a header or a tab bar drawn over the feed). When every tile touches
    the border (a full-width feed), or all but one or two, the medians are those of all tiles. The
    medians are taken over the most common size among those tiles (:func:`_size_mode`: the largest group
    with areas within a factor 1.5), so one huge false box (a header the detector boxed) among a few
    tiles does not make every real tile look small; when under three tiles are off the border, the
    reference is the tiles with a tile of their column above and below them (:func:`_grid_ends`), so two
    rows cut at the top and bottom do not outnumber the whole row between them. A row cut by a sticky bar
    or the image's edge: the first or last tile of its column is partial when it is over ``ROW_CUT`` (10 %)
    shorter than the median of the whole tiles of its width (those with tiles above and below them) and it
    is at the image's top or bottom edge or another tile of its row is cut alike (same height and top or
    bottom, within ``TWIN_SIZE``); the first or last tile of its row at the left or right edge over
    ``ROW_CUT`` narrower than the whole tiles of its height (with tiles left and right of them) is partial.
    :func:`_analyze` passes the boxes left by :func:`feed_tiles`.

    Parameters
    ----------
    boxes : list of [x0, y0, x1, y1]
        Tile boxes in image pixels.
    W, H : int
        Image width and height in pixels.

    Returns
    -------
    list of bool
        One per box, True for a partial tile.
    """
    if not boxes:
        return []
    touches = [b[0] <= EDGE_PX or b[1] <= EDGE_PX or b[2] >= W - EDGE_PX or b[3] >= H - EDGE_PX for b in boxes]
    ends = _grid_ends(boxes)
    ref = [b for b, t in zip(boxes, touches) if not t]
    if len(ref) < 3:  # too few tiles off the border (a full-width grid): those with tiles above and below them
        inner = [b for b, e in zip(boxes, ends) if e["up"] and e["down"]]
        ref = inner if inner else boxes  # too few inner tiles to say what a whole tile looks like
    aspect = lambda b: max(b[2] - b[0], 1) / max(b[3] - b[1], 1)  # noqa: E731
    area = lambda b: max(b[2] - b[0], 0) * max(b[3] - b[1], 0)  # noqa: E731
    ref = _size_mode(ref, boxes, area)
    med_aspect = float(np.median([aspect(b) for b in ref]))
    med_area = float(np.median([area(b) for b in ref]))
    med_w = float(np.median([b[2] - b[0] for b in ref]))
    med_h = float(np.median([b[3] - b[1] for b in ref]))
    out = []
    for b, t in zip(boxes, touches):
        far = max(aspect(b) / med_aspect, med_aspect / aspect(b)) >= PARTIAL_ASPECT
        cut_rows = abs((b[2] - b[0]) - med_w) <= 0.1 * med_w and (b[3] - b[1]) < 0.75 * med_h
        # at the top or bottom edge with no tile of its size: nothing says it is whole (an X post's media,
        # whose shape varies post to post, scrolled half out of view)
        alone = (b[1] <= EDGE_PX or b[3] >= H - EDGE_PX) and not any(
            o is not b and abs((o[2] - o[0]) - (b[2] - b[0])) <= TWIN_SIZE * (b[2] - b[0])
            and abs((o[3] - o[1]) - (b[3] - b[1])) <= TWIN_SIZE * (b[3] - b[1]) for o in boxes)
        out.append(bool((t and (far or area(b) < PARTIAL_AREA * med_area or alone)) or cut_rows))
    # a row cut by a sticky bar or the image's edge: the first or last tile of its column over ROW_CUT shorter
    # than the whole tiles of its width (those with tiles above and below them), at the image's top or bottom
    # or beside another tile of its row cut alike; the first or last of its row at the left or right edge
    # over ROW_CUT narrower than the whole tiles of its height (those with tiles left and right of them)
    for k, (b, e) in enumerate(zip(boxes, ends)):
        w, h = b[2] - b[0], b[3] - b[1]
        tall = [o[3] - o[1] for o, oe in zip(boxes, ends) if oe["up"] and oe["down"]
                and abs((o[2] - o[0]) - w) <= TWIN_SIZE * w]
        if tall and (not e["up"] or not e["down"]) and h < (1 - ROW_CUT) * float(np.median(tall)):
            ref_h = float(np.median(tall))
            edge = (not e["up"] and b[1] <= EDGE_PX) or (not e["down"] and b[3] >= H - EDGE_PX)
            alike = any(o is not b and abs((o[3] - o[1]) - h) <= TWIN_SIZE * h and o[3] - o[1] < (1 - ROW_CUT) * ref_h
                        and (abs(o[1] - b[1]) <= TWIN_SIZE * h or abs(o[3] - b[3]) <= TWIN_SIZE * h) for o in boxes)
            out[k] = out[k] or edge or alike
        wide = [o[2] - o[0] for o, oe in zip(boxes, ends) if oe["left"] and oe["right"]
                and abs((o[3] - o[1]) - h) <= TWIN_SIZE * h]
        if wide and ((not e["left"] and b[0] <= EDGE_PX) or (not e["right"] and b[2] >= W - EDGE_PX)) \
                and w < (1 - ROW_CUT) * float(np.median(wide)):
            out[k] = True
    return out


_COMPARED = (("faces", "faces per tile", "{:.1f}"), ("face_share", "largest face, share of the tile", "{:.0%}"),
             ("text_share", "text share of the tile", "{:.0%}"), ("contrast", "contrast (grey std, 0-128)", "{:.0f}"),
             ("colourfulness", "colourfulness (Hasler-Süsstrunk M)", "{:.0f}"),
             ("brightness", "brightness (mean grey, 0-255)", "{:.0f}"))


def top_vs_rest(tiles: list[dict]) -> list[dict]:
    """How the top-ranked third of the whole tiles (at least one) differs from the other whole tiles,
    per measure, largest relative difference first; partial tiles are left out. Empty under 3 whole
    tiles. ``direction`` is "more", "less" or "same", the last when the two shown (rounded) values
    are equal."""
    tiles = [t for t in tiles if not t.get("partial")]
    if len(tiles) < 3:
        return []
    ordered = sorted(tiles, key=lambda t: t["rank"])
    k = max(1, len(tiles) // 3)
    top, rest = ordered[:k], ordered[k:]
    out = []
    for key, label, fmt in _COMPARED:
        a = float(np.mean([t["measures"][key] for t in top]))
        b = float(np.mean([t["measures"][key] for t in rest]))
        scale = max(abs(a), abs(b), 1e-9)
        shown_a, shown_b = fmt.format(a), fmt.format(b)
        word = "same" if shown_a == shown_b else "more" if a > b else "less"
        out.append({"measure": key, "top_mean": round(a, 4), "rest_mean": round(b, 4), "difference": round(a - b, 4),
                    "direction": word,
                    "line": f"top {k}: {label} {shown_a} vs {shown_b} in the other {len(rest)} ({word})",
                    "_rel": abs(a - b) / scale})
    out.sort(key=lambda d: -d["_rel"])
    for d in out:
        d.pop("_rel")
    return out


def _spearman(x: list, y: list) -> Optional[float]:
    if len(x) < 5:
        return None
    from scipy.stats import spearmanr

    r = spearmanr(x, y).statistic
    return None if not np.isfinite(r) else round(float(r), 4)


# -- the user's thumbnail in the feed ----------------------------------------------------------------

def cover_resize(img: np.ndarray, w: int, h: int) -> np.ndarray:
    """``img`` scaled to cover ``w`` × ``h`` and centre-cropped to it (what a feed does to a thumbnail)."""
    import cv2

    ih, iw = img.shape[:2]
    s = max(w / iw, h / ih)
    nw, nh = max(w, int(math.ceil(iw * s))), max(h, int(math.ceil(ih * s)))
    big = cv2.resize(img, (nw, nh), interpolation=cv2.INTER_AREA if s < 1 else cv2.INTER_CUBIC)
    x0, y0 = (nw - w) // 2, (nh - h) // 2
    return np.ascontiguousarray(big[y0:y0 + h, x0:x0 + w])


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """1 - mean absolute difference of the two images at 64×36 (``b`` cover-fitted to ``a``'s aspect), 0–1."""
    import cv2

    h, w = a.shape[:2]
    bb = cover_resize(b, w, h)
    sa = cv2.resize(a, (64, 36), interpolation=cv2.INTER_AREA).astype(np.float32)
    sb = cv2.resize(bb, (64, 36), interpolation=cv2.INTER_AREA).astype(np.float32)
    return round(1.0 - float(np.abs(sa - sb).mean()) / 255.0, 4)


def feed_preview_image(bgr: np.ndarray, box: list[int], thumb: np.ndarray) -> np.ndarray:
    """The screenshot with ``thumb`` put into ``box`` (cover-fitted, as a feed crops it).

    Parameters
    ----------
    bgr : (H, W, 3) uint8 array, BGR
        The screenshot (not modified).
    box : list of int
        ``[x0, y0, x1, y1]`` in ``bgr``'s pixels.
    thumb : (h, w, 3) uint8 array, BGR
        The user's thumbnail.

    Returns
    -------
    (H, W, 3) uint8 array, BGR
        A copy with the tile replaced.
    """
    x0, y0, x1, y1 = (int(v) for v in box)
    out = bgr.copy()
    out[y0:y1, x0:x1] = cover_resize(thumb, x1 - x0, y1 - y0)
    return out


def phone_size(w: int, h: int) -> tuple[int, int]:
    """The screenshot's size fitted to a :data:`PHONE_WIDTH`-pixel-wide phone screen (aspect kept)."""
    return PHONE_WIDTH, max(1, int(round(h * PHONE_WIDTH / w)))



def load_image(path: str | Path) -> np.ndarray:
    """The screenshot's pixels as the analysis reads them (the tab shows them when no tile is found).

    Parameters
    ----------
    path : str or Path
        An image file.

    Returns
    -------
    (H, W, 3) uint8 array, BGR
        Reduced like the analysis when the image is over the decoder's pixel limit.

    Raises
    ------
    InputError
        The file is missing, not an image, empty or fully transparent.
    """
    return _load(Path(path))[0]


# Tiles of a screenshot analysed shrunk (over the decoder's limit) are scored from the file's own pixels, the
# boxes scaled back (so a tile's score is its file crop's, issue 17 point 7); False scores the shrunk copy
# (sessions up to 13; bench only)
SCORE_FILE_PIXELS = True


def _to_file_pixels(box, sx: float, sy: float, w: int, h: int) -> list[int]:
    """A box ``[x0, y0, x1, y1]`` of the analysed (shrunk) image in the user's file's pixels: scaled by
    ``sx``, ``sy`` (file size / analysed size per axis) and kept inside the ``w`` × ``h`` file."""
    x0, y0, x1, y1 = box
    return [min(w, max(0, int(round(x0 * sx)))), min(h, max(0, int(round(y0 * sy)))),
            min(w, max(0, int(round(x1 * sx)))), min(h, max(0, int(round(y1 * sy))))]

# -- the capability -------------------------------------------------------------------------------

def _load(path: Path) -> tuple[np.ndarray, list[str], tuple[int, int]]:
    """The screenshot's pixels as analysed (shrunk to 1/n per side past
    :data:`~viralml_desktop.core.media.MAX_DECODED_PIXELS`), refusing a fully transparent one, the
    checks to report, and the file's own size ``(width, height)`` (upright) the boxes are given in."""
    checks = []
    info = media.image_info(path)
    if info.mode in ("RGBA", "LA", "PA") or (info.mode == "P"):
        from PIL import Image

        with Image.open(path) as im:
            if "A" in im.getbands() or "transparency" in im.info:
                alpha = np.asarray(im.convert("RGBA").getchannel("A"))
                if alpha.max() == 0:
                    raise InputError(f"{media.shown_name(path)} is fully transparent: nothing to analyse")
    dec = media.decode_image(path)
    if dec.reduction > 1:
        checks.append(f"{dec.width}×{dec.height} is more than {media.MAX_DECODED_PIXELS / 1e6:.1f} MP: analysed at "
                      f"1/{dec.reduction} size (boxes are in the file's pixels)")
    return dec.bgr, checks, (dec.width, dec.height)


def run(request: ScreenshotRequest, progress: ProgressLike) -> ScreenshotResponse:
    """Find every thumbnail in a feed screenshot, score it, read its title and views, and rank them.

    The capability ``analyze_screenshot``; fronts call it through
    ``engine.run("analyze_screenshot", request, progress)``.

    Parameters
    ----------
    request : ScreenshotRequest
        ``screenshot_path`` (an image), ``confidence`` (detector threshold), ``read_text`` (OCR of
        titles and meta), ``my_thumbnail_path`` with ``preview_mode`` (``"match"``: find that image
        among the tiles; ``"insert"``: put it into tile ``my_tile``), ``my_tile`` (which tile is
        the user's). ``platform`` is not read.
    progress : ProgressLike
        Fraction done and stage; a cancellation point between tiles.

    Returns
    -------
    ScreenshotResponse
        ``tiles`` in reading order, each with ``box`` (screenshot pixels), detector ``confidence``,
        ``visual_appeal_score`` (0–10) and ``click_probability`` as ``score_thumbnail`` gives them
        for the crop of the file without the improvement search (a screenshot over the decoder's
        limit is searched shrunk, but its tiles are cropped from the file's own pixels), ``rank`` (1 = best), the ``title`` and
        ``meta`` read and ``views`` parsed, and ``measures``; ``top_vs_rest``; ``views_spearman``;
        ``feed_preview``; ``detector`` (entry, imgsz, milliseconds); ``timings`` (seconds per stage;
        ``ocr_titles`` runs in a thread beside ``score``, ``ocr_titles_wait`` is what it added after it).

    Raises
    ------
    InputError
        Not an image, unreadable, too large (over 40 MP or 64 MiB), too small (a side under 16 px),
        fully transparent; ``no thumbnails found`` when the detector finds no tile; a bad
        ``my_tile`` or ``my_thumbnail_path``.
    ModelUnavailable
        The detector's weights (``screenshot_yolo``), the OCR engine or the face cascade cannot be loaded.
    Cancelled
        Through ``progress``.
    """
    return ScreenshotResponse(**_analyze(request, progress).response)


@dataclass
class ScreenshotResult:
    """What the Screenshot tab shows: the response, the screenshot, and the feed preview image.

    Attributes
    ----------
    response : dict
        The ``analyze_screenshot`` response, JSON-ready.
    image : (H, W, 3) uint8 array, BGR, or None
        The screenshot (None when ``images`` was False): in :func:`analyze_job`, at the file's own
        size, the pixels the response's boxes are given in (a screenshot over
        :data:`~viralml_desktop.core.media.MAX_DECODED_PIXELS` is analysed shrunk, then decoded whole
        for this); from :func:`_analyze`, as analysed.
    preview : (H, W, 3) uint8 array, BGR, or None
        The screenshot with the user's thumbnail inserted (insert mode), else None.
    """
    response: dict
    image: Optional[np.ndarray] = None
    preview: Optional[np.ndarray] = None


def analyze_job(request: dict, progress: ProgressLike) -> ScreenshotResult:
    """The Screenshot tab's job: ``analyze_screenshot`` through the engine (validated, recorded in
    the history like every front's call), with the screenshot and the feed preview image.

    Parameters
    ----------
    request : dict
        An ``analyze_screenshot`` request (:class:`ScreenshotRequest` fields).
    progress : ProgressLike
        Fraction done, stage, cancellation.

    Returns
    -------
    ScreenshotResult

    Raises
    ------
    InputError, ModelUnavailable, Cancelled
        As :func:`run`.
    """
    from viralml_desktop.core import engine

    response = engine.run("analyze_screenshot", request, progress)
    req = engine.parse_request("analyze_screenshot", request)
    path = resolve_path(req.screenshot_path)
    bgr, _, (fw, fh) = _load(path)
    if bgr.shape[:2] != (fh, fw):  # shrunk for the analysis: the tab draws the boxes on the file's own pixels
        bgr = media.decode_image(path, decoded_pixels=media.MAX_IMAGE_PIXELS).bgr
    preview = None
    fp = response.get("feed_preview") or {}
    if fp.get("mode") == "insert" and fp.get("box") and req.my_thumbnail_path:
        preview = feed_preview_image(bgr, fp["box"], media.load_image_bgr(resolve_path(req.my_thumbnail_path)))
    return ScreenshotResult(response, bgr, preview)


def detector_status() -> str:
    """Empty when the screenshot detector's weights are installed, else one line saying how to get them
    (the tab shows it and stays usable for nothing else; no model is loaded)."""
    if registry.default_registry().is_available(MODEL):
        return ""
    return ("the screenshot detector (models/screenshot_yolo/screenshot_yolov8n.pt) is not installed: "
            "rebuild it with training/screenshot_yolo_train.py")


def _analyze(request: ScreenshotRequest, progress: ProgressLike, images: bool = False) -> ScreenshotResult:
    """The whole analysis (see :func:`run`), keeping the images when ``images``."""
    timings: dict[str, float] = {}
    t0 = time.perf_counter()
    path = resolve_path(request.screenshot_path)
    progress.update(0.02, "reading the screenshot")
    bgr, checks, (file_w, file_h) = _load(path)
    H, W = bgr.shape[:2]  # the analysed size; the response gives boxes and image_size in the file's pixels
    mine_img = None
    if request.my_thumbnail_path:
        mine_img = media.load_image_bgr(resolve_path(request.my_thumbnail_path))
    if request.preview_mode == "insert" and request.my_thumbnail_path and request.my_tile is None:
        raise InputError("preview_mode 'insert' needs my_tile: the index of the tile to put your thumbnail in")
    timings["decode"] = time.perf_counter() - t0

    progress.update(0.05, "finding thumbnails")
    # boxes from LOW_CONFIDENCE up are asked for: those under the request's threshold are kept only on
    # the grid the confident tiles form (tidy_tiles, rule 7)
    dets, det_ms = detect(bgr, min(request.confidence, LOW_CONFIDENCE))
    dets = [d for d in dets if d.cls == "thumbnail" or d.confidence >= request.confidence]
    det_cold = last_detect_was_cold()
    timings["detect"] = det_ms / 1000
    boxed = [d for d in dets if d.cls == "thumbnail"]
    # boxes of the page's own chrome (a sidebar, a top bar, a header) are dropped before any scoring, then
    # boxes that are not one tile each are cut, joined or dropped (a tile with its text, two tiles, a button)
    tidied, chrome = feed_tiles([d.box for d in boxed], [d.confidence for d in boxed], W, H, bgr,
                                request.confidence)
    tiles_d = _reading_order([Detection("thumbnail", b, round(v, 4)) for b, v in zip(tidied.boxes, tidied.scores)])
    # the learned verifier (verify_tiles): boxes it takes for page chrome (a sidebar card with a picture, a
    # profile header, a bar's buttons) are dropped before any scoring; it also says which tiles are cut off
    t_verify = time.perf_counter()
    verified = verify_tiles(bgr, tiles_d, dets, request.confidence)
    tiles_d = verified.tiles
    timings["verify"] = time.perf_counter() - t_verify
    dropped = chrome + tidied.bars + tidied.dropped_spanning + tidied.dropped_flat + verified.rejected
    if verified.rejected:
        checks.append(f"{verified.rejected} box{'es' if verified.rejected > 1 else ''} of the detector dropped by "
                      f"the tile verifier as page chrome (a card, a header, a bar's buttons), not feed tiles")
    if chrome:
        checks.append(f"{chrome} box{'es' if chrome > 1 else ''} of the detector dropped as not feed tiles "
                      f"(page chrome or a box over half the screen holding others)")
    checks.extend(tidied.checks())
    if not tiles_d:
        why = (f"; {dropped} box{'es' if dropped > 1 else ''} dropped as page chrome, not feed tiles" if dropped
               else "")
        raise InputError(f"{NO_THUMBNAILS} in {media.shown_name(path)} (no feed tile at confidence "
                         f"≥ {request.confidence:.2f}{why})")
    if request.my_tile is not None and request.my_tile >= len(tiles_d):
        raise InputError(f"my_tile {request.my_tile} is out of range: {len(tiles_d)} thumbnails found "
                         f"(my_tile 0–{len(tiles_d) - 1}, counted from 0 like tiles[].index)")
    texts = [d for d in dets if d.cls in ("title", "meta")]

    # Titles and views are read in a thread of their own while the tiles are scored: the reading
    # takes no OCR engine lock (read_tiles), so it runs on the second core beside the scoring. The text
    # of each tile is found from the tile's box and the layout (read_tiles), not from the detector's
    # weak title/meta boxes alone.
    layout = None
    title_job = None
    stop = threading.Event()
    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="screenshot-titles")
    try:
        if request.read_text:
            progress.update(0.1, "reading titles and views")
            # titles are read with the page's sticky bars painted over: none is taken from a top bar or a
            # bottom navigation next to a tile
            boxes_d = [d.box for d in tiles_d]
            read_src = without_nav_labels(without_chrome(bgr, chrome_bands(bgr, page_colour(bgr, boxes_d))))
            title_job = pool.submit(_timed, read_tiles, read_src, boxes_d, texts, stop.is_set)

        # the feed preview: which tile is the user's, and the image put there
        preview = None
        mine_index = request.my_tile
        preview_img = None
        if mine_img is not None and request.preview_mode == "match":
            sims = [similarity(bgr[d.box[1]:d.box[3], d.box[0]:d.box[2]], mine_img) for d in tiles_d]
            j = int(np.argmax(sims))
            preview = {"mode": "match", "similarity": sims[j], "matched": sims[j] >= MATCH_SIMILARITY}
            if preview["matched"]:
                mine_index = j
        elif mine_img is not None:
            preview_img = feed_preview_image(bgr, tiles_d[mine_index].box, mine_img)
            preview = {"mode": "insert", "matched": False}

        channel = thumbnail_model.load_channel_model()
        tiles = []
        src = preview_img if preview_img is not None else bgr
        # the crops scored: the tiles of the user's file, at its own size (a screenshot over the decoder's
        # limit is found on a shrunk copy, its boxes mapped back), so that each tile's score is the one its
        # crop of the file gets alone
        score_boxes = [list(d.box) for d in tiles_d]
        if SCORE_FILE_PIXELS and (file_w, file_h) != (W, H):
            t_full = time.perf_counter()
            sx, sy = file_w / W, file_h / H
            score_boxes = [_to_file_pixels(b, sx, sy, file_w, file_h) for b in score_boxes]
            src = media.decode_image(path, decoded_pixels=media.MAX_IMAGE_PIXELS).bgr
            if mine_img is not None and request.preview_mode != "match":
                src = feed_preview_image(src, score_boxes[mine_index], mine_img)
            timings["decode_file"] = time.perf_counter() - t_full
        t = time.perf_counter()
        partial = verified.partial  # verify_tiles: the whole/partial model, or partial_tiles
        for i, d in enumerate(tiles_d):
            progress.check()
            progress.update(0.15 + 0.8 * i / len(tiles_d), f"scoring thumbnail {i + 1}/{len(tiles_d)}")
            x0, y0, x1, y1 = score_boxes[i]
            s, f = score_crop(src[y0:y1, x0:x1], channel)
            tiles.append({"index": i, "box": list(d.box), "confidence": d.confidence,
                          "visual_appeal_score": s["visual_appeal_score"],
                          "click_probability": s["click_probability"],
                          "rank": 1, "title": "", "meta": "", "views": None,
                          "mine": i == mine_index, "partial": partial[i], "measures": _tile_measures(f),
                          "reasons": reason_lines(s["components"])[:3]})
        timings["score"] = time.perf_counter() - t
        if title_job is not None:
            progress.update(0.95, "reading titles and views")
            t = time.perf_counter()
            (layout, read), timings["ocr_titles"] = title_job.result()
            timings["ocr_titles_wait"] = time.perf_counter() - t  # what the reading added after the scoring
            for tile, r in zip(tiles, read):
                tile["title"], tile["meta"], tile["views"] = r["title"], r["meta"], r["views"]
    except BaseException:
        stop.set()  # a cancelled or failed scoring stops the reading at its next line
        raise
    finally:
        pool.shutdown(wait=True)
    rank_tiles(tiles, request.confidence)
    weak = sum(1 for t in tiles if t["confidence"] < request.confidence)
    if weak:
        checks.append(f"{weak} tile{'s' if weak > 1 else ''} under the confidence threshold ranked after the "
                      f"confident whole tiles, as doubtful")
    if (file_w, file_h) != (W, H):  # analysed shrunk: boxes back in the user's file's pixels
        sx, sy = file_w / W, file_h / H
        for tile in tiles:
            tile["box"] = _to_file_pixels(tile["box"], sx, sy, file_w, file_h)

    if preview is not None:
        if mine_index is not None:
            tm = tiles[mine_index]
            preview.update(tile_index=mine_index, box=tm["box"], visual_appeal_score=tm["visual_appeal_score"],
                           rank=tm["rank"], phone_size=list(phone_size(file_w, file_h)))
            verb = "matched to" if preview["mode"] == "match" else "put into"
            preview["line"] = (f"your thumbnail, {verb} tile index {mine_index} (counted from 0, as my_tile), ranks {tm['rank']} of {len(tiles)} "
                               f"(score {tm['visual_appeal_score']:.1f}/10)")
        else:
            preview["line"] = (f"your thumbnail matches no tile (best similarity {preview['similarity']:.2f} < "
                               f"{MATCH_SIMILARITY}); use preview_mode 'insert' with my_tile to place it")

    with_views = [(t["visual_appeal_score"], t["views"]) for t in tiles
                  if t["views"] is not None and not t["partial"]]
    timings["total"] = time.perf_counter() - t0
    progress.update(1.0, "done")
    response = {
        "n_thumbnails": len(tiles),
        "tiles": tiles,
        "image_size": [file_w, file_h],
        "top_vs_rest": top_vs_rest(tiles),
        "views_spearman": _spearman([a for a, _ in with_views], [b for _, b in with_views]),
        "feed_preview": preview,
        "detector": {"model": MODEL, "imgsz": IMGSZ, "ms": round(det_ms, 1), "cold": det_cold,
                     "confidence": request.confidence, "dropped": dropped,
                     "titles_found": sum(1 for d in texts if d.cls == "title"),
                     "meta_found": sum(1 for d in texts if d.cls == "meta"), "text_layout": layout},
        "timings": {k: round(v, 4) for k, v in timings.items()},
        "checks": checks,
        "model_version": f"{MODEL} + {thumbnail_model.model_tag(channel)}",
        "sources": _sources(channel),
    }
    return ScreenshotResult(response, bgr if images else None, preview_img if images else None)


def _sources(channel: Optional[dict]) -> dict:
    """Where each number of the response comes from (``core/schemas/sources.py``): the detector's
    boxes (its held-out mAP50 in models/screenshot_yolo/metrics.json), the thumbnail score of each
    crop (as ``score_thumbnail`` says), the text read by OCR, and what is measured on the pixels."""
    scored = score_sources(channel)
    det = sources.model(MODEL, "boxes of the feed-screenshot detector (YOLOv8n trained here on generated feeds)")
    rank = sources.model("thumbnail", "rank among the tiles by click probability, then by the rules score")
    tile_pixels = sources.measured("the tile's pixels: frontal faces (Haar cascade), text share (OCR boxes), "
                                   "grey contrast, colourfulness, brightness")
    return {
        "n_thumbnails": det, "tiles[].box": det, "tiles[].confidence": det,
        "tiles[].index": sources.measured("the tiles' reading order: top to bottom, left to right"),
        "tiles[].visual_appeal_score": scored["visual_appeal_score"],
        "tiles[].click_probability": scored["click_probability"],
        "tiles[].rank": rank, "tiles[].measures": tile_pixels,
        "tiles[].views": sources.measured("the view count read with the OCR recogniser from the tile's meta line"),
        "image_size": sources.measured("the screenshot's size in pixels"),
        "top_vs_rest": sources.measured("means of the whole tiles' measures: the top-ranked third against "
                                        "the others (tiles cut off at the edge left out)"),
        "views_spearman": sources.measured("Spearman rank correlation of the whole tiles' scores and the views read"),
        "tiles[].partial": sources.measured("the tile's box against the screenshot's border and the whole tiles' "
                                            "median shape and area"),
        "feed_preview": sources.measured("where your thumbnail sits among the tiles found"),
        "feed_preview.similarity": sources.measured("how alike your thumbnail and the tile look (1 = the same picture)"),
        "feed_preview.box": det, "feed_preview.visual_appeal_score": scored["visual_appeal_score"],
        "feed_preview.rank": rank,
        "feed_preview.phone_size": sources.prior("Apple iPhone 12-15 screen: 390 points wide",
                                                 "a common phone's width in logical pixels"),
        "detector": sources.measured("this run of the detector: input size, threshold, milliseconds (cold on the "
                                     "first inference after loading), boxes, and thumbnail boxes dropped as page "
                                     "chrome (plausible_tiles, tidy_tiles and the learned tile verifier)"),
        "timings": sources.measured("seconds each stage of this run took"),
    }


# -- exports ----------------------------------------------------------------------------------------

_PALETTE = [(60, 200, 60), (0, 170, 255), (255, 120, 0), (200, 80, 255), (0, 220, 220)]


def annotate(bgr: np.ndarray, tiles: list[dict], selected: Optional[int] = None) -> np.ndarray:
    """The screenshot with each tile's box and ``#rank score`` label drawn inside the tile's top-left
    corner (so in a dense grid it never covers the tile above, its view count included).

    Parameters
    ----------
    bgr : (H, W, 3) uint8 array, BGR
    tiles : list of dict
        The ``analyze_screenshot`` response's ``tiles`` (``box``, ``rank``, ``visual_appeal_score``,
        ``index``, ``mine``).
    selected : int, optional
        A tile index drawn thicker.

    Returns
    -------
    (H, W, 3) uint8 array, BGR
        A copy with the boxes; the best tile green, the user's magenta, the others orange.
    """
    import cv2

    out = bgr.copy()
    H, W = out.shape[:2]
    th = max(2, int(round(min(H, W) / 400)))
    fs = max(0.5, min(H, W) / 1400)
    for t in tiles:
        x0, y0, x1, y1 = (int(v) for v in t["box"])
        colour = (255, 0, 255) if t.get("mine") else (60, 200, 60) if t["rank"] == 1 else (0, 170, 255)
        cv2.rectangle(out, (x0, y0), (x1 - 1, y1 - 1), colour, th * (2 if t["index"] == selected else 1))
        label = f"#{t['rank']}  {t['visual_appeal_score']:.1f}"
        weight = max(1, th // 2 + 1)
        (tw, tht), base = cv2.getTextSize(label, cv2.FONT_HERSHEY_SIMPLEX, fs, weight)
        ly = min(y0 + tht + base + 4, y1)  # the label's bottom edge, inside the box
        cv2.rectangle(out, (x0, ly - tht - base - 4), (min(x0 + tw + 8, x1 - 1), ly), colour, -1)
        cv2.putText(out, label, (x0 + 4, ly - base - 2), cv2.FONT_HERSHEY_SIMPLEX, fs, (0, 0, 0), weight,
                    cv2.LINE_AA)
    return out


TABLE_FIELDS = ("rank", "index", "visual_appeal_score", "click_probability", "views", "title", "meta",
                "x0", "y0", "x1", "y1", "confidence", "faces", "text_share", "contrast", "colourfulness", "mine",
                "partial", "visual_appeal_score_source", "click_probability_source", "views_source", "confidence_source")


def table_rows(response: dict) -> list[dict]:
    """One flat row per tile, best first (the CSV export); the ``*_source`` columns say where the
    score, the click probability, the views and the detector's confidence come from (the short
    label of the response's ``sources`` entry: ``measured``, ``model · mAP50 0.93``, ...)."""
    from viralml_desktop.core import sources

    src = response.get("sources") or {}

    def label(path: str) -> str:
        return sources.short_label(sources.covering(src, path))

    origin = {f"{k}_source": label(f"tiles[].{k}")
              for k in ("visual_appeal_score", "click_probability", "views", "confidence")}
    rows = []
    for t in sorted(response["tiles"], key=lambda t: (t["rank"], t["index"])):
        m = t["measures"]
        rows.append({"rank": t["rank"], "index": t["index"], "visual_appeal_score": t["visual_appeal_score"],
                     "click_probability": t["click_probability"], "views": t["views"], "title": t["title"],
                     "meta": t["meta"], "x0": t["box"][0], "y0": t["box"][1], "x1": t["box"][2], "y1": t["box"][3],
                     "confidence": t["confidence"], "faces": m["faces"], "text_share": m["text_share"],
                     "contrast": m["contrast"], "colourfulness": m["colourfulness"], "mine": t["mine"],
                     "partial": t.get("partial", False), **origin})
    return rows


def write_table(response: dict, path: Path) -> Path:
    """Write the ranked table: ``.csv`` (one row per tile) or ``.json`` (the whole response).

    Raises
    ------
    InputError
        Another extension, or the file cannot be written.
    """
    import json

    path = Path(path)
    try:
        if path.suffix.lower() == ".csv":
            with open(path, "w", newline="", encoding="utf-8") as f:
                w = csv.DictWriter(f, fieldnames=TABLE_FIELDS)
                w.writeheader()
                w.writerows(table_rows(response))
        elif path.suffix.lower() == ".json":
            path.write_text(json.dumps(response, ensure_ascii=False, indent=1), encoding="utf-8")
        else:
            raise InputError(f"{path.name}: export as .csv or .json")
    except OSError as e:
        raise InputError(f"cannot write {path.name}: {e.strerror or e}") from None
    return path
