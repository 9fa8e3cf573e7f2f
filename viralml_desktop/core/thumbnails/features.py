"""Measurements of a thumbnail: the fast image measures, text read by OCR, the WCAG contrast
of each text box against what surrounds it, legibility at phone size, and people/objects
when YOLO weights are present. Every value is a measurement of the input.

The OCR engine (rapidocr 3.x, PP-OCR ONNX models inside the wheel) is declared in the model
registry as ``ocr`` and loaded on first use, off the UI thread.
"""
from __future__ import annotations

import difflib
import logging
import re
import threading
import unicodedata
from dataclasses import asdict, dataclass, field
from typing import Optional

import cv2
import numpy as np

from viralml_desktop.core import config, registry
from viralml_desktop.core.vision import measures as image_measures
from viralml_desktop.core.errors import ModelUnavailable
from viralml_desktop.core.registry import ModelSpec

log = logging.getLogger(__name__)

OCR_LONG_SIDE = 1280  # OCR runs on a copy no larger than this (the detector works at <= 960)
PHONE_SIZE = (168, 94)  # a YouTube sidebar thumbnail, in pixels
PHONE_READ_UPSCALE = 4  # the tiny crop is enlarged (no new detail) to the recogniser's input height
OCR_MIN_SCORE = 0.7
PHONE_READ_SIMILARITY = 0.8  # a box counts as still read when its letters match this closely


def _load_ocr(path, device):
    from rapidocr import RapidOCR

    # limit_type max: large images are shrunk to 960 px for detection, small ones are not blown up.
    # One onnxruntime thread: on a 640×360 frame two took the same ~110 ms but twice the CPU
    # (the second thread mostly spins), which the stages running beside OCR need.
    return RapidOCR(params={"Global.log_level": "error", "Global.use_cls": False,
                            "Det.limit_type": "max", "Det.limit_side_len": 960,
                            "EngineConfig.onnxruntime.intra_op_num_threads": 1})


registry.register(ModelSpec(
    name="ocr",
    loader=_load_ocr,
    needs_file=False,
    licence="Apache-2.0 (RapidOCR; PaddleOCR PP-OCR det/rec ONNX models shipped in the rapidocr wheel)",
    description="text in images (rapidocr PP-OCR, reads Spanish accents)",
))

_ocr_lock = threading.Lock()  # RapidOCR keeps per-call flags on the engine: one call at a time


@dataclass
class TextBox:
    x0: int
    y0: int
    x1: int
    y1: int
    text: str
    score: float
    contrast_ratio: float = 0.0  # WCAG ratio of the letters against the pixels around them
    read_at_phone_size: str = ""

    @property
    def area(self) -> int:
        return max(0, self.x1 - self.x0) * max(0, self.y1 - self.y0)


@dataclass
class ThumbnailFeatures:
    measures: dict
    text_boxes: list[TextBox] = field(default_factory=list)
    text_share: float = 0.0  # share of the image area covered by text boxes
    word_count: int = 0
    words: list[str] = field(default_factory=list)
    min_contrast_ratio: Optional[float] = None  # the weakest text box (None: no text)
    phone_legibility: Optional[float] = None  # share of words still read at 168x94 (None: no text)
    objects: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict) -> "ThumbnailFeatures":
        d = dict(d)
        d["text_boxes"] = [TextBox(**b) for b in d.get("text_boxes", [])]
        return cls(**d)


# -- text ---------------------------------------------------------------------

def words_of(text: str) -> list[str]:
    """Lower-case words without accents' case differences (accents kept: 'canción' stays)."""
    return [w for w in re.findall(r"\w+", unicodedata.normalize("NFC", text).lower()) if w]


def latin_text(text: str) -> bool:
    """At least two letters or digits, most of them Latin script (Spanish/English thumbnails);
    the PP-OCR model also knows Chinese and sometimes reads texture as a few CJK glyphs."""
    chars = [c for c in text if c.isalnum()]
    if len(chars) < 2:
        return False
    latin = sum(1 for c in chars if c.isdigit() or "LATIN" in unicodedata.name(c, ""))
    return latin >= 0.6 * len(chars)


def _letters(text: str) -> str:
    return "".join(words_of(text))


def _ocr(img: np.ndarray):
    """Detect and read. RapidOCR remembers per-call flags on the engine, so every call sets them all."""
    engine = registry.get("ocr")
    with _ocr_lock:
        return engine(img, use_det=True, use_cls=False, use_rec=True)


