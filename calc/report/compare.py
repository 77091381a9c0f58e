"""Two scenarios side by side: the rows, and the sentence naming the better one."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from calc import formatting as fmt
from calc.model import Result
from calc.report.cells import Row
from calc.report.words import (
    indirect_set,
    is_zero,
    payback_cell,
    roi_cell,
)

Pick = Callable[[Result], Decimal | None]
Show = Callable[[Decimal], str]

#: The figures compared, in order: label, the figure, how it is shown, how a difference is.
_COMPARED: tuple[tuple[str, Pick, Show, Show], ...] = (
    ("Net conversion with selling", lambda r: r.sales.net_conversion, fmt.percent, fmt.points),
    (
        "Revenue per year with selling",
        lambda r: r.sales.revenue_per_year,
        fmt.money,
        fmt.signed_money,
    ),
    (
        "Cost per call with selling",
        lambda r: r.sales.cost_per_call,
        fmt.per_call,
        fmt.signed_per_call,
    ),
    (
        "Net margin per year, service only",
        lambda r: r.service.net_margin_per_year,
        fmt.money,
        fmt.signed_money,
    ),
    (
        "Net margin per year with selling",
        lambda r: r.sales.net_margin_per_year,
        fmt.money,
        fmt.signed_money,
    ),
    (
        "Selling adds per year",
        lambda r: r.delta.net_margin_per_year,
        fmt.signed_money,
        fmt.signed_money,
    ),
)
_VALUE: tuple[str, Pick, Show, Show] = (
    "Value per year with selling (customers kept)",
    lambda r: r.sales.value_per_year,
    fmt.money,
    fmt.signed_money,
)


_LAUNCH: tuple[str, Pick, Show, Show] = (
    "Launch cost",
    lambda r: r.inputs.invest,
    fmt.money,
    fmt.signed_money,
)


def _line(a: Result, b: Result, label: str, pick: Pick, show: Show, diff: Show) -> Row:
    """One figure of both answers, and the second's difference from the first."""
    va, vb = pick(a), pick(b)
    delta = diff(vb - va) if va is not None and vb is not None else ""
    return (label, "none" if va is None else show(va), "none" if vb is None else show(vb), delta)


def compare_rows(first: str, a: Result, second: str, b: Result) -> list[Row]:
    """Two answers side by side, with the difference (second minus first)."""
    rows: list[Row] = [
        ("", first, second, "Difference"),
        (
            "Verdict (service → selling)",
            f"{a.service.verdict} → {a.sales.verdict}",
            f"{b.service.verdict} → {b.sales.verdict}",
            "",
        ),
        *(_line(a, b, *compared) for compared in _COMPARED),
    ]
    if indirect_set(a.inputs) or indirect_set(b.inputs):
        rows.append(_line(a, b, *_VALUE))
    if a.inputs.invest or b.inputs.invest:
        rows.append(_line(a, b, *_LAUNCH))
        rows.append(("Payback", payback_cell(a), payback_cell(b), ""))
        rows.append(("First-year ROI", roi_cell(a), roi_cell(b), ""))
    uplifts = [_uplift_cell(result) for result in (a, b)]
    edges = [_edge(result) for result in (a, b)]
    rows += [("Break-even uplift", *uplifts, ""), ("Max AHT increase", *edges, "")]
    return rows


def _uplift_cell(result: Result) -> str:
    uplift = result.breakeven.uplift
    if uplift is None:
        return "none"
    return "below 0%" if uplift < 0 else fmt.short_percent(uplift)


def _edge(result: Result) -> str:
    edge = result.breakeven.max_aht_increase
    if edge is None:
        return "none" if result.inputs.staffed else "no limit"
    return "none" if edge < 0 else fmt.short_percent(edge)


def compare_sentence(first: str, a: Result, second: str, b: Result) -> str:
    """Which plan is better: on net a year with selling, and, where either has a launch
    cost, on payback."""
    diff = b.sales.net_margin_per_year - a.sales.net_margin_per_year
    if is_zero(b.sales.net_margin_per_day - a.sales.net_margin_per_day):
        text = f"With selling, {first} and {second} net the same a year."
    else:
        more, less = (second, first) if diff > 0 else (first, second)
        text = f"With selling, {more} nets {fmt.money(abs(diff))} a year more than {less}."
    if a.inputs.invest or b.inputs.invest:
        text += " " + _payback_comparison(first, a, second, b)
    return text


def _payback_days(result: Result) -> Decimal | None:
    """Days to pay back the launch; 0 with no launch cost; None when it never does."""
    if not result.inputs.invest:
        return Decimal(0)
    return result.breakeven.payback_days


def _payback_comparison(first: str, a: Result, second: str, b: Result) -> str:
    days = {first: _payback_days(a), second: _payback_days(b)}
    said = {
        name: (
            "has no launch cost to pay back"
            if value == 0
            else "never pays back its launch"
            if value is None
            else f"pays back its launch in {fmt.number(value, 1)} days"
        )
        for name, value in days.items()
    }
    paying = {name: value for name, value in days.items() if value is not None}
    if len(paying) == 2 and paying[first] == paying[second]:
        return f"On payback they are level: {first} {said[first]}, {second} {said[second]}."
    if not paying:
        return "Neither pays back its launch: selling adds nothing to either."
    better = min(paying, key=lambda name: paying[name])
    other = second if better == first else first
    return f"On payback, {better} is better: it {said[better]}; {other} {said[other]}."
