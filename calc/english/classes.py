"""Tokens into classes: keys by their phrases, change words, separators, filler, words
roibot refuses by name, and the rest unknown (a slip in a setting's name read as the name)."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from calc.english import lexicon as W
from calc.english.lexicon import KEYS_INDEX
from calc.english.spelling import corrected
from calc.english.tokens import Num, Tok
from calc.english.unmodeled import UNMODELED
from calc.keys import BY_NAME


def _key_at(words: Sequence[str], index: int) -> tuple[str, int] | None:
    if words[index] not in KEYS_INDEX.firsts:
        return None
    length, key = KEYS_INDEX.at(words, index)
    return (key, length) if length else None


def _as_named(token: Tok) -> Tok:
    """A word as a setting's name would be written: a slip corrected ("convertion"), or
    the name with 's ("conversion's at 2.1%") without it."""
    if token.kind != "word":
        return token
    if token.text.endswith(("'s", "’s")):
        stem = token.text[:-2]
        return Tok("word", stem) if KEYS_INDEX.at([stem], 0)[0] else token
    fixed = corrected(token.text)
    return Tok("word", fixed) if fixed else token


_CLASSED = W.CLASSED_PHRASES.firsts


_POINTS = frozenset({"point", "points", "percent"})
_NOTHING = frozenset({"nothing", "free", "waived", "none"})
_AFTER_KEY = {"shrink": "down", "shrinking": "down", "max": "set", "maximum": "set", "cap": "set"}
_AFTER_KEY |= dict.fromkeys(("blows", "balloons", "spikes", "soars"), "up")


def _costs(before: Tok) -> bool:
    """Whether `before` says what something costs ("costs", "is", "for", "launch costs"),
    so that "nothing" or "free" after it is an amount of $0."""
    if before.kind == "key":  # "the launch costs nothing", "fee: none"
        return before.text.endswith(("cost", "costs")) or before.key in ("fee", "overhead")
    return before.text in ("cost", "costs", "costing", "is", "be", "are", "for")


_WENT = frozenset({"went", "moved", "changed", "shifted"})
#: Words after a change that name where the value ends up, not by how much it moves
#: ("calls are lower at 8k", "AHT a bit higher, say 11 minutes").
_LEVEL_CUES = frozenset({"at", "like", "say"})
_ABOUT = frozenset({"around", "about", "roughly", "approximately", "nearly", "circa"})


def _changed_before(out: list[Tok]) -> bool:
    """The token said last (past a comma) is a change word."""
    at = len(out) - 1 - (bool(out) and out[-1].kind == "sep" and out[-1].text == ",")
    return at >= 0 and out[at].kind in ("up", "down")


_MOVED = frozenset({"up", "down", "more", "less"})
_SWAPS = frozenset({"swap", "swapping", "trade", "trading", "exchange"})
_ADDS = frozenset({"add", "adds", "bring", "brings", "contribute", "contributes"})


#: Things known by a number ("ticket 4521", "page 2", "item 3"; never "best case 12k calls").
_REFERENCES = frozenset(
    "ticket order invoice ext extension item slide page room issue incident po sku row line".split()
)


def _numbered(tokens: list[Tok], index: int) -> bool:
    """Whether a bare whole number follows (no unit, share, amount or period)."""
    num = tokens[index + 1].num if _num_next(tokens, index) else None
    if num is None or num.percent or num.points or num.money or num.unit or num.period:
        return False
    return num.amount == num.amount.to_integral_value() and num.source[:1].isdigit()


def _key_after(words: list[str], tokens: list[Tok], at: int) -> bool:
    """Whether a setting's name is said at `at` ("another 500 calls", "… 2 points of uplift")."""
    return at < len(tokens) and _key_here(words, tokens, at) is not None


def _uncounted(out: list[Tok]) -> bool:
    """Whether the last token (calls) has no count before it ("12k calls cost $3": both)."""
    return len(out) < 2 or out[-2].kind != "num"


def _num_next(tokens: list[Tok], index: int) -> bool:
    return index + 1 < len(tokens) and tokens[index + 1].kind == "num"


def _key_here(words: list[str], tokens: list[Tok], index: int) -> tuple[str, int] | None:
    """The key named at `index` and its length in words; the language's own name counts
    only before a value ("cancel 4%", "hours 16")."""
    key = _key_at(words, index)
    if key is not None or words[index] not in BY_NAME or index + 1 >= len(tokens):
        return key
    num = tokens[index + 1].num  # of the key's kind: "paid $22 an hour" is no share paying
    share = BY_NAME[words[index]].is_percent
    fits = num is not None and not num.money and (share or not num.percent)
    return (words[index], 1) if fits else None


def _lasting(token: Tok) -> bool:
    """A time a call can last: "12 minute", "90 second" (not a clock time, not a rate)."""
    num = token.num
    return num is not None and num.unit in ("s", "min") and not (num.clock or num.period)


def _hourly(token: Tok) -> bool:
    return token.num is not None and token.num.money and token.num.period == "hour"


