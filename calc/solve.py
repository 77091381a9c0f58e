"""`solve`: the value of one input at which a goal is just met (docs/model.md,
"Goal-seeking").

Every goal is a requirement that is met where it is >= 0 (calc.goals). In the linear
model, and in the staffed model for every input that does not change how many agents are
needed, the requirement is an affine function of the input: two answers give the line,
and the crossing follows exactly, in Decimal. Inputs that change the number of agents
(calls, handle time, open hours, occupancy, shrinkage) make it a step function: the
crossing is found by a search over the key's range, to the key's display precision, and
the reply says it is the first value that reaches the goal.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal, localcontext

from calc.errors import Refusal
from calc.goals import Goal, needs_launch, requirement
from calc.inputs import MAX_AHT_INCREASE, MAX_AHT_S, MAX_CALLS, MAX_MONEY, Inputs, validate
from calc.key_types import Key, Kind
from calc.keys import SOLVABLE
from calc.model import Result, evaluate
from calc.numbers import CONTEXT
from calc.solve_words import Bounds, sentence, unmoved_reason, unreached_reason

ZERO, ONE = Decimal(0), Decimal(1)
#: Keys that change how many agents are needed: a step function when staffed.
STEPPED = frozenset({"calls", "aht", "aht_increase", "hours", "occ", "shrink"})
#: The precision a searched value is found to (its display precision).
PRECISION: dict[str, Decimal] = {
    "calls": Decimal(1),
    "aht": Decimal(1),
    "aht_increase": Decimal("0.0001"),
    "hours": Decimal("0.01"),
    "occ": Decimal("0.0001"),
    "shrink": Decimal("0.0001"),
}
GRID = 48  # points of a search's first pass


@dataclass(frozen=True)
class Solution:
    """What `solve` found: the value (None when no value in range meets the goal), today's
    value, the answer at the value (or today's when unreachable), and the words."""

    key: Key
    goal: Goal
    value: Decimal | None
    today: Decimal | None
    result: Result
    exact: bool
    sentence: str
    note: str = ""
    #: A value in the key's range meets the goal (every value does, when `value` is None
    #: and this is True: an open end such as "any call volume above 0").
    reachable: bool = False


def bounds(key: Key, inputs: Inputs, margin_share: Decimal | None = None) -> Bounds:
    """The values `key` may take with the other inputs as they are (docs/model.md's refusals);
    a price with the margin a share of it may take any positive value."""
    found = _bounds(key, inputs, margin_share)
    if found.low_why == "below 0":
        below = {Kind.PERCENT: "below 0%", Kind.MONEY: "below $0"}.get(key.kind, "below 0")
        found = replace(found, low_why=below)
    return found


def _bounds(key: Key, inputs: Inputs, margin_share: Decimal | None) -> Bounds:
    keep = ONE - inputs.cancel
    name = key.name
    if name == "calls":
        return Bounds(ZERO, MAX_CALLS, low_open=True, low_why="no calls at all")
    if name == "conv":
        return Bounds(ZERO, ONE - inputs.uplift * keep, high_why="past 100% conversion")
    if name == "uplift":
        return Bounds(ZERO, (ONE - inputs.conv) / keep, high_why="past 100% conversion")
    if name == "aht":
        return Bounds(ZERO, MAX_AHT_S, low_open=True, high_why="more than a day a call")
    if name == "aht_increase":
        return Bounds(ZERO, MAX_AHT_INCREASE, high_why="more than +1000%")
    if name == "price" and margin_share is not None:
        return Bounds(ZERO, MAX_MONEY, low_open=True, low_why="a price of $0")
    if name == "price":
        return Bounds(inputs.margin, MAX_MONEY, low_why="below the margin per sale")
    if name == "margin":
        return Bounds(ZERO, inputs.price, high_why="more than the price")
    if name == "days":
        return Bounds(ONE, Decimal(366), high_why="more than 366 days a year")
    if name == "cancel":
        return Bounds(ZERO, ONE, high_open=True, high_why="every extra sale cancelled")
    if name in ("paid", "occ"):
        return Bounds(ZERO, ONE, low_open=name == "occ", high_why="past 100%")
    if name == "shrink":
        return Bounds(ZERO, ONE, high_open=True, high_why="nobody left on the phones")
    if name == "hours":
        return Bounds(ZERO, Decimal(24), low_open=True, high_why="more than 24 hours a day")
    if name == "retained":
        return Bounds(ZERO, MAX_CALLS)
    if name in ("invest", "wage"):
        return Bounds(ZERO, MAX_MONEY, low_open=True, high_why="above $1 trillion")
    return Bounds(ZERO, MAX_MONEY, high_why="above $1 trillion")


def at(inputs: Inputs, key: Key, value: Decimal, margin_share: Decimal | None = None) -> Inputs:
    """`inputs` with `key` at `value` (unvalidated, for evaluation); a price moves a margin
    written as a share of it (`margin=23%`)."""
    update: dict[str, Decimal | None] = {key.field: value}
    if key.name == "price" and margin_share is not None:
        update["margin"] = value * margin_share
    return inputs.with_values(**update)


def _gap(inputs: Inputs, key: Key, goal: Goal, x: Decimal, share: Decimal | None) -> Decimal:
    # No goal needs the staffed AHT search's figure: skipped, it is 17 staffings an answer.
    return requirement(goal, evaluate(at(inputs, key, x, share), search=False))


def solve(inputs: Inputs, key: Key, goal: Goal, *, margin_share: Decimal | None = None) -> Solution:
    """The value of `key` at which `goal` is just met, all else as in `inputs`."""
    if key.name not in SOLVABLE:
        raise Refusal(f"solve does not look for {key.name}", "solve one of: " + ", ".join(SOLVABLE))
    if needs_launch(goal) and key.name != "invest" and not inputs.invest:
        raise Refusal(
            f"{goal.what} needs a launch cost",
            f"add invest=$250k: solve {key.name} for {goal.text} invest=$250k",
        )
    if key.name == "wage" and inputs.wage is None:
        inputs = inputs.with_values(**{"wage": Decimal(22)})  # solving it staffs it
    with localcontext(CONTEXT):
        if inputs.staffed and key.name in STEPPED:
            return _searched(inputs, key, goal, margin_share)
        return _exact(inputs, key, goal, margin_share)


def _today(inputs: Inputs, key: Key) -> Decimal | None:
    value = getattr(inputs, key.field)
    return value if isinstance(value, Decimal) else None


def _exact(inputs: Inputs, key: Key, goal: Goal, share: Decimal | None) -> Solution:
    today = _today(inputs, key)
    limits = bounds(key, inputs, share)
    # Two answers inside the range give the line (an end may divide by zero: 100%
    # cancelled, no calls).
    x0 = today if today is not None and limits.holds(today) else (limits.low + limits.high) / 2
    x1 = (x0 + limits.high) / 2 if x0 < limits.high else (x0 + limits.low) / 2
    g0, g1 = _gap(inputs, key, goal, x0, share), _gap(inputs, key, goal, x1, share)
    slope = (g1 - g0) / (x1 - x0)
    base = evaluate(inputs)
    if slope == 0:  # the key does not move this figure: met at any value, or at none
        why = unmoved_reason(key, goal, inputs)
        met = g0 >= 0
        words = sentence(key, goal, None, today, base, why=why, everywhere=met)
        return Solution(key, goal, None, today, base, True, words, "everywhere" if met else "", met)
    crossing = x0 - g0 / slope
    if key.name == "days":  # whole days: the first whole day on the goal's side
        crossing = crossing.to_integral_value(ROUND_CEILING if slope > 0 else ROUND_FLOOR)
    upward = slope > 0  # the goal is met at and above the crossing
    return _within(inputs, key, goal, share, crossing, upward, limits, exact=True)


def _within(
    inputs: Inputs,
    key: Key,
    goal: Goal,
    share: Decimal | None,
    crossing: Decimal,
    upward: bool,
    limits: Bounds,
    *,
    exact: bool,
    note: str = "",
) -> Solution:
    """The solution for a crossing: inside the range, the answer there; outside, the range's
    best (if the goal is met across the range, its end on the far side of the goal)."""
    today = _today(inputs, key)
    base = evaluate(inputs)
    inside = limits.holds(crossing)
    if not inside:
        at_low = crossing < limits.low or (crossing == limits.low and limits.low_open)
        at_high = crossing > limits.high or (crossing == limits.high and limits.high_open)
        met_everywhere = at_low if upward else at_high
        if not met_everywhere:
            best = limits.high if upward else limits.low
            why = unreached_reason(
                key,
                goal,
                inputs,
                crossing,
                limits,
                best,
                _best_result(inputs, key, best, limits, share),
            )
            return Solution(
                key, goal, None, today, base, exact, sentence(key, goal, None, today, base, why=why)
            )
        note = "everywhere"
        crossing = limits.low if upward else limits.high
        if not limits.holds(crossing):  # an open end: met however close one comes to it
            why = unreached_reason(
                key, goal, inputs, crossing, limits, crossing, None, everywhere=True
            )
            words = sentence(key, goal, None, today, base, why=why, everywhere=True)
            return Solution(key, goal, None, today, base, exact, words, "everywhere", True)
    try:
        solved = validate(at(inputs, key, crossing, share).values())
    except Refusal as refusal:
        why = f"at {key.name} = {crossing} the inputs break a rule: {refusal.reason}"
        return Solution(
            key, goal, None, today, base, exact, sentence(key, goal, None, today, base, why=why)
        )
    result = evaluate(solved)
    words = sentence(key, goal, crossing, today, result, upward=upward, exact=exact, note=note)
    return Solution(key, goal, crossing, today, result, exact, words, note, True)


def _best_result(
    inputs: Inputs, key: Key, end: Decimal, limits: Bounds, share: Decimal | None
) -> Result | None:
    """The answer at the range's end (None where that end cannot be taken)."""
    if not limits.holds(end):
        return None
    try:
        return evaluate(validate(at(inputs, key, end, share).values()))
    except Refusal:
        return None


# -- search, for the staffed model's step functions ---------------------------------------


def _met(inputs: Inputs, key: Key, goal: Goal, x: Decimal, share: Decimal | None) -> bool:
    try:
        return _gap(inputs, key, goal, x, share) >= 0
    except Refusal:  # more agents than can be staffed: certainly not met
        return False


def _grid(key: Key, limits: Bounds, today: Decimal | None) -> list[Decimal]:
    step = PRECISION[key.name]
    low = limits.low + (step if limits.low_open else ZERO)
    high = limits.high - (step if limits.high_open else ZERO)
    if key.name == "calls":  # volumes span orders of magnitude: a geometric grid
        low = max(low, ONE)
        ratio = (high / low) ** (ONE / (GRID - 1))
        points = {(low * ratio**n).quantize(step, ROUND_FLOOR) for n in range(GRID)}
    else:
        points = {
            (low + (high - low) * n / (GRID - 1)).quantize(step, ROUND_FLOOR) for n in range(GRID)
        }
    if today is not None and limits.holds(today):
        points.add(today)
    return sorted(p for p in points if limits.holds(p))


def _boundary(
    inputs: Inputs, key: Key, goal: Goal, share: Decimal | None, inside: Decimal, outside: Decimal
) -> Decimal:
    """Bisection to the key's precision: the value next to the crossing on the met side."""
    step = PRECISION[key.name]
    while abs(inside - outside) > step:
        middle = ((inside + outside) / 2).quantize(step, ROUND_FLOOR)
        if middle in (inside, outside):
            middle = inside + (step if outside > inside else -step)
        if _met(inputs, key, goal, middle, share):
            inside = middle
        else:
            outside = middle
    return inside


def _searched(inputs: Inputs, key: Key, goal: Goal, share: Decimal | None) -> Solution:
    """The crossing nearest today's value, by a grid over the range and bisection; the
    goal's side is wherever it is met (agents come in whole numbers, so the requirement
    may rise and fall: every crossing the grid sees is found, the nearest given)."""
    limits = bounds(key, inputs, share)
    today = _today(inputs, key)
    points = _grid(key, limits, today)
    met = [_met(inputs, key, goal, x, share) for x in points]
    crossings: list[tuple[Decimal, bool]] = []  # (the met value next to it, met above it)
    for n in range(len(points) - 1):
        (a, met_a), (b, met_b) = (points[n], met[n]), (points[n + 1], met[n + 1])
        if met_a != met_b:
            inside, outside = (a, b) if met_a else (b, a)
            crossings.append((_boundary(inputs, key, goal, share, inside, outside), met_b))
    if not crossings:
        gaps = [_safe_gap(inputs, key, goal, x, share) for x in points]
        upward = gaps[-1] >= gaps[0]
        if all(met):  # met across the range: its end on the far side of the goal
            end = limits.low - 1 if upward else limits.high + 1
            return _within(inputs, key, goal, share, end, upward, limits, exact=False)
        best = points[gaps.index(max(gaps))]
        return _unreached(inputs, key, goal, share, limits, best)
    anchor = today if today is not None else points[0]
    value, upward = min(crossings, key=lambda found: abs(found[0] - anchor))
    others = [x for x, _ in crossings if x != value]
    note = f"also at {others[0]}" if others else ""
    return _within(inputs, key, goal, share, value, upward, limits, exact=False, note=note)


def _unreached(
    inputs: Inputs, key: Key, goal: Goal, share: Decimal | None, limits: Bounds, best: Decimal
) -> Solution:
    today = _today(inputs, key)
    base = evaluate(inputs)
    why = unreached_reason(
        key, goal, inputs, None, limits, best, _best_result(inputs, key, best, limits, share)
    )
    return Solution(
        key, goal, None, today, base, False, sentence(key, goal, None, today, base, why=why)
    )


def _safe_gap(inputs: Inputs, key: Key, goal: Goal, x: Decimal, share: Decimal | None) -> Decimal:
    try:
        return _gap(inputs, key, goal, x, share)
    except Refusal:
        return Decimal("-Infinity")
