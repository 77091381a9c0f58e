"""Load with writes, a killed server, a read-only or full database, a failing Slack API,
secrets in logs, and replies at the limits: roibot keeps working and loses nothing."""

from __future__ import annotations

import json
import logging
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bot.config import BotSettings, Redactor
from bot.render import SAVE_ACTION, SHARE_ACTION
from bot.store import ScenarioStore
from bot.testing import free_port, running_server
from calc.inputs import REFERENCE_INPUTS
from tests.bot.conftest import SECRET, TOKEN, text_of
from tests.bot.slack_limits import assert_within_limits

ROOT = Path(__file__).parents[2]


def _load(base: str, count: int, concurrency: int, save_every: int,
          timeout: float = 300) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "bench.load", base + "/slack/events", str(count),
         str(concurrency), str(save_every)],
        stdout=subprocess.PIPE, text=True, cwd=ROOT,
        env={**os.environ, "SLACK_SIGNING_SECRET": SECRET, "PYTHONPATH": str(ROOT)},
    )


def _acknowledged_saves_present(db: Path, saves: list[list]) -> None:
    store = ScenarioStore(db)
    assert store.integrity() == "ok"
    for team, name, version, calls in saves:
        stored = store.version(team, name, int(version))
        assert stored is not None, (team, name, version)
        assert str(stored.inputs.calls) == str(calls)
    store.close()


@pytest.fixture
def serve_env(slack, tmp_path):
    return {"SLACK_SIGNING_SECRET": SECRET, "SLACK_BOT_TOKEN": TOKEN,
            "SLACK_API_URL": slack.api_url, "ROI_DB": str(tmp_path / "roi.db")}


def test_load_with_writes_loses_nothing(serve_env, tmp_path):
    """32 clients, 3,000 signed requests, one in five a save: every request answered, every
    acknowledged save present, integrity ok."""
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
    port = free_port()
    with running_server(serve_env, port=port) as (base, process):
        load = _load(base, 20_000, 16, 2)
        time.sleep(1.5)
        os.killpg(process.pid, signal.SIGKILL)
        out, _ = load.communicate(timeout=300)
    result = json.loads(out)
    assert len(result["saves"]) > 20, "the load should have saved before the kill"
    assert result["errors"] > 0, "the kill should have cut requests off"
    with running_server(serve_env, port=free_port()) as (base, _):
        pass  # it starts and answers /healthz on the same file
    _acknowledged_saves_present(tmp_path / "roi.db", result["saves"])


def _refused(reply, why):
    line = reply["blocks"][0]["text"]["text"]
    return line == f"⚠️ could not save, nothing changed: {why}: try again, or tell your admin"


def test_read_only_database_says_nothing_changed(client, store):
    """A read-only database (SQLite's own SQLITE_READONLY, through query_only, since root
    ignores file modes): every write gets one clear line, nothing changes, reads work."""
    for n in range(3):
        client.roi(f"save keep-{n} uplift=6%")
    store._connect().execute("PRAGMA query_only=ON")
    for command in ("save keep-1 calls=5k", "save new-one", "delete keep-2",
                    "restore keep-0 1"):
        assert _refused(client.roi(command), "the database is read-only"), command
    assert "Scenarios (3)" in text_of(client.roi("list"))
    assert "keep-1 v1" in text_of(client.roi("show keep-1"))
    assert [v.version for v in store.history("T0001", "keep-0")[0]] == [1]


def test_full_disk_says_nothing_changed(client, store):
    """A full database (SQLite's own SQLITE_FULL, through max_page_count): the save that no
    longer fits gets one clear line and leaves nothing behind; reads still work."""
    client.roi("save keep uplift=6%")
    conn = store._connect()
    conn.execute(f"PRAGMA max_page_count={conn.execute('PRAGMA page_count').fetchone()[0]}")
    note = "x" * 2900
    for attempt in range(1, 40):
        before = store.history("T0001", "keep")[0]
        reply = client.roi(f"save keep calls={9000 + attempt} # {note}")
        if _refused(reply, "the disk is full"):
            break
    else:
        pytest.fail("the database never filled up")
    assert store.history("T0001", "keep")[0] == before, "the refused save left nothing"
    assert "Scenarios (1)" in text_of(client.roi("list"))
    assert f"keep v{before[0].version}" in text_of(client.roi("show keep"))


def test_slack_api_failures_are_logged_once_and_the_bot_stays_up(client, slack, caplog):
    """response_url answering 500, then hanging past our timeout; views.open failing: each
    is logged once, every request still gets its 200, and the next command is answered."""
    reply = client.roi("calls=9000 aht+10%")
    value = reply["blocks"][-1]["elements"][0]["value"]
    caplog.set_level(logging.WARNING)
    slack.fail_status = 500
    assert client.action(SHARE_ACTION, value).status == 200
    assert [r.getMessage() for r in caplog.records] == ["response_url answered 500"]
    caplog.clear()
    assert client.action(SAVE_ACTION, value).status == 200
    assert len([r for r in caplog.records if "views.open failed" in r.getMessage()]) == 1
    caplog.clear()
    slack.fail_status = None
    slack.delay_s = 3  # longer than the bot's 2-second budget for calls to Slack
    started = time.monotonic()
    assert client.action(SHARE_ACTION, value).status == 200
    assert time.monotonic() - started < 2.9, "the ack must beat Slack's 3 seconds"
    assert [r.getMessage() for r in caplog.records] == ["response_url failed: TimeoutError"]
    slack.delay_s = 0
    assert "$(16,200)" in text_of(client.roi("calls=9000 aht+10%"))


def test_response_url_outside_slack_is_not_followed(client, slack, caplog):
    """A payload naming a response_url on another host: nothing is posted there."""
    payload_value = client.roi("")["blocks"][-1]["elements"][0]["value"]
    slack.hook = lambda name="r1": "https://evil.example/hooks/x"  # type: ignore[method-assign]
    caplog.set_level(logging.WARNING)
    assert client.action(SHARE_ACTION, payload_value).status == 200
    assert "not posting to a response_url outside Slack" in caplog.text
    assert slack.posted("/hooks/") == []


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
    record = logging.LogRecord("x", logging.ERROR, __file__, 1, "auth failed for %s", (TOKEN,),
                               None)
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
    with store._write() as db:
        for n in range(10_000):
            store._append(db, "T0001", f"s{n:05d}", None, REFERENCE_INPUTS, "U1", "x", note,
                          None)
    for text in ("list", "list 500", "list 501", f"show {name}", f"history {name}",
                 f"compare {name} s00001", f"{name} calls+10%", f"breakeven {name}",
                 f"sweep {name} uplift=0.05..10%/0.05%", "show s09999", "help settings"):
        reply = client.roi(text)
        assert_within_limits(reply)
        assert not reply["blocks"][0].get("text", {}).get("text", "").startswith("⚠️") or \
            text == "list 501", text
    assert "Scenarios (10001)" in text_of(client.roi("list"))
