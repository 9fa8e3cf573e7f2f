"""SQLite history store in the user data dir: WAL journal, a schema version, migrations.

Each thread gets its own connection, opened once and reused (``with store.connect() as con``),
so worker threads and server requests use it at once without sharing a connection and
without paying an open per call; WAL lets readers run beside the single writer, and a
kill -9 mid-write leaves a consistent database.

Add a migration by appending to ``MIGRATIONS``; never edit a released one.
"""
from __future__ import annotations

import contextlib
import json
import logging
import math
import sqlite3
import threading
import time
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any, Iterator, Optional

from viralml_desktop.core import paths
from viralml_desktop.core.errors import InputError
from viralml_desktop.core.vocabulary import normalize_platform

log = logging.getLogger(__name__)

MIGRATIONS: list[str] = [
    # 1: analyses history, call counters, imported post histories, key-value blobs
    """
    CREATE TABLE analyses (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        ts REAL NOT NULL,
        capability TEXT NOT NULL,
        request_json TEXT NOT NULL,
        response_json TEXT NOT NULL
    );
    CREATE INDEX analyses_cap_ts ON analyses(capability, ts);
    CREATE TABLE calls (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        ts REAL NOT NULL,
        capability TEXT NOT NULL,
        latency_ms REAL NOT NULL,
        ok INTEGER NOT NULL
    );
    CREATE INDEX calls_cap ON calls(capability, ts);
    CREATE TABLE posts (
        account_id TEXT NOT NULL,
        platform TEXT NOT NULL DEFAULT '',
        post_key TEXT NOT NULL,          -- the export's post id, else timestamp
        timestamp TEXT NOT NULL,         -- ISO 8601, UTC
        views INTEGER,
        likes INTEGER,
        comments INTEGER,
        shares INTEGER,
        caption TEXT,
        hashtags TEXT,                   -- JSON list
        source TEXT,
        imported_at REAL NOT NULL,
        PRIMARY KEY (account_id, post_key)
    );
    CREATE INDEX posts_account_ts ON posts(account_id, timestamp);
    CREATE TABLE kv (
        key TEXT PRIMARY KEY,
        value_json TEXT NOT NULL,
        updated_at REAL NOT NULL
    );
    """,
    # 2: one channel history (issue 13): every field an export gives, the accounts, the imports
    # and a snapshot of each post's counts per import. Rows of version 1 keep their data; what
    # version 1 did not know stays NULL (time_known NULL: not known whether the time of day is).
    """
    ALTER TABLE posts ADD COLUMN time_known INTEGER;    -- 1 time of day known, 0 date only
    ALTER TABLE posts ADD COLUMN duration_s INTEGER;
    ALTER TABLE posts ADD COLUMN saves INTEGER;
    ALTER TABLE posts ADD COLUMN impressions INTEGER;
    ALTER TABLE posts ADD COLUMN reach INTEGER;
    ALTER TABLE posts ADD COLUMN ctr_percent REAL;
    ALTER TABLE posts ADD COLUMN watch_time_h REAL;
    ALTER TABLE posts ADD COLUMN url TEXT;
    ALTER TABLE posts ADD COLUMN post_type TEXT;
    ALTER TABLE posts ADD COLUMN thumbnail_file TEXT;
    ALTER TABLE posts ADD COLUMN video_file TEXT;
    ALTER TABLE posts ADD COLUMN counts_at REAL;        -- when the stored counts were current (epoch s)
    ALTER TABLE posts ADD COLUMN import_id INTEGER;     -- the import that last changed the post
    UPDATE posts SET counts_at = imported_at;
    CREATE TABLE accounts (
        account_id TEXT PRIMARY KEY,
        platform TEXT NOT NULL DEFAULT '',
        created_at REAL NOT NULL,
        updated_at REAL NOT NULL
    );
    INSERT INTO accounts (account_id, platform, created_at, updated_at)
        SELECT account_id, MAX(platform), MIN(imported_at), MAX(imported_at) FROM posts GROUP BY account_id;
    CREATE TABLE imports (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        account_id TEXT NOT NULL,
        imported_at REAL NOT NULL,
        exported_at REAL NOT NULL,      -- the export's date (its file date unless given)
        source TEXT NOT NULL DEFAULT '',
        platform TEXT NOT NULL DEFAULT '',
        table_kind TEXT NOT NULL DEFAULT '',
        n_posts INTEGER NOT NULL,
        added INTEGER NOT NULL,
        updated INTEGER NOT NULL,
        report_json TEXT
    );
    CREATE INDEX imports_account ON imports(account_id, imported_at);
    CREATE TABLE post_snapshots (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        account_id TEXT NOT NULL,
        post_key TEXT NOT NULL,
        import_id INTEGER,
        imported_at REAL NOT NULL,
        counts_at REAL NOT NULL,
        views INTEGER,
        likes INTEGER,
        comments INTEGER,
        shares INTEGER,
        saves INTEGER,
        impressions INTEGER,
        reach INTEGER,
        ctr_percent REAL,
        watch_time_h REAL
    );
    CREATE INDEX post_snapshots_post ON post_snapshots(account_id, post_key, counts_at);
    INSERT INTO post_snapshots (account_id, post_key, imported_at, counts_at, views, likes, comments, shares)
        SELECT account_id, post_key, imported_at, imported_at, views, likes, comments, shares FROM posts;
    """,
    # 3: health aggregates kept as calls happen (issue 21): a count per capability, and the calls
    # table becomes a bounded log of the latest CALLS_KEPT per capability (the latency sample)
    """
    CREATE TABLE call_totals (
        capability TEXT PRIMARY KEY,
        n_ok INTEGER NOT NULL DEFAULT 0,
        n_err INTEGER NOT NULL DEFAULT 0
    );
    INSERT INTO call_totals (capability, n_ok, n_err)
        SELECT capability, SUM(ok != 0), SUM(ok = 0) FROM calls GROUP BY capability;
    CREATE INDEX calls_cap_id ON calls(capability, id);
    DELETE FROM calls WHERE id IN (
        SELECT id FROM (SELECT id, ROW_NUMBER() OVER (PARTITION BY capability ORDER BY id DESC) AS rn FROM calls)
        WHERE rn > 1000)
    """,
]

