"""Capability ``predict_peak``: from one post's views-over-time series, the time of peak hourly
views and the final views, with an interval.

Two models, both fitted at request time on numbers the user gives:

* **Decay curve** (the post's own early series): the view rate is modelled as
  ``r(t) = A * t**a * exp(-b t)`` (a gamma-shaped attention curve: rise, peak at ``t = a / b``,
  exponential decay), fitted by least squares on ``log r``. The final views are the views so
  far plus the integral of the fitted rate from the last observation to infinity. The interval
  is the wider of the coefficients' own 80 % spread (parametric bootstrap) and the 80th
  percentile of the log error measured on the tuning series (``models/peak/metrics.json``).
* **Szabo-Huberman** (when ``reference_posts`` holds the account's own past posts on the same
  clock, or the account's stored history has them: the snapshots each import keeps give a
  post's views at known ages): ``ln N(final) = ln N(t) + r(t) + noise``; ``r`` and the noise
  spread are measured on those posts, so the interval is their own spread.

No Qt; numbers never invented: a series that has not started to slow down has no measurable
decay, and the answer says so instead of guessing.
"""
from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Optional

import numpy as np

from viralml_desktop.core import registry, sources
from viralml_desktop.core.errors import InputError, ModelUnavailable
from viralml_desktop.core.progress import ProgressLike

_MIN_POINTS = 4
_FULL_FIT_POINTS = 6  # below this, the two-parameter decay from the peak
_MIN_REFERENCES = 5
_Z80 = 1.2816


def _load_error(path: Path, device: str) -> float:
    """Loader of the model table's ``peak_error``: the tuned quantile in models/peak/metrics.json."""
    m = json.loads(Path(path).read_text(encoding="utf-8"))
    return float(m["decay_curve"]["tune_log_error_q80"])


def _measured_log_error() -> float:
    """80th percentile of |log error| of the decay curve on the tuning series
    (models/peak/metrics.json); 0 when absent (then only the fit's own spread is used)."""
    try:
        return registry.get("peak_error")
    except ModelUnavailable:
        return 0.0


_STORED_HORIZON_H = 168.0  # a stored reference's final count is read at least a week after posting
_BRACKET_RATIO = 2.0  # the count at the request's last hour: between two snapshots at most 2x apart in age


def _views_at(points: list[tuple[float, float]], hour: float) -> Optional[float]:
    """Cumulative views at ``hour`` from (age in hours, views) snapshots sorted by age: the snapshot
    at that age (within 5 %), else linear in log(age) between the two around it when they are at
    most ``_BRACKET_RATIO`` apart; None otherwise."""
    for a, v in points:
        if abs(a - hour) <= 0.05 * hour:
            return v
    for (a0, v0), (a1, v1) in zip(points, points[1:]):
        if a0 < hour < a1 and a1 / a0 <= _BRACKET_RATIO:
            w = math.log(hour / a0) / math.log(a1 / a0)
            return v0 + w * (v1 - v0)
    return None


def stored_references(account_id: str, t_end: float) -> Optional[dict]:
    """Reference posts for Szabo-Huberman from an account's stored history and its snapshots.

    Parameters
    ----------
    account_id : str
        An account in the channel history (:class:`viralml_desktop.core.store.Store`).
    t_end : float
        The last hour of the request's series (hours since posting).

    Returns
    -------
    dict or None
        ``refs`` (list of float64 arrays of 2 cumulative views: at ``t_end`` and at the post's
        last stored count), ``ref_hours`` ([t_end, median horizon]), ``horizons`` (hours of each
        post's last count), ``n_posts``; None with fewer than 5 usable posts.

    Notes
    -----
    A snapshot's age is the time between the post's publication and the date of the export it
    came from. Posts with only a date (``time_known`` False) or daily totals are not used: their
    age in hours is not known. A post is usable when its views at ``t_end`` are read (a snapshot
    within 5 % of that age, or two around it at most 2x apart in age, interpolated in log age)
    and its last snapshot is at least a week (168 h) and 4 x ``t_end`` after posting.
    """
    from datetime import datetime

    from viralml_desktop.core import store

    st = store.default_store()
    posts = {p["post_key"]: p for p in st.posts(account_id)
             if p.get("time_known") is not False and p.get("post_type") != "daily total"}
    if not posts:
        return None
    series: dict[str, list[tuple[float, float]]] = {}
    for snap in st.snapshots(account_id):
        p = posts.get(snap["post_key"])
        if p is None or snap.get("views") is None:
            continue
        born = datetime.fromisoformat(p["timestamp"].replace("Z", "+00:00")).timestamp()
        age = (float(snap["counts_at"]) - born) / 3600.0
        if age > 0:
            series.setdefault(snap["post_key"], []).append((age, float(snap["views"])))
    horizon = max(_STORED_HORIZON_H, 4.0 * t_end)
    refs, horizons = [], []
    for pts in series.values():
        pts.sort()
        early = _views_at(pts, t_end)
        age_last, v_last = pts[-1]
        if early is None or early <= 0 or age_last < horizon or v_last < early:
            continue
        refs.append(np.array([early, v_last]))
        horizons.append(age_last)
    if len(refs) < _MIN_REFERENCES:
        return None
    return {"refs": refs, "ref_hours": np.array([t_end, float(np.median(horizons))]), "horizons": horizons,
            "n_posts": len(refs)}


