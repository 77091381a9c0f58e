"""Answers to questions, kept per worker thread until the team's scenarios change.

A question (`/roi calls=9000 aht+10%`, a sweep, a compare, a show) gives the same reply
until one of the team's scenarios changes: its base is the team's `default` or a named
scenario. An entry is good while the team's change marker and this process's write count
both still read as they did before the answer was computed. The marker is SQLite's `PRAGMA
data_version` on this thread's own connection (any other connection's commit, in any
thread or process, moves it; no table is read), or on PostgreSQL the team's count of
writes (one indexed read, moved in every writing transaction, on any machine). A save in
this very thread does not move its own SQLite connection's marker, so every save, restore
and delete made through this process also counts a write here. Entries are per thread
because a SQLite marker is per connection; a thread keeps the last 256.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any

SIZE = 256


class _Entries(threading.local):
    def __init__(self) -> None:
        self.items: OrderedDict[Hashable, tuple[int, int, Any]] = OrderedDict()


class AnswerCache:
    """Replies by key, each valid while the database has not changed since it was made."""

    def __init__(self, marker: Callable[[str], int | None], size: int = SIZE) -> None:
        self._marker = marker
        self._size = size
        self._writes = 0
        self._entries = _Entries()

    def wrote(self, *_: object) -> None:
        """This process wrote (a save, restore or delete): every entry is stale."""
        self._writes += 1

    def state(self, team: str) -> tuple[int, int] | None:
        """The team's state now, to keep with an answer computed from here on; None when
        it cannot be told (nothing is cached then)."""
        writes = self._writes  # read first: a write counted after this misses next time
        marker = self._marker(team)
        return None if marker is None else (marker, writes)

    def get(self, team: str, key: Hashable) -> Any | None:
        """The reply kept for `key`, if `team`'s scenarios are as they were when it was
        made."""
        entry = self._entries.items.get(key)
        if entry is None:
            return None
        if self.state(team) != entry[:2]:
            del self._entries.items[key]
            return None
        self._entries.items.move_to_end(key)
        return entry[2]

    def put(self, key: Hashable, state: tuple[int, int] | None, reply: Any) -> None:
        """Keep `reply` for `key`, made from the database in `state` (read before)."""
        if state is None:
            return
        items = self._entries.items
        items[key] = (*state, reply)
        items.move_to_end(key)
        while len(items) > self._size:
            items.popitem(last=False)