CALLS_KEPT = 1000
"""Latest calls kept per capability (the sample the health latency percentiles are read from);
older rows are deleted as new ones arrive, so ``/health`` reads a bounded table at any age."""

SCHEMA_VERSION = len(MIGRATIONS)


class StoreReadOnly(RuntimeError):
    """The history store cannot be written (read-only, full or corrupt data dir): nothing was saved."""


class Store:
    """The SQLite history at ``path`` (default: the user data dir).

    When the data dir is read-only, full or the database is corrupt, the store degrades instead of
    failing the capability that uses it, with one warning (logged once, and in :attr:`warning`):
    a readable database is read as it is and never written (``mode`` "read-only"), anything else
    is replaced by an empty in-memory history for this process ("memory"); a corrupt file is never
    overwritten. Calls and analyses are then not saved; an import says so (:class:`StoreReadOnly`).
    """

    def __init__(self, path: Path | str | None = None):
        self.path = Path(path) if path else paths.database_file()
        self._init_lock = threading.Lock()
        self._ready = False
        self._local = threading.local()
        self.mode = "read-write"
        self.warning: Optional[str] = None

    # -- connection ------------------------------------------------------
    def _open(self) -> sqlite3.Connection:
        if self.mode == "memory":
            con = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
            con.row_factory = sqlite3.Row
            con.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
            for script in MIGRATIONS:
                for stmt in script.split(";"):
                    if stmt.strip():
                        con.execute(stmt)
            con.execute("INSERT INTO schema_version VALUES (?)", (SCHEMA_VERSION,))
            return con
        if self.mode == "read-only":
            con = sqlite3.connect(self.path.resolve().as_uri() + "?mode=ro&immutable=1", uri=True,
                                  isolation_level=None)
            con.row_factory = sqlite3.Row
            return con
        paths.ensure_dir(self.path.parent)
        con = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        con.row_factory = sqlite3.Row
        con.execute("PRAGMA journal_mode=WAL")
        con.execute("PRAGMA synchronous=NORMAL")
        con.execute("PRAGMA foreign_keys=ON")
        return con

    @property
    def writable(self) -> bool:
        """False once the store answers without saving (see :attr:`warning`)."""
        return self.mode != "read-only"

    def _degrade(self, err: BaseException, writing: bool = False) -> None:
        """Switch to read-only (the file reads) or memory (it does not), and warn once."""
        reason = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
        mode = "memory"
        if self.path.is_file():
            try:
                self.mode = "read-only"
                con = self._open()
                try:
                    row = con.execute("SELECT version FROM schema_version").fetchone()
                    if row and row[0] == SCHEMA_VERSION:
                        mode = "read-only"
                finally:
                    con.close()
            except (sqlite3.Error, OSError):
                pass
        self.mode = mode
        if self.warning is None:
            what = "read as it is" if mode == "read-only" else "not read (an empty history is used)"
            self.warning = (f"the history store {self.path} cannot be {'written' if writing else 'opened'} "
                            f"({reason}): results are answered without saving; the history is {what}")
            log.warning(self.warning)
        old = getattr(self._local, "con", None)
        if old is not None:
            with contextlib.suppress(sqlite3.Error):
                old.close()
        self._local = threading.local()

    def _refuse_write(self) -> None:
        if not self.writable:
            raise StoreReadOnly(self.warning or f"the history store {self.path} is read-only")

    @contextlib.contextmanager
    def connect(self) -> Iterator[sqlite3.Connection]:
        self._migrate_once()
        con = getattr(self._local, "con", None)
        if con is None:
            con = self._local.con = self._open()
        yield con

    def close(self) -> None:
        """Close this thread's connection (others close when their thread's Store is freed)."""
        con = getattr(self._local, "con", None)
        if con is not None:
            con.close()
            self._local.con = None

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        self._migrate_once()
        self._refuse_write()
        with self.connect() as con:
            con.execute("BEGIN IMMEDIATE")
            try:
                yield con
            except BaseException:
                con.execute("ROLLBACK")
                raise
            con.execute("COMMIT")

    # -- schema ----------------------------------------------------------
    def _migrate_once(self) -> None:
        if self._ready:
            return
        with self._init_lock:
            if self._ready:
                return
            try:
                self._migrate()
            except (sqlite3.Error, OSError) as e:  # read-only, full or corrupt: degrade, never overwrite
                self._degrade(e)
            self._ready = True

    def _migrate(self) -> None:
        con = self._open()
        try:
            con.execute("BEGIN IMMEDIATE")
            con.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
            row = con.execute("SELECT version FROM schema_version").fetchone()
            version = row[0] if row else 0
            if version > SCHEMA_VERSION:
                con.execute("ROLLBACK")
                raise RuntimeError(
                    f"{self.path} was written by a newer ViralML (schema {version} > {SCHEMA_VERSION})")
            for i in range(version, SCHEMA_VERSION):
                for stmt in MIGRATIONS[i].split(";"):
                    if stmt.strip():
                        con.execute(stmt)
            if row is None:
                con.execute("INSERT INTO schema_version VALUES (?)", (SCHEMA_VERSION,))
            else:
                con.execute("UPDATE schema_version SET version = ?", (SCHEMA_VERSION,))
            con.execute("COMMIT")
        finally:
            con.close()

    def schema_version(self) -> int:
        with self.connect() as con:
            return con.execute("SELECT version FROM schema_version").fetchone()[0]

    def integrity_ok(self) -> bool:
        with self.connect() as con:
            return con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"

    # -- analyses history -------------------------------------------------
    def add_analysis(self, capability: str, request: Any, response: Any) -> int:
        """Save one analysis; 0 (nothing saved) when the store answers without saving."""
        if not self.writable:
            return 0
        try:
            with self.connect() as con:
                if not self.writable:
                    return 0
                cur = con.execute(
                    "INSERT INTO analyses (ts, capability, request_json, response_json) VALUES (?, ?, ?, ?)",
                    (time.time(), capability, json.dumps(request, ensure_ascii=False),
                     json.dumps(response, ensure_ascii=False)))
                return int(cur.lastrowid)
        except sqlite3.OperationalError as e:  # disk full, read-only: stop saving, warn once
            self._degrade(e, writing=True)
            return 0

    def recent_analyses(self, capability: Optional[str] = None, limit: int = 50) -> list[dict]:
        sql = "SELECT * FROM analyses"
        args: tuple = ()
        if capability:
            sql += " WHERE capability = ?"
            args = (capability,)
        sql += " ORDER BY id DESC LIMIT ?"
        with self.connect() as con:
            rows = con.execute(sql, args + (limit,)).fetchall()
        return [dict(r, request=json.loads(r["request_json"]), response=json.loads(r["response_json"]))
                for r in rows]

    # -- call counters ----------------------------------------------------
    def add_call(self, capability: str, latency_ms: float, ok: bool) -> None:
        """Count one call and keep its latency; the log keeps the latest :data:`CALLS_KEPT` per
        capability. Nothing is saved (no error) when the store answers without saving."""
        if not self.writable:
            return
        try:
            with self.transaction() as con:
                con.execute("INSERT INTO calls (ts, capability, latency_ms, ok) VALUES (?, ?, ?, ?)",
                            (time.time(), capability, float(latency_ms), int(ok)))
                con.execute("INSERT INTO call_totals (capability, n_ok, n_err) VALUES (?, ?, ?) "
                            "ON CONFLICT(capability) DO UPDATE SET n_ok = n_ok + excluded.n_ok, "
                            "n_err = n_err + excluded.n_err", (capability, int(bool(ok)), int(not ok)))
                con.execute("DELETE FROM calls WHERE capability = ? AND id <= (SELECT id FROM calls "
                            "WHERE capability = ? ORDER BY id DESC LIMIT 1 OFFSET ?)",
                            (capability, capability, CALLS_KEPT))
        except sqlite3.OperationalError as e:
            if self.mode == "memory":
                raise
            self._degrade(e, writing=True)

    def call_stats(self) -> dict[str, dict]:
        """Per capability: ``n_ok``, ``n_err`` (every call ever counted) and ``latencies_ms`` (the
        latest successful calls', at most :data:`CALLS_KEPT`). Reads bounded tables only."""
        with self.connect() as con:
            out = {r["capability"]: {"n_ok": int(r["n_ok"]), "n_err": int(r["n_err"]), "latencies_ms": []}
                   for r in con.execute("SELECT capability, n_ok, n_err FROM call_totals")}
            for r in con.execute("SELECT capability, latency_ms FROM calls WHERE ok != 0 ORDER BY id"):
                out.setdefault(r["capability"], {"n_ok": 0, "n_err": 0, "latencies_ms": []})[
                    "latencies_ms"].append(float(r["latency_ms"]))
        return out

    def calls(self, capability: Optional[str] = None) -> list[sqlite3.Row]:
        with self.connect() as con:
            if capability:
                return con.execute("SELECT * FROM calls WHERE capability = ? ORDER BY id",
                                   (capability,)).fetchall()
            return con.execute("SELECT * FROM calls ORDER BY id").fetchall()

    # -- one channel history (accounts, posts, imports, snapshots) --------------
    POST_COLUMNS = ("account_id", "platform", "post_key", "timestamp", "views", "likes", "comments",
                    "shares", "caption", "hashtags", "source")

    def import_posts(self, account: str, platform: Optional[str], posts: list[dict],
                     source: Optional[dict] = None, *, dry_run: bool = False) -> "ImportSummary":
        """Merge one export's posts into an account's history, in one transaction.

        Parameters
        ----------
        account : str
            The account's name (its id in the history; created on first import).
        platform : str or None
            ``youtube``, ``tiktok``, ``instagram``, ``twitter``…; ``generic``, ``''`` or None when
            the export does not say (such posts count for every platform). A post's own
            ``platform`` key wins.
        posts : list of dict
            The reader's posts (:func:`viralml_desktop.core.tables.read_table`): ``published_at``
            (aware ``datetime`` or ISO 8601 string; naive means UTC) is required; ``post_id``,
            ``title``, ``hashtags``, ``time_known``, ``duration_s``, ``views``, ``likes``,
            ``comments``, ``shares``, ``saves``, ``impressions``, ``reach``, ``ctr_percent``,
            ``watch_time_h``, ``url``, ``post_type``, ``file``, ``thumbnail_file``,
            ``video_file`` are kept when present. The store's own names (``post_key``,
            ``timestamp``, ``caption``) are accepted too.
        source : dict, optional
            Where the posts come from: ``name`` (the file name), ``exported_at`` (when the export
            was downloaded: ``datetime``, ``date``, ISO string or epoch seconds; default now),
            ``table`` (the reader's table kind: the rows of a ``daily`` or ``overview`` table are
            stored with ``post_type`` ``'daily total'``) and ``report`` (the import report, a dict, kept
            with the import).
        dry_run : bool
            Do everything, then roll back: the summary says what an import would change.

        Returns
        -------
        ImportSummary
            Posts added, updated, counted again (stored values the same, a new time point stored)
            and unchanged, repeats merged, and the account's total after.

        Raises
        ------
        InputError
            No posts, or a post without a readable date or with a count that is not a whole
            number >= 0 (one line naming the post); or the posts' platform differs from the
            stored account's (an account has one platform; posts of a generic or unknown
            platform may join any account). Nothing is stored.

        Notes
        -----
        Posts are merged by post key: the export's post id (or link), else the UTC timestamp
        (two posts of one import at the same time with different titles get ``#2``, ``#3``…;
        rows with neither id nor title are distinct posts, keyed by time and their ordinal among
        the import's rows at that time, so re-importing the same table adds none).
        The counts of the newer export win (``exported_at``; a tie goes to the later import); an
        older export only fills what the history lacks. A field the export lacks never erases a
        stored one, and a date-only time never replaces a known time of day. Every import whose
        counts differ from the post's last snapshot, or that counts the post at a later time than
        its last snapshot (the same counts seen again: the post has plateaued, an observation the
        peak and the post's age read), adds a row to ``post_snapshots``; the same export imported
        again adds none.
        """
        name = str(account or "").strip()
        if not name:
            raise InputError("an account name is needed to store posts")
        source = dict(source or {})
        now = time.time()
        exported = _epoch(source.get("exported_at"), now, "source exported_at")
        default_platform = _platform(platform)
        rows, repeated = _merge_rows(posts, default_platform)
        if source.get("table") in ("daily", "overview"):  # an account's daily totals, not single posts
            for r in rows:
                r["post_type"] = r["post_type"] or "daily total"
        self._migrate_once()
        if self.mode != "read-write" and not dry_run:  # an import must not vanish at exit unseen
            raise StoreReadOnly(f"nothing was stored: {self.warning}")
        with self.connect() as con:
            con.execute("BEGIN IMMEDIATE")
            try:
                _check_platform(con, name, rows)
                cur = con.execute(
                    "INSERT INTO imports (account_id, imported_at, exported_at, source, platform, table_kind, "
                    "n_posts, added, updated, report_json) VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0, ?)",
                    (name, now, exported, str(source.get("name") or ""), default_platform,
                     str(source.get("table") or ""), len(rows),
                     json.dumps(source["report"], ensure_ascii=False, default=str)
                     if source.get("report") is not None else None))
                import_id = int(cur.lastrowid)
                con.execute("INSERT INTO accounts (account_id, platform, created_at, updated_at) VALUES (?, ?, ?, ?) "
                            "ON CONFLICT(account_id) DO UPDATE SET updated_at = excluded.updated_at, "
                            "platform = CASE WHEN excluded.platform != '' THEN excluded.platform "
                            "ELSE accounts.platform END",
                            (name, default_platform, now, now))
                added, updated, recounted, unchanged = self._merge_posts(con, name, rows, now, exported, import_id,
                                                              str(source.get("name") or ""))
                con.execute("UPDATE imports SET added = ?, updated = ? WHERE id = ?", (added, updated, import_id))
                total, first, last = con.execute(
                    "SELECT COUNT(*), MIN(timestamp), MAX(timestamp) FROM posts WHERE account_id = ?",
                    (name,)).fetchone()
            except BaseException:
                con.execute("ROLLBACK")
                raise
            con.execute("ROLLBACK" if dry_run else "COMMIT")
        return ImportSummary(account_id=name, platform=default_platform, source=str(source.get("name") or ""),
                             import_id=None if dry_run else import_id, posts=len(rows), added=added,
                             updated=updated, unchanged=unchanged, repeated=repeated, total=int(total),
                             recounted=recounted,
                             first=first, last=last, dry_run=dry_run)

    @staticmethod
    def _merge_posts(con: sqlite3.Connection, account: str, rows: list[dict], now: float, exported: float,
                     import_id: int, source: str) -> tuple[int, int, int, int]:
        """Insert or merge the normalised posts of one import; (added, updated, recounted, unchanged)."""
        existing = {r["post_key"]: dict(r) for r in con.execute(
            "SELECT * FROM posts WHERE account_id = ?", (account,))}
        fields = ", ".join(SNAPSHOT_FIELDS)
        # each post's counts as last seen at or before this export, with when (the same export
        # imported again adds no snapshot; the same counts at another export's time are an
        # observation, a plateau, and are stored)
        seen = {r[0]: (r[1], tuple(r[2:])) for r in con.execute(
            f"SELECT post_key, counts_at, {fields} FROM (SELECT post_key, counts_at, {fields}, ROW_NUMBER() OVER "
            f"(PARTITION BY post_key ORDER BY counts_at DESC, id DESC) AS n FROM post_snapshots WHERE account_id = ? "
            f"AND counts_at <= ?) WHERE n = 1", (account, exported))}
        rank = {1: 2, None: 1, 0: 0}  # a known time of day > not recorded (version 1) > date only
        inserts, updates, touched, snaps = [], [], [], []
        recounted = 0  # stored posts whose values stay, counted at this export's new time (a snapshot stored)
        for row in rows:
            key = row["post_key"]
            old = existing.get(key)
            changed = False  # a stored value of the post changed
            if old is None:
                values = [row.get(k) for k in _STORED_FIELDS]
                values[0] = values[0] or ""  # platform
                inserts.append(values + [account, key, source, now, exported, import_id])
            else:
                newer = exported >= (old.get("counts_at") or 0)
                merged = {}
                for k in _STORED_FIELDS:
                    new_v, old_v = row.get(k), old.get(k)
                    merged[k] = old_v if new_v is None or (not newer and old_v is not None) else new_v
                r_new, r_old = rank[row.get("time_known")], rank[old.get("time_known")]
                take = r_new > r_old or (r_new == r_old and newer)  # between equals the newer export wins
                merged["timestamp"] = row["timestamp"] if take else old["timestamp"]
                merged["time_known"] = row.get("time_known") if take else old.get("time_known")
                if any(merged[k] != old.get(k) for k in _STORED_FIELDS):
                    counts_at = exported if newer else old.get("counts_at")
                    changed = True
                    updates.append([merged[k] for k in _STORED_FIELDS] + [source, now, counts_at, import_id,
                                                                         account, key])
                elif newer and (old.get("counts_at") or 0) < exported:
                    touched.append((exported, account, key))
            counts = tuple(row.get(k) for k in SNAPSHOT_FIELDS)
            at, last = seen.get(key, (None, None))
            if any(v is not None for v in counts) and (last != counts or at is None or exported > at):
                snaps.append((account, key, import_id, now, exported) + counts)
                if old is not None and not changed:
                    recounted += 1
        meta = ("account_id", "post_key", "source", "imported_at", "counts_at", "import_id")
        names = _STORED_FIELDS + meta
        con.executemany(f"INSERT INTO posts ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)})", inserts)
        sets = ", ".join(f"{k} = ?" for k in _STORED_FIELDS + meta[2:])
        con.executemany(f"UPDATE posts SET {sets} WHERE account_id = ? AND post_key = ?", updates)
        con.executemany("UPDATE posts SET counts_at = ? WHERE account_id = ? AND post_key = ?", touched)
        con.executemany(f"INSERT INTO post_snapshots (account_id, post_key, import_id, imported_at, counts_at, "
                        f"{fields}) VALUES (?, ?, ?, ?, ?, {', '.join('?' for _ in SNAPSHOT_FIELDS)})", snaps)
        return len(inserts), len(updates), recounted, len(rows) - len(inserts) - len(updates) - recounted

    def upsert_posts(self, posts: list[dict]) -> tuple[int, int]:
        """Insert or update rows keyed by (account_id, post_key), written as given; (inserted, updated).

        The raw write in the store's own column names (``account_id``, ``post_key``,
        ``timestamp``, ``caption``…), used by tests and benches to lay down a history; an import
        goes through :meth:`import_posts`. ``hashtags`` may be a list. One transaction: a
        failure leaves the stored history as it was.
        """
        inserted = updated = 0
        now = time.time()
        with self.transaction() as con:
            for p in posts:
                row = {k: p.get(k) for k in self.POST_COLUMNS}
                if isinstance(row["hashtags"], (list, tuple)):
                    row["hashtags"] = json.dumps(list(row["hashtags"]), ensure_ascii=False)
                row["platform"] = row["platform"] or ""
                extra = {k: p[k] for k in _STORED_FIELDS if k in p and k not in row}
                if "time_known" in extra and extra["time_known"] is not None:
                    extra["time_known"] = int(bool(extra["time_known"]))
                values = dict(row, **extra, imported_at=now, counts_at=now)
                exists = con.execute("SELECT 1 FROM posts WHERE account_id = ? AND post_key = ?",
                                     (row["account_id"], row["post_key"])).fetchone()
                names = list(values)
                sets = ", ".join(f"{k} = excluded.{k}" for k in names if k not in ("account_id", "post_key"))
                con.execute(f"INSERT INTO posts ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)}) "
                            f"ON CONFLICT(account_id, post_key) DO UPDATE SET {sets}",
                            tuple(values.values()))
                con.execute("INSERT INTO accounts (account_id, platform, created_at, updated_at) VALUES (?, ?, ?, ?) "
                            "ON CONFLICT(account_id) DO UPDATE SET updated_at = excluded.updated_at",
                            (row["account_id"], row["platform"], now, now))
                if exists:
                    updated += 1
                else:
                    inserted += 1
        return inserted, updated

    def posts(self, account_id: str) -> list[dict]:
        """An account's posts, oldest first.

        Each is a dict of the stored columns (``post_key``, ``timestamp`` ISO 8601 UTC,
        ``caption``, ``views``…, NULL as None) with ``hashtags`` decoded to a list,
        ``time_known`` as True/False (None for posts stored before it was recorded), and the
        reader's names beside the store's: ``post_id`` (= post_key), ``published_at``
        (= timestamp) and ``title`` (= caption).
        """
        with self.connect() as con:
            rows = con.execute("SELECT * FROM posts WHERE account_id = ? ORDER BY timestamp, post_key",
                               (account_id,)).fetchall()
        return [_post_out(dict(r)) for r in rows]

    def snapshots(self, account_id: str, post_key: Optional[str] = None) -> list[dict]:
        """The counts each import saw, oldest export first (one post's, or the account's)."""
        sql = "SELECT * FROM post_snapshots WHERE account_id = ?"
        args: tuple = (account_id,)
        if post_key is not None:
            sql += " AND post_key = ?"
            args += (post_key,)
        with self.connect() as con:
            return [dict(r) for r in con.execute(sql + " ORDER BY post_key, counts_at, id", args).fetchall()]

    def imports(self, account_id: Optional[str] = None) -> list[dict]:
        """The imports made, newest first, with their report (``report``, a dict, when kept)."""
        sql, args = "SELECT * FROM imports", ()
        if account_id is not None:
            sql, args = sql + " WHERE account_id = ?", (account_id,)
        with self.connect() as con:
            rows = con.execute(sql + " ORDER BY id DESC", args).fetchall()
        out = []
        for r in rows:
            d = dict(r)
            d["report"] = json.loads(d.pop("report_json")) if d.get("report_json") else None
            out.append(d)
        return out

    def set_post_files(self, account_id: str, post_key: str, *, thumbnail_file: Optional[str] = None,
                       video_file: Optional[str] = None) -> bool:
        """Record the thumbnail and/or video file matched to a stored post; False if no such post."""
        sets = {k: str(v) for k, v in (("thumbnail_file", thumbnail_file), ("video_file", video_file))
                if v is not None}
        if not sets:
            return False
        with self.transaction() as con:
            n = con.execute(f"UPDATE posts SET {', '.join(f'{k} = ?' for k in sets)} WHERE account_id = ? "
                            f"AND post_key = ?", tuple(sets.values()) + (account_id, post_key)).rowcount
        return n > 0

    def accounts(self) -> list[dict]:
        """The stored accounts: ``account_id``, ``platform`` (its last import's, else its posts'),
        ``n`` (posts), ``first`` and ``last`` (post times, ISO 8601 UTC), ``platforms`` (of its
        posts), ``updated_at`` (last import, epoch seconds)."""
        with self.connect() as con:
            rows = con.execute(
                "SELECT p.account_id, COALESCE(NULLIF(a.platform, ''), MAX(p.platform), '') AS platform, "
                "COUNT(*) AS n, MIN(p.timestamp) AS first, MAX(p.timestamp) AS last, "
                "GROUP_CONCAT(DISTINCT NULLIF(p.platform, '')) AS platforms, "
                "COALESCE(a.updated_at, MAX(p.imported_at)) AS updated_at "
                "FROM posts p LEFT JOIN accounts a ON a.account_id = p.account_id "
                "GROUP BY p.account_id ORDER BY p.account_id").fetchall()
        out = []
        for r in rows:
            d = dict(r)
            d["platforms"] = sorted(d["platforms"].split(",")) if d["platforms"] else []
            out.append(d)
        return out

    def delete_account(self, account_id: str) -> int:
        """Delete an account with its posts, snapshots and imports; returns the posts deleted."""
        with self.transaction() as con:
            n = con.execute("DELETE FROM posts WHERE account_id = ?", (account_id,)).rowcount
            for table in ("post_snapshots", "imports", "accounts"):
                con.execute(f"DELETE FROM {table} WHERE account_id = ?", (account_id,))
            return n

    # -- key/value (personal models, trend profiles, settings) -----------
    def put(self, key: str, value: Any) -> None:
        self._migrate_once()
        self._refuse_write()
        with self.connect() as con:
            con.execute("INSERT INTO kv (key, value_json, updated_at) VALUES (?, ?, ?) "
                        "ON CONFLICT(key) DO UPDATE SET value_json = excluded.value_json, "
                        "updated_at = excluded.updated_at",
                        (key, json.dumps(value, ensure_ascii=False), time.time()))

    def get(self, key: str, default: Any = None) -> Any:
        with self.connect() as con:
            row = con.execute("SELECT value_json FROM kv WHERE key = ?", (key,)).fetchone()
        return json.loads(row[0]) if row else default


