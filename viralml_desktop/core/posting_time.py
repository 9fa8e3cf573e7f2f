"""Capability ``predict_posting_time`` (CONTRACT.md §2): the best UTC slot for a
multi-country audience on the planned day.

Model (details and sources in models/posting_time/MODEL_CARD.md):

* **Prior** — per platform, a 7 x 24 table of relative engagement by *local* hour of week
  (mean 1), built from published studies (``models/posting_time/prior.json``).
* **Audience** — each target country is one or more zones (``core/timezones.py``, population
  split), weighted by ``country_weights`` (or equally). The engagement of a UTC instant is the
  weighted mean of the table at each zone's local time *on that date* (zoneinfo: daylight
  saving on the planned day is exact).
* **Personal** — each imported post's log engagement relative to the median of the account's
  previous 20 posts (its level at the time; a post needs 5 before it) is compared with the prior
  at its posting time; the kernel-smoothed deviation by local hour of week is shrunk toward 0
  (the prior) with strength ``k`` chosen on real data (``personal.json``). It is measured as it
  is used (``core/personal.py``): at least 20 such posts, time-ordered expanding-window folds, a
  permutation test against the account's median; it moves the answer only when it beats that
  median with p < 0.05, else the prior answers and ``personal.note`` says why.
* ``expected_engagement_boost`` = predicted engagement at the chosen slot / at the account's
  average slot (its own posting times; without history, a uniformly random time of the
  week). Interval: 90 % bootstrap over posts. Without history the prior's boost is stated
  only as far as its held-out test supports it (``prior.json`` ``held_out``, written by
  ``training/posting_time_evaluate.py``): otherwise 1.0, ``no_evidence``.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional, Sequence

import numpy as np

from viralml_desktop.core import personal as personal_lib, registry, sources, store, timezones
from viralml_desktop.core.errors import InputError, ModelUnavailable
from viralml_desktop.core.schemas.posting_time import PostingTimeRequest, PostingTimeResponse
from viralml_desktop.core.progress import ProgressLike

MODEL_NAME = "posting_time_prior"
_HOURS_PER_WEEK = 168
_SLOT_MINUTES = 30
MIN_POSTS = personal_lib.MIN_ITEMS  # posts with a baseline before a personal model is tested (20)
BASELINE_WINDOW = 20  # previous posts whose median log engagement is a post's baseline
MIN_PREVIOUS = 5  # posts a post needs before it has a baseline
STORE_KEY = "posting_time.personal_model"  # {account: latest evaluation}, for ML health
DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
UTC = dt.timezone.utc


# -- the shipped model ---------------------------------------------------------

@dataclass
class Prior:
    """The shipped posting-time model (``models/posting_time/prior.json`` and ``personal.json``).

    Parameters
    ----------
    tables : dict of str to (168,) float array
        Per platform, relative engagement by local hour of week (Monday 00:00-00:59 = 0),
        mean 1, built from published studies.
    variants : dict of str to dict of str to (168,) float array
        Per platform, the table rebuilt leaving one study out ("without <source>").
    sources : dict of str to list of str
        Per platform, the ids of the studies used (``models/posting_time/sources.json``).
    personal : dict or None
        Personal-learning hyper-parameters (``window``, ``sigma_h``, ``k``, ``k_week``,
        ``n_boot``, optional ``max_posts``); None when ``personal.json`` is missing.
    version : str
        The prior's version string.
    held_out : dict of str to dict
        Per platform, what the prior's slot realised on real post histories held out by year
        (``realised_boost_median``, ``realised_range``, ``beats_average_years``, ``supports_lift``),
        or ``supports_lift`` False with ``why`` when the project has no real history of that
        platform; written by ``training/posting_time_evaluate.py``.
    """

    tables: dict[str, np.ndarray]  # platform -> 168 relative engagement by local hour of week
    variants: dict[str, dict[str, np.ndarray]]  # platform -> "without <source>" -> table
    sources: dict[str, list[str]]  # platform -> source ids
    personal: Optional[dict]  # hyper-parameters chosen on real data, None when absent
    version: str
    held_out: dict[str, dict] = field(default_factory=dict)


def _load_prior(path: Optional[Path], device: str) -> Prior:
    """Loader of the model table's ``posting_time_prior``; ``posting_time_personal`` rides along."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    try:
        personal = registry.get("posting_time_personal")
    except ModelUnavailable:  # missing or refused: the prior alone still answers
        personal = None
    tables, variants, sources, held_out = {}, {}, {}, {}
    for name, p in data["platforms"].items():
        held_out[name] = dict(p.get("held_out") or {"supports_lift": False, "why": "the prior was not tested"})
        tables[name] = np.asarray(p["table"], dtype=float)
        variants[name] = {k: np.asarray(v, dtype=float) for k, v in p.get("variants", {}).items()}
        sources[name] = list(p.get("sources", []))
        if tables[name].shape != (_HOURS_PER_WEEK,):
            raise ValueError(f"{name}: expected 168 values, got {tables[name].shape}")
    return Prior(tables, variants, sources, personal, str(data.get("version", "")), held_out)


def load_prior() -> Prior:
    """The shipped prior, through the model table (loaded once, checksum verified).

    Returns
    -------
    Prior
        The prior tables, their leave-one-study-out variants, the sources and the
        personal-learning hyper-parameters.

    Raises
    ------
    ModelUnavailable
        ``models/posting_time/prior.json`` is missing, fails its checksum or cannot be read.
        A missing ``personal.json`` is no error: ``Prior.personal`` is then None.
    """
    return registry.get(MODEL_NAME)


# -- audience and time -----------------------------------------------------------

@dataclass(frozen=True)
class Audience:
    """Zones with their share of the whole audience (country weight x population share).

    Parameters
    ----------
    zones : tuple of (str, float)
        IANA zone and its share of the whole audience; the shares sum to 1.
    countries : dict of str to float
        ISO 3166 code to the country's share of the audience, summing to 1.

    Notes
    -----
    Build it with :meth:`Audience.of`. The population split of each country over its zones
    (census figures) is in ``core/timezones.py``; sources in
    ``models/posting_time/MODEL_CARD.md``, section 2.
    """

    zones: tuple[tuple[str, float], ...]
    countries: dict[str, float]

    @classmethod
    def of(cls, countries: Sequence[str], weights: Optional[dict[str, float]] = None) -> "Audience":
        """The audience of a set of countries, each split over its zones by population.

        Parameters
        ----------
        countries : sequence of str
            ISO 3166 codes (``UK`` is read as ``GB``).
        weights : dict of str to float, optional
            Each country's share of the audience, any non-negative numbers (normalised to
            sum 1); equal shares when None or empty.

        Returns
        -------
        Audience

        Raises
        ------
        InputError
            An unknown country code, or ``weights`` names a country not in ``countries``,
            lacks one of them, holds a negative, NaN or infinite value, or is all zero.
        """
        w = timezones.normalize_weights(countries, weights)
        zones = []
        for c in countries:
            zones += [(z.zone, w[c] * z.weight) for z in timezones.country_zones(c) if w[c] * z.weight > 0]
        return cls(tuple(zones), w)

    @property
    def reference_zone(self) -> str:
        """The zone of the biggest audience share: personal effects are indexed in its local time."""
        return max(self.zones, key=lambda zw: zw[1])[0]


