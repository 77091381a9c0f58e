"""The red team's holes, each shut: tables locked on PostgreSQL (every answer inside
Slack's 3 seconds, a refused save absent), /healthz touching what answers touch (a locked
table, an immutable SQLite file), NULs in notes on both backends, oversized request heads,
guests from another organisation, an OAuth state redeemed twice, and log floods."""

from __future__ import annotations

import json
import logging
import socket
import subprocess
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import psycopg
import pytest

from bot.store.db import open_database
from bot.store.scenarios import ScenarioStore
from calc.inputs import REFERENCE_INPUTS
from tests.bot.conftest import SECRET, TOKEN, text_of
from tests.bot.test_events import answers, event_body, line, send_event
from tests.bot.test_faults import _health, _line, _post
from tests.servers import running_server

BUSY = "⚠️ the database is busy; nothing was saved: try again"
BUSY_READ = "⚠️ the database is busy; nothing was changed: try again"


@contextmanager
def locked(url: str, table: str) -> Iterator[None]:
    """`table` held in ACCESS EXCLUSIVE mode by another connection for the block."""
    ready, done = threading.Event(), threading.Event()

    def hold() -> None:
        with psycopg.connect(url, autocommit=False) as conn:
            conn.execute(f"LOCK TABLE {table} IN ACCESS EXCLUSIVE MODE")
            ready.set()
            done.wait(30)
            conn.rollback()

    holder = threading.Thread(target=hold)
    holder.start()
    assert ready.wait(10)
    try:
        yield
    finally:
        done.set()
        holder.join(30)


@pytest.fixture
def pg_env(slack, postgres_url):
    return {
        "SLACK_SIGNING_SECRET": SECRET,
        "SLACK_BOT_TOKEN": TOKEN,
        "SLACK_API_URL": slack.api_url,
        "ROI_DB": postgres_url,
    }


@pytest.mark.parametrize("table", ["scenarios", "team_changes"])
def test_a_locked_table_is_answered_inside_slacks_three_seconds(pg_env, slack, table):
    """With a table locked elsewhere for as long as it takes, /roi, list, show and save
    through the server each answer within 3 s: questions as busy (nothing changed), the
    save as busy and nothing saved (after the lock goes, q3 still has one version);
    /healthz says 503 busy meanwhile."""
    store = ScenarioStore(open_database(pg_env["ROI_DB"]))
    store.save("T0001", "q3", lambda _: REFERENCE_INPUTS, by="U1", command="save q3")
    with running_server(pg_env, args=("--workers", "1")) as (base, _):
        with locked(pg_env["ROI_DB"], table):
            for text in ("list", "show q3", "q3 calls+10%", "calls=9000"):
                status, reply, took = _post(base, text, slack)
                assert status == 200 and took < 3, (text, took)
                # Busy where the answer needs the table; a real answer where it does not.
                assert _line(reply) in (BUSY, BUSY_READ) or "⚠️" not in _line(reply), reply
            for text in ("save q3 uplift=6%", "save q4 uplift=6%"):
                status, reply, took = _post(base, text, slack)
                assert status == 200 and took < 3 and _line(reply) == BUSY, (text, took, reply)
            status, health = _health(base)
            assert status == 503 and health["database"] == "busy"
        assert _health(base)[0] == 200
        assert _line(_post(base, "show q3", slack)[1]).startswith("q3 v1")
    assert [v.version for v in store.history("T0001", "q3").versions] == [1]
    assert store.latest("T0001", "q4") is None


def test_a_mention_under_a_locked_table_is_answered_busy(slack, postgres_url, tmp_path):
    """A mention while the scenarios are locked gets the busy line in its thread, not an
    answer 10 s late (or none)."""
    from pydantic import SecretStr

    from bot.config import BotSettings
    from bot.slack.app import create_app
    from tests.bot.conftest import Client

    settings = BotSettings(
        slack_signing_secret=SecretStr(SECRET),
        slack_bot_token=SecretStr(TOKEN),
        slack_api_url=slack.api_url,
        roi_db=postgres_url,
        _env_file=None,
    )
    app = create_app(settings)
    try:
        with locked(postgres_url, "conversations"):
            started = time.monotonic()
            send_event(Client(app, slack), event_body("<@UBOT> what if AHT goes up 15%?"))
            (posted,) = answers(slack, 1)
            assert time.monotonic() - started < 3
            assert line(posted).startswith("⚠️ the database is busy")
    finally:
        app.close()


