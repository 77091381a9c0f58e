"""`/roi …`: answered in the ack itself, visible only to the one who asked."""

from __future__ import annotations

import re
from typing import Any

from slack_bolt import Ack, App, BoltContext

from bot import messages
from bot.replies import refusal_doc
from bot.service import Caller
from bot.slack.runtime import Answered, Runtime, team_scope
from bot.slack.text import to_typed


def register(app: App, runtime: Runtime) -> None:
    """The `/roi` listener (any command starting /roi, so a renamed copy still works)."""

    def on_command(ack: Ack, command: dict[str, Any], context: BoltContext) -> None:
        team = team_scope(context)
        if team is None:
            answered = runtime.observe(Answered(refusal_doc(messages.OUTSIDE_WORKSPACE)))
        else:
            text = to_typed(str(command.get("text") or ""))
            answered = runtime.answer(text, Caller(team, str(command.get("user_id") or "unknown")))
        ack(**answered.message, response_type="ephemeral")

    app.command(re.compile(r"^/roi"))(on_command)
