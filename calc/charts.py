"""What each chart shows, computed from results: the bars of the margin bridge, the series of
a sweep with its break-even point, the pairs of a comparison, and the alt text that says
the figures in words. Pure: drawing them is bot/charts.py's job (matplotlib).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal, localcontext

from calc import formatting as fmt
from calc.describe import setting_value, settings_text
from calc.inputs import Inputs
from calc.key_types import Key
from calc.levers import Levers
from calc.model import Result
from calc.numbers import CONTEXT
from calc.report import indirect_set
from calc.settings import Setting


@dataclass(frozen=True)
class Step:
    """One bar of the bridge: a total (start or end) or a change between them."""

    label: str
    amount: Decimal
    total: bool = False


@dataclass(frozen=True)
class Bridge:
    """Net margin per day from service only to sales through service, step by step."""

    steps: tuple[Step, ...]
    title: str
    alt: str
    footnote: str = ""  # the inputs that differ from Fig. 2's, for a chart seen alone


def _cause_of_cost(result: Result) -> str:
    return "extra staffing cost" if result.staffing is not None else "extra service cost"


def what_if(inputs: Inputs, leave_out: str = "", prefix: str = "What-if") -> str:
    """The inputs that differ from Fig. 2's reference values, as settings: the line that
    says which what-if a chart shows when it is seen without its answer."""
    parts = [
        part
        for part in settings_text(inputs, changes_only=True).split()
        if not leave_out or not part.startswith(_NAME_OF.get(leave_out, leave_out) + "=")
    ]
    return f"{prefix}: {' '.join(parts)}" if parts else "Fig. 2's reference values"


_NAME_OF = {"aht_s": "aht"}


def bridge(result: Result) -> Bridge:
    """Service net margin → + margin from the extra sales → − cancelled margin → − extra
    service (or staffing) cost → sales net margin. Each step is exact to the model's 34
    digits, so the start plus the changes is the end far below a cent. Fees are the same
    in both columns, so they are no step of their own (the alt text says they are in
    both)."""
    inputs, service, sales = result.inputs, result.service, result.sales
    with localcontext(CONTEXT):
        extra_sales = inputs.calls * inputs.uplift
        gained = extra_sales * inputs.margin
        cancelled = extra_sales * inputs.cancel * inputs.margin
        # The table's own difference in service cost, so the chart and the table say the
        # same figure; the steps add up to the end to 34 significant digits.
        extra_cost = sales.service_cost_per_day - service.service_cost_per_day
    steps = [
        Step("Service only", service.net_margin_per_day, total=True),
        Step("Margin from extra sales", gained),
    ]
    if cancelled:
        steps.append(Step("Cancelled sales", -cancelled))
    steps.append(Step(_cause_of_cost(result).capitalize(), -extra_cost))
    steps.append(Step("Sales through service", sales.net_margin_per_day, total=True))
    verdicts = (
        f"{service.verdict} → {sales.verdict}"
        if service.verdict != sales.verdict
        else f"{service.verdict} either way"
    )
    title = f"Net margin per day: {verdicts}"
    words = [
        f"Net margin per day, service only: {fmt.money(service.net_margin_per_day)}",
        f"margin from extra sales: {fmt.signed_money(gained)}",
    ]
    if cancelled:
        words.append(f"cancelled sales: {fmt.signed_money(-cancelled)}")
    words.append(f"{_cause_of_cost(result)}: {fmt.signed_money(-extra_cost)}")
    words.append(f"sales through service: {fmt.money(sales.net_margin_per_day)}")
    alt = "; ".join(words) + f". {verdicts.capitalize()}."
    if service.fee_revenue_per_day:
        alt += (
            f" Both columns include {fmt.money(service.fee_revenue_per_day)} a day of fee revenue."
        )
    return Bridge(tuple(steps), title, alt, what_if(inputs))


@dataclass(frozen=True)
class Crossing:
    """Where a column's net margin crosses zero within a sweep."""

    column: str  # "service" or "sales"
    at: Decimal
    exact: bool  # the model's own break-even point, or between two rows (interpolated)
    label: str


@dataclass(frozen=True)
class SweepSeries:
    """A sweep as lines: the swept value, each column's net margin per year, agents."""

    key: Key
    x: tuple[Decimal, ...]
    x_labels: tuple[str, ...]
    service: tuple[Decimal, ...]
    sales: tuple[Decimal, ...]
    agents: tuple[int, ...] | None
    crossings: tuple[Crossing, ...]
    title: str
    alt: str
    footnote: str = ""  # the inputs that differ from Fig. 2's, for a chart seen alone


def _exact_edge(key: Key, result: Result) -> Decimal | None:
    if key.name == "uplift":
        return result.breakeven.uplift
    if key.name == "aht_increase" and not result.inputs.staffed:
        return result.breakeven.max_aht_increase
    return None


