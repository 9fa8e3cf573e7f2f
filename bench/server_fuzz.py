"""A longer schemathesis run against the server's OpenAPI spec than the test suite's.

    python bench/server_fuzz.py [--examples 100]

Runs tests/test_server_schemathesis.py with VIRALML_FUZZ_EXAMPLES examples per operation
(the suite uses 8): generated requests, valid and not, must never get a 500 and every answer
must match the spec's status codes and schemas. Prints pytest's summary and the wall time.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--examples", type=int, default=100, help="examples per operation")
    args = ap.parse_args()
    env = {**os.environ, "VIRALML_FUZZ_EXAMPLES": str(args.examples), "QT_QPA_PLATFORM": "offscreen"}
    t0 = time.perf_counter()
    rc = subprocess.call([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                          "tests/test_server_schemathesis.py"], cwd=ROOT, env=env)
    print(f"schemathesis: {args.examples} examples per operation, {time.perf_counter() - t0:.0f} s, "
          f"{'no failure' if rc == 0 else 'FAILURES (see above)'}")
    return rc


if __name__ == "__main__":
    sys.exit(main())
