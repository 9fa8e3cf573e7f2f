"""``forecast_views``: the expected views of an account's next 1–5 posts, with an 80 % interval.

Two kinds of forecaster answer, and the held-out evaluation decides which
(``models/lstm/metrics.json``, written by ``training/lstm_forecast_train.py``):

* the global quantile LSTM (``models/lstm/lstm.safetensors``, :mod:`._lstm_net`) over the last
  ``models.lstm.sequence_length`` posts, or its copy fine-tuned on the account
  (:func:`fine_tune_account`, kept in the user models dir only when it beats the global
  model on the account's latest posts);
* the best of the simple baselines on the series the network never saw
  (:mod:`.forecast_math`: last value, rolling median of the last 10, seasonal naive on the
  weekday and its guarded variants; of those tied held out, the one that follows a reach drop best).

The LSTM answers only where ``metrics.json``'s ``choice.answer_with`` is ``lstm``; otherwise,
or when its weights are missing or do not fit the configuration, the baseline answers and
the response's ``model``, ``notes`` and ``sources`` say which and why. torch is imported on
the first LSTM use, in the caller's thread (a worker, never the UI thread); CUDA is used when
present (``registry.select_device``).
"""
from __future__ import annotations

import hashlib
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Optional

import numpy as np

from viralml_desktop.core import config, paths, registry, sources
from viralml_desktop.core.account_health import forecast_math as fm
from viralml_desktop.core.errors import InputError, ModelUnavailable
from viralml_desktop.core.limits import MAX_COUNT  # above any real platform's counts
from viralml_desktop.core.progress import Progress, ProgressLike

MODEL_NAME = "lstm_forecaster"
MIN_POSTS = 5             # fewer: no forecast (an interval needs a spread)
FINE_TUNE_MIN_POSTS = 60  # fewer: fine-tuning is skipped
BAND_MAX_POSTS = 1000     # the band covers the latest posts only
_DEFAULT_BASELINE = "rolling_median_10"
_WEIGHTS = "models/lstm/lstm.safetensors"


# -- the account's history -------------------------------------------------------------------

@dataclass
class History:
    """One account's posts, oldest first.

    Attributes
    ----------
    y : (n,) float64 array
        log1p(views).
    t : (n,) int64 array
        Posting time, UTC epoch seconds.
    time_known : (n,) bool array
        Whether the time of day is known (False for date-only exports).
    er : (n,) float64 array
        log((likes + 1) / (views + 1)); NaN where likes are unknown.
    views : (n,) int64 array
        The view counts.
    """

    y: np.ndarray
    t: np.ndarray
    time_known: np.ndarray
    er: np.ndarray
    views: np.ndarray

    @property
    def n(self) -> int:
        return len(self.y)

    def upto(self, k: int) -> "History":
        """The first ``k`` posts."""
        return History(self.y[:k], self.t[:k], self.time_known[:k], self.er[:k], self.views[:k])


def history_from_arrays(views, t_s, likes=None, time_known=None) -> History:
    """A :class:`History` from plain arrays (oldest first).

    Parameters
    ----------
    views : (n,) array of non-negative numbers
    t_s : (n,) int array, UTC epoch seconds
    likes : (n,) array or None
        NaN or None entries: unknown.
    time_known : bool, (n,) bool array or None
        None: the time of day counts as known unless every post is at 00:00:00 UTC.
    """
    v = np.asarray(views, dtype=np.float64)
    t = np.asarray(t_s, dtype=np.int64)
    lk = np.full(len(v), np.nan) if likes is None else np.array(
        [np.nan if x is None else float(x) for x in likes], dtype=np.float64)
    if time_known is None:
        time_known = not bool(np.all(t % 86400 == 0))
    tk = np.broadcast_to(np.asarray(time_known, dtype=bool), v.shape).copy()
    er = np.where(np.isfinite(lk), np.log((lk + 1.0) / (v + 1.0)), np.nan)
    return History(np.log1p(v), t, tk, er, v.astype(np.int64))


