"""Follow-ups in a thread: the conversation's base scenario and settings, and how each new
message builds on them. A later value for a key replaces the earlier one; a change of a key
the thread has set starts from the thread's value ("cost per call drops 10%" after $3 is
$2.70); a bare value replaces the one of its kind; a scenario named starts clean; "start
over" clears; "undo" goes back to the state before (the last 20 are kept); "back to 10%"
sets the most recent setting a percentage can take."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from decimal import Decimal

from calc import formatting as fmt
from calc.describe import setting_value
from calc.english.hints import choices_for
from calc.english.pairing import value_text
from calc.english.reader import Reading
from calc.english.tokens import Num
from calc.errors import Ask, Refusal, echo
from calc.key_types import Key, Kind
from calc.numbers import CONTEXT
from calc.settings import Setting, parse_setting

KEEP_STATES = 20
State = tuple[str | None, tuple[str, ...]]  # (base, settings)


@dataclass(frozen=True)
class Thread:
    """What a conversation has settled so far: its base (a scenario, or None for the team's
    default), its settings in the order they were said, and the states before (newest
    last, at most KEEP_STATES) that "undo" goes back to."""

    base: str | None = None
    settings: tuple[str, ...] = ()
    history: tuple[State, ...] = field(default=(), compare=False)

    @property
    def state(self) -> State:
        """The state now, as kept in the history."""
        return self.base, self.settings

    def then(self, base: str | None, settings: tuple[str, ...]) -> Thread:
        """The thread moved on to a new state (the current one kept to go back to)."""
        if (base, settings) == self.state:
            return self
        return Thread(base, settings, (*self.history, self.state)[-KEEP_STATES:])


def _key(text: str) -> str:
    return parse_setting(text).key.name


def _money_text(amount: Decimal) -> str:
    """`$2.70` (cents always shown), `$3.125` (as exact as the value is, to 4 places)."""
    exact = amount.quantize(Decimal("0.0001"))
    if exact == exact.quantize(Decimal("0.01")):
        return f"${exact.quantize(Decimal('0.01'))}"
    return "$" + fmt.decimal_text(exact)


def _absolute(setting: Setting, amount: Decimal) -> str:
    """`setting`'s key set to `amount`, written as the language writes such a value."""
    key = setting.key
    if key.name == "aht_increase":
        return f"aht+{fmt.percent_text(amount)}"
    if key.kind is Kind.PERCENT:
        return f"{key.name}={fmt.percent_text(amount)}"
    if key.kind in (Kind.MONEY, Kind.WAGE, Kind.MARGIN) and not setting.of_price:
        return f"{key.name}={_money_text(amount)}"
    if key.kind is Kind.TIME:
        return f"{key.name}={fmt.decimal_text(amount)}s"
    if setting.of_price:
        return f"{key.name}={fmt.percent_text(amount)}"
    period = f"/{'h' if setting.period == 'hour' else setting.period}" if setting.period else ""
    return f"{key.name}={fmt.decimal_text(amount)}{period}"


def _from_value(before: Setting, after: Setting) -> tuple[str, str]:
    """A change applied to a value the thread set: the setting, and its note ("cost=$2.70
    is 10% less than the thread's $3.00")."""
    assert before.amount is not None and after.amount is not None
    with_context = CONTEXT.copy()
    if after.op == "scale":
        amount = with_context.multiply(before.amount, 1 + after.amount)
        size = fmt.short_percent(abs(after.amount))
    elif after.op == "add":
        amount = with_context.add(before.amount, after.amount)
        size = _shown(replace(after, amount=abs(after.amount)))
    else:
        amount = with_context.add(before.amount, after.amount)
        size = f"{fmt.decimal_text(abs(after.amount.scaleb(2)))} points"
    text = _absolute(before, amount)
    sign = "more" if after.amount > 0 else "less"
    return text, f"{text} is {size} {sign} than the thread's {_shown(before)}"


