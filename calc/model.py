"""The value model: both columns, the differences and the break-even points, in Decimal
(docs/model.md, "Formulas", "Break-even points" and "Staffing")."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal, localcontext
from typing import Literal

from calc.erlang import MAX_AGENTS, Staffing, TooManyAgents, staff
from calc.errors import Refusal
from calc.inputs import MAX_AHT_INCREASE, Inputs
from calc.numbers import CONTEXT

Verdict = Literal["profit center", "cost center", "break-even"]
ZERO = Decimal(0)
ONE = Decimal(1)
STEP = Decimal("0.0001")  # max_aht_increase is searched to 0.01%
CENT = Decimal("0.01")


@dataclass(frozen=True)
class Column:
    """One column of Fig. 2: plain service or sales through service."""

    incremental_sales_per_day: Decimal
    sales_per_day: Decimal
    net_conversion: Decimal
    fee_revenue_per_day: Decimal
    revenue_per_day: Decimal
    margin_per_day: Decimal
    aht_s: Decimal
    cost_per_call: Decimal
    service_cost_per_day: Decimal
    net_margin_per_day: Decimal
    retention_value_per_day: Decimal
    value_per_day: Decimal
    revenue_per_year: Decimal
    net_margin_per_year: Decimal
    value_per_year: Decimal
    margin_pct: Decimal | None
    verdict: Verdict
    verdict_with_indirect: Verdict


@dataclass(frozen=True)
class Delta:
    """Sales through service minus plain service."""

    revenue_per_day: Decimal
    net_margin_per_day: Decimal
    revenue_per_year: Decimal
    net_margin_per_year: Decimal
    value_per_year: Decimal


@dataclass(frozen=True)
class Breakeven:
    """Where the answer turns (None where it never does or the question does not apply)."""

    uplift: Decimal | None
    payback_uplift: Decimal | None
    max_aht_increase: Decimal | None
    payback_days: Decimal | None
    first_year_roi: Decimal | None


@dataclass(frozen=True)
class StaffingPair:
    """The staffing of both columns."""

    service: Staffing
    sales: Staffing
    service_load: Decimal  # offered load in erlangs, exact
    sales_load: Decimal
    service_scheduled: Decimal  # agents / (1 - shrink): fractional by the formula
    sales_scheduled: Decimal
    service_labor_cost_per_day: Decimal
    sales_labor_cost_per_day: Decimal

    @property
    def extra_agents(self) -> int:
        """Agents on the phones that selling adds."""
        return self.sales.agents - self.service.agents

    @property
    def extra_scheduled(self) -> Decimal:
        """Paid heads (after shrinkage) that selling adds, as the formula gives them."""
        return self.sales_scheduled - self.service_scheduled

    @property
    def service_heads(self) -> int:
        """Whole people to schedule for the service column (the formula's figure rounded up:
        nobody schedules 0.43 of a person)."""
        return whole_heads(self.service_scheduled)

    @property
    def sales_heads(self) -> int:
        """Whole people to schedule for the sales column."""
        return whole_heads(self.sales_scheduled)

    @property
    def extra_heads(self) -> int:
        """Whole people on the payroll that selling adds."""
        return self.sales_heads - self.service_heads


def whole_heads(scheduled: Decimal) -> int:
    """Scheduled heads rounded up to whole people."""
    return int(scheduled.to_integral_value(rounding=ROUND_CEILING))


@dataclass(frozen=True)
class Result:
    """Everything one computation answers."""

    inputs: Inputs
    service: Column
    sales: Column
    delta: Delta
    breakeven: Breakeven
    staffing: StaffingPair | None


def verdict(amount: Decimal) -> Verdict:
    """Profit center above zero, cost center below, break-even at zero, judged on the amount
    to the cent: the word must agree with the figure a reader sees (`$0` is break-even, even
    when the exact margin at a computed break-even point is 1e-30 off)."""
    cents = amount.quantize(CENT, rounding=ROUND_HALF_UP) if abs(amount) < 1 else amount
    if cents > 0:
        return "profit center"
    if cents < 0:
        return "cost center"
    return "break-even"


def _div(numerator: Decimal, denominator: Decimal) -> Decimal | None:
    return None if denominator == 0 else numerator / denominator


@dataclass(frozen=True)
class ColumnStaffing:
    """One column's staffing: the plan, its exact load, paid heads and labor cost per day."""

    plan: Staffing
    load: Decimal
    scheduled: Decimal
    labor_cost_per_day: Decimal


def _staffing(inputs: Inputs, increase: Decimal, column: str = "sales") -> ColumnStaffing:
    """A column's staffing; a load beyond MAX_AGENTS is refused, naming the column."""
    assert inputs.wage is not None
    aht = inputs.aht_s * (ONE + increase)
    load = inputs.calls / inputs.hours * aht / 3600
    try:
        plan = staff(
            float(load), float(aht), float(inputs.sl), float(inputs.sl_s), float(inputs.occ)
        )
    except TooManyAgents:
        raise Refusal(
            f"the {column} column's load is {load:,.0f} erlangs and would need more than "
            f"{MAX_AGENTS:,} agents",
            "lower calls or aht, or raise hours",
        ) from None
    scheduled = Decimal(plan.agents) / (ONE - inputs.shrink)
    return ColumnStaffing(plan, load, scheduled, scheduled * inputs.hours * inputs.wage)


