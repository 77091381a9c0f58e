"""Team scenarios in one SQLite file (the only module that touches SQLite).

Every save is a new version and nothing a user does overwrites or removes one; `delete`
hides a scenario and `restore` brings any version back as the newest. Every call takes the
team, and no query runs without it.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import sqlite_utils

from calc.errors import Refusal
from calc.formatting import decimal_text
from calc.inputs import Inputs
from calc.names import check_name, name_key

log = logging.getLogger(__name__)

APP_ID = "roibot"
SCHEMA_VERSION = 2
SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 30_000
DEFAULT_SCENARIO = "default"


class StoreError(Refusal):
    """The store cannot do what was asked; nothing was changed."""


@dataclass(frozen=True)
class StoredVersion:
    """One saved version of a team's scenario."""

    name: str
    version: int
    inputs: Inputs
    command: str
    note: str
    saved_by: str
    saved_at: str
    restored_from: int | None = None
    deleted: bool = False


@dataclass(frozen=True)
class Event:
    """A delete or restore, for `history`."""

    kind: str
    version: int | None
    by: str
    at: str


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _inputs_json(inputs: Inputs) -> str:
    # Exact decimal strings: sqlite-utils would store a Decimal as a REAL.
    values = {
        field: None if value is None else decimal_text(value)
        for field, value in inputs.model_dump().items()
    }
    return json.dumps(values, sort_keys=True)


def _inputs(text: str) -> Inputs:
    values = {key: None if value is None else Decimal(value) for key, value in
              json.loads(text).items()}
    return Inputs.model_validate(values)


_VERSION_COLUMNS = ("v.version, v.inputs, v.command, v.note, v.saved_by, v.saved_at, "
                    "v.restored_from")


def _stored(name: str, row: Any, deleted: bool) -> StoredVersion:
    """A StoredVersion from a row of _VERSION_COLUMNS."""
    version, inputs, command, note, saved_by, saved_at, restored_from = row
    return StoredVersion(name, version, _inputs(inputs), command, note, saved_by, saved_at,
                         restored_from, deleted)


def _migrate_1(db: sqlite_utils.Database) -> None:
    db.table("scenarios").create(
        {"id": int, "team": str, "name": str, "name_key": str, "latest": int,
         "deleted_at": str, "deleted_by": str},
        pk="id", not_null={"team", "name", "name_key", "latest"},
    )
    db.table("scenarios").create_index(["team", "name_key"], unique=True)
    db.table("versions").create(
        {"id": int, "scenario_id": int, "version": int, "inputs": str, "command": str,
         "note": str, "saved_by": str, "saved_at": str, "restored_from": int},
        pk="id", not_null={"scenario_id", "version", "inputs", "command", "note", "saved_by",
                           "saved_at"},
        foreign_keys=[("scenario_id", "scenarios", "id")],
    )
    db.table("versions").create_index(["scenario_id", "version"], unique=True)


def _migrate_2(db: sqlite_utils.Database) -> None:
    db.table("events").create(
        {"id": int, "scenario_id": int, "kind": str, "version": int, "by": str, "at": str},
        pk="id", not_null={"scenario_id", "kind", "by", "at"},
        foreign_keys=[("scenario_id", "scenarios", "id")],
    )
    db.table("events").create_index(["scenario_id"])


MIGRATIONS: dict[int, Callable[[sqlite_utils.Database], None]] = {1: _migrate_1, 2: _migrate_2}


def _write_failure(error: sqlite3.Error) -> StoreError:
    text = str(error).lower()
    if "readonly" in text or "read-only" in text:
        why = "the database is read-only"
    elif "full" in text:
        why = "the disk is full"
    else:
        why = "the database could not be written"
    return StoreError(f"could not save, nothing changed: {why}", "try again, or tell your admin")


