"""Feed screenshot speed: the detector's milliseconds per 1920×1080 screenshot (CPU, p50 of warm runs)
and the seconds for the whole ranked table of a 12-tile screenshot through today's path
(``engine.run("analyze_screenshot")``: detection, each tile's title and views read from its box and
the layout (:func:`read_tiles`), scoring, ranking): cold once (the models load), then the medians of
warm runs, interleaved, with the current reading, without reading (``read_text: false``) and with the
previous reader as the baseline in the same process (the detector's title/meta boxes, every line at
its box's width, one batched recogniser call; kept here as :func:`baseline_read_tiles`).
``--accuracy N`` also reads N generated screenshots per layout family whose text is known, given their
tiles, with both readers, and prints titles read exactly (the drawn title's start), mean word
similarity to the drawn title, and view counts read exactly.

Run: ``nice -n 10 .venv/bin/python bench/screenshot_latency.py [--runs 5] [--accuracy 2]``
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


def baseline_read_tiles(bgr: np.ndarray, tiles: list, texts=(), cancelled=None) -> tuple[str, list[dict]]:
    """The previous reading, with :func:`screenshot.read_tiles`' signature: each tile's title and meta
    are the detector's title and meta boxes it owns (:func:`screenshot.assign_text`), read with
    :func:`baseline_read_boxes`; views parsed from the meta."""
    tiles = [list(t) for t in tiles]
    texts = list(texts)
    owner = screenshot.assign_text([screenshot.Detection("thumbnail", t, 1.0) for t in tiles], texts) if texts else {}
    read = baseline_read_boxes(bgr, [d.box for d in texts]) if texts else []
    out = []
    for i in range(len(tiles)):
        own = owner.get(i, {})
        title = " ".join(read[j] for j in own.get("title", []) if read[j])
        meta = " ".join(read[j] for j in own.get("meta", []) if read[j])
        out.append({"title": title, "meta": meta, "views": screenshot.parse_views(meta) if meta else None,
                    "lines": 0})
    return "detector", out


def _table(path: Path, read_text: bool, baseline: bool = False) -> tuple[float, dict]:
    saved = screenshot.read_tiles
    if baseline:
        screenshot.read_tiles = baseline_read_tiles
    try:
        t = time.perf_counter()
        out = engine.run("analyze_screenshot", {"screenshot_path": str(path), "read_text": read_text}, Progress(),
                         record=False)
        return time.perf_counter() - t, out
    finally:
        screenshot.read_tiles = saved


# -- how well the text is read ------------------------------------------------------------------------

def _words(s: str) -> str:
    return " ".join(re.findall(r"\w+", s.lower()))


def _norm(s: str) -> str:
    return " ".join(s.replace("…", " ").replace("...", " ").split())


def reading_accuracy(per_family: int) -> dict:
    """Generated screenshots (held-out photographs, light and dark) whose drawn text is known, given
    their tiles and the detector's text boxes, read by both readers: titles read that are exactly the
    drawn title's start (the generator cuts long titles with '…'), mean difflib word similarity to the
    drawn title, view counts read exactly, wrong counts read, and the seconds each reader took."""
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
    readers = {"current": screenshot.read_tiles, "baseline": baseline_read_tiles}
    st = {k: {"titles": 0, "titles_exact": 0, "sim": [], "views": 0, "views_exact": 0, "views_wrong": 0,
              "seconds": 0.0} for k in readers}
    try:
        for fam in ("yt_desktop_grid", "yt_search_list", "yt_shorts_shelf", "tiktok_profile"):
            for seed in range(per_family):
                drawn.clear()
                img, boxes = sd.render(fam, "light" if seed % 2 else "dark", 1000 + seed, assets)
                bgr = sd._to_array(img)[:, :, ::-1].copy()
                h = bgr.shape[0]
                kept = {tuple(b) for b in boxes}
                tiles = [screenshot.Detection("thumbnail", [int(v) for v in b[1:]], 1.0) for b in boxes if b[0] == 0]
                gts = [(screenshot.Detection(screenshot.CLASSES[b[0]], [int(v) for v in b[1:]], 1.0), t)
                       for b, t in drawn if tuple(b) in kept and b[4] < h - 2]
                owner = screenshot.assign_text(tiles, [d for d, _ in gts])
                truth = []
                for i in range(len(tiles)):
                    title = [gts[j][1] for j in owner[i]["title"]]
                    views = [v for v in (screenshot.parse_views(gts[j][1]) for j in owner[i]["meta"]) if v is not None]
                    truth.append((title[0] if title else None, views[0] if views else None))
                dets = [d for d in screenshot.detect(bgr)[0] if d.cls in ("title", "meta")]
                for name, reader in readers.items():
                    t = time.perf_counter()
                    _, read = reader(bgr, [d.box for d in tiles], dets)
                    st[name]["seconds"] += time.perf_counter() - t
                    for (title, views), r in zip(truth, read):
                        if title:
                            st[name]["titles"] += 1
                            got = _norm(r["title"])
                            st[name]["titles_exact"] += bool(got) and len(got) >= 3 and _norm(title).startswith(got)
                            st[name]["sim"].append(difflib.SequenceMatcher(None, _words(title.replace("…", "")),
                                                                           _words(r["title"])).ratio())
                        if views is not None:
                            st[name]["views"] += 1
                            st[name]["views_exact"] += r["views"] == views
                            st[name]["views_wrong"] += r["views"] is not None and r["views"] != views
    finally:
        sd.Shot.text = original
    return {k: {**{x: v for x, v in d.items() if x != "sim"},
                "similarity": float(np.mean(d["sim"])) if d["sim"] else float("nan")} for k, d in st.items()}


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
    print(f"titles read: {med['titles']:.2f} s vs previous reader {med['baseline titles']:.2f} s "
          f"(ratio current/previous {med['titles'] / med['baseline titles']:.2f}), vs no reading "
          f"{med['no titles']:.2f} s (ratio {med['titles'] / med['no titles']:.2f}); scores and ranks identical in every run: {same}")
    if a.accuracy:
        acc = reading_accuracy(a.accuracy)
        for k, v in acc.items():
            print(f"reading, {k}: titles exact {v['titles_exact']}/{v['titles']}, mean word similarity "
                  f"{v['similarity']:.4f}; view counts exact {v['views_exact']}/{v['views']}, wrong "
                  f"{v['views_wrong']}; {v['seconds']:.2f} s")
    print(f"load average after: {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
