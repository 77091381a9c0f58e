"""What every reply says about a result, as text: the table rows and the sentences.

The CLI, the console and the Slack blocks all take their words from here, so the three can
never disagree about a figure.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from calc import formatting as fmt
from calc.describe import service_level
from calc.model import Column, Result

Row = tuple[str, str, str, str]
HEADINGS: Row = ("", "Service only", "Sales through service", "Difference")


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
    rows = [
        _row("Net conversion", result, lambda c: c.net_conversion, fmt.percent, fmt.points),
        _row("Sales per day", result, lambda c: c.sales_per_day, fmt.count, fmt.signed_count),
        _row("Handle time", result, lambda c: c.aht_s, fmt.duration, fmt.signed_duration),
        _row("Revenue per day", result, lambda c: c.revenue_per_day, fmt.money,
             fmt.signed_money),
        _row("Margin per day", result, lambda c: c.margin_per_day, fmt.money, fmt.signed_money),
        _row("Cost per call", result, lambda c: c.cost_per_call, fmt.money, fmt.signed_money),
        _row("Service cost per day", result, lambda c: c.service_cost_per_day, fmt.money,
             fmt.signed_money),
        _row("Net margin per day", result, lambda c: c.net_margin_per_day, fmt.money,
             fmt.signed_money),
        _row("Revenue per year", result, lambda c: c.revenue_per_year, fmt.money,
             fmt.signed_money),
        _row("Net margin per year", result, lambda c: c.net_margin_per_year, fmt.money,
             fmt.signed_money),
    ]
    if inputs.fee and inputs.paid:
        rows.insert(4, _row("Fee revenue per day", result, lambda c: c.fee_revenue_per_day,
                            fmt.money, fmt.signed_money))
    if inputs.retained and inputs.clv:
        rows.append(_row("Value per year (with retention)", result, lambda c: c.value_per_year,
                         fmt.money, fmt.signed_money))

    def margin_pct(column: Column) -> str:
        return "n/a" if column.margin_pct is None else fmt.short_percent(column.margin_pct, 1)

    rows.append(("Margin %", margin_pct(result.service), margin_pct(result.sales), ""))
    staffing = result.staffing
    if staffing is not None:
        service, sales = staffing.service, staffing.sales
        rows += [
            ("Agents on the phones", str(service.agents), str(sales.agents),
             f"{staffing.extra_agents:+d}"),
            ("Scheduled (after shrink)", fmt.number(staffing.service_scheduled, 1),
             fmt.number(staffing.sales_scheduled, 1),
             fmt.signed_count(staffing.extra_scheduled.quantize(Decimal("0.1")))),
            ("Service level", f"{service.service_level:.1%}", f"{sales.service_level:.1%}", ""),
            ("Average speed of answer", f"{service.asa_s:.1f} s", f"{sales.asa_s:.1f} s", ""),
            ("Occupancy", f"{service.occupancy:.1%}", f"{sales.occupancy:.1%}", ""),
        ]
    return rows


def _title(verdict: str) -> str:
    return verdict[:1].upper() + verdict[1:]


def headline(result: Result) -> str:
    """The verdicts: `Cost center → Profit center with sales through service`."""
    service, sales = result.service.verdict, result.sales.verdict
    if service == sales:
        return f"{_title(service)} either way; sales through service changes the margin by " \
               f"{fmt.signed_money(result.delta.net_margin_per_year)} a year"
    return f"{_title(service)} → {_title(sales)} with sales through service"


def difference_sentence(result: Result) -> str:
    """The difference per day and per year, in words."""
    delta = result.delta.net_margin_per_day
    if delta == 0:
        return "Sales through service leaves the net margin unchanged."
    verb = "adds" if delta > 0 else "costs"
    text = (f"Sales through service {verb} {fmt.money(abs(delta))} of net margin a day, "
            f"{fmt.money(abs(result.delta.net_margin_per_year))} a year.")
    inputs = result.inputs
    if inputs.retained and inputs.clv:
        with_retention = result.sales.verdict_with_indirect
        text += (f" Counting {fmt.money(result.service.retention_value_per_day)} a day of "
                 f"customers kept, the center is a {with_retention} with selling and a "
                 f"{result.service.verdict_with_indirect} without.")
    return text


def breakeven_sentence(result: Result) -> str:
    """The break-even points in one line."""
    breakeven = result.breakeven
    parts = []
    if breakeven.uplift is None:
        parts.append("With no margin per sale, no uplift pays for selling")
    elif breakeven.uplift <= 0:
        parts.append("The center is profitable with selling at any uplift")
    else:
        parts.append(f"Selling pays for itself above {fmt.short_percent(breakeven.uplift)} "
                     "uplift")
    max_aht = breakeven.max_aht_increase
    # None in the staffed model means no AHT increase keeps the sales column profitable; in
    # the linear model it means cost is $0 (nothing to say), and a negative edge means the same.
    if (max_aht is None and result.inputs.staffed) or (max_aht is not None and max_aht < 0):
        parts.append("even with no extra handle time the sales column is a cost center")
    elif max_aht is not None:
        parts.append(f"AHT can rise {fmt.short_percent(max_aht)} before the center slips back "
                     "to a cost center")
    text = "; ".join(parts) + "."
    if breakeven.payback_days is not None:
        text += f" The {fmt.money(result.inputs.invest)} launch pays back in " \
                f"{fmt.number(breakeven.payback_days, 1)} operating days."
    return text


def staffing_sentence(result: Result) -> str | None:
    """What the AHT increase means in heads, or None in the linear model."""
    staffing = result.staffing
    if staffing is None:
        return None
    inputs = result.inputs
    heads = staffing.extra_scheduled.quantize(Decimal(1))
    change = f"AHT +{fmt.short_percent(inputs.aht_increase)}"
    cost = (f"cost per call {fmt.money(result.service.cost_per_call)} → "
            f"{fmt.money(result.sales.cost_per_call)}")
    if staffing.extra_agents == 0:
        return f"{change} needs no more agents to hold {service_level(inputs)}; {cost}."
    return (f"{change} needs {staffing.extra_agents} more agents on the phones ({heads} more "
            f"on the payroll) to hold {service_level(inputs)}; {cost}.")


def breakeven_lines(result: Result) -> list[tuple[str, str, str]]:
    """Each break-even point with its value and what it means, for `/roi breakeven`."""
    breakeven = result.breakeven

    def pct(value: Decimal | None) -> str:
        return "none" if value is None else fmt.short_percent(value)

    lines = [
        ("Break-even uplift", pct(breakeven.uplift),
         "the uplift at which the sales column's net margin is exactly $0"),
        ("Payback uplift", pct(breakeven.payback_uplift),
         "the uplift that just pays for the extra handle time"),
        ("Max AHT increase", pct(breakeven.max_aht_increase),
         "how far handle time can grow before the sales column falls back to $0"),
    ]
    if result.inputs.invest:
        days = breakeven.payback_days
        roi = breakeven.first_year_roi
        lines += [
            ("Payback", "never" if days is None else f"{fmt.number(days, 1)} days",
             f"operating days to earn back the {fmt.money(result.inputs.invest)} launch"),
            ("First-year ROI", "n/a" if roi is None else fmt.short_percent(roi, 1),
             "the first year's extra net margin less the launch, over the launch"),
        ]
    return lines


def text_table(rows: list[Row] | list[tuple[str, ...]]) -> str:
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
