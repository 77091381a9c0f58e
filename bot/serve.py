"""`roi-bot serve`: HTTP mode on gunicorn through Bolt's WSGI adapter, with /healthz."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import Any

from gunicorn.app.base import BaseApplication
from slack_bolt import App
from slack_bolt.adapter.wsgi import SlackRequestHandler

EVENTS_PATH = "/slack/events"
StartResponse = Callable[..., Any]
Wsgi = Callable[[dict[str, Any], StartResponse], Iterable[bytes]]


def wsgi_app(app: App, health: Callable[[], bool] = lambda: True) -> Wsgi:
    """Slack requests at /slack/events through Bolt's adapter; /healthz for load balancers."""
    handler = SlackRequestHandler(app, path=EVENTS_PATH)

    def serve(environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        path = environ.get("PATH_INFO", "")
        if path == "/healthz":
            ok = health()
            body = json.dumps({"ok": ok}).encode()
            start_response("200 OK" if ok else "503 Service Unavailable",
                           [("Content-Type", "application/json"),
                            ("Content-Length", str(len(body)))])
            return [body]
        if path == EVENTS_PATH:
            return handler(environ, start_response)
        start_response("404 Not Found", [("Content-Type", "text/plain")])
        return [b"not found"]

    return serve


class Server(BaseApplication):  # type: ignore[misc]
    """gunicorn run from code; the app is built in each worker, after the fork, so that no
    SQLite connection crosses a fork."""

    def __init__(self, factory: Callable[[], Wsgi], options: dict[str, Any]) -> None:
        self._factory = factory
        self._options = options
        super().__init__()

    def load_config(self) -> None:
        for key, value in self._options.items():
            self.cfg.set(key, value)

    def load(self) -> Wsgi:
        return self._factory()


def serve(factory: Callable[[], Wsgi], *, host: str, port: int, workers: int,
          threads: int) -> None:
    """Run gunicorn (gthread workers) until it is stopped."""
    Server(factory, {
        "bind": f"{host}:{port}",
        "workers": workers,
        "worker_class": "gthread",
        "threads": threads,
        "timeout": 30,
        "graceful_timeout": 5,
        "accesslog": None,
        "loglevel": "warning",
        "proc_name": "roi-bot",
    }).run()
