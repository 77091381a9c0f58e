"""The scenario form: a modal of inputs for people who won't type commands.

Each field is prefilled from where the form starts (a scenario, the team's default, an
answer) and read back as a setting of the command language, through the same parser and
the same rules: a field's refusal is the sentence `/roi` would have said, shown next to
the field. Only fields the user changed become settings, so an untouched field keeps its
exact stored value (a prefill shows it rounded for people, `8,876.71` calls a day from a
monthly figure, and must not round it)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from bot.slack.blocks import PLACEHOLDER_LIMIT, button, select_input
from calc.describe import service_level
from calc.errors import Refusal
from calc.formatting import decimal_text, duration, money, number, percent_text
from calc.inputs import Inputs
from calc.keys import BY_NAME, FORM_ORDER
from calc.settings import Setting, parse_setting

FORM_VIEW = "scenario_form"
MORE_ACTION = "form_more"
VALUE = "v"  # every field's action_id (block ids tell the fields apart)
TITLE = "What if…"
_PER = {"day": "", "month": "/month", "hour": "/h"}
_PER_LABEL = {"day": "per day", "month": "per month", "hour": "per hour"}
_MARGIN_AS = {"money": "$ per sale", "share": "% of price"}


@dataclass(frozen=True)
class Field:
    """One input of the form: the key it sets and how it is shown (from the key's row)."""

    key: str
    label: str
    example: str
    advanced: bool = False
    optional: bool = False


FIELDS: tuple[Field, ...] = tuple(
    Field(name, form.label, form.example, form.advanced, form.optional)
    for name in FORM_ORDER
    if (form := BY_NAME[name].form) is not None
)
BY_KEY = {field.key: field for field in FIELDS}


def _block(key: str) -> str:
    return f"f_{key}"


def prefill(inputs: Inputs) -> dict[str, str]:
    """Each field's text for `inputs`, as people write it (and the parser reads it), and the
    two choices: calls per day, margin in dollars."""
    out: dict[str, str] = {}
    for field in FIELDS:
        kind = BY_NAME[field.key].kind.value
        value: Decimal | None = getattr(inputs, BY_NAME[field.key].field)
        if field.key == "sl":
            out[field.key] = service_level(inputs)
        elif value is None:
            out[field.key] = ""
        elif field.key == "aht":
            out[field.key] = duration(value)
        elif kind == "percent":
            out[field.key] = percent_text(value)
        elif kind in ("money", "margin", "wage"):
            out[field.key] = money(value)
        elif kind in ("days", "hours"):
            out[field.key] = decimal_text(value)
        else:
            out[field.key] = number(value, 2)
    out["calls_per"] = "day"
    out["margin_as"] = "money"
    return out


def _input(field: Field, initial: str) -> dict[str, Any]:
    element: dict[str, Any] = {
        "type": "plain_text_input",
        "action_id": VALUE,
        "placeholder": {"type": "plain_text", "text": field.example[:PLACEHOLDER_LIMIT]},
    }
    if initial:
        element["initial_value"] = initial
    return {
        "type": "input",
        "block_id": _block(field.key),
        "optional": field.optional,
        "label": {"type": "plain_text", "text": field.label},
        "element": element,
    }


def _choice(block: str, label: str, options: dict[str, str], initial: str) -> dict[str, Any]:
    return select_input(block, label, VALUE, options, initial)


def form_view(
    values: dict[str, str], origin: Sequence[dict[str, Any]], metadata: str, *, advanced: bool
) -> dict[str, Any]:
    """The form: `values` per field (as `prefill` gives them, or as last typed), under the
    context blocks `origin` saying where it starts; the advanced fields only when asked."""
    blocks: list[dict[str, Any]] = [*origin]
    for field in FIELDS:
        if field.advanced and not advanced:
            continue
        blocks.append(_input(field, values.get(field.key, "")))
        if field.key == "calls":
            blocks.append(
                _choice(
                    "calls_per", "Calls are counted", _PER_LABEL, values.get("calls_per", "day")
                )
            )
        if field.key == "margin":
            blocks.append(
                _choice("margin_as", "Margin is", _MARGIN_AS, values.get("margin_as", "money"))
            )
        if field.key == "cost" and not advanced:
            blocks.append(
                {
                    "type": "actions",
                    "block_id": "more",
                    "elements": [
                        button(
                            "More: days, hours, cancellations, fees, staffing…", MORE_ACTION, "more"
                        )
                    ],
                }
            )
    return {
        "type": "modal",
        "callback_id": FORM_VIEW,
        "title": {"type": "plain_text", "text": TITLE},
        "submit": {"type": "plain_text", "text": "Calculate"},
        "close": {"type": "plain_text", "text": "Cancel"},
        "private_metadata": metadata,
        "blocks": blocks,
    }


def typed(state: dict[str, Any]) -> dict[str, str]:
    """What the form holds now (`view.state.values`), by field and choice."""
    out: dict[str, str] = {}
    for block, actions in (state or {}).items():
        element = (actions or {}).get(VALUE) or {}
        if not isinstance(element, dict):
            continue
        name = block.removeprefix("f_")
        if element.get("type") == "static_select":
            option = element.get("selected_option") or {}
            out[name] = str(option.get("value") or "")
        else:
            out[name] = str(element.get("value") or "").strip()
    return out


def _setting_text(key: str, text: str, values: dict[str, str]) -> str:
    if key == "wage" and not text:
        return "wage=none"
    if key == "calls" and "/" not in text:
        return f"calls={text}{_PER.get(values.get('calls_per', 'day'), '')}"
    if key == "margin" and values.get("margin_as") == "share" and not text.endswith("%"):
        return f"margin={text}%"
    if key == "aht_increase":
        return f"aht_increase={text}"
    return f"{key}={text}"


def changes(values: dict[str, str], before: dict[str, str]) -> tuple[list[Setting], dict[str, str]]:
    """The settings of the fields changed from `before`, and each refused field's message
    (by block id). A choice counts as a change of its field."""
    settings: list[Setting] = []
    errors: dict[str, str] = {}
    for field in FIELDS:
        if field.key not in values:
            continue  # the advanced fields, when they were not shown
        text = values[field.key]
        moved = text != before.get(field.key, "")
        if field.key == "calls":
            moved = moved or values.get("calls_per", "day") != "day"
        if field.key == "margin":
            moved = moved or values.get("margin_as", "money") != "money"
        if not moved:
            continue
        try:
            settings.append(parse_setting(_setting_text(field.key, text, values)))
        except Refusal as refusal:
            errors[_block(field.key)] = str(refusal)
    return settings, errors


def field_of(refusal: Refusal, settings: Sequence[Setting]) -> str:
    """The block a refusal of the whole (a rule between fields) is shown against: the
    first changed field it names, else the first changed field."""
    text = str(refusal).lower()
    for setting in settings:
        key = setting.key
        words = [key.name, key.title.lower(), *key.aliases]
        if any(word and word in text for word in words):
            return _block(key.name)
    return _block(settings[0].key.name) if settings else _block("calls")


def metadata(base: str, advanced: bool) -> str:
    """The form's private metadata: the command it starts from (a base and settings, e.g.
    `q3@2 calls+20%`) and whether the advanced fields are shown."""
    return json.dumps({"c": base, "a": advanced})


def read_metadata(text: str) -> tuple[str, bool]:
    """(the command the form starts from, advanced shown); a value that cannot be read
    starts from the team's default, with the main fields."""
    try:
        data = json.loads(text or "{}")
    except ValueError:
        return "", False
    if not isinstance(data, dict):
        return "", False
    return str(data.get("c") or ""), bool(data.get("a"))
