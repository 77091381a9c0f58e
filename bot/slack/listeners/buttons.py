"""Share in channel, Save as…, and the Save as… form's submission."""

from __future__ import annotations

import json
import logging
from typing import Any

from slack_bolt import Ack, App, BoltContext
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot import buttons as btn
from bot import messages
from bot.replies import doc, refusal_doc
from bot.service import Caller, ScenarioAnswer
from bot.slack import views
from bot.slack.blocks import context as context_block
from bot.slack.blocks import message, shared
from bot.slack.delivery import api_error, post_shared
from bot.slack.runtime import Runtime, team_scope
from bot.slack.text import inert
from calc import report
from calc.errors import Refusal

log = logging.getLogger("roibot")


def _value(body: dict[str, Any]) -> str:
    return str(body["actions"][0].get("value") or "")


def _user(body: dict[str, Any]) -> str:
    user = body.get("user")
    return str(user.get("id") or "unknown") if isinstance(user, dict) else "unknown"


def register(app: App, runtime: Runtime) -> None:
    """The buttons' listeners and the form's submission."""

    def ephemeral(url: object, refusal: Refusal) -> None:
        runtime.poster.post(
            url,
            {
                **message(refusal_doc(refusal)),
                "response_type": "ephemeral",
                "replace_original": False,
            },
        )

    def ack_now(ack: Ack) -> None:
        ack()

    def on_share(body: dict[str, Any], context: BoltContext, client: WebClient) -> None:
        """After the ack: the answer posted as the bot's own message, its chart in its
        thread; where the bot cannot post, through the response_url, without a chart, and
        saying how to get one."""
        url = body.get("response_url")
        team = team_scope(context)
        try:
            if team is None:
                raise messages.OUTSIDE_WORKSPACE
            command = btn.share_command(_value(body))
            outcome = runtime.service.execute(command, Caller(team, _user(body)))
        except Refusal as refusal:
            ephemeral(url, refusal)
            return
        posted = shared(doc(outcome, with_buttons=False), _user(body))
        channel = (
            (body.get("channel") or {}).get("id") if isinstance(body.get("channel"), dict) else None
        )
        if channel and post_shared(client, str(channel), posted, outcome):
            return
        posted["blocks"].append(context_block((messages.NO_CHART_HERE,)))
        runtime.poster.post(
            url, {**posted, "response_type": "in_channel", "replace_original": False}
        )

    def on_save_as(ack: Ack, body: dict[str, Any], client: WebClient) -> None:
        ack()
        url = body.get("response_url")
        try:
            value = _value(body)
            btn.check_value(value)
            metadata = json.dumps({"v": value, "r": url if isinstance(url, str) else ""})
            if len(metadata) > 3000:
                raise messages.BUTTON_TOO_LARGE
        except Refusal as refusal:
            ephemeral(url, refusal)
            return
        try:
            client.views_open(
                trigger_id=str(body.get("trigger_id") or ""), view=views.save_view(metadata)
            )
        except SlackApiError as error:
            why = api_error(error)
            log.warning("views.open failed: %s", why)
            ephemeral(url, messages.form_unavailable(why))
        except OSError as error:  # Slack did not answer within our budget
            log.warning("views.open failed: %s", type(error).__name__)
            ephemeral(url, messages.form_unavailable("no answer in time"))

    def on_save_submit(
        ack: Ack, body: dict[str, Any], view: dict[str, Any], context: BoltContext
    ) -> None:
        team = team_scope(context)
        values = view.get("state", {}).get("values", {})
        name = ((values.get("name", {}).get("name", {}) or {}).get("value") or "").strip()
        note = ((values.get("note", {}).get("note", {}) or {}).get("value") or "").strip()
        try:
            metadata = json.loads(view.get("private_metadata") or "{}")
        except ValueError:
            metadata = {}
        if not isinstance(metadata, dict):
            metadata = {}  # read as no value: refused below as an out-of-date button
        try:
            if team is None:
                raise messages.OUTSIDE_WORKSPACE
            command, label = btn.save_command(str(metadata.get("v", "")), name, note[:3000])
            record = f"save {name} (Save as… from {label})" if label else f"save {name}"
            outcome = runtime.service.execute(command, Caller(team, _user(body)), record)
        except Refusal as refusal:
            ack(response_action="errors", errors={"name": inert(str(refusal), 150)})
            return
        if not metadata.get("r"):  # from a modal (the form's answer, a scenario opened)
            assert isinstance(outcome, ScenarioAnswer)
            ack(
                response_action="update",
                view=views.notice(
                    messages.SAVE_FORM_TITLE,
                    messages.saved_line(
                        outcome.version.name,
                        outcome.version.version,
                        report.headline(outcome.result),
                    ),
                ),
            )
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

    app.action(btn.SHARE_ACTION)(ack=ack_now, lazy=[on_share])
    app.action(btn.SAVE_ACTION)(on_save_as)
    app.view(views.SAVE_VIEW)(on_save_submit)
