"""The value model: both columns, the differences and the break-even points, in Decimal."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Context, Decimal, localcontext
from typing import Literal

from calc.erlang import Staffing, staff
from calc.errors import Refusal
from calc.inputs import MAX_AHT_INCREASE, Inputs

Verdict = Literal["profit center", "cost center", "break-even"]
ZERO = Decimal(0)
ONE = Decimal(1)
STEP = Decimal("0.0001")  # max_aht_increase is searched to 0.01%
CONTEXT = Context(prec=34)  # room for 10^12 money × 10^9 calls × 366 days, to the cent


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
    """Section 7's staffing of both columns."""

    service: Staffing
    sales: Staffing
    service_scheduled: Decimal
    sales_scheduled: Decimal
    service_labor_cost_per_day: Decimal
    sales_labor_cost_per_day: Decimal

    @property
    def extra_agents(self) -> int:
        """Agents on the phones that selling adds."""
        return self.sales.agents - self.service.agents

    @property
    def extra_scheduled(self) -> Decimal:
        """Paid heads (after shrinkage) that selling adds."""
        return self.sales_scheduled - self.service_scheduled


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
    """Profit center above zero, cost center below, break-even at exactly zero."""
    if amount > 0:
        return "profit center"
    if amount < 0:
        return "cost center"
    return "break-even"


def _div(numerator: Decimal, denominator: Decimal) -> Decimal | None:
    return None if denominator == 0 else numerator / denominator


def _staffing(inputs: Inputs, increase: Decimal) -> tuple[Staffing, Decimal, Decimal]:
    """A column's staffing, its paid heads and its labor cost per day."""
    assert inputs.wage is not None
    aht = inputs.aht_s * (ONE + increase)
    load = float(inputs.calls / inputs.hours * aht / 3600)
    plan = staff(load, float(aht), float(inputs.sl), float(inputs.sl_s), float(inputs.occ))
    scheduled = Decimal(plan.agents) / (ONE - inputs.shrink)
    return plan, scheduled, scheduled * inputs.hours * inputs.wage


def _column(
    inputs: Inputs, uplift: Decimal, increase: Decimal, cost_per_call: Decimal
) -> Column:
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
    _, _, labor = _staffing(inputs, increase)
    return labor / inputs.calls + inputs.overhead


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


def evaluate(inputs: Inputs) -> Result:
    """Both columns, the differences and the break-even points of MODEL.md sections 3 and 7."""
    with localcontext(CONTEXT):
        return _evaluate(inputs)


def _evaluate(inputs: Inputs) -> Result:
    increase = inputs.aht_increase
    staffing: StaffingPair | None = None
    if inputs.wage is None:
        service_cpc = inputs.cost
        sales_cpc = inputs.cost * (ONE + increase)
    else:
        service_plan, service_heads, service_labor = _staffing(inputs, ZERO)
        sales_plan, sales_heads, sales_labor = _staffing(inputs, increase)
        service_cpc = service_labor / inputs.calls + inputs.overhead
        sales_cpc = sales_labor / inputs.calls + inputs.overhead
        staffing = StaffingPair(
            service_plan, sales_plan, service_heads, sales_heads, service_labor, sales_labor
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
        max_aht_increase = _max_aht_increase_staffed(inputs, sales)
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
