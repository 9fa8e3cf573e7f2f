"""predict_virality speed on a 3-minute 1080p H.264 + AAC video, split by stage, against the floor:
decoding only the video's keyframes, measured in the same run.

The video is generated here with PyAV (libx264 ultrafast, 30 fps, x264's default keyframe interval
of 250 frames; a cut every 4 s; a 120 BPM beat at −14 LUFS) and kept in the temp dir between runs.
Each run clears the analysis caches so every stage is measured, not a cache hit. Medians of RUNS.
The sound is measured in a second thread beside the picture, so stage times overlap; the second
floor (decoding only the AAC track) shows what the audio stage costs beyond its own decoding.

Run: nice -n 10 .venv/bin/python bench/virality_speed.py [--runs 3] [--ocr]
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
_home = tempfile.mkdtemp(prefix="viralml-bench-")
os.environ.setdefault("VIRALML_CONFIG_DIR", os.path.join(_home, "config"))
os.environ.setdefault("VIRALML_DATA_DIR", os.path.join(_home, "data"))

from test_virality_media import synth_clip  # noqa: E402

from viralml_desktop.core import engine
from viralml_desktop.core.virality import video as video_analysis
from viralml_desktop.core.virality import predict as virality  # noqa: E402

SECONDS, SIZE, FPS = 180, (1920, 1080), 30
VIDEO = Path(tempfile.gettempdir()) / "viralml_bench_3min_1080p.mp4"


def make_video() -> Path:
    if not VIDEO.exists():
        t = time.perf_counter()
        tmp = VIDEO.with_suffix(".part.mp4")
        synth_clip(tmp, seconds=SECONDS, size=SIZE, fps=FPS, cuts=[float(x) for x in range(4, SECONDS, 4)],
                   crf=28)
        tmp.rename(VIDEO)
        print(f"generated {VIDEO} in {time.perf_counter() - t:.0f} s")
    return VIDEO


def audio_floor(path: Path) -> int:
    """Decode the whole AAC track and nothing else (the sound's floor); returns the frame count."""
    import av

    with av.open(str(path)) as c:
        return sum(1 for _ in c.decode(c.streams.audio[0]))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--ocr", action="store_true", help="also read text overlays (rapidocr, 3 frames)")
    args = ap.parse_args()
    path = make_video()
    print(f"{path.name}: {path.stat().st_size / 1e6:.1f} MB, {SECONDS} s, {SIZE[0]}x{SIZE[1]} @ {FPS} fps")
    engine.run("predict_virality", {"video_path": str(path), "ocr": args.ocr}, record=False)  # warm imports
    floors, afloors, totals, stages = [], [], [], {}
    for _ in range(args.runs):
        t = time.perf_counter()
        n_key = video_analysis.keyframe_floor(path)
        floors.append((time.perf_counter() - t) * 1000)
        t = time.perf_counter()
        audio_floor(path)
        afloors.append((time.perf_counter() - t) * 1000)
        virality._analyses.clear()
        video_analysis._decoded.clear()
        t = time.perf_counter()
        out = engine.run("predict_virality", {"video_path": str(path), "ocr": args.ocr}, record=False)
        totals.append((time.perf_counter() - t) * 1000)
        for k, v in out["timings_ms"].items():
            stages.setdefault(k, []).append(v)
    floor = statistics.median(floors)
    total = statistics.median(totals)
    v = out["measurements"]["video"]
    print(f"keyframes decoded by the floor: {n_key}; decode path: {v['decode_method']}; "
          f"cuts found: {v['cuts']} (truth {len(range(4, SECONDS, 4))})")
    print("| stage | median ms | × floor |\n|---|---|---|")
    print(f"| floor: decode keyframes only | {floor:.0f} | 1.00 |")
    for k, vals in stages.items():
        m = statistics.median(vals)
        print(f"| {k} | {m:.0f} | {m / floor:.2f} |")
    print(f"| whole analysis (engine.run; sound measured beside the picture) | {total:.0f} | {total / floor:.2f} |")
    picture = sum(statistics.median(stages[k]) for k in ("probe", "video_decode", "frame_measures") if k in stages)
    print(f"| picture stages (probe + decode + measures) | {picture:.0f} | {picture / floor:.2f} |")
    ratios = sorted(t / f for t, f in zip(totals, floors))
    print(f"\nwhole / floor run by run (each against its own floor, taken just before): median "
          f"{statistics.median(ratios):.2f}, range {ratios[0]:.2f}–{ratios[-1]:.2f} over {len(ratios)} runs")
    afloor = statistics.median(afloors)
    print(f"sound floor (decode the AAC track only): {afloor:.0f} ms; audio stage / sound floor: "
          f"{statistics.median(stages['audio']) / afloor:.2f}×; load average: {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
