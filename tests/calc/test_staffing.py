"""Staffing-aware cost (docs/model.md, "Staffing"): Erlang C checked against published figures."""

import math
from decimal import Decimal as D
from fractions import Fraction
from math import factorial

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calc.commands import parse_command
from calc.erlang import blocking_probability, staff, wait_probability
from calc.errors import Refusal
from calc.inputs import REFERENCE_INPUTS
from calc.model import evaluate
from calc.report import staffing_sentence
from calc.settings import apply


def result_of(text):
    return evaluate(apply(REFERENCE_INPUTS, parse_command(text).settings))


def test_section7_check_case():
    """docs/model.md, "Staffing" (the Call Centre Helper example also used by pyworkforce's tests):
    100 calls per 30 min, AHT 180 s, 80/20, no occupancy cap → 14 agents, SL 88.8%,
    ASA 7.8 s, occupancy 71.4%, P(wait) 17.4%."""
    plan = staff(load=10.0, aht_s=180, sl=0.8, target_s=20, occ=1.0)
    assert plan.agents == 14
    assert round(plan.service_level, 3) == 0.888
    assert round(plan.asa_s, 1) == 7.8
    assert round(plan.occupancy, 3) == 0.714
    assert round(wait_probability(14, 10.0), 3) == 0.174


def test_check_case_through_the_model():
    """`calls=200/h hours=1 aht=180s wage=10 occ=100% shrink=0`: 14 agents, SL 0.8884."""
    result = result_of("calls=200/h hours=1 aht=180s wage=10 occ=100% shrink=0")
    service = result.staffing.service
    assert service.agents == 14 and round(service.service_level, 4) == 0.8884
    assert result.staffing.service_labor_cost_per_day == D(140)  # 14 × 1 h × $10
    assert result.service.cost_per_call == D("0.7")  # $140 / 200 calls


def test_pyworkforce_scheduled_positions():
    """pyworkforce's published test: with 30% shrinkage the 14 agents are 20 positions."""
    result = result_of("calls=200/h hours=1 aht=180s wage=10 occ=85% shrink=30%")
    assert result.staffing.service.agents == 14
    assert result.staffing.service_scheduled == D(20)


def test_jonesthenet_average_hour():
    """jonesthenet.com, 'Erlang uplift': 250 calls an hour at AHT 330 s (22.9 erlangs) need
    28 advisors to answer 80% of calls in 30 s."""
    plan = staff(load=250 * 330 / 3600, aht_s=330, sl=0.8, target_s=30, occ=1.0)
    assert round(plan.load_erlangs, 1) == 22.9
    assert plan.agents == 28


@pytest.mark.parametrize(("agents", "load"), [(25, 20), (200, 180), (500, 480)])
def test_erlang_against_exact_fractions(agents, load):
    """Erlang B and C against the textbook factorial formulas in exact rational arithmetic.

    (A published table we found, in PRODYNA/exciting-algorithms' tests, gives 0.261 for
    C(25, 20) and 0.012 for B(200, 180); exact arithmetic gives 0.20910 and 0.01032, so that
    source's functions take other parameters and are not used as a reference here.)"""
    a = Fraction(load)
    terms = [a**k / factorial(k) for k in range(agents + 1)]
    b_exact = terms[-1] / sum(terms)
    top = terms[-1] * Fraction(agents, agents - load)
    c_exact = top / (sum(terms[:-1]) + top)
    assert blocking_probability(agents, float(load)) == pytest.approx(float(b_exact), rel=1e-12)
    assert wait_probability(agents, float(load)) == pytest.approx(float(c_exact), rel=1e-12)


@pytest.mark.parametrize(("agents", "load"), [(1100, 1000.0), (5200, 5000.0), (101_000, 100_000.0)])
def test_recursion_matches_closed_form_at_scale(agents, load):
    """The recursion agrees with Erlang B computed independently in log space (through
    lgamma), where the factorial formula itself would overflow."""
    terms = [k * math.log(load) - math.lgamma(k + 1) for k in range(agents + 1)]
    top = max(terms)
    expected = math.exp(terms[-1] - top) / sum(math.exp(t - top) for t in terms)
    assert blocking_probability(agents, load) == pytest.approx(expected, rel=1e-9)


def test_staffing_sentence_and_headcount():
    """`calls=9000 hours=12 wage=$22 aht+10%`: 16 more agents, 23 more whole heads on the
    payroll (224.3 → 225 and 247.1 → 248), set by the 85% occupancy cap (the service level
    is 98.6% and 99.0%, far above 80%)."""
    result = result_of("calls=9000 hours=12 wage=$22 aht+10%")
    staffing = result.staffing
    assert staffing.extra_agents == 16
    assert (staffing.service_heads, staffing.sales_heads, staffing.extra_heads) == (225, 248, 23)
    assert staffing.service.binding == staffing.sales.binding == "occupancy"
    assert staffing.sales.service_level > 0.98
    assert staffing_sentence(result) == (
        "AHT +10% needs 16 more agents on the phones (23 more on the payroll) to keep "
        "occupancy at or under 85%; cost per call ≈$6.58 → ≈$7.25."
    )


