"""When a digest is due (calc/schedule.py) and how its command is written (calc/digests.py):
slots in the creator's time zone across a daylight-saving change, the last day of a short
month, a time a clock change skips, and every refusal."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from calc.commands import command_text, parse_command
from calc.digests import Channel, DigestAdd, DigestChange, DigestList
from calc.errors import Refusal
from calc.schedule import Schedule, next_words, parse_schedule


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


NEW_YORK_MONDAYS = Schedule("weekly", 0, "09:00", "America/New_York")


def test_nine_in_new_york_across_the_daylight_saving_change():
    """Every Monday at 09:00 New York time: 13:00 UTC while daylight time lasts (until
    Sunday 1 November 2026), 14:00 UTC after."""
    assert NEW_YORK_MONDAYS.next_after(utc("2026-10-20T00:00")) == utc("2026-10-26T13:00")
    assert NEW_YORK_MONDAYS.next_after(utc("2026-10-26T13:00")) == utc("2026-11-02T14:00")
    assert NEW_YORK_MONDAYS.latest_at_or_before(utc("2026-11-02T13:59")) == utc("2026-10-26T13:00")
    assert NEW_YORK_MONDAYS.latest_at_or_before(utc("2026-11-02T14:00")) == utc("2026-11-02T14:00")


def test_daily_and_monthly_slots():
    daily = Schedule("daily", None, "08:30")
    assert daily.latest_at_or_before(utc("2026-12-07T08:29")) == utc("2026-12-06T08:30")
    assert daily.next_after(utc("2026-12-07T08:30")) == utc("2026-12-08T08:30")
    month_end = Schedule("monthly", 31, "09:00")
    # February has no 31st: its last day stands in.
    assert month_end.next_after(utc("2027-01-31T10:00")) == utc("2027-02-28T09:00")
    assert month_end.next_after(utc("2027-02-28T09:00")) == utc("2027-03-31T09:00")


def test_a_time_the_clock_skips_runs_an_hour_later():
    """02:30 on the night New York's clocks go forward (8 March 2026) does not exist: the
    digest runs at 03:30 local, 07:30 UTC."""
    early = Schedule("daily", None, "02:30", "America/New_York")
    assert early.next_after(utc("2026-03-08T00:00")) == utc("2026-03-08T07:30")


def test_the_schedule_in_words():
    assert NEW_YORK_MONDAYS.words() == "Every Monday at 09:00 America/New_York"
    assert Schedule("monthly", 1, "07:00").words() == "On day 1 of every month at 07:00 UTC"
    now = utc("2026-11-30T07:00")
    assert next_words(utc("2026-12-07T14:00"), NEW_YORK_MONDAYS, now) == "Monday 7 December"
    assert next_words(utc("2026-11-30T09:00"), Schedule("daily", None, "09:00"), now) == (
        "today, Monday 30 November"
    )
    assert next_words(utc("2027-01-04T14:00"), NEW_YORK_MONDAYS, now) == "Monday 4 January 2027"


@pytest.mark.parametrize(
    ("text", "command"),
    [
        (
            "digest add <#C0123|leadership> weekly mon 09:00 q3-plan q4-plan",
            DigestAdd(
                Channel("C0123", "leadership"),
                Schedule("weekly", 0, "09:00"),
                ("q3-plan", "q4-plan"),
            ),
        ),
        (
            "digest add #leadership weekly Monday 9:00",
            DigestAdd(Channel("#leadership", "leadership"), Schedule("weekly", 0, "09:00")),
        ),
        (
            "digest add <#C0999> daily 17:30",
            DigestAdd(Channel("C0999", "C0999"), Schedule("daily", None, "17:30")),
        ),
        ("digest list", DigestList()),
        ("digest pause 3", DigestChange("pause", 3)),
        ("digest resume #3", DigestChange("resume", 3)),
        ("digest delete 12", DigestChange("delete", 12)),
    ],
)
def test_digest_commands(text, command):
    """Each form of the digest verbs, and its text back (`parse(text(c)) == c`)."""
    parsed = parse_command(text)
    assert parsed == command
    assert parse_command(command_text(parsed)) == parsed


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("digest add", "digest add needs a channel"),
        ("digest add leadership weekly mon 09:00", '"leadership" is not a channel'),
        ("digest add #leadership hourly 09:00", "a digest needs daily, weekly DAY or monthly N"),
        ("digest add #leadership weekly someday 09:00", '"someday" is not a day of the week'),
        ("digest add #leadership monthly 32 09:00", '"32" is not a day of the month'),
        ("digest add #leadership daily 25:00", '"25:00" is not a time of day'),
        ("digest add #leadership daily 9am", '"9am" is not a time of day'),
        ("digest pause", "digest pause needs the digest's number"),
        ("digest pause x", "digest pause needs the digest's number"),
        ("digest rename 3", 'unexpected "rename 3"'),
    ],
)
def test_digest_refusals(text, message):
    with pytest.raises(Refusal) as refused:
        parse_command(text)
    assert str(refused.value).startswith(message)


def test_parse_schedule_leaves_the_scenarios():
    schedule, rest = parse_schedule(["monthly", "1", "07:05", "q3-plan"], tz="Europe/Paris")
    assert schedule == Schedule("monthly", 1, "07:05", "Europe/Paris") and rest == ["q3-plan"]
