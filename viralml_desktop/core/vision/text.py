"""Text in images: OCR (rapidocr 3.x, PP-OCR det/rec ONNX models inside the wheel), the WCAG
contrast ratio of each text box against the pixels around its letters, and legibility at phone
size. Shared by the thumbnail and the virality (text overlay) measures.

The OCR engine is the ``ocr`` entry of the model table, loaded on first use off the UI thread.
"""
from __future__ import annotations

import difflib
import logging
import re
import threading
import unicodedata
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Optional

import cv2
import numpy as np

from viralml_desktop.core import registry
from viralml_desktop.core.vision import measures as image_measures

log = logging.getLogger(__name__)

_OCR_LONG_SIDE = 1280  # OCR runs on a copy no larger than this (the detector works at <= 960)
_OCR_MIN_SIDE = 16  # a copy thinner than this holds no legible line (rapidocr took 1.2 GB on 1280×1)
_PHONE_SIZE = (168, 94)  # a YouTube sidebar thumbnail, in pixels
_PHONE_READ_UPSCALE = 4  # the tiny crop is enlarged (no new detail) to the recogniser's input height
_OCR_MIN_SCORE = 0.7
_PHONE_READ_SIMILARITY = 0.8  # a box counts as still read when its letters match this closely


def _load_ocr(path, device):
    from rapidocr import RapidOCR

    from viralml_desktop.core.offline import disable_onnxruntime_telemetry

    disable_onnxruntime_telemetry()

    # limit_type max: large images are shrunk to 960 px for detection, small ones are not blown up.
    # One onnxruntime thread: on a 640×360 frame two took the same ~110 ms but twice the CPU
    # (the second thread mostly spins), which the stages running beside OCR need.
    engine = RapidOCR(params={"Global.log_level": "error", "Global.use_cls": False,
                              "Det.limit_type": "max", "Det.limit_side_len": 960,
                              "EngineConfig.onnxruntime.intra_op_num_threads": 1})
    try:
        use_plain_settings(engine, PLAIN_SETTINGS)
    except AttributeError as e:  # another rapidocr release: its own settings objects still work, only slower
        log.warning("OCR: rapidocr's settings kept as they are (%s)", e)
    return engine


#: True: the OCR engine's text detector and recogniser read the settings they look up on every call from
#: plain Python values (:func:`use_plain_settings`); False: from rapidocr's omegaconf objects, as before
#: session 15 (the baseline of bench/screenshot_table_speed.py). The same boxes and text either way.
PLAIN_SETTINGS = True


class _Settings(dict):
    """A rapidocr model's top-level settings as a plain dict, also read as attributes (``cfg.lang_type``)."""

    def __getattr__(self, key):
        try:
            return self[key]
        except KeyError:
            raise AttributeError(key) from None


def use_plain_settings(engine, plain: bool = True) -> None:
    """Give the engine's detector and recogniser their per-call settings as plain values, or put back
    rapidocr's own (``plain`` False).

    Parameters
    ----------
    engine : rapidocr.RapidOCR
        The OCR engine; its detector and recogniser are loaded here if they are not yet.
    plain : bool
        True: plain lists and a dict; False: the omegaconf objects the models were built with.

    Notes
    -----
    rapidocr keeps its settings in omegaconf containers, whose every read walks omegaconf's node
    machinery: ~0.3 ms for ``cfg.lang_type``, ~1 ms to slice ``rec_image_shape`` or to turn the
    detector's ListConfig ``mean``/``std`` into arrays. The recogniser reads three of them per call
    and the detector builds its pre-processing from two per call: ~0.2 CPU-s of a 12-tile feed
    table's ~5.6 (cProfile, bench/screenshot_table_speed.py). The values are the same (the lists'
    numbers, the settings' leaves), so the same arrays reach the models. What is replaced: the
    recogniser's ``rec_image_shape`` and ``cfg`` (its top-level leaves; nested nodes stay omegaconf
    objects) and the detector's ``mean`` and ``std``; the engine's own ``cfg``, where
    :func:`_set_engine_options` writes per-call options, is left alone.
    """
    det, rec = engine._load_det_model(), engine._load_rec_model()
    saved = getattr(engine, "_viralml_omegaconf", None)
    if saved is None:
        saved = engine._viralml_omegaconf = {"det": (det.mean, det.std),
                                             "rec": (rec.rec_image_shape, rec.cfg)}
    if plain:
        det.mean, det.std = ([float(v) for v in x] if x is not None else None for x in saved["det"])
        rec.rec_image_shape = [int(v) for v in saved["rec"][0]]
        rec.cfg = _Settings({k: saved["rec"][1][k] for k in saved["rec"][1]})
    else:
        det.mean, det.std = saved["det"]
        rec.rec_image_shape, rec.cfg = saved["rec"]


