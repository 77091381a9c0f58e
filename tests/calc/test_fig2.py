"""Fig. 2 of the WNS paper, row by row, to the cent, and the break-even points of section 3."""

from decimal import Decimal as D

import pytest

from calc.commands import Compute, parse_command
from calc.inputs import REFERENCE_INPUTS
from calc.model import evaluate
from calc.settings import apply


@pytest.fixture(scope="module")
def fig2():
    command = parse_command("calls=9000 aht+10%")
    assert isinstance(command, Compute)
    return evaluate(apply(REFERENCE_INPUTS, command.settings))


# (field, service, sales) as printed in Fig. 2
ROWS = [
    ("incremental_sales_per_day", D(0), D(720)),
    ("sales_per_day", D(180), D(900)),
    ("net_conversion", D("0.02"), D("0.10")),
    ("revenue_per_day", D(27000), D(135000)),
    ("margin_per_day", D(6300), D(31500)),
    ("cost_per_call", D("2.50"), D("2.75")),
    ("service_cost_per_day", D(22500), D(24750)),
    ("net_margin_per_day", D(-16200), D(6750)),
    ("revenue_per_year", D(9855000), D(49275000)),
    ("net_margin_per_year", D(-5913000), D(2463750)),
    ("margin_pct", D("-0.60"), D("0.05")),
    ("aht_s", D(640), D(704)),
]


@pytest.mark.parametrize(("field", "service", "sales"), ROWS)
def test_fig2_row(fig2, field, service, sales):
    """Each Fig. 2 row matches exactly, both columns."""
    assert getattr(fig2.service, field) == service
    assert getattr(fig2.sales, field) == sales


def test_fig2_verdicts_and_delta(fig2):
    """Service alone is a cost center; sales through service turns it into a profit center."""
    assert fig2.service.verdict == "cost center"
    assert fig2.sales.verdict == "profit center"
    assert fig2.delta.net_margin_per_day == D(22950)
    assert fig2.delta.net_margin_per_year == D(8376750)
    assert fig2.delta.revenue_per_year == D(39420000)


def test_fig2_breakeven(fig2):
    """Section 3's break-even figures: 5.857%, 0.714%, 40%; no invest, so no payback."""
    breakeven = fig2.breakeven
    assert breakeven.uplift.quantize(D("0.00001")) == D("0.05857")
    assert breakeven.payback_uplift.quantize(D("0.00001")) == D("0.00714")
    assert breakeven.max_aht_increase == D("0.4")
    assert breakeven.payback_days is None and breakeven.first_year_roi is None


def test_money_is_exact_decimal(fig2):
    """$2.50 × 1.10 is exactly $2.75: no binary floating point anywhere in the money."""
    assert isinstance(fig2.sales.cost_per_call, D)
    assert str(fig2.sales.cost_per_call.normalize()) == "2.75"


def test_plain_roi_is_fig2():
    """With no settings at all the reference values are Fig. 2's."""
    result = evaluate(REFERENCE_INPUTS)
    assert result.sales.net_margin_per_day == D(6750)


def test_breakeven_uplift_really_breaks_even(fig2):
    """At the break-even uplift the sales column's net margin is zero (to a millionth of a
    cent), and the max AHT increase puts it back to zero too."""
    at_uplift = evaluate(fig2.inputs.with_values(**{"uplift": fig2.breakeven.uplift}))
    assert abs(at_uplift.sales.net_margin_per_day) < D("0.00001")
    at_aht = evaluate(fig2.inputs.with_values(**{"aht_increase": fig2.breakeven.max_aht_increase}))
    assert at_aht.sales.net_margin_per_day == 0
    assert at_aht.sales.verdict == "break-even"


def test_invest_payback_and_roi():
    """invest gives payback days and first-year ROI from the daily and annual difference."""
    inputs = apply(REFERENCE_INPUTS, parse_command("invest=$229,500").settings)
    result = evaluate(inputs)
    assert result.breakeven.payback_days == D(10)  # 229,500 / 22,950
    assert result.breakeven.first_year_roi == (D(8376750) - D(229500)) / D(229500)


def test_indirect_value_and_fees():
    """Fees count as revenue and margin; retention value changes only the indirect verdict."""
    inputs = apply(
        REFERENCE_INPUTS,
        parse_command("fee=$5 paid=10% retained=200 clv=$100 uplift=0 aht+0%").settings,
    )
    result = evaluate(inputs)
    assert result.service.fee_revenue_per_day == D(4500)
    assert result.service.net_margin_per_day == D(6300 + 4500 - 22500)
    assert result.service.verdict == "cost center"
    assert result.service.value_per_day == D(6300 + 4500 - 22500 + 20000)
    assert result.service.verdict_with_indirect == "profit center"


def test_cancellations_reduce_only_incremental_sales():
    """cancel applies to the incremental sales, not to base conversion."""
    result = evaluate(apply(REFERENCE_INPUTS, parse_command("cancel=25%").settings))
    assert result.sales.incremental_sales_per_day == D(540)
    assert result.sales.sales_per_day == D(720)
    assert result.service.sales_per_day == D(180)


def test_zero_margin_gives_null_breakeven():
    """Where a denominator is zero the break-even point is None, not an error."""
    result = evaluate(apply(REFERENCE_INPUTS, parse_command("margin=0").settings))
    assert result.breakeven.uplift is None
    assert result.breakeven.payback_uplift is None