def _immutable(paths: list[str], on: bool) -> bool:
    flag = "+i" if on else "-i"
    done = subprocess.run(["chattr", flag, *paths], capture_output=True)
    return done.returncode == 0


def test_health_says_503_when_the_sqlite_files_turn_immutable(tmp_path, slack):
    """The database files made immutable under a running server (chattr +i): a save is
    refused and /healthz says 503 (its write is committed, so it touches the WAL as a save
    does); afterwards both recover."""
    env = {
        "SLACK_SIGNING_SECRET": SECRET,
        "SLACK_BOT_TOKEN": TOKEN,
        "SLACK_API_URL": slack.api_url,
        "ROI_DB": str(tmp_path / "roi.db"),
    }
    with running_server(env, args=("--workers", "1")) as (base, _):
        _post(base, "save q3 uplift=6%", slack)
        # The database and its WAL (an immutable -shm, which SQLite maps into memory,
        # would make any process that writes to it die of SIGBUS, roibot or not).
        files = [str(tmp_path / "roi.db"), str(tmp_path / "roi.db-wal")]
        if not _immutable(files, True):
            pytest.skip("chattr +i is not allowed here (needs root on ext4 or similar)")
        try:
            status, health = _health(base)
            assert status == 503, health
            assert _line(_post(base, "save q4 uplift=6%", slack)[1]).startswith("⚠️ ")
        finally:
            _immutable(files, False)
        assert _health(base)[0] == 200


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_a_nul_in_a_note_saves_the_same_on_both_backends(backend, request, tmp_path):
    """`save nul1 … # a\\x00b` (typed, or in a mention) is saved on either backend with the
    NUL made a space: the same note on SQLite and PostgreSQL, never a crash."""
    from bot.service import Caller, Service
    from calc.understand import understand

    location = (
        str(tmp_path / "roi.db") if backend == "sqlite" else request.getfixturevalue("postgres_url")
    )
    service = Service(ScenarioStore(open_database(location)))
    understood = understand("save nul1 uplift=6% # a\x00b")
    saved = service.execute(understood.command, Caller("T", "U"), understood.text)
    assert saved.version.note == "a b"
    assert "\x00" not in saved.version.command
    assert service.store.latest("T", "nul1").note == "a b"


def _head(base: str, data: bytes) -> bytes:
    host, port = base.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as conn:
        try:
            conn.sendall(data)
        except OSError:
            pass  # the server may close before it has read everything: that is the point
        try:
            return conn.recv(200)
        except OSError:
            return b""


def test_oversized_request_heads_are_refused_before_they_are_buffered(tmp_path, slack):
    """A 1 MiB URL gets 414, a 1 MiB header or 200 headers 431, each answered at once and
    the connection closed; the server still answers a signed /roi."""
    env = {
        "SLACK_SIGNING_SECRET": SECRET,
        "SLACK_BOT_TOKEN": TOKEN,
        "SLACK_API_URL": slack.api_url,
        "ROI_DB": str(tmp_path / "roi.db"),
    }
    with running_server(env, args=("--workers", "1")) as (base, _):
        long_url = b"GET /slack/oauth_redirect?code=" + b"A" * (1 << 20) + b" HTTP/1.1\r\n"
        assert _head(base, long_url).startswith(b"HTTP/1.1 414")
        big_header = b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: " + b"B" * (1 << 20) + b"\r\n"
        assert _head(base, big_header).startswith(b"HTTP/1.1 431")
        many = b"GET /healthz HTTP/1.1\r\n" + b"".join(f"X-{n}: v\r\n".encode() for n in range(200))
        assert _head(base, many + b"\r\n").startswith(b"HTTP/1.1 431")
        status, reply, _ = _post(base, "calls=9000 aht+10%", slack)
        assert status == 200 and "Profit center" in text_of(reply)


def _guest_mention(text: str, **extra: object) -> str:
    body = json.loads(event_body(text, user="UGUEST", **extra))
    body["is_ext_shared_channel"] = True
    body["event"]["user_team"] = "TOTHER"
    return json.dumps(body)


def test_a_guest_from_another_organisation_computes_but_cannot_read_or_save(client, slack):
    """In a Slack Connect channel, a mention from another organisation's user: list, show,
    a what-if on a saved scenario and "save this" are refused by the rule; a what-if on
    settings is answered from the reference values (never the team's default); the team's
    scenarios are untouched."""
    client.roi("save q3-plan uplift=6%")
    client.roi("save default calls=5000")
    sent = [
        ("<@UBOT> what scenarios do we have?", "belong to the workspace"),
        ("<@UBOT> show q3-plan", "belong to the workspace"),
        ("<@UBOT> calls=9000 aht+10%", "From Fig. 2 reference values"),
        ("<@UBOT> save this as q3-plan", "belong to the workspace"),
    ]
    for n, (text, expected) in enumerate(sent, start=1):
        send_event(client, _guest_mention(text))
        posted = answers(slack, n)[-1]
        assert expected in text_of(posted), (text, text_of(posted))
    history = client.roi("history q3-plan")
    assert "v2" not in text_of(history)