class _EngineLock:
    """The OCR engine's lock: any number of calls that keep the engine's own options at once, or one
    call that changes them (RapidOCR keeps per-call options on the shared engine).

    A call with the engine's own options writes nothing on the engine and its det/rec models are
    onnxruntime sessions, which may run from several threads: two tiles' OCR, or a tile's OCR and a
    title's, run on two cores. A call with options of its own waits for the running calls to end and
    holds the others back until it has put the engine's values back; a waiting one goes first.
    """

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._readers = 0
        self._writer = False
        self._writers_waiting = 0

    @contextmanager
    def shared(self):
        """Held by a call that keeps the engine's options (others like it may run at once)."""
        with self._cond:
            while self._writer or self._writers_waiting:
                self._cond.wait()
            self._readers += 1
        try:
            yield
        finally:
            with self._cond:
                self._readers -= 1
                if not self._readers:
                    self._cond.notify_all()

    @contextmanager
    def exclusive(self):
        """Held by a call that changes the engine's options (alone)."""
        with self._cond:
            self._writers_waiting += 1
            try:
                while self._writer or self._readers:
                    self._cond.wait()
            finally:
                self._writers_waiting -= 1
            self._writer = True
        try:
            yield
        finally:
            with self._cond:
                self._writer = False
                self._cond.notify_all()


_ocr_lock = _EngineLock()
#: False: every OCR call takes the engine alone, one at a time, as before session 12 (the benchmark's
#: baseline in bench/screenshot_latency.py); True: calls with the engine's own options run at once.
SHARED_OCR_CALLS = True

#: The options one detect-and-read call may take (``RapidOCR.__call__``'s keywords) and the app's
#: default for the three steps; an option a call does not give is the engine's own (its config).
OCR_OPTIONS = ("use_det", "use_cls", "use_rec", "return_word_box", "return_single_char_box", "text_score",
               "box_thresh", "unclip_ratio")
_OCR_STEPS = {"use_det": True, "use_cls": False, "use_rec": True}
_DET_OPTIONS = ("box_thresh", "unclip_ratio")  # kept in the detector's config and post-processing


@dataclass
class TextBox:
    """A box of text read by OCR, axis-aligned, in the image's pixels.

    Attributes
    ----------
    x0, y0, x1, y1 : int
        Left, top, right and bottom edges, in pixels (``x1``, ``y1`` exclusive).
    text : str
        What was read.
    score : float
        The recogniser's confidence, 0–1.
    contrast_ratio : float
        WCAG contrast ratio of the letters against the pixels around them, 1–21
        (:func:`text_contrast_ratio`); 0.0 until measured.
    read_at_phone_size : str
        What was read again at phone size (:func:`read_at_phone_size`); empty until then.
    """
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
        """The box's area, in pixels."""
        return max(0, self.x1 - self.x0) * max(0, self.y1 - self.y0)


# -- text ---------------------------------------------------------------------

_DURATION = re.compile(r"\d{1,2}(?::\d{2}){1,2}")  # 2:55, 56:03, 1:02:03
_BADGE_RIGHT = 0.9  # a duration badge's box ends in the last 10 % of the image's width ...
_BADGE_BOTTOM = 0.85  # ... and in the last 15 % of its height


def _in_badge_corner(x1: float, y1: float, w: int, h: int) -> bool:
    return x1 >= _BADGE_RIGHT * w and y1 >= _BADGE_BOTTOM * h


def is_duration_badge(box: "TextBox", w: int, h: int) -> bool:
    """Whether a text box is a video's duration badge, painted by the platform over the thumbnail.

    Parameters
    ----------
    box : TextBox
        A box read by OCR, in the image's pixels.
    w, h : int
        The image's width and height, in pixels.

    Returns
    -------
    bool
        True when the box's whole text is a duration (``m:ss``, ``mm:ss`` or ``h:mm:ss``) and the box
        ends in the image's bottom-right corner (right edge in the last 10 % of the width, bottom edge
        in the last 15 % of the height).

    Notes
    -----
    YouTube draws the duration over every video's thumbnail in a feed, in its bottom-right corner
    (the feed-screenshot generator, training/screenshot_data.py, draws it on 70 % of its video tiles).
    It is not the creator's text: read as such it added two "words" (``2:55`` is ``2`` and ``55``), its
    white-on-black contrast and its phone-size reading to every feed tile's text measures. A creator's
    own clock time in that corner is left out too.
    """
    return _in_badge_corner(box.x1, box.y1, w, h) and _DURATION.fullmatch(box.text.strip()) is not None


