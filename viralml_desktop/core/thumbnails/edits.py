"""Candidate edits of a thumbnail (OpenCV), each re-measured and re-scored.

An edit is kept only when its re-score is higher than the original's, and it is described
with its measured size ("Increase contrast by 15%" is the +15 % edit that raised the score).
The kept edits are then chained greedily (each one kept only if it raises the score of the
chain so far) to make the improved image shown in the before/after preview.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Callable, Optional

import cv2
import numpy as np

from viralml_desktop.core.thumbnails.features import ThumbnailFeatures, analyze
from viralml_desktop.core.vision.text import TextBox, text_mask
from viralml_desktop.core.progress import ProgressLike

_MIN_GAIN = 0.01  # on the 0–10 scale; smaller changes are not worth an edit
_MAX_LISTED = 5  # edits checked from scratch and listed (best kinds of the fast pass)


@dataclass(frozen=True)
class Edit:
    """One edit: its kind (contrast, saturation, brightness, warmth, sharpen, zoom_face,
    text_outline, text_shadow) and its amount (a fraction, levels or a zoom factor)."""
    kind: str
    amount: float

    def label(self) -> str:
        """The edit in words, with its measured size ("Increase contrast by 15%")."""
        a = self.amount
        pct = f"{abs(a) * 100:.0f}%"
        return {
            "contrast": f"{'Increase' if a > 0 else 'Decrease'} contrast by {pct}",
            "saturation": f"{'Increase' if a > 0 else 'Decrease'} colour saturation by {pct}",
            "brightness": f"{'Brighten' if a > 0 else 'Darken'} the image by {pct}",
            "warmth": (f"Use a {'warmer' if a > 0 else 'cooler'} colour temperature "
                       f"(red {'+' if a > 0 else '−'}{abs(a):.0f}, blue {'−' if a > 0 else '+'}{abs(a):.0f} levels)"),
            "sharpen": f"Sharpen (unsharp mask, amount {a:.1f})",
            "zoom_face": f"Crop {a:.1f}× tighter toward the largest face (text kept whole)",
            "text_outline": f"Add a contrasting outline around the text ({pct} of the letter height)",
            "text_shadow": f"Add a drop shadow behind the text (offset {pct} of the letter height)",
        }[self.kind]

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class State:
    """An image being edited and the geometry the edits need (faces, text boxes), in its pixels."""
    bgr: np.ndarray
    boxes: list[TextBox]
    faces: list[dict]
    faces_found_here: bool = True  # the detector's boxes for this geometry (False once cropped)


def _candidates(feats: ThumbnailFeatures) -> list[Edit]:
    out = [Edit("contrast", 0.15), Edit("contrast", 0.30), Edit("contrast", -0.15),
           Edit("saturation", 0.30),
           Edit("brightness", 0.15), Edit("brightness", -0.15),
           Edit("warmth", 12.0), Edit("warmth", -12.0),
           Edit("sharpen", 0.8)]
    if feats.measures.get("faces"):
        out += [Edit("zoom_face", 1.2), Edit("zoom_face", 1.4)]
    if feats.text_boxes:
        out += [Edit("text_outline", 0.10), Edit("text_shadow", 0.08)]
    return out


def _clip(x: np.ndarray) -> np.ndarray:
    return np.clip(x, 0, 255).astype(np.uint8)


def _text_paint(bgr: np.ndarray, boxes: list[TextBox], fraction: float, shadow: bool) -> np.ndarray:
    """Outline (or drop shadow) each box's letters, ``fraction`` of the box height thick."""
    out = bgr.copy()
    for b in boxes:
        letters, _ = text_mask(bgr, b)
        if letters.sum() < 4:
            continue
        width = max(2, int(round((b.y1 - b.y0) * fraction)))
        pad = width * 2
        y0, y1 = max(0, b.y0 - pad), min(bgr.shape[0], b.y1 + pad)
        x0, x1 = max(0, b.x0 - pad), min(bgr.shape[1], b.x1 + pad)
        m = np.zeros((y1 - y0, x1 - x0), np.uint8)
        m[b.y0 - y0:b.y1 - y0, b.x0 - x0:b.x1 - x0] = letters.astype(np.uint8)
        region = out[y0:y1, x0:x1]
        lum = float(cv2.cvtColor(bgr[b.y0:b.y1, b.x0:b.x1], cv2.COLOR_BGR2GRAY)[letters].mean())
        ink = np.array((0, 0, 0) if lum >= 110 else (255, 255, 255), np.float32)
        if shadow:
            M = np.float32([[1, 0, width], [0, 1, width]])
            ring = cv2.warpAffine(m, M, (m.shape[1], m.shape[0])).astype(bool) & ~m.astype(bool)
            region[ring] = _clip(0.2 * region[ring].astype(np.float32) + 0.8 * ink)
        else:
            k = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (2 * width + 1, 2 * width + 1))
            ring = cv2.dilate(m, k).astype(bool) & ~m.astype(bool)
            region[ring] = ink.astype(np.uint8)
    return out


