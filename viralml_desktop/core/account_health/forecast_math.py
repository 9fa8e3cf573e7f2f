"""The numbers behind ``forecast_views``, shared by the app and ``training/lstm_forecast_train.py``.

numpy only (torch lives in :mod:`._lstm_net`, loaded on first use). Everything works on
log views, ``y = log1p(views)``, of one account's posts, oldest first:

* :func:`features` turns the last posts into the LSTM's per-post inputs;
* :func:`baseline` gives the 10 / 50 / 90 % quantiles of the next posts' log views by one of
  the simple methods the LSTM has to beat (last value, rolling median of the last 10 posts,
  seasonal naive on the weekday and three guarded variants of it: a reference from the last
  week only, a level-adjusted one, and one that falls back to the recent level after a level
  shift). Their intervals are the empirical 10 / 90 % quantiles of the same method's own
  errors at that horizon over the account's earlier posts;
* :func:`next_times` says when the next posts are expected (the median gap between posts).
"""
from __future__ import annotations

import numpy as np

QUANTILES = (0.1, 0.5, 0.9)
MAX_HORIZON = 5
N_FEATURES = 10
N_TARGET_FEATURES = 3 * MAX_HORIZON  # per next post: seasonal-naive point minus level, weekday sin, cos
FEATURE_NAMES = ("log_views_minus_level", "level_div_10", "log1p_gap_hours_div_5", "hour_sin", "hour_cos",
                 "hour_known", "weekday_sin", "weekday_cos", "log_engagement_minus_median", "engagement_known")
BASELINES = ("last_value", "rolling_median_10", "seasonal_naive_weekday", "seasonal_naive_recent",
             "seasonal_naive_level", "seasonal_naive_shift")
SEASONAL = BASELINES[2:]  # their point depends on the target post's day
BASELINE_CONTEXT = 200   # posts a baseline looks back over (its point and its error quantiles)
MIN_ERRORS = 8           # fewer past errors than this: the interval uses the pooled spread below
_DAY = 86400


