"""Plain English into the command language: deterministic, no model, no network.

The reader classifies words into numbers (with their percent, money, time, period), keys
(by the names people use), change words and scenario names; rewrites a few fixed phrases
("90% of calls answered in 15 seconds", "open 10 hours a day") into settings; then pairs
keys with values by a small set of patterns ("conversion drops to 1.5%", "20% more calls",
"12k calls"). Whatever is left is either filler, or a reason to refuse: a number with no
key, a key with no number, a word it does not know. It never guesses.

The output is command-language text, which the command parser then reads like any typed
command: every value rule and refusal is the language's own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal

from calc.commands import looks_like_setting, normalize
from calc.english import words as W
from calc.english.numbers import is_number_word, read_number_words
from calc.errors import Refusal, echo
from calc.formatting import decimal_text
from calc.keys import BY_NAME, Kind, lookup
from calc.names import check_name
from calc.settings import parse_setting

HINT = 'ask e.g. "what if AHT goes up 15%?", or write /roi aht+15% (see /roi help english)'
MAX_QUESTION = 1_000  # characters read as a question


@dataclass(frozen=True)
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

    @property
    def kind(self) -> str:
        """What sort of value it is, for matching a bare value to a key in a thread."""
        if self.target:
            return "sl"
        if self.points:
            return "points"
        if self.percent:
            return "percent"
        if self.money:
            return "money"
        if self.unit or self.clock:
            return "time"
        return "count"


@dataclass
class Tok:
    """One token of the sentence: its class and what it carries."""

    kind: str  # num key up down more less longer shorter double half to by set from
    #            between step sep name setting range filler unknown unmodeled question
    text: str
    key: str | None = None
    num: Num | None = None
    setting: str | None = None
    why: str | None = None


@dataclass(frozen=True)
class Reading:
    """What a sentence asks: a verb, an optional base scenario, settings, the verb's own
    arguments, and flags."""

    verb: str  # compute breakeven compare sweep list show save help reset
    scenario: str | None = None
    settings: tuple[str, ...] = ()
    args: tuple[str, ...] = ()
    wants_agents: bool = False
    bare: Num | None = None  # a lone value, for a follow-up in a thread ("what about 20%?")

    def command(self) -> str:
        """The command-language text of this reading (without `/roi`)."""
        base = [self.scenario] if self.scenario else []
        if self.verb == "compute":
            return " ".join([*base, *self.settings])
        if self.verb == "breakeven":
            return " ".join(["breakeven", *base, *self.settings])
        if self.verb == "sweep":
            return " ".join(["sweep", *base, *self.args, *self.settings])
        if self.verb == "compare":
            return " ".join(["compare", *self.args, *self.settings])
        if self.verb == "save":
            source = ["from", self.scenario] if self.scenario else []
            return " ".join(["save", *self.args, *source, *self.settings])
        if self.verb in ("show", "help"):
            return " ".join([self.verb, *self.args])
        return self.verb


# -- tokens -------------------------------------------------------------------------------

_NUMBER = re.compile(
    r"^(?P<sign>-)?(?P<cur>[$€£])?(?P<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
    r"(?P<scale>k|m|mn|bn|b)?(?P<pct>%|pp)?(?P<unit>s|secs?|mins?|hrs?|h)?"
    r"(?P<per>/(?:day|d|month|mo|year|yr|week|wk|hour|h|hr))?$"
)
_OF_PRICE = re.compile(r"(\d%|\bpercent)\s+of\s+(?:the\s+)?(?:sale\s+)?price\b", re.IGNORECASE)
_CLOCK = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?$")
_COMPOUND = re.compile(r"^\d+(?:m|min)\d+s$")
_TARGET = re.compile(r"^(\d{1,3})%?/(\d{1,4})s?$")
_PERIOD_SUFFIX = {
    "/day": "day",
    "/d": "day",
    "/month": "month",
    "/mo": "month",
    "/year": "year",
    "/yr": "year",
    "/week": "week",
    "/wk": "week",
    "/hour": "hour",
    "/h": "hour",
    "/hr": "hour",
}


def _chunks(text: str) -> list[str]:
    """Words as typed, trailing punctuation split off (a `,` or `;` kept as a separator)."""
    out: list[str] = []
    for raw in text.split():
        word = raw.strip("\"'()[]{}“”‘’")
        separator = False
        while word and word[-1] in ".,;:!?":
            separator = separator or word[-1] in ",;"
            word = word[:-1]
        word = word.lstrip("@")
        if word:
            out.append(word)
        if separator:
            out.append(",")
    return out


_NUMBER_START = frozenset("0123456789$€£-.")


def _num(chunk: str) -> Num | None:
    """A number written with digits, and what is attached to it in the same word."""
    if chunk[:1] not in _NUMBER_START:
        return None
    lowered = chunk.lower()
    if _CLOCK.match(lowered) or _COMPOUND.match(lowered):
        return Num(lowered, Decimal(0), chunk, unit="clock", clock=True)
    target = _TARGET.match(lowered)
    if target and "/" in lowered:
        return Num(f"{target[1]}/{target[2]}", Decimal(target[1]), chunk, target=lowered)
    match = _NUMBER.match(lowered)
    if match is None:
        return None
    digits = (match["sign"] or "") + match["n"]
    scale = {"k": "k", "m": "M", "mn": "M", "b": "B", "bn": "B"}.get(match["scale"] or "", "")
    amount = Decimal(digits.replace(",", ""))
    amount *= {"": 1, "k": 1000, "M": 10**6, "B": 10**9}[scale]
    unit = match["unit"]
    return Num(
        digits + scale,
        amount,
        chunk,
        percent=match["pct"] == "%",
        points=match["pct"] == "pp",
        money=match["cur"] is not None,
        unit=W.TIME_UNITS.get(unit) if unit else None,
        period=_PERIOD_SUFFIX.get(match["per"] or ""),
    )


class Phrases:
    """Word sequences indexed by their first word: finding which one starts at a position
    costs a dictionary lookup, not a scan of the whole vocabulary."""

    def __init__(self, phrases: Iterable[tuple[str, ...]], values: Iterable[str] = ()) -> None:
        listed = list(phrases)
        named = list(values) or [""] * len(listed)
        self._by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for phrase, value in zip(listed, named, strict=True):
            self._by_first.setdefault(phrase[0], []).append((phrase, value))
        for entries in self._by_first.values():
            entries.sort(key=lambda entry: -len(entry[0]))

    def at(self, words: Sequence[str], index: int) -> tuple[int, str]:
        """The longest phrase starting at `index`: (its length, its value); (0, "")."""
        if index >= len(words):
            return 0, ""
        entries = self._by_first.get(words[index])
        if not entries:
            return 0, ""
        for phrase, value in entries:
            end = index + len(phrase)
            if end <= len(words) and tuple(words[index:end]) == phrase:
                return len(phrase), value
        return 0, ""

    def find(self, words: Sequence[str]) -> tuple[int, int] | None:
        """The first place any phrase occurs: (start, length)."""
        first = self._by_first
        for start, word in enumerate(words):
            if word in first:
                length, _ = self.at(words, start)
                if length:
                    return start, length
        return None


_CACHE: dict[int, Phrases] = {}


def _phrases(phrases: Sequence[tuple[str, ...]]) -> Phrases:
    """The index of a phrase list (built once per list)."""
    index = _CACHE.get(id(phrases))
    if index is None:
        index = _CACHE[id(phrases)] = Phrases(phrases)
    return index


def _phrase_at(words: Sequence[str], index: int, phrases: Sequence[tuple[str, ...]]) -> int:
    """The length of the longest phrase of `phrases` starting at `index` (0 if none)."""
    return _phrases(phrases).at(words, index)[0]


_KEYS = Phrases(
    [tuple(phrase.split()) for phrases in W.KEY_PHRASES.values() for phrase in phrases],
    [key for key, phrases in W.KEY_PHRASES.items() for _ in phrases],
)
_PERIODS = Phrases(list(W.PERIODS), list(W.PERIODS.values()))
_PERCENT = [tuple(p.split()) for p in W.PERCENT]
_POINTS = [tuple(p.split()) for p in W.POINTS]
_PER_CALL = [("per", "call"), ("a", "call"), ("each", "call")]


def _key_at(words: Sequence[str], index: int) -> tuple[str, int] | None:
    length, key = _KEYS.at(words, index)
    return (key, length) if length else None


def tokenize(text: str, names: Sequence[str] = ()) -> list[Tok]:
    """The sentence as tokens (numbers joined with their units, keys with their words)."""
    # "a margin of 23% of the price": a margin in percent is of the price already.
    chunks = _chunks(_OF_PRICE.sub(r"\1", normalize(text)))
    lowered = [chunk.lower() for chunk in chunks]
    known = {name.lower(): name for name in names}
    tokens: list[Tok] = []
    index = 0
    while index < len(chunks):
        chunk, word = chunks[index], lowered[index]
        if word == ",":
            tokens.append(Tok("sep", ","))
            index += 1
            continue
        if word in known and re.search(r"[a-z]", word):
            tokens.append(Tok("name", known[word]))
            index += 1
            continue
        if looks_like_setting(chunk) and ".." not in chunk:
            try:
                setting = parse_setting(chunk)
            except Refusal:
                setting = None
            if setting is not None:
                tokens.append(Tok("setting", chunk, key=setting.key.name, setting=chunk))
                index += 1
                continue
        if ".." in word:
            tokens.append(Tok("range", chunk))
            index += 1
            continue
        reference = _REFERENCE.at(lowered, index)[0]
        if reference:
            tokens.append(Tok("name", "reference"))
            index += reference
            continue
        num = _num(chunk)
        if (
            num is None
            and word == "half"
            and index + 2 < len(lowered)
            and lowered[index + 1] == "a"
            and lowered[index + 2]
            in ("point", "percent", "million", "thousand", "billion", "minute", "hour")
        ):
            num = Num("0.5", Decimal("0.5"), "half a")
            index += 1  # "half a": the unit word that follows is attached below
        if num is None and (
            is_number_word(word)
            or (
                word == "a"
                and index + 1 < len(lowered)
                and lowered[index + 1] in ("hundred", "thousand", "million", "billion")
            )
        ):
            spelled = read_number_words(lowered, index)
            if spelled is not None:
                amount, used = spelled
                num = Num(decimal_text(amount), amount, " ".join(chunks[index : index + used]))
                index += used - 1
        if (
            num is not None
            and lowered[index + 1 : index + 4] == ["and", "a", "half"]
            and not (num.percent or num.points or num.clock or num.target)
        ):
            # "ten and a half minutes", "2 and a half thousand"
            amount = num.amount + Decimal("0.5")
            num = replace(
                num, text=decimal_text(amount), amount=amount, source=f"{num.source} and a half"
            )
            index += 3
        if num is not None:
            tokens.append(Tok("num", chunk, num=num))
            index += 1
            continue
        if chunk in "$€£" and index + 1 < len(chunks):  # "$ 120"
            nxt = _num(chunks[index + 1])
            if nxt is not None:
                tokens.append(Tok("num", chunk + chunks[index + 1], num=replace(nxt, money=True)))
                index += 2
                continue
        tokens.append(Tok("word", word))
        index += 1
    return _attach(tokens)


def _attach(tokens: list[Tok]) -> list[Tok]:
    """Join what follows a number to it: scale, percent, points, money, time unit, period."""
    out: list[Tok] = []
    words = [t.text if t.kind == "word" else "\0" for t in tokens]
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token.kind != "num" or token.num is None:
            out.append(token)
            index += 1
            continue
        num = token.num
        index += 1
        while index < len(tokens):
            word = words[index]
            scale = (
                W.SCALES.get(word)
                if word in ("thousand", "grand", "million", "millions", "billion", "bn", "mn", "k")
                else None
            )
            if scale and not num.percent and not re.search(r"[kMB]$", num.text):
                factor = {"k": 1000, "M": 10**6, "B": 10**9}[scale]
                num = replace(num, text=num.text + scale, amount=num.amount * factor)
                index += 1
                continue
            length = _phrase_at(words, index, _PERCENT)
            if length and not num.percent:
                num = replace(num, percent=True)
                index += length
                continue
            length = _phrase_at(words, index, _POINTS)
            if length and not num.points:
                num = replace(num, points=True, percent=False)
                index += length
                continue
            if word in W.MONEY_WORDS:
                num = replace(num, money=True)
                index += 1
                continue
            if (
                word in W.TIME_UNITS
                and num.unit is None
                and not num.percent
                and not (
                    word in ("hours", "hour", "h", "hr", "hrs")
                    and _phrase_at(
                        words,
                        index,
                        [
                            ("hours", "a", "day"),
                            ("hours", "per", "day"),
                            ("hours", "each", "day"),
                            ("hour", "a", "day"),
                        ],
                    )
                )
            ):
                num = replace(num, unit=W.TIME_UNITS[word])
                index += 1
                continue
            break
        out.append(Tok("num", num.source, num=num))
    return _periods(out)


def _periods(tokens: list[Tok]) -> list[Tok]:
    """ "a month", "per hour", "daily": the period of the nearest number before it (with at
    most a key between: "270k calls a month"). "per call" after an amount says what the
    amount is per (overhead, cost), which the key already means."""
    words = [t.text if t.kind == "word" else "\0" for t in tokens]
    out: list[Tok] = []
    index = 0
    while index < len(tokens):
        per_call = _phrase_at(words, index, _PER_CALL)
        if (
            per_call
            and out
            and out[-1].kind == "num"
            and out[-1].num is not None
            and out[-1].num.money
        ):
            index += per_call
            continue
        length, period = _PERIODS.at(words, index)
        if length:
            back = [
                i for i in range(len(out) - 1, max(-1, len(out) - 4), -1) if out[i].kind == "num"
            ]
            if back and out[back[0]].num is not None and out[back[0]].num.period is None:  # type: ignore[union-attr]
                target = out[back[0]]
                assert target.num is not None
                out[back[0]] = replace(target, num=replace(target.num, period=period))
                index += length
                continue
        out.append(tokens[index])
        index += 1
    return out


# -- phrases that are settings by themselves ---------------------------------------------


def _w(tokens: list[Tok], index: int) -> str:
    """The word at `index` ('' past the end or for a non-word)."""
    if 0 <= index < len(tokens) and tokens[index].kind == "word":
        return tokens[index].text
    return ""


def _n(tokens: list[Tok], index: int) -> Num | None:
    if 0 <= index < len(tokens) and tokens[index].kind == "num":
        return tokens[index].num
    return None


def _words_at(tokens: list[Tok], index: int, *options: tuple[str, ...]) -> int:
    """The length of the longest of `options` (word sequences) at `index`, else 0."""
    best = 0
    for option in options:
        if all(_w(tokens, index + k) == word for k, word in enumerate(option)):
            best = max(best, len(option))
    return best


def _skip(tokens: list[Tok], index: int, *words: str) -> int:
    """`index` moved past any of `words`."""
    while _w(tokens, index) in words and _w(tokens, index):
        index += 1
    return index


def _setting(text: str, span: str) -> Tok:
    return Tok("setting", span, key=text.split("=")[0].split("+")[0].split("-")[0], setting=text)


_FIXED_STARTS = frozenset(
    {
        "open",
        "opening",
        "answer",
        "answering",
        "pick",
        "picking",
        "charged",
        "charge",
        "charging",
        "billed",
        "paid",
        "applied",
        "on",
        "spend",
        "spending",
        "spent",
        "invest",
        "investing",
        "invested",
        "costs",
        "keep",
        "save",
        "retain",
        "keeping",
        "saving",
        "calls",
        "call",
        "conversations",
    }
)


def _fixed_phrases(tokens: list[Tok]) -> list[Tok]:
    """Rewrite the fixed phrases that name their own setting."""
    out: list[Tok] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token.kind != "num" and not (token.kind == "word" and token.text in _FIXED_STARTS):
            out.append(token)
            index += 1
            continue
        found = _fixed_at(tokens, index)
        if found is None:
            out.append(tokens[index])
            index += 1
            continue
        setting, end = found
        span = " ".join(t.text for t in tokens[index:end])
        out.append(_setting(setting, span))
        index = end
    return out


def _fixed_at(tokens: list[Tok], index: int) -> tuple[str, int] | None:
    first = _w(tokens, index)
    # open 10 hours a day · 10 hours a day · open 250 days (a year)
    start = index + 1 if first in ("open", "opening") else index
    num = _n(tokens, start)
    if num is not None and not (num.percent or num.money):
        unit = _w(tokens, start + 1)
        if unit in ("hours", "hour", "hrs", "h"):
            day = _words_at(
                tokens, start + 2, ("a", "day"), ("per", "day"), ("each", "day"), ("daily",)
            )
            if day or first in ("open", "opening") or num.period == "day":
                return f"hours={num.text}", start + 2 + day
        if num.unit == "h" and (first in ("open", "opening") or num.period == "day"):
            return f"hours={num.text}", start + 1
        if unit in ("days",) and (
            first in ("open", "opening")
            or _words_at(tokens, start + 2, ("a", "year"), ("per", "year"))
        ):
            return f"days={num.text}", start + 2 + _words_at(
                tokens, start + 2, ("a", "year"), ("per", "year")
            )
        if num.period == "year" and unit == "days":
            return f"days={num.text}", start + 2
    # 90% of calls answered in 15 seconds · answer 90% of calls within 15 s
    start = index + 1 if first in ("answer", "answering", "pick", "picking") else index
    num = _n(tokens, start)
    if num is not None and num.percent:
        at = _skip(tokens, start + 1, "of", "the", "all", "our")
        at = _skip(tokens, at, "calls", "call", "callers")
        at = _skip(tokens, at, "answered", "picked", "handled", "up", "are", "get")
        if _w(tokens, at) in ("in", "within", "under", "inside"):
            seconds = _n(tokens, at + 1)
            if seconds is not None and seconds.unit == "s":
                return f"sl={num.text}/{seconds.text}", at + 2
            if seconds is not None and _w(tokens, at + 2) in ("seconds", "secs", "s"):
                return f"sl={num.text}/{seconds.text}", at + 3
    # 5% of new sales cancel (are refunded, come back)
    if num is not None and num.percent and index == start:
        at = _skip(tokens, index + 1, "of", "the", "our", "all")
        at = _skip(tokens, at, "new", "incremental", "extra", "additional", "upsold", "cross-sold")
        if _w(tokens, at) in ("sales", "sale", "orders", "order", "upsells", "purchases"):
            after = _skip(tokens, at + 1, "are", "get", "will", "would", "later", "then")
            if _w(tokens, after) in (
                "cancel",
                "cancels",
                "cancelled",
                "canceled",
                "refunded",
                "returned",
                "refund",
                "return",
                "reversed",
            ):
                return f"cancel={num.text}%", after + 1
            if _words_at(tokens, after, ("come", "back"), ("comes", "back")):
                return f"cancel={num.text}%", after + 2
        # 10% of calls pay (the fee) · 10% of callers are charged
        if _w(tokens, at) in ("calls", "callers", "call", "customers"):
            after = _skip(tokens, at + 1, "are", "get", "will", "would")
            if _w(tokens, after) in ("pay", "paid", "charged", "billed"):
                return f"paid={num.text}%", _skip(tokens, after + 1, "it", "the", "fee", "a")
    # charged on 10% of calls · (a fee) on 20% of calls
    if first in ("charged", "charge", "charging", "billed", "paid", "applied", "on"):
        at = _skip(tokens, index + 1, "on", "to", "for", "in")
        num = _n(tokens, at)
        if num is not None and num.percent:
            after = _skip(tokens, at + 1, "of", "the", "all", "our")
            if _w(tokens, after) in ("calls", "callers", "call"):
                return f"paid={num.text}%", after + 1
    # spend $250k to launch · invest $250k in training · a $250k launch
    if first in ("spend", "spending", "spent", "invest", "investing", "invested", "costs"):
        num = _n(tokens, index + 1)
        if num is not None and not num.percent:
            after = index + 2
            tail = _words_at(
                tokens,
                after,
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
            )
            if tail or first.startswith("invest"):
                return f"invest={num.text}", after + tail
    # 40 customers kept a day · keep 40 customers a day
    start = index + 1 if first in ("keep", "save", "retain", "keeping", "saving") else index
    num = _n(tokens, start)
    if num is not None and not (num.percent or num.money):
        at = start + 1
        if _w(tokens, at) in ("customers", "clients", "accounts"):
            at += 1
            if _w(tokens, at) in ("kept", "retained", "saved") or start != index:
                at = at + 1 if _w(tokens, at) in ("kept", "retained", "saved") else at
                at += _words_at(
                    tokens, at, ("a", "day"), ("per", "day"), ("daily",), ("each", "day")
                )
                return f"retained={num.text}", at
    # calls get 15% longer · 15% longer calls
    if first in ("calls", "call", "conversations"):
        at = _skip(
            tokens,
            index + 1,
            "get",
            "gets",
            "are",
            "become",
            "run",
            "take",
            "go",
            "grow",
            "would",
            "will",
            "be",
        )
        num = _n(tokens, at)
        if num is not None and num.percent and _w(tokens, at + 1) in (W.LONGER | W.SHORTER):
            sign = "+" if _w(tokens, at + 1) in W.LONGER else "-"
            return f"aht{sign}{num.text}%", at + 2
    num = _n(tokens, index)
    if num is not None and num.percent and _w(tokens, index + 1) in (W.LONGER | W.SHORTER):
        after = index + 2
        noun = _words_at(
            tokens, after, ("calls",), ("call",), ("handle", "time"), ("aht",), ("conversations",)
        )
        if noun:
            sign = "+" if _w(tokens, index + 1) in W.LONGER else "-"
            return f"aht{sign}{num.text}%", after + noun
    return None


# -- words into classes -------------------------------------------------------------------

_SEPARATORS = frozenset({"and", "with", "but", "while", "also", "then", "&", "+"})
_CLASSES: tuple[tuple[frozenset[str], str], ...] = (
    (W.UP, "up"),
    (W.DOWN, "down"),
    (W.MORE, "more"),
    (W.LESS, "less"),
    (W.LONGER, "longer"),
    (W.SHORTER, "shorter"),
    (W.DOUBLE, "double"),
    (W.HALF, "half"),
    (W.TO, "to"),
    (W.BY, "by"),
    (frozenset({"from"}), "from"),
    (frozenset({"between"}), "between"),
    (frozenset({"step", "steps", "increments", "increment", "every"}), "step"),
)


_CLASS_OF: dict[str, str] = {word: name for group, name in reversed(_CLASSES) for word in group}
_VERDICT = Phrases(W.VERDICT)
_REFERENCE = Phrases(W.REFERENCE)


def _classify(tokens: list[Tok]) -> list[Tok]:
    """Keys by their phrases, change words, separators, filler, and the rest unknown."""
    words = [t.text if t.kind == "word" else "\0" for t in tokens]
    out: list[Tok] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token.kind != "word":
            out.append(token)
            index += 1
            continue
        verdict = _VERDICT.at(words, index)[0]
        if verdict:
            out.append(Tok("filler", " ".join(words[index : index + verdict])))
            index += verdict
            continue
        key = _key_at(words, index)
        if key is not None:
            name, length = key
            out.append(Tok("key", " ".join(words[index : index + length]), key=name))
            index += length
            continue
        word = token.text
        if word in W.UNMODELED:
            out.append(Tok("unmodeled", word, why=W.UNMODELED[word]))
        elif word in _SEPARATORS:
            out.append(Tok("sep", word))
        elif word in _CLASS_OF:
            out.append(Tok(_CLASS_OF[word], word))
        elif word in W.SETS:
            out.append(Tok("set", word))
        elif word in W.FILLER or word in W.GREETINGS:
            out.append(Tok("filler", word))
        else:
            out.append(Tok("unknown", word))
        index += 1
    return out


# -- questions ----------------------------------------------------------------------------


def _texts(tokens: list[Tok]) -> list[str]:
    """Each token as a word to match questions against (keys by their key, `K:uplift`)."""
    return [
        f"K:{t.key}" if t.kind == "key" else (t.text if t.kind not in ("num", "name") else "\0")
        for t in tokens
    ]


def _find(texts: list[str], phrases: Sequence[tuple[str, ...]]) -> tuple[int, int] | None:
    """The first place any of `phrases` occurs: (start, length)."""
    return _phrases(phrases).find(texts)


_BREAKEVEN_KEYS = (
    ("what", "K:uplift"),
    ("which", "K:uplift"),
    ("how", "much", "K:uplift"),
    ("minimum", "K:uplift"),
    ("how", "much", "more", "K:uplift"),
    ("how", "far", "can", "K:aht"),
    ("how", "much", "can", "K:aht"),
    ("how", "far", "can", "the", "K:aht"),
    ("how", "much", "can", "the", "K:aht"),
    ("how", "long", "can", "K:calls"),
    ("how", "much", "longer", "can", "K:calls"),
    ("how", "far", "can", "our", "K:aht"),
    ("how", "high", "can", "K:aht"),
)


def _mark(tokens: list[Tok], start: int, length: int) -> None:
    for index in range(start, start + length):
        tokens[index] = Tok("question", tokens[index].text)


def _question(tokens: list[Tok]) -> tuple[str, bool]:
    """The verb the sentence asks for (its question words marked as used), and whether it
    asks how many agents."""
    texts = _texts(tokens)
    agents = _find(texts, W.AGENTS)
    if agents:
        _mark(tokens, *agents)
    found = _find(texts, _BREAKEVEN_KEYS)
    if found:
        start, length = found
        _mark(tokens, start, length)
        # "how far can AHT rise": the rise word belongs to the question too.
        if start + length < len(tokens) and tokens[start + length].kind == "up":
            _mark(tokens, start + length, 1)
        return "breakeven", bool(agents)
    found = _find(texts, W.BREAKEVEN)
    if found:
        _mark(tokens, *found)
        return "breakeven", bool(agents)
    return "compute", bool(agents)


# -- keys and values ----------------------------------------------------------------------

_PERIOD_TEXT = {"day": "day", "month": "month", "year": "year", "week": "week", "hour": "h"}


def value_text(key: str, num: Num) -> str:
    """`num` written as a value of `key` in the command language."""
    spec = BY_NAME[key]
    text = num.text
    if num.clock or num.unit == "clock":
        return num.source.lower()
    if spec.kind is Kind.SERVICE_LEVEL:
        return num.text
    if num.percent:
        return f"{text}%"
    if spec.kind is Kind.TIME and num.unit:
        return text + {"s": "s", "min": "min", "h": "h"}[num.unit]
    if spec.kind is Kind.RATE and num.period and num.period != "day":
        return f"{text}/{_PERIOD_TEXT[num.period]}"
    return text


def _set(key: str, num: Num) -> str:
    if key == "aht" and num.percent:  # "AHT of 15%" can only mean the increase
        return f"aht+{num.text}%"
    return f"{key}={value_text(key, num)}"


def _change(key: str, num: Num, up: bool) -> str:
    sign = "+" if up else "-"
    if num.points:
        return f"{key}{sign}{num.text}pp"
    if num.percent:
        return f"{key}{sign}{num.text}%"
    return f"{key}{sign}{value_text(key, num)}"  # refused by the language, with its hint


_VALUE_KINDS = {
    "up",
    "down",
    "to",
    "by",
    "set",
    "more",
    "less",
    "longer",
    "shorter",
    "double",
    "half",
    "from",
    "between",
    "step",
}


@dataclass
class _Scan:
    """The association pass: settings found, and what was left over."""

    settings: list[str] = field(default_factory=list)
    keys: list[Tok] = field(default_factory=list)  # keys with no value
    nums: list[Tok] = field(default_factory=list)  # values with no key
    unknown: list[Tok] = field(default_factory=list)
    unmodeled: list[Tok] = field(default_factory=list)
    names: list[str] = field(default_factory=list)


def _kind_at(tokens: list[Tok], index: int) -> str:
    return tokens[index].kind if 0 <= index < len(tokens) else ""


def _associate(tokens: list[Tok]) -> _Scan:
    """Pair keys with values by the patterns of the reader's table (docs/model.md)."""
    items = [t for t in tokens if t.kind not in ("filler", "question")]
    scan = _Scan()
    index = 0

    def kind(offset: int) -> str:
        return _kind_at(items, index + offset)

    while index < len(items):
        token = items[index]
        if token.kind == "setting":
            scan.settings.append(token.setting or "")
            index += 1
            continue
        if token.kind == "name":
            scan.names.append(token.text)
            index += 1
            continue
        if token.kind == "key":
            key = token.key or ""
            # KEY [up|down] to N: "falls to 1.5%", "rises to 3%", "goes to 12k"
            skip = 1 + (kind(1) in ("up", "down", "set"))
            if kind(skip) == "to" and kind(skip + 1) == "num":
                scan.settings.append(_set(key, items[index + skip + 1].num))  # type: ignore[arg-type]
                index += skip + 2
                continue
            # KEY up|down [by] N: "AHT goes up 15%", "calls drop by 10%"
            if kind(1) in ("up", "down"):
                by = 2 + (kind(2) == "by")
                if kind(by) == "num":
                    num = items[index + by].num
                    assert num is not None
                    if key == "aht" and kind(1) == "up" and num.percent:
                        scan.settings.append(f"aht+{num.text}%")
                    else:
                        scan.settings.append(_change(key, num, kind(1) == "up"))
                    index += by + 1
                    continue
            # KEY doubles | halves
            step = 1 + (kind(1) == "set")
            if kind(step) in ("double", "half"):
                up = kind(step) == "double"
                scan.settings.append(f"{key}{'+100%' if up else '-50%'}")
                index += step + 1
                continue
            # KEY [is|of|at] N [longer]: "AOV is $120", "uplift 6%", "calls get 15% longer"
            at = 1
            while kind(at) == "set":
                at += 1
            if kind(at) == "num":
                num = items[index + at].num
                assert num is not None
                if key in ("calls", "aht") and kind(at + 1) in ("longer", "shorter"):
                    sign = "+" if kind(at + 1) == "longer" else "-"
                    scan.settings.append(f"aht{sign}{num.text}%")
                    index += at + 2
                    continue
                scan.settings.append(_set(key, num))
                index += at + 1
                continue
            scan.keys.append(token)
            index += 1
            continue
        if token.kind in ("up", "down") and kind(1) == "key":
            # "increase calls by 20%", "cut AHT to 10 minutes", "raise conversion 1 point"
            key = items[index + 1].key or ""
            after = 2 + (kind(2) in ("by", "to"))
            if kind(after) == "num":
                num = items[index + after].num
                assert num is not None
                if kind(2) == "to":
                    scan.settings.append(_set(key, num))
                elif key == "aht" and token.kind == "up" and num.percent:
                    scan.settings.append(f"aht+{num.text}%")
                else:
                    scan.settings.append(_change(key, num, token.kind == "up"))
                index += after + 1
                continue
        if (
            token.kind in ("up", "down")
            and kind(1) == "num"
            and kind(2) in ("to", "from")
            and kind(3) == "key"
        ):
            # "selling adds 12% to handle time", "take 10% off calls" reads the same way
            key = items[index + 3].key or ""
            num = items[index + 1].num
            assert num is not None
            if key == "aht" and token.kind == "up" and num.percent:
                scan.settings.append(f"aht+{num.text}%")
            else:
                scan.settings.append(_change(key, num, token.kind == "up"))
            index += 4
            continue
        if token.kind in ("double", "half") and kind(1) == "key":
            up = token.kind == "double"
            scan.settings.append(f"{items[index + 1].key}{'+100%' if up else '-50%'}")
            index += 2
            continue
        if token.kind == "num":
            num = token.num
            assert num is not None
            # N more|fewer KEY: "20% more calls"; N longer calls
            if kind(1) in ("more", "less") and kind(2) == "key":
                key = items[index + 2].key or ""
                scan.settings.append(_change(key, num, kind(1) == "more"))
                index += 3
                continue
            if (
                kind(1) in ("longer", "shorter")
                and kind(2) == "key"
                and items[index + 2].key in ("calls", "aht")
            ):
                sign = "+" if kind(1) == "longer" else "-"
                scan.settings.append(f"aht{sign}{num.text}%")
                index += 3
                continue
            # N KEY: "12k calls", "a 25% margin", "6% uplift"
            if kind(1) == "key":
                scan.settings.append(_set(items[index + 1].key or "", num))
                index += 2
                continue
            # $24 an hour, alone: a wage; 80/20, alone: a service level
            if num.money and num.period == "hour":
                scan.settings.append(f"wage={num.text}")
                index += 1
                continue
            if num.target:
                scan.settings.append(f"sl={num.text}")
                index += 1
                continue
            scan.nums.append(token)
            index += 1
            continue
        if token.kind == "unknown":
            scan.unknown.append(token)
        elif token.kind == "unmodeled":
            scan.unmodeled.append(token)
        index += 1
    return scan


