"""``viralml batch CAPABILITY --input DIR_OR_CSV --output FILE.csv|.jsonl [--workers N]``.

Input:
- a folder: for ``predict_virality`` its videos, for ``score_thumbnail`` its images (searched
  recursively; every format the image decoder opens, ``media.IMAGE_EXTENSIONS``), each one
  request naming the file; for any other capability its ``*.json`` files, each one request.
  Every other visible file is written to the output as skipped, with why (``skipped: not an
  image format this app opens (.txt)``), and named on stderr; skips are not failures;
- a CSV (or TSV): one request per row, read by the app's one table reader
  (``core/tables.py``: ``,``/``;``/tab/``|`` delimiters, UTF-8, UTF-16 with a BOM, cp1252,
  Excel's ``sep=`` line); a column is a request field, ``a.b`` columns build nested objects
  (``metadata.genre``), a cell holding JSON (``[...]`` or ``{...}``) is parsed, an empty cell
  is left out; an ``id`` column names the item (else ``row N``, the Nth data row; a row with
  more cells than columns is the failed item ``file row N``). Relative paths resolve against
  the CSV's folder;
- a ``.jsonl`` file: one request object per line, an optional ``"id"`` names it.

Output: ``.jsonl`` (one ``{"item", "error", "response"}`` per line) or ``.csv`` (``item``,
``error``, the response fields flattened to ``a.b`` columns, and ``extra`` for fields beyond
the schema). Each result is written as soon as it is ready, so the job is resumable: items
already in the output are skipped (``--retry-errors`` runs again those that failed). A failed
item gets its error in the ``error`` column and the job goes on. A capability that is
disabled, not built or missing its model stops the job (exit 3) without marking items.

Exit codes: 0 all done, 1 some items failed, 2 bad input/output, 3 capability unavailable,
130 interrupted (rerun the same command to resume).
"""
from __future__ import annotations

import csv
import io
import json
import os
import sys
import threading
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator, Optional

from pydantic import BaseModel

from viralml_desktop.core import engine, media
from viralml_desktop.core.errors import FeatureDisabled, InputError, ModelUnavailable, NotAvailableYet, ViralMLError
from viralml_desktop.core.limits import json_depth_error
from viralml_desktop.core.progress import Progress
from viralml_desktop.core.schemas.common import Part
from viralml_desktop.core.security import resolve_relative

EXIT_OK, EXIT_ITEMS_FAILED, EXIT_INPUT, EXIT_UNAVAILABLE, EXIT_INTERRUPTED = 0, 1, 2, 3, 130
FATAL = (FeatureDisabled, NotAvailableYet, ModelUnavailable)

# capability -> (request field, file extensions) for folder input
PATH_INPUTS = {
    "predict_virality": ("video_path", media.VIDEO_EXTENSIONS),
    "score_thumbnail": ("thumbnail_path", media.IMAGE_EXTENSIONS),
}


class BatchError(Exception):
    """Bad input or output file: one line, exit 2."""


@dataclass
class Item:
    key: str
    request: Optional[dict]
    error: Optional[str] = None  # the item could not even be read (bad JSON cell)
    skipped: bool = False  # a folder's file of another kind: recorded with why, not a failure


# -- reading the input ------------------------------------------------------------

def _visible_files(root: Path) -> Iterator[Path]:
    for p in sorted(root.rglob("*")):
        rel = p.relative_to(root).parts
        if p.is_file() and not any(part.startswith(".") for part in rel):
            yield p


def _skip(key: str, p: Path, kind: str) -> Item:
    return Item(key, None, f"skipped: not {kind} this app opens ({p.suffix.lower() or 'no extension'})",
                skipped=True)


def _dir_items(capability: str, root: Path) -> list[Item]:
    """One item per visible file: a request for each file of the capability's kind, and a
    skipped item (its reason in ``error``) for every other file, so none is left out silently."""
    if capability in PATH_INPUTS:
        field, exts = PATH_INPUTS[capability]
        kind = "an image format" if field == "thumbnail_path" else "a video format"
        return [Item(key, {field: str(p.resolve())}) if p.suffix.lower() in exts else _skip(key, p, kind)
                for p in _visible_files(root) for key in [p.relative_to(root).as_posix()]]
    items = []
    for p in _visible_files(root):
        key = p.relative_to(root).as_posix()
        if p.suffix.lower() == ".json":
            items.append(_json_item(key, p.read_text(encoding="utf-8"), p.parent))
        else:
            items.append(_skip(key, p, "a .json request"))
    return items


