"""Issue 17, session 15: the learned tile verifier (core/thumbnails/tile_verifier.py, screenshot.verify_tiles).

A session-14 verifier's feeds had an X "Trends for you" sidebar card ranked first and profile headers
ranked above real tiles. Here a feed generated with that chrome (training/screenshot_chrome.py: a
"Trends for you" card with pictures in a right sidebar and a profile header with a banner above the
feed; a seed of none of the verifier's fitting or evaluation sets) goes through the real detector and
the whole analysis: no box that is not a real tile is ranked above a real whole tile, and with the
verifier switched off (the code before it) one is, so the test fails on the previous code.
"""
from __future__ import annotations

import sys
from pathlib import Path

import cv2
import numpy as np
import pytest

from viralml_desktop.core import engine
from viralml_desktop.core.progress import Progress
from viralml_desktop.core.thumbnails import screenshot as shot
from viralml_desktop.core.thumbnails import tile_verifier as tv

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "training"))

CASE = ("yt_desktop_grid", "light", (1 << 40) + 57)  # 1536x864: profile header above, trends card beside


def _iou(a, b) -> float:
    ix = max(0.0, min(a[2], b[2]) - max(a[0], b[0]))
    iy = max(0.0, min(a[3], b[3]) - max(a[1], b[1]))
    inter = ix * iy
    return inter / ((a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter)


def _feed():
    from PySide6.QtWidgets import QApplication

    import screenshot_chrome as sc
    import screenshot_data as sd

    app = QApplication.instance() or QApplication([])  # noqa: F841
    photos, faces = sd._load_photos()
    img, boxes, meta = sc.render_chrome(*CASE, sd.Assets(photos, faces, held_out=True), ("trends", "profile"))
    assert {"trends", "profile"} <= set(meta["chrome"])
    tiles = [list(b[1:]) for b in boxes if b[0] == 0]
    return sc.to_bgr(img), tiles, meta["whole"]


def _run(bgr, tmp_path) -> dict:
    path = tmp_path / "feed.png"
    cv2.imwrite(str(path), bgr)
    return engine.run("analyze_screenshot", {"screenshot_path": str(path), "read_text": False},
                      Progress(), record=False)


def _false_above_real(out: dict, tiles: list, whole: list) -> list[dict]:
    """The returned tiles that are no real tile (IoU < 0.5 with every drawn one) ranked above a real whole tile."""
    real = [t for t in out["tiles"] if max(_iou(t["box"], d) for d in tiles) >= 0.5]
    real_whole = [t for t in real if whole[int(np.argmax([_iou(t["box"], d) for d in tiles]))]]
    worst = max((t["rank"] for t in real_whole), default=0)
    return [t for t in out["tiles"] if t not in real and t["rank"] < worst]


@pytest.fixture(scope="module")
def feed():
    return _feed()


def test_a_trends_card_and_a_profile_header_are_not_ranked_above_tiles(feed, tmp_path, monkeypatch):
    bgr, tiles, whole = feed
    assert any(whole)
    out = _run(bgr, tmp_path)
    assert _false_above_real(out, tiles, whole) == []
    # every drawn tile the detector and the rules found is still there
    monkeypatch.setattr(shot, "VERIFY_TILES", False)
    before = _run(bgr, tmp_path)
    found = [d for d in tiles if max((_iou(t["box"], d) for t in before["tiles"]), default=0) >= 0.5]
    assert all(max(_iou(t["box"], d) for t in out["tiles"]) >= 0.5 for d in found)
    # the code before the verifier ranks the page's chrome above a real whole tile here
    assert _false_above_real(before, tiles, whole), before["tiles"]
    assert any("tile verifier" in c for c in out["checks"]), out["checks"]
    assert out["detector"]["dropped"] > before["detector"]["dropped"]


def test_the_shipped_numbers_read_the_features_they_were_fitted_on():
    params = tv.load()
    assert params is not None and params["tile"]["kind"] in ("gbt", "logistic")
    assert params["features"] == list(tv.FEATURES)
    assert 0 < params["tile_threshold"] < 1


def test_features_and_predictions_are_finite_and_in_range(feed):
    bgr, tiles, _ = feed
    X = tv.features(bgr, tiles, [0.9] * len(tiles), [("title", [t[0], t[3] + 4, t[2], t[3] + 30], 0.8) for t in tiles],
                    page=shot.page_colour(bgr, tiles))
    assert X.shape == (len(tiles), len(tv.FEATURES)) and np.isfinite(X).all()
    p = tv.predict(tv.load()["tile"], X)
    assert ((p >= 0) & (p <= 1)).all()
    assert tv.keep(None, X) == [True] * len(tiles)  # no model shipped: every box is kept
    assert tv.partial(None, X, [True] + [False] * (len(tiles) - 1)) == [True] + [False] * (len(tiles) - 1)
