"""Feed screenshot: the whole ranked table of a 12-tile 1920×1080 screenshot (issue 17 point 5, ≤ 3 s on
CPU), today's path against an earlier session's in the same process.

Each run is ``engine.run("analyze_screenshot")`` on a generated 12-tile YouTube home grid, titles and
views read (as the tab does). Two paths, interleaved run by run so that a change in
the machine's load hits both alike:

* **current**: each tile's picture measures and Haar faces run in a thread beside its OCR
  (:data:`viralml_desktop.core.thumbnails.features.PARALLEL_MEASURES`), and OCR calls that keep the
  engine's options run at once from several threads (the tile's OCR beside the titles' reading,
  :data:`viralml_desktop.core.vision.text.SHARED_OCR_CALLS`),
  and the title reader finds each text region's lines once and recognises each line crop once per
  screenshot (:data:`viralml_desktop.core.thumbnails.screenshot.READ_ONCE`), and the OCR engine's
  detector and recogniser read their per-call settings from plain values
  (:data:`viralml_desktop.core.vision.text.PLAIN_SETTINGS`), and a video's duration badge read in a tile's
  bottom-right corner is left out of the tile's text, so it is not read again at phone size
  (:data:`viralml_desktop.core.thumbnails.features.DROP_DURATION_BADGE`; this changes the text measures,
  score and rank of the tiles that show one), and a box in the badge's corner that reads as a duration
  on its own is kept out of the recogniser's batches (:data:`viralml_desktop.core.vision.text.SKIP_BADGE_READ`);
* **baseline** (``--baseline session15``, the default): session 15's path, the same with the badge kept as
  the tile's text; ``--baseline badge-read``: the current path but the badge read in the recogniser's
  batches and dropped after (the same table); ``--baseline session14``: also the OCR settings read
  from rapidocr's omegaconf objects on every call; ``--baseline session12``: also the title reader
  finds a region's lines again at each step (layout vote, action-bar probe, reading) and reads a line
  crop again wherever it comes up; ``--baseline session11``: each tile's measures, then its OCR, one
  after another, every OCR call taking the engine alone, and the reader as in session 12.

Printed: the median wall seconds of the table (and min, max), the median CPU seconds of the process per
table (all threads; what a busy laptop has to find), the median stage timings of the response, the ratio
current/baseline, whether every run of a path gives the same table (every tile's score, click
probability, rank, measures and title; the exit status is 1 when not), which tiles and fields differ
between the two paths, the load average before and after, and the cores. ``--parts``: where one table's CPU goes, each
part run in one thread (recogniser calls for the titles, the tiles' text and their phone-size re-read,
the text detector, the Haar cascade, the rest).

Run: ``nice -n 10 .venv/bin/python bench/screenshot_table_speed.py [--runs 7] [--no-titles]
[--baseline session15|badge-read|session14|session12|session11] [--parts]``
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

from viralml_desktop.core import engine, registry  # noqa: E402
from viralml_desktop.core.progress import Progress  # noqa: E402
from viralml_desktop.core.thumbnails import features  # noqa: E402
from viralml_desktop.core.thumbnails import screenshot  # noqa: E402
from viralml_desktop.core.vision import text  # noqa: E402

# (features.PARALLEL_MEASURES, text.SHARED_OCR_CALLS, screenshot.READ_ONCE, text.PLAIN_SETTINGS,
#  features.DROP_DURATION_BADGE, text.SKIP_BADGE_READ)
PATHS = {"current": (True, True, True, True, True, True), "badge-read": (True, True, True, True, True, False),
         "session15": (True, True, True, True, False, False), "session14": (True, True, True, False, False, False),
         "session12": (True, True, False, False, False, False), "session11": (False, False, False, False, False, False)}
MODES = {"current": PATHS["current"], "baseline": PATHS["session15"]}


def _set(flags: tuple) -> None:
    features.PARALLEL_MEASURES, text.SHARED_OCR_CALLS, screenshot.READ_ONCE, plain, \
        features.DROP_DURATION_BADGE, text.SKIP_BADGE_READ = flags
    text.use_plain_settings(registry.get("ocr"), plain)


def table(path: Path, mode: str, read_text: bool) -> tuple[float, float, dict]:
    """One ranked table in ``mode``: (wall seconds, process CPU seconds, response)."""
    _set(MODES[mode])
    try:
        t, c = time.perf_counter(), time.process_time()
        out = engine.run("analyze_screenshot", {"screenshot_path": str(path), "read_text": read_text},
                         Progress(), record=False)
        return time.perf_counter() - t, time.process_time() - c, out
    finally:
        _set(MODES["current"])


def parts(path: Path, mode: str = "current") -> None:
    """Print where one table's CPU goes in ``mode``: the tiles scored, then the titles read, in this thread
    (OpenCV's own worker threads not counted); onnxruntime calls and the Haar cascade timed apart."""
    from collections import Counter

    from rapidocr.inference_engine.onnxruntime.main import OrtInferSession

    from viralml_desktop.core.vision import measures

    spent, inputs = Counter(), Counter()
    run_session, find_faces = OrtInferSession.__call__, measures.detect_faces

    def session(self, x):
        f, names = sys._getframe(1), set()
        while f is not None:
            names.add(f.f_code.co_name)
            f = f.f_back
        where = ("phone-size re-read" if "read_at_phone_size" in names else "titles over tiles"
                 if "_over_lines" in names else "tiles' text" if "read_text" in names else "titles")
        who = f"{where}: {'recogniser' if x.shape[2] == 48 else 'text detector'}"
        t = time.thread_time()
        try:
            return run_session(self, x)
        finally:
            spent[who] += time.thread_time() - t
            inputs[who] += x.shape[0]

    def faces(grey):
        t = time.thread_time()
        try:
            return find_faces(grey)
        finally:
            spent["Haar cascade"] += time.thread_time() - t
            inputs["Haar cascade"] += 1

    bgr = screenshot.load_image(path)
    dets, _ = screenshot.detect(bgr)
    tiles = [d.box for d in dets if d.cls == "thumbnail"]
    texts = [d for d in dets if d.cls in ("title", "meta")]
    OrtInferSession.__call__, measures.detect_faces = session, faces
    _set(MODES[mode])
    features.PARALLEL_MEASURES = False
    try:
        for _ in range(2):  # the first warms up
            spent.clear()
            inputs.clear()
            t = time.thread_time()
            for x0, y0, x1, y1 in tiles:
                features.analyze(bgr[y0:y1, x0:x1])
            scoring = time.thread_time() - t
            t = time.thread_time()
            screenshot.read_tiles(bgr, tiles, texts)
            reading = time.thread_time() - t
    finally:
        OrtInferSession.__call__, measures.detect_faces = run_session, find_faces
        _set(MODES["current"])
    total = scoring + reading
    print(f"{mode}: parts of one table in one thread ({len(tiles)} tiles): scoring {scoring:.2f} s CPU, titles "
          f"{reading:.2f} s, total {total:.2f} s")
    for who, s in spent.most_common():
        print(f"  {who}: {s:.2f} s ({s / total:.0%}), {inputs[who]} inputs")
    rest = total - sum(spent.values())
    print(f"  everything else: {rest:.2f} s ({rest / total:.0%})")


_KEYS = ("box", "visual_appeal_score", "click_probability", "rank", "measures", "title", "meta", "views")


def _same(a: dict, b: dict) -> bool:
    return [[t[k] for k in _KEYS] for t in a["tiles"]] == [[t[k] for k in _KEYS] for t in b["tiles"]]


def _differences(a: dict, b: dict) -> list[str]:
    """Per tile (reading order) that differs between two responses: its index and the keys that differ
    (``measures`` broken down into its fields)."""
    out = []
    for i, (x, y) in enumerate(zip(a["tiles"], b["tiles"])):
        keys = [k for k in _KEYS if k != "measures" and x[k] != y[k]]
        mx, my = x["measures"], y["measures"]
        keys += [f"measures.{k}" for k in sorted(set(mx) | set(my)) if mx.get(k) != my.get(k)]
        if keys:
            out.append(f"tile {i}: " + ", ".join(keys))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--no-titles", action="store_true", help="read_text false (tiles scored only)")
    ap.add_argument("--baseline", choices=("session15", "badge-read", "session14", "session12", "session11"), default="session15")
    ap.add_argument("--parts", action="store_true", help="also print where one table's CPU goes")
    a = ap.parse_args()
    read = not a.no_titles
    MODES["baseline"] = PATHS[a.baseline]
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
    steady = all(_same(r[2], rs[0][2]) for rs in runs.values() for r in rs)
    diff = _differences(runs["current"][0][2], runs["baseline"][0][2])
    print(f"baseline: {a.baseline}'s path; ratio current/baseline {med['current'] / med['baseline']:.2f}; every "
          f"tile's score, click probability, rank, measures and title the same in every run of each path: "
          f"{steady}; current against baseline: " + ("the same" if not diff else
                                                     f"{len(diff)} tiles differ ({'; '.join(diff)})"))
    if a.parts:
        for m in MODES:
            parts(path, m)
    return 0 if steady else 1


if __name__ == "__main__":
    sys.exit(main())
