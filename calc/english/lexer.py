"""Sentences into tokens: numbers joined with their units (percent, points, money, time,
period), the team's scenario names, settings typed in the command language, and the other
words classed by the lexicon (keys, change words, separators, filler, unknown words)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from calc.commands import looks_like_setting, normalize
from calc.english import lexicon as W
from calc.english.dates import without_dates
from calc.english.digits import NUMBER_START, PERIOD_SUFFIX, number_in_digits
from calc.english.lexicon import REFERENCE_INDEX
from calc.english.numbers import ALPHA_NUMBER_WORDS, is_number_word, read_number_words
from calc.english.phrase_index import phrase_at
from calc.english.tokens import Num, Tok, changed
from calc.english.units import attach_units, spelled_unit
from calc.errors import Refusal
from calc.formatting import decimal_text
from calc.names import THREAD_WORDS
from calc.settings import parse_setting

# The lookahead lets the scan pass most characters at one test (it halved the time).
_OF_PRICE = re.compile(
    r"(?=[\dp])(\d%|\bpercent|\bpct)\s+(?:of|from)\s+(?:the\s+)?(?:sale\s+)?price\b", re.IGNORECASE
)


def _multiplier(out: list[str], word: str) -> str:
    """`word`, or what a multiplier says in the words the reader knows ("calls x2":
    double; "1.5x the uplift", "calls x 1.2": up a percent), `out` moved with it."""
    if len(word) == 2 and word.lower() in _TWICE:
        word = "double"  # "calls x2"
    elif factor := _FACTOR_X.fullmatch(word):
        change = (Decimal(factor[1]) - 1).scaleb(2)  # "1.5x the uplift": 50% more
        out.append("up" if change > 0 else "down")
        word = f"{decimal_text(abs(change))}%"
    if out and out[-1].lower() in ("times", "x") and word.lower() in _TIMES_N:
        out[-1], word = _TIMES_N[word.lower()], ""  # "cost per call times 2"
    elif out and out[-1].lower() in ("times", "x") and _FACTOR.fullmatch(word):
        change = (Decimal(word) - 1).scaleb(2)  # "calls x 1.2": 20% more
        out[-1], word = ("up" if change > 0 else "down"), f"{decimal_text(abs(change))}%"
    return word


def _chunks(text: str) -> list[str]:
    """Words as typed, trailing punctuation split off (a `,` or `;` kept as a separator)."""
    out: list[str] = []
    joins = False  # the word kept last joins the next ("times two", "a quarter million")
    raws = text.split()
    for at, raw in enumerate(raws):
        # Most words are letters only, not a contraction, not after "times", "x" or
        # "quarter": nothing below changes them.
        if raw.isalpha() and not joins and (low := raw.lower()) not in W.CONTRACTIONS:
            multiplied = raws[at + 1 : at + 2] and raws[at + 1].lower() in _MULTIPLIED
            if multiplied and low in ("times", "x") and out and out[-1].lower() in _TIMES_N:
                out[-1] = _TIMES_N[out[-1].lower()]  # "3 times the price": triple it
                continue
            out.append(raw)
            joins = low in _JOINS
            continue
        if raw[-1] == ")" and raw[:-1].isdigit() and "(" not in raw:
            continue  # "1) calls +10% 2) AHT +10%": a list's numbering
        if raw.lower() in ("more:", "more,") and out and out[-1].lower() == "one":
            out.pop()  # "one more: what if calls double?": another question, no number
            continue
        word = raw.strip("\"'()[]{}“”‘’")
        separator = bool(word) and not word.strip("-")  # "morning — are we …": a pause
        while word and word[-1] in ".,;:!?-)]\"'”’":  # "(list),": the bracket, then the comma
            # "item 3: model AHT": a number before a colon ends what it could belong to
            separator = separator or word[-1] in ",;" or (word[-1] == ":" and word[-2:-1].isdigit())
            word = word[:-1]
        word = word if word == "@" else word.lstrip("@~≈")  # "~10k": about 10k; "@ 15%": at
        if word[-3:].lower() == "ish" and word[:1].isdigit():
            word = word[:-3].rstrip("-")  # "2-ish percent", "9kish": about that
        if not word.isascii() and all(not c.isalnum() and c not in "€£¥×" for c in word):
            continue  # "🤔", "👍": how it was said, no word of it
        word = _multiplier(out, word)
        if out and out[-1].lower() == "year" and word.lower() in ("one", "1"):
            out[-1], word = "first-year", ""  # "the ROI in year one"
        if out and out[-1].lower() == "quarter" and word.lower() in _SCALE_WORDS:
            out[-1], word = f"{out[-1]}-{word}", ""  # "a quarter million": a quarter-million
        head, _, per = word.partition("/")
        word = W.CONTRACTIONS.get(word.lower(), word)  # "whats": what's
        dashed = "-" in word and out and out[-1].lower() in _OPEN
        hours = _CLOCK_DASH.fullmatch(word) if dashed else None
        if hours:  # "open 9-5", "open 8am-8pm": from one time to the other
            out += [hours[1], "to", hours[2]]
            word = ""
        if "-" in word and (compound := _NUMBER_UNIT.fullmatch(word)):
            out += compound.groups()  # "a 3-point drop", "a 30-second increase"
        elif per.lower() == "call" and head:
            out += [head, "per", "call"]  # "0.40/call": an amount per call
        elif head.isalpha() and f"/{per.lower()}" in PERIOD_SUFFIX:
            out += [head, "per", PERIOD_SUFFIX[f"/{per.lower()}"]]  # "12,500 calls/day"
        elif word:
            out.append(word)
        if separator:
            out.append(",")
        joins = bool(out) and out[-1].lower() in _JOINS
    return out


_OPEN = frozenset({"open", "opening", "staffed", "hours"})
_CLOCK_DASH = re.compile(r"(\d{1,2}(?::\d\d)?(?:am|pm)?)-(\d{1,2}(?::\d\d)?(?:am|pm)?)", re.I)
_DASH_RANGE = re.compile(r"(\$?\d[\d,]*(?:\.\d+)?[kmb]?%?)-(\$?\d[\d,]*(?:\.\d+)?[kmb]?%?)")
#: Words that join the word after them ("times two", "a quarter million").
_JOINS = frozenset({"times", "x", "quarter", "year"})
# A number joined to its unit by a hyphen; not hours, which "12-hour days" reads whole.
_NUMBER_UNIT = re.compile(
    r"(\d+(?:\.\d+)?)-(points?|percent|seconds?|minutes?|dollars?|cents?)", re.I
)
_FACTOR = re.compile(r"[0-4]\.\d{1,3}")  # a multiplier with decimals: "x 1.2", "times 0.9"
_TWICE = frozenset({"x2", "×2", "2x", "2×"})
#: What "N times" multiplies ("3 times the price", "2 times as many calls"; never "calls 3
#: times a year").
_MULTIPLIED = frozenset({"the", "our", "as", "that", "current", "today's"})
_FACTOR_X = re.compile(r"([0-4]\.\d{1,3})[x×]", re.I)  # "1.5x", "0.8x": with decimals only
_TIMES_N = {"2": "double", "two": "double", "3": "triple", "three": "triple"}


def tokenize(text: str, names: Sequence[str] = ()) -> list[Tok]:
    """The sentence as tokens (numbers joined with their units, keys with their words)."""
    # "a margin of 23% of the price": a margin in percent is of the price already.
    text = W.SALUTATION.sub("", normalize(text))  # "good morning!": no word of the question
    # "23% of the price" is a margin: said with the margin ("a margin of 23% of the price"),
    # the words "of the price" go; said alone ("make it 20% of price"), they name it.
    said = text.lower()
    named = "margin" if "margin" not in said else ""
    if "price" in said:
        text = _OF_PRICE.sub(lambda m: f"{m[1]} {named}".rstrip(), text)
    chunks = _chunks(text)
    lowered = [chunk.lower() for chunk in chunks]
    chunks, lowered = without_dates(chunks, lowered)
    if "mil" in lowered:  # "9 mil": a thousand in Spanish and Portuguese, a million in slang
        raise Refusal('"mil" is a thousand to some and a million to others', "write 9k or 9M")
    # "undo" and "back" go back in a thread even where an old scenario has such a name.
    known = {name.lower(): name for name in names if name.lower() not in THREAD_WORDS}
    tokens: list[Tok] = []
    sweeping = not W.SWEEP.isdisjoint(lowered)
    index = 0
    while index < len(chunks):
        word = lowered[index]
        if word.isalpha() and word not in _SLOW and word not in known:
            tokens.append(Tok("word", word))  # most words: nothing below can start at them
            index += 1
            continue
        word = word.replace("–", "-") if sweeping and "–" in word else word  # "2%–10%"
        dashed = _DASH_RANGE.fullmatch(word) if sweeping and "-" in word else None
        if dashed:  # "sweep uplift 4-10%": a range, written as the language writes one
            low, high = dashed.groups()
            low = ("$" if high[0] == "$" and low[0] != "$" else "") + low
            scale = high.rstrip("%")[-1]  # "6-12k": 6k to 12k
            low += scale if scale in "kmb" and low[-1] not in "kmb%" else ""
            low += "%" if high.endswith("%") and not low.endswith("%") else ""
            tokens.append(Tok("range", f"{low}..{high}"))
            index += 1
            continue
        token, used = _token_at(chunks, lowered, index, known)
        tokens.append(token)
        index += used
    return attach_units(tokens)


def _token_at(
    chunks: list[str], lowered: list[str], index: int, known: dict[str, str]
) -> tuple[Tok, int]:
    """The token starting at `index`, and how many chunks it took."""
    chunk, word = chunks[index], lowered[index]
    if word == ",":
        return Tok("sep", ","), 1
    stem = word.removesuffix("'s").removesuffix("’s")  # "q4-plan's conversion"
    if stem in known and re.search(r"[a-z]", stem):
        version = _VERSION.match(" ".join(lowered[index + 1 : index + 4]))
        if version:  # "q3-plan v1", "q3-plan at version 3": that version of it
            return Tok("name", f"{known[stem]}@{version[1]}"), 1 + len(version[0].split())
        return Tok("name", known[stem]), 1
    said = lowered[index : index + 4]  # "version 2 of q3-plan"
    if word == "version" and len(said) == 4 and said[1].isdigit() and said[2] == "of":
        name = known.get(said[3].removesuffix("'s"))
        if name is not None:
            return Tok("name", f"{name}@{said[1]}"), 4
    spaced = f"{word}-{lowered[index + 1]}" if index + 1 < len(lowered) else ""
    if spaced in known:  # "q3 plan vs q4 plan": the team's q3-plan, its dash left out
        return Tok("name", known[spaced]), 2
    if looks_like_setting(chunk) and ".." not in chunk:
        try:
            setting = parse_setting(chunk)
        except Refusal:
            setting = None
        if setting is not None:
            return Tok("setting", chunk, key=setting.key.name, setting=chunk), 1
    if ".." in word:
        return Tok("range", chunk), 1
    reference = REFERENCE_INDEX.at(lowered, index)[0] if word in REFERENCE_INDEX.firsts else 0
    if reference:
        return Tok("name", "reference"), reference
    num, used = _number_at(chunks, lowered, index)
    if num is not None and lowered[index + 1 : index + 2] != ["columns"]:  # "the two columns"
        return Tok("num", chunk, num=num), used
    if chunk in "$€£" and index + 1 < len(chunks):  # "$ 120"
        nxt = number_in_digits(chunks[index + 1])
        if nxt is not None:
            return Tok("num", chunk + chunks[index + 1], num=changed(nxt, money=True)), 2
    return Tok("word", word), 1


_VERSION = re.compile(r"(?:at )?(?:v|version )(\d{1,4})\b")
_SCALE_WORDS = ("million", "thousand", "billion")
_AND_A_HALF = {"point": "pp", "minute": "min", "hour": "h"}
_HALF_OF = frozenset({"point", "percent", "percentage", *_SCALE_WORDS, "minute", "hour"})
_SCALE_DOLLARS = re.compile(r"(million|thousand|billion)-dollars?")
_PART_OF_SCALE = re.compile(r"(half|quarter)-(million|thousand|billion)")
_SCALE_OF = {"million": "M", "thousand": "k", "billion": "B"}
Read = tuple[Num, int] | None


def _half_a(chunks: list[str], lowered: list[str], index: int) -> Read:
    """ "half a point", "half a million": 0.5, the unit or scale following; "a point and a
    half": 1.5 points."""
    said = lowered[index : index + 5]
    if said[:1] == ["a"] and said[2:] == ["and", "a", "half"] and said[1] in _AND_A_HALF:
        unit = _AND_A_HALF[said[1]]  # "a point and a half", "a minute and a half"
        source = " ".join(chunks[index : index + 5])
        points = unit == "pp"
        return Num("1.5", Decimal("1.5"), source, points=points, unit=None if points else unit), 5
    after = lowered[index + 1 : index + 3]
    if lowered[index] == "half" and after[:1] == ["a"] and after[1:2] and after[1] in _HALF_OF:
        return Num("0.5", Decimal("0.5"), "half a"), 2
    return None


