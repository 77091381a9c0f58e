"""Load with writes, a killed server, a busy, read-only, full, removed or replaced database,
a failing Slack API, secrets in logs, and replies at the limits: roibot keeps working,
loses nothing, and says what happened."""

from __future__ import annotations

import json
import logging
import os
import signal
import stat
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from bot.buttons import SHARE_ACTION
from bot.config import BotSettings, Redactor
from bot.store.scenarios import ScenarioStore
from bot.store.sqlite import SqliteDatabase
from bot.web.signing import command_body, signed_headers
from calc.inputs import REFERENCE_INPUTS
from tests.bot.conftest import SECRET, TOKEN, text_of, wait_for_saves
from tests.bot.readonly import read_only
from tests.bot.slack_limits import assert_within_limits
from tests.servers import free_port, running_server

ROOT = Path(__file__).parents[2]
HERE = Path(__file__).parent


def _load(base: str, count: int, concurrency: int, save_every: int) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "bench.load",
            base + "/slack/events",
            str(count),
            str(concurrency),
            str(save_every),
        ],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**os.environ, "SLACK_SIGNING_SECRET": SECRET, "PYTHONPATH": str(ROOT)},
    )


def _acknowledged_saves_present(db: Path, saves: list[list]) -> None:
    database = SqliteDatabase(db)
    assert database.integrity() == "ok"
    store = ScenarioStore(database)
    for team, name, version, calls in saves:
        stored = store.version(team, name, int(version))
        assert stored is not None, (team, name, version)
        assert str(stored.inputs.calls) == str(calls)
    database.close()


def _post(base: str, text: str, slack, timeout: float = 10) -> tuple[int, dict | str, float]:
    body = command_body(text, response_url=slack.hook())
    request = urllib.request.Request(
        base + "/slack/events",
        data=body.encode(),
        method="POST",
        headers=signed_headers(SECRET, body),
    )
    started = time.monotonic()
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, json.loads(response.read()), time.monotonic() - started
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode(), time.monotonic() - started


def _health(base: str) -> tuple[int, dict]:
    try:
        with urllib.request.urlopen(base + "/healthz", timeout=5) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def _line(reply: dict) -> str:
    return reply["blocks"][0]["text"]["text"]


@pytest.fixture
def serve_env(slack, tmp_path):
    return {
        "SLACK_SIGNING_SECRET": SECRET,
        "SLACK_BOT_TOKEN": TOKEN,
        "SLACK_API_URL": slack.api_url,
        "ROI_DB": str(tmp_path / "roi.db"),
    }


def test_load_with_writes_loses_nothing(serve_env, tmp_path):
    """32 clients, 3,000 signed requests, one in five a save: every request answered, every
    acknowledged save present, integrity ok, no secret in the log."""
    log = tmp_path / "serve.log"
    with running_server(serve_env, log=log, args=("--workers", "2")) as (base, _):
        load = _load(base, 3000, 32, 5)
        out, _ = load.communicate(timeout=300)
    result = json.loads(out)
    assert result["errors"] == 0, result["first_error"]
    assert len(result["saves"]) == 600
    _acknowledged_saves_present(tmp_path / "roi.db", result["saves"])
    assert TOKEN not in log.read_text() and SECRET not in log.read_text()


def test_sigkill_during_load_then_restart(serve_env, tmp_path):
    """The whole server killed with SIGKILL mid-load and started again: the database opens
    and holds every save that was acknowledged before the kill."""
    with running_server(serve_env, port=free_port()) as (base, process):
        load = _load(base, 20_000, 16, 2)
        wait_for_saves(serve_env["ROI_DB"], 40)  # killed mid-load, not before it began
        os.killpg(process.pid, signal.SIGKILL)
        out, _ = load.communicate(timeout=300)
    result = json.loads(out)
    assert len(result["saves"]) > 20, "the load should have saved before the kill"
    assert result["errors"] > 0, "the kill should have cut requests off"
    with running_server(serve_env, port=free_port()):
        pass  # it starts and answers /healthz on the same file
    _acknowledged_saves_present(tmp_path / "roi.db", result["saves"])


