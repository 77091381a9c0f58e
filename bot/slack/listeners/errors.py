"""The app's one boundary for the unexpected: logged with its traceback (the first of its
kind in a minute; the rest counted) and a reference, answered with one line the user can
quote, wherever the request came from."""

from __future__ import annotations

import json
import uuid
from typing import Any

from slack_bolt import BoltContext, BoltResponse

from bot import messages
from bot.logs import LIMITED
from bot.replies import refusal_doc
from bot.slack.blocks import message
from calc.errors import Refusal


def _what(body: dict[str, Any]) -> str:
    if body.get("command"):
        return str(body["command"])
    kind = str(body.get("type") or "request")
    event = body.get("event")
    if isinstance(event, dict):
        return f"{kind} {event.get('type')}"
    return kind


def report_ref(error: BaseException, body: dict[str, Any]) -> tuple[str, Refusal]:
    """Log `error` under a new reference; the reference and the line the user gets."""
    ref = uuid.uuid4().hex[:8]
    where = error.__traceback__
    while where is not None and where.tb_next is not None:
        where = where.tb_next
    line = where.tb_frame.f_code.co_qualname if where is not None else ""
    kind = f"{type(error).__name__} in {line}"
    LIMITED.error(kind, f"{_what(body)} failed (ref {ref}): {kind}", exc_info=error)
    return ref, messages.failure(ref)


def report(error: BaseException, body: dict[str, Any]) -> Refusal:
    """Log `error` with a new reference; the line the user gets."""
    return report_ref(error, body)[1]


def _json(answer: dict[str, Any]) -> BoltResponse:
    return BoltResponse(
        status=200,
        headers={"content-type": "application/json"},
        body=json.dumps(answer) if answer else "",
    )


def on_error(error: Exception, body: dict[str, Any], context: BoltContext) -> BoltResponse:
    """The error handler for listeners and middleware."""
    ref, line = report_ref(error, body)
    reply = message(refusal_doc(line))
    kind = body.get("type")
    if body.get("command"):
        return _json({**reply, "response_type": "ephemeral"})
    if kind == "view_submission":
        blocks = (body.get("view") or {}).get("blocks") or []
        field = next((b.get("block_id") for b in blocks if b.get("type") == "input"), None)
        failed = f"{messages.SAVE_FAILED} (ref {ref})"
        return _json({"response_action": "errors", "errors": {field: failed}} if field else {})
    runtime = context.get("runtime")
    if kind == "block_actions" and body.get("response_url") and runtime is not None:
        runtime.poster.post(
            body["response_url"],
            {**reply, "response_type": "ephemeral", "replace_original": False},
        )
    return BoltResponse(status=200, body="")