def _scaled_word(chunks: list[str], lowered: list[str], index: int) -> Read:
    """ "million-dollar" ($1M), "half-million" (500k), "quarter-million"."""
    word = lowered[index]
    if "-" not in word:
        return None
    if (joined := spelled_unit(word, chunks[index])) is not None:
        return joined, 1  # "a two-dollar fee", "a nine-minute AHT"
    if dollars := _SCALE_DOLLARS.fullmatch(word):
        scale = _SCALE_OF[dollars[1]]
        return Num(f"1{scale}", Decimal(W.SCALE_FACTORS[scale]), chunks[index], money=True), 1
    if whole := _PART_OF_SCALE.fullmatch(word):
        part = Decimal("0.5") if whole[1] == "half" else Decimal("0.25")
        scale = _SCALE_OF[whole[2]]
        amount = part * W.SCALE_FACTORS[scale]
        text = (
            f"{decimal_text(amount / 1000)}k" if amount < 10**6 else f"{decimal_text(part)}{scale}"
        )
        return Num(text, amount, chunks[index]), 1
    return None


def _fraction(chunks: list[str], lowered: list[str], index: int) -> Read:
    """ "a third", "two thirds": a percent."""
    word, after = lowered[index], lowered[index + 1 : index + 2]
    if not after or after[0] not in W.FRACTIONS:
        return None
    if word == "a" and after[0] == "quarter" and _after_amount(lowered, index):
        return None  # "$250k a quarter", "300k calls a quarter": a period (see periods.py)
    if word in ("a", "one"):
        count = Decimal(1)
    elif is_number_word(word):
        count = (read_number_words(lowered, index) or (Decimal(1), 1))[0]
    else:
        return None
    share = (count * 100 / W.FRACTIONS[after[0]]).quantize(Decimal("0.0001"))
    scale = lowered[index + 4] if lowered[index + 2 : index + 4] == ["of", "a"] else None
    if len(lowered) > index + 4 and scale in _SCALE_OF:  # "a quarter of a million": 250k
        amount = share.scaleb(-2) * W.SCALE_FACTORS[_SCALE_OF[scale]]
        return Num(decimal_text(amount), amount, " ".join(chunks[index : index + 5])), 5
    of_point = phrase_at(lowered, index + 2, _OF_A_POINT)
    if of_point:  # "two tenths of a point": a share of one percentage point
        points = share.scaleb(-2)
        source = " ".join(chunks[index : index + 2 + of_point])
        return Num(decimal_text(points), points, source, points=True), 2 + of_point
    return Num(decimal_text(share), share, f"{chunks[index]} {chunks[index + 1]}", percent=True), 2