def test_a_guests_button_and_home_tab_are_refused(client, slack):
    """A Save as… submission, a Home-tab Open and the Home tab itself from a user whose team
    is another workspace (outside Enterprise Grid): refused, nothing saved or published."""
    from slack_bolt import BoltContext

    from bot.service import Caller
    from bot.slack.caller import is_guest
    from calc.commands import Save, Show
    from calc.errors import Refusal
    from calc.names import ScenarioRef

    client.roi("save q3 uplift=6%")
    guest = Caller("T0001", "UGUEST", guest=True)
    service = client.app.runtime.service
    for attempt in (
        lambda: service.home(guest),
        lambda: service.execute(Show(ScenarioRef("q3")), guest),
        lambda: service.execute(Save("q3"), guest),
    ):
        with pytest.raises(Refusal) as refused:
            attempt()
        assert "belong to the workspace" in str(refused.value)
    assert service.store.latest("T0001", "q3").version == 1

    context = BoltContext({"team_id": "T0001"})
    assert is_guest({"type": "block_actions", "user": {"id": "U", "team_id": "TOTHER"}}, context)
    assert not is_guest({"type": "block_actions", "user": {"id": "U", "team_id": "T0001"}}, context)
    grid = BoltContext({"team_id": "T0001", "enterprise_id": "E1"})
    assert not is_guest({"type": "block_actions", "user": {"id": "U", "team_id": "T2"}}, grid)


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_an_oauth_state_is_consumed_at_most_once(backend, request, tmp_path):
    """Eight callbacks racing with one state: exactly one consumes it (one DELETE, its
    row count checked), on both backends."""
    from pydantic import SecretStr

    from bot.config import BotSettings
    from bot.web import oauth

    location = (
        str(tmp_path / "roi.db") if backend == "sqlite" else request.getfixturevalue("postgres_url")
    )
    settings = BotSettings(
        slack_client_id="1.2",
        slack_client_secret=SecretStr("secret"),
        roi_db=location,
        _env_file=None,
    )
    installations, states = oauth.stores(settings)
    oauth.create_tables(installations, states)
    state = states.issue()
    barrier = threading.Barrier(8)
    won: list[bool] = []

    def consume() -> None:
        barrier.wait()
        won.append(states.consume(state))

    racers = [threading.Thread(target=consume) for _ in range(8)]
    for racer in racers:
        racer.start()
    for racer in racers:
        racer.join(30)
    assert sorted(won) == [False] * 7 + [True]
    assert states.consume(state) is False


def test_a_burst_of_one_problem_is_one_log_line(caplog):
    """1,000 charts left out in a burst: one line, and the next one (a minute on) says how
    many were left out meanwhile."""
    from bot.logs import LimitedLog

    now = [0.0]
    limited = LimitedLog(logging.getLogger("roibot.test"), clock=lambda: now[0])
    caplog.set_level(logging.WARNING, "roibot.test")
    for _ in range(1000):
        limited.warning("chart left out", "chart left out")
    now[0] = 61.0
    limited.warning("chart left out", "chart left out")
    limited.warning("another", "another kind")
    assert [r.getMessage() for r in caplog.records] == [
        "chart left out",
        "chart left out (999 more like this left out since the last line)",
        "another kind",
    ]


def test_unhandled_requests_are_one_short_line(client, caplog):
    """Ten signed shortcuts roibot has no listener for: one short log line, not Bolt's
    8 to 9 lines of suggested code each."""
    from urllib.parse import urlencode

    caplog.set_level(logging.WARNING)
    payload = {
        "type": "shortcut",
        "callback_id": "not_ours",
        "team": {"id": "T0001"},
        "user": {"id": "U0001", "team_id": "T0001"},
        "trigger_id": "1.2.3",
    }
    for _ in range(10):
        client.send(urlencode({"payload": json.dumps(payload)}))
    lines = [r.getMessage() for r in caplog.records]
    assert len(lines) == 1 and lines[0].startswith("an unhandled request"), lines
    assert "\n" not in lines[0]