# -- the sentence -------------------------------------------------------------------------

_SAVE_OBJECT = frozenset(
    {
        "this",
        "it",
        "that",
        "these",
        "the",
        "thread",
        "conversation",
        "scenario",
        "settings",
        "answer",
        "them",
        "all",
        "as",
        "under",
        "to",
        "into",
        "please",
        "now",
        "a",
        "new",
        "called",
        "named",
    }
)
_COMPUTE_CUES = frozenset(
    {
        "what",
        "how",
        "are",
        "is",
        "show",
        "where",
        "verdict",
        "doing",
        "stand",
        "center",
        "centre",
        "profit",
        "cost",
        "money",
        "if",
        "suppose",
        "assume",
        "imagine",
        "with",
        "and",
        "about",
    }
)
_POLITE = frozenset(
    {
        "thanks",
        "thank",
        "you",
        "ok",
        "okay",
        "cool",
        "great",
        "perfect",
        "got",
        "it",
        "cheers",
        "ta",
        "thx",
        "ty",
    }
)


def _kinds_hint(num: Num) -> str:
    kind = num.kind
    if kind in ("percent", "points"):
        return (
            f'say which, e.g. "AHT goes up {num.text}%" (/roi aht+{num.text}%) or '
            f'"uplift of {num.text}%" (/roi uplift={num.text}%)'
        )
    if kind == "money":
        return (
            f'say which, e.g. "a price of ${num.text}" (/roi price={num.text}) or '
            f'"${num.text} an hour" (/roi wage={num.text})'
        )
    if kind == "time":
        return f'say which, e.g. "handle time of {num.source}" (/roi aht={value_text("aht", num)})'
    return f'say which, e.g. "{num.text} calls" (/roi calls={num.text})'


