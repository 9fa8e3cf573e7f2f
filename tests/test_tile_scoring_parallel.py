"""Issue 17 point 5 (speed) without changing a score: a thumbnail's picture measures and Haar faces run in a
thread beside its OCR (features.PARALLEL_MEASURES) and OCR calls that keep the engine's options run at
once from several threads (vision/text.py's engine lock). Checked: the same measurements either way on a
real portrait with text, errors of either side still reach the caller, calls without options overlap and a
call with options still has the engine alone."""
from __future__ import annotations

import math
import threading
import time

import cv2
import numpy as np
import pytest

from viralml_desktop.core import registry
from viralml_desktop.core.errors import ModelUnavailable
from viralml_desktop.core.thumbnails import features
from viralml_desktop.core.vision import measures as image_measures
from viralml_desktop.core.vision import text

from test_thumbnail_core import real_portrait


def _portrait_with_title() -> np.ndarray:
    """Grace Hopper on a 640×360 card with a title beside her: a face and two lines of text."""
    card = np.full((360, 640, 3), (40, 30, 120), np.uint8)
    face = real_portrait(0.55)  # 282×330
    h, w = face.shape[:2]
    card[15:15 + h, 20:20 + w] = face
    cv2.putText(card, "NUEVA", (330, 150), cv2.FONT_HERSHEY_DUPLEX, 2.2, (255, 255, 255), 5)
    cv2.putText(card, "CANCION", (330, 250), cv2.FONT_HERSHEY_DUPLEX, 1.9, (0, 230, 255), 5)
    return card


def _close(a, b) -> bool:
    """Equal, floats to 1e-7 relative (cv2.moments' parallel sums vary in the 10th digit run to run)."""
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(_close(a[k], b[k]) for k in a)
    if isinstance(a, (list, tuple)):
        return len(a) == len(b) and all(_close(x, y) for x, y in zip(a, b))
    if isinstance(a, float):
        return math.isclose(a, b, rel_tol=1e-7, abs_tol=1e-9)
    return a == b


def test_measures_beside_the_ocr_equal_one_after_another(monkeypatch):
    img = _portrait_with_title()
    monkeypatch.setattr(features, "PARALLEL_MEASURES", False)
    monkeypatch.setattr(text, "SHARED_OCR_CALLS", False)
    before = features.analyze(img).to_dict()
    monkeypatch.setattr(features, "PARALLEL_MEASURES", True)
    monkeypatch.setattr(text, "SHARED_OCR_CALLS", True)
    threads = []
    real_measure = image_measures.measure

    def measure(*a, **k):  # which thread measured
        threads.append(threading.current_thread().name)
        return real_measure(*a, **k)

    monkeypatch.setattr(image_measures, "measure", measure)
    timings: dict = {}
    after = features.analyze(img, timings=timings).to_dict()
    assert threads == ["thumbnail-measures"]  # measured beside the OCR, not in the caller's thread
    # real values on both sides: the face, both words and their phone-size reading
    assert before["measures"]["face_count"] >= 1 and before["word_count"] >= 2
    assert before["phone_legibility"] is not None and before["min_contrast_ratio"] > 3
    assert _close(before, after), {k: (before[k], after[k]) for k in before if not _close(before[k], after[k])}
    assert timings["measures_and_faces"] > 0 and timings["ocr"] > 0


def test_an_error_of_either_side_reaches_the_caller(monkeypatch):
    img = _portrait_with_title()

    def no_cascade(*a, **k):
        raise ModelUnavailable("face_haar: cascade missing")

    monkeypatch.setattr(image_measures, "measure", no_cascade)
    with pytest.raises(ModelUnavailable, match="cascade missing"):
        features.analyze(img)

    done = threading.Event()

    def slow_measure(*a, **k):
        time.sleep(0.2)
        done.set()
        raise RuntimeError("not this one")

    def no_ocr(*a, **k):
        raise ModelUnavailable("ocr: rapidocr missing")

    monkeypatch.setattr(image_measures, "measure", slow_measure)
    monkeypatch.setattr(features, "read_text", no_ocr)
    with pytest.raises(ModelUnavailable, match="rapidocr missing"):  # the OCR's, first, after the thread ended
        features.analyze(img)
    assert done.is_set()


