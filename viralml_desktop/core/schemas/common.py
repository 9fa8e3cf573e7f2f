"""Shared schema pieces. Requests forbid unknown keys (a typo is an error, not ignored);
responses may carry extra fields beyond the contract (CONTRACT.md allows adding, never
dropping or renaming).

The extras a client reads (the GUI, the command line) are declared field by field, so that
``/openapi.json`` documents them. A nested extra is a :class:`Part`: validated against its
declared fields, then written back exactly as the capability made it, so declaring a field
never changes a response (no default added, no key moved, no integer turned into a float)."""
from __future__ import annotations

import datetime as dt
import math
import re
from typing import Annotated, Any, Literal

from pydantic import (AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, PrivateAttr, model_serializer,
                      model_validator)

from viralml_desktop.core.vocabulary import PLATFORMS, normalize_platform

Unit = Annotated[float, Field(ge=0.0, le=1.0)]
NonNegInt = Annotated[int, Field(ge=0)]

# -- request limits (shared by the CLI, the server and the GUI: they all validate here) --------
# MAX_COUNT (1e13): the largest view / like / follower count a request may carry; one constant in
# core/limits.py shared with the table reader and the forecast.
from viralml_desktop.core.limits import MAX_COUNT  # noqa: E402
MAX_TEXT_CHARS = 50_000
"""Per-field limit on any text of a request (a caption, a comment, a name, a path), in characters.
A field may set a smaller one. 50,000 is the caption limit; no platform allows a longer comment
(YouTube: 10,000)."""
MIN_YEAR, MAX_YEAR = 1700, 2200
"""Calendar range of request dates (a post's timestamp, a planned day): outside it a date is
refused with one line instead of overflowing a date library (year 1 and 9999 are refused). pandas'
nanosecond clock spans 1677-2262; the range keeps a margin for windows and week grids on either side."""



def _within(limit: float):
    def check(value):
        # NaN and infinity are left to the finite check (non_finite_field), which names them as such
        if math.isfinite(value) and abs(value) > limit:
            raise ValueError(f"{float(value):.3g} is above any real platform's count (limit {limit:.0e})"
                             if limit == MAX_COUNT else f"{float(value):.3g} is out of range (limit ±{limit:g})")
        return value
    return AfterValidator(check)


Count = Annotated[int, Field(ge=0, le=MAX_COUNT)]
"""A non-negative count no larger than :data:`MAX_COUNT` (the engine words the refusal)."""
CountValue = Annotated[float, Field(json_schema_extra={"minimum": -MAX_COUNT, "maximum": MAX_COUNT}),
                       _within(MAX_COUNT)]
"""A count that may arrive as a float (a cumulative series), within ±:data:`MAX_COUNT`."""
CountInt = Annotated[int, Field(ge=-MAX_COUNT, le=MAX_COUNT)]
"""The integer form of :data:`CountValue`."""
Hours = Annotated[float, Field(json_schema_extra={"minimum": -1e6, "maximum": 1e6}), _within(1e6)]
"""Hours since posting (about a century either way at most)."""

_LEADING_YEAR = re.compile(r"^\s*[+-]?(\d{4,})(?=[-/.])")
_TRAILING_YEAR = re.compile(r"(?<=[-/., ])(\d{4,})(?:\b|T)")
_EPOCH = re.compile(r"\d{9,13}(\.\d+)?")


def _year_ok(year: int) -> bool:
    return MIN_YEAR <= year <= MAX_YEAR


def check_timestamp_text(value: str) -> str:
    """A timestamp string whose year (when one can be seen) is inside ``MIN_YEAR..MAX_YEAR``.

    Parameters
    ----------
    value : str
        ISO 8601, ``10/20/2025``, ``Oct 20, 2025`` or epoch seconds / milliseconds.

    Returns
    -------
    str
        ``value`` unchanged; values whose year cannot be seen are left to the parser.

    Raises
    ------
    ValueError
        When the year (or the epoch value) falls outside the calendar range.
    """
    text = value.strip()
    if text[:4].isdigit() and text[4:5] == "-" and text[:1] != "0":  # ISO 8601, nearly every value: fast
        if not _year_ok(int(text[:4])):
            raise ValueError(f"{value[:40]!r} is outside the supported calendar ({MIN_YEAR}-{MAX_YEAR})")
        return value
    if _EPOCH.fullmatch(text):
        seconds = float(text) / (1000.0 if float(text) > 1e11 else 1.0)
        year = 1970 + seconds / 31_556_952
    else:
        m = _LEADING_YEAR.match(text) or _TRAILING_YEAR.search(text)
        if m is None:
            return value
        year = int(m.group(1)[:7])
    if not _year_ok(int(year)):
        raise ValueError(f"{value[:40]!r} is outside the supported calendar ({MIN_YEAR}-{MAX_YEAR})")
    return value