def weekday(t_s: np.ndarray) -> np.ndarray:
    """Weekday 0 = Monday … 6 = Sunday of UTC epoch seconds, (n,) int64."""
    return ((np.asarray(t_s, dtype=np.int64) // _DAY) + 3) % 7  # 1970-01-01 was a Thursday


def level(y: np.ndarray) -> float:
    """The window's level: the median of its log views (a float)."""
    return float(np.median(y))


def features(y: np.ndarray, t_s: np.ndarray, time_known: np.ndarray, er: np.ndarray) -> np.ndarray:
    """Per-post inputs of the LSTM for one window of posts, oldest first.

    Parameters
    ----------
    y : (n,) float array
        log1p(views) of each post.
    t_s : (n,) int64 array
        Posting time, UTC epoch seconds.
    time_known : (n,) bool array
        True where the time of day is known (False for date-only exports and daily series).
    er : (n,) float array
        log((likes + 1) / (views + 1)), NaN where the post has no likes.

    Returns
    -------
    (n, 10) float32 array
        The columns of :data:`FEATURE_NAMES`: log views minus the window's level, the level / 10,
        log1p(hours since the previous post) / 5 (the first post gets the median gap), hour of
        day as sin/cos with a known flag (zeros where unknown), weekday as sin/cos, and the
        engagement rate against the window's median with a known flag (zeros where unknown).
    """
    y = np.asarray(y, dtype=np.float64)
    n = len(y)
    t = np.asarray(t_s, dtype=np.int64)
    known = np.asarray(time_known, dtype=bool)
    er = np.asarray(er, dtype=np.float64)
    x = np.zeros((n, N_FEATURES), dtype=np.float64)
    lv = level(y)
    x[:, 0] = y - lv
    x[:, 1] = lv / 10.0
    gaps = np.diff(t) / 3600.0
    gaps = np.clip(gaps, 0.0, None)
    first = float(np.median(gaps)) if len(gaps) else 24.0
    x[:, 2] = np.log1p(np.concatenate([[first], gaps])) / 5.0
    hour = (t % _DAY) / 3600.0
    x[:, 3] = np.where(known, np.sin(2 * np.pi * hour / 24), 0.0)
    x[:, 4] = np.where(known, np.cos(2 * np.pi * hour / 24), 0.0)
    x[:, 5] = known
    wd = weekday(t)
    x[:, 6] = np.sin(2 * np.pi * wd / 7)
    x[:, 7] = np.cos(2 * np.pi * wd / 7)
    has = np.isfinite(er)
    if has.any():
        x[:, 8] = np.where(has, er - np.median(er[has]), 0.0)
    x[:, 9] = has
    return x.astype(np.float32)


def target_features(y: np.ndarray, t_s: np.ndarray) -> np.ndarray:
    """What the LSTM's head is told about the next :data:`MAX_HORIZON` posts of a window.

    Parameters
    ----------
    y : (n,) float array
        log1p(views) of the window's posts, oldest first.
    t_s : (n,) int64 array
        Their UTC epoch seconds.

    Returns
    -------
    (15,) float32 array
        For each next post (expected at :func:`next_times`): the latest post of the window on
        the same weekday minus the window's level (0 when none), and the weekday as sin, cos.
    """
    y = np.asarray(y, dtype=np.float64)
    wd = weekday(t_s)
    twd = weekday(next_times(t_s, MAX_HORIZON))
    lv = level(y)
    out = np.zeros((MAX_HORIZON, 3))
    for h, w in enumerate(twd):
        same = np.flatnonzero(wd == w)
        out[h, 0] = (y[same[-1]] - lv) if len(same) else 0.0
    out[:, 1] = np.sin(2 * np.pi * twd / 7)
    out[:, 2] = np.cos(2 * np.pi * twd / 7)
    return out.ravel().astype(np.float32)


def median_gap_s(t_s: np.ndarray) -> float:
    """Median seconds between consecutive posts of the last 30 (one day when fewer than two posts)."""
    g = np.diff(np.asarray(t_s, dtype=np.int64)[-31:])
    g = g[g > 0]
    return float(np.median(g)) if len(g) else float(_DAY)


def next_times(t_s: np.ndarray, horizon: int, after: int | None = None) -> np.ndarray:
    """Expected UTC epoch seconds of the next ``horizon`` posts: the last post plus k median gaps.

    Parameters
    ----------
    t_s : (n,) int64 array
        The posts' UTC epoch seconds, oldest first.
    horizon : int
        How many next posts.
    after : int, optional
        UTC epoch seconds the next posts must come after (the date the forecast is made from: a
        later export, today). The posts keep the account's rhythm: the first is the first of the
        last post's k median gaps past ``after`` (so a post at 18:00 every two days stays at 18:00).
        None, or a time before the last post: from the last post.

    Returns
    -------
    (horizon,) int64 array
        Strictly after the last post and after ``after``.
    """
    gap = median_gap_s(t_s)
    last = int(np.asarray(t_s)[-1])
    k0 = 1
    if after is not None and after >= last + gap:
        k0 = int((int(after) - last) // gap) + 1
    return (last + gap * np.arange(k0, k0 + horizon)).astype(np.int64)


RECENT_DAYS = 8          # seasonal_naive_recent: a same-weekday post older than this is last week's no more
LEVEL_POSTS = 5          # seasonal_naive_level / _shift: the level is the median of this many latest posts
SHIFT_LOG = float(np.log(2.0))  # seasonal_naive_shift: a level halved or doubled since the reference is a shift


def _rolling_median(y: np.ndarray, k: int) -> np.ndarray:
    """Median of the last ``k`` values at and before each index (fewer at the start), (n,) floats."""
    n = len(y)
    out = np.empty(n)
    for j in range(min(k - 1, n)):
        out[j] = np.median(y[: j + 1])
    if n >= k:
        out[k - 1:] = np.median(np.lib.stride_tricks.sliding_window_view(y, k), axis=1)
    return out


def _points(method: str, y: np.ndarray, wd: np.ndarray, target_wd: np.ndarray,
            t: np.ndarray | None = None, target_t: np.ndarray | None = None) -> np.ndarray:
    """The method's forecast made after each post j for a target on weekday ``target_wd[j]``
    (at ``target_t[j]`` UTC seconds, which ``seasonal_naive_recent`` needs), (n,) floats."""
    n = len(y)
    if method == "last_value":
        return y.copy()
    if method == "rolling_median_10":
        return _rolling_median(y, 10)
    if method in SEASONAL:
        # last[j, w]: index of the latest post at or before j on weekday w (-1: none yet).
        last = np.full((n, 7), -1, dtype=np.int64)
        idx = np.arange(n)
        for w in range(7):
            mark = np.where(wd == w, idx, -1)
            last[:, w] = np.maximum.accumulate(mark)
        pick = last[idx, np.asarray(target_wd, dtype=np.int64)]
        ref = y[np.clip(pick, 0, None)]
        if method == "seasonal_naive_recent":
            # last week's post on that weekday only; an older one is from before any change of level
            age = np.asarray(target_t, dtype=np.int64) - np.asarray(t, dtype=np.int64)[np.clip(pick, 0, None)]
            return np.where((pick >= 0) & (age < RECENT_DAYS * _DAY), ref, y)
        if method == "seasonal_naive_level":
            # the weekday's offset from the level of its own time, on today's level
            lv = _rolling_median(y, LEVEL_POSTS)
            return np.where(pick >= 0, ref - lv[np.clip(pick, 0, None)] + lv, y)
        if method == "seasonal_naive_shift":
            # the weekday's post unless the level moved by more than half since it: then today's level
            lv = _rolling_median(y, LEVEL_POSTS)
            moved = np.abs(lv - lv[np.clip(pick, 0, None)]) > SHIFT_LOG
            return np.where(pick < 0, y, np.where(moved, lv, ref))
        return np.where(pick >= 0, ref, y)
    raise ValueError(f"unknown baseline {method!r}")


def baseline(method: str, y: np.ndarray, t_s: np.ndarray, horizon: int,
             target_t_s: np.ndarray | None = None) -> np.ndarray:
    """10 / 50 / 90 % quantiles of the next posts' log views by a simple method.

    Parameters
    ----------
    method : str, one of :data:`BASELINES`
        ``last_value``: the last post's views; ``rolling_median_10``: the median of the last 10
        posts; ``seasonal_naive_weekday``: the latest post on the weekday the target post is
        expected on (:func:`next_times`), however old; ``seasonal_naive_recent``: that post when
        it is less than :data:`RECENT_DAYS` days before the target, else the last value;
        ``seasonal_naive_level``: that post minus the level (median of the :data:`LEVEL_POSTS`
        posts up to it) plus today's level; ``seasonal_naive_shift``: that post, unless the
        level moved by more than a factor of 2 (:data:`SHIFT_LOG`) since it, then today's level
        (a sustained reach drop is followed; weeks-old same-weekday views are not reused).
    y : (n,) float array
        log1p(views) of the account's posts, oldest first (the last :data:`BASELINE_CONTEXT` are used).
    t_s : (n,) int64 array
        Their UTC epoch seconds.
    horizon : int
        How many next posts, 1 to :data:`MAX_HORIZON`.
    target_t_s : (horizon,) int64 array, optional
        When the next posts are expected; default :func:`next_times`.

    Returns
    -------
    (horizon, 3) float64 array
        Quantiles in log1p views, non-decreasing along the last axis. The interval is the
        median plus the 10 / 90 % quantiles of the method's own errors at that horizon over the
        earlier posts (at least 8 errors; with fewer, plus/minus 1.28 times the spread of y).

    Raises
    ------
    ValueError
        Unknown ``method`` or an empty ``y``.
    """
    y = np.asarray(y, dtype=np.float64)[-BASELINE_CONTEXT:]
    t = np.asarray(t_s, dtype=np.int64)[-BASELINE_CONTEXT:]
    if len(y) == 0:
        raise ValueError("no posts to forecast from")
    wd = weekday(t)
    tt = next_times(t, horizon) if target_t_s is None else np.asarray(target_t_s, dtype=np.int64)
    twd = weekday(tt)
    out = np.empty((horizon, 3))
    n = len(y)
    spread = float(np.std(y)) if n > 1 else 0.0
    # last value and rolling median do not depend on the target's weekday: their points once
    fixed = _points(method, y, wd, wd) if method not in SEASONAL else None
    for h in range(1, horizon + 1):
        p50 = float(fixed[-1] if fixed is not None else
                    _points(method, y, wd, np.full(n, twd[h - 1]), t, np.full(n, tt[h - 1]))[-1])
        # The same method's errors at this horizon on the account's own earlier posts: made
        # after post j for post j + h (on post j + h's weekday).
        errs = np.empty(0)
        if n > h:
            target_wd = np.concatenate([wd[h:], np.zeros(h, dtype=wd.dtype)])
            target_t = np.concatenate([t[h:], np.full(h, t[-1])])
            pts = fixed if fixed is not None else _points(method, y, wd, target_wd, t, target_t)
            errs = y[h:] - pts[:-h]
        if len(errs) >= MIN_ERRORS:
            lo, hi = np.quantile(errs, [QUANTILES[0], QUANTILES[2]])
        else:
            lo, hi = -1.2816 * spread, 1.2816 * spread
        out[h - 1] = (p50 + min(lo, 0.0), p50, p50 + max(hi, 0.0))
    return out


def baseline_band(method: str, y: np.ndarray, t_s: np.ndarray, first: int) -> np.ndarray:
    """One-post-ahead quantiles of posts ``first`` … n-1, each from the posts before it only.

    Parameters
    ----------
    method : str
        One of :data:`BASELINES`.
    y : (n,) float array
        log1p(views), oldest first.
    t_s : (n,) int64 array
        UTC epoch seconds (the target post's weekday is its real one).
    first : int
        The first post to give a band for (at least 1).

    Returns
    -------
    (n - first, 3) float64 array
        Quantiles in log1p views: the method's forecast made after the previous post, plus the
        10 / 90 % quantiles of its one-step errors over the (up to 200) posts before.
    """
    y = np.asarray(y, dtype=np.float64)
    n = len(y)
    first = max(1, int(first))
    t = np.asarray(t_s, dtype=np.int64)
    wd = weekday(t)
    pts = _points(method, y, wd, np.concatenate([wd[1:], wd[-1:]]), t,
                  np.concatenate([t[1:], t[-1:]]))  # pts[j]: made after post j for j + 1
    errs = y[1:] - pts[:-1]
    out = np.empty((max(0, n - first), 3))
    for k, i in enumerate(range(first, n)):
        e = errs[max(0, i - 1 - BASELINE_CONTEXT):i - 1]
        if len(e) >= MIN_ERRORS:
            lo, hi = np.quantile(e, [QUANTILES[0], QUANTILES[2]])
        else:
            sd = float(np.std(y[:i])) if i > 1 else 0.0
            lo, hi = -1.2816 * sd, 1.2816 * sd
        p50 = pts[i - 1]
        out[k] = (p50 + min(lo, 0.0), p50, p50 + max(hi, 0.0))
    return out


def windows(y: np.ndarray, t_s: np.ndarray, time_known: np.ndarray, er: np.ndarray, L: int,
            ends: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """:func:`features`, :func:`target_features` and :func:`level` of many windows at once.

    Parameters
    ----------
    y, t_s, time_known, er : (n,) arrays
        As in :func:`features`, for the whole history.
    L : int
        Posts per window.
    ends : (b,) int array
        Index of each window's last post (at least ``L - 1``).

    Returns
    -------
    X : (b, L, 10) float32, Z : (b, 15) float32, levels : (b,) float64
        Equal to the per-window functions (a test checks it), vectorised over windows: the
        band of 1,000 past posts costs one pass instead of 1,000.
    """
    import warnings

    from numpy.lib.stride_tricks import sliding_window_view as view

    y = np.asarray(y, dtype=np.float64)
    t = np.asarray(t_s, dtype=np.int64)
    known = np.asarray(time_known, dtype=bool)
    er = np.asarray(er, dtype=np.float64)
    starts = np.asarray(ends, dtype=np.int64) - L + 1
    yw = view(y, L)[starts]
    lv = np.median(yw, axis=1)
    X = np.zeros((len(starts), L, N_FEATURES))
    X[:, :, 0] = yw - lv[:, None]
    X[:, :, 1] = (lv / 10.0)[:, None]
    if L > 1:
        gw = np.clip(view(np.diff(t) / 3600.0, L - 1)[starts], 0.0, None)
        X[:, :, 2] = np.log1p(np.concatenate([np.median(gw, axis=1)[:, None], gw], axis=1)) / 5.0
    else:
        X[:, :, 2] = np.log1p(24.0) / 5.0
    hour = (t % _DAY) / 3600.0
    per_post = np.stack([np.where(known, np.sin(2 * np.pi * hour / 24), 0.0),
                         np.where(known, np.cos(2 * np.pi * hour / 24), 0.0), known.astype(float),
                         np.sin(2 * np.pi * weekday(t) / 7), np.cos(2 * np.pi * weekday(t) / 7)], axis=1)
    X[:, :, 3:8] = view(per_post, L, axis=0)[starts].transpose(0, 2, 1)
    has = np.isfinite(er)
    ew = view(er, L)[starts]
    hw = view(has, L)[starts]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # all-NaN windows: no engagement known
        med = np.nanmedian(ew, axis=1)
    X[:, :, 8] = np.where(hw, ew - med[:, None], 0.0)
    X[:, :, 9] = hw
    # target features: the next posts' weekdays at the median positive gap of the window's last 31 posts
    tw = view(t, L)[starts]
    d = np.diff(tw[:, -31:], axis=1).astype(np.float64)
    d[d <= 0] = np.nan
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        gap = np.nanmedian(d, axis=1) if d.shape[1] else np.full(len(starts), np.nan)
    gap = np.where(np.isfinite(gap), gap, float(_DAY))
    nt = (tw[:, -1:] + gap[:, None] * np.arange(1, MAX_HORIZON + 1)[None, :]).astype(np.int64)
    twd = weekday(nt)
    wdw = weekday(tw)
    Z = np.zeros((len(starts), MAX_HORIZON, 3))
    idx = np.arange(L)
    for h in range(MAX_HORIZON):
        match = wdw == twd[:, h:h + 1]
        last = np.where(match, idx[None, :], -1).max(axis=1)
        Z[:, h, 0] = np.where(last >= 0, yw[np.arange(len(starts)), np.clip(last, 0, None)] - lv, 0.0)
    Z[:, :, 1] = np.sin(2 * np.pi * twd / 7)
    Z[:, :, 2] = np.cos(2 * np.pi * twd / 7)
    return X.astype(np.float32), Z.reshape(len(starts), -1).astype(np.float32), lv
