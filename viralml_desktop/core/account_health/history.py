"""Import an account's post history (CSV or JSON exports) into the SQLite store.

Accepts the column names of TikTok, YouTube Studio and Instagram exports and generic
``timestamp, views, likes[, comments, shares]`` files (the mapping table is in README.md,
"Account health"). Rows are normalised to the store's post columns: timestamps to ISO 8601
UTC, counts to non-negative integers, hashtags pulled out of the caption. Re-importing the
same export merges by post key (the export's post id or link, else the timestamp) without
duplicates. Bad rows (no date, non-numeric or negative views) are skipped and reported one
line each; the stored history is written in one transaction, so a failed import changes
nothing. No Qt here: the GUI calls :func:`import_file` from a worker thread.
"""
from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Optional

import numpy as np
import pandas as pd

from viralml_desktop.core.errors import InputError
from viralml_desktop.core.progress import ProgressLike

_MAX_FILE_BYTES = 200 * 1024 * 1024
_MAX_REPORTED_PROBLEMS = 5

# field -> accepted column names, in order of preference (compared after _norm()).
_ALIASES: dict[str, tuple[str, ...]] = {
    "timestamp": ("timestamp", "post time", "video publish time", "publish time", "published at",
                  "published", "create time", "created at", "created", "posted at", "posted",
                  "upload date", "date posted", "datetime", "date", "time"),
    "views": ("views", "video views", "total views", "view count", "views count", "play count",
              "plays", "impressions", "reach"),
    "likes": ("likes", "total likes", "like count", "likes count", "favorite count", "favourite count",
              "favorites", "favourites", "hearts", "digg count"),
    "comments": ("comments", "total comments", "comments added", "comment count", "comments count"),
    "shares": ("shares", "total shares", "share count", "shares count", "retweet count", "retweets",
               "reposts"),
    "caption": ("caption", "description", "video title", "title", "text", "post caption"),
    "post_id": ("post id", "post key", "video id", "media id", "id", "content", "permalink",
                "video link", "link", "share url", "url"),
    "account": ("account username", "account name", "username", "account", "channel", "author"),
}
_REQUIRED = ("timestamp", "views")

_HASHTAG = re.compile(r"#(\w+)", re.UNICODE)
_OFFSET = re.compile(r"(?:Z|[+-]\d{2}:?\d{2}|\b(?:UTC|GMT))\s*$", re.IGNORECASE)
_SUFFIX = {"k": 1e3, "m": 1e6, "b": 1e9}


