"""roibot's HTTP endpoint as an ASGI app: Slack requests at /slack/events, the OAuth install
pages, and /healthz. Built for a public endpoint that hostile clients can reach.

- A request body larger than Slack ever sends is refused with 413 from `Content-Length`
  before a byte of it is read, and never more than the limit is read.
- A body that is not in within BODY_TIMEOUT_S is refused with 408: a slow client costs a
  coroutine, never a worker thread.
- The signature is checked over the exact bytes received before anything is parsed: junk
  is a 401, with at most one short, rate-limited log line.
- Bolt does the work in a thread pool (`App.dispatch` blocks on SQLite and Slack calls),
  with the form parsed by `bot.slack.bolt_request` (the "payload" workaround).
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import logging
import threading
import time
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from slack_bolt import App, BoltResponse
from slack_bolt.request import BoltRequest

from bot.slack.bolt_request import bolt_request
from bot.store.deadline import SLACK_BUDGET_S, deadline
from bot.store.errors import Health

log = logging.getLogger("roibot.http")

EVENTS_PATH = "/slack/events"
HEALTH_PATH = "/healthz"
# Slack's largest requests are message events: up to 40,000 characters of text, repeated
# in the message's rich-text blocks and JSON-escaped (a character can take 6 bytes). 1 MiB
# is several times a slash command or interaction payload (well under 64 KiB) and still
# above the worst event; nothing beyond it is read.
MAX_BODY = 1024 * 1024
BODY_TIMEOUT_S = 5.0  # Slack sends a request's body at once; it gives up after 3 s anyway
MAX_SKEW_S = 300  # Slack's rule: a timestamp older than five minutes is refused

Scope = dict[str, Any]
Receive = Callable[[], Awaitable[dict[str, Any]]]
Send = Callable[[dict[str, Any]], Awaitable[None]]


class _RefusalLog:
    """Refused requests are counted and summarised at most once a minute: an attacker's
    flood of junk must not become a flood of log lines."""

    def __init__(self, every_s: float = 60.0) -> None:
        self._every = every_s
        self._lock = threading.Lock()
        self._counts: dict[str, int] = {}
        self._last = 0.0

    def note(self, why: str) -> None:
        now = time.monotonic()
        with self._lock:
            self._counts[why] = self._counts.get(why, 0) + 1
            if now - self._last < self._every:
                return
            counts, self._counts, self._last = self._counts, {}, now
        log.warning(
            "refused requests since the last report: %s",
            ", ".join(f"{count} {reason}" for reason, count in sorted(counts.items())),
        )


def _signature_ok(secret: bytes, body: bytes, headers: dict[str, str], now: float) -> str:
    """'' when Slack signed `body`, else why not (no parsing before this check)."""
    stamp, signature = headers.get("x-slack-request-timestamp"), headers.get("x-slack-signature")
    if not stamp or not signature:
        return "unsigned"
    if not stamp.isdigit() or len(stamp) > 12:
        return "bad timestamp"
    if abs(now - int(stamp)) > MAX_SKEW_S:
        return "stale"
    expected = (
        "v0=" + hmac.new(secret, b"v0:" + stamp.encode() + b":" + body, hashlib.sha256).hexdigest()
    )
    return "" if hmac.compare_digest(expected, signature) else "bad signature"


class SlackHttp:
    """The ASGI application around one Bolt app."""

    def __init__(
        self,
        app: App,
        *,
        signing_secret: str,
        health: Callable[[], Health],
        threads: int = 8,
        on_close: Callable[[], None] | None = None,
        max_body: int = MAX_BODY,
        body_timeout_s: float = BODY_TIMEOUT_S,
    ) -> None:
        self.app = app
        self._secret = signing_secret.encode()
        self._health = health
        self._pool = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="roibot")
        self._on_close = on_close
        self.max_body = max_body
        self.body_timeout_s = body_timeout_s
        self._refused = _RefusalLog()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        try:
            await self._http(scope, receive, send)
        except Exception:  # our own bug: one logged line, a bare 500, never a traceback dump
            log.exception("the HTTP endpoint failed on %s", scope.get("path"))
            await _respond(send, 500, b"")

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                self._pool.shutdown(wait=True, cancel_futures=False)
                if self._on_close is not None:
                    self._on_close()
                await send({"type": "lifespan.shutdown.complete"})
                return

    async def _http(self, scope: Scope, receive: Receive, send: Send) -> None:
        path, method = scope.get("path", ""), scope.get("method", "GET")
        loop = asyncio.get_running_loop()
        if path == HEALTH_PATH and method in ("GET", "HEAD"):
            health = await loop.run_in_executor(self._pool, self._health)
            report = json.dumps(
                {
                    "ok": health.ok,
                    "database": health.detail,
                    "reachable": health.reachable,
                    "writable": health.writable,
                }
            ).encode()
            await _respond(send, 200 if health.ok else 503, report, "application/json")
            return
        oauth = self.app.oauth_flow
        if (
            oauth is not None
            and method == "GET"
            and path in (oauth.install_path, oauth.redirect_uri_path)
        ):
            query = scope.get("query_string", b"").decode("latin-1")
            headers = _headers(scope)
            response = await loop.run_in_executor(self._pool, self._oauth, path, query, headers)
            await _respond_bolt(send, response)
            return
        if path != EVENTS_PATH or method != "POST":
            await _respond(send, 404, b"not found", "text/plain")
            return
        headers = _headers(scope)
        length = headers.get("content-length")
        if length is not None and (not length.isdigit() or int(length) > self.max_body):
            self._refused.note("too large")
            await _respond(send, 413, b"request too large", "text/plain")
            return
        try:
            body: bytes | None = await asyncio.wait_for(self._read(receive), self.body_timeout_s)
        except TimeoutError:
            self._refused.note("too slow")
            await _respond(send, 408, b"request body too slow", "text/plain")
            return
        if body is None:
            self._refused.note("too large")
            await _respond(send, 413, b"request too large", "text/plain")
            return
        why = _signature_ok(self._secret, body, headers, time.time())
        if why:
            self._refused.note(why)
            await _respond(send, 401, b"", "text/plain")
            return
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            self._refused.note("not UTF-8")
            await _respond(send, 400, b"", "text/plain")
            return
        query = scope.get("query_string", b"").decode("latin-1")
        response = await loop.run_in_executor(self._pool, self._dispatch, text, headers, query)
        await _respond_bolt(send, response)

    async def _read(self, receive: Receive) -> bytes | None:
        """The body, or None as soon as it passes the limit (the rest is never read)."""
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                return b"".join(chunks)
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body:
                return None
            chunks.append(chunk)
            if not message.get("more_body", False):
                return b"".join(chunks)

    def _dispatch(self, body: str, headers: dict[str, str], query: str) -> BoltResponse:
        request = bolt_request(body, dict(headers), query)
        # Every statement the answer runs ends within Slack's budget (bot.store.deadline).
        with deadline(SLACK_BUDGET_S):
            return self.app.dispatch(request)

    def _oauth(self, path: str, query: str, headers: dict[str, str]) -> BoltResponse:
        oauth = self.app.oauth_flow
        assert oauth is not None
        request = BoltRequest(body="", query=query, headers=dict(headers))
        if path == oauth.install_path:
            return oauth.handle_installation(request)
        return oauth.handle_callback(request)


def _headers(scope: Scope) -> dict[str, str]:
    out: dict[str, str] = {}
    for name, value in scope.get("headers", []):
        out[name.decode("latin-1").lower()] = value.decode("latin-1")
    return out


async def _respond(send: Send, status: int, body: bytes, content_type: str = "text/plain") -> None:
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", content_type.encode()),
                (b"content-length", str(len(body)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


async def _respond_bolt(send: Send, response: BoltResponse) -> None:
    body = response.body.encode() if isinstance(response.body, str) else bytes(response.body)
    headers = [
        (name.encode("latin-1"), value.encode("latin-1"))
        for name, values in response.headers.items()
        if name.lower() != "content-length"
        for value in values
    ]
    headers.append((b"content-length", str(len(body)).encode()))
    await send({"type": "http.response.start", "status": response.status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
