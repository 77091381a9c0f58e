"""Team scenarios: every save a new version, nothing overwritten or removed, every query
limited to one team. Written once for every database backend (bot.store.db).

`delete` hides a scenario and `restore` brings any version back as the newest. Stored
values are loaded through the same validation as typed input, so a rule added later gives
a clear message (and a save can still fix the scenario), never "something went wrong".
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from bot.store.db import Database, Session, StoreRefusal
from calc.errors import Refusal
from calc.formatting import decimal_text
from calc.inputs import Inputs, validate
from calc.names import check_name, name_key
from calc.report import Saved

Values = dict[str, Any]  # stored inputs, not yet validated


class StoredRuleRefusal(Refusal):
    """A stored version that breaks a rule added since it was saved."""


@dataclass(frozen=True)
class StoredVersion:
    """One saved version of a team's scenario."""

    name: str
    version: int
    values: Values = field(repr=False)
    command: str
    note: str
    saved_by: str
    saved_at: str
    restored_from: int | None = None
    deleted: bool = False

    @property
    def inputs(self) -> Inputs:
        """The stored values, validated like typed input (a StoredRuleRefusal when a rule
        added since rejects them)."""
        try:
            return validate(self.values)
        except Refusal as refusal:
            hint = refusal.hint.removeprefix("write ")
            raise StoredRuleRefusal(
                f'"{self.name}" v{self.version} breaks a rule added since it was saved: '
                f"{refusal.reason}",
                f"save a fixed version, e.g. /roi save {self.name} {hint}",
            ) from None

    @property
    def saved(self) -> Saved:
        """This version as the words need it."""
        return Saved(
            self.name,
            self.version,
            self.saved_by,
            self.saved_at,
            self.command,
            self.note,
            self.restored_from,
        )


@dataclass(frozen=True)
class Event:
    """A delete or restore, for `history`."""

    kind: str
    version: int | None
    by: str
    at: str


@dataclass(frozen=True)
class HistoryPage:
    """The newest versions of a scenario (only those asked for), how many there are in all,
    and its deletes and restores."""

    name: str
    versions: list[StoredVersion]
    total: int
    events: list[Event]
    deleted: bool


def now() -> str:
    """The time a row is written, ISO 8601 in UTC."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def inputs_json(inputs: Inputs) -> str:
    """Inputs as stored: exact decimal strings (a REAL would round them)."""
    values = {
        name: None if value is None else decimal_text(value)
        for name, value in inputs.values().items()
    }
    return json.dumps(values, sort_keys=True)


def values_of(text: str) -> Values:
    """Stored inputs back as Decimals, unvalidated."""
    return {
        key: None if value is None else Decimal(value) for key, value in json.loads(text).items()
    }


_VERSION = "v.version, v.inputs, v.command, v.note, v.saved_by, v.saved_at, v.restored_from"


def _stored(name: str, row: dict[str, Any], deleted: bool) -> StoredVersion:
    return StoredVersion(
        name,
        int(row["version"]),
        values_of(row["inputs"]),
        row["command"],
        row["note"],
        row["saved_by"],
        row["saved_at"],
        row["restored_from"],
        deleted,
    )


def _record(session: Session, scenario_id: int, kind: str, version: int, by: str, at: str) -> None:
    """Keep a restore or a delete in the scenario's history (saves are its versions)."""
    session.execute(
        'INSERT INTO events (scenario_id, kind, version, "by", at) VALUES (?, ?, ?, ?, ?)',
        [scenario_id, kind, version, by, at],
    )


def _count_change(session: Session, scenario_id: int) -> None:
    """Count a write to the scenario's team, in the writing transaction."""
    session.execute(
        "INSERT INTO team_changes (team, n) SELECT team, 1 FROM scenarios WHERE id = ? "
        "ON CONFLICT (team) DO UPDATE SET n = team_changes.n + 1",
        [scenario_id],
    )


