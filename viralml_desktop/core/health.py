"""Health counters: calls and measured latency per capability, cache hits and misses,
models loaded, and each shipped model's held-out metrics (models/*/metrics.json).

Counters live in memory for this process and every call is also counted in the SQLite store's
aggregates (``call_totals``, and a log of the latest ``store.CALLS_KEPT`` latencies per capability,
rotated as calls arrive), so the ML health tab, ``viralml health`` and ``/health`` show figures that
survive restarts while reading bounded tables only.
"""
from __future__ import annotations

import json
import logging
import threading
from collections import defaultdict, deque
from typing import Optional

import numpy as np

from viralml_desktop import __version__
from viralml_desktop.core import paths, registry, store
from viralml_desktop.core.progress import ProgressLike

log = logging.getLogger(__name__)

_lock = threading.Lock()
# this process's figures: counts, and the latest store.CALLS_KEPT latencies (bounded, like the store's)
_latencies: dict[str, deque] = defaultdict(lambda: deque(maxlen=store.CALLS_KEPT))
_predictions: dict[str, int] = defaultdict(int)
_errors: dict[str, int] = defaultdict(int)
_cache = {"hits": 0, "misses": 0}


def record_call(capability: str, latency_ms: float, ok: bool) -> None:
    """Count one call (and its latency when it succeeded), here and in the store's aggregates."""
    with _lock:
        if ok:
            _latencies[capability].append(latency_ms)
            _predictions[capability] += 1
        else:
            _errors[capability] += 1
    try:
        store.default_store().add_call(capability, latency_ms, ok)
    except Exception as e:  # counters must never break a prediction
        log.warning("could not record call: %s", e)


HISTORY_MAX_CHARS = 200_000  # a 100,000-comment request is summarised, not stored whole


def _bounded(doc: dict) -> dict:
    text = json.dumps(doc, ensure_ascii=False)
    if len(text) <= HISTORY_MAX_CHARS:
        return doc
    return {"truncated": True, "chars": len(text),
            "fields": {k: (f"list of {len(v)}" if isinstance(v, list) else v if len(str(v)) < 200 else "…")
                       for k, v in doc.items()}}


def record_history(capability: str, request: dict, response: dict) -> None:
    try:
        store.default_store().add_analysis(capability, _bounded(request), _bounded(response))
    except Exception as e:
        log.warning("could not record history: %s", e)


def record_cache(hit: bool) -> None:
    with _lock:
        _cache["hits" if hit else "misses"] += 1


def reset() -> None:
    with _lock:
        _latencies.clear()
        _predictions.clear()
        _errors.clear()
        _cache.update(hits=0, misses=0)


def _percentiles(values: list[float]) -> dict:
    a = np.asarray(values, dtype=float)
    return {"n": int(a.size), "p50": round(float(np.percentile(a, 50)), 2),
            "p95": round(float(np.percentile(a, 95)), 2)}


def shipped_model_metrics() -> dict[str, dict]:
    """models/<name>/metrics.json for every shipped model (held-out evaluation)."""
    out: dict[str, dict] = {}
    for f in sorted(paths.MODELS_DIR.glob("*/metrics.json")):
        try:
            out[f.parent.name] = json.loads(f.read_text(encoding="utf-8"))
        except (OSError, ValueError) as e:
            out[f.parent.name] = {"error": f"unreadable metrics.json: {e}"}
    return out


HEADLINE_FIELDS = ("metric", "value", "data", "baseline", "baseline_value", "goal")
#: copied into a headline row only where the metrics file records them (training/headlines.py ALSO)
HEADLINE_EXTRA_FIELDS = ("value_ci95", "baseline_value_ci95", "also")
_personal_sources: dict[str, object] = {}


def register_personal_source(name: str, fn) -> None:
    """Let a family report its personal models for the ML health table.

    Parameters
    ----------
    name : str
        The model directory the personal model belongs to (``virality``, ``thumbnail`` ...).
    fn : callable
        ``fn() -> list[dict]``; each dict has ``model`` (str), ``metric`` (str, e.g. "CV
        Spearman, time-ordered"), ``value`` (float), ``p_value`` (float or None: the permutation
        test against the channel median) and ``n`` (int, labelled items). An empty list when the
        user has no personal model.
    """
    _personal_sources[name] = fn


