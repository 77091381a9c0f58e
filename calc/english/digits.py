"""Numbers written with digits, and what is written onto them in the same word: a currency
("$150"), a scale ("12k", "1.2mm"), percent, points or basis points ("2%", "1pp", "50bps"),
a time unit ("45s", "11min"), a period ("12k/day"), a clock time, a service level ("80/20")
and pence ("15p")."""

from __future__ import annotations

import re
from decimal import Decimal

from calc.english import lexicon as W
from calc.english.tokens import Num
from calc.formatting import decimal_text

_NUMBER = re.compile(
    r"^(?P<sign>[-+])?(?P<cur>[$€£])?(?P<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
    r"(?P<scale>k|mm|m|mn|bn|b)?(?P<pct>%|pp|pct|pts?|bps?)?(?P<unit>s|secs?|mins?|hrs?|h)?"
    r"(?P<per>/(?:day|d|month|mo|year|yr|week|wk|hour|h|hr))?$"
)
_CLOCK = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?$")
_COMPOUND = re.compile(r"^\d+(?:m|min)\d+s$")
_TARGET = re.compile(r"^(\d{1,3})%?/(\d{1,4})s?$")
PERIOD_SUFFIX = {
    "/day": "day",
    "/d": "day",
    "/month": "month",
    "/mo": "month",
    "/year": "year",
    "/yr": "year",
    "/week": "week",
    "/wk": "week",
    "/hour": "hour",
    "/h": "hour",
    "/hr": "hour",
}
#: What a number written with digits may start with.
NUMBER_START = frozenset("0123456789$€£-+.")
_DECIMAL_COMMA = re.compile(r"^(\d+),(\d{1,2})([%km])$")
_PENCE = re.compile(r"^(\d+(?:\.\d+)?)[p¢]$")


def number_in_digits(chunk: str) -> Num | None:
    """A number written with digits, and what is attached to it in the same word."""
    if chunk[:1] not in NUMBER_START:
        return None
    lowered = chunk.lower()
    if "," in lowered and (comma := _DECIMAL_COMMA.match(lowered)):
        lowered = f"{comma[1]}.{comma[2]}{comma[3]}"  # "2,5%", "10,5k": a decimal comma
    pence = _PENCE.match(lowered) if lowered[-1] in "p¢" else None
    if pence:  # "15p": pence (or cents), a hundredth of the currency
        amount = Decimal(pence[1]).scaleb(-2)
        return Num(format(amount, "f"), amount, chunk, money=True)
    # Each pattern tried only where its mark is: a clock's colon, a compound's final "s",
    # a service level's slash (most numbers have none of them).
    if (":" in lowered and _CLOCK.match(lowered)) or (
        lowered[-1] == "s" and _COMPOUND.match(lowered)
    ):
        return Num(lowered, Decimal(0), chunk, unit="clock", clock=True)
    target = _TARGET.match(lowered) if "/" in lowered else None
    if target:
        return Num(f"{target[1]}/{target[2]}", Decimal(target[1]), chunk, target=lowered)
    match = _NUMBER.match(lowered)
    if match is None:
        return None
    digits = (match["sign"] or "") + match["n"]
    scale = W.SCALES.get(match["scale"] or "", "")  # every scale the pattern allows is one
    amount = Decimal(digits.replace(",", ""))
    if match["pct"] in ("bps", "bp"):  # "+50bps": basis points, a hundredth of a point each
        amount = amount.scaleb(-2)
        text = (match["sign"] or "") + decimal_text(abs(amount))
        return Num(text, amount, chunk, points=True)
    if scale:
        amount *= W.SCALE_FACTORS[scale]
    unit = match["unit"]
    return Num(
        digits + scale,
        amount,
        chunk,
        percent=match["pct"] in ("%", "pct"),
        points=match["pct"] in ("pp", "pt", "pts"),  # "-0.5pt": half a point
        money=match["cur"] is not None,
        unit=W.TIME_UNITS.get(unit) if unit else None,
        period=PERIOD_SUFFIX.get(match["per"] or ""),
    )