def _clean(values, name: str) -> np.ndarray:
    a = np.asarray(values, dtype=float)
    if not np.all(np.isfinite(a)):
        raise InputError(f"{name}: every value must be a finite number")
    if np.any(a < 0):
        i = int(np.flatnonzero(a < 0)[0])
        raise InputError(f"{name}[{i}] = {a[i]:g} is negative")
    return a


#: What to do when a "cumulative" series goes down: a running total never does, each interval's views do.
_PER_INTERVAL_HINT = 'if these are the views of each interval, not a running total, send "cumulative": false'


def count_fell(views: np.ndarray) -> Optional[tuple[int, float, float]]:
    """The first fall of a cumulative count: (1-based point, count before, count after), or None.

    Parameters
    ----------
    views : numpy.ndarray
        float64, shape (n,): the cumulative views as sent.

    Returns
    -------
    tuple of (int, float, float) or None
    """
    down = np.flatnonzero(np.diff(views) < 0)
    if not down.size:
        return None
    i = int(down[0])
    return i + 2, float(views[i]), float(views[i + 1])


def to_rates(views: np.ndarray, hours: np.ndarray, cumulative: bool) -> tuple[np.ndarray, np.ndarray, float, list]:
    """(mid-interval times, views per hour, views so far, notes) from a cumulative or per-interval series."""
    notes = []
    edges = np.concatenate([[0.0], hours])
    width = np.diff(edges)
    if cumulative:
        if np.any(np.diff(views) < 0):
            notes.append("the cumulative count went down at some point; treated as no new views there")
            notes.append(_PER_INTERVAL_HINT)
            views = np.maximum.accumulate(views)
        inc = np.diff(np.concatenate([[0.0], views]))
        total = float(views[-1])
    else:
        inc = views
        total = float(views.sum())
    return edges[:-1] + width / 2.0, inc / width, total, notes


def _fit_decay(t: np.ndarray, rate: np.ndarray, n_draws: int = 400, seed: int = 0) -> Optional[dict]:
    """Fit log r = c + a log t - b t (6+ points with views), or with fewer points the
    two-parameter decay log r = c - b (t - t_peak) on the points from the highest rate on.
    None when there is no measurable decay (b <= 0) or too few points."""
    ok = rate > 0
    t0 = 0.0
    if ok.sum() >= _FULL_FIT_POINTS:
        tt, y = t[ok], np.log(rate[ok])
        X = np.column_stack([np.ones_like(tt), np.log(tt), -tt])
    else:
        k = int(np.argmax(rate))
        sel = ok & (np.arange(len(t)) >= k)
        if sel.sum() < 3:
            return None
        t0 = float(t[k])
        tt, y = t[sel] - t0, np.log(rate[sel])
        X = np.column_stack([np.ones_like(tt), -tt])
    coef, *_ = np.linalg.lstsq(X, y, rcond=None)
    resid = y - X @ coef
    dof = len(y) - X.shape[1]
    if dof < 1:
        return None
    s2 = float(resid @ resid) / dof
    try:
        cov = s2 * np.linalg.inv(X.T @ X)
    except np.linalg.LinAlgError:
        return None
    if X.shape[1] == 2:  # no shape term: a = 0
        coef, cov = np.array([coef[0], 0.0, coef[1]]), _embed(cov)
    c, a, b = coef
    if not (b > max(1e-9, 2.0 * math.sqrt(max(cov[2, 2], 0.0))) and a > -1):
        return None  # no decay measurable above its own uncertainty
    rng = np.random.default_rng(seed)
    draws = rng.multivariate_normal(coef, cov, size=n_draws, check_valid="ignore")
    return {"c": float(c), "a": float(a), "b": float(b), "t0": t0, "draws": draws, "sigma": math.sqrt(s2)}


