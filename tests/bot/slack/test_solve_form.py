"""Solve for…: the button under an answer opens a small modal (the input to look for, the
goal, an amount); its submission answers with the value found, the sentence first, in the
modal; a goal it cannot read is refused next to the amount."""

from __future__ import annotations

import json

from bot import buttons as btn
from bot.slack import solve_form
from tests.bot.conftest import text_of
from tests.bot.test_home import click, interact, opened


def _submit(client, view: dict, key: str, goal: str, amount: str = "") -> dict:
    values = {
        solve_form.KEY_BLOCK: {"v": {"type": "static_select", "selected_option": {"value": key}}},
        solve_form.GOAL_BLOCK: {"v": {"type": "static_select", "selected_option": {"value": goal}}},
        solve_form.AMOUNT_BLOCK: {"v": {"type": "plain_text_input", "value": amount}},
    }
    submitted = {**view, "id": "V1", "state": {"values": values}}
    return interact(client, {"type": "view_submission", "view": submitted})


def test_solve_for_from_an_answer(client, slack):
    """From `/roi q3 calls=12k`'s answer: uplift for $1M a year is found from q3 with 12k
    calls, and the answer at it shown; the modal offers every solvable key."""
    client.roi("save q3 cost=$2.60")
    reply = client.roi("q3 calls=12k")
    buttons = {e["action_id"]: e["value"] for e in reply["blocks"][-1]["elements"]}
    assert btn.SOLVE_ACTION in buttons
    click(client, btn.SOLVE_ACTION, buttons[btn.SOLVE_ACTION])
    view = opened(slack)
    assert view["callback_id"] == solve_form.SOLVE_VIEW
    assert json.loads(view["private_metadata"])["c"] == "q3@1 calls=12k"
    keys = [o["value"] for o in view["blocks"][1]["element"]["options"]]
    assert "uplift" in keys and "calls" in keys and "sl" not in keys
    answer = _submit(client, view, "uplift", "net/year", "$1M")
    assert answer["response_action"] == "update"
    shown = text_of(answer["view"])
    assert shown.startswith("Uplift must reach ")
    assert "for the center to make $1,000,000 a year with selling" in shown
    typed = text_of(client.roi("solve uplift for net=$1M/year q3 calls=12k"))
    assert typed.split("\n")[0] == shown.split("\n")[0]


def test_a_goal_without_an_amount_is_refused_next_to_it(client, slack):
    """Net a year with no amount: the amount field says what to write; nothing else runs."""
    reply = client.roi("calls=9000")
    value = {e["action_id"]: e["value"] for e in reply["blocks"][-1]["elements"]}
    click(client, btn.SOLVE_ACTION, value[btn.SOLVE_ACTION])
    view = opened(slack)
    answer = _submit(client, view, "uplift", "net/year", "")
    assert answer["response_action"] == "errors"
    assert "net" in answer["errors"][solve_form.AMOUNT_BLOCK]
