"""Many workspaces: Slack's OAuth install flow end to end through `roi-bot serve`, against
the local fake Web API, on both databases. Each workspace is answered with its own token;
an uninstalled one is told so politely; rotating tokens are renewed."""

from __future__ import annotations

import http.client
import json
import time
import urllib.parse
from contextlib import contextmanager

import pytest

from bot.web.signing import command_body, event_envelope, signed_headers
from tests.bot.conftest import SECRET
from tests.servers import running_server

CLIENT_ID = "1111.2222"
CLIENT_SECRET = "client-secret-for-tests-0123"


class Browser:
    """Just enough of a browser for the install flow: GETs, keeping cookies."""

    def __init__(self, base: str) -> None:
        self.host, self.port = base.removeprefix("http://").split(":")
        self.cookies: dict[str, str] = {}

    def get(self, path: str) -> tuple[int, dict[str, str], str]:
        conn = http.client.HTTPConnection(self.host, int(self.port), timeout=10)
        cookie = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        conn.request("GET", path, headers={"Cookie": cookie} if cookie else {})
        response = conn.getresponse()
        headers = {k.lower(): v for k, v in response.getheaders()}
        for name, value in response.getheaders():
            if name.lower() == "set-cookie":
                key, _, rest = value.partition("=")
                self.cookies[key] = rest.split(";")[0]
        body = response.read().decode(errors="replace")
        conn.close()
        return response.status, headers, body


@pytest.fixture(params=["sqlite", "postgresql"])
def location(request, tmp_path):
    if request.param == "sqlite":
        return str(tmp_path / "roi.db")
    return request.getfixturevalue("postgres_url")


@contextmanager
def oauth_server(slack, location, tmp_path, workers: int | None = None):
    env = {
        "SLACK_SIGNING_SECRET": SECRET,
        "SLACK_CLIENT_ID": CLIENT_ID,
        "SLACK_CLIENT_SECRET": CLIENT_SECRET,
        "SLACK_API_URL": slack.api_url,
        "ROI_DB": location,
        "ROI_PUBLIC_URL": "https://roibot.example",
    }
    layout = ("--workers", str(workers)) if workers else ()
    with running_server(env, args=layout, log=tmp_path / "serve.log") as (base, _):
        yield base


def install(base: str, team: str) -> tuple[int, str]:
    """The whole install: /slack/install, Slack's consent (skipped), the redirect back."""
    browser = Browser(base)
    status, headers, _ = browser.get("/slack/install")
    assert status == 302
    query = urllib.parse.parse_qs(urllib.parse.urlsplit(headers["location"]).query)
    state = query["state"][0]
    status, _, body = browser.get(f"/slack/oauth_redirect?code=code-{team}&state={state}")
    return status, body


def slash(base: str, slack, text: str, team: str):
    body = command_body(text, team=team, response_url=slack.hook(f"r-{team}"))
    conn = http.client.HTTPConnection(*base.removeprefix("http://").split(":"), timeout=10)
    conn.request("POST", "/slack/events", body=body, headers=signed_headers(SECRET, body))
    response = conn.getresponse()
    answer = response.read().decode()
    conn.close()
    return response.status, answer


def test_install_redirects_to_slack_with_our_client_id_scopes_and_state(slack, location, tmp_path):
    """/slack/install sends the installer to Slack's authorize URL with our client id, the
    scopes roibot needs and a fresh state (also set as a cookie)."""
    with oauth_server(slack, location, tmp_path) as base:
        browser = Browser(base)
        status, headers, _ = browser.get("/slack/install")
        assert status == 302
        url = urllib.parse.urlsplit(headers["location"])
        query = urllib.parse.parse_qs(url.query)
        assert (url.scheme, url.netloc, url.path) == ("https", "slack.com", "/oauth/v2/authorize")
        assert query["client_id"] == [CLIENT_ID]
        assert query["scope"][0].split(",") == [
            "commands",
            "chat:write",
            "app_mentions:read",
            "im:history",
            "files:write",
            "assistant:write",
            "users:read",
        ]
        assert query["redirect_uri"] == ["https://roibot.example/slack/oauth_redirect"]
        assert len(query["state"][0]) > 20 and browser.cookies


