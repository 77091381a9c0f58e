"""Modals around an answer: showing a view where the click came from, an answer in a
modal (with Save as…, Change inputs, History and Share), Save as… from it, and Share from
it (acknowledged at once, posted after)."""

from __future__ import annotations

import json
import logging
from typing import Any

from slack_bolt import Ack
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot import buttons as btn
from bot import messages
from bot.replies import doc
from bot.service import Answer, Caller, Outcome, ScenarioAnswer, Solved
from bot.slack import solve_form, views
from bot.slack.blocks import shared
from bot.slack.delivery import api_error
from bot.slack.payload import action_value, open_modal
from bot.slack.runtime import Runtime
from bot.slack.text import is_conversation_id
from calc.errors import Refusal

log = logging.getLogger("roibot")


def show(
    client: WebClient, body: dict[str, Any], view: dict[str, Any], *, push: bool = False
) -> None:
    """Open `view` (from the Home tab or a message), or in a modal replace it (or push it
    on top, so Close comes back)."""
    current = open_modal(body)
    trigger = str(body.get("trigger_id") or "")
    try:
        if current and push:
            client.views_push(trigger_id=trigger, view=view)
        elif current:
            client.views_update(view_id=current, view=view)
        else:
            client.views_open(trigger_id=trigger, view=view)
    except SlackApiError as error:
        log.warning("a modal could not be shown: %s", api_error(error))
    except OSError as error:
        log.warning("a modal could not be shown: %s", type(error).__name__)


def result(
    outcome: Answer | ScenarioAnswer, *, form_start: str, title: str, history: str | None = None
) -> dict[str, Any]:
    """An answer as a modal, with its buttons."""
    label = (
        f"{outcome.version.name} v{outcome.version.version}"
        if isinstance(outcome, ScenarioAnswer)
        else outcome.source
    )
    return views.result_view(
        doc(outcome, with_buttons=False),
        share=outcome.pinned,
        save=btn.save_value(outcome.result.inputs, label),
        form=form_start,
        history=history,
        title=title,
    )


def result_of_solve(outcome: Solved) -> dict[str, Any]:
    """A solve's answer as a modal (its sentence first), with Share and Save as…."""
    label = f"{outcome.source} · solved {outcome.solution.key.name}"
    return views.result_view(
        doc(outcome, with_buttons=False),
        share=outcome.pinned,
        save=btn.save_value(outcome.result.inputs, label),
        form=None,
        title=solve_form.TITLE,
    )


def on_result_save(ack: Ack, body: dict[str, Any], client: WebClient) -> None:
    """Save as… from an answer shown in a modal: the save form pushed on top."""
    ack()
    value = action_value(body)
    try:
        btn.check_value(value)
    except Refusal as refusal:
        show(client, body, views.notice("roibot", refusal))
        return
    show(client, body, views.save_view(json.dumps({"v": value, "r": ""})), push=True)


def _shared_answer(
    view: dict[str, Any], caller: Caller | None, runtime: Runtime
) -> tuple[Caller, Outcome]:
    if caller is None:
        raise messages.OUTSIDE_WORKSPACE
    try:
        data = json.loads(str(view.get("private_metadata") or "{}"))
        value = json.dumps({"c": str(data.get("c", ""))})
    except (ValueError, AttributeError):
        raise messages.STALE_BUTTON from None
    return caller, runtime.service.execute(btn.share_command(value), caller)


def on_share_submit(
    ack: Ack, view: dict[str, Any], caller: Caller | None, runtime: Runtime
) -> None:
    """Share from a modal: acknowledged at once with a "sharing" notice; the post follows
    (a Web API call must not hold the ack)."""
    try:
        _shared_answer(view, caller, runtime)
    except Refusal as refusal:
        ack(response_action="update", view=views.notice("roibot", refusal))
        return
    ack(response_action="update", view=views.notice(messages.SHARE, messages.SHARING))


def post_share(
    view: dict[str, Any], caller: Caller | None, runtime: Runtime, client: WebClient
) -> None:
    """After the ack: the shared answer posted in the conversation picked (or the DM)."""
    try:
        member, outcome = _shared_answer(view, caller, runtime)
    except Refusal:
        return  # the ack said so
    state = view.get("state", {}).get("values", {}).get(views.SHARE_TO, {})
    picked = (state.get(views.SHARE_TO) or {}).get("selected_conversation")
    if picked is not None and not is_conversation_id(str(picked)):
        picked = None  # not a conversation Slack would send: the DM instead
    channel = str(picked or member.user)  # no pick: the user's DM with roibot
    posted = shared(doc(outcome, with_buttons=False), member.user)
    if runtime.delivery is not None and runtime.delivery.shared(client, channel, posted, outcome):
        line = messages.shared_in(channel, picked is None)
    else:
        line = messages.NOT_IN_CHANNEL
    try:
        client.views_update(
            view_id=str(view.get("id") or ""), view=views.notice(messages.SHARE, line)
        )
    except (SlackApiError, OSError):
        log.warning("could not update the share notice")
