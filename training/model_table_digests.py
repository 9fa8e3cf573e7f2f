"""Check (or update) the sha256 of every shipped file in the model table.

    .venv/bin/python training/model_table_digests.py           # list; exit 1 on a mismatch
    .venv/bin/python training/model_table_digests.py --write   # put the digests on disk in the table

Run it after a training script rewrites a file under models/: the registry refuses a shipped
file whose digest differs from its entry in MODEL_TABLE (viralml_desktop/core/registry.py), and
tests/test_model_table.py fails until the table is updated. Files under models/ that no entry
declares (other than model cards, metrics and licence texts) are listed too: add an entry.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from viralml_desktop.core import paths, registry  # noqa: E402

REPORTS = {"MODEL_CARD.md", "metrics.json", "evaluation.json"}  # documents, not artifacts


def undeclared(models_dir: Path) -> list[str]:
    """Files under models/ that no table entry declares (reports and licence texts aside)."""
    declared = {f for s in registry.MODEL_TABLE for f in s.files}
    return sorted(p.relative_to(models_dir).as_posix() for p in models_dir.rglob("*")
                  if p.is_file() and p.name not in REPORTS and "LICENSE" not in p.name
                  and p.relative_to(models_dir).as_posix() not in declared)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--write", action="store_true", help="replace stale digests in core/registry.py")
    args = ap.parse_args(argv)
    source = Path(registry.__file__)
    text = source.read_text(encoding="utf-8")
    stale = 0
    for name, fn, expected, actual in registry.table_digests():
        state = "ok" if actual == expected else "MISSING" if actual is None else "STALE"
        print(f"{state:7s} {name:30s} {fn}  {actual or expected}")
        if state == "STALE":
            stale += 1
            if args.write:
                # replace the quoted digest only, and only when it is unambiguous: a placeholder
                # such as "0" must not rewrite every other "0" in the source
                quoted = [q + expected + q for q in ('"', "'")]
                hits = sum(text.count(q) for q in quoted)
                if len(expected) != 64 or hits != 1:
                    print(f"        cannot place {name} {fn}: its digest {expected!r} is not one unique "
                          f"64-hex string in {Path(registry.__file__).name}; write {actual} there by hand")
                    continue
                for q in quoted:
                    text = text.replace(q, q[0] + actual + q[0])
    for fn in undeclared(paths.MODELS_DIR):
        print(f"NO ENTRY {fn}")
        stale += 1
    if args.write and text != source.read_text(encoding="utf-8"):
        source.write_text(text, encoding="utf-8")
        print(f"updated {source}")
        return 0
    return 1 if stale else 0


if __name__ == "__main__":
    raise SystemExit(main())
