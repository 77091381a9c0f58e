"""Every input form of the command language (docs/model.md) with the value it must become,
and every refusal."""

from decimal import Decimal as D

import pytest

from calc.commands import parse_command
from calc.errors import Refusal
from calc.inputs import REFERENCE_INPUTS
from calc.numbers import CONTEXT
from calc.settings import apply


def inputs_of(text):
    command = parse_command(text)
    return apply(REFERENCE_INPUTS, command.settings)


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("calls=9000", "calls", D(9000)),
        ("calls=9,000", "calls", D(9000)),
        ("calls=9k", "calls", D(9000)),
        ("calls=1.5M", "calls", D(1500000)),
        ("volume=8000", "calls", D(8000)),
        ("calls=9000/day", "calls", D(9000)),
        # at the model's 34 digits (calc.numbers.CONTEXT), not Python's default 28
        ("calls=270k/month", "calls", CONTEXT.divide(D(270000) * 12, D(365))),
        ("calls=270k/month days=360", "calls", D(9000)),
        ("days=360 calls=270k/month", "calls", D(9000)),
        ("calls=3.3M/year", "calls", CONTEXT.divide(D(3300000), D(365))),
        ("calls=750/h", "calls", D(18000)),
        ("calls=750/h hours=12", "calls", D(9000)),
        ("hours=12 calls=750/hour", "calls", D(9000)),
        ("price=$150", "price", D(150)),
        ("sale=€200", "price", D(200)),
        ("cost=€2.50", "cost", D("2.50")),
        ("aov=150", "price", D(150)),
        ("cost=$2.50", "cost", D("2.50")),
        ("cpc=3", "cost", D(3)),
        ("cost=$2.50/call", "cost", D("2.50")),
        ("conv=8%", "conv", D("0.08")),
        ("conv=8", "conv", D("0.08")),
        ("conversion=0.5%", "conv", D("0.005")),
        ("conv=0", "conv", D(0)),
        ("uplift=6%", "uplift", D("0.06")),
        ("xsell=6", "uplift", D("0.06")),
        ("aht=640", "aht_s", D(640)),
        ("aht=60", "aht_s", D(60)),
        ("aht=10min", "aht_s", D(600)),
        ("aht=45s", "aht_s", D(45)),
        ("aht=640s", "aht_s", D(640)),
        ("aht=10.5min", "aht_s", D(630)),
        ("aht=10m40s", "aht_s", D(640)),
        ("aht=10min40s", "aht_s", D(640)),
        ("aht=10:40", "aht_s", D(640)),
        ("aht=1:02:03", "aht_s", D(3723)),
        ("aht=0.2h", "aht_s", D(720)),
        ("aht+10%", "aht_increase", D("0.10")),
        ("aht+15%", "aht_increase", D("0.15")),
        ("aht_increase=12%", "aht_increase", D("0.12")),
        ("margin=23%", "margin", D("34.5")),
        ("margin=23% price=$100", "margin", D(23)),
        ("price=$100 margin=23%", "margin", D(23)),
        ("margin=$35", "margin", D(35)),
        ("calls+20%", "calls", D(10800)),
        ("calls=10k calls+20%", "calls", D(12000)),
        ("calls+20% calls=10k", "calls", D(12000)),
        ("price-10%", "price", D(135)),
        ("conv+1pp", "conv", D("0.03")),
        ("conv-1pp", "conv", D("0.01")),
        ("uplift+2pp", "uplift", D("0.10")),
        ("days=250", "days", D(250)),
        ("hours=12", "hours", D(12)),
        ("hours=12h", "hours", D(12)),
        ("cancel=5%", "cancel", D("0.05")),
        ("invest=$250k", "invest", D(250000)),
        ("retained=40 clv=$1", "retained", D(40)),
        ("saves=40 clv=$1", "retained", D(40)),
        ("clv=$1,200 retained=1", "clv", D(1200)),
        ("fee=$5", "fee", D(5)),
        ("paid=10%", "paid", D("0.10")),
        ("wage=$22", "wage", D(22)),
        ("wage=22/h", "wage", D(22)),
        ("sl=90/30", "sl", D("0.90")),
        ("sl=90%/30s", "sl_s", D(30)),
        ("shrink=35%", "shrink", D("0.35")),
        ("occ=90%", "occ", D("0.90")),
        ("overhead=$0.40", "overhead", D("0.40")),
        ("calls = 9000", "calls", D(9000)),
        ("CALLS=9000", "calls", D(9000)),
        ("calls=9000, conv=3%", "conv", D("0.03")),
        ("calls=9\u200b000", "calls", D(9000)),
        ("conv−1pp", "conv", D("0.01")),
        # a change by an amount in the key's own unit
        ("cost-1", "cost", D("1.50")),
        ("cost-$0.50", "cost", D("2.00")),
        ("cost=3 cost-1", "cost", D(2)),
        ("cost-1 cost=3", "cost", D(2)),
        ("calls+1000", "calls", D(10000)),
        ("calls+20% calls+1000", "calls", D(11800)),
        ("aht-60s", "aht_s", D(580)),
        ("aht+1min", "aht_s", D(700)),
        ("price+10", "price", D(160)),
        ("days-65", "days", D(300)),
        ("wage=25 wage+2", "wage", D(27)),
    ],
)
def test_form_becomes_value(text, field, value):
    """Each written form reads as the value it must become."""
    assert getattr(inputs_of(text), field) == value


