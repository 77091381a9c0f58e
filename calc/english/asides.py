"""Asides: what is said around the values that is context, not a setting. Growth over
time ("3% a month") is refused as such; a period said before a rate's name ("annual call
volume") is its value's; "instead of 5" names the value being replaced; a word right after
"in" or "during" says when ("12k in December"), not what a number counts. Applied to the
tokens before keys are paired with values."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from calc.english import lexicon as W
from calc.english.sales_phrases import SELLING
from calc.english.tokens import Tok, changed, num_at, with_num
from calc.key_types import Kind
from calc.keys import BY_NAME


def asides(tokens: list[Tok]) -> list[Tok]:
    """The tokens with each aside read: growth marked, periods moved onto their values,
    replaced values dropped."""
    words = {token.text for token in tokens}
    if not words.isdisjoint(("instead", "rather", "not")):
        tokens = _instead_of(tokens)
    if not words.isdisjoint(_NOT_BE | _NOT_REACH):
        tokens = _not_but(tokens)
    if not words.isdisjoint(_HOLDS):
        tokens = _held(tokens)
    if not words.isdisjoint(_TRY):  # "uplift, try 6%", "cost, say to $2.20": one thought
        tokens = [t for i, t in enumerate(tokens) if t.text != "," or not _next_in(tokens, i, _TRY)]
    if not words.isdisjoint(_MAYBE):
        tokens = _or_maybe(tokens)
    if any(t.key == "conv" for t in tokens):  # "conversion", "win rate", "close rate"
        tokens = _unprompted(tokens)
    if not words.isdisjoint(("on", "of", "for")) or not words.isdisjoint(_OFFER):
        tokens = _of_the_offer(tokens)
    if "staffing" in words or "labor" in words:  # "our staffing cost per call at $21"
        tokens = [
            _hourly(t)
            if i > 1 and tokens[i - 1].text == "at" and tokens[i - 2].key == "cost"
            else t
            for i, t in enumerate(tokens)
        ]
    if not words.isdisjoint(("adds", "add", "gives")) and not words.isdisjoint(_SELLING):
        tokens = _selling_adds_conversion(tokens)
    if "from" in words:
        tokens = _moved_from(tokens)
    if any((t.num is not None and t.num.span) or _DASHED_SPAN.fullmatch(t.text) for t in tokens):
        tokens = _spans_said_when(tokens)
    tokens = _growth(tokens)
    if not words.isdisjoint(FLAT):
        tokens = _flat_before_key(tokens)
    if said_with_periods(words):
        tokens = periods_of_rates(tokens)
    return _named_twice(tokens)


FLAT = frozenset({"flat", "unchanged", "steady", "stable"})


def _spans_said_when(tokens: list[Tok]) -> list[Tok]:
    """ "in six months uplift should reach 9%", "three months in, …": a length of time said
    as when the values hold, passed over; never a payback's time ("pay back in 3 months")."""
    if not W.PAID_BACK.isdisjoint(t.text for t in tokens):
        return tokens
    dropped: set[int] = set()
    for i, token in enumerate(tokens):
        if _DASHED_SPAN.fullmatch(token.text) and tokens[i + 1 : i + 2]:
            if tokens[i + 1].text in _TRIALS:  # "the 30-day trial showed 3% conversion"
                dropped |= {i, i + 1}
            continue
        if token.num is None or not token.num.span:
            continue
        if i and tokens[i - 1].text in ("in", "within"):
            dropped |= {i - 1, i}
        elif i and tokens[i - 1].text in ("last", "past", "previous"):
            dropped |= {i - 1, i}  # "the last 30 days average 9,800 calls": when measured
        elif i + 1 < len(tokens) and tokens[i + 1].text in ("in", "later", "out"):
            dropped |= {i, i + 1}
        elif [t.text for t in tokens[i + 1 : i + 3]] == ["from", "now"]:
            dropped |= {i, i + 1, i + 2}
        elif i + 1 < len(tokens) and tokens[i + 1].text in _TRIALS:
            dropped |= {i, i + 1}  # "after the 2 week pilot, uplift was 5%": where it is from
    return [t for i, t in enumerate(tokens) if i not in dropped]


_DASHED_SPAN = re.compile(r"\d+-(?:day|week|month)s?")
#: What a length of time said before it names: a trial the figures come from.
_TRIALS = frozenset("pilot trial test experiment study sample window program programme".split())


def _flat_before_key(tokens: list[Tok]) -> list[Tok]:
    """ "flat volume, price down 5%": said as "volume flat", which changes nothing."""
    out = list(tokens)
    for index in range(len(out) - 1):
        if out[index].text in FLAT and out[index + 1].kind == "key":
            out[index], out[index + 1] = out[index + 1], out[index]
    return out


_PROMPTS = frozenset("pitch pitching offer selling upselling prompt prompting".split())


