"""Shared schema pieces. Requests accept and ignore keys they do not model, and name each one
(:func:`read_request_keys`; the engine and the server say "ignored unknown field 'x'" in the
response's ``notes``): CONTRACT.md has an existing client of the old ML Core work unchanged and
lets a request carry extra fields, so a field this version does not know is no error. A wrong
type or range still is (422), and so is ``true``/``false`` where a number is expected. Responses
may carry extra fields beyond the contract (CONTRACT.md allows adding, never dropping or renaming).

The extras a client reads (the GUI, the command line) are declared field by field, so that
``/openapi.json`` documents them. A nested extra is a :class:`Part`: validated against its
declared fields, then written back exactly as the capability made it, so declaring a field
never changes a response (no default added, no key moved, no integer turned into a float)."""
from __future__ import annotations

import collections.abc
import datetime as dt
import functools
import math
import re
import types
from typing import Annotated, Any, Literal, Optional, Union, get_args, get_origin

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


_SEQUENCES = (list, tuple, set, frozenset, collections.abc.Sequence, collections.abc.Set)
_MAPPINGS = (dict, collections.abc.Mapping)


def _bare(annotation):
    """``annotation`` without its ``Annotated[...]`` metadata."""
    while get_origin(annotation) is Annotated:
        annotation = get_args(annotation)[0]
    return annotation


def _union_args(annotation) -> Optional[tuple]:
    if get_origin(annotation) in (Union, types.UnionType):
        return tuple(_bare(a) for a in get_args(annotation))
    return None


@functools.lru_cache(maxsize=None)
def _holds_number(annotation) -> bool:
    """Whether an int or float (not bool) can sit anywhere in ``annotation`` outside a nested model."""
    annotation = _bare(annotation)
    if annotation in (int, float):
        return True
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return False  # a nested request checks its own fields
    return any(_holds_number(a) for a in get_args(annotation) if a is not Ellipsis and not isinstance(a, (str, int)))


def bool_for_number(annotation, value, where: str = "") -> Optional[str]:
    """Where ``value`` holds ``true``/``false`` in a place ``annotation`` wants a number.

    Pydantic's lax mode reads ``true`` as 1 for an ``int`` (and 1.0 for a ``float``): a request
    with ``"horizon": true`` would answer for one post. This finds such a value.

    Parameters
    ----------
    annotation : type
        A field's annotation (``int``, ``Optional[list[float]]``, ``dict[str, float]``, …).
    value : Any
        The field's value as the request gave it (before validation).
    where : str, optional
        The location of ``value``, prefixed to what is returned.

    Returns
    -------
    str or None
        The location of the first such boolean (``where`` itself, ``where[2]``, ``where.MX``);
        None when there is none, or when the annotation also accepts a boolean there.
    """
    annotation = _bare(annotation)
    args = _union_args(annotation)
    if args is not None:
        if isinstance(value, bool):
            if any(a is bool or a is Any for a in args):
                return None
            return where if any(a in (int, float) for a in args) else None
        for a in args:
            found = bool_for_number(a, value, where)
            if found is not None:
                return found
        return None
    if isinstance(value, bool):
        return where if annotation in (int, float) else None
    origin, inner = get_origin(annotation), get_args(annotation)
    if origin in _SEQUENCES and isinstance(value, (list, tuple)) and inner:
        fixed = origin is tuple and inner[-1] is not Ellipsis
        for i, item in enumerate(value):
            if fixed and i >= len(inner):
                break
            found = bool_for_number(inner[i] if fixed else inner[0], item, f"{where}[{i}]")
            if found is not None:
                return found
    elif origin in _MAPPINGS and isinstance(value, dict) and len(inner) == 2:
        for k, item in value.items():
            found = bool_for_number(inner[1], item, f"{where}.{k}" if where else str(k))
            if found is not None:
                return found
    return None