def _after_amount(lowered: list[str], index: int) -> bool:
    """Whether the word at `index` comes right after an amount, or after a count's name
    after one, and no "of" follows ("a quarter of calls" is a share)."""
    if lowered[index + 2 : index + 3] == ["of"] or index == 0:
        return False
    before = lowered[index - 1]
    if before in ("calls", "customers") and index > 1:
        before = lowered[index - 2]
    return before[-1:].isdigit() or (before[-1:] in ("k", "m") and before[-2:-1].isdigit())


# "two tenths of a point", and "a quarter point" (never 25 points)
_OF_A_POINT = [
    *(("of", "a", "point"), ("of", "a", "percentage", "point"), ("of", "one", "point")),
    *(("point",), ("points",), ("percentage", "point"), ("pp",)),
]


def _spelled(chunks: list[str], lowered: list[str], index: int) -> Read:
    """ "twelve thousand", "a hundred"."""
    word, after = lowered[index], lowered[index + 1 : index + 2]
    if is_number_word(word) or (word == "a" and after and after[0] in ("hundred", *_SCALE_WORDS)):
        spelled = read_number_words(lowered, index)
        if spelled is not None:
            amount, used = spelled
            return Num(decimal_text(amount), amount, " ".join(chunks[index : index + used])), used
    return None


