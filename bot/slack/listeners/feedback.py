"""Slack's feedback buttons under answers in threads and DMs: a "not right" vote keeps the
question and what it was read as (90 days, per team), for whoever runs roibot to see which
phrasings to teach it next (`roi-bot feedback`)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from bot import buttons as btn
from bot.service import Caller
from bot.slack.payload import action_value
from bot.slack.runtime import Runtime
from calc.errors import Refusal

THANKS = "Thanks: roibot keeps this question and what it read it as for 90 days, to learn from."


def on_feedback(body: dict[str, Any], caller: Caller | None, runtime: Runtime) -> None:
    """After the ack: keep a "not right" vote; a "good" one needs nothing kept."""
    value = action_value(body)
    if caller is None or runtime.feedback is None or value == btn.FEEDBACK_GOOD:
        return
    try:
        question, read_as = btn.feedback_of(value)
    except Refusal:
        return  # an altered value: nothing to keep
    runtime.feedback.add(caller.team, question, read_as, datetime.now(UTC))
    runtime.poster.post(
        body.get("response_url"),
        {"text": THANKS, "response_type": "ephemeral", "replace_original": False},
    )