class ScenarioStore:
    """The scenarios of every team, in one SQLite file; one connection per thread."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self._local = threading.local()
        self._prepare_file()
        self._open_schema()

    # -- the file -----------------------------------------------------------------------

    def _prepare_file(self) -> None:
        path = self.path
        if path.exists():
            if path.is_dir():
                raise StoreError(f"{path} is a folder, not a database", "set ROI_DB to a file")
            with path.open("rb") as handle:
                head = handle.read(16)
            if head and head != SQLITE_HEADER:
                raise StoreError(
                    f"{path} is not a roibot database (not SQLite); it was left untouched",
                    "set ROI_DB to another file",
                )
            return
        try:
            # Owner-only from the first byte: the file holds every team's plans.
            fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
            os.close(fd)
        except FileExistsError:
            return
        except OSError as error:
            raise StoreError(
                f"cannot create the database at {path}: {error.strerror}",
                "set ROI_DB to a writable place",
            ) from None

    def _connect(self) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000,
                                   isolation_level=None, check_same_thread=False)
            conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA foreign_keys=ON")
            # FULL: a save reported to the user survives a power cut, not only a crash.
            conn.execute("PRAGMA synchronous=FULL")
            self._local.conn = conn
        return conn

    def close(self) -> None:
        """Close this thread's connection."""
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None
            self._local.db = None

    def _db(self) -> sqlite_utils.Database:
        db: sqlite_utils.Database | None = getattr(self._local, "db", None)
        if db is None or db.conn is not self._connect():
            db = self._local.db = sqlite_utils.Database(self._connect())
        return db

    def _open_schema(self) -> None:
        try:
            conn = self._connect()
            tables = {row[0] for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table'")}
        except sqlite3.DatabaseError:
            raise StoreError(
                f"{self.path} is not a roibot database (unreadable); it was left untouched",
                "set ROI_DB to another file",
            ) from None
        if tables and "meta" not in tables:
            raise StoreError(
                f"{self.path} is a SQLite database but not roibot's; it was left untouched",
                "set ROI_DB to another file",
            )
        if tables:
            meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
            if meta.get("app") != APP_ID:
                raise StoreError(
                    f"{self.path} is a SQLite database but not roibot's; it was left untouched",
                    "set ROI_DB to another file",
                )
            if int(meta.get("schema_version", 0)) < SCHEMA_VERSION:
                self._migrate()
        else:
            self._migrate()
        # Only now that the file is known to be ours: WAL is persistent, so it is set once
        # here rather than on every connection (and a foreign file is never written to).
        try:
            conn.execute("PRAGMA journal_mode=WAL")
        except sqlite3.OperationalError:
            pass  # a read-only file still serves reads

    def _migrate(self) -> None:
        with self._write() as db:
            if "meta" not in db.table_names():
                db.table("meta").create({"key": str, "value": str}, pk="key")
                db.table("meta").insert({"key": "app", "value": APP_ID})
            row = db.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
            current = int(row[0]) if row else 0
            for version in range(current + 1, SCHEMA_VERSION + 1):
                MIGRATIONS[version](db)
            db.table("meta").upsert(
                {"key": "schema_version", "value": str(SCHEMA_VERSION)}, pk="key")

    @contextmanager
    def _write(self) -> Iterator[sqlite_utils.Database]:
        """One write transaction, taken with BEGIN IMMEDIATE so that a second writer waits
        for the busy timeout instead of failing at once when its read upgrades to a write."""
        conn = self._connect()
        for attempt in range(5):
            try:
                conn.execute("BEGIN IMMEDIATE")
                break
            except sqlite3.OperationalError as error:
                if "locked" not in str(error) or attempt == 4:
                    raise _write_failure(error) from None
                time.sleep(0.05 * (attempt + 1))
        try:
            yield self._db()
            conn.execute("COMMIT")
        except BaseException as error:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            if isinstance(error, sqlite3.Error):
                raise _write_failure(error) from None
            raise

    # -- reads --------------------------------------------------------------------------

    def _scenario(self, db: Any, team: str, name: str) -> dict[str, Any] | None:
        row = db.execute(
            "SELECT id, name, latest, deleted_at FROM scenarios WHERE team=? AND name_key=?",
            [team, name_key(name)],
        ).fetchone()
        if row is None:
            return None
        return {"id": row[0], "name": row[1], "latest": row[2], "deleted": row[3] is not None}

    def _version(self, db: Any, scenario: dict[str, Any], version: int) -> StoredVersion | None:
        row = db.execute(
            f"SELECT {_VERSION_COLUMNS} FROM versions v WHERE v.scenario_id=? AND v.version=?",
            [scenario["id"], version],
        ).fetchone()
        return None if row is None else _stored(scenario["name"], row, scenario["deleted"])

    def latest(
        self, team: str, name: str, *, include_deleted: bool = False
    ) -> StoredVersion | None:
        """The newest version of `name` in `team` (None if there is none, or it is deleted)."""
        db = self._db()
        scenario = self._scenario(db, team, name)
        if scenario is None or (scenario["deleted"] and not include_deleted):
            return None
        return self._version(db, scenario, scenario["latest"])

    def version(self, team: str, name: str, version: int) -> StoredVersion | None:
        """One version of `name` in `team`, deleted or not."""
        db = self._db()
        scenario = self._scenario(db, team, name)
        return None if scenario is None else self._version(db, scenario, version)

    def count(self, team: str) -> int:
        """How many scenarios `team` can see."""
        row = self._db().execute(
            "SELECT count(*) FROM scenarios WHERE team=? AND deleted_at IS NULL", [team]
        ).fetchone()
        return int(row[0])

    def page(self, team: str, page: int, per_page: int) -> list[StoredVersion]:
        """One page of `team`'s visible scenarios, by name, each at its newest version."""
        rows = self._db().execute(
            f"SELECT s.name, {_VERSION_COLUMNS} FROM scenarios s JOIN versions v "
            "ON v.scenario_id = s.id AND v.version = s.latest "
            "WHERE s.team=? AND s.deleted_at IS NULL ORDER BY s.name_key LIMIT ? OFFSET ?",
            [team, per_page, (page - 1) * per_page],
        ).fetchall()
        return [_stored(row[0], row[1:], False) for row in rows]

    def history(self, team: str, name: str) -> tuple[list[StoredVersion], list[Event]]:
        """Every version of `name`, newest first, and its deletes and restores."""
        db = self._db()
        scenario = self._scenario(db, team, name)
        if scenario is None:
            return [], []
        rows = db.execute(
            f"SELECT {_VERSION_COLUMNS} FROM versions v WHERE v.scenario_id=? "
            "ORDER BY v.version DESC",
            [scenario["id"]],
        ).fetchall()
        versions = [_stored(scenario["name"], row, scenario["deleted"]) for row in rows]
        events = [Event(*row) for row in db.execute(
            'SELECT kind, version, "by", at FROM events WHERE scenario_id=? ORDER BY id DESC',
            [scenario["id"]],
        ).fetchall()]
        return versions, events

    # -- writes -------------------------------------------------------------------------

    def save(
        self,
        team: str,
        name: str,
        change: Callable[[Inputs | None], Inputs],
        *,
        by: str,
        command: str,
        note: str = "",
    ) -> StoredVersion:
        """Save a new version of `name`: `change` gets the current inputs (None for a new or
        deleted scenario) and returns the inputs to store.

        The read and the write happen in one transaction, so concurrent saves each build on
        the one before and each gets its own version number.
        """
        check_name(name)
        with self._write() as db:
            scenario = self._scenario(db, team, name)
            base = None
            if scenario is not None and not scenario["deleted"]:
                current = self._version(db, scenario, scenario["latest"])
                base = current.inputs if current else None
            inputs = change(base)
            return self._append(db, team, name, scenario, inputs, by, command, note, None)

    def _append(self, db: Any, team: str, name: str, scenario: dict[str, Any] | None,
                inputs: Inputs, by: str, command: str, note: str,
                restored_from: int | None) -> StoredVersion:
        now = _now()
        if scenario is None:
            scenario_id = db.table("scenarios").insert(
                {"team": team, "name": name, "name_key": name_key(name), "latest": 1}
            ).last_pk
            number = 1
        else:
            scenario_id = scenario["id"]
            number = scenario["latest"] + 1
            db.execute(
                "UPDATE scenarios SET latest=?, deleted_at=NULL, deleted_by=NULL WHERE id=?",
                [number, scenario_id],
            )
            name = scenario["name"]
        db.table("versions").insert({
            "scenario_id": scenario_id, "version": number, "inputs": _inputs_json(inputs),
            "command": command, "note": note, "saved_by": by, "saved_at": now,
            "restored_from": restored_from,
        })
        if restored_from is not None:
            db.table("events").insert({"scenario_id": scenario_id, "kind": "restore",
                                 "version": restored_from, "by": by, "at": now})
        return StoredVersion(name, number, inputs, command, note, by, now, restored_from)

    def delete(self, team: str, name: str, *, by: str) -> bool:
        """Hide `name` from `team` (its versions stay); False if there was nothing to hide."""
        with self._write() as db:
            scenario = self._scenario(db, team, name)
            if scenario is None or scenario["deleted"]:
                return False
            now = _now()
            db.execute("UPDATE scenarios SET deleted_at=?, deleted_by=? WHERE id=?",
                       [now, by, scenario["id"]])
            db.table("events").insert({"scenario_id": scenario["id"], "kind": "delete",
                                 "version": scenario["latest"], "by": by, "at": now})
            return True

    def restore(self, team: str, name: str, version: int, *, by: str,
                command: str) -> StoredVersion | None:
        """Version `version` of `name` saved again as its newest (undeleting it); None if
        that version does not exist in `team`."""
        with self._write() as db:
            scenario = self._scenario(db, team, name)
            if scenario is None:
                return None
            old = self._version(db, scenario, version)
            if old is None:
                return None
            return self._append(db, team, name, scenario, old.inputs, by, command, old.note,
                                version)

    def integrity(self) -> str:
        """`PRAGMA integrity_check` (ok when the file is sound)."""
        return str(self._connect().execute("PRAGMA integrity_check").fetchone()[0])

    def integrity_quick(self) -> bool:
        """A cheap liveness probe for /healthz: the file answers a query."""
        try:
            self._connect().execute("SELECT 1 FROM meta LIMIT 1").fetchone()
        except sqlite3.Error:
            return False
        return True
