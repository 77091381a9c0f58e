"""Numbers written in words: "twelve thousand" → 12000, "one point five million" → 1.5M,
"a hundred and twenty" → 120. Small, exact, and deterministic."""

from __future__ import annotations

from decimal import Decimal

ONES = {
    word: n
    for n, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen".split()
    )
}
TENS = {
    word: 10 * n
    for n, word in enumerate("_ _ twenty thirty forty fifty sixty seventy eighty ninety".split())
    if word != "_"
}
SCALE_WORDS = {"thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
#: The number words written in letters only (a hyphen joins the others: "twenty-one").
ALPHA_NUMBER_WORDS = frozenset({*ONES, *TENS, "hundred", *SCALE_WORDS})


def _atom(word: str) -> int | None:
    if word in ONES:
        return ONES[word]
    if word in TENS:
        return TENS[word]
    if "-" in word:
        tens, _, ones = word.partition("-")
        if tens in TENS and ones in ONES and 0 < ONES[ones] < 10:
            return TENS[tens] + ONES[ones]
    return None


def _digit(word: str) -> int | None:
    """A single digit spelled out ("five"), else None."""
    atom = _atom(word)
    return atom if atom is not None and atom < 10 else None


def is_number_word(word: str) -> bool:
    """True for a word that can start or continue a number in words."""
    return _atom(word) is not None or word in ("hundred", *SCALE_WORDS)


def read_number_words(words: list[str], start: int) -> tuple[Decimal, int] | None:
    """The number spelled by `words[start:]`, and how many words it took; None if none.

    "a" counts as one before "hundred", "thousand", "million" ("a million calls");
    "and" may join ("one hundred and twenty"); "point" starts decimals ("one point five").
    """
    total, current, index, used = 0, 0, start, 0
    seen = False
    while index < len(words):
        word = words[index]
        atom = _atom(word)
        following = words[index + 1] if index + 1 < len(words) else ""
        if atom is not None:
            rest = current % 100
            if seen and not (rest == 0 or (rest % 10 == 0 and rest >= 20 and atom < 10)):
                break  # "two fifty", "one twenty": two numbers said apart, never 52 or 21
            current += atom
            seen = True
        elif word == "a" and not seen and (following == "hundred" or following in SCALE_WORDS):
            current = 1
            seen = True
        elif word == "hundred" and seen:
            current = max(current, 1) * 100
        elif word in SCALE_WORDS and seen:
            total += max(current, 1) * SCALE_WORDS[word]
            current = 0
        elif word == "and" and seen and _atom(following) is not None:
            pass
        elif word == "point" and seen and _digit(following) is not None:
            digits = []
            index += 1
            while index < len(words) and _digit(words[index]) is not None:
                digits.append(str(_digit(words[index])))
                index += 1
            value = Decimal(total + current) + Decimal("0." + "".join(digits))
            scale = words[index] if index < len(words) else ""
            if scale in SCALE_WORDS:
                value *= SCALE_WORDS[scale]
                index += 1
            return value, index - start
        else:
            break
        index += 1
        used = index - start
    if not seen:
        return None
    return Decimal(total + current), used