def _word_class(word: str, words: list[str], tokens: list[Tok], out: list[Tok], index: int) -> Tok:
    """A word that is no key, classed by the words around it."""
    if (
        word == "another"
        and _num_next(tokens, index)
        and _key_after(words, tokens, index + 2 + (words[index + 2 : index + 3] == ["of"]))
        and not (out and out[-1].kind in _MOVED)
    ):
        # "another 500 calls": more of them ("up another 10%", "another 30 seconds?" in a
        # thread: on top of its change)
        return Tok("more", word)
    if word in ("salary", "salaries") and any(_hourly(t) for t in tokens[index + 1 : index + 4]):
        return Tok("key", word, key="wage")  # "our agent salary is 20 dollar per hour": a wage
    if word in UNMODELED and words[index + 1 : index + 2] != ["saves"]:  # "churn saves"
        return Tok("unmodeled", word, why=UNMODELED[word])
    if word in _POINTS and words[max(0, index - 2) : index] in (["for", "every"], ["for", "each"]):
        # "AHT climbs 5% for every point of uplift" (a sweep's "every point" is its step)
        return Tok("unmodeled", f"{words[index - 1]} {word}", why=UNMODELED["every point"])
    if word == "hold" and index and words[index - 1] == "on":
        # "10 minutes on hold": a part of the call (but "hold occupancy to 80%" is a cap)
        return Tok("unmodeled", "on hold", why=UNMODELED["on hold"])
    if word in W.WHEN_WORDS and index and words[index - 1] in W.WHEN_BEFORE:
        # "our ROI this year": when, not a period; "how much per year" (no number):
        # the figure asked about
        return Tok("filler", word)
    if word in W.LOSE and index + 1 < len(tokens) and tokens[index + 1].kind == "num":
        return Tok("down", word)
    if word in _NOTHING and out and _costs(out[-1]):
        # "the launch costs nothing", "the launch is free": an amount of $0
        return Tok("num", word, num=Num("0", Decimal(0), word, money=True))
    if word in W.SEPARATORS:
        return Tok("sep", word)
    if word in _LEVEL_CUES and _changed_before(out) and _num_next(tokens, index):
        return Tok("to", word)  # "calls a bit lower, like 8k": where they end up
    if word in _ABOUT and out and out[-1].kind == "by" and _num_next(tokens, index):
        return Tok("filler", word)  # "up by around 12%": the amount, roughly
    if word in _WENT and index + 1 < len(tokens) and words[index + 1] == "from":
        return Tok("up", word)  # "AHT went from 640 to 700 s": now 700, no range
    if word in _SWAPS and _num_next(tokens, index):
        return Tok("down", word)  # "swap 1 point of conversion for 2 points of uplift"
    if word == "for" and _num_next(tokens, index) and any(t.text in _SWAPS for t in out):
        return Tok("up", word)  # … what is given up, then what it is traded for
    if word in _ADDS and words[:2] == ["how", "much"] and not _num_next(tokens, index):
        return Tok("filler", word)  # "how much do 40 kept customers a day add?": asked
    if word in W.CLASS_OF:
        return Tok(W.CLASS_OF[word], word)
    if word == "worth" and words[index + 1 : index + 2] in ([], ["at"], ["with"], ["if"]):
        return Tok("filler", word)  # "how much is the upsell worth (at 5% uplift)?"
    if word in ("it's", "that's") and out and out[-1].text == "," and _num_next(tokens, index):
        return Tok("set", word)  # "that margin is way off, it's $28": the value, said again
    if word in W.SETS:
        return Tok("set", word)
    if word in W.FILLER or word in W.GREETINGS or word.removesuffix("'s") in W.FILLER:
        return Tok("filler", word)  # "selling's extra revenue": a word's own
    return Tok("unknown", word)


def classify(tokens: list[Tok]) -> list[Tok]:
    """Keys by their phrases, change words, separators, filler, and the rest unknown (a
    slip in a setting's name, "convertion", read as the name)."""
    tokens = [_as_named(t) if t.kind == "word" else t for t in tokens]
    words = [t.text if t.kind == "word" else "\0" for t in tokens]
    out: list[Tok] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token.kind != "word":
            out.append(token)
            index += 1
            continue
        if words[index] in _REFERENCES and _numbered(tokens, index):
            # "re: ticket 4521", "page 2 of the deck": a thing's number, never a value
            out.append(Tok("filler", f"{words[index]} {tokens[index + 1].text}"))
            index += 2
            continue
        # the verdict's own words (filler), caps ("can't go above": a value), "under plan"
        length, kind = W.CLASSED_PHRASES.at(words, index) if words[index] in _CLASSED else (0, "")
        if length:
            after = index + length
            level_said = words[after : after + 1] == ["at"] and _num_next(tokens, after)
            if kind in ("up", "down") and level_said and out and out[-1].kind == "num":
                # "cancellations are 3 points above benchmark at 8%": how far from the
                # benchmark, said beside the level, which is the setting
                out.pop()
            else:
                out.append(Tok(kind, " ".join(words[index:after])))
            index = after
            continue
        said_of_key = _AFTER_KEY.get(words[index]) if out and out[-1].kind == "key" else None
        if said_of_key:  # "margins shrink by a fifth": a verb; "occupancy max 85": a cap
            out.append(Tok(said_of_key, words[index]))
            index += 1 + (words[index + 1 : index + 2] == ["out"])  # "AHT blows out by 30%"
            continue
        key = _key_here(words, tokens, index)
        if key is not None:
            name, length = key
            lasted = out[-2:-1] if out and out[-1].text in ("average", "avg") else out[-1:]
            if name == "calls" and lasted and _lasting(lasted[0]):
                name = "aht"  # "12 minute calls", "10 minute average calls": how long one lasts
            if name == "cost" and out and out[-1].key == "calls" and _uncounted(out):
                out.pop()  # "what if calls cost 10% more?": what a call costs
            out.append(Tok("key", " ".join(words[index : index + length]), key=name))
            index += length
            continue
        out.append(_word_class(token.text, words, tokens, out, index))
        index += 1
    return out