_SPOKEN = {"aht": "AHT", "aov": "AOV", "cpc": "CPC", "clv": "CLV", "ltv": "LTV", "sla": "SLA"}
_KEY_HINTS: dict[str, tuple[str, str, str, str]] = {
    # key: (a change said, its command, a value said, its command)
    "calls": ("calls go up 20%", "calls+20%", "12k calls", "calls=12k"),
    "aht": ("{k} goes up 10%", "aht+10%", "{k} of 11 minutes", "aht=11min"),
    "days": ("", "", "open 250 days a year", "days=250"),
    "hours": ("", "", "open 12 hours a day", "hours=12"),
    "sl": ("", "", "service level 80/20", "sl=80/20"),
    "wage": ("", "", "$22 an hour", "wage=22"),
}


def _key_hint(key: str, said: str) -> str:
    """How to give `key` a value, in words and as a command."""
    spec = BY_NAME[key]
    spoken = _SPOKEN.get(said, said)
    if key in _KEY_HINTS:
        change, change_cmd, value, value_cmd = _KEY_HINTS[key]
    elif spec.is_percent:
        example = spec.example.split("=")[1]
        change, change_cmd = "{k} goes up 1 point", f"{key}+1pp"
        value, value_cmd = f"{{k}} of {example}", spec.example
    else:
        example = spec.example.split(" or ")[0].split("=")[1]
        change, change_cmd = "{k} goes up 10%", f"{key}+10%"
        value, value_cmd = f"{{k}} of {example}", f"{key}={example.lstrip('$')}"
    said_value = f'"{value.format(k=spoken)}" (/roi {value_cmd})'
    if not change:
        return f"say e.g. {said_value}"
    return f'say e.g. "{change.format(k=spoken)}" (/roi {change_cmd}) or {said_value}'


