"""Feed screenshot speed: the detector's milliseconds per 1920×1080 screenshot (CPU, p50 of warm runs)
and the seconds for the whole ranked table of a 12-tile screenshot (detection, OCR of titles and
views, each tile scored without the improvement search): cold (the models load), warm, and warm
without reading titles and views.

Run: ``nice -n 10 .venv/bin/python bench/screenshot_latency.py [--runs 10]``
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
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "training"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("VIRALML_DATA_DIR", tempfile.mkdtemp(prefix="shot-bench-data-"))
os.environ.setdefault("VIRALML_CONFIG_DIR", tempfile.mkdtemp(prefix="shot-bench-cfg-"))

import screenshot_data as sd  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402

from viralml_desktop.core import engine, media  # noqa: E402
from viralml_desktop.core.progress import Progress  # noqa: E402
from viralml_desktop.core.thumbnails import screenshot  # noqa: E402


def twelve_tile_screenshot(out: Path) -> Path:
    """A generated 1920×1080 YouTube home grid whose labels hold exactly 12 thumbnails."""
    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841
    photos, faces = sd._load_photos()
    assets = sd.Assets(photos, faces, held_out=True)
    for seed in range(500):
        img, boxes = sd.render("yt_desktop_grid", "light", seed, assets)
        if (img.width(), img.height()) == (1920, 1080) and sum(1 for b in boxes if b[0] == 0) == 12:
            img.save(str(out), "PNG")
            return out
    raise SystemExit("no 12-tile seed found")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs", type=int, default=10)
    a = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="shot-bench-"))
    path = twelve_tile_screenshot(tmp / "grid.png")
    bgr = media.load_image_bgr(path)
    screenshot.detect(bgr)  # load and warm up
    ms = [screenshot.detect(bgr)[1] for _ in range(a.runs)]
    runs = []
    for read_text in (True, True, False):  # cold (models load), then warm; then warm without the OCR of titles
        t = time.perf_counter()
        out = engine.run("analyze_screenshot", {"screenshot_path": str(path), "read_text": read_text}, Progress(),
                         record=False)
        runs.append((time.perf_counter() - t, out))
    import torch

    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
          f"torch threads {torch.get_num_threads()}, load {os.getloadavg()[0]:.1f}")
    print(f"detector ({screenshot.IMGSZ} px input) on 1920x1080: p50 {statistics.median(ms):.1f} ms, "
          f"min {min(ms):.1f} ms over {a.runs} runs")
    for (secs, out), what in zip(runs, ("cold, titles and views read", "warm, titles and views read",
                                        "warm, no title/view OCR")):
        print(f"ranked table ({what}): {out['n_thumbnails']} tiles found, {secs:.2f} s; stages (s): "
              + ", ".join(f"{k} {v:.2f}" for k, v in out["timings"].items())
              + f"; {out['detector']['titles_found']} titles, {out['detector']['meta_found']} meta lines found")
    print(f"load average after: {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
