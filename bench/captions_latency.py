"""Caption latency: optimize_caption per platform and research_hashtags, through engine.run.

Prints medians of several runs (warm: models and word lists already loaded), and the first
call in a fresh process (cold: fastText language ID, wordfreq lists, emoji names, VADER load).

Run:  nice -n 10 .venv/bin/python bench/captions_latency.py [--runs 30]
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from _timing import median_ms  # noqa: E402  (bench/ is on sys.path when run as a script)

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

CASES = {
    "short (contract example)": "Nueva Vida - Stakas",
    "sentence, Spanish": "Nueva Vida - Stakas, te pone a bailar toda la noche con fuego 🔥 #perreo",
    "10,000 characters": ("palabra muy larga " * 600)[:10_000],
}
COLD = ("import time; t=time.perf_counter(); from viralml_desktop.core import engine; "
        "engine.run('optimize_caption', {'base_caption': 'Nueva Vida - Stakas', 'platform': 'tiktok', "
        "'target_audience': {'genre': 'trap'}}, record=False); print((time.perf_counter()-t)*1000)")




def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=30)
    ap.add_argument("--cold-runs", type=int, default=3)
    args = ap.parse_args()
    home = tempfile.mkdtemp(prefix="viralml-bench-")
    env = dict(os.environ, VIRALML_CONFIG_DIR=f"{home}/c", VIRALML_DATA_DIR=f"{home}/d")
    os.environ.update(VIRALML_CONFIG_DIR=env["VIRALML_CONFIG_DIR"], VIRALML_DATA_DIR=env["VIRALML_DATA_DIR"])
    from viralml_desktop.core import engine
    from viralml_desktop.core.vocabulary import PLATFORMS

    cold = [float(subprocess.run([sys.executable, "-c", COLD], cwd=ROOT, env=env, capture_output=True,
                                 text=True, check=True).stdout.strip()) for _ in range(args.cold_runs)]
    print(f"cold first call in a fresh process (imports + loads), median of {args.cold_runs}: "
          f"{statistics.median(cold):.0f} ms")
    engine.run("optimize_caption", {"base_caption": "warm up", "target_audience": {"genre": "pop"}}, record=False)
    print(f"\nwarm optimize_caption, median of {args.runs} runs (ms)")
    print(f"{'caption':28s} " + " ".join(f"{p:>10s}" for p in PLATFORMS))
    for name, text in CASES.items():
        row = []
        for platform in PLATFORMS:
            req = {"base_caption": text, "platform": platform, "artist": "@stakas", "song_title": "Nueva Vida",
                   "target_audience": {"genre": "trap", "countries": ["US", "MX"]}}
            row.append(median_ms(lambda req=req: engine.run("optimize_caption", req, record=False), args.runs))
        print(f"{name:28s} " + " ".join(f"{v:10.1f}" for v in row))
    req = {"genre": "reggaeton", "platform": "instagram", "caption": CASES["sentence, Spanish"], "countries": ["MX"]}
    print(f"\nwarm research_hashtags, median of {args.runs}: "
          f"{median_ms(lambda: engine.run('research_hashtags', req, record=False), args.runs):.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
