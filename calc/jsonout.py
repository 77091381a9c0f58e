"""`roi --json`: the object of docs/model.md ("The JSON answer"), with every money figure and
rate an exact decimal number; floats only for service level, speed of answer and occupancy."""

from __future__ import annotations

import json
import re
import secrets
from dataclasses import fields, is_dataclass
from decimal import Decimal
from typing import Any

from calc.formatting import decimal_text
from calc.model import Result


def result_object(result: Result) -> dict[str, Any]:
    """The JSON object for one result (values still Decimal, for `dumps`)."""
    obj: dict[str, Any] = {
        "inputs": result.inputs.values(),
        "service": _plain(result.service),
        "sales": _plain(result.sales),
        "delta": _plain(result.delta),
        "breakeven": _plain(result.breakeven),
        "staffing": None,
    }
    staffing = result.staffing
    if staffing is not None:

        def one(
            plan: Any, load: Decimal, heads: Decimal, labor: Decimal, whole: int
        ) -> dict[str, Any]:
            return {
                **_plain(plan),
                "load_erlangs": load,
                "scheduled": heads,
                "scheduled_heads": whole,
                "labor_cost_per_day": labor,
            }

        obj["staffing"] = {
            "service": one(
                staffing.service,
                staffing.service_load,
                staffing.service_scheduled,
                staffing.service_labor_cost_per_day,
                staffing.service_heads,
            ),
            "sales": one(
                staffing.sales,
                staffing.sales_load,
                staffing.sales_scheduled,
                staffing.sales_labor_cost_per_day,
                staffing.sales_heads,
            ),
            "extra_agents": staffing.extra_agents,
            "extra_scheduled": staffing.extra_scheduled,
            "extra_heads": staffing.extra_heads,
        }
    return obj


def _plain(item: Any) -> dict[str, Any]:
    assert is_dataclass(item)
    return {f.name: getattr(item, f.name) for f in fields(item)}


def dumps(obj: Any, indent: int | None = 2) -> str:
    """JSON text with every Decimal written as an exact number (never through float)."""
    # json cannot emit a Decimal as a number, so each is swapped for a unique string
    # marker and the quotes around the marker are dropped afterwards.
    numbers: list[str] = []
    # A fresh random tag per call, so that no user string can pose as a marker.
    tag = secrets.token_hex(8)

    def prepare(value: Any) -> Any:
        if isinstance(value, Decimal):
            numbers.append(decimal_text(value))
            return f"{tag}:{len(numbers) - 1}"
        if isinstance(value, float):
            return round(value, 10)
        if isinstance(value, dict):
            return {key: prepare(inner) for key, inner in value.items()}
        if isinstance(value, list | tuple):
            return [prepare(inner) for inner in value]
        return value

    text = json.dumps(prepare(obj), indent=indent, ensure_ascii=False)
    return re.sub(f'"{tag}:(\\d+)"', lambda match: numbers[int(match[1])], text)
