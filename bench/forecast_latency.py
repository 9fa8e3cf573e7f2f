"""Latency of the views forecast (``forecast_views``) for one account, warm, on the CPU.

    .venv/bin/python bench/forecast_latency.py [--runs 30]

Times the core call (``forecast.forecast_history``: features, the LSTM over the last
``sequence_length`` posts or the baseline, the expected times) on a 200-post history, with the
LSTM forced and with each baseline, then the whole ``engine.run`` path (request validation,
date parsing) and the chart band of 1,000 posts. Prints medians in ms.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("VIRALML_DEVICE", "cpu")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np  # noqa: E402


def median_ms(fn, runs: int) -> float:
    fn()  # warm
    ts = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        ts.append((time.perf_counter() - t0) * 1000)
    return statistics.median(ts)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=30)
    a = ap.parse_args()
    import torch

    torch.set_num_threads(1)
    from viralml_desktop.core import engine
    from viralml_desktop.core.account_health import forecast as fc
    from viralml_desktop.core.account_health import forecast_math as fm

    rng = np.random.default_rng(0)
    n = 1000
    views = np.round(5000 * np.exp(rng.normal(0, 0.5, n)))
    t = 1_700_000_000 + np.arange(n) * 86400
    h = fc.history_from_arrays(views, t, views * 0.1)
    h200 = h.upto(200)
    m = fc._global_lstm()
    rows = [("LSTM, last 30 of 200 posts (features + network)",
             median_ms(lambda: fc._lstm_quantiles(m, h200, 30, np.array([199])), a.runs))]
    for b in fm.BASELINES:
        rows.append((f"{b}, 200 posts", median_ms(lambda b=b: fm.baseline(b, h200.y, h200.t, 5), a.runs)))
    orig = fc.held_out_choice
    fc.held_out_choice = lambda: ("lstm", "rolling_median_10", {}, [])
    rows.append(("forecast_history, LSTM answering, 200 posts", median_ms(lambda: fc.forecast_history(h200, 5), a.runs)))
    rows.append(("forecast_history with the band of 1,000 posts (LSTM)",
                 median_ms(lambda: fc.forecast_history(h, 5, include_band=True), max(3, a.runs // 5))))
    fc.held_out_choice = orig
    req = {"recent_posts": [{"views": int(v), "timestamp": str(np.datetime64(int(x), "s")) + "Z"}
                            for v, x in zip(h200.views, h200.t)], "horizon": 5}
    rows.append(("engine.run('forecast_views'), 200 posts, as metrics.json chose",
                 median_ms(lambda: engine.run("forecast_views", req, record=False), a.runs)))
    for name, ms in rows:
        print(f"| {name} | {ms:.1f} ms |")


if __name__ == "__main__":
    main()
