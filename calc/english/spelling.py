"""Misspelled names of settings ("convertion", "handel time", "uplfit"): a word roibot does
not know, one slip of the keyboard (a letter wrong, missing, extra, or two swapped) away
from exactly one word of a setting's name, is read as that word. The answer's read-as line
shows what it became; a short word (under six letters) or one that could be two words is
never guessed."""

from __future__ import annotations

from functools import cache

from calc.english import dialogue_words as D
from calc.english import lexicon as W
from calc.english.change_words import DOUBLE, DOWN, HALF, LESS, LONGER, MORE, SHORTER, UP
from calc.english.unmodeled import UNMODELED

_SHORTEST = 6
# Words of their own one slip from a setting's name: "the new contract is $2.40 per call"
# was read as "contact" (calls).
_REAL_WORDS = ("contract", "contracts", "contracted", "contractor", "contractors")


def _words(*tables: object) -> set[str]:
    found: set[str] = set()
    for table in tables:
        items = table.keys() if isinstance(table, dict) else table
        for item in items:  # type: ignore[attr-defined]
            parts = item if isinstance(item, tuple) else (item,)
            for part in parts:
                found.update(str(part).split())
    return found


@cache
def _vocabulary() -> tuple[frozenset[str], frozenset[str]]:
    """The words of the settings' names (what a slip is corrected to), and every word the
    reader knows (never corrected)."""
    names = {w for phrases in W.KEY_PHRASES.values() for p in phrases for w in p.split()}
    known = names | _words(
        W.SETS, W.FILLER, W.SEPARATORS, W.GREETINGS, W.NEGATION, W.WRITES, W.COMPARE, W.SAVE,
        W.SWEEP, W.MONEY_WORDS, W.TIME_UNITS, W.SCALES, W.PERIODS, W.BREAKEVEN, W.AGENTS,
        W.LIST, W.HELP, W.RESET, W.WRITE_PHRASES, W.VERDICT, W.SHOW, W.REFERENCE, W.CAP,
        W.FRACTIONS, UNMODELED, D.BACK, D.LEVERS, D.GOAL_BREAKEVEN, D.SERVICE_ONLY,
        D.SOLVE_ASK, D.HISTORY, D.ON_TOP, UP, DOWN, MORE, LESS, LONGER, SHORTER, DOUBLE, HALF,
        _REAL_WORDS,
    )  # fmt: skip
    return frozenset(w for w in names if len(w) >= _SHORTEST), frozenset(known)


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))} | {word}


@cache
def _index() -> dict[str, frozenset[str]]:
    """Each name, and each name with one letter taken out, to the names it came from: a
    slip of one letter leaves the typed word and its name sharing one of these (so a long
    question costs a few lookups a word, not a comparison with every name)."""
    index: dict[str, set[str]] = {}
    for name in _vocabulary()[0]:
        for form in _deletions(name):
            index.setdefault(form, set()).add(name)
    return {form: frozenset(names) for form, names in index.items()}


def _one_slip(typed: str, word: str) -> bool:
    """One letter wrong, missing or extra, or two neighbours swapped."""
    if typed == word or abs(len(typed) - len(word)) > 1:
        return False
    if len(typed) == len(word):
        wrong = [i for i, (a, b) in enumerate(zip(typed, word, strict=True)) if a != b]
        if len(wrong) == 1:
            return True
        first = wrong[0] if len(wrong) == 2 else -1
        return (
            len(wrong) == 2
            and wrong[1] == first + 1
            and (typed[first], typed[first + 1]) == (word[first + 1], word[first])
        )
    short, long = (typed, word) if len(typed) < len(word) else (word, typed)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def corrected(word: str) -> str | None:
    """The setting's word `word` was meant to be, if it is a slip of exactly one."""
    if len(word) < _SHORTEST or word in _vocabulary()[1] or not word.isalpha():
        return None
    index = _index()
    near = {name for form in _deletions(word) for name in index.get(form, ())}
    found = [name for name in near if _one_slip(word, name)]
    return found[0] if len(found) == 1 else None
