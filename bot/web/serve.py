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
import gc
import os
from typing import Any

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from bot.web.http_app import SlackHttp

HEADER_TIMEOUT_S = 5.0
KEEP_ALIVE_S = 5
#: Connections plus in-flight requests a worker accepts before answering 503: bounds the
#: memory an attacker can make one worker hold (thousands of idle sockets are cheap).
MAX_CONNECTIONS = 4096
#: The request head (request line and headers) a client may send, far above anything
#: Slack sends (its requests' heads are under 2 KiB; an OAuth redirect's URL a few hundred
#: bytes): the parser copies a head as it grows, so it is cut off before, not after.
MAX_URL = 8 * 1024
MAX_HEADER = 8 * 1024
MAX_HEADERS = 100
MAX_HEAD = 64 * 1024
_END_OF_HEAD = b"\r\n\r\n"


class GuardedHttpTools(HttpToolsProtocol):
    """uvicorn's httptools protocol with limits on the request head: a deadline (a client
    that sends nothing, or headers a byte at a time, is closed after HEADER_TIMEOUT_S:
    uvicorn itself waits forever), and sizes counted before the parser buffers anything
    (uvicorn accepted a 64 MiB URL or header and 200,000 headers, copying them as they
    grew): a long request line is answered 414, long or many headers 431."""

    _header_timer: asyncio.TimerHandle | None = None
    _in_head = True
    _head_bytes = 0
    _line_done = False
    _tail = b""
    _header_count = 0

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

    _refused = False

    def _refuse_head(self, status: int, reason: bytes) -> None:
        """Answer `status` and close: nothing more of this connection is read."""
        self._in_head, self._refused = False, True
        self._disarm()
        if self.transport is not None and not self.transport.is_closing():
            self.transport.write(
                b"HTTP/1.1 %d %s\r\ncontent-length: 0\r\nconnection: close\r\n\r\n"
                % (status, reason)
            )
            self.transport.close()

    def data_received(self, data: bytes) -> None:
        if self._refused:
            return
        if self._in_head:
            seen = self._tail + data
            end = seen.find(_END_OF_HEAD)
            head = len(data) if end < 0 else max(0, end + len(_END_OF_HEAD) - len(self._tail))
            self._line_done = self._line_done or b"\n" in seen[: len(seen) if end < 0 else end]
            self._head_bytes += head
            self._tail = seen[-3:]
            if self._head_bytes > MAX_HEAD:
                if self._line_done:
                    self._refuse_head(431, b"Request Header Fields Too Large")
                else:
                    self._refuse_head(414, b"URI Too Long")
                return
        super().data_received(data)

    # The parser may still call back for the rest of a chunk after a refusal: ignored.
    def on_url(self, url: bytes) -> None:
        if not self._refused and len(self.url) + len(url) > MAX_URL:
            self._refuse_head(414, b"URI Too Long")
        if not self._refused:
            super().on_url(url)

    def on_header(self, name: bytes, value: bytes) -> None:
        self._header_count += 1
        if not self._refused and (
            self._header_count > MAX_HEADERS or len(name) + len(value) > MAX_HEADER
        ):
            self._refuse_head(431, b"Request Header Fields Too Large")
        if not self._refused:
            super().on_header(name, value)

    def on_body(self, body: bytes) -> None:
        if not self._refused:
            super().on_body(body)

    def on_message_complete(self) -> None:
        if not self._refused:
            super().on_message_complete()

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm()

    def on_message_begin(self) -> None:
        if self._refused:
            return
        super().on_message_begin()
        if not self._in_head:
            # A further request on a kept-alive connection: its head is counted afresh. The
            # first one's was counted as it arrived, before the parser got here; resetting
            # it then forgot a request line already read (a long header answered 414 when
            # the first chunk read was under MAX_HEAD).
            self._in_head, self._head_bytes, self._line_done, self._tail = True, 0, False, b""
        self._header_count = 0
        self._arm()

    def on_headers_complete(self) -> None:
        self._in_head = False
        self._disarm()
        if not self._refused:
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
    app.start_digests(settings.roi_digest_poll_s)
    # What the worker holds for its life (modules, the app) is kept out of the collections
    # that requests' garbage sets off: each walks only what was made after this.
    gc.freeze()
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
