"""Import an account's post history into the SQLite store, through the one reader.

Every export is read by :func:`viralml_desktop.core.tables.read_table` (``kind="posts"``): CSV in
any delimiter, encoding and number locale, Excel, ODS, JSON; the headers of YouTube Studio,
TikTok Studio, Instagram / Meta Business Suite and X analytics in English, Spanish and
Portuguese; number format and date order decided per column. Its posts are mapped onto the
store's post columns (timestamps ISO 8601 UTC, ``time_known`` kept). Re-importing the same
export merges by post key (the export's post id or link, else the timestamp) without
duplicates. Rows the reader skips are reported one line each; a column the reader cannot
decide (day/month order, number format) is a question, and nothing is stored until it is
answered. The history is written in one transaction, so a failed import changes nothing. No Qt
here: the GUI calls :func:`import_file` from a worker thread.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import timezone
from pathlib import Path
from typing import Any, Iterable, Optional

import numpy as np
import pandas as pd

from viralml_desktop.core.errors import InputError
from viralml_desktop.core.progress import ProgressLike

_MAX_REPORTED_PROBLEMS = 5

_OFFSET = re.compile(r"(?:Z|[+-]\d{2}:?\d{2}|\b(?:UTC|GMT))\s*$", re.IGNORECASE)
_CLOCK = re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?\s*(?:[ap]\.?m\.?)?", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]{3,}", re.UNICODE)
# fields of the reader's posts kept in the store besides the ones read_export names
_EXTRA_FIELDS = ("time_known", "duration_s", "saves", "impressions", "reach", "ctr_percent", "watch_time_h", "url",
                 "post_type", "title", "file")


@dataclass
class ImportReport:
    """What one export held, after normalisation, and what storing it changed.

    Parameters
    ----------
    account_id : str
        The account the posts are stored under.
    platform : str
        ``tiktok``, ``youtube``, ``instagram``, ``twitter``, or "" when neither given nor
        recognised from the column names.
    source : str
        The export's path.
    columns : dict of str to str
        Field to the export's column it was read from, in the reader's field names
        (``published_at``, ``views``, ``likes``, ``post_id``, ``title``…), plus ``timestamp``
        and ``caption`` for the date and title columns.
    rows_read : int
        Data rows in the file, summary ("Total") rows excluded.
    posts : list of dict
        The normalised posts, oldest first: ``account_id``, ``platform``, ``post_key``,
        ``timestamp`` (ISO 8601 UTC), ``views`` (int), ``likes`` / ``comments`` / ``shares``
        (int, or None when the export has no readable value), ``caption``, ``hashtags``
        (list of str), ``source`` (the file's name), ``time_known`` (False for a date-only
        export) and the other fields the export has (``duration_s``, ``saves``,
        ``impressions``, ``ctr_percent``, ``watch_time_h``, ``url``, ``post_type``, ``title``).
    problems : list of str
        Up to 5 skipped rows, one line each, as the reader gives them.
    n_skipped : int
        Rows skipped: no readable date, or views missing, not a number or negative.
    table : dict
        The reader's import report (``TableReport.to_dict()``): encoding, delimiter, number
        locale, date order, mapping, warnings (date-only times, inferred years…).
    duplicates_merged : int
        Rows with the key of an earlier row; the one with more views is kept.
    inserted, updated, unchanged : int
        Posts new to the store, posts whose stored values changed, and posts already stored
        exactly so and counted at no new time (0 until :func:`import_file` stores them).
    recounted : int
        Posts already stored exactly so, counted at a later export: each a new time point of
        its views (a plateau), stored.
    """

    account_id: str
    platform: str
    source: str
    columns: dict[str, str]
    rows_read: int
    posts: list[dict] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    n_skipped: int = 0
    duplicates_merged: int = 0
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    recounted: int = 0
    table: dict = field(default_factory=dict)
    export_date_from_file: Optional[str] = None  # YYYY-MM-DD when no export date was given

    def summary(self) -> str:
        parts = [f"{self.account_id}: {len(self.posts)} posts read from {Path(self.source).name}"]
        if self.recounted:  # the same values at a later export: a new time point each, not "unchanged"
            parts.append(f"{self.inserted} new, {self.updated} updated, {self.recounted} counted again (a new time "
                         f"point each), {self.unchanged} unchanged")
        elif self.inserted or self.updated or self.unchanged:
            parts.append(f"{self.inserted} new, {self.updated} updated, {self.unchanged} unchanged")
        if self.duplicates_merged:
            parts.append(f"{self.duplicates_merged} duplicate rows merged")
        if self.table.get("times") == "date only":
            parts.append("dates only: the export has no posting times")
        if self.n_skipped:
            parts.append(f"{self.n_skipped} rows skipped ({'; '.join(self.problems[:2])}"
                         + ("; …" if self.n_skipped > 2 else "") + ")")
        out = ", ".join(parts)
        if self.export_date_from_file:
            out += (f"; export date taken from the file's date {self.export_date_from_file}; give the day the export "
                    "was downloaded in the Import window if the export is older")
        return out


def file_export_date(path: Any) -> tuple[Optional[float], Optional[str]]:
    """The export date an import takes when none is given: the file's modification time.

    Parameters
    ----------
    path : str or os.PathLike
        The export file.

    Returns
    -------
    (float or None, str or None)
        The modification time (UTC epoch seconds) and its day (``YYYY-MM-DD``, UTC), which the
        import summaries state (a copied or re-saved file carries a later date than the export);
        (None, None) when the file cannot be read.
    """
    from datetime import datetime

    try:
        t = Path(path).stat().st_mtime
    except OSError:
        return None, None
    return t, datetime.fromtimestamp(t, timezone.utc).date().isoformat()


# -- parsing helpers (also used by anomaly.py for request timestamps) ----------------

def _yearless(text: str) -> bool:
    """A date written without its year: ``December 27``, ``27/12``, ``Dec 27 18:30``."""
    t = _CLOCK.sub(" ", _OFFSET.sub("", text))
    groups = re.findall(r"\d+", t)
    if not groups or any(len(g) >= 4 for g in groups):
        return False
    words = [w for w in _WORD.findall(t) if w.lower() not in ("utc", "gmt")]
    return len(groups) < (2 if words else 3)


_ISO_FAST = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)?"
                       r"\s*(?:Z|[+-]\d{2}:?\d{2})?", re.IGNORECASE)
_EPOCH_TEXT = r"\d{9,13}(\.\d+)?"


def parse_timestamps(values: Iterable[Any], assume_tz: str = "UTC", field: str = "timestamp[{i}]",
                     date_order: Optional[str] = None) -> pd.Series:
    """Request timestamps (``detect_anomaly``'s posts) to UTC; NaT where unreadable.

    The series of :func:`read_request_dates` (see there); kept for the callers that need no
    ``time_known``.
    """
    return read_request_dates(values, assume_tz, field, date_order)[0]


def read_request_dates(values: Iterable[Any], assume_tz: str = "UTC", field: str = "timestamp[{i}]",
                       date_order: Optional[str] = None) -> tuple[pd.Series, np.ndarray]:
    """Request timestamps to UTC with, per value, whether it was written with a time of day.

    Any mix of ISO 8601 (with or without offset), ``Oct 20, 2025``, ``10/20/2025 18:30``,
    ``20/10/2025`` and epoch seconds/milliseconds. Numeric day/month dates are read with ONE
    order for the whole list, decided from all its values by the import's reader
    (:func:`viralml_desktop.core.ingest._dates.read_dates`, the logic of ``viralml import``): a
    day above 12 anywhere proves the order; a list where every value fits both orders and they
    differ (``01/06/2025`` … ``05/06/2025``) is a question, asked in one line, unless
    ``date_order`` answers it. Values without an offset are local time in ``assume_tz``; a value
    written without a time of day (``2025-10-20``, ``20/10/2025``) is 00:00 UTC of that calendar
    day with ``time_known`` False, as the import stores it. Lists of ISO 8601 / epoch values only
    (nearly every request) are parsed vectorised, so 100,000 values stay fast.

    Parameters
    ----------
    values : iterable
        The timestamps as the request wrote them (str, or epoch numbers).
    assume_tz : str
        IANA zone of the values without an offset (default UTC).
    field : str
        How a value is named in messages, formatted with its index ``i``.
    date_order : {"day_first", "month_first"}, optional
        The order of numeric day/month dates when the values cannot decide it.

    Returns
    -------
    (pandas.Series, numpy.ndarray)
        datetime64[ns, UTC] per value (NaT where unreadable or empty) and a (n,) bool array:
        True where the value was written with a time of day (epoch values included).

    Raises
    ------
    InputError
        One line when a value has no year (``December 27``; a request has no export date to
        infer it from), when numeric dates cannot decide their order, or for an unknown zone.
    """
    s = pd.Series(list(values), dtype=object)
    out = pd.Series(pd.NaT, index=s.index, dtype="datetime64[ns, UTC]")
    known = np.ones(len(s), dtype=bool)
    if s.empty:
        return out, known
    text = s.map(lambda v: "" if v is None or (isinstance(v, float) and np.isnan(v)) else str(v).strip())
    for i, v in enumerate(text.tolist()):
        if v and not v.isdigit() and _yearless(v):
            raise InputError(f"{field.format(i=i)} {v!r} has no year: a year is needed (e.g. 2025-12-27)")
    numeric = text.str.fullmatch(_EPOCH_TEXT)
    iso = text.str.fullmatch(_ISO_FAST.pattern, case=False)
    if not ((numeric | iso) | (text == "")).all():
        return _read_with_reader(text.tolist(), assume_tz, field, date_order, out)
    if numeric.any():
        num = text[numeric].astype(float)
        ms = num > 1e11
        out[numeric & ms.reindex(s.index, fill_value=False)] = pd.to_datetime(num[ms], unit="ms", utc=True)
        out[numeric & ~ms.reindex(s.index, fill_value=False)] = pd.to_datetime(num[~ms], unit="s", utc=True)
    day_only = (iso & (text.str.len() == 10)).to_numpy()
    known[day_only] = False
    rest = (~numeric) & (text != "") & ~pd.Series(day_only, index=s.index)
    if day_only.any():  # a calendar date: 00:00 UTC of that day, whatever the zone (as the import)
        out[day_only] = _to_datetime(text[day_only], utc=True)
    if not rest.any():
        return out, known
    aware = rest & text.str.contains(_OFFSET)
    naive = rest & ~aware
    if aware.any():
        out[aware] = _to_datetime(text[aware], utc=True)
    if naive.any():
        parsed = _to_datetime(text[naive], utc=False)
        try:
            parsed = parsed.dt.tz_localize(assume_tz, ambiguous="NaT", nonexistent="shift_forward")
        except Exception as e:  # unknown zone name
            raise InputError(f"unknown time zone {assume_tz!r}: {e}") from None
        out[naive] = parsed.dt.tz_convert("UTC")
    return out, known


def _read_with_reader(text: list[str], assume_tz: str, field: str, date_order: Optional[str],
                      out: pd.Series) -> tuple[pd.Series, np.ndarray]:
    """Values that are not all ISO 8601 / epoch: the import's column reader, one order for all."""
    from viralml_desktop.core.ingest._dates import read_dates

    name = field.replace("[{i}]", "")
    col = read_dates(text, column=name, row_label=lambda i: field.format(i=i), hint=date_order,
                     assume_tz=assume_tz, export_date=lambda: (None, ""))
    if col.ambiguous:
        ex = ", ".join(col.examples[:2])
        raise InputError(f"{name}: the dates ({ex}) read both day-first and month-first; write them as ISO "
                         f"dates YYYY-MM-DD or give \"date_order\": \"day_first\" or \"month_first\"")
    if col.errors:
        i = min(col.errors)
        more = f" ({len(col.errors)} values are not dates)" if len(col.errors) > 1 else ""
        raise InputError(f"{field.format(i=i)} {col.errors[i]}{more}")
    out = pd.Series(pd.to_datetime(pd.Series(col.values, dtype=object), utc=True), index=out.index,
                    dtype="datetime64[ns, UTC]")
    known = np.array([True if k is None else bool(k) for k in col.time_known], dtype=bool)
    return out, known


def _to_datetime(text: pd.Series, utc: bool) -> pd.Series:
    """ISO 8601 vectorised first, then a per-value parse of what is left."""
    iso = pd.to_datetime(text, format="ISO8601", utc=utc, errors="coerce")
    bad = iso.isna()
    if bad.any():
        fixed = text[bad].str.replace(r"\s+(UTC|GMT)$", "Z", regex=True)
        iso = iso.astype(object)
        try:
            iso[bad] = pd.to_datetime(fixed, format="mixed", utc=utc, errors="coerce")
            iso = pd.to_datetime(iso, utc=utc)
        except (ValueError, OverflowError):  # a date outside pandas' range (year 1, 9999…): per value, NaT
            for i in fixed.index:
                try:
                    iso[i] = pd.to_datetime(fixed[i], utc=utc)
                    pd.to_datetime(pd.Series([iso[i]]), utc=utc)
                except (ValueError, OverflowError):
                    iso[i] = pd.NaT
            iso = pd.to_datetime(iso, utc=utc)
    return iso


# -- reading exports (the one reader) ---------------------------------------------

def read_export(path: str | Path, account_id: Optional[str] = None, platform: Optional[str] = None,
                assume_tz: str = "UTC", hints: Optional[dict] = None) -> ImportReport:
    """Read and normalise one post-history export with the one reader; nothing is stored.

    Parameters
    ----------
    path : str or Path
        Any export :func:`viralml_desktop.core.tables.read_table` reads (CSV/TSV in any
        delimiter, encoding and number locale; Excel, ODS; JSON or JSON lines), at most 200 MB.
        A date and a views column are required.
    account_id : str, optional
        The account to store the posts under; default the export's first account name, else
        the file's name without extension.
    platform : str, optional
        ``youtube``, ``tiktok``, ``instagram``, ``twitter``; default: detected from the headers
        ("" when not recognised).
    assume_tz : str, optional
        IANA time zone of the dates without a UTC offset (default ``"UTC"``).
    hints : dict, optional
        Answers to the reader's questions (``{column: 'day_first' | 'month_first' |
        'comma_decimal' | 'dot_decimal'}``, ``'export_date'``), as for ``read_table``.

    Returns
    -------
    ImportReport
        The posts, oldest first, with the rows skipped and why, and the reader's report.

    Raises
    ------
    InputError
        One line: the file is missing, empty, binary, larger than 200 MB, not valid JSON,
        without a date or a views column or without a usable row; or a column is undecidable
        (the message is the question to answer with ``hints``).

    Notes
    -----
    Rows with the same post key (the export's post id or link, else the timestamp and title)
    are merged, keeping the one with more views (the later one on a tie), since counts only grow;
    rows with neither id nor title are distinct posts (keyed by time and their ordinal at that
    time). A date-only export keeps ``time_known`` False on its posts: their 00:00 UTC is not a time of
    day (posting time does not learn from it).
    """
    from viralml_desktop.core import tables
    from viralml_desktop.core.store import timed_post_key

    path = Path(path)
    result = tables.read_table(path, kind="posts", platform=platform or None, assume_tz=assume_tz, hints=hints)
    rep = result.report
    if not result.ready:
        raise InputError(f"{path.name}: " + " ".join(a.question for a in result.ambiguities))
    plat = (platform or ("" if rep.platform == "generic" else rep.platform) or "").lower()
    if account_id is None:
        names = [str(p["account"]).strip() for p in result.posts if str(p.get("account") or "").strip()]
        account_id = names[0] if names else path.stem
    account_id = str(account_id).strip() or path.stem
    columns = dict(rep.mapping)
    for old, new in (("timestamp", "published_at"), ("caption", "title")):
        if new in columns:
            columns[old] = columns[new]
    report = ImportReport(account_id=account_id, platform=plat, source=str(path), columns=columns,
                          rows_read=rep.rows_read, problems=list(rep.rows_skipped[:_MAX_REPORTED_PROBLEMS]),
                          n_skipped=rep.n_skipped, table=rep.to_dict())
    posts: dict[str, dict] = {}
    ordinal: dict[str, int] = {}  # rows without id and title seen at each time: distinct posts
    for p in result.posts:
        ts = p["published_at"].astimezone(timezone.utc)
        iso = ts.strftime("%Y-%m-%dT%H:%M:%SZ")
        pid = str(p.get("post_id") or "").strip()
        cap = p.get("title")
        # no post id: the same time and title is the same post, another title another post, and
        # rows without a title are distinct posts (keyed by time and ordinal)
        key = pid or timed_post_key(iso, (str(cap).strip() or None) if cap is not None else None, posts, ordinal)
        post = {"account_id": account_id, "platform": plat, "post_key": key, "timestamp": iso,
                "views": int(p["views"])}
        for f in ("likes", "comments", "shares"):
            v = p.get(f)
            post[f] = None if v is None or v < 0 else int(v)  # an unreadable count is left empty, not invented
        post.update(caption=cap, hashtags=list(p.get("hashtags") or []), source=path.name)
        post.update({f: p[f] for f in _EXTRA_FIELDS if f in p})
        if post["views"] < 0:
            report.n_skipped += 1
            if len(report.problems) < _MAX_REPORTED_PROBLEMS:
                report.problems.append(f"post {key}: views {post['views']} negative")
            continue
        old = posts.get(key)
        if old is not None:
            report.duplicates_merged += 1
            if old["views"] > post["views"]:  # counts only grow: keep the latest snapshot
                continue
        posts[key] = post
    report.posts = sorted(posts.values(), key=lambda q: (q["timestamp"], q["post_key"]))
    if not report.posts:
        detail = f" ({'; '.join(report.problems[:3])})" if report.problems else ""
        raise InputError(f"{path.name}: no usable post rows{detail}")
    return report


def import_file(path: str | Path, account_id: Optional[str] = None, platform: Optional[str] = None,
                assume_tz: str = "UTC", store=None, progress: Optional[ProgressLike] = None,
                hints: Optional[dict] = None) -> ImportReport:
    """Read an export and merge its posts into the local store.

    Parameters
    ----------
    path : str or Path
        The export, as for :func:`read_export`.
    account_id : str, optional
        As for :func:`read_export`.
    platform : str, optional
        As for :func:`read_export`.
    assume_tz : str, optional
        As for :func:`read_export` (default ``"UTC"``).
    store : Store, optional
        Default: the user's store (:func:`viralml_desktop.core.store.default_store`).
    progress : ProgressLike, optional
        Receives the reading and storing steps.
    hints : dict, optional
        Answers to the reader's questions, as for :func:`read_export`.

    Returns
    -------
    ImportReport
        As :func:`read_export`, with ``inserted`` and ``updated`` filled.

    Raises
    ------
    InputError
        As :func:`read_export`.
    Cancelled
        From ``progress`` once the user cancels.

    Notes
    -----
    Stored by :meth:`viralml_desktop.core.store.Store.import_posts`, the one channel history:
    posts are merged by (account, post key), so re-importing the same export adds no duplicate;
    the counts of the newer export win (its date: ``hints['export_date']``, else the file's
    modification time) and each import's counts are kept as a snapshot. The store is written
    in one transaction, so a failed import changes nothing; an export with an open question
    (an undecidable date order or number format) is refused before anything is stored.
    ``time_known`` and the export's other fields travel with each post.
    """
    from viralml_desktop.core import store as store_mod

    if progress is not None:
        progress.update(0.05, f"Reading {Path(path).name}…")
    report = read_export(path, account_id=account_id, platform=platform, assume_tz=assume_tz, hints=hints)
    if progress is not None:
        progress.update(0.6, f"Storing {len(report.posts)} posts…")
    st = store or store_mod.default_store()
    exported = (hints or {}).get("export_date")  # which export is newer: the day given, else the file's date
    if not exported:
        exported, report.export_date_from_file = file_export_date(path)  # said in the summary
    res = st.import_posts(report.account_id, report.platform, report.posts,
                          {"name": Path(path).name, "exported_at": exported, "table": report.table.get("table"),
                           "report": report.table})
    report.inserted, report.updated, report.unchanged = res.added, res.updated, res.unchanged
    report.recounted = res.recounted
    if progress is not None:
        progress.update(1.0, report.summary())
    return report