def _unprompted(tokens: list[Tok]) -> list[Tok]:
    """ "conversion without any pitch is 1.8%": the base conversion, which is the one with
    no selling; the words that say so go."""
    for index, token in enumerate(tokens[:-2]):
        if token.key != "conv" or tokens[index + 1].text != "without":
            continue
        end = index + 2 + (tokens[index + 2].text in ("any", "a", "the"))
        if end < len(tokens) and tokens[end].text in _PROMPTS:
            return tokens[: index + 1] + tokens[end + 1 :]
    return tokens


_OFFER = frozenset(
    "offer offers upsell upsells upsold cross-sell cross-sells add-on add-ons".split()
)


def _of_the_offer(tokens: list[Tok]) -> list[Tok]:
    """ "take rate on the offer", "gross margin on the upsell", "returns on upsold items":
    what a key is said of when it is the selling's own, passed over (the model has one such
    figure each); a conversion said of the offer is the uplift ("win rate on the upsell")."""
    for index, token in enumerate(tokens[:-2]):
        after = tokens[index + 1]
        if token.key == "uplift" and token.text in _OFFER and after.key in ("price", "margin"):
            return [*tokens[:index], *tokens[index + 1 :]]  # "upsell revenue per sale is $80"
        if token.kind != "key" or after.text not in ("on", "of", "for"):
            continue
        end = index + 2 + (tokens[index + 2].text in ("the", "our", "each", "every"))
        if end < len(tokens) and (tokens[end].text in _OFFER or tokens[end].key == "uplift"):
            end += end + 1 < len(tokens) and tokens[end + 1].text in ("items", "sales", "products")
            key = replace(token, key="uplift") if token.key == "conv" else token
            return [*tokens[:index], key, *tokens[end + 1 :]]
    return tokens


def _hourly(token: Tok) -> Tok:
    """An amount with no period, said of what staffing costs: an hour of an agent's."""
    num = token.num
    return (
        token
        if num is None or not num.money or num.period
        else with_num(token, changed(num, period="hour"))
    )


_SELLING = SELLING | {"cross-selling"}


def _selling_adds_conversion(tokens: list[Tok]) -> list[Tok]:
    """ "selling adds 20% to handle time and 10 points of conversion": the conversion selling
    adds is the uplift, never the base conversion."""
    return [
        replace(t, key="uplift")
        if t.key == "conv" and i > 1 and tokens[i - 1].text == "of" and tokens[i - 2].num
        else t
        for i, t in enumerate(tokens)
    ]


def _moved_from(tokens: list[Tok]) -> list[Tok]:
    """ "increase price from $150 to $165": said as "price increases from $150 to $165",
    where it goes (the change word after its key)."""
    out = list(tokens)
    for i in range(len(out) - 5):
        kinds = [t.kind for t in out[i : i + 6]]
        if kinds[0] in ("up", "down") and kinds[1:] == ["key", "from", "num", "to", "num"]:
            out[i], out[i + 1] = out[i + 1], out[i]
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
    "daily": "day",
    "annual": "year",
    "yearly": "year",
    "monthly": "month",
    "weekly": "week",
    "hourly": "hour",
}


def said_with_periods(words: set[str]) -> bool:
    """Whether a period may be said around a rate's name ("monthly", "per month")."""
    return not words.isdisjoint(_PERIOD_WORDS) or not words.isdisjoint(_PERIOD_NAMES)


def periods_of_rates(tokens: list[Tok]) -> list[Tok]:
    """ "annual call volume is 3.2 million", "calls per month drop to 250k": the period said
    around a rate's name is the period of its value (3.2 million a year, never a day), and of
    both ends of a range said of it ("monthly calls from 250k to 350k"); the words are then
    used up. Said before anything else, the period word stays a word the reader does not
    know."""
    out: list[Tok] = []
    # "what uplift doubles our annual net?": a figure moved is a goal, never the answer's
    moved = any(t.kind in _MOVES for t in tokens)
    held: Tok | None = None  # the period word, until a rate's name follows it
    period = ""
    rate = False
    index = 0
    while index < len(tokens):
        token = tokens[index]
        index += 1
        said = _PERIOD_WORDS.get(token.text) if token.kind in ("unknown", "filler") else None
        if said is not None:
            held, period, rate = token, said, False
            continue
        if token.kind == "key" and BY_NAME[token.key or ""].kind is Kind.RATE:
            after = _period_after(tokens, index)  # "calls per month"
            if after is not None:
                held, period = token, after[0]
                index += after[1]
                rate = True
                out.append(token)
                continue
            if held is not None:
                rate = True
        elif held is not None and rate and token.kind == "num" and token.num is not None:
            num = token.num
            if not (num.period or num.percent or num.points or num.money or num.unit):
                token = with_num(token, changed(num, period=period))
            ranged = index + 1 < len(tokens) and tokens[index].text in _RANGE_JOINS
            held = held if ranged and tokens[index + 1].kind == "num" else None
        elif held is not None and not (rate and token.kind in _BETWEEN):
            if not rate and token.text in _FIGURES_ASKED and not moved:
                out.append(Tok("filler", held.text))  # "the yearly difference": the answer's
            elif not rate:
                out.append(held)  # "our annual budget": not a rate's period
            held = None
        out.append(token)
    if held is not None and not rate:
        out.append(held)
    return out