# -- the import's normalisation --------------------------------------------------------------

COUNT_FIELDS = ("views", "likes", "comments", "shares", "saves", "impressions", "reach")
SNAPSHOT_FIELDS = COUNT_FIELDS + ("ctr_percent", "watch_time_h")
# the posts columns an import writes (besides account_id, post_key, source, imported_at, counts_at)
_STORED_FIELDS = ("platform", "timestamp", "time_known", "caption", "hashtags", "duration_s") + SNAPSHOT_FIELDS + (
    "url", "post_type", "thumbnail_file", "video_file")
_IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".webp", ".gif", ".bmp", ".tif", ".tiff", ".avif", ".heic", ".heif")


@dataclass
class ImportSummary:
    """What :meth:`Store.import_posts` did (or, with ``dry_run``, would do)."""

    account_id: str
    platform: str  # '' when the export did not say
    source: str
    import_id: Optional[int]  # None for a dry run
    posts: int  # distinct posts in the import (repeated rows merged)
    added: int
    updated: int  # already stored, and some stored value changed
    unchanged: int  # already stored exactly so, and no new time point (the same export imported again)
    repeated: int  # rows of the import that repeat a post of the same import
    total: int  # the account's posts after the import
    first: Optional[str] = None  # the account's first and last post time after it (ISO 8601 UTC)
    last: Optional[str] = None
    dry_run: bool = False
    recounted: int = 0  # already stored exactly so, counted again at a later export: a new time point stored

    @property
    def inserted(self) -> int:
        return self.added

    def summary(self) -> str:
        verb = "would store" if self.dry_run else "stored"
        s = f"{self.account_id}: {verb} {self.posts} post(s): {self.added} added, {self.updated} updated, "
        if self.recounted:  # values the same, but seen at a later time: a time point each, not "unchanged"
            s += f"{self.recounted} counted again (a new time point each), "
        s += f"{self.unchanged} unchanged"
        if self.repeated:
            s += f", {self.repeated} repeated row(s) merged"
        return s + f"; {self.total} post(s) in the history" + (
            f" ({self.first[:10]} … {self.last[:10]})" if self.first and self.last else "")


