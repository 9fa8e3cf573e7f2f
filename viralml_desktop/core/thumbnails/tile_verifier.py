"""Second-stage check of the feed-screenshot detector's tiles (issue 17, session 15).

After :func:`~viralml_desktop.core.thumbnails.screenshot.feed_tiles` has dropped the page chrome its
rules know, some boxes are still not feed tiles: a sidebar card with a picture and text ("Trends for
you"), a profile header (banner, avatar, name, stats), a top bar's buttons, a chip row, a promo card.
This module describes each kept box by a few numbers (the detector's confidence, its shape and size
against the page and the other boxes, its twins on the grid, its distance to the page's edges, the
detector's title/meta boxes around it, and statistics of its pixels) and a small model fitted with
scikit-learn on generated feeds with that chrome (``training/screenshot_verifier_train.py``, data from
``training/screenshot_chrome.py``) says whether it is a tile. A second model of the same numbers says
whether a tile is whole or cut off by the screen's edge or a bar.

The models ship as plain numbers (:mod:`._tile_verifier_params`): a gradient-boosted tree ensemble or
a logistic regression, evaluated here with NumPy (no scikit-learn at run time). Their held-out
figures are in ``models/screenshot_yolo/metrics.json`` → ``tile_verifier``.
"""
from __future__ import annotations

from typing import Optional, Sequence

import numpy as np

EDGE_PX = 8  # px: a box this close to the image border touches it (screenshot.py's rules use it too)
TWIN_SIZE = 0.1  # widths and heights each within this share: the same size
_CROP = 48  # px: side of the resized crop the pixel statistics are taken on
_PAGE_TOL = 12  # grey levels per channel: a pixel this close to the page's colour is the page

FEATURES = (
    "confidence", "log_aspect", "sqrt_area_page", "width_page", "height_page", "cx_page", "cy_page",
    "edge_lr", "edge_tb", "touches", "touches_top", "touches_bottom", "touches_side", "log_n_boxes",
    "log_area_vs_median", "log_aspect_vs_median", "twins", "twins_aligned", "area_rank", "contains_other",
    "text_below", "text_right", "text_inside", "text_near_conf",
    "edge_density", "colour_entropy", "flat_share", "page_share", "grey_std", "saturation", "ring_page_share",
)


def _same_size(a, b) -> bool:
    wa, ha, wb, hb = a[2] - a[0], a[3] - a[1], b[2] - b[0], b[3] - b[1]
    return abs(wa - wb) <= TWIN_SIZE * max(wa, wb) and abs(ha - hb) <= TWIN_SIZE * max(ha, hb)


def _overlap(a0, a1, b0, b1) -> float:
    return max(0.0, min(a1, b1) - max(a0, b0))


def _pixels(bgr: np.ndarray, box, page: np.ndarray) -> list[float]:
    import cv2

    H, W = bgr.shape[:2]
    x0, y0, x1, y1 = (int(v) for v in box)
    x0, y0, x1, y1 = max(0, x0), max(0, y0), min(W, x1), min(H, y1)
    if x1 - x0 < 2 or y1 - y0 < 2:
        return [0.0] * 7
    crop = cv2.resize(bgr[y0:y1, x0:x1], (_CROP, _CROP), interpolation=cv2.INTER_AREA)
    grey = cv2.cvtColor(crop, cv2.COLOR_BGR2GRAY)
    edges = float((cv2.Canny(grey, 60, 160) > 0).mean())
    q = (crop >> 5).astype(np.int32)
    key = q[..., 0] * 64 + q[..., 1] * 8 + q[..., 2]
    counts = np.bincount(key.ravel(), minlength=512).astype(float)
    p = counts[counts > 0] / counts.sum()
    entropy = float(-(p * np.log2(p)).sum() / 9.0)
    flat = float(counts.max() / counts.sum())
    on_page = (np.abs(crop.astype(np.int16) - page.astype(np.int16)) <= _PAGE_TOL).all(axis=2)
    sat = float(cv2.cvtColor(crop, cv2.COLOR_BGR2HSV)[..., 1].mean() / 255)
    # the ring just outside the box: a tile sits on the page; a card's picture sits on the card
    r = max(2, int(0.04 * min(x1 - x0, y1 - y0)))
    ring = []
    for sl in ((slice(max(0, y0 - r), y0), slice(x0, x1)), (slice(y1, min(H, y1 + r)), slice(x0, x1)),
               (slice(y0, y1), slice(max(0, x0 - r), x0)), (slice(y0, y1), slice(x1, min(W, x1 + r)))):
        part = bgr[sl]
        if part.size:
            ring.append((np.abs(part.astype(np.int16) - page.astype(np.int16)) <= _PAGE_TOL).all(axis=2).ravel())
    ring_share = float(np.concatenate(ring).mean()) if ring else 1.0
    return [edges, entropy, flat, float(on_page.mean()), float(grey.std() / 64), sat, ring_share]


