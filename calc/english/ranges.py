"""Ranges said in words, for a sweep: "uplift from 2% to 10% in steps of 1%", "chart calls
8k to 12k" (after a word that asks for one: elsewhere "raise uplift 2% to 10%" is a
change, not a range)."""

from __future__ import annotations

from decimal import Decimal
from itertools import pairwise

from calc.english import lexicon as W
from calc.english.asides import periods_of_rates, said_with_periods
from calc.english.pairing import fits, value_text
from calc.english.tokens import Num, Tok, changed, setting_token
from calc.formatting import decimal_text

#: Words that say a step: a range with one is a sweep even without "sweep" or "chart".
_STEPS = frozenset({"step", "steps", "increment", "increments"})
#: Words that ask for a range as a sweep: a sweep word, a one-word show, a step said, a
#: sensitivity ("sensitivity of net margin to uplift, 2% to 12%").
_ASKING = (
    W.SWEEP
    | {phrase[0] for phrase in W.SHOW if len(phrase) == 1}
    | _STEPS
    | {"sensitivity", "sensitivities", "compare", "comparing"}
)


_JOINERS = frozenset({"through", "thru", "until", "till"})  # "2 until 10 percent"
_VERSUS = frozenset({"vs", "vs.", "versus"})  # "uplift 6% vs 8%": both ends, side by side


def _ends(items: list[Tok], at: int) -> tuple[Tok, Tok, int] | None:
    """The two numbers of `from LOW to HIGH` starting at `at` (the word before LOW), and
    where the range ends ("from 2% up to 12%": the "up" is part of it)."""
    low = items[at + 1] if at + 1 < len(items) else None
    joiner = items[at + 2] if at + 2 < len(items) else None
    up_to = joiner is not None and joiner.kind == "up" and at + 3 < len(items)
    at += up_to and items[at + 3].kind == "to"
    high = items[at + 3] if at + 3 < len(items) else None
    if low is None or high is None or joiner is None:
        return None
    joined = joiner.kind in ("to", "sep", "down", "up") or joiner.text in _JOINERS | _VERSUS
    if low.kind != "num" or high.kind != "num" or not joined:
        return None
    return low, high, at + 4


def _alike(num: Num, unit_of: Num) -> Num:
    """A bare number said beside one with its unit ("from 4 to 12 percent in steps of 2"):
    in that unit, as the speaker meant it."""
    if num.percent or num.points or num.money or num.unit or num.clock or num.target:
        return num
    return changed(
        num,
        percent=unit_of.percent,
        points=unit_of.points,
        money=unit_of.money,
        unit=unit_of.unit,
    )


_SCALES = {"thousand": 1000, "k": 1000, "grand": 1000, "million": 10**6, "m": 10**6}
_SUFFIXES = {"k": 1000, "M": 10**6}  # "14 thousand" is written 14k


def _scaled_alike(low: Num, high: Num) -> tuple[Num, Num]:
    """ "from eight to fourteen thousand", "from 8 to 14k": the low end in the high end's
    scale (8,000, never 8 calls) when it is said bare and that fits below the high end;
    otherwise a high end written with a suffix is written in full ("500 to 12 thousand" is
    500..12000: the language reads `500..12k` as 500k..12k)."""
    said = high.source.lower().split()
    suffix = high.text[-1:] if high.text[-1:] in _SUFFIXES else ""
    factor = _SUFFIXES.get(suffix) or (_SCALES.get(said[-1]) if len(said) > 1 else None)
    bare = not (low.percent or low.points or low.money or low.unit or low.period)
    scaled = low.source.lower().split()[-1] in _SCALES or low.text[-1:] in _SUFFIXES
    if factor is None or not bare or scaled:
        return low, high
    amount = low.amount * factor
    if low.amount < 1000 and amount <= high.amount:
        text = low.text + suffix if suffix else decimal_text(amount)
        return changed(low, amount=amount, text=text), high
    if suffix:
        return low, changed(high, text=decimal_text(high.amount))
    return low, high


