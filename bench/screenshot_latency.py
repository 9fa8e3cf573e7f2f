"""Feed screenshot speed: the detector's milliseconds per 1920×1080 screenshot (CPU, p50 of warm runs)
and the seconds for the whole ranked table of a 12-tile screenshot (detection, OCR of titles and
views, each tile scored without the improvement search): cold (the models load), then the median of
warm runs with titles read, without them, and with the previous reading as the baseline in the same
process (every title line at its box's width, one batched recogniser call, read before the scoring
instead of beside it). ``--accuracy N`` also reads the titles and view lines of N generated
screenshots per layout family whose text is known, with both readers, and prints how alike the text
read is to the text drawn (the reading must not get worse for being faster).

Run: ``nice -n 10 .venv/bin/python bench/screenshot_latency.py [--runs 5] [--accuracy 6]``
"""
from __future__ import annotations

import argparse
import difflib
import os
import platform
import re
import statistics
import sys
import tempfile
import time
from concurrent.futures import Future
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "training"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("VIRALML_DATA_DIR", tempfile.mkdtemp(prefix="shot-bench-data-"))
os.environ.setdefault("VIRALML_CONFIG_DIR", tempfile.mkdtemp(prefix="shot-bench-cfg-"))

import numpy as np  # noqa: E402
import screenshot_data as sd  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402

from viralml_desktop.core import engine, media  # noqa: E402
from viralml_desktop.core.progress import Progress  # noqa: E402
from viralml_desktop.core.thumbnails import screenshot  # noqa: E402


def _assets() -> "sd.Assets":
    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841
    photos, faces = sd._load_photos()
    return sd.Assets(photos, faces, held_out=True)


def twelve_tile_screenshot(out: Path) -> Path:
    """A generated 1920×1080 YouTube home grid whose labels hold exactly 12 thumbnails."""
    assets = _assets()
    for seed in range(500):
        img, boxes = sd.render("yt_desktop_grid", "light", seed, assets)
        if (img.width(), img.height()) == (1920, 1080) and sum(1 for b in boxes if b[0] == 0) == 12:
            img.save(str(out), "PNG")
            return out
    raise SystemExit("no 12-tile seed found")


# -- the baseline: the reading before this change ---------------------------------------------------

def baseline_read_boxes(bgr: np.ndarray, boxes: list, cancelled=None) -> list[str]:
    """The previous reader: every line of a box at the box's width, all lines in one batched call."""
    from viralml_desktop.core.vision.text import recognise

    crops, owner = [], []
    for i, (x0, y0, x1, y1) in enumerate(boxes):
        for line in screenshot._text_lines(bgr[max(0, y0 - 1):y1 + 1, max(0, x0 - 1):x1 + 1]):
            if min(line.shape[:2]) >= 4:
                crops.append(line)
                owner.append(i)
    out = [[] for _ in boxes]
    for i, t in zip(owner, recognise(crops)):
        if t.strip():
            out[i].append(t.strip())
    return [" ".join(x) for x in out]


class _Inline:
    """A ThreadPoolExecutor stand-in that runs the job at once, in the caller's thread (the
    baseline read the titles before scoring the tiles)."""

    def __init__(self, *a, **k):
        pass

    def submit(self, fn, *args):
        f: Future = Future()
        f.set_result(fn(*args))
        return f

    def shutdown(self, wait=True):
        pass


def _table(path: Path, read_text: bool, baseline: bool = False) -> tuple[float, dict]:
    saved = screenshot.read_boxes, screenshot.ThreadPoolExecutor
    if baseline:
        screenshot.read_boxes, screenshot.ThreadPoolExecutor = baseline_read_boxes, _Inline
    try:
        t = time.perf_counter()
        out = engine.run("analyze_screenshot", {"screenshot_path": str(path), "read_text": read_text}, Progress(),
                         record=False)
        return time.perf_counter() - t, out
    finally:
        screenshot.read_boxes, screenshot.ThreadPoolExecutor = saved


# -- how well the text is read ------------------------------------------------------------------------

def _words(s: str) -> str:
    return " ".join(re.findall(r"\w+", s.lower()))


