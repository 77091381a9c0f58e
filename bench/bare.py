"""The floor: a bare Bolt app whose /roi only acks "ok", served exactly like roibot.

`python -m bench.bare PORT` runs it under the same gunicorn settings as `roi-bot serve`.
"""

from __future__ import annotations

import os
import sys
from typing import Any

from slack_bolt import Ack, App

from bot.app import local_authorize
from bot.serve import serve, wsgi_app


def create_bare_app(secret: str, process_before_response: bool = True) -> App:
    """Bolt with one ack-only `/roi` listener and the same authorization as our benchmarks."""
    app = App(signing_secret=secret, authorize=local_authorize,
              process_before_response=process_before_response)

    @app.command("/roi")
    def roi(ack: Ack, **_: Any) -> None:
        ack("ok")

    return app


def main() -> None:
    """Serve the bare app on 127.0.0.1:PORT with roi-bot serve's gunicorn settings."""
    port = int(sys.argv[1])
    secret = os.environ["SLACK_SIGNING_SECRET"]
    workers = int(os.environ.get("BENCH_WORKERS", "1"))
    threads = int(os.environ.get("BENCH_THREADS", "8"))
    serve(lambda: wsgi_app(create_bare_app(secret)), host="127.0.0.1", port=port,
          workers=workers, threads=threads)


if __name__ == "__main__":
    main()
