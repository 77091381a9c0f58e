"""Scheduled digests on both backends: a due slot posts once and nothing posts at other
times; a later digest names the versions saved in between and who saved them; a slot
missed by 6 hours is posted once, late, one missed by 13 hours is skipped; New York's
09:00 across a daylight-saving change; not_in_channel pauses with one DM; a guest is
refused; another team's digests are not found."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime

import pytest

from bot.digests.compose import Composed
from bot.digests.runner import LATE_LIMIT, run_due
from bot.digests.verbs import DIGEST_GUEST_RULE
from bot.reply import Grid, Note, Paragraph, plain
from bot.service import Caller, Service
from bot.store.db import open_database
from bot.store.digests import Digest, DigestStore
from bot.store.scenarios import ScenarioStore
from calc import formatting as fmt
from calc.commands import parse_command
from calc.errors import Refusal
from calc.model import evaluate
from calc.schedule import Schedule


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


@dataclass
class Posted:
    """A poster that keeps what it was given: digests, and DMs to creators."""

    outcome: str = "posted"
    digests: list[tuple[Digest, Composed]] = field(default_factory=list)
    told: list[tuple[Digest, str]] = field(default_factory=list)

    def post(self, digest: Digest, composed: Composed) -> str:
        if self.outcome == "posted":
            self.digests.append((digest, composed))
        return self.outcome

    def tell(self, digest: Digest, text: str) -> None:
        self.told.append((digest, text))


@pytest.fixture(params=["sqlite", "postgresql"])
def stores(request, tmp_path):
    location = (
        str(tmp_path / "roi.db")
        if request.param == "sqlite"
        else request.getfixturevalue("postgres_url")
    )
    database = open_database(location)
    yield ScenarioStore(database), DigestStore(database)
    database.close()


def _save(scenarios: ScenarioStore, name: str, text: str, by: str = "U1") -> None:
    Service(scenarios).execute(parse_command(f"save {name} {text}"), Caller("T1", by))


def _digest(
    digests: DigestStore, schedule: Schedule, names: tuple[str, ...] = (), created: str = ""
) -> Digest:
    return digests.add(
        "T1",
        "C0123",
        "leadership",
        schedule,
        names,
        by="U1",
        now=utc(created or "2026-12-01T00:00"),
    )


def _lines(composed: Composed, kind: type) -> list[str]:
    return [
        plain(line)
        for part in composed.doc.parts
        if isinstance(part, kind)
        for line in (part.lines if isinstance(part, Paragraph) else (part.line,))
    ]


def test_a_due_slot_posts_once_and_nothing_at_other_times(stores):
    scenarios, digests = stores
    _save(scenarios, "q3-plan", "uplift=6%")
    digest = _digest(digests, Schedule("daily", None, "09:00"), ("q3-plan",))
    poster = Posted()
    for moment in ("2026-12-02T08:59", "2026-12-02T09:00:30", "2026-12-02T09:05"):
        run_due(utc(moment), digests, scenarios, poster)
    assert [d.id for d, _ in poster.digests] == [digest.id]
    run_due(utc("2026-12-03T08:59:59"), digests, scenarios, poster)
    assert len(poster.digests) == 1
    run_due(utc("2026-12-03T09:00"), digests, scenarios, poster)
    assert len(poster.digests) == 2
    first = poster.digests[0][1]
    assert "The first digest: from the next one on, it says what changed." in _lines(first, Note)
    grid = next(p for p in first.doc.parts if isinstance(p, Grid))
    result = evaluate(scenarios.latest("T1", "q3-plan").inputs)
    assert grid.rows[1] == (
        "q3-plan",
        "v1",
        f"{result.service.verdict} → {result.sales.verdict}",
        fmt.money(result.sales.net_margin_per_year),
        fmt.signed_money(result.delta.net_margin_per_year),
    )


def test_a_later_digest_names_the_versions_saved_in_between(stores):
    """v1 shown on the first Monday; v2 (by U2) and v3 (by U3) saved during the week, and
    q4-plan deleted: the second Monday's digest says so, with the verdict and the net a
    year moving as the numbers say."""
    scenarios, digests = stores
    _save(scenarios, "q3-plan", "uplift=2%")
    _save(scenarios, "q4-plan", "uplift=5%")
    _digest(digests, Schedule("weekly", 0, "09:00"), ("q3-plan", "q4-plan"))
    poster = Posted()
    run_due(utc("2026-12-07T09:00"), digests, scenarios, poster)
    _save(scenarios, "q3-plan", "uplift=5%", by="U2")
    _save(scenarios, "q3-plan", "uplift=8%", by="U3")
    Service(scenarios).execute(parse_command("delete q4-plan"), Caller("T1", "U1"))
    run_due(utc("2026-12-14T09:00"), digests, scenarios, poster)
    assert len(poster.digests) == 2
    before = evaluate(scenarios.version("T1", "q3-plan", 1).inputs)
    after = evaluate(scenarios.latest("T1", "q3-plan").inputs)
    assert (before.sales.verdict, after.sales.verdict) == ("cost center", "profit center")
    moved = fmt.signed_money(after.sales.net_margin_per_year - before.sales.net_margin_per_year)
    assert _lines(poster.digests[1][1], Paragraph) == [
        f"q3-plan v1 → v3 (v2 by U2, v3 by U3): cost center → profit center with selling, "
        f"net a year with selling {moved}",
        "q4-plan was deleted since the last digest",
    ]
    grid = next(p for p in poster.digests[1][1].doc.parts if isinstance(p, Grid))
    assert [row[:3] for row in grid.rows[1:]] == [
        ("q3-plan", "v3", "cost center → profit center"),
        ("q4-plan", "—", "deleted"),
    ]


def test_a_slot_missed_by_6_hours_is_posted_late_once_and_by_13_skipped(stores, caplog):
    scenarios, digests = stores
    _save(scenarios, "default", "uplift=6%")
    six = _digest(digests, Schedule("weekly", 0, "09:00"))
    poster = Posted()
    run_due(utc("2026-12-07T15:00"), digests, scenarios, poster)  # roibot was down
    run_due(utc("2026-12-07T16:00"), digests, scenarios, poster)
    assert [d.id for d, _ in poster.digests] == [six.id]
    assert "Posted late: it was due Monday 09:00 UTC, when roibot was not running." in _lines(
        poster.digests[0][1], Note
    )
    digests.delete("T1", six.id)
    thirteen = _digest(digests, Schedule("weekly", 0, "09:00"))
    with caplog.at_level(logging.WARNING, logger="roibot.digests"):
        report = run_due(utc("2026-12-14T22:00"), digests, scenarios, poster)
        run_due(utc("2026-12-14T23:00"), digests, scenarios, poster)
    assert report.skipped == [thirteen.id] and len(poster.digests) == 1
    skipped = [r.getMessage() for r in caplog.records if "skipped" in r.getMessage()]
    assert len(skipped) == 1 and f"more than {LATE_LIMIT}" in skipped[0]
    run_due(utc("2026-12-21T09:00"), digests, scenarios, poster)  # the next slot: on time
    assert [d.id for d, _ in poster.digests] == [six.id, thirteen.id]


def test_nine_in_new_york_across_a_daylight_saving_change(stores):
    """A creator in America/New_York gets 09:00 New York time: 13:00 UTC in October,
    14:00 UTC after the clocks go back on 1 November."""
    scenarios, digests = stores
    _save(scenarios, "default", "uplift=6%")
    _digest(digests, Schedule("weekly", 0, "09:00", "America/New_York"), created="2026-10-20T00:00")
    poster = Posted()
    for moment in (
        "2026-10-26T12:59",
        "2026-10-26T13:00",
        "2026-11-02T13:00",
        "2026-11-02T13:59",
        "2026-11-02T14:00",
    ):
        run_due(utc(moment), digests, scenarios, poster)
    assert len(poster.digests) == 2


def test_not_in_channel_pauses_the_digest_with_one_dm(stores):
    scenarios, digests = stores
    _save(scenarios, "default", "uplift=6%")
    digest = _digest(digests, Schedule("daily", None, "09:00"))
    poster = Posted(outcome="not_in_channel")
    report = run_due(utc("2026-12-02T09:00"), digests, scenarios, poster)
    assert report.paused == [digest.id]
    assert poster.told == [
        (
            digest,
            f"Your digest {digest.id} to #leadership is paused: roibot is not in that channel. "
            f"/invite @roibot there, then /roi digest resume {digest.id}.",
        )
    ]
    run_due(utc("2026-12-03T09:00"), digests, scenarios, poster)
    assert len(poster.told) == 1
    assert digests.get("T1", digest.id).paused_why == "roibot is not in the channel"


def test_a_failed_post_is_tried_again_and_an_uninstalled_team_stops(stores):
    scenarios, digests = stores
    _save(scenarios, "default", "uplift=6%")
    digest = _digest(digests, Schedule("daily", None, "09:00"))
    poster = Posted(outcome="failed")
    assert run_due(utc("2026-12-02T09:00"), digests, scenarios, poster).failed == [digest.id]
    poster.outcome = "posted"
    assert run_due(utc("2026-12-02T09:01"), digests, scenarios, poster).posted == [digest.id]
    poster.outcome = "no_token"
    assert run_due(utc("2026-12-03T09:00"), digests, scenarios, poster).paused == [digest.id]
    assert poster.told == []  # no token, no DM


def test_the_digest_verbs_for_a_team_and_never_for_a_guest(stores):
    scenarios, _ = stores
    _save(scenarios, "q3-plan", "uplift=6%")
    service = Service(scenarios)
    added = service.execute(
        parse_command("digest add <#C0123|leadership> weekly mon 09:00 q3-plan"),
        Caller("T1", "U1", tz="America/New_York"),
    )
    number = added.digest.id
    assert added.digest.schedule == Schedule("weekly", 0, "09:00", "America/New_York")
    with pytest.raises(Refusal) as refused:
        service.execute(parse_command("digest list"), Caller("T1", "U9", guest=True))
    assert refused.value is DIGEST_GUEST_RULE
    for verb in ("pause", "delete"):
        with pytest.raises(Refusal, match=f"no digest {number} in this team"):
            service.execute(parse_command(f"digest {verb} {number}"), Caller("T2", "U1"))
    assert service.execute(parse_command("digest list"), Caller("T2", "U1")).digests == []
    with pytest.raises(Refusal, match='no scenario "q9" in this team'):
        service.execute(parse_command("digest add #x daily 09:00 q9"), Caller("T1", "U1"))
    unknown = service.execute(
        parse_command("digest add #x daily 09:00"), Caller("T1", "U1", tz="Mars/Olympus")
    )
    assert unknown.digest.schedule.tz == "UTC" and not unknown.zone_known
    paused = service.execute(parse_command(f"digest pause {number}"), Caller("T1", "U1"))
    assert paused.digest.paused_at is not None
    resumed = service.execute(parse_command(f"digest resume {number}"), Caller("T1", "U1"))
    assert resumed.digest.paused_at is None
    service.execute(parse_command(f"digest delete {number}"), Caller("T1", "U1"))
    assert [
        d.id for d in service.execute(parse_command("digest list"), Caller("T1", "U1")).digests
    ] == [unknown.digest.id]


def test_a_digest_of_no_named_scenarios_shows_the_default_and_the_five_newest(stores):
    scenarios, digests = stores
    for number in range(7):
        _save(scenarios, f"plan-{number}", f"uplift={number + 1}%")
    _save(scenarios, "default", "uplift=6%")
    _digest(digests, Schedule("daily", None, "09:00"))
    poster = Posted()
    run_due(utc("2026-12-02T09:00"), digests, scenarios, poster)
    grid = next(p for p in poster.digests[0][1].doc.parts if isinstance(p, Grid))
    names = [row[0] for row in grid.rows[1:]]
    assert names == ["default", "plan-6", "plan-5", "plan-4", "plan-3", "plan-2"]
    assert poster.digests[0][1].seen == {name: 1 for name in names}
