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

from collections.abc import Sequence
from dataclasses import dataclass

from calc.english import lexicon as W
from calc.english.associate import associate, value_text
from calc.english.hints import refuse_leftovers
from calc.english.intents import find, question, texts_of
from calc.english.lexer import classify, tokenize
from calc.english.phrases import fixed_phrases
from calc.english.tokens import Num, Tok
from calc.errors import Refusal
from calc.keys import lookup
from calc.names import check_name

MAX_QUESTION = 1_000  # characters read as a question


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
    if any(word in W.WRITES for word in plain) or find(plain, W.WRITE_PHRASES):
        raise Refusal(
            "English never deletes or restores",
            "write /roi delete NAME or /roi restore NAME VERSION",
        )
    if find(plain, W.RESET) and not any(t.kind in ("num", "setting") for t in tokens):
        return Reading("reset")
    tokens = classify(fixed_phrases(tokens))
    saved = _save_name(tokens)
    if saved is not None:
        name, rest = saved
        scan = associate(rest)
        refuse_leftovers(scan)
        return Reading("save", settings=tuple(scan.settings), args=(name,))
    texts = texts_of(tokens)
    meaningful = [t for t in tokens if t.kind not in ("filler", "sep")]
    if find(texts, W.HELP) or (meaningful == [] and plain and plain[0] in W.GREETINGS):
        return Reading("help")
    if (
        not meaningful
        and not (set(plain) & _COMPUTE_CUES)
        and set(plain) <= (_POLITE | W.GREETINGS | W.FILLER)
    ):
        return Reading("help")
    listed = find(texts, W.LIST)
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
    verb, agents = question(tokens)
    scan = associate(tokens)
    if verb == "breakeven":
        # "the break-even uplift", "how far can AHT rise": the key is what is asked about.
        scan.keys = [key for key in scan.keys if key.key not in ("uplift", "aht")]
    refuse_leftovers(scan)
    if compare or len(scan.names) > 1:
        if len(scan.names) != 2:
            raise Refusal("compare needs two scenario names", "write /roi compare q3-plan q4-plan")
        return Reading("compare", settings=tuple(scan.settings), args=tuple(scan.names))
    scenario = scan.names[0] if scan.names else None
    if swept is not None:
        return Reading("sweep", scenario, tuple(scan.settings), (range_text,), agents)
    shows = find(texts, W.SHOW)
    if shows and scenario and not scan.settings and verb == "compute" and not agents:
        return Reading("show", args=(scenario,))
    return Reading(verb, scenario, tuple(scan.settings), wants_agents=agents)


def read_bare(text: str, names: Sequence[str] = ()) -> Num | None:
    """The lone value of a follow-up ("what about 20%?"), if that is all the text says."""
    if len(text) > MAX_QUESTION:
        return None  # read() says why
    tokens = classify(fixed_phrases(tokenize(text, names)))
    scan = associate(tokens)
    if scan.settings or scan.keys or scan.unknown or scan.unmodeled or scan.names:
        return None
    if len(scan.nums) == 1:
        return scan.nums[0].num
    return None


__all__ = ["Num", "Reading", "lookup", "read", "read_bare", "value_text"]
