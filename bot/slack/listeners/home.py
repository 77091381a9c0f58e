"""The Home tab: opened (published, the viewer noted), paged, and its scenarios' buttons:
Open, History and Restore (each opening a modal within the same request, since a
trigger_id lasts 3 seconds). Everything read is the clicking user's team's, whatever a
button's value names. The Messages tab's opening sets its suggested prompts."""

from __future__ import annotations

import json
from typing import Any

from slack_bolt import Ack
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot import messages
from bot.logs import LIMITED
from bot.service import Caller, HistoryView, ScenarioAnswer
from bot.slack import views
from bot.slack.delivery import api_error
from bot.slack.listeners.modals import result, show
from bot.slack.payload import action_value
from bot.slack.prompts import PROMPTS_TITLE, SUGGESTED_PROMPTS
from bot.slack.runtime import Runtime
from calc import commands as cmd
from calc.errors import Refusal
from calc.names import parse_ref


def _member(caller: Caller | None) -> Caller:
    if caller is None:
        raise messages.OUTSIDE_WORKSPACE
    return caller


def _refuse(client: WebClient, body: dict[str, Any], refusal: Refusal) -> None:
    show(client, body, views.notice("roibot", refusal))


def ack_now(ack: Ack) -> None:
    """Acknowledge at once; the work follows (lazy listener)."""
    ack()


def on_home_opened(
    event: dict[str, Any], caller: Caller | None, runtime: Runtime, client: WebClient
) -> None:
    """The Home tab: published for its viewer; the Messages tab: its suggested prompts."""
    if event.get("tab") == "messages":
        try:
            # No thread_ts: with the agent view, a call naming a thread fails silently.
            client.assistant_threads_setSuggestedPrompts(
                channel_id=str(event.get("channel") or ""),
                title=PROMPTS_TITLE,
                prompts=list(SUGGESTED_PROMPTS),
            )
        except SlackApiError as error:
            LIMITED.warning("prompts", f"setSuggestedPrompts failed: {api_error(error)}")
        return
    user = str(event.get("user") or "")
    if event.get("tab") != "home" or caller is None or caller.guest or not user:
        return
    if runtime.home is not None:
        runtime.home.opened(client, caller.team, user)


def on_page(
    ack: Ack, body: dict[str, Any], caller: Caller | None, runtime: Runtime, client: WebClient
) -> None:
    """Older → / ← Newer on the Home tab."""
    ack()
    value = action_value(body)
    if caller is None or caller.guest or runtime.home is None:
        return
    page = int(value) if value.isascii() and value.isdigit() and len(value) < 6 else 1
    runtime.home.publish(client, caller.team, caller.user, page)


def on_open(
    ack: Ack, body: dict[str, Any], caller: Caller | None, runtime: Runtime, client: WebClient
) -> None:
    """Open: a scenario version and its answer, in a modal."""
    ack()
    try:
        ref = parse_ref(action_value(body))
        outcome = runtime.service.execute(cmd.Show(ref), _member(caller))
        assert isinstance(outcome, ScenarioAnswer)
        title = f"{ref.name} v{outcome.version.version}"
        show(client, body, result(outcome, form_start=str(ref), title=title, history=ref.name))
    except Refusal as refusal:
        _refuse(client, body, refusal)


def history_of(
    runtime: Runtime, caller: Caller, name: str, notice: tuple[Any, ...] | None = None
) -> dict[str, Any]:
    """A scenario's history as a modal."""
    outcome = runtime.service.execute(cmd.History(name), caller)
    assert isinstance(outcome, HistoryView)
    return views.history_view(outcome.history, outcome.results, notice_line=notice)


def on_history(
    ack: Ack, body: dict[str, Any], caller: Caller | None, runtime: Runtime, client: WebClient
) -> None:
    """History: every version, with Restore (pushed over an open modal)."""
    ack()
    try:
        name = parse_ref(action_value(body)).name
        show(client, body, history_of(runtime, _member(caller), name), push=True)
    except Refusal as refusal:
        _refuse(client, body, refusal)


def on_restore(
    ack: Ack, body: dict[str, Any], caller: Caller | None, runtime: Runtime, client: WebClient
) -> None:
    """Restore: a version saved again as the newest; the history shown again."""
    ack()
    try:
        data = json.loads(action_value(body))
        name, version = str(data["n"]), int(data["v"])
        member = _member(caller)
        outcome = runtime.service.execute(
            cmd.Restore(name, version), member, f"restore {name} {version} (Home tab)"
        )
        assert isinstance(outcome, ScenarioAnswer)
        line = (messages.restored_title(name, version, outcome.version.version),)
        show(client, body, history_of(runtime, member, name, line))
    except (ValueError, KeyError, TypeError):
        _refuse(client, body, messages.STALE_BUTTON)
    except Refusal as refusal:
        _refuse(client, body, refusal)
