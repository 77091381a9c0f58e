"""`roi-bot serve`: the production endpoint on uvicorn (asyncio, uvloop, httptools).

Why not gunicorn's threads any more: a thread per connection let 20 slow clients (or 300
idle ones) hold every worker thread while legitimate commands waited past Slack's 3
seconds. Here a connection costs a coroutine; the work runs in a small thread pool per
worker process; a connection that has not finished its request headers within
HEADER_TIMEOUT_S is closed, bodies are bounded in size and time (bot.web.http_app), and
keep-alive connections idle for KEEP_ALIVE_S are closed.

Each worker process builds its own app (`asgi_app`, a factory uvicorn calls after the
worker starts), so no database connection crosses a process boundary.
"""

from __future__ import annotations

import asyncio
import os
from typing import Any

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from bot.web.http_app import SlackHttp

HEADER_TIMEOUT_S = 5.0
KEEP_ALIVE_S = 5
#: Connections plus in-flight requests a worker accepts before answering 503: bounds the
#: memory an attacker can make one worker hold (thousands of idle sockets are cheap).
MAX_CONNECTIONS = 4096


class GuardedHttpTools(HttpToolsProtocol):
    """uvicorn's httptools protocol with a deadline on request headers: a client that
    connects and sends nothing, or sends headers a byte at a time, is closed after
    HEADER_TIMEOUT_S (uvicorn itself waits for headers forever)."""

    _header_timer: asyncio.TimerHandle | None = None

    def _arm(self) -> None:
        self._disarm()
        self._header_timer = self.loop.call_later(HEADER_TIMEOUT_S, self._too_slow)

    def _disarm(self) -> None:
        if self._header_timer is not None:
            self._header_timer.cancel()
            self._header_timer = None

    def _too_slow(self) -> None:
        self._header_timer = None
        if self.transport is not None and not self.transport.is_closing():
            self.transport.close()

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm()

    def on_message_begin(self) -> None:
        super().on_message_begin()
        self._arm()

    def on_headers_complete(self) -> None:
        self._disarm()
        super().on_headers_complete()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)


def asgi_app() -> SlackHttp:
    """The ASGI app of one worker process, from the environment (uvicorn's factory)."""
    from bot.config import BotSettings, configure_logging
    from bot.slack.wiring import build_app

    settings = BotSettings()
    configure_logging(settings)
    # The server checks every signature over the bytes received; Bolt need not again.
    app, database = build_app(settings, worker=True, verify=False)
    secret = (
        settings.slack_signing_secret.get_secret_value() if settings.slack_signing_secret else ""
    )
    return SlackHttp(
        app,
        signing_secret=secret,
        health=database.health,
        threads=settings.roi_threads,
        on_close=app.close,
    )


def serve(
    *, host: str, port: int, workers: int, threads: int, factory: str = "bot.web.serve:asgi_app"
) -> None:
    """Run uvicorn until it is stopped (SIGTERM or SIGINT: graceful, 5 s at most)."""
    import uvicorn

    os.environ["ROI_THREADS"] = str(threads)
    options: dict[str, Any] = {
        "host": host,
        "port": port,
        "workers": workers,
        "factory": True,
        "http": GuardedHttpTools,
        "loop": "uvloop",
        "log_config": None,
        "access_log": False,
        "server_header": False,
        "date_header": False,
        "timeout_keep_alive": KEEP_ALIVE_S,
        "limit_concurrency": MAX_CONNECTIONS,
        "timeout_graceful_shutdown": 5,
        "backlog": 2048,
        "lifespan": "on",
    }
    uvicorn.run(factory, **options)
