"""read_table and read_comments: a user's file in, posts and an import report out."""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timezone
from typing import Any, Optional

from viralml_desktop.core.errors import InputError
from viralml_desktop.core.ingest import _columns as cols
from viralml_desktop.core.ingest._dates import DAY_FIRST, MONTH_FIRST, ORDERS, read_dates
from viralml_desktop.core.ingest._numbers import (COMMA, DOT, FORMATS, TOO_LARGE, DurationColumn, NumberColumn,
                                                   is_empty, readings)
from viralml_desktop.core.ingest._source import (Grid, decode_text, load_source, read_grid, sniff_format,
                                                  workbook_sheets)
from viralml_desktop.core.vocabulary import PLATFORMS, normalize_platform

KINDS = ("posts", "videos", "thumbnails", "any", "rows")
REQUIRED: dict[str, tuple[tuple[str, ...], ...]] = {
    # each entry: one of these fields must be mapped
    "posts": (("published_at",), ("views",)),
    "videos": (("views",), ("post_id", "title", "file")),
    "thumbnails": (("impressions",), ("ctr_percent",), ("post_id", "title")),
    "any": (),
}
MAX_LISTED = 200  # skipped-row reasons kept in the report (the count is always exact)
_HASHTAG = re.compile(r"#(\w+)", re.UNICODE)
_TAG_SPLIT = re.compile(r"[\s,;]+")
PLATFORM_NAMES = PLATFORMS + ("generic",)


@dataclass
class Ambiguity:
    """A column whose values fit two readings equally: a question for the user, not a guess.

    Answer it by reading again with ``hints={column: reading}``.

    Attributes
    ----------
    column : str
        The file's column name.
    field : str
        The field the column maps to (``views``, ``published_at``…).
    kind : str
        ``number_format`` or ``date_order``.
    readings : list of str
        The two possible readings, each a valid hint value (``comma_decimal``/``dot_decimal`` or
        ``day_first``/``month_first``).
    examples : list of str
        Values that read differently, as the file writes them.
    meanings : dict
        For each reading, what the examples become under it.
    """

    column: str
    field: str
    kind: str
    readings: list[str]
    examples: list[str]
    meanings: dict[str, list[str]]

    @property
    def question(self) -> str:
        ex = self.examples[0] if self.examples else "?"
        a, b = self.readings
        import shlex

        return (f"Column {self.column!r}: is {ex!r} {self.meanings[a][0]} ({a}) or {self.meanings[b][0]} ({b})? "
                f"Answer in the import window, or with --hint {shlex.quote(f'{self.column}={a}')} or "
                f"--hint {shlex.quote(f'{self.column}={b}')}")

    def to_dict(self) -> dict:
        return dict(asdict(self), question=self.question)


@dataclass
class TableReport:
    """What the reader found and did; the same in the GUI's preview and in ``viralml import``."""

    source: str
    format: str = ""  # csv, tsv, xlsx, xlsm, xlsb, xls, ods, json, jsonl
    encoding: Optional[str] = None
    delimiter: Optional[str] = None
    sheet: Optional[str] = None
    platform: str = "generic"  # youtube, tiktok, instagram, twitter (X), generic
    table: str = "posts"  # content/daily (YouTube), posts/overview (TikTok), posts/reels (Instagram), posts
    columns: list[str] = field(default_factory=list)
    mapping: dict[str, str] = field(default_factory=dict)  # field -> column
    ignored: list[str] = field(default_factory=list)  # the file's columns no field reads, in file order
    number_formats: dict[str, str] = field(default_factory=dict)  # column -> comma_decimal, dot_decimal, plain…
    number_locale: Optional[str] = None  # the file's: comma_decimal, dot_decimal, mixed, or None
    date_column: Optional[str] = None
    date_order: Optional[str] = None  # day_first, month_first, iso, named, epoch, native, …
    date_formats: list[str] = field(default_factory=list)
    times: Optional[str] = None  # known, date only, partly known
    assume_tz: str = "UTC"
    export_date: Optional[str] = None  # set when yearless dates needed it
    rows_read: int = 0  # data rows in the file (the header, blank lines and a Total row not counted)
    n_skipped: int = 0
    rows_skipped: list[str] = field(default_factory=list)  # "row 4: views 'abc' not a number"
    warnings: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    ambiguities: list[Ambiguity] = field(default_factory=list)

    def to_dict(self) -> dict:
        d = asdict(self)
        d["ambiguities"] = [a.to_dict() for a in self.ambiguities]
        return d

    def summary(self) -> str:
        """One line: what was read from where."""
        s = (f"{self.source}: {self.rows_read - self.n_skipped} of {self.rows_read} rows read "
             f"({self.platform} {self.table}, {self.format}")
        s += f", {self.encoding}" if self.encoding else ""
        s += ")"
        if self.n_skipped:
            s += f", {self.n_skipped} skipped"
        if self.ambiguities:
            s += f", {len(self.ambiguities)} question(s) to answer"
        return s


