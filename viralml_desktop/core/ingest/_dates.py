"""Dates as exports write them, read per column from all its values, to aware UTC datetimes.

- ISO 8601 with or without an offset (``2025-10-20T18:30:00Z``, ``2025-10-20 18:30 +0000``);
  epoch seconds or milliseconds; spreadsheet date cells and Excel serial numbers.
- Numeric day/month dates (``20/10/2025``, ``10/20/2025 18:30``, ``20.10.25``): the order is
  decided for the whole column. A value above 12 in one place proves it; a column where every
  value fits both orders and they differ (every date ``03/04/2025``) is a question, not a guess.
- Month names in English, Spanish and Portuguese (``Oct 20, 2025``, ``20 oct 2025``, ``5 ene
  2025``, ``20 de out. de 2025``) through dateparser.
- Yearless dates (``December 29`` … ``January 3``): the years come from the order of the rows
  and the export date, said in a warning; with no export date, or rows out of order, one line
  asks for the year.
- A value without an offset is local time in ``assume_tz``; a local time repeated or skipped at a
  DST change is resolved explicitly (the earlier occurrence; the offset before the change) with a
  note. A date-only value is 00:00 UTC of that calendar day with ``time_known`` False.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from functools import lru_cache
from typing import Any, Callable, Optional
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from viralml_desktop.core.errors import InputError
from viralml_desktop.core.ingest._numbers import is_empty

DAY_FIRST = "day_first"
MONTH_FIRST = "month_first"
ORDERS = (DAY_FIRST, MONTH_FIRST)
LANGUAGES = ["en", "es", "pt"]
MIN_YEAR, MAX_YEAR = 1970, 2100
MAX_GAP_DAYS = 183  # consecutive yearless rows further apart than this are not "in order"

_TIME = r"(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,6})\d*)?)?\s*(?:([aApP])\.?\s?[mM]\.?)?"
_OFFSET = r"(Z|UTC|GMT|[+-]\d{2}:?\d{2})"
_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ]+" + _TIME + r")?\s*" + _OFFSET + r"?$",
                  re.IGNORECASE)
_DM = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})(?:[/.\-](\d{4}|\d{2}))?(?:[ T,]+" + _TIME + r")?\s*"
                 + _OFFSET + r"?$", re.IGNORECASE)
_EPOCH = re.compile(r"^\d{9,10}(?:\.\d+)?$|^\d{12,13}$")
_HAS_TIME = re.compile(r"\d{1,2}:\d{2}|\b\d{1,2}\s*[ap]\.?\s?m\b", re.IGNORECASE)
_TRAILING_OFFSET = re.compile(r"\s*(?:\(?(?:UTC|GMT)\)?|Z|(?:UTC|GMT)?([+-]\d{1,2}):?(\d{2})?)\s*$",
                              re.IGNORECASE)


@dataclass
class DateColumn:
    """The outcome for one column: per-row values and what the report says about them."""

    values: list[Optional[datetime]]
    time_known: list[Optional[bool]]
    errors: dict[int, str]
    order: Optional[str]  # day_first / month_first (numeric dates), iso, named, epoch, native, or None
    formats: list[str] = field(default_factory=list)  # the kinds of value seen, for the report
    ambiguous: bool = False
    examples: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    export_date: Optional[str] = None  # ISO date, set when yearless dates were placed with it
    # while the day/month order is a question: whether each such value carries a time of day
    undecided_times: list[bool] = field(default_factory=list)


def _offset(text: Optional[str]) -> Optional[timezone]:
    if not text:
        return None
    t = text.upper()
    if t in ("Z", "UTC", "GMT"):
        return timezone.utc
    sign = -1 if t[0] == "-" else 1
    digits = t[1:].replace(":", "")
    return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:4] or 0)))


def _clock(h: Optional[str], mi: Optional[str], s: Optional[str], frac: Optional[str],
           ampm: Optional[str]) -> Optional[time]:
    if h is None:
        return None
    hour = int(h)
    if ampm:
        if not 1 <= hour <= 12:
            raise ValueError("hour out of range for am/pm")
        hour = hour % 12 + (12 if ampm.lower() == "p" else 0)
    return time(hour, int(mi), int(s or 0), int((frac or "0").ljust(6, "0")[:6]))


@lru_cache(maxsize=1)
def _parsers():
    from dateparser.date import DateDataParser

    base = {"PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False, "PARSERS": ["absolute-time"],
            "DATE_ORDER": "DMY"}
    full = DateDataParser(languages=LANGUAGES, settings=dict(base, REQUIRE_PARTS=["day", "month", "year"]))
    yearless = DateDataParser(languages=LANGUAGES, settings=dict(base, REQUIRE_PARTS=["day", "month"]))
    return full, yearless


@lru_cache(maxsize=1)
def _month_names() -> dict[str, int]:
    """Month names and abbreviations of English, Spanish and Portuguese (CLDR data through babel),
    folded; a name two languages give to different months is left out (dateparser reads it)."""
    import unicodedata

    from babel.dates import get_month_names

    seen: dict[str, set[int]] = {}
    for loc in ("en", "en_GB", "es", "es_419", "pt", "pt_PT"):
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for month, name in get_month_names(width, context, loc).items():
                    key = _fold_word(name, unicodedata)
                    seen.setdefault(key, set()).add(month)
    return {k: next(iter(v)) for k, v in seen.items() if len(v) == 1}


def _fold_word(s: str, unicodedata) -> str:
    s = unicodedata.normalize("NFKD", s.casefold().replace(".", ""))
    return "".join(c for c in s if not unicodedata.combining(c))


_COMMON_NAMED = re.compile(r"^(?:(\d{1,2}) (?:de )?([^\W\d_]+)(?: de)?(?: (\d{4}))?|([^\W\d_]+) (\d{1,2})(?: (\d{4}))?)"
                           r"(?: " + _TIME + r")?$")


def _common_named(text: str) -> Optional[tuple]:
    """The forms the exports write (``Oct 20, 2025``, ``20 oct 2025``, ``20 de out. de 2025``,
    ``December 29``), read with the CLDR month names; None sends the value to dateparser."""
    import unicodedata

    s = " ".join(_fold_word(text, unicodedata).replace(",", " ").split())
    m = _COMMON_NAMED.match(s)
    if not m:
        return None
    names = _month_names()
    if m.group(1):
        day, name, year = m.group(1), m.group(2), m.group(3)
    else:
        name, day, year = m.group(4), m.group(5), m.group(6)
    month = names.get(name)
    if month is None:
        return None
    try:
        t = _clock(*m.group(7, 8, 9, 10, 11))
        if year is None:
            date(2000, month, int(day))
            return ("md", month, int(day), t, None)
        return ("naive", datetime.combine(date(int(year), month, int(day)), t or time()), t is not None, None)
    except ValueError:
        return None


@lru_cache(maxsize=65536)
def _named(text: str) -> Optional[tuple]:
    """A month-name date: ("naive", datetime, time_known, tz) or ("md", month, day, time|None, tz)."""
    if not re.search(r"[^\W\d_]{3}", text):  # no word at all: not a month-name date
        return None
    tz = None
    m = _TRAILING_OFFSET.search(text)
    if m and m.group(0).strip():
        body = text[: m.start()]
        if re.search(r"\d", body):
            if m.group(1):
                tz = timezone(timedelta(hours=int(m.group(1)), minutes=int(m.group(2) or 0)
                                        * (1 if int(m.group(1)) >= 0 else -1)))
            else:
                tz = timezone.utc
            text = body
    common = _common_named(text)
    if common is not None:
        return common[:-1] + (tz,)
    full, yearless = _parsers()
    known = bool(_HAS_TIME.search(text))
    d = full.get_date_data(text).date_obj
    if d is not None:
        return ("naive", d.replace(tzinfo=None), known, tz)
    d = yearless.get_date_data(text).date_obj
    if d is not None:
        return ("md", d.month, d.day, d.time() if known else None, tz)
    return None


def _parse(cell: Any, workbook: bool) -> tuple[str, tuple]:
    """One cell to ``(what it looked like, intermediate form)`` before the column's decisions.

    Looks: empty, iso, numeric (day/month), epoch, named (month names), native (a spreadsheet
    date), bad. Forms: ("empty",), ("aware", utc, True), ("naive", local, time_known, None),
    ("native", local), ("dm", a, b, year, time, offset, raw), ("md", month, day, time, offset, raw),
    ("bad", raw, reason)."""
    if is_empty(cell):
        return "empty", ("empty",)
    if isinstance(cell, datetime):
        if cell.tzinfo is not None:
            return "native", ("aware", cell.astimezone(timezone.utc), True)
        return "native", ("native", cell)
    if isinstance(cell, date):
        return "native", ("naive", datetime(cell.year, cell.month, cell.day), False, None)
    if isinstance(cell, bool):
        return "bad", ("bad", str(cell), "is not a date")
    if isinstance(cell, (int, float)):
        v = float(cell)
        if workbook and 20000 <= v < 80000:  # Excel serial day number (1954–2119)
            return "native", ("native", datetime(1899, 12, 30) + timedelta(days=v))
        return "epoch", _epoch(v, str(cell))
    if not isinstance(cell, str):
        return "bad", ("bad", str(cell), "is not a date")
    s = " ".join(cell.strip().split())
    try:
        m = _ISO.match(s)
        if m:
            y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
            t = _clock(*m.group(4, 5, 6, 7, 8))
            dt = datetime.combine(date(y, mo, d), t or time())
            tz = _offset(m.group(9))
            if tz is not None:
                return "iso", ("aware", dt.replace(tzinfo=tz).astimezone(timezone.utc), True)
            return "iso", ("naive", dt, t is not None, None)
        m = _DM.match(s)
        if m:
            a, b = int(m.group(1)), int(m.group(2))
            y = m.group(3)
            year = None if y is None else (int(y) + 2000 if len(y) == 2 else int(y))
            t = _clock(*m.group(4, 5, 6, 7, 8))
            return "numeric", ("dm", a, b, year, t, _offset(m.group(9)), s)
    except (ValueError, OverflowError) as e:
        return "bad", ("bad", s, f"is not a date ({e})")
    if _EPOCH.match(s):
        return "epoch", _epoch(float(s), s)
    try:
        named = _named(s)
    except Exception:  # noqa: BLE001 - dateparser on odd text: read as not a date
        named = None
    if named is None:
        return "bad", ("bad", s, "is not a date")
    if named[0] == "naive":
        _, dt, known, tz = named
        if tz is not None:
            return "named", ("aware", dt.replace(tzinfo=tz).astimezone(timezone.utc), True)
        return "named", ("naive", dt, known, None)
    _, mo, d, t, tz = named
    return "named", ("md", mo, d, t, tz, s)


def _epoch(v: float, raw: str) -> tuple:
    if 1e8 <= v < 1e10:
        return ("aware", datetime.fromtimestamp(v, timezone.utc), True)
    if 1e11 <= v < 1e13:
        return ("aware", datetime.fromtimestamp(v / 1000, timezone.utc), True)
    return ("bad", raw, "is not a date")


def _fits(p: tuple, order: str) -> bool:
    _, a, b, year = p[:4]
    d, mo = (a, b) if order == DAY_FIRST else (b, a)
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return False
    try:
        date(year or 2000, mo, d)  # 2000 is a leap year: 29/02 without a year fits
    except ValueError:
        return False
    return True


def _decide_order(dms: list[tuple], hint: Optional[str]) -> tuple[Optional[str], bool]:
    """(order, ambiguous) for the numeric day/month values of a column."""
    if hint in ORDERS:
        return hint, False
    if not dms:
        return None, False
    fit = {o: sum(1 for p in dms if _fits(p, o)) for o in ORDERS}
    differ = any(p[1] != p[2] for p in dms)
    full = [o for o in ORDERS if fit[o] == len(dms)]
    if len(full) == 1:
        return full[0], False
    if len(full) == 2:
        return (DAY_FIRST, False) if not differ else (None, True)
    if fit[DAY_FIRST] == fit[MONTH_FIRST]:
        return None, True
    return (DAY_FIRST if fit[DAY_FIRST] > fit[MONTH_FIRST] else MONTH_FIRST), False


def _zone(assume_tz: str):
    if assume_tz.upper() in ("UTC", "Z", "GMT"):
        return timezone.utc
    try:
        return ZoneInfo(assume_tz)
    except (ZoneInfoNotFoundError, ValueError):
        raise InputError(f"unknown time zone {assume_tz!r} (an IANA name such as Europe/Madrid)") from None


def localize(naive: datetime, tz) -> tuple[datetime, Optional[str]]:
    """``naive`` local time in ``tz`` to aware UTC, and a note when it fell on a DST change.

    A time that occurs twice (clocks went back) is the earlier occurrence; a time that does
    not exist (clocks went forward) is read with the offset in force before the change."""
    if tz is timezone.utc:
        return naive.replace(tzinfo=timezone.utc), None
    a = naive.replace(tzinfo=tz, fold=0)
    b = naive.replace(tzinfo=tz, fold=1)
    out = a.astimezone(timezone.utc)
    if a.utcoffset() == b.utcoffset():
        return out, None
    back = out.astimezone(tz).replace(tzinfo=None)
    if back == naive:
        return out, (f"{naive:%Y-%m-%d %H:%M} occurs twice in {tz} (clocks went back); read as the earlier "
                     f"occurrence, UTC{_hhmm(a.utcoffset())}")
    return out, (f"{naive:%Y-%m-%d %H:%M} does not exist in {tz} (clocks went forward); read with the offset "
                 f"before the change, UTC{_hhmm(a.utcoffset())} (= {back:%H:%M} local)")


def _hhmm(off: timedelta) -> str:
    mins = int(off.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    return f"{sign}{abs(mins) // 60:02d}:{abs(mins) % 60:02d}"


def infer_years(keys: list[tuple[int, int, Optional[time]]], export: date) -> Optional[list[int]]:
    """Years for yearless (month, day, time) values in file order, or None when their order
    does not tell (more than one turn of the year, or two rows over half a year apart).

    The rows are taken as sorted, ascending or descending (whichever gives the shorter span);
    the latest one is the last such date on or before ``export``."""
    def ordinal(k):
        return (k[0], k[1], k[2] or time())

    best = None
    for step in (1, -1):
        offsets = [0]
        for prev, cur in zip(keys, keys[1:]):
            turn = ordinal(cur) < ordinal(prev) if step == 1 else ordinal(cur) > ordinal(prev)
            offsets.append(offsets[-1] + (step if turn else 0))
        if max(offsets) - min(offsets) > 1:
            continue
        days = [date(2000 + o, k[0], k[1]) if (k[0], k[1]) != (2, 29) else date(2000 + o, 2, 28)
                for o, k in zip(offsets, keys)]
        gaps = [abs((b - a).days) for a, b in zip(days, days[1:])]
        if gaps and max(gaps) > MAX_GAP_DAYS:
            continue
        span = (max(days) - min(days)).days
        if best is None or span < best[0]:
            best = (span, offsets)
    if best is None:
        return None
    offsets = best[1]
    top = max(range(len(keys)), key=lambda i: (offsets[i], keys[i][0], keys[i][1]))
    m, d = keys[top][0], keys[top][1]
    year_top = export.year if (m, d) <= (export.month, export.day) else export.year - 1
    return [year_top - (offsets[top] - o) for o in offsets]


#: The earliest a wall clock anywhere is ahead of UTC: a post timed on the export's day may read up to
#: this much after that day's end in UTC.
_MAX_AHEAD = timedelta(hours=14)


def _after_export(out: DateColumn, cells: list, export_date: Callable[[], tuple[Optional[date], str]]) -> None:
    """Rows dated after the export was made (or, without an export date, after today) become errors.

    A post cannot be counted before it is published, so such a date is a wrong date (a typo, a
    wrong year, a wrong export date), never a post: the row is skipped with the reason, as any
    row without a usable date. A timed post may lie up to 14 h after the export day's end in
    UTC (the wall clock furthest ahead of UTC); a date-only post up to the export's day. When
    every dated row is that late, the export date is what is wrong: InputError says so.
    """
    export, source = export_date()
    if export is None:
        export, source = datetime.now(timezone.utc).date(), "today"
    limit = datetime.combine(export + timedelta(days=1), time(), tzinfo=timezone.utc) + _MAX_AHEAD
    dated = [(dt, known) for dt, known in zip(out.values, out.time_known) if dt is not None]
    if dated and all((dt.date() > export) if not known else dt >= limit for dt, known in dated):
        first = min(dt for dt, _ in dated).date()
        when = (f"every date is in the future (today is {export.isoformat()} UTC)" if source == "today"
                else f"the export date {export.isoformat()} is before the first post {first.isoformat()} in the "
                     f"file ({source})")
        raise InputError(f"{when}: give the date the export was made (--export-date YYYY-MM-DD, or Export date in "
                         "the import window)")
    for i, dt in enumerate(out.values):
        if dt is None:
            continue
        late = dt.date() > export if not out.time_known[i] else dt >= limit
        if late:
            when = (f"in the future (today is {export.isoformat()} UTC)" if source == "today"
                    else f"after the export date {export.isoformat()} ({source})")
            out.errors[i] = (f"{str(cells[i]).strip()!r} is {when}, so it cannot be a post's date (check it, or "
                             "give the export date)")
            out.values[i], out.time_known[i] = None, None


def read_dates(cells: list, *, column: str, row_label: Callable[[int], str], hint: Optional[str],
               assume_tz: str, export_date: Callable[[], tuple[Optional[date], str]],
               workbook: bool = False) -> DateColumn:
    """Read one date column. ``row_label(i)`` names row ``i`` in messages ("row 4");
    ``export_date()`` gives (the export's date or None, where that date comes from)."""
    tz = _zone(assume_tz)
    looks_parsed = [_parse(c, workbook) for c in cells]
    looks = [lp[0] for lp in looks_parsed]
    parsed = [lp[1] for lp in looks_parsed]
    dms = [p for p in parsed if p[0] == "dm"]
    order, ambiguous = _decide_order(dms, hint)
    out = DateColumn([None] * len(cells), [None] * len(cells), {}, None)
    for look in dict.fromkeys(looks):
        if look == "numeric":
            out.formats.append(f"numeric ({order.replace('_', '-')})" if order else "numeric (order undecided)")
        elif look not in ("empty", "bad"):
            out.formats.append({"iso": "ISO 8601", "epoch": "epoch", "named": "month names",
                                "native": "spreadsheet dates"}[look])
    if ambiguous:
        out.ambiguous = True
        out.examples = list(dict.fromkeys(p[-1] for p in dms if p[1] != p[2]))[:3]
        out.undecided_times = [p[4] is not None for p in dms]  # the time of day does not hang on the order
    native = [p for p in parsed if p[0] == "native"]
    native_date_only = bool(native) and all(p[1].time() == time() for p in native)

    # numeric day/month values become full dates or yearless (month, day)
    resolved: list[tuple] = []
    for i, p in enumerate(parsed):
        if p[0] == "dm":
            if order is None:
                resolved.append(("undecided",))
                continue
            _, a, b, year, t, off, raw = p
            if not _fits(p, order):
                other = MONTH_FIRST if order == DAY_FIRST else DAY_FIRST
                why = (f"does not fit the column's {order.replace('_', '-')} order"
                       if _fits(p, other) else "is not a date")
                resolved.append(("bad", raw, why))
                continue
            d, mo = (a, b) if order == DAY_FIRST else (b, a)
            if year is None:
                resolved.append(("md", mo, d, t, off, raw))
                continue
            try:
                dt = datetime.combine(date(year, mo, d), t or time())
                resolved.append(("aware", dt.replace(tzinfo=off).astimezone(timezone.utc), True) if off
                                else ("naive", dt, t is not None, None))
            except (ValueError, OverflowError):
                resolved.append(("bad", raw, "is not a date"))
        elif p[0] == "native":
            resolved.append(("naive", p[1], not native_date_only, None))
        else:
            resolved.append(p)

    # yearless dates: years from the order and the export date
    md_idx = [i for i, p in enumerate(resolved) if p[0] == "md"]
    if md_idx:
        with_year = sum(1 for p in resolved if p[0] in ("naive", "aware"))
        if with_year:
            for i in md_idx:
                resolved[i] = ("bad", resolved[i][5], "has no year (other rows have one)")
        else:
            export, source = export_date()
            first = resolved[md_idx[0]][5]
            if export is None:
                raise InputError(f"column {column!r}: the dates have no year (e.g. {first!r}); give the export "
                                 f"date (--export-date YYYY-MM-DD, or Export date in the import window) "
                                 f"or add the year to the file")
            years = infer_years([resolved[i][1:4] for i in md_idx], export)
            if years is None:
                raise InputError(f"column {column!r}: the dates have no year (e.g. {first!r}) and are not in date "
                                 f"order, so the year cannot be inferred; add the year to the file")
            for i, y in zip(md_idx, years):
                _, mo, d, t, off, raw = resolved[i]
                try:
                    dt = datetime.combine(date(y, mo, d), t or time())
                    resolved[i] = (("aware", dt.replace(tzinfo=off).astimezone(timezone.utc), True) if off
                                   else ("naive", dt, t is not None, None))
                except (ValueError, OverflowError):
                    resolved[i] = ("bad", raw, f"is not a date in {y}")
            out.export_date = export.isoformat()
            got = [resolved[i] for i in md_idx if resolved[i][0] != "bad"]
            if got:
                span = sorted(p[1].date() for p in got)
                out.warnings.append(
                    f"{column}: the dates have no year; the years were inferred from the rows' order and the "
                    f"export date {export.isoformat()} ({source}): {span[0].isoformat()} … {span[-1].isoformat()}. "
                    f"Give the export date if that is wrong")
            out.formats.append("no year (inferred)")

    for i, p in enumerate(resolved):
        kind = p[0]
        if kind == "empty":
            continue
        if kind == "undecided":
            continue  # the question is asked instead
        if kind == "bad":
            out.errors[i] = f"{p[1]!r} {p[2]}"
            continue
        if kind == "aware":
            dt, known = p[1], p[2]
        else:
            naive, known = p[1], p[2]
            if not MIN_YEAR <= naive.year <= MAX_YEAR:
                out.errors[i] = f"{str(cells[i]).strip()!r} is out of range ({MIN_YEAR}–{MAX_YEAR})"
                continue
            if known:
                try:
                    dt, note = localize(naive, tz)
                except (OverflowError, ValueError):
                    out.errors[i] = f"{str(cells[i]).strip()!r} is out of range ({MIN_YEAR}–{MAX_YEAR})"
                    continue
                if note:
                    out.notes.append(f"{row_label(i)}: {note}")
            else:  # a calendar date: 00:00 UTC of that day, whatever the zone
                dt = naive.replace(hour=0, minute=0, second=0, microsecond=0, tzinfo=timezone.utc)
        if not MIN_YEAR <= dt.year <= MAX_YEAR:
            out.errors[i] = f"{str(cells[i]).strip()!r} is out of range ({MIN_YEAR}–{MAX_YEAR})"
            continue
        out.values[i] = dt
        out.time_known[i] = bool(known)

    _after_export(out, cells, export_date)
    read = [k for k in out.time_known if k is not None]
    if read and not any(read):
        out.warnings.append(f"{column}: the export has dates only, no times of day; every post is dated "
                            f"00:00 UTC of its day with time_known false, so no posting hour can be learned "
                            f"from it")
    elif read and not all(read):
        out.warnings.append(f"{column}: {read.count(False)} of {len(read)} dates have no time of day "
                            f"(time_known false)")
    seen = [look for look in dict.fromkeys(looks) if look not in ("empty", "bad")]
    out.order = order if dms else (seen[0] if len(seen) == 1 else "+".join(seen) or None)
    return out