def _zoom(state: State, z: float) -> State:
    h, w = state.bgr.shape[:2]
    f = max(state.faces, key=lambda d: d["w"] * d["h"])
    cx, cy = f["x"] + f["w"] / 2.0, f["y"] + f["h"] / 2.0
    cw, ch = w / z, h / z
    x0 = float(np.clip(cx - cw / 2, 0, w - cw))
    y0 = float(np.clip(cy - ch / 2, 0, h - ch))
    M = np.float32([[z, 0, -x0 * z], [0, z, -y0 * z]])
    img = cv2.warpAffine(state.bgr, M, (w, h), flags=cv2.INTER_CUBIC, borderMode=cv2.BORDER_REPLICATE)

    def tx(x0_, y0_, x1_, y1_):
        return ((x0_ - x0) * z, (y0_ - y0) * z, (x1_ - x0) * z, (y1_ - y0) * z)

    boxes = []
    for b in state.boxes:
        a0, b0, a1, b1 = tx(b.x0, b.y0, b.x1, b.y1)
        if a0 < -1 or b0 < -1 or a1 > w + 1 or b1 > h + 1:
            return state  # this crop would cut the text: not a candidate
        boxes.append(TextBox(int(max(0, a0)), int(max(0, b0)), int(min(w, np.ceil(a1))), int(min(h, np.ceil(b1))),
                             b.text, b.score))
    faces = []
    for d in state.faces:
        a0, b0, a1, b1 = tx(d["x"], d["y"], d["x"] + d["w"], d["y"] + d["h"])
        faces.append({**d, "x": int(a0), "y": int(b0), "w": int(a1 - a0), "h": int(b1 - b0)})
    return State(img, boxes, faces, faces_found_here=False)


def _same_geometry(state: State, img: np.ndarray) -> State:
    return State(img, state.boxes, state.faces, state.faces_found_here)


def apply(state: State, edit: Edit) -> State:
    """The image after one edit, with its geometry carried along."""
    img = state.bgr
    a = edit.amount
    if edit.kind == "contrast":
        f = img.astype(np.float32)
        mean = float(cv2.cvtColor(img, cv2.COLOR_BGR2GRAY).mean())
        return _same_geometry(state, _clip((f - mean) * (1 + a) + mean))
    if edit.kind == "saturation":
        hsv = cv2.cvtColor(img, cv2.COLOR_BGR2HSV).astype(np.float32)
        hsv[:, :, 1] *= 1 + a
        return _same_geometry(state, cv2.cvtColor(_clip(hsv), cv2.COLOR_HSV2BGR))
    if edit.kind == "brightness":
        return _same_geometry(state, _clip(img.astype(np.float32) * (1 + a)))
    if edit.kind == "warmth":
        f = img.astype(np.float32)
        f[:, :, 2] += a
        f[:, :, 0] -= a
        return _same_geometry(state, _clip(f))
    if edit.kind == "sharpen":
        sigma = max(1.0, max(img.shape[:2]) / 640.0)
        blur = cv2.GaussianBlur(img, (0, 0), sigma)
        return _same_geometry(state, cv2.addWeighted(img, 1 + a, blur, -a, 0))
    if edit.kind == "zoom_face":
        return _zoom(state, a) if state.faces else state
    if edit.kind in ("text_outline", "text_shadow"):
        return _same_geometry(state, _text_paint(img, state.boxes, a, edit.kind == "text_shadow"))
    raise ValueError(f"unknown edit {edit.kind}")


def initial_state(bgr: np.ndarray, feats: ThumbnailFeatures) -> State:
    """The unedited image with the text and face boxes measured on it."""
    return State(bgr, list(feats.text_boxes), list(feats.measures.get("faces") or []))


