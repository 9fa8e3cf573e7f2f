"""Recorded responses that a refactor must not change (issue 12, point 6).

``python tests/golden_responses.py --record [--only LABEL,...]`` writes ``tests/data/golden/responses.json``:
the answer of every capability to the CONTRACT.md examples, plus a thumbnail with its
improvement search, a synthetic clip and a 70-post account history, each run through
``engine.run`` in a fresh data dir. ``test_golden_responses.py`` runs the same requests
and compares. Floats are compared to 6 significant digits; the media root is written as
``<root>`` so the file does not depend on where the test's temporary folder is.
"""
from __future__ import annotations

import json
import math
import os
import sys
import tempfile
from pathlib import Path

import numpy as np

GOLDEN = Path(__file__).parent / "data" / "golden" / "responses.json"


def account_history(n: int = 70, drop_at: int = 55) -> list[dict]:
    """A daily history with a sustained 80 % view drop from post ``drop_at`` (fixed seed)."""
    rng = np.random.default_rng(7)
    views = np.round(5000 * np.exp(rng.normal(0, 0.35, n)))
    likes = np.round(views * 0.08 * np.exp(rng.normal(0, 0.15, n)))
    views[drop_at:] = np.round(views[drop_at:] * 0.2)
    likes[drop_at:] = np.round(likes[drop_at:] * 0.2)
    days = np.datetime64("2025-01-01") + np.arange(n)
    return [{"views": int(v), "likes": int(lk), "timestamp": f"{d}T18:30:00Z"}
            for v, lk, d in zip(views, likes, days)]


def requests(root: Path) -> dict[str, tuple[str, dict]]:
    """Every recorded request by label: (capability, request). Writes the media under ``root``."""
    from viralml_desktop.api.examples import example_requests, write_example_media, write_thumbnail, write_video

    write_example_media(root)
    out = {f"contract:{name}": (name, req) for name, req in example_requests(root).items()}
    # competitors are relative to the thumbnail's folder in the CLI/engine; the server resolves them
    # against its media roots. Here the engine runs, so point them at the files.
    comp = out["contract:score_thumbnail"][1]["context"]
    comp["competitors"] = [str(root / c) for c in comp["competitors"]]
    # the contract example has no planned_date, so it means "tomorrow" and its answer moves with the
    # weekday; the recorded run pins a Tuesday still to come (a day in the past adds a note to the answer)
    name, req = out["contract:predict_posting_time"]
    out["contract:predict_posting_time"] = (name, {**req, "planned_date": "2030-12-03"})
    thumb = root / "portrait.jpg"
    write_thumbnail(thumb, 20, "LOCA", size=(1280, 720))
    out["thumbnail"] = ("score_thumbnail", {"thumbnail_path": str(thumb),
                                            "context": {"platform": "youtube", "genre": "reggaeton"}})
    clip = write_video(root / "clip.mp4", seconds=6.0, size=(360, 640), fps=24, tone_hz=220.0)
    out["clip"] = ("predict_virality", {"video_path": str(clip),
                                        "metadata": {"artist": "Stakas", "genre": "hip-hop", "duration": 6,
                                                     "has_hook": False}})
    out["account_history"] = ("detect_anomaly", {"account_id": "golden", "platform": "youtube",
                                                 "recent_posts": account_history(), "include_series": True})
    out["peak_reference"] = ("predict_peak", {"views": [0, 800, 2600, 4100, 5000, 5500],
                                              "cumulative": True})
    return out


VOLATILE = {"timings_ms", "elapsed_s"}  # wall-clock measurements: their presence is kept, not their values


def normalize(value, root: str):
    """Round floats to 6 significant digits, write the media root as ``<root>``, blank timings."""
    if isinstance(value, float):
        if not math.isfinite(value) or value == 0:
            return value
        return float(f"{value:.6g}")
    if isinstance(value, str):
        return value.replace(root, "<root>")
    if isinstance(value, list):
        return [normalize(v, root) for v in value]
    if isinstance(value, dict):
        return {k: ("<timing>" if k in VOLATILE else normalize(v, root)) for k, v in value.items()}
    return value


def run_all(root: Path) -> dict[str, dict]:
    """Run every request through the engine (nothing recorded in the history)."""
    from viralml_desktop.core import engine

    return {label: normalize(engine.run(name, req, record=False), str(root))
            for label, (name, req) in requests(root).items()}


def main() -> None:
    home = tempfile.mkdtemp(prefix="viralml-golden-")
    os.environ.setdefault("VIRALML_CONFIG_DIR", os.path.join(home, "config"))
    os.environ.setdefault("VIRALML_DATA_DIR", os.path.join(home, "data"))
    root = Path(home) / "media"
    got = run_all(root)
    if "--only" in sys.argv:
        # re-record only these labels (comma-separated) and keep every other recorded answer, so
        # two changes that each move their own capability's answers do not overwrite each other
        only = set(sys.argv[sys.argv.index("--only") + 1].split(","))
        unknown = only - set(got)
        if unknown:
            sys.exit(f"unknown labels: {sorted(unknown)}; known: {sorted(got)}")
        kept = json.loads(GOLDEN.read_text(encoding="utf-8")) if GOLDEN.exists() else {}
        got = {**kept, **{k: v for k, v in got.items() if k in only}}
    if "--record" in sys.argv:
        GOLDEN.parent.mkdir(parents=True, exist_ok=True)
        GOLDEN.write_text(json.dumps(got, indent=1, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {GOLDEN}")
    else:
        print(json.dumps(got, indent=1, ensure_ascii=False, sort_keys=True))


if __name__ == "__main__":
    main()
