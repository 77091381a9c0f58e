"""Periods said after a number ("a month", "per hour", "daily"), joined to it, and "per
call" after an amount (what the amount is per)."""

from __future__ import annotations

from calc.english.lexicon import PER_CALL, PERIODS_INDEX
from calc.english.phrase_index import phrases_index
from calc.english.tokens import Tok, changed, with_num

_PER_CALL = phrases_index(PER_CALL)
#: The words a period or "per call" can start with: every other word is passed at a glance.
_FIRSTS = PERIODS_INDEX.firsts | _PER_CALL.firsts
_OBJECTS = frozenset({"us", "we", "me", "them", "you"})


def attach_periods(tokens: list[Tok]) -> list[Tok]:
    """ "a month", "per hour", "daily": the period of the nearest number before it (with at
    most a key between: "270k calls a month"). "per call" after an amount says what the
    amount is per (overhead, cost), which the key already means."""
    words = [t.text if t.kind == "word" else "\0" for t in tokens]
    out: list[Tok] = []
    index = 0
    while index < len(tokens):
        if words[index] not in _FIRSTS:
            out.append(tokens[index])
            index += 1
            continue
        per_call = _PER_CALL.at(words, index)[0]
        if (
            per_call
            and out
            and out[-1].kind == "num"
            and out[-1].num is not None
            and out[-1].num.money
        ):
            # "$2.75 per call": an amount per call (a cost, a fee, an overhead).
            out[-1] = with_num(out[-1], changed(out[-1].num, per_call=True))
            index += per_call
            continue
        length, period = PERIODS_INDEX.at(words, index)
        if length:
            back = [
                i for i in range(len(out) - 1, max(-1, len(out) - 4), -1) if out[i].kind == "num"
            ]
            # "AHT +10% cost us per year": a verb's object between, the period is the cost's
            said = {t.text for t in out[back[0] + 1 :]} if back else set()
            back = back if said.isdisjoint(_OBJECTS) else []
            if back and out[back[0]].num is not None and out[back[0]].num.period is None:  # type: ignore[union-attr]
                target = out[back[0]]
                assert target.num is not None
                out[back[0]] = with_num(target, changed(target.num, period=period))
                index += length
                continue
        out.append(tokens[index])
        index += 1
    return out
