"""What whoever runs roibot does from a shell: post the digests that are due (for cron or a
Kubernetes CronJob, and for tests) and read the answers users voted "not right"."""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from typing import TextIO

from bot.config import BotSettings


def _moment(text: str | None) -> datetime:
    """`--now` as an aware UTC moment (a moment without an offset is UTC)."""
    if not text:
        return datetime.now(UTC)
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise SystemExit(
            f"roi-bot: --now {text!r} is not ISO 8601 (2026-12-07T09:00:00Z)"
        ) from None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def run_due_once(settings: BotSettings, now: str | None, out: TextIO = sys.stdout) -> int:
    """`roi-bot digests run-due [--now ISO]`: post what is due at that moment, and exit."""
    from bot.slack.wiring import build_app

    moment = _moment(now)
    app, database = build_app(settings)
    try:
        report = app.runtime.run_digests(moment)
    finally:
        app.close()
        database.close()
    print(f"roi-bot: digests due at {moment.isoformat()}: {report}", file=out)
    return 0


def print_feedback(settings: BotSettings, days: int, out: TextIO = sys.stdout) -> int:
    """`roi-bot feedback [--days N]`: the misreads, grouped by read-as, most frequent first."""
    from bot.store.db import open_database
    from bot.store.feedback import FeedbackStore

    database = open_database(settings.roi_db)
    try:
        misreads = FeedbackStore(database).misreads(datetime.now(UTC), days)
    finally:
        database.close()
    if not misreads:
        print(f"No answers voted not right in the last {days} days.", file=out)
        return 0
    print(f"Answers voted not right in the last {days} days, by what they were read as:", file=out)
    for misread in misreads:
        print(f"\n{misread.count:>4} × {misread.read_as or '/roi'}", file=out)
        for question in misread.questions:
            print(f"       {question[:200]!r}", file=out)
    return 0
