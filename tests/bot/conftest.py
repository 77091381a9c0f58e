"""Fixtures for the bot: a fake Slack Web API, a real Bolt app on a temporary store, and
signed requests. Every reply a test receives is checked against Slack's limits."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlencode

import pytest
from pydantic import SecretStr
from slack_bolt import App
from slack_bolt.request import BoltRequest

from bot.app import create_app
from bot.config import BotSettings
from bot.signing import command_body, signed_headers
from bot.store import ScenarioStore
from tests.bot.fake_slack import FakeSlack
from tests.bot.slack_limits import assert_within_limits

SECRET = "8f742231b10e8888abcd99yyyzzz85a5"
TOKEN = "xoxb-17653672481-19874698323-pdFZKVeTuE8sk7oOcBrzbqgy"


@pytest.fixture
def slack() -> Iterator[FakeSlack]:
    with FakeSlack() as fake:
        yield fake


@pytest.fixture
def store(tmp_path) -> Iterator[ScenarioStore]:
    store = ScenarioStore(tmp_path / "roi.db")
    yield store
    store.close()


@pytest.fixture
def settings(slack, tmp_path) -> BotSettings:
    return BotSettings(slack_signing_secret=SecretStr(SECRET), slack_bot_token=SecretStr(TOKEN),
                       slack_api_url=slack.api_url, roi_db=str(tmp_path / "roi.db"),
                       _env_file=None)


@pytest.fixture
def app(settings, store) -> App:
    return create_app(settings, store=store)


class Client:
    """Sends signed requests into the app and checks every reply against Slack's limits."""

    def __init__(self, app: App, slack: FakeSlack) -> None:
        self.app = app
        self.slack = slack

    def send(self, body: str, headers: dict[str, str] | None = None) -> Any:
        response = self.app.dispatch(BoltRequest(
            body=body, headers=headers if headers is not None else signed_headers(SECRET, body)))
        return response

    def roi(self, text: str, *, team: str = "T0001", user: str = "U0001",
            enterprise: str | None = None, raw: bool = False) -> dict[str, Any]:
        """`/roi text` as Slack would send it; returns the reply (status 200 asserted)."""
        body = command_body(text, team=team, user=user, enterprise=enterprise,
                            response_url=self.slack.hook(), raw=raw)
        response = self.send(body)
        assert response.status == 200, (response.status, response.body)
        reply = json.loads(response.body)
        assert_within_limits(reply)
        assert reply.get("response_type") == "ephemeral"
        return reply

    def action(self, action_id: str, value: str, *, team: str = "T0001",
               user: str = "U0001") -> Any:
        payload = {
            "type": "block_actions", "team": {"id": team, "domain": "acme"},
            "user": {"id": user, "team_id": team, "name": "ann"}, "api_app_id": "A0001",
            "trigger_id": "1337.42.abcd", "response_url": self.slack.hook(),
            "channel": {"id": "C0001", "name": "leaders"},
            "container": {"type": "message", "message_ts": "1.2"},
            "actions": [{"type": "button", "action_id": action_id, "block_id": "b",
                         "value": value, "action_ts": "1.3"}],
        }
        return self.send(urlencode({"payload": json.dumps(payload)}))

    def submit(self, name: str, note: str, metadata: str, *, team: str = "T0001",
               user: str = "U0001") -> Any:
        payload = {
            "type": "view_submission", "team": {"id": team, "domain": "acme"},
            "user": {"id": user, "team_id": team, "name": "ann"}, "api_app_id": "A0001",
            "view": {"id": "V1", "type": "modal", "callback_id": "save_as_modal",
                     "private_metadata": metadata, "team_id": team,
                     "state": {"values": {"name": {"name": {"type": "plain_text_input",
                                                            "value": name}},
                                          "note": {"note": {"type": "plain_text_input",
                                                            "value": note}}}}},
        }
        return self.send(urlencode({"payload": json.dumps(payload)}))


@pytest.fixture
def client(app, slack) -> Client:
    return Client(app, slack)


def text_of(reply: dict[str, Any]) -> str:
    """Every text in a reply, joined, for `in` assertions."""
    from bot.text import blocks_to_text

    return blocks_to_text(reply["blocks"])
