"""`roi-bot console`: the real Bolt app on stdin/stdout, no Slack and no network.

Each line goes through the app as a correctly signed slash-command request (signed with a
secret made up for this process), and the reply's blocks are printed as text.
"""

from __future__ import annotations

import json
import secrets
import sys
from typing import TextIO

from pydantic import SecretStr
from slack_bolt.request import BoltRequest

from bot.app import create_app, local_authorize
from bot.config import BotSettings
from bot.signing import command_body, signed_headers
from bot.store import ScenarioStore
from bot.text import blocks_to_text

TEAM = "local"  # the CLI's default team, so `roi` and the console see the same scenarios
BANNER = ("roibot console: type /roi calls=9000 aht+10% (or /roi help); Ctrl-D to quit.\n"
          "Scenarios are saved in {db}.")


def run_console(settings: BotSettings, user: str, stdin: TextIO = sys.stdin,
                stdout: TextIO = sys.stdout) -> int:
    """Answer `/roi` lines until end of input; returns the exit status."""
    secret = secrets.token_hex(16)
    local = settings.model_copy(update={"slack_signing_secret": SecretStr(secret),
                                        "slack_bot_token": None})
    app = create_app(local, store=ScenarioStore(settings.roi_db), authorize=local_authorize)
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
        response = app.dispatch(BoltRequest(body=body, headers=signed_headers(secret, body)))
        if response.status != 200:
            print(f"(the app answered {response.status})", file=stdout)
            continue
        reply = json.loads(response.body)
        print(blocks_to_text(reply.get("blocks", [])) or reply.get("text", ""), file=stdout)
        print(file=stdout, flush=True)
