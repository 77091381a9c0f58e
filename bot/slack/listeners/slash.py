"""`/roi …`: answered in the ack itself, visible only to the one who asked."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack

from bot import messages
from bot.replies import refusal_doc
from bot.service import Caller
from bot.slack.runtime import Answered, Runtime
from bot.slack.text import to_typed


def on_command(ack: Ack, command: dict[str, Any], caller: Caller | None, runtime: Runtime) -> None:
    """Answer a slash command in its HTTP response (ephemeral)."""
    if caller is None:
        refusal = messages.OUTSIDE_WORKSPACE
        answered = runtime.observe(Answered(refusal_doc(refusal), refusal=refusal))
    else:
        answered = runtime.converse(to_typed(str(command.get("text") or "")), caller)
    ack(**answered.message, response_type="ephemeral")
