"""The scenario form: opened by New scenario (the team's default), What if… (a scenario),
Form (an answer's command) and Change inputs (a result's command); More (the advanced
fields); and Calculate, whose answer replaces the form."""

from __future__ import annotations

import json
from typing import Any

from slack_bolt import Ack
from slack_sdk import WebClient

from bot import buttons as btn
from bot import messages
from bot.service import Answer, Caller
from bot.slack import form, views
from bot.slack.blocks import context
from bot.slack.listeners.modals import result, show
from bot.slack.payload import action_id, action_value
from bot.slack.runtime import Runtime
from calc import commands as cmd
from calc.commands import parse_command
from calc.errors import Refusal
from calc.names import parse_ref
from calc.report import origin
from calc.settings import apply


def _start(text: str) -> cmd.Compute:
    """The command a form starts from: a base and settings (`q3@2 calls+20%`)."""
    if len(text) > btn.MAX_VALUE:
        raise messages.STALE_BUTTON
    command = parse_command(text)
    if not isinstance(command, cmd.Compute):
        raise messages.STALE_BUTTON
    return command


def _member(caller: Caller | None) -> Caller:
    if caller is None:
        raise messages.OUTSIDE_WORKSPACE
    return caller


def form_for(
    runtime: Runtime,
    caller: Caller,
    text: str,
    *,
    values: dict[str, str] | None = None,
    advanced: bool = False,
) -> dict[str, Any]:
    """The form starting from `text` (a base and settings) in the caller's team."""
    start = _start(text)
    base = runtime.service.base(caller, start.scenario)
    inputs = apply(base.values, start.settings)
    shown = {**form.prefill(inputs), **(values or {})}
    changes = " ".join(s.text for s in start.settings)
    return form.form_view(
        shown,
        [context(origin(base.source, changes))],
        form.metadata(text, advanced),
        advanced=advanced,
    )


def on_open_form(
    ack: Ack, body: dict[str, Any], caller: Caller | None, runtime: Runtime, client: WebClient
) -> None:
    """Open the form where the button says it starts."""
    ack()
    action, value = action_id(body), action_value(body)
    try:
        if action == btn.FORM_ACTION:
            value = json.loads(value).get("c", "") if value.startswith("{") else ""
        elif action == views.HOME_WHAT_IF:
            value = str(parse_ref(value))
        show(client, body, form_for(runtime, _member(caller), value))
    except (Refusal, ValueError, AttributeError) as error:
        refusal = error if isinstance(error, Refusal) else messages.STALE_BUTTON
        show(client, body, views.notice("roibot", refusal))


def on_more(
    ack: Ack, body: dict[str, Any], caller: Caller | None, runtime: Runtime, client: WebClient
) -> None:
    """More: the same form with the advanced fields, keeping what was typed."""
    ack()
    view = body.get("view") or {}
    start, _ = form.read_metadata(str(view.get("private_metadata") or ""))
    try:
        typed = form.typed((view.get("state") or {}).get("values") or {})
        show(client, body, form_for(runtime, _member(caller), start, values=typed, advanced=True))
    except Refusal as refusal:
        show(client, body, views.notice("roibot", refusal))


def on_form_submit(ack: Ack, view: dict[str, Any], caller: Caller | None, runtime: Runtime) -> None:
    """Calculate: each changed field read as a setting (its refusal shown next to it),
    the answer shown in place of the form."""
    start_text, _ = form.read_metadata(str(view.get("private_metadata") or ""))
    try:
        member = _member(caller)
        start = _start(start_text)
        base = runtime.service.base(member, start.scenario)
        before = form.prefill(apply(base.values, start.settings))
        changed, errors = form.changes(form.typed(view["state"]["values"]), before)
        if errors:
            ack(response_action="errors", errors=errors)
            return
        keys = {s.key.name for s in changed}
        settings = (*(s for s in start.settings if s.key.name not in keys), *changed)
        try:
            outcome = runtime.service.execute(cmd.Compute(base.ref, settings), member)
        except Refusal as refusal:
            ack(response_action="errors", errors={form.field_of(refusal, changed): str(refusal)})
            return
    except Refusal as refusal:  # the start itself (a scenario gone, another team's)
        ack(response_action="errors", errors={"f_calls": str(refusal)})
        return
    assert isinstance(outcome, Answer)
    ack(response_action="update", view=result(outcome, form_start=outcome.pinned, title=form.TITLE))
