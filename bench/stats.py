"""Timing helpers: median and p99 over enough repetitions to be stable."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class Row:
    """One line of the results table."""

    section: str
    name: str
    median: float
    p99: float
    unit: str
    floor: str = ""
    floor_median: float | None = None
    target: str = ""
    met: bool | None = None
    extra: dict[str, float | str] = field(default_factory=dict)

    @property
    def ratio(self) -> float | None:
        """Median over the floor's median."""
        if not self.floor_median:
            return None
        return self.median / self.floor_median


def percentile(values: list[float], share: float) -> float:
    """The `share` quantile (0..1) by nearest rank."""
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))
    return ordered[index]


def sample(fn: Callable[[], object], repeat: int, warmup: int = 50) -> list[float]:
    """Seconds per call of `fn`, one figure per call, after a warm-up."""
    for _ in range(warmup):
        fn()
    out = []
    clock = time.perf_counter
    for _ in range(repeat):
        start = clock()
        fn()
        out.append(clock() - start)
    return out


def summary(values: list[float], scale: float) -> tuple[float, float]:
    """(median, p99) scaled (1e6 for µs, 1e3 for ms)."""
    return statistics.median(values) * scale, percentile(values, 0.99) * scale
