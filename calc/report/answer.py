"""The compute answer: Fig. 2's table row by row, the headline, and the sentences, each
chosen by the situation the numbers are in so that it is true of them."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal

from calc import formatting as fmt
from calc.describe import service_level
from calc.inputs import MAX_AHT_INCREASE, Inputs
from calc.model import Column, Result, Verdict, verdict
from calc.report.cells import Quoted, Row
from calc.report.words import (
    indirect_set,
    is_said,
    is_zero,
    plural,
    points_words,
    reachable,
    signed_year,
    title_case,
)
from calc.settings import Setting


def _row(
    label: str,
    result: Result,
    pick: Callable[[Column], Decimal],
    show: Callable[[Decimal], str],
    diff: Callable[[Decimal], str] | None,
) -> Row:
    service, sales = pick(result.service), pick(result.sales)
    return (label, show(service), show(sales), diff(sales - service) if diff else "")


Figure = Callable[[Column], Decimal]
Shown = Callable[[Decimal], str]

#: Fig. 2's rows, in order: label, the column's figure, how it is shown, how a difference is.
_FIG2: tuple[tuple[str, Figure, Shown, Shown], ...] = (
    ("Net conversion", lambda c: c.net_conversion, fmt.percent, fmt.points),
    ("Sales per day", lambda c: c.sales_per_day, fmt.count, fmt.signed_count),
    ("Handle time", lambda c: c.aht_s, fmt.duration, fmt.signed_duration),
    ("Revenue per day", lambda c: c.revenue_per_day, fmt.money, fmt.signed_money),
    ("Margin per day", lambda c: c.margin_per_day, fmt.money, fmt.signed_money),
    ("Cost per call", lambda c: c.cost_per_call, fmt.per_call, fmt.signed_per_call),
    ("Service cost per day", lambda c: c.service_cost_per_day, fmt.money, fmt.signed_money),
    ("Net margin per day", lambda c: c.net_margin_per_day, fmt.money, fmt.signed_money),
    ("Revenue per year", lambda c: c.revenue_per_year, fmt.money, fmt.signed_money),
    ("Net margin per year", lambda c: c.net_margin_per_year, fmt.money, fmt.signed_money),
)
_FEES: tuple[str, Figure, Shown, Shown] = (
    "Fee revenue per day",
    lambda c: c.fee_revenue_per_day,
    fmt.money,
    fmt.signed_money,
)
_VALUE: tuple[str, Figure, Shown, Shown] = (
    "Value per year (with customers kept)",
    lambda c: c.value_per_year,
    fmt.money,
    fmt.signed_money,
)


def _margin_pct(column: Column) -> str:
    return "n/a" if column.margin_pct is None else fmt.short_percent(column.margin_pct, 1)


def table_rows(result: Result) -> list[Row]:
    """Fig. 2 row by row (with rows for fees, retention and staffing when they apply)."""
    inputs = result.inputs
    rows = [_row(label, result, figure, shown, diff) for label, figure, shown, diff in _FIG2]
    if inputs.fee and inputs.paid:
        label, figure, shown, diff = _FEES
        rows.insert(4, _row(label, result, figure, shown, diff))
    if indirect_set(inputs):
        label, figure, shown, diff = _VALUE
        rows.append(_row(label, result, figure, shown, diff))
    rows.append(("Margin %", _margin_pct(result.service), _margin_pct(result.sales), ""))
    return rows + _staffing_rows(result)


def _staffing_rows(result: Result) -> list[Row]:
    """Agents, what set their number, heads, and the service they give (staffed only)."""
    staffing, inputs = result.staffing, result.inputs
    if staffing is None:
        return []
    service, sales = staffing.service, staffing.sales

    def binding(binds: str) -> str:
        return {
            "service level": f"{service_level(inputs)} target",
            "occupancy": f"{fmt.short_percent(inputs.occ)} occupancy cap",
            "both": "both",
        }[binds]

    return [
        (
            "Agents on the phones",
            str(service.agents),
            str(sales.agents),
            f"{staffing.extra_agents:+d}",
        ),
        ("Agents set by", binding(service.binding), binding(sales.binding), ""),
        (
            "Heads to schedule (after shrink)",
            str(staffing.service_heads),
            str(staffing.sales_heads),
            f"{staffing.extra_heads:+d}",
        ),
        ("Service level", f"{service.service_level:.1%}", f"{sales.service_level:.1%}", ""),
        ("Average speed of answer", f"{service.asa_s:.1f} s", f"{sales.asa_s:.1f} s", ""),
        ("Occupancy", f"{service.occupancy:.1%}", f"{sales.occupancy:.1%}", ""),
    ]


def _pair(service: Verdict, sales: Verdict, selling: str = "with sales through service") -> str:
    if service == sales:
        return f"{title_case(service)} either way"
    return f"{title_case(service)} → {title_case(sales)} {selling}"


def headline(result: Result) -> str:
    """The verdicts in one line. With customers kept counted, both readings, so that the
    header never contradicts the sentences below it."""
    service, sales = result.service, result.sales
    if indirect_set(result.inputs):
        counted = _pair(
            service.verdict_with_indirect, sales.verdict_with_indirect, "with selling"
        ).lower()
        alone = _pair(service.verdict, sales.verdict, "with selling").lower()
        return f"Counting customers kept: {counted}. On sales margin alone: {alone}."
    text = _pair(service.verdict, sales.verdict)
    if service.verdict == sales.verdict:
        text += f"; selling {signed_year(result)}"
    return text


def notification(result: Result) -> str:
    """The fallback text a notification shows: the verdicts and what selling does to the
    year, said once."""
    text = headline(result)
    if "a year" in text or "changes nothing" in text:
        return text
    delta = result.delta.net_margin_per_year
    if is_zero(result.delta.net_margin_per_day):
        return f"{text} (selling changes nothing)"
    verb = "adds" if delta > 0 else "costs"
    return f"{text} (selling {verb} {fmt.compact_money(abs(delta))} a year)"


def difference_sentence(result: Result) -> str:
    """The difference per day and per year, in words."""
    delta = result.delta.net_margin_per_day
    if is_zero(delta):
        text = "Sales through service leaves the net margin unchanged."
    else:
        verb = "adds" if delta > 0 else "costs"
        text = (
            f"Sales through service {verb} {fmt.money(abs(delta))} of net margin a day, "
            f"{fmt.money(abs(result.delta.net_margin_per_year))} a year."
        )
    if indirect_set(result.inputs):
        with_selling = result.sales.verdict_with_indirect
        without = result.service.verdict_with_indirect
        kept = fmt.money(result.service.retention_value_per_day)
        if with_selling == without:
            text += (
                f" Counting {kept} a day of customers kept, the center is "
                f"{is_said(with_selling)} with selling and without."
            )
        else:
            text += (
                f" Counting {kept} a day of customers kept, the center is "
                f"{is_said(with_selling)} with selling and {is_said(without)} without."
            )
    return text


def breakeven_sentence(result: Result) -> str:
    """Where the center breaks even and where selling covers its own extra handle time, and
    the launch's payback where a launch cost is set."""
    inputs, breakeven = result.inputs, result.breakeven
    parts = []
    uplift = breakeven.uplift
    # The net with selling at no uplift at all, judged by the verdict's rule.
    at_none = verdict(
        result.sales.net_margin_per_day
        - inputs.calls * inputs.uplift * (1 - inputs.cancel) * inputs.margin
    )
    if uplift is None:
        parts.append("With no margin per sale, uplift cannot change the net margin")
    elif uplift < 0 and at_none == "profit center":
        parts.append("With selling, the center is a profit center at any uplift")
    elif uplift <= 0:  # at 0%, or so little below it that no uplift is at break-even
        parts.append("The center breaks even at 0% uplift")
    elif not reachable(inputs, uplift):
        parts.append(
            f"No uplift can make the center break even: it would take "
            f"{fmt.short_percent(uplift)}, past 100% conversion"
        )
    else:
        parts.append(f"The center breaks even at {fmt.short_percent(uplift)} uplift")
    payback = breakeven.payback_uplift
    if payback is not None:
        if payback <= 0:
            parts.append("selling adds no handle-time cost, so every sale it makes adds margin")
        elif not reachable(inputs, payback):
            parts.append("no uplift covers selling's own extra handle time")
        else:
            parts.append(
                f"selling covers its own extra handle time above {fmt.short_percent(payback)}"
            )
    text = "; ".join(parts) + "."
    if inputs.invest:
        if breakeven.payback_days is not None:
            text += (
                f" The {fmt.money(inputs.invest)} launch pays back in "
                f"{fmt.number(breakeven.payback_days, 1)} operating days."
            )
        else:
            text += (
                f" The {fmt.money(inputs.invest)} launch never pays back: selling adds "
                "no net margin."
            )
    return text