def _shown(setting: Setting) -> str:
    """A value as a reply shows it; money to the cent ("$3.00"), as the spec echoes it."""
    if setting.key.kind in (Kind.MONEY, Kind.WAGE, Kind.MARGIN) and not setting.of_price:
        return fmt.per_call(setting.amount or Decimal(0))
    return setting_value(setting)


def _on_top(before: Setting, after: Setting, new: str, old: str) -> tuple[str, str] | None:
    """A change on top of the thread's change of the same kind ("calls up another 10%")."""
    assert before.amount is not None and after.amount is not None
    if before.op == after.op == "scale":
        total = CONTEXT.copy().multiply(1 + before.amount, 1 + after.amount) - 1
        sign = "+" if total >= 0 else "-"
        text = f"{after.key.name}{sign}{fmt.percent_text(abs(total))}"
    elif before.op == after.op == "pp":
        total = before.amount + after.amount
        sign = "+" if total >= 0 else "-"
        text = f"{after.key.name}{sign}{fmt.decimal_text(abs(total.scaleb(2)))}pp"
    elif before.op == after.op == "add" and before.period == after.period:
        total = before.amount + after.amount
        sign = "+" if total >= 0 else "-"
        text = f"{after.key.name}{sign}{_bare(after.key, abs(total), after.period)}"
    else:
        return None
    return text, f"{text} is {new} on top of the thread's {old}"


def _bare(key: Key, amount: Decimal, period: str | None) -> str:
    """An amount as the language writes it after a key's `+` or `-`: `0.5`, `60s`, `1000`."""
    if key.kind is Kind.TIME:
        return f"{fmt.decimal_text(amount)}s"
    text = fmt.decimal_text(amount)
    return f"{text}/{'h' if period == 'hour' else period}" if period else text


def _compose(old: str, new: str, on_top: bool) -> tuple[str, str] | None:
    """A change of a key the thread has already set, starting from the thread's value
    (a change of a change only when said to be on top): (the setting it gives, a note
    saying from what); None when `new` simply replaces `old`."""
    before, after = parse_setting(old), parse_setting(new)
    if after.op == "set" or after.amount is None or before.amount is None:
        return None
    if before.op == "set":
        return _from_value(before, after)
    return _on_top(before, after, new, old) if on_top else None


def merge(
    settings: tuple[str, ...], new: tuple[str, ...], *, on_top: bool = False
) -> tuple[tuple[str, ...], list[str]]:
    """`settings` with `new` on top, and a note for each change that started from the
    thread's own value: a key said again replaces its earlier value where it stood (a
    change of a value the thread set applies to that value; a change of a change adds to
    it only `on_top`, "another 10%"); a new key is added at the end."""
    out = list(settings)
    notes: list[str] = []
    for text in new:
        key = _key(text)
        places = [index for index, old in enumerate(out) if _key(old) == key]
        if places:
            composed = _compose(out[places[0]], text, on_top)
            if composed is not None:
                text, note = composed
                notes.append(note)
            out[places[0]] = text
            out = [old for index, old in enumerate(out) if index not in places[1:]]
        else:
            out.append(text)
    return tuple(out), notes


def _kind(setting: Setting) -> str:
    """What sort of value a setting holds, to match a bare value against it."""
    if setting.op == "pp":
        return "points"
    if setting.op == "scale" or setting.of_price:
        return "percent"
    kind = setting.key.kind
    if kind is Kind.PERCENT:
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
    if setting.op == "add":
        return f"{name}{sign}{value_text(name, num)}"
    return f"{name}={value_text(name, num)}"