# Units that "a" or "an" counts one of ("down by a dollar", "a minute shorter", "lose a
# point"); not "an hour" or "a day", which say per ("$28 an hour", "9,000 a day").
_ONE_OF = frozenset(
    {"dollar", "buck", "minute", "min", "second", "sec", "point", "percent", "percentage"}
)
# After these, "a minute" is a rate's period ("10 calls a minute"), not a length.
_PER_AFTER = frozenset({"call", "calls", "sale", "sales", "contact", "contacts", "agent", "agents"})


def _a_unit(chunks: list[str], lowered: list[str], index: int) -> Read:
    """ "a dollar", "a minute", "another point": one of the unit that follows."""
    full = lowered[index + 1 : index + 2] in (["full"], ["whole"])  # "up a full point"
    after = lowered[index + 1 + full : index + 2 + full]
    before = lowered[index - 1] if index else ""
    one = lowered[index] in ("a", "an", "another")
    if one and after and after[0] in _ONE_OF and before not in _PER_AFTER:
        return Num("1", Decimal(1), " ".join(chunks[index : index + 1 + full])), 1 + full
    return None


_ONE_IN_NOUNS = frozenset({"caller", "call", "customer"})


def _one_in(chunks: list[str], lowered: list[str], index: int) -> Read:
    """ "1 in 50 callers", "one in ten sales", "one caller in fifty", "3 out of 100": a
    share, in percent."""
    if index + 2 >= len(lowered):
        return None
    noun = lowered[index + 1] in _ONE_IN_NOUNS
    out_of = lowered[index + 1 + noun : index + 3 + noun] == ["out", "of"]  # "3 out of 100"
    if index + 2 + noun + out_of >= len(lowered) or not (
        out_of or lowered[index + 1 + noun] == "in"
    ):
        return None
    counts = []
    for at in (index, index + 2 + noun + out_of):
        spelled = _spelled(chunks, lowered, at)
        num = number_in_digits(chunks[at]) or (spelled[0] if spelled and spelled[1] == 1 else None)
        if num is None or num.percent or num.money or num.unit or num.period:
            return None
        counts.append(num.amount)
    part, whole = counts
    if not 0 < part <= whole <= 1000 or part != part.to_integral_value():
        return None
    share = (part * 100 / whole).quantize(Decimal("0.0001"))
    source = " ".join(chunks[index : index + 3 + noun + out_of])
    return Num(decimal_text(share), share, source, percent=True), 3 + noun + out_of