def aht_sentence(result: Result) -> str | None:
    """How far handle time can rise, said only where it is true: headroom when selling is a
    profit center, how far past the edge it is when it is not, and nothing when no AHT
    could help (or handle time costs nothing)."""
    edge = result.breakeven.max_aht_increase
    increase = result.inputs.aht_increase
    if edge is None:
        return None
    verdict = result.sales.verdict
    if verdict == "profit center":
        if edge <= increase:  # the staffed search's 0.01% grid can land just below
            return None
        where = (
            "slips back to a cost center"
            if result.service.verdict == "cost center"
            else "becomes a cost center with selling"
        )
        limit = "more than 1000%" if edge >= MAX_AHT_INCREASE else fmt.short_percent(edge)
        now = f" (+{fmt.short_percent(increase)} now)" if increase else ""
        return f"AHT can rise {limit} over base{now} before the center {where}."
    if verdict == "break-even":
        return (
            f"At AHT +{fmt.short_percent(increase)} the sales column is exactly at "
            "break-even; any more handle time makes it a cost center."
        )
    if edge <= 0:
        return None
    return (
        f"AHT is {points_words(increase - edge)} past the break-even increase of "
        f"{fmt.short_percent(edge)}."
    )


def staffing_sentence(result: Result) -> str | None:
    """What the AHT increase means in heads, naming what sets the number of agents; None in
    the linear model."""
    staffing = result.staffing
    if staffing is None:
        return None
    inputs = result.inputs
    level = service_level(inputs)
    cap = f"keep occupancy at or under {fmt.short_percent(inputs.occ)}"
    to = {
        "service level": f"to hold {level}",
        "occupancy": f"to {cap}",
        "both": f"to hold {level} and {cap}",
    }[staffing.sales.binding]
    cost = (
        f"cost per call {fmt.per_call(result.service.cost_per_call)} → "
        f"{fmt.per_call(result.sales.cost_per_call)}"
    )
    if not inputs.aht_increase:
        return (
            f"Selling adds no handle time: both columns need "
            f"{plural(staffing.sales.agents, 'agent')} on the phones "
            f"({staffing.sales_heads} to schedule) {to}; {cost}."
        )
    change = f"AHT +{fmt.short_percent(inputs.aht_increase)}"
    extra = staffing.extra_agents
    if extra == 0:
        return f"{change} needs no more agents {to}; {cost}."
    heads = staffing.extra_heads
    payroll = f"{heads} more on the payroll" if heads else "no more on the payroll"
    return (
        f"{change} needs {extra} more {'agent' if extra == 1 else 'agents'} on the "
        f"phones ({payroll}) {to}; {cost}."
    )


