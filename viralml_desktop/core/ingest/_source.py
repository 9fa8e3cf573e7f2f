"""Bytes in, a grid out: the file's format, its text encoding, its CSV dialect, its header.

Every way a user's table can arrive ends here as a :class:`Grid` (column names and rows of raw
cells), whatever it was: CSV/TSV in any of the encodings the app's users' spreadsheets write,
an Excel or LibreOffice workbook, JSON or JSON lines. Nothing is interpreted yet (numbers and
dates stay as the file wrote them); that is the job of ``_numbers`` and ``_dates``.

- Format: from the bytes (zip / OLE / text), never from the file name alone.
- Encoding: a byte-order mark first; then strict UTF-8 (a non-UTF-8 text practically never
  decodes as UTF-8); UTF-16 without a mark only when charset-normalizer says so *and* the bytes
  hold the NULs that UTF-16 text always has (a cp1252 file has none, so its byte count can
  never turn it into UTF-16); otherwise charset-normalizer between cp1252 (which reads latin-1
  text the same) and Mac Roman, the two single-byte encodings that Excel's "CSV" writes.
- Dialect: clevercsv's detector (data consistency, not ``csv.Sniffer``'s guesses), over the
  first 20,000 characters; the file is then read with the standard ``csv`` module.
- Workbooks: python-calamine (xlsx, xlsm, xlsb, xls, ods), the first visible sheet by default.
"""
from __future__ import annotations

import csv
import io
import json
import os
import re
import stat
import zipfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Optional

from viralml_desktop.core.errors import InputError

MAX_FILE_BYTES = 200 * 1024 * 1024
SNIFF_CHARS = 20_000
DELIMITERS = [",", ";", "\t", "|"]
MAX_JSON_DEPTH = 64
_SINGLE_BYTE = ["cp1252", "mac_roman"]