# Personal models the families keep in the store (key, what it is): read here without importing
# a family. p_value is None until the family records its permutation test.
PERSONAL_STORE_KEYS = {
    "virality": ("virality.personal_model", "views model on your labelled videos"),
    "thumbnail": ("thumbnail.channel_model", "click-through model on your channel's thumbnails"),
}
# Families that keep one evaluation per account ({account: figures}) in the store.
PERSONAL_ACCOUNT_KEYS = {
    "posting_time": ("posting_time.personal_model", "posting-time model of {account}"),
    "hashtags": ("hashtags.lift_model", "hashtag lift model of {account}"),
}
_P_KEYS = ("p_value", "permutation_p_value", "permutation_p")
PERSONAL_ALPHA = 0.05  # core/personal.py ALPHA (not imported: health reads the store alone)
PERSONAL_MIN_ITEMS = 20  # core/personal.py MIN_ITEMS


def personal_verdict(m: dict) -> str:
    """Whether a stored personal model answers, in plain words.

    Parameters
    ----------
    m : dict
        The figures a family stored (``n``, ``p_value``, ``answers``, ``skill``, ``min_items``).

    Returns
    -------
    str
        "not enough items yet (12 of 20)" (never tested), "no skill over your median (p = 0.3)"
        or "orders your items the wrong way (Spearman -0.23): not used" (tested, not used), or
        "beats your median (p = 0.012)" (it answers).
    """
    p = next((m[k] for k in _P_KEYS if m.get(k) is not None), None)
    n = m.get("n", m.get("n_videos"))
    if p is None:
        return f"not enough items yet ({n} of {m.get('min_items') or PERSONAL_MIN_ITEMS})"
    answers = m.get("answers")
    rho = m.get("cv_spearman")
    if answers is None:
        answers = p < PERSONAL_ALPHA and (m.get("skill") is None or m["skill"] > 0) and (rho is None or rho > 0)
    if not answers and p < PERSONAL_ALPHA and rho is not None and rho <= 0:
        return f"orders your items the wrong way (Spearman {rho:.2f}): not used"
    return f"{'beats your median' if answers else 'no skill over your median'} (p = {p:.3g})"


def _row(source: str, what: str, m: dict, account: Optional[str] = None) -> dict:
    p = next((m[k] for k in _P_KEYS if m.get(k) is not None), None)
    row = {"source": source, "model": what,
           "metric": f"CV Spearman ({m.get('cv') or m.get('validation') or 'cross-validated'})",
           "value": m.get("cv_spearman"), "p_value": p, "n": m.get("n", m.get("n_videos"))}
    row["verdict"] = personal_verdict(m)
    row["min_items"] = m.get("min_items") or PERSONAL_MIN_ITEMS
    row["answers"] = row["verdict"].startswith("beats")
    if account is not None:
        row["account"] = account
    return row


def _stored_personal_rows() -> list[dict]:
    out = []
    try:
        st = store.default_store()
    except Exception as e:
        log.warning("could not open the store for personal models: %s", e)
        return out
    for source, (key, what) in PERSONAL_STORE_KEYS.items():
        try:
            m = st.get(key)
        except Exception as e:
            log.warning("could not read %s: %s", key, e)
            continue
        if isinstance(m, dict) and m:
            out.append(_row(source, what, m))
    for source, (key, what) in PERSONAL_ACCOUNT_KEYS.items():
        try:
            kept = st.get(key)
        except Exception as e:
            log.warning("could not read %s: %s", key, e)
            continue
        for account, m in sorted((kept or {}).items()) if isinstance(kept, dict) else ():
            if isinstance(m, dict):
                out.append(_row(source, what.format(account=account), m, account))
    return out


def personal_model_rows() -> list[dict]:
    """The user's personal models and their cross-validated figures: those kept in the store
    (:data:`PERSONAL_STORE_KEYS`) and those a family reports (``register_personal_source``);
    a source that fails is skipped with a log line."""
    out = _stored_personal_rows()
    for name, fn in sorted(_personal_sources.items()):
        try:
            out.extend(dict(r, source=name) for r in (fn() or []))
        except Exception as e:  # a personal model must never break the health view
            log.warning("personal model figures of %s could not be read: %s", name, e)
    return out


