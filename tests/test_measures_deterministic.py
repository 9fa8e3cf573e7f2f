"""The picture measures of one image are the same on every call: the subject's centre (the centroid of the
strongest gradients when no face is found) no longer depends on the state of OpenCV's worker threads.
cv2.magnitude rounded some pixels apart in the first calls of a process (before its thread pool runs)
and in later ones, which moved the subject of the same image by up to ~1e-4, a rule's points by 0.01:
score_thumbnail in a fresh CLI and the ranked table in a warm app could disagree."""
from __future__ import annotations

import json
import subprocess
import sys

SCRIPT = r"""
import importlib.util, json
from pathlib import Path
import cv2, numpy as np
from viralml_desktop.core.vision import measures
photo = Path(importlib.util.find_spec("sklearn").submodule_search_locations[0]) / "datasets" / "images" / "china.jpg"
img = cv2.imread(str(photo))
greys = [cv2.cvtColor(cv2.resize(img, (w, round(w * 9 / 16))), cv2.COLOR_BGR2GRAY) for w in (391, 400, 320, 427, 640)]
first = [measures._subject_centre(g, []) for g in greys]  # OpenCV's thread pool not yet started
work = np.random.default_rng(0).random((1500, 1500), dtype=np.float32)
for _ in range(5):
    cv2.GaussianBlur(work, (31, 31), 5)  # other OpenCV work: the pool runs
later = [measures._subject_centre(g, []) for g in greys]
print(json.dumps({"first": first, "later": later}))
"""


def test_the_subject_centre_is_the_same_before_and_after_opencvs_threads_run():
    out = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=300, check=True)
    got = json.loads(out.stdout.strip().splitlines()[-1])
    assert got["first"] == got["later"]  # exactly, every digit
    centres = {tuple(c) for c in got["first"]}
    assert len(centres) > 1 and all(0 < x < 1 and 0 < y < 1 for x, y in centres)  # real centres, not a default
