"""Erlang C staffing (MODEL.md section 7): float is fine for queues; money stays Decimal."""

from __future__ import annotations

import math
from dataclasses import dataclass

from calc.errors import Refusal

MAX_AGENTS = 100_000


@dataclass(frozen=True)
class Staffing:
    """The agents one column needs to hold its service level."""

    load_erlangs: float
    agents: int
    service_level: float
    asa_s: float
    occupancy: float


def blocking_probability(agents: int, load: float) -> float:
    """Erlang B by its recursion, B0 = 1, Bk = A·B(k-1) / (k + A·B(k-1)): no factorials,
    so it stays exact enough for thousands of agents."""
    blocking = 1.0
    for k in range(1, agents + 1):
        blocking = load * blocking / (k + load * blocking)
    return blocking


def _erlang_c(agents: int, load: float, blocking: float) -> float:
    """C = N·B / (N − A·(1 − B)), from Erlang B at the same N and A."""
    return agents * blocking / (agents - load * (1 - blocking))


def wait_probability(agents: int, load: float) -> float:
    """Erlang C: the chance a call waits."""
    if agents <= load:
        return 1.0
    return _erlang_c(agents, load, blocking_probability(agents, load))


def staff(load: float, aht_s: float, sl: float, target_s: float, occ: float) -> Staffing:
    """The smallest whole number of agents above `load` meeting `sl` within `target_s`
    and planned at no more than `occ` occupancy.

    Raises Refusal when that would be more than MAX_AGENTS.
    """
    if load / occ > MAX_AGENTS:
        raise Refusal(
            f"that load is {load:,.0f} erlangs and would need more than {MAX_AGENTS:,} agents",
            "lower calls or aht, or raise hours",
        )
    blocking = 1.0
    agents = 0
    # One pass of the B recursion: each step gives B(N), from which C(N) and SL(N) follow,
    # so the search costs O(N) in all rather than O(N²).
    while True:
        agents += 1
        blocking = load * blocking / (agents + load * blocking)
        if agents <= load or load / agents > occ + 1e-12:
            continue
        wait = _erlang_c(agents, load, blocking)
        level = 1 - wait * math.exp(-(agents - load) * target_s / aht_s)
        if level >= sl - 1e-12:
            return Staffing(
                load_erlangs=load,
                agents=agents,
                service_level=level,
                asa_s=wait * aht_s / (agents - load),
                occupancy=load / agents,
            )
        if agents > MAX_AGENTS:  # pragma: no cover - the load check above comes first
            raise Refusal(f"more than {MAX_AGENTS:,} agents needed", "lower calls or aht")