@pytest.mark.parametrize(
    ("text", "binding", "sentence"),
    [
        (
            "calls=200/h hours=1 aht=180s wage=10 occ=100% shrink=0 aht+10%",
            "service level",
            "AHT +10% needs 1 more agent on the phones (1 more on the payroll) to hold 80/20; "
            "cost per call $0.70 → $0.75.",
        ),
        (
            "calls=200/h hours=1 aht=180s wage=10 occ=100% shrink=0 aht+5%",
            "service level",
            "AHT +5% needs no more agents to hold 80/20; cost per call $0.70 → $0.70.",
        ),
        (
            "calls=200/h hours=1 aht=180s wage=10 occ=100% shrink=0 aht+0%",
            "service level",
            "Selling adds no handle time: both columns need 14 agents on the phones (14 to "
            "schedule) to hold 80/20; cost per call $0.70 → $0.70.",
        ),
    ],
)
def test_staffing_sentence_cases(text, binding, sentence):
    """One more agent is singular; no extra agents and no extra handle time say so."""
    result = result_of(text)
    assert result.staffing.sales.binding == binding
    assert staffing_sentence(result) == sentence


def test_binding_constraint_is_the_one_that_sets_the_number():
    """Without the cap the service level alone needs N agents; with a cap needing more,
    the cap binds; where both need the same number, both bind."""
    free = staff(load=10.0, aht_s=180, sl=0.8, target_s=20, occ=1.0)
    assert (free.agents, free.binding) == (14, "service level")
    capped = staff(load=10.0, aht_s=180, sl=0.8, target_s=20, occ=0.6)
    assert (capped.agents, capped.binding) == (17, "occupancy")  # ceil(10 / 0.6)
    both = staff(load=10.0, aht_s=180, sl=0.8, target_s=20, occ=10 / 14)
    assert (both.agents, both.binding) == (14, "both")


def test_breakeven_uses_the_columns_own_costs():
    """Break-even uplift and payback use the staffed costs per call; max AHT increase is
    found by search and really is the edge."""
    result = result_of("calls=9000 hours=12 wage=$15 aht+10% price=$300 margin=$70")
    sales_cpc, service_cpc = result.sales.cost_per_call, result.service.cost_per_call
    tolerance = D("1e-25")
    assert abs(result.breakeven.uplift - (sales_cpc / 70 - D("0.02"))) < tolerance
    assert abs(result.breakeven.payback_uplift - (sales_cpc - service_cpc) / 70) < tolerance
    edge = result.breakeven.max_aht_increase
    assert edge is not None and edge > 0
    at_edge = evaluate(result.inputs.with_values(**{"aht_increase": edge}))
    beyond = evaluate(result.inputs.with_values(**{"aht_increase": edge + D("0.0001")}))
    assert at_edge.sales.net_margin_per_day >= 0 > beyond.sales.net_margin_per_day


def test_max_aht_increase_none_when_never_profitable():
    """If the sales column loses money even without extra handle time, there is no edge."""
    result = result_of("calls=9000 hours=12 wage=$22")
    assert result.breakeven.max_aht_increase is None


def test_linear_model_untouched_without_wage():
    """No wage: cost per call is the linear model's and staffing is None."""
    result = result_of("calls=9000 aht+10% shrink=50% occ=70% sl=90/10")
    assert result.staffing is None
    assert result.sales.cost_per_call == D("2.75")
    assert result.sales.net_margin_per_day == D(6750)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("wage=22 sl=100/20", "sl must be 1% to 99% within 1 s to 3600 s: write sl=80/20"),
        ("wage=22 sl=0/20", "sl must be 1% to 99% within 1 s to 3600 s: write sl=80/20"),
        ("wage=22 sl=80/0", "sl must be 1% to 99% within 1 s to 3600 s: write sl=80/20"),
        ("wage=22 shrink=100%", "shrink must be from 0% to below 100%: write shrink=30%"),
        ("wage=22 occ=0%", "occ must be more than 0% and at most 100%: write occ=85%"),
        ("wage=22 occ=120%", "occ must be more than 0% and at most 100%: write occ=85%"),
        ("wage=22 hours=25", "hours must be more than 0 and at most 24: write hours=12"),
        (
            "wage=22 calls=1000M aht=1h hours=1",
            "the service column's load is 1,000,000,000 erlangs and would need more than "
            "100,000 agents: lower calls or aht, or raise hours",
        ),
        # 85,000 erlangs fit at base AHT (100,000 agents at 85%); +20% does not.
        (
            "wage=22 calls=11475000 aht=640s aht+20%",
            "the sales column's load is 102,000 erlangs and would need more than 100,000 "
            "agents: lower calls or aht, or raise hours",
        ),
    ],
)
def test_staffing_refusals(text, message):
    """Impossible staffing inputs are refused with one line."""
    with pytest.raises(Refusal) as refused:
        result_of(text)
    assert str(refused.value) == message


@settings(max_examples=150, deadline=None)
@given(
    load=st.floats(min_value=0.1, max_value=400),
    more=st.floats(min_value=0, max_value=50),
    aht=st.floats(min_value=10, max_value=900),
    sl=st.floats(min_value=0.5, max_value=0.95),
    stricter=st.floats(min_value=0, max_value=0.04),
    target=st.floats(min_value=5, max_value=60),
    occ=st.floats(min_value=0.6, max_value=1.0),
)
def test_monotonic(load, more, aht, sl, stricter, target, occ):
    """More calls, longer AHT or a stricter service level never needs fewer agents, and the
    agents always exceed the load."""
    base = staff(load, aht, sl, target, occ)
    assert base.agents > load
    assert staff(load + more, aht, sl, target, occ).agents >= base.agents
    # Longer AHT at the same call rate: the load grows in proportion.
    assert staff(load * 1.2, aht * 1.2, sl, target, occ).agents >= base.agents
    assert staff(load, aht, sl + stricter, target, occ).agents >= base.agents
    assert staff(load, aht, sl, target * 0.5, occ).agents >= base.agents
