"""When a digest is due: daily, weekly on a day or monthly on a date, at a time of day in a
time zone (the creator's, from Slack); every slot is a moment in UTC.

A time a clock change skips (02:30 on the night clocks go forward) runs an hour later; a
time it repeats runs once, at the first. A monthly digest on the 31st runs on the last day
of shorter months. Times are whole minutes.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from calc.errors import Refusal, echo

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
CADENCES = ("daily", "weekly", "monthly")
USAGE = "digest add #leadership weekly mon 09:00 q3-plan"
_TIME = re.compile(r"([01]?[0-9]|2[0-3]):([0-5][0-9])")


@dataclass(frozen=True)
class Schedule:
    """A cadence (`daily`, `weekly` on `day` 0–6 from Monday, `monthly` on `day` 1–31), a
    time of day `HH:MM` and the IANA time zone it is in."""

    cadence: str
    day: int | None
    at: str
    tz: str = "UTC"

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.tz)

    def words(self) -> str:
        """ "Every Monday at 09:00 America/New_York", "Every day at 08:30 UTC"."""
        when = {
            "daily": "Every day",
            "weekly": f"Every {DAY_NAMES[self.day or 0]}",
            "monthly": f"On day {self.day} of every month",
        }[self.cadence]
        return f"{when} at {self.at} {self.tz}"

    def _on(self, day: date) -> datetime | None:
        """The slot on local `day` (None when the schedule has none that day), in UTC."""
        if self.cadence == "weekly" and day.weekday() != self.day:
            return None
        if self.cadence == "monthly":
            last = calendar.monthrange(day.year, day.month)[1]
            if day.day != min(self.day or 1, last):
                return None
        hour, minute = (int(part) for part in self.at.split(":"))
        local = datetime.combine(day, time(hour, minute), tzinfo=self.zone)
        # A time the clock skipped: zoneinfo reads it with the offset before the change,
        # which is the same instant as an hour later on the new offset.
        return local.astimezone(UTC)

    def latest_at_or_before(self, moment: datetime) -> datetime | None:
        """The most recent slot at or before `moment` (UTC), within the last 32 days."""
        today = moment.astimezone(self.zone).date()
        for back in range(0, 33):
            slot = self._on(today - timedelta(days=back))
            if slot is not None and slot <= moment:
                return slot
        return None

    def next_after(self, moment: datetime) -> datetime:
        """The first slot after `moment` (UTC)."""
        today = moment.astimezone(self.zone).date()
        for ahead in range(0, 63):
            slot = self._on(today + timedelta(days=ahead))
            if slot is not None and slot > moment:
                return slot
        raise AssertionError("every schedule has a slot within two months")  # pragma: no cover


def check_zone(name: str) -> str:
    """`name` if it is an IANA time zone this machine knows, else "UTC"."""
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return "UTC"
    return name


def parse_schedule(words: list[str], tz: str = "UTC") -> tuple[Schedule, list[str]]:
    """`daily HH:MM`, `weekly DAY HH:MM` or `monthly N HH:MM` at the start of `words`: the
    schedule and the words after it, or a Refusal saying how to write it."""
    if not words or words[0].lower() not in CADENCES:
        raise Refusal("a digest needs daily, weekly DAY or monthly N", f"write /roi {USAGE}")
    cadence, rest = words[0].lower(), words[1:]
    day: int | None = None
    if cadence == "weekly":
        day = _weekday(rest[0] if rest else "")
        rest = rest[1:]
    elif cadence == "monthly":
        text = rest[0] if rest else ""
        if not (text.isascii() and text.isdigit() and 1 <= int(text) <= 31):
            raise Refusal(
                f'"{echo(text)}" is not a day of the month', "write monthly 1 09:00 (1 to 31)"
            )
        day, rest = int(text), rest[1:]
    at = rest[0] if rest else ""
    match = _TIME.fullmatch(at)
    if match is None:
        raise Refusal(f'"{echo(at)}" is not a time of day', "write HH:MM, e.g. 09:00 or 17:30")
    return Schedule(cadence, day, f"{int(match[1]):02d}:{match[2]}", tz), rest[1:]


def _weekday(text: str) -> int:
    word = text.lower()
    for index, (short, name) in enumerate(zip(DAYS, DAY_NAMES, strict=True)):
        if word in (short, name.lower(), name.lower() + "s"):
            return index
    raise Refusal(f'"{echo(text)}" is not a day of the week', "write mon, tue, … sun")


def next_words(slot: datetime, schedule: Schedule, now: datetime) -> str:
    """A slot as its reader says it: "Monday 7 December" (the year too if not this one)."""
    local, today = slot.astimezone(schedule.zone), now.astimezone(schedule.zone).date()
    year = "" if local.year == today.year else f" {local.year}"
    when = {today: "today, ", today + timedelta(days=1): "tomorrow, "}.get(local.date(), "")
    return f"{when}{DAY_NAMES[local.weekday()]} {local.day} {local.strftime('%B')}{year}"