def _history_from_posts(posts: list[dict], assume_tz: str, field: str,
                        date_order: Optional[str] = None) -> tuple[History, list[str]]:
    """Posts (dicts with views, likes, timestamp, optional time_known / post_id) sorted, de-duplicated.

    A post's time of day is known from its ``time_known`` when given (stored posts), else from how
    its timestamp was written (a request: ``2025-10-20`` has none, ``2025-10-20T18:00`` has one, even
    when it falls on 00:00 UTC)."""
    from viralml_desktop.core.account_health.history import read_request_dates

    ts, written = read_request_dates([p.get("timestamp") for p in posts], assume_tz=assume_tz,
                                     field=field + "[{i}].timestamp", date_order=date_order)
    bad = np.flatnonzero(ts.isna().to_numpy())
    if len(bad):
        i = int(bad[0])
        raise InputError(f"{field}[{i}].timestamp {posts[i].get('timestamp')!r} is not a date")
    t = ts.dt.tz_convert(None).to_numpy().astype("datetime64[s]").astype(np.int64)
    notes = []
    order = np.argsort(t, kind="stable")
    seen, keep = set(), []
    for i in order.tolist():
        p = posts[i]
        if p.get("views") is None:
            continue
        key = ("id", p["post_id"]) if p.get("post_id") else ("row", int(t[i]), p.get("views"), p.get("likes"))
        if key not in seen:
            seen.add(key)
            keep.append(i)
    dropped = len(posts) - len(keep)
    if dropped:
        notes.append(f"{dropped} posts without views or repeated were left out")
    if len(keep) < MIN_POSTS:
        raise InputError(f"forecast_views needs at least {MIN_POSTS} posts with views; got {len(keep)}")
    kp = [posts[i] for i in keep]
    for i, p in zip(keep, kp):
        for k in ("views", "likes"):
            if p.get(k) is not None and not 0 <= p[k] <= MAX_COUNT:
                raise InputError(f"{field}[{i}].{k} {p[k]} is not a real count (0 to 10^12)")
    tk = [p.get("time_known") for p in kp]
    if "time_known" not in posts[0]:  # a request's posts: as written
        time_known = written[keep]
    else:  # stored posts; those stored before time_known was recorded (None) fall back to the clock
        time_known = None if all(x is None for x in tk) else np.array([bool(x) if x is not None else True
                                                                       for x in tk])
    h = history_from_arrays([p["views"] for p in kp], t[keep], [p.get("likes") for p in kp], time_known)
    return h, notes


# -- the LSTM --------------------------------------------------------------------------------

@dataclass
class LoadedLSTM:
    """The network with what it was trained with (from the weights file's metadata)."""
    net: Any
    device: str
    sequence_length: int
    hidden_units: int
    horizons: int
    sha256: str

    def predict(self, windows: np.ndarray, targets: np.ndarray, levels: np.ndarray) -> np.ndarray:
        """(b, H, 3) quantiles of log1p views for (b, posts, features) windows, their (b, target
        features) and their levels (b,)."""
        import torch

        def tensor(a):
            return torch.from_numpy(np.ascontiguousarray(a, dtype=np.float32)).to(self.device)

        with torch.inference_mode():
            q = self.net(tensor(windows), tensor(targets))
        return q.float().cpu().numpy().astype(np.float64) + np.asarray(levels)[:, None, None]


