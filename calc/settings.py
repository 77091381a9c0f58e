"""Settings as typed (`calls=9k`, `aht+10%`, `conv+1pp`, `cost-0.50`) and their order-free
application."""

from __future__ import annotations

import difflib
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal, localcontext
from typing import Any, Literal

from calc.errors import Refusal, echo
from calc.formatting import decimal_text, percent_text, short_percent
from calc.inputs import Inputs, validate, validate_changed
from calc.key_types import Key, Kind
from calc.keys import BY_NAME, ORDER, REFERENCE, lookup
from calc.numbers import CONTEXT, parse_number
from calc.units import parse_time, per_day, period_name

# set a value; scale it by a share (`+10%`); add points to a share (`+1pp`); add an amount in
# the key's own unit (`cost-0.50`, `aht-60s`, `calls+1000`)
Op = Literal["set", "scale", "pp", "add"]
# Keys a change can be an amount of: the rest are shares (points) or a target (sl).
_ADDABLE = frozenset(
    {Kind.RATE, Kind.TIME, Kind.MONEY, Kind.MARGIN, Kind.WAGE, Kind.DAYS, Kind.HOURS}
)

_SETTING = re.compile(r"^(?P<key>[A-Za-z_]+)(?P<op>[=+-])(?P<value>.*)$", re.DOTALL)
_SERVICE_LEVEL = re.compile(r"^(?P<pct>[0-9.]+)(?P<sign>%?)/(?P<secs>[0-9.]+)s?$")
_HUNDRED = Decimal(100)
_SIXTY = Decimal(60)
MAX_SETTINGS = 40


@dataclass(frozen=True)
class Setting:
    """One understood setting; applying it needs the other settings of the command."""

    key: Key
    op: Op
    amount: Decimal | None  # None only for `wage=none`
    text: str
    period: str | None = None  # rates: the operating period the amount is per
    of_price: bool = False  # margin written as a share of the price
    target_s: Decimal | None = None  # sl: the answer-time target


def as_value(change: Setting, inputs: Inputs) -> Setting:
    """A change (`calls+10%`) as the value it gave in `inputs` (calls 9,900 a day)."""
    value = getattr(inputs, change.key.field)
    return Setting(change.key, "set", value, change.text)


def example(key: Key) -> str:
    """How a value of `key` is written, for hints: each key its own realistic example."""
    return key.example


def _percent(text: str, key: Key, token: str, *, ambiguity: bool = True) -> Decimal:
    body = text[:-1] if text.endswith("%") else text
    value, currency = parse_number(body, what=key.name, example=example(key))
    if currency:
        raise Refusal(f"{key.name} is a percent, not money", f"write {example(key)}")
    if ambiguity and not text.endswith("%") and value != 0 and -1 < value < 1:
        raise Refusal(
            f"{echo(token)} is ambiguous",
            f"write {decimal_text(value * _HUNDRED)}% or {decimal_text(value)}%",
        )
    return value / _HUNDRED


def _suggest(name: str) -> str:
    if name.lower().startswith("aht"):
        return "aht+N%"
    found = difflib.get_close_matches(name.lower(), list(BY_NAME), n=1, cutoff=0.6)
    if not found:
        return ""
    return "aht+N%" if found[0] == "aht_increase" else found[0]


def unknown_key(name: str) -> Refusal:
    """The refusal for a key we do not know, with the nearest one we do."""
    suggestion = _suggest(name)
    hint = f'did you mean "{suggestion}"?' if suggestion else "see /roi help settings"
    return Refusal(f'unknown key "{echo(name)}"', hint)


