"""The words of a `solve` answer: the value of a key as people write it, how far today's
value is from it, and why no value of the key's range meets a goal (tests/calc/test_solve.py
checks each sentence against the numbers it names)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from calc import formatting as fmt
from calc.goals import Goal, purpose
from calc.inputs import Inputs
from calc.key_types import Key, Kind
from calc.model import Result, verdict

#: How a key is named where "no ___ is enough" needs a noun.
_NOUN = {
    "calls": "call volume", "conv": "conversion", "uplift": "uplift",
    "aht": "handle time", "aht_increase": "AHT increase", "price": "price",
    "margin": "margin per sale", "cost": "cost per call", "days": "number of operating days",
    "cancel": "cancellation rate", "fee": "support fee", "paid": "share of paying calls",
    "retained": "number of customers kept", "clv": "lifetime value", "invest": "launch cost",
    "wage": "wage", "hours": "number of open hours", "occ": "occupancy cap",
    "shrink": "shrinkage", "overhead": "overhead per call",
}  # fmt: skip


@dataclass(frozen=True)
class Bounds:
    """The values a key may take, and what lies past each end, in words."""

    low: Decimal
    high: Decimal
    low_open: bool = False
    high_open: bool = False
    low_why: str = "below 0"
    high_why: str = "above its range"

    def holds(self, value: Decimal) -> bool:
        """True when `value` is one the key may take."""
        above = value > self.low or (value == self.low and not self.low_open)
        below = value < self.high or (value == self.high and not self.high_open)
        return above and below


def value_text(key: Key, value: Decimal) -> str:
    """A value of `key` as a reply writes it: `6.73%`, `$3.48`, `12,346 calls a day`."""
    name, kind = key.name, key.kind
    if kind in (Kind.PERCENT, Kind.SERVICE_LEVEL):
        return fmt.short_percent(value)
    if kind in (Kind.MONEY, Kind.MARGIN, Kind.WAGE):
        return fmt.money(value) + (" an hour" if name == "wage" else "")
    if kind is Kind.TIME:
        return fmt.duration(value)
    if name == "days":
        return f"{fmt.number(value)} days"
    if name == "hours":
        return f"{fmt.number(value, 2)} hours a day"
    if name == "calls":
        return f"{fmt.number(value, 2)} calls a day"
    return f"{fmt.number(value, 2)} a day"


def distance_text(key: Key, today: Decimal, value: Decimal) -> str:
    """How far apart two values of `key` are: `1.27 points`, `$0.98`, `3,346 calls`."""
    gap = abs(today - value)
    if key.kind in (Kind.PERCENT, Kind.SERVICE_LEVEL):
        text = fmt.number(gap.scaleb(2), 2)
        return f"{text} point" if text == "1" else f"{text} points"
    if key.kind in (Kind.MONEY, Kind.MARGIN, Kind.WAGE):
        return fmt.money(gap)
    if key.kind is Kind.TIME:
        return fmt.duration(gap)
    unit = {"calls": " calls", "days": " days", "hours": " hours"}.get(key.name, "")
    return f"{fmt.number(gap, 2)}{unit}"


def _title(key: Key) -> str:
    noun = key.title if key.name != "calls" else "Calls"
    return noun[:1].upper() + noun[1:]


def sentence(
    key: Key,
    goal: Goal,
    value: Decimal | None,
    today: Decimal | None,
    result: Result,
    *,
    upward: bool = True,
    exact: bool = True,
    note: str = "",
    why: str = "",
    everywhere: bool = False,
) -> str:
    """The answer's first sentence, what a director quotes."""
    if value is None and everywhere:
        return f"Any {_NOUN[key.name]} is enough for {purpose(goal)}: {why}."
    if value is None:
        return f"No {_NOUN[key.name]} is enough for {purpose(goal)}: {why}."
    shown = value_text(key, value)
    if note == "everywhere":
        reach = "can be as low as" if upward else "can be as high as"
        return (
            f"{_title(key)} {reach} {shown} and still meet the goal: even there, "
            f"{_outcome(goal, result)}."
        )
    verb = "must reach" if upward else "must stay at or under"
    text = f"{_title(key)} {verb} {shown} for {purpose(goal)}"
    if today is not None:
        met = today >= value if upward else today <= value
        side = "of room" if met else ("short" if upward else "over")
        text += f" (today {value_text(key, today)}: {distance_text(key, today, value)} {side})"
    text += "."
    if not exact:
        text += (
            " Agents come in whole numbers, so this is found by search: the first value"
            " at which the goal is met, to the precision shown."
        )
    if note.startswith("also at "):
        other = value_text(key, Decimal(note.removeprefix("also at ")))
        text += (
            f" The goal is met again at {other} (staffing in whole agents rises and falls"
            " with it); the crossing nearest today's value is the one given."
        )
    return text


