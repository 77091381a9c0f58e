"""A question back's buttons: the reading picked runs where the question was asked (in
its thread, building on it; or, under a `/roi` answer, in place of the question)."""

from __future__ import annotations

import logging
from typing import Any

from slack_sdk import WebClient

from bot import buttons as btn
from bot import messages
from bot.reply import Doc, Note, Paragraph
from bot.service import Caller
from bot.slack.blocks import message
from bot.slack.listeners.buttons import ephemeral
from bot.slack.payload import action_value, channel_id
from bot.slack.runtime import Runtime
from bot.store.conversations import Place
from calc.errors import Refusal
from calc.report import Person, Quoted

log = logging.getLogger("roibot")


def _question_of(body: dict[str, Any]) -> str:
    """The question's own words, as the message that asked it shows them."""
    text = (body.get("message") or {}).get("text")
    return str(text)[:200] if text else messages.ASK_WHICH


def _answered_question(body: dict[str, Any], choice: str, user: str) -> dict[str, Any]:
    """The question with its buttons replaced by who chose what: one choice runs once."""
    done = Doc(
        _question_of(body),
        (
            Paragraph((("❓ ", Quoted(_question_of(body))),)),
            Note((messages.CHOSEN, Quoted(f"/roi {choice}"), " · ", Person(user))),
        ),
    )
    return {**message(done), "replace_original": True}


def on_choice(
    body: dict[str, Any], caller: Caller | None, runtime: Runtime, client: WebClient
) -> None:
    """After the ack: run the chosen reading as if it had been typed where the question
    was, saying what it ran."""
    url = body.get("response_url")
    try:
        if caller is None:
            raise messages.OUTSIDE_WORKSPACE
        choice = btn.ask_text(action_value(body))
    except Refusal as refusal:
        ephemeral(runtime, url, refusal)
        return
    container = body.get("container") or {}
    channel = channel_id(body)
    if container.get("is_ephemeral") or channel is None:
        # Under a /roi answer (seen by the asker only): the answer replaces the question.
        answered = runtime.converse(choice, caller, chosen=True)
        runtime.poster.post(url, {**answered.message, "replace_original": True})
        return
    posted = body.get("message") or {}
    root = str(posted.get("thread_ts") or "")  # "" for a DM's main conversation
    place = Place(caller.team, channel, root)
    runtime.poster.post(url, _answered_question(body, choice, caller.user))
    answered = runtime.converse(choice, caller, place, share=False, chosen=True)
    runtime.deliver(client, channel, root or None, answered.with_feedback())
