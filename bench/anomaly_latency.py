"""Account health speed: detect_anomaly latency for 100 / 10,000 / 100,000 posts, and the two
jobs the Account health tab runs for a 10,000-post account: a dropped export imported then
detected (``import_and_detect``) and a stored account detected (``detect_for_account``).

    python bench/anomaly_latency.py

Prints the median of several runs for each figure (bench/RESULTS.md, "Account health").

Changed: this script used to build the Account health tab offscreen and time drawing and
painting its chart for 10,000 posts. bench/ no longer imports the GUI; it times the core jobs
the tab waits for instead (reading the stored posts, the import, the detection with its
per-post series), which is the part of a drop or an account click that grows with the history.
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

_tmp = tempfile.mkdtemp(prefix="viralml-bench-")
os.environ.setdefault("VIRALML_DATA_DIR", os.path.join(_tmp, "data"))
os.environ.setdefault("VIRALML_CONFIG_DIR", os.path.join(_tmp, "config"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np  # noqa: E402

from viralml_desktop.core import engine  # noqa: E402
from viralml_desktop.core.account_health import jobs  # noqa: E402
from _timing import median_ms  # noqa: E402  (bench/ is on sys.path when run as a script)


def posts(n: int, seed: int = 0) -> list[dict]:
    rng = np.random.default_rng(seed)
    views = np.round(5000 * np.exp(rng.normal(0, 0.5, n)))
    views[int(n * 0.9):] = np.round(views[int(n * 0.9):] * 0.2)
    likes = np.round(views * 0.07)
    t = np.datetime64("1800-01-01T18:00") + np.arange(n) * np.timedelta64(1, "D")
    return [{"views": int(v), "likes": int(lk), "timestamp": f"{d}Z"} for v, lk, d in zip(views, likes, t)]


def write_export(path: Path, n: int) -> Path:
    """A TikTok-style export of ``n`` posts (the columns the Account health tab reads)."""
    rows = ["Video title,Video link,Post time,Total views,Total likes,Total comments,Total shares"]
    rows += [f"Clip {i},https://t/{i},{p['timestamp'][:-1].replace('T', ' ')}:00,{p['views']},{p['likes']},3,1"
             for i, p in enumerate(posts(n))]
    path.write_text("\n".join(rows), encoding="utf-8")
    return path


def main() -> None:
    engine.run("detect_anomaly", {"account_id": "warm", "recent_posts": posts(50)}, record=False)  # imports
    for n, runs in ((100, 15), (10_000, 7), (100_000, 5)):
        req = {"account_id": "bench", "platform": "tiktok", "recent_posts": posts(n)}
        ms = median_ms(lambda: engine.run("detect_anomaly", req, record=False), runs)
        print(f"detect_anomaly {n:>7,} posts: median {ms:8.1f} ms over {runs} runs")

    export = write_export(Path(_tmp) / "bench_tiktok.csv", 10_000)
    args = jobs.ImportArgs(str(export), "tiktok")
    report = jobs.import_and_detect(args)  # warm: pandas, the store
    ms = median_ms(lambda: jobs.import_and_detect(args), 5)
    print(f"import_and_detect, 10,000-post export: median {ms:8.1f} ms over 5 runs")
    ms = median_ms(lambda: jobs.detect_for_account(report.account_id), 7)
    print(f"detect_for_account, 10,000 stored posts: median {ms:8.1f} ms over 7 runs")


if __name__ == "__main__":
    main()
