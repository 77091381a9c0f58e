"""Every word a reply says about results: table rows, headlines and sentences, for each kind
of answer (compute, break-even, compare, sweep, list, history).

The Slack blocks, the terminal text, the Home tab and the charts' alt text all take their
words from here and only lay them out, so they can never disagree about a figure. Each
sentence is chosen by the situation the numbers are in, so that it is true of them: a
director quotes the sentence, not the table (tests/calc/test_truth.py checks every claim
against the numbers it names).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from calc import formatting as fmt
from calc.describe import service_level, setting_value
from calc.inputs import MAX_AHT_INCREASE, Inputs
from calc.keys import Key
from calc.model import Column, Result, Verdict, verdict
from calc.settings import Setting


class Quoted(str):
    """Text a user typed (a note, a what-if, a command): Slack shows it inert, the terminal
    exactly as typed."""

    __slots__ = ()


@dataclass(frozen=True)
class Person:
    """Someone who did something: a Slack user id (shown as a mention) or a plain name."""

    id: str


@dataclass(frozen=True)
class Moment:
    """A point in time (ISO 8601, UTC), shown in the reader's own time zone where possible."""

    iso: str


Cell = str | Person | Moment
Row = tuple[Cell, ...]
HEADINGS: Row = ("", "Service only", "Sales through service", "Difference")


# -- small words ------------------------------------------------------------------------


def _title(text: str) -> str:
    return text[:1].upper() + text[1:]


def _is(verdict: Verdict) -> str:
    """`a profit center`, `a cost center`, `at break-even`."""
    return "at break-even" if verdict == "break-even" else f"a {verdict}"


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def _points(value: Decimal) -> str:
    """A difference of two rates in words: 0.071 → `7.1 points`."""
    text = fmt.number(value.scaleb(2), 1)
    return f"{text} point" if text == "1" else f"{text} points"


def is_zero(per_day: Decimal) -> bool:
    """The one rule for "nothing" in any sentence of a reply: a figure a day that the
    verdict calls break-even (under half a cent), so no two sentences disagree."""
    return verdict(per_day) == "break-even"


def _signed_year(result: Result) -> str:
    """What selling does to the year: `adds $8,376,750 a year`, `costs $1,200 a year`, or
    `changes nothing` (the zero rule, on the day's difference)."""
    if is_zero(result.delta.net_margin_per_day):
        return "changes nothing"
    amount = result.delta.net_margin_per_year
    return f"{'adds' if amount > 0 else 'costs'} {fmt.money(abs(amount))} a year"


def indirect_set(inputs: Inputs) -> bool:
    """True when customers kept are counted (retained and clv both set)."""
    return bool(inputs.retained and inputs.clv)


# -- the compute answer -----------------------------------------------------------------


def _row(
    label: str,
    result: Result,
    pick: Callable[[Column], Decimal],
    show: Callable[[Decimal], str],
    diff: Callable[[Decimal], str] | None,
) -> Row:
    service, sales = pick(result.service), pick(result.sales)
    return (label, show(service), show(sales), diff(sales - service) if diff else "")


