"""Thumbnail scoring speed: per-image latency of a 1280×720 thumbnail split by stage (p50 of
several runs), cold vs cached rescoring, and batch throughput (images/s).

Run: ``nice -n 10 .venv/bin/python bench/thumbnail_latency.py [--runs 5] [--batch 12]``
"""
from __future__ import annotations

import argparse
import importlib.util
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

import cv2
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("VIRALML_DATA_DIR", tempfile.mkdtemp(prefix="thumb-bench-data-"))
os.environ.setdefault("VIRALML_CONFIG_DIR", tempfile.mkdtemp(prefix="thumb-bench-cfg-"))

from viralml_desktop.core import engine, media
from viralml_desktop.core.vision import measures as image_measures
from viralml_desktop.core.thumbnails import score as thumbnail
from viralml_desktop.core.thumbnails import studio  # noqa: E402
from viralml_desktop.core.thumbnails import edits as thumbnail_edits  # noqa: E402
from viralml_desktop.core.thumbnails import features as tf  # noqa: E402
from viralml_desktop.core.progress import Progress  # noqa: E402


def make_thumbnail(path: Path) -> np.ndarray:
    """1280×720: a real photo background, a real portrait, a title and a small caption."""
    sk = Path(importlib.util.find_spec("sklearn").submodule_search_locations[0])
    mpl = Path(importlib.util.find_spec("matplotlib").submodule_search_locations[0])
    canvas = cv2.resize(media.load_image_bgr(sk / "datasets" / "images" / "china.jpg"), (1280, 720))
    canvas[60:660, 700:1212] = media.load_image_bgr(mpl / "mpl-data" / "sample_data" / "grace_hopper.jpg")
    cv2.putText(canvas, "NUEVA VIDA", (40, 200), cv2.FONT_HERSHEY_DUPLEX, 3, (255, 255, 255), 8)
    cv2.putText(canvas, "official video", (40, 680), cv2.FONT_HERSHEY_SIMPLEX, 1.0, (230, 230, 230), 2)
    cv2.imwrite(str(path), canvas)
    return canvas


def p50(xs: list[float]) -> float:
    return round(statistics.median(xs) * 1000, 1)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--batch", type=int, default=12)
    a = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="thumb-bench-"))
    path = tmp / "thumb.png"
    make_thumbnail(path)
    tf.read_text(cv2.imread(str(path)))  # load the OCR and face models once (not timed)
    image_measures.measure(cv2.imread(str(path)))

    stages: dict[str, list[float]] = {k: [] for k in ("decode", "faces", "measures", "ocr", "text_contrast_and_phone",
                                                       "improvement_search", "score_total_cold", "rescore_cached")}
    for _ in range(a.runs):
        t = time.perf_counter()
        bgr = media.load_image_bgr(path)
        stages["decode"].append(time.perf_counter() - t)
        small = image_measures.resize_long_side(bgr)
        grey = cv2.cvtColor(small, cv2.COLOR_BGR2GRAY)
        t = time.perf_counter()
        image_measures.detect_faces(grey)
        stages["faces"].append(time.perf_counter() - t)
        t = time.perf_counter()
        m = image_measures.measure(bgr, with_faces=False)
        stages["measures"].append(time.perf_counter() - t)
        t = time.perf_counter()
        boxes = tf.read_text(bgr)
        stages["ocr"].append(time.perf_counter() - t)
        feats = tf.ThumbnailFeatures(measures=image_measures.measure(bgr).to_dict(), text_boxes=boxes,
                                     objects={"available": False, "reason": "bench"})
        t = time.perf_counter()
        tf.finish_text(bgr, feats)
        stages["text_contrast_and_phone"].append(time.perf_counter() - t)
        t = time.perf_counter()
        thumbnail_edits.search(bgr, feats, thumbnail._appeal)
        stages["improvement_search"].append(time.perf_counter() - t)
        thumbnail.clear_caches()
        t = time.perf_counter()
        engine.run("score_thumbnail", {"thumbnail_path": str(path)}, record=False)
        stages["score_total_cold"].append(time.perf_counter() - t)
        t = time.perf_counter()
        engine.run("score_thumbnail", {"thumbnail_path": str(path)}, record=False)
        stages["rescore_cached"].append(time.perf_counter() - t)
        del m

    folder = tmp / "batch"
    folder.mkdir()
    base = cv2.imread(str(path))
    for i in range(a.batch):  # different bytes each, so nothing comes from the cache
        v = np.clip(base.astype(np.int16) + (i * 7 - 40), 0, 255).astype(np.uint8)
        cv2.imwrite(str(folder / f"t{i:02d}.jpg"), v)
    thumbnail.clear_caches()
    t = time.perf_counter()
    rows = studio.score_folder(folder, Progress()).rows
    dt = time.perf_counter() - t

    print(f"machine: {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}")
    print(f"1280x720 thumbnail, p50 of {a.runs} runs (ms):")
    for k, v in stages.items():
        print(f"  {k:26s} {p50(v):9.1f}")
    ok = sum(1 for r in rows if not r.get("error"))
    print(f"batch: {ok}/{len(rows)} images scored (no improvement search) in {dt:.1f} s = {ok / dt:.2f} images/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