def _column(inputs: Inputs, uplift: Decimal, increase: Decimal, cost_per_call: Decimal) -> Column:
    calls = inputs.calls
    incremental = calls * uplift * (ONE - inputs.cancel)
    sales = calls * inputs.conv + incremental
    fees = calls * inputs.paid * inputs.fee
    revenue = sales * inputs.price + fees
    margin = sales * inputs.margin + fees
    service_cost = calls * cost_per_call
    net = margin - service_cost
    retention = inputs.retained * inputs.clv
    value = net + retention
    return Column(
        incremental_sales_per_day=incremental,
        sales_per_day=sales,
        net_conversion=sales / calls,
        fee_revenue_per_day=fees,
        revenue_per_day=revenue,
        margin_per_day=margin,
        aht_s=inputs.aht_s * (ONE + increase),
        cost_per_call=cost_per_call,
        service_cost_per_day=service_cost,
        net_margin_per_day=net,
        retention_value_per_day=retention,
        value_per_day=value,
        revenue_per_year=revenue * inputs.days,
        net_margin_per_year=net * inputs.days,
        value_per_year=value * inputs.days,
        margin_pct=_div(net, revenue),
        verdict=verdict(net),
        verdict_with_indirect=verdict(value),
    )


def _staffed_cost_per_call(inputs: Inputs, increase: Decimal) -> Decimal:
    return _staffing(inputs, increase).labor_cost_per_day / inputs.calls + inputs.overhead


def _max_aht_increase_staffed(inputs: Inputs, sales: Column) -> Decimal | None:
    """The largest AHT increase (to 0.01%) at which the sales column's net margin stays >= 0.

    Cost per call only grows with handle time, so a bisection over whole 0.01% steps finds it.
    """
    budget = sales.margin_per_day / inputs.calls  # what one call may cost and break even

    def holds(step: int) -> bool:
        try:
            return _staffed_cost_per_call(inputs, STEP * step) <= budget
        except Refusal:  # beyond what can be staffed: certainly not profitable
            return False

    if not holds(0):
        return None
    low, high = 0, int(MAX_AHT_INCREASE / STEP)
    if holds(high):
        return MAX_AHT_INCREASE
    while high - low > 1:
        middle = (low + high) // 2
        if holds(middle):
            low = middle
        else:
            high = middle
    return STEP * low


def evaluate(inputs: Inputs, *, search: bool = True) -> Result:
    """Both columns, the differences and the break-even points (docs/model.md)."""
    with localcontext(CONTEXT):
        return _evaluate(inputs, search)


def _evaluate(inputs: Inputs, search: bool = True) -> Result:
    increase = inputs.aht_increase
    staffing: StaffingPair | None = None
    if inputs.wage is None:
        service_cpc = inputs.cost
        sales_cpc = inputs.cost * (ONE + increase)
    else:
        plain = _staffing(inputs, ZERO, "service")
        selling = _staffing(inputs, increase, "sales")
        service_cpc = plain.labor_cost_per_day / inputs.calls + inputs.overhead
        sales_cpc = selling.labor_cost_per_day / inputs.calls + inputs.overhead
        staffing = StaffingPair(
            plain.plan,
            selling.plan,
            plain.load,
            selling.load,
            plain.scheduled,
            selling.scheduled,
            plain.labor_cost_per_day,
            selling.labor_cost_per_day,
        )
    service = _column(inputs, ZERO, ZERO, service_cpc)
    sales = _column(inputs, inputs.uplift, increase, sales_cpc)
    delta = Delta(
        revenue_per_day=sales.revenue_per_day - service.revenue_per_day,
        net_margin_per_day=sales.net_margin_per_day - service.net_margin_per_day,
        revenue_per_year=sales.revenue_per_year - service.revenue_per_year,
        net_margin_per_year=sales.net_margin_per_year - service.net_margin_per_year,
        value_per_year=sales.value_per_year - service.value_per_year,
    )
    keep = ONE - inputs.cancel
    fee_per_call = inputs.paid * inputs.fee
    uplift_at_zero = _div(sales_cpc - fee_per_call, inputs.margin)
    if staffing is None:
        payback = _div(inputs.cost * increase, inputs.margin * keep)
        max_aht = _div(sales.margin_per_day, inputs.calls * inputs.cost)
        max_aht_increase = None if max_aht is None else max_aht - ONE
    else:
        payback = _div(sales_cpc - service_cpc, inputs.margin * keep)
        # The one search of an answer; a caller evaluating many answers for one figure of
        # each (solve, levers) may skip it (`search=False`: max_aht_increase is None).
        max_aht_increase = _max_aht_increase_staffed(inputs, sales) if search else None
    invested = inputs.invest > 0
    breakeven = Breakeven(
        uplift=None if uplift_at_zero is None else (uplift_at_zero - inputs.conv) / keep,
        payback_uplift=payback,
        max_aht_increase=max_aht_increase,
        payback_days=(
            inputs.invest / delta.net_margin_per_day
            if invested and delta.net_margin_per_day > 0
            else None
        ),
        first_year_roi=(
            (delta.net_margin_per_year - inputs.invest) / inputs.invest if invested else None
        ),
    )
    return Result(inputs, service, sales, delta, breakeven, staffing)
