"""The OCR engine's detector and recogniser read their per-call settings from plain values
(core/vision/text.py's use_plain_settings, session 15): no omegaconf read in a recogniser or detector call,
and the same boxes, text and confidences as with rapidocr's own omegaconf settings."""
from __future__ import annotations

import cv2
import numpy as np
from omegaconf import DictConfig, ListConfig

from viralml_desktop.core.vision import text


def _line() -> np.ndarray:
    img = np.full((120, 480, 3), 255, np.uint8)
    cv2.putText(img, "Canción nueva 2025", (10, 80), cv2.FONT_HERSHEY_SIMPLEX, 1.5, (0, 0, 0), 3)
    return img


def _read(engine, img):
    from rapidocr.ch_ppocr_rec import TextRecInput

    det = engine._load_det_model()(img)
    rec = engine._load_rec_model()(TextRecInput(img=[img[20:100], img[30:90, :200]]))
    return det.boxes.tolist(), [float(s) for s in det.scores], list(rec.txts), list(rec.scores)


def _omegaconf_reads(monkeypatch) -> list:
    reads = []
    for cls, name in ((DictConfig, "__getattr__"), (ListConfig, "__getitem__"), (ListConfig, "__iter__")):
        real = getattr(cls, name)

        def counted(self, *a, _real=real, **k):
            reads.append(cls)
            return _real(self, *a, **k)

        monkeypatch.setattr(cls, name, counted)
    return reads


def test_plain_settings_read_what_the_omegaconf_settings_read(monkeypatch):
    engine = text._load_ocr(None, None)
    img = _line()
    det, rec = engine._load_det_model(), engine._load_rec_model()
    assert isinstance(det.mean, list) and isinstance(rec.rec_image_shape, list) and not isinstance(rec.cfg, DictConfig)
    reads = _omegaconf_reads(monkeypatch)
    plain = _read(engine, img)
    assert not reads  # the calls themselves read no omegaconf container
    assert plain[2][0].startswith("Canci")
    text.use_plain_settings(engine, False)  # rapidocr's own objects back
    assert isinstance(det.mean, ListConfig) and isinstance(rec.cfg, DictConfig)
    assert _read(engine, img) == plain
    assert reads  # read on every call before
    text.use_plain_settings(engine, True)
    assert isinstance(det.std, list) and rec.cfg.lang_type == engine.cfg.Rec.lang_type


def test_an_engine_whose_attributes_differ_keeps_its_own_settings(monkeypatch, caplog):
    # another rapidocr release may name its models' attributes otherwise: the engine still loads and reads
    def moved(engine, plain=True):
        raise AttributeError("'TextRecognizer' object has no attribute 'rec_image_shape'")

    monkeypatch.setattr(text, "use_plain_settings", moved)
    engine = text._load_ocr(None, None)
    assert isinstance(engine._load_rec_model().cfg, DictConfig)
    assert "settings kept as they are" in caplog.text
    assert _read(engine, _line())[2][0].startswith("Canci")
