"""calculate_affinity speed: metrics only, and with captions (content similarity measured by the
sentence embedder), plus the embedder's first load. Medians of several runs.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/affinity_bench.py
"""
from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
_home = tempfile.mkdtemp(prefix="viralml-bench-")
os.environ.setdefault("VIRALML_CONFIG_DIR", os.path.join(_home, "config"))
os.environ.setdefault("VIRALML_DATA_DIR", os.path.join(_home, "data"))

from viralml_desktop.core import engine, registry
from viralml_desktop.core.affinity import calculate as affinity  # noqa: E402
from viralml_desktop.core.affinity import model as am  # noqa: E402
from viralml_desktop.core.progress import Progress  # noqa: E402
from _timing import median_ms  # noqa: E402  (bench/ is on sys.path when run as a script)

RUNS = 15
CAPTIONS_ES = [f"Nuevo sencillo {i}: trap latino y perreo, salimos el viernes 🔥 #trap #reggaeton" for i in range(10)]
CAPTIONS_EN = [f"Studio day {i} — new reggaeton single out Friday, link in bio #latin #music" for i in range(10)]




def main() -> None:
    contract = {"account_id": "music_fanpage_1", "target_account_id": "bad_bunny_official",
                "metrics": {"shared_followers": 1250, "engagement_overlap": 0.34, "content_similarity": 0.78}}
    t0 = time.perf_counter()
    engine.run("calculate_affinity", contract, record=False)
    print(f"first call (loads weights): {(time.perf_counter() - t0) * 1000:.1f} ms")
    t0 = time.perf_counter()
    registry.get(am.EMBEDDER)
    print(f"sentence embedder first load: {(time.perf_counter() - t0) * 1000:.0f} ms")

    req = engine.parse_request("calculate_affinity", contract)
    print(f"metrics only, capability alone (affinity.run), median of {RUNS}: "
          f"{median_ms(lambda: affinity.run(req, Progress()), RUNS):.2f} ms")
    print(f"metrics only (CONTRACT example) through engine.run, median of {RUNS}: "
          f"{median_ms(lambda: engine.run('calculate_affinity', contract, record=False), RUNS):.2f} ms")

    def with_texts():
        affinity._similarity_cache.clear()  # measure the embedding, not the cache
        engine.run("calculate_affinity", {"account_id": "a", "target_account_id": "b",
                                          "account_texts": CAPTIONS_ES, "target_texts": CAPTIONS_EN}, record=False)

    print(f"10 + 10 captions embedded (cache cleared), median of {RUNS}: {median_ms(with_texts, RUNS):.1f} ms")
    cached = {"account_id": "a", "target_account_id": "b", "account_texts": CAPTIONS_ES, "target_texts": CAPTIONS_EN}
    engine.run("calculate_affinity", cached, record=False)
    print(f"same captions again (cache hit), median of {RUNS}: "
          f"{median_ms(lambda: engine.run('calculate_affinity', cached, record=False), RUNS):.2f} ms")


if __name__ == "__main__":
    main()