def test_order_does_not_matter():
    """The same settings in any order give the same inputs."""
    forward = inputs_of("days=300 calls=270k/month price=$100 margin=23% conv+1pp")
    backward = inputs_of("conv+1pp margin=23% price=$100 calls=270k/month days=300")
    assert forward == backward
    assert forward.calls == D(10800) and forward.margin == D(23)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("conv=0.08", "conv=0.08 is ambiguous: write 8% or 0.08%"),
        ("uplift=0.5", "uplift=0.5 is ambiguous: write 50% or 0.5%"),
        ("aht_incr=10%", 'unknown key "aht_incr": did you mean "aht+N%"?'),
        ("callz=9000", 'unknown key "callz": did you mean "calls"?'),
        ("zzz=1", 'unknown key "zzz": see /roi help settings'),
        ("calls=-5", "calls must be more than 0: write calls=9000 or calls=270k/month"),
        ("calls=0", "calls must be more than 0: write calls=9000 or calls=270k/month"),
        ("price=-1", "price must not be negative: write price=$150"),
        ("cost=-$2", "cost must not be negative: write cost=$2.50"),
        ("invest=-$2", "invest must not be negative: write invest=$250k"),
        ("conv=120%", "conv must be between 0% and 100%: write conv=2%"),
        ("paid=101%", "paid must be between 0% and 100%: write paid=10%"),
        (
            "conv+1%",
            "conv+1% is ambiguous: write conv+1pp for points (3%) or conv=2.02% for 1% more",
        ),
        (
            "uplift-5%",
            "uplift-5% is ambiguous: write uplift-5pp for points (3%) or uplift=7.6% for 5% less",
        ),
        (
            "retained=25",
            "retained needs clv, the lifetime value of one kept customer: write retained=40 clv=$1,200",
        ),
        (
            "clv=$800",
            "clv needs retained, the customers kept per day: write retained=40 clv=$1,200",
        ),
        ("aht=10", "aht=10 is ambiguous: write aht=10s or aht=10min"),
        ("aht=0.5", "aht=0.5 is ambiguous: write aht=0.5s or aht=0.5min"),
        (
            "conv=50% uplift=60%",
            "conversion plus uplift comes to 110%, over 100%: lower conv or uplift",
        ),
        ("days=0", "days must be a whole number from 1 to 366: write days=250"),
        ("days=367", "days must be a whole number from 1 to 366: write days=250"),
        ("days=250.5", "days must be a whole number from 1 to 366: write days=250"),
        # A rate per month or per hour names the rule of what it divides by, never a crash.
        ("calls=270k/month days=0", "days must be a whole number from 1 to 366: write days=250"),
        ("days=00 calls=1M/year", "days must be a whole number from 1 to 366: write days=250"),
        ("calls=100/hour hours=0", "hours must be more than 0 and at most 24: write hours=12"),
        ("cancel=100%", "cancel of 100% leaves no sales to count: write cancel=5%"),
        ("hours=25", "hours must be more than 0 and at most 24: write hours=12"),
        (
            "calls=abc",
            'calls: "abc" is not a number: write calls=9000, calls=270k/month or calls=750/h',
        ),
        (
            "calls=nan",
            'calls: "nan" is not a number: write calls=9000, calls=270k/month or calls=750/h',
        ),
        ("price=inf", 'price: "inf" is not a number: write price=$150'),
        (
            "calls=1e309",
            'calls: "1e309" uses exponent notation: write calls=9000, calls=270k/month or calls=750/h or 1.5M',
        ),
        (
            "calls=2G",
            'calls: "2G" is not a number: write calls=9000, calls=270k/month or calls=750/h',
        ),
        (
            "calls=9000/fortnight",
            'calls: "/fortnight" is not a period we know: calls=9000, calls=270k/month or calls=750/h',
        ),
        (
            "aht=10parsecs",
            'aht: unknown time unit "parsecs": write aht=640s, aht=10:40, aht=10m40s or aht=10.5min',
        ),
        (
            "aht=10:75",
            'aht: "10:75" is not a clock time: write aht=640s, aht=10:40, aht=10m40s or aht=10.5min',
        ),
        (
            "aht-10%",
            "aht-10%: aht+N% is the extra handle time of selling: to shorten every call write aht=600s",
        ),
        ("calls+1pp", "calls+1pp: pp moves a percent: write calls+10% to scale it"),
        ("conv+2", "conv+2: a change is written conv+Npp: or set it: conv=2%"),
        ("sl+5", "sl+5: a change is written sl+Npp: or set it: sl=80/20"),
        (
            "aht+10",
            "aht+10 is ambiguous: write aht+10% for selling's extra handle time, or aht+10s to "
            "change every call's",
        ),
        ("cost-3", "cost must not be negative: write cost=$2.50"),
        ("wage+2", "wage+2: wage is not set: set it: wage=$22 (an agent hour) or wage=none"),
        ("calls=9000 calls=10k", "calls is set twice (calls=9000 and calls=10k): keep one"),
        (
            "price=$10",
            "margin $35 is more than the price $10: write margin=23% for a share of the price, or a margin below the price",
        ),
        ("calls=", '"calls=" has no value: write calls=9000, calls=270k/month or calls=750/h'),
        ("calls=2000000000", "calls above 1 billion a day are out of range: write calls=9000"),
        ("price=" + "9" * 400, "price: " + "9" * 39 + "… is too large: write price=$150"),
        (
            "price=$2.50",
            "margin $35 is more than the price $2.50: write margin=23% for a share of the price, or a margin below the price",
        ),
        ("sl=80", 'sl: "80" is not a service level: write sl=80/20'),
        ("sl=100/20", "sl must be 1% to 99% within 1 s to 3600 s: write sl=80/20"),
        ("sl=80/0", "sl must be 1% to 99% within 1 s to 3600 s: write sl=80/20"),
        ("shrink=100%", "shrink must be from 0% to below 100%: write shrink=30%"),
        ("occ=0", "occ must be more than 0% and at most 100%: write occ=85%"),
        ("occ=101%", "occ must be more than 0% and at most 100%: write occ=85%"),
        ("wage=0", "wage must be more than $0 an hour: write wage=$22, or wage=none"),
        ("wage+10%", "wage+10%: wage is not set: set it: wage=$22 (an agent hour) or wage=none"),
        ("sl+5%", "sl+5%: sl is changed in points: write sl+5pp or sl=85/20"),
        ("price=$1,50", 'price: "$1,50" is not a number: write price=$150'),
        (
            "calls=$9000",
            "calls is a count, not money: write calls=9000, calls=270k/month or calls=750/h",
        ),
        ("conv=$2", "conv is a percent, not money: write conv=2%"),
    ],
)
def test_refusal_message(text, message):
    """Each impossible or unreadable setting is refused with exactly this one line."""
    with pytest.raises(Refusal) as refused:
        inputs_of(text)
    assert str(refused.value) == message
    assert "\n" not in str(refused.value)


