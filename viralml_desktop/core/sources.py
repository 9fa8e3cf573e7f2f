"""Builders for the ``sources`` extra of every response (form: ``core/schemas/sources.py``).

A capability fills ``out["sources"]`` with ``{field path: entry}``, one entry for each number
it shows (an entry covers every number below its path)::

    from viralml_desktop.core import sources
    out["sources"] = {
        "virality_score": sources.model("virality_prior", "the genre's base rate ..."),
        "measurements": sources.measured("the file's picture and sound"),
        "hashtags[].score": sources.no_evidence("relevance to the caption, not a measured lift"),
    }

:func:`model` reads the entry's held-out headline from its ``models/<dir>/metrics.json`` via
the model table, so the figure shown is always the one the training script recorded.
:func:`uncovered` walks a response and names every number no entry covers (the tests use it).
"""
from __future__ import annotations

import functools
import json
import re
from typing import Any, Iterator, Mapping, Optional

from viralml_desktop.core import paths

SOURCE_KEY = "sources"
KINDS = ("measured", "model", "personal", "prior", "no_evidence")


def _entry(kind: str, name: str = "", *, metric: Optional[str] = None, value: Optional[float] = None,
           n: Optional[int] = None, data: Optional[str] = None, citation: Optional[str] = None,
           note: str = "") -> dict:
    return {"kind": kind, "name": str(name), "metric": metric,
            "value": None if value is None else float(value), "n": None if n is None else int(n),
            "data": data, "citation": citation, "note": str(note)}


def measured(name: str, note: str = "") -> dict:
    """A measurement of the input.

    Parameters
    ----------
    name : str
        What was measured, in a few words ("integrated loudness of the sound track").
    note : str, optional
        One plain-words sentence for the tooltip.

    Returns
    -------
    dict
        ``{"kind": "measured", "name", "metric": None, "value": None, "n": None, "data": None,
        "citation": None, "note"}``.
    """
    return _entry("measured", name, note=note)


