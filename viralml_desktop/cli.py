"""The ``viralml`` command: gui (default), predict, health, serve, batch, and the GUI's jobs that
have no endpoint: frames (best thumbnail frames of a video), import-videos (labelled videos for
the personal virality model), import (an analytics export into the channel history, with its
import report; ``import-history`` is its old name), accounts (the stored ones), kit (the release kit)
and report (the after-release report, a PDF).

Errors are one line on stderr with a non-zero exit, in the app's language (``--lang`` of kit and
report, else ``VIRALML_LANG``, else the app's language setting; :func:`say_error`); results are JSON
on stdout (``import`` and ``accounts`` print plain lines unless given ``--json``).
"""
from __future__ import annotations

import argparse
import contextlib
import functools
import json
import logging
import os
import re
import stat
import sys
from typing import Optional

from viralml_desktop import __version__

EXIT_INPUT = 2
MAX_REQUEST_FILE_BYTES = 64 * 10**6  # a request file or stdin; the largest real one is a few MB
EXIT_UNAVAILABLE = 3


def _size(text: str) -> tuple[int, int]:
    try:
        w, h = text.lower().split("x")
        w, h = int(w), int(h)
        if w < 200 or h < 150 or w > 8000 or h > 8000:
            raise ValueError
        return w, h
    except ValueError:
        raise argparse.ArgumentTypeError(f"size must be WxH, e.g. 1280x800 (got {text!r})") from None


def build_parser() -> argparse.ArgumentParser:
    from viralml_desktop.core.engine import CAPABILITIES
    from viralml_desktop.core.vocabulary import PLATFORMS

    p = _Parser(prog="viralml", description="ViralML Desktop: offline content analysis.")
    p.add_argument("--version", action="version", version=f"viralml {__version__}")
    p.add_argument("-v", "--verbose", action="store_true", help="log to stderr")
    sub = p.add_subparsers(dest="command")

    g = sub.add_parser("gui", help="open the main window (default)")
    g.add_argument("--screenshot", metavar="FILE", help="render the window offscreen to a PNG and exit")
    g.add_argument("--tab", metavar="NAME", help="tab to show (virality, thumbnails, captions, posting_time, "
                                                  "account_health, affinity, screenshot, release, ml_health)")
    g.add_argument("--size", metavar="WxH", type=_size, help="window size, e.g. 1280x800")
    g.add_argument("files", nargs="*", metavar="FILE",
                   help="files to open, as if dropped on the window (the shown tab, else the first that takes them)")

    pr = sub.add_parser("predict", help="run one capability on a JSON request")
    pr.add_argument("capability", choices=sorted(CAPABILITIES), metavar="CAPABILITY",
                    help="one of: " + ", ".join(sorted(CAPABILITIES)))
    pr.add_argument("--json", dest="json_file", required=True, metavar="FILE", help="request JSON file, or - for stdin")
    pr.add_argument("--pretty", action="store_true", help="indent the output")

    sub.add_parser("health", help="print the ML health JSON")

    s = sub.add_parser("serve", help="run the local HTTP server (CONTRACT.md endpoints)")
    s.add_argument("--host", default="127.0.0.1")
    s.add_argument("--port", type=int, default=8000)
    s.add_argument("--media-root", action="append", default=[], metavar="DIR",
                   help="folder whose files requests may name by path (repeatable; adds to app.media_roots "
                        "and VIRALML_MEDIA_ROOTS)")

    b = sub.add_parser("batch", help="run a capability over a folder or CSV, resumable")
    b.add_argument("capability", choices=sorted(CAPABILITIES), metavar="CAPABILITY")
    b.add_argument("--input", required=True, metavar="DIR_OR_CSV")
    b.add_argument("--output", required=True, metavar="FILE.csv|.jsonl")
    b.add_argument("--workers", type=int, default=None,
                   help="items run at once (default 1); with --cluster, items in flight (default 2 x its CPUs)")
    b.add_argument("--cluster", metavar="ray://HOST:PORT|auto|local",
                   help="run the items as Ray tasks on a cluster (needs the cluster extra); auto: the one "
                        "`ray start` runs here; local: start one on this machine")
    b.add_argument("--media", choices=("bytes", "shared"), default="bytes",
                   help="with --cluster: send each file's bytes to the workers (default), or only its path "
                        "(storage every node mounts at the same path)")
    b.add_argument("--retry-errors", action="store_true",
                   help="run again the items whose earlier row in the output has an error")

    f = sub.add_parser("frames", help="the best thumbnail frames of a video (JSON; with --out, 1280x720 JPGs as YouTube takes them)")
    f.add_argument("video", metavar="VIDEO")
    f.add_argument("--count", type=_positive, default=5, metavar="N", help="frames to return (default 5)")
    f.add_argument("--out", metavar="DIR", help="write each frame there as frame_<time>s.jpg (1280x720, under 2 MB)")

    iv = sub.add_parser("import-videos", help="import past videos and their views (personal virality model)")
    iv.add_argument("folder", metavar="FOLDER", help="folder of your past videos")
    iv.add_argument("views_csv", metavar="CSV", nargs="?", default="",
                    help="their views: a file or title column and a views column (optional with --account)")
    iv.add_argument("--genre", default="", metavar="G", help="genre of these videos")
    iv.add_argument("--account", default="", metavar="NAME",
                    help="the channel history's account: videos match its stored posts by id, title or file name")

    im = sub.add_parser("import", aliases=["import-history"],
                        help="read an analytics export into the channel history (prints the import report)")
    im.add_argument("file", metavar="FILE", help="YouTube Studio, TikTok Studio, Instagram / Meta, X or any "
                                                 "table of posts (CSV, TSV, XLSX/XLS/ODS, JSON, JSON lines)")
    im.add_argument("--account", metavar="NAME", help="account to store the posts under (default: the file's "
                                                      "account column when it names one account, else the "
                                                      "file name without its extension)")
    im.add_argument("--platform", metavar="P", help="platform of the export: " + ", ".join(PLATFORMS)
                    + " or generic (default: from its columns)")
    im.add_argument("--dry-run", action="store_true", help="read and report, store nothing")
    im.add_argument("--json", action="store_true", help='print {"report": ..., "posts": [...]} as JSON')
    im.add_argument("--tz", default="UTC", metavar="ZONE",
                    help="IANA time zone of times written without an offset (default UTC)")
    im.add_argument("--hint", action="append", default=[], metavar="COLUMN=READING",
                    help="answer a question of the report: day_first, month_first, comma_decimal or "
                         "dot_decimal for a column (or field); repeatable")
    im.add_argument("--export-date", metavar="YYYY-MM-DD",
                    help="the day the export was downloaded (places dates written without a year; "
                         "default the file's date)")
    im.add_argument("--map", action="append", default=[], metavar="FIELD=COLUMN",
                    help="read FIELD (views, published_at, title, post_id…) from COLUMN; FIELD= unmaps it; "
                         "repeatable")
    im.add_argument("--sheet", metavar="NAME", help="the workbook's sheet (default the first visible one)")

    tm = sub.add_parser("trust-model", help="confirm user-supplied YOLO weights once (checksum and a restricted "
                                            "load), so the app may use them")
    tm.add_argument("file", metavar="FILE.pt", help="the weights file, e.g. yolov8n.pt")
    tm.add_argument("--sha256", metavar="HEX", help="the checksum published with the weights; without it the "
                                                    "file's checksum is shown and asked to be confirmed")

    k = sub.add_parser("kit", help="prepare a release: virality, ranked thumbnails, a caption per platform, "
                                   "posting slots (.ics) and a PDF report in one folder")
    k.add_argument("video", metavar="VIDEO")
    k.add_argument("--out", required=True, metavar="DIR", help="the kit's folder (must not exist or be empty, "
                                                               "unless --overwrite)")
    k.add_argument("--title", metavar="T", help="the song's title")
    k.add_argument("--artist", metavar="A", help="the artist")
    k.add_argument("--genre", metavar="G", help="trap, reggaeton, latin_pop ... (as predict_virality takes it)")
    k.add_argument("--countries", default="US", metavar="US,MX", help="the audience's countries, ISO codes "
                                                                      "(default US)")
    k.add_argument("--platforms", default="tiktok,instagram,youtube", metavar="P,P",
                   help="tiktok, instagram, youtube (default all three)")
    k.add_argument("--account", metavar="NAME", help="a stored channel history (viralml import) to use")
    k.add_argument("--lang", choices=("en", "es"), help="the report's language (default: the app's language "
                                                        "setting, else en)")
    k.add_argument("--page-size", type=_page_size, choices=("A4", "Letter"), default="A4",
                   help="the report's page size (any case)")
    k.add_argument("--candidates", type=_positive, default=5, metavar="N", help="thumbnail candidates (default 5)")
    k.add_argument("--overwrite", action="store_true", help="replace an existing kit folder")

    rp = sub.add_parser("report", help="the after-release report of a stored account and one of its posts: "
                                       "account health, views against the predicted peak, comment sentiment, "
                                       "next steps, as a PDF")
    rp.add_argument("--account", required=True, metavar="NAME", help="a stored channel history (viralml accounts)")
    rp.add_argument("--post", metavar="ID", help="the post's stored id (default: the newest post)")
    rp.add_argument("--comments", metavar="FILE", help="the post's comments: CSV/TSV/Excel/ODS/JSON with a comment "
                                                       "column, or a text file with one comment a line")
    rp.add_argument("--out", required=True, metavar="REPORT.pdf", help="the PDF to write")
    rp.add_argument("--lang", choices=("en", "es"), help="the report's language (default: the app's language "
                                                         "setting, else en)")
    rp.add_argument("--page-size", type=_page_size, choices=("A4", "Letter"), default="A4",
                    help="the report's page size (any case)")
    rp.add_argument("--overwrite", action="store_true", help="replace REPORT.pdf when it exists")
    rp.add_argument("--json", action="store_true", help="print the whole response (series, every comment) "
                                                        "instead of its summary")

    ac = sub.add_parser("accounts", help="list the accounts in the channel history")
    ac.add_argument("--json", action="store_true", help="print them as JSON")
    return p


