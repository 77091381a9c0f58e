"""The break-even points, each with its value and what it means."""

from __future__ import annotations

from calc import formatting as fmt
from calc.inputs import MAX_AHT_INCREASE
from calc.model import Result
from calc.report.words import reachable

Line = tuple[str, str, str]


def _uplift_line(result: Result) -> Line:
    uplift = result.breakeven.uplift
    name = "Break-even uplift"
    if uplift is None:
        return (name, "none", "with no margin per sale, uplift cannot change the net margin")
    if uplift < 0:
        return (name, "below 0%", "with selling the center is a profit center at any uplift")
    if not reachable(result.inputs, uplift):
        return (
            name,
            fmt.short_percent(uplift),
            "more than any uplift can give: net conversion would pass 100%",
        )
    return (
        name,
        fmt.short_percent(uplift),
        "the uplift at which the center breaks even with selling (the sales column's net "
        "margin is $0)",
    )


def _payback_uplift_line(result: Result) -> Line:
    payback = result.breakeven.payback_uplift
    name = "Payback uplift"
    if payback is None:
        return (name, "none", "with no margin per sale, no uplift covers the extra handle time")
    if payback <= 0:
        return (name, "0%", "selling adds no handle-time cost")
    return (
        name,
        fmt.short_percent(payback),
        "the uplift at which selling's extra margin just covers its own extra handle time",
    )


def _aht_line(result: Result) -> Line:
    inputs, edge = result.inputs, result.breakeven.max_aht_increase
    name = "Max AHT increase"
    if edge is None and not inputs.staffed:
        return (name, "no limit", "handle time costs nothing here (cost=$0)")
    if edge is None or edge < 0:
        return (name, "none", "the sales column is a cost center even with no extra handle time")
    if edge == 0:
        return (name, "0%", "the sales column breaks even only with no extra handle time")
    limit = "over 1000%" if edge >= MAX_AHT_INCREASE else fmt.short_percent(edge)
    now = f" (+{fmt.short_percent(inputs.aht_increase)} now)"
    return (
        name,
        limit,
        f"how far handle time can rise over base before the sales column falls back to $0{now}",
    )


def _launch_lines(result: Result) -> list[Line]:
    inputs, breakeven = result.inputs, result.breakeven
    if not inputs.invest:
        return []
    days, roi = breakeven.payback_days, breakeven.first_year_roi
    return [
        (
            "Payback",
            "never" if days is None else f"{fmt.number(days, 1)} days",
            f"operating days to earn back the {fmt.money(inputs.invest)} launch",
        ),
        (
            "First-year ROI",
            "n/a" if roi is None else fmt.short_percent(roi, 1),
            "the first year's extra net margin less the launch, over the launch",
        ),
    ]


def breakeven_lines(result: Result) -> list[Line]:
    """Each break-even point with its value and what it means, for `/roi breakeven`. A
    negative or meaningless point is never shown as if it were one (JSON keeps the
    formula's value)."""
    return [
        _uplift_line(result),
        _payback_uplift_line(result),
        _aht_line(result),
        *_launch_lines(result),
    ]