@functools.lru_cache(maxsize=64)
def _headline(model_dir: str) -> Optional[dict]:
    try:
        data = json.loads((paths.MODELS_DIR / model_dir / "metrics.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    head = data.get("headline") if isinstance(data, dict) else None
    return dict(head) if isinstance(head, dict) else None


def model_dir(name: str) -> str:
    """The ``models/<dir>`` whose ``metrics.json`` holds the held-out figures of ``name``.

    Parameters
    ----------
    name : str
        A model-table entry (``virality_prior``) or a model directory (``virality``).

    Returns
    -------
    str
        The directory name; ``name`` itself when it is not an entry of the table or the entry
        names no metrics file.
    """
    from viralml_desktop.core import registry  # the table only; nothing is loaded

    try:
        metrics = registry.spec(name).metrics
    except Exception:
        return name
    return metrics.replace("\\", "/").split("/")[-2] if metrics else name


def model(name: str, note: str = "", *, n: Optional[int] = None, metric: Optional[str] = None,
          value: Optional[float] = None, data: Optional[str] = None) -> dict:
    """The output of a shipped model, with its held-out headline.

    Parameters
    ----------
    name : str
        Its model-table entry (``core/registry.py``) or model directory.
    note : str, optional
        What the number is, in plain words.
    n : int, optional
        Items the held-out figure was measured on, when the caller knows it.
    metric, value, data : optional
        A held-out figure of this model other than the headline (from the same metrics.json,
        read by the caller: a baseline that answers instead of the model, a cell of a table).

    Returns
    -------
    dict
        ``kind`` "model"; ``metric``, ``value`` and ``data`` from the ``headline`` of
        ``models/<dir>/metrics.json`` unless given. Without either the entry still says
        ``model`` and ``metric`` says that no held-out figure is recorded (``value`` None).
    """
    if metric is not None:
        return _entry("model", name, metric=metric, value=value, n=n, data=data, note=note)
    head = _headline(model_dir(name))
    if head is None:
        return _entry("model", name, metric="no held-out figure recorded", n=n, note=note)
    v = head.get("value")
    return _entry("model", name, metric=head.get("metric"),
                  value=float(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else None,
                  n=n, data=head.get("data"), note=note)


def personal(name: str, metric: str, value: Optional[float], n: int, note: str = "") -> dict:
    """The user's own model, with its cross-validated figure.

    Parameters
    ----------
    name : str
        The model ("your virality model").
    metric : str
        How it was validated ("time-ordered CV Spearman").
    value : float or None
        That figure.
    n : int
        Items it was fitted and validated on.
    note : str, optional
        Plain words for the tooltip.

    Returns
    -------
    dict
        ``kind`` "personal".
    """
    return _entry("personal", name, metric=metric, value=value, n=n, note=note)


def prior(citation: str, name: str = "", note: str = "", *, metric: Optional[str] = None,
          value: Optional[float] = None, n: Optional[int] = None) -> dict:
    """A published figure.

    Parameters
    ----------
    citation : str
        Who published it and where (title, publisher, address).
    name : str, optional
        What the figure is ("YouTube impression click-through rate").
    note : str, optional
        Plain words for the tooltip (its spread, what it is not).
    metric, value, n : optional
        A held-out test of the prior, when one was run.

    Returns
    -------
    dict
        ``kind`` "prior".
    """
    return _entry("prior", name, metric=metric, value=value, n=n, citation=citation, note=note)


def no_evidence(why: str, name: str = "") -> dict:
    """Nothing with measured skill stands behind the number: it is neutral.

    Parameters
    ----------
    why : str
        Plain words: what the number is instead, and what would give evidence.
    name : str, optional
        What the number is ("relevance to the caption").

    Returns
    -------
    dict
        ``kind`` "no_evidence".
    """
    return _entry("no_evidence", name, note=why)


# -- reading ----------------------------------------------------------------------------------

_INDEX = re.compile(r"\[\d*\]")


def normalize(path: str) -> str:
    """A field path with every list index written ``[]`` (``best_slots[2].x`` -> ``best_slots[].x``)."""
    return _INDEX.sub("[]", path)


def _prefixes(path: str) -> Iterator[str]:
    """``path`` and each shorter path above it, longest first."""
    yield path
    for i in range(len(path) - 1, 0, -1):
        if path[i] in ".[":
            yield path[:i]


def covering(sources: Mapping[str, Any], path: str) -> Optional[dict]:
    """The entry that covers the number at ``path``: the longest key equal to, or above, it.

    A key naming one list element (``hashtags_ranked[3].score``: that row differs from the
    others) is looked for first, then the path with every index written ``[]``.

    Parameters
    ----------
    sources : mapping
        A response's ``sources``.
    path : str
        A field path (``hashtags[3].score`` or ``hashtags[].score``).

    Returns
    -------
    dict or None
    """
    if not isinstance(sources, Mapping):
        return None
    for p in _prefixes(path):  # a key naming one element: only those with an index in them
        if p in sources and normalize(p) != p:
            return sources[p]
    for p in _prefixes(normalize(path)):
        if p in sources:
            return sources[p]
    return None


def number_paths(obj: Any, where: str = "") -> Iterator[str]:
    """The field path of every number (int or float, not bool) in a JSON value, depth first.

    The top-level ``sources`` itself is skipped.
    """
    if isinstance(obj, bool) or obj is None:
        return
    if isinstance(obj, (int, float)):
        yield where
    elif isinstance(obj, Mapping):
        for k, v in obj.items():
            if not where and k == SOURCE_KEY:
                continue
            yield from number_paths(v, f"{where}.{k}" if where else str(k))
    elif isinstance(obj, (list, tuple)):
        for i, v in enumerate(obj):
            yield from number_paths(v, f"{where}[{i}]")


def uncovered(response: Mapping[str, Any]) -> list[str]:
    """Every number of ``response`` (normalised paths, sorted) that no ``sources`` entry covers.

    Parameters
    ----------
    response : mapping
        A capability's JSON response.

    Returns
    -------
    list of str
        Empty when every number has an entry.
    """
    src = response.get(SOURCE_KEY) if isinstance(response, Mapping) else None
    src = src if isinstance(src, Mapping) else {}
    return sorted({normalize(p) for p in number_paths(response) if covering(src, p) is None})


_SHORT_METRICS = (  # (pattern in a held-out figure's description, its field-standard short name)
    (r"mean absolute scaled error|\bMASE\b", "MASE"), (r"median absolute % error|\bMdAPE\b", "MdAPE"),
    (r"expected calibration error|\bECE\b", "ECE"),
    (r"mean absolute error|\bMAE\b", "MAE"), (r"ROC-AUC", "ROC-AUC"), (r"mAP50", "mAP50"),
    (r"macro-F1", "macro-F1"), (r"\bF1\b", "F1"), (r"Spearman|\bρ\b", "ρ"), (r"\bR²|\bR2\b", "R²"),
    (r"pairwise accuracy|\baccuracy\b", "acc"), (r"precision", "precision"),
)


def short_metric(metric: Optional[str]) -> str:
    """The field-standard short name of a held-out figure's description ("mean absolute error of
    track popularity, ..." -> ``MAE``); an empty string when none is recognised."""
    for pattern, short in _SHORT_METRICS:
        if metric and re.search(pattern, str(metric)):
            return short
    return ""


def figure_parts(entry: Mapping[str, Any]) -> tuple[str, Optional[float], Optional[float]]:
    """The pieces of an entry's figure: (short metric name or "", value or None, p-value or None).

    The p-value is read from the entry's metric or note when either states one (``p = 0.01``).
    """
    value = entry.get("value") if isinstance(entry, Mapping) else None
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        return "", None, None
    p = re.search(r"\bp\s*[=<]\s*(0?\.\d+)", f"{entry.get('metric') or ''} {entry.get('note') or ''}")
    return short_metric(entry.get("metric")), float(value), float(p.group(1)) if p else None


def figure(entry: Mapping[str, Any]) -> str:
    """The held-out or cross-validated figure of an entry in a few characters: ``MAE 0.21``,
    ``ρ 0.41, p 0.01`` (p when the entry's metric or note states one), ``0.81`` without a known
    short name; an empty string without a value."""
    short, value, p = figure_parts(entry)
    if value is None:
        return ""
    text = f"{short} {value:.2f}" if short else f"{value:.2f}"
    return text + (f", p {p:.2f}" if p is not None else "")


def short_label(entry: Mapping[str, Any]) -> str:
    """A few words for a label beside the number (English; the GUI translates the kind words).

    Returns
    -------
    str
        ``measured``, ``model · MAE 0.21``, ``your history · ρ 0.41``, ``published figure``,
        ``no evidence``; an empty string for something that is not an entry.
    """
    if not isinstance(entry, Mapping):
        return ""
    fig = figure(entry)
    fig = f" · {fig}" if fig else ""
    return {"measured": "measured", "model": "model" + fig, "personal": "your history" + fig,
            "prior": "published figure", "no_evidence": "no evidence"}.get(entry.get("kind"), "")


def describe(entry: Mapping[str, Any]) -> str:
    """An entry in one English line for an export (CSV cell): name, figure with its data and n,
    citation and note, separated by ``; ``."""
    if not isinstance(entry, Mapping):
        return ""
    parts = [entry.get("name") or ""]
    if entry.get("metric"):
        v = entry.get("value")
        parts.append(f"{entry['metric']} = {v:.4g}" if isinstance(v, (int, float)) else str(entry["metric"]))
    for key in ("data", "citation", "note"):
        parts.append(entry.get(key) or "")
    if entry.get("n"):
        parts.append(f"n = {entry['n']}")
    return "; ".join(p for p in parts if p)