def _json_item(key: str, text: str, base: Path, pop_id: bool = False) -> Item:
    if not text.strip():
        return Item(key, None, "the request file is empty")
    too_deep = json_depth_error(text)  # json.loads recurses once per level: scan first
    if too_deep:
        return Item(key, None, too_deep)
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as e:
        return Item(key, None, f"not valid JSON: {e.msg} at line {e.lineno} column {e.colno}")
    except RecursionError:
        return Item(key, None, "JSON nested too deep to read")
    except ValueError:  # Python refuses integers of more than 4,300 digits
        return Item(key, None, "a number has too many digits to be a count")
    if not isinstance(obj, dict):
        return Item(key, None, f"a request must be a JSON object, got {type(obj).__name__}")
    if pop_id and "id" in obj:
        key = str(obj.pop("id"))
    return Item(key, resolve_relative(obj, base))


def _cell(value: Any) -> Any:
    if not isinstance(value, str):
        return value
    v = value.strip()
    if v[:1] in "[{":
        too_deep = json_depth_error(v)
        if too_deep:
            raise ValueError(too_deep)
        return json.loads(v)
    return v


def _csv_items(path: Path) -> list[Item]:
    """One request per row of a CSV/TSV, read by the one table reader (any delimiter, encoding
    and byte-order mark; Excel's ``sep=`` line). An ``id`` column names the item, else ``row N``
    (the Nth data row). A row the reader cannot split into the columns (more cells than
    columns) is the failed item ``file row N`` (its row as a spreadsheet shows the file)."""
    from viralml_desktop.core.tables import read_table

    read = read_table(path, kind="rows")
    columns = read.columns
    id_col = next((c for c in columns if c.strip() == "id"), None)
    items = []
    for n, row in enumerate(read.rows, start=1):
        cells = dict(zip(columns, row))
        key = (_text(cells.get(id_col)) if id_col else "") or f"row {n}"
        req: dict = {}
        try:
            for col, value in cells.items():
                if col == id_col or value is None or (isinstance(value, str) and not value.strip()):
                    continue
                *parents, leaf = col.strip().split(".")
                node = req
                for part in parents:
                    node = node.setdefault(part, {})
                    if not isinstance(node, dict):
                        raise ValueError(f"column {col}: {part} is both a value and an object")
                try:
                    node[leaf] = _cell(value)
                except json.JSONDecodeError as e:
                    raise ValueError(f"column {col}: not valid JSON ({e.msg})") from None
                except (ValueError, RecursionError) as e:  # nested too deep
                    raise ValueError(f"column {col}: {e or 'JSON nested too deep to read'}") from None
        except ValueError as e:
            items.append(Item(key, None, str(e)))
            continue
        items.append(Item(key, resolve_relative(req, path.parent)))
    for line in read.report.rows_skipped:  # "row 7: 5 cells for 3 columns (…)"
        head, _, why = line.partition(": ")
        num = head.rpartition(" ")[2]
        if num.isdigit():
            items.append(Item(f"file row {num}", None, why))
    return items


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def read_items(capability: str, input_path: str | os.PathLike) -> list[Item]:
    p = Path(input_path)
    if p.is_dir():
        items = _dir_items(capability, p)
        if all(it.skipped for it in items):
            what = ("files with " + ", ".join(PATH_INPUTS[capability][1])) if capability in PATH_INPUTS \
                else "*.json request files"
            others = f" ({len(items)} other file(s) skipped)" if items else ""
            raise BatchError(f"no {what} in {p}{others}")
    elif p.is_file():
        suffix = p.suffix.lower()
        try:
            if suffix in (".csv", ".tsv"):
                items = _csv_items(p)
            elif suffix == ".jsonl":
                items = [_json_item(f"line {n}", line, p.parent, pop_id=True)
                         for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), start=1)
                         if line.strip()]
            else:
                raise BatchError(f"input must be a folder, a .csv, .tsv or .jsonl file, not {p.name}")
        except UnicodeDecodeError as e:
            raise BatchError(f"{p.name} is not UTF-8 text (byte {e.start})") from None
        except csv.Error as e:
            raise BatchError(f"{p.name}: not a readable CSV ({e})") from None
        if not items:
            raise BatchError(f"{p.name} holds no requests")
    else:
        raise BatchError(f"input not found: {p}")
    seen: set[str] = set()
    for it in items:
        if it.key in seen:
            raise BatchError(f"item {it.key!r} appears twice in {p.name}; item names must be unique to resume")
        seen.add(it.key)
    return items


