"""The answer cache never serves an answer the database has moved past: a save in the same
thread, in another thread, in another process (the CLI), or through another worker of
`roi-bot serve` is seen by the next command."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import urllib.request
from pathlib import Path

import pytest

from bot.web.signing import command_body, signed_headers
from tests.bot.conftest import SECRET, TOKEN, text_of
from tests.servers import running_server

ROI = str(Path(sys.executable).with_name("roi"))


def test_a_save_in_the_same_thread_is_seen(client, app):
    """The save's own connection does not move its marker: the process's write count
    does."""
    assert "calls 9,000/day" in text_of(client.roi("uplift=6%"))
    assert "calls 9,000/day" in text_of(client.roi("uplift=6%"))  # from the cache
    client.roi("save default calls=5000")
    again = text_of(client.roi("uplift=6%"))
    assert "From default v1" in again and "calls 5,000/day" in again


def test_a_save_in_another_thread_is_seen(client):
    """Another thread's connection commits: this thread's marker moves."""
    client.roi("uplift=6%")
    saver = threading.Thread(target=client.roi, args=("save default calls=6000",))
    saver.start()
    saver.join()
    assert "calls 6,000/day" in text_of(client.roi("uplift=6%"))


def test_a_save_by_another_process_is_seen(client, settings):
    """The CLI, another process, saves the team's default: the next /roi answers from it."""
    client.roi("uplift=6%")
    client.roi("uplift=6%")
    out = subprocess.run(
        [ROI, "--team", "T0001", "save", "default", "calls=7000"],
        env={**os.environ, "ROI_DB": settings.roi_db},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 0, out.stderr
    assert "calls 7,000/day" in text_of(client.roi("uplift=6%"))


@pytest.fixture(params=["sqlite", "postgresql"])
def location(request, tmp_path):
    if request.param == "sqlite":
        return str(tmp_path / "roi.db")
    return request.getfixturevalue("postgres_url")


def test_a_save_through_another_worker_or_process_is_seen(slack, location):
    """`roi-bot serve` with two workers, each with its answers cached (on SQLite and on
    PostgreSQL): a save answered by either worker, or made by the CLI in another process,
    is seen by every answer after it, whichever worker gives it."""
    env = {
        "SLACK_SIGNING_SECRET": SECRET,
        "SLACK_BOT_TOKEN": TOKEN,
        "SLACK_API_URL": slack.api_url,
        "ROI_DB": location,
    }

    def roi(base: str, text: str) -> str:
        body = command_body(text, response_url=slack.hook())
        request = urllib.request.Request(
            base + "/slack/events",
            data=body.encode(),
            headers=signed_headers(SECRET, body),
            method="POST",
        )
        with urllib.request.urlopen(request, timeout=10) as response:
            return text_of(json.loads(response.read()))

    with running_server(env, args=("--workers", "2", "--threads", "2")) as (base, _):
        for _ in range(20):  # enough for both workers (and their threads) to cache it
            assert "calls 9,000/day" in roi(base, "uplift=6%")
        for calls in (5000, 6000, 7000):
            roi(base, f"save default calls={calls}")
            for _ in range(20):
                assert f"calls {calls:,}/day" in roi(base, "uplift=6%")
        out = subprocess.run(
            [ROI, "--db", location, "--team", "T0001", "save", "default", "calls=8000"],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert out.returncode == 0, out.stderr
        for _ in range(20):
            assert "calls 8,000/day" in roi(base, "uplift=6%")