def _norm(name: Any) -> str:
    s = str(name).replace("\ufeff", "").strip().strip('"').lower()
    return re.sub(r"[\s_\-]+", " ", s).strip()


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
        Field (``timestamp``, ``views``, ``likes``, ``comments``, ``shares``, ``caption``,
        ``post_id``, ``account``) to the export's column it was read from.
    rows_read : int
        Data rows in the file, summary ("Total") rows excluded.
    posts : list of dict
        The normalised posts, oldest first: ``account_id``, ``platform``, ``post_key``,
        ``timestamp`` (ISO 8601 UTC), ``views`` (int), ``likes`` / ``comments`` / ``shares``
        (int, or None when the export has no readable value), ``caption``, ``hashtags``
        (list of str) and ``source`` (the file's name).
    problems : list of str
        Up to 5 skipped rows, one line each ("row 7: date 'yesterday' not readable").
    n_skipped : int
        Rows skipped: no readable date, or views missing, not a number or negative.
    duplicates_merged : int
        Rows with the key of an earlier row; the one with more views is kept.
    inserted, updated : int
        Posts new to the store and posts replaced in it (0 until :func:`import_file` stores them).
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

    def summary(self) -> str:
        parts = [f"{self.account_id}: {len(self.posts)} posts read from {Path(self.source).name}"]
        if self.inserted or self.updated:
            parts.append(f"{self.inserted} new, {self.updated} updated")
        if self.duplicates_merged:
            parts.append(f"{self.duplicates_merged} duplicate rows merged")
        if self.n_skipped:
            parts.append(f"{self.n_skipped} rows skipped ({'; '.join(self.problems[:2])}"
                         + ("; …" if self.n_skipped > 2 else "") + ")")
        return ", ".join(parts)


# -- parsing helpers (also used by anomaly.py for request timestamps) ----------------

def parse_timestamps(values: Iterable[Any], assume_tz: str = "UTC") -> pd.Series:
    """Any mix of ISO 8601 (with or without offset), ``Oct 20, 2025``, ``10/20/2025 18:30``,
    ``20/10/2025`` and epoch seconds/milliseconds to UTC timestamps; NaT where unreadable.

    Values without an offset are taken in ``assume_tz`` (UTC unless the export says otherwise).
    The common ISO case is parsed vectorised; only the rest goes through the slower
    per-value parser, so 100,000 rows stay fast.
    """
    s = pd.Series(list(values), dtype=object)
    out = pd.Series(pd.NaT, index=s.index, dtype="datetime64[ns, UTC]")
    if s.empty:
        return out
    text = s.map(lambda v: "" if v is None or (isinstance(v, float) and np.isnan(v)) else str(v).strip())
    numeric = text.str.fullmatch(r"\d{9,13}(\.\d+)?")
    if numeric.any():
        num = text[numeric].astype(float)
        ms = num > 1e11
        out[numeric & ms.reindex(s.index, fill_value=False)] = pd.to_datetime(num[ms], unit="ms", utc=True)
        out[numeric & ~ms.reindex(s.index, fill_value=False)] = pd.to_datetime(num[~ms], unit="s", utc=True)
    rest = (~numeric) & (text != "")
    if not rest.any():
        return out
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
    return out


def _to_datetime(text: pd.Series, utc: bool) -> pd.Series:
    """ISO 8601 vectorised first, then a per-value parse of what is left."""
    iso = pd.to_datetime(text, format="ISO8601", utc=utc, errors="coerce")
    bad = iso.isna()
    if bad.any():
        fixed = text[bad].str.replace(r"\s+(UTC|GMT)$", "Z", regex=True)
        iso = iso.astype(object)
        iso[bad] = pd.to_datetime(fixed, format="mixed", utc=utc, errors="coerce")
        iso = pd.to_datetime(iso, utc=utc)
    return iso


def _parse_counts(values: Iterable[Any]) -> tuple[np.ndarray, np.ndarray]:
    """Counts like ``12000``, ``12,000``, ``1.2K``, ``3M`` to floats.

    Returns (numbers with NaN where empty or unreadable, mask of unreadable non-empty cells).
    """
    s = pd.Series(list(values), dtype=object)
    text = s.map(lambda v: "" if v is None or (isinstance(v, float) and np.isnan(v)) else str(v))
    text = text.str.strip().str.replace(r"[,\s\u00a0_]", "", regex=True)
    mult = text.str[-1:].str.lower().map(_SUFFIX).fillna(1.0)
    has_suffix = text.str[-1:].str.lower().isin(list(_SUFFIX))
    core = text.where(~has_suffix, text.str[:-1])
    nums = pd.to_numeric(core, errors="coerce") * mult
    bad = nums.isna() & (text != "")
    return nums.to_numpy(dtype=float, copy=True), bad.to_numpy()


def _hashtags_of(caption: Optional[str]) -> list[str]:
    if not caption:
        return []
    seen, out = set(), []
    for t in _HASHTAG.findall(caption):
        k = t.lower()
        if k not in seen:
            seen.add(k)
            out.append("#" + t)
    return out


# -- reading files ----------------------------------------------------------------------

def _records_from_json(data: Any) -> list[dict]:
    """The first list of objects in the document (depth first): a plain list, {"posts": [...]},
    or a data-download tree such as {"Video": {"Videos": {"VideoList": [...]}}}."""
    if isinstance(data, list) and data and all(isinstance(r, dict) for r in data):
        return data
    if isinstance(data, dict):
        for v in data.values():
            found = _records_from_json(v)
            if found:
                return found
    return []


def _read_table(path: Path) -> tuple[list[str], list[dict]]:
    raw = path.read_bytes()
    if not raw.strip():
        raise InputError(f"{path.name} is empty")
    for enc in ("utf-8-sig", "utf-16", "cp1252"):
        try:
            text = raw.decode(enc)
            break
        except UnicodeDecodeError:
            continue
    else:  # pragma: no cover - cp1252 decodes almost anything
        raise InputError(f"{path.name}: unknown text encoding")
    if path.suffix.lower() == ".json" or text.lstrip()[:1] in ("[", "{"):
        try:
            data = json.loads(text)
        except ValueError as e:
            raise InputError(f"{path.name} is not valid JSON ({e})") from None
        rows = _records_from_json(data)
        if not rows:
            raise InputError(f"{path.name} holds no list of posts (expected a JSON list of objects)")
        cols: list[str] = []
        for r in rows[:1000]:
            cols.extend(k for k in r if k not in cols)
        return cols, rows
    try:
        dialect = csv.Sniffer().sniff(text[:20000], delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    reader = csv.DictReader(io.StringIO(text), dialect=dialect)
    if not reader.fieldnames:
        raise InputError(f"{path.name} has no header row")
    return list(reader.fieldnames), list(reader)


def _map_columns(columns: list[str]) -> dict[str, str]:
    """field -> the file's column name, by the alias table (first alias found wins)."""
    by_norm: dict[str, str] = {}
    for c in columns:
        by_norm.setdefault(_norm(c), c)
    out = {}
    for fld, names in _ALIASES.items():
        for n in names:
            if n in by_norm and by_norm[n] not in out.values():
                out[fld] = by_norm[n]
                break
    return out


def _detect_platform(columns: list[str]) -> str:
    cols = {_norm(c) for c in columns}
    if cols & {"video publish time", "watch time (hours)", "impressions click through rate (%)"}:
        return "youtube"
    if cols & {"permalink", "account username", "post type", "saves"}:
        return "instagram"
    if cols & {"post time", "video link", "total views", "total likes"}:
        return "tiktok"
    if cols & {"retweet count", "favorite count"}:
        return "twitter"
    return ""


def read_export(path: str | Path, account_id: Optional[str] = None, platform: Optional[str] = None,
                assume_tz: str = "UTC") -> ImportReport:
    """Read and normalise one post-history export; nothing is stored.

    Parameters
    ----------
    path : str or Path
        A CSV (delimiter ``,`` ``;`` tab or ``|``; UTF-8, UTF-16 or cp1252) or JSON export (a
        list of objects, or the first such list inside a data-download tree), at most 200 MB.
        Its columns are recognised by name (the alias table of README.md, "Account health");
        a date and a views column are required.
    account_id : str, optional
        The account to store the posts under; default the export's first account name, else
        the file's name without extension.
    platform : str, optional
        Default: recognised from the column names ("" when not recognised).
    assume_tz : str, optional
        IANA time zone of the dates without a UTC offset (default ``"UTC"``).

    Returns
    -------
    ImportReport
        The posts, oldest first, with the rows skipped and why.

    Raises
    ------
    InputError
        The file is missing, empty, larger than 200 MB, not valid JSON or without a list of
        posts, without a header row, without a date or a views column, or without a single
        usable row; or ``assume_tz`` is not a time zone.

    Notes
    -----
    Dates may be ISO 8601 with or without offset, ``Oct 20, 2025``, ``10/20/2025 18:30`` or
    epoch seconds / milliseconds; counts may read ``12,000``, ``1.2K`` or ``3M``. A row whose
    date or views cannot be read is skipped and reported, never guessed; an unreadable or
    negative like, comment or share count is left empty. Rows with the same post key (the
    export's post id or link, else the timestamp) are merged, keeping the one with more
    views (the later one on a tie), since counts only grow.
    """
    path = Path(path)
    if not path.is_file():
        raise InputError(f"file not found: {path}")
    if path.stat().st_size > _MAX_FILE_BYTES:
        raise InputError(f"{path.name} is larger than {_MAX_FILE_BYTES // (1024 * 1024)} MB")
    columns, rows = _read_table(path)
    cmap = _map_columns(columns)
    missing = [f for f in _REQUIRED if f not in cmap]
    if missing:
        wanted = "; ".join(f"{f}: one of {', '.join(_ALIASES[f][:6])}…" for f in missing)
        raise InputError(f"{path.name}: no column for {wanted} (columns found: {', '.join(columns[:12])})")
    plat = (platform or _detect_platform(columns) or "").lower()
    df = pd.DataFrame({f: [r.get(c) for r in rows] for f, c in cmap.items()})
    # YouTube Studio puts a "Total" row first; drop summary rows without a date.
    first_col = columns[0]
    totals = np.array([str(r.get(first_col, "")).strip().lower() == "total" for r in rows], dtype=bool)

    if account_id is None:
        names = df["account"].dropna().astype(str).str.strip() if "account" in df else pd.Series([], dtype=str)
        names = names[names != ""]
        account_id = names.iloc[0] if len(names) else path.stem
    account_id = str(account_id).strip() or path.stem
    report = ImportReport(account_id=account_id, platform=plat, source=str(path), columns=cmap,
                          rows_read=int((~totals).sum()))

    ts = parse_timestamps(df["timestamp"], assume_tz=assume_tz)
    views, views_bad = _parse_counts(df["views"])
    counts = {}
    for f in ("likes", "comments", "shares"):
        if f in df:
            vals, bad = _parse_counts(df[f])
            vals[bad | (vals < 0)] = np.nan  # an unreadable optional count is left empty, not invented
            counts[f] = vals
    problems: list[str] = []
    keep = ~totals
    checks = [
        (ts.isna().to_numpy(), "date {!r} not readable", "timestamp"),
        (views_bad, "views {!r} not a number", "views"),
        (~views_bad & np.isnan(views), "views missing", None),
        (views < 0, "views {!r} negative", "views"),
    ]
    n_bad = 0
    for mask, msg, col in checks:
        mask = mask & keep
        for i in np.flatnonzero(mask)[:_MAX_REPORTED_PROBLEMS]:
            line = i + 2 if path.suffix.lower() != ".json" else i + 1
            what = "row" if path.suffix.lower() != ".json" else "item"
            problems.append(f"{what} {line}: " + (msg.format(df[col].iloc[i]) if col else msg))
        n_bad += int(mask.sum())
        keep &= ~mask
    report.problems = problems[:_MAX_REPORTED_PROBLEMS]
    report.n_skipped = n_bad

    idx = np.flatnonzero(keep)
    captions = df["caption"].tolist() if "caption" in df else None
    ids = df["post_id"].tolist() if "post_id" in df else None
    iso = ts.dt.strftime("%Y-%m-%dT%H:%M:%SZ").tolist()
    extra = {f: counts[f].tolist() for f in counts}
    views_l = views.tolist()
    posts: dict[str, dict] = {}
    for i in idx.tolist():
        cap = captions[i] if captions is not None else None
        cap = str(cap) if cap is not None and str(cap) != "nan" else None
        pid = ids[i] if ids is not None else None
        key = str(pid).strip() if pid is not None and str(pid).strip() not in ("", "nan") else iso[i]
        post = {"account_id": account_id, "platform": plat, "post_key": key, "timestamp": iso[i],
                "views": int(round(views_l[i]))}
        for f in ("likes", "comments", "shares"):
            v = extra[f][i] if f in extra else float("nan")
            post[f] = None if v != v else int(round(v))
        post.update(caption=cap, hashtags=_hashtags_of(cap), source=path.name)
        old = posts.get(key)
        if old is not None:
            report.duplicates_merged += 1
            if old["views"] > post["views"]:  # counts only grow: keep the latest snapshot
                continue
        posts[key] = post
    report.posts = sorted(posts.values(), key=lambda p: (p["timestamp"], p["post_key"]))
    if not report.posts:
        detail = f" ({'; '.join(report.problems[:3])})" if report.problems else ""
        raise InputError(f"{path.name}: no usable post rows{detail}")
    return report


def import_file(path: str | Path, account_id: Optional[str] = None, platform: Optional[str] = None,
                assume_tz: str = "UTC", store=None, progress: Optional[ProgressLike] = None) -> ImportReport:
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
    Posts are merged by (account, post key): re-importing the same export adds no duplicate.
    The store is written in one transaction, so a failed import changes nothing.
    """
    from viralml_desktop.core import store as store_mod

    if progress is not None:
        progress.update(0.05, f"Reading {Path(path).name}…")
    report = read_export(path, account_id=account_id, platform=platform, assume_tz=assume_tz)
    if progress is not None:
        progress.update(0.6, f"Storing {len(report.posts)} posts…")
    st = store or store_mod.default_store()
    report.inserted, report.updated = st.upsert_posts(report.posts)
    if progress is not None:
        progress.update(1.0, report.summary())
    return report