def _refuse_leftovers(scan: _Scan) -> None:
    if scan.unmodeled:
        word = scan.unmodeled[0]
        raise Refusal(f'"{echo(word.text)}" is not something roibot models', word.why or HINT)
    if scan.unknown:
        words = " ".join(t.text for t in scan.unknown[:6])
        raise Refusal(f'not understood: "{echo(words)}"', HINT)
    if scan.keys:
        key = scan.keys[0]
        raise Refusal(
            f'"{echo(key.text)}": by how much, or to what?', _key_hint(key.key or "calls", key.text)
        )
    if scan.nums:
        num = scan.nums[0].num
        assert num is not None
        raise Refusal(f'"{echo(num.source)}" of what?', _kinds_hint(num))


def _sweep(tokens: list[Tok]) -> tuple[str, list[Tok]] | None:
    """`uplift from 2% to 10% (in steps of 1%)` as a range, and the tokens left; after a
    word that asks for one ("sweep", "chart", "show"), `uplift 2% to 10%` too (elsewhere
    "raise uplift 2% to 10%" would be a change, not a range)."""
    items = [t for t in tokens]
    asked = any(t.text in W.SWEEP or (t.text,) in W.SHOW for t in items)
    for index, token in enumerate(items):
        if token.kind != "key":
            continue
        at = index + 1
        while at < len(items) and items[at].kind in ("up", "down", "filler", "set"):
            at += 1
        if at < len(items) and items[at].kind == "range":
            key, low_high = token.key or "", items[at].text.split("=")[-1]
            return f"{key}={low_high}", items[:index] + items[at + 1 :]
        bare = asked and at < len(items) and items[at].kind == "num"
        if at < len(items) and (items[at].kind in ("from", "between") or bare):
            at -= bare  # no "from": the range starts right here
            low = items[at + 1] if at + 1 < len(items) else None
            joiner = items[at + 2] if at + 2 < len(items) else None
            high = items[at + 3] if at + 3 < len(items) else None
            if (
                low
                and high
                and low.kind == "num"
                and high.kind == "num"
                and joiner
                and joiner.kind in ("to", "sep", "down", "up")
                and low.num
                and high.num
            ):
                key = token.key or ""
                text = f"{key}={value_text(key, low.num)}..{value_text(key, high.num)}"
                end = at + 4
                rest = end
                while rest < len(items) and items[rest].kind in ("filler", "step", "by", "set"):
                    rest += 1
                step = items[rest].num if rest < len(items) else None
                if (
                    rest > end
                    and step is not None
                    and any(items[i].kind in ("step", "by") for i in range(end, rest))
                ):
                    text += f"/{value_text(key, step)}"
                    end = rest + 1
                return text, items[:index] + items[end:]
    return None