@dataclass
class TableRead:
    """The result of :func:`read_table`.

    Attributes
    ----------
    posts : list of dict
        One dict per usable row, in file order, with the fields that the file has (absent ones
        omitted): ``post_id``, ``title``, ``hashtags`` (list), ``published_at`` (aware UTC
        ``datetime``), ``time_known``, ``duration_s``, ``views``, ``likes``, ``comments``,
        ``shares``, ``saves``, ``impressions``, ``reach`` (ints), ``ctr_percent``,
        ``watch_time_h`` (floats), ``account``, ``url``, ``file``, ``post_type`` (str).
    report : TableReport
        How the file was read (see :class:`TableReport`).
    columns : list of str
        The file's column names.
    rows : list of list
        The raw cells of every data row, as the file holds them (for a preview or a mapping step).
    """

    posts: list[dict]
    report: TableReport
    columns: list[str] = field(default_factory=list)
    rows: list[list[Any]] = field(default_factory=list)

    @property
    def ambiguities(self) -> list[Ambiguity]:
        return self.report.ambiguities

    @property
    def ready(self) -> bool:
        """False while a question is open: the posts then lack the undecided fields."""
        return not self.report.ambiguities

    def to_dict(self) -> dict:
        """``{"report": {...}, "posts": [...]}`` with ISO 8601 times, fit for JSON."""
        def post(p: dict) -> dict:
            q = dict(p)
            if isinstance(q.get("published_at"), datetime):
                q["published_at"] = q["published_at"].astimezone(timezone.utc).isoformat().replace("+00:00", "Z")
            return q
        return {"report": self.report.to_dict(), "posts": [post(p) for p in self.posts]}


# -- helpers -----------------------------------------------------------------------------------

def _hint(hints: dict, column: str, fld: str) -> Optional[str]:
    v = hints.get(column, hints.get(fld))
    return v if isinstance(v, str) else None


def _export_date(hints: dict, modified: Optional[datetime]):
    def get() -> tuple[Optional[date], str]:
        v = hints.get("export_date")
        if v is not None:
            if isinstance(v, datetime):
                return v.date(), "the export date you gave"
            if isinstance(v, date):
                return v, "the export date you gave"
            try:
                return date.fromisoformat(str(v)[:10]), "the export date you gave"
            except ValueError:
                raise InputError(f"export_date {v!r} is not a date (YYYY-MM-DD)") from None
        if modified is not None:
            return modified.date(), "the file's modification date"
        return None, ""
    return get


def _text(cell: Any) -> Optional[str]:
    if is_empty(cell):
        return None
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    s = str(cell).strip()
    return s or None


def hashtags_of(text: Optional[str]) -> list[str]:
    """The hashtags of a caption, ``#`` kept, first spelling of each, in order."""
    if not text:
        return []
    seen, out = set(), []
    for t in _HASHTAG.findall(text):
        if t.casefold() not in seen:
            seen.add(t.casefold())
            out.append("#" + t)
    return out


