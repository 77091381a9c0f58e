"""The app's one boundary for the unexpected: logged with its traceback and a reference,
answered with one line the user can quote, wherever the request came from."""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Callable
from typing import Any

from slack_bolt import App, BoltResponse

from bot import messages
from bot.replies import refusal_doc
from bot.slack.blocks import message
from bot.slack.runtime import Runtime
from calc.errors import Refusal

log = logging.getLogger("roibot")


def _what(body: dict[str, Any]) -> str:
    if body.get("command"):
        return str(body["command"])
    kind = str(body.get("type") or "request")
    event = body.get("event")
    if isinstance(event, dict):
        return f"{kind} {event.get('type')}"
    return kind


def report(error: BaseException, body: dict[str, Any]) -> Refusal:
    """Log `error` with its traceback under a new reference; the line the user gets."""
    ref = uuid.uuid4().hex[:8]
    log.error("%s failed (ref %s)", _what(body), ref, exc_info=error)
    return messages.failure(ref)


def reporter(runtime: Runtime) -> Callable[..., BoltResponse]:
    """The error handler for listeners and middleware."""

    def on_error(error: Exception, body: dict[str, Any]) -> BoltResponse:
        ref_line = report(error, body)
        ref = ref_line.reason.split("(ref ")[1].rstrip(")")
        reply = message(refusal_doc(ref_line))
        kind = body.get("type")
        if body.get("command"):
            return BoltResponse(
                status=200,
                headers={"content-type": "application/json"},
                body=json.dumps({**reply, "response_type": "ephemeral"}),
            )
        if kind == "view_submission":
            blocks = (body.get("view") or {}).get("blocks") or []
            field = next((b.get("block_id") for b in blocks if b.get("type") == "input"), None)
            answer: dict[str, Any] = (
                {
                    "response_action": "errors",
                    "errors": {field: messages.SAVE_FAILED + f" (ref {ref})"},
                }
                if field
                else {}
            )
            return BoltResponse(
                status=200,
                headers={"content-type": "application/json"},
                body=json.dumps(answer) if answer else "",
            )
        if kind == "block_actions" and body.get("response_url"):
            runtime.poster.post(
                body["response_url"],
                {**reply, "response_type": "ephemeral", "replace_original": False},
            )
        return BoltResponse(status=200, body="")

    return on_error


def register(app: App, runtime: Runtime) -> Callable[..., BoltResponse]:
    """Install the handler for listeners and middleware; returns it for work after acks."""
    handler = reporter(runtime)
    app.error(handler)
    return handler
