"""Inputs back into words: the canonical settings text and the one-line echo of a reply."""

from __future__ import annotations

from decimal import Decimal

from calc.formatting import decimal_text, duration, money, number, short_percent
from calc.inputs import Inputs
from calc.keys import REFERENCE

_CORE = ("calls", "conv", "uplift", "aht_s", "aht_increase", "price", "margin", "cost", "days",
         "hours", "cancel", "invest", "retained", "clv", "fee", "paid")
_PERCENT = {"conv", "uplift", "aht_increase", "cancel", "paid", "shrink", "occ"}
_NAMES = {"aht_s": "aht", "aht_increase": "aht_increase"}


def _pct(value: Decimal) -> str:
    return decimal_text(value.scaleb(2)) + "%"


def settings_text(inputs: Inputs, *, changes_only: bool = False) -> str:
    """Settings that, applied to the reference values, give exactly `inputs` again (with
    `changes_only`, only those that differ from the reference values: shorter, same result)."""
    parts = []
    for field in _CORE:
        value: Decimal = getattr(inputs, field)
        if changes_only and value == REFERENCE[field]:
            continue
        name = _NAMES.get(field, field)
        if field in _PERCENT:
            parts.append(f"{name}={_pct(value)}")
        elif field == "aht_s":
            parts.append(f"aht={decimal_text(value)}s")
        else:
            parts.append(f"{name}={decimal_text(value)}")
    if inputs.wage is not None:
        parts.append(f"wage={decimal_text(inputs.wage)}")
    if (inputs.sl, inputs.sl_s) != (REFERENCE["sl"], REFERENCE["sl_s"]):
        parts.append(f"sl={_pct(inputs.sl)}/{decimal_text(inputs.sl_s)}")
    for field in ("shrink", "occ", "overhead"):
        value = getattr(inputs, field)
        if value != REFERENCE[field]:
            text = _pct(value) if field in _PERCENT else decimal_text(value)
            parts.append(f"{field}={text}")
    return " ".join(parts)


def service_level(inputs: Inputs) -> str:
    """The service-level target as people say it: `80/20`."""
    return f"{short_percent(inputs.sl)[:-1]}/{number(inputs.sl_s, 1)}"


def echo_line(inputs: Inputs) -> str:
    """The inputs as understood, in one line a reader can check at a glance."""
    aht = duration(inputs.aht_s)
    if inputs.aht_increase:
        aht += f" (+{short_percent(inputs.aht_increase)})"
    parts = [
        f"calls {number(inputs.calls, 1)}/day",
        f"conv {short_percent(inputs.conv)}",
        f"uplift {short_percent(inputs.uplift)}",
        f"AHT {aht}",
        f"price {money(inputs.price)}",
        f"margin {money(inputs.margin)}",
    ]
    if inputs.wage is None:
        parts.append(f"cost {money(inputs.cost)}/call")
    parts.append(f"{number(inputs.days)} days")
    if inputs.hours != 24 or inputs.wage is not None:
        parts.append(f"{number(inputs.hours, 2)} h/day")
    optional = (
        ("cancel", inputs.cancel, short_percent),
        ("invest", inputs.invest, money),
        ("retained", inputs.retained, lambda v: f"{number(v, 1)}/day"),
        ("clv", inputs.clv, money),
        ("fee", inputs.fee, money),
        ("paid", inputs.paid, short_percent),
    )
    parts += [f"{name} {show(value)}" for name, value, show in optional if value]
    if inputs.wage is not None:
        parts += [
            f"wage {money(inputs.wage)}/h",
            f"SL {service_level(inputs)}",
            f"shrink {short_percent(inputs.shrink)}",
            f"occ ≤ {short_percent(inputs.occ)}",
        ]
        if inputs.overhead:
            parts.append(f"overhead {money(inputs.overhead)}/call")
    return " · ".join(parts)