def _embed(cov2: np.ndarray) -> np.ndarray:
    """2x2 covariance of (c, b) into the 3x3 of (c, a, b) with a fixed."""
    out = np.zeros((3, 3))
    out[np.ix_([0, 2], [0, 2])] = cov2
    return out


def remaining(c: float, a: float, b: float, t_end: float) -> float:
    """Integral of exp(c) t^a e^(-b t) from t_end to infinity (t on the fit's own clock)."""
    from scipy.special import gammaincc, gammaln

    if not (b > 0 and a > -1):
        return float("inf")
    return float(math.exp(c + gammaln(a + 1) - (a + 1) * math.log(b)) * gammaincc(a + 1, b * t_end))


def decay_prediction(t, rate, total, t_end, min_half_width: float = 0.0) -> Optional[dict]:
    fit = _fit_decay(t, rate)
    if fit is None:
        return None
    t_rel = t_end - fit["t0"]
    final = total + remaining(fit["c"], fit["a"], fit["b"], t_rel)
    sims = np.array([total + remaining(c, a, b, t_rel) for c, a, b in fit["draws"]])
    sims = np.log(sims[np.isfinite(sims)])
    if len(sims) < 20:
        return None
    centre = math.log(final)
    lo = centre - max(centre - np.quantile(sims, 0.1), min_half_width)
    hi = centre + max(np.quantile(sims, 0.9) - centre, min_half_width)
    peak = fit["t0"] + fit["a"] / fit["b"] if fit["a"] > 0 else (fit["t0"] or float(t[0]))
    return {"final": final, "interval": [max(total, math.exp(lo)), math.exp(hi)], "peak_hour": peak,
            "params": {"a": round(fit["a"], 4), "b": round(fit["b"], 5), "log_rate_sigma": round(fit["sigma"], 4)}}


def szabo_huberman(total: float, t_end: float, refs: list[np.ndarray], ref_hours: np.ndarray) -> Optional[dict]:
    """ln N(final) = ln N(t_end) + r, r and its spread from the account's past posts."""
    j = int(np.searchsorted(ref_hours, t_end, side="right")) - 1
    if j < 0:
        return None
    ratios, peaks = [], []
    for r in refs:
        if len(r) != len(ref_hours) or r[j] <= 0 or r[-1] <= 0:
            continue
        ratios.append(math.log(r[-1]) - math.log(r[j]))
        inc = np.diff(np.concatenate([[0.0], r])) / np.diff(np.concatenate([[0.0], ref_hours]))
        peaks.append(float(ref_hours[int(np.argmax(inc))]))
    if len(ratios) < _MIN_REFERENCES or total <= 0:
        return None
    r_mean, r_sd = float(np.mean(ratios)), float(np.std(ratios, ddof=1))
    final = total * math.exp(r_mean)
    return {"final": final, "interval": [total * math.exp(r_mean - _Z80 * r_sd), total * math.exp(r_mean + _Z80 * r_sd)],
            "peak_hour": float(np.median(peaks)), "n_references": len(ratios),
            "log_ratio_mean": round(r_mean, 4), "log_ratio_sd": round(r_sd, 4)}


