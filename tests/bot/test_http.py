"""`roi-bot serve` on 127.0.0.1 (gunicorn through Bolt's WSGI adapter): signed requests,
forged ones, /healthz, and the posts the app makes to a fake Slack."""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.request

import pytest

from bot.render import SAVE_ACTION, SHARE_ACTION
from bot.signing import command_body, signed_headers
from bot.store import ScenarioStore
from bot.testing import running_server
from tests.bot.conftest import SECRET, TOKEN, text_of
from tests.bot.slack_limits import assert_within_limits


def post(url, body, headers):
    request = urllib.request.Request(url, data=body.encode(), headers=headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


@pytest.fixture
def server(slack, tmp_path):
    env = {"SLACK_SIGNING_SECRET": SECRET, "SLACK_BOT_TOKEN": TOKEN,
           "SLACK_API_URL": slack.api_url, "ROI_DB": str(tmp_path / "roi.db")}
    with running_server(env, log=tmp_path / "serve.log") as (base, _process):
        yield base, tmp_path


def slash(base, slack, text):
    body = command_body(text, response_url=slack.hook())
    status, answer = post(base + "/slack/events", body, signed_headers(SECRET, body))
    assert status == 200, answer
    reply = json.loads(answer)
    assert_within_limits(reply)
    return reply


def test_healthz_and_unknown_paths(server):
    """/healthz answers 200 for a load balancer; other paths 404."""
    base, _ = server
    with urllib.request.urlopen(base + "/healthz", timeout=5) as response:
        assert json.loads(response.read()) == {"ok": True}
    with pytest.raises(urllib.error.HTTPError) as missing:
        urllib.request.urlopen(base + "/admin", timeout=5)
    assert missing.value.code == 404


def test_every_verb_over_http(server, slack):
    """Each verb answers a correctly signed request through the production server."""
    base, tmp_path = server
    assert "$(16,200)" in text_of(slash(base, slack, "calls=9000 aht+10%"))
    assert "Saved q3 as version 1" in text_of(slash(base, slack, "save q3 uplift=6%"))
    assert "Saved q4 as version 1" in text_of(slash(base, slack, "save q4 uplift=9%"))
    for text, expected in [("list", "Scenarios (2)"), ("show q3", "q3 v1"),
                           ("q3 aht+15%", "what-if: aht+15%"), ("compare q3 q4", "q3 v1 vs q4 v1"),
                           ("breakeven", "Break-even points"), ("sweep uplift=2..10%/4%",
                                                                "Sweep of uplift: 3 values"),
                           ("history q3", "History of q3"), ("restore q3 1", "as version 2"),
                           ("delete q4", "Deleted"), ("help", "Examples:")]:
        assert expected in text_of(slash(base, slack, text)), text
    # The app asked Slack who it is (auth.test) through the configured API URL.
    assert "/api/auth.test" in slack.paths()
    store = ScenarioStore(tmp_path / "roi.db")
    assert store.latest("T0001", "q3").version == 2
    assert store.latest("T0001", "q4") is None


def test_buttons_and_modal_over_http(server, slack):
    """Share posts to the response_url; Save as… opens the modal; submitting saves."""
    base, tmp_path = server
    reply = slash(base, slack, "calls=9000 aht+10%")
    share_value = reply["blocks"][-1]["elements"][0]["value"]

    def action(action_id, value):
        payload = {"type": "block_actions", "team": {"id": "T0001"},
                   "user": {"id": "U0007", "team_id": "T0001"}, "api_app_id": "A0001",
                   "trigger_id": "1.2.3", "response_url": slack.hook("share"),
                   "actions": [{"action_id": action_id, "block_id": "b", "value": value,
                                "type": "button"}]}
        body = "payload=" + urllib.parse.quote(json.dumps(payload))
        return post(base + "/slack/events", body, signed_headers(SECRET, body))

    assert action(SHARE_ACTION, share_value)[0] == 200
    shared = slack.posted("/hooks/share")
    assert shared and shared[0]["response_type"] == "in_channel"
    assert "Shared by <@U0007>" in json.dumps(shared[0])
    assert action(SAVE_ACTION, share_value)[0] == 200
    view = slack.posted("/api/views.open")[0]["view"]
    payload = {"type": "view_submission", "team": {"id": "T0001"},
               "user": {"id": "U0007", "team_id": "T0001"}, "api_app_id": "A0001",
               "view": {"id": "V1", "callback_id": "save_as_modal", "type": "modal",
                        "private_metadata": view["private_metadata"],
                        "state": {"values": {"name": {"name": {"value": "from-modal"}},
                                             "note": {"note": {"value": "hi"}}}}}}
    body = "payload=" + urllib.parse.quote(json.dumps(payload))
    assert post(base + "/slack/events", body, signed_headers(SECRET, body))[0] == 200
    assert ScenarioStore(tmp_path / "roi.db").latest("T0001", "from-modal").note == "hi"


@pytest.mark.parametrize("case", ["forged", "stale"])
def test_forged_or_stale_requests_get_401(server, slack, case):
    """A forged signature or a timestamp over five minutes old: 401, nothing changes."""
    base, tmp_path = server
    body = command_body("save hacked calls=1k", response_url=slack.hook())
    if case == "forged":
        headers = signed_headers("wrong-secret", body)
    else:
        headers = signed_headers(SECRET, body, timestamp=int(time.time()) - 600)
    status, _ = post(base + "/slack/events", body, headers)
    assert status == 401
    assert ScenarioStore(tmp_path / "roi.db").count("T0001") == 0
    assert slack.posted("/hooks/") == []


def test_serve_refuses_to_start_without_secrets(tmp_path):
    """HTTP mode without a signing secret stops at once with one clear line."""
    import subprocess
    import sys
    from pathlib import Path

    exe = Path(sys.executable).with_name("roi-bot")
    out = subprocess.run([str(exe), "serve"], capture_output=True, text=True, timeout=30,
                         cwd=tmp_path, env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)})
    assert out.returncode == 2
    assert out.stderr.strip() == "roi-bot: HTTP mode needs SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN"