def non_finite_field(obj: Any, where: str = "") -> str:
    """The first field of a parsed JSON request holding NaN or an infinity (``views[1]``), else ``""``.

    JSON parsers accept ``NaN`` and ``Infinity``; no capability should see them.
    """
    if isinstance(obj, float) and not math.isfinite(obj):
        return where or "request"
    if isinstance(obj, dict):
        for k, v in obj.items():
            bad = non_finite_field(v, f"{where}.{k}" if where else str(k))
            if bad:
                return bad
    elif isinstance(obj, (list, tuple)):
        for i, v in enumerate(obj):
            bad = non_finite_field(v, f"{where}[{i}]")
            if bad:
                return bad
    return ""


def check_date(value: dt.date) -> dt.date:
    """A calendar day inside ``MIN_YEAR..MAX_YEAR`` (ValueError otherwise)."""
    if value is not None and not _year_ok(value.year):
        raise ValueError(f"{value.isoformat()} is outside the supported calendar ({MIN_YEAR}-{MAX_YEAR})")
    return value


def check_path_text(value: str) -> str:
    """A file path as text: no NUL byte (no file system accepts one; ``open`` would raise)."""
    if "\x00" in value:
        raise ValueError("a path may not contain a NUL byte")
    return value


PathText = Annotated[str, Field(min_length=1, max_length=4096), AfterValidator(check_path_text)]
"""A media file's path in a request (4,096 characters at most: PATH_MAX on Linux)."""
TimestampText = Annotated[str, Field(min_length=1, max_length=100), AfterValidator(check_timestamp_text)]
"""A post timestamp as text, its year inside the calendar range."""
def _iso_day(value):
    """A day written as text must be ISO 8601 ``YYYY-MM-DD`` (``15/07/2025`` is refused in one line)."""
    if isinstance(value, str):
        text = value.strip()
        try:
            return dt.date.fromisoformat(text) if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text) else _no_day(value)
        except ValueError:
            _no_day(value)
    return value


def _no_day(value: str):
    raise ValueError(f"{value[:40]!r} is not a date: use YYYY-MM-DD (e.g. 2025-07-15)")


RequestDate = Annotated[dt.date, BeforeValidator(_iso_day), AfterValidator(check_date)]
"""A calendar day inside the calendar range, written ``YYYY-MM-DD`` when it is text."""
DateOrder = Literal["day_first", "month_first"]
"""How numeric day/month dates of a request read when their values cannot decide it
(``01/06/2025`` … ``05/06/2025``); ``viralml import``'s ``--hint COLUMN=day_first`` for requests."""


def _platform(v):
    return normalize_platform(v) if isinstance(v, str) else v


# Literal[PLATFORMS] is Literal["tiktok", "instagram", "twitter", "youtube"]: the JSON schema's enum.
Platform = Annotated[Literal[PLATFORMS], BeforeValidator(_platform)]


class Request(BaseModel):
    """Base of every request: unknown keys refused, text stripped and at most
    :data:`MAX_TEXT_CHARS` per field. NaN and infinity are refused before validation
    (:func:`non_finite_field`, called by the engine and the server)."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, str_max_length=MAX_TEXT_CHARS)


class Response(BaseModel):
    model_config = ConfigDict(extra="allow")


class Part(Response):
    """A nested piece of a response: its fields are declared and checked, and it is serialized
    as the dict it was validated from (keys, order and number types kept)."""

    _given: Any = PrivateAttr(default=None)

    @model_validator(mode="wrap")
    @classmethod
    def _keep_given(cls, data: Any, handler):
        part = handler(data)
        if isinstance(data, dict):
            part._given = data
        return part

    @model_serializer(mode="wrap")
    def _as_given(self, handler):
        return self._given if self._given is not None else handler(self)