def run(request, progress: ProgressLike) -> dict:
    """Predict when one post's hourly views peak and how many views it ends with.

    Parameters
    ----------
    request : PeakRequest
        Fields used: ``views`` (n finite, non-negative counts: cumulative views when
        ``cumulative`` is true, the default, else the views of each interval), ``hours``
        (n hours since posting at which each count was read, positive and strictly
        increasing; default 1, 2, ..., n), ``reference_posts`` (optional: the account's own
        past posts, each a cumulative views series read at ``reference_hours``),
        ``reference_hours`` (default 1, 2, ... up to the longest reference post) and
        ``account_id`` (without ``reference_posts``: the reference posts come from this
        account's stored history, see :func:`stored_references`).
    progress : ProgressLike
        Receives the steps; ``progress.check()`` runs between them.

    Returns
    -------
    dict
        The :class:`~viralml_desktop.core.schemas.anomaly.PeakResponse` fields:

        * ``peak_hour`` : hours since posting. The observed peak (the middle of the interval
          with the most views per hour) when at least two points follow it and the last two
          are below it, else the method's forecast (never before the first interval's middle).
        * ``peak_hour_interval`` (observed peaks only) : [start, end] hours of the interval between
          two counts whose views per hour were highest: the peak lies in it. When it is the first
          interval (posting to the first count), the peak hour is bounded by the first export, not
          measured: a note says so and its source is ``no_evidence``.
        * ``predicted_final_views`` : views, with ``interval`` [low, high] in views at
          ``interval_level`` 0.8.
        * ``method`` : ``szabo_huberman`` (at least 5 usable reference posts) or
          ``decay_curve``; ``peak_source`` : ``observed`` or the method.
        * ``views_so_far`` (views), ``hours_observed`` (the last hour given) and ``notes``
          (e.g. a cumulative count that went down, treated as no new views there).
        * ``details`` : the fit: ``params`` (``a``, ``b`` per hour, ``log_rate_sigma``) for the
          decay curve; ``n_references``, ``log_ratio_mean`` and ``log_ratio_sd`` for
          Szabo-Huberman.

    Raises
    ------
    InputError
        A value that is negative or not finite, ``hours`` of another length than ``views``
        or not positive and strictly increasing, fewer than 5 points with no usable
        reference posts, or views that are not slowing down yet (no decay is measurable, so
        none is guessed); a cumulative series that falls with no measurable decay is named as
        such, with the hint to send ``"cumulative": false``.
    Cancelled
        From ``progress`` (its ``update`` and ``check``) once the user cancels.

    Notes
    -----
    With the account's reference posts, Szabo-Huberman [1]_:
    ``ln N(final) = ln N(t) + r``, with ``r`` and its spread measured on those posts from the
    latest reference hour not after the series' last hour; the interval is
    ``exp(mean +/- 1.2816 sd)`` (the normal 80 % central interval).
    Otherwise the view rate is fitted as ``r(t) = A * t**a * exp(-b t)`` by least squares on
    ``log r`` (6+ points with views; with fewer, ``log r = c - b (t - t_peak)`` from the
    highest rate on), refused unless ``b`` is above twice its standard error. The final views
    are the views so far plus the fitted rate integrated to infinity; the interval is the
    wider of the fit's own 80 % spread (400 parametric bootstrap draws) and the 80th
    percentile of the log error on the tuning bursts (``tune_log_error_q80`` in
    ``models/peak/metrics.json``; 0 when that file is absent). Data and held-out figures:
    ``models/peak/MODEL_CARD.md``.

    References
    ----------
    .. [1] G. Szabo and B. A. Huberman, "Predicting the popularity of online content",
           Communications of the ACM 53(8), 2010.
    """
    progress.update(0.1, "Reading the series…")
    views = _clean(request.views, "views")
    n = len(views)
    if request.hours is not None:
        hours = _clean(request.hours, "hours")
        if len(hours) != n:
            raise InputError(f"hours has {len(hours)} values but views has {n}")
        if np.any(np.diff(hours) <= 0) or hours[0] <= 0:
            raise InputError("hours must be positive and strictly increasing (hours since posting)")
    else:
        hours = np.arange(1, n + 1, dtype=float)
    t, rate, total, notes = to_rates(views, hours, request.cumulative)
    t_end = float(hours[-1])
    observed_peak = float(t[int(np.argmax(rate))])
    progress.check()

    method, pred = None, None
    if request.reference_posts:
        ref_hours = (_clean(request.reference_hours, "reference_hours") if request.reference_hours is not None
                     else np.arange(1, max(len(r) for r in request.reference_posts) + 1, dtype=float))
        refs = [_clean(r, "reference_posts") for r in request.reference_posts]
        pred = szabo_huberman(total, t_end, refs, ref_hours)
        method = "szabo_huberman" if pred else None
    elif request.account_id:
        stored = stored_references(request.account_id, t_end)
        pred = szabo_huberman(total, t_end, stored["refs"], stored["ref_hours"]) if stored else None
        if pred:
            method = "szabo_huberman"
            # two counts per stored post say nothing of its hourly peak: the peak is the post's own
            decay = decay_prediction(t, rate, total, t_end, _measured_log_error())
            pred["peak_hour"] = decay["peak_hour"] if decay else observed_peak
            pred["references"] = "stored_history"
            pred["horizon_hours"] = round(float(stored["ref_hours"][1]), 1)
            notes.append(f"Reference posts: {stored['n_posts']} of {request.account_id!r}'s stored posts, their views "
                         f"{t_end:g} h after posting and at their last stored count (median "
                         f"{stored['ref_hours'][1]:.0f} h), from the snapshots of the imported exports; the final "
                         f"views are for that age.")
    if pred is None:
        progress.update(0.4, "Fitting the decay curve…")
        pred = decay_prediction(t, rate, total, t_end, _measured_log_error())
        method = "decay_curve" if pred else None
    if pred is None:
        if n < _MIN_POINTS + 1:
            raise InputError(f"{n} point{'' if n == 1 else 's'}: at least {_MIN_POINTS + 1} time points are needed "
                             "to fit a decay curve")
        fell = count_fell(views) if request.cumulative else None
        if fell is not None:  # a running total that falls: most likely each interval's views, sent as cumulative
            raise InputError(f"the cumulative count fell from {fell[1]:,.0f} to {fell[2]:,.0f} at point {fell[0]}, "
                             f"which a running total cannot do, so no decay can be measured: {_PER_INTERVAL_HINT}")
        flat = 0  # counts at the end that add no view: the post has stopped growing (a plateau, not a rise)
        while request.cumulative and flat < n - 1 and views[n - 1 - flat] <= views[n - 2 - flat]:
            flat += 1
        if flat >= 2:
            raise InputError(f"the views stopped growing: {views[-1]:,.0f} at each of the last {flat + 1} counts "
                             f"(from hour {hours[n - 1 - flat]:g}), so they have peaked; a decay curve is not fitted "
                             "to a flat series")
        raise InputError("the views are not slowing down yet, so no decay can be measured: "
                         "send the series again after the hourly views have started to fall")
    # A peak already behind us (rate fell for 2+ points after it) is a measurement, not a forecast.
    i_max = int(np.argmax(rate))
    if i_max <= n - 3 and rate[-1] < rate[i_max] and rate[-2] < rate[i_max]:
        peak_hour, peak_source = observed_peak, "observed"
    else:
        peak_hour, peak_source = max(pred["peak_hour"], float(t[0])), method
    first_interval = None
    if peak_source == "observed" and i_max == 0:
        # The views per hour were highest in the first interval (posting to the first count): the peak
        # lies somewhere in it, bounded by the first export, and its middle is no measurement.
        first_interval = float(hours[0])
        notes.append(f"the views peaked within the first {first_interval:g} h (the first count is at hour "
                     f"{first_interval:g}): the hour inside that interval is not measured, "
                     f"{float(t[0]):g} h is its middle")
    progress.update(1.0, "Done")
    out = {"peak_hour": round(float(peak_hour), 2), "predicted_final_views": round(float(pred["final"]), 1),
           "interval": [round(float(v), 1) for v in pred["interval"]], "interval_level": 0.8,
           "method": method, "peak_source": peak_source, "views_so_far": round(total, 1),
           "hours_observed": t_end, "notes": notes,
           "details": {k: v for k, v in pred.items() if k not in ("final", "interval", "peak_hour")}}
    if peak_source == "observed":
        out["peak_hour_interval"] = [round(float(hours[i_max - 1]) if i_max else 0.0, 2), round(float(hours[i_max]), 2)]
    out["sources"] = _sources(method, peak_source, pred, first_interval)
    return out