# -- the output -----------------------------------------------------------------

def response_columns(model: type[BaseModel], prefix: str = "") -> list[str]:
    """The response schema's fields, the contract's nested objects flattened to ``a.b``.

    A declared extra that is itself an object (a :class:`~viralml_desktop.core.schemas.common.Part`,
    e.g. an anomaly's ``details``) stays one JSON column, so declaring its fields does not
    spread it over dozens of columns."""
    cols = []
    for name, f in model.model_fields.items():
        ann = f.annotation
        if isinstance(ann, type) and issubclass(ann, BaseModel) and not issubclass(ann, Part):
            cols += response_columns(ann, f"{prefix}{name}.")
        else:
            cols.append(prefix + name)
    return cols


def _flatten(response: dict, columns: list[str]) -> dict[str, Any]:
    row: dict[str, Any] = {}
    extra: dict[str, Any] = {}

    def put(obj: dict, prefix: str) -> None:
        for k, v in obj.items():
            name = prefix + k
            if isinstance(v, dict) and any(c.startswith(name + ".") for c in columns):
                put(v, name + ".")
            elif name in columns:
                row[name] = json.dumps(v, ensure_ascii=False) if isinstance(v, (dict, list)) else v
            else:
                extra[name] = v

    put(response, "")
    row["extra"] = json.dumps(extra, ensure_ascii=False) if extra else ""
    return row


class Output:
    def __init__(self, path: Path, capability: str):
        self.path, self.capability = path, capability
        self.kind = path.suffix.lower()
        if self.kind not in (".csv", ".jsonl"):
            raise BatchError(f"output must end in .csv or .jsonl, not {path.name}")
        self.columns = response_columns(engine.get_capability(capability).response)
        self.header = ["item", "error"] + self.columns + ["extra"]
        self._lock = threading.Lock()
        self._f = None
        self._writer = None

    def done(self) -> dict[str, str]:
        """Items already in the output -> their error ('' when it succeeded).

        A kill mid-write can leave half a line at the end: once the file is known to be a
        batch output, that half line is dropped so appending stays clean."""
        if not self.path.exists() or self.path.stat().st_size == 0:
            return {}
        data = self.path.read_bytes()
        whole = data[:data.rfind(b"\n") + 1]
        out: dict[str, str] = {}
        n = 0
        try:
            text = whole.decode("utf-8")
            if self.kind == ".jsonl":
                for n, line in enumerate(text.splitlines(), start=1):
                    if line.strip():
                        rec = json.loads(line)
                        out[str(rec["item"])] = rec.get("error") or ""
            else:
                reader = csv.DictReader(io.StringIO(text, newline=""))
                if reader.fieldnames != self.header:
                    raise BatchError(f"{self.path.name} is not a batch output of {self.capability} "
                                     f"(other columns); choose another output file")
                for row in reader:
                    out[row["item"]] = row.get("error") or ""
        except (json.JSONDecodeError, KeyError, TypeError, RecursionError):  # RecursionError: a line nested deep
            raise BatchError(f"{self.path.name} is not an output of viralml batch (line {n or '?'}); "
                             f"choose another output file") from None
        except UnicodeDecodeError as e:
            raise BatchError(f"{self.path.name} is not UTF-8 text (byte {e.start})") from None
        if len(whole) < len(data):
            self.path.write_bytes(whole)
        return out

    def drop_errors(self) -> None:
        """Rewrite the output without its failed rows (for --retry-errors)."""
        with open(self.path, newline="", encoding="utf-8") as f:
            if self.kind == ".jsonl":
                keep = [line for line in f if line.strip() and not json.loads(line).get("error")]
            else:
                keep = [r for r in csv.DictReader(f) if not r.get("error")]
        tmp = self.path.with_name(self.path.name + ".tmp")
        with open(tmp, "w", newline="", encoding="utf-8") as f:
            if self.kind == ".jsonl":
                f.writelines(keep)
            else:
                w = csv.DictWriter(f, fieldnames=self.header)
                w.writeheader()
                w.writerows(keep)
        os.replace(tmp, self.path)

    def __enter__(self) -> "Output":
        self.path.parent.mkdir(parents=True, exist_ok=True)
        new = not self.path.exists() or self.path.stat().st_size == 0
        self._f = open(self.path, "a", newline="", encoding="utf-8")
        if self.kind == ".csv":
            self._writer = csv.DictWriter(self._f, fieldnames=self.header)
            if new:
                self._writer.writeheader()
                self._f.flush()
        return self

    def write(self, key: str, response: Optional[dict], error: Optional[str]) -> None:
        with self._lock:
            if self.kind == ".jsonl":
                self._f.write(json.dumps({"item": key, "error": error, "response": response},
                                         ensure_ascii=False) + "\n")
            else:
                row = {"item": key, "error": error or ""}
                if response is not None:
                    row.update(_flatten(response, self.columns))
                self._writer.writerow(row)
            self._f.flush()  # one row at a time: a kill loses at most the row being written

    def __exit__(self, *exc) -> None:
        self._f.close()