def _save_name(tokens: list[Tok]) -> tuple[str, list[Tok]] | None:
    """`save this as q3-plan`: the name, and the tokens left."""
    for index, token in enumerate(tokens):
        if token.text in W.SAVE and token.kind in ("unknown", "filler", "word"):
            at = index + 1
            while at < len(tokens) and tokens[at].text in _SAVE_OBJECT:
                at += 1
            if at < len(tokens):
                name = tokens[at].text if tokens[at].kind != "num" else ""
                if not name:
                    raise Refusal("save needs a name", 'say "save this as q3-plan"')
                check_name(name)
                return name, tokens[:index] + tokens[at + 1 :]
            raise Refusal("save needs a name", 'say "save this as q3-plan"')
    return None


_LIST_WORDS = frozenset("scenarios scenario saved plans plan all have got there listed".split())


def read(text: str, names: Sequence[str] = ()) -> Reading:
    """What `text` asks, or a Refusal naming what was not understood and a command form that
    would work. `names` are the team's scenario names (a sentence may name one)."""
    if len(text) > MAX_QUESTION:
        # A question is a sentence or two; a pasted page is not one (and reading 40,000
        # characters of a message would cost a worker 25 ms for nothing).
        raise Refusal(
            f"that is {len(text):,} characters, more than the {MAX_QUESTION:,} I "
            "read as a question",
            'ask one thing at a time, e.g. "what if AHT goes up 15%?"',
        )
    tokens = tokenize(text, names)
    plain = [t.text for t in tokens if t.kind == "word"]
    if any(word in W.WRITES for word in plain) or _find(plain, W.WRITE_PHRASES):
        raise Refusal(
            "English never deletes or restores",
            "write /roi delete NAME or /roi restore NAME VERSION",
        )
    if _find(plain, W.RESET) and not any(t.kind in ("num", "setting") for t in tokens):
        return Reading("reset")
    tokens = _classify(_fixed_phrases(tokens))
    saved = _save_name(tokens)
    if saved is not None:
        name, rest = saved
        scan = _associate(rest)
        _refuse_leftovers(scan)
        return Reading("save", settings=tuple(scan.settings), args=(name,))
    texts = _texts(tokens)
    meaningful = [t for t in tokens if t.kind not in ("filler", "sep")]
    if _find(texts, W.HELP) or (meaningful == [] and plain and plain[0] in W.GREETINGS):
        return Reading("help")
    if (
        not meaningful
        and not (set(plain) & _COMPUTE_CUES)
        and set(plain) <= (_POLITE | W.GREETINGS | W.FILLER)
    ):
        return Reading("help")
    listed = _find(texts, W.LIST)
    if listed is not None:
        start, length = listed
        others = [t for t in tokens[:start] + tokens[start + length :] if t.text not in _LIST_WORDS]
        if not any(
            t.kind in ("num", "setting", "name", "key", "unknown", "unmodeled") for t in others
        ):
            return Reading("list")
    compare = any(t.text in W.COMPARE for t in tokens)
    swept = _sweep(tokens)
    if swept is not None:
        range_text, tokens = swept
    verb, agents = _question(tokens)
    scan = _associate(tokens)
    if verb == "breakeven":
        # "the break-even uplift", "how far can AHT rise": the key is what is asked about.
        scan.keys = [key for key in scan.keys if key.key not in ("uplift", "aht")]
    _refuse_leftovers(scan)
    if compare or len(scan.names) > 1:
        if len(scan.names) != 2:
            raise Refusal("compare needs two scenario names", "write /roi compare q3-plan q4-plan")
        return Reading("compare", settings=tuple(scan.settings), args=tuple(scan.names))
    scenario = scan.names[0] if scan.names else None
    if swept is not None:
        return Reading("sweep", scenario, tuple(scan.settings), (range_text,), agents)
    shows = _find(texts, W.SHOW)
    if shows and scenario and not scan.settings and verb == "compute" and not agents:
        return Reading("show", args=(scenario,))
    return Reading(verb, scenario, tuple(scan.settings), wants_agents=agents)


def read_bare(text: str, names: Sequence[str] = ()) -> Num | None:
    """The lone value of a follow-up ("what about 20%?"), if that is all the text says."""
    if len(text) > MAX_QUESTION:
        return None  # read() says why
    tokens = _classify(_fixed_phrases(tokenize(text, names)))
    scan = _associate(tokens)
    if scan.settings or scan.keys or scan.unknown or scan.unmodeled or scan.names:
        return None
    if len(scan.nums) == 1:
        return scan.nums[0].num
    return None


__all__ = ["Num", "Reading", "lookup", "read", "read_bare", "value_text"]
