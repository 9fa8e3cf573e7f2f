"""One OCR call's options do not leak into the next (core/vision/text.py's _ocr): RapidOCR's __call__ stores
its options on the shared engine, so the app saves the engine's own values and puts them back after each
call. Driven on the real engine and a rendered line of text."""
from __future__ import annotations

import cv2
import numpy as np
import pytest

from viralml_desktop.core import registry
from viralml_desktop.core.vision import text


def _line() -> np.ndarray:
    img = np.full((120, 480, 3), 255, np.uint8)
    cv2.putText(img, "Hola mundo 2025", (10, 80), cv2.FONT_HERSHEY_SIMPLEX, 1.5, (0, 0, 0), 3)
    return img


@pytest.fixture
def fresh_engine(monkeypatch):
    """A new engine of the app's configuration, the one _ocr gets; its detector unloaded again (_load_ocr
    loads it, as rapidocr would on the first call) so that the first call below loads it."""
    engine = text._load_ocr(None, None)
    engine.text_det = None
    real_get = registry.get
    monkeypatch.setattr(registry, "get", lambda name, *a, **k: engine if name == "ocr" else real_get(name, *a, **k))
    return engine


def test_two_calls_with_different_options_do_not_affect_each_other(fresh_engine):
    img = _line()
    before = text._engine_options(fresh_engine)
    assert before["text_score"] == 0.5 and before["box_thresh"] == 0.5  # the engine's config
    # the first call loads the detector with this call's box threshold: nothing is kept at 0.99
    assert text._ocr(img, box_thresh=0.99).txts is None
    assert text._ocr(img).txts == ("Hola mundo 2025",)  # the next caller gets the engine's own threshold
    assert fresh_engine.text_det.postprocess_op.box_thresh == 0.5
    assert text._ocr(img, text_score=1.01).txts is None  # a score no line reaches: all dropped, this call only
    detected = text._ocr(img, unclip_ratio=2.5, use_rec=False)  # detection only: boxes, no text
    assert len(detected.boxes) == 1 and not hasattr(detected, "txts")
    again = text._ocr(img)
    assert again.txts == ("Hola mundo 2025",) and again.scores[0] > 0.9
    assert text._engine_options(fresh_engine) == before
    with pytest.raises(Exception):
        text._ocr(None, text_score=0.9)  # a call that fails leaves the engine as it was too
    assert text._engine_options(fresh_engine) == before
    with pytest.raises(ValueError, match="unknown OCR option"):
        text._ocr(img, text_scores=0.9)
    assert [b.text for b in text.read_text(img)] == ["Hola mundo 2025"]
