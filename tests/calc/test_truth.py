"""Every claim a reply makes agrees with the numbers it names, for any inputs: the words are
part of the answer (a director quotes the sentence, not the table)."""

from __future__ import annotations

import re
from decimal import Decimal as D

import pytest
from hypothesis import HealthCheck, given, settings

from calc import formatting as fmt
from calc import report
from calc.commands import parse_command
from calc.errors import Refusal
from calc.inputs import REFERENCE_INPUTS, Inputs
from calc.model import Result, evaluate
from calc.settings import apply
from tests.calc.strategies import inputs

TINY = D("1e-20")


def result_of(text: str) -> Result:
    return evaluate(apply(REFERENCE_INPUTS, parse_command(text).settings))


def shown_verdict(amount: D) -> str:
    """The verdict a reader infers from the figure as shown: `$(…)` is a loss, `$0` even."""
    text = fmt.money(amount)
    if text == "$0":
        return "break-even"
    return "cost center" if text.startswith("$(") else "profit center"


def evaluated(original: Inputs) -> Result | None:
    try:
        return evaluate(original)
    except Refusal:  # a staffing load beyond 100,000 agents
        return None


def check_claims(result: Result) -> None:
    """Every sentence and headline of a compute answer against the figures."""
    inputs, breakeven = result.inputs, result.breakeven
    service, sales = result.service, result.sales
    # Verdicts agree with the signs of the figures shown in the table.
    assert service.verdict == shown_verdict(service.net_margin_per_day)
    assert sales.verdict == shown_verdict(sales.net_margin_per_day)
    headline = report.headline(result)
    if report.indirect_set(inputs):
        assert service.verdict_with_indirect == shown_verdict(service.value_per_day)
        assert sales.verdict_with_indirect == shown_verdict(sales.value_per_day)
        counted, alone = headline.split(". On sales margin alone: ")
        for text, (before, after) in (
            (counted, (service.verdict_with_indirect, sales.verdict_with_indirect)),
            (alone, (service.verdict, sales.verdict)),
        ):
            text = text.lower()
            if before == after:
                assert f"{before} either way" in text
            else:
                assert f"{before} → {after}" in text
    elif service.verdict == sales.verdict:
        assert headline.startswith(f"{service.verdict[:1].upper()}{service.verdict[1:]} either way")
    else:
        assert headline.startswith(
            f"{service.verdict.capitalize()} → {sales.verdict.capitalize()} with sales"
        )
    # The notification says what selling does to the year once.
    assert report.notification(result).count("a year") <= 1
    what, where = report.answer_sentences(result)
    everything = " ".join(what + where)
    assert "pays for itself" not in everything
    difference = what[0]
    delta = result.delta.net_margin_per_day
    if " adds " in difference.split(".")[0]:
        assert shown_verdict(delta) == "profit center"
    elif " costs " in difference.split(".")[0]:
        assert shown_verdict(delta) == "cost center"
    else:
        assert fmt.money(abs(delta)) == "$0"
    # Break-even uplift: named only when it is one, and it really breaks the center even.
    uplift = breakeven.uplift
    named = re.search(r"The center breaks even at (-?[\d.,]+)% uplift", everything)
    if named:
        assert uplift is not None
        if uplift < 0:  # so little below 0% that the verdict's rule calls 0% break-even
            assert named[1] == "0"
            zero = (
                result.sales.net_margin_per_day
                - inputs.calls * inputs.uplift * (1 - inputs.cancel) * inputs.margin
            )
            assert fmt.money(zero) == "$0"
        else:
            assert named[1] == fmt.short_percent(uplift)[:-1]
        assert inputs.conv + uplift * (1 - inputs.cancel) <= 1
    elif uplift is not None and uplift >= 0:
        assert "No uplift can make the center break even" in everything
    # Payback uplift: selling's extra margin covers its extra handle time exactly there.
    covers = re.search(r"own extra handle time above ([\d.,]+)%", everything)
    if covers:
        payback = breakeven.payback_uplift
        assert payback is not None and payback > 0
        assert covers[1] == fmt.short_percent(payback)[:-1]
    # AHT headroom: only with a positive headroom above today's increase.
    edge, increase = breakeven.max_aht_increase, inputs.aht_increase
    rise = re.search(r"AHT can rise ([\w\d.,]+)%? over base", everything)
    if rise:
        assert sales.verdict == "profit center" and edge is not None and edge > increase
    past = re.search(
        r"AHT is ([\d.,]+) points? past the break-even increase of ([\d.,]+)%", everything
    )
    if past:
        assert sales.verdict == "cost center" and edge is not None and 0 < edge < increase
        assert past[1] == fmt.number((increase - edge).scaleb(2), 1)
    if sales.verdict == "cost center" and (edge is None or edge <= 0):
        assert "AHT" not in " ".join(where), "no AHT words when no increase can help"
    # No negative point is ever shown as if it were one (a first-year ROI can be negative:
    # that is a loss, not a point).
    for point, value, _ in report.breakeven_lines(result):
        if point != "First-year ROI":
            assert not value.startswith("-"), (point, value)
    # Staffing words agree with the staffing figures.
    staffing = report.staffing_sentence(result)
    if staffing and result.staffing is not None:
        extra = result.staffing.extra_agents
        if extra == 1:
            assert "1 more agent on" in staffing
        elif extra > 1:
            assert f"{extra} more agents on" in staffing
        binding = result.staffing.sales.binding
        assert ("keep occupancy" in staffing) == (binding in ("occupancy", "both"))
        assert ("to hold" in staffing) == (binding in ("service level", "both"))


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(inputs(staffed=False))
def test_every_claim_agrees_with_the_numbers_linear(original):
    """Linear model, any inputs: headline, difference, break-even and headroom sentences."""
    check_claims(evaluate(original))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(inputs(staffed=True, calls_max=D(20_000)))