def reading_accuracy(per_family: int) -> dict:
    """Each detected title or meta box of generated screenshots (held-out photographs; families with
    titles) read by both readers and compared with the text drawn inside it: mean difflib ratio of
    the words (1 = the same), exact view counts, and the seconds each reader took."""
    drawn: list = []
    original = sd.Shot.text

    def text(self, x, y, w, txt, *a, **k):  # remember which text each labelled box holds
        n = len(self.boxes)
        used = original(self, x, y, w, txt, *a, **k)
        if len(self.boxes) > n:
            drawn.append((self.boxes[-1], txt))
        return used

    sd.Shot.text = text
    assets = _assets()
    readers = {"new": screenshot.read_boxes, "baseline": baseline_read_boxes}
    sim = {k: [] for k in readers}
    views = {k: [0, 0] for k in readers}
    secs = {k: 0.0 for k in readers}
    try:
        for fam in ("yt_desktop_grid", "yt_search_list", "yt_mobile_feed", "x_media", "yt_shorts_shelf"):
            for seed in range(per_family):
                drawn.clear()
                img, boxes = sd.render(fam, "light" if seed % 2 else "dark", 1000 + seed, assets)
                gts = [(b, t) for b, t in drawn if b in boxes]
                bgr = sd._to_array(img)[:, :, ::-1].copy()
                dets = [d for d in screenshot.detect(bgr)[0] if d.cls in ("title", "meta")]
                for name, reader in readers.items():
                    t = time.perf_counter()
                    read = reader(bgr, [d.box for d in dets])
                    secs[name] += time.perf_counter() - t
                    for d, got in zip(dets, read):
                        x0, y0, x1, y1 = d.box
                        inside = sorted((b[2], b[1], s) for b, s in gts
                                        if x0 - 4 <= (b[1] + b[3]) / 2 <= x1 + 4 and y0 - 4 <= (b[2] + b[4]) / 2 <= y1 + 4)
                        if not inside:
                            continue
                        want = _words(" ".join(s for _, _, s in inside).replace("…", ""))
                        sim[name].append(difflib.SequenceMatcher(None, want, _words(got)).ratio())
                        counts = [screenshot.parse_views(s) for _, _, s in inside if screenshot.parse_views(s)]
                        if counts:
                            views[name][0] += 1
                            views[name][1] += int(screenshot.parse_views(got) == counts[0])
    finally:
        sd.Shot.text = original
    return {k: {"boxes": len(sim[k]), "similarity": float(np.mean(sim[k])) if sim[k] else float("nan"),
                "views_exact": views[k][1], "views_total": views[k][0], "seconds": secs[k]} for k in readers}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--accuracy", type=int, default=0, help="screenshots per family for the reading check")
    a = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="shot-bench-"))
    path = twelve_tile_screenshot(tmp / "grid.png")
    bgr = media.load_image_bgr(path)
    print(f"load average before: {os.getloadavg()[0]:.1f}")
    screenshot.detect(bgr)  # load and warm up
    ms = [screenshot.detect(bgr)[1] for _ in range(a.runs)]
    cold_s, cold = _table(path, True)
    runs: dict[str, list] = {"titles": [], "no titles": [], "baseline titles": []}
    for _ in range(a.runs):  # interleaved, so a change in the machine's load hits all three alike
        runs["titles"].append(_table(path, True))
        runs["no titles"].append(_table(path, False))
        runs["baseline titles"].append(_table(path, True, baseline=True))
    import torch

    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
          f"torch threads {torch.get_num_threads()}")
    print(f"detector ({screenshot.IMGSZ} px input) on 1920x1080: p50 {statistics.median(ms):.1f} ms, "
          f"min {min(ms):.1f} ms over {a.runs} runs")
    print(f"ranked table, cold (models load), titles read: {cold_s:.2f} s, {cold['n_thumbnails']} tiles")
    med = {}
    for what, rs in runs.items():
        secs = [s for s, _ in rs]
        med[what] = statistics.median(secs)
        out = rs[-1][1]
        stages = {k: statistics.median(r[1]["timings"].get(k, 0.0) for r in rs) for k in out["timings"]}
        print(f"ranked table, warm, {what}: median {med[what]:.2f} s (min {min(secs):.2f}, max {max(secs):.2f}) "
              f"over {len(secs)} runs, {out['n_thumbnails']} tiles, {sum(1 for t in out['tiles'] if t['title'])} "
              f"titles read; median stages (s): " + ", ".join(f"{k} {v:.2f}" for k, v in stages.items()))
    same = all([(t["visual_appeal_score"], t["rank"]) for t in r[1]["tiles"]]
               == [(t["visual_appeal_score"], t["rank"]) for t in runs["no titles"][0][1]["tiles"]]
               for rs in runs.values() for r in rs)
    print(f"titles read: {med['titles']:.2f} s vs baseline {med['baseline titles']:.2f} s "
          f"({med['baseline titles'] / med['titles']:.2f}x faster); scores and ranks identical in every run: {same}")
    if a.accuracy:
        acc = reading_accuracy(a.accuracy)
        for k, v in acc.items():
            print(f"reading, {k}: {v['boxes']} boxes with known text, mean word similarity {v['similarity']:.4f}, "
                  f"view counts exact {v['views_exact']}/{v['views_total']}, {v['seconds']:.2f} s")
    print(f"load average after: {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
