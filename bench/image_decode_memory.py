"""Peak memory of decoding and scoring the handed images (issue 21 point 5, issue 13 point 6).

Each measurement runs in a fresh interpreter and reads its peak resident set size
(``VmHWM`` in ``/proc/self/status``; not ``ru_maxrss``, which Linux carries over from the
launching process across vfork+exec), so one image's peak does not hide another's:

- ``decode``: ``media.decode_image`` alone (the one decoder of user images);
- ``score``: ``engine.run("score_thumbnail")`` without the improvement search;
- ``score+improve``: with the improvement search (the edits re-scored);
- ``baseline``: the same interpreter importing the engine and scoring a 1280×720 card, for
  the part of the peak that is the libraries and models, not the image.

The handed cases are read from ``../shared/cases`` (skipped when absent); a generated 39 MP
PNG of the same kind is always measured.

Run: ``nice -n 10 .venv/bin/python bench/image_decode_memory.py [--no-improve]``
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import struct
import subprocess
import sys
import tempfile
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CASES = ROOT.parent / "shared" / "cases"
HANDED = [CASES / "hardening" / "m13_bomb_39mp_rgb.png", CASES / "hardening" / "m20_line_3000x1.png",
          CASES / "media" / "thumb_gray16.png", CASES / "media" / "thumb.avif"]

CHILD = r"""
import json, re, sys, time
mode, path = sys.argv[1], sys.argv[2]
out = {}
t = time.perf_counter()
try:
    if mode == "decode":
        from viralml_desktop.core import media
        d = media.decode_image(path)
        out["result"] = f"{d.width}x{d.height} decoded at {d.bgr.shape[1]}x{d.bgr.shape[0]} (1/{d.reduction})"
    else:
        from viralml_desktop.core import engine
        r = engine.run("score_thumbnail", {"thumbnail_path": path, "find_improvements": mode == "score+improve"})
        out["result"] = (f"score {r['visual_appeal_score']}, brightness "
                         f"{r['analysis']['measures']['brightness']:.1f}")
except Exception as e:  # noqa: BLE001 - a refusal is a result here
    out["result"] = f"refused: {e}"
out["s"] = round(time.perf_counter() - t, 2)
out["peak_mb"] = round(int(re.search(r"VmHWM:\s+(\d+) kB", open("/proc/self/status").read())[1]) / 1024)
print(json.dumps(out))
"""


def _bomb(path: Path, width: int = 7900, height: int = 4900) -> Path:
    """An all-black RGB PNG of width × height written row by row (no pixel buffer)."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    row, z = b"\x00" * (1 + 3 * width), zlib.compressobj(9)
    idat = b"".join(z.compress(row) for _ in range(height)) + z.flush()
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
                     + chunk(b"IDAT", idat) + chunk(b"IEND", b""))
    return path


def _card(path: Path) -> Path:
    import cv2
    import numpy as np

    img = np.full((720, 1280, 3), (40, 30, 120), np.uint8)
    cv2.putText(img, "NUEVA VIDA", (40, 380), cv2.FONT_HERSHEY_DUPLEX, 4, (255, 255, 255), 8)
    cv2.imwrite(str(path), img)
    return path


def measure(mode: str, path: Path, env: dict) -> dict:
    p = subprocess.run([sys.executable, "-c", CHILD, mode, str(path)], capture_output=True, text=True,
                       cwd=ROOT, env=env, timeout=600)
    line = (p.stdout.strip().splitlines() or ["{}"])[-1]
    try:
        return json.loads(line)
    except json.JSONDecodeError:
        return {"result": f"crashed (exit {p.returncode}): {p.stderr.strip().splitlines()[-1:]}"}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-improve", action="store_true", help="skip the score+improve runs (slow)")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="decode-bench-"))
    env = {**os.environ, "VIRALML_DATA_DIR": str(tmp / "data"), "VIRALML_CONFIG_DIR": str(tmp / "cfg"),
           "YOLO_OFFLINE": "1", "HF_HUB_OFFLINE": "1", "PYTHONPATH": str(ROOT)}
    images = [p for p in HANDED if p.exists()] + [_bomb(tmp / "generated_bomb_39mp.png")]
    print(f"# {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}")
    print("| image | file | mode | peak RSS MB | s | result |")
    print("|---|---:|---|---:|---:|---|")
    base = measure("score", _card(tmp / "card_1280x720.jpg"), env)
    print(f"| baseline: 1280×720 card | | score | {base.get('peak_mb')} | {base.get('s')} | {base['result']} |")
    for img in images:
        modes = ["decode", "score"] + ([] if args.no_improve or "bomb" not in img.name else ["score+improve"])
        for mode in modes:
            r = measure(mode, img, env)
            size = img.stat().st_size
            size_s = f"{size / 1e3:.0f} KB" if size >= 1000 else f"{size} B"
            print(f"| {img.name} | {size_s} | {mode} | {r.get('peak_mb')} | {r.get('s')} | {r['result']} |",
                  flush=True)


if __name__ == "__main__":
    main()