def words_of(text: str) -> list[str]:
    """Lower-case words without accents' case differences (accents kept: 'canción' stays)."""
    return [w for w in re.findall(r"\w+", unicodedata.normalize("NFC", text).lower()) if w]


def _latin_text(text: str) -> bool:
    """At least two letters or digits, most of them Latin script (Spanish/English thumbnails);
    the PP-OCR model also knows Chinese and sometimes reads texture as a few CJK glyphs."""
    chars = [c for c in text if c.isalnum()]
    if len(chars) < 2:
        return False
    latin = sum(1 for c in chars if c.isdigit() or "LATIN" in unicodedata.name(c, ""))
    return latin >= 0.6 * len(chars)


def _letters(text: str) -> str:
    return "".join(words_of(text))


def _engine_options(engine) -> dict:
    """The per-call options the engine holds now (:data:`OCR_OPTIONS`)."""
    return {k: (engine.cfg.Det.get(k) if k in _DET_OPTIONS else getattr(engine, k)) for k in OCR_OPTIONS}


def _set_engine_options(engine, values: dict) -> None:
    """Put ``values`` back on the engine where ``RapidOCR.update_params`` writes them: its attributes,
    the detector's config and, once the detector is loaded, its post-processing."""
    for k, v in values.items():
        if k in _DET_OPTIONS:
            engine.cfg.Det[k] = v
            if engine.text_det is not None:
                setattr(engine.text_det.postprocess_op, k, v)
        else:
            setattr(engine, k, v)


def _ocr(img: np.ndarray, **options):
    """Detect and read ``img`` with this call's options, the shared engine left as it was.

    Parameters
    ----------
    img : (H, W, 3) uint8 array, BGR
    **options
        Any of :data:`OCR_OPTIONS` (``text_score=0.8``, ``box_thresh=0.6`` ...); detection and
        recognition on and the angle classifier off unless given.

    Returns
    -------
    rapidocr.utils.output.RapidOCROutput

    Raises
    ------
    ValueError
        An option RapidOCR does not take.
    ModelUnavailable
        The ``ocr`` entry (rapidocr) cannot be loaded.

    Notes
    -----
    ``RapidOCR.__call__`` stores its options on the engine (``update_params``), where the next call
    would find them: a ``text_score`` or ``box_thresh`` given once would hold for every later caller.
    So a call with options takes the engine alone (:class:`_EngineLock`): the engine's own values are
    saved, the call made and the values put back, also when the call fails; the detector, if this call
    loaded it, gets the engine's values too. A call without options changes nothing on the engine and
    runs beside other such calls (onnxruntime sessions may run from several threads).
    """
    unknown = sorted(set(options) - set(OCR_OPTIONS))
    if unknown:
        raise ValueError(f"unknown OCR option(s) {', '.join(unknown)}: one of {', '.join(OCR_OPTIONS)}")
    engine = registry.get("ocr")
    if not options and SHARED_OCR_CALLS:
        with _ocr_lock.shared():
            if all(getattr(engine, k) == v for k, v in _OCR_STEPS.items()):
                return engine(img)  # no option given: the engine's state is only read
    with _ocr_lock.exclusive():
        saved = _engine_options(engine)
        try:
            return engine(img, **{**_OCR_STEPS, **options})
        finally:
            _set_engine_options(engine, saved)


def _reads_as_duration(rec, crop: np.ndarray) -> bool:
    """Whether the recogniser reads a crop, alone and at its own width (not padded to 320 columns), as a
    duration with a confidence of at least 0.7."""
    h, w = crop.shape[:2]
    ratio = w / float(max(1, h))
    x = rec.resize_norm_img(crop, ratio)[np.newaxis].astype(np.float32)
    (txt, score), = rec.postprocess_op(rec.session(x), False, wh_ratio_list=[ratio], max_wh_ratio=ratio)[0]
    return float(score) >= _OCR_MIN_SCORE and _DURATION.fullmatch(str(txt).strip()) is not None