def _tags(cell: Any) -> list[str]:
    if isinstance(cell, (list, tuple)):
        items = [str(x) for x in cell]
    else:
        items = _TAG_SPLIT.split(str(cell or ""))
    seen, out = set(), []
    for t in items:
        t = t.strip().lstrip("#")
        if t and t.casefold() not in seen:
            seen.add(t.casefold())
            out.append("#" + t)
    return out


def _normalize_platform(p: str) -> str:
    v = normalize_platform(str(p))
    if v not in PLATFORM_NAMES:
        raise InputError(f"unknown platform {p!r} (one of {', '.join(PLATFORM_NAMES)})")
    return v


def _meaning(v: Optional[float]) -> str:
    if v is None:
        return "not a number"
    return str(int(v)) if float(v).is_integer() else f"{v:g}"


# -- the reader --------------------------------------------------------------------------------

def read_table(source: Any, *, kind: Optional[str] = None, hints: Optional[dict] = None,
               mapping: Optional[dict] = None, platform: Optional[str] = None, assume_tz: str = "UTC",
               name: Optional[str] = None) -> TableRead:
    """Read any table a user brings: an analytics export, a views list, a generic CSV.

    Parameters
    ----------
    source : str, os.PathLike, bytes or binary file object
        The file. CSV/TSV (any delimiter, encoding and number locale), Excel (xlsx, xlsm, xlsb,
        xls), LibreOffice (ods), JSON (a list of objects, or one inside a document) or JSON lines.
        The format is read from the bytes, not from the name.
    kind : {'posts', 'videos', 'thumbnails', 'any', 'rows'}, optional
        What the caller needs, which sets the required columns: ``posts`` (default: a date and
        views per row; account histories), ``videos`` (views and a post id, title or file name;
        the labelled-videos CSV), ``thumbnails`` (impressions, CTR and a post id or title; the
        YouTube Studio thumbnail import), ``any`` (nothing required: a mapping step shows what the
        file holds) or ``rows`` (no mapping at all: ``columns`` and raw ``rows`` only, e.g. batch
        requests).
    hints : dict, optional
        Answers to the reader's questions: ``{column or field: 'day_first' | 'month_first' |
        'comma_decimal' | 'dot_decimal'}``; ``'export_date'``: the date the export was downloaded
        (``date``, ``datetime`` or ``'YYYY-MM-DD'``; default the file's modification date), used
        only for dates without a year; ``'sheet'``: a workbook's sheet (default the first visible).
    mapping : dict, optional
        ``{field: column}`` edits on top of the automatic mapping (``None`` unmaps a field). The
        mapping used comes back in ``report.mapping``.
    platform : str, optional
        ``youtube``, ``tiktok``, ``instagram``, ``twitter`` (or ``x``) or ``generic``; detected
        from the headers when omitted.
    assume_tz : str, optional
        IANA zone of times written without an offset (default ``'UTC'``).
    name : str, optional
        The name used in messages (default the file name; ``'the data'`` for bytes).

    Returns
    -------
    TableRead
        ``posts`` (dicts, absent fields omitted, ``published_at`` aware UTC), ``report``
        (:class:`TableReport`), ``columns`` and raw ``rows``. When ``report.ambiguities`` is not
        empty, ``ready`` is False and the undecided fields are left out of the posts: ask the user
        and read again with ``hints``.

    Raises
    ------
    InputError
        One line naming the file (and the row and column where it applies) when the input is not
        a readable table, is empty or binary, lacks a required column, has dates without a year
        that cannot be placed, or has no usable row.

    Notes
    -----
    Number format and date order are decided per column from all its values, never per cell. A
    count (views, likes…) is a whole number, which settles ``12.500`` in a count column; a column
    still open takes the format that every other decided column of the file shares, with a note,
    and is otherwise a question. Rows whose required value is missing or unreadable are skipped,
    each with its reason; an unreadable optional value is left out of its post with a warning.
    """
    try:
        return _read_table(source, kind, hints, mapping, platform, assume_tz, name)
    except InputError as e:
        raise _one_line(e) from None