def test_every_claim_agrees_with_the_numbers_staffed(original):
    """Staffing model: the same claims, and the staffing sentence's constraint and count."""
    result = evaluated(original)
    if result is not None:
        check_claims(result)


@settings(max_examples=400, deadline=None)
@given(inputs(staffed=False))
def test_breakeven_points_are_where_the_answer_turns(original):
    """At the reported break-even uplift the sales column's net margin is 0; at the payback
    uplift selling's difference is 0; at the max AHT increase the sales column is back to
    0 (with cancellations, fees and paid calls in play). Kills mutations of each formula."""
    result = evaluate(original)
    breakeven = result.breakeven
    keep = 1 - original.cancel
    limit = (1 - original.conv) / keep
    if breakeven.uplift is not None and 0 <= breakeven.uplift <= limit:
        at = evaluate(original.with_values(**{"uplift": breakeven.uplift}))
        assert abs(at.sales.net_margin_per_day) < TINY * max(1, original.calls * original.price)
        assert at.sales.verdict == "break-even"
    if breakeven.payback_uplift is not None and 0 <= breakeven.payback_uplift <= limit:
        at = evaluate(original.with_values(**{"uplift": breakeven.payback_uplift}))
        assert abs(at.delta.net_margin_per_day) < TINY * max(1, original.calls * original.price)
    edge = breakeven.max_aht_increase
    if edge is not None and 0 <= edge <= 10:
        at = evaluate(original.with_values(**{"aht_increase": edge}))
        assert abs(at.sales.net_margin_per_day) < TINY * max(1, original.calls * original.price)


def test_breakeven_exact_with_cancel_fee_and_paid():
    """A hand case: at the break-even uplift the sales net margin is $0.00 exactly (to the
    cent, and within 1e-20), with cancellations, a fee and paid calls set."""
    result = result_of("cancel=15% fee=$4 paid=12% aht+20% cost=$3")
    uplift = result.breakeven.uplift
    # ((cost·1.2 − paid·fee) / margin − conv) / (1 − cancel), by hand:
    expected = ((D("3") * D("1.2") - D("0.12") * 4) / 35 - D("0.02")) / D("0.85")
    assert abs(uplift - expected) < TINY
    at = evaluate(result.inputs.with_values(**{"uplift": uplift}))
    assert fmt.money(at.sales.net_margin_per_day) == "$0"
    assert abs(at.sales.net_margin_per_day) < TINY
    payback = result.breakeven.payback_uplift
    assert abs(payback - D("3") * D("0.2") / (35 * D("0.85"))) < TINY


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        (
            "calls=9000 aht+10%",
            "AHT can rise 40% over base (+10% now) before the center slips back to a cost center.",
        ),
        ("cost=$3.10 aht+20%", "AHT is 7.1 points past the break-even increase of 12.9%."),
        ("conv=1% uplift=3%", None),
        ("cost=0", None),
        (
            "conv=10% aht+10%",
            "AHT can rise 152% over base (+10% now) before the center becomes a "
            "cost center with selling.",
        ),
    ],
)
def test_aht_sentence_depends_on_the_situation(text, sentence):
    """Headroom when selling is a profit center, how far past it is when it is not, and
    nothing when no increase can help or handle time costs nothing."""
    assert report.aht_sentence(result_of(text)) == sentence


