"""Batch throughput: the local pool (2 threads) against a local Ray cluster (2 CPUs), same process.

For ``score_thumbnail`` (no improvement search) and ``predict_virality``, N generated items
(distinct images / clips, so no content-hash cache hit) are run by ``viralml batch`` twice: with
``--workers 2`` and with ``--cluster`` on a Ray instance started here with ``num_cpus=2`` (files
sent as bytes, the default). Prints items/s for each, the ratio, the driver's CPU time per item
under Ray (the serial part: reading and sending each file, receiving and writing each result) and
the bytes each item puts on the network (the file, the request and the answer).

Usage: ``.venv/bin/python bench/ray_batch.py [--items 200]`` (needs the cluster extra).
"""
from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import pickle
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
TMP = Path(tempfile.mkdtemp(prefix="viralml-bench-ray-"))
os.environ.setdefault("VIRALML_CONFIG_DIR", str(TMP / "config"))
os.environ.setdefault("VIRALML_DATA_DIR", str(TMP / "data"))
os.environ.setdefault("YOLO_OFFLINE", "1")
os.environ.setdefault("HF_HUB_OFFLINE", "1")


def make_items(n: int) -> dict[str, tuple[Path, list[Path]]]:
    """``n`` distinct 1280x720 thumbnails (a JSONL of requests without the improvement search)
    and ``n`` distinct 3-second clips (426x240, H.264 + AAC; their folder is the input)."""
    from viralml_desktop.api.examples import write_thumbnail, write_video

    thumbs, clips = TMP / "thumbs", TMP / "clips"
    thumbs.mkdir()
    clips.mkdir()
    with open(TMP / "thumbs.jsonl", "w", encoding="utf-8") as f:
        for i in range(n):
            p = thumbs / f"t{i:03d}.jpg"
            write_thumbnail(p, hue=(i * 37) % 180, text=f"TRACK {i}", size=(1280, 720))
            f.write(json.dumps({"id": p.name, "thumbnail_path": str(p), "find_improvements": False}) + "\n")
            write_video(clips / f"c{i:03d}.mp4", seconds=3.0, tone_hz=220.0 + 3 * i)
    return {"score_thumbnail": (TMP / "thumbs.jsonl", sorted(thumbs.iterdir())),
            "predict_virality": (clips, sorted(clips.iterdir()))}


def run(capability: str, folder: Path, out: Path, **kw) -> tuple[float, float, int]:
    """(wall s, this process's CPU s, exit code) of one ``run_batch``; progress bar hidden."""
    from viralml_desktop.batch import run_batch

    w0, c0 = time.perf_counter(), time.process_time()
    with contextlib.redirect_stderr(io.StringIO()):
        rc = run_batch(capability, str(folder), str(out), **kw)
    return time.perf_counter() - w0, time.process_time() - c0, rc


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--items", type=int, default=200)
    n = ap.parse_args().items
    import ray

    t0 = time.perf_counter()
    folders = make_items(n)
    print(f"generated {n} thumbnails + {n} clips in {time.perf_counter() - t0:.0f} s under {TMP}")
    t0 = time.perf_counter()
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, logging_level="WARNING")
    print(f"ray.init(num_cpus=2): {time.perf_counter() - t0:.1f} s (not in the figures below)")
    print(f"load average at start: {os.getloadavg()[0]:.1f} (2-core VM shared with other jobs)")
    from viralml_desktop.cluster import pack_media

    for cap, (source, files) in folders.items():
        field = "thumbnail_path" if cap == "score_thumbnail" else "video_path"
        extra = {"find_improvements": False} if cap == "score_thumbnail" else {}
        pool_s, _, rc1 = run(cap, source, TMP / f"{cap}-pool.jsonl", workers=2)
        ray_s, ray_cpu, rc2 = run(cap, source, TMP / f"{cap}-ray.jsonl", cluster="local")  # the instance above
        req, blobs, _ = pack_media({field: str(files[0]), **extra}, "bytes")
        sent = len(pickle.dumps((cap, req, blobs)))
        answer = (TMP / f"{cap}-ray.jsonl").read_text(encoding="utf-8").splitlines()[0]
        mean_file = sum(p.stat().st_size for p in files) / len(files)
        print(f"{cap}: pool(2 threads) {n / pool_s:.2f} items/s ({pool_s:.0f} s, exit {rc1}); "
              f"ray(2 CPUs) {n / ray_s:.2f} items/s ({ray_s:.0f} s, exit {rc2}); ray/pool {pool_s / ray_s:.2f}x; "
              f"driver CPU under ray {ray_cpu / n * 1000:.1f} ms/item; per item: file {mean_file / 1e3:.0f} kB, "
              f"task args {sent / 1e3:.0f} kB, answer {len(answer.encode()) / 1e3:.1f} kB; "
              f"load average now {os.getloadavg()[0]:.1f}")
    ray.shutdown()


if __name__ == "__main__":
    main()