def read_text(bgr: np.ndarray) -> list[TextBox]:
    """Text boxes (axis-aligned, in the image's pixels) with the words read in each."""
    h, w = bgr.shape[:2]
    small = image_measures.resize_long_side(bgr, OCR_LONG_SIDE)
    s = w / float(small.shape[1])
    out = _ocr(small)
    if out is None or out.boxes is None or out.txts is None:
        return []
    boxes = []
    for quad, txt, score in zip(out.boxes, out.txts, out.scores):
        txt = str(txt).strip()
        if float(score) < OCR_MIN_SCORE or not latin_text(txt):
            continue
        q = np.asarray(quad, dtype=np.float64) * s
        x0, y0 = np.floor(q.min(axis=0)).astype(int)
        x1, y1 = np.ceil(q.max(axis=0)).astype(int)
        x0, y0, x1, y1 = max(0, x0), max(0, y0), min(w, x1), min(h, y1)
        if x1 - x0 >= 2 and y1 - y0 >= 2:
            boxes.append(TextBox(int(x0), int(y0), int(x1), int(y1), txt, round(float(score), 4)))
    return boxes


def _linear_luminance(bgr_pixels: np.ndarray) -> np.ndarray:
    """WCAG 2.x relative luminance of sRGB pixels (N×3 BGR uint8)."""
    c = bgr_pixels.astype(np.float64) / 255.0
    lin = np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)
    return 0.0722 * lin[:, 0] + 0.7152 * lin[:, 1] + 0.2126 * lin[:, 2]


def wcag_ratio(l1: float, l2: float) -> float:
    hi, lo = max(l1, l2), min(l1, l2)
    return (hi + 0.05) / (lo + 0.05)


def text_mask(bgr: np.ndarray, box: TextBox) -> tuple[np.ndarray, int]:
    """The letters inside a box (Otsu split; the class that owns the box border is the
    background) and the width of the ring that surrounds them."""
    crop = bgr[box.y0:box.y1, box.x0:box.x1]
    grey = cv2.cvtColor(crop, cv2.COLOR_BGR2GRAY)
    _, binary = cv2.threshold(grey, 0, 1, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    border = np.concatenate([binary[0], binary[-1], binary[:, 0], binary[:, -1]])
    letters = binary == 0 if border.mean() > 0.5 else binary == 1
    ring = max(2, int(round((box.y1 - box.y0) * 0.08)))
    return letters, ring


def text_contrast_ratio(bgr: np.ndarray, box: TextBox) -> float:
    """WCAG contrast ratio between the letters' median luminance and that of the pixels in a
    thin ring around them (what the eye separates the letters from)."""
    letters, ring = text_mask(bgr, box)
    if letters.sum() < 4:
        return 1.0
    k = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (2 * ring + 1, 2 * ring + 1))
    around = cv2.dilate(letters.astype(np.uint8), k).astype(bool) & ~letters
    if around.sum() < 4:
        return 1.0
    crop = bgr[box.y0:box.y1, box.x0:box.x1]
    lt = float(np.median(_linear_luminance(crop[letters])))
    la = float(np.median(_linear_luminance(crop[around])))
    return round(wcag_ratio(lt, la), 3)


def phone_view(bgr: np.ndarray) -> tuple[np.ndarray, float]:
    """The image as shown at 168×94 (fitted inside, aspect kept) and the scale used."""
    h, w = bgr.shape[:2]
    s = min(PHONE_SIZE[0] / w, PHONE_SIZE[1] / h)
    small = cv2.resize(bgr, (max(1, round(w * s)), max(1, round(h * s))), interpolation=cv2.INTER_AREA)
    return small, s


def _recognise(crops: list[np.ndarray]) -> list[str]:
    """Text of each crop (no detection), all crops in one batched recogniser call."""
    if not crops:
        return []
    engine = registry.get("ocr")
    with _ocr_lock:
        out = engine.recognize_txt(crops)
    return [str(t) for t in (out.txts or ())]


def read_at_phone_size(bgr: np.ndarray, boxes: list[TextBox]) -> Optional[float]:
    """Shrink to 168×94, read each text box again; return the share of the text (in letters)
    whose box still reads the same (>= 80 % similar, spaces ignored)."""
    boxes = [b for b in boxes if _letters(b.text)]
    if not boxes:
        return None
    small, s = phone_view(bgr)
    crops, readable = [], []
    for b in boxes:
        x0, y0 = max(0, int(b.x0 * s) - 1), max(0, int(b.y0 * s) - 1)
        x1, y1 = min(small.shape[1], int(np.ceil(b.x1 * s)) + 1), min(small.shape[0], int(np.ceil(b.y1 * s)) + 1)
        if x1 - x0 >= 2 and y1 - y0 >= 2:
            crops.append(cv2.resize(small[y0:y1, x0:x1], None, fx=PHONE_READ_UPSCALE, fy=PHONE_READ_UPSCALE,
                                    interpolation=cv2.INTER_CUBIC))
            readable.append(b)
    for b, txt in zip(readable, _recognise(crops)):
        b.read_at_phone_size = txt
    total = hit = 0
    for b in boxes:
        want = _letters(b.text)
        total += len(want)
        if difflib.SequenceMatcher(None, want, _letters(b.read_at_phone_size)).ratio() >= PHONE_READ_SIMILARITY:
            hit += len(want)
    return round(hit / total, 4) if total else None