def test_no_negative_headroom_in_breakeven():
    """`breakeven conv=1% uplift=3%`: the JSON keeps -44%, the words say none and why."""
    result = result_of("conv=1% uplift=3%")
    assert result.breakeven.max_aht_increase < 0
    lines = {point: (value, meaning) for point, value, meaning in report.breakeven_lines(result)}
    assert lines["Max AHT increase"] == (
        "none",
        "the sales column is a cost center even with no extra handle time",
    )


def test_indirect_value_header_never_contradicts_the_sentence():
    """`uplift=6% cancel=15% invest=$500k retained=25 clv=$800`: both readings in the
    header, the same as the sentence below it."""
    result = result_of("uplift=6% cancel=15% invest=$500k retained=25 clv=$800")
    assert report.headline(result) == (
        "Counting customers kept: profit center either way. "
        "On sales margin alone: cost center either way."
    )
    assert (
        "Counting $20,000 a day of customers kept, the center is a profit center with "
        "selling and without."
    ) in report.difference_sentence(result)


def test_notification_says_the_year_once():
    """Same verdicts: the header already carries the year, the notification does not repeat
    it; different verdicts: the year once, compactly."""
    same = result_of("hours=12 wage=$22 aht+10%")
    assert report.notification(same) == report.headline(same)
    assert report.notification(same).count("a year") == 1
    assert report.notification(result_of("")) == (
        "Cost center → Profit center with sales through service (selling adds $8.4M a year)"
    )


@pytest.mark.parametrize(
    ("command", "note"),
    [
        (
            "sweep price=$100..$200",
            "Price moves revenue but not the net margin: the margin is a "
            "fixed $35 a sale (write margin=23% to make it follow the "
            "price).",
        ),
        (
            "sweep aht=600..700/20",
            "Base AHT does not move the cost: in the linear model cost per "
            "call comes from cost (set wage=$22 to cost handle time through "
            "staffing).",
        ),
        (
            "sweep invest=$100k..$500k/$100k",
            "A launch cost changes payback and first-year ROI, never the verdict.",
        ),
    ],
)
def test_sweeps_that_cannot_move_say_why(command, note):
    """A sweep whose key cannot change the verdict says so, with the setting that would."""
    parsed = parse_command(command)
    rows = [(row, evaluate(apply(REFERENCE_INPUTS, (row,)))) for row in parsed.rows]
    assert note in report.sweep_sentences(parsed.key, rows)


def test_price_sweep_with_margin_of_price_moves():
    """With margin=23% the margin follows the price: no 'cannot move' line, rows differ."""
    parsed = parse_command("sweep price=$100..$200 margin=23%")
    rows = [
        (row, evaluate(apply(REFERENCE_INPUTS, (*parsed.settings, row)))) for row in parsed.rows
    ]
    assert len({r.sales.net_margin_per_day for _, r in rows}) == len(rows)
    assert not any(
        "Price moves" in s for s in report.sweep_sentences(parsed.key, rows, margin_of_price=True)
    )


def test_sweep_invest_shows_payback_and_roi():
    """Sweeping invest adds payback days and first-year ROI columns."""
    parsed = parse_command("sweep invest=$100k..$200k/$100k")
    rows = [(row, evaluate(apply(REFERENCE_INPUTS, (row,)))) for row in parsed.rows]
    table = report.sweep_rows(parsed.key, rows)
    assert table[0][-2:] == ("Payback", "First-year ROI")
    assert table[1][-2:] == ("4.4 days", "8276.8%")