class _StandIn:
    """An OCR engine that records when each call runs and can wait for another call."""

    def __init__(self, barrier=None):
        self.use_det, self.use_cls, self.use_rec = True, False, True
        self.return_word_box = False
        self.log: list[tuple] = []
        self.barrier = barrier
        self.lock = threading.Lock()

    def __call__(self, img, **options):
        with self.lock:
            self.log.append(("start", img, dict(options)))
        if self.barrier is not None and not options:
            self.barrier.wait()  # both option-free calls must be inside at once
        time.sleep(0.05)
        with self.lock:
            self.log.append(("end", img, dict(options)))
        return img

    def recognize_txt(self, crops):
        return self(crops)


def _use(monkeypatch, engine) -> None:
    real_get = registry.get
    monkeypatch.setattr(registry, "get", lambda name, *a, **k: engine if name == "ocr" else real_get(name, *a, **k))
    monkeypatch.setattr(text, "_engine_options", lambda e: {})
    monkeypatch.setattr(text, "_set_engine_options", lambda e, v: None)


def test_ocr_calls_without_options_run_at_once(monkeypatch):
    engine = _StandIn(barrier=threading.Barrier(2, timeout=5))
    _use(monkeypatch, engine)
    errors = []

    def call(i):
        try:
            text._ocr(i)
        except Exception as e:  # a broken barrier: the calls ran one at a time
            errors.append(e)

    ts = [threading.Thread(target=call, args=(i,)) for i in range(2)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    assert not errors
    assert [e[0] for e in engine.log[:2]] == ["start", "start"]


def test_a_call_with_options_has_the_engine_alone(monkeypatch):
    engine = _StandIn()
    _use(monkeypatch, engine)
    ts = [threading.Thread(target=text._ocr, args=("plain1",)),
          threading.Thread(target=text._ocr, args=("options",), kwargs={"text_score": 0.9}),
          threading.Thread(target=text._ocr, args=("plain2",))]
    for t in ts:
        t.start()
        time.sleep(0.01)
    for t in ts:
        t.join()
    spans = {}
    for i, (what, img, _) in enumerate(engine.log):
        spans.setdefault(img, []).append(i)
    a, b = spans["options"]
    assert b == a + 1  # nothing started or ended while the call with options ran
    # with the option-free ones serialised the old way, they never overlap either
    engine.log.clear()
    monkeypatch.setattr(text, "SHARED_OCR_CALLS", False)
    ts = [threading.Thread(target=text._ocr, args=(f"p{i}",)) for i in range(2)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    assert [e[0] for e in engine.log] == ["start", "end", "start", "end"]


def test_real_ocr_from_two_threads_reads_what_one_reads():
    img = np.full((120, 480, 3), 255, np.uint8)
    cv2.putText(img, "Hola mundo 2025", (10, 80), cv2.FONT_HERSHEY_SIMPLEX, 1.5, (0, 0, 0), 3)
    alone = [(b.text, b.score, b.x0, b.x1) for b in text.read_text(img)]
    assert alone and alone[0][0] == "Hola mundo 2025"
    out: list = [None] * 4

    def read(i):
        out[i] = [(b.text, b.score, b.x0, b.x1) for b in text.read_text(img)]

    ts = [threading.Thread(target=read, args=(i,)) for i in range(4)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    assert out == [alone] * 4


@pytest.mark.skipif(not registry.default_registry().is_available("screenshot_yolo"),
                    reason="screenshot detector weights not shipped")
def test_the_ranked_table_is_the_same_on_the_sequential_path(monkeypatch, tmp_path):
    """A generated feed's ranked table (scores, click probabilities, ranks, measures) with the measures
    beside the OCR and shared OCR calls equals session 11's path (one after another, the engine alone)."""
    from viralml_desktop.core import engine
    from viralml_desktop.core.progress import Progress
    from test_screenshot import GRID_SEED, _render

    bgr, _ = _render("yt_desktop_grid", "light", GRID_SEED)
    path = tmp_path / "grid.png"
    cv2.imwrite(str(path), bgr)

    def table(parallel: bool) -> list:
        monkeypatch.setattr(features, "PARALLEL_MEASURES", parallel)
        monkeypatch.setattr(text, "SHARED_OCR_CALLS", parallel)
        out = engine.run("analyze_screenshot", {"screenshot_path": str(path), "read_text": False}, Progress(),
                         record=False)
        return [(t["box"], t["visual_appeal_score"], t["click_probability"], t["rank"], t["measures"],
                 t["reasons"]) for t in out["tiles"]]

    before, after = table(False), table(True)
    assert len(before) >= 6 and len({t[1] for t in before}) >= 3  # real, differing scores
    assert after == before
