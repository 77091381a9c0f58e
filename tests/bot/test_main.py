"""`roi-bot`'s choice of runner, and the Socket Mode wiring (the socket itself needs Slack)."""

import pytest

import bot.main


def test_socket_mode_starts_the_handler_with_the_app_token(monkeypatch, tmp_path, slack):
    """`roi-bot socket` hands the real app and the xapp token to Bolt's SocketModeHandler."""
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
    assert len(started["app"]._listeners) == 4
    assert "/api/auth.test" in slack.paths()


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