def test_sweep_crossing_names_the_break_even():
    """`sweep uplift=2%..10%/1%` says where the verdict changes, with the exact point."""
    parsed = parse_command("sweep uplift=2%..10%/1%")
    rows = [(row, evaluate(apply(REFERENCE_INPUTS, (row,)))) for row in parsed.rows]
    assert report.sweep_sentences(parsed.key, rows) == [
        "With selling, the center turns from a cost center to a profit center between uplift "
        "5% and 6% (break-even at 5.86%)."
    ]
    assert (
        report.sweep_title(parsed.key, parsed.rows[0], parsed.rows[-1], 9)
        == "Uplift from 2% to 10%: 9 values"
    )


def test_every_key_has_its_own_realistic_example():
    """Help's examples: each key's own, each one a setting of that key that parses."""
    from calc.keys import KEYS
    from calc.settings import parse_setting

    for key in KEYS:
        first = key.example.split(" or ")[0].split(", ")[0].split(" (")[0]
        setting = parse_setting(first)
        assert setting.key == key, key.name
    examples = [key.example for key in KEYS]
    assert len(set(examples)) == len(examples)
    assert not any("$150" in key.example for key in KEYS if key.name != "price")


def test_echo_line_says_per_hour_rates_are_multiplied():
    """`calls=750/h` at the default 24 open hours: the echo says 750/h × 24 h."""
    from calc.describe import echo_line

    command = parse_command("calls=750/h")
    line = echo_line(apply(REFERENCE_INPUTS, command.settings), command.settings)
    assert line.startswith("calls 18,000/day (750/h × 24 h) · ")


# -- the goal-seeking issue's findings, each pinned -------------------------------------


def _doc_text(command: str) -> str:
    from bot.replies import doc
    from bot.service import Caller, Service
    from bot.terminal.render import text
    from calc.understand import understand

    outcome = Service(None).execute(understand(command).command, Caller("T", "U"))
    return text(doc(outcome, max_rows=None, with_buttons=False))


def test_compare_with_launch_costs_names_the_better_plan_on_payback():
    """Two plans whose launch costs differ: the comparison shows launch cost, payback and
    first-year ROI, and names the better plan on net a year and on payback."""
    from calc.report import compare_rows, compare_sentence

    a = result_of("uplift=8%")
    b = result_of("uplift=8% invest=$400k")
    rows = {row[0]: row for row in compare_rows("q3", a, "q4", b)}
    assert rows["Launch cost"][1:3] == ("$0", "$400,000")
    assert rows["Payback"][1] == "—" and rows["Payback"][2].endswith(" days")
    sentence = compare_sentence("q3", a, "q4", b)
    assert sentence.startswith("With selling, q3 and q4 net the same a year.")
    assert "On payback, q3 is better: it has no launch cost to pay back" in sentence


def test_a_sweep_through_break_even_names_the_row_in_grammatical_english():
    """AHT increase swept through exactly 40% (the break-even point): that row is named as
    break-even, never "turns … to at break-even", and "AHT increase" keeps its capitals."""
    text = _doc_text("sweep aht=0%..60%/10%")
    assert "to at break-even" not in text and "from at break-even" not in text
    assert (
        "With selling, the center breaks even at AHT increase 40% (a profit center below "
        "and a cost center above it)."
    ) in text
    assert "aht increase" not in text


def test_a_sweep_over_launch_cost_from_zero_has_nothing_to_pay_back():
    """`sweep invest=0..2M/500k`: the $0 row's payback is "—", and a sentence says why."""
    text = _doc_text("sweep invest=0..2M/500k")
    first_row = next(line for line in text.splitlines() if line.startswith("$0 "))
    assert "never" not in first_row and "—" in first_row
    assert "With no launch cost (the $0 row) there is nothing to pay back." in text


@pytest.mark.parametrize("calls", ["12000", "9000", "7777", "12345"])
@pytest.mark.parametrize("cost", ["3.125", "2.50", "1.0625", "3.3333"])
def test_cost_per_call_times_calls_is_the_service_cost_as_shown(calls, cost):
    """A reader multiplying the cost per call shown by the calls shown gets the service cost
    shown; a cost per call that needs more than four places says it is rounded (≈)."""
    result = result_of(f"calls={calls} cost={cost}")
    shown = fmt.per_call(result.service.cost_per_call)
    if shown.startswith("≈"):
        assert D(cost).as_tuple().exponent < -4 or result.inputs.staffed
        return
    product = D(shown.strip("$").replace(",", "")) * D(calls)
    assert fmt.money(product) == fmt.money(result.service.service_cost_per_day)


