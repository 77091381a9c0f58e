"""Exactly once across processes: two `roi-bot digests run-due` started together (on
SQLite and on PostgreSQL), and two `roi-bot serve` processes running the schedule on one
PostgreSQL database, post a due digest once."""

from __future__ import annotations

import os
import subprocess
import sys
from contextlib import ExitStack
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.service import Caller, Service
from bot.store.db import open_database
from bot.store.digests import DigestStore
from bot.store.scenarios import ScenarioStore
from calc.commands import parse_command
from calc.schedule import Schedule
from tests.bot.conftest import SECRET, TOKEN
from tests.servers import running_server

EXE = str(Path(sys.executable).with_name("roi-bot"))


def _prepare(location: str, at: str, created: datetime) -> int:
    """A team with a default scenario and a daily digest at `at` (UTC) to CDIGEST."""
    database = open_database(location)
    try:
        scenarios = ScenarioStore(database)
        Service(scenarios).execute(parse_command("save default uplift=6%"), Caller("T0001", "U1"))
        digest = DigestStore(database).add(
            "T0001",
            "CDIGEST",
            "leadership",
            Schedule("daily", None, at),
            (),
            by="U1",
            now=created,
        )
        return digest.id
    finally:
        database.close()


def _env(slack, location: str, **extra: str) -> dict[str, str]:
    return {
        **os.environ,
        "SLACK_SIGNING_SECRET": SECRET,
        "SLACK_BOT_TOKEN": TOKEN,
        "SLACK_API_URL": slack.api_url,
        "ROI_DB": location,
        **extra,
    }


def _posted_to_channel(slack) -> list[dict]:
    return [m for m in slack.posted("/api/chat.postMessage") if m.get("channel") == "CDIGEST"]


@pytest.fixture(params=["sqlite", "postgresql"])
def location(request, tmp_path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "roi.db")
    return request.getfixturevalue("postgres_url")


def test_two_run_due_processes_started_together_post_once(slack, location):
    _prepare(location, "09:00", datetime(2030, 1, 1, tzinfo=UTC))
    argv = [EXE, "digests", "run-due", "--now", "2030-01-07T09:00:05Z"]
    processes = [
        subprocess.Popen(
            argv,
            env=_env(slack, location),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    outputs = [process.communicate(timeout=120) for process in processes]
    assert [process.returncode for process in processes] == [0, 0], outputs
    summaries = sorted(out.strip() for out, _ in outputs)
    assert summaries == [
        "roi-bot: digests due at 2030-01-07T09:00:05+00:00: posted 0, skipped 0 (too late), "
        "paused 0, failed 0 (tried again next run)",
        "roi-bot: digests due at 2030-01-07T09:00:05+00:00: posted 1, skipped 0 (too late), "
        "paused 0, failed 0 (tried again next run)",
    ]
    assert len(_posted_to_channel(slack)) == 1
    again = subprocess.run(
        [EXE, "digests", "run-due", "--now", "2030-01-07T10:00:00Z"],
        env=_env(slack, location),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "posted 0" in again.stdout and len(_posted_to_channel(slack)) == 1


def test_two_servers_on_one_postgresql_post_a_due_digest_once(slack, postgres_url, tmp_path):
    """Both servers (two workers each) look for due digests every 0.2 s; after each has
    made several passes past the slot, the channel has the digest once."""
    now = datetime.now(UTC)
    slot = (now - timedelta(minutes=30)).strftime("%H:%M")
    _prepare(postgres_url, slot, now - timedelta(days=2))
    env = _env(slack, postgres_url, ROI_DIGEST_POLL_S="0.2", LOG_LEVEL="DEBUG")
    logs = [tmp_path / f"serve-{n}.log" for n in range(2)]
    with ExitStack() as stack:
        for log in logs:
            stack.enter_context(running_server(env, args=("--workers", "2"), log=log))
        for log in logs:
            _wait_for_line(log, "digest pass 5:")
    assert len(_posted_to_channel(slack)) == 1
    database = open_database(postgres_url)
    try:
        with database.read() as session:
            rows = session.query("SELECT status FROM digest_runs")
    finally:
        database.close()
    assert [row["status"] for row in rows] == ["posted"]


def _wait_for_line(log: Path, text: str, timeout_s: float = 60) -> None:
    """Until `log` holds `text` (each server's scheduler says how many passes it made)."""
    import time

    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if log.exists() and text in log.read_text(errors="replace"):
            return
        time.sleep(0.05)
    raise TimeoutError(f"{log} never said {text!r}")