def _page_size(text: str) -> str:
    """A page size as written in any case ("letter", "a4") -> its choice's spelling; anything else
    as it is, for argparse's ``choices`` to refuse."""
    return {"a4": "A4", "letter": "Letter"}.get(str(text).strip().lower(), text)


def _positive(text: str) -> int:
    try:
        n = int(text)
        if n < 1:
            raise ValueError
        return n
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a whole number of at least 1 (got {text!r})") from None


#: Every line ``error:`` may say for bad input: the CLI's own, the command line parser's and core's
#: (a missing or unreadable file, a file that is not a video, a request or an import file that is
#: not one), as templates whose ``{fields}`` stand for what varies (a path, a value). Their Spanish is
#: in the app's catalogue (context ``cli``); :func:`say_error` matches a line against them.
ERROR_LINES = (
    'cannot read {path}: {why}',
    '{path} is not a regular file (a request is a .json file or - for stdin)',
    '{path} is {size} MB; a request file may be at most {limit} MB',
    '{path}: a request may be at most {limit} MB',
    '{path} is not UTF-8 text (byte {byte})',
    '{path}: the request file is empty (a request is one JSON object, as in CONTRACT.md)',
    '{path}: the request is empty (a request is one JSON object, as in CONTRACT.md)',
    '{path} is not valid JSON: {why} at line {line} column {column}',
    '{path}: JSON nested too deep to read',
    '{path}: a number has too many digits to be a count',
    '--out {path} is a file, not a folder',
    '--out {path} already exists (use --overwrite to replace it)',
    '--out {path} is a folder, not a file',
    '--export-date {value} is not a date (YYYY-MM-DD)',
    '--export-date: the export date {day} is in the future (today is {today})',
    '--export-date: the export date {day} is before the first post {first} in the file',
    '--account: the account name is empty',
    '{option} {value}: expected COLUMN=READING',
    '{option} {value}: expected FIELD=COLUMN',
    '{option} {value}: the column name is empty',
    '{option} {value}: the field name is empty',
    '{option}: give at least one country code, e.g. US,MX',
    '{option}: give at least one platform: tiktok, instagram, youtube',
    'cannot store the posts: {why}',
    'cannot read the channel history: {why}',
    'weights file not found: {path}',
    'compare it with the checksum its publisher gives, then run again with --sha256 <that checksum>',
    'not trusted (nothing changed)',
    'unknown tab {tab}; one of: {tabs}',
    'argument {argument}: {why}',
    'invalid choice: {value} (choose from {choices})',
    'the following arguments are required: {arguments}',
    'unrecognized arguments: {arguments}',
    'expected one argument',
    'invalid {kind} value: {value}',
    'must be a whole number of at least 1 (got {value})',
    'size must be WxH, e.g. 1280x800 (got {value})',
    'video not found: {path}',
    'image not found: {path}',
    'file not found: {path}',
    'views file not found: {path}',
    'cannot read video {path}: {why}',
    'cannot read image {path}: {why}',
    'cannot read file {path}: {why}',
    'not a regular file: {path}',
    'not a file: {path}',
    'no permission to read {path}',
    'video is empty (0 bytes): {name}',
    'image is empty (0 bytes): {name}',
    'file is empty (0 bytes): {name}',
    'video too large: {name} is {size} MB (limit {limit} MB)',
    'image too large: {name} is {size} MB (limit {limit} MB)',
    'No such file or directory',
    'Permission denied',
    'Is a directory',
    'Not a directory',
    'File name too long',
    'not a playable video (invalid data): {name}',
    'cannot open video {name}: {why}',
    'no video or audio stream in {name}',
    '{name} is a still picture ({kind}), not a video',
    '{name} is a still picture (a video of a single frame), not a video',
    '{name} is a sound file, not a video: it has no picture',
    '{name} is a sound file, not a video: its only picture is the cover art',
    '{name}: its first video frame does not decode ({why}): not a video, or the file is damaged',
    '{name}: no video frame decodes: not a video, or the file is damaged',
    'invalid request: {why}',
    'expected a JSON object, got {kind}',
    '{field}: Field required',
    'Expecting value',
    'Expecting property name enclosed in double quotes',
    "Expecting ',' delimiter",
    "Expecting ':' delimiter",
    'Unterminated string starting at',
    'Extra data',
    'Invalid control character at',
    'Invalid \\escape',
    '{name}: no {want} column (e.g. {examples}; columns found: {found}); map one in the import window or with --map {field}=COLUMN',
    'date',
    'views',
    'video id, title or file name',
    'comment',
    'impressions',
    'click-through rate',
    '{name} is empty',
    '{name} has no rows',
    '{name} has no header row',
    '{name} has no sheet',
    '{name} has no sheet {sheet} (sheets: {sheets})',
    '{name} is a damaged zip/Excel file',
    '{name} is a zip archive, not a table: unzip it and open the CSV or Excel file inside',
    '{name} holds no list of rows (a JSON list of objects was expected)',
    '{name}: no line holds a JSON object',
    '{name}: cannot open the {kind} workbook ({why})',
    '{name}: row {row}: not readable as CSV ({why})',
    '{name} is {size} MB, larger than {limit} MB',
    'unknown platform {value} (one of {platforms})',
    '{name}: no usable post rows',
    '{name}: no usable post rows ({why})',
    'no posts stored for account {account}; {why}',
    'no account is stored yet (import one with viralml import FILE)',
    'known accounts: {accounts}',
    'no posts stored for {account}',
    'countries: unknown country code {code}: use a two-letter ISO 3166 code such as US, MX, ES',
    'unknown country code {code}: use a two-letter ISO 3166 code such as US, MX, ES',
    'the video is inside out_dir {path}: choose a folder of its own for the kit',
    'cannot create the kit folder {path}: {parent} is a file, not a folder',
    'cannot write in {path}: permission denied (choose a folder you can write to)',
    'cannot write in {path}: {why} (choose a folder you can write to)',
    'out_dir {path} is a file, not a folder',
    'cannot read out_dir {path}: {why}',
    'cannot write in out_dir {path}: {why} (choose a folder you can write to)',
    'out_dir {path} is a mount point: give a new folder inside it',
    'out_dir {path} already exists and is not empty (use --overwrite to replace it)',
    'out_dir {path} holds files that are not a release kit (no kit.json): --overwrite replaces only an earlier '
    'kit; choose another folder',
    'cannot replace the kit in {path}: {locked} is not writable (permission denied)',
    'cannot write the kit in {path}: {why}; nothing was left behind',
    'account {account} has only daily totals (an overview export), no post to report on: import its posts '
    'export (viralml import FILE --account {name})',
    'out_path: {path} does not end in .pdf',
    'out_path: no such folder: {path}',
    'out_path: {path} already exists; choose another name, or set overwrite to replace it',
    'out_path: {path} is a folder',
    'post {post} is not stored for {account} (newest: {newest})',
    # an image a feed screenshot or a thumbnail cannot be (core/media.py, core/thumbnails/screenshot.py)
    'not an image (unrecognised format): {name}',
    'image is truncated or corrupt: {name}',
    'image has no pixels: {name}',
    'image too large: {name} ({mp} MP; limit {limit} MP)',
    'image too large: {name} is {size} ({mp} MP; limit {limit} MP)',
    'image too thin to analyse: {name} is {size} px (each side at least {side} px, at most {ratio}:1)',
    'cannot decode image {name} ({format}): its data is damaged or in an encoding this app cannot read',
    'cannot read HEIC/HEIF here: {name} (install pi-heif to open it, or export it as JPEG)',
    '{name} is fully transparent: nothing to analyse',
    'no thumbnails found in {name} (no feed tile at confidence ≥ {confidence})',
    'no thumbnails found in {name} (no feed tile at confidence ≥ {confidence}; 1 box dropped as page chrome, not feed tiles)',
    'no thumbnails found in {name} (no feed tile at confidence ≥ {confidence}; {dropped} boxes dropped as page chrome, not feed tiles)',
    'my_tile {index} is out of range: {count} thumbnails found (my_tile 0–{last}, counted from 0 like tiles[].index)',
)
#: The fields of :data:`ERROR_LINES` that hold a sentence of their own, said in turn (the rest are
#: paths, names and values, kept as written).
_SAID_FIELDS = ("why", "want")

