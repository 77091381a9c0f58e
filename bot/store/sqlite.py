"""The embedded database: one SQLite file, through sqlite-utils, one connection per thread.

What this module owns: refusing files that are not ours (left byte for byte intact),
creating the file owner-only, migrating it, WAL and durable commits, translating the
SQLite errors a user or admin can act on (by SQLite's error code, never by message text),
and noticing when the file is removed or replaced under a running process.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from bot.logs import LIMITED
from bot.store.deadline import wait_for
from bot.store.errors import (
    HEALTH_WAIT_S,
    Health,
    StoreBusy,
    StoreFull,
    StoreReadOnly,
    StoreRefusal,
    StoreSetupError,
    StoreUnavailable,
)
from bot.store.schema import APP_ID, HEALTH_WRITE, SCHEMA_VERSION, TABLES, health_stamp, migrate

if TYPE_CHECKING:
    import sqlite_utils


def _import_sqlite_utils() -> Any:
    """sqlite-utils, imported without numpy and pandas: it imports them when installed, to
    convert their types on insert. roibot never passes them, and numpy (installed for the
    charts) cost 60 ms of every cold start. Hidden only for this one import, and only if
    nothing has loaded them already; the charts import numpy as usual afterwards."""
    import sys

    hidden = [name for name in ("numpy", "pandas") if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]  # makes the import fail
    try:
        import sqlite_utils
    finally:
        for name in hidden:
            if sys.modules.get(name, False) is None:
                del sys.modules[name]
    return sqlite_utils


sqlite_utils = _import_sqlite_utils()  # the module itself (typed above for mypy)

log = logging.getLogger("roibot.db")

SQLITE_HEADER = b"SQLite format 3\x00"
# Primary result codes (the low byte of an extended code), from sqlite3.h.
_BUSY, _LOCKED, _READONLY, _IOERR, _FULL, _CANTOPEN = 5, 6, 8, 10, 13, 14
Identity = tuple[int, int]  # (device, inode): which file a path names right now


def translate(error: sqlite3.Error) -> StoreRefusal | None:
    """The refusal for an error a user or admin can act on, or None for anything else (a
    bug, which must propagate and be seen)."""
    code = getattr(error, "sqlite_errorcode", None)
    if code is None:
        return None
    primary = code & 0xFF
    if primary in (_BUSY, _LOCKED):
        return StoreBusy()
    if primary == _READONLY:
        return StoreReadOnly()
    if primary == _FULL:
        return StoreFull()
    if primary == _CANTOPEN:
        return StoreUnavailable("the database file cannot be opened")
    if primary == _IOERR:
        return StoreUnavailable("the disk reported an error")
    return None


class SqliteSession:
    """A Session over one sqlite-utils Database (one connection)."""

    for_update = ""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self._db = db

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        # Straight to the connection: sqlite-utils' query() wraps each statement in a
        # SAVEPOINT and RELEASE (three statements for one) to refuse one that returns no
        # rows; every statement here returns rows, and a new question reads twice.
        cursor = self._db.conn.execute(sql, params)
        if cursor.description is None:
            raise ValueError(f"query() needs a statement that returns rows: {sql[:60]}")
        keys = [column[0] for column in cursor.description]
        if len(set(keys)) != len(keys):  # a row as a dict would lose one: name them apart
            raise ValueError(f"two columns share a name: {sql[:60]}")
        return [dict(zip(keys, row, strict=True)) for row in cursor.fetchall()]

    def one(self, sql: str, params: Sequence[Any] = ()) -> dict[str, Any] | None:
        rows = self.query(sql, params)  # every row fetched: a RETURNING write completes
        return rows[0] if rows else None

    def execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        return int(self._db.execute(sql, params).rowcount)

    def insert(self, sql: str, params: Sequence[Any] = ()) -> int:
        row = self.one(sql, params)
        assert row is not None and "id" in row, "insert() needs INSERT … RETURNING id"
        return int(row["id"])


class _Local(threading.local):
    conn: sqlite3.Connection | None = None
    db: sqlite_utils.Database | None = None


class SqliteDatabase:
    """The scenarios' SQLite file; safe to share between threads (each gets its own
    connection) and between processes (SQLite's own locking, WAL)."""

    dialect = "sqlite"

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        write_wait_s: float = 1.5,
        read_wait_s: float = 1.0,
        create: bool = True,
        existed: bool = False,
    ) -> None:
        """`existed`: the file was there when the server started (a serve worker, built
        after its parent opened the file); if it is gone now, it was removed while roibot
        was running, and this database refuses every call (as one whose file is removed
        later does) rather than create an empty file the other workers would call
        "replaced"."""
        self.path = Path(path)
        self.location = str(self.path)
        self.write_wait_s = write_wait_s
        self.read_wait_s = read_wait_s
        self._local = _Local()
        self._lock = threading.Lock()
        self._reported: set[str] = set()
        self._writer = threading.Lock()
        self._identity: Identity | None
        if existed and not self.path.exists():
            self._identity = (-1, -1)  # no file has it: every call is refused as removed
            return
        self._prepare_file(create)
        self._identity = self._stat()
        self._open_schema()

    # -- the file -------------------------------------------------------------------------

    def _stat(self) -> Identity | None:
        try:
            stat = os.stat(self.path)
        except FileNotFoundError:
            return None
        return stat.st_dev, stat.st_ino

    def _check_foreign(self, path: Path) -> None:
        if path.is_dir():
            raise StoreSetupError(f"{path} is a folder, not a database", "set ROI_DB to a file")
        with path.open("rb") as handle:
            head = handle.read(16)
        if head and head != SQLITE_HEADER:
            raise StoreSetupError(
                f"{path} is not a roibot database (not SQLite); it was left untouched",
                "set ROI_DB to another file",
            )

    def _prepare_file(self, create: bool) -> None:
        path = self.path
        if path.exists():
            self._check_foreign(path)
            return
        if not create:
            raise StoreSetupError(f"there is no database at {path}", "check ROI_DB")
        try:
            # Owner-only from the first byte: the file holds every team's plans.
            fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
            os.close(fd)
        except FileExistsError:
            return
        except OSError as error:
            raise StoreSetupError(
                f"cannot create the database at {path}: {error.strerror}",
                "set ROI_DB to a writable place",
            ) from None

    def _connect(self) -> sqlite3.Connection:
        # mode=rw: a file deleted under us is never silently re-created (empty, and with
        # the umask's mode instead of 0600).
        uri = f"file:{quote(str(self.path.absolute()))}?mode=rw"
        conn = sqlite3.connect(
            uri, uri=True, timeout=self.write_wait_s, isolation_level=None, check_same_thread=False
        )
        # A read waits for a lock (a checkpoint, a writer outside WAL) at most this long.
        conn.execute(f"PRAGMA busy_timeout={int(self.read_wait_s * 1000)}")
        conn.execute("PRAGMA foreign_keys=ON")
        # FULL: a save reported to the user survives a power cut, not only a crash.
        conn.execute("PRAGMA synchronous=FULL")
        return conn

    def _db(self) -> sqlite_utils.Database:
        """This thread's connection; refused if the file was removed or replaced since this
        process opened it."""
        local = self._local
        current = self._stat()
        if current != self._identity:
            self._refuse_changed(current)
        if local.db is None:
            try:
                conn = self._connect()
            except sqlite3.Error as error:
                refusal = translate(error)
                if refusal is None:
                    raise
                raise refusal from None
            local.conn = conn
            local.db = sqlite_utils.Database(conn)
        assert local.db is not None
        return local.db

    def _refuse_changed(self, current: Identity | None) -> None:
        """The file under our path is gone, or is another file. Taking over another file
        while connections to the old one are open would pair the old file's WAL with the
        new one, so the change is refused (loudly, once) until roibot is restarted."""
        state = "removed" if current is None else "replaced"
        with self._lock:
            first = state not in self._reported
            self._reported.add(state)
        if first:
            log.error(
                "database %s was %s while roibot was running; refusing reads and "
                "writes until roibot is restarted",
                self.path,
                state,
            )
        if current is None:
            raise StoreUnavailable("the database file was removed")
        raise StoreUnavailable(
            "the database file was replaced while roibot was running; restart roibot to use it"
        )

    def _open_schema(self) -> None:
        meta: dict[str, str] = {}
        try:
            conn = self._db().conn
            tables = {
                row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
        except sqlite3.DatabaseError:
            raise StoreSetupError(
                f"{self.path} is not a roibot database (unreadable); it was left untouched",
                "set ROI_DB to another file",
            ) from None
        if tables and "meta" not in tables:
            raise StoreSetupError(
                f"{self.path} is a SQLite database but not roibot's; it was left untouched",
                "set ROI_DB to another file",
            )
        if tables:
            meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
            if meta.get("app") != APP_ID:
                raise StoreSetupError(
                    f"{self.path} is a SQLite database but not roibot's; it was left untouched",
                    "set ROI_DB to another file",
                )
            if int(meta.get("schema_version", 0)) > SCHEMA_VERSION:
                raise StoreSetupError(
                    f"{self.path} was written by a newer roibot (schema {meta['schema_version']})",
                    "upgrade roibot",
                )
        if not tables or int(meta.get("schema_version", 0)) < SCHEMA_VERSION:
            try:
                with self.write() as session:
                    migrate(session, self.dialect, tables)
            except StoreReadOnly:
                if tables:
                    return  # an old schema on a read-only file still serves reads
                raise
        # Only now that the file is known to be ours: WAL is persistent, so it is set once
        # here rather than on every connection (and a foreign file is never written to).
        try:
            conn.execute("PRAGMA journal_mode=WAL")
        except sqlite3.OperationalError:
            pass  # a read-only file still serves reads

    # -- sessions -------------------------------------------------------------------------

    @contextmanager
    def read(self) -> Iterator[SqliteSession]:
        db = self._db()
        try:
            yield SqliteSession(db)
        except sqlite3.Error as error:
            refusal = translate(error)
            if refusal is None:
                raise
            raise refusal from None

    @contextmanager
    def write(self, *, durable: bool = True) -> Iterator[SqliteSession]:
        db = self._db()
        conn = db.conn
        started = time.monotonic()
        wait = wait_for(self.write_wait_s)
        # Writers of one process queue on a lock (woken the moment it is free); SQLite's own
        # busy handler, which sleeps and retries, is left to writers of other processes.
        # Without it, threads of one busy worker starved each other past the wait.
        if not self._writer.acquire(timeout=wait):
            LIMITED.warning(
                "sqlite busy here",
                f"write refused on {self.path}: {StoreBusy().reason} (waited {wait:.1f} s "
                "in this process)",
            )
            raise StoreBusy()
        try:
            if not durable:
                conn.execute("PRAGMA synchronous=NORMAL")
            self._begin(conn, started + wait)
            try:
                yield SqliteSession(db)
                conn.execute("COMMIT")
            except BaseException as error:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                if isinstance(error, sqlite3.Error):
                    raise self._refused(error) from None
                raise
        finally:
            conn.execute(f"PRAGMA busy_timeout={int(self.read_wait_s * 1000)}")
            if not durable:
                conn.execute("PRAGMA synchronous=FULL")
            self._writer.release()

    def _begin(self, conn: sqlite3.Connection, deadline: float) -> None:
        """BEGIN IMMEDIATE (the write lock taken now, so a second writer waits here rather
        than failing when its read upgrades), retried every millisecond or so while a
        writer of another process holds the lock. SQLite's own busy handler backs off to
        100 ms sleeps: a worker woke up to 100 ms after the other had committed, and the
        p99 of a load with saves was 100 to 400 ms."""
        conn.execute("PRAGMA busy_timeout=0")
        pause = 0.0005
        while True:
            try:
                conn.execute("BEGIN IMMEDIATE")
                break
            except sqlite3.OperationalError as error:
                busy = getattr(error, "sqlite_errorcode", 0) & 0xFF in (_BUSY, _LOCKED)
                if not busy or time.monotonic() + pause > deadline:
                    raise self._refused(error) from None
                time.sleep(pause)
                pause = min(pause * 2, 0.004)
            except sqlite3.Error as error:
                raise self._refused(error) from None
        # Statements inside the transaction keep a wait of their own (a checkpoint).
        left = max(0.05, deadline - time.monotonic())
        conn.execute(f"PRAGMA busy_timeout={int(left * 1000)}")

    def _refused(self, error: sqlite3.Error) -> BaseException:
        refusal = translate(error)
        if refusal is None:
            return error
        # Every kind of refused write is logged (once a minute), with its cause.
        name = getattr(error, "sqlite_errorname", type(error).__name__)
        LIMITED.warning(
            f"sqlite {name}", f"write refused on {self.path}: {refusal.reason} ({name})"
        )
        return refusal

    def health(self) -> Health:
        """Every table read and a write committed, each within HEALTH_WAIT_S: a commit
        touches the WAL as a save does (a write rolled back did not, and a file made
        immutable under a running server was called healthy)."""
        try:
            conn = self._db().conn
        except StoreRefusal as unreachable:
            return Health(False, False, unreachable.cause)
        conn.execute(f"PRAGMA busy_timeout={int(HEALTH_WAIT_S * 1000)}")
        try:
            for table in TABLES:
                conn.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchall()
            conn.execute("BEGIN IMMEDIATE")
            conn.execute(HEALTH_WRITE, [health_stamp()])
            conn.execute("COMMIT")
        except sqlite3.Error as error:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            refusal = translate(error)
            detail = refusal.cause if refusal else type(error).__name__
            readable = isinstance(refusal, StoreBusy | StoreReadOnly | StoreFull)
            return Health(readable, isinstance(refusal, StoreBusy), detail)
        finally:
            conn.execute(f"PRAGMA busy_timeout={int(self.read_wait_s * 1000)}")
        return Health(True, True)

    def change_marker(self) -> int | None:
        """SQLite's `PRAGMA data_version` on this thread's connection: it changes when any
        other connection (any process) commits, so a cache can tell it is stale without
        reading a table. None when the database cannot be reached (nothing is cached)."""
        try:
            row = self._db().conn.execute("PRAGMA data_version").fetchone()
        except (StoreRefusal, sqlite3.Error):
            return None
        return int(row[0])

    def integrity(self) -> str:
        """`PRAGMA integrity_check` (ok when the file is sound)."""
        return str(self._db().conn.execute("PRAGMA integrity_check").fetchone()[0])

    def close(self) -> None:
        local = self._local
        if local.conn is not None:
            local.conn.close()
        local.conn = local.db = None
