"""Dates said around the values: "per the 11/30 forecast", "on the 1st of January", "the
2027 budget", "Nov 12". A date says when, never a setting's value, so its words go before
anything is read: a month with the day beside it, a month and day written with a slash
(never a service level: no one targets 11% of calls answered in 30 seconds), an ordinal
day, and a year before what it is the year of ("the 2026 plan", not "2026 calls")."""

from __future__ import annotations

import re

_MONTHS = frozenset(
    "january february april june july august september october november december "
    "jan feb apr jun jul aug sep sept oct nov dec".split()
)
# Also words ("we may", "march"): a month only with its day beside it.
_MONTH_WORDS = frozenset({"march", "may", "mar"})
_DAY = re.compile(r"(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?")
_ORDINAL = re.compile(r"(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)")
_SLASHED = re.compile(r"(\d{1,2})/(\d{1,2})(?:/(?:\d{2}|\d{4}))?")
_YEAR = re.compile(r"(?:19[89]\d|20\d\d)")
#: Words a year follows ("in 2026", "the 2027 budget", "Q1 2027").
_YEAR_AFTER = frozenset("in for the since by until of from through our this fy q1 q2 q3 q4".split())
#: Words that say when, whatever follows ("in 2027 calls reach 11k", "on 11/30 calls were").
_ON = frozenset({"in", "on", "since", "until", "through", "during"})
#: Words that make the number before them a count, whatever its size ("2026 calls").
_COUNTED = frozenset(
    "calls call callers customers customer sales agents seconds secs minutes mins hours "
    "days dollars bucks a an per each every of".split()
)
#: Words around a slash that make it a service level or a share, never a date.
_NOT_A_DATE = frozenset("sl level target staff to of callers calls customers buy buys".split())


# Most sentences hold no date: a glance at each word decides whether to look closer (one
# regular expression over the whole text took 30 µs, a twentieth of reading it).
_DATE_WORDS = _MONTHS | _MONTH_WORDS
_DIGIT_DATE = re.compile(r"\d(?:st|nd|rd|th)$|\d/\d|^(?:19[89]|20\d)\d$")


def _maybe(lowered: list[str]) -> bool:
    return any(
        word in _DATE_WORDS or (word[:1].isdigit() and _DIGIT_DATE.search(word) is not None)
        for word in lowered
    )


def without_dates(chunks: list[str], lowered: list[str]) -> tuple[list[str], list[str]]:
    """The words with every date taken out (both lists, as typed and lowered)."""
    if not _maybe(lowered):
        return chunks, lowered
    dropped: set[int] = set()
    last = len(lowered) - 1
    for index, word in enumerate(lowered):
        before = lowered[index - 1] if index else ""
        after = lowered[index + 1] if index < last else ""
        if word in _MONTHS or (
            word in _MONTH_WORDS and (_DAY.fullmatch(after) or _DAY.fullmatch(before))
        ):
            dropped.add(index)
            if _DAY.fullmatch(after):  # "Nov 12", "Nov 12, 2026"
                dropped.add(index + 1)
                year = index + 2 + (lowered[index + 2 : index + 3] == [","])
                if year <= last and _YEAR.fullmatch(lowered[year]):
                    dropped.add(year)
            elif _DAY.fullmatch(before) or (
                before == "of" and index > 1 and _ORDINAL.fullmatch(lowered[index - 2])
            ):
                dropped.add(index - 1)  # "12 Nov"
            if _YEAR.fullmatch(after):  # "December 2026"
                dropped.add(index + 1)
        elif not word[:1].isdigit():
            continue
        elif _ORDINAL.fullmatch(word):
            dropped.add(index)  # "before the 15th"
        elif "/" in word and (slashed := _SLASHED.fullmatch(word)):
            first, second = int(slashed[1]), int(slashed[2])
            date = (1 <= first <= 12 and 1 <= second <= 31) or (
                13 <= first <= 31 and 1 <= second <= 12
            )
            said_on = before in _ON  # "on 11/30 calls were 9,400": a day, whatever follows
            if date and word != "24/7" and (said_on or not {before, after} & _NOT_A_DATE):
                dropped.add(index)
        elif (
            _YEAR.fullmatch(word)
            and (index == 0 or before in _YEAR_AFTER)
            and (after not in _COUNTED or before in _ON)  # "in 2027 calls reach 11k"
        ):
            dropped.add(index)
    if not dropped:
        return chunks, lowered
    keep = [i for i in range(len(chunks)) if i not in dropped]
    return [chunks[i] for i in keep], [lowered[i] for i in keep]
