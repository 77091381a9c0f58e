"""What `solve` aims for (docs/model.md, "Goal-seeking"): break even, a net margin a day
or a year, what selling adds, the value with customers kept, a payback time or a first-year
ROI, for the column with selling (or, prefixed `service.`, plain service).

Every goal is a requirement `metric(result) >= threshold`, so that one solver serves
them all: the metric is a figure of the answer, and the goal is met where it reaches the
threshold.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal

from calc import formatting as fmt
from calc.errors import Refusal, echo
from calc.model import Result
from calc.numbers import parse_number

What = Literal["breakeven", "net", "added", "value", "payback", "roi"]
Column = Literal["sales", "service"]
Per = Literal["day", "year"]

GOALS_HINT = (
    "write breakeven, net=$1M/year, net=$5k/day, added=$2M/year, value=$1M/year, "
    "payback=90days or roi=50% (service.breakeven for plain service)"
)
_WITH_COLUMN = ("breakeven", "net", "value")
_PER = {"day": "day", "d": "day", "year": "year", "yr": "year", "y": "year", "a": "year"}
_GOAL = re.compile(
    r"(?P<column>service\.|sales\.)?(?P<what>[a-z-]+)(?:=(?P<value>.*))?", re.IGNORECASE
)


@dataclass(frozen=True)
class Goal:
    """A goal as typed: what, for which column, how much (per day or year)."""

    what: What = "breakeven"
    column: Column = "sales"
    amount: Decimal = Decimal(0)
    per: Per = "day"
    text: str = field(default="breakeven", compare=False)  # as typed

    @property
    def json(self) -> dict[str, object]:
        """The goal as `roi --json` names it (docs/model.md: `target`)."""
        if self.what in ("breakeven", "net"):
            what = f"net_margin_per_{self.per}"
            return {"what": what, "column": self.column, "value": self.amount}
        if self.what == "added":
            return {"what": "net_margin_per_year", "column": "delta", "value": self.amount}
        if self.what == "value":
            return {"what": "value_per_year", "column": self.column, "value": self.amount}
        if self.what == "payback":
            return {"what": "payback_days", "column": "breakeven", "value": self.amount}
        return {"what": "first_year_roi", "column": "breakeven", "value": self.amount}


def _money(text: str, goal: str) -> tuple[Decimal, str | None]:
    value, _, period = text.partition("/")
    amount, _ = parse_number(value, what=goal, example=f"{goal}=$1M/year")
    per = _PER.get(period.lower()) if period else None
    if period and per is None:
        raise Refusal(f'{goal}: "/{echo(period)}" is not a period', f"write {goal}=$1M/year")
    return amount, per


def parse_goal(text: str, following: str = "") -> tuple[Goal, bool]:
    """A goal as typed after `for`, and whether it took the word after it (`payback=90
    days`); a Refusal naming what is wrong and how to write it."""
    match = _GOAL.fullmatch(text)
    if match is None:
        raise Refusal(f'"{echo(text)}" is not a goal', GOALS_HINT)
    what = match["what"].lower().replace("-", "")
    column: Column = "service" if (match["column"] or "").lower() == "service." else "sales"
    value = match["value"]
    if what not in ("breakeven", "net", "added", "value", "payback", "roi"):
        raise Refusal(f'"{echo(text)}" is not a goal', GOALS_HINT)
    if column == "service" and what not in _WITH_COLUMN:
        raise Refusal(f'"{echo(text)}": {what} has no service-only form', GOALS_HINT)
    if what == "breakeven":
        if value:
            raise Refusal(f'"{echo(text)}": breakeven takes no value', "write breakeven")
        return Goal("breakeven", column, Decimal(0), "day", text), False
    if not value:
        raise Refusal(f'"{echo(text)}" needs a value', GOALS_HINT)
    if what == "payback":
        took = following.lower() in ("days", "day")
        amount, _ = parse_number(
            value.lower().removesuffix("days").removesuffix("day"),
            what="payback",
            example="payback=90days",
        )
        if amount <= 0:
            raise Refusal("payback must be more than 0 days", "write payback=90days")
        return Goal("payback", "sales", amount, "day", text), took
    if what == "roi":
        amount, _ = parse_number(value.removesuffix("%"), what="roi", example="roi=50%")
        return Goal("roi", "sales", amount / 100, "year", text), False
    amount, per = _money(value, what)
    if what == "net" and per is None:
        raise Refusal(
            f'"{echo(text)}": a day or a year?',
            f"write net={value}/year or net={value}/day",
        )
    if what in ("added", "value") and per not in (None, "year"):
        raise Refusal(f"{what} is per year", f"write {what}={value.partition('/')[0]}/year")
    chosen: What = "net" if what == "net" else ("added" if what == "added" else "value")
    return Goal(chosen, column, amount, "day" if per == "day" else "year", text), False


def goal_text(goal: Goal) -> str:
    """The goal written back in the language (`net=1000000/year`)."""
    prefix = "service." if goal.column == "service" else ""
    if goal.what == "breakeven":
        return f"{prefix}breakeven"
    if goal.what == "payback":
        return f"payback={fmt.decimal_text(goal.amount)}days"
    if goal.what == "roi":
        return f"roi={fmt.percent_text(goal.amount)}"
    return f"{prefix}{goal.what}={fmt.decimal_text(goal.amount)}/{goal.per}"


def requirement(goal: Goal, result: Result) -> Decimal:
    """How far `result` is past the goal: >= 0 where it is met. Affine in any input the
    answer is affine in, so one line through two answers finds the exact crossing."""
    column = result.sales if goal.column == "sales" else result.service
    invest = result.inputs.invest
    if goal.what in ("breakeven", "net"):
        figure = column.net_margin_per_day if goal.per == "day" else column.net_margin_per_year
        return figure - goal.amount
    if goal.what == "added":
        return result.delta.net_margin_per_year - goal.amount
    if goal.what == "value":
        return column.value_per_year - goal.amount
    if goal.what == "payback":
        # Paid back within N days: N days of what selling adds cover the launch.
        return goal.amount * result.delta.net_margin_per_day - invest
    # A first-year ROI of r: the year's addition covers the launch and r of it again.
    return result.delta.net_margin_per_year - invest * (1 + goal.amount)


def needs_launch(goal: Goal) -> bool:
    """Payback and ROI are about a launch cost."""
    return goal.what in ("payback", "roi")


def purpose(goal: Goal) -> str:
    """The goal in words, after "for": `the center to break even with selling`."""
    service = goal.column == "service"
    if goal.what == "breakeven":
        return (
            "the service-only center to break even"
            if service
            else ("the center to break even with selling")
        )
    if goal.what == "net":
        amount = f"{fmt.money(goal.amount)} a {goal.per}"
        return (
            f"the service-only center to make {amount}"
            if service
            else (f"the center to make {amount} with selling")
        )
    if goal.what == "added":
        return f"selling to add {fmt.money(goal.amount)} a year"
    if goal.what == "value":
        who = "the service-only center" if service else "the center with selling"
        return f"{who} to be worth {fmt.money(goal.amount)} a year, counting customers kept"
    if goal.what == "payback":
        return f"the launch to pay back within {fmt.number(goal.amount, 1)} operating days"
    return f"a first-year ROI of {fmt.short_percent(goal.amount)}"
