"""Shot-boundary detection speed: the app's rule against an earlier rule, in the same process.

    nice -n 10 .venv/bin/python bench/shot_boundaries.py [--seed 2] [--runs 5] [--baseline REV]

Clips: training/measure_data.py ``shot_set(seed, beat_edits=True)`` (47 portrait clips of 12 s at
30 fps: cuts, fades, dissolves, flashes, zooms, punch-ins on the beat, strong punch-ins into corners,
whip transitions, shots of one colour, turned and shaken punch-ins, short whips, night shots with warm
beat flashes, soft skies, one set from other angles, short whips on skies and at night), taken
straight from the generator (no encode) and shrunk to the 36x64 tiny frames the app compares, as
``video.decode_video`` makes them. The decode is not timed: only ``shot_boundaries`` on the tiny
frames. The baseline is the same function from ``git show REV:viralml_desktop/core/virality/video.py``
(default: session 10's last commit, before the zoom-and-shift compensation and whip cues), loaded
as a module beside the current one. Prints the median ms per frame of ``--runs`` alternating runs
per rule, on all clips and on the beat-edit clips alone, and the ratio current / baseline.
"""
from __future__ import annotations

import argparse
import importlib.util
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import cv2
import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "training"))

from viralml_desktop.core.virality import video  # noqa: E402

BASELINE_REV = "26911f5"  # session 10's last commit


def tiny(frames: np.ndarray) -> np.ndarray:
    """(n, h, w, 3) uint8 frames -> (n, 64, 36, 3) int16, as the app's tiny copies."""
    return np.stack([cv2.resize(f, (36, 64), interpolation=cv2.INTER_AREA) for f in frames]).astype(np.int16)


def load_baseline(rev: str):
    src = subprocess.run(["git", "-C", str(ROOT), "show", f"{rev}:viralml_desktop/core/virality/video.py"],
                         capture_output=True, text=True, check=True).stdout
    path = Path(tempfile.mkdtemp()) / "video_baseline.py"
    path.write_text(src, encoding="utf-8")
    spec = importlib.util.spec_from_file_location("viralml_desktop.core.virality.video_baseline", path)
    mod = importlib.util.module_from_spec(spec)
    mod.__package__ = "viralml_desktop.core.virality"
    sys.modules[spec.name] = mod  # its dataclasses look their module up by name
    spec.loader.exec_module(mod)
    return mod


def timed(fn, clips) -> float:
    n = sum(len(t) for t, _ in clips)
    t0 = time.perf_counter()
    for t, fps in clips:
        fn(t, fps)
    return 1000 * (time.perf_counter() - t0) / n


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=2)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--baseline", default=BASELINE_REV)
    args = ap.parse_args()
    import measure_data as md

    clips = md.shot_set(args.seed, beat_edits=True)
    data = [(tiny(c.frames), float(c.fps)) for c in clips]
    beat = data[12:]  # the first 12 clips do not depend on beat_edits
    base = load_baseline(args.baseline)
    load0 = os.getloadavg()[0]
    rows = {}
    for label, subset in ((f"all {len(data)} clips", data), (f"the {len(beat)} beat-edit clips", beat)):
        cur, old = [], []
        for _ in range(args.runs):
            old.append(timed(base.shot_boundaries, subset))
            cur.append(timed(video.shot_boundaries, subset))
        rows[label] = (statistics.median(old), statistics.median(cur))
    print(f"shot_boundaries, shot_set(seed={args.seed}, beat_edits=True), median of {args.runs} alternating runs, "
          f"load {load0:.1f} -> {os.getloadavg()[0]:.1f}")
    for label, (o, c) in rows.items():
        print(f"  {label}: baseline {args.baseline} {o:.3f} ms/frame, current {c:.3f} ms/frame, ratio {c / o:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
