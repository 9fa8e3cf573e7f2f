"""Capability ``analyze_screenshot``: a feed screenshot in, every thumbnail found, scored and ranked.

Pipeline: the screenshot detector (YOLOv8n trained here on generated feed screenshots,
``models/screenshot_yolo``, model-table entry ``screenshot_yolo``) finds the thumbnails, titles and
meta lines (channel · views · age) → each thumbnail is cropped and scored with the thumbnail
score (:func:`.score.score_features`, the rules or the user's channel model, **without** the
improvement search) → the title and meta boxes next to each tile are read with the OCR
recogniser (views parsed from the meta, English and Spanish) → tiles ranked by
(click probability, visual-appeal score), as ``score_thumbnail`` ranks competitors.

It also says what the top-ranked tiles do differently in measured terms (faces, text share,
contrast, colourfulness, brightness) and places the user's own thumbnail in the feed: matched
to a tile, or inserted into a chosen tile (the feed preview).

GUI jobs: :func:`analyze_job` (response, annotated image and preview in one result),
:func:`annotate`, :func:`feed_preview_image`, :func:`write_table`.
"""
from __future__ import annotations

import csv
import logging
import math
import re
import threading
import time
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
        Milliseconds the detector took (pre-processing, inference and NMS).

    Raises
    ------
    ModelUnavailable
        The ``screenshot_yolo`` weights are missing, fail their checksum, or ultralytics cannot load them.
    """
    model = registry.get(MODEL)
    t = time.perf_counter()
    res = model.predict(bgr, imgsz=IMGSZ, conf=confidence, iou=0.6, max_det=300, verbose=False)[0]
    ms = (time.perf_counter() - t) * 1000
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

_SUFFIX = {"k": 1e3, "mil": 1e3, "m": 1e6, "mill": 1e6, "mln": 1e6, "millones": 1e6, "b": 1e9}
_VIEWS = re.compile(r"(\d+(?:[.,]\d+)*)\s*(k|mil|mill|millones|mln|m|b)?\.?\s*(?:de\s+)?"
                    r"(views?|visualizaciones|vistas|reproducciones|plays|visitas)", re.I)
_BARE = re.compile(r"^\W*(\d+(?:[.,]\d+)?)\s*(k|m|b)?\W*$", re.I)


def _number(num: str, suffix: Optional[str]) -> Optional[int]:
    suffix = (suffix or "").lower()
    if suffix:
        v = float(num.replace(",", "."))
    elif re.fullmatch(r"\d{1,3}([.,]\d{3})+", num):  # 1,234,567 or 1.234.567: thousands separators
        v = float(re.sub(r"[.,]", "", num))
    else:
        v = float(num.replace(",", "."))
    return int(round(v * _SUFFIX.get(suffix, 1)))


def parse_views(text: str) -> Optional[int]:
    """The view count in a meta line, English or Spanish.

    Parameters
    ----------
    text : str
        As read: ``"1.2M views • 3 days ago"``, ``"1,2 M de visualizaciones"``, ``"43 K vistas"``,
        or a bare play count over a grid tile (``"4.3M"``, ``"▶ 900K"``).

    Returns
    -------
    int or None
        The count; None when the text holds none.

    Examples
    --------
    >>> parse_views("1,2 M de visualizaciones · hace 3 días")
    1200000
    >>> parse_views("17K views")
    17000
    """
    m = _VIEWS.search(text)
    if m:
        return _number(m.group(1), m.group(2))
    m = _BARE.match(text.replace("▶", " "))
    if m:
        return _number(m.group(1), m.group(2))
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


def read_boxes(bgr: np.ndarray, boxes: list[list[int]], cancelled=None) -> list[str]:
    """Text of each box: its lines (:func:`_text_lines`, each cut to its ink by :func:`_tight_line`)
    recognised one by one (:func:`..vision.text.recognise_alone`), lines joined by a space.

    Parameters
    ----------
    bgr : (H, W, 3) uint8 array, BGR
        The screenshot.
    boxes : list of [x0, y0, x1, y1]
        Title or meta boxes, in ``bgr``'s pixels.
    cancelled : callable, optional
        Called between lines; when it returns True the reading stops and the boxes not read yet are
        empty.

    Returns
    -------
    list of str
        One text per box, in order.

    Raises
    ------
    ModelUnavailable
        The OCR engine cannot be loaded.

    Notes
    -----
    It takes no OCR engine lock, so :func:`_analyze` runs it in a thread beside the scoring of the
    tiles (which reads each tile's text with the engine) on the second core.
    """
    from viralml_desktop.core.vision.text import recognise_alone

    out: list[list[str]] = [[] for _ in boxes]
    for i, (x0, y0, x1, y1) in enumerate(boxes):
        for line in _text_lines(bgr[max(0, y0 - 1):y1 + 1, max(0, x0 - 1):x1 + 1]):
            if min(line.shape[:2]) < 4:
                continue
            if cancelled is not None and cancelled():
                return [" ".join(x) for x in out]
            t = recognise_alone(_tight_line(line)).strip()
            if t:
                out[i].append(t)
    return [" ".join(x) for x in out]


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


def rank_tiles(tiles: list[dict]) -> None:
    """Rank in place: 1 + the tiles strictly better by (click probability, visual-appeal score)."""
    for t in tiles:
        t["rank"] = 1 + sum(1 for o in tiles if _rank_key(o) > _rank_key(t))


_COMPARED = (("faces", "faces per tile", "{:.1f}"), ("face_share", "largest face, share of the tile", "{:.0%}"),
             ("text_share", "text share of the tile", "{:.0%}"), ("contrast", "contrast (grey std, 0-128)", "{:.0f}"),
             ("colourfulness", "colourfulness (Hasler-Süsstrunk M)", "{:.0f}"),
             ("brightness", "brightness (mean grey, 0-255)", "{:.0f}"))


def top_vs_rest(tiles: list[dict]) -> list[dict]:
    """How the top-ranked third of the tiles (at least one) differs from the others, per measure,
    largest relative difference first. Empty under 3 tiles."""
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
        word = "more" if a > b else "less" if a < b else "the same"
        out.append({"measure": key, "top_mean": round(a, 4), "rest_mean": round(b, 4), "difference": round(a - b, 4),
                    "line": f"top {k}: {label} {fmt.format(a)} vs {fmt.format(b)} in the other {len(rest)} ({word})",
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


# -- the capability -------------------------------------------------------------------------------

def _load(path: Path) -> tuple[np.ndarray, list[str]]:
    """The screenshot's pixels, refusing a fully transparent one, and the checks to report."""
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
                      f"1/{dec.reduction} size (boxes are in those pixels)")
    return dec.bgr, checks


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
        for the crop without the improvement search, ``rank`` (1 = best), the ``title`` and
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
        The screenshot as analysed (None when ``images`` was False).
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
    bgr, _ = _load(resolve_path(req.screenshot_path))
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
    bgr, checks = _load(path)
    H, W = bgr.shape[:2]
    mine_img = None
    if request.my_thumbnail_path:
        mine_img = media.load_image_bgr(resolve_path(request.my_thumbnail_path))
    if request.preview_mode == "insert" and request.my_thumbnail_path and request.my_tile is None:
        raise InputError("preview_mode 'insert' needs my_tile: the index of the tile to put your thumbnail in")
    timings["decode"] = time.perf_counter() - t0

    progress.update(0.05, "finding thumbnails")
    dets, det_ms = detect(bgr, request.confidence)
    timings["detect"] = det_ms / 1000
    tiles_d = _reading_order([d for d in dets if d.cls == "thumbnail"])
    if not tiles_d:
        raise InputError(f"{NO_THUMBNAILS} in {media.shown_name(path)} (no feed tile at confidence "
                         f"≥ {request.confidence:.2f})")
    if request.my_tile is not None and request.my_tile >= len(tiles_d):
        raise InputError(f"my_tile {request.my_tile} is out of range: {len(tiles_d)} thumbnails found "
                         f"(0–{len(tiles_d) - 1})")
    texts = [d for d in dets if d.cls in ("title", "meta")]

    # Titles and views are read in a thread of their own while the tiles are scored: the reading
    # takes no OCR engine lock (read_boxes), so it runs on the second core beside the scoring.
    owner: dict[int, dict[str, list[int]]] = {}
    wanted: list[int] = []
    title_job = None
    stop = threading.Event()
    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="screenshot-titles")
    try:
        if request.read_text and texts:
            progress.update(0.1, "reading titles and views")
            owner = assign_text(tiles_d, texts)
            wanted = sorted({j for o in owner.values() for k in ("title", "meta") for j in o[k]})
            title_job = pool.submit(_timed, read_boxes, bgr, [texts[j].box for j in wanted], stop.is_set)

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
        t = time.perf_counter()
        tiles = []
        src = preview_img if preview_img is not None else bgr
        for i, d in enumerate(tiles_d):
            progress.check()
            progress.update(0.15 + 0.8 * i / len(tiles_d), f"scoring thumbnail {i + 1}/{len(tiles_d)}")
            x0, y0, x1, y1 = d.box
            s, f = score_crop(src[y0:y1, x0:x1], channel)
            tiles.append({"index": i, "box": list(d.box), "confidence": d.confidence,
                          "visual_appeal_score": s["visual_appeal_score"],
                          "click_probability": s["click_probability"],
                          "rank": 1, "title": "", "meta": "", "views": None,
                          "mine": i == mine_index, "measures": _tile_measures(f),
                          "reasons": reason_lines(s["components"])[:3]})
        timings["score"] = time.perf_counter() - t
        if title_job is not None:
            progress.update(0.95, "reading titles and views")
            t = time.perf_counter()
            read_list, timings["ocr_titles"] = title_job.result()
            timings["ocr_titles_wait"] = time.perf_counter() - t  # what the reading added after the scoring
            read = dict(zip(wanted, read_list))
            for i, o in owner.items():
                by_top = lambda js: sorted(js, key=lambda j: (texts[j].box[1], texts[j].box[0]))  # noqa: E731
                tiles[i]["title"] = " ".join(read[j] for j in by_top(o["title"]) if read.get(j)).strip()
                tiles[i]["meta"] = " · ".join(read[j] for j in by_top(o["meta"]) if read.get(j)).strip()
                tiles[i]["views"] = parse_views(tiles[i]["meta"])
    except BaseException:
        stop.set()  # a cancelled or failed scoring stops the reading at its next line
        raise
    finally:
        pool.shutdown(wait=True)
    rank_tiles(tiles)

    if preview is not None:
        if mine_index is not None:
            tm = tiles[mine_index]
            preview.update(tile_index=mine_index, box=tm["box"], visual_appeal_score=tm["visual_appeal_score"],
                           rank=tm["rank"], phone_size=list(phone_size(W, H)))
            verb = "matched to" if preview["mode"] == "match" else "put into"
            preview["line"] = (f"your thumbnail, {verb} tile {mine_index + 1}, ranks {tm['rank']} of {len(tiles)} "
                               f"(score {tm['visual_appeal_score']:.1f}/10)")
        else:
            preview["line"] = (f"your thumbnail matches no tile (best similarity {preview['similarity']:.2f} < "
                               f"{MATCH_SIMILARITY}); use preview_mode 'insert' with my_tile to place it")

    with_views = [(t["visual_appeal_score"], t["views"]) for t in tiles if t["views"] is not None]
    timings["total"] = time.perf_counter() - t0
    progress.update(1.0, "done")
    response = {
        "n_thumbnails": len(tiles),
        "tiles": tiles,
        "image_size": [W, H],
        "top_vs_rest": top_vs_rest(tiles),
        "views_spearman": _spearman([a for a, _ in with_views], [b for _, b in with_views]),
        "feed_preview": preview,
        "detector": {"model": MODEL, "imgsz": IMGSZ, "ms": round(det_ms, 1), "confidence": request.confidence,
                     "titles_found": sum(1 for d in texts if d.cls == "title"),
                     "meta_found": sum(1 for d in texts if d.cls == "meta")},
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
        "top_vs_rest": sources.measured("means of the tiles' measures: the top-ranked third against the others"),
        "views_spearman": sources.measured("Spearman rank correlation of the tiles' scores and the views read"),
        "feed_preview": sources.measured("where your thumbnail sits among the tiles found"),
        "feed_preview.similarity": sources.measured("how alike your thumbnail and the tile look (1 = the same picture)"),
        "feed_preview.box": det, "feed_preview.visual_appeal_score": scored["visual_appeal_score"],
        "feed_preview.rank": rank,
        "feed_preview.phone_size": sources.prior("Apple iPhone 12-15 screen: 390 points wide",
                                                 "a common phone's width in logical pixels"),
        "detector": sources.measured("this run of the detector: input size, threshold, milliseconds, boxes"),
        "timings": sources.measured("seconds each stage of this run took"),
    }


