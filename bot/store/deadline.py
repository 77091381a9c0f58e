"""A request's deadline, for every statement it runs: Slack gives up after 3 seconds, so a
statement that would wait past what is left of them is stopped, and the user told the
truth ("the database is busy; nothing was saved") while Slack still listens.

The HTTP edge sets it around each request; each backend turns what is left into its own
wait (PostgreSQL's statement and lock timeouts, SQLite's busy timeout), never more than
the database's own default wait.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

#: What a request may spend waiting on the database: Slack's 3 s less the rest of the
#: answer and the network.
SLACK_BUDGET_S = 2.5
#: The least any statement is given, so that a late one still gets to try.
SHORTEST_S = 0.05

_DEADLINE: ContextVar[float | None] = ContextVar("roibot_deadline", default=None)


@contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Statements run inside the block finish within `seconds` from now, or are stopped."""
    token = _DEADLINE.set(time.monotonic() + seconds)
    try:
        yield
    finally:
        _DEADLINE.reset(token)


def wait_for(default_s: float) -> float:
    """How long a statement may wait now: its default, or what is left of the deadline."""
    until = _DEADLINE.get()
    if until is None:
        return default_s
    return max(SHORTEST_S, min(default_s, until - time.monotonic()))