def _platform(value: Any) -> str:
    v = normalize_platform(str(value or ""))
    return "" if v in ("", "generic", "none") else v


def _epoch(value: Any, default: float, what: str) -> float:
    if value is None or value == "":
        return default
    if isinstance(value, bool):
        raise InputError(f"{what} {value!r} is not a time")
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, datetime):
        return (value if value.tzinfo else value.replace(tzinfo=timezone.utc)).timestamp()
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day, tzinfo=timezone.utc).timestamp()
    return _epoch(_datetime(value, what), default, what)


def _datetime(value: Any, what: str) -> datetime:
    """An aware UTC datetime from a datetime (naive: UTC), a date or an ISO 8601 string."""
    if isinstance(value, datetime):
        d = value
    elif isinstance(value, date):
        d = datetime(value.year, value.month, value.day)
    elif isinstance(value, str) and value.strip():
        text = value.strip()
        if text.endswith(("Z", "z")):
            text = text[:-1] + "+00:00"
        try:
            d = datetime.fromisoformat(text)
        except ValueError:
            raise InputError(f"{what} {value!r} is not an ISO 8601 time") from None
    else:
        raise InputError(f"{what} {value!r} is not a time")
    if d.tzinfo is None:
        return d.replace(tzinfo=timezone.utc)
    try:
        return d.astimezone(timezone.utc)
    except OverflowError:
        raise InputError(f"{what} {value!r} is out of range") from None