def sweep_series(key: Key, rows: Sequence[tuple[Setting, Result]]) -> SweepSeries:
    """The sweep's lines and where each crosses zero (exactly where the model has a closed
    form for the swept key, else by straight-line interpolation between the rows)."""
    x = tuple(setting.amount or Decimal(0) for setting, _ in rows)
    service = tuple(result.service.net_margin_per_year for _, result in rows)
    sales = tuple(result.sales.net_margin_per_year for _, result in rows)
    staffed = all(result.staffing is not None for _, result in rows)
    agents = (
        tuple(result.staffing.sales.agents for _, result in rows if result.staffing)
        if staffed
        else None
    )
    crossings: list[Crossing] = []
    for column, values in (("sales", sales), ("service", service)):
        for index in range(len(values) - 1):
            a, b = values[index], values[index + 1]
            if (a < 0 <= b) or (a > 0 >= b) or (a <= 0 < b) or (a >= 0 > b):
                if a == b:
                    continue
                edge = _exact_edge(key, rows[0][1]) if column == "sales" else None
                exact = edge is not None and x[index] <= edge <= x[index + 1]
                at = (
                    edge
                    if exact and edge is not None
                    else x[index] + (x[index + 1] - x[index]) * (-a) / (b - a)
                )
                shown = setting_value(Setting(key, "set", at, key.name, period=rows[0][0].period))
                label = (
                    f"{'With selling' if column == 'sales' else 'Service only'} breaks "
                    f"even at {'' if exact else 'about '}{shown}"
                )
                crossings.append(Crossing(column, at, exact, label))
                break
    first, last = rows[0][0], rows[-1][0]
    words = key.title.split(" ", 1)
    named = key.title if words[0].isupper() else key.title[:1].lower() + key.title[1:]
    title = (
        f"Net margin per year as {named} goes from {setting_value(first)} to {setting_value(last)}"
    )
    alt = (
        f"{title}. Service only: {fmt.compact_money(service[0])} to "
        f"{fmt.compact_money(service[-1])}; with selling: {fmt.compact_money(sales[0])} to "
        f"{fmt.compact_money(sales[-1])}."
    )
    if crossings:
        alt += " " + "; ".join(c.label for c in crossings) + "."
    else:
        alt += " Neither column crosses break-even in this range."
    if agents:
        alt += f" Agents with selling: {agents[0]} to {agents[-1]}."
    labels = tuple(setting_value(setting) for setting, _ in rows)
    footnote = what_if(rows[0][1].inputs, leave_out=key.field)
    return SweepSeries(
        key, x, labels, service, sales, agents, tuple(crossings), title, alt, footnote
    )


@dataclass(frozen=True)
class Pair:
    """One group of bars in a comparison: a measure for both scenarios."""

    label: str
    first: Decimal
    second: Decimal


@dataclass(frozen=True)
class ComparisonBars:
    """Two scenarios' net margin per year (and value with customers kept) by column."""

    first: str
    second: str
    pairs: tuple[Pair, ...]
    title: str
    alt: str
    footnote: str = ""  # the inputs that differ from Fig. 2's, for a chart seen alone


def comparison(first: str, a: Result, second: str, b: Result, both: str = "") -> ComparisonBars:
    """Service only and with selling, net margin per year, side by side; the footnote names
    the settings applied to both (`both`) and each side's launch cost, if either has one."""
    pairs = [
        Pair("Service only", a.service.net_margin_per_year, b.service.net_margin_per_year),
        Pair("With selling", a.sales.net_margin_per_year, b.sales.net_margin_per_year),
    ]
    if indirect_set(a.inputs) or indirect_set(b.inputs):
        pairs.append(
            Pair("With selling, customers kept", a.sales.value_per_year, b.sales.value_per_year)
        )
    title = "Net margin per year, side by side"
    alt = (
        f"Net margin per year, {first} vs {second}. "
        + "; ".join(
            f"{pair.label.lower()}: {first} {fmt.compact_money(pair.first)}, {second} "
            f"{fmt.compact_money(pair.second)}"
            for pair in pairs
        )
        + "."
    )
    notes = [f"Both with: {both}"] if both else []
    if a.inputs.invest or b.inputs.invest:
        notes.append(
            f"launch cost: {first} {fmt.money(a.inputs.invest)}, {second} "
            f"{fmt.money(b.inputs.invest)}"
        )
    return ComparisonBars(first, second, tuple(pairs), title, alt, "; ".join(notes))


@dataclass(frozen=True)
class TornadoBar:
    """One lever: its name, its values at −10% and +10%, and the net a year at each."""

    label: str
    low_text: str
    high_text: str
    net_low: Decimal
    net_high: Decimal


@dataclass(frozen=True)
class Tornado:
    """The levers as bars around today's net a year with selling, the widest on top."""

    today: Decimal
    bars: tuple[TornadoBar, ...]
    title: str
    alt: str
    footnote: str = ""  # the inputs that differ from Fig. 2's, for a chart seen alone


def tornado(found: Levers, most: int = 8) -> Tornado:
    """The tornado of `levers`: at most `most` bars, ranked by swing."""
    from calc.solve_words import value_text

    today = found.result.sales.net_margin_per_year
    bars = tuple(
        TornadoBar(
            lever.key.title,
            value_text(lever.key, lever.low),
            value_text(lever.key, lever.high),
            lever.net_low,
            lever.net_high,
        )
        for lever in found.ranked[:most]
    )
    title = "Net margin a year with selling as each input moves ±10%"
    words = [
        f"{bar.label}: {fmt.compact_money(bar.net_low)} at {bar.low_text}, "
        f"{fmt.compact_money(bar.net_high)} at {bar.high_text}"
        for bar in bars
    ]
    alt = f"{title}. " + ("; ".join(words) if words else "No input moves it") + "."
    return Tornado(today, bars, title, alt, what_if(found.result.inputs))


def plans(results: list[tuple[str, Result]], title: str) -> ComparisonBars:
    """A digest's plans side by side: each plan's net margin per year, service only and
    with selling (two bars a plan)."""
    pairs = tuple(
        Pair(name, result.service.net_margin_per_year, result.sales.net_margin_per_year)
        for name, result in results
    )
    alt = (
        f"{title}. "
        + "; ".join(
            f"{pair.label}: service only {fmt.compact_money(pair.first)}, with selling "
            f"{fmt.compact_money(pair.second)}"
            for pair in pairs
        )
        + "."
    )
    return ComparisonBars("Service only", "With selling", pairs, title, alt)