_language = "en"  # the language of the error lines (main() sets it: --lang, else the app's)


@functools.lru_cache(maxsize=1)
def _error_patterns() -> tuple:
    """:data:`ERROR_LINES` as ``(template, regex)``, the templates with the most fixed text first."""
    out = []
    for tpl in ERROR_LINES:
        parts = re.split(r"\{(\w+)\}", tpl)
        rx = "".join(re.escape(x) if i % 2 == 0 else f"(?P<{x}>.+?)" for i, x in enumerate(parts))
        out.append((len("".join(parts[::2])), tpl, re.compile(rx, re.S)))
    return tuple((tpl, rx) for _, tpl, rx in sorted(out, key=lambda t: -t[0]))


def say_error(msg: str, lang: str) -> str:
    """An error line (English, as the CLI, argparse or core writes it) in ``lang``.

    Parameters
    ----------
    msg : str
        The line without its ``error:`` head.
    lang : {"en", "es"}
        The language to say it in.

    Returns
    -------
    str
        In Spanish: the first of :data:`ERROR_LINES` the line fits, through the app's catalogue
        (context ``cli``, read without Qt as the kit's lines are), its fields put back (a sentence
        field, :data:`_SAID_FIELDS`, said in turn); else core's sentence through the catalogue's
        ``core_sources`` templates; else the line as it is. In English, ``msg`` itself.
    """
    if lang != "es" or not msg:
        return msg
    from viralml_desktop.gui.clauses import catalogue, core_lines

    look = catalogue(lang)
    if look is None:
        return msg
    for tpl, rx in _error_patterns():
        m = rx.fullmatch(msg)
        if not m:
            continue
        said = look("cli", tpl)
        if said == tpl:
            continue
        values = {k: say_error(v, lang) if k in _SAID_FIELDS else v for k, v in m.groupdict().items()}
        try:
            return said.format(**values)
        except (KeyError, IndexError, ValueError):
            return msg
    return core_lines(msg, lang)


