"""Answers voted "not right": the question as typed (its first 1,000 characters), what it
was read as, and when; per team, kept KEEP_DAYS days and deleted with the team's data."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.store.db import Database

KEEP_DAYS = 90
MAX_QUESTION = 1_000


@dataclass(frozen=True)
class Misread:
    """What one reading was voted down for: the read-as, how often, and the questions."""

    read_as: str
    count: int
    questions: tuple[str, ...]  # the most recent few, newest first


class FeedbackStore:
    """Misreads per team."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def add(self, team: str, question: str, read_as: str, now: datetime) -> None:
        """Keep one vote (and forget votes older than KEEP_DAYS)."""
        with self.db.write() as session:
            session.execute(
                "INSERT INTO feedback (team, question, read_as, at) VALUES (?, ?, ?, ?)",
                [team, question[:MAX_QUESTION], read_as[:MAX_QUESTION], now.isoformat()],
            )
            session.execute(
                "DELETE FROM feedback WHERE at < ?",
                [(now - timedelta(days=KEEP_DAYS)).isoformat()],
            )

    def misreads(self, now: datetime, days: int = KEEP_DAYS, examples: int = 3) -> list[Misread]:
        """Every team's votes of the last `days` days, grouped by what they were read as,
        the most frequent first."""
        with self.db.read() as session:
            rows = session.query(
                "SELECT read_as, question FROM feedback WHERE at >= ? ORDER BY at DESC",
                [(now - timedelta(days=days)).isoformat()],
            )
        grouped: dict[str, list[str]] = {}
        for row in rows:
            grouped.setdefault(str(row["read_as"]), []).append(str(row["question"]))
        found = [
            Misread(read_as, len(questions), tuple(dict.fromkeys(questions))[:examples])
            for read_as, questions in grouped.items()
        ]
        return sorted(found, key=lambda m: (-m.count, m.read_as))

    def forget_team(self, team: str) -> int:
        """Delete `team`'s votes (the app was uninstalled); how many."""
        with self.db.write() as session:
            return session.execute("DELETE FROM feedback WHERE team = ?", [team])
