"""Issue 17 (fresh verifier): a screenshot over the analysis size (an 8K capture) is analysed shrunk,
but its response gives ``image_size`` and every box in the user's file's pixels, and the Feed
screenshot tab draws them on the file's own pixels."""
from __future__ import annotations

import sys
from pathlib import Path

import cv2
import numpy as np
import pytest

from viralml_desktop.core import media, registry
from viralml_desktop.core.progress import Progress
from viralml_desktop.core.thumbnails import screenshot as shot

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "training"))

pytestmark = pytest.mark.skipif(not registry.default_registry().is_available("screenshot_yolo"),
                                reason="screenshot detector weights not shipped")


@pytest.fixture(scope="module")
def shots(tmp_path_factory):
    """A generated 1536x864 YouTube grid and the same grid at twice its size (3072x1728, over the
    4.19 MP the analysis decodes: read back at 1/2, the same pixels as the small one)."""
    from PySide6.QtWidgets import QApplication

    import screenshot_data as sd

    app = QApplication.instance() or QApplication([])  # noqa: F841 (fonts need an application)
    photos, faces = sd._load_photos()
    img, _ = sd.render("yt_desktop_grid", "light", 12, sd.Assets(photos, faces, held_out=True))
    bgr = sd._to_array(img)[:, :, ::-1].copy()
    d = tmp_path_factory.mktemp("large")
    cv2.imwrite(str(d / "grid.png"), bgr)
    big = cv2.resize(bgr, (bgr.shape[1] * 2, bgr.shape[0] * 2), interpolation=cv2.INTER_NEAREST)
    cv2.imwrite(str(d / "grid_x2.png"), big)
    assert bgr.shape[:2] == (864, 1536) and big.shape[0] * big.shape[1] > media.MAX_DECODED_PIXELS
    return d / "grid.png", d / "grid_x2.png"


def _analyse(path) -> dict:
    from viralml_desktop.core import engine

    return engine.run("analyze_screenshot", {"screenshot_path": str(path), "read_text": False}, Progress())


def test_boxes_of_a_large_screenshot_are_in_its_own_pixels(shots, isolated_home):
    small, big = shots
    a, b = _analyse(small), _analyse(big)
    assert a["image_size"] == [1536, 864] and b["image_size"] == [3072, 1728]
    assert a["n_thumbnails"] == b["n_thumbnails"] >= 4
    assert any("analysed at 1/2 size (boxes are in the file's pixels)" in c for c in b["checks"])
    for ta, tb in zip(a["tiles"], b["tiles"]):
        assert tb["box"] == [2 * v for v in ta["box"]], (ta["box"], tb["box"])
    # the boxes cover the big file: the largest right edge is past the analysed width
    assert max(t["box"][2] for t in b["tiles"]) > 1536


def test_the_tab_draws_the_boxes_on_the_file_pixels(shots, qtbot, isolated_home):
    from viralml_desktop.gui.context import AppContext
    from viralml_desktop.gui.tabs.screenshot import Tab

    _, big = shots
    tab = Tab(AppContext())
    qtbot.addWidget(tab)
    tab.read_text.setChecked(False)
    with qtbot.waitSignal(tab.runner.finished, timeout=120000):
        tab.open_screenshot(str(big))
    assert tab.error.text() == ""
    assert tab.result.image.shape[:2] == (1728, 3072)
    assert np.array_equal(tab.result.image, cv2.imread(str(big)))
    drawn = tab.annotated()
    assert drawn.shape[:2] == (1728, 3072)
    x0, y0, x1, y1 = tab.result.response["tiles"][0]["box"]
    assert not np.array_equal(drawn[y0, x0:x1], tab.result.image[y0, x0:x1])  # the box's edge is drawn there
    tab.click_at((x0 + x1) // 2, (y0 + y1) // 2)  # a click in the file's pixels selects that tile
    assert tab.selected == tab.result.response["tiles"][0]["index"]
    tab.shutdown()


def test_tiles_of_a_large_screenshot_are_scored_from_the_file_pixels(shots, isolated_home, tmp_path):
    """Found on the shrunk copy, but each tile scored from the file's own pixels: the table's score of a
    tile is the score its crop of the file gets alone (issue 17 point 7, "the ranking matches scoring
    the crops one by one"), not the score of the shrunk copy's crop."""
    from viralml_desktop.core import engine

    _, big = shots
    b = _analyse(big)
    file_bgr = cv2.imread(str(big))
    diff_from_shrunk = 0
    for t in b["tiles"][:4]:
        x0, y0, x1, y1 = t["box"]
        p = tmp_path / f"t{t['index']}.png"
        cv2.imwrite(str(p), file_bgr[y0:y1, x0:x1])
        alone = engine.run("score_thumbnail", {"thumbnail_path": str(p), "find_improvements": False}, record=False)
        assert t["visual_appeal_score"] == pytest.approx(alone["visual_appeal_score"], abs=1e-6), t["index"]
        assert t["click_probability"] == pytest.approx(alone["click_probability"], abs=1e-9), t["index"]
        small = file_bgr[y0:y1:2, x0:x1:2]  # the shrunk copy's crop (the file was made by doubling each pixel)
        q = tmp_path / f"s{t['index']}.png"
        cv2.imwrite(str(q), small)
        shrunk = engine.run("score_thumbnail", {"thumbnail_path": str(q), "find_improvements": False}, record=False)
        diff_from_shrunk += abs(shrunk["visual_appeal_score"] - alone["visual_appeal_score"]) > 1e-6
    assert diff_from_shrunk  # the test tells the two apart: a shrunk crop scores differently
