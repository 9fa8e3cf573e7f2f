"""Run every benchmark script in bench/ (each prints its own figures)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

here = Path(__file__).resolve().parent
scripts = sorted(p for p in here.glob("*.py") if p.name not in ("run_all.py",) and not p.name.startswith("_"))
only = set(sys.argv[1:])
failed = []
for s in scripts:
    if only and s.stem not in only:
        continue
    print(f"\n=== {s.name} ===", flush=True)
    if subprocess.run([sys.executable, str(s)], cwd=here.parent).returncode != 0:
        failed.append(s.name)
if failed:
    print(f"\nfailed: {', '.join(failed)}")
    sys.exit(1)
