"""Inputs back into words: the canonical settings text and the one-line echo of a reply."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from calc.formatting import (
    decimal_text,
    duration,
    money,
    number,
    per_call,
    percent_text,
    short_percent,
)
from calc.inputs import REFERENCE_INPUTS, Inputs
from calc.key_types import Key, Kind
from calc.keys import BY_FIELD, BY_NAME, FORM_ORDER, KEYS, REFERENCE
from calc.settings import Setting

# The model's own keys in Fig. 2's order, then the staffing keys (written only when set).
_CORE = tuple(BY_NAME[name].field for name in FORM_ORDER if not BY_NAME[name].staffing)
_PERCENT = {key.field for key in KEYS if key.kind is Kind.PERCENT}


def _field_text(field: str, value: Decimal) -> str:
    if field in _PERCENT:
        return f"{BY_FIELD[field].name}={percent_text(value)}"
    if field == "aht_s":
        return f"aht={decimal_text(value)}s"
    return f"{BY_FIELD[field].name}={decimal_text(value)}"


# A reply's Save as… button writes every key, and most keep Fig. 2's value: their text is
# written once here (equal Decimals have one text: trailing zeros are dropped).
_REFERENCE_TEXT = {
    field: _field_text(field, getattr(REFERENCE_INPUTS, field))
    for field in (*_CORE, "shrink", "occ", "overhead")
}


def settings_text(inputs: Inputs, *, changes_only: bool = False, complete: bool = False) -> str:
    """Settings that, applied to the reference values, give exactly `inputs` again.

    `changes_only`: only those that differ from the reference values (shorter, same result
    on the reference values). `complete`: every key, `wage=none` included, so that applied
    to any base at all they give exactly `inputs`."""
    parts = []
    for field in _CORE:
        value: Decimal = getattr(inputs, field)
        if value == REFERENCE[field]:
            if not changes_only:
                parts.append(_REFERENCE_TEXT[field])
        else:
            parts.append(_field_text(field, value))
    if inputs.wage is not None:
        parts.append(f"wage={decimal_text(inputs.wage)}")
    elif complete:
        parts.append("wage=none")
    if complete or (inputs.sl, inputs.sl_s) != (REFERENCE["sl"], REFERENCE["sl_s"]):
        parts.append(f"sl={percent_text(inputs.sl)}/{decimal_text(inputs.sl_s)}")
    for field in ("shrink", "occ", "overhead"):
        value = getattr(inputs, field)
        if value != REFERENCE[field]:
            parts.append(_field_text(field, value))
        elif complete:
            parts.append(_REFERENCE_TEXT[field])
    return " ".join(parts)


def service_level(inputs: Inputs) -> str:
    """The service-level target as people say it: `80/20`."""
    return f"{short_percent(inputs.sl)[:-1]}/{number(inputs.sl_s, 1)}"


def setting_value(setting: Setting) -> str:
    """One setting's value in a reply's words: `8%`, `$150`, `10:40`, `750/h`."""
    amount = setting.amount if setting.amount is not None else Decimal(0)
    kind = setting.key.kind
    if setting.of_price:
        return f"{short_percent(amount)} of price"
    if kind in (Kind.PERCENT, Kind.SERVICE_LEVEL):
        text = short_percent(amount)
        if setting.target_s is not None:
            text = f"{text[:-1]}/{number(setting.target_s, 1)}"
        return text
    if kind in (Kind.MONEY, Kind.WAGE, Kind.MARGIN):
        return money(amount)
    if kind is Kind.TIME:
        return duration(amount)
    text = number(amount, 2)
    return (
        f"{text}/{'h' if setting.period == 'hour' else setting.period}" if setting.period else text
    )


def change_text(setting: Setting) -> str:
    """A change as a reply says it: `+10%`, `-30%`, `+1.5 pp`."""
    amount = setting.amount if setting.amount is not None else Decimal(0)
    sign = "-" if amount < 0 else "+"
    if setting.op == "pp":
        return f"{sign}{decimal_text(abs(amount).scaleb(2))} pp"
    if setting.op == "add":
        size = Setting(setting.key, "set", abs(amount), setting.text, period=setting.period)
        return f"{sign}{setting_value(size)}"
    return f"{sign}{short_percent(abs(amount))}"


@dataclass(frozen=True)
class Swept:
    """A swept key and the ends of its range, for the echo line."""

    key: Key
    first: Setting
    last: Setting


def _calls(inputs: Inputs, settings: Sequence[Setting]) -> str:
    text = f"calls {number(inputs.calls, 1)}/day"
    typed = [s for s in settings if s.key.name == "calls" and s.op == "set" and s.period]
    amount = typed[0].amount if typed else None
    if amount is not None:
        period = typed[0].period
        if period == "hour":
            # Per hour is multiplied by the open hours: say so, or 750/h silently becomes
            # 18,000 a day at the default 24 hours.
            text += f" ({number(amount, 2)}/h × {number(inputs.hours, 2)} h)"
        elif period != "day":
            text += f" ({number(amount, 2)}/{period})"
    return text


def echo_line(inputs: Inputs, settings: Sequence[Setting] = (), swept: Swept | None = None) -> str:
    """The inputs as understood, in one line a reader can check at a glance; a swept key
    shows its range, not the first row's value."""
    aht = duration(inputs.aht_s)
    if inputs.aht_increase:
        aht += f" (+{short_percent(inputs.aht_increase)})"
    parts: list[tuple[str, str]] = [
        ("calls", _calls(inputs, settings)),
        ("conv", f"conv {short_percent(inputs.conv)}"),
        ("uplift", f"uplift {short_percent(inputs.uplift)}"),
        ("aht", f"AHT {aht}"),
        ("price", f"price {money(inputs.price)}"),
        ("margin", f"margin {money(inputs.margin)}"),
    ]
    if inputs.wage is None:
        parts.append(("cost", f"cost {per_call(inputs.cost)}/call"))
    parts.append(("days", f"{number(inputs.days)} days"))
    if inputs.hours != 24 or inputs.wage is not None:
        parts.append(("hours", f"{number(inputs.hours, 2)} h/day"))
    optional: tuple[tuple[str, Decimal, Callable[[Decimal], str]], ...] = (
        ("cancel", inputs.cancel, short_percent),
        ("invest", inputs.invest, money),
        ("retained", inputs.retained, lambda v: f"{number(v, 1)}/day"),
        ("clv", inputs.clv, money),
        ("fee", inputs.fee, money),
        ("paid", inputs.paid, short_percent),
    )
    parts += [(name, f"{name} {show(value)}") for name, value, show in optional if value]
    if inputs.wage is not None:
        parts += [
            ("wage", f"wage {money(inputs.wage)}/h"),
            ("sl", f"SL {service_level(inputs)}"),
            ("shrink", f"shrink {short_percent(inputs.shrink)}"),
            ("occ", f"occ ≤ {short_percent(inputs.occ)}"),
        ]
        if inputs.overhead:
            parts.append(("overhead", f"overhead {per_call(inputs.overhead)}/call"))
    if swept is not None:
        first, last = setting_value(swept.first), setting_value(swept.last)
        increase = f"+{short_percent(inputs.aht_increase)}, " if inputs.aht_increase else ""
        name, ranged = {
            "aht_increase": ("aht", f"AHT {duration(inputs.aht_s)} (+{first} → +{last}, swept)"),
            "aht": ("aht", f"AHT {first} → {last} ({increase}swept)"),
        }.get(swept.key.name, (swept.key.name, f"{swept.key.name} {first} → {last} (swept)"))
        if all(field != name for field, _ in parts):
            parts.append((name, ranged))
        parts = [(field, ranged if field == name else text) for field, text in parts]
    return " · ".join(text for _, text in parts)
