"""Account health speed: detect_anomaly latency for 100 / 10,000 / 100,000 posts, and the time
to draw and paint the chart for 10,000 posts (offscreen).

    QT_QPA_PLATFORM=offscreen python bench/anomaly_latency.py

Prints the median of several runs for each figure (bench/RESULTS.md, "Account health").
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_tmp = tempfile.mkdtemp(prefix="viralml-bench-")
os.environ.setdefault("VIRALML_DATA_DIR", os.path.join(_tmp, "data"))
os.environ.setdefault("VIRALML_CONFIG_DIR", os.path.join(_tmp, "config"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np  # noqa: E402

from viralml_desktop.core import engine  # noqa: E402
from _timing import median_ms  # noqa: E402  (bench/ is on sys.path when run as a script)


def posts(n: int, seed: int = 0) -> list[dict]:
    rng = np.random.default_rng(seed)
    views = np.round(5000 * np.exp(rng.normal(0, 0.5, n)))
    views[int(n * 0.9):] = np.round(views[int(n * 0.9):] * 0.2)
    likes = np.round(views * 0.07)
    t = np.datetime64("1800-01-01T18:00") + np.arange(n) * np.timedelta64(1, "D")
    return [{"views": int(v), "likes": int(lk), "timestamp": f"{d}Z"} for v, lk, d in zip(views, likes, t)]




def main() -> None:
    engine.run("detect_anomaly", {"account_id": "warm", "recent_posts": posts(50)}, record=False)  # imports
    for n, runs in ((100, 15), (10_000, 7), (100_000, 5)):
        req = {"account_id": "bench", "platform": "tiktok", "recent_posts": posts(n)}
        ms = median_ms(lambda: engine.run("detect_anomaly", req, record=False), runs)
        print(f"detect_anomaly {n:>7,} posts: median {ms:8.1f} ms over {runs} runs")

    from PySide6.QtWidgets import QApplication

    from viralml_desktop.gui.context import AppContext
    from viralml_desktop.gui.tabs.account_health import Tab

    app = QApplication.instance() or QApplication([])
    tab = Tab(AppContext())
    tab.resize(1300, 850)
    tab.show()
    req = {"account_id": "bench", "platform": "tiktok", "recent_posts": posts(10_000), "include_series": True}
    res = {"account_id": "bench", "result": engine.run("detect_anomaly", req, record=False), "captions": []}
    tab.last = res

    def draw():
        tab._draw(res["result"], [])
        tab.chart.grab()  # forces a full paint of both plots
        app.processEvents()

    draw()
    print(f"chart draw + paint, 10,000 posts: median {median_ms(draw, 7):8.1f} ms over 7 runs")
    tab.shutdown()


if __name__ == "__main__":
    main()