def _one_line(e: InputError) -> InputError:
    """The error as one line whatever the file put in it (a header with a line break)."""
    msg = str(e)
    return e if "\n" not in msg and "\r" not in msg else InputError(" ".join(msg.split()))


def _read_table(source: Any, kind: Optional[str], hints: Optional[dict], mapping: Optional[dict],
                platform: Optional[str], assume_tz: str, name: Optional[str]) -> TableRead:
    hints = dict(hints or {})
    kind = kind or "posts"
    if kind not in KINDS:
        raise InputError(f"unknown table kind {kind!r} (one of {', '.join(KINDS)})")
    src = load_source(source, name)
    sheets = workbook_sheets(src) if hints.get("sheet") is None and kind in REQUIRED else []
    grid = read_grid(src, sheet=hints.get("sheet"))
    skipped_sheets: list[str] = []
    if len(sheets) > 1:  # a summary sheet first: read the first sheet that has the needed columns
        for sheet in sheets:
            try:
                g = grid if sheet == grid.sheet else read_grid(src, sheet=sheet)
                _require(kind, _column_map(g, platform, mapping, src.name, []), g, src.name)
            except InputError:
                skipped_sheets.append(sheet)
                continue
            grid = g
            break
        else:
            skipped_sheets = []  # none has them: the first sheet's error names every sheet
    report = TableReport(source=src.name, format=grid.format, encoding=grid.encoding, delimiter=grid.delimiter,
                         sheet=grid.sheet, columns=list(grid.columns), assume_tz=assume_tz)
    for n, why in grid.bad_rows:
        _skip(report, f"{grid.row_word} {n}: {why}")
    if kind == "rows":
        report.platform, report.table = "generic", "rows"
        report.rows_read = len(grid.rows) + len(grid.bad_rows)
        return TableRead([], report, list(grid.columns), grid.rows)

    if skipped_sheets:
        report.notes.append(f"sheet {grid.sheet!r} read: " + ", ".join(map(repr, skipped_sheets))
                            + f" {'has' if len(skipped_sheets) == 1 else 'have'} no {_needs(kind)} columns")
    plat = _normalize_platform(platform) if platform else cols.detect_platform(grid.columns)
    cmap = _column_map(grid, platform, mapping, src.name, report.notes)
    try:
        _require(kind, cmap, grid, src.name)
    except InputError as e:
        if len(sheets) > 1:
            raise InputError(f"{e}; no sheet has them (sheets: {', '.join(map(repr, sheets))}): choose one with "
                             f"--sheet NAME") from None
        raise
    ci = {c: i for i, c in enumerate(grid.columns)}

    # summary rows (YouTube's Total) are not posts
    keep: list[int] = []
    date_ci = ci.get(cmap.get("published_at", ""), None)
    label_cols = {0} | {ci[cmap[f]] for f in ("post_id", "title") if f in cmap}
    for i, r in enumerate(grid.rows):
        if any(cols.is_summary(r[c]) for c in label_cols) and (
                date_ci is None or is_empty(r[date_ci]) or cols.is_summary(r[date_ci])):
            report.notes.append(f"{grid.row_word} {grid.row_numbers[i]}: the {str(r[0] or 'Total').strip()!r} row "
                                f"was dropped (a sum, not a post)")
            continue
        keep.append(i)
    rows = [grid.rows[i] for i in keep]
    numbers = [grid.row_numbers[i] for i in keep]
    report.rows_read = len(rows) + len(grid.bad_rows)

    def label(j: int) -> str:
        return f"{grid.row_word} {numbers[j]}"

    def cells(fld: str) -> list:
        c = ci[cmap[fld]]
        return [r[c] for r in rows]

    post_types = [_text(v) or "" for v in cells("post_type")] if "post_type" in cmap else []
    report.platform = plat
    report.table = cols.table_kind(plat, grid.columns, cmap, post_types)
    report.mapping = dict(cmap)
    report.ignored = [c for c in grid.columns if c not in set(cmap.values())]
    if report.table in ("daily", "overview"):
        report.warnings.append(f"the rows are daily totals of the account ({plat} {report.table} table), not "
                               f"single posts")

    values: dict[str, list] = {}
    errors: dict[str, dict[int, str]] = {}
    open_fields: set[str] = set()

    # numbers: decide per column, then the file's shared format for the columns still open
    numeric = [f for f in cols.COUNTS + cols.DECIMALS + ("duration_s",) if f in cmap]
    objs: dict[str, Any] = {}
    decided: dict[str, Optional[str]] = {}
    for f in numeric:
        raw = cells(f)
        if f == "ctr_percent" and cmap[f] in grid.percent_columns:  # 0.039 shown as 3.9 %: the percent is 3.9
            raw = [round(c * 100, 9) if isinstance(c, (int, float)) and not isinstance(c, bool) else c for c in raw]
            report.notes.append(f"{cmap[f]}: the workbook formats its cells as percentages; 0.039 is read as 3.9 "
                                f"(%)")
        obj = DurationColumn(raw) if f == "duration_s" else NumberColumn(raw, integer=f in cols.COUNTS)
        objs[f] = obj
        num = obj.numbers if f == "duration_s" else obj
        h = _hint(hints, cmap[f], f)
        if h is not None and h not in FORMATS:
            raise InputError(f"{src.name}: hint for {cmap[f]!r}: {h!r} is not a number format (comma_decimal or "
                             f"dot_decimal)")
        decided[f] = h or num.decide()
    shared = {d for f, d in decided.items() if d in FORMATS}
    for f in numeric:
        col = cmap[f]
        num = objs[f].numbers if f == "duration_s" else objs[f]
        fmt = decided[f]
        if fmt is None and len(shared) == 1:
            fmt = next(iter(shared))
            others = sorted({cmap[g] for g, d in decided.items() if d == fmt})
            report.notes.append(f"{col}: its values fit both number formats; read as {fmt} like the file's other "
                                f"columns ({', '.join(others)})")
        if fmt is None:
            open_fields.add(f)
            ex = num.examples()
            report.ambiguities.append(Ambiguity(
                col, f, "number_format", [COMMA, DOT], ex,
                {r: [_meaning(readings(e)[0 if r == COMMA else 1]) for e in ex] for r in (COMMA, DOT)}))
        v, e, other = objs[f].resolve(fmt)
        values[f], errors[f] = v, e
        shown = fmt or "undecided"
        if f == "duration_s" and objs[f].has_clock:
            shown = "h:mm:ss" if fmt in (None, "plain", "native") else f"h:mm:ss, {fmt}"
        report.number_formats[col] = shown
        if other:
            report.warnings.append(f"{col}: {len(other)} value(s) look written in the other number format "
                                   f"({', '.join(repr(o) for o in other[:3])}) and were not read")
    locales = sorted(shared)
    report.number_locale = locales[0] if len(locales) == 1 else ("mixed" if locales else None)
    if len(locales) > 1:
        report.warnings.append("the columns use different number formats: " + ", ".join(
            f"{cmap[f]} {d}" for f, d in decided.items() if d in FORMATS))

    # dates
    if "published_at" in cmap:
        col = cmap["published_at"]
        h = _hint(hints, col, "published_at")
        if h is not None and h not in ORDERS:
            raise InputError(f"{src.name}: hint for {col!r}: {h!r} is not a date order (day_first or month_first)")
        try:
            dc = read_dates(cells("published_at"), column=col, row_label=label, hint=h, assume_tz=assume_tz,
                            export_date=_export_date(hints, src.modified),
                            workbook=grid.format in ("xlsx", "xlsm", "xlsb", "xls", "ods"))
        except InputError as e:
            raise InputError(f"{src.name}: {e}") from None
        values["published_at"], errors["published_at"] = dc.values, dc.errors
        values["time_known"] = dc.time_known
        report.date_column, report.date_order, report.date_formats = col, dc.order, dc.formats
        report.warnings += dc.warnings
        report.notes += dc.notes
        report.export_date = dc.export_date
        known = [k for k in dc.time_known if k is not None] or dc.undecided_times
        report.times = (None if not known else "known" if all(known) else "date only" if not any(known)
                        else "partly known")
        if dc.ambiguous:
            open_fields.add("published_at")
            examples = dc.examples
            report.ambiguities.append(Ambiguity(col, "published_at", "date_order", [DAY_FIRST, MONTH_FIRST],
                                                examples, {o: [_date_meaning(e, o) for e in examples]
                                                           for o in (DAY_FIRST, MONTH_FIRST)}))

    # texts
    for f in cols.TEXTS:
        if f in cmap:
            raw = cells(f)
            values[f] = [_text(v) for v in raw]
            if f == "post_id" and any(isinstance(v, float) and abs(v) > 2 ** 53 for v in raw):
                report.warnings.append(f"{cmap[f]}: the workbook stores long post ids as numbers, which lose their "
                                       f"last digits; format that column as text in the export")
    if "hashtags" in cmap:
        values["hashtags"] = [_tags(v) if not is_empty(v) else [] for v in cells("hashtags")]
    elif "title" in cmap:
        values["hashtags"] = [hashtags_of(t) for t in values["title"]]

    posts = _posts(kind, rows, values, errors, open_fields, label, report, cmap)
    if not posts and not report.ambiguities and kind != "any":
        detail = "; ".join(report.rows_skipped[:3])
        raise InputError(f"{src.name}: no usable rows" + (f" ({detail})" if detail else ""))
    ids = [p["post_id"] for p in posts if "post_id" in p]
    dupes = len(ids) - len(set(ids))
    if dupes:
        report.warnings.append(f"{dupes} row(s) repeat a post id already in the file")
    return TableRead(posts, report, list(grid.columns), rows)


