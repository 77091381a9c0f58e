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


def _counted(tmp_path):  # type: ignore[no-untyped-def]
    """A store on SQLite, a cache that records each read of a team's count, and a save made
    on another thread (another connection)."""
    from bot.store.answer_cache import AnswerCache
    from bot.store.scenarios import ScenarioStore
    from bot.store.sqlite import SqliteDatabase
    from calc.inputs import REFERENCE_INPUTS

    store = ScenarioStore(SqliteDatabase(tmp_path / "roi.db"))
    counted: list[str] = []

    def team_writes(team: str) -> int | None:
        counted.append(team)
        return store.team_writes(team)

    def save(team: str, name: str) -> None:
        saver = threading.Thread(
            target=store.save,
            args=(team, name, lambda _: REFERENCE_INPUTS),
            kwargs={"by": "U", "command": "save"},
        )
        saver.start()
        saver.join()

    return store, AnswerCache(store.quick_marker, team_writes), counted, save


def test_another_teams_save_keeps_an_answer_and_the_teams_own_save_drops_it(tmp_path):
    """On SQLite, any commit moves the file's marker; the team's count of writes then says
    whether it was this team's: another team's save keeps the answer (read once, from the
    count), the team's own save drops it. With nothing committed, no table is read."""
    from calc.inputs import REFERENCE_INPUTS

    store, cache, counted, save = _counted(tmp_path)
    cache.put("q", cache.state("TA"), "answer")
    counted.clear()
    assert cache.get("TA", "q") == "answer" and counted == []  # nothing committed
    save("TB", "other")
    assert cache.get("TA", "q") == "answer" and counted == ["TA"]
    assert cache.get("TA", "q") == "answer" and counted == ["TA"]  # its state moved on
    save("TA", "default")
    assert cache.get("TA", "q") is None
    cache.put("q", cache.state("TA"), "answer 2")
    counted.clear()
    store.save(
        "TA", "q3", lambda _: REFERENCE_INPUTS, by="U", command="save"
    )  # this thread's connection
    cache.wrote()
    assert cache.get("TA", "q") is None and counted == ["TA"]


def test_threads_share_answers_and_an_older_answer_put_late_is_never_served(tmp_path):
    """An answer made in one thread serves the others (each reads the team's count once);
    an answer made from an older state and put after a newer one is checked, not taken on
    another thread's stamp of the newer one."""
    from bot.store.answer_cache import AnswerCache
    from bot.store.scenarios import ScenarioStore
    from bot.store.sqlite import SqliteDatabase
    from calc.inputs import REFERENCE_INPUTS

    store = ScenarioStore(SqliteDatabase(tmp_path / "roi.db"))
    cache = AnswerCache(store.quick_marker, store.team_writes)

    def in_thread(work):  # another thread: another connection, its own stamps
        out = []
        worker = threading.Thread(target=lambda: out.append(work()))
        worker.start()
        worker.join()
        return out[0]

    def save() -> None:
        store.save("TA", "default", lambda _: REFERENCE_INPUTS, by="U", command="save")

    cache.put("q", cache.state("TA"), "made in the main thread")
    assert in_thread(lambda: cache.get("TA", "q")) == "made in the main thread"
    old = cache.state("TA")  # an answer started before the save below
    in_thread(save)
    assert cache.get("TA", "q") is None  # the team wrote

    newer_put, older_put = threading.Event(), threading.Event()

    def newer_then_stale() -> str | None:
        cache.put("q", cache.state("TA"), "newer")
        assert cache.get("TA", "q") == "newer"
        newer_put.set()
        older_put.wait(timeout=30)
        return cache.get("TA", "q")

    out: list[str | None] = []
    worker = threading.Thread(target=lambda: out.append(newer_then_stale()))
    worker.start()
    assert newer_put.wait(timeout=30)
    cache.put("q", old, "older")  # the slow answer lands last
    older_put.set()
    worker.join()
    assert out == [None]


def test_a_count_that_cannot_be_read_leaves_answers_uncached_not_failed(caplog):
    """A cache is an optimization: when the team's count cannot be read (a read-only file of
    a schema older than its table), nothing is cached and every answer is made, once logged."""
    import sqlite3

    from bot.store.answer_cache import AnswerCache

    def team_writes(team: str) -> int | None:
        raise sqlite3.OperationalError("no such table: team_changes")

    cache = AnswerCache(lambda: 7, team_writes)
    assert cache.state("TA") is None
    cache.put("q", cache.state("TA"), "answer")
    assert cache.get("TA", "q") is None
    assert "answers are not cached" in caplog.text


