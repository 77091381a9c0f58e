"""Erlang C staffing (docs/model.md, "Staffing"): float is fine for queues; money stays
Decimal."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal

MAX_AGENTS = 100_000
#: What set the number of agents: the service-level target, the occupancy cap, or both at
#: the same number.
Binding = Literal["service level", "occupancy", "both"]


@dataclass(frozen=True)
class Staffing:
    """The agents one column needs to hold its service level."""

    load_erlangs: float
    agents: int
    service_level: float
    asa_s: float
    occupancy: float
    binding: Binding = "service level"


class TooManyAgents(Exception):
    """The load needs more than MAX_AGENTS; the model names the column in its refusal."""

    def __init__(self, load: float) -> None:
        super().__init__(f"{load:,.0f} erlangs")
        self.load = load


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
    and planned at no more than `occ` occupancy, and which of the two set that number.

    Raises TooManyAgents when that would be more than MAX_AGENTS.
    """
    if load / occ > MAX_AGENTS:
        raise TooManyAgents(load)
    # The occupancy cap alone needs the smallest N above the load with load / N <= occ.
    by_occupancy = max(math.floor(load) + 1, math.ceil(load / occ - 1e-12))
    blocking = 1.0
    agents = 0
    by_level: int | None = None
    # One pass of the B recursion: each step gives B(N), from which C(N) and SL(N) follow,
    # so the search costs O(N) in all rather than O(N²).
    while True:
        agents += 1
        blocking = load * blocking / (agents + load * blocking)
        if agents <= load:
            continue
        wait = _erlang_c(agents, load, blocking)
        level = 1 - wait * math.exp(-(agents - load) * target_s / aht_s)
        if by_level is None and level >= sl - 1e-12:
            by_level = agents
        if by_level is not None and agents >= by_occupancy:
            binding: Binding = (
                "both"
                if by_level == by_occupancy
                else "occupancy"
                if by_occupancy > by_level
                else "service level"
            )
            return Staffing(
                load_erlangs=load,
                agents=agents,
                service_level=level,
                asa_s=wait * aht_s / (agents - load),
                occupancy=load / agents,
                binding=binding,
            )
        if agents > MAX_AGENTS:  # pragma: no cover - the load check above comes first
            raise TooManyAgents(load)
