"""A video's duration badge (YouTube paints ``12:34`` in the bottom-right corner of every video tile in a
feed) is not the thumbnail's text: features.analyze leaves it out of the text boxes, the words, the
contrast and the phone-size reading (features.DROP_DURATION_BADGE, session 16), and the creator's own
text stays; read_text keeps a corner box that reads as a duration on its own out of the recogniser's
batches (text.SKIP_BADGE_READ) and reads the rest as before. The OCR tests fail with the flags off
(the paths before)."""
from __future__ import annotations

import cv2
import numpy as np
import pytest

from viralml_desktop.core.thumbnails import features
from viralml_desktop.core.vision import text
from viralml_desktop.core.vision.text import TextBox


@pytest.mark.parametrize("txt, box, expected", [
    ("2:55", (370, 206, 412, 228), True),
    ("1:02:03", (352, 206, 414, 228), True),
    (" 56:03 ", (372, 210, 414, 230), True),
    ("2:55", (180, 100, 222, 122), False),  # a clock time in the middle: the creator's
    ("2:55", (370, 10, 412, 32), False),  # top-right corner
    ("WOW", (370, 206, 412, 228), False),  # the creator's word in the corner
    ("12:345", (352, 206, 414, 228), False),
    ("TOP 10", (352, 206, 414, 228), False),
])
def test_is_duration_badge(txt, box, expected):
    assert text.is_duration_badge(TextBox(*box, txt, 0.99), 420, 236) is expected


def _tile_with_badge() -> np.ndarray:
    """A 420×236 feed tile: a creator's word on a blue card and a dark duration badge bottom-right."""
    tile = np.full((236, 420, 3), (150, 60, 20), np.uint8)
    cv2.putText(tile, "NUEVO", (60, 120), cv2.FONT_HERSHEY_DUPLEX, 2.4, (255, 255, 255), 6)
    cv2.rectangle(tile, (336, 200), (414, 230), (15, 15, 15), -1)
    cv2.putText(tile, "12:34", (342, 223), cv2.FONT_HERSHEY_SIMPLEX, 0.7, (255, 255, 255), 2)
    return tile


@pytest.fixture
def flag():
    before = features.DROP_DURATION_BADGE, text.SKIP_BADGE_READ
    yield
    features.DROP_DURATION_BADGE, text.SKIP_BADGE_READ = before


def test_badge_read_but_left_out(flag):
    tile = _tile_with_badge()
    features.DROP_DURATION_BADGE = False
    kept = features.analyze(tile)
    assert any(text.is_duration_badge(b, 420, 236) for b in kept.text_boxes), \
        [b.text for b in kept.text_boxes]  # the OCR reads the badge: what the rule has to catch
    features.DROP_DURATION_BADGE = True
    f = features.analyze(tile)
    assert [b.text.strip().upper() for b in f.text_boxes] == ["NUEVO"]
    assert f.words == ["nuevo"] and f.word_count == 1
    assert f.min_contrast_ratio == min(b.contrast_ratio for b in kept.text_boxes if b.text.strip().upper() == "NUEVO")
    assert f.measures == kept.measures  # the picture and its faces are measured as before


def test_badge_not_read_at_phone_size(flag, monkeypatch):
    """The badge's crop is not given to the recogniser again at phone size."""
    tile = _tile_with_badge()
    crops_read = []
    real = text._recognise

    def counting(crops):
        crops_read.append(len(crops))
        return real(crops)

    monkeypatch.setattr(text, "_recognise", counting)
    features.DROP_DURATION_BADGE = True
    features.analyze(tile)
    assert crops_read == [1]


def test_badge_kept_out_of_the_recogniser_batches(flag, monkeypatch):
    """With SKIP_BADGE_READ the badge's crop reaches no batched recogniser call, and the boxes read are
    those of reading every box and dropping the badge after."""
    from viralml_desktop.core import registry

    tile = _tile_with_badge()
    engine = registry.get("ocr")
    batched = []
    real = type(engine).recognize_txt

    def counting(self, crops):
        batched.append(len(crops))
        return real(self, crops)

    monkeypatch.setattr(type(engine), "recognize_txt", counting)
    text.SKIP_BADGE_READ = False
    after = text.read_text(tile, drop_duration_badge=True)
    text.SKIP_BADGE_READ = True
    skipped = text.read_text(tile, drop_duration_badge=True)
    assert batched == [2, 1]
    assert skipped == after and [b.text.strip().upper() for b in skipped] == ["NUEVO"]
    assert len(text.read_text(tile)) == 2  # without the option both boxes are read and kept