def test_a_database_whose_count_cannot_be_read_still_answers(settings, slack, tmp_path):
    """The team's count of writes unreadable (its table missing, as in a file of a schema
    before it that cannot be migrated): questions are answered, uncached, twice in a row."""
    import sqlite3

    from bot.slack.app import create_app
    from bot.store.scenarios import ScenarioStore
    from bot.store.sqlite import SqliteDatabase
    from calc.inputs import REFERENCE_INPUTS
    from tests.bot.conftest import Client

    path = tmp_path / "old.db"
    store = ScenarioStore(SqliteDatabase(path))
    values = REFERENCE_INPUTS.with_values(calls=REFERENCE_INPUTS.calls * 2)
    store.save("T0001", "default", lambda _: values, by="U", command="save default")
    store.db.close()
    with sqlite3.connect(path) as conn:
        conn.execute("DROP TABLE team_changes")
    app = create_app(settings, database=SqliteDatabase(path))
    try:
        client = Client(app, slack)
        for _ in range(2):
            assert "calls 18,000/day" in text_of(client.roi("uplift=6%"))
    finally:
        app.close()


def test_new_questions_all_day_keep_no_more_than_the_cache_holds():
    """A thread answering a new question every time (a team exploring what-ifs) keeps at
    most the cache's own entries alive: the per-thread stamps once kept every answer ever
    put (a worker's memory grew with every new question, and so did its collector's
    pauses). What the cache still serves is served."""
    import gc
    import weakref

    from bot.store.answer_cache import AnswerCache

    class Reply:  # a reply that can be watched for being freed
        pass

    cache = AnswerCache(lambda: 7, lambda team: 1, size=16)
    alive = []
    for n in range(1_000):
        reply = Reply()
        alive.append(weakref.ref(reply))
        cache.put(f"q{n}", cache.state("TA"), reply)
    gc.collect()
    kept = sum(ref() is not None for ref in alive)
    assert kept <= 4 * 16 + 16, kept  # the entries, and at most one round of stamps
    assert cache.get("TA", "q999") is alive[999]()
    assert cache.get("TA", "q0") is None


def test_a_new_question_reads_the_teams_count_only_when_something_was_committed(tmp_path):
    """Each new question keeps the team's count with its answer; while nothing has been
    committed anywhere since this thread last read it, it is not read again, and any commit
    (another connection's, or a write through this process) has it read."""
    _, cache, counted, save = _counted(tmp_path)
    first = cache.state("TA")
    assert cache.state("TA") == first and counted == ["TA"]  # nothing committed: one read
    assert cache.state("TB") is not None and counted == ["TA", "TB"]  # another team: its own

    save("TA", "default")
    moved = cache.state("TA")
    assert counted == ["TA", "TB", "TA"] and moved is not None and first is not None
    assert moved[2] != first[2]  # the team's count moved with its save, and is read so
    cache.wrote()  # a write through this process (its own connection's marker stays)
    assert cache.state("TA") is not None and counted[-1] == "TA" and len(counted) == 4


def test_an_answer_is_kept_from_its_second_asking(client, app):
    """A team exploring what-ifs asks most questions once: those are answered and not kept
    (no state read, no entry); a question asked a second time is kept and then served
    without being answered again, the same reply."""
    runtime = app.runtime
    answered: list[str] = []
    execute = runtime.service.execute

    def counted(command, *args, **kwargs):  # type: ignore[no-untyped-def]
        answered.append(str(command))
        return execute(command, *args, **kwargs)

    runtime.service.execute = counted
    for calls in range(9000, 9050):
        client.roi(f"calls={calls} aht+10%")
    assert len(answered) == 50 and len(runtime.cache) == 0  # asked once each: none kept

    first = client.roi("calls=9000 aht+10%")  # asked before: answered, and now kept
    assert len(answered) == 51 and len(runtime.cache) == 1
    again = [client.roi("calls=9000 aht+10%") for _ in range(3)]
    assert len(answered) == 51  # served from the cache
    assert all(text_of(reply) == text_of(first) for reply in again)
    assert "calls 9,000/day" in text_of(first)