def _ocr_without_badges(img: np.ndarray):
    """``engine(img)`` with the engine's own options, but the boxes the detector finds in the duration
    badge's corner that read as a duration on their own are not given to the recogniser's batches; None
    when the engine does not hold the app's default steps (the caller reads the usual way).

    The badge's crop read alone at its own width costs ~45 % of its place in rapidocr's batches (each
    padded to at least 320 columns); the other boxes are recognised in rapidocr's way, as one list, so
    their batches are those of the same list without the badge. rapidocr 3.10's own steps are called
    (:meth:`RapidOCR.__call__` without the badge): load, pre-processing, detection and crops,
    recognition, the final output with its text-score filter.
    """
    from rapidocr.ch_ppocr_cls import TextClsOutput
    from rapidocr.ch_ppocr_rec import TextRecOutput
    from rapidocr.utils.output import RapidOCROutput
    from rapidocr.utils.process_img import map_boxes_to_original
    from rapidocr.utils.utils import filter_by_indices

    engine = registry.get("ocr")
    with _ocr_lock.shared():
        if not all(getattr(engine, k) == v for k, v in _OCR_STEPS.items()) or engine.return_word_box:
            return None
        ori = engine.load_img(img)
        im, op = engine.preprocess_img(ori)
        try:
            crops, det = engine.detect_and_crop(im, op)
        except Exception as e:  # rapidocr's RapidOCRError: no box (run_ocr_steps logs and returns nothing)
            if type(e).__name__ != "RapidOCRError":
                raise
            return RapidOCROutput()
        H, W = ori.shape[:2]
        quads = map_boxes_to_original(np.array(det.boxes, dtype=np.float32, copy=True), dict(op), H, W)
        rec = engine._load_rec_model()
        keep = [i for i, q in enumerate(quads)
                if not (_in_badge_corner(float(q[:, 0].max()), float(q[:, 1].max()), W, H)
                        and _reads_as_duration(rec, crops[i]))]
        if len(keep) < len(crops):
            det.boxes = filter_by_indices(det.boxes, keep)
            det.scores = filter_by_indices(det.scores, keep)
            crops = [crops[i] for i in keep]
            if not crops:
                return RapidOCROutput()
        try:
            rec_res = engine.recognize_txt(crops)
        except Exception as e:
            if type(e).__name__ != "RapidOCRError":
                raise
            rec_res, crops = TextRecOutput(), []
        return engine.build_final_output(ori, det, TextClsOutput(), rec_res, crops, op)


#: True: :func:`read_text` with ``drop_duration_badge`` keeps the badge's box out of the recogniser's
#: batches when it reads as a duration on its own (:func:`_ocr_without_badges`); False: every box is read
#: in the batches and the badge dropped after (session 16's first path, the bench's baseline).
SKIP_BADGE_READ = True


def read_text(bgr: np.ndarray, drop_duration_badge: bool = False) -> list[TextBox]:
    """Read the text in an image.

    Parameters
    ----------
    bgr : (H, W, 3) uint8 array, BGR
        The image, in its own size.
    drop_duration_badge : bool
        Leave out a video's duration badge (:func:`is_duration_badge`): a box in the bottom-right
        corner that reads as a duration on its own is not recognised with the others, and any box
        :func:`is_duration_badge` names is dropped.

    Returns
    -------
    list of TextBox
        Axis-aligned boxes in ``bgr``'s pixels with the text read in each; only boxes read with
        a confidence of at least 0.7 whose text is mostly Latin script (at least two letters
        or digits, 60 % of them Latin). ``contrast_ratio`` and ``read_at_phone_size`` are not
        measured yet.

    Raises
    ------
    ModelUnavailable
        The ``ocr`` entry of the model table (rapidocr) cannot be loaded.

    Notes
    -----
    RapidOCR 3.x with the PP-OCR detection and recognition ONNX models that ship in its
    wheel, on a copy whose long side is at most 1280 pixels (the detector works at 960 or
    less); no angle classifier. A copy with a side under 16 pixels is not read (no text).
    Calls from several threads run at once (:func:`_ocr`).
    The PP-OCR model also reads Chinese and sometimes reads texture as a few CJK glyphs, so
    non-Latin text is dropped (models/thumbnail/MODEL_CARD.md).
    """
    h, w = bgr.shape[:2]
    small = image_measures.resize_long_side(bgr, _OCR_LONG_SIDE)
    s = w / float(small.shape[1])
    if min(small.shape[:2]) < _OCR_MIN_SIDE:
        return []
    out = _ocr_without_badges(small) if drop_duration_badge and SKIP_BADGE_READ and SHARED_OCR_CALLS else None
    if out is None:
        out = _ocr(small)
    if out is None or out.boxes is None or out.txts is None:
        return []
    boxes = []
    for quad, txt, score in zip(out.boxes, out.txts, out.scores):
        txt = str(txt).strip()
        if float(score) < _OCR_MIN_SCORE or not _latin_text(txt):
            continue
        q = np.asarray(quad, dtype=np.float64) * s
        x0, y0 = np.floor(q.min(axis=0)).astype(int)
        x1, y1 = np.ceil(q.max(axis=0)).astype(int)
        x0, y0, x1, y1 = max(0, x0), max(0, y0), min(w, x1), min(h, y1)
        if x1 - x0 >= 2 and y1 - y0 >= 2:
            box = TextBox(int(x0), int(y0), int(x1), int(y1), txt, round(float(score), 4))
            if not (drop_duration_badge and is_duration_badge(box, w, h)):
                boxes.append(box)
    return boxes


