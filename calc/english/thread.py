"""Follow-ups in a thread: the conversation's base scenario and settings, and how each new
message builds on them (a later value for a key replaces the earlier one; a bare value
replaces the one of its kind; "start over" clears)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from calc.english.associate import value_text
from calc.english.reader import Reading
from calc.english.tokens import Num
from calc.errors import Refusal, echo
from calc.keys import Kind
from calc.settings import Setting, parse_setting


@dataclass(frozen=True)
class Thread:
    """What a conversation has settled so far: its base (a scenario, or None for the team's
    default) and its settings, in the order they were said."""

    base: str | None = None
    settings: tuple[str, ...] = ()


def _key(text: str) -> str:
    return parse_setting(text).key.name


def merge(settings: tuple[str, ...], new: tuple[str, ...]) -> tuple[str, ...]:
    """`settings` with `new` on top: a key said again replaces its earlier value where it
    stood; a new key is added at the end."""
    out = list(settings)
    for text in new:
        key = _key(text)
        places = [index for index, old in enumerate(out) if _key(old) == key]
        if places:
            out[places[0]] = text
            out = [old for index, old in enumerate(out) if index not in places[1:]]
        else:
            out.append(text)
    return tuple(out)


def _kind(setting: Setting) -> str:
    """What sort of value a setting holds, to match a bare value against it."""
    if setting.op == "pp":
        return "points"
    if setting.op == "scale" or setting.of_price:
        return "percent"
    kind = setting.key.kind
    if kind in (Kind.PERCENT,):
        return "percent"
    if kind in (Kind.MONEY, Kind.WAGE, Kind.MARGIN):
        return "money"
    if kind is Kind.TIME:
        return "time"
    if kind is Kind.SERVICE_LEVEL:
        return "sl"
    return "count"


def _with_value(setting: Setting, num: Num) -> str:
    name = setting.key.name
    if name == "aht_increase":
        return f"aht+{num.text}%"
    sign = "-" if setting.amount is not None and setting.amount < 0 else "+"
    if setting.op == "pp":
        return f"{name}{sign}{num.text}pp"
    if setting.op == "scale":
        return f"{name}{sign}{num.text}%"
    return f"{name}={value_text(name, num)}"


def resolve_bare(thread: Thread, num: Num) -> str:
    """The setting a bare value in a follow-up replaces: the thread's one setting of the
    same kind ("20%" after "aht+15%" and "calls=12k" can only be the AHT increase)."""
    candidates: dict[str, Setting] = {}
    for text in thread.settings:
        setting = parse_setting(text)
        if _kind(setting) == num.kind:
            candidates[setting.key.name] = setting
    if len(candidates) == 1:
        return _with_value(next(iter(candidates.values())), num)
    if len(candidates) > 1:
        options = " or ".join(_with_value(s, num) for s in candidates.values())
        raise Refusal(
            f'"{echo(num.source)}" could be more than one setting here', f"say which: {options}"
        )
    raise Refusal(
        f'"{echo(num.source)}" of what?', 'say which, e.g. "AHT goes up 20%" or "20% uplift"'
    )


def follow(thread: Thread | None, reading: Reading) -> tuple[Reading, Thread | None]:
    """The reading as it applies in the thread (base and settings carried over), and the
    thread after it. Without a thread, the reading stands alone."""
    if thread is None:
        return reading, None
    if reading.verb == "reset":
        return reading, Thread()
    if reading.verb in ("compute", "breakeven"):
        base = reading.scenario or thread.base
        settings = merge(thread.settings, reading.settings)
        return replace(reading, scenario=base, settings=settings), Thread(base, settings)
    if reading.verb == "sweep":
        swept = parse_setting(reading.args[0].split("..")[0]).key.name
        kept = tuple(s for s in merge(thread.settings, reading.settings) if _key(s) != swept)
        base = reading.scenario or thread.base
        return replace(reading, scenario=base, settings=kept), Thread(base, kept)
    if reading.verb == "save":
        settings = merge(thread.settings, reading.settings)
        return replace(reading, scenario=thread.base, settings=settings), Thread(
            thread.base, settings
        )
    return reading, thread
