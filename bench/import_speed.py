"""Import speed: reading a large post-history export and merging it into the channel history.

    python bench/import_speed.py [N]

Times, on an ``N``-row CSV export (default 100,000 posts, one every 37 minutes):
``history.read_export`` (the one reader: encoding, dialect, per-column number and date
formats, normalising) and ``history.import_file`` (read + ``Store.import_posts`` in one
transaction), then the same import again (every post unchanged). Prints medians; the figures
go in bench/RESULTS.md ("Account health"). The test suite checks the rows, not the time.
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

_tmp = tempfile.mkdtemp(prefix="viralml-bench-")
os.environ.setdefault("VIRALML_DATA_DIR", os.path.join(_tmp, "data"))
os.environ.setdefault("VIRALML_CONFIG_DIR", os.path.join(_tmp, "config"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np  # noqa: E402

from viralml_desktop.core.account_health import history  # noqa: E402
from viralml_desktop.core.store import Store  # noqa: E402
from _timing import median_ms  # noqa: E402  (bench/ is on sys.path when run as a script)


def write_export(path: Path, n: int) -> Path:
    """A generic export of ``n`` posts: id, ISO timestamp, views, likes."""
    t = np.datetime64("2015-01-01T00:00") + np.arange(n) * np.timedelta64(37, "m")
    views = np.random.default_rng(0).integers(100, 100000, n)
    lines = ["id,timestamp,views,likes"] + [f"p{i},{t[i]}Z,{views[i]},{views[i] // 12}" for i in range(n)]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    f = write_export(Path(_tmp) / "big.csv", n)
    ms = median_ms(lambda: history.read_export(f, account_id="big"), 3)
    print(f"read_export        {n:>7,} rows: median {ms:8.0f} ms over 3 runs")
    k = 0

    def fresh_import():
        nonlocal k
        k += 1
        history.import_file(f, account_id=f"big{k}", store=Store(Path(_tmp) / f"s{k}.db"))

    ms = median_ms(fresh_import, 3)
    print(f"import_file (new)  {n:>7,} rows: median {ms:8.0f} ms over 3 runs")
    st = Store(Path(_tmp) / "again.db")
    history.import_file(f, account_id="again", store=st)
    ms = median_ms(lambda: history.import_file(f, account_id="again", store=st), 3)
    print(f"import_file (same) {n:>7,} rows: median {ms:8.0f} ms over 3 runs (every post unchanged)")


if __name__ == "__main__":
    main()