def _read_lstm(path: Path, device: str) -> LoadedLSTM:
    from safetensors import safe_open
    from safetensors.torch import load_file

    from viralml_desktop.core.account_health._lstm_net import QuantileLSTM

    with safe_open(str(path), framework="pt") as f:
        meta = f.metadata() or {}
    try:
        L, hidden, H, nf, nt = (int(meta[k]) for k in ("sequence_length", "hidden_units", "horizons", "n_features",
                                                         "n_target_features"))
    except (KeyError, ValueError):
        raise ModelUnavailable(f"{path} lacks its sequence_length / hidden_units / horizons / n_features / "
                               "n_target_features metadata") from None
    if (nf, nt, H) != (fm.N_FEATURES, fm.N_TARGET_FEATURES, fm.MAX_HORIZON):
        raise ModelUnavailable(f"{path} was trained on {nf} + {nt} features and {H} horizons; this version "
                               f"makes {fm.N_FEATURES} + {fm.N_TARGET_FEATURES} and {fm.MAX_HORIZON}")
    net = QuantileLSTM(nf, hidden, H, nt)
    net.load_state_dict(load_file(str(path)))
    try:
        net.to(device)
    except Exception:  # a device that refuses: stay on the CPU
        device = "cpu"
    net.eval()
    return LoadedLSTM(net, device, L, hidden, H, registry.sha256_file(path))


def _load_lstm(path: Optional[Path], device: str) -> LoadedLSTM:
    """Model-table loader of ``lstm_forecaster`` (safetensors: no pickled code is ever run)."""
    return _read_lstm(Path(path), device)


def _global_lstm() -> LoadedLSTM:
    return registry.get(MODEL_NAME)


def _check_config(m: LoadedLSTM) -> tuple[int, list[str]]:
    """The sequence length to use and notes; refuses a ``hidden_units`` the weights were not built with."""
    cfg = config.get().ml_core.models.lstm
    if cfg.hidden_units != m.hidden_units:
        raise ModelUnavailable(f"models.lstm.hidden_units is {cfg.hidden_units} but the shipped LSTM has "
                               f"{m.hidden_units}; retrain it with training/lstm_forecast_train.py")
    notes = []
    if cfg.sequence_length != m.sequence_length:
        notes.append(f"models.lstm.sequence_length {cfg.sequence_length} is used; the held-out numbers were "
                     f"measured at {m.sequence_length}")
    return cfg.sequence_length, notes


def _lstm_quantiles(m: LoadedLSTM, h: History, L: int, ends: np.ndarray) -> np.ndarray:
    """(len(ends), H, 3) quantiles from the L posts ending at each index in ``ends`` (inclusive)."""
    X, Z, lv = _windows(h, L, ends)
    return m.predict(X, Z, lv)