def _date_meaning(raw: str, order: str) -> str:
    m = re.match(r"^(\d{1,2})[/.\-](\d{1,2})(?:[/.\-](\d{2,4}))?", raw)
    if not m:
        return raw
    a, b = int(m.group(1)), int(m.group(2))
    d, mo = (a, b) if order == DAY_FIRST else (b, a)
    y = m.group(3)
    months = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December")
    if not 1 <= mo <= 12:
        return "not a date"
    return f"{d} {months[mo - 1]}" + (f" {int(y) + 2000 if len(y) == 2 else int(y)}" if y else "")


def _skip(report: TableReport, line: str) -> None:
    report.n_skipped += 1
    if len(report.rows_skipped) < MAX_LISTED:
        report.rows_skipped.append(line)
    elif len(report.rows_skipped) == MAX_LISTED:
        report.rows_skipped.append("… (more rows skipped, see n_skipped)")


_WORDS = {"published_at": "date", "views": "views", "impressions": "impressions", "ctr_percent": "click-through rate",
          "post_id": "video id", "title": "title", "file": "file name"}
_EXAMPLES = {"published_at": ("Date", "Publish time", "Fecha", "Video publish time"),
             "views": ("Views", "Visualizaciones", "Total views", "Plays"),
             "impressions": ("Impressions", "Impresiones"),
             "ctr_percent": ("Impressions click-through rate (%)", "CTR"), "post_id": ("Content", "Video ID"),
             "title": ("Video title", "Title"), "file": ("File",)}


