"""Questions about where the center stands, and what-ifs that change nothing: "are we
a profit center?" (the base answer, said as such), "not profitable?" (the same: the answer
says either way), "what if sales go up" (which sales? asked back), "what if things get
better" (what if what? refused)."""

from __future__ import annotations

from calc.english import dialogue_words as D
from calc.english import lexicon as W
from calc.english.hints import HINT, sales_choices
from calc.english.intents import find, texts_of
from calc.english.pairing import Scan
from calc.english.tokens import Tok
from calc.errors import Ask, Refusal, echo

_WHAT_IF = frozenset("if suppose supposing assume assuming imagine say".split())
_SALES = frozenset("sales sale revenue revenues business".split())
#: Words that ask for the answer as things stand: "what if nothing changes?", "today?".
_AS_IS = frozenset("nothing today currently now as-is unchanged".split())
#: Words that ask to see the answer drawn: the answer as the thread stands, with its chart.
_DRAWN = frozenset("chart plot graph draw".split())
_VERDICT_SAID = frozenset(" ".join(phrase) for phrase in W.VERDICT)


def verdict_negated(scan: Scan, plain: set[str]) -> bool:
    """ "not profitable?", "are we not making money?": the answer says either way."""
    asked = plain & (D.STANDING | _VERDICT_SAID) and all(t.text in W.NEGATION for t in scan.unknown)
    return bool(asked) and not (scan.nums or scan.keys or scan.changes or scan.settings)


def sales_moved(scan: Scan, tokens: list[Tok]) -> None:
    """ "what if sales go up", "revenue doubles": which of the inputs that make sales? A
    question back, never a refusal of the word and never the base answer."""
    said = [t.text for t in tokens if t.text in _SALES]
    if scan.changes and said:
        change = scan.changes[0].kind
        amounts = [t.num for t in tokens if t.kind == "num" and t.num is not None]
        fewer = change in ("down", "less", "half")
        meant = (
            "fewer calls, a lower conversion or less uplift"
            if fewer
            else "more calls, a higher conversion or more uplift"
        )
        raise Ask(
            f'"{said[0]}" could mean {meant}',
            sales_choices(change, amounts[0] if amounts else None),
        )
    counts = [t.num for t in scan.nums if t.num is not None and t.num.kind == "count"]
    if "sales" in said and counts and not scan.changes:  # "sales per day at 1,000"
        raise Refusal(
            "sales a day are what the answer works out (calls × conversion)",
            "change what makes them: calls, conversion or uplift (/roi calls=12k conv=2.5%)",
        )


def nothing_read(scan: Scan, tokens: list[Tok]) -> None:
    """A what-if that changes nothing is asked about, never answered with the base: "what
    if sales go up" (which sales?), "what if things get better" (what if what?)."""
    plain = {t.text for t in tokens}
    if find(texts_of(tokens), D.SERVICE_ONLY) is not None:
        return  # "what if we stop selling?": the service-only column answers it
    sales_moved(scan, tokens)
    if scan.changes:
        refuse_unkeyed_change(scan, HINT)
    if _what_if(tokens) and not plain & _AS_IS:
        raise Refusal('"what if" what? nothing in it is something roibot models', HINT)
    if not (plain & (D.STANDING | _AS_IS | _DRAWN) or plain & _VERDICT_SAID):
        # Only filler words: the base answer is given when it was asked for, not by default.
        raise Refusal("not understood: nothing in it names a setting or asks for the verdict", HINT)


#: Verbs after which "if" is "whether": "the board wants to know if we're profitable".
_WHETHER = frozenset("know knows see check wonder wondering asks asked asking tell".split())


def _what_if(tokens: list[Tok]) -> bool:
    """A what-if word said as one (not "know if", "tell me if": whether)."""
    texts = texts_of(tokens)
    for at, text in enumerate(texts):
        if text not in _WHAT_IF:
            continue
        before = texts[max(0, at - 2) : at]  # "tell me if", "know if"
        if text in ("assume", "assuming") and before in (["do", "we"], ["did", "you"]):
            continue  # "how many days a year do we assume?": what is assumed, asked
        if text != "if" or _WHETHER.isdisjoint(before):
            return True
    return False


def refuse_unkeyed_change(scan: Scan, hint: str) -> None:
    """ "goes up" with no setting it is said of."""
    change = scan.changes[0].text
    raise Refusal(f'"{echo(change)}": what goes {change}?', hint)


_WHAT = frozenset({"what's", "whats", "what"})
_BEFORE_ASKED = frozenset({"the", "our", "is", "current", "today's", "would", "will", "of"})


def key_asked(scan: Scan, tokens: list[Tok]) -> bool:
    """ "what's the cost per call?", "what is our uplift?": a setting asked about, not set,
    and nothing else said but the column: the answer shows it (its echo line, its table)."""
    if scan.nums or scan.changes or scan.settings or scan.unknown or not scan.keys:
        return False
    if _what_if(tokens):
        return False  # "what if the cost per call …": a change not said
    return all(_asked_of(key, tokens) for key in scan.keys)


def _asked_of(key: Tok, tokens: list[Tok]) -> bool:
    """ "what's the KEY", "how much KEY", "how many KEY": the key is what is asked."""
    at = next(i for i, t in enumerate(tokens) if t is key)
    before = [t.text for t in tokens[max(0, at - 5) : at] if t.text not in _BEFORE_ASKED]
    return before[-1:] != [] and (
        before[-1] in _WHAT
        or before[-2:] in (["how", "much"], ["how", "many"], ["how", "thin"], ["how", "big"])
    )


#: Keys that are also a row of the answer's table (the margin and cost a day).
_ROWS = frozenset({"margin", "cost"})


def rows_asked(scan: Scan, tokens: list[Tok]) -> None:
    """ "what is the margin per day with 2.4% conversion?", "how much margin do we lose if
    cancellations are 12%?": a row of the answer asked about beside what is set; the answer
    shows it (the key is dropped, never taken for a value left unsaid)."""
    if scan.settings and not (scan.nums or scan.changes):
        scan.keys = [k for k in scan.keys if not (k.key in _ROWS and _asked_of(k, tokens))]