def text_area_share(boxes: list[TextBox], w: int, h: int) -> float:
    if not boxes:
        return 0.0
    mask = np.zeros((h, w), dtype=np.uint8)
    for b in boxes:
        mask[b.y0:b.y1, b.x0:b.x1] = 1
    return float(mask.mean())


# -- people and objects (YOLO, only with real weights) --------------------------

def yolo_ready() -> bool:
    reg = registry.default_registry()
    return "yolo" in reg.loaded() or reg.is_available("yolo")


def detect_objects(bgr: np.ndarray) -> dict:
    """People and objects with YOLO; without weights the feature is absent and says why."""
    if not yolo_ready():
        return {"available": False,
                "reason": "no YOLO weights installed (people/objects not measured; see the ML health tab)"}
    try:
        model = registry.get("yolo")
        conf = config.get().ml_core.models.yolo.confidence_threshold
        res = model.predict(bgr, imgsz=640, conf=conf, verbose=False)[0]
    except ModelUnavailable as e:
        return {"available": False, "reason": str(e)}
    h, w = bgr.shape[:2]
    names = res.names
    xyxy = res.boxes.xyxy.cpu().numpy() if len(res.boxes) else np.zeros((0, 4))
    cls = res.boxes.cls.cpu().numpy().astype(int) if len(res.boxes) else np.zeros(0, int)
    confs = res.boxes.conf.cpu().numpy() if len(res.boxes) else np.zeros(0)
    objs = [{"label": str(names.get(int(c), c)) if isinstance(names, dict) else str(names[int(c)]),
             "confidence": round(float(p), 3),
             "box": [int(v) for v in b],
             "share": round(float((b[2] - b[0]) * (b[3] - b[1]) / (w * h)), 4)}
            for b, c, p in zip(xyxy, cls, confs)]
    people = [o for o in objs if o["label"] == "person"]
    return {"available": True, "person_count": len(people),
            "largest_person_share": max((p["share"] for p in people), default=0.0),
            "object_count": len(objs) - len(people), "objects": objs}


# -- everything ---------------------------------------------------------------

def finish_text(bgr: np.ndarray, feats: ThumbnailFeatures) -> None:
    """Text measures that depend on the pixels: contrast per box and phone-size legibility."""
    h, w = bgr.shape[:2]
    for b in feats.text_boxes:
        b.contrast_ratio = text_contrast_ratio(bgr, b)
    feats.text_share = round(text_area_share(feats.text_boxes, w, h), 4)
    feats.words = [x for b in feats.text_boxes for x in words_of(b.text)]
    feats.word_count = len(feats.words)
    feats.min_contrast_ratio = min((b.contrast_ratio for b in feats.text_boxes), default=None)
    feats.phone_legibility = read_at_phone_size(bgr, feats.text_boxes)


def analyse(bgr: np.ndarray, text_boxes: Optional[list[TextBox]] = None, objects: Optional[dict] = None,
            timings: Optional[dict] = None, faces: Optional[list[dict]] = None) -> ThumbnailFeatures:
    """All measurements of one BGR image.

    ``text_boxes`` and ``faces`` let a caller reuse boxes already found (an edit that keeps the
    geometry); the text boxes' pixels are measured again here. ``timings`` (a dict) receives
    seconds per stage.
    """
    import time

    t0 = time.perf_counter()
    m = image_measures.measure(bgr, known_faces=faces)
    t1 = time.perf_counter()
    boxes = read_text(bgr) if text_boxes is None else [TextBox(**{**asdict(b), "read_at_phone_size": ""})
                                                       for b in text_boxes]
    t2 = time.perf_counter()
    feats = ThumbnailFeatures(measures=m.to_dict(), text_boxes=boxes)
    finish_text(bgr, feats)
    t3 = time.perf_counter()
    feats.objects = detect_objects(bgr) if objects is None else objects
    if timings is not None:
        timings["measures_and_faces"] = timings.get("measures_and_faces", 0.0) + (t1 - t0)
        timings["ocr"] = timings.get("ocr", 0.0) + (t2 - t1)
        timings["text_measures"] = timings.get("text_measures", 0.0) + (t3 - t2)
        timings["objects"] = timings.get("objects", 0.0) + (time.perf_counter() - t3)
    return feats