_LINEAR = "in the linear model cost per call comes from cost"


def inert_notes(
    inputs: Inputs,
    names: Iterable[str],
    *,
    margin_of_price: bool = False,
    calls_per_hour: bool = False,
    settings: Sequence[Setting] = (),
) -> list[str]:
    """One line for each changed key that cannot change the verdict here, with the setting
    that would make it matter; true of the answer it sits under (a rate per month makes
    days count, a rate per hour makes hours count)."""
    staffed = inputs.staffed
    periods = {setting.period for setting in settings if setting.period}
    notes: list[str] = []
    for name in dict.fromkeys(names):
        if name == "price" and not margin_of_price:
            notes.append(
                f"Price moves revenue but not the net margin: the margin is a fixed "
                f"{fmt.money(inputs.margin)} a sale (write margin=23% to make it "
                "follow the price)."
            )
        elif name == "aht" and not staffed:
            notes.append(
                f"Base AHT does not move the cost: {_LINEAR} (set wage=$22 to cost "
                "handle time through staffing)."
            )
        elif name in ("sl", "shrink", "occ", "overhead") and not staffed:
            notes.append(f"{name} only counts with staffing: {_LINEAR} (set wage=$22).")
        elif name == "hours" and not staffed and not calls_per_hour and "hour" not in periods:
            notes.append(
                "Open hours only count for per-hour call rates and for staffing (set wage=$22)."
            )
        elif name == "cost" and staffed:
            notes.append(
                "cost is not used while wage is set: cost per call comes from "
                "staffing (write wage=none for the linear model)."
            )
        elif name == "days" and periods & {"month", "week", "year"}:
            notes.append(
                "Operating days change the per-year figures, and here the per-day ones too: "
                "a rate per month, week or year is spread over the operating days."
            )
        elif name == "days":
            notes.append("Operating days change the per-year figures, never the verdict.")
        elif name == "invest":
            notes.append("A launch cost changes payback and first-year ROI, never the verdict.")
        elif name == "fee" and inputs.fee and not inputs.paid:
            notes.append(
                f"A {fmt.money(inputs.fee)} fee changes nothing until some calls pay it "
                "(write paid=10%)."
            )
        elif name == "paid" and inputs.paid and not inputs.fee:
            notes.append("Calls paying a fee change nothing while the fee is $0 (write fee=$2).")
    return notes


def answer_sentences(result: Result) -> tuple[list[str], list[str]]:
    """The sentences under a compute answer's table, in two groups: what selling does
    (the difference, and the staffing it needs), and where the answer turns (break-even
    points, AHT headroom)."""
    what = [difference_sentence(result)]
    staffing = staffing_sentence(result)
    if staffing:
        what.append(staffing)
    where = [breakeven_sentence(result)]
    aht = aht_sentence(result)
    if aht:
        where.append(aht)
    return what, where


def origin(source: str, changes: str = "", *, kind: str = "what-if") -> tuple[str, ...]:
    """Where an answer starts and what was typed on top: `From q3 v2 · what-if: calls+20%`."""
    if not changes:
        return (f"From {source}",)
    return (f"From {source} · {kind}: ", Quoted(changes))
