"""Many workspaces on PostgreSQL: `/roi` through `roi-bot serve` on PostgreSQL against the
same on SQLite, list and save with 10,000 scenarios, and what the authorize cache saves.

Skipped (one row saying so) where no PostgreSQL server answers."""

from __future__ import annotations

import tempfile
import time

from bench.http_bench import SECRET, THREADS, WORKERS, _load
from bench.scale import scale_rows
from bench.stats import Row, sample, summary
from bot.store.db import open_database
from bot.store.scenarios import ScenarioStore
from tests.servers import postgres_reachable, running_server, temporary_postgres


def run(count: int, repeat: int, sizes: tuple[int, ...]) -> list[Row]:
    """The rows, or one saying PostgreSQL was not there."""
    if not postgres_reachable():
        return [
            Row("postgresql", "skipped: no server at 127.0.0.1:5432 (ROI_TEST_POSTGRES)", 0, 0, "")
        ]
    rows = _serve(count)
    with temporary_postgres(prefix="roibot_bench") as url:
        database = open_database(url)
        rows += scale_rows(ScenarioStore(database), repeat, sizes, "postgresql")
        database.close()
    rows += _authorize(repeat * 20)
    return rows


def _serve(count: int) -> list[Row]:
    """32 clients of `/roi calls=9000 aht+10%` against the same layout on each backend."""
    from tests.bot.fake_slack import FakeSlack

    results = {}
    with (
        FakeSlack() as slack,
        tempfile.TemporaryDirectory() as folder,
        temporary_postgres(prefix="roibot_bench") as url,
    ):
        layout = ("--workers", str(WORKERS), "--threads", str(THREADS))
        for backend, location in (("SQLite", f"{folder}/bench.db"), ("PostgreSQL", url)):
            env = {
                "SLACK_SIGNING_SECRET": SECRET,
                "SLACK_BOT_TOKEN": "xoxb-bench",
                "ROI_DB": location,
                "SLACK_API_URL": slack.api_url,
            }
            with running_server(env, args=layout) as (base, _):
                _load(base, min(count, 200), 8, 0)  # warm every worker's connections
                results[backend] = (_load(base, count, 32, 0), _load(base, count, 32, 10))
    rows = []
    sqlite_p50 = results["SQLite"][0]["p50_ms"]
    for backend, (reads, mixed) in results.items():
        ratio = reads["p50_ms"] / sqlite_p50
        rows.append(
            Row(
                "postgresql",
                f"/roi via serve on {backend}, 32 clients: p50",
                reads["p50_ms"],
                reads["p99_ms"],
                "ms (p99 ms)",
                "SQLite p50",
                sqlite_p50,
                "≤ 1.5x" if backend == "PostgreSQL" else "",
                ratio <= 1.5 if backend == "PostgreSQL" else None,
                {"rps": reads["rps"], "errors": reads["errors"]},
            )
        )
        rows.append(
            Row(
                "postgresql",
                f"/roi via serve on {backend}, 32 clients: req/s",
                reads["rps"],
                reads["p99_ms"],
                "req/s (p99 ms)",
                extra={"errors": reads["errors"]},
            )
        )
        rows.append(
            Row(
                "postgresql",
                f"same, 1 in 10 a save, on {backend}: req/s",
                mixed["rps"],
                mixed["p99_ms"],
                "req/s (p99 ms)",
                extra={"errors": mixed["errors"], "p50_ms": mixed["p50_ms"]},
            )
        )
    return rows


def _authorize(repeat: int) -> list[Row]:
    """Bolt's installation-store authorize for one installed workspace (installations in
    PostgreSQL), per request: with our cache (a database lookup) and without it (a lookup
    and an auth.test round trip to the local fake Web API, the cheapest auth.test can ever
    be)."""
    from pydantic import SecretStr
    from slack_bolt import BoltContext
    from slack_sdk import WebClient
    from slack_sdk.oauth.installation_store import Installation

    from bot.config import BotSettings
    from bot.web import oauth
    from tests.bot.fake_slack import FakeSlack

    rows = []
    with FakeSlack() as slack, temporary_postgres(prefix="roibot_bench") as url:
        settings = BotSettings(
            slack_client_id="1.2",
            roi_db=url,
            slack_client_secret=SecretStr("secret"),
            _env_file=None,
        )  # type: ignore[call-arg]
        installations, states = oauth.stores(settings)
        oauth.create_tables(installations, states)
        installations.save(
            Installation(
                app_id="A1",
                team_id="T1",
                user_id="U1",
                bot_token="xoxb-T1-installed",
                bot_id="B1",
                bot_user_id="UBOT",
                installed_at=time.time(),
            )
        )
        client = WebClient(base_url=slack.api_url)
        medians = {}
        for cached in (True, False):
            authorize = oauth.cached_authorize(settings, installations, client, cache=cached)
            context = BoltContext({"client": client})

            def once(authorize=authorize, context=context):  # type: ignore[no-untyped-def]
                return authorize(context=context, enterprise_id=None, team_id="T1", user_id="U1")

            medians[cached] = summary(sample(once, repeat, warmup=5), 1e3)
        for cached, label in (
            (True, "cached (store lookup only)"),
            (False, "uncached (lookup + auth.test)"),
        ):
            median, p99 = medians[cached]
            rows.append(
                Row("postgresql", f"OAuth authorize per request, {label}", median, p99, "ms")
            )
    return rows