def _fail(msg: str, code: int = 1) -> int:
    print(f"error: {say_error(msg, _language)}", file=sys.stderr)
    return code


class _Parser(argparse.ArgumentParser):
    """The command line parser, its error line said in the CLI's language (:func:`say_error`)."""

    def error(self, message: str):
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: error: {say_error(message, _language)}\n")


def _language_of(argv: list[str]) -> str:
    """The language of the error lines: ``--lang`` when the command takes it (kit, report), else the
    app's (:func:`saved_language`: ``VIRALML_LANG``, else the saved setting, else English)."""
    for i, a in enumerate(argv):
        if a == "--":
            break
        value = a.partition("=")[2] if a.startswith("--lang=") else (argv[i + 1] if a == "--lang" and
                                                                      i + 1 < len(argv) else None)
        if value in ("en", "es"):
            return value
    try:
        return saved_language()
    except Exception:  # noqa: BLE001 - an unreadable setting never stops an error line: English
        return "en"


def cmd_predict(args) -> int:
    from viralml_desktop.core import engine
    from viralml_desktop.core.config import ConfigError
    from viralml_desktop.core.errors import (FeatureDisabled, InputError, ModelUnavailable, NotAvailableYet,
                                             ViralMLError)

    try:
        if args.json_file == "-":
            raw = sys.stdin.buffer.read(MAX_REQUEST_FILE_BYTES + 1)
            src = "stdin"
        else:
            # type and size from stat before opening: a FIFO would block the open, a device
            # (/dev/zero) or a huge file would be read into memory whole
            st = os.stat(args.json_file)
            if not stat.S_ISREG(st.st_mode):
                return _fail(f"{args.json_file} is not a regular file (a request is a .json file or - for stdin)",
                             EXIT_INPUT)
            if st.st_size > MAX_REQUEST_FILE_BYTES:
                return _fail(f"{args.json_file} is {st.st_size / 1e6:.0f} MB; a request file may be at most "
                             f"{MAX_REQUEST_FILE_BYTES // 10**6} MB", EXIT_INPUT)
            with open(args.json_file, "rb") as f:
                raw = f.read(MAX_REQUEST_FILE_BYTES + 1)
            src = args.json_file
        if len(raw) > MAX_REQUEST_FILE_BYTES:
            return _fail(f"{src}: a request may be at most {MAX_REQUEST_FILE_BYTES // 10**6} MB", EXIT_INPUT)
    except OSError as e:
        return _fail(f"cannot read {args.json_file}: {e.strerror}", EXIT_INPUT)
    from viralml_desktop.core.limits import json_depth_error

    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        return _fail(f"{src} is not UTF-8 text (byte {e.start})", EXIT_INPUT)
    if not text.strip():  # nothing or only blanks: said as such, not as a JSON syntax error at column 1
        return _fail(f"{src}: the request {'file ' if src != 'stdin' else ''}is empty (a request is one JSON "
                     "object, as in CONTRACT.md)", EXIT_INPUT)
    too_deep = json_depth_error(raw)  # before json.loads, which would recurse once per level
    if too_deep:
        return _fail(f"{src}: {too_deep}", EXIT_INPUT)
    try:
        request = json.loads(text)
    except json.JSONDecodeError as e:
        return _fail(f"{src} is not valid JSON: {e.msg} at line {e.lineno} column {e.colno}", EXIT_INPUT)
    except RecursionError:  # a depth the scan allows but this interpreter's stack does not
        return _fail(f"{src}: JSON nested too deep to read", EXIT_INPUT)
    except ValueError:  # Python refuses integers of more than 4,300 digits (CVE-2020-10735)
        return _fail(f"{src}: a number has too many digits to be a count", EXIT_INPUT)
    try:
        with _stdout_to_stderr():  # stdout carries the JSON answer and nothing else
            out = engine.run(args.capability, request)
    except (InputError, ConfigError) as e:
        return _fail(str(e), EXIT_INPUT)
    except (NotAvailableYet, FeatureDisabled, ModelUnavailable) as e:
        return _fail(str(e), EXIT_UNAVAILABLE)
    except ViralMLError as e:
        return _fail(str(e))
    return _emit(json.dumps(out, ensure_ascii=False, indent=2 if args.pretty else None) + "\n")


@contextlib.contextmanager
def _stdout_to_stderr():
    """While a capability runs, whatever a library writes to stdout (a Python ``print``, a C
    library's ``printf`` to descriptor 1) goes to stderr instead, so ``predict``'s stdout stays
    one JSON document."""
    import os

    try:
        sys.stdout.flush()
    except (OSError, ValueError):
        pass
    try:
        saved = os.dup(1)
    except OSError:  # no descriptor 1 at all: only the Python-level redirect applies
        saved = None
    if saved is not None:
        os.dup2(2, 1)
    try:
        with contextlib.redirect_stdout(sys.stderr):
            yield
    finally:
        try:
            sys.stderr.flush()
        except (OSError, ValueError):
            pass
        if saved is not None:
            os.dup2(saved, 1)
            os.close(saved)


EXIT_OUTPUT = 1
_stdout_closed = False  # fd 1 was closed when the command started (``viralml predict ... >&-``)


def _guard_std_fds() -> None:
    """Point a closed stdin/stdout/stderr at /dev/null, so no file the app opens later (the SQLite
    store, a model) gets descriptor 0, 1 or 2 and is written to by a stray print."""
    import os

    global _stdout_closed
    for fd in (0, 1, 2):
        try:
            os.fstat(fd)
        except OSError:
            null = os.open(os.devnull, os.O_RDWR)
            if null != fd:
                os.dup2(null, fd)
                os.close(null)
            if fd == 1:
                _stdout_closed = True
    if _stdout_closed or sys.stdout is None:
        _stdout_closed = True
        sys.stdout = open(os.devnull, "w", encoding="utf-8")
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")


def _emit(text: str) -> int:
    """Write a result to stdout and flush it now, so a full disk, a closed pipe or a closed stdout is
    one line on stderr (exit 1; 141 for a reader that went away) rather than a traceback at exit.

    Returns
    -------
    int
        0 when the whole text was written.
    """
    import errno
    import os

    if _stdout_closed:
        return _fail("cannot write the result: standard output is closed", EXIT_OUTPUT)
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
        return 0
    except OSError as e:
        # nothing more may reach this stream: even the flush at exit would print a traceback
        try:
            null = os.open(os.devnull, os.O_WRONLY)
            os.dup2(null, sys.stdout.fileno())
            os.close(null)
        except (OSError, ValueError):
            pass
        if e.errno == errno.EPIPE:
            _fail("cannot write the result: the reader closed the pipe")
            return 141
        return _fail(f"cannot write the result to standard output: {e.strerror or e}", EXIT_OUTPUT)