class Request(BaseModel):
    """Base of every request: text stripped and at most :data:`MAX_TEXT_CHARS` per field; a
    key the request does not model is ignored. :func:`read_request_keys`, which the engine and
    the server run on the request as sent, names those keys and refuses ``true``/``false``
    where a number is expected. NaN and infinity are refused before validation
    (:func:`non_finite_field`, called by the engine and the server)."""

    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True, str_max_length=MAX_TEXT_CHARS)


_KEY_INFO: dict = {}
_SCALAR = object()  # marks a field whose annotation is a plain int or float (or Optional of one)


def _request_class(annotation) -> Optional[type]:
    """The :class:`Request` subclass inside ``annotation`` (``Optional[list[PostRecord]]``), if any."""
    annotation = _bare(annotation)
    if isinstance(annotation, type):
        return annotation if issubclass(annotation, Request) else None
    for a in get_args(annotation):
        if a is not Ellipsis and not isinstance(a, (str, int)):
            found = _request_class(a)
            if found is not None:
                return found
    return None


def _key_info(cls) -> tuple[dict, dict, dict]:
    """What a request class reads: key (name or alias) -> field name; field name -> the nested
    request class it holds; field name -> its annotation (or :data:`_SCALAR`) when it holds a number."""
    info = _KEY_INFO.get(cls)
    if info is None:
        keys, nested, numbers = {}, {}, {}
        for name, f in cls.model_fields.items():
            for a in (name, f.alias, f.validation_alias):
                if isinstance(a, str):
                    keys[a] = name
            sub = _request_class(f.annotation)
            if sub is not None:
                nested[name] = sub
            if _holds_number(f.annotation):
                bare = _bare(f.annotation)
                args = _union_args(bare)
                scalar = bare in (int, float) or (args is not None and all(a in (int, float, type(None)) for a in args))
                numbers[name] = _SCALAR if scalar else f.annotation
        info = _KEY_INFO[cls] = (keys, nested, numbers)
    return info


def read_request_keys(cls: type, data: Any) -> list[str]:
    """Check a request as sent (before validation) against its class: the keys it does not model,
    and no boolean where a number is expected.

    Pydantic ignores a key the class does not model (``extra="ignore"``) and, in its lax mode,
    reads ``true`` as 1 for an ``int`` (``"horizon": true`` would answer for one post). This walk
    names the first and refuses the second, nested requests included.

    Parameters
    ----------
    cls : type
        A :class:`Request` subclass (``ForecastRequest``).
    data : Any
        The request as the client sent it (a dict; anything else is left to validation).

    Returns
    -------
    list of str
        The ignored keys as field paths, once each: ``["bogus", "metadata.bpm",
        "recent_posts[].shares"]`` (a list's items share one path); empty when every key is read.

    Raises
    ------
    ValueError
        ``"<field>: must be a number, not true"`` (``recent_posts.0.views``, ``views: item 2``),
        worded like the schema's own refusals.
    """
    found: dict = {}
    if isinstance(data, dict) and isinstance(cls, type) and issubclass(cls, Request):
        _walk_keys(cls, data, "", "", found)
    return list(found)


def _walk_keys(cls, data: dict, loc: str, path: str, found: dict) -> None:
    keys, nested, numbers = _key_info(cls)
    for key, value in data.items():
        name = keys.get(key) if isinstance(key, str) else None
        if name is None:
            found.setdefault(path + _key_text(key), None)
            continue
        annotation = numbers.get(name)
        if annotation is not None:
            if annotation is _SCALAR:
                where = "" if value.__class__ is bool else None
            else:
                where = bool_for_number(annotation, value)
            if where is not None:
                item = where.replace("][", ", ").replace("[", "").replace("]", "").lstrip(".")
                raise ValueError(f"{loc}{key}: {('item ' + item + ' ') if item else ''}must be a number, "
                                 f"not {str(_at(value, where)).lower()}")
        sub = nested.get(name)
        if sub is None:
            continue
        if isinstance(value, dict):
            _walk_keys(sub, value, f"{loc}{key}.", f"{path}{key}.", found)
        elif isinstance(value, (list, tuple)):
            for i, item in enumerate(value):
                if isinstance(item, dict):
                    _walk_keys(sub, item, f"{loc}{key}.{i}.", f"{path}{key}[].", found)