# -- running ----------------------------------------------------------------------

def _one_line(exc: BaseException) -> str:
    text = (str(exc).strip().splitlines() or [""])[0]
    if isinstance(exc, ViralMLError):
        return text or type(exc).__name__
    return f"unexpected error ({type(exc).__name__})" + (f": {text}" if text else "")


def _progress_bar(total: int, capability: str):
    from tqdm import tqdm

    return tqdm(total=total, file=sys.stderr, unit="item", desc=capability, dynamic_ncols=True, disable=total == 0)


class _Job:
    """Runs the items in a bounded pool, writing each result as it completes."""

    def __init__(self, capability: str, out: Output, workers: int, total: int):
        self.capability, self.out, self.workers = capability, out, workers
        self.ok = self.failed = 0
        self.reasons: list[str] = []  # the failures' reasons, each once, in order (for the summary)
        self.skipped: list[str] = []  # a folder's files of another kind, recorded with why
        self.fatal: Optional[BaseException] = None
        self.bar = _progress_bar(total, capability)
        self.running: dict[Any, tuple[Item, Progress]] = {}

    def _record(self, key: str, response: Optional[dict], error: Optional[str]) -> None:
        self.out.write(key, response, error)
        if error is None:
            self.ok += 1
        else:
            self.failed += 1
            if error not in self.reasons:
                self.reasons.append(error)
        self.bar.update(1)
        self.bar.set_postfix(failed=self.failed, refresh=False)

    def _next_request(self, queue: Iterator[Item]) -> Optional[Item]:
        """The next item that needs an engine call (None at the end); skipped and unreadable
        items met on the way are written at once. Shared with the Ray job (``batch_ray.py``)."""
        for it in queue:
            if it.skipped:  # a file of another kind: in the output with why, not counted as failed
                self.out.write(it.key, None, it.error)
                self.skipped.append(it.key)
                self.bar.update(1)
            elif it.request is None:  # unreadable item: recorded, no engine call
                self._record(it.key, None, it.error)
            else:
                return it
        return None

    def _refill(self, pool: ThreadPoolExecutor, queue: Iterator[Item]) -> None:
        while self.fatal is None and len(self.running) < 2 * self.workers:
            it = self._next_request(queue)
            if it is None:
                return
            p = Progress()
            self.running[pool.submit(self._call, it.request, p)] = (it, p)

    def close(self) -> None:
        """Nothing to release for the thread pool (the Ray job shuts down a cluster it started)."""

    def _call(self, request: dict, progress: Progress) -> dict:
        return engine.run(self.capability, request, progress)

    def run(self, todo: list[Item]) -> None:
        queue = iter(todo)
        with ThreadPoolExecutor(max_workers=self.workers, thread_name_prefix="viralml-batch") as pool:
            try:
                self._refill(pool, queue)
                while self.running:
                    finished, _ = wait(self.running, return_when=FIRST_COMPLETED)
                    for fut in finished:
                        it, _p = self.running.pop(fut)
                        try:
                            self._record(it.key, fut.result(), None)
                        except FATAL as e:  # not the item's fault: stop, leave it unmarked
                            self.fatal = self.fatal or e
                        except Exception as e:  # noqa: BLE001 - recorded per item, the job goes on
                            self._record(it.key, None, _one_line(e))
                    self._refill(pool, queue)
            except KeyboardInterrupt:
                for _it, p in self.running.values():
                    p.cancel()
                pool.shutdown(wait=False, cancel_futures=True)
                raise
            finally:
                self.bar.close()


