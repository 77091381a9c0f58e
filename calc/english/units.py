"""What follows a number, joined to it: a scale ("12 grand"), percent, points, money, a
time unit, a span of time ("2 weeks"), then its period ("a month": periods.py)."""

from __future__ import annotations

import re

from calc.english import lexicon as W
from calc.english.lexicon import PERCENT_WORDS, POINTS_WORDS
from calc.english.numbers import read_number_words
from calc.english.periods import attach_periods
from calc.english.phrase_index import phrase_at
from calc.english.tokens import Num, Tok, changed
from calc.formatting import decimal_text

_SPANS = frozenset("week weeks month months year years quarter quarters".split())
_WINDOW = frozenset({"last", "past", "previous"})  # days before now, said as a span
_BASIS_POINTS = frozenset({"bps", "bp"})
_CENTS = frozenset({"cents", "cent", "pence"})
_SCALE_AFTER = frozenset(
    {"thousand", "grand", "million", "millions", "mill", "billion", "bn", "mn", "k"}
)
_HOURS_A_DAY = [
    ("hours", "a", "day"),
    ("hours", "per", "day"),
    ("hours", "each", "day"),
    ("hour", "a", "day"),
]


def _attach_one(num: Num, words: list[str], index: int) -> tuple[Num, int] | None:
    """`num` with the word(s) at `index` joined to it (a scale, percent, points, money, a
    time unit), and how many words that took; None when the word is none of those."""
    word = words[index]
    if word not in _ATTACHABLE:
        return None  # most words after a number: none of the checks below can match
    scale = W.SCALES.get(word) if word in _SCALE_AFTER else None
    if scale and not num.percent and not re.search(r"[kMB]$", num.text):
        factor = W.SCALE_FACTORS[scale]
        money = num.money or word == "grand"  # "12 grand": twelve thousand dollars
        # the source says the scale ("$5 million"): a question back quotes what was said
        source = f"{num.source} {word}"
        scaled = changed(num, text=num.text + scale, amount=num.amount * factor, source=source)
        return changed(scaled, money=money), 1
    length = phrase_at(words, index, PERCENT_WORDS)
    if length and not num.percent:
        return changed(num, percent=True), length
    length = phrase_at(words, index, POINTS_WORDS)
    if length and not num.points:
        return changed(num, points=True, percent=False), length
    if word in W.MONEY_WORDS:
        return changed(num, money=True), 1
    basis = 2 if words[index : index + 2] in (["basis", "points"], ["basis", "point"]) else 0
    if (basis or word in _BASIS_POINTS) and not (num.money or num.percent or num.points):
        # "50 bps": basis points, a hundredth of a percentage point each
        points = num.amount.scaleb(-2)
        return changed(num, text=decimal_text(points), amount=points, points=True), basis or 1
    if word in _CENTS and not (num.money or num.percent or num.points):
        # "50 cents": a money amount in dollars, never fifty dollars
        amount = num.amount.scaleb(-2)
        return changed(num, text=format(amount, "f"), amount=amount, money=True), 1
    # "10 hours a day" is the opening hours (a fixed phrase), not a handle time
    opening = word in ("hours", "hour", "h", "hr", "hrs") and phrase_at(words, index, _HOURS_A_DAY)
    plain = not (num.money or num.percent or num.points or num.period or num.unit or num.span)
    if word in _SPANS and plain:
        source = f"{num.source} {word}"  # "takes 2 weeks": never two dollars of launch
        return changed(num, span=True, source=source), 1
    if word in W.TIME_UNITS and num.unit is None and not num.percent and not opening:
        return changed(num, unit=W.TIME_UNITS[word]), 1
    return None


#: Every word `_attach_one` may join to a number (a phrase's first word).
_ATTACHABLE = frozenset(
    {
        *_SCALE_AFTER,
        *(phrase[0] for phrase in PERCENT_WORDS),
        *(phrase[0] for phrase in POINTS_WORDS),
        *W.MONEY_WORDS,
        "basis",
        *_BASIS_POINTS,
        *_CENTS,
        *_SPANS,
        *W.TIME_UNITS,
    }
)