_PERIOD_NAMES = frozenset({"week", "month", "year"})
#: Figures the answer gives, said after a period word ("the yearly difference").
_FIGURES_ASKED = frozenset(
    {
        *("difference", "gap", "net", "net margin", "net margins", "revenue", "revenues"),
        *("profit", "profits", "earnings", "p&l", "bottom line", "numbers", "figures"),
    }
)
_MOVES = frozenset({"double", "triple", "half", "up", "down", "more", "less"})
#: A range's second end, said with the same period as its first.
_RANGE_JOINS = frozenset({"to", "and", "-", "through", "thru"})


def _period_after(tokens: list[Tok], index: int) -> tuple[str, int] | None:
    """The period said right after a rate's name ("calls per month", "calls a week") and its
    length in tokens, or None."""
    texts = tuple(t.text for t in tokens[index : index + 2] if t.kind != "num")
    for length in (2, 1):
        said = W.PERIODS.get(texts[:length]) if len(texts) >= length else None
        if said is not None and said != "hour":
            return said, length
    return None


_BETWEEN = frozenset({"set", "filler", "to", "up", "down", "by", "from"})


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


_TRY = frozenset({"try", "say"})
_MAYBE = frozenset({"maybe", "perhaps", "or"})


def _or_maybe(tokens: list[Tok]) -> list[Tok]:
    """ "uplift of 6% - maybe 7%", "price $150 or $160": a second value of the setting just
    said, of the same kind, named again so that both are read (and asked back: either, or
    the sweep between them). A bare count is left alone ("9k calls or 10k" stays asked)."""
    out: list[Tok] = []
    for index, token in enumerate(tokens):
        num = token.num if token.kind == "num" else None
        after_maybe = index > 0 and tokens[index - 1].text in _MAYBE
        if num is not None and after_maybe and num.kind != "count":
            said = [t for t in out if t.kind in ("key", "num")][-2:]
            kinds = [t.kind for t in said]
            if kinds == ["key", "num"] and said[1].num is not None and said[1].num.kind == num.kind:
                out.append(said[0])
        out.append(token)
    return out


_NOT_BE = frozenset("not isn't aren't wasn't weren't forget ignore".split())
_NOT_REACH = frozenset("don't didn't won't".split())
_BUT = frozenset({"but", ","})
_NOW = frozenset("anymore any longer now".split())
_IT_IS = frozenset("it's they're its theyre it is are only just we get hit reach".split())
_REACH = frozenset("hit reach get make achieve see".split())


def _next_in(tokens: list[Tok], index: int, texts: frozenset[str]) -> bool:
    return index + 1 < len(tokens) and tokens[index + 1].text in texts


def _has(tokens: list[Tok], kind: str) -> bool:
    return any(t.kind == kind for t in tokens)


def _not_but(tokens: list[Tok]) -> list[Tok]:
    """ "not 9,000 calls, 11,000", "uplift isn't 8% but 5%", "calls aren't 9k anymore,
    they're 10.5k": the value denied goes, the one after it is the setting (a key said
    between stays); "conversion 3%, not uplift": which key it is not, said for context."""
    out: list[Tok] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        reached = token.text in _DENY and _next_in(tokens, index, _REACH)  # "don't hit 8% uplift"
        if (token.text in _NOT_BE or reached) and num_at(tokens, index + 1 + reached) is not None:
            at = index + 2 + reached
            key = tokens[at] if at < len(tokens) and tokens[at].kind == "key" else None
            at += key is not None
            while at < len(tokens) and tokens[at].text in _NOW:
                at += 1
            if at < len(tokens) and (
                tokens[at].text in _BUT or (reached and tokens[at].text == "and")
            ):
                at += 1  # "… and only get 4%"
                while at < len(tokens) and tokens[at].text in _IT_IS:
                    at += 1
                if at < len(tokens) and tokens[at].kind == "num":
                    out += [key] if key is not None else []
                    index = at
                    continue
        key_denied = index + 1 < len(tokens) and tokens[index + 1].kind == "key"
        if token.text == "not" and key_denied and (_has(out, "key") or _has(out, "num")):
            out = out[:-1] if out[-1].text == "," else out
            index += 2 + (index + 2 < len(tokens) and tokens[index + 2].text == ",")
            continue  # "conversion 3%, not uplift", "conversion, not uplift, goes to 3%"
        the = tokens[index + 1 : index + 2] != [] and tokens[index + 1].text == "the"
        named = tokens[index + 1 + the : index + 2 + the]
        if token.text == "not" and named and named[0].kind == "name" and _has(out, "name"):
            out = out[:-1] if out[-1].text == "," else out
            index += 2 + the
            continue  # "compare q3-plan and q4-plan, not the reference"
        forgotten = [t.kind for t in tokens[index + 1 : index + 3]] == ["key", "sep"]
        if token.text in ("forget", "ignore") and forgotten:
            index += 3  # "forget conversion, what if AHT is 12 minutes"
            continue
        if index == 0 and token.text == "no" and tokens[1:2] and tokens[1].text == ",":
            index += 2  # "no, I meant conversion": a correction, not a negation
            continue
        out.append(token)
        index += 1
    return out