_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
         (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
# What a wrong file usually is, so the one-line error can say it.
_MAGIC = ((b"%PDF", "a PDF document"), (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"),
          (b"GIF8", "a GIF image"), (b"RIFF", "a RIFF (WAV/AVI/WebP) file"), (b"ID3", "an MP3 file"),
          (b"\x1f\x8b", "a gzip archive"), (b"7z\xbc\xaf", "a 7-Zip archive"), (b"Rar!", "a RAR archive"),
          (b"SQLite format 3", "an SQLite database"), (b"\x1aE\xdf\xa3", "a Matroska/WebM video"))
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SEP_LINE = re.compile(r"^sep=(.)\r?\n", re.IGNORECASE)


@dataclass
class Source:
    """The raw bytes of one input, with the name used in messages and the file's date."""

    data: bytes
    name: str
    suffix: str = ""
    modified: Optional[datetime] = None  # the file's modification time (local), None for bytes


@dataclass
class Grid:
    """A table before interpretation: header names and rows of raw cells.

    ``row_numbers[i]`` is how a user finds ``rows[i]`` in the file: the spreadsheet row (the
    header is row 1 in a CSV without a title line), the JSON item, or the JSON-lines line.
    Cells are ``str`` for text formats; workbooks and JSON also give ``float``/``int``/``bool``,
    ``datetime``/``date``/``time``/``timedelta`` and ``None``.
    """

    columns: list[str]
    rows: list[list[Any]]
    row_numbers: list[int]
    format: str  # csv, tsv, xlsx, xlsm, xlsb, xls, ods, json, jsonl
    row_word: str = "row"  # "row", "item" (JSON) or "line" (JSON lines)
    encoding: Optional[str] = None
    delimiter: Optional[str] = None
    sheet: Optional[str] = None
    bad_rows: list[tuple[int, str]] = field(default_factory=list)  # (row number, reason) unreadable rows
    percent_columns: list[str] = field(default_factory=list)  # workbook columns whose numbers show as 12.5 %


# -- loading -----------------------------------------------------------------------------------

def load_source(source: Any, name: Optional[str] = None, max_bytes: int = MAX_FILE_BYTES) -> Source:
    """The bytes of a path, of ``bytes``/``bytearray``/``memoryview`` or of a binary file object."""
    if isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
        label = name or "the data"
        if len(data) > max_bytes:
            raise InputError(f"{label} is larger than {max_bytes // 2**20} MB")
        return Source(data, label, Path(name).suffix.lower() if name else "")
    if hasattr(source, "read"):
        data = source.read(max_bytes + 1)
        if isinstance(data, str):
            data = data.encode("utf-8")
        label = name or Path(str(getattr(source, "name", "") or "the data")).name
        if len(data) > max_bytes:
            raise InputError(f"{label} is larger than {max_bytes // 2**20} MB")
        return Source(data, label, Path(label).suffix.lower())
    if not isinstance(source, (str, os.PathLike)):
        raise InputError(f"cannot read a table from a {type(source).__name__}")
    p = Path(source)
    label = name or p.name
    try:
        st = p.stat()
    except FileNotFoundError:
        raise InputError(f"file not found: {p}") from None
    except OSError as e:
        raise InputError(f"cannot read {p}: {e.strerror}") from None
    if not stat.S_ISREG(st.st_mode):
        raise InputError(f"not a file: {p}")
    if st.st_size > max_bytes:
        raise InputError(f"{label} is {st.st_size / 2**20:.0f} MB, larger than {max_bytes // 2**20} MB")
    try:
        data = p.read_bytes()
    except OSError as e:
        raise InputError(f"cannot read {p}: {e.strerror}") from None
    return Source(data, label, p.suffix.lower(), datetime.fromtimestamp(st.st_mtime))


# -- text ----------------------------------------------------------------------------------

def _binary_error(name: str, data: bytes) -> InputError:
    for magic, what in _MAGIC:
        if data.startswith(magic):
            return InputError(f"{name} is {what}, not a table (CSV, Excel, JSON)")
    if data[4:8] == b"ftyp":
        return InputError(f"{name} is an MP4/MOV video or HEIC image, not a table (CSV, Excel, JSON)")
    return InputError(f"{name} is a binary file, not a table (CSV, Excel, JSON)")


def decode_text(data: bytes, name: str) -> tuple[str, str]:
    """``(text, encoding)`` of a text file; :class:`InputError` when it is not text.

    The encoding is reported as Python names it: ``utf-8``, ``utf-8-sig`` (UTF-8 with a BOM),
    ``utf-16`` (with a BOM), ``utf-16-le``/``utf-16-be`` (proven without one), ``cp1252``
    (also the reading of latin-1 text: the two differ only in C1 control bytes no text uses)
    or ``mac_roman``.
    """
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError as e:
                raise InputError(f"{name}: not valid {enc.upper().replace('-SIG', '')} despite its byte-order "
                                 f"mark (byte {e.start})") from None
    if b"\x00" in data:
        return _utf16_without_bom(data, name)
    try:
        text, enc = data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(data, cp_isolation=_SINGLE_BYTE).best()
        if best is None:
            raise _binary_error(name, data) from None
        text, enc = str(best), best.encoding
    _check_text(text, name, data)
    return text, enc


def _utf16_without_bom(data: bytes, name: str) -> tuple[str, str]:
    """UTF-16 without a byte-order mark, only when the bytes prove it; else a binary file."""
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=["utf_16_le", "utf_16_be"]).best()
    if best is not None and len(data) % 2 == 0:
        enc = "utf-16-le" if "le" in best.encoding else "utf-16-be"
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            raise _binary_error(name, data) from None
        # UTF-16 text of these scripts has a NUL in (almost) every other byte; the decoded text
        # must be clean, with no stray control characters.
        half = data[1::2] if enc == "utf-16-le" else data[0::2]
        if half.count(0) >= 0.5 * len(half) and not _CONTROL.search(text):
            return text, enc
    raise _binary_error(name, data)


def _check_text(text: str, name: str, data: bytes) -> None:
    bad = len(_CONTROL.findall(text[:100_000]))
    if bad > max(2, len(text[:100_000]) // 200):
        raise _binary_error(name, data)


# -- formats -------------------------------------------------------------------------------

def sniff_format(src: Source) -> str:
    """``xlsx``/``xlsm``/``xlsb``/``ods``/``xls`` for workbooks (by their bytes), ``text`` otherwise."""
    data = src.data
    if data.startswith(b"PK\x03\x04"):
        try:
            names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
        except zipfile.BadZipFile:
            raise InputError(f"{src.name} is a damaged zip/Excel file") from None
        if "xl/workbook.bin" in names:
            return "xlsb"
        if "xl/workbook.xml" in names:
            return "xlsm" if src.suffix == ".xlsm" else "xlsx"
        if "content.xml" in names:
            return "ods"
        raise InputError(f"{src.name} is a zip archive, not a table: unzip it and open the CSV or Excel file "
                         f"inside")
    if data.startswith(_OLE):
        return "xls"
    return "text"


def read_grid(src: Source, sheet: Optional[str] = None) -> Grid:
    """The :class:`Grid` of any supported input; :class:`InputError` with one line otherwise."""
    if not src.data.strip():
        raise InputError(f"{src.name} is empty")
    fmt = sniff_format(src)
    if fmt != "text":
        return _workbook_grid(src, fmt, sheet)
    text, enc = decode_text(src.data, src.name)
    if not text.strip():
        raise InputError(f"{src.name} is empty")
    head = text.lstrip("\ufeff \t\r\n")[:1]
    if src.suffix in (".json", ".jsonl", ".ndjson") or head in ("[", "{"):
        try:
            grid = _json_grid(text, src)
        except InputError:
            if src.suffix not in (".csv", ".tsv", ".txt"):
                raise
            grid = _csv_grid(text, src)  # a CSV whose first cell starts with a bracket
    else:
        grid = _csv_grid(text, src)
    grid.encoding = enc
    return grid


def _header_and_rows(cells: list[list[Any]], numbers: list[int], name: str, fmt: str, **kw) -> Grid:
    """Pick the header row (the first non-empty one, after a one-cell title line) and the rows."""
    def filled(r: list[Any]) -> int:
        return sum(1 for c in r if c is not None and str(c).strip() != "")

    idx = []
    for i, r in enumerate(cells):
        if filled(r):
            idx.append(i)
            if len(idx) == 2:
                break
    if not idx:
        raise InputError(f"{name} has no rows")
    h = idx[0]
    if filled(cells[h]) == 1 and len(idx) > 1 and filled(cells[idx[1]]) > 1:
        h = idx[1]  # a report title above the header ("Content analytics, Oct 2025")
    header = [str(c).replace("\ufeff", "").strip() if c is not None else "" for c in cells[h]]
    while header and header[-1] == "":
        header.pop()
    if not header:
        raise InputError(f"{name} has no header row")
    seen: dict[str, int] = {}
    columns = []
    for i, c in enumerate(header):
        c = c or f"column {i + 1}"
        seen[c] = seen.get(c, 0) + 1
        columns.append(c if seen[c] == 1 else f"{c} ({seen[c]})")
    rows, nums, bad = [], [], []
    width = len(columns)
    for r, n in zip(cells[h + 1:], numbers[h + 1:]):
        if not filled(r):
            continue
        r = list(r)
        while len(r) > width and (r[-1] is None or str(r[-1]).strip() == ""):
            r.pop()
        if len(r) > width:
            bad.append((n, f"{len(r)} cells for {width} columns (an unquoted delimiter inside a value?)"))
            continue
        rows.append(r + [None] * (width - len(r)))
        nums.append(n)
    return Grid(columns, rows, nums, fmt, bad_rows=bad, **kw)


def _csv_grid(text: str, src: Source) -> Grid:
    import clevercsv

    delimiter = None
    m = _SEP_LINE.match(text.lstrip("\ufeff"))
    if m:  # Excel's "sep=;" first line says it outright
        delimiter, text = m.group(1), text.lstrip("\ufeff")[m.end():]
        quotechar, escapechar = '"', None
    else:
        sample = text[:SNIFF_CHARS]
        if len(text) > SNIFF_CHARS and "\n" in sample:
            sample = sample[: sample.rfind("\n") + 1]
        try:
            d = clevercsv.Detector().detect(sample, delimiters=DELIMITERS)
        except Exception:  # noqa: BLE001 - a detector failure reads as one column
            d = None
        delimiter = (d.delimiter if d else "") or ("\t" if src.suffix == ".tsv" else "")
        quotechar = (d.quotechar if d else "") or '"'
        escapechar = (d.escapechar if d else "") or None
    fmt = "tsv" if delimiter == "\t" else "csv"
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter or "\x1f", quotechar=quotechar,
                        escapechar=escapechar, doublequote=True, strict=False)
    cells, numbers = [], []
    try:
        for n, r in enumerate(reader, start=1):
            cells.append(r)
            numbers.append(n)
    except csv.Error as e:
        raise InputError(f"{src.name}: row {len(cells) + 1}: not readable as CSV ({e})") from None
    return _header_and_rows(cells, numbers, src.name, fmt, delimiter=delimiter or None)


def _workbook_grid(src: Source, fmt: str, sheet: Optional[str]) -> Grid:
    from python_calamine import CalamineWorkbook

    try:
        wb = CalamineWorkbook.from_filelike(io.BytesIO(src.data))
        names = wb.sheet_names
        if sheet is not None:
            if sheet not in names:
                raise InputError(f"{src.name} has no sheet {sheet!r} (sheets: {', '.join(map(repr, names))})")
            chosen = sheet
        else:
            visible = [m.name for m in wb.sheets_metadata if str(m.visible).endswith("Visible")
                       and "WorkSheet" in str(m.typ)]
            chosen = (visible or names or [None])[0]
        if chosen is None:
            raise InputError(f"{src.name} has no sheet")
        ws = wb.get_sheet_by_name(chosen)
        cells = ws.to_python(skip_empty_area=False)
    except InputError:
        raise
    except Exception as e:  # noqa: BLE001 - calamine raises its own types (password, damaged zip, XML)
        msg = str(e).splitlines()[0] if str(e) else type(e).__name__
        raise InputError(f"{src.name}: cannot open the {fmt} workbook ({msg})") from None
    # a whole number stored as a float (every xlsx number is one) is shown as 1200, not 1200.0; past
    # 2**53 it stays a float, so a long id that lost its last digits can still be told apart
    cells = [[None if c == "" else int(c) if isinstance(c, float) and c.is_integer() and abs(c) <= 2 ** 53 else c
              for c in r] for r in cells]
    numbers = list(range(1, len(cells) + 1))
    grid = _header_and_rows(cells, numbers, src.name, fmt, sheet=chosen)
    if fmt in ("xlsx", "xlsm"):
        grid.percent_columns = [grid.columns[i] for i in sorted(_percent_columns(src.data, chosen))
                                if i < len(grid.columns)]
    return grid


def _percent_columns(data: bytes, sheet: str) -> set[int]:
    """Indexes of the sheet's columns whose numeric cells are mostly percent-formatted.

    A cell holding 0.039 with the number format ``0.0%`` is what Excel shows as 3.9 %; calamine
    gives the 0.039 without the format, so openpyxl reads the formats (read-only, streamed)."""
    from openpyxl import load_workbook

    counts: dict[int, list[int]] = {}
    try:
        wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        try:
            for row in wb[sheet].iter_rows():
                for i, cell in enumerate(row):
                    v = getattr(cell, "value", None)
                    if isinstance(v, (int, float)) and not isinstance(v, bool):
                        c = counts.setdefault(i, [0, 0])
                        c[0] += 1
                        c[1] += "%" in str(getattr(cell, "number_format", "") or "")
        finally:
            wb.close()
    except Exception:  # noqa: BLE001 - formats are a refinement: a workbook openpyxl cannot read keeps its values
        return set()
    return {i for i, (n, pct) in counts.items() if pct and 2 * pct > n}


def workbook_sheets(src: Source) -> list[str]:
    """The visible worksheets of a workbook, in order; ``[]`` for any other file or one that
    cannot be opened (reading it then says why)."""
    fmt = sniff_format(src)
    if fmt == "text":
        return []
    from python_calamine import CalamineWorkbook

    try:
        wb = CalamineWorkbook.from_filelike(io.BytesIO(src.data))
        visible = [m.name for m in wb.sheets_metadata if str(m.visible).endswith("Visible")
                   and "WorkSheet" in str(m.typ)]
        return visible or list(wb.sheet_names)
    except Exception:  # noqa: BLE001 - calamine raises its own types; read_grid reports them
        return []


# -- JSON ---------------------------------------------------------------------------------

def _records(data: Any, depth: int = 0) -> Optional[list]:
    """The first list of objects in a document, depth first: a plain list, ``{"posts": [...]}``
    or a data-download tree such as ``{"Video": {"Videos": {"VideoList": [...]}}}``."""
    if depth > MAX_JSON_DEPTH:
        return None
    if isinstance(data, list) and data and all(isinstance(r, dict) for r in data):
        return data
    if isinstance(data, list) and len(data) > 1 and all(isinstance(r, list) for r in data):
        return data  # a header row and rows
    if isinstance(data, dict):
        for v in data.values():
            found = _records(v, depth + 1)
            if found:
                return found
    return None


def _flatten(obj: dict, prefix: str = "", depth: int = 0) -> dict:
    out: dict = {}
    for k, v in obj.items():
        key = f"{prefix}{k}"
        if isinstance(v, dict) and depth < 3:
            out.update(_flatten(v, key + ".", depth + 1))
        else:
            out[key] = v
    return out


def _loads(text: str) -> Any:
    try:
        return json.loads(text)
    except RecursionError:
        raise ValueError("nested too deeply") from None


def _json_grid(text: str, src: Source) -> Grid:
    body = text.lstrip("\ufeff")
    try:
        if src.suffix in (".jsonl", ".ndjson"):
            raise ValueError("JSON lines")
        doc = _loads(body)
        lines = None
    except ValueError as e:
        lines = body.splitlines()
        first = next((ln for ln in lines if ln.strip()), "")
        try:
            first_is_object = isinstance(_loads(first), dict) and len(lines) > 1
        except ValueError:
            first_is_object = False
        if first_is_object:  # JSON lines: the first line is a whole object by itself
            doc = None
        else:
            lines = None
            msg = e.msg if isinstance(e, json.JSONDecodeError) else str(e)
            where = f" (line {e.lineno}, column {e.colno})" if isinstance(e, json.JSONDecodeError) else ""
            raise InputError(f"{src.name} is not valid JSON: {msg}{where}") from None
    if lines is not None:  # JSON lines: one object per line
        objs, numbers, bad = [], [], []
        for n, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                obj = _loads(line)
            except ValueError as e:
                bad.append((n, f"not valid JSON ({e.msg if isinstance(e, json.JSONDecodeError) else e})"))
                continue
            if not isinstance(obj, dict):
                bad.append((n, f"a JSON {type(obj).__name__}, not an object"))
                continue
            objs.append(_flatten(obj))
            numbers.append(n)
        if not objs:
            raise InputError(f"{src.name}: no line holds a JSON object"
                             + (f" (line {bad[0][0]}: {bad[0][1]})" if bad else ""))
        grid = _object_grid(objs, numbers, "jsonl", "line")
        grid.bad_rows = bad
        return grid
    recs = _records(doc)
    if not recs and isinstance(doc, dict) and doc and not any(isinstance(v, (list, dict)) for v in doc.values()):
        recs = [doc]  # one object: one row
    if not recs:
        raise InputError(f"{src.name} holds no list of rows (a JSON list of objects was expected)")
    if isinstance(recs[0], list):
        cells = [list(r) for r in recs]
        return _header_and_rows(cells, list(range(1, len(cells) + 1)), src.name, "json", row_word="item")
    objs = [_flatten(r) for r in recs]
    return _object_grid(objs, list(range(1, len(objs) + 1)), "json", "item")


def _object_grid(objs: list[dict], numbers: list[int], fmt: str, word: str) -> Grid:
    columns: list[str] = []
    seen: set[str] = set()
    for o in objs:
        for k in o:
            if k not in seen:
                seen.add(k)
                columns.append(str(k))
    rows = [[o.get(c) for c in columns] for o in objs]
    return Grid(columns, rows, numbers, fmt, row_word=word)
