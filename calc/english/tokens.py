"""The reader's tokens: a value as written (`Num`) and one word or number of a sentence
(`Tok`), shared by the lexer, the fixed phrases, the association and the hints."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True, init=False)
class Num:
    """A value as written: the number in command-language digits, and what came with it."""

    text: str
    amount: Decimal
    source: str
    percent: bool = False
    points: bool = False
    money: bool = False
    unit: str | None = None  # "s", "min", "h"
    clock: bool = False
    period: str | None = None  # "day", "month", "year", "week", "hour"
    target: str | None = None  # a service level written 80/20
    per_call: bool = False  # "$2.75 per call"
    span: bool = False  # "2 weeks", "3 months": a length of time, which no input is

    def __init__(
        self,
        text: str,
        amount: Decimal,
        source: str,
        percent: bool = False,
        points: bool = False,
        money: bool = False,
        unit: str | None = None,
        clock: bool = False,
        period: str | None = None,
        target: str | None = None,
        per_call: bool = False,
        span: bool = False,
    ) -> None:
        # The fields written at once: a frozen dataclass's own __init__ sets them one by one
        # through object.__setattr__, twice the time, and a sentence makes a Num per number.
        # (tests/calc/test_english.py holds this signature to the fields above.)
        self.__dict__.update(
            text=text,
            amount=amount,
            source=source,
            percent=percent,
            points=points,
            money=money,
            unit=unit,
            clock=clock,
            period=period,
            target=target,
            per_call=per_call,
            span=span,
        )

    @property
    def kind(self) -> str:
        """What sort of value it is, for matching a bare value to a key in a thread."""
        if self.target:
            return "sl"
        if self.span:
            return "span"
        if self.points:
            return "points"
        if self.percent:
            return "percent"
        if self.money:
            return "money"
        if self.unit or self.clock:
            return "time"
        return "count"


_NUM_FIELDS = frozenset(Num.__dataclass_fields__)


def changed(num: Num, **changes: object) -> Num:
    """`num` with `changes`, as `dataclasses.replace` makes it but without its generic
    copy through `__init__` field by field: a sentence of many numbers spent a tenth of its
    reading there (a Num has no `__post_init__` to run, and stays frozen)."""
    if not changes.keys() <= _NUM_FIELDS:
        raise TypeError(f"Num has no field {sorted(changes.keys() - _NUM_FIELDS)}")
    new = object.__new__(Num)
    new.__dict__.update(num.__dict__, **changes)
    return new


def setting_key(text: str) -> str:
    """The key a setting's text sets or moves: `calls` of `calls=12k`, `aht` of `aht-1min`."""
    return text.split("=")[0].split("+")[0].split("-")[0]


@dataclass(slots=True)
class Tok:
    """One token of the sentence: its class and what it carries."""

    kind: str  # num key up down more less longer shorter double half to by set from
    #            between step sep name setting range filler unknown unmodeled question
    text: str
    key: str | None = None
    num: Num | None = None
    setting: str | None = None
    why: str | None = None


def setting_token(text: str, span: str) -> Tok:
    """A setting read from the words `span` ("$1,500" written as the language writes it)."""
    text = text.replace(",", "")
    return Tok("setting", span, key=setting_key(text), setting=text)


def with_num(token: Tok, num: Num) -> Tok:
    """`token` carrying `num` instead, as `dataclasses.replace` makes it but without its
    generic copy (a tenth of joining periods to numbers went there)."""
    return Tok(token.kind, token.text, token.key, num, token.setting, token.why)


# -- reading a phrase token by token (the fixed phrases, the clock) --------------------


def word_at(tokens: list[Tok], index: int) -> str:
    """The word at `index` ('' past the end or for a non-word)."""
    if 0 <= index < len(tokens) and tokens[index].kind == "word":
        return tokens[index].text
    return ""


def num_at(tokens: list[Tok], index: int) -> Num | None:
    """The number at `index` (None past the end or for a non-number)."""
    if 0 <= index < len(tokens) and tokens[index].kind == "num":
        return tokens[index].num
    return None


def words_at(tokens: list[Tok], index: int, *options: tuple[str, ...]) -> int:
    """The length of the longest of `options` (word sequences) at `index`, else 0."""
    best = 0
    for option in options:
        if all(word_at(tokens, index + k) == word for k, word in enumerate(option)):
            best = max(best, len(option))
    return best


def skip_words(tokens: list[Tok], index: int, *words: str) -> int:
    """`index` moved past any of `words`."""
    while word_at(tokens, index) in words and word_at(tokens, index):
        index += 1
    return index
