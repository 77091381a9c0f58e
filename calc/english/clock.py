"""When the center is open, said in words: clock times ("open 8am to 8pm", "open 9 to 5":
the hours between them), "12-hour days", and the days of a year ("5 days a week", "a
four-day week", "weekdays only", "closed Sundays")."""

from __future__ import annotations

import re
from decimal import Decimal

from calc.english.tokens import Tok
from calc.formatting import decimal_text

_CLOCK = re.compile(r"^(\d{1,2})(?::([0-5]\d))?(am|pm)?$")
_UNTIL = frozenset({"to", "till", "til", "until", "through", "-", "–"})
OPEN_WORDS = frozenset({"open", "opening", "from"})


def _clock(tokens: list[Tok], index: int) -> tuple[Decimal, str | None, int] | None:
    """A clock time at `index`: (hour of the 12-hour dial, am/pm or None, tokens used)."""
    if index >= len(tokens):
        return None
    match = _CLOCK.match(tokens[index].text.lower())
    if match is None:
        return None
    hour, minutes, half = int(match[1]), int(match[2] or 0), match[3]
    used = 1
    following = tokens[index + 1].text.lower() if index + 1 < len(tokens) else ""
    if half is None and following in ("am", "pm", "a.m.", "p.m."):
        half, used = following[0] + "m", 2
    if not 1 <= hour <= 12:
        return None
    return Decimal(hour % 12) + Decimal(minutes) / 60, half, used


#: What open_hours and hour_days take right after a number: "9 to 5", "9 am", "12-hour days".
OPEN_HOURS_NEXT = frozenset({*_UNTIL, "am", "pm", "a.m.", "p.m."})
HOUR_DAYS_NEXT = frozenset({"day", "days", "shift", "shifts"})


def open_hours(tokens: list[Tok], index: int) -> tuple[str, int] | None:
    """[open|from] T1 to T2: `hours=N` and where the phrase ends. Without am or pm the
    phrase must start with "open" ("open 9 to 5"); the second time is then the afternoon's
    when it is not later than the first."""
    said = tokens[index].text.lower()
    # The reader tries this at every number: most are gone after one look.
    if _CLOCK.match(said) is None if said[:1].isdigit() else said not in OPEN_WORDS:
        return None
    start = index
    while start < len(tokens) and tokens[start].text.lower() in OPEN_WORDS:
        start += 1
    opened = start > index and tokens[index].text.lower() in ("open", "opening")
    first = _clock(tokens, start)
    if first is None:
        return None
    after = start + first[2]
    if after >= len(tokens) or tokens[after].text.lower() not in _UNTIL:
        return None
    second = _clock(tokens, after + 1)
    if second is None or (first[1] is None and second[1] is None and not opened):
        return None
    begin = first[0] + (12 if first[1] == "pm" else 0)
    end = second[0] + (12 if second[1] == "pm" else 0)
    if second[1] is None and end <= begin:
        end += 12  # "open 9 to 5": until five in the afternoon
    hours = end - begin if end > begin else end - begin + 24  # "6pm to 2am": 8
    return f"hours={decimal_text(hours.normalize())}", after + 1 + second[2]


_N_HOUR = re.compile(r"^(\d{1,2}(?:\.\d+)?)-(?:hour|hr|h)$")


def hour_days(tokens: list[Tok], index: int) -> tuple[str, int] | None:
    """ "12-hour days", "a 10-hour day": the hours open a day."""
    said = tokens[index].text if index < len(tokens) else ""
    match = _N_HOUR.match(said.lower()) if "-" in said else None
    after = tokens[index + 1].text.lower() if index + 1 < len(tokens) else ""
    if match is None or after not in HOUR_DAYS_NEXT:
        return None
    hours = Decimal(match[1])
    if not 0 < hours <= 24:
        return None
    return f"hours={decimal_text(hours)}", index + 2


#: "a four-day week", "a 5-day week": the days of such a week.
DAY_WEEKS = {
    **{f"{name}-day": days for days, name in enumerate(("one", "two", "three"), start=1)},
    **{f"{name}-day": days for days, name in enumerate(("four", "five", "six", "seven"), 4)},
    **{f"{days}-day": days for days in range(1, 8)},
}
#: Monday to Friday written short: "mon-fri", "m-f".
_WORKWEEK = frozenset({"mon-fri", "m-f", "mon-thu", "mon-sat"})
#: "closed Sundays", "what if we close on weekends?", "shut Sundays".
_CLOSED = ("closed", "close", "closing", "shut")
_WEEK = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
WEEKDAY_STARTS = frozenset(
    {
        *_CLOSED,
        "open",
        "weekdays",
        "monday",
        *(f"monday-{d}" for d in _WEEK),
        *DAY_WEEKS,
        *_WORKWEEK,
    }
)
_DAYS_SAID = (
    *(((shut, *on, "weekends"), "260") for shut in _CLOSED for on in (("on",), (), ("at",))),
    (("weekdays", "only"), "260"),
    (("mon-fri",), "260"),
    (("m-f",), "260"),
    (("mon-thu",), "208"),
    (("mon-sat",), "312"),
    # 365 less 52 Sundays
    *(((shut, *on, "sundays"), "313") for shut in _CLOSED for on in (("on",), ())),
    (("open", "on", "weekends"), "365"),  # the weekdays and the weekends: every day
    (("open", "weekends"), "365"),
    (("open", "at", "weekends"), "365"),
)


def week_days(days: Decimal) -> str:
    """The operating days of a year of N-day weeks: 52 such weeks ("5 days a week": 260),
    and every day of it for seven ("we run 7 days a week" is open all year: 365, not 364)."""
    return "365" if days == 7 else decimal_text(days * 52)


def weekdays(tokens: list[Tok], index: int) -> tuple[str, int] | None:
    """closed on weekends · weekdays only · Monday to Friday: 260 operating days a year; a
    four-day week: 208; closed Sundays: 313."""
    texts = [t.text if t.kind == "word" else "" for t in tokens[index : index + 3]]
    if not texts or texts[0] not in WEEKDAY_STARTS:
        return None
    if texts[0] in DAY_WEEKS and texts[1:2] and texts[1] in ("week", "weeks", "workweek"):
        return f"days={week_days(Decimal(DAY_WEEKS[texts[0]]))}", index + 2
    joined = len(texts) == 3 and texts[1] in ("to", "through", "thru")
    last = texts[2] if joined else texts[0][7:]
    if texts[0].startswith("monday") and last in _WEEK:  # "Monday to Saturday": 6 days
        return f"days={week_days(Decimal(_WEEK.index(last) + 1))}", index + (
            1 if texts[0][6:] else 3
        )
    for words, days in _DAYS_SAID:
        if tuple(texts[: len(words)]) == words:
            end = index + len(words)
            return f"days={days}", end + (texts[len(words) : len(words) + 1] == ["only"])
    return None