def table_rows(result: Result) -> list[Row]:
    """Fig. 2 row by row (with rows for fees, retention and staffing when they apply)."""
    inputs = result.inputs
    money, signed = fmt.money, fmt.signed_money
    rows = [
        _row("Net conversion", result, lambda c: c.net_conversion, fmt.percent, fmt.points),
        _row("Sales per day", result, lambda c: c.sales_per_day, fmt.count, fmt.signed_count),
        _row("Handle time", result, lambda c: c.aht_s, fmt.duration, fmt.signed_duration),
        _row("Revenue per day", result, lambda c: c.revenue_per_day, money, signed),
        _row("Margin per day", result, lambda c: c.margin_per_day, money, signed),
        _row("Cost per call", result, lambda c: c.cost_per_call, fmt.per_call, fmt.signed_per_call),
        _row("Service cost per day", result, lambda c: c.service_cost_per_day, money, signed),
        _row("Net margin per day", result, lambda c: c.net_margin_per_day, money, signed),
        _row("Revenue per year", result, lambda c: c.revenue_per_year, money, signed),
        _row("Net margin per year", result, lambda c: c.net_margin_per_year, money, signed),
    ]
    if inputs.fee and inputs.paid:
        rows.insert(
            4, _row("Fee revenue per day", result, lambda c: c.fee_revenue_per_day, money, signed)
        )
    if indirect_set(inputs):
        rows.append(
            _row(
                "Value per year (with customers kept)",
                result,
                lambda c: c.value_per_year,
                money,
                signed,
            )
        )

    def margin_pct(column: Column) -> str:
        return "n/a" if column.margin_pct is None else fmt.short_percent(column.margin_pct, 1)

    rows.append(("Margin %", margin_pct(result.service), margin_pct(result.sales), ""))
    staffing = result.staffing
    if staffing is not None:
        service, sales = staffing.service, staffing.sales

        def binding(binds: str) -> str:
            return {
                "service level": f"{service_level(inputs)} target",
                "occupancy": f"{fmt.short_percent(inputs.occ)} occupancy cap",
                "both": "both",
            }[binds]

        rows += [
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
    return rows


def _pair(service: Verdict, sales: Verdict, selling: str = "with sales through service") -> str:
    if service == sales:
        return f"{_title(service)} either way"
    return f"{_title(service)} → {_title(sales)} {selling}"


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
        text += f"; selling {_signed_year(result)}"
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
                f"{_is(with_selling)} with selling and without."
            )
        else:
            text += (
                f" Counting {kept} a day of customers kept, the center is "
                f"{_is(with_selling)} with selling and {_is(without)} without."
            )
    return text


def _reachable(inputs: Inputs, uplift: Decimal) -> bool:
    """An uplift that net conversion can take (at most 100%)."""
    return inputs.conv + uplift * (1 - inputs.cancel) <= 1


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
    elif not _reachable(inputs, uplift):
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
        elif not _reachable(inputs, payback):
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
        f"AHT is {_points(increase - edge)} past the break-even increase of "
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
            f"{_plural(staffing.sales.agents, 'agent')} on the phones "
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


# -- break-even points --------------------------------------------------------------------


