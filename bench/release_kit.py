"""Release kit speed (issue 18, point 4): a 3-minute 1080p video's kit, against the same work done
one stage after another with a decode each, measured in the same process.

The video is bench/virality_speed.py's (generated with PyAV once: libx264 ultrafast, 30 fps, a cut
every 4 s, a 120 BPM beat at -14 LUFS; kept in the temp dir). Each run clears the analysis caches
(virality analyses and decodes, thumbnail features and improvement searches), so every stage is
measured, not a cache hit; the models stay loaded (a first, cold run loads them and is reported
apart). The kit and the baseline alternate, so both see the same machine load.

* kit: ``core.release.kit.build`` as the capability runs it: one decode shared by the virality and
  thumbnail stages, virality and thumbnails side by side, captions / posting time / history beside
  them;
* baseline: ``build(parallel=False, shared_decode=False)``: the stages one after another, the
  thumbnail candidates read by ``studio.best_frames`` (its own decode) and the virality stage
  decoding the video again.

Decodes are counted by wrapping ``virality.video.decode_video`` and ``thumbnails.studio._grab_frames``.
Each run also gives its CPU seconds (every thread, user + system): what the load of other processes
does not change, where the wall time does. First, ``viralml kit`` runs once in a fresh process (the
models load, nothing cached), as a user runs it.

Run: nice -n 10 .venv/bin/python bench/release_kit.py [--runs 3] [--profile]
"""
from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "bench"))
_home = tempfile.mkdtemp(prefix="viralml-bench-")
os.environ.setdefault("VIRALML_CONFIG_DIR", os.path.join(_home, "config"))
os.environ.setdefault("VIRALML_DATA_DIR", os.path.join(_home, "data"))

from virality_speed import make_video  # noqa: E402

from viralml_desktop.core import engine  # noqa: E402
from viralml_desktop.core.release import kit  # noqa: E402
from viralml_desktop.core.thumbnails import score as thumbnail_score  # noqa: E402
from viralml_desktop.core.thumbnails import studio  # noqa: E402
from viralml_desktop.core.virality import predict, video  # noqa: E402

DECODES: list[str] = []
CPU: list[float] = []  # process CPU seconds (every thread) of each run, in order


def _count_decodes() -> None:
    real_decode, real_grab = video.decode_video, studio._grab_frames

    def decode_video(*a, **k):
        DECODES.append("decode_video")
        return real_decode(*a, **k)

    def grab_frames(*a, **k):
        DECODES.append("best_frames")
        return real_grab(*a, **k)

    video.decode_video = decode_video
    studio._grab_frames = grab_frames


def _clear_caches() -> None:
    predict._analyses.clear()
    video._decoded.clear()
    thumbnail_score.clear_caches()


def cli_run(path: Path, out: Path) -> tuple[float, float]:
    """``viralml kit`` in a fresh process (models load, nothing cached): wall and CPU seconds (user + system,
    every thread), the CPU figure being what the load of other processes does not change."""
    import resource
    import subprocess

    shutil.rmtree(out, ignore_errors=True)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-m", "viralml_desktop.cli", "kit", str(path), "--out", str(out), "--title",
                    "Nueva Vida", "--artist", "Stakas", "--genre", "trap", "--countries", "US,MX,ES"],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT,
                   env={**os.environ, "VIRALML_CONFIG_DIR": os.path.join(_home, "cli-config"),
                        "VIRALML_DATA_DIR": os.path.join(_home, "cli-data")})
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def one_run(path: Path, out: Path, shared: bool, profile: bool = False) -> tuple[float, dict, list[str], str]:
    _clear_caches()
    shutil.rmtree(out, ignore_errors=True)
    DECODES.clear()
    req = engine.parse_request("prepare_release", {
        "video_path": str(path), "out_dir": str(out), "title": "Nueva Vida", "artist": "Stakas", "genre": "trap",
        "countries": ["US", "MX", "ES"], "platforms": ["tiktok", "instagram", "youtube"]})
    prof = cProfile.Profile() if profile else None
    t0, c0 = time.perf_counter(), time.process_time()
    if prof:
        prof.enable()
    k = kit.build(req, parallel=shared, shared_decode=shared)
    if prof:
        prof.disable()
    wall = time.perf_counter() - t0
    CPU.append(time.process_time() - c0)
    text = ""
    if prof:
        buf = io.StringIO()
        pstats.Stats(prof, stream=buf).sort_stats("cumulative").print_stats(30)
        text = buf.getvalue()
    return wall, k["stage_seconds"], list(DECODES), text


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--profile", action="store_true", help="cProfile one kit run (main thread) and print it")
    args = ap.parse_args()
    path = make_video()
    _count_decodes()
    work = Path(tempfile.mkdtemp(prefix="viralml-kit-bench-"))
    load0 = os.getloadavg()
    t = time.perf_counter()
    cli_wall, cli_cpu = cli_run(path, work / "cli")
    print(f"viralml kit in a fresh process (cold): {cli_wall:.2f} s wall, {cli_cpu:.2f} s CPU")
    cold, cold_stages, _, _ = one_run(path, work / "cold", True)
    print(f"first in-process run (models load): {cold:.2f} s  {cold_stages}")
    kits, bases, kit_stages, base_stages, kit_cpu, base_cpu = [], [], [], [], [], []
    kit_decodes = base_decodes = None
    for i in range(args.runs):
        wall, stages, decodes, _ = one_run(path, work / f"kit{i}", True)
        kits.append(wall)
        kit_cpu.append(CPU[-1])
        kit_stages.append(stages)
        kit_decodes = decodes
        wall_b, stages_b, decodes_b, _ = one_run(path, work / f"base{i}", False)
        bases.append(wall_b)
        base_cpu.append(CPU[-1])
        base_stages.append(stages_b)
        base_decodes = decodes_b
        print(f"run {i + 1}: kit {wall:.2f} s ({CPU[-2]:.2f} s CPU), baseline {wall_b:.2f} s ({CPU[-1]:.2f} s CPU), "
              f"load {os.getloadavg()[0]:.2f}")
    load1 = os.getloadavg()
    med, med_b = statistics.median(kits), statistics.median(bases)
    print(f"\nmachine: {os.cpu_count()} CPUs, load average {load0[0]:.2f} before, {load1[0]:.2f} after "
          f"({time.perf_counter() - t:.0f} s in all)")
    print(f"kit      median {med:.2f} s of {args.runs} (min {min(kits):.2f}, max {max(kits):.2f}), CPU "
          f"{statistics.median(kit_cpu):.2f} s; video decodes: {kit_decodes}")
    print(f"baseline median {med_b:.2f} s of {args.runs} (min {min(bases):.2f}, max {max(bases):.2f}), CPU "
          f"{statistics.median(base_cpu):.2f} s; video decodes: {base_decodes}")
    print(f"ratio baseline / kit: {med_b / med:.2f}")
    for name, rows in (("kit", kit_stages), ("baseline", base_stages)):
        keys = rows[0].keys()
        print(f"{name} stage medians (s): " + ", ".join(f"{k} {statistics.median(r[k] for r in rows):.2f}"
                                                       for k in keys))
    if args.profile:
        print(one_run(path, work / "prof", True, profile=True)[3])
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