def _step(items: list[Tok], end: int, key: str, unit_of: Num) -> tuple[str, int]:
    """An optional "in steps of 1%" after the range: its text and where the range ends."""
    rest = end
    while rest < len(items) and items[rest].kind in ("filler", "step", "by", "set"):
        rest += 1
    step = items[rest].num if rest < len(items) and items[rest].kind == "num" else None
    step = None if step is None else _alike(step, unit_of)
    said = any(items[i].kind in ("step", "by") for i in range(end, rest))
    if step is not None and rest + 1 < len(items) and items[rest + 1].text in ("steps", "step"):
        return f"/{value_text(key, step)}", rest + 2  # "in 2.5k steps"
    if rest > end and step is not None and said:
        return f"/{value_text(key, step)}", rest + 1
    return "", end


def _head(key: str) -> str:
    """How a sweep of `key` starts in the language: `uplift=`, and `aht+` for the increase."""
    return "aht+" if key == "aht_increase" else f"{key}="


def _borrows(tokens: list[Tok], at: int) -> bool:
    """ "9 to 10 thousand": a bare number before another that carries the scale for both,
    a range however it is asked (never a change from one to the other)."""
    said = tokens[at : at + 3]
    if len(said) == 3 and said[1].text in _VERSUS and said[0].kind == said[2].kind == "num":
        return True  # "calls at 10k vs 12k": the two, side by side
    if [t.kind for t in said] != ["num", "to", "num"]:
        return False
    return said[0].text[-1:].isdigit() and said[2].text[-1:].isalpha()


def _worth_each(key: str, rest: list[Tok]) -> list[Tok]:
    """ "chart kept customers from 10 to 50 a day at $1,200": with customers kept swept, an
    amount "at" after them is what each is worth."""
    if key != "retained":
        return rest
    out = list(rest)
    for at, token in enumerate(rest):
        num = token.num
        if num and num.money and not num.period and at and rest[at - 1].text in ("at", "worth"):
            out[at] = setting_token(f"clv={value_text('clv', num)}", token.text)
    return out


def sweep_range(tokens: list[Tok]) -> tuple[str, list[Tok]] | None:
    """The range of a sweep (`uplift=2%..10%/1%`) and the tokens left, or None."""
    listed = _listed(tokens)  # "price at $140, $150 and $160": all three, never two
    if listed is not None:
        return listed
    # a step said ("step 1%") asks for a range as a sweep word does
    asked = any(t.text in _ASKING for t in tokens)
    if said_with_periods({t.text for t in tokens}):
        tokens = periods_of_rates(tokens)  # "chart monthly calls from 250k to 350k"
    for index, token in enumerate(tokens):
        if token.kind != "key":
            continue
        key = token.key or ""
        if index and tokens[index - 1].kind in ("up", "down") and not asked:
            continue  # "increase price from $150 to $165": a change to $165, not a sweep
        at = index + 1
        moved = False
        # "uplift, 2% to 12%": where a range is asked for, a comma may come before it
        passed = (
            ("up", "down", "filler", "set", "sep") if asked else ("up", "down", "filler", "set")
        )
        # "price sensitivity from $120 to $180": the asking word itself, between the two
        while at < len(tokens) and (tokens[at].kind in passed or tokens[at].text in _ASKING):
            moved = moved or tokens[at].kind in ("up", "down")
            if key == "aht" and tokens[at].text in ("increase", "increases"):
                key = "aht_increase"  # "sweep AHT increase 0% to 50%": selling's extra time
            at += 1
        if moved and not asked and at < len(tokens) and tokens[at].kind == "from":
            continue  # "drops from 2% to 1.6%": a change to 1.6%, not a sweep
        if at < len(tokens) and tokens[at].kind == "range":
            # "8k-14k step 1k": a step said after it is in the key's own unit, as typed
            step, end = _step(tokens, at + 1, key, Num("0", Decimal(0), ""))
            text = f"{_head(key)}{tokens[at].text.split('=')[-1]}{step}"
            return text, _worth_each(key, tokens[:index] + tokens[end:])
        bare = (asked or _borrows(tokens, at)) and at < len(tokens) and tokens[at].kind == "num"
        if at < len(tokens) and (tokens[at].kind in ("from", "between") or bare):
            at -= bare  # no "from": the range starts right here
            ends = _ends(tokens, at)
            if ends is None or ends[0].num is None or ends[1].num is None:
                continue
            low, high = _scaled_alike(ends[0].num, ends[1].num)
            unit_of = high if _alike(high, low) is high else low  # the end said with a unit
            low, high = _alike(low, unit_of), _alike(high, unit_of)
            if low.period and low.period == high.period:
                low = changed(low, period=None)  # the language says a range's period once
            step, end = _step(tokens, ends[2], key, unit_of)
            text = f"{_head(key)}{value_text(key, low)}..{value_text(key, high)}{step}"
            return text, _worth_each(key, tokens[:index] + tokens[end:])
    return _key_after_range(tokens)


