"""The buttons under an answer: Share in channel and Save as… (and the Save as… form's
submission, which may also come from an answer shown in a modal)."""

from __future__ import annotations

import json
import logging
from typing import Any

from slack_bolt import Ack
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot import buttons as btn
from bot import messages
from bot.replies import doc, refusal_doc
from bot.service import Caller, ScenarioAnswer
from bot.slack import views
from bot.slack.blocks import ERROR_LIMIT, context, message, shared
from bot.slack.delivery import api_error
from bot.slack.payload import action_value, channel_id, text_input
from bot.slack.runtime import Runtime
from bot.slack.text import inert
from calc import report
from calc.commands import MAX_NOTE
from calc.errors import Refusal

log = logging.getLogger("roibot")
MAX_METADATA = 3000  # Slack's limit on a view's private_metadata


def ephemeral(runtime: Runtime, url: object, refusal: Refusal) -> None:
    """One refusal line, seen only by the one who clicked."""
    runtime.poster.post(
        url,
        {**message(refusal_doc(refusal)), "response_type": "ephemeral", "replace_original": False},
    )


def ack_now(ack: Ack) -> None:
    """Acknowledge at once; the work follows (lazy listener)."""
    ack()


def on_share(
    body: dict[str, Any], caller: Caller | None, runtime: Runtime, client: WebClient
) -> None:
    """After the ack: the answer posted as the bot's own message, its chart in its thread;
    where the bot cannot post, through the response_url, without a chart, saying how to
    get one."""
    url = body.get("response_url")
    try:
        if caller is None:
            raise messages.OUTSIDE_WORKSPACE
        outcome = runtime.service.execute(btn.share_command(action_value(body)), caller)
    except Refusal as refusal:
        ephemeral(runtime, url, refusal)
        return
    posted = shared(doc(outcome, with_buttons=False), caller.user)
    channel = channel_id(body)
    if (
        channel
        and runtime.delivery is not None
        and runtime.delivery.shared(client, channel, posted, outcome)
    ):
        return
    posted["blocks"].append(context((messages.NO_CHART_HERE,)))
    runtime.poster.post(url, {**posted, "response_type": "in_channel", "replace_original": False})


def on_save_as(ack: Ack, body: dict[str, Any], runtime: Runtime, client: WebClient) -> None:
    """Open the Save as… form for an answer's settings."""
    ack()
    url = body.get("response_url")
    try:
        value = action_value(body)
        btn.check_value(value)
        metadata = json.dumps({"v": value, "r": url if isinstance(url, str) else ""})
        if len(metadata) > MAX_METADATA:
            raise messages.BUTTON_TOO_LARGE
    except Refusal as refusal:
        ephemeral(runtime, url, refusal)
        return
    try:
        client.views_open(
            trigger_id=str(body.get("trigger_id") or ""), view=views.save_view(metadata)
        )
    except SlackApiError as error:
        log.warning("views.open failed: %s", api_error(error))
        ephemeral(runtime, url, messages.form_unavailable(api_error(error)))
    except OSError as error:  # Slack did not answer within our budget
        log.warning("views.open failed: %s", type(error).__name__)
        ephemeral(runtime, url, messages.form_unavailable("no answer in time"))


def _metadata(view: dict[str, Any]) -> dict[str, Any]:
    try:
        found = json.loads(view.get("private_metadata") or "{}")
    except ValueError:
        return {}
    return found if isinstance(found, dict) else {}  # else: an out-of-date button


def on_save_submit(
    ack: Ack, body: dict[str, Any], view: dict[str, Any], caller: Caller | None, runtime: Runtime
) -> None:
    """Save the answer's settings under the name typed; confirm where the answer was."""
    name, note = text_input(view, "name"), text_input(view, "note")
    metadata = _metadata(view)
    try:
        if caller is None:
            raise messages.OUTSIDE_WORKSPACE
        command, label = btn.save_command(str(metadata.get("v", "")), name, note[:MAX_NOTE])
        record = f"save {name} (Save as… from {label})" if label else f"save {name}"
        outcome = runtime.service.execute(command, caller, record)
    except Refusal as refusal:
        ack(response_action="errors", errors={"name": inert(str(refusal), ERROR_LIMIT)})
        return
    assert isinstance(outcome, ScenarioAnswer)
    if not metadata.get("r"):  # from a modal (the form's answer, a scenario opened)
        line = messages.saved_line(
            outcome.version.name, outcome.version.version, report.headline(outcome.result)
        )
        ack(response_action="update", view=views.notice(messages.SAVE_FORM_TITLE, line))
        return
    ack()
    runtime.poster.post(
        metadata.get("r"),
        {
            **message(doc(outcome, with_buttons=False)),
            "replace_original": False,
            "response_type": "ephemeral",
        },
    )
