"""Scheduled digests and the slots they have posted, in the same database as the scenarios.

A slot is posted once across every server: the server whose `INSERT` of the slot's row
succeeds posts it (`claim`); the others see the row and move on. A row left `posting` by a
server that died before it could post is taken over after STALE_CLAIM (an `UPDATE` that
only one server's condition can match), so a restart loses no digest.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.store.db import Database
from calc.schedule import Schedule

STALE_CLAIM = timedelta(minutes=10)
_COLUMNS = (
    "id, team, channel, channel_name, cadence, day, at_time, tz, scenarios, created_by, "
    "created_at, paused_at, paused_why"
)


@dataclass(frozen=True)
class Digest:
    """A team's scheduled digest."""

    id: int
    team: str
    channel: str  # Slack's channel id, or `#name` where only a name was given
    channel_name: str
    schedule: Schedule
    scenarios: tuple[str, ...]  # empty: the default and the five most recently saved
    created_by: str
    created_at: datetime
    paused_at: str | None = None
    paused_why: str | None = None


def _digest(row: dict[str, object]) -> Digest:
    day = row["day"]
    return Digest(
        id=int(str(row["id"])),
        team=str(row["team"]),
        channel=str(row["channel"]),
        channel_name=str(row["channel_name"]),
        schedule=Schedule(
            str(row["cadence"]),
            int(str(day)) if day is not None else None,
            str(row["at_time"]),
            str(row["tz"]),
        ),
        scenarios=tuple(json.loads(str(row["scenarios"]))),
        created_by=str(row["created_by"]),
        created_at=datetime.fromisoformat(str(row["created_at"])),
        paused_at=str(row["paused_at"]) if row["paused_at"] else None,
        paused_why=str(row["paused_why"]) if row["paused_why"] else None,
    )


def _text(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


class DigestStore:
    """Digests per team, and the claims on their slots."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def add(
        self,
        team: str,
        channel: str,
        channel_name: str,
        schedule: Schedule,
        scenarios: tuple[str, ...],
        *,
        by: str,
        now: datetime,
    ) -> Digest:
        """A new digest for `team`."""
        with self.db.write() as session:
            new = session.insert(
                "INSERT INTO digests (team, channel, channel_name, cadence, day, at_time, tz, "
                "scenarios, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "RETURNING id",
                [
                    team,
                    channel,
                    channel_name,
                    schedule.cadence,
                    schedule.day,
                    schedule.at,
                    schedule.tz,
                    json.dumps(list(scenarios)),
                    by,
                    _text(now),
                ],
            )
        found = self.get(team, new)
        assert found is not None
        return found

    def get(self, team: str, number: int) -> Digest | None:
        """`team`'s digest `number` (another team's is not found)."""
        with self.db.read() as session:
            row = session.one(
                f"SELECT {_COLUMNS} FROM digests WHERE team = ? AND id = ?", [team, number]
            )
        return _digest(row) if row else None

    def of_team(self, team: str) -> list[Digest]:
        """`team`'s digests, oldest first."""
        with self.db.read() as session:
            rows = session.query(
                f"SELECT {_COLUMNS} FROM digests WHERE team = ? ORDER BY id", [team]
            )
        return [_digest(row) for row in rows]

    def active(self) -> list[Digest]:
        """Every team's digests that are not paused."""
        with self.db.read() as session:
            rows = session.query(
                f"SELECT {_COLUMNS} FROM digests WHERE paused_at IS NULL ORDER BY id"
            )
        return [_digest(row) for row in rows]

    def delete(self, team: str, number: int) -> bool:
        """Remove `team`'s digest `number` and its slots; False if there is none."""
        with self.db.write() as session:
            gone = session.execute("DELETE FROM digests WHERE team = ? AND id = ?", [team, number])
            if gone:
                session.execute("DELETE FROM digest_runs WHERE digest_id = ?", [number])
        return gone == 1

    def pause(self, team: str, number: int, why: str | None, now: datetime) -> Digest | None:
        """Pause (with a reason) or, with `why=None`, resume `team`'s digest `number`."""
        with self.db.write() as session:
            changed = session.execute(
                "UPDATE digests SET paused_at = ?, paused_why = ? WHERE team = ? AND id = ?",
                [_text(now) if why is not None else None, why, team, number],
            )
        return self.get(team, number) if changed else None

    def claim(self, digest: int, slot: datetime, now: datetime) -> bool:
        """True for the one caller that gets to post `slot` of `digest` (a new claim, or
        one left `posting` longer than STALE_CLAIM by a server that died)."""
        with self.db.write() as session:
            taken = session.execute(
                "INSERT INTO digest_runs (digest_id, slot, status, at, seen) "
                "VALUES (?, ?, 'posting', ?, '{}') ON CONFLICT (digest_id, slot) DO NOTHING",
                [digest, _text(slot), _text(now)],
            )
            if taken:
                return True
            taken = session.execute(
                "UPDATE digest_runs SET at = ? WHERE digest_id = ? AND slot = ? "
                "AND status = 'posting' AND at < ?",
                [_text(now), digest, _text(slot), _text(now - STALE_CLAIM)],
            )
        return taken == 1

    def finish(self, digest: int, slot: datetime, status: str, seen: dict[str, int]) -> None:
        """Record how `slot` ended (`posted`, `failed`) and the versions it showed."""
        with self.db.write() as session:
            session.execute(
                "UPDATE digest_runs SET status = ?, seen = ? WHERE digest_id = ? AND slot = ?",
                [status, json.dumps(seen), digest, _text(slot)],
            )

    def release(self, digest: int, slot: datetime) -> None:
        """Give a claimed slot back (posting failed for a reason that may pass): the next
        run claims it again."""
        with self.db.write() as session:
            session.execute(
                "DELETE FROM digest_runs WHERE digest_id = ? AND slot = ? AND status = 'posting'",
                [digest, _text(slot)],
            )

    def skip(self, digest: int, slot: datetime, now: datetime) -> bool:
        """Record `slot` as skipped (too late to post); True for the caller that did."""
        with self.db.write() as session:
            taken = session.execute(
                "INSERT INTO digest_runs (digest_id, slot, status, at, seen) "
                "VALUES (?, ?, 'skipped', ?, '{}') ON CONFLICT (digest_id, slot) DO NOTHING",
                [digest, _text(slot), _text(now)],
            )
        return taken == 1

    def handled(self, digest: int, slot: datetime) -> bool:
        """True when `slot` of `digest` has a row (posted, posting, skipped or failed)."""
        with self.db.read() as session:
            row = session.one(
                "SELECT 1 AS found FROM digest_runs WHERE digest_id = ? AND slot = ?",
                [digest, _text(slot)],
            )
        return row is not None

    def seen_before(self, digest: int, slot: datetime) -> dict[str, int] | None:
        """The versions the last digest posted before `slot` showed (None: none was)."""
        with self.db.read() as session:
            row = session.one(
                "SELECT seen FROM digest_runs WHERE digest_id = ? AND slot < ? "
                "AND status = 'posted' ORDER BY slot DESC LIMIT 1",
                [digest, _text(slot)],
            )
        return {str(k): int(v) for k, v in json.loads(row["seen"]).items()} if row else None

    def forget_team(self, team: str) -> int:
        """Delete `team`'s digests and their slots (the app was uninstalled); how many."""
        with self.db.write() as session:
            session.execute(
                "DELETE FROM digest_runs WHERE digest_id IN "
                "(SELECT id FROM digests WHERE team = ?)",
                [team],
            )
            return session.execute("DELETE FROM digests WHERE team = ?", [team])