def _iso(d: datetime) -> str:
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d}T{d.hour:02d}:{d.minute:02d}:{d.second:02d}Z"


def _number(value: Any, what: str, whole: bool) -> Optional[float]:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if type(value) is int and 0 <= value < 2 ** 63:  # the reader's counts: nothing to check
        return value
    try:
        if isinstance(value, bool):
            raise ValueError
        v = float(value)
    except (TypeError, ValueError):
        v = float("nan")
    if not math.isfinite(v) or v < 0 or (whole and abs(v) > 2 ** 63 - 1):
        raise InputError(f"{what} {value!r} is not a {'whole number' if whole else 'number'} of 0 or more")
    return float(round(v)) if whole else v


def _text(value: Any) -> Optional[str]:
    if value is None:
        return None
    s = str(value).strip()
    return s or None


def _normalise(p: Any, i: int, default_platform: str) -> dict:
    if not isinstance(p, dict):
        raise InputError(f"post {i}: not an object ({type(p).__name__})")
    pid = _text(p.get("post_id", p.get("post_key"))) or _text(p.get("url"))
    label = f"post {i}" + (f" ({pid})" if pid else "")
    raw = p.get("published_at", p.get("timestamp"))
    if raw is None or raw == "":
        raise InputError(f"{label}: no date (published_at)")
    when = _datetime(raw, f"{label}: published_at")
    title = _text(p.get("title", p.get("caption")))
    tags = p.get("hashtags")
    if isinstance(tags, str):
        tags = [t for t in tags.replace(",", " ").split() if t]
    row: dict[str, Any] = {
        "post_id": pid, "timestamp": _iso(when), "caption": title,
        "platform": _platform(p["platform"]) if p.get("platform") else (default_platform or None),
        "hashtags": json.dumps([str(t) for t in tags], ensure_ascii=False) if tags is not None else None,
        "time_known": None if p.get("time_known") is None else int(bool(p["time_known"])),
        "url": _text(p.get("url")), "post_type": _text(p.get("post_type")),
        "thumbnail_file": _text(p.get("thumbnail_file")), "video_file": _text(p.get("video_file")),
    }
    file = _text(p.get("file"))
    if file:
        slot = "thumbnail_file" if file.lower().endswith(_IMAGE_SUFFIXES) else "video_file"
        row[slot] = row[slot] or file
    for f in COUNT_FIELDS + ("duration_s",):
        v = _number(p.get(f), f"{label}: {f}", whole=True)
        row[f] = None if v is None else int(v)
    for f in ("ctr_percent", "watch_time_h"):
        row[f] = _number(p.get(f), f"{label}: {f}", whole=False)
    return row


