"""What conversations need kept between messages, in the same database as the scenarios:
each thread's base, settings and states before (for follow-ups and going back, kept 30
days after its last message), and the events already answered (so a retried delivery is
answered once, on any worker)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from bot.store.db import Database
from calc.english import Thread

KEEP_DAYS = 30
CLAIMS_KEEP_HOURS = 24  # Slack retries within minutes; a day is ample


@dataclass(frozen=True)
class Place:
    """Where a conversation happens: a team, a channel (or DM), and its thread root."""

    team: str
    channel: str
    thread: str  # the root message's ts; "" for a DM's main conversation


def _ago(days: float = 0, hours: float = 0) -> str:
    return (datetime.now(UTC) - timedelta(days=days, hours=hours)).isoformat(timespec="seconds")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class ConversationStore:
    """Thread memory and answered events, per team."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def thread(self, place: Place) -> Thread:
        """The conversation's state so far (empty when new, or last spoken over 30 days
        ago)."""
        with self.db.read() as session:
            row = session.one(
                "SELECT base, settings, history, updated_at FROM conversations WHERE team = ? AND "
                "channel = ? AND thread_ts = ?",
                [place.team, place.channel, place.thread],
            )
        if row is None or row["updated_at"] < _ago(days=KEEP_DAYS):
            return Thread()
        history = tuple(
            (base or None, tuple(settings)) for base, settings in json.loads(row["history"])
        )
        return Thread(row["base"] or None, tuple(json.loads(row["settings"])), history)

    def remember(self, place: Place, thread: Thread) -> None:
        """Keep the conversation's state (and forget conversations silent for 30 days)."""
        with self.db.write(durable=False) as session:
            session.execute(
                "INSERT INTO conversations (team, channel, thread_ts, base, settings, "
                "history, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (team, channel, thread_ts) DO UPDATE SET base = excluded.base, "
                "settings = excluded.settings, history = excluded.history, "
                "updated_at = excluded.updated_at",
                [
                    place.team,
                    place.channel,
                    place.thread,
                    thread.base or "",
                    json.dumps(list(thread.settings)),
                    json.dumps([[base or "", list(settings)] for base, settings in thread.history]),
                    _now(),
                ],
            )
            session.execute(
                "DELETE FROM conversations WHERE updated_at < ?", [_ago(days=KEEP_DAYS)]
            )

    def claim(self, event_id: str, team: str) -> bool:
        """True for the first delivery of `event_id` (this worker answers it), False for a
        retry of an event some worker has already taken."""
        with self.db.write(durable=False) as session:
            taken = session.execute(
                "INSERT INTO answered_events (event_id, team, at) VALUES (?, ?, ?) "
                "ON CONFLICT (event_id) DO NOTHING",
                [event_id, team, _now()],
            )
            session.execute(
                "DELETE FROM answered_events WHERE at < ?", [_ago(hours=CLAIMS_KEEP_HOURS)]
            )
        return taken == 1
