"""Fixtures for the bot: a fake Slack Web API, a real Bolt app on a temporary database, and
signed requests. Every reply a test receives is checked against Slack's limits."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlencode

import pytest
from pydantic import SecretStr
from slack_bolt import App

from bot.config import BotSettings
from bot.reply import Doc
from bot.slack.app import create_app
from bot.slack.bolt_request import bolt_request
from bot.store.db import open_database
from bot.store.scenarios import ScenarioStore
from bot.store.sqlite import SqliteDatabase
from bot.terminal import render as terminal
from bot.web.signing import command_body, signed_headers
from tests.bot.fake_slack import FakeSlack
from tests.bot.slack_limits import assert_within_limits

SECRET = "8f742231b10e8888abcd99yyyzzz85a5"
TOKEN = "xoxb-17653672481-19874698323-pdFZKVeTuE8sk7oOcBrzbqgy"


@pytest.fixture
def slack() -> Iterator[FakeSlack]:
    with FakeSlack() as fake:
        yield fake


@pytest.fixture
def database(tmp_path) -> Iterator[SqliteDatabase]:
    db = SqliteDatabase(tmp_path / "roi.db")
    yield db
    db.close()


@pytest.fixture
def store(database) -> ScenarioStore:
    return ScenarioStore(database)


@pytest.fixture
def settings(slack, tmp_path) -> BotSettings:
    return BotSettings(
        slack_signing_secret=SecretStr(SECRET),
        slack_bot_token=SecretStr(TOKEN),
        slack_api_url=slack.api_url,
        roi_db=str(tmp_path / "roi.db"),
        _env_file=None,
    )


@pytest.fixture
def replies() -> list[Doc]:
    """Every reply document the app answered with, in order."""
    return []


@pytest.fixture
def app(settings, database, replies) -> Iterator[App]:
    app = create_app(settings, database=database, on_reply=replies.append)
    yield app
    app.close()


class Client:
    """Sends signed requests into the app and checks every reply against Slack's limits."""

    def __init__(self, app: App, slack: FakeSlack) -> None:
        self.app = app
        self.slack = slack

    def send(self, body: str, headers: dict[str, str] | None = None) -> Any:
        return self.app.dispatch(
            bolt_request(body, headers if headers is not None else signed_headers(SECRET, body))
        )

    def roi(
        self,
        text: str,
        *,
        team: str = "T0001",
        user: str = "U0001",
        enterprise: str | None = None,
        raw: bool = False,
    ) -> dict[str, Any]:
        """`/roi text` as Slack would send it; returns the reply (status 200 asserted)."""
        body = command_body(
            text,
            team=team,
            user=user,
            enterprise=enterprise,
            response_url=self.slack.hook(),
            raw=raw,
        )
        response = self.send(body)
        assert response.status == 200, (response.status, response.body)
        reply = json.loads(response.body)
        assert_within_limits(reply)
        assert reply.get("response_type") == "ephemeral"
        return reply

    def action(
        self,
        action_id: str,
        value: str,
        *,
        team: str = "T0001",
        user: str = "U0001",
        response_url: str | None = None,
        **extra: Any,
    ) -> Any:
        """A button click as Slack sends it; `extra` replaces parts of the payload (the
        container, the channel, the message the button was on)."""
        payload = {
            "type": "block_actions",
            "team": {"id": team, "domain": "acme"},
            "user": {"id": user, "team_id": team, "name": "ann"},
            "api_app_id": "A0001",
            "trigger_id": "1337.42.abcd",
            "response_url": response_url or self.slack.hook(),
            "channel": {"id": "C0001", "name": "leaders"},
            "container": {"type": "message", "message_ts": "1.2"},
            "actions": [
                {
                    "type": "button",
                    "action_id": action_id,
                    "block_id": "b",
                    "value": value,
                    "action_ts": "1.3",
                }
            ],
            **extra,
        }
        return self.send(urlencode({"payload": json.dumps(payload)}))

    def submit(
        self, name: str, note: str, metadata: str, *, team: str = "T0001", user: str = "U0001"
    ) -> Any:
        payload = {
            "type": "view_submission",
            "team": {"id": team, "domain": "acme"},
            "user": {"id": user, "team_id": team, "name": "ann"},
            "api_app_id": "A0001",
            "view": {
                "id": "V1",
                "type": "modal",
                "callback_id": "save_as_modal",
                "private_metadata": metadata,
                "team_id": team,
                "blocks": [{"type": "input", "block_id": "name"}],
                "state": {
                    "values": {
                        "name": {"name": {"type": "plain_text_input", "value": name}},
                        "note": {"note": {"type": "plain_text_input", "value": note}},
                    }
                },
            },
        }
        return self.send(urlencode({"payload": json.dumps(payload)}))


@pytest.fixture
def client(app, slack) -> Client:
    return Client(app, slack)


def text_of(reply: dict[str, Any]) -> str:
    """Every text in a Slack reply, joined, for `in` assertions."""
    out = []
    for block in reply.get("blocks", []):
        for key in ("text",):
            if isinstance(block.get(key), dict):
                out.append(block[key]["text"])
        for element in block.get("elements", []):
            if isinstance(element, dict) and "text" in element:
                value = element["text"]
                out.append(value["text"] if isinstance(value, dict) else value)
        for row in block.get("rows", []):
            out.append(
                "  ".join(
                    cell.get("text", "") if cell.get("type") == "raw_text" else json.dumps(cell)
                    for cell in row
                )
            )
    return "\n".join(out)


def last_text(replies: list[Doc]) -> str:
    """The terminal layout of the last reply document."""
    return terminal.text(replies[-1])


def wait_for_saves(location: str, count: int, timeout_s: float = 60) -> None:
    """Until the database holds `count` saved versions (the loads have started saving)."""
    database = open_database(location)
    deadline = time.monotonic() + timeout_s
    try:
        while time.monotonic() < deadline:
            with database.read() as session:
                row = session.one("SELECT count(*) AS n FROM versions")
            if row and row["n"] >= count:
                return
            time.sleep(0.05)
        raise AssertionError(f"fewer than {count} saves in {timeout_s} s")
    finally:
        database.close()