def _column_map(grid: Grid, platform: Optional[str], mapping: Optional[dict], name: str, notes: list) -> dict:
    """field -> column for a grid: the aliases, the user's edits, and views from impressions or
    reach where the table has no views column (said in ``notes``)."""
    plat = _normalize_platform(platform) if platform else cols.detect_platform(grid.columns)
    cmap = cols.apply_mapping(cols.map_columns(grid.columns, plat), mapping, grid.columns, name)
    if "views" not in cmap and not (mapping and "views" in mapping):
        for fb in ("impressions", "reach"):
            if fb in cmap:
                cmap["views"] = cmap[fb]
                notes.append(f"no views column: views are read from {cmap[fb]!r}"
                             + (" (X counts impressions as views)" if plat == "twitter" else ""))
                break
    return cmap


def _needs(kind: str) -> str:
    return " and ".join("/".join(_WORDS[f] for f in group) for group in REQUIRED.get(kind, ()))


def _require(kind: str, cmap: dict, grid: Grid, name: str) -> None:
    for group in REQUIRED.get(kind, ()):
        if not any(f in cmap for f in group):
            words = [_WORDS[f] for f in group]
            want = words[0] if len(words) == 1 else ", ".join(words[:-1]) + " or " + words[-1]
            examples = ", ".join(repr(a) for f in group for a in _EXAMPLES[f])
            found = ", ".join(map(repr, grid.columns[:15]))
            raise InputError(f"{name}: no {want} column (e.g. {examples}; columns found: {found}); map one in the "
                             f"import window or with --map {group[0]}=COLUMN")


