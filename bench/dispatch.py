"""A signed /roi through App.dispatch, against bare Bolt acking "ok" and acking the same
reply (the fair floor)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from pydantic import SecretStr

from bench.bare import create_bare_app, fig2_reply
from bench.stats import Row, sample, summary
from bot.config import BotSettings
from bot.slack.app import create_app, local_authorize
from bot.slack.bolt_request import bolt_request
from bot.store.sqlite import SqliteDatabase
from bot.web.signing import command_body, signed_headers

SECRET = "bench-signing-secret-0123456789"


def _ours(db: Path):  # type: ignore[no-untyped-def]
    settings = BotSettings(slack_signing_secret=SecretStr(SECRET), roi_db=str(db), _env_file=None)  # type: ignore[call-arg]
    return create_app(settings, database=SqliteDatabase(db), authorize=local_authorize)


def run(repeat: int) -> list[Row]:
    """Medians and p99s: roibot against bare Bolt acking "ok" and acking the same reply."""
    body = command_body("calls=9000 aht+10%")
    headers = signed_headers(SECRET, body)  # valid for five minutes: longer than a run
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        apps = {
            "bare": create_bare_app(SECRET),
            "same": create_bare_app(SECRET, reply=fig2_reply()),
            "roibot": _ours(Path(folder) / "bench.db"),
        }
        figures = {}
        for name, app in apps.items():

            def once(app=app):  # type: ignore[no-untyped-def]
                response = app.dispatch(bolt_request(body, headers))
                assert response.status == 200

            figures[name] = summary(sample(once, repeat, warmup=50), 1e6)
        rows.append(Row("dispatch", 'floor: bare Bolt acking "ok"', *figures["bare"], "µs"))
        rows.append(
            Row("dispatch", "floor: bare Bolt acking the same reply", *figures["same"], "µs")
        )
        ours = figures["roibot"]
        rows.append(
            Row(
                "dispatch",
                "roibot /roi calls=9000 aht+10%",
                *ours,
                "µs",
                "bare, same reply",
                figures["same"][0],
                "≤ 1.5x",
                ours[0] <= 1.5 * figures["same"][0],
            )
        )
        rows.append(
            Row(
                "dispatch",
                'roibot /roi calls=9000 aht+10% (vs "ok")',
                *ours,
                "µs",
                'bare "ok"',
                figures["bare"][0],
                "≤ 3x",
                ours[0] <= 3 * figures["bare"][0],
            )
        )
        # The rows above repeat one command, answered from the answer cache after the first
        # time; here every command is new (as a team exploring what-ifs types them).
        # Each request made before the clock starts, as the floor's is: what is timed is
        # the app answering it, not the benchmark writing it.
        bodies = [command_body(f"calls={9000 + n} aht+10%") for n in range(repeat + 60)]
        requests = iter([(body, signed_headers(SECRET, body)) for body in bodies])
        app = apps["roibot"]

        def new_command() -> None:
            body, headers = next(requests)
            response = app.dispatch(bolt_request(body, headers))
            assert response.status == 200

        missed = summary(sample(new_command, repeat, warmup=50), 1e6)
        rows.append(
            Row(
                "dispatch",
                "roibot /roi, every command new (no cache hit)",
                *missed,
                "µs",
                "bare, same reply",
                figures["same"][0],
                "≤ 3x",
                missed[0] <= 3 * figures["same"][0],
            )
        )
    return rows
