"""Who has opened the Home tab lately, per team, in the same database as the scenarios: a
save on any worker (on any machine) republishes their Home tab."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.store.db import Database

#: Slack says when a Home tab is opened, never when it is left: a viewer counts as looking
#: for a day after their last visit.
RECENT_HOURS = 24
#: At most this many republished per change (views.publish is Tier 4, 100+ a minute).
MOST = 50


def _stamp(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


class HomeViewers:
    """The Home tab's recent viewers, per team."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def opened(self, team: str, user: str) -> None:
        """`user` opened roibot's Home tab in `team` just now."""
        now = datetime.now(UTC)
        with self.db.write() as session:
            session.execute(
                "INSERT INTO home_viewers (team, user_id, opened_at) VALUES (?, ?, ?) "
                "ON CONFLICT (team, user_id) DO UPDATE SET opened_at = excluded.opened_at",
                [team, user, _stamp(now)],
            )
            session.execute(
                "DELETE FROM home_viewers WHERE opened_at < ?",
                [_stamp(now - timedelta(hours=RECENT_HOURS))],
            )

    def recent(self, team: str) -> list[str]:
        """`team`'s users who opened the Home tab in the last day, most recent first."""
        since = _stamp(datetime.now(UTC) - timedelta(hours=RECENT_HOURS))
        with self.db.read() as session:
            rows = session.query(
                "SELECT user_id FROM home_viewers WHERE team = ? AND opened_at >= ? "
                "ORDER BY opened_at DESC LIMIT ?",
                [team, since, MOST],
            )
        return [row["user_id"] for row in rows]
