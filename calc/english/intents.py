"""Questions into verbs: what a sentence asks for (a what-if, the break-even points, how
many agents), its question words marked as used."""

from __future__ import annotations

from collections.abc import Sequence

from calc.english import lexicon as W
from calc.english.lexicon import phrases_index
from calc.english.tokens import Tok

# -- questions ----------------------------------------------------------------------------


def texts_of(tokens: list[Tok]) -> list[str]:
    """Each token as a word to match questions against (keys by their key, `K:uplift`)."""
    return [
        f"K:{t.key}" if t.kind == "key" else (t.text if t.kind not in ("num", "name") else "\0")
        for t in tokens
    ]


def find(texts: list[str], phrases: Sequence[tuple[str, ...]]) -> tuple[int, int] | None:
    """The first place any of `phrases` occurs: (start, length)."""
    return phrases_index(phrases).find(texts)


_BREAKEVEN_KEYS = (
    ("what", "K:uplift"),
    ("which", "K:uplift"),
    ("how", "much", "K:uplift"),
    ("minimum", "K:uplift"),
    ("how", "much", "more", "K:uplift"),
    ("how", "far", "can", "K:aht"),
    ("how", "much", "can", "K:aht"),
    ("how", "far", "can", "the", "K:aht"),
    ("how", "much", "can", "the", "K:aht"),
    ("how", "long", "can", "K:calls"),
    ("how", "much", "longer", "can", "K:calls"),
    ("how", "far", "can", "our", "K:aht"),
    ("how", "high", "can", "K:aht"),
)


def _mark(tokens: list[Tok], start: int, length: int) -> None:
    for index in range(start, start + length):
        tokens[index] = Tok("question", tokens[index].text)


def question(tokens: list[Tok]) -> tuple[str, bool]:
    """The verb the sentence asks for (its question words marked as used), and whether it
    asks how many agents."""
    texts = texts_of(tokens)
    agents = find(texts, W.AGENTS)
    if agents:
        _mark(tokens, *agents)
    found = find(texts, _BREAKEVEN_KEYS)
    if found:
        start, length = found
        _mark(tokens, start, length)
        # "how far can AHT rise": the rise word belongs to the question too.
        if start + length < len(tokens) and tokens[start + length].kind == "up":
            _mark(tokens, start + length, 1)
        return "breakeven", bool(agents)
    found = find(texts, W.BREAKEVEN)
    if found:
        _mark(tokens, *found)
        return "breakeven", bool(agents)
    return "compute", bool(agents)