_DENY = frozenset("doesn't don't won't never not didn't".split())
_CHANGES = frozenset("change changes changed move moves moved".split())
_KEEP = frozenset("keep keeping hold holding leave leaving".split())
_STAYS = frozenset("stays stay remains remain".split())
_ALIKE = frozenset("same unchanged alone as-is".split())
_TOUCH = frozenset("raise change touch cut lower increase".split())
_HOLDS = _DENY | _KEEP | _STAYS | {"nothing"}
_RISE = frozenset("go rise rises increase grow climb".split())
_SELL = frozenset("sell sells selling sold pitch pitching upsell".split())
_NO_EXTRA_TIME = Tok("setting", "no extra time", key="aht", setting="aht+0%")
_GLUE = frozenset("do does the at all our about is are".split())


def _held(tokens: list[Tok]) -> list[Tok]:
    """A key said to stay as it is: "assuming AHT doesn't change", "keep price the same",
    "price never changes", "conversion stays the same", "nothing about conversion changes",
    "we don't raise prices". Nothing moves: the words go, and none of them negates the rest
    of the sentence."""
    said = [(i, t.text, t.kind) for i, t in enumerate(tokens) if t.text not in _GLUE]
    dropped: set[int] = set()
    for n, (index, _, kind) in enumerate(said):
        if kind != "key":
            continue
        after = [text for _, text, _ in said[n + 1 : n + 3]]
        before = [text for _, text, _ in said[max(0, n - 2) : n]]
        span = None
        pair = tuple(after)
        if len(pair) == 2 and (
            (pair[0] in _DENY and pair[1] in _CHANGES) or (pair[0] in _STAYS and pair[1] in _ALIKE)
        ):
            span = (index, said[n + 2][0])  # "AHT doesn't change", "stays the same"
        elif before[-1:] == ["nothing"] and after[:1] and after[0] in _CHANGES:
            span = (said[n - 1][0], said[n + 1][0])  # "nothing about conversion changes"
        elif before[-1:] and before[-1] in _KEEP and after[:1] and after[0] in _ALIKE:
            span = (said[n - 1][0], said[n + 1][0])  # "keep price the same"
        elif before[1:] and before[0] in _DENY and before[1] in _TOUCH:
            span = (said[n - 2][0], index)  # "we don't raise prices"
        rises = after[1:] and after[0] in _DENY and after[1] in _RISE and tokens[index].key == "aht"
        adds = _adds_no_time(said, n) if tokens[index].key == "aht" else None
        if adds is not None and not _SELL.isdisjoint(t.text for t in tokens):
            # "selling doesn't add any handle time": aht+0%
            tokens = [*tokens[:index], _NO_EXTRA_TIME, *tokens[index + 1 :]]
            dropped |= set(range(adds, index))
            continue
        if rises and not _SELL.isdisjoint(t.text for t in tokens):
            span = (index, said[n + 2][0])  # "AHT doesn't go up when agents sell": aht+0%
            tokens = [*tokens[:index], _NO_EXTRA_TIME, *tokens[index + 1 :]]
            dropped |= set(range(index + 1, span[1] + 1))
            continue
        if span is not None:
            dropped |= set(range(span[0], span[1] + 1))
    return [t for i, t in enumerate(tokens) if i not in dropped] if dropped else tokens


_ADDING = frozenset({"add", "adds", "any", "extra", "more"})


def _adds_no_time(said: list[tuple[int, str, str]], n: int) -> int | None:
    """Where "doesn't add any" starts before the key at `n` (its words up to the key), or
    None: a denial, then only words of adding."""
    at = n - 1
    while at >= 0 and said[at][1] in _ADDING:
        at -= 1
    if at < 0 or at == n - 1 or said[at][1] not in _DENY or said[at + 1][1] not in ("add", "adds"):
        return None
    return said[at][0]


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
