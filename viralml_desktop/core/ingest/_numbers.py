"""Numbers as people's spreadsheets write them, read per column from all its values.

A cell is read both ways, with babel's strict CLDR parser: ``dot_decimal`` (en-US: ``12,500.5``)
and ``comma_decimal`` (es-ES, pt-BR, de-DE: ``12.500,5``). Spaces and apostrophes group digits
in every locale (``12 500``, ``12'500``), so they are dropped first. The column then takes the one
reading that fits all its values; a count (views, likes…) is a whole number, so ``12.500`` with no
suffix can only be twelve thousand five hundred. When both readings fit every value and give
different numbers (every value ``1.234`` in a watch-time column), the column is undecidable:
it is returned as a question, never guessed.

Abbreviated counts (``1,2K``, ``1.2K``, ``3 mil``, ``1,1M``, ``1,1 mi``, ``2 B``) carry their
multiplier; ``%`` is dropped from percentages; durations read ``h:mm:ss``, ``m:ss``, ISO 8601
``PT3M21S`` or plain seconds.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from typing import Any, Optional

from viralml_desktop.core.limits import MAX_COUNT

COMMA = "comma_decimal"
DOT = "dot_decimal"
FORMATS = (COMMA, DOT)
_LOCALE = {COMMA: "de_DE", DOT: "en_US"}
EXAMPLE = {COMMA: "12.500,5", DOT: "12,500.5"}

EMPTY = {"", "-", "--", "—", "–", "n/a", "na", "null", "none", "nan", "—%", "-%"}
# Multipliers of abbreviated counts in the apps' EN/ES/PT interfaces (compared without dots).
SUFFIXES = {"": 1.0, "k": 1e3, "mil": 1e3, "m": 1e6, "mi": 1e6, "mill": 1e6, "mln": 1e6, "millon": 1e6,
            "millones": 1e6, "mio": 1e6, "mn": 1e6, "b": 1e9, "bn": 1e9, "bi": 1e9, "mrd": 1e9,
            "milmillones": 1e9}
_GROUPING = re.compile(r"[\s\u00a0\u202f\u2009'\u2019]")
_NUMBER = re.compile(r"^(-?)([\d.,]*\d[\d.,]*)([a-z.]*)$")
_DIGITS = re.compile(r"^\d+$")
_SCIENTIFIC = re.compile(r"^(-?)(\d+(?:[.,]\d+)?)e([+-]?\d{1,3})$")  # Excel's 2E+13, 2,5E+13
TOO_LARGE = "is above any real platform's count"
# 1.2K in a comma-decimal column: a dot and one or two digits before a multiplier cannot be a
# thousands group (those have three digits), so it is a decimal point in either format.
_SHORT_DECIMAL = re.compile(r"^\d+[.,]\d{1,2}$")
_CLOCK = re.compile(r"^(-?)(\d+):([0-5]?\d)(?::([0-5]?\d))?(?:[.,](\d+))?$")
_ISO_DURATION = re.compile(r"^P(?:(\d+)D)?T?(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?$", re.IGNORECASE)


@lru_cache(maxsize=None)
def _grammar(fmt: str) -> tuple[re.Pattern, str, str]:
    """The well-formed numbers of a locale, from its CLDR symbols (babel): digits grouped by
    three with the group symbol (no leading zero), or not grouped at all, then the decimal
    symbol and digits."""
    from babel.numbers import get_decimal_symbol, get_group_symbol

    g, d = get_group_symbol(_LOCALE[fmt]), get_decimal_symbol(_LOCALE[fmt])
    g_, d_ = re.escape(g), re.escape(d)
    # as babel's strict parser: a grouped integer never starts with 0 nor ends with a bare decimal
    # symbol; "5." and ",5" are numbers
    pattern = re.compile(rf"^(?:[1-9][0-9]{{0,2}}(?:{g_}[0-9]{{3}})+(?:{d_}[0-9]+)?|[0-9]+(?:{d_}[0-9]*)?|{d_}[0-9]+)$")
    return pattern, g, d


@lru_cache(maxsize=65536)
def _babel(core: str, fmt: str) -> Optional[float]:
    """``core`` read in the locale of ``fmt``, or None where the locale cannot write it.

    The locale's grammar (built from babel's CLDR symbols) answers for ASCII digits (the tests
    check that it agrees with babel's strict ``parse_decimal`` on thousands of strings, at a
    hundredth of its cost); other digits go to babel itself."""
    pattern, g, d = _grammar(fmt)
    if pattern.match(core):
        return float(core.replace(g, "").replace(d, "."))
    if core.isascii():
        return None
    from babel.numbers import NumberFormatError, parse_decimal

    try:
        return float(parse_decimal(core, locale=_LOCALE[fmt], strict=True))
    except (NumberFormatError, ValueError, ArithmeticError):
        return None


@lru_cache(maxsize=65536)
def readings(text: str) -> Optional[tuple[Optional[float], Optional[float], bool]]:
    """``(comma_decimal reading, dot_decimal reading, has_multiplier)`` of one cell, or None
    when it is not number-like at all. A reading is None where that format cannot write it."""
    s = _GROUPING.sub("", text.strip().lower().replace("\u2212", "-").lstrip("+"))
    s = s.strip("%")
    e = _SCIENTIFIC.match(s)
    if e is not None:  # the decimal mark of a mantissa is the only mark, so both formats agree
        v = float(f"{e.group(2).replace(',', '.')}e{e.group(3)}") * (-1.0 if e.group(1) else 1.0)
        return v, v, False
    m = _NUMBER.match(s)
    if not m:
        return None
    sign, core, suffix = m.groups()
    mult = SUFFIXES.get(suffix.replace(".", ""))
    if mult is None:
        return None
    if _DIGITS.match(core):
        v = float(core)
        out = [v, v]
    else:
        out = [_babel(core, COMMA), _babel(core, DOT)]
    k = -1.0 if sign else 1.0
    return (None if out[0] is None else k * out[0] * mult,
            None if out[1] is None else k * out[1] * mult, mult != 1.0)


@lru_cache(maxsize=65536)
def short_decimal(text: str) -> bool:
    """Whether a cell is an abbreviated count with one mark and one or two digits after it
    (``1.2K``, ``1,2K``): the mark cannot group thousands, so it is the decimal mark in either
    number format and the value reads the same in a column of the other format."""
    s = _GROUPING.sub("", text.strip().lower().replace("\u2212", "-").lstrip("+"))
    m = _NUMBER.match(s)
    if not m:
        return False
    mult = SUFFIXES.get(m.group(3).replace(".", ""))
    return mult is not None and mult != 1.0 and bool(_SHORT_DECIMAL.match(m.group(2)))


def is_empty(cell: Any) -> bool:
    if cell is None:
        return True
    if isinstance(cell, float) and math.isnan(cell):
        return True
    return isinstance(cell, str) and cell.strip().lower() in EMPTY


@dataclass
class NumberColumn:
    """One column's cells read as numbers: analyse, decide the format, resolve.

    Parameters
    ----------
    cells : list
        The raw cells (``str`` from text files; numbers from workbooks and JSON).
    integer : bool
        Counts: a value with no multiplier must be a whole number (``12.500`` is then never 12.5).
    """

    cells: list
    integer: bool = False
    _parsed: list = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        self._parsed = [self._parse(c) for c in self.cells]

    def _parse(self, cell: Any) -> tuple:
        """('empty',) | ('native', value) | ('text', raw, {fmt: value|None}) | ('bad', raw)."""
        if is_empty(cell):
            return ("empty",)
        if isinstance(cell, bool):
            return ("bad", str(cell))
        if isinstance(cell, (int, float)):
            return ("native", float(cell))
        if not isinstance(cell, str):
            return ("bad", str(cell))
        r = readings(cell)
        if r is None:
            return ("bad", cell.strip())
        comma, dot, mult = r
        vals = {COMMA: comma, DOT: dot}
        if self.integer and not mult:  # a count with no K/M is whole: 12.500 is not 12.5 views
            vals = {f: (v if v is not None and float(v).is_integer() else None) for f, v in vals.items()}
        if vals[COMMA] is None and vals[DOT] is None and (comma is not None or dot is not None):
            return ("bad", cell.strip(), "not a whole number")
        return ("text", cell.strip(), vals)

    # -- the decision ---------------------------------------------------------------------------
    def texts(self) -> list[tuple]:
        return [p for p in self._parsed if p[0] == "text"]

    def fits(self) -> dict[str, int]:
        t = self.texts()
        return {f: sum(1 for p in t if p[2][f] is not None) for f in FORMATS}

    def needs_format(self) -> bool:
        """Whether any value reads differently in the two formats (else the column is 'plain')."""
        return any(p[2][COMMA] != p[2][DOT] for p in self.texts())

    def decide(self) -> Optional[str]:
        """The format the values themselves prove: ``comma_decimal``/``dot_decimal``; ``plain``
        when no value depends on it, ``native`` when the file stores numbers; None when undecidable."""
        t = self.texts()
        if not t:
            return "native" if any(p[0] == "native" for p in self._parsed) else "plain"
        if not self.needs_format():
            return "plain"
        fit = self.fits()
        full = [f for f in FORMATS if fit[f] == len(t)]
        if len(full) == 1:
            return full[0]
        if len(full) == 2 or fit[COMMA] == fit[DOT]:
            return None
        return COMMA if fit[COMMA] > fit[DOT] else DOT

    def examples(self, n: int = 3) -> list[str]:
        """Values that read differently in the two formats (for the question to the user)."""
        out = []
        for p in self.texts():
            if p[2][COMMA] != p[2][DOT] and p[1] not in out:
                out.append(p[1])
            if len(out) == n:
                break
        return out

    def resolve(self, fmt: Optional[str]) -> tuple[list[Optional[float]], dict[int, str], list[str]]:
        """``(values, {row index: reason}, values that fit only the other format)``.

        ``fmt`` None (an open question) leaves every value that depends on the format empty
        without an error: the caller reports the question instead."""
        values: list[Optional[float]] = []
        errors: dict[int, str] = {}
        other: list[str] = []
        for i, p in enumerate(self._parsed):
            v: Optional[float] = None
            if p[0] == "native":
                v = p[1]
                if self.integer and not float(v).is_integer():
                    errors[i] = f"{_fmt(v)} not a whole number"
                    v = None
            elif p[0] == "bad":
                errors[i] = f"{p[1]!r} " + (p[2] if len(p) > 2 else "not a number")
            elif p[0] == "text":
                vals = p[2]
                if fmt in FORMATS:
                    v = vals[fmt]
                    if v is None:
                        alt = vals[COMMA if fmt == DOT else DOT]
                        if alt is not None and short_decimal(p[1]):
                            v = alt  # 1.2K among 1,5K values: 1200 either way
                        elif alt is not None:
                            other.append(p[1])
                            errors[i] = f"{p[1]!r} is written in the other number format ({_label(fmt)} column)"
                        else:
                            errors[i] = f"{p[1]!r} not a number"
                elif vals[COMMA] == vals[DOT]:
                    v = vals[COMMA]
            if v is not None and self.integer and abs(v) > MAX_COUNT:
                errors[i] = f"{p[1] if p[0] != 'native' else _fmt(v)} {TOO_LARGE} (limit {MAX_COUNT:.0e})"
                v = None
            if v is not None and self.integer and v < 0:
                errors[i] = f"{p[1] if p[0] != 'native' else _fmt(v)!r} is negative"
                v = None
            values.append(v)
        return values, errors, other


def _fmt(v: float) -> str:
    return str(int(v)) if float(v).is_integer() else repr(v)


def _label(fmt: str) -> str:
    return {COMMA: "comma-decimal", DOT: "dot-decimal"}.get(fmt, fmt)


# -- durations ------------------------------------------------------------------------------

def clock_seconds(cell: Any) -> Optional[float]:
    """Seconds of ``h:mm:ss``, ``m:ss``, ``PT3M21S``, a ``timedelta`` or a ``time``; else None."""
    if isinstance(cell, timedelta):
        return cell.total_seconds()
    if isinstance(cell, time):
        return cell.hour * 3600 + cell.minute * 60 + cell.second + cell.microsecond / 1e6
    if isinstance(cell, datetime) and cell.date() in (date(1899, 12, 30), date(1899, 12, 31), date(1900, 1, 1)):
        return clock_seconds(cell.time())  # a duration cell stored as a time on Excel's day zero
    if not isinstance(cell, str):
        return None
    s = cell.strip()
    m = _CLOCK.match(s)
    if m:
        sign, a, b, c, frac = m.groups()
        # three parts are h:mm:ss; two are m:ss (a video's length, as the apps write it)
        secs = int(a) * 3600 + int(b) * 60 + int(c) if c is not None else int(a) * 60 + int(b)
        secs += float("0." + frac) if frac else 0.0
        return -secs if sign else float(secs)
    m = _ISO_DURATION.match(s)
    if m and any(m.groups()):
        d, h, mi, sec = m.groups()
        return int(d or 0) * 86400 + int(h or 0) * 3600 + int(mi or 0) * 60 + float(sec or 0)
    return None


class DurationColumn:
    """A duration column: clock values are exact; plain numbers are seconds, read as numbers."""

    def __init__(self, cells: list):
        self.clock = [clock_seconds(c) for c in cells]
        self.numbers = NumberColumn([None if s is not None else c for c, s in zip(cells, self.clock)])

    @property
    def has_clock(self) -> bool:
        return any(s is not None for s in self.clock)

    def resolve(self, fmt: Optional[str]) -> tuple[list[Optional[float]], dict[int, str], list[str]]:
        values, errors, other = self.numbers.resolve(fmt)
        out = []
        for i, (s, v) in enumerate(zip(self.clock, values)):
            s = s if s is not None else v
            if s is not None and s < 0:
                errors[i] = f"{self.numbers.cells[i] or s!r} is negative"
                s = None
            out.append(s)
        return out, errors, other
