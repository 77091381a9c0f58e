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

log = logging.getLogger("roibot.db")
_MIGRATION_LOCK = 7_263_514_201  # an arbitrary key for pg_advisory_xact_lock
CONNECT_TIMEOUT_S = 3
#: Several workers starting at once wait for one another's migration this long.
MIGRATION_WAIT_S = 30.0


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


def translate(error: psycopg.Error, writing: bool = True) -> StoreRefusal | None:
    """The refusal for an error a user or admin can act on (by SQLSTATE), or None."""
    state = getattr(error, "sqlstate", None) or ""
    # lock timeout, deadlock, serialization, too many connections, statement timeout
    if state in ("55P03", "40P01", "40001", "53300", "57014"):
        return StoreBusy(writing)
    if state == "25006":
        return StoreReadOnly()
    if state in ("53100",):
        return StoreFull()
    if state == "3D000":
        return StoreUnavailable("the database does not exist on that server")
    if state.startswith("28"):
        return StoreUnavailable("the database server refused the login")
    if (
        state.startswith("08")
        or state in ("57P01", "57P02", "57P03")
        or (isinstance(error, psycopg.OperationalError) and not state)
    ):
        return StoreUnavailable("the database server cannot be reached")
    return None


def _ms(seconds: float) -> str:
    return f"'{max(1, int(seconds * 1000))}ms'"


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

    def __init__(self, url: str, *, write_wait_s: float = 1.5, read_wait_s: float = 1.0) -> None:
        self.url = re.sub(r"^postgresql\+psycopg://", "postgresql://", url)
        self.location = redacted(self.url)
        self.write_wait_s = write_wait_s
        self.read_wait_s = read_wait_s
        self._local = _Local()
        self._open_schema()

    def _conn(self) -> psycopg.Connection[dict[str, Any]]:
        conn = self._local.conn
        if conn is None or conn.closed or conn.broken:
            # Every statement on this connection has a deadline: reads wait for a lock at
            # most read_wait_s (a table locked elsewhere answered after 9.8 s before);
            # writes set their own, and a request's deadline shortens either.
            timeout = _ms(self.read_wait_s)[1:-1]
            try:
                conn = psycopg.connect(
                    self.url,
                    autocommit=True,
                    row_factory=dict_row,
                    connect_timeout=CONNECT_TIMEOUT_S,
                    application_name="roibot",
                    options=f"-c statement_timeout={timeout} -c lock_timeout={timeout}",
                )
            except psycopg.Error as error:
                refusal = translate(error) or StoreUnavailable("")
                if refusal.cause in ("", "the database server cannot be reached"):
                    refusal = self._diagnose()
                log.error("cannot connect to %s: %s", self.location, refusal.cause)
                raise refusal from None
            self._local.conn = conn
        return conn

    def _diagnose(self) -> StoreRefusal:
        """Why a connection failed, when psycopg gives no SQLSTATE for it: the server is
        asked through its maintenance database whether ours exists (never read from the
        message, which the server may word in any language)."""
        parts = urlsplit(self.url)
        name = parts.path.lstrip("/")
        maintenance = urlunsplit(parts._replace(path="/postgres"))
        try:
            with psycopg.connect(maintenance, connect_timeout=CONNECT_TIMEOUT_S) as conn:
                found = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
                if found.fetchone() is None:
                    return StoreUnavailable(f'the database "{name}" does not exist on that server')
        except psycopg.Error:
            pass
        return StoreUnavailable("the database server cannot be reached")

    def _open_schema(self) -> None:
        try:
            with self._transaction(MIGRATION_WAIT_S, writing=True) as session:
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
        wait = wait_for(self.read_wait_s)
        if wait < self.read_wait_s:  # a request's deadline is nearer than the usual wait
            with self._transaction(wait, writing=False) as session:
                yield session
            return
        conn = self._conn()
        try:
            yield PostgresSession(conn)
        except psycopg.Error as error:
            raise self._refused(error, conn, writing=False) from None

    @contextmanager
    def write(self, *, durable: bool = True) -> Iterator[PostgresSession]:
        with self._transaction(wait_for(self.write_wait_s), writing=True) as session:
            if not durable:
                session.execute("SET LOCAL synchronous_commit = off")
            yield session

    @contextmanager
    def _transaction(self, wait_s: float, *, writing: bool) -> Iterator[PostgresSession]:
        """A transaction whose statements each wait at most `wait_s` (for a lock, or at
        all): past it, rolled back and refused as busy, nothing saved."""
        conn = self._conn()
        try:
            with conn.transaction():
                conn.execute(f"SET LOCAL lock_timeout = {_ms(wait_s)}")
                conn.execute(f"SET LOCAL statement_timeout = {_ms(wait_s)}")
                yield PostgresSession(conn)
        except psycopg.Error as error:
            raise self._refused(error, conn, writing=writing) from None

    def _refused(
        self, error: psycopg.Error, conn: psycopg.Connection[Any], *, writing: bool = True
    ) -> BaseException:
        refusal = translate(error, writing)
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
        """Every table roibot reads, read, and a write committed, each within
        HEALTH_WAIT_S: what the answers touch, so a table locked elsewhere or a read-only
        server is reported (busy or read-only) rather than answered ok."""
        try:
            conn = self._conn()
        except StoreRefusal as unreachable:
            return Health(False, False, unreachable.cause)
        try:
            with conn.transaction():
                conn.execute(f"SET LOCAL lock_timeout = {_ms(HEALTH_WAIT_S)}")
                conn.execute(f"SET LOCAL statement_timeout = {_ms(HEALTH_WAIT_S)}")
                for table in TABLES:
                    conn.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchall()
                conn.execute(_pg_sql(HEALTH_WRITE), [health_stamp()])
        except psycopg.Error as error:
            refusal = translate(error)
            if refusal is not None and not isinstance(refusal, StoreBusy | StoreReadOnly):
                conn.close()
                return Health(False, False, refusal.cause)
            detail = refusal.cause if refusal else type(error).__name__
            return Health(True, not isinstance(refusal, StoreReadOnly), detail)
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