def resolve_bare(thread: Thread, num: Num, *, on_top: bool = False) -> str:
    """The setting a bare value in a follow-up replaces: the thread's one setting of the
    same kind ("20%" after "aht+15%" and "calls=12k" can only be the AHT increase). Where
    none or several fit, a question back with the readings. `on_top` ("another $1") moves
    the thread's change further; a value the thread set is asked about: up or down?"""
    candidates: dict[str, Setting] = {}
    for text in thread.settings:
        setting = parse_setting(text)
        if _kind(setting) == num.kind:
            candidates[setting.key.name] = setting
    changes = {name: s for name, s in candidates.items() if s.op != "set"}
    if on_top and len(changes) == 1:
        candidates = changes  # "another $1": a change goes further, a value stays
    if len(candidates) == 1:
        setting = next(iter(candidates.values()))
        if on_top and setting.op == "set" and setting.amount is not None:
            raise Ask(
                f"up or down from the thread's {_shown(setting)}?",
                tuple(_moved(setting, num, sign) for sign in "+-"),
            )
        return _with_value(setting, num)
    if len(candidates) > 1:
        choices = tuple(_with_value(s, num) for s in candidates.values())
        raise Ask(f'"{echo(num.source)}" could be more than one setting here', choices)
    raise Ask(f'"{echo(num.source)}" of what?', choices_for(num))


def _moved(setting: Setting, num: Num, sign: str) -> str:
    """The thread's value `setting` moved by `num` up (`+`) or down, as the value it gives."""
    name = setting.key.name
    size = f"{num.text}pp" if num.points else value_text(name, num)
    try:
        return _from_value(setting, parse_setting(f"{name}{sign}{size}"))[0]
    except Refusal:
        return f"{name}{sign}{size}"


def back_to(thread: Thread, num: Num) -> str:
    """ "back to 10%": the most recent setting a value of that kind can take, at it."""
    for text in reversed(thread.settings):
        setting = parse_setting(text)
        if _kind(setting) == num.kind:
            return _with_value(setting, num)
    raise Ask(f'"{echo(num.source)}" of what? nothing in this thread takes it', choices_for(num))


def undo(thread: Thread | None) -> Thread:
    """The thread as it was before its last answer."""
    if thread is None or not thread.history:
        raise Refusal(
            "there is nothing to go back to here",
            "going back works in a thread or a DM, one answer at a time",
        )
    base, settings = thread.history[-1]
    return Thread(base, settings, thread.history[:-1])


def follow(thread: Thread | None, reading: Reading) -> tuple[Reading, Thread | None, list[str]]:
    """The reading as it applies in the thread (base and settings carried over), the thread
    after it, and notes on changes that started from the thread's values. Without a
    thread, the reading stands alone."""
    if thread is None:
        return reading, None, []
    if reading.verb == "reset":
        return reading, thread.then(None, ()), []
    base: str | None = reading.scenario or thread.base
    notes: list[str] = []
    if reading.verb in ("compute", "breakeven", "solve", "levers"):
        if reading.scenario:
            settings = reading.settings  # a scenario named starts clean, the thread's own too
        else:
            settings, notes = merge(thread.settings, reading.settings, on_top=reading.on_top)
        after = thread.then(base, settings)
        if reading.verb == "solve":
            # the key looked for is not also set; the thread keeps its value (a question
            # about it changes nothing a follow-up builds on)
            settings = tuple(s for s in settings if _key(s) != reading.args[0])
        return replace(reading, scenario=base, settings=settings), after, notes
    if reading.verb == "sweep":
        swept = parse_setting(reading.args[0].split("..")[0]).key.name
        if reading.scenario:
            merged = reading.settings  # a scenario named starts clean, swept as well
        else:
            merged, notes = merge(thread.settings, reading.settings, on_top=reading.on_top)
        kept = tuple(s for s in merged if _key(s) != swept)  # the thread keeps its value
        return replace(reading, scenario=base, settings=kept), thread.then(base, merged), notes
    if reading.verb == "save":
        settings, notes = merge(thread.settings, reading.settings, on_top=reading.on_top)
        return (
            replace(reading, scenario=thread.base, settings=settings),
            thread.then(thread.base, settings),
            notes,
        )
    return reading, thread, []