def test_a_bare_step_takes_the_keys_unit():
    """`sweep calls=1k..15k/1000` steps by 1,000 calls (15 rows), not by 1,000k."""
    sweep = parse_command("sweep calls=1k..15k/1000")
    assert [row.amount for row in sweep.rows][:3] == [D(1000), D(2000), D(3000)]
    assert len(sweep.rows) == 15


def notes(command: str) -> str:
    """The sentences of `command`'s answer, as plain text."""
    from bot.replies import answer_parts
    from bot.reply import Paragraph, plain

    settings = parse_command(command).settings
    result = evaluate(apply(REFERENCE_INPUTS, settings))
    parts = answer_parts(result, settings)
    return " ".join(plain(line) for p in parts if isinstance(p, Paragraph) for line in p.lines)


def test_notes_about_days_and_hours_are_true_of_the_answer():
    """With calls per month, days do change the verdict (calls per day follow them): the
    note says so instead of "never the verdict"; with a per-hour retained, hours count."""
    at_365 = result_of("calls=270k/month retained=40 clv=$500")
    at_250 = result_of("calls=270k/month retained=40 clv=$500 days=250")
    assert report.headline(at_365) != report.headline(at_250)  # the verdict does move
    assert "never the verdict" not in notes("calls=270k/month retained=40 clv=$500 days=250")
    assert "never the verdict" in notes("days=250")
    assert "Open hours only count" not in notes("retained=10/h clv=$100 hours=10")


def test_exact_halves_round_up_as_the_reference_table_does():
    """Revenue of exactly $5,001.50 a year (calls given per year) shows $5,002, in the
    model's precision on every path."""
    result = result_of("calls=10003/year price=25 margin=5")
    assert fmt.money(result.service.revenue_per_year) == "$5,002"


def test_under_half_a_cent_a_day_is_nothing_in_every_sentence():
    """Selling's difference of a fraction of a cent a day: every sentence says nothing
    changes, none says it adds or costs a figure."""
    # cost per call rises by $0.0000001 × 10% while margin from uplift 0 adds nothing.
    result = result_of("uplift=0 cost=0.000001 aht+1%")
    assert report.is_zero(result.delta.net_margin_per_day)
    words = " ".join(
        [report.headline(result), report.notification(result), report.difference_sentence(result)]
    )
    assert "adds" not in words and "costs" not in words
    assert "leaves the net margin unchanged" in words


@pytest.mark.parametrize(
    ("command", "expected"),
    [
        # exactly at the break-even uplift: the sales column is at break-even
        ("uplift=5.857142857142857142857142857142857%", "Cost center → Break-even"),
        # exactly at the maximum AHT increase
        ("aht+40%", "Cost center → Break-even"),
        # no uplift at all: a profit center only if it already was
        ("uplift=0 cost=0.5", "Profit center either way"),
    ],
)
def test_the_wording_at_its_exact_boundaries(command, expected):
    """At break-even, at the maximum AHT increase and at an uplift of exactly 0, the
    headline names the boundary, and the sentences agree with it."""
    result = result_of(command)
    assert report.headline(result).startswith(expected)
    check_claims(result)
    if command.startswith("aht+40%"):
        assert "exactly at break-even" in (report.aht_sentence(result) or "")


def test_a_fee_nobody_pays_says_it_changes_nothing():
    """`fee=2` alone answers exactly as the base does: the note says so, with what would
    make it count; with calls paying it, the fee moves the answer and the note is gone."""
    base = result_of("").sales.net_margin_per_day
    assert result_of("fee=2").sales.net_margin_per_day == base
    assert "A $2 fee changes nothing until some calls pay it (write paid=10%)." in notes("fee=2")
    assert "changes nothing" not in notes("fee=2 paid=10%")
    assert result_of("fee=2 paid=10%").sales.net_margin_per_day > base
    assert "Calls paying a fee change nothing while the fee is $0" in notes("paid=10%")
