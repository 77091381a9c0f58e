"""The database behind every store: one interface, two backends (SQLite for the embedded
default, PostgreSQL for many machines), and the store errors a user can act on.

Scenario logic, thread memory and event claims are written once against `Database` and
`Session`; only `bot.store.sqlite` and `bot.store.postgres` speak to a driver. SQL is written with
`?` placeholders and the portable subset both engines share (`RETURNING`, `ON CONFLICT`);
`Session.for_update` is the one dialect difference the callers see.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Any, Protocol

from calc.errors import Refusal

log = logging.getLogger("roibot.db")

#: How long a write waits for another writer on the Slack paths: with Slack's 3-second
#: deadline, a user hears "busy, nothing was saved" rather than a timeout.
SLACK_WRITE_WAIT_S = 2.0
#: The CLI may wait longer: nobody is timing it out.
CLI_WRITE_WAIT_S = 30.0


class StoreRefusal(Refusal):
    """The database cannot do what was asked, for a reason a user or admin can act on;
    nothing was changed. `cause` is the short form, for logs and /healthz."""

    cause = "refused"


class StoreBusy(StoreRefusal):
    """Another writer held the database past our wait."""

    cause = "busy"

    def __init__(self) -> None:
        super().__init__("the database is busy; nothing was saved", "try again")


class StoreReadOnly(StoreRefusal):
    """The database cannot be written."""

    cause = "read-only"

    def __init__(self) -> None:
        super().__init__(
            "could not save, nothing changed: the database is read-only",
            "try again, or tell your admin",
        )


class StoreFull(StoreRefusal):
    """No room left to write."""

    cause = "disk full"

    def __init__(self) -> None:
        super().__init__(
            "could not save, nothing changed: the disk is full", "try again, or tell your admin"
        )


class StoreUnavailable(StoreRefusal):
    """The database file is gone or was swapped for one that is not ours, or the server
    cannot be reached."""

    def __init__(self, why: str) -> None:
        super().__init__(
            f"could not reach the scenarios, nothing changed: {why}", "tell your admin"
        )
        self.cause = why


class StoreSetupError(StoreRefusal):
    """A database we will not open (not ours, a folder, not creatable)."""


class Session(Protocol):
    """One connection's view, inside a transaction when it came from `Database.write`."""

    #: `" FOR UPDATE"` where the engine locks rows (PostgreSQL), else `""` (SQLite's
    #: BEGIN IMMEDIATE already holds the whole database for the writer).
    for_update: str

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """Every row, as dicts."""

    def one(self, sql: str, params: Sequence[Any] = ()) -> dict[str, Any] | None:
        """The first row, or None."""

    def execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        """Run a statement; the number of rows it changed."""

    def insert(self, sql: str, params: Sequence[Any] = ()) -> int:
        """Run an `INSERT … RETURNING id`; the new id."""


@dataclass(frozen=True)
class Health:
    """What /healthz reports about the database."""

    reachable: bool
    writable: bool
    detail: str = "ok"

    @property
    def ok(self) -> bool:
        """Healthy when it can be read and written."""
        return self.reachable and self.writable


class Database(Protocol):
    """A place the stores keep their rows; safe to share between threads."""

    dialect: str  # "sqlite" or "postgresql"
    location: str  # a path or a URL without its password, for messages and logs

    def read(self) -> AbstractContextManager[Session]:
        """A session for reads (no transaction held open)."""

    def write(self) -> AbstractContextManager[Session]:
        """A write transaction: committed when the block ends, rolled back on any error;
        waits for other writers at most the database's write wait, then StoreBusy."""

    def health(self) -> Health:
        """Can it be read, and written, right now."""

    def change_marker(self) -> int | None:
        """A number that changes whenever another connection (any thread, any process)
        commits, read without touching a table; None where there is no such thing."""

    def close(self) -> None:
        """Close this thread's connection (others close with their threads)."""


def is_url(location: str) -> bool:
    """True for a `postgresql://` (or `postgres://`) URL, False for a SQLite file path."""
    return location.startswith(("postgresql://", "postgres://", "postgresql+psycopg://"))


def open_database(
    location: str,
    *,
    write_wait_s: float = SLACK_WRITE_WAIT_S,
    create: bool = True,
    existed: bool = False,
) -> Database:
    """The database at `location`: a `postgresql://` URL or a SQLite file path; migrated
    to the current schema. `create=False` refuses a SQLite file that does not exist;
    `existed=True` (a serve worker: its parent opened the file) treats a missing one as
    removed while running, refusing every call, never re-created."""
    if is_url(location):
        from bot.store.postgres import PostgresDatabase

        database: Database = PostgresDatabase(location, write_wait_s=write_wait_s)
        return database
    from bot.store.sqlite import SqliteDatabase

    return SqliteDatabase(location, write_wait_s=write_wait_s, create=create, existed=existed)


def rows(items: Iterator[dict[str, Any]]) -> list[dict[str, Any]]:
    """A list of row dicts (a helper for backends whose drivers yield)."""
    return list(items)
