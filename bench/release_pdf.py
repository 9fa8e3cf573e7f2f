"""Release kit PDF speed (issue 18): ``write_kit_pdf`` with the emoji subset font it embeds, against
the whole OpenMoji font (what fpdf2 reads when given the font file) and against no emoji font, in the
same process.

The kit is tests/test_release_pdf.py's ``make_kit``: the recorded answers of predict_virality,
score_thumbnail, optimize_caption and predict_posting_time, two generated 1280x720 thumbnail
candidates (the first improved), two captions with four emoji (🔥🎶✨ and ¡). The three variants
alternate, so they see the same machine load; each figure is the median wall time and CPU seconds
(this process, every thread) of ``--runs`` PDFs.

* subset: as the app writes it: only the emoji the document prints, the COLRv0 records read with
  ``struct`` and the font subset to them (``pdf.emoji_font_file``);
* whole font: ``emoji_font_file`` answering the OpenMoji file itself, so fpdf2 reads its whole
  colour table (about 4,000 glyphs);
* no emoji: the same document with no emoji font at all (the floor: text, charts, images).

Run: nice -n 10 .venv/bin/python bench/release_pdf.py [--runs 7]
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


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()

    from test_release_pdf import make_kit

    from viralml_desktop.core.release import pdf

    folder = Path(tempfile.mkdtemp(prefix="viralml-bench-pdf-"))
    kit = make_kit(folder)
    real_font_file, real_codepoints = pdf.emoji_font_file, pdf.emoji_codepoints
    whole = pdf.font_files()["emoji"]
    variants = {
        "subset": (real_font_file, real_codepoints),
        "whole font": (lambda cps: (whole, False), real_codepoints),
        "no emoji": (real_font_file, lambda *v: frozenset()),
    }
    pdf.write_kit_pdf(kit, folder)  # warm: imports, DejaVu's cmap, matplotlib's font cache
    wall = {k: [] for k in variants}
    cpu = {k: [] for k in variants}
    pages = {}
    for _ in range(args.runs):
        for name, (font_file, codepoints) in variants.items():
            pdf.emoji_font_file, pdf.emoji_codepoints = font_file, codepoints
            c0, t0 = time.process_time(), time.perf_counter()
            out = pdf.write_kit_pdf(kit, folder)
            wall[name].append(time.perf_counter() - t0)
            cpu[name].append(time.process_time() - c0)
            pages[name] = out.stat().st_size
    pdf.emoji_font_file, pdf.emoji_codepoints = real_font_file, real_codepoints
    load = os.getloadavg()
    print(f"write_kit_pdf, {args.runs} runs each, alternating; load average {load[0]:.1f} {load[1]:.1f} {load[2]:.1f}")
    for name in variants:
        print(f"  {name:10s}  wall median {statistics.median(wall[name]):.3f} s "
              f"(min {min(wall[name]):.3f}, max {max(wall[name]):.3f}), CPU median {statistics.median(cpu[name]):.3f} s, "
              f"PDF {pages[name] / 1024:.0f} KiB")
    ratio = statistics.median(wall["whole font"]) / statistics.median(wall["subset"])
    ratio_cpu = statistics.median(cpu["whole font"]) / statistics.median(cpu["subset"])
    print(f"  ratio whole font / subset: {ratio:.1f} wall, {ratio_cpu:.1f} CPU")
    return 0


if __name__ == "__main__":
    sys.exit(main())
