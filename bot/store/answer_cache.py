"""Answers to questions, kept per worker process until the team's scenarios change.

A question (`/roi calls=9000 aht+10%`, a sweep, a compare, a show) gives the same reply
until one of the team's scenarios changes: its base is the team's `default` or a named
scenario. An entry keeps the team's count of writes as it was read before the answer was
computed (one indexed read, moved in every writing transaction, on any machine): it is good
while the count still reads the same.

On SQLite the count is not read at all while nothing was committed anywhere: each thread
stamps the entries it has checked with the file's change marker, `PRAGMA data_version` on
its own connection (any other connection's commit moves it; no table is read), and this
process's write count (a save in this very thread does not move its own connection's
marker, so every save, restore and delete made through this process counts here). When the
stamp moved, some team wrote: the count is read, and an entry whose team did not write
stays good. A new question's answer keeps the count this thread last read, while the stamp
has not moved since (one read less on every question not asked before). Entries are shared
by the process's threads (one answer made once, not once a thread); the stamps are per
thread, as the marker is per connection. The last 256 are kept.

An answer is kept from the second time its question is asked: a team exploring what-ifs
asks most questions once, and keeping each of those cost every new question a read of the
state and a place among the entries (an answer's hundreds of objects kept alive, which the
collector then walks) for an answer nobody asks for again. Questions asked once are
remembered by key only, the last few thousand.
"""

from __future__ import annotations

import itertools
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any

from bot.logs import LIMITED

SIZE = 256

#: (the file's change marker or None, this process's writes, the team's count of writes).
State = tuple[int | None, int, int]


class _Stamps(threading.local):
    """Per thread: the entry under each key it last found good, and the (marker, writes)
    it found it good at. The entry itself, not the key: another thread may since have put
    an answer under the key made from an older state."""

    def __init__(self) -> None:
        self.by_key: dict[Hashable, tuple[object, int | None, int]] = {}
        # The team's count as this thread last read it, at (marker, writes): a new question
        # of a team whose count was read while nothing has been committed since reads none.
        self.counts: dict[str, tuple[int, int, int]] = {}


class AnswerCache:
    """Replies by key, each valid while its team's scenarios have not changed since it was
    made."""

    def __init__(
        self,
        quick: Callable[[], int | None],
        team_writes: Callable[[str], int | None],
        size: int = SIZE,
    ) -> None:
        self._quick = quick
        self._team_writes = team_writes
        self._size = size
        self._writes = 0
        self._write_numbers = itertools.count(1)
        self._items: OrderedDict[Hashable, tuple[int, Any]] = OrderedDict()
        self._asked: dict[Hashable, None] = {}
        self._lock = threading.Lock()
        self._stamps = _Stamps()

    def wrote(self, *_: object) -> None:
        """This process wrote (a save, restore or delete): no entry is taken on a stamp
        alone until its team's count is read again."""
        # A number never used before, taken atomically: `+= 1` from two threads at once
        # could leave the count where a stamp was taken, after this thread's own save.
        self._writes = next(self._write_numbers)

    def __len__(self) -> int:
        return len(self._items)

    def asked_before(self, key: Hashable) -> bool:
        """True when `key` was asked before, recently: its answer is worth keeping (see the
        module's docstring); the first time, the key is remembered and False is said."""
        asked = self._asked
        if key in asked:
            return True
        if len(asked) >= 16 * self._size:
            asked.clear()  # questions asked once, long ago: at worst one is made once more
        asked[key] = None
        return False

    def state(self, team: str) -> State | None:
        """The team's state now, to keep with an answer computed from here on; None when
        it cannot be told (nothing is cached then)."""
        writes = self._writes  # read first: a write counted after this misses next time
        quick = self._quick()
        counts = self._stamps.counts
        known = counts.get(team) if quick is not None else None
        if known is not None and known[0] == quick and known[1] == writes:
            return quick, writes, known[2]
        count = self._count(team)
        if count is not None and quick is not None:
            if len(counts) >= self._size:
                counts.clear()  # teams long quiet; a count kept only saves a read
            counts[team] = (quick, writes, count)
        return None if count is None else (quick, writes, count)

    def _count(self, team: str) -> int | None:
        """The team's count of writes, or None (nothing cached) when it cannot be read: a
        cache that fails must never fail the answer (a read-only file of a schema older than
        the count's table still answers, uncached)."""
        try:
            return self._team_writes(team)
        except Exception as error:
            LIMITED.warning(
                "answer cache", f"answers are not cached: the team's count of writes: {error}"
            )
            return None

    def get(self, team: str, key: Hashable) -> Any | None:
        """The reply kept for `key`, if `team`'s scenarios are as they were when it was
        made."""
        entry = self._items.get(key)
        if entry is None:
            return None
        count_then, reply = entry
        writes = self._writes  # both read before the count, as in `state`
        quick = self._quick()
        stamps = self._stamps.by_key
        stamp = stamps.get(key)
        if quick is None or stamp is None or stamp[0] is not entry or stamp[1:] != (quick, writes):
            # Something was committed since this thread last looked: by this team or not.
            if self._count(team) != count_then:
                with self._lock:
                    if self._items.get(key) is entry:
                        del self._items[key]
                return None
            self._stamp(key, entry, quick, writes)
        with self._lock:
            if key in self._items:
                self._items.move_to_end(key)
        return reply

    def put(self, key: Hashable, state: State | None, reply: Any) -> None:
        """Keep `reply` for `key`, made from the database in `state` (read before)."""
        if state is None:
            return
        quick, writes, count = state
        entry = (count, reply)
        self._stamp(key, entry, quick, writes)
        with self._lock:
            self._items[key] = entry
            self._items.move_to_end(key)
            while len(self._items) > self._size:
                self._items.popitem(last=False)

    def _stamp(self, key: Hashable, entry: object, quick: int | None, writes: int) -> None:
        """Note on this thread that `entry` was good at (quick, writes). Bounded: a stamp
        keeps its entry alive, and a thread answering new questions all day once kept every
        answer it had made (the cache's own bound never reached the stamps of a `put`)."""
        stamps = self._stamps.by_key
        if len(stamps) >= 4 * self._size:
            stamps.clear()  # stamps of entries long gone; a stamp only saves a read
        stamps[key] = (entry, quick, writes)