def _run_job(job, *args):
    """``(exit code, result)`` of a core job; an error is one line on stderr, exit 2 for bad input."""
    from viralml_desktop.core.config import ConfigError
    from viralml_desktop.core.errors import (FeatureDisabled, InputError, ModelUnavailable, NotAvailableYet,
                                             ViralMLError)

    try:
        return 0, job(*args)
    except (InputError, ConfigError) as e:
        return _fail(str(e), EXIT_INPUT), None
    except (NotAvailableYet, FeatureDisabled, ModelUnavailable) as e:
        return _fail(str(e), EXIT_UNAVAILABLE), None
    except ViralMLError as e:
        return _fail(str(e)), None


def _print_json(out) -> int:
    from viralml_desktop.core.encoding import json_safe

    return _emit(json.dumps(json_safe(out), ensure_ascii=False, indent=2) + "\n")


def cmd_frames(args) -> int:
    from pathlib import Path

    from viralml_desktop.core.thumbnails import studio

    out_dir = Path(args.out) if args.out else None
    if out_dir is not None and out_dir.exists() and not out_dir.is_dir():
        return _fail(f"--out {out_dir} is a file, not a folder", EXIT_INPUT)
    code, res = _run_job(studio.best_frames, studio.FramesArgs(args.video, count=args.count))
    if code:
        return code
    frames = []
    for f in res.frames:
        row = f.summary()
        if out_dir is not None:
            out_dir.mkdir(parents=True, exist_ok=True)
            # as YouTube takes it: 16:9 toward the face, 1280x720, JPG under 2 MB
            code, row["file"] = _run_job(studio.save_for_youtube, f, str(out_dir / f"frame_{f.time_s:.2f}s.jpg"))
            if code:
                return code
        frames.append(row)
    return _print_json({"video": args.video, "duration_s": res.duration_s, "candidates_read": res.candidates_read,
                        "rejected": res.rejected, "frames": frames})


def cmd_import_videos(args) -> int:
    from dataclasses import asdict

    from viralml_desktop.core.virality import learning

    code, res = _run_job(learning.import_labelled_videos,
                         learning.ImportArgs(args.folder, args.views_csv, args.genre, account=args.account))
    return code or _print_json(asdict(res))


def _pairs(values: list[str], option: str, last: bool) -> dict[str, str]:
    """``--hint COLUMN=READING`` / ``--map FIELD=COLUMN`` values as a dict (split at the last / first ``=``)."""
    out = {}
    for v in values:
        if "=" not in v:
            raise ValueError(f"{option} {v!r}: expected {'COLUMN=READING' if last else 'FIELD=COLUMN'}")
        k, _, val = v.rpartition("=") if last else v.partition("=")
        if not k.strip():
            raise ValueError(f"{option} {v!r}: the {'column' if last else 'field'} name is empty")
        out[k.strip()] = val.strip()
    return out


def report_lines(report: dict, lang: str = "en") -> list[str]:
    """The import report (``TableReport.to_dict()``) as plain lines; with ``lang`` "es" each skipped
    row's reason in Spanish (the app's catalogue, as the import window says it)."""
    from viralml_desktop.gui.clauses import core_lines

    r = report
    where = [r.get("format") or "?"]
    if r.get("encoding"):
        where.append(f"encoding {r['encoding']}")
    if r.get("delimiter"):
        where.append("delimiter " + ({"\t": "tab"}.get(r["delimiter"]) or repr(r["delimiter"])))
    if r.get("sheet"):
        where.append(f"sheet {r['sheet']!r}")
    lines = [f"file: {r.get('source')} ({', '.join(where)})",
             f"platform: {r.get('platform')}, table: {r.get('table')}"]
    formats = r.get("number_formats") or {}
    if formats:
        lines.append(f"number locale: {r.get('number_locale') or 'no separators'} ("
                     + ", ".join(f"{c}: {f}" for c, f in formats.items()) + ")")
    if r.get("date_column"):
        d = f"dates: column {r['date_column']!r}, order {r.get('date_order') or 'undecided'}"
        if r.get("date_formats"):
            d += f" ({', '.join(r['date_formats'])})"
        d += f"; times of day: {r.get('times') or 'none'}; zone {r.get('assume_tz')}"
        if r.get("export_date"):
            d += f"; export date {r['export_date']}"
        lines.append(d)
    mapping = r.get("mapping") or {}
    lines.append("mapping: " + (", ".join(f"{c!r} -> {f}" for f, c in mapping.items()) or "(none)"))
    if r.get("ignored"):
        lines.append("ignored columns: " + ", ".join(map(repr, r["ignored"])))
    lines.append(f"rows: {r.get('rows_read', 0)} read, {r.get('n_skipped', 0)} skipped")
    skipped = "omitida" if lang == "es" else "skipped"
    lines += [f"{skipped}: {core_lines(x, lang)}" for x in r.get("rows_skipped") or []]
    lines += [f"note: {x}" for x in r.get("notes") or []]
    lines += [f"warning: {x}" for x in r.get("warnings") or []]
    return lines


def question_line(a: dict) -> str:
    """One open question of the reader (an ``Ambiguity.to_dict()``) and the ``--hint`` that answers it."""
    import shlex

    col, (x, y) = a["column"], a["readings"]
    ex = (a.get("examples") or ["?"])[0]
    mx, my = (a.get("meanings") or {}).get(x, ["?"])[0], (a.get("meanings") or {}).get(y, ["?"])[0]
    return (f"question: column {col!r}: is {ex!r} {mx} ({x}) or {my} ({y})? answer with "
            f"--hint {shlex.quote(f'{col}={x}')} or --hint {shlex.quote(f'{col}={y}')}")


def _account_of(args, posts: list[dict]) -> str:
    from pathlib import Path

    if args.account is not None:
        return args.account.strip()
    named = {str(p["account"]).strip() for p in posts if p.get("account")}
    return named.pop() if len(named) == 1 else Path(args.file).stem


