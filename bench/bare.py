"""The floors: bare Bolt apps served exactly like roibot (same uvicorn layout, same adapter).

`create_bare_app(secret)` acks "ok"; `create_bare_app(secret, reply=…)` acks a precomputed
reply of roibot's size, the fair floor (no app can beat the cost of sending its answer).
`python -m bench.bare PORT [same-reply]` serves one with `roi-bot serve`'s settings.
"""

from __future__ import annotations

import json
import os
import sys
from typing import Any

from slack_bolt import Ack, App

from bot.slack.app import local_authorize
from bot.store.db import Health


def create_bare_app(
    secret: str, process_before_response: bool = True, reply: dict[str, Any] | None = None
) -> App:
    """Bolt with one `/roi` listener that acks "ok" (or `reply`), with our authorization."""
    app = App(
        signing_secret=secret,
        authorize=local_authorize,
        process_before_response=process_before_response,
    )

    @app.command("/roi")
    def roi(ack: Ack, **_: Any) -> None:
        if reply is None:
            ack("ok")
        else:
            ack(**reply, response_type="ephemeral")

    return app


def fig2_reply() -> dict[str, Any]:
    """roibot's own reply to `/roi calls=9000 aht+10%`, computed once."""
    from bot.replies import doc
    from bot.service import Caller, Service
    from bot.slack.blocks import message
    from calc.commands import parse_command

    outcome = Service(None).execute(parse_command("calls=9000 aht+10%"), Caller("T", "U"))
    return message(doc(outcome))


def asgi_app() -> Any:
    """The bare app as roi-bot serve would run it (uvicorn's factory)."""
    from bot.web.http_app import SlackHttp

    secret = os.environ["SLACK_SIGNING_SECRET"]
    reply = fig2_reply() if os.environ.get("BENCH_SAME_REPLY") else None
    return SlackHttp(
        create_bare_app(secret, reply=reply),
        signing_secret=secret,
        health=lambda: Health(True, True),
        threads=int(os.environ.get("ROI_THREADS", "8")),
    )


def main() -> None:
    """Serve a bare app on 127.0.0.1:PORT with roi-bot serve's settings."""
    from bot.web.serve import serve

    port = int(sys.argv[1])
    if len(sys.argv) > 2 and sys.argv[2] == "same-reply":
        os.environ["BENCH_SAME_REPLY"] = "1"
    serve(
        host="127.0.0.1",
        port=port,
        workers=int(os.environ.get("BENCH_WORKERS", "1")),
        threads=int(os.environ.get("BENCH_THREADS", "8")),
        factory="bench.bare:asgi_app",
    )


if __name__ == "__main__":
    main()


__all__ = ["create_bare_app", "fig2_reply", "json"]
