"""Capability ``detect_anomaly`` (CONTRACT.md §3): reach drops ("shadowban") in a post history.

The detector works on the account's own posts, oldest first:

* views are taken as ``x = log(1 + views)``; the baseline of each post is the median of the
  ``window`` posts before it and its scale ``1.4826 * MAD`` of those posts, shrunk towards a
  prior scale while the account has shown few posts (short histories);
* a **level shift down** starts at post k when a Mann-Whitney z of the ``after`` posts from k
  against the ``window`` posts before k exceeds ``threshold``, post k itself is low, and the new
  level is below the longer ``long_window`` baseline too (so the return to normal after a viral
  phase is no drop). With too few posts for ranks, a parametric z on the least-low post takes
  over. The first post of the drop is ``detected_at``;
* the **engagement rate** ``likes / views`` gets the same test on ``log((likes+1)/(views+1))``.
  A view drop whose engagement rate stays normal is ``view_suppression`` (the only type that
  says ``is_shadowbanned: true``); a drop in engagement rate is ``engagement_drop``; a decline
  that a straight line fits as well as a step is ``gradual_decline``; one low post alone is a
  ``single_flop`` and one high post a ``viral_spike``, neither of them a shadowban.

The thresholds are tuned by ``training/anomaly_eval.py`` on a tuning split and shipped in
``models/anomaly/detector.json`` together with calibration tables measured on a separate split:
``confidence`` is the measured rate at which a verdict like this one (same history length,
same effect size) was right. Nothing here imports Qt.
"""
from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass, fields
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Optional

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

from viralml_desktop.core import registry, sources
from viralml_desktop.core.errors import InputError, ModelUnavailable
from viralml_desktop.core.progress import ProgressLike

_MODEL_NAME = "anomaly_detector"
_MODEL_FILE = "anomaly/detector.json"
MIN_POSTS = 3  # one post of baseline and two that confirm a drop; fewer -> insufficient_history

# anomaly_type -> recommendation (README "Account health" documents this table).
_RECOMMENDATIONS = {
    "view_suppression": "pause_posting_24h",
    "view_suppression_long": "review_recent_content_guidelines",  # drop older than _LONG_DROP_DAYS
    "engagement_drop": "refresh_content_format",
    "gradual_decline": "review_posting_schedule",
    "single_flop": "no_action",
    "viral_spike": "post_follow_up_content",
    "none": "no_action",
    "insufficient_history": "import_more_history",
}
_LONG_DROP_DAYS = 7.0


@dataclass
class Params:
    window: int = 20            # posts in the rolling baseline
    persist: int = 2            # posts from the onset on needed to call a shift
    after: int = 15             # posts after the onset compared with the baseline
    threshold: float = 3.0      # Mann-Whitney z of the posts after vs the posts before
    short_threshold: float = 4.0  # parametric z used while there are too few posts for ranks
    onset: float = 1.5          # robust z of the first post of the drop
    outlier: float = 3.5        # robust z of a single flop / spike
    er_threshold: float = 2.5   # robust z of an engagement-rate drop
    long_window: int = 60       # posts in the long baseline
    prior_scale: float = 0.6    # log-views scale assumed before the account shows its own
    prior_weight: float = 5.0   # pseudo-posts behind that prior
    er_prior_scale: float = 0.4
    gradual_window: int = 30
    gradual_threshold: float = 3.0
    ramp_ratio: float = 1.0     # a line fitting this well relative to a step = gradual decline
    horizon: int = 40           # an ongoing drop older than this many posts is the new normal
    short_drop_ratio: float = 0.0  # history too short for the tests (< short_history posts before
    short_history: int = 3         # the drop): every post from k on at or below this share of the
    #                                lowest post before k is a suspected drop (0 = rule off)
    refine: int = 0             # onset moved to the best two-median step within this many posts (0 = off)
    confirm: int = 1            # posts from the onset on that must each sit ``onset`` scales below the
    #                             baseline before the post ahead of them (1 = the onset post only)
    min_drop: float = 0.0       # a drop is called only when the posts after the onset (median of
    #                             ``after``) are at least this share below the baseline (0 = any size)

    @classmethod
    def from_dict(cls, d: dict) -> "Params":
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in d.items() if k in names})


@dataclass
class Event:
    type: str
    start: int
    end: int
    ongoing: bool
    effect: float       # robust z-units (positive = size of the change)
    change_pct: float   # views after vs baseline, -0.8 = 80 % lower

    def as_dict(self) -> dict:
        return asdict(self)


# -- robust statistics ------------------------------------------------------------------