def _sources(method: str, peak_source: str, pred: dict, first_interval: Optional[float] = None) -> dict:
    """Where each number of the response comes from (``core/schemas/sources.py``)."""
    if method == "szabo_huberman":
        final = sources.personal("Szabo-Huberman on your own posts", "spread (sd) of log final/early views over "
                                 "your posts", pred.get("log_ratio_sd"), int(pred.get("n_references") or 0),
                                 "final views from how your past posts grew after the same age; 80 % interval "
                                 "from their own spread")
    else:
        final = sources.model("peak_error", "a decay curve fitted on this post's own series; the 80 % interval "
                              "is at least the error measured on the tuning bursts")
    if first_interval is not None:
        peak = sources.no_evidence(f"bounded by the first export, not measured: the views peaked within the first "
                                   f"{first_interval:g} h (the first count is at hour {first_interval:g}); the hour "
                                   "shown is that interval's middle", "peak hour")
    elif peak_source == "observed":
        peak = sources.measured("the hour the post's views peaked, already past")
    else:
        peak = final
    out = {"peak_hour_interval": peak} if peak_source == "observed" else {}
    return {**out, "predicted_final_views": final, "interval": final, "interval_level": final, "details": final,
            "peak_hour": peak, "views_so_far": sources.measured("the views given, summed"),
            "hours_observed": sources.measured("the last hour given")}
