"""Issue 17 point 5 (speed) without changing what is read: the title reader finds each text region's lines
once per screenshot and recognises a line crop with the same pixels once (screenshot.READ_ONCE). Checked:
the same layout, titles, meta lines and views either way on generated feeds (a YouTube grid, X media
posts), fewer regions looked at, and a line read from the memo is what the recogniser reads afresh."""
from __future__ import annotations

import cv2
import numpy as np
import pytest

from viralml_desktop.core.thumbnails import screenshot as shot

from test_screenshot import _render


def _line(text: str, width: int = 360) -> np.ndarray:
    """One dark text line on a light page, as a title crop."""
    img = np.full((34, width, 3), 245, np.uint8)
    cv2.putText(img, text, (8, 24), cv2.FONT_HERSHEY_SIMPLEX, 0.7, (20, 20, 20), 2, cv2.LINE_AA)
    return img


def test_a_line_with_the_same_pixels_is_recognised_once(monkeypatch):
    calls = []

    def fake(crop):
        calls.append(crop.shape)
        return f"line {len(calls)}", 0.9

    monkeypatch.setattr(shot, "_recognise_scored", fake)
    a, b = _line("Luna Roja"), _line("Luna Rojo")
    memo: dict = {}
    assert shot._read_line(a, memo) == ("line 1", 0.9)
    assert shot._read_line(a.copy(), memo) == ("line 1", 0.9)  # same pixels, another array: from the memo
    assert shot._read_line(b, memo) == ("line 2", 0.9)  # one letter differs: read
    assert shot._read_line(a[:, :-1], memo) == ("line 3", 0.9)  # same pixels but one column: read
    assert len(calls) == 3
    assert shot._read_line(a) == ("line 4", 0.9)  # no memo: read every time
    assert len(calls) == 4


def test_a_line_from_the_memo_is_what_the_recogniser_reads_afresh():
    memo: dict = {}
    lines = [_line("Luna Roja - Official Video"), _line("1.2M views - 3 days ago", 300)]
    first = [shot._read_line(x, memo) for x in lines]
    again = [shot._read_line(x.copy(), memo) for x in lines]
    fresh = [shot._recognise_scored(x) for x in lines]
    assert first == again == fresh
    assert "Luna" in fresh[0][0] and "views" in fresh[1][0]


@pytest.mark.parametrize("family,theme,seed", [("yt_desktop_grid", "dark", 3), ("x_media", "light", 1)])
def test_reading_once_reads_the_same_titles_and_views(family, theme, seed, monkeypatch):
    bgr, boxes = _render(family, theme, seed)
    tiles = [[int(round(v)) for v in b[1:]] for b in boxes if b[0] == 0]
    inks = []
    real_ink = shot._ink

    def ink(*a, **k):
        inks.append(1)
        return real_ink(*a, **k)

    monkeypatch.setattr(shot, "_ink", ink)
    out = {}
    for once in (False, True):
        monkeypatch.setattr(shot, "READ_ONCE", once)
        inks.clear()
        out[once] = shot.read_tiles(bgr, tiles), len(inks)
    (layout, read), looked_once = out[True]
    assert (layout, read) == out[False][0]
    assert looked_once < out[False][1]  # regions looked at: each once
    assert sum(bool(r["title"]) for r in read) >= 1 and any(r["views"] is not None for r in read)
