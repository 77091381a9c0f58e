"""`roi-bot console`: the real Bolt app on stdin/stdout, no Slack and no network.

Each line goes through the app as a correctly signed slash-command request (signed with a
secret made up for this process), and the reply is printed as the terminal layout of the
same document the bot would post.
"""

from __future__ import annotations

import secrets
import sys
from typing import TextIO

from pydantic import SecretStr

from bot import terminal
from bot.app import create_app, local_authorize
from bot.bolt_request import bolt_request
from bot.config import BotSettings
from bot.db import open_database
from bot.reply import Doc
from bot.signing import command_body, signed_headers

TEAM = "local"  # the CLI's default team, so `roi` and the console see the same scenarios
BANNER = ("roibot console: type /roi calls=9000 aht+10% (or /roi help); Ctrl-D to quit.\n"
          "Scenarios are saved in {db}.")


def run_console(settings: BotSettings, user: str, stdin: TextIO = sys.stdin,
                stdout: TextIO = sys.stdout) -> int:
    """Answer `/roi` lines until end of input; returns the exit status."""
    secret = secrets.token_hex(16)
    local = settings.model_copy(update={"slack_signing_secret": SecretStr(secret),
                                        "slack_bot_token": None})
    replies: list[Doc] = []
    # The line goes through the real Bolt app; what is printed is the terminal layout of
    # the document the app answered with (not its Slack blocks flattened).
    app = create_app(local, database=open_database(settings.roi_db),
                     authorize=local_authorize, on_reply=replies.append)
    interactive = stdin.isatty()
    if interactive:
        print(BANNER.format(db=settings.roi_db), file=stdout)
    while True:
        if interactive:
            print("> ", end="", file=stdout, flush=True)
        line = stdin.readline()
        if not line:
            return 0
        text = line.strip()
        if not text or text in {"exit", "quit"}:
            if text:
                return 0
            continue
        if text.startswith("/") and not text.startswith("/roi"):
            print("Only /roi is known here.", file=stdout)
            continue
        text = text.removeprefix("/roi").strip()
        body = command_body(text, team=TEAM, user=user,
                            response_url="http://127.0.0.1/console-has-no-response-url")
        replies.clear()
        response = app.dispatch(bolt_request(body, signed_headers(secret, body)))
        if response.status != 200 or not replies:
            print(f"(the app answered {response.status})", file=stdout)
            continue
        print(terminal.text(replies[-1]), file=stdout)
        print(file=stdout, flush=True)
