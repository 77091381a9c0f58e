"""Mentions and DMs: answered in the thread (a mention) or the DM, with thread memory.

Events are acknowledged at once and answered after (Bolt lazy listeners): the answer posts
through Slack's Web API, which may take longer than an ack should wait, and a slow answer
must not make Slack retry. A retried delivery (`X-Slack-Retry-Num`) of an event some worker
already took is not answered again: the first delivery claims the event id in the shared
database. Messages from bots (ours included), edits, deletions and other subtypes are
ignored; a mention is answered from `app_mention` alone, never also from a message event.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from slack_bolt import Ack, App, BoltContext
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.replies import refusal_doc
from bot.service import Caller
from bot.slack.delivery import Deliver, post_in_thread
from bot.slack.listeners.errors import report
from bot.slack.runtime import Answered, Runtime, team_scope
from bot.slack.text import to_typed
from bot.store.conversations import Place

log = logging.getLogger("roibot")
SUGGESTED_PROMPTS = (
    {"title": "Are we a profit center?", "message": "Are we a profit center?"},
    {"title": "What if AHT goes up 15%?", "message": "What if AHT goes up 15%?"},
    {"title": "What uplift do we need?", "message": "What uplift do we need to break even?"},
    {"title": "Our scenarios", "message": "What scenarios do we have?"},
)
PROMPTS_TITLE = "Ask roibot"


def question_text(event: dict[str, Any], bot_user: str | None) -> str:
    """The words of a mention or DM as typed: our own mention removed, others kept."""
    text = str(event.get("text") or "")
    if bot_user:
        text = re.sub(rf"<@{re.escape(bot_user)}(?:\|[^>]*)?>", " ", text)
    return " ".join(to_typed(text).split())


def _ignored(event: dict[str, Any], context: BoltContext) -> bool:
    """Bots (ours included), edits, deletions and any other subtype are not questions."""
    return bool(
        event.get("bot_id")
        or event.get("subtype")
        or (context.bot_user_id and event.get("user") == context.bot_user_id)
    )


def register(app: App, runtime: Runtime, deliver: Deliver = post_in_thread) -> None:
    """The mention and DM listeners."""

    def ack_now(ack: Ack) -> None:
        ack()

    def answer(
        body: dict[str, Any],
        event: dict[str, Any],
        context: BoltContext,
        client: WebClient,
        in_dm: bool,
    ) -> None:
        team = team_scope(context)
        if team is None or _ignored(event, context):
            return
        event_id = str(body.get("event_id") or "")
        conversations = runtime.conversations
        channel = str(event.get("channel") or "")
        root = event.get("thread_ts") or ("" if in_dm else event.get("ts"))
        # In a DM the answer is threaded only if the question was.
        thread_ts = str(root) if root else None
        try:
            if event_id and conversations is not None and not conversations.claim(event_id, team):
                log.info("event %s was already answered; this delivery is ignored", event_id)
                return
            place = Place(team, channel, str(root or ""))
            text = question_text(event, context.bot_user_id)
            answered = runtime.converse(
                text, Caller(team, str(event.get("user") or "unknown")), place, share=False
            )
            deliver(client, channel, thread_ts, answered)
        except SlackApiError as error:
            log.warning("chat.postMessage failed: %s", error.response.get("error"))
        except Exception as error:  # after the ack: logged with a reference, told in place
            line = report(error, body)
            try:
                deliver(client, channel, thread_ts, Answered(refusal_doc(line)))
            except Exception:  # Slack is down too: the log line is all we can do
                log.warning("could not post the failure line in %s", channel)

    def on_mention(
        body: dict[str, Any], event: dict[str, Any], context: BoltContext, client: WebClient
    ) -> None:
        answer(body, event, context, client, in_dm=False)

    def on_message(
        body: dict[str, Any], event: dict[str, Any], context: BoltContext, client: WebClient
    ) -> None:
        if event.get("channel_type") != "im":
            return  # channel messages: mentions arrive as app_mention, answered there
        answer(body, event, context, client, in_dm=True)

    app.event("app_mention")(ack=ack_now, lazy=[on_mention])
    app.event("message")(ack=ack_now, lazy=[on_message])
