"""`solve` and `levers`, checked against the model itself: every value `solve` gives is
plugged back in (the goal is met there, and it is the crossing point), for every key and
goal in both models; no-answer claims are checked across the range; every lever is the
model at −10% and +10%."""

from __future__ import annotations

from decimal import Decimal as D
from decimal import localcontext

import pytest
from hypothesis import HealthCheck, given, settings

from calc.commands import parse_command
from calc.errors import Refusal
from calc.goals import parse_goal, requirement
from calc.inputs import REFERENCE_INPUTS, Inputs
from calc.keys import BY_NAME, SOLVABLE
from calc.levers import lever_sentence, levers
from calc.model import evaluate
from calc.numbers import CONTEXT
from calc.settings import apply
from calc.solve import PRECISION, STEPPED, at, bounds, solve
from calc.solve_words import value_text
from tests.calc.strategies import inputs as any_inputs

TOLERANCE = D("1e-12")  # far below a cent a year; the exact answers sit at ~1e-28

SCENARIOS = {
    "linear": "invest=$250k retained=20 clv=$600 fee=$2 paid=10% cancel=5%",
    "staffed": "wage=$20 hours=12 invest=$250k retained=20 clv=$600 fee=$2 paid=10% "
    "cancel=5% calls=6000",
}
GOALS = (
    "breakeven",
    "service.breakeven",
    "net=$5k/day",
    "net=$1M/year",
    "service.net=-$1M/year",
    "added=$2M/year",
    "value=$3M/year",
    "service.value=$1M/year",
    "payback=120days",
    "roi=25%",
)


def _inputs(scenario: str) -> Inputs:
    return apply(REFERENCE_INPUTS, parse_command(SCENARIOS[scenario]).settings)


def _met(inputs: Inputs, name: str, goal_text: str, value: D) -> bool:
    """Met at `value` (beyond what can be staffed it is not)."""
    try:
        return _gap(inputs, name, goal_text, value) >= 0
    except Refusal:
        return False


def _gap(inputs: Inputs, name: str, goal_text: str, value: D) -> D:
    key = BY_NAME[name]
    goal, _ = parse_goal(goal_text)
    return requirement(goal, evaluate(at(inputs, key, value)))


@pytest.mark.parametrize("scenario", SCENARIOS)
@pytest.mark.parametrize("goal_text", GOALS)
@pytest.mark.parametrize("name", SOLVABLE)
def test_every_solve_answer_is_the_crossing_point(scenario, goal_text, name):
    """The value found meets the goal, and just so: exactly (linear, and staffed keys that
    do not change the agents), or, searched, met at the value and not one precision step
    beyond it on the other side. Where no value is found, none of the range meets it."""
    inputs = _inputs(scenario)
    key = BY_NAME[name]
    goal, _ = parse_goal(goal_text)
    if key.name == "wage" and not inputs.staffed:
        inputs = inputs.with_values(**{"wage": D(22)})
    solution = solve(inputs, key, goal)
    limits = bounds(key, inputs)
    if solution.value is not None:
        value = solution.value
        assert limits.holds(value), (value, limits)
        gap = _gap(inputs, name, goal_text, value)
        searched = inputs.staffed and name in STEPPED
        if solution.note == "everywhere":  # the range's end, met with room to spare
            assert gap >= 0, (value, gap)
        elif searched or name == "days":
            step = PRECISION.get(name, D(1))
            assert gap >= 0, (value, gap)
            beyond = value - step if solution.sentence.count("must reach") else value + step
            if limits.holds(beyond) and "everywhere" not in solution.note:
                assert not _met(inputs, name, goal_text, beyond), (value, beyond)
        else:
            assert abs(gap) <= TOLERANCE, (value, gap)
        assert value_text(key, value) in solution.sentence
        assert solution.result.inputs == at(inputs, key, value)
    elif solution.reachable:  # every value of an open range meets it
        for fraction in (D("0.001"), D("0.5"), D("0.999")):
            x = limits.low + (limits.high - limits.low) * fraction
            try:
                assert _gap(inputs, name, goal_text, x) >= 0
            except Refusal:
                pass  # past what can be staffed
    else:
        assert solution.sentence.startswith("No ")
        probes = [limits.low + (limits.high - limits.low) * n / 40 for n in range(41)]
        for x in (p for p in probes if limits.holds(p)):
            try:
                assert _gap(inputs, name, goal_text, x) < 0, (name, x)
            except Refusal:
                pass  # past what can be staffed: not met either