def _posts(kind: str, rows: list, values: dict, errors: dict, open_fields: set, label, report,
           cmap: dict) -> list[dict]:
    required = [g for g in REQUIRED.get(kind, ()) if len(g) == 1]
    # a required field whose format is still a question: a value wrong in either format (negative, not a
    # number) skips its row already, so the skipped count is the same before and after the answer
    asked = [g[0] for g in required if g[0] in values and g[0] in open_fields]
    required = [g[0] for g in required if g[0] in values and g[0] not in open_fields]
    posts = []
    field_order = ("post_id", "title", "hashtags", "published_at", "time_known", "duration_s", "views", "likes",
                   "comments", "shares", "saves", "impressions", "reach", "ctr_percent", "watch_time_h", "account",
                   "url", "file", "post_type")
    for j in range(len(rows)):
        why = None
        for f in required:
            if values[f][j] is None:
                err = errors.get(f, {}).get(j)
                where = "" if cols.fold(cmap[f]) == cols.fold(f) else f" (column {cmap[f]!r})"
                why = (f"{f} {err}" if err else f"no {f.replace('published_at', 'date')}") + where
                if f == "views" and not err:  # reach and impressions count other things: said, not used
                    for other in ("reach", "impressions"):
                        n = values.get(other, [None] * (j + 1))[j]
                        if n is not None and cmap.get(other) != cmap[f]:
                            why = f"no views ({other} {int(round(n))} is not views)" + where
                            break
                break
        for f in asked if why is None else ():
            err = errors.get(f, {}).get(j)
            if values[f][j] is None and err:
                where = "" if cols.fold(cmap[f]) == cols.fold(f) else f" (column {cmap[f]!r})"
                why = f"{f} {err}{where}"
                break
        if why is None:  # an impossible count anywhere in the row: the row is not stored at all
            for f in cols.COUNTS:
                err = errors.get(f, {}).get(j)
                if err and TOO_LARGE in err:
                    where = "" if cols.fold(cmap[f]) == cols.fold(f) else f" (column {cmap[f]!r})"
                    why = f"{f} {err}{where}"
                    break
        if why:
            _skip(report, f"{label(j)}: {why}")
            continue
        post: dict = {}
        for f in field_order:
            if f not in values:
                continue
            v = values[f][j]
            if v is None:
                err = errors.get(f, {}).get(j)
                if err and len(report.warnings) < MAX_LISTED:
                    report.warnings.append(f"{label(j)}: {f} {err} (column {cmap.get(f, f)!r}; left out)")
                continue
            if f in cols.COUNTS or f == "duration_s":
                v = int(round(v))
            post[f] = v
        if not post or set(post) == {"hashtags"}:
            continue  # nothing mapped in this row (a mapping step still to do)
        if "post_id" not in post and "url" in post:
            post = {"post_id": post["url"], **post}
        posts.append(post)
    return posts