def headline_rows(metrics: Optional[dict[str, dict]] = None) -> list[dict]:
    """One row per model of the registry's table that names a metrics file: its ``headline``.

    Parameters
    ----------
    metrics : dict, optional
        ``{model directory: metrics.json contents}``; default :func:`shipped_model_metrics`.

    Returns
    -------
    list of dict
        In model-table order, one per distinct ``models/<dir>/metrics.json`` named by an entry,
        then one per other metrics file that declares a headline (a model no entry names):
        ``model`` (the directory), ``entries`` (the table entries using it) and the declared
        ``headline`` fields ``metric``, ``value`` (float), ``data``, ``baseline``
        (``"none recorded"`` when the script measured none), ``baseline_value`` (float or None)
        and ``goal``; where the file records them, ``value_ci95`` and ``baseline_value_ci95``
        ([low, high], 95 % bootstrap intervals) and ``also`` (more held-out figures of the model,
        each a dict of the same fields). A file without a headline says so in ``metric`` and
        leaves the rest None.
    """
    metrics = shipped_model_metrics() if metrics is None else metrics
    rows: dict[str, dict] = {}
    for spec in registry.default_registry().specs().values():
        path = getattr(spec, "metrics", None)
        if not path:
            continue
        model = path.replace("\\", "/").split("/")[-2]
        if model in rows:
            rows[model]["entries"].append(spec.name)
            continue
        head = (metrics.get(model) or {}).get("headline")
        row = {"model": model, "entries": [spec.name]}
        if isinstance(head, dict):
            row.update({k: head.get(k) for k in HEADLINE_FIELDS})
            row.update({k: head[k] for k in HEADLINE_EXTRA_FIELDS if k in head})
            if row["baseline"] in (None, ""):
                row["baseline"] = "none recorded"
        else:
            row.update({k: None for k in HEADLINE_FIELDS})
            row["metric"] = f"no headline declared in models/{model}/metrics.json"
        rows[model] = row
    for model, m in metrics.items():  # a shipped model no table entry names (the thumbnail rules)
        head = m.get("headline") if isinstance(m, dict) else None
        if model not in rows and isinstance(head, dict):
            rows[model] = {"model": model, "entries": [], **{k: head.get(k) for k in HEADLINE_FIELDS},
                           **{k: head[k] for k in HEADLINE_EXTRA_FIELDS if k in head}}
            if rows[model]["baseline"] in (None, ""):
                rows[model]["baseline"] = "none recorded"
    return list(rows.values())


def shipped_model_licences() -> dict[str, str]:
    """The licence line of each models/<name>/MODEL_CARD.md (first line that names a licence)."""
    out: dict[str, str] = {}
    for f in sorted(paths.MODELS_DIR.glob("*/MODEL_CARD.md")):
        try:
            lines = f.read_text(encoding="utf-8").splitlines()
        except OSError:
            continue
        line = next((l for l in lines if "licen" in l.lower()), "")
        out[f.parent.name] = line.strip("#*- ").strip() or "see MODEL_CARD.md"
    return out


def snapshot(include_persisted: bool = True) -> dict:
    """The ML health JSON (CONTRACT.md 'ML health'). Every model of the registry's table is
    listed, loaded or not, without importing a capability module."""
    with _lock:
        lat = {k: list(v) for k, v in _latencies.items()}
        preds = dict(_predictions)
        errs = dict(_errors)
        hits, misses = _cache["hits"], _cache["misses"]
    store_note = None
    if include_persisted:
        try:
            st = store.default_store()
            stats = st.call_stats()  # aggregates kept as calls happen: bounded reads at any age
            store_note = st.warning
            if st.mode != "memory":
                lat = {c: v["latencies_ms"] for c, v in stats.items()}
                preds = {c: v["n_ok"] for c, v in stats.items()}
                errs = {c: v["n_err"] for c, v in stats.items()}
        except Exception as e:
            log.warning("could not read persisted calls: %s", e)
            store_note = f"could not read the saved call counts: {e}"
    caps = sorted(set(lat) | set(errs) | set(preds))
    total = hits + misses
    out = {
        "version": __version__,
        "device": registry.current_device_name(),
        "models_loaded": registry.default_registry().loaded(),
        "models_available": registry.default_registry().status(),
        "inference_latency_ms": {c: _percentiles(lat[c]) for c in caps if lat.get(c)},
        "predictions": {c: preds.get(c, len(lat.get(c, []))) for c in caps},
        "errors": {c: errs.get(c, 0) for c in caps},
        "cache": {"hits": hits, "misses": misses},
        "cache_hit_rate": round(hits / total, 4) if total else None,
        "accuracy": shipped_model_metrics(),
    }
    out["accuracy_headlines"] = headline_rows(out["accuracy"])
    out["personal_models"] = personal_model_rows()
    if store_note:
        out["warnings"] = [store_note]  # a read-only, full or corrupt data dir: answers are not saved
    return out


def detect_device(progress: Optional[ProgressLike] = None) -> dict:
    """The ML health tab's *Detect device* job: find the device torch would use (CUDA, MPS or
    CPU, in a child process) and return the ML health JSON that shows it."""
    registry.probe_device()
    return snapshot()