def _windows(h: History, L: int, ends: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Inputs of the windows of L posts ending at ``ends``: (b, L, features), (b, target features), levels (b,)."""
    return fm.windows(h.y, h.t, h.time_known, h.er, L, np.asarray(ends))


# -- the choice ------------------------------------------------------------------------------

def held_out_choice() -> tuple[str, str, dict, list[str]]:
    """(the model to answer with, the best baseline, the held-out numbers, notes) from metrics.json."""
    metrics = registry.default_registry().metrics(MODEL_NAME)
    choice = metrics.get("choice") or {}
    if not choice:
        return _DEFAULT_BASELINE, _DEFAULT_BASELINE, {}, [
            f"models/lstm/metrics.json is missing or unreadable: answered with {_DEFAULT_BASELINE}, "
            "whose accuracy is not measured here"]
    best = choice.get("best_baseline", _DEFAULT_BASELINE)
    if best not in fm.BASELINES:
        best = _DEFAULT_BASELINE
    methods = (metrics.get("series_split") or {}).get("methods", {})
    held = {"best_baseline": best,
            "best_baseline_mase": methods.get(best, {}).get("mase_mean"),
            "lstm_mase": methods.get("lstm", {}).get("mase_mean")}
    return choice.get("answer_with", best), best, held, []


def _fine_tuned_path(account_id: str) -> Path:
    digest = hashlib.sha256(account_id.encode("utf-8")).hexdigest()[:24]
    return paths.user_models_dir() / "lstm_accounts" / f"{digest}.safetensors"


_ft_cache: dict[str, tuple[float, LoadedLSTM, dict]] = {}
_ft_lock = threading.Lock()


def _fine_tuned(account_id: Optional[str], base: LoadedLSTM) -> tuple[Optional[LoadedLSTM], dict]:
    """The account's fine-tuned copy and its metadata (the held-out losses), if one was kept and
    was made from the current global weights; (None, {}) otherwise."""
    if not account_id:
        return None, {}
    p = _fine_tuned_path(account_id)
    if not p.is_file():
        return None, {}
    mtime = p.stat().st_mtime
    with _ft_lock:
        hit = _ft_cache.get(str(p))
        if hit and hit[0] == mtime:
            return hit[1], hit[2]
    try:
        from safetensors import safe_open

        with safe_open(str(p), framework="pt") as f:
            meta = f.metadata() or {}
        if meta.get("global_sha256") != base.sha256:
            return None, {}  # made from other global weights: stale
        m = _read_lstm(p, base.device)
    except Exception:
        return None, {}
    with _ft_lock:
        _ft_cache[str(p)] = (mtime, m, meta)
    return m, meta


def _beats_baseline(meta: dict, best: str, key: str = "pinball_fine_tuned") -> bool:
    """Whether a model's held-out pinball loss on its account (``key`` of ``meta``) was below ``best``'s there."""
    try:
        return meta.get("baseline") == best and float(meta[key]) < float(meta["pinball_baseline"])
    except (KeyError, TypeError, ValueError):
        return False


def _account_eval_key(account_id: str) -> str:
    return f"forecast_views/account_eval/{account_id}"


def _account_eval(account_id: Optional[str]) -> dict:
    """The last fine-tuning run's held-out losses of the global LSTM and the baseline on the account ({} if none)."""
    if not account_id:
        return {}
    from viralml_desktop.core import store

    try:
        return store.default_store().get(_account_eval_key(account_id), {}) or {}
    except Exception:  # an unreadable store: no account evidence
        return {}


# -- fine-tuning ------------------------------------------------------------------------------

def fine_tune_account(account_id: str, h: History, progress: Optional[ProgressLike] = None,
                      steps: int = 30, baseline: Optional[str] = None) -> dict:
    """Fine-tune the global LSTM on one account; keep the copy only if it forecasts better.

    The account's last 20 % of forecast windows (at least 10) are held out; the copy trains
    on the windows whose targets come before them (Adam, learning rate 1e-4, ``steps`` full
    batches), and is kept in the user models dir when its pinball loss on the held-out
    windows is below the global model's. The baseline the app would otherwise answer with is
    scored on the same windows, so a copy that also beats it can answer for this account even
    where the global LSTM does not (:func:`forecast_history`); so can the global LSTM itself
    when it beat the baseline there (the losses are kept in the store's key-value table).

    Parameters
    ----------
    account_id : str
        Names the stored copy.
    h : History
        The account's posts, oldest first.
    progress : ProgressLike, optional
    steps : int
        Optimiser steps.
    baseline : str, optional
        The baseline scored on the held-out windows (default: the best one held out).

    Returns
    -------
    dict
        ``kept`` (bool), ``reason`` (one line), and when it ran ``pinball_global``,
        ``pinball_fine_tuned``, ``pinball_baseline`` and ``baseline`` on the held-out windows.

    Raises
    ------
    ModelUnavailable
        The global weights are missing or do not fit the configuration.
    """
    progress = progress or Progress()
    if h.n < FINE_TUNE_MIN_POSTS:
        return {"kept": False, "reason": f"fine-tuning skipped: it needs at least {FINE_TUNE_MIN_POSTS} posts, "
                                         f"the account has {h.n}"}
    import copy

    import torch

    from viralml_desktop.core.account_health._lstm_net import pinball

    base = _global_lstm()
    L, _ = _check_config(base)
    H = base.horizons
    ends = np.arange(L - 1, h.n - H)
    if len(ends) < 20:
        return {"kept": False, "reason": f"fine-tuning skipped: {h.n} posts give {len(ends)} windows of "
                                         f"{L} posts, fewer than 20"}
    n_test = max(10, len(ends) // 5)
    test_ends = ends[-n_test:]
    train_ends = ends[ends + H < test_ends[0] + 1]
    if len(train_ends) < 10:
        return {"kept": False, "reason": "fine-tuning skipped: too few windows before the held-out posts"}

    def tensors(e):
        X, Z, lv = _windows(h, L, e)
        Y = np.stack([h.y[i + 1:i + 1 + H] for i in e]) - lv[:, None]
        return tuple(torch.tensor(a, dtype=torch.float32, device=base.device) for a in (X, Z, Y))

    Xtr, Ztr, Ytr = tensors(train_ends)
    Xte, Zte, Yte = tensors(test_ends)
    net = copy.deepcopy(base.net)
    with torch.no_grad():
        before = float(pinball(base.net(Xte, Zte), Yte))
    # 1e-4 and 30 steps: 5e-4 and 60 steps overfit 40-240 windows of a real account (measured, model card)
    opt = torch.optim.Adam(net.parameters(), lr=1e-4)
    net.train()
    for s in range(steps):
        progress.check()
        loss = pinball(net(Xtr, Ztr), Ytr)
        opt.zero_grad()
        loss.backward()
        opt.step()
        progress.update((s + 1) / steps, "fine-tuning on the account")
    net.eval()
    with torch.no_grad():
        after = float(pinball(net(Xte, Zte), Yte))
    baseline = baseline or held_out_choice()[1]
    qs = np.array(fm.QUANTILES)
    bq = np.stack([fm.baseline(baseline, h.y[:e + 1], h.t[:e + 1], H) for e in test_ends])
    d = np.stack([h.y[e + 1:e + 1 + H] for e in test_ends])[..., None] - bq
    base_loss = float(np.maximum(qs * d, (qs - 1) * d).mean())
    out = {"pinball_global": round(before, 5), "pinball_fine_tuned": round(after, 5),
           "pinball_baseline": round(base_loss, 5), "baseline": baseline, "held_out_windows": int(len(test_ends))}
    from viralml_desktop.core import store

    store.default_store().put(_account_eval_key(account_id), {
        "global_sha256": base.sha256, "baseline": baseline, "pinball_global": before,
        "pinball_baseline": base_loss, "held_out_windows": int(len(test_ends)), "n_posts": h.n})
    p = _fine_tuned_path(account_id)
    if after < before:
        from safetensors.torch import save_file

        paths.ensure_dir(p.parent)
        tmp = p.with_suffix(".tmp")
        save_file({k: v.detach().cpu().contiguous() for k, v in net.state_dict().items()}, str(tmp),
                  metadata={"sequence_length": str(base.sequence_length), "hidden_units": str(base.hidden_units),
                            "horizons": str(H), "n_features": str(fm.N_FEATURES),
                            "n_target_features": str(fm.N_TARGET_FEATURES),
                            "global_sha256": base.sha256, "n_posts": str(h.n),
                            "pinball_global": str(before), "pinball_fine_tuned": str(after),
                            "pinball_baseline": str(base_loss), "baseline": baseline})
        tmp.replace(p)
        out.update(kept=True, reason=f"fine-tuned copy kept: pinball loss {after:.4f} against the global "
                                     f"model's {before:.4f} and {baseline}'s {base_loss:.4f} on the account's "
                                     f"latest {len(test_ends)} windows")
    else:
        if p.is_file():
            p.unlink()
        out.update(kept=False, reason=f"fine-tuned copy not kept: pinball loss {after:.4f}, no better than the "
                                      f"global model's {before:.4f} on the account's latest {len(test_ends)} windows "
                                      f"({baseline}: {base_loss:.4f})")
    return out


# -- the capability ---------------------------------------------------------------------------

def _to_views(q: np.ndarray) -> np.ndarray:
    return np.clip(np.expm1(np.maximum.accumulate(q, axis=-1)), 0.0, None)


def _iso(t_s: int) -> str:
    return str(np.datetime64(int(t_s), "s")) + "Z"


def forecast_history(h: History, horizon: int, account_id: Optional[str] = None, include_band: bool = False,
                     fine_tune: bool = False, progress: Optional[ProgressLike] = None,
                     origin: Optional[tuple[int, str]] = None) -> dict:
    """The forecast of an account's next posts from its history (the body of :func:`run`).

    Parameters
    ----------
    h : History
        At least :data:`MIN_POSTS` posts, oldest first.
    horizon : int
        1 to 5.
    account_id : str, optional
        Selects the account's fine-tuned LSTM when one is kept.
    include_band, fine_tune : bool
        See :class:`~viralml_desktop.core.schemas.forecast.ForecastRequest`.
    progress : ProgressLike, optional
    origin : (int, str), optional
        The date the forecast is made from, UTC epoch seconds, and how it was chosen in words
        (:func:`forecast_origin`); the next posts are expected after it. Default: the last post.

    Returns
    -------
    dict
        The ``forecast_views`` response (see :func:`run`).
    """
    progress = progress or Progress()
    choice, best, held, notes = held_out_choice()
    answered = None
    model_name, m, L = best, None, None
    fine_tuned = None
    g = None
    acct = _account_eval(account_id)
    if choice == "lstm" or fine_tune or acct or (account_id and _fine_tuned_path(account_id).is_file()):
        try:
            g = _global_lstm()
            L, cfg_notes = _check_config(g)
        except ModelUnavailable as e:
            notes.append(f"the LSTM is unavailable ({e}): answered with {best}, the best baseline held out")
            g = None
    if g is not None:
        if choice == "lstm":
            notes += cfg_notes
        if fine_tune:
            if not account_id:
                notes.append("fine-tuning skipped: it needs account_id")
            else:
                ft = fine_tune_account(account_id, h, progress.sub(0.0, 0.8), baseline=best)
                fine_tuned = ft["kept"]
                notes.append(ft["reason"])
                acct = _account_eval(account_id)
        ft_model, meta = _fine_tuned(account_id, g)
        global_wins = acct.get("global_sha256") == g.sha256 and _beats_baseline(acct, best, "pinball_global")
        if h.n < L:
            if choice == "lstm":
                notes.append(f"the LSTM needs {L} posts (models.lstm.sequence_length); the account has {h.n}: "
                             f"answered with {best}, the best baseline held out")
        elif ft_model is not None and (choice == "lstm" or _beats_baseline(meta, best)):
            m, model_name = ft_model, "lstm_fine_tuned"
            answered = sources.personal("the LSTM fine-tuned on this account",
                                        "pinball loss on the account's latest posts",
                                        meta.get("pinball_fine_tuned"), h.n,
                                        f"{h.n} posts of the account; kept because it beat the global model "
                                        "on the account's latest posts")
            if choice != "lstm":
                notes.append(f"the LSTM fine-tuned on this account beat {best} on its latest posts (pinball "
                             f"{float(meta['pinball_fine_tuned']):.4f} against {float(meta['pinball_baseline']):.4f})")
        elif choice == "lstm":
            m, model_name = g, "lstm"
        elif global_wins:
            m, model_name = g, "lstm"
            notes.append(f"the global LSTM beat {best} on this account's latest {acct['held_out_windows']} windows "
                         f"(pinball {acct['pinball_global']:.4f} against {acct['pinball_baseline']:.4f})")
        elif ft_model is not None or acct:
            notes.append(f"the LSTM did not beat {best} on this account's latest posts")
    if model_name == best:
        # the baseline answered: the entry names it (not the LSTM) with its own held-out MASE
        reason = ("the LSTM did not beat it on the held-out series" if choice != "lstm" else "")
        answered = sources.model(f"the {best} baseline", f"the {best} baseline on the {h.n} posts of the account"
                                 + (f" ({reason})" if reason else ""),
                                 metric="mean MASE over horizons 1-5 on held-out series (lower is better)",
                                 value=held.get("best_baseline_mase"), data="models/lstm/metrics.json")
    elif answered is None:
        answered = sources.model(MODEL_NAME, f"the global quantile LSTM on the last {L} posts of the account")
    progress.update(0.85, "forecasting")
    origin_s, origin_basis = origin if origin is not None else (int(h.t[-1]), "the last post")
    origin_s = max(int(origin_s), int(h.t[-1]))
    # the next posts come after the date the forecast is made from (never before a later export or as_of)
    times = fm.next_times(h.t, horizon, after=origin_s)
    if m is not None:
        q = _lstm_quantiles(m, h, L, np.array([h.n - 1]))[0][:horizon]
    else:
        q = fm.baseline(best, h.y, h.t, horizon, target_t_s=times)
    v = _to_views(q)
    dated = bool(np.all(h.time_known))  # a date-only history has no time of day to give: its day alone
    if not dated:
        notes.append("the history has dates only, no times of day: expected_at gives the day of each next "
                     "post (YYYY-MM-DD), not a posting time")
    out = {"forecast": [{"post": k + 1, "p10": round(float(v[k, 0]), 1), "p50": round(float(v[k, 1]), 1),
                         "p90": round(float(v[k, 2]), 1),
                         "expected_at": _iso(times[k]) if dated else _iso(times[k])[:10]} for k in range(horizon)],
           "forecast_from": _iso(origin_s) if dated else _iso(origin_s)[:10], "forecast_from_basis": origin_basis,
           "model": model_name, "sources": {"forecast": answered, "band": answered, "held_out": sources.model(
               MODEL_NAME, "the held-out figures behind the choice of model"),
               "n_posts": sources.measured("posts in the account's history"),
               "forecast_from": sources.measured("the latest of the last post, the latest export and the date "
                                                 "asked for", origin_basis)},
           "account_id": account_id, "n_posts": h.n, "notes": notes}
    if held:
        hm = held.get("lstm_mase") if model_name.startswith("lstm") else held.get("best_baseline_mase")
        held = dict(held, model_mase=hm)
        out["held_out"] = held
    if fine_tuned is not None:
        out["fine_tuned"] = fine_tuned
    if include_band:
        out["band"] = _band(h, m, L, best)
    return out


def _band(h: History, m: Optional[LoadedLSTM], L: Optional[int], best: str) -> list[dict]:
    """One post ahead, for each of the latest posts that has enough posts before it."""
    first = max(h.n - BAND_MAX_POSTS, L if m is not None else MIN_POSTS)
    targets = np.arange(first, h.n)
    if not len(targets):
        return []
    if m is not None:
        q = _lstm_quantiles(m, h, L, targets - 1)[:, 0, :]
    else:
        q = fm.baseline_band(best, h.y, h.t, int(targets[0]))
    v = _to_views(q)
    return [{"timestamp": _iso(h.t[i]), "views": int(h.views[i]), "p10": round(float(a), 1),
             "p50": round(float(b), 1), "p90": round(float(c), 1)} for i, (a, b, c) in zip(targets, v)]


def stored_history(account_id: str) -> tuple[History, list[str]]:
    """An account's posts from the local store (:mod:`viralml_desktop.core.store`).

    Raises
    ------
    InputError
        No posts stored for the account, or fewer than :data:`MIN_POSTS` with views.
    """
    from viralml_desktop.core import store

    posts = store.default_store().posts(account_id)
    if not posts:
        raise InputError(f"no posts stored for {account_id}")
    return _history_from_posts([{"views": p.get("views"), "likes": p.get("likes"), "timestamp": p["timestamp"],
                                 "post_id": p.get("post_key"), "time_known": p.get("time_known")} for p in posts],
                               "UTC", "stored posts")


def latest_export(account_id: str) -> Optional[int]:
    """The date of an account's latest imported export, UTC epoch seconds; None without an import."""
    from viralml_desktop.core import store

    dates = [float(i["exported_at"]) for i in store.default_store().imports(account_id)
             if isinstance(i.get("exported_at"), (int, float))]
    return int(max(dates)) if dates else None


def _as_of(text: Optional[str]) -> Optional[int]:
    """``as_of`` of the request (ISO 8601 date or date-time, UTC without an offset) as UTC epoch seconds."""
    import datetime as dt

    if not text:
        return None
    try:
        d = dt.datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        raise InputError(f"as_of {text!r} is not an ISO 8601 date (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ)") from None
    if d.tzinfo is None:
        d = d.replace(tzinfo=dt.timezone.utc)
    return int(d.timestamp())


def forecast_origin(h: History, as_of: Optional[int] = None, exported: Optional[int] = None) -> tuple[int, str]:
    """The date a forecast is made from, and how it was chosen, in words.

    Parameters
    ----------
    h : History
        The account's posts.
    as_of : int, optional
        The request's ``as_of``, UTC epoch seconds: the date the caller forecasts from (the
        release kit gives today: the post it prepares cannot come before).
    exported : int, optional
        The date of the account's latest imported export (:func:`latest_export`): the export saw
        no newer post, so none is expected before it.

    Returns
    -------
    (int, str)
        The latest of the last post, the latest export and ``as_of``, and which of them it is ("the forecast is made from the latest export (2026-10-01): the
        next posts are expected after it").
    """
    dates = [(int(h.t[-1]), "the last post")]
    if exported is not None:
        dates.append((int(exported), "the latest export"))
    if as_of is not None:
        dates.append((int(as_of), "the date asked for (as_of)"))
    at, what = max(dates, key=lambda d: d[0])
    return at, f"the forecast is made from {what} ({_iso(at)[:10]}): the next posts are expected after it"


def run(request, progress: ProgressLike) -> dict:
    """Forecast the views of an account's next posts (``forecast_views``).

    Parameters
    ----------
    request : ForecastRequest
        ``recent_posts`` (per post ``views``, ``likes`` optional, ``timestamp``), or
        ``account_id`` alone to read the stored account; ``horizon`` 1–5; ``include_band``
        for the expected band of past posts; ``fine_tune`` to fine-tune on the account first.
    progress : ProgressLike

    Returns
    -------
    dict
        ``forecast``: per future post ``post`` (1 = next), ``p10``, ``p50``, ``p90`` (views;
        p10–p90 is the 80 % interval) and ``expected_at`` (ISO 8601 UTC; the day alone,
        ``YYYY-MM-DD``, when the history has dates only, with a note), each after
        ``forecast_from`` (the date the forecast is made from: the latest of the last post, the
        stored account's latest export and ``as_of``;
        ``forecast_from_basis`` says which, :func:`forecast_origin`); ``model`` (``lstm``,
        ``lstm_fine_tuned`` or the baseline that answered); ``sources``; ``notes``;
        ``held_out`` (the held-out MASE behind the choice); ``band`` with ``include_band``.

    Raises
    ------
    InputError
        Fewer than 5 posts with views, an unreadable timestamp, or an unknown stored account.
    """
    if request.recent_posts is not None:
        h, notes = _history_from_posts([p.model_dump() for p in request.recent_posts], request.assume_tz,
                                       "recent_posts", request.date_order)
        exported = None
    else:
        h, notes = stored_history(request.account_id)
        exported = latest_export(request.account_id)
    progress.update(0.05, "history read")
    origin = forecast_origin(h, _as_of(request.as_of), exported)
    out = forecast_history(h, request.horizon, request.account_id, request.include_band, request.fine_tune,
                           progress, origin=origin)
    out["notes"] = notes + out["notes"]
    progress.update(1.0, "done")
    return out

