"""Startup benchmark: wall time from process start to the main window's first paint.

Runs `viralml gui` in fresh processes (VIRALML_EXIT_AFTER_PAINT=1 makes it print the time
of its first paint and quit) and, as a baseline in the same run, a bare PySide6 process
that paints an empty QMainWindow. Also times `import torch` alone, the cost that the app
defers until a model is needed. Prints medians of N runs and the ratio to the baseline.
"""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time

N = int(os.environ.get("BENCH_RUNS", "7"))
ENV = dict(os.environ, QT_QPA_PLATFORM="offscreen", VIRALML_EXIT_AFTER_PAINT="1",
           VIRALML_CONFIG_DIR=tempfile.mkdtemp(), VIRALML_DATA_DIR=tempfile.mkdtemp())

BARE = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.resize(1200, 800)
class F(QObject):
    def eventFilter(self, o, e):
        if e.type() == QEvent.Paint and not getattr(self, "s", False):
            self.s = True; print(f"FIRST_PAINT {time.time():.6f} torch_imported={'torch' in sys.modules}", flush=True)
            QTimer.singleShot(0, app.quit)
        return False
f = F(); w.installEventFilter(f); w.show(); app.exec()
"""


def first_paint(cmd: list[str]) -> tuple[float, bool]:
    t0 = time.time()
    out = subprocess.run(cmd, env=ENV, capture_output=True, text=True, timeout=120).stdout
    line = next(l for l in out.splitlines() if l.startswith("FIRST_PAINT"))
    _, ts, torch_flag = line.split()
    return float(ts) - t0, torch_flag.endswith("True")


def timed(cmd: list[str]) -> float:
    t0 = time.perf_counter()
    subprocess.run(cmd, env=ENV, check=True, capture_output=True, timeout=120)
    return time.perf_counter() - t0


def main() -> None:
    app_cmd = [sys.executable, "-m", "viralml_desktop.cli", "gui"]
    bare_cmd = [sys.executable, "-c", BARE]
    first_paint(app_cmd)  # warm the OS file cache once
    app_runs, bare_runs, torch_flags = [], [], []
    for _ in range(N):
        t, flag = first_paint(app_cmd)
        app_runs.append(t)
        torch_flags.append(flag)
        bare_runs.append(first_paint(bare_cmd)[0])
    torch_import = [timed([sys.executable, "-c", "import torch"]) for _ in range(max(3, N // 2))]
    python_only = [timed([sys.executable, "-c", "pass"]) for _ in range(max(3, N // 2))]
    app_m, bare_m = statistics.median(app_runs), statistics.median(bare_runs)
    print(f"runs: {N}")
    print(f"viralml gui, process start -> first paint: median {app_m * 1000:.0f} ms "
          f"(min {min(app_runs) * 1000:.0f}, max {max(app_runs) * 1000:.0f})")
    print(f"baseline bare PySide6 QMainWindow -> first paint: median {bare_m * 1000:.0f} ms")
    print(f"ratio app / baseline: {app_m / bare_m:.2f}x")
    print(f"torch imported before first paint: {any(torch_flags)}")
    print(f"deferred cost, python -c 'import torch': median {statistics.median(torch_import) * 1000:.0f} ms "
          f"(python -c pass: {statistics.median(python_only) * 1000:.0f} ms)")


if __name__ == "__main__":
    main()
