"""What is said around a question rather than in it, read part by part (between sentence
punctuation, spaced dashes and parentheses).

Quotes of roibot's own answer are never a setting, whatever else is read ("you said revenue
is $27,000 a day, what if calls are 10k?"); a figure of the answer asked about is the answer
("why is the difference +$8,376,750 a year?"), and one set through "that" is refused.

Where the whole sentence could not be read: labels and asides pasted from notes ("Action
item 3:", "Board deck slide 4:", "(was 2.50)", ", not 2%", "per Jane's email") are passed
over, each a part that names no setting, no scenario, no intent and no value of its own (a
number is a label's only where it is one: "item 3", "3 people asked"; "we take 9000" is
not); else an old value and the new one said to replace it ("the $35 margin is too high,
use $30") is the new one. The read-as line says what was used."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from itertools import pairwise
from typing import TypeVar

from calc.english import dialogue_words as D
from calc.english import lexicon as W
from calc.english.classes import classify
from calc.english.intents import texts_of
from calc.english.lexer import tokenize
from calc.english.numbers import ALPHA_NUMBER_WORDS
from calc.english.pairing import value_text
from calc.english.phrase_index import phrases_index
from calc.english.phrases import fixed_phrases
from calc.english.tokens import Tok
from calc.errors import Refusal, echo

Read = TypeVar("Read")
_WORD = re.compile(r"[a-z]+")
_CLOCK = re.compile(r"\d{1,2}(?::\d\d)?(?:am|pm)")
# Each whitespace alternative starts only where a run of spaces starts: tried inside a
# long run, it would read the run again from every space (1,000 spaces took 38 ms).
_PARTS = re.compile(
    r"\(([^()]*)\)|(?<=[:;.?!,])\s+|(?<!\s)\s+[—–-]\s+"
    r"|(?<!\s)\s+(?=(?:for|on|in)\s+(?:slide|page|item|section)\s+\d)"
)
_INTENT_TABLES = (
    *(W.LIST, W.HELP, W.RESET, W.WRITE_PHRASES, W.BREAKEVEN, W.REFERENCE),
    *(D.BACK, D.LEVERS, D.SERVICE_ONLY, D.HISTORY, D.SOLVE_ASK),
)
#: Words that say what is asked: a part holding one is never passed over.
_INTENT_WORDS = (
    frozenset(phrase[0] for table in _INTENT_TABLES for phrase in table if len(phrase) == 1)
    | W.WRITES
    | W.SAVE
    | W.COMPARE
    | W.SWEEP
    | W.NEGATION
) - W.FILLER
#: Phrases that say it ("the one before", "worry about"): their words alone do not ("quick
#: one before the board meeting:" is a label).
_INTENT_PHRASES = tuple(
    phrase
    for table in _INTENT_TABLES
    for phrase in table
    if len(phrase) > 1 and not W.FILLER.issuperset(phrase)
)
#: Kinds that are a setting, a scenario or something roibot refuses by name.
_MEANINGFUL = frozenset({"key", "setting", "name", "range", "unmodeled"})
#: Nouns a number labels ("week 48", "slide 4", "item 2"), whatever roibot knows of them.
_LABEL_NOUNS = frozenset("item items slide slides page week section line no number #".split())
#: Whom a count may be of in the model: a number of them is never a label.
_PEOPLE = frozenset("customers clients callers buyers accounts".split())
#: Words that start a citation: what it names is where the figure comes from.
_CITING = frozenset({"per", "via", "according"})
#: Words that start an aside about the value before it: what it was, what it is not.
_WAS = frozenset("was were previously formerly not vs versus instead currently".split())
_NOW = frozenset({"today", "now", "currently"})


def read_again(
    read: Callable[[str, Sequence[str]], Read], text: str, names: Sequence[str], refused: Refusal
) -> Read:
    """`read` of `text` without its labels and asides, or else as corrected (the new value
    of an old one); `refused` (why the whole text was not read) where neither reads."""
    for again in (without_labels, corrected):  # the second only where the first reads none
        rest = again(text, names)
        if rest is None:
            continue
        try:
            return read(rest, names)
        except Refusal:
            continue
    raise refused


#: Who quotes roibot's own answer back ("you said", "the table says"): what follows is its
#: figure, never a setting.
_SAYS = frozenset("says said shows showed show".split())
_QUOTES = {
    **dict.fromkeys(("you", "you're", "you've"), _SAYS | {"assumed", "used", "using", "have"}),
    **dict.fromkeys("it table chart line answer reply fig fig. 2".split(), _SAYS | {"has"}),
}


#: What a quote (or a line of the table) cannot be said without: a few substring tests
#: pass most sentences at once (the reader's speed); each part is then looked at.
_QUOTE_CUES = (
    *("say", "said", "show", "assum", "used", "using", "have", "has", "margin %", "margin%"),
    *("net margin", "revenue", "sales per day", "difference", "net conversion", "selling"),
)


def without_quotes(text: str) -> str | None:
    """`text` without the parts that quote roibot's answer back ("you said revenue is $27,000
    a day, what if calls are 10k?", "the payback line says 43.6 days; what if …"), or None
    where none does or nothing else is said."""
    lowered = text.lower()
    if not any(cue in lowered for cue in _QUOTE_CUES):
        return None  # most sentences: no part is read for it (the reader's speed)
    parts = _split(text)
    if len(parts) < 2:
        return None
    kept = [part for part in parts if not _quoted(part)]
    return " ".join(kept) if kept and len(kept) < len(parts) else None


# A line of the answer's own table quoted with its figure ("Margin % -80% for service
# only?!", "-$2,250 difference in cost per day?", "$22,950 a day from selling?").
_ROW = re.compile(
    r"^(?:the\s+)?(?:margin\s*%|net margin|revenue|sales per day|difference|net conversion)\s+"
    r"[-+(]?\$?\d|^[-+(]?\$?\d[\d,.)]*%?\s+"
    r"(?:difference|a (?:day|year) from selling|net conversion)",
    re.IGNORECASE,
)


_ENDS = ":;,.?! "
_THAT = re.compile(r"\b(?:that|it)(?:'s|\s+is|\s+to)?\s+\$?\d", re.IGNORECASE)
_ASKED_OF = re.compile(
    r"^(?:so\s+|why\s+is\s+)?(?:the\s+)?(?:difference|upsell|selling)\b.*\$[\d,.]+[kmb]?"
    r".*\?\s*$",
    re.IGNORECASE,
)


_EXPLAINED = re.compile(
    r"^(?:where\s+(?:does|do|did)\b.*\d.*\bcomes?\s+from[?.!\s]*|how\s+did\s+you\s+get\b.*\d.*)$",
    re.IGNORECASE,
)


def asked_of_figure(text: str) -> str | None:
    """ "why is the difference +$8,376,750 a year?", "so the upsell is worth $8.4M a year to
    us?": a figure of the answer asked about ("" : the answer gives it); "Sales per day 900
    with selling: what if that's 700?": one of its figures set, refused (it is computed).
    None for anything else."""
    lowered = text.lower()
    if lowered.startswith(("where ", "how did")) and _EXPLAINED.match(text):
        return ""  # "where does the $2.50 cost per call come from?": the answer shows it
    that = ("that" in lowered or "it" in lowered) and _THAT.search(text)
    if not that and not _ASKED_OF.match(text):
        return None  # most sentences: no part is read for it
    parts = _split(text)
    if len(parts) == 1 and not that:
        return ""
    rows = [part for part in parts if _ROW.match(part)]
    if (
        rows
        and len(rows) < len(parts)
        and _THAT.search(" ".join(p for p in parts if p not in rows))
    ):
        raise Refusal(
            f'"{echo(rows[0].rstrip(_ENDS))}" is roibot\'s own figure, computed from the inputs',
            'change an input instead, e.g. "what if conversion is 2.5%?"',
        )
    return None


def _quoted(part: str) -> bool:
    words = part.lower().replace(",", " ").split()
    return bool(_ROW.match(part)) or any(b in _QUOTES.get(a, ()) for a, b in pairwise(words))


#: Words between an old value and a new one that say the second replaces the first.
_INSTEAD = frozenset(
    "ours our we us use actually instead really make to old too it it's we're that's try".split()
)


def corrected(text: str, names: Sequence[str] = ()) -> str | None:
    """ "the $35 margin is too high, use $30", "you assumed 365 days; we run 360", "10:40
    AHT is old, use 11 minutes": one setting named, two values of its kind, and words between
    them that say the second replaces the first: the setting at the second (as `margin $30`),
    or None."""
    # Two values are needed, in digits or words: most texts that could not be read have
    # neither, and are not read a third time for it.
    words = set(_WORD.findall(text.lower()))
    if sum(c.isdigit() for c in text) < 2 and words.isdisjoint(ALPHA_NUMBER_WORDS):
        return None
    try:
        tokens = classify(fixed_phrases(tokenize(text, names)))
    except Refusal:
        return None
    keys = [t for t in tokens if t.kind == "key"]
    nums = [i for i, t in enumerate(tokens) if t.kind == "num" and t.num is not None]
    named = any(t.kind == "name" and t.text != "reference" for t in tokens)  # "Fig. 2 has"
    if len({t.key for t in keys}) != 1 or len(nums) not in (2, 4) or named:
        return None
    if len(nums) == 4:  # "the chart showed uplift 2% to 10%; do 4% to 8% instead"
        low, high = (tokens[i].num for i in nums[2:])
        between = {t.text for t in tokens[nums[1] + 1 : nums[2]]} | {t.text for t in tokens}
        if low is None or high is None or low.kind != high.kind or "instead" not in between:
            return None
        ends = (f"{'$' if n.money else ''}{value_text(keys[0].key or '', n)}" for n in (low, high))
        return f"chart {keys[0].text} from {' to '.join(ends)}"
    first, second = (tokens[i].num for i in nums)
    assert first is not None and second is not None
    between = {t.text for t in tokens[nums[0] + 1 : nums[1]]}
    signed = any(num.text[:1] in "+-" for num in (first, second))  # a change is no value
    # "around 9 to 10 thousand": the first borrows the second's scale, a range, no fix
    borrowed = between == {"to"} and first.text[-1:].isdigit() and second.text[-1:].isalpha()
    if first.kind != second.kind or between.isdisjoint(_INSTEAD) or signed or borrowed:
        return None
    value = value_text(keys[0].key or "", second)
    return f"{keys[0].text} {'$' if second.money else ''}{value}"


def without_labels(text: str, names: Sequence[str] = ()) -> str | None:
    """`text` without its labels and asides, or None where there is none to pass over (or
    nothing else)."""
    parts = _split(text)
    if len(parts) < 2:
        return None
    kept = [part for index, part in enumerate(parts) if not _passed_over(part, index, names)]
    if not kept or len(kept) == len(parts):
        return None
    return " ".join(kept)


def _split(text: str) -> list[str]:
    """The parts of `text`: between sentence punctuation, and each parenthesis its own."""
    parts: list[str] = []
    start = 0
    for match in _PARTS.finditer(text):
        parts.append(text[start : match.start()])
        if match[1] is not None:
            parts.append(f"({match[1]})")
        start = match.end()
    parts.append(text[start:])
    return [part.strip() for part in parts if part.strip(" \t,.;:?!")]


def _passed_over(part: str, index: int, names: Sequence[str]) -> bool:
    try:
        tokens = classify(fixed_phrases(tokenize(part.strip("()"), names)))
    except Refusal:
        return False
    cited = bool(tokens) and tokens[0].text in _CITING  # "per Jane's email": where it is from
    if any(
        t.kind in _MEANINGFUL and not (cited and t.kind == "unmodeled") and not _event(tokens, i)
        for i, t in enumerate(tokens)
    ):
        return False
    if _aside(tokens, index):
        return True
    if part.startswith("(") and not any(t.kind == "num" for t in tokens):
        return True  # "(selling adds time)", "(the latest version)": said by the way
    if any(t.text in _INTENT_WORDS for t in tokens if t.kind != "num"):
        return False
    if phrases_index(_INTENT_PHRASES).find(texts_of(tokens)) is not None:
        return False
    numbers = [i for i, t in enumerate(tokens) if t.kind == "num"]
    if not all(_label(tokens, i) for i in numbers):
        return False
    # A part of words roibot knows is the question ("are we profitable?"), never a label.
    return bool(numbers) or any(t.kind == "unknown" for t in tokens)


def _event(tokens: list[Tok], at: int) -> bool:
    """ "the 10am call": a meeting, named by its time, not the calls the center takes."""
    return at > 0 and tokens[at].key == "calls" and bool(_CLOCK.fullmatch(tokens[at - 1].text))


def _aside(tokens: list[Tok], index: int) -> bool:
    """ "(was 2.50)", ", not 2%": what the value said before it was, or is not."""
    nums = [t for t in tokens if t.kind == "num"]
    now = len(nums) == 1 and not _NOW.isdisjoint(t.text for t in tokens)  # "— 2% today —"
    return index > 0 and bool(tokens) and (tokens[0].text in _WAS or now) and len(nums) <= 1


def _label(tokens: list[Tok], at: int) -> bool:
    """A whole number beside a word roibot does not know, or after a label noun."""
    num = tokens[at].num
    if num is None or num.kind != "count" or num.amount != num.amount.to_integral_value():
        return False
    near = (tokens[at - 1] if at else None, _next_said(tokens, at))
    if near[1] is not None and near[1].text in _PEOPLE:
        return False  # "25 customers stay": customers kept, a count roibot models
    return any(t is not None and (t.kind == "unknown" or t.text in _LABEL_NOUNS) for t in near)


def _next_said(tokens: list[Tok], at: int) -> Tok | None:
    """The next token that is not filler ("2 quick questions": questions)."""
    return next((t for t in tokens[at + 1 :] if t.kind not in ("filler", "sep")), None)
