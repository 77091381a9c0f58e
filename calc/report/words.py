"""Small words every sentence shares: verdicts said, counts and points in words, the one
rule for "nothing"."""

from __future__ import annotations

from decimal import Decimal

from calc import formatting as fmt
from calc.inputs import Inputs
from calc.model import Result, Verdict, verdict


def title_case(text: str) -> str:
    return text[:1].upper() + text[1:]


def is_said(verdict: Verdict) -> str:
    """`a profit center`, `a cost center`, `at break-even`."""
    return "at break-even" if verdict == "break-even" else f"a {verdict}"


def plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def points_words(value: Decimal) -> str:
    """A difference of two rates in words: 0.071 → `7.1 points`."""
    text = fmt.number(value.scaleb(2), 1)
    return f"{text} point" if text == "1" else f"{text} points"


def is_zero(per_day: Decimal) -> bool:
    """The one rule for "nothing" in any sentence of a reply: a figure a day that the
    verdict calls break-even (under half a cent), so no two sentences disagree."""
    return verdict(per_day) == "break-even"


def signed_year(result: Result) -> str:
    """What selling does to the year: `adds $8,376,750 a year`, `costs $1,200 a year`, or
    `changes nothing` (the zero rule, on the day's difference)."""
    if is_zero(result.delta.net_margin_per_day):
        return "changes nothing"
    amount = result.delta.net_margin_per_year
    return f"{'adds' if amount > 0 else 'costs'} {fmt.money(abs(amount))} a year"


def indirect_set(inputs: Inputs) -> bool:
    """True when customers kept are counted (retained and clv both set)."""
    return bool(inputs.retained and inputs.clv)


def reachable(inputs: Inputs, uplift: Decimal) -> bool:
    """An uplift that net conversion can take (at most 100%)."""
    return inputs.conv + uplift * (1 - inputs.cancel) <= 1


def payback_cell(result: Result) -> str:
    """Payback in days; "—" with no launch cost (nothing to pay back); "never"."""
    if not result.inputs.invest:
        return "—"
    days = result.breakeven.payback_days
    return "never" if days is None else f"{fmt.number(days, 1)} days"


def roi_cell(result: Result) -> str:
    roi = result.breakeven.first_year_roi
    return (
        "—" if not result.inputs.invest else ("n/a" if roi is None else fmt.short_percent(roi, 1))
    )