def _outcome(goal: Goal, result: Result) -> str:
    """What the answer says about the goal's figure, in words."""
    column = result.sales if goal.column == "sales" else result.service
    if goal.what in ("breakeven", "net"):
        figure = column.net_margin_per_day if goal.per == "day" else column.net_margin_per_year
        who = "the service-only center" if goal.column == "service" else ("the center with selling")
        return f"{who} nets {fmt.money(figure)} a {goal.per}"
    if goal.what == "added":
        return f"selling adds {fmt.signed_money(result.delta.net_margin_per_year)} a year"
    if goal.what == "value":
        return f"the value a year is {fmt.money(column.value_per_year)}"
    days = result.breakeven.payback_days
    if goal.what == "payback":
        return (
            "the launch never pays back"
            if days is None
            else (f"the launch pays back in {fmt.number(days, 1)} operating days")
        )
    roi = result.breakeven.first_year_roi
    return (
        "there is no first-year ROI"
        if roi is None
        else (f"the first-year ROI is {fmt.short_percent(roi, 1)}")
    )


def unmoved_reason(key: Key, goal: Goal, inputs: Inputs) -> str:
    """Why `key` cannot move the goal's figure in this scenario."""
    name, service = key.name, goal.column == "service"
    staffed = inputs.staffed
    if name == "price":
        return (
            f"the margin is a fixed {fmt.money(inputs.margin)} a sale, so price moves "
            "revenue, not the net margin (write margin=23% to make it follow the price)"
        )
    if name in ("aht", "hours", "occ", "shrink", "overhead") and not staffed:
        return (
            "in the linear model cost per call comes from cost (set wage=$22 to cost "
            "handle time through staffing)"
        )
    if name == "cost" and staffed:
        return "cost per call comes from staffing while wage is set (write wage=none)"
    if name == "days":
        return "operating days change the per-year figures, not a day's"
    if name in ("aht_increase", "uplift", "cancel") and service:
        return "that is selling's own, and the service-only column has no selling"
    if name == "invest":
        return "a launch cost is paid once: it changes payback and first-year ROI, not the net"
    if name in ("retained", "clv") and goal.what != "value":
        return "customers kept count in the value with them (solve for value=…), not the net"
    if name in ("retained", "clv"):
        return "customers kept are worth something only with both retained and clv set"
    if name in ("conv", "uplift", "cancel") and not inputs.margin:
        return "with no margin per sale, sales add nothing"
    if name in ("fee", "paid"):
        return (
            "fee revenue comes from the fee times the share of calls paying it, and the other is 0"
        )
    return f"{_NOUN[name]} does not change that figure here"


def _per_call(inputs: Inputs, result: Result, goal: Goal) -> Decimal:
    column = result.sales if goal.column == "sales" else result.service
    return (column.net_margin_per_day) / inputs.calls


def unreached_reason(
    key: Key,
    goal: Goal,
    inputs: Inputs,
    crossing: Decimal | None,
    limits: Bounds,
    best: Decimal,
    best_result: Result | None,
    *,
    everywhere: bool = False,
) -> str:
    """Why no value of `key`'s range meets the goal, and the best the range gives."""
    if key.name == "calls" and crossing is not None and crossing <= limits.low:
        # Net margin is per call times calls: no volume changes its sign.
        from calc.model import evaluate

        per_call = _per_call(inputs, evaluate(inputs), goal)
        with_selling = "without selling" if goal.column == "service" else "with selling"
        if everywhere or verdict(per_call) == "profit center":
            return f"each call makes {fmt.money(per_call)} {with_selling}, so any volume does"
        more = (
            "more calls lose more"
            if verdict(per_call) == "cost center"
            else ("volume does not change that")
        )
        return f"each call loses {fmt.money(-per_call)} {with_selling}, so {more}"
    if everywhere:
        return f"the goal is met however close {_NOUN[key.name]} comes to {limits.low}"
    parts = []
    if crossing is not None:
        where = limits.low_why if crossing < limits.low else limits.high_why
        parts.append(f"it would take {value_text(key, crossing)}, {where}")
    else:
        low, high = value_text(key, limits.low), value_text(key, limits.high)
        parts.append(f"no value from {low} to {high} meets it")
    if best_result is not None:
        parts.append(f"at {value_text(key, best)}, {_outcome(goal, best_result)}")
    return "; ".join(parts)