def cmd_import(args) -> int:
    import sqlite3

    from viralml_desktop.core import store
    from viralml_desktop.core.errors import InputError
    from viralml_desktop.core.tables import read_table

    try:
        hints: dict = _pairs(args.hint, "--hint", last=True)
        mapping: dict = {k: (v or None) for k, v in _pairs(args.map, "--map", last=False).items()}
    except ValueError as e:
        return _fail(str(e), EXIT_INPUT)
    if args.export_date:
        from datetime import date

        try:
            date.fromisoformat(args.export_date)
        except ValueError:
            return _fail(f"--export-date {args.export_date!r} is not a date (YYYY-MM-DD)", EXIT_INPUT)
        hints["export_date"] = args.export_date
    if args.sheet:
        hints["sheet"] = args.sheet
    if args.account is not None and not args.account.strip():
        return _fail("--account: the account name is empty", EXIT_INPUT)
    try:
        read = read_table(args.file, kind="posts", hints=hints, mapping=mapping or None, platform=args.platform,
                          assume_tz=args.tz)
    except InputError as e:
        return _fail(str(e), EXIT_INPUT)
    if args.export_date:
        why = _export_date_problem(args.export_date, read.posts)
        if why:
            return _fail(why, EXIT_INPUT)
    out = read.to_dict()
    if args.json:
        _print_json(out)
    else:
        print("\n".join(report_lines(out["report"], saved_language())))
    if not read.ready:
        for a in out["report"]["ambiguities"]:
            print(question_line(a), file=sys.stderr)
        print("nothing stored: answer the question(s) above and run the command again", file=sys.stderr)
        return EXIT_INPUT
    account = _account_of(args, read.posts)
    exported = args.export_date  # which export is newer: the day given, else the file's date
    from_file = None
    if exported is None:
        from viralml_desktop.core.account_health.history import file_export_date

        exported, from_file = file_export_date(args.file)
    source = {"name": read.report.source, "exported_at": exported, "table": read.report.table,
              "report": out["report"]}
    try:
        res = store.default_store().import_posts(account, read.report.platform, read.posts, source,
                                                 dry_run=args.dry_run)
    except InputError as e:
        return _fail(f"{read.report.source}: {e}", EXIT_INPUT)
    except (RuntimeError, OSError, sqlite3.Error) as e:
        return _fail(f"cannot store the posts: {e}")
    line = res.summary() + (" (dry run: nothing stored)" if args.dry_run else "")
    if from_file:  # the export date was not given: say which one was taken (the summary stays the last line)
        line = (f"note: export date taken from the file's date {from_file}; give --export-date if the export "
                "is older\n" + line)
    print(line, file=sys.stderr if args.json else sys.stdout)
    return 0


def _export_date_problem(export_date: str, posts: list) -> Optional[str]:
    """Why ``--export-date`` cannot be the export's date, or None: it is before the first post read,
    or more than a day after today (UTC; a day of slack for the time zones)."""
    import datetime as dt

    day = dt.date.fromisoformat(export_date)
    today = dt.datetime.now(dt.timezone.utc).date()
    if day > today + dt.timedelta(days=1):
        return f"--export-date: the export date {day} is in the future (today is {today})"
    firsts = []
    for p in posts:
        v = p.get("published_at")
        if isinstance(v, dt.datetime):
            firsts.append(v.date())
        elif isinstance(v, dt.date):
            firsts.append(v)
        elif isinstance(v, str) and len(v) >= 10:
            try:
                firsts.append(dt.date.fromisoformat(v[:10]))
            except ValueError:
                pass
    if firsts and day < min(firsts):
        return f"--export-date: the export date {day} is before the first post {min(firsts)} in the file"
    return None


def cmd_accounts(args) -> int:
    import sqlite3

    from viralml_desktop.core import store

    try:
        db = store.default_store()
        accounts = db.accounts()
        with db.connect() as con:  # an overview export's rows are the account's days, not posts
            daily = dict(con.execute("SELECT account_id, COUNT(*) FROM posts WHERE post_type = 'daily total' "
                                     "GROUP BY account_id").fetchall())
    except (RuntimeError, OSError, sqlite3.Error) as e:
        return _fail(f"cannot read the channel history: {e}")
    if args.json:
        return _print_json([{"account_id": a["account_id"], "platform": a["platform"],
                             "posts": a["n"] - daily.get(a["account_id"], 0),
                             "daily_totals": daily.get(a["account_id"], 0),
                             "first": a["first"], "last": a["last"]} for a in accounts])
    if not accounts:
        print("no accounts stored yet (add one with: viralml import FILE)")
        return 0

    def counted(a: dict) -> str:
        d = daily.get(a["account_id"], 0)
        n = a["n"] - d
        return (f"{n}" if not d else f"{n}, {d} daily total" + ("s" if d != 1 else ""))

    rows = [("ACCOUNT", "PLATFORM", "POSTS", "FIRST", "LAST")] + [
        (a["account_id"], a["platform"] or "-", counted(a), (a["first"] or "")[:10], (a["last"] or "")[:10])
        for a in accounts]
    widths = [max(len(r[i]) for r in rows) for i in range(5)]
    for r in rows:
        print("  ".join(c.rjust(w) if i == 2 else c.ljust(w) for i, (c, w) in enumerate(zip(r, widths))).rstrip())
    return 0


def cmd_trust_model(args) -> int:
    """``viralml trust-model FILE [--sha256 HEX]``: record user-supplied weights as confirmed."""
    from pathlib import Path

    from viralml_desktop.core import registry
    from viralml_desktop.core.errors import ModelUnavailable

    path = Path(args.file).expanduser()
    if not path.is_file():
        return _fail(f"weights file not found: {path}", EXIT_INPUT)
    confirmed = args.sha256
    if not confirmed:
        digest = registry.sha256_file(path)
        print(f"{path.name}: sha256 {digest}", file=sys.stderr)
        if not sys.stdin.isatty():
            return _fail("compare it with the checksum its publisher gives, then run again with --sha256 "
                         "<that checksum>", EXIT_INPUT)
        answer = input("Is this the checksum its publisher gives? Type yes to trust the file: ").strip().lower()
        if answer != "yes":
            return _fail("not trusted (nothing changed)", EXIT_INPUT)
        confirmed = digest
    try:
        digest = registry.trust_weights(path, confirmed)
    except ModelUnavailable as e:
        return _fail(str(e), EXIT_INPUT)
    print(f"trusted {path.name} (sha256 {digest}); recorded in the user configuration", file=sys.stderr)
    return 0


def saved_language() -> str:
    """The report language when ``--lang`` is not given: ``VIRALML_LANG``, else the app's saved
    language setting (``ui/language`` in gui.ini), else ``en``. Read without Qt."""
    import configparser

    from viralml_desktop.core import paths

    env = (os.environ.get("VIRALML_LANG") or "").strip().lower()[:2]
    if env in ("en", "es"):
        return env
    ini = paths.user_config_dir() / "gui.ini"
    try:
        cp = configparser.ConfigParser(interpolation=None, strict=False)
        cp.read(ini, encoding="utf-8")
        lang = cp.get("ui", "language", fallback="").strip().lower()[:2]
    except (configparser.Error, OSError, UnicodeDecodeError):
        lang = ""
    return lang if lang in ("en", "es") else "en"


EXIT_STAGE_FAILED = 4
"""``viralml kit``: the kit was written, but a stage failed (kit.json's ``stage_status`` and ``notes`` say which)."""
CANCEL_SIGNALS = ("SIGINT", "SIGTERM", "SIGHUP")
"""The signals that cancel ``viralml kit`` as Ctrl+C does; the exit code is 128 + the signal's number."""


