"""Section 2: a signed /roi through App.dispatch, against bare Bolt, in both modes."""

from __future__ import annotations

import tempfile
from pathlib import Path

from pydantic import SecretStr
from slack_bolt.request import BoltRequest

from bench.bare import create_bare_app
from bench.stats import Row, sample, summary
from bot.app import RoiBot, create_app, local_authorize
from bot.config import BotSettings
from bot.signing import command_body, signed_headers
from bot.store import ScenarioStore

SECRET = "bench-signing-secret-0123456789"


def _ours(process_before_response: bool, db: Path):  # type: ignore[no-untyped-def]
    settings = BotSettings(slack_signing_secret=SecretStr(SECRET), roi_db=str(db),
                           _env_file=None)  # type: ignore[call-arg]
    app = create_app(settings, store=ScenarioStore(db), authorize=local_authorize)
    if not process_before_response:
        # The same listeners on an app in Bolt's default mode.
        from slack_bolt import App

        from bot.service import Service

        default = App(signing_secret=SECRET, authorize=local_authorize)
        bot = RoiBot(Service(ScenarioStore(db)), settings)
        default.command("/roi")(bot.on_command)
        return default
    return app


def run(repeat: int) -> list[Row]:
    """Medians and p99s of four apps, and our ratio to bare Bolt in each mode."""
    body = command_body("calls=9000 aht+10%")
    headers = signed_headers(SECRET, body)  # valid for five minutes: longer than a run
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "bench.db"
        for mode, pbr in (("process_before_response=True", True), ("Bolt default", False)):
            bare = create_bare_app(SECRET, process_before_response=pbr)
            ours = _ours(pbr, db)
            figures = {}
            for name, app in (("bare", bare), ("roibot", ours)):
                def once(app=app):  # type: ignore[no-untyped-def]
                    response = app.dispatch(BoltRequest(body=body, headers=headers))
                    assert response.status == 200
                count = repeat if pbr else max(30, repeat // 20)
                figures[name] = summary(sample(once, count, warmup=10), 1e6)
            rows.append(Row("dispatch", f"bare Bolt ack-only ({mode})", *figures["bare"], "µs"))
            target = "≤ 3x bare, p99 < 1 ms" if pbr else ""
            met = (figures["roibot"][0] <= 3 * figures["bare"][0]
                   and figures["roibot"][1] < 1000) if pbr else None
            rows.append(Row("dispatch", f"roibot /roi calls=9000 aht+10% ({mode})",
                            *figures["roibot"], "µs", "bare Bolt", figures["bare"][0],
                            target, met))
    return rows