# -- exports ----------------------------------------------------------------------------------------

_PALETTE = [(60, 200, 60), (0, 170, 255), (255, 120, 0), (200, 80, 255), (0, 220, 220)]


def annotate(bgr: np.ndarray, tiles: list[dict], selected: Optional[int] = None) -> np.ndarray:
    """The screenshot with each tile's box and ``#rank score`` drawn (OpenCV; no font download).

    Parameters
    ----------
    bgr : (H, W, 3) uint8 array, BGR
    tiles : list of dict
        The response's ``tiles``.
    selected : int, optional
        A tile index drawn thicker.

    Returns
    -------
    (H, W, 3) uint8 array, BGR
        A copy with the boxes; the best tile green, the user's magenta.
    """
    import cv2

    out = bgr.copy()
    H, W = out.shape[:2]
    th = max(2, int(round(min(H, W) / 400)))
    fs = max(0.5, min(H, W) / 1400)
    for t in tiles:
        x0, y0, x1, y1 = t["box"]
        colour = (255, 0, 255) if t.get("mine") else (60, 200, 60) if t["rank"] == 1 else (0, 170, 255)
        cv2.rectangle(out, (x0, y0), (x1 - 1, y1 - 1), colour, th * (2 if t["index"] == selected else 1))
        label = f"#{t['rank']}  {t['visual_appeal_score']:.1f}"
        (tw, tht), base = cv2.getTextSize(label, cv2.FONT_HERSHEY_SIMPLEX, fs, max(1, th // 2 + 1))
        ly = max(y0, tht + base + 4)
        cv2.rectangle(out, (x0, ly - tht - base - 4), (x0 + tw + 8, ly), colour, -1)
        cv2.putText(out, label, (x0 + 4, ly - base - 2), cv2.FONT_HERSHEY_SIMPLEX, fs, (0, 0, 0),
                    max(1, th // 2 + 1), cv2.LINE_AA)
    return out


TABLE_FIELDS = ("rank", "index", "visual_appeal_score", "click_probability", "views", "title", "meta",
                "x0", "y0", "x1", "y1", "confidence", "faces", "text_share", "contrast", "colourfulness", "mine",
                "visual_appeal_score_source", "click_probability_source", "views_source", "confidence_source")


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
                     "contrast": m["contrast"], "colourfulness": m["colourfulness"], "mine": t["mine"], **origin})
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
