"""Build models/posting_time/prior.json from the published findings in sources.json.

For each platform and each study: +weight for every local hour inside a published best
window, +best_day_bonus for every hour of a published best day, -worst_day_penalty for
every hour of a published worst day (a window on day "all" counts on every day). Studies given in a US zone are shifted to US Central
(PST +2 h, EST -1 h, CST 0). The per-study scores are averaged, the windows smoothed around the week
with a Gaussian (sigma 1 h: windows have soft edges; day bonuses are whole local days) and scaled to relative engagement with
mean 1 and best hour = 1 + amplitude (Spasojevic et al.'s measured gains, see sources.json).
The same is done leaving each study out ("variants"): the spread of the chosen slot's boost
over these variants is the interval shown when there is no personal history.

Ties: hours the studies rank equally (a day no study names) are ordered by the audience's
local evening, sources.json ``tie_break`` (HubSpot's 6-9 p.m.), a weight far below any
published window, added to every day before smoothing: no day's best slot is 00:00 UTC by
default. Each platform's ``held_out`` (what the prior's slot realised on real post histories)
is written by training/posting_time_evaluate.py; rebuilding the tables clears it, so run that
script after this one.

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


def study_scores(finding: dict, basis: str, build: dict, days: bool = True, windows: bool = True) -> np.ndarray:
    """One study's score by local hour of week: its windows and/or its best/worst days."""
    s = np.zeros(168)
    shift = SHIFT_TO_CENTRAL[basis]
    for win in (finding.get("best", []) if windows else []):
        day, start, end = win[:3]
        weight = float(win[3]) if len(win) > 3 else 1.0
        for d in (range(7) if day == "all" else [DAYS.index(day)]):
            for h in range(int(start), int(end)):
                s[(d * 24 + h + shift) % 168] += weight
    if not days:
        return s
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


def evening(tie_break: dict | None) -> np.ndarray:
    """The tie-break score: ``weight`` on the local hours [start, end) of every day."""
    s = np.zeros(168)
    if tie_break:
        start, end = tie_break["local_hours"]
        for d in range(7):
            s[d * 24 + int(start):d * 24 + int(end)] = float(tie_break["weight"])
    return s


def build_table(findings: list[dict], sources: dict, build: dict, amplitude: float,
                tie_break: dict | None = None) -> np.ndarray:
    # windows have soft edges (smoothed); a best or worst day is a whole local day (not smoothed,
    # so its edge does not leak into the neighbouring day's hours)
    win = np.mean([study_scores(f, sources[f["source"]]["basis"], build, days=False) for f in findings], axis=0)
    day = np.mean([study_scores(f, sources[f["source"]]["basis"], build, windows=False) for f in findings], axis=0)
    score = smooth(win + evening(tie_break), build["smooth_sigma_hours"]) + day
    return to_relative(score, amplitude)


def day_peaks_unique(table: np.ndarray) -> bool:
    """Every local day has one best hour (no tie at the top, to the stored 5 decimals)."""
    t = table.round(5).reshape(7, 24)
    return all(int((row == row.max()).sum()) == 1 for row in t)


def main() -> int:
    spec = json.loads((MODEL_DIR / "sources.json").read_text(encoding="utf-8"))
    out = {"version": f"posting-time-prior {dt.date.today().isoformat()}",
           "about": "Relative engagement (mean 1) by local hour of week, Monday 00:00 = index 0. "
                    "Built by training/posting_time_build_prior.py from sources.json.",
           "platforms": {}}
    for platform, findings in spec["platforms"].items():
        amp = float(spec["amplitude"][platform])
        tie = spec.get("tie_break")
        table = build_table(findings, spec["sources"], spec["build"], amp, tie)
        if not day_peaks_unique(table):
            raise ValueError(f"{platform}: a day of the prior has tied best hours")
        variants = {}
        if len(findings) > 1:
            for i, f in enumerate(findings):
                rest = findings[:i] + findings[i + 1:]
                variants[f"without {f['source']}"] = build_table(rest, spec["sources"], spec["build"], amp,
                                                                 tie).round(5).tolist()
        best = int(np.argmax(table))
        used = [f["source"] for f in findings]
        out["platforms"][platform] = {"sources": used + ([tie["source"]] if tie and tie["source"] not in used else []),
                                      "amplitude": amp,
                                      "table": table.round(5).tolist(), "variants": variants,
                                      "tie_break_local_hours": tie["local_hours"] if tie else None,
                                      "best_local_hour": f"{DAYS[best // 24]} {best % 24:02d}:00",
                                      "held_out": None}
        print(f"{platform:10s} best local hour {DAYS[best // 24]} {best % 24:02d}:00  "
              f"min {table.min():.3f} max {table.max():.3f}  ({len(findings)} studies)")
    (MODEL_DIR / "prior.json").write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
