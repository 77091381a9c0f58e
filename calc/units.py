"""Times through a small pint registry, and rates by our own operating-period rule.

pint is imported only when a value carries a unit: `import pint` costs about 150 ms, and a
plain `calls=9000` should not pay it. The registry defines time units alone (about 2 ms to
build, against 130 ms for pint's full default registry); that also means `m` is a minute
here, never a metre.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache
from typing import Any

from calc.errors import Refusal, echo
from calc.numbers import parse_number

_TIME_DEFINITIONS = (
    "second = [time] = s = sec = secs = seconds",
    "minute = 60 * second = m = min = mins = minutes",
    "hour = 60 * minute = h = hr = hrs = hours",
)
_CLOCK = re.compile(r"^(?:([0-9]+):)?([0-9]{1,2}):([0-9]{1,2}(?:\.[0-9]+)?)$")
_AMOUNT = re.compile(r"[0-9]+(?:\.[0-9]+)?|\.[0-9]+")
_UNIT = re.compile(r"[A-Za-z]+")
TIME_EXAMPLE = "aht=640s, aht=10:40, aht=10m40s or aht=10.5min"


@cache
def _registry() -> Any:
    import pint  # deferred: see the module docstring

    registry: Any = pint.UnitRegistry(None, non_int_type=Decimal)
    for definition in _TIME_DEFINITIONS:
        registry.define(definition)
    return registry


def _seconds(amount: Decimal, unit: str) -> Decimal:
    registry = _registry()
    try:
        quantity = registry.Quantity(amount, unit.lower()).to("second")
    except Exception as error:  # pint raises several unrelated types for an unknown unit
        raise Refusal(f'aht: unknown time unit "{echo(unit)}"', f"write {TIME_EXAMPLE}") from error
    return Decimal(quantity.magnitude)


def parse_time(text: str, what: str = "aht") -> Decimal:
    """A duration in seconds: `640`, `640s`, `10.5min`, `10m40s`, `10:40`, `1:02:03`, `0.2h`."""
    clock = _CLOCK.match(text)
    if clock:
        hours, minutes, seconds = clock.groups()
        total = Decimal(minutes) * 60 + Decimal(seconds)
        if Decimal(seconds) >= 60 or (hours is not None and Decimal(minutes) >= 60):
            raise Refusal(f'{what}: "{echo(text)}" is not a clock time', f"write {TIME_EXAMPLE}")
        return total + (Decimal(hours) * 3600 if hours else Decimal(0))
    if re.fullmatch(r"[0-9.,]+", text):
        value, _ = parse_number(text, what=what, example=TIME_EXAMPLE)
        return value
    parts = time_parts(text)
    if parts is None:
        raise Refusal(f'{what}: "{echo(text)}" is not a time', f"write {TIME_EXAMPLE}")
    units = [unit.lower() for _, unit in parts]
    if len(set(units)) != len(units):
        raise Refusal(f'{what}: "{echo(text)}" repeats a unit', f"write {TIME_EXAMPLE}")
    return sum((_seconds(Decimal(amount), unit) for amount, unit in parts), Decimal(0))


def time_parts(text: str) -> list[tuple[str, str]] | None:
    """`10m 40s` as [("10", "m"), ("40", "s")]: amounts each followed by a unit, spaces
    allowed between; None for anything else. pint alone reads "10min 40s" as
    minute·second, so compound times are split here and each part converted on its own.
    A scan from left to right, each character looked at once (a search for the parts
    anywhere in the text took quadratic time on 20,000 digits and a "!")."""
    parts: list[tuple[str, str]] = []
    at, end = 0, len(text)
    while at < end:
        amount = _AMOUNT.match(text, at)
        if amount is None:
            return None
        at = amount.end()
        while at < end and text[at] == " ":
            at += 1
        unit = _UNIT.match(text, at)
        if unit is None:
            return None
        parts.append((amount.group(), unit.group()))
        at = unit.end()
        while at < end and text[at] == " ":
            at += 1
    return parts or None


# Operating periods, not calendar ones: a year is `days` operating days and a month a
# twelfth of that (pint's year is 365.25 calendar days, so it is not used here).
_PERIODS: dict[str, str] = {
    "d": "day",
    "day": "day",
    "days": "day",
    "dy": "day",
    "mo": "month",
    "mon": "month",
    "month": "month",
    "months": "month",
    "y": "year",
    "yr": "year",
    "year": "year",
    "years": "year",
    "a": "year",
    "annum": "year",
    "w": "week",
    "wk": "week",
    "week": "week",
    "weeks": "week",
    "h": "hour",
    "hr": "hour",
    "hour": "hour",
    "hours": "hour",
}


def period_name(text: str) -> str | None:
    """The operating period a rate's denominator names (`/month` → "month"), or None."""
    return _PERIODS.get(text.lower())


def per_day(amount: Decimal, period: str, days: Decimal, hours: Decimal) -> Decimal:
    """An amount per `period` as an amount per operating day."""
    if period == "day":
        return amount
    if period == "hour":
        return amount * hours
    if period == "week":
        return amount * 52 / days
    if period == "month":
        return amount * 12 / days
    return amount / days  # year
