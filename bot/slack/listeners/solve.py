"""Solve for…: the button under an answer opens the modal; its submission answers in it."""

from __future__ import annotations

import json
from typing import Any

from slack_bolt import Ack
from slack_sdk import WebClient

from bot import buttons as btn
from bot import messages
from bot.service import Caller, Solved
from bot.slack import solve_form, views
from bot.slack.blocks import ERROR_LIMIT, context
from bot.slack.listeners.modals import result_of_solve, show
from bot.slack.payload import action_value
from bot.slack.runtime import Runtime
from calc import commands as cmd
from calc.commands import parse_command
from calc.errors import Refusal
from calc.report import origin


def on_solve_for(
    ack: Ack, body: dict[str, Any], caller: Caller | None, runtime: Runtime, client: WebClient
) -> None:
    """Open the modal, starting where the answer started."""
    ack()
    try:
        if caller is None:
            raise messages.OUTSIDE_WORKSPACE
        value = action_value(body)
        start = str(json.loads(value).get("c", "")) if value.startswith("{") else ""
        command = parse_command(start) if len(start) <= btn.MAX_VALUE else None
        if not isinstance(command, cmd.Compute):
            raise messages.STALE_BUTTON
        base = runtime.service.base(caller, command.scenario)
        changes = " ".join(s.text for s in command.settings)
        view = solve_form.solve_view(start, [context(origin(base.source, changes))])
        show(client, body, view)
    except (Refusal, ValueError, AttributeError) as error:
        refusal = error if isinstance(error, Refusal) else messages.STALE_BUTTON
        show(client, body, views.notice("roibot", refusal))


def on_solve_submit(
    ack: Ack, view: dict[str, Any], caller: Caller | None, runtime: Runtime
) -> None:
    """Solve: the value found, and the answer at it, in place of the modal."""
    key, goal, amount = solve_form.picked(view)
    text = solve_form.command_of(solve_form.metadata_start(view), key, goal, amount)
    try:
        if caller is None:
            raise messages.OUTSIDE_WORKSPACE
        command = parse_command(text)
        if not isinstance(command, cmd.Solve):
            raise messages.STALE_BUTTON
        outcome = runtime.service.execute(command, caller)
    except Refusal as refusal:
        where = (
            solve_form.AMOUNT_BLOCK
            if goal not in ("breakeven", "service.breakeven")
            else (solve_form.KEY_BLOCK)
        )
        ack(response_action="errors", errors={where: str(refusal)[:ERROR_LIMIT]})
        return
    assert isinstance(outcome, Solved)
    ack(response_action="update", view=result_of_solve(outcome))