def _merge_rows(posts: Any, default_platform: str) -> tuple[list[dict], int]:
    """The import's posts normalised and keyed; rows repeating a post merged (the larger counts kept)."""
    if not isinstance(posts, (list, tuple)) or not posts:
        raise InputError("no posts to store")
    by_key: dict[str, dict] = {}
    repeated = 0
    ordinal: dict[str, int] = {}  # id-less, title-less rows seen so far at each published time
    for i, p in enumerate(posts, start=1):
        row = _normalise(p, i, default_platform)
        pid = row.pop("post_id")
        key = pid or row["timestamp"]
        if pid is None:
            key = timed_post_key(row["timestamp"], row["caption"], by_key, ordinal)
        old = by_key.get(key)
        if old is not None:
            repeated += 1
            if (row["views"] or 0) < (old["views"] or 0):  # counts only grow: keep the later snapshot
                continue
        row["post_key"] = key
        by_key[key] = row
    return list(by_key.values()), repeated


def _check_platform(con: sqlite3.Connection, account: str, rows: list[dict]) -> None:
    """Refuse posts of one platform for an account of another (an account has one platform)."""
    got = con.execute("SELECT COALESCE(NULLIF(a.platform, ''), (SELECT MAX(platform) FROM posts p "
                      "WHERE p.account_id = a.account_id AND platform != ''), '') FROM accounts a "
                      "WHERE a.account_id = ?", (account,)).fetchone()
    if got is None:
        got = con.execute("SELECT COALESCE(MAX(platform), '') FROM posts WHERE account_id = ? AND platform != ''",
                          (account,)).fetchone()
    stored = (got[0] if got else "") or ""
    if not stored:
        return
    other = sorted({r["platform"] for r in rows if r.get("platform") and r["platform"] != stored})
    if other:
        raise InputError(f"this export is {' and '.join(other)} but account {account!r} is a {stored} account "
                         f"(an account has one platform): import it under another account name, "
                         f"e.g. {account}_{other[0]}; nothing stored")


