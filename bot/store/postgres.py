"""The shared database for many workers on many machines: PostgreSQL through psycopg 3, one
connection per thread.

What differs from SQLite is only here: placeholders (`?` becomes `%s`), row locks
(`SELECT … FOR UPDATE` under READ COMMITTED, so concurrent saves to one name queue on the
scenario's row and each builds on the one before), a lock timeout instead of a busy
timeout, errors translated by SQLSTATE, and migrations under an advisory lock.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import cache
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import psycopg
from psycopg.rows import dict_row

from bot.store.db import (
    Health,
    StoreBusy,
    StoreFull,
    StoreReadOnly,
    StoreRefusal,
    StoreSetupError,
    StoreUnavailable,
)
from bot.store.schema import APP_ID, SCHEMA_VERSION, migrate

log = logging.getLogger("roibot.db")
_MIGRATION_LOCK = 7_263_514_201  # an arbitrary key for pg_advisory_xact_lock
CONNECT_TIMEOUT_S = 3


def redacted(url: str) -> str:
    """The URL without its password, for messages and logs."""
    parts = urlsplit(url)
    if parts.password:
        host = parts.hostname or ""
        netloc = f"{parts.username}:***@{host}" + (f":{parts.port}" if parts.port else "")
        parts = parts._replace(netloc=netloc)
    return urlunsplit(parts)


@cache
def _pg_sql(sql: str) -> str:
    """Our `?` placeholders as psycopg's `%s` (our SQL holds no literal `?` or `%`)."""
    assert "%" not in sql, "escape % before sending SQL to psycopg"
    return sql.replace("?", "%s")


def translate(error: psycopg.Error) -> StoreRefusal | None:
    """The refusal for an error a user or admin can act on (by SQLSTATE), or None."""
    state = getattr(error, "sqlstate", None) or ""
    if state in ("55P03", "40P01", "40001", "53300", "57014"):
        return StoreBusy()  # lock timeout, deadlock, serialization, too many connections
    if state == "25006":
        return StoreReadOnly()
    if state in ("53100",):
        return StoreFull()
    if (
        state.startswith("08")
        or state in ("57P01", "57P02", "57P03")
        or (isinstance(error, psycopg.OperationalError) and not state)
    ):
        return StoreUnavailable("the database server cannot be reached")
    return None


class PostgresSession:
    """A Session over one psycopg connection."""

    for_update = " FOR UPDATE"

    def __init__(self, conn: psycopg.Connection[dict[str, Any]]) -> None:
        self._conn = conn

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        return self._conn.execute(_pg_sql(sql), list(params)).fetchall()

    def one(self, sql: str, params: Sequence[Any] = ()) -> dict[str, Any] | None:
        return self._conn.execute(_pg_sql(sql), list(params)).fetchone()

    def execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        return self._conn.execute(_pg_sql(sql), list(params)).rowcount

    def insert(self, sql: str, params: Sequence[Any] = ()) -> int:
        row = self.one(sql, params)
        assert row is not None and "id" in row, "insert() needs INSERT … RETURNING id"
        return int(row["id"])


class _Local(threading.local):
    conn: psycopg.Connection[dict[str, Any]] | None = None