def local_hour_of_week(times: Iterable[dt.datetime], zone: str) -> np.ndarray:
    """Fractional local hour of week of each instant in one time zone.

    Parameters
    ----------
    times : iterable of datetime
        Timezone-aware instants (UTC in this module).
    zone : str
        IANA time zone; the offset in force at each instant is used (daylight saving included).

    Returns
    -------
    (n,) float array
        Hours since the local Monday 00:00, in [0, 168).
    """
    tz = timezones.zoneinfo(zone)
    times = list(times)
    if len(times) > 200:  # vectorised (same tz rules, checked against zoneinfo in the tests)
        import pandas as pd

        lt = pd.DatetimeIndex(times).tz_convert(tz)
        return (lt.day_of_week * 24 + lt.hour + lt.minute / 60.0 + lt.second / 3600.0).to_numpy(dtype=float)
    out = []
    for t in times:
        lt = t.astimezone(tz)
        out.append(lt.weekday() * 24 + lt.hour + lt.minute / 60.0 + lt.second / 3600.0)
    return np.asarray(out, dtype=float)


def interpolate(table: np.ndarray, how: np.ndarray) -> np.ndarray:
    """Read an hour-of-week table at fractional hours of week.

    Parameters
    ----------
    table : (168,) float array
        One value per hour of week; each sits at its bin's centre (h + 0.5).
    how : (n,) float array
        Hours of week (any real: taken modulo 168).

    Returns
    -------
    (n,) float array
        Linear interpolation between bin centres, wrapping from Sunday 23:30 to Monday 00:30.
    """
    u = (np.asarray(how, dtype=float) - 0.5) % _HOURS_PER_WEEK
    i0 = np.floor(u).astype(int) % _HOURS_PER_WEEK
    f = u - np.floor(u)
    return table[i0] * (1.0 - f) + table[(i0 + 1) % _HOURS_PER_WEEK] * f


def prior_engagement(table: np.ndarray, audience: Audience, times: Sequence[dt.datetime]) -> np.ndarray:
    """Audience-weighted prior engagement of posting at each UTC instant.

    Parameters
    ----------
    table : (168,) float array
        A platform's prior (:attr:`Prior.tables`), relative engagement by local hour of week.
    audience : Audience
        Zones and their audience shares.
    times : sequence of n aware datetimes
        The instants.

    Returns
    -------
    (n,) float array
        Σ over zones of share x table at the zone's local hour of week on that date
        (relative engagement, 1 = the prior's average hour).
    """
    total = np.zeros(len(times))
    for zone, w in audience.zones:
        total += w * interpolate(table, local_hour_of_week(times, zone))
    return total


