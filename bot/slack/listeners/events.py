"""Mentions and DMs: answered in the thread (a mention) or the DM, with thread memory.

Events are acknowledged at once and answered after (Bolt lazy listeners): the answer posts
through Slack's Web API, which may take longer than an ack should wait, and a slow answer
must not make Slack retry. A retried delivery (`X-Slack-Retry-Num`) of an event some worker
already took is not answered again: the first delivery claims the event id in the shared
database. Bots, edits and other subtypes never get here (bot.slack.caller); a mention is
answered from `app_mention` alone, never also from a message event.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from slack_bolt import Ack
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.replies import refusal_doc
from bot.service import Caller
from bot.slack.listeners.errors import report
from bot.slack.runtime import Answered, Runtime
from bot.slack.text import to_typed
from bot.store.conversations import Place

log = logging.getLogger("roibot")


def question_text(event: dict[str, Any], bot_user: str | None) -> str:
    """The words of a mention or DM as typed: our own mention removed, others kept."""
    text = str(event.get("text") or "")
    if bot_user:
        text = re.sub(rf"<@{re.escape(bot_user)}(?:\|[^>]*)?>", " ", text)
    return " ".join(to_typed(text).split())


def ack_now(ack: Ack) -> None:
    """Acknowledge at once; the answer follows (lazy listener)."""
    ack()


def _answer(
    body: dict[str, Any],
    event: dict[str, Any],
    caller: Caller,
    runtime: Runtime,
    client: WebClient,
    bot_user: str | None,
    in_dm: bool,
) -> None:
    channel = str(event.get("channel") or "")
    root = event.get("thread_ts") or ("" if in_dm else event.get("ts"))
    thread_ts = str(root) if root else None  # in a DM, threaded only if the question was
    event_id = str(body.get("event_id") or "")
    try:
        conversations = runtime.conversations
        if (
            event_id
            and conversations is not None
            and not conversations.claim(event_id, caller.team)
        ):
            log.info("event %s was already answered; this delivery is ignored", event_id)
            return
        place = Place(caller.team, channel, str(root or ""))
        answered = runtime.converse(question_text(event, bot_user), caller, place, share=False)
        runtime.deliver(client, channel, thread_ts, answered.with_feedback())
    except SlackApiError as error:
        log.warning("chat.postMessage failed: %s", error.response.get("error"))
    except Exception as error:  # after the ack: logged with a reference, told in place
        line = report(error, body)
        try:
            runtime.deliver(client, channel, thread_ts, Answered(refusal_doc(line), refusal=line))
        except Exception:  # Slack is down too: the log line is all we can do
            log.warning("could not post the failure line in %s", channel)


def on_mention(
    body: dict[str, Any],
    event: dict[str, Any],
    caller: Caller | None,
    runtime: Runtime,
    client: WebClient,
    context: Any,
) -> None:
    """A mention in a channel: answered in its thread."""
    if caller is not None:
        _answer(body, event, caller, runtime, client, context.bot_user_id, in_dm=False)


def on_message(
    body: dict[str, Any],
    event: dict[str, Any],
    caller: Caller | None,
    runtime: Runtime,
    client: WebClient,
    context: Any,
) -> None:
    """A DM: answered in the DM. Channel messages are not questions (mentions are)."""
    if caller is not None and event.get("channel_type") == "im":
        _answer(body, event, caller, runtime, client, context.bot_user_id, in_dm=True)
