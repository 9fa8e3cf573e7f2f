"""Feed screenshot: the whole ranked table of a 12-tile 1920×1080 screenshot (issue 17 point 5, ≤ 3 s on
CPU), today's tile scoring against session 11's in the same process.

Each run is ``engine.run("analyze_screenshot")`` on a generated 12-tile YouTube home grid, titles and
views read (as the tab does). Two ways of scoring the tiles, interleaved run by run so that a change in
the machine's load hits both alike:

* **current**: each tile's picture measures and Haar faces run in a thread beside its OCR
  (:data:`viralml_desktop.core.thumbnails.features.PARALLEL_MEASURES`), and OCR calls that keep the
  engine's options run at once from several threads (the tile's OCR beside the titles' reading,
  :data:`viralml_desktop.core.vision.text.SHARED_OCR_CALLS`);
* **baseline**: session 11's path: each tile's measures, then its OCR, one after another, and every OCR
  call takes the engine alone.

Printed: the median wall seconds of the table (and min, max), the median CPU seconds of the process per
table (all threads; what a busy laptop has to find), the median stage timings of the response, the ratio
current/baseline, whether every tile's score, click probability, rank, measures and title are the same
in both, the load average before and after, and the cores.

Run: ``nice -n 10 .venv/bin/python bench/screenshot_table_speed.py [--runs 7] [--no-titles]``
"""
from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
import screenshot_latency as sl  # noqa: E402  (sets the offscreen platform and a private data dir)

from viralml_desktop.core import engine  # noqa: E402
from viralml_desktop.core.progress import Progress  # noqa: E402
from viralml_desktop.core.thumbnails import features  # noqa: E402
from viralml_desktop.core.vision import text  # noqa: E402

MODES = {"current": (True, True), "baseline": (False, False)}


def table(path: Path, mode: str, read_text: bool) -> tuple[float, float, dict]:
    """One ranked table in ``mode``: (wall seconds, process CPU seconds, response)."""
    features.PARALLEL_MEASURES, text.SHARED_OCR_CALLS = MODES[mode]
    try:
        t, c = time.perf_counter(), time.process_time()
        out = engine.run("analyze_screenshot", {"screenshot_path": str(path), "read_text": read_text},
                         Progress(), record=False)
        return time.perf_counter() - t, time.process_time() - c, out
    finally:
        features.PARALLEL_MEASURES, text.SHARED_OCR_CALLS = MODES["current"]


def _same(a: dict, b: dict) -> bool:
    keys = ("box", "visual_appeal_score", "click_probability", "rank", "measures", "title", "meta", "views")
    return [[t[k] for k in keys] for t in a["tiles"]] == [[t[k] for k in keys] for t in b["tiles"]]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--no-titles", action="store_true", help="read_text false (tiles scored only)")
    a = ap.parse_args()
    read = not a.no_titles
    path = sl.twelve_tile_screenshot(Path(tempfile.mkdtemp(prefix="shot-table-")) / "grid.png")
    load0 = os.getloadavg()
    cold_s, _, first = table(path, "current", read)  # the models load
    table(path, "baseline", read)
    runs: dict[str, list] = {m: [] for m in MODES}
    for _ in range(a.runs):
        for m in MODES:
            runs[m].append(table(path, m, read))
    load1 = os.getloadavg()
    import torch

    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, no GPU used (torch threads "
          f"{torch.get_num_threads()}); load average before {load0[0]:.2f} (5 min {load0[1]:.2f}), after "
          f"{load1[0]:.2f} (5 min {load1[1]:.2f})")
    print(f"12-tile 1920x1080 grid, {first['n_thumbnails']} tiles found, titles read: {read}; cold (models "
          f"load) {cold_s:.2f} s")
    med = {}
    for m, rs in runs.items():
        wall = [w for w, _, _ in rs]
        cpu = [c for _, c, _ in rs]
        med[m] = statistics.median(wall)
        stages = {k: statistics.median(r[2]["timings"].get(k, 0.0) for r in rs) for k in rs[-1][2]["timings"]}
        print(f"{m}: table median {med[m]:.2f} s (min {min(wall):.2f}, max {max(wall):.2f}) over {len(wall)} "
              f"runs, CPU {statistics.median(cpu):.2f} s; stages (s): "
              + ", ".join(f"{k} {v:.2f}" for k, v in stages.items()))
    same = all(_same(r[2], runs["baseline"][0][2]) for rs in runs.values() for r in rs)
    print(f"ratio current/baseline {med['current'] / med['baseline']:.2f}; every tile's score, click "
          f"probability, rank, measures and title the same in every run of both: {same}")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