_ONE_AS_A_WORD = frozenset({"quick"})
#: "which one makes more money?", "ok last one, …": a plan or a question pointed at, unless
#: a unit follows.
_POINTING = frozenset({"which", "this", "that", "either", "last", "final"})
_ONE_OF_SOMETHING = frozenset(
    "percent per point points hundred thousand million dollar dollars buck bucks cent cents "
    "minute minutes second seconds hour hours day days week weeks month months in out".split()
)
_PER = frozenset({"for", "of", "per"})
_PARTS = {"and a half": Decimal("0.5"), "and a quarter": Decimal("0.25")}
#: Words other than number words that a reading below may start with.
_NUMBER_WORD_STARTS = frozenset({"a", "an", "another", "half", "one"})
#: Letters-only words that may start more than a word: a number (in words too: a letters-
#: only word is a number word exactly when it is one of these), the reference scenario.
_SLOW = _NUMBER_WORD_STARTS | REFERENCE_INDEX.firsts | ALPHA_NUMBER_WORDS | {"version"}
_READINGS = (_half_a, _scaled_word, _fraction, _spelled, _a_unit)


#: "a", "an", "another", "half" start a number only before one of these words: "a point and
#: a half", "a full point", "a third", "a hundred", "a minute", "half a million".
_ARTICLES = frozenset({"a", "an", "another", "half"})
_AFTER_ARTICLE = frozenset(
    {"a", "point", "full", "whole", "hundred", *_SCALE_WORDS, *W.FRACTIONS, *_ONE_OF}
)