def _linear_luminance(bgr_pixels: np.ndarray) -> np.ndarray:
    """WCAG 2.x relative luminance of sRGB pixels (N×3 BGR uint8)."""
    c = bgr_pixels.astype(np.float64) / 255.0
    lin = np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)
    return 0.0722 * lin[:, 0] + 0.7152 * lin[:, 1] + 0.2126 * lin[:, 2]


def wcag_ratio(l1: float, l2: float) -> float:
    """The WCAG contrast ratio of two relative luminances.

    Parameters
    ----------
    l1, l2 : float
        Relative luminances, 0–1, in either order.

    Returns
    -------
    float
        ``(L_lighter + 0.05) / (L_darker + 0.05)``, 1 (same luminance) to 21 (black on white).

    References
    ----------
    .. [1] W3C, Web Content Accessibility Guidelines (WCAG) 2.x, "contrast ratio" and
           "relative luminance".
    """
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
    """The WCAG contrast ratio of a text box's letters against the pixels around them.

    Parameters
    ----------
    bgr : (H, W, 3) uint8 array, BGR
        The image the box was read in.
    box : TextBox
        The box, in ``bgr``'s pixels.

    Returns
    -------
    float
        The ratio, 1–21, rounded to 3 decimals; 1.0 when fewer than 4 pixels are found as
        letters or around them.

    Notes
    -----
    The letters are the Otsu class of the box's grey pixels that does not own the box border;
    the surround is a ring around them, 8 % of the box height wide (at least 2 pixels): what
    the eye separates the letters from. The ratio compares the median WCAG relative
    luminance (sRGB linearised) of each. The thumbnail rules give full credit from 7:1,
    partial from 4.5:1 and none under 3:1 (models/thumbnail/MODEL_CARD.md).

    References
    ----------
    .. [1] W3C, Web Content Accessibility Guidelines (WCAG) 2.x, "contrast ratio" and
           "relative luminance".
    """
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


def _phone_view(bgr: np.ndarray) -> tuple[np.ndarray, float]:
    """The image as shown at 168×94 (fitted inside, aspect kept) and the scale used."""
    h, w = bgr.shape[:2]
    s = min(_PHONE_SIZE[0] / w, _PHONE_SIZE[1] / h)
    small = cv2.resize(bgr, (max(1, round(w * s)), max(1, round(h * s))), interpolation=cv2.INTER_AREA)
    return small, s


def _recognise(crops: list[np.ndarray]) -> list[str]:
    """Text of each crop (no detection), all crops in one batched recogniser call."""
    if not crops:
        return []
    engine = registry.get("ocr")
    with (_ocr_lock.shared() if SHARED_OCR_CALLS else _ocr_lock.exclusive()):  # reads return_word_box
        out = engine.recognize_txt(crops)
    return [str(t) for t in (out.txts or ())]


def recognise(crops: list[np.ndarray]) -> list[str]:
    """Text of each crop, recognised without detection (one line of text per crop).

    Parameters
    ----------
    crops : list of (h, w, 3) uint8 arrays, BGR
        Tight crops of single text lines.

    Returns
    -------
    list of str
        One text per crop, in order (empty when nothing was read).

    Raises
    ------
    ModelUnavailable
        The ``ocr`` entry (rapidocr) cannot be loaded.
    """
    return _recognise(crops)


