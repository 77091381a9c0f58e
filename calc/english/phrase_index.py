"""Phrases found fast: word sequences indexed by their first word, each list's index
built once."""

from __future__ import annotations

from collections.abc import Iterable, Sequence


class Phrases:
    """Word sequences indexed by their first word: finding which one starts at a position
    costs a dictionary lookup, not a scan of the whole vocabulary."""

    def __init__(self, phrases: Iterable[tuple[str, ...]], values: Iterable[str] = ()) -> None:
        listed = list(phrases)
        named = list(values) or [""] * len(listed)
        self._by_first: dict[str, list[tuple[tuple[str, ...], str, int]]] = {}
        for phrase, value in zip(listed, named, strict=True):
            self._by_first.setdefault(phrase[0], []).append((phrase, value, len(phrase)))
        for entries in self._by_first.values():
            entries.sort(key=lambda entry: -entry[2])
        #: The words a phrase starts with: a word not among them starts none.
        self.firsts = frozenset(self._by_first)

    def at(self, words: Sequence[str], index: int) -> tuple[int, str]:
        """The longest phrase starting at `index`: (its length, its value); (0, "")."""
        if index >= len(words):
            return 0, ""
        entries = self._by_first.get(words[index])
        if not entries:
            return 0, ""
        count = len(words)
        for phrase, value, size in entries:
            if size == 1:
                return 1, value  # its one word is the word looked up
            end = index + size
            # the second word first: most candidates differ there, before any slice is made
            if end <= count and words[index + 1] == phrase[1] and tuple(words[index:end]) == phrase:
                return size, value
        return 0, ""

    def find(self, words: Sequence[str]) -> tuple[int, int] | None:
        """The first place any phrase occurs: (start, length)."""
        if self.firsts.isdisjoint(words):
            return None  # most sentences: no phrase of this list starts in them
        first = self._by_first
        for start, word in enumerate(words):
            if word in first:
                length, _ = self.at(words, start)
                if length:
                    return start, length
        return None


_CACHE: dict[int, Phrases] = {}


def phrases_index(phrases: Sequence[tuple[str, ...]]) -> Phrases:
    """The index of a phrase list (built once per list)."""
    index = _CACHE.get(id(phrases))
    if index is None:
        index = _CACHE[id(phrases)] = Phrases(phrases)
    return index


def phrase_at(words: Sequence[str], index: int, phrases: Sequence[tuple[str, ...]]) -> int:
    """The length of the longest phrase of `phrases` starting at `index` (0 if none)."""
    return phrases_index(phrases).at(words, index)[0]