def features(bgr: np.ndarray, boxes: Sequence, scores: Sequence[float], texts: Sequence = (), *,
             page: np.ndarray) -> np.ndarray:
    """The numbers the verifier reads, one row per box.

    Parameters
    ----------
    bgr : (H, W, 3) uint8 array, BGR
        The screenshot.
    boxes : sequence of [x0, y0, x1, y1]
        The tiles kept by ``feed_tiles``, image pixels.
    scores : sequence of float
        Their detector confidences, 0-1.
    texts : sequence of (cls, [x0, y0, x1, y1], confidence)
        The detector's ``title`` and ``meta`` boxes (at the request's threshold).
    page : (3,) array
        The page's colour, BGR (``screenshot.page_colour`` of the screenshot outside ``boxes``; passed in
        rather than measured here so that this module does not import the screenshot module, which
        imports it).

    Returns
    -------
    (n, len(FEATURES)) float64 array
    """
    H, W = bgr.shape[:2]
    n = len(boxes)
    out = np.zeros((n, len(FEATURES)))
    if n == 0:
        return out
    page = np.asarray(page, np.uint8).reshape(3)
    B = [tuple(float(v) for v in b) for b in boxes]
    areas = np.array([(b[2] - b[0]) * (b[3] - b[1]) for b in B])
    aspects = np.array([(b[2] - b[0]) / max(1.0, b[3] - b[1]) for b in B])
    order = np.argsort(-areas)
    rank = np.empty(n)
    rank[order] = np.arange(n) / max(1, n - 1) if n > 1 else 0.0
    for i, b in enumerate(B):
        x0, y0, x1, y1 = b
        w, h = max(1.0, x1 - x0), max(1.0, y1 - y0)
        others = [j for j in range(n) if j != i]
        med_a = float(np.median(areas[others])) if others else areas[i]
        med_r = float(np.median(aspects[others])) if others else aspects[i]
        twins = [j for j in others if _same_size(b, B[j])]
        aligned = [j for j in twins if _overlap(y0, y1, B[j][1], B[j][3]) > 0.5 * h
                   or _overlap(x0, x1, B[j][0], B[j][2]) > 0.5 * w]
        contains = max([_overlap(x0, x1, B[j][0], B[j][2]) * _overlap(y0, y1, B[j][1], B[j][3]) / max(1.0, areas[j])
                        for j in others] or [0.0])
        below = right = inside = 0
        near_conf = 0.0
        for _, t, c in texts:
            tx0, ty0, tx1, ty1 = (float(v) for v in t)
            cx, cy = (tx0 + tx1) / 2, (ty0 + ty1) / 2
            if x0 <= cx <= x1 and y0 <= cy <= y1:
                inside += 1
                continue
            if _overlap(x0, x1, tx0, tx1) > 0.3 * (tx1 - tx0) and y1 - 0.1 * h <= ty0 <= y1 + 0.6 * h:
                below += 1
                near_conf = max(near_conf, float(c))
            elif _overlap(y0, y1, ty0, ty1) > 0.3 * (ty1 - ty0) and x1 - 0.1 * w <= tx0 <= x1 + 1.0 * w:
                right += 1
                near_conf = max(near_conf, float(c))
        t_top, t_bot = y0 <= EDGE_PX, y1 >= H - EDGE_PX
        t_side = x0 <= EDGE_PX or x1 >= W - EDGE_PX
        out[i, :24] = [
            float(scores[i]), np.log(w / h), np.sqrt(w * h / (W * H)), w / W, h / H, (x0 + x1) / 2 / W,
            (y0 + y1) / 2 / H, min(x0, W - x1) / W, min(y0, H - y1) / H, float(t_top or t_bot or t_side),
            float(t_top), float(t_bot), float(t_side), np.log1p(n), np.log(areas[i] / max(1.0, med_a)),
            np.log(aspects[i] / max(1e-3, med_r)), min(4, len(twins)), min(4, len(aligned)), rank[i], contains,
            min(3, below), min(3, right), min(5, inside), near_conf]
        out[i, 24:] = _pixels(bgr, b, page)
    return out