# -- comments ---------------------------------------------------------------------------------

COMMENT_COLUMNS = ("Comment", "Comments", "Comentario", "Comentarios", "Comentário", "Comentários", "Comment text",
                   "Texto del comentario", "Texto do comentário", "textDisplay", "textOriginal", "Text", "Texto",
                   "Body", "Message", "Mensaje", "Mensagem", "Content", "Contenido", "Conteúdo", "Caption")
_COMMENT_FOLDED = tuple(cols.fold(c) for c in COMMENT_COLUMNS)


def read_comments(source: Any, *, column: Optional[str] = None, name: Optional[str] = None) -> list[str]:
    """The comments of a comment file, each whole (line breaks inside a comment kept).

    Parameters
    ----------
    source : str, os.PathLike, bytes or binary file object
        A ``.txt`` file (one comment per non-empty line; a first line that is a comment
        column's header, "text", "Comment", "Comentarios"…, is read as a header) or a table (CSV/TSV in any delimiter and
        encoding, Excel, ODS, JSON) with a comment column: ``Comment``, ``Comentario``,
        ``Comentário``, ``Text``, ``textDisplay``… or ``column``.
    column : str, optional
        The column to read, when its name is not a known one.
    name : str, optional
        The name used in messages.

    Returns
    -------
    list of str
        The comments in file order, stripped, empty ones left out.

    Raises
    ------
    InputError
        The file is missing, binary, not readable, has no comment column (a table with several
        columns and none known), or holds no comment.
    """
    try:
        return _read_comments(source, column, name)
    except InputError as e:
        raise _one_line(e) from None


def _read_comments(source: Any, column: Optional[str], name: Optional[str]) -> list[str]:
    src = load_source(source, name)
    if not src.data.strip():
        raise InputError(f"{src.name}: no comments found (the file is empty)")
    as_lines = src.suffix in (".txt", ".text", "") and sniff_format(src) == "text"
    if as_lines:
        text, _ = decode_text(src.data, src.name)
        if src.suffix == "":
            grid = None
            try:
                grid = read_grid(src)
            except InputError:
                pass
            if grid is not None and _comment_column(grid.columns, column) is not None:
                return _comments_from_grid(grid, column, src.name)
        out = [line.strip() for line in text.lstrip("\ufeff").splitlines() if line.strip()]
        if out and cols.fold(out[0]) in _COMMENT_FOLDED:
            out = out[1:]  # a header line ("text", "Comentarios"): a heading, not a comment
    else:
        out = _comments_from_grid(read_grid(src), column, src.name)
    if not out:
        raise InputError(f"{src.name}: no comments found")
    return out


def _comment_column(columns: list[str], column: Optional[str]) -> Optional[str]:
    if column is not None:
        return column if column in columns else None
    folded = {cols.fold(c): c for c in reversed(columns)}
    for a in _COMMENT_FOLDED:
        if a in folded:
            return folded[a]
    return None


def _comments_from_grid(grid: Grid, column: Optional[str], name: str) -> list[str]:
    col = _comment_column(grid.columns, column)
    if col is None:
        if column is not None:
            raise InputError(f"{name}: no column {column!r} (columns: {', '.join(map(repr, grid.columns[:15]))})")
        if len(grid.columns) == 1:  # one column with no known header: its first line is a comment too
            first = grid.columns[0]
            cells = [first] + [r[0] for r in grid.rows]
            return [str(c).strip() for c in cells if not is_empty(c) and str(c).strip()]
        raise InputError(f"{name}: no comment column: the columns found are "
                         f"{', '.join(map(repr, grid.columns[:12]))}{', …' if len(grid.columns) > 12 else ''}, "
                         f"and a comment column is read by one of these headers: {', '.join(COMMENT_COLUMNS)}; "
                         "rename the comment column's header to one of them (or keep only that column)")
    i = grid.columns.index(col)
    return [str(r[i]).strip() for r in grid.rows if not is_empty(r[i]) and str(r[i]).strip()]