#: The release kit's stages and states as the Release tab names them (the catalogue's context
#: ``release`` says them in Spanish: one translation for the tab and the terminal).
_KIT_STAGE_TITLES = {"decode": "Reading the video", "virality": "Virality", "thumbnails": "Thumbnails",
                     "captions": "Captions", "posting_time": "Posting time", "history": "Account history",
                     "report": "PDF report"}
#: ``viralml kit``'s own terminal lines, English and Spanish.
_KIT_LINES = {
    "en": {"ended": "{stage}: {status} in {seconds} s{note}",
           "cancelling": "cancelling: stopping the stages and removing the partial folder …",
           "cancelled": "cancelled: nothing was written",
           "failed": "warning: the kit was written but {stages} failed (see notes)"},
    "es": {"ended": "{stage}: {status} en {seconds} s{note}",
           "cancelling": "cancelando: se detienen las etapas y se borra la carpeta a medio escribir …",
           "cancelled": "cancelado: no se escribió nada",
           "failed": "aviso: el kit se escribió, pero estas etapas fallaron: {stages} (ver notes)",
           # the stages' first progress messages (core/release/kit.py)
           "started": "empieza", "loading the analysis libraries": "cargando las bibliotecas de análisis",
           "writing report.pdf": "escribiendo report.pdf", "skipped": "se omitió"},
}


class KitWords:
    """``viralml kit``'s terminal lines and summary values in the kit's language (English as core
    writes them; Spanish from the app's catalogue, read without Qt, and :data:`_KIT_LINES`).

    Parameters
    ----------
    lang : {"en", "es"}
        The kit's language (``--lang``, else the app's).
    """

    def __init__(self, lang: str):
        self.lang = lang if lang in _KIT_LINES else "en"
        look = None
        if self.lang != "en":
            from viralml_desktop.gui.clauses import catalogue

            look = catalogue(self.lang)
        self._look = look or (lambda context, source: source)

    def line(self, key: str, **values) -> str:
        """One of :data:`_KIT_LINES` filled with ``values``."""
        return _KIT_LINES[self.lang][key].format(**values)

    def stage(self, key: str) -> str:
        """A stage's id (``posting_time``) as it reads: itself in English (the JSON's key), the Release
        tab's title in Spanish ("Hora de publicación")."""
        if self.lang == "en":
            return key
        return self._look("release", _KIT_STAGE_TITLES.get(key, key))

    def status(self, state: str) -> str:
        """A stage's state (``done``, ``failed`` …) in the kit's language."""
        return state if self.lang == "en" else self._look("release", state)

    def seconds(self, s: float) -> str:
        text = f"{s:.1f}"
        return text.replace(".", ",") if self.lang == "es" else text

    def say(self, text: str) -> str:
        """One of core's notes (English) in the kit's language, as the kit's PDF prints it."""
        if self.lang == "en" or not text:
            return text
        from viralml_desktop.core.release import pdf as release_pdf

        return release_pdf.say(text, self.lang)

    def progress(self, message: str) -> str:
        """A stage's progress message ("captions: started") in the kit's language: the stage by its
        title and the detail from :data:`_KIT_LINES` or the catalogue, "…" when neither has it."""
        if self.lang == "en":
            return message
        key, sep, rest = message.partition(": ")
        if not sep:
            return self.say(message)
        detail = _KIT_LINES[self.lang].get(rest) or self.say(rest)
        return f"{self.stage(key)}: {detail if detail != rest else '…'}"


def cmd_kit(args) -> int:
    """``viralml kit VIDEO --out DIR ...``: a line per stage on stderr, the kit's summary (paths) on stdout.

    Exit codes: 0 the kit is written and every stage is done (or skipped: a feature turned off);
    :data:`EXIT_STAGE_FAILED` (4) the kit is written but a stage failed (its line is in the summary's
    ``notes``; a stage that ends with nothing, such as no thumbnail candidate, fails); 2 bad input,
    nothing written; 3 a capability not available. Ctrl+C (SIGINT), SIGTERM and SIGHUP cancel: the
    stages stop at their next check and the partial folder is removed; the exit code is 128 + the
    signal's number (130, 143, 129), as a shell reports a process those signals ended.
    """
    import signal
    import threading
    import time

    from viralml_desktop.core.errors import Cancelled
    from viralml_desktop.core.progress import Progress
    from viralml_desktop.core.release import kit as release_kit
    from viralml_desktop.core.schemas.common import split_list

    if args.account is not None and not args.account.strip():
        return _fail("--account: the account name is empty", EXIT_INPUT)
    for option, value, example in (("--countries", args.countries, "country code, e.g. US,MX"),
                                   ("--platforms", args.platforms, "platform: tiktok, instagram, youtube")):
        items = split_list(value)
        if not isinstance(items, list) or not any(str(x).strip() for x in items):
            return _fail(f"{option}: give at least one {example}", EXIT_INPUT)

    started: set[str] = set()
    t0 = time.perf_counter()
    words = KitWords(args.lang or saved_language())

    def say(line: str) -> None:
        try:
            print(line, file=sys.stderr, flush=True)
        except (OSError, ValueError):  # the terminal is gone (SIGHUP): the run goes on, or stops, unheard
            pass

    def listen(fraction: float, message: str) -> None:
        stage = message.split(":", 1)[0] if ":" in message else ""
        if stage and stage not in started:
            started.add(stage)
            say(f"[{time.perf_counter() - t0:5.1f} s] {words.progress(message)}")

    def ended(item) -> None:
        if isinstance(item, dict) and "stage" in item:
            note = f": {words.say(item['note'])}" if item.get("note") else ""
            say(f"[{time.perf_counter() - t0:5.1f} s] " + words.line(
                "ended", stage=words.stage(item["stage"]), status=words.status(item["status"]),
                seconds=words.seconds(item["seconds"]), note=note))

    progress = Progress(listen, ended)
    request = {"video_path": args.video, "out_dir": args.out, "title": args.title, "artist": args.artist,
               "genre": args.genre, "countries": args.countries, "platforms": args.platforms,
               "account_id": args.account, "language": words.lang,
               "page_size": args.page_size, "candidates": args.candidates, "overwrite": args.overwrite}
    cancelled: list[int] = []  # the signal that cancelled the run

    def on_signal(signum, frame):
        if cancelled:  # a second signal: stop now
            raise KeyboardInterrupt
        cancelled.append(signum)
        say(words.line("cancelling"))
        progress.cancel()

    previous = {}
    if threading.current_thread() is threading.main_thread():
        for name in CANCEL_SIGNALS:
            if hasattr(signal, name):  # SIGHUP: not on Windows
                sig = getattr(signal, name)
                previous[sig] = signal.signal(sig, on_signal)

    def job():
        try:
            return release_kit.prepare_release(request, progress)
        except Cancelled:
            return None

    try:
        with _stdout_to_stderr():
            code, kit = _run_job(job)
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    if cancelled and kit is None:
        say(words.line("cancelled"))
        return 128 + int(cancelled[0])
    if code:
        return code
    from viralml_desktop.core.release import pdf as release_pdf

    # the keys stay as they are; the sentences in the kit's language (kit.json keeps core's English)
    summary = {"out_dir": kit["out_dir"], "files": kit["files"], "notes": [words.say(n) for n in kit["notes"]],
               "stage_seconds": kit["stage_seconds"],
               # what the score is: without a personal model the genre's (or all genres') base rate
               "virality": release_pdf.virality_text(kit.get("virality"), words.lang,
                                                     (kit.get("request") or {}).get("genre")) or None,
               "virality_score": (kit.get("virality") or {}).get("virality_score"),
               "best_thumbnail": next((t["improved_file"] or t["file"] for t in kit["thumbnails"]), None),
               "slots": {p: s["utc"] for p, s in ((kit.get("posting_time") or {}).get("slots") or {}).items()},
               "stage_status": kit.get("stage_status") or {}}
    code = _print_json(summary)
    failed = [k for k, v in (kit.get("stage_status") or {}).items() if v == "failed"]
    if code == 0 and failed:
        print(words.line("failed", stages=", ".join(words.stage(k) for k in failed)), file=sys.stderr)
        return EXIT_STAGE_FAILED
    return code


