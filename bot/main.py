"""`roi-bot [socket|serve|console]`: the three ways to run the bot."""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from bot.config import BotSettings, configure_logging


def _fail(message: str) -> int:
    print(f"roi-bot: {message}", file=sys.stderr)
    return 2


def main(argv: list[str] | None = None) -> int:
    """Entry point of `roi-bot`; with no mode, Socket Mode when both tokens are set."""
    parser = argparse.ArgumentParser(prog="roi-bot", description=__doc__)
    modes = parser.add_subparsers(dest="mode")
    modes.add_parser("socket", help="Socket Mode (SLACK_BOT_TOKEN, SLACK_APP_TOKEN)")
    http = modes.add_parser("serve", help="HTTP mode on gunicorn (SLACK_SIGNING_SECRET, "
                                          "SLACK_BOT_TOKEN)")
    http.add_argument("--host", default="127.0.0.1")
    http.add_argument("--port", type=int, default=3000)
    # A process per core (the GIL allows one core per process; each request briefly releases
    # it around its SQLite read, and fewer threads per process keep that hand-back cheap).
    http.add_argument("--workers", type=int, default=min(4, os.cpu_count() or 1))
    http.add_argument("--threads", type=int, default=4)
    modes.add_parser("console", help="no Slack: type /roi … and see the reply")
    args = parser.parse_args(argv)
    settings = BotSettings()
    configure_logging(settings)
    mode = args.mode or ("socket" if settings.slack_bot_token and settings.slack_app_token
                         else "console")
    from bot.store import StoreError

    try:
        if mode == "console":
            from bot.console import run_console

            return run_console(settings, user=getpass.getuser())
        if mode == "socket":
            return _socket(settings)
        return _serve(settings, args)
    except StoreError as error:
        return _fail(str(error))
    except KeyboardInterrupt:
        return 0


def _socket(settings: BotSettings) -> int:
    if not (settings.slack_bot_token and settings.slack_app_token):
        return _fail("Socket Mode needs SLACK_BOT_TOKEN (xoxb-…) and SLACK_APP_TOKEN (xapp-…)")
    from slack_bolt.adapter.socket_mode import SocketModeHandler

    from bot.app import create_app

    app = create_app(settings)
    handler = SocketModeHandler(app, settings.slack_app_token.get_secret_value())
    handler.start()  # type: ignore[no-untyped-call]
    return 0


def _serve(settings: BotSettings, args: argparse.Namespace) -> int:
    if not settings.slack_signing_secret or not settings.slack_bot_token:
        return _fail("HTTP mode needs SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN")
    from bot.app import create_app
    from bot.serve import serve, wsgi_app
    from bot.store import ScenarioStore

    ScenarioStore(settings.roi_db).close()  # refuse a bad database before forking workers

    def factory():  # type: ignore[no-untyped-def]
        store = ScenarioStore(settings.roi_db)
        return wsgi_app(create_app(settings, store=store),
                        health=lambda: store.integrity_quick())

    serve(factory, host=args.host, port=args.port, workers=args.workers, threads=args.threads)
    return 0


if __name__ == "__main__":
    sys.exit(main())


def run() -> None:
    """Console-script wrapper: exit with main's status."""
    sys.exit(main())