class ScenarioStore:
    """The scenarios of every team, in one database; every call takes the team."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def quick_marker(self) -> int | None:
        """A number that moves whenever any other connection commits, read without a table
        (SQLite's `data_version`); None where there is none (PostgreSQL) or it cannot be
        read."""
        return self.db.change_marker()

    def team_writes(self, team: str) -> int | None:
        """`team`'s count of writes, moved in every transaction that changes its
        scenarios, in any process on any machine; None when it cannot be read."""
        try:
            with self.db.read() as session:
                row = session.one("SELECT n FROM team_changes WHERE team = ?", [team])
        except StoreRefusal:
            return None
        return int(row["n"]) if row else 0

    # -- reads ------------------------------------------------------------------------------

    @staticmethod
    def _scenario(
        session: Session, team: str, name: str, lock: bool = False
    ) -> dict[str, Any] | None:
        row = session.one(
            "SELECT id, name, latest, deleted_at FROM scenarios WHERE team = ? AND name_key = ?"
            + (session.for_update if lock else ""),
            [team, name_key(name)],
        )
        if row is None:
            return None
        return {**row, "deleted": row["deleted_at"] is not None}

    @staticmethod
    def _version(session: Session, scenario: dict[str, Any], version: int) -> StoredVersion | None:
        row = session.one(
            f"SELECT {_VERSION} FROM versions v WHERE v.scenario_id = ? AND v.version = ?",
            [scenario["id"], version],
        )
        return None if row is None else _stored(scenario["name"], row, scenario["deleted"])

    def latest(
        self, team: str, name: str, *, include_deleted: bool = False
    ) -> StoredVersion | None:
        """The newest version of `name` in `team` (None if there is none, or it is deleted)."""
        # One indexed read (every answer from a team's default starts here).
        with self.db.read() as session:
            row = session.one(
                f"SELECT s.name AS scenario_name, s.deleted_at, {_VERSION} FROM scenarios s "
                "JOIN versions v ON v.scenario_id = s.id AND v.version = s.latest "
                "WHERE s.team = ? AND s.name_key = ?",
                [team, name_key(name)],
            )
        if row is None or (row["deleted_at"] is not None and not include_deleted):
            return None
        return _stored(row["scenario_name"], row, row["deleted_at"] is not None)

    def version(self, team: str, name: str, version: int) -> StoredVersion | None:
        """One version of `name` in `team`, deleted or not."""
        with self.db.read() as session:
            scenario = self._scenario(session, team, name)
            return None if scenario is None else self._version(session, scenario, version)

    def existing(self, team: str, names: list[str]) -> list[str]:
        """Which of `names` (any case) are `team`'s visible scenarios, as they were saved."""
        if not names:
            return []
        keys = sorted({name_key(name) for name in names})[:100]
        marks = ", ".join("?" for _ in keys)
        with self.db.read() as session:
            rows = session.query(
                f"SELECT name FROM scenarios WHERE team = ? AND name_key IN ({marks}) "
                "AND deleted_at IS NULL AND latest > 0",
                [team, *keys],
            )
        return [row["name"] for row in rows]

    def count(self, team: str) -> int:
        """How many scenarios `team` can see."""
        with self.db.read() as session:
            row = session.one(
                "SELECT count(*) AS n FROM scenarios WHERE team = ? "
                "AND deleted_at IS NULL AND latest > 0",
                [team],
            )
        return int(row["n"]) if row else 0

    def page(
        self, team: str, page: int, per_page: int, *, newest_first: bool = False
    ) -> list[StoredVersion]:
        """One page of `team`'s visible scenarios, each at its newest version: by name, or
        (for the Home tab) the most recently saved first."""
        order = "latest_at DESC, id DESC" if newest_first else "name_key"
        outer = "s.latest_at DESC, s.id DESC" if newest_first else "s.name_key"
        # The page is picked from scenarios alone, along the (team, name_key) or (team,
        # latest_at) index, and only its rows are joined to their versions: joined first,
        # PostgreSQL sorted all 10,000 of a big team's rows for one page of 25.
        with self.db.read() as session:
            rows = session.query(
                f"SELECT s.name AS scenario_name, {_VERSION} FROM (SELECT id, name, name_key, "
                "latest, latest_at FROM scenarios WHERE team = ? AND deleted_at IS NULL AND "
                f"latest > 0 ORDER BY {order} LIMIT ? OFFSET ?) s JOIN versions v ON "
                f"v.scenario_id = s.id AND v.version = s.latest ORDER BY {outer}",
                [team, per_page, (page - 1) * per_page],
            )
        return [_stored(row["scenario_name"], row, False) for row in rows]

    def history(self, team: str, name: str, *, limit: int | None = None) -> HistoryPage | None:
        """The newest `limit` versions of `name` (all without a limit), the total, and its
        deletes and restores; None if `team` has no such scenario. Reads only what it
        returns: a scenario with 50,000 versions costs what its first page costs."""
        with self.db.read() as session:
            scenario = self._scenario(session, team, name)
            if scenario is None or scenario["latest"] < 1:
                return None
            rows = session.query(
                f"SELECT {_VERSION} FROM versions v WHERE v.scenario_id = ? "
                "ORDER BY v.version DESC" + (" LIMIT ?" if limit is not None else ""),
                [scenario["id"], *([limit] if limit is not None else [])],
            )
            total = session.one(
                "SELECT count(*) AS n FROM versions WHERE scenario_id = ?", [scenario["id"]]
            )
            events = session.query(
                'SELECT kind, version, "by", at FROM events WHERE scenario_id = ? '
                "ORDER BY id DESC LIMIT 10",
                [scenario["id"]],
            )
        versions = [_stored(scenario["name"], row, scenario["deleted"]) for row in rows]
        return HistoryPage(
            scenario["name"],
            versions,
            int(total["n"]) if total else 0,
            [Event(e["kind"], e["version"], e["by"], e["at"]) for e in events],
            scenario["deleted"],
        )

    # -- writes -----------------------------------------------------------------------------

    def _lock(self, session: Session, team: str, name: str) -> dict[str, Any]:
        """The scenario's row, created if new, locked for this transaction: concurrent saves
        to one name queue here and each builds on the one before."""
        # One statement: a new row, or the existing one (its no-op update locks it on
        # PostgreSQL as FOR UPDATE would); SQLite's writer already holds the whole file.
        row = session.one(
            "INSERT INTO scenarios (team, name, name_key, latest) VALUES (?, ?, ?, 0) "
            "ON CONFLICT (team, name_key) DO UPDATE SET name_key = excluded.name_key "
            "RETURNING id, name, latest, deleted_at",
            [team, name, name_key(name)],
        )
        assert row is not None
        return {**row, "deleted": row["deleted_at"] is not None}

    def save(
        self,
        team: str,
        name: str,
        change: Callable[[Values | None], Inputs],
        *,
        by: str,
        command: str,
        note: str = "",
    ) -> StoredVersion:
        """Save a new version of `name`: `change` gets the current stored values (None for
        a new or deleted scenario) and returns the inputs to store.

        The read and the write happen in one transaction, so concurrent saves each build on
        the one before and each gets its own version number. A Refusal from `change` (or
        the database) leaves nothing behind.
        """
        check_name(name)
        with self.db.write() as session:
            scenario = self._lock(session, team, name)
            base = None
            if scenario["latest"] > 0 and not scenario["deleted"]:
                current = self._version(session, scenario, scenario["latest"])
                base = current.values if current else None
            inputs = change(base)
            return self._append(session, scenario, inputs, by, command, note, None)

    @staticmethod
    def _append(
        session: Session,
        scenario: dict[str, Any],
        inputs: Inputs,
        by: str,
        command: str,
        note: str,
        restored_from: int | None,
    ) -> StoredVersion:
        at = now()
        number = scenario["latest"] + 1
        session.execute(
            "UPDATE scenarios SET latest = ?, latest_at = ?, deleted_at = NULL, "
            "deleted_by = NULL WHERE id = ?",
            [number, at, scenario["id"]],
        )
        _count_change(session, scenario["id"])
        session.execute(
            "INSERT INTO versions (scenario_id, version, inputs, command, note, saved_by, "
            "saved_at, restored_from) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [scenario["id"], number, inputs_json(inputs), command, note, by, at, restored_from],
        )
        if restored_from is not None:
            _record(session, scenario["id"], "restore", restored_from, by, at)
        values = {name: value for name, value in inputs.values().items()}
        return StoredVersion(scenario["name"], number, values, command, note, by, at, restored_from)

    def save_many(
        self, team: str, names: list[str], inputs: Inputs, *, by: str, command: str
    ) -> None:
        """Save one version of each name in one transaction (bulk set-up for benchmarks and
        tests; users save one at a time)."""
        with self.db.write() as session:
            for name in names:
                check_name(name)
                scenario = self._lock(session, team, name)
                self._append(session, scenario, inputs, by, command, "", None)

    def delete(self, team: str, name: str, *, by: str) -> bool:
        """Hide `name` from `team` (its versions stay); False if there was nothing to hide."""
        with self.db.write() as session:
            scenario = self._scenario(session, team, name, lock=True)
            if scenario is None or scenario["deleted"] or scenario["latest"] < 1:
                return False
            at = now()
            session.execute(
                "UPDATE scenarios SET deleted_at = ?, deleted_by = ? WHERE id = ?",
                [at, by, scenario["id"]],
            )
            _count_change(session, scenario["id"])
            _record(session, scenario["id"], "delete", scenario["latest"], by, at)
            return True

    def restore(
        self, team: str, name: str, version: int, *, by: str, command: str
    ) -> StoredVersion | None:
        """Version `version` of `name` saved again as its newest (undeleting it); None if
        that version does not exist in `team`."""
        with self.db.write() as session:
            scenario = self._scenario(session, team, name, lock=True)
            if scenario is None:
                return None
            old = self._version(session, scenario, version)
            if old is None:
                return None
            return self._append(session, scenario, old.inputs, by, command, old.note, version)