def test_install_then_commands_use_each_workspaces_token(slack, location, tmp_path):
    """Two workspaces install; each one's command is authorized with its own token (one
    auth.test per token, not per request); a third, never installed, is told politely and
    nothing is computed for it; scenarios stay with their workspace."""

    def tested() -> list[str]:
        return [call["auth"] for call in slack.calls if call["path"].endswith("auth.test")]

    # One worker, so that "once per token" is not blurred by which worker answers.
    with oauth_server(slack, location, tmp_path, workers=1) as base:
        for team in ("T9", "T8"):
            status, body = install(base, team)
            assert status == 200, body
        assert sum(p.endswith("oauth.v2.access") for p in slack.paths()) == 2
        installing = len(tested())  # Bolt's install flow asks auth.test for the bot's id
        for team in ("T9", "T9", "T8", "T9", "T8"):
            status, answer = slash(base, slack, "save plan uplift=6%", team)
            assert status == 200 and "Saved plan as version" in answer, answer
        answering = tested()[installing:]
        assert sorted(answering) == ["Bearer xoxb-T8-installed", "Bearer xoxb-T9-installed"], (
            "auth.test once per token, not once per request"
        )
        status, answer = slash(base, slack, "list", "T9")
        assert "Scenarios (1)" in answer and "v3" in answer
        status, answer = slash(base, slack, "save plan uplift=6%", "T7")
        assert status == 200 and answer == ""
        told = slack.posted("/hooks/r-T7")
        assert told and "roibot is not installed in this workspace" in json.dumps(told)
        assert "install it again at https://roibot.example/slack/install" in json.dumps(told)


def test_bad_or_reused_state_is_refused(slack, location, tmp_path):
    """A state we never issued, or one already used, cannot complete an install."""
    with oauth_server(slack, location, tmp_path) as base:
        browser = Browser(base)
        status, _, _ = browser.get("/slack/oauth_redirect?code=code-T5&state=made-up")
        assert status >= 400
        status, headers, _ = browser.get("/slack/install")
        state = urllib.parse.parse_qs(urllib.parse.urlsplit(headers["location"]).query)["state"][0]
        assert browser.get(f"/slack/oauth_redirect?code=code-T5&state={state}")[0] == 200
        assert browser.get(f"/slack/oauth_redirect?code=code-T6&state={state}")[0] >= 400
        assert sum(p.endswith("oauth.v2.access") for p in slack.paths()) == 1


def _event(team: str, kind: str) -> str:
    return event_envelope({"type": kind}, team=team, event_id=f"Ev{team}{kind}")


def test_uninstall_removes_the_installation(slack, location, tmp_path):
    """After `app_uninstalled`, the workspace's requests are refused politely."""
    with oauth_server(slack, location, tmp_path) as base:
        assert install(base, "T4")[0] == 200
        assert "Profit center" in slash(base, slack, "calls=9000 aht+10%", "T4")[1]
        body = _event("T4", "app_uninstalled")
        conn = http.client.HTTPConnection(*base.removeprefix("http://").split(":"), timeout=10)
        conn.request(
            "POST",
            "/slack/events",
            body=body,
            headers={**signed_headers(SECRET, body), "content-type": "application/json"},
        )
        assert conn.getresponse().status == 200
        conn.close()
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            _, answer = slash(base, slack, "calls=9000", "T4")
            if answer == "":
                break
            time.sleep(0.2)
        assert answer == "", "the uninstalled workspace is no longer answered"
        assert "not installed" in json.dumps(slack.posted("/hooks/r-T4"))


def test_rotating_tokens_are_renewed(slack, location, tmp_path):
    """A workspace installed with token rotation: an expired token is refreshed through
    oauth.v2.access (grant_type=refresh_token) before the request is answered."""
    slack.rotating.add("T3")
    with oauth_server(slack, location, tmp_path) as base:
        assert install(base, "T3")[0] == 200
        time.sleep(1.5)  # the token expires in 1 s; rotation renews within 120 minutes anyway
        status, answer = slash(base, slack, "calls=9000", "T3")
        assert status == 200 and "Profit center" in answer
        refreshes = [
            c
            for c in slack.calls
            if c["path"].endswith("oauth.v2.access")
            and c["body"].get("grant_type") == "refresh_token"
        ]
        assert refreshes, "the expiring token was renewed"
        tested = [c["auth"] for c in slack.calls if c["path"].endswith("auth.test")]
        assert tested[-1].startswith("Bearer xoxb-T3-renewed")
