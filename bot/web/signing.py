"""Correctly signed Slack requests, for the console, the tests and the benchmarks."""

from __future__ import annotations

import json
import time
from collections.abc import Sequence
from urllib.parse import urlencode

from slack_sdk.signature import SignatureVerifier


def slack_escape(text: str) -> str:
    """Text as Slack sends it in a slash command: `&`, `<`, `>` as entities."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def signed_headers(
    secret: str, body: str, timestamp: int | None = None
) -> dict[str, str | Sequence[str]]:
    """The headers Slack would send with `body`, signed with `secret`."""
    stamp = str(int(time.time()) if timestamp is None else timestamp)
    signature = SignatureVerifier(secret).generate_signature(timestamp=stamp, body=body)
    return {
        "content-type": "application/x-www-form-urlencoded",
        "x-slack-request-timestamp": stamp,
        "x-slack-signature": signature or "",
    }


def command_body(
    text: str,
    *,
    team: str = "T0001",
    user: str = "U0001",
    enterprise: str | None = None,
    channel: str = "C0001",
    response_url: str = "https://hooks.slack.com/commands/T0001/1/x",
    command: str = "/roi",
    raw: bool = False,
) -> str:
    """A slash-command form body, with `text` escaped as Slack escapes it (or, with `raw`,
    already in Slack's format: `<!channel>`, `<@U1|ann>`, `&amp;`)."""
    fields = {
        "token": "unused",
        "team_id": team,
        "team_domain": "acme",
        "channel_id": channel,
        "channel_name": "leaders",
        "user_id": user,
        "user_name": "ann",
        "command": command,
        "text": text if raw else slack_escape(text),
        "api_app_id": "A0001",
        "response_url": response_url,
        "trigger_id": "1337.42.abcd",
    }
    if enterprise:
        fields["enterprise_id"] = enterprise
    return urlencode(fields)


def event_envelope(
    event: dict[str, object],
    *,
    team: str,
    event_id: str,
    app: str = "A0001",
    bot_user: str | None = "UBOT",
) -> str:
    """An Events API callback carrying `event`, as Slack posts it (JSON), with the bot's
    authorization in `team` unless `bot_user` is None."""
    envelope: dict[str, object] = {
        "token": "unused",
        "team_id": team,
        "api_app_id": app,
        "type": "event_callback",
        "event_id": event_id,
        "event_time": int(time.time()),
        "event": event,
    }
    if bot_user:
        envelope["authorizations"] = [{"team_id": team, "user_id": bot_user, "is_bot": True}]
    return json.dumps(envelope)
