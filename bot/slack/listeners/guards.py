"""Signed but malformed interactions (made harmless by bot.slack.bolt_request): answered
with one line where there is somewhere to answer, logged (rate-limited), never a 500."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack

from bot import messages
from bot.logs import LIMITED
from bot.slack.runtime import Runtime


def on_unreadable_action(ack: Ack, body: dict[str, Any], runtime: Runtime) -> None:
    """A block_actions payload without a readable action."""
    ack()
    LIMITED.warning("unreadable action", "answered a block_actions payload without an action")
    url = body.get("response_url")
    if url:
        runtime.poster.post(
            url,
            {
                "text": messages.UNREADABLE_ACTION,
                "response_type": "ephemeral",
                "replace_original": False,
            },
        )


def on_unreadable_view(ack: Ack) -> None:
    """A view payload without a readable view."""
    LIMITED.warning("unreadable view", "answered a view payload without a readable view")
    ack()