def _tree_value(tree: dict, X: np.ndarray) -> np.ndarray:
    left, right = np.asarray(tree["left"]), np.asarray(tree["right"])
    feat, thr, val = np.asarray(tree["feature"]), np.asarray(tree["threshold"]), np.asarray(tree["value"])
    X = np.asarray(X, np.float32).astype(np.float64)  # scikit-learn's trees compare float32 features
    node = np.zeros(len(X), int)
    for _ in range(64):
        leaf = left[node] < 0
        if leaf.all():
            break
        go_left = X[np.arange(len(X)), np.maximum(feat[node], 0)] <= thr[node]
        nxt = np.where(go_left, left[node], right[node])
        node = np.where(leaf, node, nxt)
    return val[node]


def predict(model: dict, X: np.ndarray) -> np.ndarray:
    """P(positive) of each row of ``X`` by a model exported by ``training/screenshot_verifier_train.py``.

    Parameters
    ----------
    model : dict
        ``{"kind": "gbt", "init": float, "learning_rate": float, "trees": [...]}`` (log-odds sum of
        regression trees, scikit-learn's GradientBoostingClassifier) or ``{"kind": "logistic",
        "mean": [...], "scale": [...], "coef": [...], "intercept": float}``.
    X : (n, len(FEATURES)) float array

    Returns
    -------
    (n,) float64 array in [0, 1]
    """
    X = np.asarray(X, float)
    if len(X) == 0:
        return np.zeros(0)
    if model["kind"] == "logistic":
        z = ((X - np.asarray(model["mean"])) / np.asarray(model["scale"])) @ np.asarray(model["coef"]) + model["intercept"]
    elif model["kind"] == "gbt":
        z = np.full(len(X), float(model["init"]))
        for tree in model["trees"]:
            z += model["learning_rate"] * _tree_value(tree, X)
    else:
        raise ValueError(f"unknown verifier model kind {model['kind']!r}")
    return 1.0 / (1.0 + np.exp(-z))


_LOADED: dict = {}


def _arrays(model: Optional[dict]) -> Optional[dict]:
    """``model`` with its trees' lists as NumPy arrays (read once: a list per call costs more than the trees)."""
    if not model or model.get("kind") != "gbt":
        return model
    trees = [{k: np.asarray(v, np.float64 if k in ("threshold", "value") else np.int64) for k, v in t.items()}
             for t in model["trees"]]
    return {**model, "trees": trees}


def load() -> Optional[dict]:
    """The shipped models (``{"tile": model, "tile_threshold": float, "whole": model or None,
    "whole_threshold": float, ...}``, each model as :func:`predict` takes it), or None when none is
    shipped. Read once per process."""
    if "params" not in _LOADED:
        try:
            from viralml_desktop.core.thumbnails._tile_verifier_params import PARAMS
        except ImportError:
            _LOADED["params"] = None
        else:
            _LOADED["params"] = {**PARAMS, "tile": _arrays(PARAMS.get("tile")), "whole": _arrays(PARAMS.get("whole"))}
    return _LOADED["params"]


def whole_features(X: np.ndarray, partial_rule: Sequence[bool]) -> np.ndarray:
    """The whole/partial model's input: :func:`features`' rows and the rule's answer
    (``screenshot.partial_tiles``) as a last column; (n, len(FEATURES) + 1) float64 array."""
    X = np.asarray(X, float).reshape(-1, len(FEATURES))
    return np.hstack([X, np.asarray(partial_rule, float).reshape(-1, 1)])


def keep(params: Optional[dict], X: np.ndarray) -> list[bool]:
    """Which boxes the verifier takes for feed tiles (all of them when no model is shipped).

    Parameters
    ----------
    params : dict or None
        :func:`load`'s answer.
    X : (n, len(FEATURES)) float array
        :func:`features`' rows.

    Returns
    -------
    list of bool, length n
    """
    X = np.asarray(X, float).reshape(-1, len(FEATURES))
    if not params or not params.get("tile"):
        return [True] * len(X)
    return [bool(p >= params["tile_threshold"]) for p in predict(params["tile"], X)]


def partial(params: Optional[dict], X: np.ndarray, partial_rule: Sequence[bool]) -> list[bool]:
    """Which tiles are cut off (by the screen's edge or a bar): the whole/partial model's answer when one
    is shipped, else the rule's (``partial_rule``, from ``screenshot.partial_tiles``)."""
    if not params or not params.get("whole") or len(partial_rule) == 0:
        return [bool(v) for v in partial_rule]
    p = predict(params["whole"], whole_features(X, partial_rule))
    return [bool(v >= params.get("whole_threshold", 0.5)) for v in p]
