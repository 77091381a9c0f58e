"""`roi-bot`'s choice of runner, the Socket Mode wiring (the socket itself needs Slack), and
the HTTP server's start-up refusals."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from slack_bolt.request import BoltRequest

import bot.main

EXE = Path(sys.executable).with_name("roi-bot")


def test_socket_mode_starts_the_handler_with_the_app_token(monkeypatch, tmp_path, slack):
    """`roi-bot socket` hands the real app and the xapp token to Bolt's SocketModeHandler;
    the app it hands over answers a Socket Mode /roi request."""
    started = {}

    class FakeHandler:
        def __init__(self, app, app_token):
            started["app"], started["token"] = app, app_token

        def start(self):
            started["started"] = True

    import slack_bolt.adapter.socket_mode as socket_mode

    monkeypatch.setattr(socket_mode, "SocketModeHandler", FakeHandler)
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-test-token")
    monkeypatch.setenv("SLACK_APP_TOKEN", "xapp-test-token")
    monkeypatch.setenv("ROI_DB", str(tmp_path / "roi.db"))
    monkeypatch.setenv("SLACK_API_URL", slack.api_url)  # Bolt checks the token at start
    monkeypatch.chdir(tmp_path)
    assert bot.main.main([]) == 0  # both tokens set: Socket Mode is the default
    assert started["token"] == "xapp-test-token" and started["started"]
    assert "/api/auth.test" in slack.paths()
    request = BoltRequest(
        body={
            "command": "/roi",
            "text": "calls=9000 aht+10%",
            "team_id": "T0001",
            "user_id": "U0001",
        },
        mode="socket_mode",
    )
    response = started["app"].dispatch(request)
    assert response.status == 200
    assert json.loads(response.body)["blocks"][0]["text"]["text"].startswith("Cost center")


def test_socket_mode_without_tokens_says_what_it_needs(monkeypatch, tmp_path, capsys):
    """Asked for Socket Mode without tokens: one line, exit 2."""
    monkeypatch.delenv("SLACK_BOT_TOKEN", raising=False)
    monkeypatch.delenv("SLACK_APP_TOKEN", raising=False)
    monkeypatch.chdir(tmp_path)
    assert bot.main.main(["socket"]) == 2
    assert "Socket Mode needs SLACK_BOT_TOKEN" in capsys.readouterr().err


@pytest.mark.parametrize("argv", [["--help"]])
def test_help_lists_the_three_modes(argv, capsys):
    """The three runners are documented in --help."""
    with pytest.raises(SystemExit):
        bot.main.main(argv)
    out = capsys.readouterr().out
    assert "socket" in out and "serve" in out and "console" in out


def test_serve_refuses_to_start_without_secrets(tmp_path):
    """HTTP mode without a signing secret stops at once with one clear line."""
    out = subprocess.run(
        [str(EXE), "serve"],
        capture_output=True,
        text=True,
        timeout=30,
        cwd=tmp_path,
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
    )
    assert out.returncode == 2
    assert out.stderr.strip() == (
        "roi-bot: HTTP mode needs SLACK_SIGNING_SECRET and "
        "SLACK_BOT_TOKEN (or SLACK_CLIENT_ID and SLACK_CLIENT_SECRET "
        "to install in many workspaces)"
    )


def test_serve_with_a_token_slack_refuses_is_one_line(tmp_path, slack):
    """A bot token Slack answers `invalid_auth` for: one line, exit 2, no worker loop, no
    token in the output."""
    slack.auth_error = "invalid_auth"
    out = subprocess.run(
        [str(EXE), "serve", "--port", "0"],
        capture_output=True,
        text=True,
        timeout=30,
        cwd=tmp_path,
        env={
            "PATH": "/usr/bin:/bin",
            "HOME": str(tmp_path),
            "SLACK_SIGNING_SECRET": "s" * 32,
            "SLACK_BOT_TOKEN": "xoxb-bad-1",
            "SLACK_API_URL": slack.api_url,
            "ROI_DB": str(tmp_path / "roi.db"),
        },
    )
    assert out.returncode == 2, out.stderr
    assert (
        out.stderr.strip().splitlines()[-1].startswith("roi-bot: could not start the Slack app: ")
    )
    assert "xoxb-bad-1" not in out.stderr


def test_migrate_names_a_database_that_does_not_exist(tmp_path):
    """`ROI_DB=postgresql://…/no_such_db roi-bot migrate`: the server answered that the
    database does not exist (SQLSTATE 3D000), and the one line says so, not "cannot be
    reached"."""
    from tests.conftest import require_postgres
    from tests.servers import POSTGRES_ADMIN_URL

    require_postgres()
    url = POSTGRES_ADMIN_URL.rsplit("/", 1)[0] + "/no_such_db_roibot"
    done = subprocess.run(
        [str(Path(sys.executable).with_name("roi-bot")), "migrate"],
        env={"ROI_DB": url, "PATH": "/usr/bin:/bin"},
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert done.stderr.strip().splitlines()[-1] == (
        "roi-bot: could not reach the scenarios, nothing changed: the database "
        '"no_such_db_roibot" does not exist on that server: tell your admin'
    )
    assert "cannot be reached" not in done.stderr


def test_a_closed_pipe_ends_roi_quietly(tmp_path):
    """`roi help | head -3`: three lines, and nothing on stderr (no BrokenPipeError)."""
    roi = Path(sys.executable).with_name("roi")
    done = subprocess.run(
        f"'{roi}' help | head -3",
        shell=True,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert len(done.stdout.splitlines()) == 3
    assert done.stderr == ""