def rolling_baseline(x: np.ndarray, window: int, prior_scale: float, prior_weight: float
                     ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Median and shrunk 1.4826*MAD of the ``window`` posts before each post (not itself).

    Returns (baseline, scale, count of posts behind it). Post 0 has no baseline (NaN).
    """
    n = len(x)
    med = np.full(n, np.nan)
    mad = np.zeros(n)
    cnt = np.zeros(n)
    m0 = min(window, n)
    if m0 > 1:  # expanding window at the start: row r holds posts 0..r (NaN after), the baseline of post r+1
        i = np.arange(1, m0)
        head = np.where(np.arange(m0 - 1)[None, :] < i[:, None], x[None, :m0 - 1], np.nan)
        m = np.nanmedian(head, axis=1)
        med[1:m0], mad[1:m0], cnt[1:m0] = m, np.nanmedian(np.abs(head - m[:, None]), axis=1), i
    if n > window:
        win = sliding_window_view(x[:-1], window)  # row j = x[j:j+window] -> baseline of post j+window
        m = np.median(win, axis=1)
        med[window:] = m
        mad[window:] = np.median(np.abs(win - m[:, None]), axis=1)
        cnt[window:] = window
    s2 = (1.4826 * mad) ** 2
    scale = np.sqrt((cnt * s2 + prior_weight * prior_scale ** 2) / (cnt + prior_weight))
    return med, scale, cnt


def long_baseline(x: np.ndarray, window: int) -> np.ndarray:
    import pandas as pd

    return pd.Series(x).rolling(window, min_periods=1).median().shift(1).to_numpy()


def _theil_sen_decline(y: np.ndarray) -> tuple[float, float]:
    """(total decline over the span in y units, Kendall-tau p-value of a downward trend)."""
    from scipy import stats

    t = np.arange(len(y), dtype=float)
    slope = stats.theilslopes(y, t)[0]
    tau = stats.kendalltau(t, y)
    p = tau.pvalue / 2 if tau.statistic < 0 else 1.0
    return float(-slope * (len(y) - 1)), float(p)


# -- the detector ---------------------------------------------------------------------------

def _forward_window_median(x: np.ndarray, m: int) -> tuple[np.ndarray, np.ndarray]:
    """Median of posts k..k+m-1 (fewer at the end of the series) and how many posts it saw."""
    import pandas as pd

    med = pd.Series(x[::-1]).rolling(m, min_periods=1).median().to_numpy()[::-1]
    return med, np.minimum(m, len(x) - np.arange(len(x)))


def _rank_shift_z(x: np.ndarray, before: int, after: int, chunk: int = 4096) -> np.ndarray:
    """Mann-Whitney z of "the ``before`` posts before k are higher than the ``after`` posts from k"
    (fewer posts at either end), for every k. Rank-based, so its null spread is the same for a
    smooth series and a heavy-tailed one; one viral post counts as one post, not by its size."""
    n = len(x)
    out = np.full(n, np.nan)
    pad = np.full(max(before, after), np.nan)
    xp = np.concatenate([pad[:before], x, pad[:after]])
    prev = sliding_window_view(xp[:n + before - 1], before)[:n]
    nxt = sliding_window_view(xp[before:], after)[:n]
    nb = (~np.isnan(prev)).sum(axis=1)
    na = (~np.isnan(nxt)).sum(axis=1)
    for s in range(0, n, chunk):
        b, a = prev[s:s + chunk, :, None], nxt[s:s + chunk, None, :]
        with np.errstate(invalid="ignore"):
            u = (b > a).sum(axis=(1, 2)) + 0.5 * (b == a).sum(axis=(1, 2))
        nb_, na_ = nb[s:s + chunk], na[s:s + chunk]
        var = nb_ * na_ * (nb_ + na_ + 1) / 12.0
        with np.errstate(invalid="ignore", divide="ignore"):
            out[s:s + chunk] = np.where(var > 0, (u - nb_ * na_ / 2.0) / np.sqrt(var), np.nan)
    return out


def _step_onset(x: np.ndarray, k: int, r: int, last_end: int, direction: int) -> int:
    """The onset within ``r`` posts of ``k`` where a step between two medians fits the posts
    around it best (least absolute deviations over posts k-2r..k+2r, after ``last_end``).

    The Mann-Whitney z compares the ``window`` posts before a post with the ``after`` posts from
    it; one shifted post weighs more in the short after-window than in the long before-window,
    so its peak tends to lag the step. A two-median fit on a symmetric span has no such lean.
    Only steps in ``direction`` count; without one, ``k`` is kept.
    """
    n = len(x)
    a, b = max(last_end + 1, k - 2 * r), min(n, k + 2 * r)
    best, best_j = np.inf, k
    for j in range(max(a + 2, k - r), min(b - 2, k + r) + 1):
        left, right = x[a:j], x[j:b]
        ml, mr = np.median(left), np.median(right)
        if direction * (mr - ml) <= 0:
            continue
        cost = np.abs(left - ml).sum() + np.abs(right - mr).sum()
        if cost < best:
            best, best_j = cost, j
    return int(best_j)


def level_shifts(x: np.ndarray, p: Params, direction: int = -1, base=None, scale=None, cnt=None,
                 long_base=None) -> list[Event]:
    """Sustained level shifts (direction -1 = drops, +1 = rises), onset = first post of the shift.

    At each post k the ``window`` posts before it are compared with the ``after`` posts from k
    on by a Mann-Whitney z (rank-based: the same threshold holds for a smooth series and a
    heavy-tailed one). While there are too few posts for ranks to reach the threshold (short
    histories), a parametric z takes over: median after minus baseline median over the robust
    scale shrunk towards the prior. A shift needs that z above ``threshold``, at least
    ``persist`` posts from k on, post k itself below the baseline by ``onset`` scales (with
    ``confirm`` > 1: each of posts k..k+confirm-1, a minimum-persistence rule), and (for drops)
    the new level below the longer baseline as well and, with ``min_drop`` > 0, at least that
    share below the baseline. With ``refine`` > 0 the onset is
    then moved to the best two-median step within ``refine`` posts (:func:`_step_onset`).
    """
    if base is None:
        base, scale, cnt = rolling_baseline(x, p.window, p.prior_scale, p.prior_weight)
    fwd, m = _forward_window_median(x, p.after)
    n = len(x)
    nb = np.maximum(cnt, 1)
    rank_ok = np.sqrt(3.0 * nb * m / (nb + m + 1.0)) >= p.threshold + 1.0
    with np.errstate(invalid="ignore", divide="ignore"):
        eff_a = np.where(m <= 2, 1.0, np.pi / 2)   # variance of a median vs a mean
        eff_b = np.where(nb <= 2, 1.0, np.pi / 2)
        # parametric z, rescaled so that its threshold is ``threshold`` like the rank z
        d = direction * (fwd - base) / (scale * np.sqrt(eff_a / m + eff_b / nb)) * p.threshold / p.short_threshold
        # ...only where the baseline is as full as the history allows (a short history, or the
        # last posts of a long one: a fresh drop), never at the start of a long history.
        d = np.where(cnt >= np.minimum(p.window, n - m), d, np.nan)
        if rank_ok.any():
            d = np.where(rank_ok, -direction * _rank_shift_z(x, p.window, p.after), d)
        z = direction * (x - base) / scale
        cond = (cnt >= 1) & (m >= p.persist) & (d > p.threshold) & (z > p.onset)
        if long_base is not None:
            cond &= ~(direction * (fwd - long_base) / scale <= p.onset)
    events: list[Event] = []
    last_end = -1
    for k in np.flatnonzero(cond):
        if k <= last_end:
            continue  # inside a shift already found
        # The run starts once the forward window holds mostly shifted posts, which can be a few
        # posts before the step; the step is where the before-vs-after contrast peaks.
        span = np.arange(k, min(k + max(p.persist, p.after // 2) + 1, n))
        span = span[(z[span] > 0) & (m[span] >= p.persist) & ~np.isnan(d[span])]
        if len(span):
            k = int(span[np.argmax(d[span])])
        if p.refine > 0:
            j = _step_onset(x, k, p.refine, last_end, direction)
            if not np.isnan(d[j]):
                k = j
        if p.confirm > 1:
            # minimum persistence: the first ``confirm`` posts of the shift all below the band
            seg = x[k:k + p.confirm]
            if len(seg) < p.confirm or not np.all(direction * (seg - base[k]) / scale[k] > p.onset):
                continue
        if not rank_ok[k]:
            # Few posts after k: judge by the least shifted of them, so that one flop beside an
            # ordinary post is not a drop.
            seg = x[k:k + int(m[k])]
            least = seg.max() if direction < 0 else seg.min()
            dk = (direction * (least - base[k]) / (scale[k] * math.sqrt(1.0 / m[k] + eff_b[k] / nb[k]))
                  * p.threshold / p.short_threshold)
            if not dk > p.threshold:
                continue
        with np.errstate(invalid="ignore"):
            rec = direction * (fwd[k + 1:] - base[k]) / scale[k] < p.onset
        if rec.any():
            j = k + 1 + int(np.argmax(rec))
            tail = np.arange(k, min(n, j + p.after // 2))
            low = tail[direction * (x[tail] - base[k]) / scale[k] > p.onset]
            end, ongoing = int(low[-1]) if len(low) else k, False
        else:
            end, ongoing = n - 1, True
        change = math.expm1(fwd[k]) / max(math.expm1(base[k]), 1e-9) - 1.0
        if p.min_drop > 0 and direction < 0 and change > -p.min_drop:
            continue  # smaller than a drop worth calling (a dip the series has shown before)
        events.append(Event("level_shift", int(k), int(end), bool(ongoing), float(d[k]), float(change)))
        last_end = end
    return events


def _is_ramp(x: np.ndarray, k: int, p: Params) -> bool:
    """True when a straight declining line fits the posts around onset k at least as well
    (sum of absolute residuals, Theil-Sen line) as a step at k does: a gradual decline."""
    from scipy import stats

    lo, hi = max(0, k - p.gradual_window // 2), min(len(x), k + p.gradual_window // 2)
    if k - lo < 5 or hi - k < 5:
        return False
    seg, t = x[lo:hi], np.arange(hi - lo, dtype=float)
    step = np.abs(x[lo:k] - np.median(x[lo:k])).sum() + np.abs(x[k:hi] - np.median(x[k:hi])).sum()
    slope, icpt = stats.theilslopes(seg, t)[:2]
    line = np.abs(seg - (icpt + slope * t)).sum()
    return bool(slope < 0 and line <= p.ramp_ratio * step)


def _er_series(views: np.ndarray, likes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(indices of posts with an engagement rate, log((likes+1)/(views+1)) at those posts)."""
    ok = ~np.isnan(likes)
    idx = np.flatnonzero(ok)
    return idx, np.log((likes[idx] + 1.0) / (views[idx] + 1.0))


def short_history_drop(views: np.ndarray, x: np.ndarray, p: Params) -> Optional[Event]:
    """A drop the statistical tests cannot see yet: fewer than ``p.short_history`` posts before it.

    Parameters
    ----------
    views : numpy.ndarray, shape (n,), float
        Views per post, oldest first.
    x : numpy.ndarray, shape (n,), float
        ``log1p(views)``.
    p : Params
        ``short_drop_ratio`` (0 turns the rule off), ``short_history``, ``persist`` and
        ``prior_scale`` are read.

    Returns
    -------
    Event or None
        An ongoing ``view_suppression`` event starting at the first post k (1 <= k <
        ``short_history``) from which every post, at least ``persist`` of them, has at most
        ``short_drop_ratio`` times the views of the lowest post before k (12 000 -> 450 -> 380
        with a ratio of 0.1: posts at 4 % of the one before). ``effect`` is the fall of the
        least-low post in prior scales (log views), ``change_pct`` the median after against the
        median before. None when no such k exists.
    """
    n = len(views)
    if p.short_drop_ratio <= 0:
        return None
    for k in range(1, min(p.short_history, n - p.persist + 1)):
        floor = float(np.min(views[:k]))
        if floor > 0 and float(np.max(views[k:])) <= p.short_drop_ratio * floor:
            effect = (float(np.min(x[:k])) - float(np.max(x[k:]))) / p.prior_scale
            change = float(np.median(views[k:])) / max(float(np.median(views[:k])), 1e-9) - 1.0
            return Event("view_suppression", k, n - 1, True, effect, change)
    return None


def analyze(views: np.ndarray, likes: Optional[np.ndarray], p: Params) -> dict:
    """All events in a history (oldest first) plus the per-post baseline, without a verdict."""
    views = np.asarray(views, dtype=float)
    n = len(views)
    likes = np.full(n, np.nan) if likes is None else np.asarray(likes, dtype=float)
    x = np.log1p(views)
    base, scale, cnt = rolling_baseline(x, p.window, p.prior_scale, p.prior_weight)
    lb = long_baseline(x, p.long_window)
    drops = level_shifts(x, p, -1, base, scale, cnt, lb)

    short = short_history_drop(views, x, p)
    if short is not None and not any(e.start <= short.start <= e.end for e in drops):
        drops.append(short)
        drops.sort(key=lambda e: e.start)

    er_idx, y = _er_series(views, likes)
    er_base = er_scale = er_cnt = None
    er_events: list[Event] = []
    if len(y) >= MIN_POSTS:
        er_base, er_scale, er_cnt = rolling_baseline(y, p.window, p.er_prior_scale, p.prior_weight)
        # the rate series is log(likes / views): a share-of-views floor means nothing there
        pe = Params(**{**asdict(p), "threshold": p.er_threshold, "min_drop": 0.0, "confirm": 1})
        er_events = level_shifts(y, pe, -1, er_base, er_scale, er_cnt)

    events: list[Event] = []
    for ev in drops:
        kind = "view_suppression"
        if er_base is not None:
            pos = np.searchsorted(er_idx, ev.start)  # first post with a rate at or after the onset
            sel = (er_idx >= ev.start) & (er_idx <= min(ev.end, ev.start + 2 * p.persist))
            if sel.sum() >= 2 and pos < len(er_idx) and er_cnt[pos] >= 1:
                d_er = (np.median(y[sel]) - er_base[pos]) / er_scale[pos]
                if d_er < -p.er_threshold:
                    kind = "engagement_drop"
        if kind == "view_suppression" and _is_ramp(x, ev.start, p):
            kind = "gradual_decline"
        ev.type = kind
        events.append(ev)
    for ev in er_events:  # engagement-rate drops with no view drop beside them
        s, e = int(er_idx[ev.start]), int(er_idx[min(ev.end, len(er_idx) - 1)])
        if not any(abs(s - d.start) <= p.persist for d in drops):
            events.append(Event("engagement_drop", s, e, ev.ongoing, ev.effect, ev.change_pct))

    in_span = np.zeros(n, dtype=bool)
    for ev in events:
        in_span[ev.start: ev.end + 1] = True
    with np.errstate(invalid="ignore"):
        z = (x - base) / scale
    for i in np.flatnonzero((cnt >= 1) & ~in_span & (np.abs(z) > p.outlier)):
        up = z[i] > 0
        change = math.expm1(x[i]) / max(math.expm1(base[i]), 1e-9) - 1.0
        events.append(Event("viral_spike" if up else "single_flop", int(i), int(i), i == n - 1,
                            float(abs(z[i])), float(change)))

    # gradual decline over the last posts, when no step explains it
    g = min(p.gradual_window, n)
    if g >= 10 and not any(ev.end >= n - g and ev.type != "viral_spike" and ev.type != "single_flop"
                           for ev in events):
        decline, pval = _theil_sen_decline(x[n - g:])
        sc = float(np.median(scale[n - g:]))
        if pval < 0.01 and decline > p.gradual_threshold * sc:
            events.append(Event("gradual_decline", n - g, n - 1, True, decline / sc,
                                math.expm1(np.median(x[-3:])) / max(math.expm1(np.median(x[n - g:n - g + 3])), 1e-9)
                                - 1.0))
    events.sort(key=lambda e: (e.start, e.type))
    return {"events": events, "x": x, "baseline": base, "scale": scale, "count": cnt, "er_index": er_idx}


def verdict(events: list[Event], n: int, p: Params) -> Optional[Event]:
    """The event that describes the account now (None = nothing unusual at the end)."""
    recent = [e for e in events if e.ongoing and e.start >= n - p.horizon]
    for kind in ("view_suppression", "engagement_drop", "gradual_decline"):
        hits = [e for e in recent if e.type == kind]
        if hits:
            return max(hits, key=lambda e: e.start)
    last = [e for e in events if e.end == n - 1 and e.type in ("single_flop", "viral_spike")]
    return last[-1] if last else None


# -- the shipped model: tuned parameters and calibration tables ---------------------------

#: A verdict whose measured share of right verdicts is below this is more likely wrong than right.
STRONG_CONFIDENCE = 0.5


def verdict_is_weak(result: dict) -> bool:
    """Whether a ``detect_anomaly`` verdict is weak evidence, to be worded as a possibility.

    The response keeps ``is_shadowbanned`` as the detector's decision (CONTRACT.md §3); how
    strongly it may be said follows ``confidence``, the measured share of right verdicts like
    this one: below :data:`STRONG_CONFIDENCE` (0.5) the verdict is more likely wrong than
    right, and with ``confidence_basis == "base_rate_only"`` the figure is only the assumed
    base rate of drops, no measurement of this account. The GUI headline, ``viralml report``'s
    summary and the PDF word such a verdict as "possible … — weak evidence".

    Parameters
    ----------
    result : dict
        A ``detect_anomaly`` response (``confidence``, ``confidence_basis``, ``anomaly_type``).

    Returns
    -------
    bool
        True for a weak verdict; False for a strong one and for no verdict at all
        (``insufficient_history``).
    """
    if not isinstance(result, dict) or result.get("anomaly_type") == "insufficient_history":
        return False
    try:
        conf = float(result.get("confidence") or 0.0)
    except (TypeError, ValueError):
        conf = 0.0
    return conf < STRONG_CONFIDENCE or result.get("confidence_basis") == "base_rate_only"


#: The wording key of a reach-drop verdict that is weak evidence (:func:`verdict_is_weak`): every surface
#: says it as "possible drop in reach — weak evidence", never as the anomaly type.
WEAK_VERDICT = "weak_reach_drop"


def verdict_wording(result: dict) -> str:
    """How a ``detect_anomaly`` verdict is to be worded: the one rule every surface follows.

    The GUI (Account health and Release tabs), ``viralml report``'s summary, the report's JSON
    ``verdict.text`` and its PDF look the returned key up in their own words for it, so a weak
    alarm reads as a possibility everywhere and a strong one as its anomaly type.

    Parameters
    ----------
    result : dict
        A ``detect_anomaly`` response, or a ``release_report`` ``verdict`` (``anomaly_type``,
        ``is_shadowbanned``, ``confidence``, optional ``confidence_basis``).

    Returns
    -------
    str
        :data:`WEAK_VERDICT` (``"weak_reach_drop"``) for an alarm (``is_shadowbanned``) that
        :func:`verdict_is_weak` calls weak; else the ``anomaly_type`` (``"none"`` when absent).
    """
    if not isinstance(result, dict):
        return "none"
    if result.get("is_shadowbanned") and verdict_is_weak(result):
        return WEAK_VERDICT
    return str(result.get("anomaly_type") or "none")


def _load_detector(path: Optional[Path], device: str) -> dict:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    data["params_obj"] = Params.from_dict(data.get("params", {}))
    return data


def _bin(value: float, edges: list[float]) -> int:
    return int(np.searchsorted(np.asarray(edges, dtype=float), value, side="right")) - 1


def calibration_cell(model: dict, alarm: bool, history: int, effect: float = 0.0) -> dict:
    """The calibration cell a verdict falls in: its bounds and its counts [right, total]."""
    cal = model["calibration"]
    t = cal["alarm"] if alarm else cal["quiet"]
    edges = t["history_edges"]
    hb = min(max(0, _bin(history, edges)), len(t["table"]) - 1)
    cell = {"kind": "alarm" if alarm else "quiet",
            "history_posts": [edges[hb], edges[hb + 1] if hb + 1 < len(edges) else None]}
    if alarm:
        ee = t["effect_edges"]
        eb = min(max(0, _bin(effect, ee)), len(t["table"][0]) - 1)
        cell["effect_robust_z"] = [ee[eb], ee[eb + 1] if eb + 1 < len(ee) else None]
        cell["counts"] = t["table"][hb][eb]
    else:
        cell["counts"] = t["table"][hb]
    return cell


def calibrated_confidence(model: dict, alarm: bool, history: int, effect: float = 0.0) -> float:
    """Probability that this verdict is right, from its cell of the calibration split.

    Parameters
    ----------
    model : dict
        The loaded detector (``calibration`` with ``alarm`` / ``quiet`` tables of [right, total]
        per cell and, when present, ``base_rate``, ``n_positive``, ``n_negative``).
    alarm : bool
        True for a ``view_suppression`` verdict.
    history : int
        Posts before the onset (alarm) or posts in the request (quiet).
    effect : float
        Robust z of the drop (alarm only).

    Returns
    -------
    float
        In [0, 1], rounded to 3 decimals. The calibration split mixes requests with and without
        a drop; each cell's hit rates among drops and among non-drops (smoothed +1 / +2) are
        combined at the stated ``base_rate`` of drops (Bayes' rule), so an empty cell answers
        the base rate itself (alarm) or its complement (quiet). Without ``base_rate`` (older
        detector files) the cell's share (right + 1) / (total + 2) is returned.
    """
    cal = model["calibration"]
    right, tot = calibration_cell(model, alarm, history, effect)["counts"]
    pi = cal.get("base_rate")
    if pi is None:
        return round((right + 1.0) / (tot + 2.0), 3)
    n_pos, n_neg = float(cal["n_positive"]), float(cal["n_negative"])
    if alarm:  # right = drops alarmed in the cell, wrong = non-drops alarmed there
        a = pi * (right + 1.0) / (n_pos + 2.0)
        b = (1.0 - pi) * (tot - right + 1.0) / (n_neg + 2.0)
    else:      # right = non-drops left quiet, wrong = drops missed
        a = (1.0 - pi) * (right + 1.0) / (n_neg + 2.0)
        b = pi * (tot - right + 1.0) / (n_pos + 2.0)
    return round(a / (a + b), 3)


def beats_chance(model: dict, cell: dict, alpha: float = 0.05) -> tuple[bool, float]:
    """Whether a calibration cell's record beats a detector without skill (one-sided binomial test).

    Parameters
    ----------
    model : dict
        The loaded detector (``calibration`` with ``n_positive`` / ``n_negative``; without them
        the split is taken as balanced).
    cell : dict
        :func:`calibration_cell`'s answer (``kind``, ``counts`` [right, total]).
    alpha : float
        Level of the test.

    Returns
    -------
    (bool, float)
        True when the share of right verdicts in the cell is above what a detector without skill
        scores there with p < ``alpha``, and the p-value (1.0 for an empty cell). Without skill a
        verdict is as likely for a request with a drop as for one without, so its share of right
        verdicts is the split's share of that class: ``n_negative / (n_positive + n_negative)`` for
        a quiet verdict, ``n_positive / (...)`` for an alarm (0.5 on a balanced split). A cell that
        does not beat it carries no evidence beyond the base rate of drops.
    """
    from scipy import stats

    right, total = (int(v) for v in cell["counts"])
    if total <= 0:
        return False, 1.0
    cal = model["calibration"]
    n_pos, n_neg = float(cal.get("n_positive") or 1.0), float(cal.get("n_negative") or 1.0)
    p0 = (n_pos if cell["kind"] == "alarm" else n_neg) / (n_pos + n_neg)
    pval = float(stats.binomtest(right, total, p0, alternative="greater").pvalue)
    return pval < alpha, pval


def _base_rate_only_source(model: dict, cell: dict, pval: float) -> dict:
    """The ``sources`` entry of a confidence whose calibration cell does not beat chance."""
    right, total = cell["counts"]
    pi = model["calibration"].get("base_rate")
    pi = 0.5 if pi is None else float(pi)
    what = 'history length and effect size' if cell['kind'] == 'alarm' else 'history length'
    if not total:  # an empty cell has no record to quote ("0 of 0")
        return sources.no_evidence(
            f"no evidence beyond the base rate of drops: the detector has no calibration cases like this one "
            f"(same verdict, {what}); the confidence only restates the base rate (a real reach drop in "
            f"{100 * pi:.0f}% of requests)", "confidence of the verdict")
    return sources.no_evidence(
        f"no evidence beyond the base rate of drops: the detector's record in this cell is {right} of {total} "
        f"(same verdict, {what}), "
        f"no better than chance (one-sided binomial p = {pval:.2f}); the confidence only restates the base rate "
        f"(a real reach drop in {100 * pi:.0f}% of requests), moved only by that record",
        "confidence of the verdict")


def _confidence_source(model: dict, cell: dict) -> dict:
    """The ``sources`` entry of ``confidence``: the calibration it comes from, not the detector's F1.

    Its figure is the calibration's expected calibration error (ECE) on the report split, from
    ``models/anomaly/metrics.json`` (``confidence_calibration_report_split``); the note names the
    base rate of drops the probability is stated at and this verdict's cell of the calibration
    split (right verdicts of total). Without that block (an older metrics.json) the entry falls
    back to the detector's headline."""
    right, total = cell["counts"]
    cal = model["calibration"]
    pi = cal.get("base_rate")
    same = "history length and effect size" if cell.get("effect_robust_z") is not None else "history length"
    split = (f" ({cal['n_positive']} requests with a drop, {cal['n_negative']} without)"
             if cal.get("n_positive") and cal.get("n_negative") else "")
    note = (f"calibrated probability that this verdict is right: in the detector's calibration split{split}, "
            f"{right} of {total} verdicts in its cell (same verdict, {same}) were right, reweighted to a base rate "
            f"of {100 * (pi if pi is not None else 0.5):.0f}% of requests with a real reach drop")
    try:
        from viralml_desktop.core import paths

        metrics = json.loads((paths.MODELS_DIR / sources.model_dir(_MODEL_NAME) / "metrics.json")
                             .read_text(encoding="utf-8"))
        block = metrics["confidence_calibration_report_split"]
        return sources.model(_MODEL_NAME, note, n=int(block["n"]),
                             metric="expected calibration error (ECE) of the confidence, report split",
                             value=float(block["ece"]),
                             data=f"held-out requests weighted to a {100 * block['base_rate_of_drops']:.0f}% base "
                                  f"rate of drops; verdict accuracy {block['verdict_accuracy']:.3f} vs mean "
                                  f"confidence {block['mean_confidence']:.3f}")
    except (OSError, KeyError, TypeError, ValueError):
        return sources.model(_MODEL_NAME, note)


def _load_model() -> dict:
    try:
        return registry.get(_MODEL_NAME)
    except ModelUnavailable:
        raise
    except Exception as e:  # a broken JSON file
        raise ModelUnavailable(f"reach-drop detector could not be read: {e}") from e


# -- request handling ---------------------------------------------------------------------------

def _prepare(req) -> tuple[list, np.ndarray, list[str]]:
    """Posts sorted by time with their UTC times, exact duplicates removed; notes say what was fixed."""
    from viralml_desktop.core.account_health.history import parse_timestamps

    posts = list(req.recent_posts)
    ts = parse_timestamps([p.timestamp for p in posts], assume_tz=req.assume_tz,
                          field="recent_posts[{i}].timestamp", date_order=req.date_order)
    bad = np.flatnonzero(ts.isna().to_numpy())
    if len(bad):
        i = int(bad[0])
        raise InputError(f"recent_posts[{i}].timestamp {posts[i].timestamp!r} is not a date"
                         + (f" ({len(bad)} posts have unreadable dates)" if len(bad) > 1 else ""))
    notes = []
    t_ns = ts.dt.tz_convert(None).to_numpy().astype("datetime64[ns]").astype(np.int64)
    # a post is counted only once published: a time after now (14 h of slack for the wall clocks ahead
    # of UTC) is a wrong date, left out and said, never analysed as a post
    now = np.datetime64(datetime.now(timezone.utc).replace(tzinfo=None), "ns")
    late = t_ns > (now + np.timedelta64(14, "h")).astype(np.int64)
    if late.any():
        if late.all():
            i = int(np.flatnonzero(late)[0])
            raise InputError(f"every post is dated in the future (e.g. recent_posts[{i}].timestamp "
                             f"{posts[i].timestamp!r}; now {_iso(now)[:16].replace('T', ' ')} UTC): a post's "
                             "views are counted only once it is published")
        first = int(np.flatnonzero(late)[0])
        notes.append(f"{int(late.sum())} post(s) dated in the future left out (e.g. {_iso(t_ns[first].astype('datetime64[ns]'))[:10]}; "
                     f"now {_iso(now)[:10]}): a post's views are counted only once it is published")
        posts = [p for p, bad_t in zip(posts, late) if not bad_t]
        t_ns = t_ns[~late]
    order = np.argsort(t_ns, kind="stable")
    if np.any(np.diff(t_ns) < 0):
        notes.append("posts were not in time order; sorted by timestamp")
    seen, keep = set(), []
    for i in order.tolist():
        p = posts[i]
        key = ("id", p.post_id) if p.post_id else ("row", int(t_ns[i]), p.views, p.likes)
        if key in seen:
            continue
        seen.add(key)
        keep.append(i)
    if len(keep) < len(posts):
        notes.append(f"{len(posts) - len(keep)} duplicate posts ignored")
    kept = [posts[i] for i in keep]
    missing = sum(p.likes is None for p in kept)
    if missing:
        notes.append(f"{missing} posts have no likes: engagement rate uses the others")
    return kept, t_ns[np.asarray(keep, dtype=int)].astype("datetime64[ns]"), notes


def _iso(t) -> str | list[str]:
    """ISO 8601 UTC of one numpy datetime64 or an array of them."""
    s = np.datetime_as_string(np.asarray(t).astype("datetime64[s]"), unit="s")
    return np.char.add(s, "Z").tolist() if np.ndim(s) else str(s) + "Z"


def run(request, progress: ProgressLike) -> dict:
    """Say whether an account's reach has dropped, from its own post history.

    Parameters
    ----------
    request : AnomalyRequest
        Fields used: ``recent_posts`` (per post ``views``, ``likes`` (optional), ``timestamp``,
        ``post_id`` (optional); any order: they are sorted by time, and exact duplicates, the
        same ``post_id`` or without one the same time, views and likes, count once),
        ``assume_tz`` (IANA zone of the timestamps that carry no UTC offset) and
        ``include_series``. ``account_id`` and ``platform`` are not read here.
    progress : ProgressLike
        Receives the steps; ``progress.check()`` runs between them.

    Returns
    -------
    dict
        The :class:`~viralml_desktop.core.schemas.anomaly.AnomalyResponse` fields:

        * ``is_shadowbanned`` : bool, true only for ``anomaly_type == "view_suppression"``.
        * ``confidence`` : float in [0, 1], the measured share of right verdicts of this kind
          (same history length and effect size) on the calibration split; 0.0 without a verdict.
        * ``confidence_basis`` : ``calibrated`` when the verdict's calibration cell beats a
          detector without skill (:func:`beats_chance`, one-sided binomial p < 0.05), else
          ``base_rate_only``: the confidence is then the base rate of drops (moved only by the
          cell's record), a reason says so and its source is ``no_evidence``.
        * ``anomaly_type`` : ``view_suppression``, ``engagement_drop``, ``gradual_decline``,
          ``single_flop``, ``viral_spike``, ``none``, or ``insufficient_history`` (fewer than
          ``MIN_POSTS`` = 3 posts after removing duplicates: no verdict is guessed).
        * ``detected_at`` : ISO 8601 UTC time of the event's first post, or None.
        * ``recommendation`` : one per type (README "Account health"); a view suppression
          that started more than 7 days before the last post gets
          ``review_recent_content_guidelines`` instead of ``pause_posting_24h``.
        * ``model_version`` and ``reasons`` (sentences).
        * ``details`` : ``n_posts``, ``notes`` (what was fixed in the input), ``window_posts``;
          with an event also ``event_start_index``, ``posts_in_event``, ``baseline_views``
          (views), ``change_pct`` (against the baseline, a fraction like the events' one: -0.8 = 80 %
          lower), ``effect_robust_z``,
          ``days_in_event`` (days) and ``engagement_rate_before`` / ``engagement_rate_during``
          (median likes / views, a fraction; None without likes).
        * ``events`` : every event found, oldest first: ``type``, ``start`` / ``end`` (post
          indices after sorting), ``ongoing``, ``effect`` (robust z-units), ``change_pct``
          (a fraction, -0.8 = 80 % lower), ``start_time`` / ``end_time`` (ISO 8601 UTC).
        * ``series`` (only with ``include_series``) : per post, oldest first, ``timestamp``,
          ``views``, ``likes``, ``engagement_rate`` (likes / views) and ``baseline_views``.

    Raises
    ------
    InputError
        A timestamp that is not a date (the first such post is named), or an unknown
        ``assume_tz``.
    ModelUnavailable
        ``models/anomaly/detector.json`` is missing, fails its checksum or cannot be read.
    Cancelled
        From ``progress`` (its ``update`` and ``check``) once the user cancels.

    Notes
    -----
    The method is the module docstring's: on ``log(1 + views)``, a rolling median and
    1.4826 * MAD baseline (the MAD scaled to a normal standard deviation), shrunk towards a
    prior scale for short histories; a level shift down where the Mann-Whitney z [1]_ of the
    posts after an onset against those before it passes a threshold; the same test on the
    engagement rate ``log((likes+1)/(views+1))`` tells a reach drop from an audience that
    reacts less; a Theil-Sen line [2]_ [3]_ that fits as well as a step makes a gradual
    decline. The window, thresholds and calibration tables are tuned and measured by
    ``training/anomaly_eval.py`` and shipped in ``models/anomaly/detector.json``; the
    held-out figures and the data are in ``models/anomaly/MODEL_CARD.md``. The confidence
    is smoothed as (hits + 1) / (n + 2), so that a small calibration cell never claims
    certainty.

    References
    ----------
    .. [1] H. B. Mann and D. R. Whitney, "On a test of whether one of two random variables is
           stochastically larger than the other", Annals of Mathematical Statistics 18(1),
           50-60, 1947.
    .. [2] H. Theil, "A rank-invariant method of linear and polynomial regression analysis",
           Proceedings of the Royal Netherlands Academy of Sciences 53, 1950.
    .. [3] P. K. Sen, "Estimates of the regression coefficient based on Kendall's tau",
           Journal of the American Statistical Association 63(324), 1379-1389, 1968.
    """
    progress.update(0.05, "Reading posts…")
    rows, times, notes = _prepare(request)
    n = len(rows)
    model = _load_model()
    p: Params = model["params_obj"]
    version = model.get("version", "")
    if n < MIN_POSTS:
        return {"is_shadowbanned": False, "confidence": 0.0, "anomaly_type": "insufficient_history",
                "detected_at": None, "recommendation": _RECOMMENDATIONS["insufficient_history"],
                "model_version": version,
                "reasons": [f"{n} post(s) after removing duplicates; at least {MIN_POSTS} are needed "
                            "(a baseline and two posts to confirm a drop) — no verdict is guessed"],
                "details": {"n_posts": n, "notes": notes}, "events": [],
                "sources": {"confidence": sources.no_evidence(f"fewer than {MIN_POSTS} posts: no verdict, "
                                                              "confidence 0", "confidence"),
                            "details": sources.measured("the posts given")}}
    progress.check()
    views = np.array([r.views for r in rows], dtype=float)
    likes = np.array([np.nan if r.likes is None else r.likes for r in rows], dtype=float)
    progress.update(0.3, f"Analysing {n} posts…")
    a = analyze(views, likes, p)
    progress.update(0.8, "Verdict…")
    events: list[Event] = a["events"]
    ev = verdict(events, n, p)
    reasons: list[str] = []
    details: dict[str, Any] = {"n_posts": n, "notes": notes, "window_posts": p.window}
    if ev is None:
        kind, alarm = "none", False
        conf = calibrated_confidence(model, False, n)
        cell = calibration_cell(model, False, n)
        detected_at = None
        reasons.append(f"the last posts are within the normal range of the previous {min(p.window, n - 1)}")
        past = [e for e in events if e.type == "view_suppression" and not e.ongoing]
        if past:
            reasons.append(f"an earlier reach drop from {_iso(times[past[-1].start])[:10]} recovered")
    else:
        kind = ev.type
        alarm = kind == "view_suppression"
        before = int(a["count"][ev.start])
        conf = calibrated_confidence(model, alarm, before if alarm else n, ev.effect)
        cell = calibration_cell(model, alarm, before if alarm else n, ev.effect)
        detected_at = _iso(times[ev.start])
        base_views = math.expm1(a["baseline"][ev.start])
        details.update(event_start_index=ev.start, posts_in_event=ev.end - ev.start + 1,
                       baseline_views=round(base_views, 1), change_pct=round(ev.change_pct, 4),
                       effect_robust_z=round(ev.effect, 2),
                       days_in_event=round(float((times[-1] - times[ev.start]) / np.timedelta64(1, "s")) / 86400, 2))
        er = _rates(views, likes, ev.start, ev.end, p.window)
        details.update(er)
        reasons.append(_reason(kind, ev, base_views, er))
        if alarm and ev.start < p.short_history:
            cal = model["calibration"]
            reasons.append(f"suspected: only {ev.start} post(s) before the drop, too few for the statistical "
                           f"tests; every post since is at most {100 * p.short_drop_ratio:.0f}% of the lowest "
                           "one before. The confidence is the share of such verdicts that were right in the "
                           f"calibration split, at a base rate of {100 * cal.get('base_rate', 0.5):.0f}% of "
                           "requests with a real drop")
    if kind == "view_suppression" and details.get("days_in_event", 0) > _LONG_DROP_DAYS:
        recommendation = _RECOMMENDATIONS["view_suppression_long"]
    else:
        recommendation = _RECOMMENDATIONS[kind]
    skill, pval = beats_chance(model, cell)
    if n < p.window:
        reasons.append(f"only {n} posts: the baseline is thin")
    if not skill:
        pi = model["calibration"].get("base_rate")
        record = (f"the detector's record in this cell is {cell['counts'][0]} of {cell['counts'][1]}, no better "
                  "than chance" if cell['counts'][1] else "the detector has no calibration cases like this one")
        reasons.append(f"no evidence beyond the base rate of drops: {record}, so the "
                       f"{100 * conf:.0f}% confidence only restates the base rate (a real drop in "
                       f"{100 * (0.5 if pi is None else pi):.0f}% of requests), not a measurement of this "
                       "account")
    out = {"is_shadowbanned": bool(alarm), "confidence": float(conf), "anomaly_type": kind,
           "confidence_basis": "calibrated" if skill else "base_rate_only",
           "detected_at": detected_at, "recommendation": recommendation, "model_version": version,
           "reasons": reasons, "details": details,
           "events": [dict(e.as_dict(), start_time=_iso(times[e.start]), end_time=_iso(times[e.end]))
                      for e in events],
           "sources": {"confidence": (_confidence_source(model, cell) if skill
                                      else _base_rate_only_source(model, cell, pval)),
                       "details": sources.measured("the posts: their baseline (median of the previous posts), "
                                                   "change and engagement rates", "window_posts is the detector's "
                                                   "window setting"),
                       "events": sources.measured("each run of posts the detector flagged: its posts, change "
                                                  "against the baseline and robust effect size"),
                       "series": sources.measured("the posts' views, likes, engagement rate and rolling baseline")}}
    if request.include_series:
        base = a["baseline"]
        with np.errstate(invalid="ignore", divide="ignore"):
            rate = np.where(np.isnan(likes) | (views <= 0), np.nan, likes / np.maximum(views, 1))
        out["series"] = {
            "timestamp": _iso(times),
            "views": views.astype(int).tolist(),
            "likes": [None if np.isnan(v) else int(v) for v in likes],
            "engagement_rate": [None if np.isnan(v) else round(float(v), 6) for v in rate],
            "baseline_views": [None if np.isnan(v) else round(float(np.expm1(v)), 2) for v in base],
        }
    progress.update(1.0, "Done")
    return out


def _rates(views, likes, start, end, window) -> dict:
    """Engagement rate (likes / views) before and during the event: measurements of the input."""
    def rate(sl):
        v, l_ = views[sl], likes[sl]
        ok = ~np.isnan(l_) & (v > 0)
        return None if ok.sum() == 0 else round(float(np.median(l_[ok] / v[ok])), 5)

    return {"engagement_rate_before": rate(slice(max(0, start - window), start)),
            "engagement_rate_during": rate(slice(start, end + 1))}


def _reason(kind: str, ev: Event, base_views: float, er: dict) -> str:
    pct = f"{abs(100 * ev.change_pct):.0f}%"
    erb, erd = er.get("engagement_rate_before"), er.get("engagement_rate_during")
    rate = (f"engagement rate {100 * erb:.1f}% -> {100 * erd:.1f}%" if erb is not None and erd is not None
            else "engagement rate unknown (no likes)")
    return {
        "view_suppression": f"views {pct} below the baseline of ~{base_views:,.0f} for {ev.end - ev.start + 1} "
                            f"posts while the {rate} held: reach fell, not interest",
        "engagement_drop": f"engagement fell ({rate}); views changed {100 * ev.change_pct:+.0f}%: "
                           "the audience reacts less, not a reach block",
        "gradual_decline": f"views declined gradually ({100 * ev.change_pct:+.0f}% over {ev.end - ev.start + 1} "
                           "posts) with no sudden step: not a shadowban",
        "single_flop": f"only the last post is low ({100 * ev.change_pct:+.0f}% vs baseline): one flop is "
                       "not a shadowban; wait for the next posts",
        "viral_spike": f"the last post is a viral spike ({100 * ev.change_pct:+.0f}% vs baseline)",
    }[kind]