def run_batch(capability: str, input: str, output: str, workers: Optional[int] = None, retry_errors: bool = False,
              cluster: Optional[str] = None, media: str = "bytes") -> int:
    """Run ``capability`` over ``input`` into ``output``; the exit code (module docstring).

    ``workers``: threads of the local pool (default 1); with ``cluster`` (``ray://HOST:PORT``,
    ``auto`` or ``local``) the items run as Ray tasks instead (:mod:`viralml_desktop.cluster`),
    ``workers`` then caps the items in flight and ``media`` (``bytes`` or ``shared``) says how
    files reach the workers. Same items, output and resume rules either way.
    """
    def fail(msg: str, code: int) -> int:
        print(f"error: {msg}", file=sys.stderr)
        return code

    if workers is not None and (workers < 1 or workers > 64):
        return fail(f"--workers must be 1..64, got {workers}", EXIT_INPUT)
    try:
        engine.get_capability(capability)
        if not engine.is_enabled(capability):
            return fail(f"{capability} is disabled in the configuration", EXIT_UNAVAILABLE)
        out = Output(Path(output), capability)
        items = read_items(capability, input)
        done = out.done()
        if retry_errors and any(done.values()):
            out.drop_errors()
            done = {k: v for k, v in done.items() if not v}
    except (BatchError, InputError) as e:
        return fail(str(e), EXIT_INPUT)
    except OSError as e:
        return fail(f"{e.filename or ''}: {e.strerror or e}", EXIT_INPUT)

    todo = [it for it in items if it.key not in done]
    skipped = len(items) - len(todo)
    if skipped:
        print(f"resuming: {skipped} of {len(items)} items already in {out.path.name}", file=sys.stderr)
    if cluster:
        from viralml_desktop.cluster import ClusterError, RayJob

        try:
            job = RayJob(capability, out, len(todo), cluster, media, in_flight=workers)
        except ClusterError as e:
            return fail(str(e), e.code)
    else:
        job = _Job(capability, out, workers or 1, len(todo))
    try:
        with out:
            job.run(todo)
    except KeyboardInterrupt:
        print(f"\ninterrupted after {job.ok + job.failed} items; rerun the same command to resume", file=sys.stderr)
        return EXIT_INTERRUPTED
    except OSError as e:
        return fail(f"cannot write {output}: {e.strerror or e}", EXIT_INPUT)
    finally:
        job.close()
    if job.fatal is not None:
        return fail(f"{job.fatal} — stopped after {job.ok + job.failed} items; rerun to resume", EXIT_UNAVAILABLE)
    print(_summary(capability, job, skipped) + f" -> {out.path}", file=sys.stderr)
    return EXIT_ITEMS_FAILED if job.failed else EXIT_OK


_DONE_VERB = {"score_thumbnail": "scored", "predict_virality": "predicted", "analyze_comments": "analysed",
              "detect_anomaly": "checked", "optimize_caption": "optimised"}


def _summary(capability: str, job: _Job, already: int) -> str:
    """One line: ``score_thumbnail: 4 scored, 1 failed (image is truncated), 1 not an image
    (notes.txt), 0 already in the output``; every file of the input in exactly one count."""
    def listed(names: list[str], width: int = 60) -> str:
        text = ", ".join(names[:3]) + (", …" if len(names) > 3 else "")
        return text if len(text) <= width else text[:width - 1] + "…"

    parts = [f"{job.ok} {_DONE_VERB.get(capability, 'done')}", f"{job.failed} failed"]
    if job.failed:  # the first reason; the others are in the output
        parts[-1] += f" ({listed(job.reasons[:1], 70)}" + ("; …" if len(job.reasons) > 1 else "") + ")"
    if job.skipped:
        if capability in PATH_INPUTS:
            kind = "an image" if PATH_INPUTS[capability][0] == "thumbnail_path" else "a video"
        else:
            kind = "a .json request"
        parts.append(f"{len(job.skipped)} not {kind} ({listed(job.skipped)}; listed in the output)")
    parts.append(f"{already} already in the output")
    return f"{capability}: " + ", ".join(parts)