def breakeven_lines(result: Result) -> list[tuple[str, str, str]]:
    """Each break-even point with its value and what it means, for `/roi breakeven`. A
    negative or meaningless point is never shown as if it were one (JSON keeps the
    formula's value)."""
    inputs, breakeven = result.inputs, result.breakeven
    uplift, payback, edge = (breakeven.uplift, breakeven.payback_uplift, breakeven.max_aht_increase)
    lines: list[tuple[str, str, str]] = []
    if uplift is None:
        lines.append(
            (
                "Break-even uplift",
                "none",
                "with no margin per sale, uplift cannot change the net margin",
            )
        )
    elif uplift < 0:
        lines.append(
            (
                "Break-even uplift",
                "below 0%",
                "with selling the center is a profit center at any uplift",
            )
        )
    elif not _reachable(inputs, uplift):
        lines.append(
            (
                "Break-even uplift",
                fmt.short_percent(uplift),
                "more than any uplift can give: net conversion would pass 100%",
            )
        )
    else:
        lines.append(
            (
                "Break-even uplift",
                fmt.short_percent(uplift),
                "the uplift at which the center breaks even with selling (the sales "
                "column's net margin is $0)",
            )
        )
    if payback is None:
        lines.append(
            (
                "Payback uplift",
                "none",
                "with no margin per sale, no uplift covers the extra handle time",
            )
        )
    elif payback <= 0:
        lines.append(("Payback uplift", "0%", "selling adds no handle-time cost"))
    else:
        lines.append(
            (
                "Payback uplift",
                fmt.short_percent(payback),
                "the uplift at which selling's extra margin just covers its own extra handle time",
            )
        )
    now = f" (+{fmt.short_percent(inputs.aht_increase)} now)"
    if edge is None and not inputs.staffed:
        lines.append(("Max AHT increase", "no limit", "handle time costs nothing here (cost=$0)"))
    elif edge is None or edge < 0:
        lines.append(
            (
                "Max AHT increase",
                "none",
                "the sales column is a cost center even with no extra handle time",
            )
        )
    elif edge == 0:
        lines.append(
            (
                "Max AHT increase",
                "0%",
                "the sales column breaks even only with no extra handle time",
            )
        )
    else:
        limit = "over 1000%" if edge >= MAX_AHT_INCREASE else fmt.short_percent(edge)
        lines.append(
            (
                "Max AHT increase",
                limit,
                f"how far handle time can rise over base before the sales column "
                f"falls back to $0{now}",
            )
        )
    if inputs.invest:
        days = breakeven.payback_days
        roi = breakeven.first_year_roi
        lines += [
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
    return lines


# -- compare ------------------------------------------------------------------------------


def compare_rows(first: str, a: Result, second: str, b: Result) -> list[Row]:
    """Two answers side by side, with the difference (second minus first)."""

    def line(
        label: str,
        pick: Callable[[Result], Decimal | None],
        show: Callable[[Decimal], str],
        diff: Callable[[Decimal], str] | None = None,
    ) -> Row:
        va, vb = pick(a), pick(b)
        delta = diff(vb - va) if diff and va is not None and vb is not None else ""
        return (
            label,
            "none" if va is None else show(va),
            "none" if vb is None else show(vb),
            delta,
        )

    rows: list[Row] = [
        ("", first, second, "Difference"),
        (
            "Verdict (service → selling)",
            f"{a.service.verdict} → {a.sales.verdict}",
            f"{b.service.verdict} → {b.sales.verdict}",
            "",
        ),
        line(
            "Net conversion with selling", lambda r: r.sales.net_conversion, fmt.percent, fmt.points
        ),
        line(
            "Revenue per year with selling",
            lambda r: r.sales.revenue_per_year,
            fmt.money,
            fmt.signed_money,
        ),
        line(
            "Cost per call with selling",
            lambda r: r.sales.cost_per_call,
            fmt.per_call,
            fmt.signed_per_call,
        ),
        line(
            "Net margin per year, service only",
            lambda r: r.service.net_margin_per_year,
            fmt.money,
            fmt.signed_money,
        ),
        line(
            "Net margin per year with selling",
            lambda r: r.sales.net_margin_per_year,
            fmt.money,
            fmt.signed_money,
        ),
        line(
            "Selling adds per year",
            lambda r: r.delta.net_margin_per_year,
            fmt.signed_money,
            fmt.signed_money,
        ),
    ]
    if indirect_set(a.inputs) or indirect_set(b.inputs):
        rows.append(
            line(
                "Value per year with selling (customers kept)",
                lambda r: r.sales.value_per_year,
                fmt.money,
                fmt.signed_money,
            )
        )
    if a.inputs.invest or b.inputs.invest:
        rows.append(line("Launch cost", lambda r: r.inputs.invest, fmt.money, fmt.signed_money))
        rows.append(("Payback", _payback_cell(a), _payback_cell(b), ""))
        rows.append(("First-year ROI", _roi_cell(a), _roi_cell(b), ""))
    uplifts = [_uplift_cell(result) for result in (a, b)]
    edges = [_edge(result) for result in (a, b)]
    rows += [("Break-even uplift", *uplifts, ""), ("Max AHT increase", *edges, "")]
    return rows


def _uplift_cell(result: Result) -> str:
    uplift = result.breakeven.uplift
    if uplift is None:
        return "none"
    return "below 0%" if uplift < 0 else fmt.short_percent(uplift)


def _payback_cell(result: Result) -> str:
    """Payback in days; "—" with no launch cost (nothing to pay back); "never"."""
    if not result.inputs.invest:
        return "—"
    days = result.breakeven.payback_days
    return "never" if days is None else f"{fmt.number(days, 1)} days"


def _roi_cell(result: Result) -> str:
    roi = result.breakeven.first_year_roi
    return (
        "—" if not result.inputs.invest else ("n/a" if roi is None else fmt.short_percent(roi, 1))
    )


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


# -- sweep --------------------------------------------------------------------------------


def sweep_title(
    key: Key, first: Setting, last: Setting, count: int, relative: tuple[str, str] | None = None
) -> str:
    """`Uplift from 2% to 10%: 9 values`; a sweep of changes says both: `Calls +0% to +50%
    (9,000 to 13,500): 6 values`."""
    span = f"{setting_value(first)} to {setting_value(last)}"
    if relative is not None:
        return f"{key.title} {relative[0]} to {relative[1]} ({span}): {_plural(count, 'value')}"
    return f"{key.title} from {span}: {_plural(count, 'value')}"


def sweep_rows(key: Key, rows: Sequence[tuple[Setting, Result]]) -> list[Row]:
    """One row per swept value; agents where staffed, payback where a launch cost is set."""
    staffed = rows[0][1].staffing is not None
    invested = any(result.inputs.invest for _, result in rows)
    heading: list[Cell] = [
        f"{key.title} (swept)",
        "Verdict with selling",
        "Net margin/yr (service)",
        "Net margin/yr (selling)",
        "Difference/yr",
    ]
    if staffed:
        heading.insert(2, "Agents (selling)")
    if invested:
        heading += ["Payback", "First-year ROI"]
    out: list[Row] = [tuple(heading)]
    for setting, result in rows:
        row: list[Cell] = [
            setting_value(setting),
            result.sales.verdict,
            fmt.money(result.service.net_margin_per_year),
            fmt.money(result.sales.net_margin_per_year),
            fmt.signed_money(result.delta.net_margin_per_year),
        ]
        if staffed:
            assert result.staffing is not None
            row.insert(2, str(result.staffing.sales.agents))
        if invested:
            row += [_payback_cell(result), _roi_cell(result)]
        out.append(tuple(row))
    return out


def key_words(key: Key) -> str:
    """A key's title inside a sentence: lower case, but an acronym stays (`AHT increase`)."""
    first = key.title.split(" ", 1)[0]
    return key.title if first.isupper() else key.title[:1].lower() + key.title[1:]


def _exact_edge(key: Key, result: Result) -> Decimal | None:
    if key.name == "uplift":
        return result.breakeven.uplift
    if key.name == "aht_increase":
        return result.breakeven.max_aht_increase
    return None


def _turns(label: str, key: Key, rows: Sequence[tuple[Setting, Result]], column: str) -> list[str]:
    """Where one column's verdict changes across the sweep: between two rows, or at a row
    that is exactly at break-even (named as such, never "turns … to at break-even")."""
    words = key_words(key)
    sentences = []
    verdicts = [getattr(result, column).verdict for _, result in rows]
    for index, (setting, result) in enumerate(rows):
        here = verdicts[index]
        if here == "break-even":
            before = verdicts[index - 1] if index else None
            after = verdicts[index + 1] if index + 1 < len(rows) else None
            sides = [
                f"{_is(v)} {side}"
                for v, side in ((before, "below"), (after, "above"))
                if v is not None and v != "break-even"
            ]
            tail = f" ({' and '.join(sides)} it)" if sides else ""
            sentences.append(
                f"{label}, the center breaks even at {words} {setting_value(setting)}{tail}."
            )
            continue
        if index + 1 < len(rows) and verdicts[index + 1] not in (here, "break-even"):
            after_setting, _ = rows[index + 1]
            exact = ""
            edge = _exact_edge(key, result) if column == "sales" else None
            if edge is not None and (setting.amount or 0) <= edge <= (after_setting.amount or 0):
                exact = f" (break-even at {fmt.short_percent(edge)})"
            sentences.append(
                f"{label}, the center turns from {_is(here)} to {_is(verdicts[index + 1])} "
                f"between {words} {setting_value(setting)} and "
                f"{setting_value(after_setting)}{exact}."
            )
    return sentences


def sweep_sentences(
    key: Key,
    rows: Sequence[tuple[Setting, Result]],
    *,
    margin_of_price: bool = False,
    settings: Sequence[Setting] = (),
) -> list[str]:
    """Where the verdicts change across the sweep, and why the rows do not move when the
    swept key cannot move them."""
    sentences = _turns("With selling", key, rows, "sales")
    sentences += _turns("Service only", key, rows, "service")
    first = rows[0][1].inputs
    calls_per_hour = rows[0][0].period == "hour" if key.name == "calls" else False
    notes = inert_notes(
        first,
        [key.name],
        margin_of_price=margin_of_price,
        calls_per_hour=calls_per_hour,
        settings=(*settings, rows[0][0]),
    )
    if key.name == "invest" and any(not result.inputs.invest for _, result in rows):
        notes.append("With no launch cost (the $0 row) there is nothing to pay back.")
    still = len({(r.service.net_margin_per_day, r.sales.net_margin_per_day) for _, r in rows}) == 1
    if still and not notes:
        notes.append(f"Net margin does not change across this range of {key_words(key)}.")
    return sentences + notes


# -- list and history ---------------------------------------------------------------------


@dataclass(frozen=True)
class Saved:
    """A stored version as the words need it (the store's own type stays in bot/)."""

    name: str
    version: int
    saved_by: str
    saved_at: str
    command: str = ""
    note: str = ""
    restored_from: int | None = None


def list_rows(items: Sequence[tuple[Saved, Result]]) -> list[Row]:
    """The team's scenarios, each with its verdicts, who saved it and when."""
    rows: list[Row] = [
        (
            "Scenario",
            "Version",
            "Verdict (service → selling)",
            "Net margin/yr with selling",
            "Selling adds/yr",
            "Saved by",
            "Saved",
        )
    ]
    for saved, result in items:
        rows.append(
            (
                Quoted(saved.name),
                f"v{saved.version}",
                f"{result.service.verdict} → {result.sales.verdict}",
                fmt.money(result.sales.net_margin_per_year),
                fmt.signed_money(result.delta.net_margin_per_year),
                Person(saved.saved_by),
                Moment(saved.saved_at),
            )
        )
    return rows


def card(result: Result) -> str:
    """A scenario in one line, for the Home tab: its verdicts (service → selling), its net
    margin a year with selling, and what selling does to the year."""
    service, sales = result.service, result.sales
    text = (
        f"{service.verdict} → {sales.verdict} · "
        f"net margin {fmt.money(sales.net_margin_per_year)} a year with selling · "
        f"selling {_signed_year(result)}"
    )
    if indirect_set(result.inputs):
        text += (
            f" · counting customers kept: {service.verdict_with_indirect} → "
            f"{sales.verdict_with_indirect}"
        )
    return text


def history_rows(items: Sequence[tuple[Saved, Result]]) -> list[Row]:
    """Versions newest first, with who saved each, when, and what it concluded."""
    rows: list[Row] = [("Version", "Saved", "By", "Verdict with selling", "Command", "Note")]
    for saved, result in items:
        origin_note = f" (restored v{saved.restored_from})" if saved.restored_from else ""
        rows.append(
            (
                f"v{saved.version}{origin_note}",
                Moment(saved.saved_at),
                Person(saved.saved_by),
                result.sales.verdict,
                Quoted(saved.command),
                Quoted(saved.note),
            )
        )
    return rows


def text_table(rows: Sequence[Sequence[str]]) -> str:
    """Rows as aligned plain text: the first column left, the rest right."""
    if not rows:
        return ""
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = []
    for row in rows:
        cells = [row[0].ljust(widths[0])]
        cells += [cell.rjust(width) for cell, width in zip(row[1:], widths[1:], strict=True)]
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines)
