"""Comment sentiment speed: model load, one comment's latency, and comments per second.

    nice -n 10 .venv/bin/python bench/sentiment_speed.py [--n 1000] [--runs 5] [--threads 2]
    .venv/bin/python bench/sentiment_speed.py --write-metrics [--machine "2-core VM, no GPU"]

Comments: half Spanish (training/data/spanish_comments_test.csv), half English (the English
rows of training/data/sentiment_music_test.csv and _dev.csv), each cycled and numbered past
its end so no comment repeats. Every text is only timed, never scored against its label. The
result cache is cleared before every run, so each run really scores every comment. Prints
medians of ``--runs`` runs.

``--write-metrics`` writes the median wall-clock throughput of the runs into
models/sentiment/metrics.json as ``music_comments.comments_per_second_cpu``, with
``music_comments.comments_per_second_measured`` = {machine, load average at the start and the
end, date, command, corpus, every run}: the shipped speed figure the README, the model card
and the ML health JSON read. Run it on a quiet machine (the load average is recorded beside
the figure); training/sentiment_slang_eval.py keeps it as written here.
"""
from __future__ import annotations

import argparse
import csv
import datetime
import json
import os
import platform
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from viralml_desktop.core import engine, registry  # noqa: E402
from viralml_desktop.core.captions import comments as sentiment  # noqa: E402

DATA = ROOT / "training" / "data"
METRICS = ROOT / "models" / "sentiment" / "metrics.json"


def _cycled(texts: list[str], n: int) -> list[str]:
    """``n`` texts: ``texts`` in order, then again numbered "(k)" so none repeats."""
    return [texts[i] if i < len(texts) else f"{texts[i % len(texts)]} ({i // len(texts)})" for i in range(n)]


def corpus(n: int) -> list[str]:
    """``n`` comments, the first half Spanish, the rest English (see the module docstring)."""
    with open(DATA / "spanish_comments_test.csv", encoding="utf-8", newline="") as f:
        spanish = [r["text"] for r in csv.DictReader(f)]
    english: list[str] = []
    for name in ("sentiment_music_test.csv", "sentiment_music_dev.csv"):
        with open(DATA / name, encoding="utf-8", newline="") as f:
            english += [r["text"] for r in csv.DictReader(f) if r["language"] == "en"]
    return _cycled(spanish, n - n // 2) + _cycled(english, n // 2)


def _machine() -> str:
    """This machine in words: cores, architecture, CPU model, VM or not, GPU or not (e.g. "2-core
    x86_64 VM (AMD EPYC ...), no GPU"); the shipped pipeline runs on the CPU either way."""
    import shutil

    model, vm = platform.processor(), False
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            key = line.split(":", 1)[0].strip().lower()
            if key == "model name" and ":" in line:
                model = model if model and model != platform.machine() else line.split(":", 1)[1].strip()
            elif key == "flags" and " hypervisor" in line:
                vm = True
    except OSError:
        pass
    gpu = "a GPU present, not used" if shutil.which("nvidia-smi") or Path("/dev/nvidia0").exists() else "no GPU"
    return (f"{os.cpu_count()}-core {platform.machine()}{' VM' if vm else ''}"
            + (f" ({model})" if model and model != platform.machine() else "") + f", {gpu}")


def write_metrics(rate: float, measured: dict, path: Path = METRICS) -> None:
    """Put the throughput and how it was measured into the sentiment metrics file.

    Parameters
    ----------
    rate : float
        Median wall-clock throughput, comments per second.
    measured : dict
        ``comments_per_second_measured``: machine, load averages, date, command, corpus, runs.
    path : pathlib.Path
        models/sentiment/metrics.json; every other key is kept.
    """
    metrics = json.loads(path.read_text(encoding="utf-8"))
    mc = metrics.setdefault("music_comments", {})
    mc["comments_per_second_cpu"] = round(rate)
    mc["comments_per_second_measured"] = measured
    path.write_text(json.dumps(metrics, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--threads", type=int, default=0, help="encoder BLAS threads (default: the app's, 1)")
    ap.add_argument("--write-metrics", action="store_true",
                    help="write the median throughput into models/sentiment/metrics.json "
                         "(music_comments.comments_per_second_cpu)")
    ap.add_argument("--machine", help="how to name this machine in metrics.json (default: CPU count, "
                                      "architecture and model read here)")
    args = ap.parse_args(argv)
    if args.write_metrics and args.threads:
        ap.error("--write-metrics measures the shipped setting (1 encoder thread): leave out --threads")
    texts = corpus(args.n)
    load_start = [round(x, 2) for x in os.getloadavg()]
    started = datetime.datetime.now(datetime.timezone.utc)

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
    load_end = [round(x, 2) for x in os.getloadavg()]
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
    if args.write_metrics:
        command = "bench/sentiment_speed.py --write-metrics" + (f" --n {args.n}" if args.n != 1000 else "") \
            + (f" --runs {args.runs}" if args.runs != 5 else "")
        measured = {
            "machine": args.machine or _machine(),
            "load_average_start": load_start, "load_average_end": load_end,
            "load_average_meaning": "1, 5 and 15 minute load averages of the machine (os.getloadavg)",
            "date": started.strftime("%Y-%m-%d %H:%M UTC"),
            "command": command,
            "niceness": os.nice(0),
            "corpus": f"{len(texts)} comments, " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items()))
                      + " (languages as identified; half written in Spanish, half in English)",
            "statistic": f"median wall-clock throughput of {args.runs} runs of engine.run('analyze_comments'), "
                         "result cache cleared before each, models loaded, encoder on 1 BLAS thread",
            "runs_comments_per_second": [round(r) for r in rates],
            "per_cpu_second_median": round(statistics.median(cpu_rates)),
            "one_comment_latency_ms_median": round(statistics.median(single), 1),
        }
        write_metrics(statistics.median(rates), measured)
        print(f"wrote music_comments.comments_per_second_cpu = {round(statistics.median(rates))} to "
              f"{METRICS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
