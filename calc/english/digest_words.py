"""A digest asked for in words: "post q3-plan and q4-plan to #leadership every Monday at
9", "send the verdicts to #leadership every day at 8:30am", "share q3-plan in #finance on
the 1st of every month at 9". Read only when the text names a channel and how often; a
schedule without a time of day is asked about, never guessed."""

from __future__ import annotations

import re
from collections.abc import Sequence

from calc.errors import Refusal
from calc.schedule import DAY_NAMES, DAYS

_CHANNEL = re.compile(
    r"<#[CG][A-Z0-9]{2,20}(?:\|[^>]{0,80})?>|(?<![\w#])#[a-z0-9][a-z0-9._-]{0,79}"
)
_WEEKDAY = "|".join(name.lower() for name in DAY_NAMES)
_DAILY = re.compile(r"\b(every ?day|daily|each day|every morning|every weekday morning)\b")
_WEEKLY = re.compile(rf"\b(?:every|each|on|weekly on) ({_WEEKDAY})s?\b|\b({_WEEKDAY})s\b")
_MONTHLY = re.compile(
    r"\b(?:on the |the )?([0-9]{1,2})(?:st|nd|rd|th)? (?:of )?(?:every|each) month\b"
    r"|\b(?:every|each) month on the ([0-9]{1,2})(?:st|nd|rd|th)?\b"
    r"|\bmonthly on the ([0-9]{1,2})(?:st|nd|rd|th)?\b"
)
_AT = re.compile(
    r"\bat (noon|midnight|([0-9]{1,2})(?:[:.]([0-5][0-9]))? ?(am|pm|a\.m\.|p\.m\.)?)(?!\w)"
)
_POST = re.compile(r"\b(post|send|share|publish|drop|put|digest|report)\b")
_HINT = "write /roi digest add #leadership weekly mon 09:00 q3-plan"


def _when(lowered: str) -> str | None:
    """ "weekly mon", "daily", "monthly 1", or None when no cadence is said."""
    if match := _MONTHLY.search(lowered):
        day = next(group for group in match.groups() if group)
        return f"monthly {int(day)}"
    if match := _WEEKLY.search(lowered):
        name = match[1] or match[2]
        return f"weekly {DAYS[[n.lower() for n in DAY_NAMES].index(name)]}"
    if _DAILY.search(lowered):
        return "daily"
    return None


def _time(lowered: str) -> str | None:
    """ "09:00" for "at 9", "at 9am", "at 9:00"; "17:30" for "at 5:30pm"; None if unsaid."""
    match = _AT.search(lowered)
    if match is None:
        return None
    if match[1] in ("noon", "midnight"):
        return "12:00" if match[1] == "noon" else "00:00"
    hour, minute, half = int(match[2]), int(match[3] or 0), (match[4] or "").replace(".", "")
    if half == "pm" and hour < 12:
        hour += 12
    if half == "am" and hour == 12:
        hour = 0
    if hour > 23:
        raise Refusal(f'"{match[0]}" is not a time of day', _HINT)
    return f"{hour:02d}:{minute:02d}"


#: "what digests do we have?", "list our digests", "which digests are set up?": the list
#: (a digest is named by a channel's "#"; without one, the words ask which there are).
_LISTED = re.compile(
    r"^(?:what|which|list|show(?: me)?|any)\b[\w\s']{0,30}\bdigests\b[\w\s']{0,30}\??$"
)


_CHANGES = frozenset("if stop stopped pause paused delete remove cancel resume turn kill".split())


def digest_asked(text: str, names: Sequence[str]) -> str | None:
    """The `digest …` command `text` asks for (add, or list), or None when it asks for no
    digest."""
    if "#" not in text:
        lowered = text.lower().strip()
        said = set(re.findall(r"[a-z]+", lowered))
        if "digests" in said and _LISTED.match(lowered) and not said & _CHANGES:
            return "digest list"
        return None  # every channel is written with one: most sentences end here
    channel = _CHANNEL.search(text)
    lowered = text.lower()
    if channel is None or not _POST.search(lowered):
        return None
    when = _when(lowered)
    if when is None:
        raise Refusal("how often should roibot post there?", _HINT)
    at = _time(lowered)
    if at is None:
        raise Refusal("at what time of day?", _HINT)
    words = re.findall(r"[a-z0-9._-]+", lowered)
    known = {name.lower(): name for name in names}
    plans = list(dict.fromkeys(known[word] for word in words if word in known))
    return " ".join(["digest", "add", channel[0], when, at, *plans])
