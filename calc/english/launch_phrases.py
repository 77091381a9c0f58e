"""Fixed phrases that are a launch cost: "spend $250k to launch", "invest $250k in
training", "$600k up front", "a training spend of $400k", "a program that costs $300k"."""

from __future__ import annotations

from calc.english.tokens import Tok
from calc.english.tokens import num_at as _n
from calc.english.tokens import word_at as _w
from calc.english.tokens import words_at as _words_at

Found = tuple[str, int] | None


_LAUNCH_TAILS = (
    ("to", "launch"),
    ("on", "launch"),
    ("on", "training"),
    ("to", "train"),
    ("in", "training"),
    ("on", "the", "launch"),
    ("to", "launch", "it"),
    ("upfront",),
    ("up", "front"),
    ("on", "coaching"),
    ("for", "training"),
    *(("for", "the", "program"), ("on", "the", "program"), ("for", "the", "launch")),
    *(("for", "the", "rollout"), ("on", "the", "rollout")),
)


LAUNCH_VERBS = frozenset(
    "spend spending spent invest investing invested costs budgeting budgeted".split()
)
#: Words after an amount that make it a launch cost ("$600k up front", "$75k to set it up").
_UPFRONT = (("up", "front"), ("upfront",), ("spent",), ("to", "set", "it", "up"))


def launch(tokens: list[Tok], index: int) -> Found:
    """spend $250k to launch · invest $250k in training."""
    first = _w(tokens, index)
    money = _n(tokens, index)
    if money is not None and money.money:
        # "$600k up front": a launch cost said by itself
        upfront = _words_at(tokens, index + 1, *_UPFRONT)
        return (f"invest={money.text}", index + 1 + upfront) if upfront else None
    plain = money is not None and not (money.percent or money.points or money.unit)
    if plain and money is not None and money.amount >= 1000 and not money.period:
        # "half a million to launch": an amount said for the launch (never 500k calls)
        said = _words_at(tokens, index + 1, ("to", "launch"), ("for", "the", "launch"))
        return (f"invest={money.text}", index + 1 + said) if said else None
    if first not in LAUNCH_VERBS:
        return None
    said_of = first == "spend" and _w(tokens, index + 1) == "of"  # "a training spend of $400k"
    num = _n(tokens, index + 1 + said_of)
    if num is None or num.percent:
        return None
    tail = _words_at(tokens, index + 2 + said_of, *_LAUNCH_TAILS)
    # "an upsell program that costs $300k": what the program costs, once
    program = first == "costs" and _w(tokens, index - 1) in ("that", "which") and num.money
    program = program and num.amount >= 1000 and not num.period  # never a $5 fee
    if tail or first.startswith("invest") or (said_of and num.money) or program:
        return f"invest={num.text}", index + 2 + said_of + tail
    return None
