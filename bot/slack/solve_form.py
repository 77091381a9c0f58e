"""The "Solve for…" modal: from an answer, pick the input to look for and the goal, and
get the value that just meets it (`/roi solve KEY for GOAL` with the answer's base and
settings). What is picked becomes a command of the language, read by the same parser."""

from __future__ import annotations

import json
from typing import Any

from bot.slack.blocks import select_input
from calc.keys import BY_NAME, SOLVABLE

SOLVE_VIEW = "solve_form"
KEY_BLOCK, GOAL_BLOCK, AMOUNT_BLOCK = "s_key", "s_goal", "s_amount"
VALUE = "v"
TITLE = "Solve for…"
#: Goals as offered: (value, label, how the amount is written into the goal).
GOALS: tuple[tuple[str, str, str], ...] = (
    ("breakeven", "Break even with selling", "breakeven"),
    ("service.breakeven", "Break even without selling", "service.breakeven"),
    ("net/year", "Net a year with selling of…", "net={}/year"),
    ("net/day", "Net a day with selling of…", "net={}/day"),
    ("added", "Selling adds a year…", "added={}/year"),
    ("value", "Value a year, customers kept, of…", "value={}/year"),
    ("payback", "Launch pays back within… days", "payback={}days"),
    ("roi", "First-year ROI of… %", "roi={}%"),
)
_GOALS = {value: form for value, _, form in GOALS}


def solve_view(start: str, origin: list[dict[str, Any]]) -> dict[str, Any]:
    """The modal for an answer whose command (base and settings) is `start`."""
    keys = {name: BY_NAME[name].title for name in SOLVABLE}
    goals = {value: label for value, label, _ in GOALS}
    amount = {
        "type": "input",
        "block_id": AMOUNT_BLOCK,
        "optional": True,
        "label": {"type": "plain_text", "text": "Amount"},
        "hint": {"type": "plain_text", "text": "For every goal but break-even: $1M, 90, 50%"},
        "element": {
            "type": "plain_text_input",
            "action_id": VALUE,
            "placeholder": {"type": "plain_text", "text": "$1M"},
        },
    }
    return {
        "type": "modal",
        "callback_id": SOLVE_VIEW,
        "title": {"type": "plain_text", "text": TITLE},
        "submit": {"type": "plain_text", "text": "Solve"},
        "close": {"type": "plain_text", "text": "Cancel"},
        "private_metadata": json.dumps({"c": start}),
        "blocks": [
            *origin,
            select_input(KEY_BLOCK, "Look for", VALUE, keys, "uplift"),
            select_input(GOAL_BLOCK, "So that", VALUE, goals, "breakeven"),
            amount,
        ],
    }


def picked(view: dict[str, Any]) -> tuple[str, str, str]:
    """(key, goal, amount) as submitted."""
    values = (view.get("state") or {}).get("values") or {}

    def element(block: str) -> dict[str, Any]:
        found = (values.get(block) or {}).get(VALUE) or {}
        return found if isinstance(found, dict) else {}

    key = str((element(KEY_BLOCK).get("selected_option") or {}).get("value") or "")
    goal = str((element(GOAL_BLOCK).get("selected_option") or {}).get("value") or "")
    amount = str(element(AMOUNT_BLOCK).get("value") or "").strip()
    return key, goal, amount


def command_of(start: str, key: str, goal: str, amount: str) -> str:
    """The command the modal asks: `solve uplift for net=$1M/year q3@2 calls+20%`; an
    unknown pick is left for the parser to refuse."""
    form = _GOALS.get(goal, goal)
    if "{}" in form:
        form = form.format(amount.removesuffix("%").removesuffix("days").strip() or "?")
    return f"solve {key} for {form} {start}".strip()


def metadata_start(view: dict[str, Any]) -> str:
    """The answer's command the modal was opened from."""
    try:
        data = json.loads(str(view.get("private_metadata") or "{}"))
    except ValueError:
        return ""
    return str(data.get("c") or "") if isinstance(data, dict) else ""