def set_value(key: Key, value: str, token: str, *, ambiguity: bool = True) -> Setting:
    """`key=value` understood (value as typed after the `=`), or a Refusal.

    `ambiguity=False` reads a sweep's step, where a bare `20` can only be in the range's
    own unit."""
    kind = key.kind
    if kind is Kind.PERCENT:
        return Setting(key, "set", _percent(value, key, token, ambiguity=ambiguity), token)
    if kind is Kind.TIME:
        seconds = parse_time(value, key.name)
        # A bare number is seconds, but `aht=10` is far likelier meant as minutes: a handle
        # time under a minute is refused with both readings, like a bare percent under 1.
        if ambiguity and re.fullmatch(r"[0-9.,]+", value) and 0 < seconds < _SIXTY:
            raise Refusal(
                f"{echo(token)} is ambiguous", f"write {key.name}={value}s or {key.name}={value}min"
            )
        return Setting(key, "set", seconds, token)
    if kind is Kind.MARGIN and value.endswith("%"):
        return Setting(key, "set", _percent(value, key, token), token, of_price=True)
    if kind is Kind.WAGE and value.lower() in {"none", "off", "linear"}:
        return Setting(key, "set", None, token)
    if kind is Kind.SERVICE_LEVEL:
        match = _SERVICE_LEVEL.match(value)
        if match is None:
            raise Refusal(f'sl: "{echo(value)}" is not a service level', "write sl=80/20")
        share = _percent(match["pct"] + match["sign"], key, token)
        seconds, _ = parse_number(match["secs"], what="sl", example="sl=80/20")
        return Setting(key, "set", share, token, target_s=seconds)
    period = None
    if "/" in value and kind in (Kind.RATE, Kind.WAGE, Kind.MONEY):
        value, _, unit = value.partition("/")
        allowed = {Kind.RATE: None, Kind.WAGE: {"hour"}, Kind.MONEY: {"call"}}[kind]
        period = "call" if unit.lower() == "call" else period_name(unit)
        if period is None or (allowed is not None and period not in allowed):
            raise Refusal(f'{key.name}: "/{echo(unit)}" is not a period we know', example(key))
    if kind is Kind.HOURS and value.lower().endswith("h"):
        value = value[:-1]
    amount, currency = parse_number(value, what=key.name, example=example(key))
    if currency and kind in (Kind.RATE, Kind.DAYS, Kind.HOURS):
        raise Refusal(f"{key.name} is a count, not money", f"write {example(key)}")
    return Setting(key, "set", amount, token, period=period if kind is Kind.RATE else None)


def parse_setting(token: str) -> Setting:
    """One typed setting, understood, or a Refusal saying why not and how to write it."""
    match = _SETTING.match(token)
    if match is None:
        raise Refusal(f'"{echo(token)}" is not a setting', "write key=value, e.g. calls=9000")
    name, op, value = match["key"], match["op"], match["value"]
    key = lookup(name)
    if key is None:
        raise unknown_key(name)
    if not value:
        raise Refusal(f'"{echo(token)}" has no value', f"write {example(key)}")
    if op == "=":
        return set_value(key, value, token)
    sign = Decimal(1) if op == "+" else Decimal(-1)
    if value.lower().endswith("pp"):
        if key.kind not in (Kind.PERCENT, Kind.SERVICE_LEVEL):
            raise Refusal(f"{echo(token)}: pp moves a percent", f"write {key.name}+10% to scale it")
        amount, _ = parse_number(value[:-2], what=key.name, example=f"{key.name}+1pp")
        return Setting(key, "pp", sign * amount / _HUNDRED, token)
    if value.endswith("%"):
        amount, _ = parse_number(value[:-1], what=key.name, example=f"{key.name}+10%")
        if key.name == "aht":
            if op == "-":
                raise Refusal(
                    f"{echo(token)}: aht+N% is the extra handle time of selling",
                    "to shorten every call write aht=600s",
                )
            return Setting(BY_NAME["aht_increase"], "set", amount / _HUNDRED, token)
        if key.kind is Kind.SERVICE_LEVEL:
            raise Refusal(f"{echo(token)}: sl is changed in points", "write sl+5pp or sl=85/20")
        return Setting(key, "scale", sign * amount / _HUNDRED, token)
    if key.kind is Kind.TIME and re.fullmatch(r"[0-9.,]+", value):
        # `aht+10` is likelier selling's 10% than 10 seconds on every call: ask which.
        raise Refusal(
            f"{echo(token)} is ambiguous",
            f"write {key.name}+{value}% for selling's extra handle time, or "
            f"{key.name}{match['op']}{value}s to change every call's",
        )
    if key.kind in _ADDABLE and value.lower() not in {"none", "off", "linear"}:
        size = set_value(key, value, token)
        assert size.amount is not None
        return Setting(key, "add", sign * size.amount, token, period=size.period)
    hint = f"{key.name}+Npp" if key.kind in (Kind.PERCENT, Kind.SERVICE_LEVEL) else f"{key.name}+N%"
    raise Refusal(f"{echo(token)}: a change is written {hint}", f"or set it: {example(key)}")


def parse_settings(tokens: Iterable[str]) -> tuple[Setting, ...]:
    """Every token understood, or the Refusal of the first that is not."""
    tokens = list(tokens)
    if len(tokens) > MAX_SETTINGS:
        raise Refusal(f"{len(tokens)} settings is more than {MAX_SETTINGS}", "split the command")
    return tuple(parse_setting(token) for token in tokens)


