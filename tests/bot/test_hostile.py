"""Hostile input through the real Bolt app: 20,000 generated commands, none of which may
crash, break a Slack limit, or come back as a mention, link or broken formatting."""

from __future__ import annotations

import itertools
import json
import random
from decimal import localcontext

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from calc.commands import parse_command
from calc.inputs import REFERENCE_INPUTS
from calc.keys import KEYS
from calc.model import evaluate
from calc.settings import apply
from tests.bot.slack_limits import problems

VALID = [
    "calls=9000 aht+10%",
    "save q3-plan uplift=6% # note",
    "list",
    "show q3-plan",
    "q3-plan calls+20%",
    "compare q3-plan default",
    "breakeven cost=$3",
    "history q3-plan",
    "sweep uplift=2%..10%/1%",
    "sweep aht=0..30%/5% wage=$22 hours=12",
    "help staffing",
    "calls=270k/month days=300 margin=23% price=$120",
    "conv+1pp aht=10:40 cancel=5%",
    "invest=$250k retained=40 clv=$1,200 fee=$5 paid=10%",
    "restore q3-plan 1",
    "delete q3-plan",
    "calls=750/h hours=12 wage=$22 sl=90/30 shrink=35% occ=80%",
]
SPECIAL = [
    "1e309",
    "nan",
    "inf",
    "-inf",
    "-0",
    "9" * 400,
    "0.0000001",
    "1,000,000,000,000",
    "-1e-5",
    "<!channel>",
    "<!here>",
    "<@U123>",
    "<@U123|ann>",
    "<https://evil.example|click>",
    "<#C1|general>",
    "&amp;",
    "&lt;",
    "`code`",
    "```",
    "*bold*",
    "_it_",
    "~strike~",
    "\u200b",
    "\u202e",
    "\u200f",
    "\u2066",
    "🙂",
    "𝟗𝟎𝟎𝟎",
    "٩٠٠٠",
    "\x00",
    "\x1b[31m",
    "%",
    "pp",
    "..",
    "/",
    "#",
    "=",
    "+",
    "-",
    "$",
    "€",
    "k",
    "M",
    "\t",
    "\n",
    "0x1F",
    "NaN%",
    "∞",
]
ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789=+-%$.,:/#<>&@!|`*_~ \t\n\u200b\u202e🙂"


def _mutate(rng: random.Random, text: str) -> str:
    chars = list(text)
    for _ in range(rng.randint(1, 4)):
        roll = rng.random()
        position = rng.randint(0, len(chars))
        if roll < 0.3:
            chars.insert(position, rng.choice(ALPHABET))
        elif roll < 0.5 and chars:
            del chars[min(position, len(chars) - 1)]
        elif roll < 0.7 and chars:
            chars[min(position, len(chars) - 1)] = rng.choice(ALPHABET)
        elif roll < 0.85:
            chars[position:position] = list(rng.choice(SPECIAL))
        else:
            chars = chars + list(" " + rng.choice(VALID))
    return "".join(chars)


# Printable text, emoji and control characters, each kind a third of the draws (one
# `choices` call per text: drawing character by character took 10 s of the test).
_RANGES = (range(32, 0x3000), range(0x1F300, 0x1FB00), range(0, 32))
CODE_POINTS = [c for r in _RANGES for c in r]
CODE_WEIGHTS = list(itertools.accumulate(1 / len(r) for r in _RANGES for _ in r))


def _generated(count: int, seed: int = 20261123) -> list[str]:
    rng = random.Random(seed)
    keys = [key.name for key in KEYS] + ["aht", "volume", "xsell", "zzz"]
    texts: list[str] = []
    while len(texts) < count:
        kind = len(texts) % 5
        if kind == 0:
            texts.append(_mutate(rng, rng.choice(VALID)))
        elif kind == 1:
            size = rng.choice([0, 1, 5, 30, 200])
            texts.append(
                "".join(map(chr, rng.choices(CODE_POINTS, cum_weights=CODE_WEIGHTS, k=size)))
            )
        elif kind == 2:
            key = rng.choice(keys)
            op = rng.choice(["=", "+", "-"])
            texts.append(
                f"{rng.choice(['', 'save x ', 'q3 ', 'sweep '])}{key}{op}"
                f"{rng.choice(SPECIAL)}{rng.choice(['', '%', 'pp', '/month', '..5'])}"
            )
        elif kind == 3:
            texts.append(" ".join(rng.choice(VALID + SPECIAL) for _ in range(rng.randint(1, 8))))
        else:
            texts.append("".join(rng.choices(ALPHABET, k=rng.choice([400, 4000]))))
    return texts