def week_grid(monday: dt.date) -> list[dt.datetime]:
    """Every 30-minute UTC slot of a week.

    Parameters
    ----------
    monday : date
        The week's first day (a UTC calendar day; any weekday works).

    Returns
    -------
    list of datetime
        336 UTC-aware instants from ``monday`` 00:00, 30 minutes apart.
    """
    start = dt.datetime.combine(monday, dt.time(0, 0), tzinfo=UTC)
    return [start + dt.timedelta(minutes=_SLOT_MINUTES * i) for i in range(7 * 24 * 60 // _SLOT_MINUTES)]


def day_slots(day: dt.date) -> list[dt.datetime]:
    """Every 30-minute UTC slot of one day.

    Parameters
    ----------
    day : date
        A UTC calendar day.

    Returns
    -------
    list of datetime
        48 UTC-aware instants from 00:00 to 23:30.
    """
    start = dt.datetime.combine(day, dt.time(0, 0), tzinfo=UTC)
    return [start + dt.timedelta(minutes=_SLOT_MINUTES * i) for i in range(24 * 60 // _SLOT_MINUTES)]


# -- personal learning --------------------------------------------------------------

def _post_engagement(post: dict) -> Optional[float]:
    """likes + comments + shares when the export has any of them, else views; None when neither."""
    parts = [post.get(k) for k in ("likes", "comments", "shares")]
    if any(p is not None for p in parts):
        return float(sum(p or 0 for p in parts))
    return float(post["views"]) if post.get("views") is not None else None


def _parse_timestamp(value: str) -> Optional[dt.datetime]:
    """A post's UTC instant; None for a bare date (its hour is unknown)."""
    s = str(value or "").strip()
    if len(s) <= 10:
        return None
    try:
        t = dt.datetime.fromisoformat(s.replace("Z", "+00:00"))
    except ValueError:
        return None
    return t.replace(tzinfo=UTC) if t.tzinfo is None else t.astimezone(UTC)


def _parse_date(value: str) -> Optional[dt.datetime]:
    """The calendar date of a stored timestamp (its time of day ignored), as midnight UTC."""
    s = str(value or "").strip()[:10]
    try:
        return dt.datetime.combine(dt.date.fromisoformat(s), dt.time(), tzinfo=UTC)
    except ValueError:
        return None


def _date_only(posts: list[dict]) -> list[bool]:
    """Per post: its time of day is unknown. ``time_known`` False (a date-only export), or, for
    posts stored before the store recorded it (None), every timestamp of the account at exactly
    00:00:00 UTC (a date-only export stored as midnight) or a bare date."""
    def bare(p: dict) -> bool:
        return len(str(p.get("timestamp") or "").strip()) <= 10

    def midnight(p: dict) -> bool:
        return bare(p) or str(p.get("timestamp")).strip()[10:19] in ("T00:00:00", " 00:00:00")

    unknown = [p for p in posts if p.get("time_known") is None]
    all_midnight = len(unknown) >= 2 and all(midnight(p) for p in unknown)
    return [p.get("time_known") is False or (p.get("time_known") is None and (all_midnight or bare(p)))
            for p in posts]


def baseline_residuals(engagement: np.ndarray, window: int) -> np.ndarray:
    """Each post's log engagement relative to the account's level at the time.

    Parameters
    ----------
    engagement : (n,) float array
        Per post, in time order (likes + comments + shares, or views); negatives count as 0.
    window : int
        Posts in the centred rolling mean (``personal.json``: 31); fewer at either end.

    Returns
    -------
    (n,) float array
        ``log1p(engagement)`` minus its centred rolling mean: growth and viral streaks cancel.
    """
    import pandas as pd

    y = np.log1p(np.maximum(np.asarray(engagement, dtype=float), 0.0))
    level = pd.Series(y).rolling(window, center=True, min_periods=1).mean().to_numpy()
    return y - level


def _circular_kernel(n: int, sigma: float) -> np.ndarray:
    """n x n Gaussian smoothing around a circle of n bins (sigma in bins; 0 = none)."""
    idx = np.arange(n)
    d = np.abs(idx[:, None] - idx[None, :])
    d = np.minimum(d, n - d)
    return np.exp(-0.5 * (d / sigma) ** 2) if sigma > 0 else (d == 0).astype(float)


def _binsum(idx: np.ndarray, size: int, w: np.ndarray) -> np.ndarray:
    """Per-row sums of ``w`` (B x n) into ``size`` bins given by ``idx`` (n): B x size."""
    b = w.shape[0]
    flat = (np.arange(b)[:, None] * size + idx[None, :]).ravel()
    return np.bincount(flat, weights=w.ravel(), minlength=b * size).reshape(b, size)


class PersonalModel:
    """Shrunk personal deviation from the prior by local hour of week (see module doc).

    The deviation is additive in log engagement: an hour-of-day effect (Gaussian-smoothed
    around the clock, ``sigma_h``), a day-of-week effect, and optionally an hour-of-week
    interaction (``k_week``; null = none). Each is a weighted mean shrunk toward 0 (the prior)
    by adding ``k`` (``k_week``) pseudo-posts: few posts barely move it. Every estimate takes
    per-post weights ``w`` (1 = the post counts once), which is how the bootstrap and the
    two-half cross-fit reuse one fit.

    Parameters
    ----------
    times : sequence of n aware datetimes
        The account's posting instants; they must be in time order.
    engagement : (n,) float array
        Engagement of each post (likes + comments + shares, or views).
    table : (168,) float array
        The platform's prior.
    audience : Audience
        Its largest zone is the reference zone the deviations are indexed in.
    params : dict
        ``window`` (posts), ``sigma_h`` (hours), ``k`` (pseudo-posts), ``k_week`` (None: no
        hour-of-week interaction), as in ``models/posting_time/personal.json``.
    how, log_prior : (n,) float arrays, optional
        Reference-zone local hour of week and log prior engagement of each post, when already
        computed; they do not depend on ``params``.
    weekday_only : bool, optional
        The posts' times of day are unknown (a date-only export): ``times`` are the posts'
        dates (any hour), only the day-of-week effect is learned, each post's prior is the
        mean over its local day, and the hour of day stays the prior's.
    residuals : (n,) float array, optional
        Each post's log engagement relative to the account's level, when already computed
        (:func:`causal_residuals`, as the app uses it); default the centred rolling mean of
        ``params["window"]`` posts (:func:`baseline_residuals`, as the prior was tuned).
        ``engagement`` is then ignored (may be None).

    Attributes
    ----------
    adjustment : (168,) float array
        Log adjustment of the prior by reference-zone hour of week, from all posts (zeros
        without posts). Whether it may answer is decided by :func:`evaluate_personal`.
    reference_zone : str
        The IANA zone of :attr:`adjustment`'s hours.
    n : int
        Posts used.
    """

    def __init__(self, times: Sequence[dt.datetime], engagement: np.ndarray, table: np.ndarray,
                 audience: Audience, params: dict, how: Optional[np.ndarray] = None,
                 log_prior: Optional[np.ndarray] = None, weekday_only: bool = False,
                 residuals: Optional[np.ndarray] = None):
        self.weekday_only = weekday_only
        self.reference_zone = audience.reference_zone
        if weekday_only:  # a date, not an instant: the post stands for its whole local day
            zone = timezones.zoneinfo(self.reference_zone)
            times = [dt.datetime.combine(t.date(), dt.time(12), tzinfo=zone) for t in times]
            if log_prior is None:
                day = [dt.datetime.combine(t.date(), dt.time(0, 30), tzinfo=zone) + dt.timedelta(hours=h)
                       for t in times for h in range(24)]
                log_prior = np.log(prior_engagement(table, audience, day).reshape(len(times), 24).mean(axis=1))
        self.times = list(times)
        self.n = len(self.times)
        self.how = local_hour_of_week(self.times, self.reference_zone) if how is None else np.asarray(how)
        self.log_prior = (np.log(prior_engagement(table, audience, self.times)) if log_prior is None
                          else np.asarray(log_prior))
        r = (baseline_residuals(engagement, int(params["window"])) if residuals is None
             else np.asarray(residuals, dtype=float))
        self.dev = r - self.log_prior  # centred per weighting in adjust()
        self.bins = np.floor(self.how).astype(int) % _HOURS_PER_WEEK
        self.hod, self.dow = self.bins % 24, self.bins // 24
        self.kern = _circular_kernel(24, float(params["sigma_h"]))
        self.k = float(params["k"])
        self.k_week = None if params.get("k_week") is None else float(params["k_week"])
        self.adjustment = self.adjust(np.ones(self.n)) if self.n else np.zeros(_HOURS_PER_WEEK)
        # a fixed pseudo-random split (not odd/even, which a regular posting rhythm would bias)
        self.halves = np.random.default_rng(self.n).permutation(self.n) < self.n // 2

    def adjust(self, w: np.ndarray) -> np.ndarray:
        """168 log adjustments (hour of week, reference zone) from posts weighted by ``w``;
        ``w`` may be a batch (B x n) of weightings, giving B x 168."""
        w = np.atleast_2d(np.asarray(w, dtype=float))
        sw = w.sum(axis=1, keepdims=True)
        d = self.dev[None, :] - (w @ self.dev)[:, None] / np.where(sw > 0, sw, 1.0)
        if self.weekday_only:  # no time of day to learn from: the hour stays the prior's
            hour = np.zeros((w.shape[0], 24))
        else:
            c_h = _binsum(self.hod, 24, w)
            hour = (_binsum(self.hod, 24, w * d) @ self.kern) / (c_h @ self.kern + self.k)
            d = d - hour[:, self.hod]
        day = _binsum(self.dow, 7, w * d) / (_binsum(self.dow, 7, w) + self.k)
        adj = np.tile(hour, 7) + np.repeat(day, 24, axis=1)
        if self.k_week is not None and not self.weekday_only:
            d = d - day[:, self.dow]
            adj = adj + _binsum(self.bins, _HOURS_PER_WEEK, w * d) / (_binsum(self.bins, _HOURS_PER_WEEK, w) + self.k_week)
        return adj[0] if adj.shape[0] == 1 else adj

    def _post_log_e(self, adj: np.ndarray) -> np.ndarray:
        """log predicted engagement at every post for one (168) or a batch (B x 168) of adjustments."""
        if not hasattr(self, "_ip"):
            u = (self.how - 0.5) % _HOURS_PER_WEEK
            i0 = np.floor(u).astype(int) % _HOURS_PER_WEEK
            self._ip = (i0, (i0 + 1) % _HOURS_PER_WEEK, u - np.floor(u))
        i0, i1, f = self._ip
        return self.log_prior + adj[..., i0] * (1.0 - f) + adj[..., i1] * f

    def crossfit_boost(self, grid_log_prior: np.ndarray, grid_how: np.ndarray,
                       w: Optional[np.ndarray] = None) -> np.ndarray | float:
        """Boost of a slot chosen on one half of the posts, measured with the other half (and
        the reverse; geometric mean): the argmax's winner's curse does not inflate it. Boost =
        predicted engagement at the slot over the mean at the account's own posting times.
        ``w``: per-post weights, or a batch B x n (then B boosts)."""
        single = w is None or np.ndim(w) == 1
        w = np.atleast_2d(np.ones(self.n) if w is None else w)
        logs = np.zeros(w.shape[0])
        for a in (self.halves, ~self.halves):
            adj_a = np.atleast_2d(self.adjust(w * a))
            grid_scores = grid_log_prior[None, :] + np.stack([interpolate(x, grid_how) for x in adj_a])
            best = np.argmax(grid_scores, axis=1)
            wb = w * ~a
            adj_b = np.atleast_2d(self.adjust(wb))
            slot = grid_log_prior[best] + np.array([interpolate(x, grid_how[i:i + 1])[0]
                                                    for x, i in zip(adj_b, best)])
            mean_e = (wb * np.exp(self._post_log_e(adj_b))).sum(axis=1) / np.maximum(wb.sum(axis=1), 1e-12)
            logs += (slot - np.log(mean_e)) / 2
        out = np.exp(logs)
        return float(out[0]) if single else out

    def crossfit_interval(self, grid_log_prior: np.ndarray, grid_how: np.ndarray, n_boot: int,
                          seed: int = 0, block: int = 25) -> tuple[float, float]:
        """5th-95th percentile of the cross-fitted boost over Poisson bootstrap replicates."""
        rng = np.random.default_rng(seed)
        vals = []
        for start in range(0, n_boot, block):
            w = rng.poisson(1.0, size=(min(block, n_boot - start), self.n)).astype(float)
            vals.append(self.crossfit_boost(grid_log_prior, grid_how, w))
        lo, hi = np.percentile(np.concatenate(vals), [5, 95])
        return float(lo), float(hi)


def causal_residuals(engagement: np.ndarray, window: int = BASELINE_WINDOW,
                     min_previous: int = MIN_PREVIOUS) -> tuple[np.ndarray, np.ndarray]:
    """Each post's log engagement relative to the account's level before it (no future post read).

    Parameters
    ----------
    engagement : (n,) float array
        Per post, oldest first (likes + comments + shares, or views); negatives count as 0.
    window : int
        Previous posts whose median is the level (20).
    min_previous : int
        Posts a post needs before it has a level (5); the first ones get none.

    Returns
    -------
    residuals : (n,) float array
        ``log1p(engagement)`` minus the median ``log1p`` of the previous ``window`` posts (NaN
        for a post without ``min_previous`` before it).
    has_baseline : (n,) bool array
        Which posts have a residual: the personal model's labelled items.

    Notes
    -----
    The level uses only earlier posts, so a post's target never reads a newer post: the
    time-ordered folds of :func:`evaluate_personal` stay free of look-ahead, and growth or a
    viral streak does not pass for a time-of-day effect.
    """
    y = np.log1p(np.maximum(np.asarray(engagement, dtype=float), 0.0))
    out = np.full(len(y), np.nan)
    for i in range(min_previous, len(y)):
        out[i] = y[i] - np.median(y[max(0, i - window):i])
    return out, np.isfinite(out)


def shrinkage_k(groups: np.ndarray, size: int, dev: np.ndarray) -> np.ndarray:
    """Empirical-Bayes shrinkage strength (pseudo-posts) of per-bin means, one per column.

    Parameters
    ----------
    groups : (n,) int array
        Each post's bin (local hour of day 0-23, or day of week 0-6).
    size : int
        Bins (24 or 7).
    dev : (B, n) float array
        Deviations, one row per target (the observed one and its permutations).

    Returns
    -------
    (B,) float array
        ``σ² / τ²``: the within-bin variance over the variance of true bin effects, estimated by
        the method of moments (``τ² = (Σ n_b m_b² − (G − 1) σ²) / Σ n_b``, G bins used); at
        least 1, and 1e9 (no personal effect) when the bins differ no more than noise would.
    """
    dev = np.atleast_2d(dev)
    n = dev.shape[1]
    d = dev - dev.mean(axis=1, keepdims=True)
    cnt = _binsum(groups, size, np.ones((1, n)))[0]
    used = cnt > 0
    s1, s2 = _binsum(groups, size, d)[:, used], _binsum(groups, size, d * d)[:, used]
    g = int(used.sum())
    sigma2 = (s2 - s1 ** 2 / cnt[used]).sum(axis=1) / max(n - g, 1)
    tau2 = ((s1 ** 2 / cnt[used]).sum(axis=1) - (g - 1) * sigma2) / n
    return np.where(tau2 > 0, np.maximum(sigma2 / np.maximum(tau2, 1e-12), 1.0), 1e9)


class HourOfWeekRegressor:
    """scikit-learn regressor of :class:`PersonalModel`'s shrunk deviation, for the personal routine.

    Inputs ``X`` (n, 2): reference-zone local hour of week and log prior engagement of each
    post; target: the post's residual (:func:`causal_residuals`), 1-D or 2-D (one column per
    permutation of :func:`viralml_desktop.core.personal.evaluate`, all fitted at once). The
    prediction is ``log prior + mean deviation + adjustment(hour of week)``: the same arithmetic
    as :meth:`PersonalModel.adjust` with every post weighted 1.

    Parameters
    ----------
    sigma_h, k_week : float
        As in ``models/posting_time/personal.json`` (``k_week`` None: no hour-of-week term).
    k : float or None
        Pseudo-posts of shrinkage toward the prior; None (the app's choice): estimated from the
        training posts alone by :func:`shrinkage_k` (per target column), inside each fold.
    weekday_only : bool
        Learn the day of week only (a date-only export).
    """

    def __init__(self, sigma_h: float = 2.0, k: Optional[float] = None, k_week: Optional[float] = None,
                 weekday_only: bool = False):
        self.sigma_h, self.k, self.k_week, self.weekday_only = sigma_h, k, k_week, weekday_only

    def get_params(self, deep: bool = True) -> dict:
        return {"sigma_h": self.sigma_h, "k": self.k, "k_week": self.k_week, "weekday_only": self.weekday_only}

    def set_params(self, **params) -> "HourOfWeekRegressor":
        for key, v in params.items():
            setattr(self, key, v)
        return self

    def fit(self, X: np.ndarray, y: np.ndarray) -> "HourOfWeekRegressor":
        X = np.asarray(X, dtype=float)
        self.one_d_ = np.ndim(y) == 1
        dev = np.atleast_2d(np.asarray(y, dtype=float).T) - X[:, 1][None, :]  # B x n
        bins = np.floor(X[:, 0]).astype(int) % _HOURS_PER_WEEK
        hod, dow = bins % 24, bins // 24
        ones = np.ones((1, len(bins)))
        self.mean_ = dev.mean(axis=1)
        d = dev - self.mean_[:, None]
        k = (shrinkage_k(dow, 7, d) if self.weekday_only else shrinkage_k(hod, 24, d)) if self.k is None \
            else np.full(d.shape[0], float(self.k))
        self.k_ = k
        if self.weekday_only:
            hour = np.zeros((d.shape[0], 24))
        else:
            kern = _circular_kernel(24, float(self.sigma_h))
            hour = (_binsum(hod, 24, d) @ kern) / (_binsum(hod, 24, ones) @ kern + k[:, None])
            d = d - hour[:, hod]
        day = _binsum(dow, 7, d) / (_binsum(dow, 7, ones) + k[:, None])
        adj = np.tile(hour, 7) + np.repeat(day, 24, axis=1)
        if self.k_week is not None and not self.weekday_only:
            d = d - day[:, dow]
            adj = adj + _binsum(bins, _HOURS_PER_WEEK, d) / (_binsum(bins, _HOURS_PER_WEEK, ones) + float(self.k_week))
        self.adjustment_ = adj  # B x 168
        return self

    def predict(self, X: np.ndarray) -> np.ndarray:
        X = np.asarray(X, dtype=float)
        u = (X[:, 0] - 0.5) % _HOURS_PER_WEEK
        i0 = np.floor(u).astype(int) % _HOURS_PER_WEEK
        f = u - np.floor(u)
        a = self.adjustment_[:, i0] * (1.0 - f) + self.adjustment_[:, (i0 + 1) % _HOURS_PER_WEEK] * f
        out = (X[:, 1][None, :] + self.mean_[:, None] + a).T  # n x B
        return out[:, 0] if self.one_d_ else out


def evaluate_personal(times: Sequence[dt.datetime], engagement: np.ndarray, table: np.ndarray,
                      audience: Audience, params: dict, weekday_only: bool = False,
                      n_permutations: int = personal_lib.N_PERMUTATIONS,
                      seed: int = 0) -> tuple[personal_lib.Evaluation, Optional[PersonalModel]]:
    """The account's posting-time model, measured as it is used (``core/personal.py``).

    Parameters
    ----------
    times : sequence of n aware datetimes
        The account's posting instants (dates for a date-only export), oldest first.
    engagement : (n,) float array
        Each post's engagement (likes + comments + shares, or views).
    table : (168,) float array
        The platform's prior.
    audience : Audience
        The request's audience (its largest zone indexes the personal hours).
    params : dict
        ``models/posting_time/personal.json`` (``sigma_h``, ``k``, ``k_week``).
    weekday_only : bool
        The export has dates only: the day of week alone is learned.
    n_permutations : int
        Shuffles for the permutation test (199; fewer in tests).
    seed : int
        Seed of the shuffles.

    Returns
    -------
    evaluation : viralml_desktop.core.personal.Evaluation
        Labelled items are the posts with a baseline (:func:`causal_residuals`); at least
        ``MIN_POSTS`` (20) of them are needed before the model is tested; it answers only
        when its time-ordered out-of-fold error beats the account's median with permutation
        p < 0.05.
    model : PersonalModel or None
        Fitted on every labelled post when ``evaluation.answers``, else None.
    """
    r, ok = causal_residuals(engagement)
    kept = [t for t, k in zip(times, ok) if k]
    ev = personal_lib.evaluate(np.zeros((len(kept), 2)), r[ok], HourOfWeekRegressor, what="posts",
                               min_items=MIN_POSTS) if len(kept) < MIN_POSTS else None
    if ev is not None:
        return ev, None
    pm = PersonalModel(kept, None, table, audience, params, weekday_only=weekday_only, residuals=r[ok])
    X = np.column_stack([pm.how, pm.log_prior])

    def make() -> HourOfWeekRegressor:
        return HourOfWeekRegressor(float(params["sigma_h"]), None, None, weekday_only)

    ev = personal_lib.evaluate(X, r[ok], make, min_items=MIN_POSTS, n_permutations=n_permutations, seed=seed,
                               what="posts")
    if not ev.answers:
        return ev, None
    # the model that answers is the one tested: shrinkage estimated the same way, on every post
    k = float(make().fit(X, r[ok]).k_[0])
    used = dict(params, k=k, k_week=None)
    return ev, PersonalModel(kept, None, table, audience, used, weekday_only=weekday_only, residuals=r[ok])


OUTSIDE_HOURS = 2.0  # a slot farther than this from every hour the account posted at is outside its range


def slot_outside_history(slot: dt.datetime, fit: PersonalModel) -> str:
    """The range check of the posting-time model: is the chosen slot at a time of day the account
    never posted at?

    Parameters
    ----------
    slot : datetime
        The chosen UTC slot.
    fit : PersonalModel
        The account's model (its posts' local hours in ``fit.reference_zone``).

    Returns
    -------
    str
        "" when some post lies within ``OUTSIDE_HOURS`` (2 h, around the clock) of the slot's
        local time of day; else a one-line warning. There the model has little evidence of its
        own: the hour-of-day adjustment is a kernel-weighted mean of nearby posts shrunk toward 0,
        so the answer fades to the published-study prior's value for that hour (``_Scorer``:
        prior x exp(adjustment)); only the day-of-week effect is the account's.
    """
    h = float(local_hour_of_week([slot], fit.reference_zone)[0] % 24)
    d = np.abs(fit.how % 24 - h)
    if len(d) and float(np.min(np.minimum(d, 24 - d))) <= OUTSIDE_HOURS:
        return ""
    lo, hi = np.sort(fit.how % 24)[[0, -1]] if len(d) else (0.0, 0.0)
    return (f"unlike your posts: the slot is {int(h):02d}:{int(round(h % 1 * 60)) % 60:02d} in {fit.reference_zone}, more "
            f"than {OUTSIDE_HOURS:g} h from any time you posted at (your posts: {int(lo):02d}:00-{int(hi):02d}:59 "
            "local); your model has little evidence there, so its value is mostly the published-study prior's for "
            "that hour")


def _find_history(request: PostingTimeRequest) -> tuple[Optional[str], list[dict], str]:
    """(account id, its posts for this platform, a note) from the imported histories."""
    st = store.default_store()
    account = request.account_id
    if not account and request.artist_name:
        def norm(s: str) -> str:
            return re.sub(r"[^0-9a-z]", "", s.lower())

        wanted = norm(request.artist_name)
        matches = [a["account_id"] for a in st.accounts() if wanted and norm(a["account_id"]) == wanted]
        account = matches[0] if matches else None
    if not account:
        return None, [], "no imported history for this artist: published-study prior only"
    posts = st.posts(account)
    if request.account_id and not posts:
        raise InputError(f"account_id {account!r} has no imported posts (import its history in Account health)")
    # the one channel history: an account's daily totals (a daily or overview table) were not posted at a time
    single = [p for p in posts if p.get("post_type") != "daily total"]
    if posts and not single:
        return account, [], f"{account}'s history holds daily totals only, no post and its time: prior only"
    posts = single
    same = [p for p in posts if (p.get("platform") or "") in ("", request.platform)]
    if posts and not same:
        others = sorted({p.get("platform") or "" for p in posts})
        return account, [], f"{account}'s history is for {', '.join(others)}, not {request.platform}: prior only"
    return account, same, ""


# -- the answer -------------------------------------------------------------------

def _hhmm(t: dt.datetime) -> str:
    return t.strftime("%H:%M")


def _offset(t: dt.datetime) -> str:
    off = t.utcoffset() or dt.timedelta(0)
    minutes = int(off.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def _breakdown(slot: dt.datetime, audience: Audience) -> tuple[dict[str, str], dict[str, list[dict]]]:
    """``{"US_EDT": "15:30", ...}`` keyed by each country's most populous zone, and every zone."""
    keys: dict[str, str] = {}
    zones: dict[str, list[dict]] = {}
    for c in audience.countries:
        rows = []
        for z in timezones.country_zones(c):
            lt = slot.astimezone(timezones.zoneinfo(z.zone))
            rows.append({"zone": z.zone, "abbreviation": timezones.abbreviation(z.zone, slot),
                         "local_time": _hhmm(lt), "local_date": lt.date().isoformat(),
                         "utc_offset": _offset(lt), "population_share": round(z.weight, 4)})
        keys[f"{c}_{rows[0]['abbreviation']}"] = rows[0]["local_time"]
        zones[c] = rows
    return keys, zones


class _Scorer:
    """Predicted relative engagement of UTC instants for one request (prior x personal)."""

    def __init__(self, table: np.ndarray, audience: Audience, fit: Optional[PersonalModel]):
        self.table, self.audience, self.fit = table, audience, fit

    def __call__(self, times: Sequence[dt.datetime]) -> np.ndarray:
        e = prior_engagement(self.table, self.audience, times)
        if self.fit is not None:
            e = e * np.exp(interpolate(self.fit.adjustment, local_hour_of_week(times, self.fit.reference_zone)))
        return e


EVENING_CENTRE_H = 19.5  # middle of the studies' evening window, 18-21 local (sources.json tie_break)


def evening_distance(times: Sequence[dt.datetime], audience: Audience) -> np.ndarray:
    """Audience-weighted distance of each instant from the local evening.

    Parameters
    ----------
    times : sequence of n aware datetimes
    audience : Audience

    Returns
    -------
    (n,) float array
        Σ over zones of share x hours (around the clock, 0-12) between the zone's local time
        of day and 19:30, the middle of the 6-9 p.m. window of the cited studies.
    """
    out = np.zeros(len(times))
    for zone, w in audience.zones:
        d = np.abs(local_hour_of_week(times, zone) % 24 - EVENING_CENTRE_H)
        out += w * np.minimum(d, 24 - d)
    return out


def rank_slots(times: Sequence[dt.datetime], scores: np.ndarray, audience: Audience) -> np.ndarray:
    """A strict ranking of slots: best first.

    Parameters
    ----------
    times : sequence of n aware datetimes
    scores : (n,) float array
        Predicted relative engagement of each slot.
    audience : Audience

    Returns
    -------
    (n,) int array
        Slot indices by score (rounded to 9 decimals, so float noise does not decide); equal
        scores by nearness to the audience's local evening (:func:`evening_distance`), then by
        time: no two slots share a rank and no slot wins for being the first of the UTC day.
    """
    t = np.array([x.timestamp() for x in times])
    return np.lexsort((t, evening_distance(times, audience), -np.round(np.asarray(scores, dtype=float), 9)))


def _best_slots(times: list[dt.datetime], scores: np.ndarray, audience: Audience,
                n: int = 3, gap_min: int = 60) -> list[int]:
    chosen: list[int] = []
    for i in rank_slots(times, scores, audience):
        if all(abs((times[i] - times[j]).total_seconds()) >= gap_min * 60 for j in chosen):
            chosen.append(int(i))
        if len(chosen) == n:
            break
    return chosen


def _heatmaps(score: _Scorer, audience: Audience, day: dt.date, base: float) -> tuple[dict, dict]:
    """Relative engagement (1 = the average slot) by day x hour: in UTC and in each country's
    main-zone local time, for the week (Monday to Sunday) holding the planned day."""
    maps, starts = {}, {}
    monday = day - dt.timedelta(days=day.weekday())
    utc_times = [dt.datetime.combine(monday, dt.time(0, 30), tzinfo=UTC) + dt.timedelta(hours=h)
                 for h in range(_HOURS_PER_WEEK)]
    maps["UTC"] = (score(utc_times) / base).reshape(7, 24).round(4).tolist()
    starts["UTC"] = monday.isoformat()
    for c in audience.countries:
        tz = timezones.zoneinfo(timezones.main_zone(c))
        times = [dt.datetime.combine(monday, dt.time(0, 30), tzinfo=tz) + dt.timedelta(hours=h)
                 for h in range(_HOURS_PER_WEEK)]
        times = [t.astimezone(UTC) for t in times]  # wall clock -> instant (DST gaps resolved by zoneinfo)
        maps[c] = (score(times) / base).reshape(7, 24).round(4).tolist()
        starts[c] = monday.isoformat()
    return maps, starts


def _prior_boost(prior: Prior, platform: str, audience: Audience, slot: dt.datetime,
                 week: list[dt.datetime], predicted: float, history: str = "no personal history"
                 ) -> tuple[float, float, float, str]:
    """The boost shown without history: (boost, low, high, basis in words).

    The prior's own figure (``predicted``, its best slot over the week's average) is stated only
    as far as its held-out test supports it: when the prior's slot beat the average in most
    held-out years, the boost is the smaller of ``predicted`` and the held-out median, with the
    range over the priors rebuilt leaving one study out (and the held-out years). Otherwise the
    boost is 1.0 — ``no_evidence``: the slot is the studies' convention, with no measured lift —
    and the interval is the range the prior's slot realised on held-out years (1.0 to 1.0
    without any real history of the platform). ``history`` says in the basis's first clause why no
    personal model answers ("no personal history", or :func:`_rejected` for a model that was
    fitted, tested and did not beat the account's median).
    """
    ho = prior.held_out.get(platform) or {"supports_lift": False, "why": "the prior was not tested"}
    slot_rule = ("the slot is the best hour of the published studies for the audience's local time, "
                 "ties broken by the local evening (6-9 p.m.)")
    if ho.get("supports_lift"):
        variants = [float(prior_engagement(v, audience, [slot])[0] / prior_engagement(v, audience, week).mean())
                    for v in prior.variants.get(platform, {}).values()]
        boost = min(predicted, float(ho["realised_boost_median"]))
        lo = min(variants + list(ho["realised_range"]) + [boost])
        hi = max(variants + list(ho["realised_range"]) + [boost])
        return boost, lo, hi, (f"published studies ({history}): {slot_rule}; boost capped at what the "
                               f"prior's slot realised held out ({ho['realised_boost_median']} on {ho['data']}, "
                               f"beat the average in {ho['beats_average_years']} years)")
    if ho.get("realised_range"):
        lo, hi = min(1.0, *ho["realised_range"]), max(1.0, *ho["realised_range"])
        tested = (f"held out on {ho['data']}, the prior's slot realised {ho['realised_boost_median']} x the "
                  f"average post (beat it in {ho['beats_average_years']} years); interval: the range it realised")
    else:
        lo = hi = 1.0
        tested = ho.get("why", "the prior was not tested") + f" ({platform})"
    return 1.0, lo, hi, (f"no_evidence: published studies ({history}); {slot_rule} — a convention, "
                         f"with no measured lift, so the boost is 1.0 (the average slot); the best slots' and the heatmap's "
                         f"values are the studies' shape, not a measured lift; {tested}")


def _citation(prior: Prior, platform: str) -> str:
    """The published studies behind a platform's prior, as publisher and title (ids when unreadable)."""
    ids = prior.sources.get(platform, [])
    try:
        known = (registry.get("posting_time_sources") or {}).get("sources", {})
    except ModelUnavailable:
        known = {}
    parts = [f"{known[i].get('publisher', i)}: {known[i].get('title', i)}" if isinstance(known.get(i), dict) else i
             for i in ids]
    return "; ".join(parts) + " (models/posting_time/sources.json)"


N_PERMUTATIONS = personal_lib.N_PERMUTATIONS


def _verdict(account: Optional[str], ev: personal_lib.Evaluation, n_posts: Optional[int] = None) -> str:
    """One plain sentence: does the account's own posting-time model answer, and why (not)."""
    if ev.answers:
        return (f"your posting-time model on {ev.n} posts of {account} answers: it {ev.reason}")
    if ev.p_value is None:
        return (f"not enough posts yet for a posting-time model of your own: {n_posts if n_posts is not None else ev.n}"
                f" posts, {ev.n} of them with {MIN_PREVIOUS} earlier posts to compare with ({ev.min_items} needed); "
                "the published-study prior answers")
    return (f"your posting-time model on {ev.n} posts of {account} is {ev.reason}; the published-study prior "
            "answers")


def _rejected(account: Optional[str], ev: Optional[personal_lib.Evaluation]) -> str:
    """Why no personal model answers, in a few words for the prior's basis: "no personal history",
    or, for a model that was fitted and tested (a permutation p-value exists) and did not beat the
    account's median, that it was tested, on how many posts, and its p-value."""
    if ev is None or ev.answers or ev.p_value is None:
        return "no personal history"
    return (f"your posting-time model on {ev.n} posts of {account} was tested and did not clearly beat the median of "
            f"your posts, permutation p = {ev.p_value:.3f}")


def _figures(ev: personal_lib.Evaluation) -> dict:
    d = ev.to_dict()
    return {k: d[k] for k in ("n", "answers", "reason", "min_items", "n_tested", "cv_spearman", "cv_mae",
                              "baseline_mae", "skill", "p_value", "n_permutations", "validation")}


def _remember(account: str, platform: str, ev: personal_lib.Evaluation) -> None:
    """Keep the account's latest evaluation in the store for the ML health table (best effort)."""
    try:
        st = store.default_store()
        kept = st.get(STORE_KEY) or {}
        kept = kept if isinstance(kept, dict) else {}
        kept[f"{account}, {platform}"] = dict(_figures(ev), fitted_at=dt.datetime.now(UTC).strftime("%Y-%m-%d %H:%M"))
        st.put(STORE_KEY, kept)
    except Exception:  # a read-only data dir must not stop the answer
        pass


def _cv_metric(ev: personal_lib.Evaluation) -> str:
    return (f"time-ordered CV Spearman of engagement against your median (fit on older posts, test on the "
            f"{ev.n_tested} newest; permutation p = {ev.p_value:.3f})")


def _sources(prior: Prior, platform: str, fit, account: Optional[str], boost: float, basis: str,
             evaluation: Optional[personal_lib.Evaluation] = None) -> dict:
    """The response's ``sources``: the boost, the slots' and heatmap's values, the zones' shares."""
    cite = _citation(prior, platform)
    ho = prior.held_out.get(platform) or {}
    if fit is not None:
        answer = sources.personal(f"posting-time model of {account}", _cv_metric(evaluation), evaluation.cv_spearman,
                                  evaluation.n, basis)
        shape = sources.personal(f"posting-time model of {account}", _cv_metric(evaluation), evaluation.cv_spearman,
                                 evaluation.n, "engagement at each hour learned from the account's posts, shrunk "
                                 "toward the published studies, against its average slot")
    else:
        test = ({"metric": "median realised boost of the prior's slot, held-out years",
                 "value": ho.get("realised_boost_median")} if ho.get("realised_boost_median") is not None else {})
        answer = (sources.no_evidence(basis.removeprefix("no_evidence: "), "expected engagement boost") if basis.startswith("no_evidence")
                  else sources.prior(cite, "published best times to post", basis, **test))
        shape = sources.prior(cite, "published best times to post", "the studies' shape of the week (relative "
                              "engagement by local hour), not a lift measured on your audience")
    out = {"expected_engagement_boost": answer, "boost_interval": answer,
            "best_slots[].relative_engagement": shape, "heatmap": shape,
            "zones": sources.measured("population share of each time zone of the country",
                                      "census figures named in core/timezones.py, else the tz database's "
                                      "most populous zone"),
            "country_weights": sources.measured("each country's share of the audience, as given (equal when not)"),
            "personal": sources.measured("posts read from the imported history")}
    if evaluation is not None and evaluation.p_value is not None:
        out["personal.evaluation"] = sources.personal(
            f"posting-time model of {account}", _cv_metric(evaluation), evaluation.cv_spearman, evaluation.n,
            evaluation.reason + ("" if evaluation.answers else "; the published-study prior answers"))
    return out


def run(request: PostingTimeRequest, progress: ProgressLike) -> PostingTimeResponse:
    """Find the best UTC slot on the planned day for an audience spread over several countries.

    Parameters
    ----------
    request : PostingTimeRequest
        Fields used:

        * ``target_countries`` : ISO 3166 codes (validated by the schema).
        * ``country_weights`` : each country's share of the audience, any non-negative
          numbers (normalised); default equal shares.
        * ``platform`` : selects the prior table (``tiktok``, ``instagram``, ``twitter``,
          ``youtube``).
        * ``planned_date`` : a UTC calendar day; default tomorrow (UTC). A day already past is
          answered for that day, with a line in ``notes`` that says so.
        * ``account_id`` : the imported account whose posts personalise the answer; without
          it, an imported account whose name equals ``artist_name`` ignoring case and
          punctuation. Only its posts of ``platform`` (or with no platform) are used.
    progress : ProgressLike
        Receives the steps; ``progress.check()`` runs between them.

    Returns
    -------
    PostingTimeResponse
        * ``optimal_time_utc`` ("HH:MM", a 30-minute slot) and ``optimal_datetime_utc``.
        * ``timezone_breakdown`` : ``{"<country>_<abbreviation>": "HH:MM"}``, the slot's local
          time in each country's most populous zone (abbreviation in force that day);
          ``zones`` : every zone of every country with its population share.
        * ``expected_engagement_boost`` : a ratio > 0, predicted engagement at the slot over
          the account's average slot: with personal history, the mean at its own posting
          times, cross-fitted on two halves of the posts. Without history, only as far as the
          prior's held-out test supports it (``Prior.held_out``): 1.0 — ``no_evidence`` at the
          start of ``boost_basis`` — when the prior's slot did not beat the average slot held
          out (X/Twitter: 0.90) or the platform has no real history to test it on; else the
          prior's best slot over the week's average slot, capped at the held-out median.
        * ``boost_interval`` : [low, high]; with history the 5th-95th percentile over Poisson
          bootstrap replicates (``n_boot`` of ``personal.json``); without it, the range the
          prior's slot realised in held-out years ([1.0, 1.0] when never tested), widened by
          the priors rebuilt leaving one study out when a lift is supported. ``boost_basis``
          says which, in words.
        * ``best_slots`` : the day's three best slots, at least 60 minutes apart, with their
          ``relative_engagement`` (1 = the mean at the account's posting times, or without
          history the week's average slot; not cross-fitted).
        * ``heatmap`` : 7 x 24 relative engagement for that week, in UTC and in each country's
          main-zone local time, with ``heatmap_week_start`` and ``heatmap_rows`` (Mon..Sun).
        * ``country_weights`` (normalised shares), ``personal`` (``used``, ``account_id``,
          ``posts_used``, ``posts_without_time``, ``note``, ``reference_zone`` and, with a
          history, ``evaluation``: the figures of :func:`evaluate_personal`), ``platform``,
          ``sources`` (the studies behind the prior, or the account's model with its CV
          Spearman, n and permutation p-value), ``planned_date``, ``notes`` (one line when
          ``planned_date`` is already past, else empty) and ``model_version``.

    Raises
    ------
    InputError
        ``account_id`` has no imported posts, or ``country_weights`` does not match
        ``target_countries`` or holds a negative, NaN or infinite value or only zeros.
    ModelUnavailable
        ``models/posting_time/prior.json`` is missing, fails its checksum or cannot be read
        (a missing ``personal.json`` only turns personal learning off, and ``personal.note``
        says so).
    Cancelled
        From ``progress`` (its ``update`` and ``check``) once the user cancels.

    Notes
    -----
    The engagement of a UTC instant is Σ country weight x zone population share x the
    platform's prior at that zone's local hour of week on that date (zoneinfo: daylight
    saving on the planned day is exact). The ranking is strict (:func:`rank_slots`): the
    prior has one best hour per local day (hours the studies leave level are ordered by the
    local evening, 6-9 p.m., the most-named window of HubSpot's survey), and equal scores
    go to the slot nearer the audience's local evening. The prior is built from published "best time"
    studies (``models/posting_time/sources.json``); its amplitude, a best hour 1.17 x the
    average (1.04 x on X/Twitter), comes from the effect sizes measured by Spasojevic et
    al. [1]_ (+17 % reactions on Facebook, +4 % on Twitter; an assumption for TikTok,
    Instagram and YouTube).
    With an imported history, the account's :class:`PersonalModel` (the prior multiplied by exp
    of its adjustment, shrunk toward the prior by ``k`` pseudo-posts) is measured as it is used
    (:func:`evaluate_personal`: at least ``MIN_POSTS`` (20) posts with a baseline, time-ordered
    folds, permutation test against the account's median) and moves the answer only when it
    beats that median with p < 0.05; ``personal.evaluation`` holds its figures and
    ``personal.note`` says in words why it answers or not. Method, data, hyper-parameters and held-out evaluation:
    ``models/posting_time/MODEL_CARD.md``.

    References
    ----------
    .. [1] N. Spasojevic, Z. Li, A. Rao and P. Bhattacharyya, "When-To-Post on Social
           Networks", KDD 2015, arXiv:1506.02089.
    """
    progress.update(0.05, "Loading the posting-time prior…")
    prior = load_prior()
    table = prior.tables[request.platform]
    audience = Audience.of(request.target_countries, request.country_weights)
    today = dt.datetime.now(UTC).date()
    day = request.planned_date or (today + dt.timedelta(days=1))
    # a plan for a day already gone: answered (the zones of that day), and said in one line
    notes = ([f"planned_date {day.isoformat()} is in the past (today is {today.isoformat()} UTC): the times are "
              "for that day; give a day to come to plan a post"] if day < today else [])

    progress.update(0.2, "Reading the imported history…")
    account, posts, note = _find_history(request)
    times, eng, dates, date_eng = [], [], [], []
    date_only = _date_only(posts)
    for p, no_time in zip(posts, date_only):
        t, e = _parse_timestamp(p.get("timestamp")), _post_engagement(p)
        if no_time and e is not None:
            d = _parse_date(p.get("timestamp"))
            if d is not None:
                dates.append(d)
                date_eng.append(e)
        elif t is not None and e is not None:
            times.append(t)
            eng.append(e)
    skipped = len(posts) - len(times)
    fit = None
    no_times = (f"{account}'s export has no posting times (dates only) for {len(dates)} posts: the time of day "
                f"is not learned from them") if dates else ""
    weekday_only = len(times) < MIN_POSTS and len(dates) + len(times) >= MIN_POSTS
    if weekday_only:  # date-only history: learn the weekday, the hour stays the published studies'
        times, eng = times + dates, eng + date_eng
    evaluation = None
    if account and times and prior.personal:
        progress.update(0.35, f"Testing a model of {len(times)} posts…")
        order = np.argsort(np.array([t.timestamp() for t in times]), kind="stable")
        if prior.personal.get("max_posts"):  # optional cap: the most recent posts only
            order = order[-int(prior.personal["max_posts"]):]
        evaluation, fit = evaluate_personal([times[i] for i in order], np.asarray(eng, dtype=float)[order], table,
                                            audience, prior.personal, weekday_only=weekday_only,
                                            n_permutations=N_PERMUTATIONS, seed=len(order))
        _remember(account, request.platform, evaluation)
        verdict = _verdict(account, evaluation, len(order))
        if weekday_only:
            note = (no_times + "; only the weekday is learned from the history, the hour comes from the "
                    f"published-study prior (times unknown); {verdict}")
        elif dates:
            note = no_times + f"; the time of day is learned from the {len(times)} posts with a time; {verdict}"
        else:
            note = verdict
    elif account and posts and not times:
        note = (f"{account}: no usable posts (a time of day and a count are needed): prior only"
                + (f"; {no_times}" if no_times else ""))
    elif account and not prior.personal:
        note = "personal-learning parameters (models/posting_time/personal.json) are missing: prior only"
    progress.check()

    progress.update(0.5, "Scoring the day's slots…")
    score = _Scorer(table, audience, fit)
    slots = day_slots(day)
    scores = score(slots)
    best = _best_slots(slots, scores, audience)
    slot = slots[best[0]]

    if fit is not None:
        base = float(score(fit.times).mean())
        grid_logp = np.log(prior_engagement(table, audience, slots))
        grid_how = local_hour_of_week(slots, fit.reference_zone)
        boost = fit.crossfit_boost(grid_logp, grid_how)
        progress.update(0.6, "Bootstrapping the interval…")
        lo, hi = fit.crossfit_interval(grid_logp, grid_how, int(prior.personal.get("n_boot", 200)), seed=fit.n)
        basis = (f"personal: {fit.n} posts of {account}, shrunk toward the published-study prior; it beat "
                 f"the median of those posts on the newest ones (time-ordered, permutation p = "
                 f"{evaluation.p_value:.3f}); boost of the slot chosen on half the posts measured on the other "
                 "half; 90 % bootstrap interval")
        if fit.weekday_only:
            basis += "; the export has no posting times: weekday learned, hour of day from the prior"
        else:
            outside = slot_outside_history(slot, fit)
            if outside:
                note = f"{note}; {outside}" if note else outside
                basis += "; " + outside
    else:
        week = week_grid(day - dt.timedelta(days=day.weekday()))
        base = float(prior_engagement(table, audience, week).mean())
        boost, lo, hi, basis = _prior_boost(prior, request.platform, audience, slot, week,
                                            float(scores[best[0]] / base), _rejected(account, evaluation))
        if evaluation is not None:
            basis += f"; your history: {_verdict(account, evaluation, len(times))}"
    progress.check()

    progress.update(0.8, "Building the week heatmap…")
    heat, starts = _heatmaps(score, audience, day, base)
    keys, zones = _breakdown(slot, audience)
    top = []
    for i in best:
        k, _ = _breakdown(slots[i], audience)
        top.append({"time_utc": _hhmm(slots[i]), "datetime_utc": slots[i].strftime("%Y-%m-%dT%H:%M:%SZ"),
                    "relative_engagement": round(float(scores[i] / base), 4), "timezone_breakdown": k})
    progress.update(1.0, "Done.")
    return PostingTimeResponse(
        optimal_time_utc=_hhmm(slot),
        timezone_breakdown=keys,
        expected_engagement_boost=round(boost, 4),
        boost_interval=[round(float(lo), 4), round(float(hi), 4)],
        boost_basis=basis,
        planned_date=day.isoformat(),
        notes=notes,
        optimal_datetime_utc=slot.strftime("%Y-%m-%dT%H:%M:%SZ"),
        best_slots=top,
        zones=zones,
        country_weights={c: round(w, 4) for c, w in audience.countries.items()},
        heatmap=heat,
        heatmap_week_start=starts,
        heatmap_rows=list(DAYS),
        personal={"account_id": account, "posts_used": fit.n if fit else 0,
                  "posts_without_time": skipped, "used": fit is not None, "note": note,
                  "reference_zone": fit.reference_zone if fit else None,
                  **({"evaluation": _figures(evaluation)} if evaluation is not None else {})},
        platform=request.platform,
        sources=_sources(prior, request.platform, fit, account, round(boost, 4), basis, evaluation),
        model_version=prior.version,
    )


# -- calendar export (RFC 5545) ------------------------------------------------------

def _ics_escape(text: str) -> str:
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n"))


def _ics_fold(line: str) -> str:
    """Fold a content line at 75 octets (RFC 5545 §3.1), never splitting a UTF-8 character."""
    out, cur, size = [], "", 0
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > (75 if not out else 74):
            out.append(cur)
            cur, size = "", 0
        cur += ch
        size += n
    out.append(cur)
    return "\r\n ".join(out)


def ics_event(response: dict, summary: str = "", duration_min: int = 30,
              now: Optional[dt.datetime] = None) -> str:
    """A calendar file (iCalendar, RFC 5545 [1]_) with one event at the response's best slot.

    Parameters
    ----------
    response : dict
        A ``predict_posting_time`` response; ``optimal_datetime_utc`` is required,
        ``timezone_breakdown``, ``platform``, ``expected_engagement_boost`` and
        ``boost_basis`` go into the description.
    summary : str, optional
        The event's title (default "Post (ViralML best time)").
    duration_min : int, optional
        Minutes (default 30).
    now : datetime, optional
        The DTSTAMP (default the current time).

    Returns
    -------
    str
        A VCALENDAR holding one VEVENT, DTSTART and DTEND in UTC (``Z`` form), text escaped,
        lines folded at 75 octets and ended by CRLF; the UID is stable for the same slot,
        local times and summary.

    Raises
    ------
    KeyError
        ``response`` has no ``optimal_datetime_utc``.

    References
    ----------
    .. [1] B. Desruisseaux (ed.), "Internet Calendaring and Scheduling Core Object
           Specification (iCalendar)", RFC 5545, IETF, 2009.
    """
    start = dt.datetime.strptime(response["optimal_datetime_utc"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    end = start + dt.timedelta(minutes=duration_min)
    stamp = (now or dt.datetime.now(UTC)).astimezone(UTC)
    fmt = "%Y%m%dT%H%M%SZ"
    local = ", ".join(f"{k} {v}" for k, v in response.get("timezone_breakdown", {}).items())
    desc = (f"Best slot for {response.get('platform', '')} ({local}). Expected engagement x"
            f"{response.get('expected_engagement_boost')} vs the average slot; "
            f"{response.get('boost_basis', '')}")
    digest = hashlib.sha1(f"{start.strftime(fmt)}|{local}|{summary}".encode("utf-8")).hexdigest()[:16]
    uid = f"{start.strftime(fmt)}-{digest}@viralml-desktop"
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//ViralML Desktop//Posting time//EN",
             "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "BEGIN:VEVENT", f"UID:{uid}",
             f"DTSTAMP:{stamp.strftime(fmt)}", f"DTSTART:{start.strftime(fmt)}", f"DTEND:{end.strftime(fmt)}",
             f"SUMMARY:{_ics_escape(summary or 'Post (ViralML best time)')}",
             f"DESCRIPTION:{_ics_escape(desc)}", "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(_ics_fold(l) for l in lines) + "\r\n"
