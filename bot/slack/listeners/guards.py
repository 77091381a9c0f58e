"""Signed but malformed interactions (made harmless by bot.slack.bolt_request): answered with one
line where there is somewhere to answer, logged once, never a 500."""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import Ack, App

from bot import messages
from bot.slack.bolt_request import UNREADABLE_ACTION, UNREADABLE_VIEW
from bot.slack.runtime import Runtime

log = logging.getLogger("roibot")


def register(app: App, runtime: Runtime) -> None:
    """Listeners for the unreadable action and view."""

    def on_unreadable_action(ack: Ack, body: dict[str, Any]) -> None:
        ack()
        log.warning("answered a block_actions payload without a readable action")
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
        log.warning("answered a view payload without a readable view")
        ack()

    app.action(UNREADABLE_ACTION)(on_unreadable_action)
    app.view(UNREADABLE_VIEW)(on_unreadable_view)
