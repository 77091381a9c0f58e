"""The database behind every store: one interface, two backends (SQLite for the embedded
default, PostgreSQL for many machines), and the store errors a user can act on.

Scenario logic, thread memory and event claims are written once against `Database` and
`Session`; only `bot.store.sqlite` and `bot.store.postgres` speak to a driver. SQL is written with
`?` placeholders and the portable subset both engines share (`RETURNING`, `ON CONFLICT`);
`Session.for_update` is the one dialect difference the callers see.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from contextlib import AbstractContextManager
from typing import Any, Protocol

from bot.store.errors import (
    Health,
    StoreBusy,
    StoreFull,
    StoreReadOnly,
    StoreRefusal,
    StoreSetupError,
    StoreUnavailable,
)

log = logging.getLogger("roibot.db")

#: How long a write waits for another writer on the Slack paths: with Slack's 3-second
#: deadline, a user hears "busy, nothing was saved" rather than a timeout.
SLACK_WRITE_WAIT_S = 1.5
#: How long a read may wait (for a lock another connection holds) on the Slack paths: a
#: save's reads and its write together stay inside Slack's 3 seconds.
SLACK_READ_WAIT_S = 1.0
#: The CLI may wait longer: nobody is timing it out.
CLI_WRITE_WAIT_S = 30.0


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


class Database(Protocol):
    """A place the stores keep their rows; safe to share between threads."""

    dialect: str  # "sqlite" or "postgresql"
    location: str  # a path or a URL without its password, for messages and logs

    def read(self) -> AbstractContextManager[Session]:
        """A session for reads (no transaction held open)."""

    def write(self, *, durable: bool = True) -> AbstractContextManager[Session]:
        """A write transaction: committed when the block ends, rolled back on any error;
        waits for other writers at most the database's write wait, then StoreBusy.
        `durable=False`: the commit does not wait for the disk (a crash of roibot loses
        nothing committed; a power cut may lose the last moments): for bookkeeping that
        is not the user's work, never for a scenario."""

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
    read_wait_s: float = SLACK_READ_WAIT_S,
    create: bool = True,
    existed: bool = False,
) -> Database:
    """The database at `location`: a `postgresql://` URL or a SQLite file path; migrated
    to the current schema. `create=False` refuses a SQLite file that does not exist;
    `existed=True` (a serve worker: its parent opened the file) treats a missing one as
    removed while running, refusing every call, never re-created."""
    if is_url(location):
        from bot.store.postgres import PostgresDatabase

        database: Database = PostgresDatabase(
            location, write_wait_s=write_wait_s, read_wait_s=read_wait_s
        )
        return database
    from bot.store.sqlite import SqliteDatabase

    return SqliteDatabase(
        location,
        write_wait_s=write_wait_s,
        read_wait_s=read_wait_s,
        create=create,
        existed=existed,
    )


__all__ = [
    "Database",
    "Health",
    "Session",
    "StoreBusy",
    "StoreFull",
    "StoreReadOnly",
    "StoreRefusal",
    "StoreSetupError",
    "StoreUnavailable",
    "is_url",
    "open_database",
]