def _check(client, text: str, raw: bool) -> bool:
    """One command through the app; True if it was answered, False if refused."""
    reply = client.roi(text, raw=raw)  # asserts 200, ephemeral and Slack's limits
    blocks = reply["blocks"]
    first = blocks[0].get("text", {}).get("text", "")
    if first.startswith("⚠️"):
        assert len(blocks) == 1 and "\n" not in first, (text, first)
        assert "something went wrong" not in first, (text, first)
        return False
    return True


def test_twenty_thousand_generated_commands(client):
    """17,000 seeded texts (mutations of valid commands, random Unicode, edge numbers, Slack
    markup, 4,000-character texts), half as Slack escapes them and half as raw markup; with
    the 3,000 grammar examples below, 20,000 in all."""
    texts = _generated(17_000)
    assert len(texts) == 17_000
    answered = sum(_check(client, text, raw=bool(index % 2)) for index, text in enumerate(texts))
    # The generator reaches both sides: real answers as well as refusals.
    assert 1_000 < answered < 16_000, answered


PIECES = [k.name for k in KEYS] + [
    "save",
    "list",
    "show",
    "sweep",
    "compare",
    "breakeven",
    "history",
    "restore",
    "delete",
    "help",
    "q3",
    "=",
    "+",
    "-",
    "%",
    "pp",
    "..",
    "/",
    " ",
    "#",
    *SPECIAL[:30],
]


@settings(
    max_examples=3_000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(st.lists(st.sampled_from(PIECES), min_size=0, max_size=14).map("".join), st.booleans())
def test_grammar_strategy(client, text, raw):
    """Hypothesis builds texts from the grammar's own pieces."""
    _check(client, text, raw)


def test_refusals_never_echo_markup(client):
    """Each kind of markup in a refused setting comes back inert."""
    for markup in [
        "<!channel>",
        "<!here|here>",
        "<@U123>",
        "<https://evil.example|click>",
        "<#C1|general>",
    ]:
        reply = client.roi(f"calls={markup}", raw=True)
        assert not problems(reply), (markup, reply)
        assert "evil" not in json.dumps(reply)


def test_a_question_back_quoting_markup_keeps_its_notification_inert(client):
    """A question back quotes the word it could not place, in its notification text too
    (found by the generated commands: "q3 <!channel>" notified with the markup live)."""
    client.roi("save q3 uplift=6%")
    for markup in ["<!channel>", "<!here|here>", "<@U123>", "<https://evil.example|x>"]:
        # typed as text (Slack escapes it): the word is the markup itself
        reply = client.roi(f"q3 {markup}")
        assert reply["blocks"][0]["text"]["text"].startswith("❓"), reply
        assert not problems(reply), (markup, reply)


HUGE = (
    "calls=1000M conv=50% uplift=50% price=$1,000,000,000,000 margin=$999,999,999,999.99 "
    "cost=$1,000,000,000,000 days=366 invest=$1,000,000,000,000 retained=1000M "
    "clv=$1,000,000,000,000 fee=$1,000,000,000,000 paid=100%"
)


def test_huge_valid_inputs_compute_exactly(client):
    """The largest inputs we accept compute exactly (checked against 60-digit arithmetic)
    and render within Slack's limits."""
    inputs = apply(REFERENCE_INPUTS, parse_command(HUGE).settings)
    result = evaluate(inputs)
    with localcontext() as ctx:
        ctx.prec = 60
        sales = inputs.calls * (inputs.conv + inputs.uplift)
        fees = inputs.calls * inputs.paid * inputs.fee
        revenue = sales * inputs.price + fees
        margin = sales * inputs.margin + fees
        net = margin - inputs.calls * inputs.cost * (1 + inputs.aht_increase)
        assert result.sales.revenue_per_year == revenue * inputs.days
        assert result.sales.net_margin_per_year == net * inputs.days
    reply = client.roi(HUGE)
    assert not reply["blocks"][0]["text"]["text"].startswith("⚠️")


@pytest.mark.parametrize(
    "text",
    [
        "calls=1001M",
        "price=$1,000,000,000,001",
        "calls=1e309",
        "calls=" + "9" * 400,
        "aht=100000000h",
        "days=1e3",
    ],
)
def test_out_of_range_is_refused_with_a_reason(client, text):
    """Beyond the limits: refused with a reason, never an overflow."""
    reply = client.roi(text)
    line = reply["blocks"][0]["text"]["text"]
    assert line.startswith("⚠️") and "went wrong" not in line
