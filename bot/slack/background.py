"""Work done after an answer, on threads the app owns."""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor, wait
from typing import Any


class Background(ThreadPoolExecutor):
    """Threads for work after an answer (Bolt's lazy listeners, chart uploads, Home tab
    republishing), owned by the app (closed with it) and able to say when everything
    submitted so far has finished (`drain`): tests wait on that, never on a sleep."""

    def __init__(self, workers: int = 5, name: str = "roibot-lazy") -> None:
        super().__init__(max_workers=workers, thread_name_prefix=name)
        self._pending: set[Future[Any]] = set()
        self._lock = threading.Lock()

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        future = super().submit(fn, *args, **kwargs)
        with self._lock:
            self._pending.add(future)
        future.add_done_callback(self._done)
        return future

    def _done(self, future: Future[Any]) -> None:
        with self._lock:
            self._pending.discard(future)

    def drain(self, timeout_s: float = 30.0) -> None:
        """Wait until every task submitted so far (and any they submit) has finished."""
        while True:
            with self._lock:
                pending = list(self._pending)
            if not pending:
                return
            wait(pending, timeout=timeout_s)
