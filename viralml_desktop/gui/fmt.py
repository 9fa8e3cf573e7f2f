"""Numbers, times and statistics as a reader expects them, in the interface language.

Every function writes with :func:`viralml_desktop.gui.i18n.locale` (``7,7 %`` in Spanish,
``7.7 %`` in English) and the units chosen in Settings → General (``ui/numbers``: short
``90 K`` or full ``90,000``; ``ui/clock``: 24- or 12-hour), set once at start by
:func:`configure`. Display only: nothing here computes a figure.
"""
from __future__ import annotations

import math
from typing import Optional

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTime

from viralml_desktop.gui import i18n

NBSP = "\u00a0"
_units = {"numbers": "compact", "clock": "24h"}


def tr(text: str) -> str:
    """``text`` in the interface language (translation context ``fmt``)."""
    return QCoreApplication.translate("fmt", text)


def configure(settings=None) -> None:
    """Read the unit preferences (``ui/numbers``, ``ui/clock``) from ``settings`` (anything with
    ``value(key, default)``); unknown values keep the defaults (short numbers, 24-hour clock)."""
    if settings is None:
        return
    n, c = str(settings.value("ui/numbers", "compact")), str(settings.value("ui/clock", "24h"))
    _units["numbers"] = n if n in ("compact", "full") else "compact"
    _units["clock"] = c if c in ("24h", "12h") else "24h"


def _ok(x) -> bool:
    return x is not None and isinstance(x, (int, float)) and math.isfinite(float(x))


def number(x: Optional[float], decimals: int = 1) -> str:
    """``x`` with ``decimals`` decimals and the locale's separators ("2,3"); "–" when unknown."""
    if not _ok(x):
        return "–"
    return i18n.locale().toString(float(x), "f", decimals)


def percent(fraction: Optional[float], decimals: int = 1) -> str:
    """A fraction as a percentage: 0.0768 → "7.7 %" (English) / "7,7 %" (Spanish)."""
    if not _ok(fraction):
        return "–"
    return f"{number(100.0 * float(fraction), decimals)}{NBSP}%"


def points(pct: Optional[float], decimals: int = 1) -> str:
    """A value already in percent (7.68) written as "7.7 %"."""
    return percent(None if not _ok(pct) else float(pct) / 100.0, decimals)


def count(n: Optional[float], short_from: float = 10_000) -> str:
    """A count such as views: "90 K", "1.2 M" (short numbers) or "90,000" (full); "–" when unknown.

    ``short_from``: the smallest count said short (below it, in full); a column of counts passes 1000
    so that "8 K" and "38 K" read alike (a 4-digit count is not grouped in Spanish: "8000").
    """
    if not _ok(n):
        return "–"
    loc, v = i18n.locale(), float(n)
    if _units["numbers"] == "full" or abs(v) < max(short_from, 1_000):
        return loc.toString(int(round(v)))
    for div, unit in ((1e9, QCoreApplication.translate("fmt", "B")), (1e6, QCoreApplication.translate("fmt", "M")), (1e3, QCoreApplication.translate("fmt", "K"))):
        if abs(v) >= div:
            q = v / div
            return f"{loc.toString(q, 'f', 0 if abs(q) >= 100 else 1)}{NBSP}{unit}".replace(
                f"{loc.decimalPoint()}0{NBSP}", NBSP)
    return loc.toString(int(round(v)))


def multiplier(x: Optional[float]) -> str:
    """A ratio such as an engagement boost: "×1.25", at most two decimals, trailing zeros dropped."""
    if not _ok(x):
        return "–"
    loc = i18n.locale()
    text = loc.toString(float(x), "f", 2)
    dp = loc.decimalPoint()
    if dp in text:
        text = text.rstrip("0").rstrip(dp)
    return f"×{text}"


def decibels(x: Optional[float]) -> str:
    """A level in dB: "2,3 dB"."""
    return "–" if not _ok(x) else f"{number(x, 1)}{NBSP}dB"


def seconds(x: Optional[float], decimals: int = 1) -> str:
    """A duration in seconds: "3,5 s"."""
    return "–" if not _ok(x) else f"{number(x, decimals)}{NBSP}s"


def clock(hhmm: str) -> str:
    """A "HH:MM" time of day as the Clock setting writes it ("18:30" or "6:30 PM")."""
    t = QTime.fromString(str(hhmm)[:5], "HH:mm")
    if not t.isValid():
        return str(hhmm)
    return t.toString("HH:mm") if _units["clock"] == "24h" else i18n.locale().toString(t, "h:mm AP")


# How well a cross-validated rank correlation (Spearman's rho) predicts, in words.
_STRENGTH = (
    (0.7, QT_TRANSLATE_NOOP("fmt", "very well")),
    (0.5, QT_TRANSLATE_NOOP("fmt", "well")),
    (0.3, QT_TRANSLATE_NOOP("fmt", "moderately well")),
    (0.1, QT_TRANSLATE_NOOP("fmt", "weakly")),
)


def strength(rho: Optional[float]) -> str:
    """A rank correlation in words: ≥0.7 very well, ≥0.5 well, ≥0.3 moderately well, ≥0.1 weakly,
    else "not better than chance" (for a negative or missing value too)."""
    if not _ok(rho):
        return QCoreApplication.translate("fmt", "not measurably")
    for cut, word in _STRENGTH:
        if rho >= cut:
            return tr(word)
    return QCoreApplication.translate("fmt", "no better than chance")


def correlation_verdict(what: str, rho: Optional[float], n: Optional[int]) -> tuple[str, str]:
    """(sentence, tooltip) for a cross-validated rank correlation, e.g. ("your history predicts
    views moderately well", "Spearman ρ 0.41 (cross-validated) on 32 videos").

    Parameters
    ----------
    what : str
        The sentence's subject and verb, already translated ("your history predicts views").
    rho : float or None
        Cross-validated Spearman correlation, in [-1, 1].
    n : int or None
        Number of items it was measured on.
    """
    sentence = QCoreApplication.translate("fmt", "{what} {how}").format(what=what, how=strength(rho))
    tip = QCoreApplication.translate("fmt", "Spearman rank correlation between predicted and real values, cross-validated: "
             "ρ {rho} on {n} items (1 = perfect order, 0 = chance)").format(
        rho=number(rho, 2), n=n if n is not None else "?")
    return sentence, tip


def auc_verdict(auc: Optional[float]) -> tuple[str, str]:
    """(words, tooltip) for a held-out ROC-AUC: how often the model ranks a real case above a non-case."""
    if not _ok(auc):
        return QCoreApplication.translate("fmt", "accuracy not measured"), ""
    words = (QCoreApplication.translate("fmt", "tells real collaborations apart very well") if auc >= 0.9 else
             QCoreApplication.translate("fmt", "tells real collaborations apart well") if auc >= 0.8 else
             QCoreApplication.translate("fmt", "tells real collaborations apart moderately well") if auc >= 0.7 else
             QCoreApplication.translate("fmt", "tells real collaborations apart weakly"))
    tip = QCoreApplication.translate("fmt", "Held-out ROC-AUC {auc}: the chance that a real collaboration scores above a random "
             "pair (0.5 = chance, 1 = always)").format(auc=number(auc, 2))
    return words, tip
