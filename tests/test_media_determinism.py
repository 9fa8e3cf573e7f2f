"""The order effect of session 6: the golden clip's OCR text factor read 0.666 instead of 0.5 when
``analyze_screenshot`` ran earlier in the same process. The app's analysis was not the cause (its
decode and OCR give the same answer for the same file in any process state): the clip itself was
different. ``write_video``'s x264 lookahead read uninitialised memory, so the bytes written depended
on what the process had done before. These tests pin both halves."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from viralml_desktop.core import registry

ROOT = Path(__file__).resolve().parents[1]

_WRITE = ("import hashlib, sys; from pathlib import Path; from viralml_desktop.api.examples import write_video; "
          "p = write_video(Path(sys.argv[1]), seconds=2.0, size=(360, 640), fps=24, tone_hz=220.0); "
          "print(hashlib.sha256(p.read_bytes()).hexdigest())")


def test_write_video_bytes_do_not_depend_on_the_heap(tmp_path):
    """Three heap fill patterns (MALLOC_PERTURB_) give one file; before the fix they gave three."""
    digests = set()
    for i, perturb in enumerate(("0", "85", "171")):
        env = {**os.environ, "MALLOC_PERTURB_": perturb}
        r = subprocess.run([sys.executable, "-c", _WRITE, str(tmp_path / f"c{i}.mp4")], capture_output=True,
                           text=True, timeout=300, env=env, cwd=str(ROOT))
        assert r.returncode == 0, r.stderr[-2000:]
        digests.add(r.stdout.strip().splitlines()[-1])
    assert len(digests) == 1, digests


_VIRALITY = ("import json, sys; from pathlib import Path; from viralml_desktop.api.examples import write_video; "
             "from viralml_desktop.core import engine; "
             "clip = write_video(Path(sys.argv[1]), seconds=6.0, size=(360, 640), fps=24, tone_hz=220.0); "
             "r = engine.run('predict_virality', {'video_path': str(clip), 'metadata': {'artist': 'Stakas', "
             "'genre': 'hip-hop', 'duration': 6, 'has_hook': False}}, record=False); "
             "print(json.dumps([r['factor_parts']['visual_appeal'], r['measurements']['video']]))")


def _clip_answer(clip: Path) -> list:
    from viralml_desktop.api.examples import write_video
    from viralml_desktop.core import engine

    write_video(clip, seconds=6.0, size=(360, 640), fps=24, tone_hz=220.0)
    r = engine.run("predict_virality", {"video_path": str(clip), "metadata": {"artist": "Stakas", "genre": "hip-hop",
                                                                            "duration": 6, "has_hook": False}},
                   record=False)
    return json.loads(json.dumps([r["factor_parts"]["visual_appeal"], r["measurements"]["video"]]))


@pytest.mark.skipif(not registry.default_registry().is_available("screenshot_yolo"),
                    reason="screenshot detector weights not shipped")
def test_clip_text_factor_after_a_screenshot_equals_a_fresh_process(tmp_path, isolated_home):
    """analyze_screenshot (its crop scoring) and then the golden clip in this process give the
    answer a fresh interpreter gives for the same clip, text factor included."""
    import cv2

    from test_screenshot import GRID_SEED, _render
    from viralml_desktop.core import engine
    from viralml_desktop.core.progress import Progress

    bgr, _ = _render("yt_desktop_grid", "dark", GRID_SEED)
    shot = tmp_path / "grid.png"
    cv2.imwrite(str(shot), bgr)
    out = engine.run("analyze_screenshot", {"screenshot_path": str(shot), "read_text": False}, Progress(),
                     record=False)
    assert out["n_thumbnails"] >= 6
    here = _clip_answer(tmp_path / "here.mp4")
    r = subprocess.run([sys.executable, "-c", _VIRALITY, str(tmp_path / "fresh.mp4")], capture_output=True, text=True,
                       timeout=600, env=dict(os.environ), cwd=str(ROOT))
    assert r.returncode == 0, r.stderr[-2000:]
    fresh = json.loads(r.stdout.strip().splitlines()[-1])
    assert here[0]["text"] == fresh[0]["text"]
    assert here[1]["text_overlays"] == fresh[1]["text_overlays"]
    assert here[1]["frame_measures"] == fresh[1]["frame_measures"]
    assert (tmp_path / "here.mp4").read_bytes() == (tmp_path / "fresh.mp4").read_bytes()