def timed_post_key(ts: str, caption: Optional[str], taken: dict, ordinal: dict) -> str:
    """The post key of a row without a post id: its UTC time, ``#2``, ``#3``… for other posts then.

    Parameters
    ----------
    ts : str
        The row's published time, ISO 8601 UTC (``2025-10-28T00:00:00Z``).
    caption : str or None
        Its title or caption; None when the file has none for it.
    taken : dict of str to dict
        The keys given so far in this file, each to its row (with a ``caption`` key).
    ordinal : dict of str to int
        Updated here: the title-less rows seen so far at each time (start with ``{}`` per file).

    Returns
    -------
    str
        ``ts`` or ``"ts #n"``. With a title, the same time and title is the same post (a
        repeated row: the key of the earlier one) and another title another post. Without a
        title the rows of one file are distinct posts: the n-th such row at a time is keyed
        ``ts #n`` (the first ``ts``), so the same export imported again, or a newer one of the
        same table, gets the same keys.
    """
    if caption is None:
        ordinal[ts] = n = ordinal.get(ts, 0) + 1
    else:
        n = 1
    key = ts if n == 1 else f"{ts} #{n}"
    old = taken.get(key)
    while old is not None and (caption is None or (old["caption"] or "") != caption):
        n += 1
        key = f"{ts} #{n}"
        old = taken.get(key)
    return key


def _post_out(d: dict) -> dict:
    d["hashtags"] = json.loads(d["hashtags"]) if d.get("hashtags") else []
    if d.get("time_known") is not None:
        d["time_known"] = bool(d["time_known"])
    d["post_id"], d["published_at"], d["title"] = d["post_key"], d["timestamp"], d["caption"]
    return d


_store_lock = threading.Lock()
_default: Store | None = None


def default_store() -> Store:
    """The store at the user data dir (re-resolved after :func:`reset_default`)."""
    global _default
    with _store_lock:
        if _default is None or _default.path != paths.database_file():
            _default = Store()
        return _default


def reset_default() -> None:
    global _default
    with _store_lock:
        _default = None
