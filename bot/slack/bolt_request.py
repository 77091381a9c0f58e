"""BoltRequest from raw HTTP, working around slack_bolt 1.30.0's `parse_body`.

Bolt reads any form body that merely *contains* the word "payload" as an interaction
payload, and with no `payload` field it returns `{}`: a slash command saving
`payload-plan`, a note `# payload`, a channel `payload-team`, a user `payloader`, a
workspace `payloadco` all came back 404 "unhandled request". Here the form is parsed the way
Bolt means to (a `payload` *field* is an interaction; anything else is a plain form) and the
request's body and context are rebuilt from it. The signature is still verified by Bolt over
`raw_body`, the exact bytes received.

When Bolt's `parse_body` checks for the field instead of the substring, `_reparse` finds
nothing to fix and that part reduces to `BoltRequest(...)`: delete it then (the test
`test_payload_word_in_any_field_is_a_command` pins the behaviour either way).

Signed but malformed interactions are made harmless here too: Bolt reads `actions[0]`
while building any listener's or middleware's arguments, so `actions: []` failed with a 500
before our code could run. Such an action is replaced by UNREADABLE_ACTION (answered by
bot.slack.listeners.guards with one line), and a `response_url` that is not a string is dropped.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from urllib.parse import parse_qsl

from slack_bolt import BoltContext
from slack_bolt.request import BoltRequest
from slack_bolt.request.internals import build_context

Headers = dict[str, str | Sequence[str]]
UNREADABLE_ACTION = "roibot_unreadable_action"
UNREADABLE_VIEW = "roibot_unreadable_view"


def _readable_action(actions: Any) -> bool:
    return (
        isinstance(actions, list)
        and bool(actions)
        and isinstance(actions[0], dict)
        and isinstance(actions[0].get("action_id"), str)
    )


def _sanitize(body: dict[str, Any]) -> bool:
    """Make a malformed interaction payload safe for Bolt; True if anything changed."""
    changed = False
    kind = body.get("type")
    if kind == "block_actions" and not _readable_action(body.get("actions")):
        body["actions"] = [
            {"type": "button", "action_id": UNREADABLE_ACTION, "block_id": "", "value": ""}
        ]
        changed = True
    if kind in ("view_submission", "view_closed"):
        view = body.get("view")
        if not (
            isinstance(view, dict)
            and isinstance(view.get("callback_id"), str)
            and isinstance(view.get("state", {}), dict)
        ):
            body["view"] = {
                "callback_id": UNREADABLE_VIEW,
                "state": {"values": {}},
                "private_metadata": "",
            }
            changed = True
    if "response_url" in body and not isinstance(body["response_url"], str):
        del body["response_url"]
        changed = True
    return changed


def _needs_reparse(request: BoltRequest) -> bool:
    raw = request.raw_body
    return (
        bool(raw)
        and "payload" in raw
        and not raw.startswith("{")
        and request.content_type != "application/json"
        and request.body == {}
    )


def bolt_request(body: str, headers: Headers, query: str | None = None) -> BoltRequest:
    """A BoltRequest for a raw HTTP body, with form bodies parsed correctly."""
    request = BoltRequest(body=body, query=query, headers=headers)
    if _needs_reparse(request):
        fields = dict(parse_qsl(request.raw_body, keep_blank_values=True))
        if "payload" not in fields:
            request.body = fields
            request.context = build_context(BoltContext({}), fields)
    if isinstance(request.body, dict) and _sanitize(request.body):
        request.context = build_context(BoltContext({}), request.body)
    return request
