"""Asides: what is said around the values that is context, not a setting. Growth over
time ("3% a month") is refused as such; a period said before a rate's name ("annual call
volume") is its value's; "instead of 5" names the value being replaced; a word right after
"in" or "during" says when ("12k in December"), not what a number counts. Applied to the
tokens before keys are paired with values."""

from __future__ import annotations

from itertools import pairwise

from calc.english import lexicon as W
from calc.english.tokens import Tok, changed, with_num
from calc.key_types import Kind
from calc.keys import BY_NAME


def asides(tokens: list[Tok]) -> list[Tok]:
    """The tokens with each aside read: growth marked, periods moved onto their values,
    replaced values dropped."""
    words = {token.text for token in tokens}
    if not words.isdisjoint(("instead", "rather", "not")):
        tokens = _instead_of(tokens)
    tokens = _growth(tokens)
    if not words.isdisjoint(_FLAT):
        tokens = _flat_before_key(tokens)
    if not words.isdisjoint(_PERIOD_WORDS):
        tokens = _periods_before_keys(tokens)
    return _named_twice(tokens)


_FLAT = frozenset({"flat", "unchanged", "steady", "stable"})


def _flat_before_key(tokens: list[Tok]) -> list[Tok]:
    """ "flat volume, price down 5%": said as "volume flat", which changes nothing."""
    out = list(tokens)
    for index in range(len(out) - 1):
        if out[index].text in _FLAT and out[index + 1].kind == "key":
            out[index], out[index + 1] = out[index + 1], out[index]
    return out


def _named_twice(tokens: list[Tok]) -> list[Tok]:
    """A key named again by what qualifies it, the value then said once: "the investment
    for launch is 400k" (one launch cost), "conversion without upsell is 1.5%" (the base
    conversion, which is the one with no selling). The qualifying name goes."""
    keys = [i for i, t in enumerate(tokens) if t.kind == "key"]
    dropped = set()
    for first, second in pairwise(keys):
        if second == first + 1 and (tokens[first].key, tokens[second].key) == ("uplift", "invest"):
            dropped.add(first)  # "upsell training", "the upsell launch": what the launch is of
            continue
        if not 1 < second - first < 5:
            continue  # said together, or too far apart to be one
        between = {t.text for t in tokens[first + 1 : second]}
        if not between <= {"for", "of", "the", "without", "any", "no"}:
            continue
        same = tokens[first].key == tokens[second].key and "without" not in between
        unprompted = tokens[first].key == "conv" and tokens[second].key == "uplift"
        if same or (unprompted and "without" in between):
            dropped |= set(range(first + 1, second + 1))
    return [t for i, t in enumerate(tokens) if i not in dropped] if dropped else tokens


_EVERY = W.WHEN_BEFORE - {"this", "next", "last"}  # "10% each quarter", not "this quarter"
GROWTH = "growth over time: the model is one year of days alike; say the change itself (calls+3%)"


def _growth(tokens: list[Tok]) -> list[Tok]:
    """A percent or points with a period ("3% a month", "10% each quarter") as a thing
    roibot does not model, never the change it would otherwise be read as."""
    out = list(tokens)
    for index, token in enumerate(tokens):
        num = token.num if token.kind == "num" else None
        if num is None or not (num.percent or num.points):
            continue
        after = [t.text for t in tokens[index + 1 : index + 3]]
        if num.period or (len(after) == 2 and after[0] in _EVERY and after[1] in W.WHEN_WORDS):
            out[index] = Tok("unmodeled", token.text, why=GROWTH)
    return out


_PERIOD_WORDS = {
    "annual": "year",
    "yearly": "year",
    "monthly": "month",
    "weekly": "week",
    "hourly": "hour",
}


def _periods_before_keys(tokens: list[Tok]) -> list[Tok]:
    """ "annual call volume is 3.2 million": the period said before a rate's name is the
    period of its value (3.2 million a year, never a day); the word is then used up. Said
    before anything else, it stays a word the reader does not know."""
    out: list[Tok] = []
    held: Tok | None = None  # the period word, until a rate's name follows it
    rate = False
    for token in tokens:
        said = _PERIOD_WORDS.get(token.text) if token.kind in ("unknown", "filler") else None
        if said is not None:
            held, rate = token, False
            continue
        if held is not None and token.kind == "key" and BY_NAME[token.key or ""].kind is Kind.RATE:
            rate = True
        elif held is not None and rate and token.kind == "num" and token.num is not None:
            num = token.num
            if not (num.period or num.percent or num.points or num.money or num.unit):
                token = with_num(token, changed(num, period=_PERIOD_WORDS[held.text]))
            held = None
        elif held is not None and not (rate and token.kind in _BETWEEN):
            if not rate:
                out.append(held)  # "our annual budget": not a rate's period
            held = None
        out.append(token)
    if held is not None and not rate:
        out.append(held)
    return out


_BETWEEN = frozenset({"set", "filler", "to", "up", "down", "by"})


def _instead_of(tokens: list[Tok]) -> list[Tok]:
    """ "open 7 days instead of 5", "$140 rather than $150": the value it replaces, said
    for context; the value before it is the setting."""
    out: list[Tok] = []
    index = 0
    while index < len(tokens):
        pair = " ".join(t.text for t in tokens[index : index + 2])
        after = tokens[index + 2] if index + 2 < len(tokens) else None
        if pair in ("instead of", "rather than") and after is not None and after.kind == "num":
            index += 3
            continue
        comma = tokens[index].text == ","
        corrected = tokens[index + comma : index + comma + 2]
        said = [t.text if t.kind != "num" else "N" for t in corrected] == ["not", "N"]
        if said and out and out[-1].kind == "num":
            index += comma + 2  # "2.5%, not 2%": the value it corrects, said for context
            continue
        out.append(tokens[index])
        index += 1
    return out


_PREPOSITIONS = frozenset("in on during over at for through across within around".split())


def placed_after_prepositions(tokens: list[Tok]) -> frozenset[int]:
    """The positions, among the tokens that are not filler, of those said right after a
    preposition ("12k in December")."""
    placed: set[int] = set()
    after_preposition = False
    count = 0
    for token in tokens:
        if token.kind in ("filler", "question"):
            after_preposition = token.text in _PREPOSITIONS
            continue
        if after_preposition:
            placed.add(count)
        after_preposition = False
        count += 1
    return frozenset(placed)
