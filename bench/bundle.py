"""The standalone app (``make package``): its size on disk and its start-to-first-paint next to the venv's.

Runs ``viralml gui`` from the venv and ``dist/viralml/viralml gui`` from the bundle in fresh
processes, alternated (``VIRALML_EXIT_AFTER_PAINT=1``: the window prints the time of its first
paint and quits), Qt offscreen, each with its own empty config and data dir; medians of N runs.
Also the bundle's size and its largest parts. Prints "not built" when dist/viralml is absent.

Usage: ``BENCH_RUNS=5 .venv/bin/python bench/bundle.py``
"""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
APP = ROOT / "dist" / "viralml" / "viralml"
N = int(os.environ.get("BENCH_RUNS", "5"))


def size(path: Path) -> int:
    """Bytes of the regular files under ``path`` (links not followed)."""
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def first_paint(cmd: list[str]) -> float:
    """Seconds from process start to the main window's first paint."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", VIRALML_EXIT_AFTER_PAINT="1",
               VIRALML_CONFIG_DIR=tempfile.mkdtemp(), VIRALML_DATA_DIR=tempfile.mkdtemp())
    t0 = time.time()
    out = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=300).stdout
    line = next(x for x in out.splitlines() if x.startswith("FIRST_PAINT"))
    return float(line.split()[1]) - t0


def main() -> None:
    if not APP.exists():
        print(f"not built: {APP} (make package)")
        return
    internal = APP.parent / "_internal"
    total = size(APP.parent)
    print(f"bundle {APP.parent}: {total / 1e9:.2f} GB, {sum(1 for _ in APP.parent.rglob('*'))} files")
    parts = sorted(((size(p), p.name) for p in internal.iterdir() if not p.is_symlink()), reverse=True)[:10]
    print("largest parts (links to libraries inside them not counted twice): "
          + ", ".join(f"{name} {b / 1e6:.0f} MB" for b, name in parts))
    venv_cmd = [sys.executable, "-m", "viralml_desktop.cli", "gui"]
    app_cmd = [str(APP), "gui"]
    first_paint(venv_cmd), first_paint(app_cmd)  # warm the OS file cache once each
    venv, app = [], []
    for _ in range(N):
        venv.append(first_paint(venv_cmd))
        app.append(first_paint(app_cmd))
    v, a = statistics.median(venv), statistics.median(app)
    print(f"start -> first paint, {N} runs alternated: venv median {v * 1000:.0f} ms "
          f"(min {min(venv) * 1000:.0f}), bundle median {a * 1000:.0f} ms (min {min(app) * 1000:.0f}); "
          f"bundle / venv {a / v:.2f}x; load average {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
