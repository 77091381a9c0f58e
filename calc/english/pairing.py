"""What the patterns that pair keys with values are made of: the tokens seen from one
position (`At`), whether a value can be a key's (`fits`), the setting text a pairing makes,
and the `Scan` the pass fills."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from calc.english.lexicon import IN_A_YEAR
from calc.english.tokens import Num, Tok
from calc.formatting import decimal_text
from calc.key_types import Kind
from calc.keys import BY_NAME

_PERIOD_TEXT = {"day": "day", "month": "month", "year": "year", "week": "week", "hour": "h"}


def value_text(key: str, num: Num) -> str:
    """`num` written as a value of `key` in the command language."""
    spec = BY_NAME[key]
    text = num.text.replace(",", "")
    if num.clock or num.unit == "clock":
        return num.source.lower()
    if spec.kind is Kind.SERVICE_LEVEL:
        return num.text
    if num.percent or (num.points and spec.is_percent):
        return f"{text}%"
    if spec.kind is Kind.TIME and num.unit:
        return text + {"s": "s", "min": "min", "h": "h"}[num.unit]
    if spec.kind is Kind.TIME and text.endswith("M") and num.source.endswith("m"):
        return text[:-1] + "min"  # "AHT 10.5m": minutes, as the language reads aht=10.5m
    if spec.kind is Kind.RATE and num.period == "quarter":
        return f"{decimal_text(num.amount * IN_A_YEAR['quarter'])}/year"  # no quarter in it
    if spec.kind is Kind.RATE and num.period and num.period != "day":
        return f"{text}/{_PERIOD_TEXT[num.period]}"
    return text


def set_text(key: str, num: Num) -> str:
    """`key` set to `num`; "AHT of 15%" can only mean the AHT increase."""
    if key == "aht" and num.percent:
        return f"aht+{num.text}%"
    return f"{key}={value_text(key, num)}"


def change_text(key: str, num: Num, up: bool) -> str:
    """`key` moved by `num`: `calls+20%`, `conv-1pp`; AHT up N% is selling's increase."""
    sign = "+" if up else "-"
    if key == "aht" and up and num.percent:
        return f"aht+{num.text}%"
    if num.points:
        return f"{key}{sign}{num.text}pp"
    if num.percent:
        return f"{key}{sign}{num.text}%"
    return f"{key}{sign}{value_text(key, num)}"  # refused by the language, with its hint


@dataclass
class Scan:
    """The association pass: settings found, and what was left over."""

    settings: list[str] = field(default_factory=list)
    keys: list[Tok] = field(default_factory=list)  # keys with no value
    nums: list[Tok] = field(default_factory=list)  # values with no key
    changes: list[Tok] = field(default_factory=list)  # "goes up" with no key
    unknown: list[Tok] = field(default_factory=list)
    unmodeled: list[Tok] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    #: Unknown words may be passed over: every value is tied to a key by a known word
    #: (set by the reader, which knows the whole sentence).
    skippable: bool = False


class At:
    """Tokens seen from one position: `kind(n)`, `num(n)`, `key(n)` n tokens on."""

    def __init__(self, items: list[Tok], index: int, placed: frozenset[int] = frozenset()) -> None:
        self.items, self.index = items, index
        self.placed = placed  # items said right after "in", "during", …: a when, not a thing

    def tok(self, offset: int) -> Tok | None:
        at = self.index + offset
        return self.items[at] if 0 <= at < len(self.items) else None

    def kind(self, offset: int) -> str:
        at = self.index + offset  # what every pattern asks first: kept to one call
        return self.items[at].kind if 0 <= at < len(self.items) else ""

    def num(self, offset: int) -> Num:
        token = self.tok(offset)
        assert token is not None and token.num is not None
        return token.num

    def key(self, offset: int) -> str:
        token = self.tok(offset)
        return (token.key or "") if token is not None else ""


Found = tuple[list[str], int] | None
Pattern = Callable[[At], Found]


def fits(key: str, num: Num) -> bool:
    """Whether `num` can be a value of `key`: money is never a count, a share or a time
    ("how many days until we pay back $250k": not 250,000 operating days)."""
    counted = (Kind.RATE, Kind.DAYS, Kind.HOURS, Kind.PERCENT, Kind.TIME, Kind.SERVICE_LEVEL)
    kind = BY_NAME[key].kind
    if num.span:
        return False  # "the rollout takes 2 weeks": a length of time, no input's value
    if (num.unit is not None or num.clock) and kind not in (Kind.TIME, Kind.HOURS):
        return False  # "11.5 minutes" is never a number of calls
    if num.period and kind is Kind.PERCENT and not (num.percent or num.points):
        return False  # "uplift for 1m/yr": an amount a year is no share
    return not (num.money and kind in counted)


def said_at(at: At, offset: int, *words: str) -> bool:
    token = at.tok(offset)
    return token is not None and token.text in words