def test_the_issues_own_sentences():
    """docs/model.md's goal-seeking examples, exactly."""
    reference = REFERENCE_INPUTS
    uplift = solve(reference, BY_NAME["uplift"], parse_goal("net=$1M/year")[0])
    assert uplift.sentence == (
        "Uplift must reach 6.73% for the center to make $1,000,000 a year with selling "
        "(today 8%: 1.27 points of room)."
    )
    losing = apply(reference, parse_command("cost=$3.10 aht+30%").settings)
    calls = solve(losing, BY_NAME["calls"], parse_goal("breakeven")[0])
    per_call = evaluate(losing).sales.net_margin_per_day / losing.calls
    assert calls.value is None and not calls.reachable
    assert calls.sentence == (
        "No call volume is enough for the center to break even with selling: each call "
        f"loses ${-per_call:.2f} with selling, so more calls lose more."
    )


def test_solve_never_answers_outside_the_range():
    """An uplift past 100% conversion, a cost below $0: refused with the best the range
    gives, never given as the answer."""
    uplift = solve(REFERENCE_INPUTS, BY_NAME["uplift"], parse_goal("net=$500M/year")[0])
    assert uplift.value is None
    assert "past 100% conversion" in uplift.sentence
    cost = solve(REFERENCE_INPUTS, BY_NAME["cost"], parse_goal("net=$50M/year")[0])
    assert cost.value is None and "below $0" in cost.sentence


def test_a_margin_written_as_a_share_moves_with_the_price():
    """`margin=23%`: price drives the margin, so a price solves (it is inert otherwise)."""
    fixed = solve(REFERENCE_INPUTS, BY_NAME["price"], parse_goal("breakeven")[0])
    assert fixed.value is None and "fixed $35 a sale" in fixed.sentence
    share = D("0.23")
    inputs = apply(REFERENCE_INPUTS, parse_command("margin=23%").settings)
    found = solve(inputs, BY_NAME["price"], parse_goal("breakeven")[0], margin_share=share)
    assert found.value is not None
    moved = at(inputs, BY_NAME["price"], found.value, share)
    assert abs(evaluate(moved).sales.net_margin_per_day) <= TOLERANCE


def test_levers_are_the_model_at_minus_and_plus_ten_percent():
    """Every ranked lever's figures are the model's own with that one input moved 10%,
    ranked by swing; the reference values rank margin, uplift and cost per call first."""
    for text in ("", "wage=$22 hours=12", "margin=23% cancel=10% fee=$3 paid=20%"):
        inputs = apply(REFERENCE_INPUTS, parse_command(text).settings)
        found = levers(inputs)
        today = evaluate(inputs).sales.net_margin_per_year
        swings = [lever.swing for lever in found.ranked]
        context = localcontext(CONTEXT)
        context.__enter__()
        assert swings == sorted(swings, reverse=True)
        for lever in found.ranked:
            low = evaluate(at(inputs, lever.key, lever.low)).sales.net_margin_per_year
            high = evaluate(at(inputs, lever.key, lever.high)).sales.net_margin_per_year
            assert (low, high) == (lever.net_low, lever.net_high)
            assert lever.swing == max(abs(low - today), abs(high - today))
            value = getattr(inputs, lever.key.field)
            if not lever.capped and lever.key.name != "days":
                assert (lever.low, lever.high) == (value * D("0.9"), value * D("1.1"))
        context.__exit__(None, None, None)
    found = levers(REFERENCE_INPUTS)
    assert [lever.key.name for lever in found.ranked[:3]] == ["margin", "uplift", "cost"]
    assert lever_sentence(found) == (
        "Margin per sale moves the answer most: ±10% of it is ±$1,149,750 a year with "
        "selling; then uplift (±$919,800) and cost per call (±$903,375)."
    )
    still = {key.name for key, _ in found.still}
    assert {"price", "aht", "invest"} <= still


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(any_inputs(staffed=True, calls_max=D(20_000)))
def test_staffed_payback_uplift_is_where_selling_pays_for_itself(original):
    """With staffing and cancellations drawn, at the payback uplift selling's difference is
    $0 (the (1 − cancel) in the staffed formula matters), and at the break-even uplift the
    sales column is at break-even."""
    try:
        result = evaluate(original)
    except Refusal:
        return
    keep = 1 - original.cancel
    limit = (1 - original.conv) / keep
    payback = result.breakeven.payback_uplift
    scale = max(D(1), original.calls * original.price)
    if payback is not None and 0 <= payback <= limit:
        moved = evaluate(original.with_values(**{"uplift": payback}))
        assert abs(moved.delta.net_margin_per_day) < D("1e-20") * scale
    uplift = result.breakeven.uplift
    if uplift is not None and 0 <= uplift <= limit:
        moved = evaluate(original.with_values(**{"uplift": uplift}))
        assert moved.sales.verdict == "break-even"
