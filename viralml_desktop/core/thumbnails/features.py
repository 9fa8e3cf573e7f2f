"""Measurements of a thumbnail: the fast image measures (:mod:`..vision.measures`), text read
by OCR with the WCAG contrast of each text box and legibility at phone size
(:mod:`..vision.text`), and people/objects when YOLO weights are present. Every value is a
measurement of the input.
"""
from __future__ import annotations

import logging
import threading
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
    """Every measurement of one image that the thumbnail rules and the channel model read.

    Attributes
    ----------
    measures : dict
        ``ImageMeasures.to_dict()`` (:mod:`viralml_desktop.core.vision.measures`): width and
        height (pixels), brightness, contrast, saturation, colourfulness, sharpness, clutter,
        warmth, faces and the rule-of-thirds distance.
    text_boxes : list of TextBox
        The text read by OCR, in the image's pixels, each with its WCAG contrast ratio and
        what was still read at phone size.
    text_share : float
        Share of the image area covered by text boxes, 0–1.
    word_count : int
        Number of words read.
    words : list of str
        The words read, lower-case (accents kept).
    min_contrast_ratio : float or None
        WCAG contrast ratio (1–21) of the weakest text box; None without text.
    phone_legibility : float or None
        Share of the text (in letters) still read at 168×94 pixels, 0–1; None without text.
    objects : dict
        People and objects found by YOLO (``available``, ``person_count``,
        ``largest_person_share``, ``object_count``, ``objects``), or ``available: False`` and
        the ``reason`` when YOLO weights are not installed.
    """
    measures: dict
    text_boxes: list[TextBox] = field(default_factory=list)
    text_share: float = 0.0  # share of the image area covered by text boxes
    word_count: int = 0
    words: list[str] = field(default_factory=list)
    min_contrast_ratio: Optional[float] = None  # the weakest text box (None: no text)
    phone_legibility: Optional[float] = None  # share of letters still read at 168x94 (None: no text)
    objects: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        """Plain values (the text boxes as dicts): what the cache and the response hold."""
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict) -> "ThumbnailFeatures":
        """The features back from :meth:`to_dict`'s form."""
        d = dict(d)
        d["text_boxes"] = [TextBox(**b) for b in d.get("text_boxes", [])]
        return cls(**d)


# -- people and objects (YOLO, only with real weights) --------------------------

def yolo_ready() -> bool:
    """Whether YOLO weights are loaded or installed (part of the feature cache key)."""
    reg = registry.default_registry()
    return "yolo" in reg.loaded() or reg.is_available("yolo")


def _detect_objects(bgr: np.ndarray) -> dict:
    """People and objects with YOLO; without weights the feature is absent and says why."""
    if not yolo_ready():
        return {"available": False,
                "reason": "no YOLO weights installed (people/objects not measured; see the ML health tab)"}
    try:
        model = registry.get("yolo")
        conf = config.get().ml_core.models.yolo.confidence_threshold
        with image_measures.YOLO_LOCK:
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

#: Measure the picture and its faces in a thread beside the OCR (True), or one after the other (False:
#: the path before session 12, the baseline of bench/screenshot_table_speed.py). Same values either way.
PARALLEL_MEASURES = True


class _Side:
    """``fn(*args)`` run in a thread of its own; :meth:`result` waits for it: (value, seconds), or
    raises what it raised."""

    def __init__(self, fn, *args) -> None:
        import time

        self._out: dict = {}

        def work():
            t = time.perf_counter()
            try:
                self._out["value"] = fn(*args)
            except BaseException as e:  # handed to the caller by result()
                self._out["error"] = e
            self._out["seconds"] = time.perf_counter() - t

        self._thread = threading.Thread(target=work, name="thumbnail-measures", daemon=True)
        self._thread.start()

    def join(self) -> None:
        self._thread.join()

    def result(self):
        self._thread.join()
        if "error" in self._out:
            raise self._out["error"]
        return self._out["value"], self._out["seconds"]