def recognise_alone(crop: np.ndarray) -> str:
    """Text of one single-line crop, recognised on its own: no detection, no batch.

    Parameters
    ----------
    crop : (h, w, 3) uint8 array, BGR
        A tight crop of one text line.

    Returns
    -------
    str
        What was read (empty when nothing was).

    Raises
    ------
    ModelUnavailable
        The ``ocr`` entry (rapidocr) cannot be loaded.

    Notes
    -----
    The recogniser is PP-OCR's, as in :func:`recognise`. Alone, a crop is not padded to the width of
    the widest crop of its batch: the recogniser's time grows with its input's width (every crop is
    scaled to 48 px high) and, on the CPU, six crops in one batch took as long as one by one
    (bench/screenshot_latency.py). No engine lock is taken: the recogniser keeps no per-call
    state (the lock guards the flags of the detect-and-read call) and an onnxruntime session may
    run from several threads, so this can run beside :func:`read_text` on another core.
    """
    from rapidocr.ch_ppocr_rec import TextRecInput

    rec = registry.get("ocr")._load_rec_model()  # rapidocr 3.x: loads once, under its own lock
    out = rec(TextRecInput(img=[crop]))
    return str(out.txts[0]) if out.txts else ""


def read_at_phone_size(bgr: np.ndarray, boxes: list[TextBox]) -> Optional[float]:
    """How much of the text is still read when the image is shown at phone size.

    Parameters
    ----------
    bgr : (H, W, 3) uint8 array, BGR
        The image the boxes were read in.
    boxes : list of TextBox
        Its text boxes; each gets ``read_at_phone_size`` (what was read) set in place.

    Returns
    -------
    float or None
        The share of the letters, 0–1 (rounded to 4 decimals), in boxes that still read the
        same; None when no box has letters.

    Raises
    ------
    ModelUnavailable
        The OCR engine cannot be loaded.

    Notes
    -----
    The image is shrunk to fit 168×94 pixels (a YouTube sidebar thumbnail, aspect kept, area
    interpolation); each box's crop is enlarged 4× (no new detail) to the recogniser's input
    height and read again, all boxes in one call. A box still reads the same when its letters
    (lower-case, spaces and punctuation ignored) are at least 80 % alike (``difflib`` ratio).
    The test follows the mobile-size tests cited in models/thumbnail/MODEL_CARD.md.
    """
    boxes = [b for b in boxes if _letters(b.text)]
    if not boxes:
        return None
    small, s = _phone_view(bgr)
    crops, readable = [], []
    for b in boxes:
        x0, y0 = max(0, int(b.x0 * s) - 1), max(0, int(b.y0 * s) - 1)
        x1, y1 = min(small.shape[1], int(np.ceil(b.x1 * s)) + 1), min(small.shape[0], int(np.ceil(b.y1 * s)) + 1)
        if x1 - x0 >= 2 and y1 - y0 >= 2:
            crops.append(cv2.resize(small[y0:y1, x0:x1], None, fx=_PHONE_READ_UPSCALE, fy=_PHONE_READ_UPSCALE,
                                    interpolation=cv2.INTER_CUBIC))
            readable.append(b)
    for b, txt in zip(readable, _recognise(crops)):
        b.read_at_phone_size = txt
    total = hit = 0
    for b in boxes:
        want = _letters(b.text)
        total += len(want)
        if difflib.SequenceMatcher(None, want, _letters(b.read_at_phone_size)).ratio() >= _PHONE_READ_SIMILARITY:
            hit += len(want)
    return round(hit / total, 4) if total else None


def text_area_share(boxes: list[TextBox], w: int, h: int) -> float:
    """Share of the image covered by text boxes.

    Parameters
    ----------
    boxes : list of TextBox
        Boxes in the image's pixels (overlaps counted once).
    w, h : int
        The image's width and height, in pixels.

    Returns
    -------
    float
        Covered area / image area, 0–1; 0.0 without boxes.
    """
    if not boxes:
        return 0.0
    mask = np.zeros((h, w), dtype=np.uint8)
    for b in boxes:
        mask[b.y0:b.y1, b.x0:b.x1] = 1
    return float(mask.mean())