def test_aht_increase_above_limit_refused():
    """An AHT increase over 1000% is out of range."""
    with pytest.raises(Refusal, match="between 0% and 1000%"):
        inputs_of("aht+1001%")


def test_refusal_never_half_applies():
    """A command with one bad setting is refused as a whole: the parse fails before any
    setting is applied, and the base it would have changed is untouched."""
    base = REFERENCE_INPUTS
    with pytest.raises(Refusal, match=r"conv=0\.08 is ambiguous"):
        apply(base, parse_command("calls=10k conv=0.08").settings)
    assert base.calls == D(9000) and base.conv == D("0.02")


def test_every_key_agrees_with_the_inputs_model():
    """Each key's row (calc.keys) is the one definition: the pydantic Inputs has a field for
    every key and no other (but sl's answer time), each defaulting to the key's reference
    value; the form has a field for every key, in the form's order, and the English reader
    knows every key but the AHT increase (said as "AHT goes up N%") by name."""
    from calc.english.lexicon import KEY_PHRASES
    from calc.inputs import Inputs
    from calc.keys import FORM_ORDER, KEYS, REFERENCE, SL_SECONDS_FIELD

    defaults = Inputs().values()
    assert set(defaults) == {key.field for key in KEYS} | {SL_SECONDS_FIELD}
    for key in KEYS:
        assert defaults[key.field] == key.reference, key.name
        assert key.form is not None, key.name
    assert defaults[SL_SECONDS_FIELD] == REFERENCE[SL_SECONDS_FIELD]
    assert sorted(FORM_ORDER) == sorted(key.name for key in KEYS)
    assert set(KEY_PHRASES) == {key.name for key in KEYS} - {"aht_increase"}


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("uplift-10%", "uplift", D("0.072")),  # 10 points off 8% is no uplift at all
        ("conv+100%", "conv", D("0.04")),  # 102% converts no one: double the 2%
        ("conv-50%", "conv", D("0.01")),
    ],
)
def test_a_share_changed_by_a_percent_no_point_could_mean_is_relative(text, field, value):
    """`conv+1%` is refused offering both readings; where the points reading is impossible
    (below 0% or above 100%), the relative one is the only one left and is applied."""
    assert getattr(inputs_of(text), field) == value


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"calls": "NaN"}, "calls: not a finite number"),
        ({"price": "Infinity"}, "price: not a finite number"),
        ({"cost": 2.5}, "cost: not a finite number"),  # a float would carry binary error
        ({"days": True}, "days: not a finite number"),
        ({"calls": "lots"}, "calls: not a finite number"),
        ({"calls": None}, "calls: not a finite number"),  # only the wage may be unset
        ({"callz": "9000"}, "callz: not an input of the model"),
        ({"calls": "0"}, "calls must be more than 0"),
    ],
)
def test_inputs_from_a_mapping_are_refused_with_the_field_named(values, message):
    """Stored or typed values reach the model through `validate`: decimal text and whole
    numbers are taken exactly, anything else is refused naming the field."""
    from calc.inputs import validate

    with pytest.raises(Refusal) as refused:
        validate(values)
    assert refused.value.reason == message


def test_inputs_from_a_mapping_are_exact_and_a_copy_is_unchecked():
    from calc.inputs import validate

    inputs = validate({"calls": "9000.5", "days": 250, "wage": None})
    assert inputs.calls == D("9000.5") and inputs.days == D(250) and inputs.wage is None
    assert inputs == REFERENCE_INPUTS.with_values(calls=D("9000.5"), days=D(250))
    # A search may evaluate past a rule's edge; checking it again refuses it.
    past = inputs.with_values(conv=D(2))
    assert past.conv == D(2) and inputs.conv == REFERENCE_INPUTS.conv
    with pytest.raises(Refusal, match="conv must be between"):
        validate(past.values())
