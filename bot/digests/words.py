"""What the digest verbs say: the schedule in words and its next run, the team's digests,
and what changed."""

from __future__ import annotations

from datetime import datetime

from bot.digests.verbs import DigestAdded, DigestChanged, DigestListing, DigestOutcome
from bot.reply import Doc, Grid, Heading, Note, Paragraph
from bot.store.digests import Digest
from calc.report import Person, Quoted
from calc.schedule import next_words

DEFAULT_PLANS = "the team's default and its five most recently saved scenarios"


def plans(digest: Digest) -> str:
    """Which scenarios a digest shows."""
    return ", ".join(digest.scenarios) if digest.scenarios else DEFAULT_PLANS


def where(digest: Digest) -> str:
    return f"#{digest.channel_name}"


def next_run(digest: Digest, now: datetime) -> str:
    """ "Monday 7 December" (in the digest's time zone)."""
    return next_words(digest.schedule.next_after(now), digest.schedule, now)


def summary(digest: Digest, now: datetime) -> str:
    """ "Every Monday at 09:00 UTC to #leadership: q3-plan. Next: Monday 7 December." """
    return (
        f"{digest.schedule.words()} to {where(digest)}: {plans(digest)}. "
        f"Next: {next_run(digest, now)}."
    )


def _manage(number: int) -> str:
    return f"Digest {number} · /roi digest pause {number} · /roi digest delete {number}"


def added_doc(outcome: DigestAdded) -> Doc:
    digest = outcome.digest
    lines: list[tuple[str | Quoted | Person, ...]] = [(summary(digest, outcome.now),)]
    if not outcome.zone_known:
        lines.append(("No time zone is known for you (Slack gives one in a profile), so UTC.",))
    parts = (
        Heading(f"Digest {digest.id} scheduled"),
        Paragraph(tuple(lines)),
        Note((_manage(digest.id),)),
        Note(("roibot posts it as its own message: /invite @roibot to the channel first.",)),
    )
    return Doc(f"Digest {digest.id} scheduled", parts)


def _state(digest: Digest) -> str:
    if digest.paused_at is None:
        return "active"
    return "paused" if digest.paused_why in (None, "paused") else f"paused: {digest.paused_why}"


def listing_doc(outcome: DigestListing) -> Doc:
    if not outcome.digests:
        return Doc(
            "No digests",
            (
                Paragraph(
                    (
                        (
                            "No digests yet. Post the team's verdicts to a channel every week: "
                            "/roi digest add #leadership weekly mon 09:00 q3-plan",
                        ),
                    )
                ),
            ),
        )
    rows: list[tuple[str | Person, ...]] = [
        ("#", "Where", "When", "Scenarios", "Next", "State", "By")
    ]
    for digest in outcome.digests:
        upcoming = next_run(digest, outcome.now) if digest.paused_at is None else "—"
        rows.append(
            (
                str(digest.id),
                where(digest),
                digest.schedule.words(),
                plans(digest),
                upcoming,
                _state(digest),
                Person(digest.created_by),
            )
        )
    title = f"Digests ({len(outcome.digests)})"
    return Doc(title, (Heading(title), Grid(tuple(rows))))


def changed_doc(outcome: DigestChanged) -> Doc:
    number, digest = outcome.number, outcome.digest
    if digest is None:
        line = f"Deleted digest {number}: nothing more will be posted."
    elif outcome.action == "pause":
        line = f"Paused digest {number} ({where(digest)}): /roi digest resume {number} restarts it."
    else:
        line = f"Resumed digest {number}. {summary(digest, outcome.now)}"
    return Doc(line, (Paragraph(((line,),)),))


def digest_outcome_doc(outcome: DigestOutcome) -> Doc:
    """The reply to a digest verb."""
    match outcome:
        case DigestAdded():
            return added_doc(outcome)
        case DigestListing():
            return listing_doc(outcome)
        case DigestChanged():
            return changed_doc(outcome)
    raise AssertionError(outcome)  # pragma: no cover