def _rescore(state: State, objects: dict, score_fn: Callable[[ThumbnailFeatures], float],
            reuse_text: bool = True) -> float:
    """Score of an edited image. ``reuse_text`` keeps the text boxes already found (their pixels
    are measured again) and, while the geometry is the original's, the face boxes: a fast first
    pass (a photometric edit moves neither, and the Haar search runs on an equalised histogram).
    False reads the text and looks for faces again from scratch, as a fresh scoring of the saved
    image would."""
    if not reuse_text:
        return score_fn(analyze(state.bgr, objects=objects))
    return score_fn(analyze(state.bgr, text_boxes=state.boxes, objects=objects,
                            faces=state.faces if state.faces_found_here else None))


def render(bgr: np.ndarray, feats: ThumbnailFeatures, edits: list[Edit]) -> np.ndarray:
    """Replay a list of edits on the original image (the 'after' of the preview)."""
    state = initial_state(bgr, feats)
    for e in edits:
        state = apply(state, e)
    return state.bgr


def search(bgr: np.ndarray, feats: ThumbnailFeatures, score_fn: Callable[[ThumbnailFeatures], float],
           progress: Optional[ProgressLike] = None) -> dict:
    """Try every candidate edit, keep those whose re-score is higher, best first, then chain them.

    A fast pass re-scores every candidate reusing the text boxes (their pixels measured again) and,
    for the edits that keep the geometry, the face boxes.
    The best ``_MAX_LISTED`` (5) kinds are then re-scored from scratch (text read again) and listed
    only if that score is still higher, so a listed gain is what scoring the edited image gives.
    The chain is built with the fast pass and its final image scored from scratch too; if it
    does not beat the best single edit, the chain is that edit alone. Returns ``{"base",
    "improvements", "chain", "chain_score", "image"}``. Each improvement is also handed to
    ``progress.partial`` (``{"kind": "thumbnail_improvement", ...}``) as soon as its re-score
    from scratch confirms it.
    """
    base = score_fn(feats)
    start = initial_state(bgr, feats)
    cands = _candidates(feats)
    steps = len(cands) + _MAX_LISTED + 3

    def tick(i, msg):
        if progress is not None:
            progress.update(min(1.0, i / steps), msg)

    screened: dict[str, tuple[float, Edit]] = {}
    for i, e in enumerate(cands):
        tick(i, f"trying: {e.label()}")
        gain = _rescore(apply(start, e), feats.objects, score_fn) - base
        if gain > _MIN_GAIN and gain > screened.get(e.kind, (-1.0, e))[0]:
            screened[e.kind] = (gain, e)
    kept = []
    for j, (_, e) in enumerate(sorted(screened.values(), key=lambda x: -x[0])[:_MAX_LISTED]):
        tick(len(cands) + j, f"checking: {e.label()}")
        s = _rescore(apply(start, e), feats.objects, score_fn, reuse_text=False)
        if s - base > _MIN_GAIN:
            kept.append({"edit": e.to_dict(), "label": e.label(), "score_before": round(base, 3),
                         "score_after": round(s, 3), "gain": round(s - base, 3)})
            if progress is not None:  # verified: a front shows it now, not after the whole search
                progress.partial({"kind": "thumbnail_improvement", **kept[-1]})
    kept.sort(key=lambda d: -d["gain"])
    if not kept:
        return {"base": round(base, 3), "improvements": [], "chain": [], "chain_score": round(base, 3), "image": None}
    tick(len(cands) + _MAX_LISTED, "combining the edits")
    first = Edit(**kept[0]["edit"])
    chain, state = [first], apply(start, first)
    current = _rescore(state, feats.objects, score_fn)
    for d in kept[1:]:
        nxt = apply(state, Edit(**d["edit"]))
        s = _rescore(nxt, feats.objects, score_fn)
        if s - current > _MIN_GAIN:
            chain.append(Edit(**d["edit"]))
            state, current = nxt, s
    final = kept[0]["score_after"]
    if len(chain) > 1:
        tick(len(cands) + _MAX_LISTED + 2, "checking the combined image")
        fresh = _rescore(state, feats.objects, score_fn, reuse_text=False)
        if fresh - final > _MIN_GAIN:
            final = fresh
        else:
            chain, state = [first], apply(start, first)
    return {"base": round(base, 3), "improvements": kept, "chain": [e.to_dict() for e in chain],
            "chain_score": round(final, 3), "image": state.bgr}


def edits_from(dicts: Optional[list[dict]]) -> list[Edit]:
    """Edits from their ``{"kind", "amount"}`` dicts (a response's ``improved.edits``)."""
    return [Edit(str(d["kind"]), float(d["amount"])) for d in dicts or []]
