"""Build models/posting_time/prior.json from the published findings in sources.json.

For each platform and each study: +weight for every local hour inside a published best
window, +best_day_bonus for every hour of a published best day, -worst_day_penalty for
every hour of a published worst day. Studies given in a US zone are shifted to US Central
(PST +2 h, EST -1 h, CST 0). The per-study scores are averaged, smoothed around the week
with a Gaussian (sigma 1 h: windows have soft edges) and scaled to relative engagement with
mean 1 and best hour = 1 + amplitude (Spasojevic et al.'s measured gains, see sources.json).
The same is done leaving each study out ("variants"): the spread of the chosen slot's boost
over these variants is the interval shown when there is no personal history.

    python training/posting_time_build_prior.py
"""
from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
MODEL_DIR = ROOT / "models" / "posting_time"
DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
SHIFT_TO_CENTRAL = {"local": 0, "America/Chicago": 0, "America/Los_Angeles": 2, "America/New_York": -1}


def study_scores(finding: dict, basis: str, build: dict) -> np.ndarray:
    s = np.zeros(168)
    shift = SHIFT_TO_CENTRAL[basis]
    for win in finding.get("best", []):
        day, start, end = win[:3]
        weight = float(win[3]) if len(win) > 3 else 1.0
        for h in range(int(start), int(end)):
            s[(DAYS.index(day) * 24 + h + shift) % 168] += weight
    for day in finding.get("best_days", []):
        s[DAYS.index(day) * 24:(DAYS.index(day) + 1) * 24] += build["best_day_bonus"]
    for day in finding.get("worst_days", []):
        s[DAYS.index(day) * 24:(DAYS.index(day) + 1) * 24] -= build["worst_day_penalty"]
    return s


def smooth(x: np.ndarray, sigma: float) -> np.ndarray:
    idx = np.arange(168)
    d = np.abs(idx[:, None] - idx[None, :])
    d = np.minimum(d, 168 - d)
    k = np.exp(-0.5 * (d / sigma) ** 2)
    return (k @ x) / k.sum(axis=1)


def to_relative(score: np.ndarray, amplitude: float) -> np.ndarray:
    """Mean 1, best hour 1 + amplitude (a flat score stays flat)."""
    spread = score.max() - score.mean()
    if spread <= 0:
        return np.ones(168)
    rel = 1.0 + amplitude * (score - score.mean()) / spread
    if rel.min() <= 0:
        raise ValueError("amplitude too large for this score profile")
    return rel


def build_table(findings: list[dict], sources: dict, build: dict, amplitude: float) -> np.ndarray:
    scores = [study_scores(f, sources[f["source"]]["basis"], build) for f in findings]
    return to_relative(smooth(np.mean(scores, axis=0), build["smooth_sigma_hours"]), amplitude)


def main() -> int:
    spec = json.loads((MODEL_DIR / "sources.json").read_text(encoding="utf-8"))
    out = {"version": f"posting-time-prior {dt.date.today().isoformat()}",
           "about": "Relative engagement (mean 1) by local hour of week, Monday 00:00 = index 0. "
                    "Built by training/posting_time_build_prior.py from sources.json.",
           "platforms": {}}
    for platform, findings in spec["platforms"].items():
        amp = float(spec["amplitude"][platform])
        table = build_table(findings, spec["sources"], spec["build"], amp)
        variants = {}
        if len(findings) > 1:
            for i, f in enumerate(findings):
                rest = findings[:i] + findings[i + 1:]
                variants[f"without {f['source']}"] = build_table(rest, spec["sources"], spec["build"], amp).round(5).tolist()
        best = int(np.argmax(table))
        out["platforms"][platform] = {"sources": [f["source"] for f in findings], "amplitude": amp,
                                      "table": table.round(5).tolist(), "variants": variants,
                                      "best_local_hour": f"{DAYS[best // 24]} {best % 24:02d}:00"}
        print(f"{platform:10s} best local hour {DAYS[best // 24]} {best % 24:02d}:00  "
              f"min {table.min():.3f} max {table.max():.3f}  ({len(findings)} studies)")
    (MODEL_DIR / "prior.json").write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
