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
import sqlite3
import threading
import time
from pathlib import Path
from typing import Any, Iterator, Optional

from viralml_desktop.core import paths

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
]

SCHEMA_VERSION = len(MIGRATIONS)


class Store:
    def __init__(self, path: Path | str | None = None):
        self.path = Path(path) if path else paths.database_file()
        self._init_lock = threading.Lock()
        self._ready = False
        self._local = threading.local()

    # -- connection ------------------------------------------------------
    def _open(self) -> sqlite3.Connection:
        paths.ensure_dir(self.path.parent)
        con = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        con.row_factory = sqlite3.Row
        con.execute("PRAGMA journal_mode=WAL")
        con.execute("PRAGMA synchronous=NORMAL")
        con.execute("PRAGMA foreign_keys=ON")
        return con

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
            self._ready = True

    def schema_version(self) -> int:
        with self.connect() as con:
            return con.execute("SELECT version FROM schema_version").fetchone()[0]

    def integrity_ok(self) -> bool:
        with self.connect() as con:
            return con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"

    # -- analyses history -------------------------------------------------
    def add_analysis(self, capability: str, request: Any, response: Any) -> int:
        with self.connect() as con:
            cur = con.execute(
                "INSERT INTO analyses (ts, capability, request_json, response_json) VALUES (?, ?, ?, ?)",
                (time.time(), capability, json.dumps(request, ensure_ascii=False),
                 json.dumps(response, ensure_ascii=False)))
            return int(cur.lastrowid)

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
        with self.connect() as con:
            con.execute("INSERT INTO calls (ts, capability, latency_ms, ok) VALUES (?, ?, ?, ?)",
                        (time.time(), capability, float(latency_ms), int(ok)))

    def calls(self, capability: Optional[str] = None) -> list[sqlite3.Row]:
        with self.connect() as con:
            if capability:
                return con.execute("SELECT * FROM calls WHERE capability = ? ORDER BY id",
                                   (capability,)).fetchall()
            return con.execute("SELECT * FROM calls ORDER BY id").fetchall()

    # -- imported post histories ------------------------------------------
    POST_COLUMNS = ("account_id", "platform", "post_key", "timestamp", "views", "likes", "comments",
                    "shares", "caption", "hashtags", "source")

    def upsert_posts(self, posts: list[dict]) -> tuple[int, int]:
        """Insert or update posts keyed by (account_id, post_key); returns (inserted, updated).

        Re-importing the same export merges without duplicates. ``hashtags`` may be a list.
        One transaction: a failure leaves the stored history as it was.
        """
        inserted = updated = 0
        now = time.time()
        with self.transaction() as con:
            for p in posts:
                row = {k: p.get(k) for k in self.POST_COLUMNS}
                if isinstance(row["hashtags"], (list, tuple)):
                    row["hashtags"] = json.dumps(list(row["hashtags"]), ensure_ascii=False)
                row["platform"] = row["platform"] or ""
                exists = con.execute("SELECT 1 FROM posts WHERE account_id = ? AND post_key = ?",
                                     (row["account_id"], row["post_key"])).fetchone()
                cols = ", ".join(self.POST_COLUMNS) + ", imported_at"
                marks = ", ".join("?" for _ in self.POST_COLUMNS) + ", ?"
                con.execute(f"INSERT OR REPLACE INTO posts ({cols}) VALUES ({marks})",
                            tuple(row[k] for k in self.POST_COLUMNS) + (now,))
                if exists:
                    updated += 1
                else:
                    inserted += 1
        return inserted, updated

    def posts(self, account_id: str) -> list[dict]:
        """An account's posts, oldest first; ``hashtags`` decoded to a list."""
        with self.connect() as con:
            rows = con.execute("SELECT * FROM posts WHERE account_id = ? ORDER BY timestamp, post_key",
                               (account_id,)).fetchall()
        out = []
        for r in rows:
            d = dict(r)
            d["hashtags"] = json.loads(d["hashtags"]) if d.get("hashtags") else []
            out.append(d)
        return out

    def accounts(self) -> list[dict]:
        """Imported accounts with their post counts and date range."""
        with self.connect() as con:
            rows = con.execute("SELECT account_id, platform, COUNT(*) AS n, MIN(timestamp) AS first, "
                               "MAX(timestamp) AS last FROM posts GROUP BY account_id ORDER BY account_id"
                               ).fetchall()
        return [dict(r) for r in rows]

    def delete_account(self, account_id: str) -> int:
        with self.transaction() as con:
            return con.execute("DELETE FROM posts WHERE account_id = ?", (account_id,)).rowcount

    # -- key/value (personal models, trend profiles, settings) -----------
    def put(self, key: str, value: Any) -> None:
        with self.connect() as con:
            con.execute("INSERT INTO kv (key, value_json, updated_at) VALUES (?, ?, ?) "
                        "ON CONFLICT(key) DO UPDATE SET value_json = excluded.value_json, "
                        "updated_at = excluded.updated_at",
                        (key, json.dumps(value, ensure_ascii=False), time.time()))

    def get(self, key: str, default: Any = None) -> Any:
        with self.connect() as con:
            row = con.execute("SELECT value_json FROM kv WHERE key = ?", (key,)).fetchone()
        return json.loads(row[0]) if row else default


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
