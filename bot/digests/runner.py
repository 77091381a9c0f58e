"""Posting the digests that are due: each slot claimed in the database first, so that of
every server and every `run-due` running at the same moment exactly one posts it.

For each digest that is not paused, the one slot considered is the most recent at or
before now: a slot missed because nothing ran (downtime) is posted late if it is less than
LATE_LIMIT old, and skipped with a log line if older; never two slots of one digest in
one run, so a long outage never floods a channel. Posting fails because roibot is not in
the channel: the digest pauses and its creator gets one DM saying how to fix it. The app
uninstalled or its token revoked: the team's digests pause, saying why.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Protocol

from bot.digests.compose import Composed, compose
from bot.store.digests import Digest, DigestStore
from bot.store.scenarios import ScenarioStore

log = logging.getLogger("roibot.digests")

LATE_LIMIT = timedelta(hours=12)
#: Later than this after its slot, a digest says it was posted late.
LATE_NOTE = timedelta(minutes=15)
NOT_IN_CHANNEL = "roibot is not in the channel"
NOT_INSTALLED = "roibot is not installed in this workspace any more"


class Poster(Protocol):
    """Where digests go (Slack, or a test's list)."""

    def post(self, digest: Digest, composed: Composed) -> str:
        """Post it: "posted", "not_in_channel", "no_token" or "failed" (try again later)."""

    def tell(self, digest: Digest, text: str) -> None:
        """A direct message to the digest's creator."""


@dataclass
class RunReport:
    """What one run did, by digest id."""

    posted: list[int] = field(default_factory=list)
    skipped: list[int] = field(default_factory=list)
    paused: list[int] = field(default_factory=list)
    failed: list[int] = field(default_factory=list)

    def __str__(self) -> str:
        return (
            f"posted {len(self.posted)}, skipped {len(self.skipped)} (too late), paused "
            f"{len(self.paused)}, failed {len(self.failed)} (tried again next run)"
        )


def run_due(
    now: datetime, digests: DigestStore, scenarios: ScenarioStore, poster: Poster
) -> RunReport:
    """Post every digest due at `now` (UTC) that no other server has taken."""
    report = RunReport()
    for digest in digests.active():
        slot = digest.schedule.latest_at_or_before(now)
        if slot is None or slot <= digest.created_at or digests.handled(digest.id, slot):
            continue
        if now - slot > LATE_LIMIT:
            if digests.skip(digest.id, slot, now):
                log.warning(
                    "digest %s: the slot of %s was missed by %s (more than %s): skipped",
                    digest.id,
                    slot.isoformat(),
                    now - slot,
                    LATE_LIMIT,
                )
                report.skipped.append(digest.id)
            continue
        if digests.claim(digest.id, slot, now):
            _post(digest, slot, now, digests, scenarios, poster, report)
    return report


def _post(
    digest: Digest,
    slot: datetime,
    now: datetime,
    digests: DigestStore,
    scenarios: ScenarioStore,
    poster: Poster,
    report: RunReport,
) -> None:
    composed = compose(
        digest, scenarios, slot, digests.seen_before(digest.id, slot), late=now - slot > LATE_NOTE
    )
    outcome = poster.post(digest, composed)
    if outcome == "posted":
        digests.finish(digest.id, slot, "posted", composed.seen)
        log.info("digest %s posted to %s for %s", digest.id, digest.channel, slot.isoformat())
        report.posted.append(digest.id)
        return
    if outcome == "failed":  # Slack unreachable, rate-limited: the next run tries again
        digests.release(digest.id, slot)
        report.failed.append(digest.id)
        return
    digests.finish(digest.id, slot, "failed", {})
    why = NOT_IN_CHANNEL if outcome == "not_in_channel" else NOT_INSTALLED
    digests.pause(digest.team, digest.id, why, now)
    report.paused.append(digest.id)
    log.warning("digest %s paused: %s", digest.id, why)
    if outcome == "not_in_channel":
        poster.tell(
            digest,
            f"Your digest {digest.id} to #{digest.channel_name} is paused: roibot is not in "
            f"that channel. /invite @roibot there, then /roi digest resume {digest.id}.",
        )