def _ambiguous_scale(change: Setting, current: Decimal) -> Refusal:
    """`conv+1%` on a share: people mean a point, the language says relative; refuse and
    offer both, the relative one written as the value it gives."""
    assert change.amount is not None
    sign = "+" if change.amount >= 0 else "-"
    size = decimal_text(abs(change.amount) * _HUNDRED)
    name = change.key.name
    points = current + change.amount
    relative = current * (1 + change.amount)
    more = "more" if change.amount >= 0 else "less"
    return Refusal(
        f"{echo(change.text)} is ambiguous",
        f"write {name}{sign}{size}pp for points ({short_percent(points)}) or "
        f"{name}={percent_text(relative)} for {size}% {more}",
    )


def _resolve(setting: Setting, values: dict[str, Any]) -> Decimal | None:
    amount = setting.amount
    if amount is None:
        return None
    if setting.of_price:
        price: Decimal = values["price"]
        return amount * price
    if setting.period is not None:
        # A rate per month needs valid days (per hour, valid hours) to mean anything: the
        # rule they break is the one to tell, not a division by zero or "calls must be
        # more than 0".
        _check_alone(values, "hours" if setting.period == "hour" else "days")
        return per_day(amount, setting.period, values["days"], values["hours"])
    return amount


def _check_alone(values: dict[str, Any], field: str) -> None:
    """Refuse `values[field]` by its own rule (the others at their reference values)."""
    validate({**REFERENCE, field: values[field]})


def apply(base: Inputs | dict[str, Any], settings: Sequence[Setting]) -> Inputs:
    """`base` changed by `settings`, in the model's decimal context (see _apply)."""
    with localcontext(CONTEXT):
        return _apply(base, settings)


def _apply(base: Inputs | dict[str, Any], settings: Sequence[Setting]) -> Inputs:
    """`base` changed by `settings`, in any order: a key's set first, then its changes.

    Keys are applied in a fixed order (days, hours and price before the keys that depend on
    them), so a command means the same whatever order its settings are typed in. `base` may
    be stored values not yet validated: the result is validated as a whole, so a stored
    scenario that breaks a rule added later can still be fixed by a save that sets it right.
    """
    if isinstance(base, Inputs):
        if not settings:
            return base
        values = base.values()
    else:
        values = {**REFERENCE, **base}  # rows saved before a key existed take its default
    by_key: dict[str, list[Setting]] = defaultdict(list)
    for setting in settings:
        by_key[setting.key.name].append(setting)
    for name in sorted(by_key, key=ORDER.__getitem__):
        group = by_key[name]
        field = group[0].key.field
        sets = [s for s in group if s.op == "set"]
        if len({s.text.lower() for s in sets}) > 1:
            raise Refusal(
                f"{name} is set twice ({echo(sets[0].text, 20)} and {echo(sets[1].text, 20)})",
                "keep one",
            )
        if sets:
            values[field] = _resolve(sets[0], values)
            if sets[0].target_s is not None:
                values["sl_s"] = sets[0].target_s
        for change in group:
            if change.op == "set":
                continue
            if values[field] is None:
                raise Refusal(
                    f"{echo(change.text)}: {name} is not set", f"set it: {example(change.key)}"
                )
            assert change.amount is not None
            if change.op == "add" and change.period is not None:
                values[field] = values[field] + (_resolve(change, values) or 0)
            elif change.op == "scale" and values[field] == 0 and change.amount:
                # "what if the launch costs double?" with no launch cost: a share of nothing
                raise Refusal(
                    f"{echo(change.text)}: {name} is 0 here, and a share of nothing is nothing",
                    f"set it: {example(change.key)}",
                )
            elif change.op == "scale":
                # `conv+1%` is refused offering both readings; where points cannot be
                # meant (`conv+100%`: 102% converts no one), only the relative one is left.
                if change.key.is_percent and 0 <= values[field] + change.amount <= 1:
                    raise _ambiguous_scale(change, values[field])
                values[field] = values[field] * (1 + change.amount)
            else:
                values[field] = values[field] + change.amount
    if isinstance(
        base, Inputs
    ):  # only the fields settings wrote need their type checked (a new command's cost)
        return validate_changed(values, {group[0].key.field for group in by_key.values()})
    return validate(values)
