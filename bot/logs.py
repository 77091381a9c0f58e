"""Log lines an operator can read: one line per kind of problem, at most once a minute per
kind, each saying how many of its kind were left out since the last one.

A burst of the same failure (a chart upload refused 1,787 times, a flood of forged
requests, the database away while every Home tab republishes) is one line a minute, not
a line (or a traceback) each.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

EVERY_S = 60.0


class LimitedLog:
    """A logger's warnings and errors, limited per kind of problem."""

    def __init__(
        self,
        logger: logging.Logger,
        every_s: float = EVERY_S,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._logger = logger
        self._every = every_s
        self._clock = clock
        self._lock = threading.Lock()
        self._kinds: dict[str, tuple[float, int]] = {}  # kind → (last logged, left out)

    def _due(self, kind: str) -> int | None:
        """How many of `kind` were left out, when a line is due now; else None."""
        now = self._clock()
        with self._lock:
            last, left_out = self._kinds.get(kind, (float("-inf"), 0))
            if now - last < self._every:
                self._kinds[kind] = (last, left_out + 1)
                return None
            self._kinds[kind] = (now, 0)
            return left_out

    def log(self, level: int, kind: str, message: str, **kwargs: Any) -> bool:
        """Log `message` if no line of `kind` was logged in the last minute; True if it
        was logged."""
        left_out = self._due(kind)
        if left_out is None:
            return False
        if left_out:
            message += f" ({left_out:,} more like this left out since the last line)"
        self._logger.log(level, "%s", message, **kwargs)
        return True

    def reset(self) -> None:
        """Forget every kind seen (each test starts with none)."""
        with self._lock:
            self._kinds.clear()

    def warning(self, kind: str, message: str, **kwargs: Any) -> bool:
        """A warning, limited per kind."""
        return self.log(logging.WARNING, kind, message, **kwargs)

    def error(self, kind: str, message: str, **kwargs: Any) -> bool:
        """An error, limited per kind (pass exc_info for the first one's traceback)."""
        return self.log(logging.ERROR, kind, message, **kwargs)


#: roibot's own problems, limited per kind (the one instance, like a logger).
LIMITED = LimitedLog(logging.getLogger("roibot"))