class PostgresDatabase:
    """A PostgreSQL database shared by every worker; safe to share between threads."""

    dialect = "postgresql"

    def __init__(self, url: str, *, write_wait_s: float = 2.0) -> None:
        self.url = re.sub(r"^postgresql\+psycopg://", "postgresql://", url)
        self.location = redacted(self.url)
        self.write_wait_s = write_wait_s
        self._local = _Local()
        self._open_schema()

    def _conn(self) -> psycopg.Connection[dict[str, Any]]:
        conn = self._local.conn
        if conn is None or conn.closed or conn.broken:
            try:
                conn = psycopg.connect(
                    self.url,
                    autocommit=True,
                    row_factory=dict_row,
                    connect_timeout=CONNECT_TIMEOUT_S,
                    application_name="roibot",
                )
            except psycopg.Error as error:
                log.error("cannot connect to %s: %s", self.location, type(error).__name__)
                raise StoreUnavailable("the database server cannot be reached") from None
            self._local.conn = conn
        return conn

    def _open_schema(self) -> None:
        try:
            with self.write() as session:
                session.execute("SELECT pg_advisory_xact_lock(?)", [_MIGRATION_LOCK])
                tables = {
                    row["table_name"]
                    for row in session.query(
                        "SELECT table_name FROM information_schema.tables "
                        "WHERE table_schema = current_schema()"
                    )
                }
                ours = {"meta", "scenarios", "versions", "events"}
                if tables & ours and "meta" not in tables:
                    raise StoreSetupError(
                        f"{self.location} holds tables that are not roibot's",
                        "set ROI_DB to another database",
                    )
                if "meta" in tables:
                    meta = {
                        row["key"]: row["value"]
                        for row in session.query("SELECT key, value FROM meta")
                    }
                    if meta.get("app") != APP_ID:
                        raise StoreSetupError(
                            f"{self.location} is not a roibot database",
                            "set ROI_DB to another database",
                        )
                    if int(meta.get("schema_version", 0)) > SCHEMA_VERSION:
                        raise StoreSetupError(
                            f"{self.location} was written by a newer roibot", "upgrade roibot"
                        )
                migrate(session, self.dialect, tables)
        except StoreReadOnly:
            log.warning("database %s is read-only; serving reads only", self.location)

    @contextmanager
    def read(self) -> Iterator[PostgresSession]:
        conn = self._conn()
        try:
            yield PostgresSession(conn)
        except psycopg.Error as error:
            raise self._refused(error, conn) from None

    @contextmanager
    def write(self) -> Iterator[PostgresSession]:
        conn = self._conn()
        try:
            with conn.transaction():
                # A lock held elsewhere is waited for at most this long (Slack's 3 seconds).
                conn.execute(f"SET LOCAL lock_timeout = '{int(self.write_wait_s * 1000)}ms'")
                yield PostgresSession(conn)
        except psycopg.Error as error:
            raise self._refused(error, conn) from None

    def _refused(self, error: psycopg.Error, conn: psycopg.Connection[Any]) -> BaseException:
        refusal = translate(error)
        if refusal is None:
            return error
        if isinstance(refusal, StoreUnavailable) and not conn.closed:
            conn.close()  # a fresh connection next time
        log.warning(
            "database %s refused: %s (%s)",
            self.location,
            refusal.reason,
            getattr(error, "sqlstate", None) or type(error).__name__,
        )
        return refusal

    def health(self) -> Health:
        """Reachable (a read of `meta`) and writable (a write of it, rolled back)."""
        try:
            conn = self._conn()
            conn.execute("SELECT value FROM meta WHERE key = 'app'").fetchone()
        except (StoreRefusal, psycopg.Error) as error:
            if self._local.conn is not None and not self._local.conn.closed:
                self._local.conn.close()
            detail = error.cause if isinstance(error, StoreRefusal) else type(error).__name__
            return Health(False, False, detail)
        try:
            with conn.transaction(force_rollback=True):
                conn.execute("SET LOCAL lock_timeout = '200ms'")
                conn.execute("UPDATE meta SET value = value WHERE key = 'app'")
        except psycopg.Error as error:
            refusal = translate(error)
            if isinstance(refusal, StoreBusy):
                return Health(True, True, "busy")
            return Health(True, False, refusal.cause if refusal else type(error).__name__)
        return Health(True, True)

    def change_marker(self) -> int | None:
        """None: PostgreSQL has no commit counter to read without a query (the scenario
        store counts each team's writes instead)."""
        return None

    def close(self) -> None:
        conn = self._local.conn
        if conn is not None and not conn.closed:
            conn.close()
        self._local.conn = None
