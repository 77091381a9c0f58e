"""Charts drawn in a process of their own, for a server."""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from bot.charts import Chart, ChartData, chart_data, render
from bot.service import Outcome


class ChartProcess:
    """Charts drawn in a process of their own, for a server: 40 ms of drawing holds the
    GIL, and in the worker it held up the next mention's answer by as much (p50 3 ms
    without a chart drawing beside it, 54 ms with); matplotlib and numpy (60 MB) stay out
    of the worker too. Started on the first chart (spawned, not forked: the worker has
    threads), replaced if it dies, stopped by `close` (the app that owns it calls it)."""

    TIMEOUT_S = 30.0

    def __init__(self) -> None:
        self._pool: ProcessPoolExecutor | None = None
        self._lock = threading.Lock()
        self._closed = False

    def _executor(self) -> ProcessPoolExecutor:
        with self._lock:
            if self._closed:
                raise RuntimeError("the chart process was closed")
            if self._pool is None:
                self._pool = ProcessPoolExecutor(
                    max_workers=1,
                    mp_context=multiprocessing.get_context("spawn"),
                    initializer=_follow_parent,
                    initargs=(os.getpid(),),
                )
            return self._pool

    def chart_for(self, outcome: Outcome) -> Chart | None:
        """The chart of an answer, drawn in the chart process; None for an answer without
        one. Raises what drawing raised (or TimeoutError, or BrokenProcessPool after the
        process died; the next chart starts a new one)."""
        shown = chart_data(outcome)
        return None if shown is None else self.render(shown)

    def render(self, shown: ChartData) -> Chart:
        """`shown` drawn in the chart process."""
        pool = self._executor()
        try:
            return pool.submit(render, shown).result(timeout=self.TIMEOUT_S)
        except BrokenProcessPool:
            with self._lock:
                if self._pool is pool:
                    self._pool = None
            raise

    def pid(self) -> int | None:
        """The chart process's id, once it runs (for the benchmarks' memory figures)."""
        processes = getattr(self._pool, "_processes", None) or {}
        return next(iter(processes), None)

    def close(self) -> None:
        """Stop the chart process (a chart being drawn is abandoned)."""
        with self._lock:
            self._closed = True
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)


def _follow_parent(parent: int) -> None:
    """In the chart process: exit when the process that started it is gone (a worker
    killed, or stopped while a chart was still being asked for), so that none is left
    behind holding memory."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(0)

    threading.Thread(target=watch, name="roibot-parent-watch", daemon=True).start()