def cmd_report(args) -> int:
    """``viralml report --account NAME [--post ID] [--comments FILE] --out report.pdf``: the PDF, and the
    report's summary (verdict, views and peak, sentiment, next steps, the PDF's path) as JSON on stdout."""
    from pathlib import Path

    from viralml_desktop.core import engine

    if not args.account.strip():
        return _fail("--account: the account name is empty", EXIT_INPUT)
    out_path = Path(args.out).expanduser().absolute()
    if out_path.is_dir():  # said at once: --overwrite would not help
        return _fail(f"--out {args.out} is a folder, not a file", EXIT_INPUT)
    if (out_path.exists() or out_path.is_symlink()) and not args.overwrite:
        return _fail(f"--out {args.out} already exists (use --overwrite to replace it)", EXIT_INPUT)
    request = {"account_id": args.account, "post_id": args.post, "comments_path": args.comments,
               "out_path": str(out_path), "language": args.lang or saved_language(),
               "page_size": args.page_size, "overwrite": args.overwrite}
    with _stdout_to_stderr():
        code, out = _run_job(engine.run, "release_report", {k: v for k, v in request.items() if v is not None})
    if code:
        return code
    if args.json:
        return _print_json(out)
    from viralml_desktop.core import sources as src_mod
    from viralml_desktop.core.release import pdf as release_pdf
    from viralml_desktop.core.release.steps import step_source

    peak, com = out.get("peak") or {}, out.get("comments") or {}
    lang = request["language"]
    conf_entry = src_mod.covering(out.get("sources") or {}, "health.confidence")
    # a verdict whose calibration cell is at chance: its confidence is only the assumed base rate
    base_only = release_pdf.confidence_base_rate_only(out.get("health"), conf_entry)

    def words(text):  # a note in the report's language, without the capability's id at its head
        return release_pdf.note(text, lang) or None

    health = out.get("health")
    verdict = (release_pdf.verdict_summary(health, lang, base_only, conf_entry)
               if isinstance(health, dict) and out.get("verdict") else words(out.get("health_note")))
    # the keys stay as they are; the sentences in the report's language, as its PDF says them
    summary = {"account_id": out["account_id"], "post_id": (out.get("post") or {}).get("post_id"),
               "verdict": verdict,
               "views_so_far": (out.get("post") or {}).get("views"),
               "peak_hour": peak.get("peak_hour"), "peak_hour_interval": peak.get("peak_hour_interval"),
               "predicted_final_views": peak.get("predicted_final_views"),
               "final_views_interval": peak.get("interval"), "peak_note": words(out.get("peak_note")),
               "comments": com.get("distribution"), "comments_note": words(out.get("comments_note")),
               "next_steps": [f"{release_pdf.step_text(s, lang, base_only)} ({step_source(s['from'], lang)})"
                              for s in out.get("next_steps") or []],
               "notes": [release_pdf.say(n, lang) if lang == "es" else n for n in out.get("notes") or []],
               "pdf": out.get("pdf")}
    return _print_json(summary)


def cmd_health(args) -> int:
    from viralml_desktop.core import health

    return _emit(json.dumps(health.snapshot(), indent=2, ensure_ascii=False) + "\n")


def cmd_gui(args) -> int:
    from viralml_desktop.gui.app import run_gui

    return run_gui(screenshot=getattr(args, "screenshot", None), tab=getattr(args, "tab", None),
                   size=getattr(args, "size", None), files=getattr(args, "files", None))


def cmd_serve(args) -> int:
    try:
        from viralml_desktop.api.server import serve
    except ImportError as e:
        return _fail(f"the HTTP server is not available yet ({e})", EXIT_UNAVAILABLE)
    return serve(host=args.host, port=args.port, media_roots=args.media_root, verbose=args.verbose)


def cmd_batch(args) -> int:
    try:
        from viralml_desktop.batch import run_batch
    except ImportError as e:
        return _fail(f"batch jobs are not available yet ({e})", EXIT_UNAVAILABLE)
    return run_batch(args.capability, args.input, args.output, workers=args.workers,
                     retry_errors=args.retry_errors, cluster=args.cluster, media=args.media)


def main(argv: Optional[list[str]] = None) -> int:
    global _language
    argv = sys.argv[1:] if argv is None else argv
    _guard_std_fds()
    _language = _language_of(list(argv))
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    from viralml_desktop.core.config import ConfigError

    try:
        from viralml_desktop.core import config

        try:
            config.get()  # validate the configuration at start: a bad file is named here
        except ConfigError:
            if args.command not in (None, "gui"):
                raise
            # the window asks what to do (the file's path, "Reset to defaults") instead of exiting
        handler = {"predict": cmd_predict, "health": cmd_health, "serve": cmd_serve, "batch": cmd_batch,
                   "frames": cmd_frames, "import-videos": cmd_import_videos, "import": cmd_import,
                   "import-history": cmd_import, "accounts": cmd_accounts,
                   "trust-model": cmd_trust_model, "kit": cmd_kit,
                   "report": cmd_report}.get(args.command, cmd_gui)
        return handler(args)
    except ConfigError as e:
        return _fail(str(e), EXIT_INPUT)
    except KeyError as e:  # unknown --tab
        return _fail(e.args[0] if e.args else str(e), EXIT_INPUT)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # the reader went away (e.g. `| head`): not an error worth a traceback
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141


if __name__ == "__main__":
    sys.exit(main())