def _at(value, where: str):
    """The item of ``value`` at a location :func:`bool_for_number` returned."""
    for part in re.findall(r"\[(\d+)\]|\.?([^.\[]+)", where):
        value = value[int(part[0])] if part[0] else value[part[1]]
    return value


def _key_text(key) -> str:
    text = str(key)
    return text if len(text) <= 60 else text[:57] + "…"


MAX_IGNORED_NOTES = 10


def ignored_notes(fields: list[str]) -> list[str]:
    """The ``notes`` lines that say which request keys were ignored.

    Parameters
    ----------
    fields : list of str
        :func:`read_request_keys`.

    Returns
    -------
    list of str
        ``"ignored unknown field 'x'"`` for each of the first :data:`MAX_IGNORED_NOTES`, then one
        line counting the rest.
    """
    out = [f"ignored unknown field '{f}'" for f in fields[:MAX_IGNORED_NOTES]]
    if len(fields) > MAX_IGNORED_NOTES:
        out.append(f"ignored {len(fields) - MAX_IGNORED_NOTES} more unknown fields")
    return out


def with_ignored_hint(message: str, fields: list[str]) -> str:
    """A refusal's one line with the ignored keys named after it: a misspelt field that left the
    request empty says so ("nothing to score (ignored unknown field 'metrics.overlap')").

    Parameters
    ----------
    message : str
        The refusal (one line).
    fields : list of str
        :func:`read_request_keys`.

    Returns
    -------
    str
        ``message`` unchanged when ``fields`` is empty.
    """
    if not fields:
        return message
    shown = ", ".join(f"'{f}'" for f in fields[:3]) + (f" and {len(fields) - 3} more" if len(fields) > 3 else "")
    return f"{message} (ignored unknown field{'s' if len(fields) > 1 else ''} {shown})"


def add_ignored_notes(response: dict, fields: list[str]) -> dict:
    """``response`` (a capability's JSON answer) with :func:`ignored_notes` after its top-level
    ``notes`` (created when absent).

    Parameters
    ----------
    response : dict
    fields : list of str
        :func:`read_request_keys`.

    Returns
    -------
    dict
        ``response`` itself when ``fields`` is empty, else a shallow copy with a new ``notes``
        list (``response`` and its list are left as they were: an answer may be cached).
    """
    if not fields or not isinstance(response, dict):
        return response
    notes = response.get("notes")
    notes = list(notes) if isinstance(notes, list) else ([] if notes is None else [str(notes)])
    return {**response, "notes": notes + ignored_notes(fields)}


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


def split_list(v: Any) -> Any:
    """``"US, MX"`` or ``"US;MX"`` from a form or the command line as a list; anything else as given."""
    if isinstance(v, str):
        return [p for p in v.replace(";", ",").split(",") if p.strip()]
    return v


def country_codes(v: Any, *, repeats: Literal["drop", "refuse"]) -> Any:
    """A list of country codes or names, each as its ISO 3166-1 alpha-2 code, in the order given.

    Parameters
    ----------
    v : list of str, or str
        ``["US", "mx"]`` or ``"US, MX"``; anything other than a list or string is returned as given
        (pydantic then says what is wrong with it).
    repeats : {"drop", "refuse"}
        A code listed twice is kept once, or refused.

    Returns
    -------
    list of str
        The codes (``timezones.normalize_code``), each once.

    Raises
    ------
    ValueError
        A code that is not a string, an unknown code, or (``repeats="refuse"``) one listed twice.
    """
    v = split_list(v)
    if not isinstance(v, list):
        return v
    from viralml_desktop.core import timezones

    out: list[str] = []
    for code in v:
        if not isinstance(code, str):
            raise ValueError(f"country codes are strings, got {code!r}")
        try:
            c = timezones.normalize_code(code)
        except ValueError as e:
            raise ValueError(str(e)) from None
        if c in out:
            if repeats == "refuse":
                raise ValueError(f"country {c} is listed twice")
            continue
        out.append(c)
    return out
