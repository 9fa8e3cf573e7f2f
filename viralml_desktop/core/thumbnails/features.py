"""Measurements of a thumbnail: the fast image measures (:mod:`..vision.measures`), text read
by OCR with the WCAG contrast of each text box and legibility at phone size
(:mod:`..vision.text`), and people/objects when YOLO weights are present. Every value is a
measurement of the input.
"""
from __future__ import annotations

import logging
from dataclasses import asdict, dataclass, field
from typing import Optional

import numpy as np

from viralml_desktop.core import config, registry
from viralml_desktop.core.vision import measures as image_measures
from viralml_desktop.core.vision.text import (TextBox, read_at_phone_size, read_text, text_area_share,
                                              text_contrast_ratio, words_of)
from viralml_desktop.core.errors import ModelUnavailable

log = logging.getLogger(__name__)

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


def analyze(bgr: np.ndarray, text_boxes: Optional[list[TextBox]] = None, objects: Optional[dict] = None,
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
