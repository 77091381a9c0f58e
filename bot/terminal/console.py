"""`roi-bot console`: the real Bolt app on stdin/stdout, no Slack and no network.

A line starting with `/roi` goes through the app as a correctly signed slash command; any
other line is a DM to roibot, sent as a signed `message.im` event, in one running thread so
that follow-ups work ("and with 12k calls?"); `/new` starts a new thread. Requests are
signed with a secret made up for this process. What is printed is the terminal layout of
the document the app answered with.
"""

from __future__ import annotations

import queue
import secrets
import sys
import time
import uuid
from pathlib import Path
from typing import Any, TextIO

from pydantic import SecretStr
from slack_sdk import WebClient

from bot.config import BotSettings
from bot.slack.app import create_app, local_authorize
from bot.slack.bolt_request import bolt_request
from bot.slack.runtime import Answered
from bot.startup import started
from bot.store.db import open_database
from bot.terminal import render as terminal
from bot.terminal.jsonview import answer_object, refusal_object
from bot.web.signing import command_body, event_envelope, signed_headers
from calc.jsonout import dumps

TEAM = "local"  # the CLI's default team, so `roi` and the console see the same scenarios
CHANNEL = "DLOCAL"
BANNER = (
    "roibot console: /roi calls=9000 aht+10% is a slash command; anything else is a "
    'DM ("what if AHT goes up 15%?"),\nfollow-ups build on it, /new starts a new '
    "thread; Ctrl-D to quit. Scenarios are saved in {db}."
)
WAIT_S = 30.0


def _event_body(text: str, user: str, root: str, ts: str) -> str:
    return event_envelope(
        {
            "type": "message",
            "channel_type": "im",
            "channel": CHANNEL,
            "user": user,
            "text": text,
            "ts": ts,
            "thread_ts": root,
        },
        team=TEAM,
        event_id=f"Ev{uuid.uuid4().hex[:12]}",
        app="ALOCAL",
        bot_user=None,
    )


def _save_chart(answered: Answered, folder: Path, count: int) -> str | None:
    """Write the answer's chart into `folder`; its path, or None for an answer without."""
    if answered.outcome is None:
        return None
    from bot.charts import chart_for  # matplotlib only when charts are asked for

    chart = chart_for(answered.outcome)
    if chart is None:
        return None
    path = folder / f"{count:03d}-{chart.filename}"
    path.write_bytes(chart.png)
    return str(path)


def _say(stdout: TextIO, as_json: bool, line: str) -> None:
    """A line of the console's own (not an answer): in JSON Lines, as an error."""
    print(dumps({"error": line}, indent=None) if as_json else f"({line})", file=stdout, flush=True)


def _json(answered: Answered) -> dict[str, Any]:
    """An answer as `roi --json` prints it (a question back as its ask and choices)."""
    if answered.outcome is not None:
        return answer_object(answered.outcome, answered.read_as, answered.notes)
    if answered.refusal is not None:
        return refusal_object(answered.refusal)
    return {"error": answered.doc.text}


class Console:
    """The real app behind signed requests made up in this process: `/roi` lines as slash
    commands, anything else as a DM in one running thread."""

    def __init__(self, settings: BotSettings, user: str) -> None:
        self.user = user
        self.secret = secrets.token_hex(16)
        local = settings.model_copy(
            update={"slack_signing_secret": SecretStr(self.secret), "slack_bot_token": None}
        )
        self.slash_replies: list[Answered] = []
        self.threaded: queue.Queue[Answered] = queue.Queue()
        self.app = create_app(
            local,
            database=open_database(settings.roi_db),
            authorize=local_authorize,
            on_reply=self.slash_replies.append,
            deliver=self._deliver,
        )
        self.new_thread()

    def _deliver(
        self, client: WebClient, channel: str, thread_ts: str | None, answered: Answered
    ) -> None:
        self.threaded.put(answered)

    def new_thread(self) -> None:
        """Messages from now on start a new thread (`/new`)."""
        self.root = f"{time.time():.6f}"

    def slash(self, text: str) -> Answered | str:
        """`/roi …` answered in the ack, or what went wrong."""
        body = command_body(
            text.removeprefix("/roi").strip(),
            team=TEAM,
            user=self.user,
            response_url="http://127.0.0.1/console-has-no-response-url",
        )
        self.slash_replies.clear()
        response = self.app.dispatch(bolt_request(body, signed_headers(self.secret, body)))
        if response.status != 200 or not self.slash_replies:
            return f"the app answered {response.status}"
        return self.slash_replies[-1]

    def dm(self, text: str) -> Answered | str:
        """A DM in the running thread, answered after the ack, or what went wrong."""
        body = _event_body(text, self.user, self.root, f"{time.time():.6f}")
        headers = {**signed_headers(self.secret, body), "content-type": "application/json"}
        response = self.app.dispatch(bolt_request(body, headers))
        try:
            return self.threaded.get(timeout=WAIT_S)
        except queue.Empty:
            return f"no answer; the app answered {response.status}"

    def close(self) -> None:
        self.app.close()


def run_console(
    settings: BotSettings,
    user: str,
    stdin: TextIO = sys.stdin,
    stdout: TextIO = sys.stdout,
    charts: Path | None = None,
    as_json: bool = False,
) -> int:
    """Answer lines until end of input; returns the exit status. With `charts`, each
    answer's chart is saved there and its path printed; `as_json` prints each answer as
    one line of `roi --json`'s JSON (JSON Lines), so a conversation can be scripted."""
    console = Console(settings, user)
    started()
    if charts is not None:
        charts.mkdir(parents=True, exist_ok=True)
    interactive = stdin.isatty() and not as_json
    if interactive:
        print(BANNER.format(db=settings.roi_db), file=stdout)
    count = 0
    try:
        while True:
            if interactive:
                print("> ", end="", file=stdout, flush=True)
            line = stdin.readline()
            text = line.strip()
            if not line or text in {"exit", "quit"}:
                return 0
            if not text:
                continue
            if text == "/new":
                console.new_thread()
                if not as_json:
                    print("(a new thread)", file=stdout, flush=True)
                continue
            if text.startswith("/") and not text.startswith("/roi"):
                _say(stdout, as_json, "Only /roi and /new are known here.")
                continue
            reply = console.slash(text) if text.startswith("/roi") else console.dm(text)
            if isinstance(reply, str):
                _say(stdout, as_json, reply)
                continue
            count += 1
            _print(reply, stdout, as_json, charts, count)
    finally:
        console.close()


def _print(reply: Answered, stdout: TextIO, as_json: bool, charts: Path | None, count: int) -> None:
    """An answer as text (with its chart's path, where charts are saved) or one JSON line."""
    if as_json:
        print(dumps(_json(reply), indent=None), file=stdout, flush=True)
        return
    print(terminal.text(reply.doc), file=stdout)
    if charts is not None:
        saved = _save_chart(reply, charts, count)
        if saved:
            print(f"(chart: {saved})", file=stdout)
    print(file=stdout, flush=True)