def test_busy_database_answers_within_slacks_deadline(serve_env, slack, tmp_path):
    """Another process holds SQLite's write lock for 8 s: `/roi save` through the server is
    answered within 3 s with "busy; nothing was saved" (and it is true), reads still answer,
    and once the lock is gone the save works."""
    path = tmp_path / "roi.db"
    with running_server(serve_env) as (base, _):
        holder = subprocess.Popen(
            [sys.executable, str(HERE / "lock_holder.py"), str(path), "8"],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert holder.stdout.readline().strip() == "locked"
        status, reply, took = _post(base, "save q3 uplift=6%", slack)
        assert status == 200 and took < 3, took
        assert _line(reply) == "⚠️ the database is busy; nothing was saved: try again"
        status, reply, took = _post(base, "calls=9000 aht+10%", slack)
        assert status == 200 and "Profit center" in reply["blocks"][0]["text"]["text"]
        holder.terminate()  # the lock goes with the process
        holder.wait(timeout=30)
        status, reply, _ = _post(base, "save q3 uplift=6%", slack)
        assert reply["blocks"][0]["text"]["text"] == "Saved q3 as version 1"
    assert [
        v.version for v in ScenarioStore(SqliteDatabase(path)).history("T0001", "q3").versions
    ] == [1]


def test_read_only_database_is_refused_logged_and_reported(serve_env, slack, tmp_path):
    """A database the server may read but not write: every save gets one clear line, each
    refusal is logged once with its cause, reads work, and /healthz says 503 not writable."""
    path = tmp_path / "roi.db"
    store = ScenarioStore(SqliteDatabase(path))
    store.save("T0001", "keep", lambda _: REFERENCE_INPUTS, by="U1", command="save keep")
    store.db.close()
    log = tmp_path / "serve.log"
    with (
        read_only(path),
        running_server(serve_env, log=log, health_status=503, args=("--workers", "1")) as (
            base,
            _,
        ),
    ):
        for n in range(3):
            status, reply, _ = _post(base, f"save new-{n} uplift=6%", slack)
            assert _line(reply) == (
                "⚠️ could not save, nothing changed: the database is "
                "read-only: try again, or tell your admin"
            )
        assert "keep v1" in text_of(_post(base, "show keep", slack)[1])
        status, health = _health(base)
        assert status == 503 and health == {
            "ok": False,
            "database": "read-only",
            "reachable": True,
            "writable": False,
        }
    refused = [line for line in log.read_text().splitlines() if "write refused" in line]
    # One line for the kind of problem, not one per refused save (bot.logs).
    assert len(refused) == 1 and "SQLITE_READONLY" in refused[0]


def test_removed_database_is_refused_never_recreated(serve_env, slack, tmp_path):
    """roi.db deleted under the running server: saves refused with a clear line (never a
    "Saved" that a restart would lose), reads refused, /healthz 503 every time, no file
    re-created, logged."""
    path = tmp_path / "roi.db"
    log = tmp_path / "serve.log"
    with running_server(serve_env, log=log) as (base, _):
        assert (
            _post(base, "save q3 uplift=6%", slack)[1]["blocks"][0]["text"]["text"]
            == "Saved q3 as version 1"
        )
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        for n in range(8):  # several requests, so every worker thread meets it
            status, reply, _ = _post(base, f"save q{n} uplift=6%", slack)
            assert status == 200
            assert _line(reply) == (
                "⚠️ could not reach the scenarios, nothing changed: the "
                "database file was removed: tell your admin"
            )
        assert "could not reach the scenarios" in _line(_post(base, "list", slack)[1])
        assert {_health(base)[0] for _ in range(6)} == {503}
        assert not path.exists()
    assert "was removed while roibot was running" in log.read_text()


def test_a_worker_started_after_the_file_was_removed_never_recreates_it(tmp_path, caplog):
    """A serve worker (re)started after roi.db was removed: it refuses as the others do
    ("removed"), creates no empty file beside them, and its health says so."""
    from bot.store.db import StoreUnavailable

    path = tmp_path / "roi.db"
    database = SqliteDatabase(path, existed=True)
    store = ScenarioStore(database)
    with pytest.raises(StoreUnavailable, match="the database file was removed"):
        store.save("T1", "q3", lambda _: REFERENCE_INPUTS, by="U1", command="save q3")
    with pytest.raises(StoreUnavailable, match="the database file was removed"):
        store.count("T1")
    health = database.health()
    assert (health.reachable, health.writable) == (False, False)
    assert not path.exists()
    assert caplog.text.count("was removed while roibot was running") == 1


def test_full_disk_says_nothing_changed(client, database, store):
    """A full database (SQLite's own SQLITE_FULL, through max_page_count): the save that no
    longer fits gets one clear line and leaves nothing behind; reads still work."""
    client.roi("save keep uplift=6%")
    with database.read() as session:
        pages = session.one("PRAGMA page_count")["page_count"]
        session.execute(f"PRAGMA max_page_count={pages}")
    note = "x" * 2900
    for attempt in range(1, 40):
        before = store.history("T0001", "keep").versions
        reply = client.roi(f"save keep calls={9000 + attempt} # {note}")
        if _line(reply) == (
            "⚠️ could not save, nothing changed: the disk is full: try again, or tell your admin"
        ):
            break
    else:
        pytest.fail("the database never filled up")
    assert store.history("T0001", "keep").versions == before, "the refused save left nothing"
    assert "Scenarios (1)" in text_of(client.roi("list"))
    assert f"keep v{before[0].version}" in text_of(client.roi("show keep"))


def _logged(client, caplog) -> list[str]:
    """The log lines once all work queued after the acks has run."""
    client.app.runtime.drain()
    return [r.getMessage() for r in caplog.records]


def test_slack_api_failures_are_logged_once_and_the_bot_stays_up(client, slack, caplog):
    """A share through the response_url (a channel roibot is not in) answering 500, then
    hanging past our timeout: each is logged once, every request still gets its 200, and
    the next command is answered."""
    slack.not_in.add("C0001")
    reply = client.roi("calls=9000 aht+10%")
    value = reply["blocks"][-1]["elements"][0]["value"]
    caplog.set_level(logging.WARNING)
    slack.fail_status = 500
    assert client.action(SHARE_ACTION, value).status == 200
    assert _logged(client, caplog) == ["response_url answered 500"]
    caplog.clear()
    slack.fail_status = None
    slack.delay_paths["/hooks/"] = 3  # longer than the bot's 2-second budget for Slack
    started = time.monotonic()
    assert client.action(SHARE_ACTION, value).status == 200
    assert time.monotonic() - started < 2.9, "the ack must beat Slack's 3 seconds"
    assert _logged(client, caplog) == ["response_url failed: TimeoutError"]
    slack.delay_paths.clear()
    assert "$(16,200)" in text_of(client.roi("calls=9000 aht+10%"))


def test_response_url_outside_slack_is_not_followed(client, slack, caplog):
    """A payload naming a response_url on another host: nothing is posted there."""
    slack.not_in.add("C0001")
    value = client.roi("")["blocks"][-1]["elements"][0]["value"]
    caplog.set_level(logging.WARNING)
    assert (
        client.action(SHARE_ACTION, value, response_url="https://evil.example/hooks/x").status
        == 200
    )
    assert "not posting to a response_url outside Slack" in "\n".join(_logged(client, caplog))
    assert slack.posted("/hooks/") == []


def test_response_url_redirects_are_not_followed(client, slack, caplog):
    """An allowed host answering 302 to another local port: the bot does not go there."""
    from tests.bot.fake_slack import FakeSlack

    with FakeSlack() as elsewhere:
        slack.redirects["/hooks/bounce"] = elsewhere.hook("landed")
        slack.not_in.add("C0001")
        value = client.roi("")["blocks"][-1]["elements"][0]["value"]
        caplog.set_level(logging.WARNING)
        client.action(SHARE_ACTION, value, response_url=slack.hook("bounce"))
        assert "response_url answered 302" in _logged(client, caplog)
        assert elsewhere.paths() == []


def test_secrets_never_in_logs_replies_or_errors(client, slack, caplog):
    """The token and signing secret appear in no log line, reply or exception text, even
    when a library logs them (the redactor)."""
    caplog.set_level(logging.DEBUG)
    replies = [client.roi(text) for text in ("calls=9000", "conv=0.08", "save a", "list")]
    slack.fail_status = 500
    client.action(SHARE_ACTION, replies[0]["blocks"][-1]["elements"][0]["value"])
    everything = caplog.text + json.dumps(replies)
    assert TOKEN not in everything and SECRET not in everything
    settings = BotSettings(slack_bot_token=TOKEN, slack_signing_secret=SECRET, _env_file=None)
    assert TOKEN not in repr(settings) and SECRET not in str(settings)
    record = logging.LogRecord(
        "x", logging.ERROR, __file__, 1, "auth failed for %s", (TOKEN,), None
    )
    Redactor(settings.secrets()).filter(record)
    assert TOKEN not in record.getMessage() and "[redacted]" in record.getMessage()
    try:
        raise RuntimeError(f"boom {SECRET}")
    except RuntimeError:
        record = logging.LogRecord("x", logging.ERROR, __file__, 1, "oops", (), sys.exc_info())
    Redactor(settings.secrets()).filter(record)
    assert SECRET not in record.exc_text


def test_replies_at_the_limits(client, store):
    """10,000 scenarios in a team, a 64-character name, a 3,000-character note: every reply
    stays within Slack's limits."""
    name = "n" * 64
    note = "word " * 600
    client.roi(f"save {name} uplift=6% # {note}")
    store.save_many(
        "T0001", [f"s{n:05d}" for n in range(10_000)], REFERENCE_INPUTS, by="U1", command="x"
    )
    for text in (
        "list",
        "list 500",
        "list 501",
        f"show {name}",
        f"history {name}",
        f"compare {name} s00001",
        f"{name} calls+10%",
        f"breakeven {name}",
        f"sweep {name} uplift=0.05..10%/0.05%",
        "show s09999",
        "help settings",
    ):
        reply = client.roi(text)
        assert_within_limits(reply)
        assert (
            not reply["blocks"][0].get("text", {}).get("text", "").startswith("⚠️")
            or text == "list 501"
        ), text
    assert "Scenarios (10001)" in text_of(client.roi("list"))


def test_database_file_mode_survives_the_server(serve_env, tmp_path):
    """A database the server creates is owner-only."""
    with running_server(serve_env):
        pass
    assert stat.S_IMODE((tmp_path / "roi.db").stat().st_mode) == 0o600