def _number_at(
    chunks: list[str], lowered: list[str], index: int, *, every: bool = False
) -> tuple[Num | None, int]:
    """A number written in digits, in words ("twelve thousand", "half a million", "a
    half-million"), or as a fraction ("a third", "two thirds": a percent), and how many
    chunks it took ("and a half" included). `every`: try every reading even after an
    article (what the tests hold the quick way to)."""
    word = lowered[index]
    before = lowered[index - 1] if index else ""
    after = lowered[index + 1] if index + 1 < len(lowered) else ""
    if word == "one" and (
        before in _ONE_AS_A_WORD
        or (before in _PER and after == "call")
        or (before in _POINTING and after not in _ONE_OF_SOMETHING)
    ):
        return None, 1  # "quick one: what if …", "the cost for one call": no number
    starts = word[:1] in NUMBER_START or word in _NUMBER_WORD_STARTS or "-" in word
    if not starts and not is_number_word(word):
        return None, 1  # most words: none of the readings below can start here
    if word in _ARTICLES and after not in _AFTER_ARTICLE and not every:
        return None, 1  # "a price of", "an uplift": the article of a noun, no number
    found: Read = _one_in(chunks, lowered, index)
    num = number_in_digits(chunks[index]) if found is None else None
    found = (num, 1) if num is not None else found
    for reading in _READINGS:
        if found is not None:
            break
        found = reading(chunks, lowered, index)
    if found is None:
        return None, 1
    num, used = found
    end = index + used
    part = (
        _PARTS.get(" ".join(lowered[end : end + 3])) if lowered[end : end + 1] == ["and"] else None
    )
    if part and not (num.percent or num.points or num.clock or num.target):
        # "ten and a half minutes", "2 and a half thousand", "2 and a quarter percent"
        amount = num.amount + part
        num = changed(
            num, text=decimal_text(amount), amount=amount, source=" ".join(chunks[index : end + 3])
        )
        used += 3
    return num, used