#: Leave a video's duration badge out of the thumbnail's text (True), or keep it as read (False: the path
#: before session 16, the baseline of bench/screenshot_table_speed.py). See
#: :func:`viralml_desktop.core.vision.text.is_duration_badge`.
DROP_DURATION_BADGE = True


def finish_text(bgr: np.ndarray, feats: ThumbnailFeatures) -> None:
    """Text measures that depend on the pixels: contrast per box and phone-size legibility
    (``feats`` is filled in place)."""
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
    """Measure one image: picture measures, faces, text and people/objects.

    Parameters
    ----------
    bgr : (H, W, 3) uint8 array, BGR
        The image, in its own size.
    text_boxes : list of TextBox, optional
        Text boxes already found in this image's geometry (an edit that moves no text):
        text detection is skipped, but their contrast and phone-size legibility (the OCR
        recogniser on the shrunk image) are measured again on these pixels. An empty list
        means "no text" and runs no OCR at all.
    objects : dict, optional
        People/objects to use instead of running YOLO (an edit does not change them).
    timings : dict, optional
        Receives the seconds spent per stage, added to what it holds: ``measures_and_faces``,
        ``ocr``, ``text_measures``, ``objects``. When the cascade and the OCR both run,
        ``measures_and_faces`` ran in a thread beside ``ocr`` and ``text_measures``
        (:data:`PARALLEL_MEASURES`), so the stages add up to more than the call took.
    faces : list of dict, optional
        Face boxes already found in this geometry (``ImageMeasures.faces`` as dicts, image
        pixels), used instead of the Haar cascade.

    Returns
    -------
    ThumbnailFeatures
        Every field filled; ``objects`` says why it is absent when YOLO did not run.

    Raises
    ------
    ValueError
        ``bgr`` is not an (H, W, 3) array.
    ModelUnavailable
        The OCR engine or the Haar cascade cannot be loaded (YOLO failing to load is reported
        in ``objects`` instead).

    Notes
    -----
    The measures and their published sources are listed in models/thumbnail/MODEL_CARD.md:
    :func:`viralml_desktop.core.vision.measures.measure` for the picture and faces,
    :mod:`viralml_desktop.core.vision.text` for OCR (rapidocr, PP-OCR models), the WCAG 2.x
    contrast ratio and the 168×94 phone-size reading (a video's duration badge read in the
    bottom-right corner is left out of the text:
    :func:`viralml_desktop.core.vision.text.is_duration_badge`), and ultralytics YOLO (only with real
    weights; confidence threshold from ``ml_core.models.yolo.confidence_threshold``).
    """
    import time

    t0 = time.perf_counter()
    side = None
    if PARALLEL_MEASURES and faces is None and (text_boxes is None or text_boxes):
        # the picture measures and the Haar cascade (OpenCV, no GIL) beside the OCR (onnxruntime, no GIL)
        side = _Side(image_measures.measure, bgr)
    try:
        m = None if side else image_measures.measure(bgr, known_faces=faces)
        t1 = time.perf_counter()
        if text_boxes is None:  # a duration badge is not the creator's text (nor read again at phone size)
            boxes = read_text(bgr, drop_duration_badge=DROP_DURATION_BADGE)
        else:
            boxes = [TextBox(**{**asdict(b), "read_at_phone_size": ""}) for b in text_boxes]
        t2 = time.perf_counter()
        feats = ThumbnailFeatures(measures={}, text_boxes=boxes)
        finish_text(bgr, feats)
        t3 = time.perf_counter()
    except BaseException:
        if side:
            side.join()  # the OCR failed: the measures' own outcome is not wanted
        raise
    measure_s = t1 - t0
    if side:
        m, measure_s = side.result()
    feats.measures = m.to_dict()
    feats.objects = _detect_objects(bgr) if objects is None else objects
    if timings is not None:
        timings["measures_and_faces"] = timings.get("measures_and_faces", 0.0) + measure_s
        timings["ocr"] = timings.get("ocr", 0.0) + (t2 - t1)
        timings["text_measures"] = timings.get("text_measures", 0.0) + (t3 - t2)
        timings["objects"] = timings.get("objects", 0.0) + (time.perf_counter() - t3)
    return feats