def attach_units(tokens: list[Tok]) -> list[Tok]:
    """Join what follows a number to it: scale, percent, points, money, time unit, period."""
    out: list[Tok] = []
    words = [t.text if t.kind == "word" else "\0" for t in tokens]
    index = 0
    while index < len(tokens):
        token = tokens[index]
        index += 1
        if token.kind != "num" or token.num is None:
            out.append(token)
            continue
        num = token.num
        window = out and out[-1].text in _WINDOW and words[index : index + 1] in (["days"], ["day"])
        if window and not (num.money or num.percent or num.points or num.unit):
            # "the last 30 days average 9,800 calls": when it was measured, never 30 days open
            num = changed(num, span=True, source=f"{num.source} {words[index]}")
            index += 1
        while index < len(tokens) and (joined := _attach_one(num, words, index)) is not None:
            num, used = joined
            index += used
        out.append(Tok("num", num.source, num=num))
    if any(t.num is not None and t.num.money for t in out):  # most sentences: no amount
        out = _dollars_and_cents(out)
    return attach_periods(_minutes_and_seconds(out))


def _minutes_and_seconds(tokens: list[Tok]) -> list[Tok]:
    """ "8 minutes 45 seconds", "8 minutes and 45 seconds": one length, in seconds."""
    if not any(token.num is not None and token.num.unit == "min" for token in tokens):
        return tokens  # most sentences: no minutes to join
    out: list[Tok] = []
    for token in tokens:
        num = token.num
        if num is not None and num.unit == "s" and not num.percent and out:
            joined = out[-2:] if len(out) > 1 and out[-1].text == "and" else out[-1:]
            minutes = joined[0].num
            if minutes is not None and minutes.unit == "min" and not minutes.percent:
                seconds = minutes.amount * 60 + num.amount
                source = " ".join(t.text for t in (*joined, token))
                del out[-len(joined) :]
                text = decimal_text(seconds)
                token = Tok(
                    "num", source, num=changed(num, text=text, amount=seconds, source=source)
                )
        out.append(token)
    return out


_AFTER_CENTS = frozenset({",", "a", "an", "per", "each", "every", "and", "for", "on", "to", "is"})


def _dollars_and_cents(tokens: list[Tok]) -> list[Tok]:
    """ "$2 and 60 cents", "2 bucks 75", "two dollars fifty": one amount ($2.60, $2.75)."""
    out: list[Tok] = []
    for index, token in enumerate(tokens):
        num = token.num
        joined = out[-2:] if len(out) > 1 and out[-1].text == "and" else out[-1:]
        dollars = joined[0].num if num is not None and joined else None
        if num is not None and dollars is not None and dollars.money and not dollars.period:
            nxt = tokens[index + 1].text if index + 1 < len(tokens) else ","
            bare = not (num.money or num.percent or num.points or num.unit or num.period)
            cents = num.amount if num.money and num.amount < 1 else num.amount.scaleb(-2)
            whole = dollars.amount == dollars.amount.to_integral_value() and not num.span
            fits = (num.money and num.amount < 1) or (bare and 0 < num.amount < 100)
            if whole and fits and (num.money or nxt in _AFTER_CENTS) and not num.clock:
                amount = dollars.amount + cents
                source = " ".join(t.text for t in (*joined, token))
                del out[-len(joined) :]
                text = format(amount, "f")
                token = Tok(
                    "num", source, num=changed(dollars, text=text, amount=amount, source=source)
                )
        out.append(token)
    return out


_SPELLED_UNIT = re.compile(r"([a-z]+(?:-[a-z]+)?)-(dollars?|bucks?|cents?|minutes?|seconds?)")


def spelled_unit(word: str, source: str) -> Num | None:
    """ "two-dollar" ($2), "fifty-cent" ($0.50), "nine-minute" (9 min), "thirty-second": a
    number in words joined to its unit by a hyphen, as "a 30-second increase" is in digits."""
    match = _SPELLED_UNIT.fullmatch(word)
    read = read_number_words(match[1].split("-"), 0) if match else None
    if match is None or read is None or read[1] != len(match[1].split("-")):
        return None
    amount, unit = read[0], match[2].rstrip("s")
    if unit == "cent":
        return Num(format(amount.scaleb(-2), "f"), amount.scaleb(-2), source, money=True)
    if unit in ("dollar", "buck"):
        return Num(decimal_text(amount), amount, source, money=True)
    return Num(decimal_text(amount), amount, source, unit="min" if unit == "minute" else "s")
