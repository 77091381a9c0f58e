"""The schedule running inside a bot (`roi-bot serve` workers, Socket Mode): every
`poll_s` seconds, post what is due. Every instance may run one; the claims in the database
make each slot post once."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import UTC, datetime

from bot.digests.runner import RunReport
from bot.logs import LIMITED

log = logging.getLogger("roibot.digests")


class DigestScheduler:
    """A thread that calls `run(now)` every `poll_s` seconds until `close`."""

    def __init__(self, run: Callable[[datetime], RunReport], poll_s: float) -> None:
        self._run, self._poll_s = run, poll_s
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="roibot-digests", daemon=True)
        self.passes = 0

    def start(self) -> DigestScheduler:
        self._thread.start()
        return self

    def _loop(self) -> None:
        while not self._stop.wait(self._poll_s):
            try:
                report = self._run(datetime.now(UTC))
            except Exception as error:  # the database away for a moment: the next pass
                LIMITED.warning("digest pass failed", f"digest pass failed: {error!r}")
                continue
            self.passes += 1
            log.debug("digest pass %d: %s", self.passes, report)

    def close(self) -> None:
        """Stop after the pass in progress, if any."""
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout=30)