def _values_at(tokens: list[Tok], at: int) -> tuple[list[Num], int] | None:
    """ "4, 6, 8 and 10%": three or more numbers from `at`, commas between them and "and"
    (or "or") before the last; the numbers (the bare ones in the unit said) and the end."""
    nums: list[Num] = []
    while at < len(tokens) and tokens[at].kind == "num":
        num = tokens[at].num
        if num is None:
            break
        nums.append(num)
        joiner = tokens[at + 1].text if at + 1 < len(tokens) else ""
        at += 1
        if joiner in (",", "and", "or") and at + 1 < len(tokens) and tokens[at + 1].kind == "num":
            at += 1
            continue
        break
    if len(nums) < 3:
        return None
    unit_of = nums[-1]
    return [_alike(num, unit_of) for num in nums], at


def _listed(tokens: list[Tok]) -> tuple[str, list[Tok]] | None:
    """ "uplift at 4, 6, 8 and 10%", "try 7, 8 and 9% uplift": values listed beside their
    key, evenly spaced, are the sweep over them (side by side); unevenly spaced, no sweep."""
    for index, token in enumerate(tokens):
        if token.kind != "num" or (index and tokens[index - 1].kind == "num"):
            continue
        found = _values_at(tokens, index)
        if found is None:
            continue
        nums, end = found
        before = index - 1
        while before >= 0 and tokens[before].kind in ("set", "filler"):
            before -= 1
        if end < len(tokens) and tokens[end].kind == "key":
            key, start, stop = tokens[end].key or "", index, end + 1
        elif before >= 0 and tokens[before].kind == "key":
            key, start, stop = tokens[before].key or "", before, end
        else:
            continue
        steps = {b.amount - a.amount for a, b in pairwise(nums)}
        if len(steps) != 1 or not all(fits(key, num) for num in nums) or min(steps) <= 0:
            continue
        step = changed(nums[1], amount=min(steps), text=decimal_text(min(steps)))
        text = (
            f"{_head(key)}{value_text(key, nums[0])}..{value_text(key, nums[-1])}"
            f"/{value_text(key, step)}"
        )
        return text, tokens[:start] + tokens[stop:]
    return None


def _key_after_range(tokens: list[Tok]) -> tuple[str, list[Tok]] | None:
    """ "the difference between 6% and 8% uplift": a range said before its key."""
    for index, token in enumerate(tokens):
        ends = _ends(tokens, index) if token.kind == "between" else None
        if ends is None or ends[2] >= len(tokens) or tokens[ends[2]].kind != "key":
            continue
        key, low, high = tokens[ends[2]].key or "", ends[0].num, ends[1].num
        if low is None or high is None or not (fits(key, low) and fits(key, high)):
            continue
        text = f"{_head(key)}{value_text(key, low)}..{value_text(key, high)}"
        return text, tokens[:index] + tokens[ends[2] + 1 :]
    return None
