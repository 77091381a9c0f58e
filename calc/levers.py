"""`levers`: which input moves the answer most (docs/model.md, "Which lever matters").

Each input is moved 10% of its value down and up, one at a time (a share 10% of itself:
uplift 8% → 7.2% .. 8.8%), and the levers are ranked by how far the sales column's net
margin a year moves: its swing, the larger of the two moves from today's figure. Inputs
that cannot move that figure in this scenario are named with the reason, not ranked.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, localcontext

from calc import formatting as fmt
from calc.errors import Refusal
from calc.inputs import Inputs, validate
from calc.key_types import Key, Kind
from calc.keys import KEYS
from calc.model import Result, evaluate
from calc.numbers import CONTEXT
from calc.solve import at, bounds
from calc.solve_words import value_text

STEP = Decimal("0.10")


@dataclass(frozen=True)
class Lever:
    """One input moved 10% down and up, and the sales column's net a year at each."""

    key: Key
    low: Decimal
    high: Decimal
    net_low: Decimal
    net_high: Decimal
    swing: Decimal  # the larger move of the net a year from today's, either way
    capped: bool = False  # an end was held at the input's limit (e.g. occupancy 100%)


@dataclass(frozen=True)
class Levers:
    """Today's answer, the levers ranked by swing, and the inputs that cannot move it."""

    result: Result
    ranked: tuple[Lever, ...]
    still: tuple[tuple[Key, str], ...]


def _still_reason(key: Key, inputs: Inputs) -> str | None:
    """Why `key` cannot move the sales column's net a year here (None: it can)."""
    name, staffed = key.name, inputs.staffed
    if name == "invest":
        return "a launch cost changes payback and first-year ROI, not the net margin"
    if name in ("retained", "clv"):
        return "customers kept count in the value with them, not the net margin"
    if name in ("aht", "hours", "sl", "shrink", "occ", "overhead") and not staffed:
        return "only with staffing (set wage=$22)"
    if name == "wage" and not staffed:
        return "not set: the linear model costs calls with cost"
    if name == "cost" and staffed:
        return "not used while wage is set"
    value = getattr(inputs, key.field)
    if value == 0:
        return "0 here: 10% of nothing is nothing"
    return None


def _ends(key: Key, inputs: Inputs, share: Decimal | None) -> tuple[Decimal, Decimal, bool]:
    """The value 10% down and up, held inside the input's range (capped says so)."""
    value: Decimal = getattr(inputs, key.field)
    low, high = value * (1 - STEP), value * (1 + STEP)
    if key.name == "days":
        low, high = low.to_integral_value(), high.to_integral_value()
    limits = bounds(key, inputs, share)
    capped = False
    if not limits.holds(high):
        high, capped = limits.high, True
    if not limits.holds(low):
        low, capped = limits.low, True
    return low, high, capped


def _net(inputs: Inputs, key: Key, value: Decimal, share: Decimal | None) -> Decimal:
    moved = validate(at(inputs, key, value, share).values())
    return evaluate(moved, search=False).sales.net_margin_per_year


def levers(inputs: Inputs, *, margin_share: Decimal | None = None) -> Levers:
    """Every input moved ±10%, ranked by the swing of the sales column's net a year.
    `margin_share`: the margin was written as a share of the price, so price moves it."""
    with localcontext(CONTEXT):
        result = evaluate(inputs)
        today = result.sales.net_margin_per_year
        ranked: list[Lever] = []
        still: list[tuple[Key, str]] = []
        for key in KEYS:
            if key.kind is Kind.SERVICE_LEVEL and not inputs.staffed:
                continue  # the service level is an input of staffing alone
            reason = _still_reason(key, inputs)
            if reason is None:
                low, high, capped = _ends(key, inputs, margin_share)
                try:
                    net_low = _net(inputs, key, low, margin_share)
                    net_high = _net(inputs, key, high, margin_share)
                except Refusal as refusal:
                    still.append((key, f"cannot move 10% here: {refusal.reason}"))
                    continue
                swing = max(abs(net_low - today), abs(net_high - today))
                if fmt.money(swing) == "$0":
                    still.append((key, _unmoving(key, inputs)))
                    continue
                ranked.append(Lever(key, low, high, net_low, net_high, swing, capped))
            else:
                still.append((key, reason))
        ranked.sort(key=lambda lever: (-lever.swing, lever.key.name))
        return Levers(result, tuple(ranked), tuple(still))


def _unmoving(key: Key, inputs: Inputs) -> str:
    if key.name == "price":
        return (
            f"the margin is a fixed {fmt.money(inputs.margin)} a sale (write margin=23% "
            "to make it follow the price)"
        )
    if key.name == "days":
        return "the net a year is $0 either way"
    return "does not change the net margin here"


def _amount(lever: Lever, today: Decimal) -> str:
    """`±$1,149,750`, or `-$a/+$b` when the two moves differ."""
    down, up = lever.net_low - today, lever.net_high - today
    if fmt.money(abs(down)) == fmt.money(abs(up)):
        return f"±{fmt.money(abs(up))}"
    return f"{fmt.signed_money(down)}/{fmt.signed_money(up)}"


def _name(key: Key) -> str:
    return _lower(key.title)


def lever_sentence(found: Levers) -> str:
    """The sentence that matters: the lever that moves the answer most, then the next two."""
    if not found.ranked:
        return "No input moves the net margin a year with selling here."
    today = found.result.sales.net_margin_per_year
    first, *rest = found.ranked
    title = first.key.title[:1].upper() + first.key.title[1:]
    text = (
        f"{title} moves the answer most: ±10% of it is {_amount(first, today)} a year with selling"
    )
    if rest:
        then = [f"{_name(lever.key)} ({_amount(lever, today)})" for lever in rest[:2]]
        text += "; then " + " and ".join(then)
    return text + "."


def lever_rows(found: Levers) -> list[tuple[str, ...]]:
    """The table: lever, low, high, net a year at each, swing."""
    rows: list[tuple[str, ...]] = [
        ("Lever", "−10%", "+10%", "Net/yr at −10%", "Net/yr at +10%", "Largest move")
    ]
    for lever in found.ranked:
        mark = " (capped)" if lever.capped else ""
        rows.append(
            (
                lever.key.title + mark,
                value_text(lever.key, lever.low),
                value_text(lever.key, lever.high),
                fmt.money(lever.net_low),
                fmt.money(lever.net_high),
                fmt.money(lever.swing),
            )
        )
    return rows


def still_lines(found: Levers) -> list[str]:
    """The inputs that cannot move the answer here, those with the same reason together:
    `Cannot move it here: AHT, open hours: only with staffing (set wage=$22).`"""
    grouped: dict[str, list[str]] = {}
    for key, reason in found.still:
        grouped.setdefault(reason, []).append(key.title)
    lines = []
    for reason, titles in grouped.items():
        names = ", ".join([titles[0], *(_lower(title) for title in titles[1:])])
        lines.append(f"{names}: {reason}.")
    return [f"Cannot move it here: {lines[0]}", *lines[1:]] if lines else []


def _lower(title: str) -> str:
    return title if title.split(" ", 1)[0].isupper() else title[:1].lower() + title[1:]
