"""`roi-bot [socket|serve|console|migrate|digests|feedback]`: the three ways to run the bot,
the schema, posting the digests that are due, and the answers voted "not right"."""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
from pathlib import Path

from bot.config import DEFAULT_THREADS, BotSettings, configure_logging
from bot.startup import started

log = logging.getLogger("roibot")


def _fail(message: str) -> int:
    print(f"roi-bot: {message}", file=sys.stderr)
    return 2


def _parser() -> argparse.ArgumentParser:
    """`roi-bot`'s modes and their options."""
    parser = argparse.ArgumentParser(prog="roi-bot", description=__doc__)
    modes = parser.add_subparsers(dest="mode")
    modes.add_parser("socket", help="Socket Mode (SLACK_BOT_TOKEN, SLACK_APP_TOKEN)")
    http = modes.add_parser(
        "serve", help="HTTP mode on uvicorn (SLACK_SIGNING_SECRET, SLACK_BOT_TOKEN)"
    )
    http.add_argument("--host", default="127.0.0.1")
    http.add_argument("--port", type=int, default=3000)
    # A process per core (the GIL allows one core per process); in each, an event loop for
    # the sockets and a few threads for the work, which waits on SQLite and Slack.
    http.add_argument("--workers", type=int, default=min(4, os.cpu_count() or 1))
    http.add_argument("--threads", type=int, default=DEFAULT_THREADS)
    console = modes.add_parser(
        "console", help="no Slack: type /roi … or ask in English, and see the reply"
    )
    console.add_argument(
        "--charts", metavar="DIR", help="save each answer's chart (PNG) in DIR and print its path"
    )
    console.add_argument(
        "--json",
        action="store_true",
        help="print each answer as one line of roi --json's JSON (JSON Lines)",
    )
    digests = modes.add_parser("digests", help="post the scheduled digests that are due, once")
    digests.add_argument("action", choices=["run-due"])
    digests.add_argument("--now", help="the moment to run at (ISO 8601; default: now)")
    feedback = modes.add_parser(
        "feedback", help="answers voted 'not right', by what they were read as"
    )
    feedback.add_argument("--days", type=int, default=90, help="the last N days (default 90)")
    modes.add_parser(
        "migrate",
        help="create or upgrade the database (ROI_DB), and the "
        "OAuth tables when installing in many workspaces",
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of `roi-bot`; with no mode, Socket Mode when both tokens are set."""
    parser = _parser()
    args = parser.parse_args(argv)
    settings = BotSettings()
    configure_logging(settings)
    mode = args.mode or (
        "socket" if settings.slack_bot_token and settings.slack_app_token else "console"
    )
    from bot.store.db import StoreRefusal

    try:
        if mode == "console":
            from bot.terminal.console import run_console

            charts = getattr(args, "charts", None)
            return run_console(
                settings,
                user=getpass.getuser(),
                charts=Path(charts) if charts else None,
                as_json=bool(getattr(args, "json", False)),
            )
        if mode == "socket":
            return _socket(settings)
        if mode != "serve":
            started()  # the schema, the digests due, the feedback: no long start
        if mode == "migrate":
            return _migrate(settings)
        if mode == "digests":
            from bot.terminal.admin import run_due_once

            return run_due_once(settings, args.now)
        if mode == "feedback":
            from bot.terminal.admin import print_feedback

            return print_feedback(settings, args.days)
        return _serve(settings, args)
    except StoreRefusal as error:
        return _fail(str(error))
    except KeyboardInterrupt:
        return 0


def _socket(settings: BotSettings) -> int:
    if not (settings.slack_bot_token and settings.slack_app_token):
        return _fail("Socket Mode needs SLACK_BOT_TOKEN (xoxb-…) and SLACK_APP_TOKEN (xapp-…)")
    from slack_bolt.adapter.socket_mode import SocketModeHandler

    from bot.slack.app import create_app

    app = create_app(settings)
    app.start_digests(settings.roi_digest_poll_s)
    handler = SocketModeHandler(app, settings.slack_app_token.get_secret_value())
    started()
    try:
        handler.start()  # type: ignore[no-untyped-call]
    finally:
        app.close()
    return 0


def _serve(settings: BotSettings, args: argparse.Namespace) -> int:
    if not settings.slack_signing_secret or not (settings.slack_bot_token or settings.oauth):
        return _fail(
            "HTTP mode needs SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN (or "
            "SLACK_CLIENT_ID and SLACK_CLIENT_SECRET to install in many workspaces)"
        )
    from slack_bolt.error import BoltError
    from slack_sdk.errors import SlackApiError

    from bot.slack.wiring import build_app
    from bot.web.serve import serve

    # Build the app once before the workers start: a bad database is refused (and a good
    # one migrated) here, and a token Slack refuses is one line, not workers dying in turn.
    try:
        app, database = build_app(settings)
    except (BoltError, SlackApiError, OSError) as error:
        return _fail(f"could not start the Slack app: {_why(error)}")
    app.close()
    database.close()
    log.info(
        "roi-bot serving on http://%s:%s (%s workers × %s threads)",
        args.host,
        args.port,
        args.workers,
        args.threads,
    )
    started()  # before the workers are made: frozen objects are shared, not copied
    serve(host=args.host, port=args.port, workers=args.workers, threads=args.threads)
    return 0


def _migrate(settings: BotSettings) -> int:
    """Bring the database to the current schema (once, before starting N servers)."""
    from bot.store.db import open_database
    from bot.store.schema import SCHEMA_VERSION

    database = open_database(settings.roi_db)
    where = database.location
    database.close()
    if settings.oauth:
        from bot.web import oauth

        oauth.create_tables(*oauth.stores(settings))
    print(
        f"roi-bot: {where} is at schema {SCHEMA_VERSION}"
        + (" with the OAuth tables" if settings.oauth else "")
    )
    return 0


def _why(error: Exception) -> str:
    """A start-up failure in one line, without secrets (the redactor also stands guard)."""
    response = getattr(error, "response", None)
    if response is not None and hasattr(response, "get") and response.get("error"):
        return f"Slack answered {response.get('error')}"
    return str(error).splitlines()[0][:200] if str(error) else type(error).__name__


if __name__ == "__main__":
    sys.exit(main())


def run() -> None:
    """Console-script wrapper: exit with main's status."""
    sys.exit(main())
