"""The scenario store's contract, on both backends (one parametrized suite): versions,
isolation between teams, refusals that leave nothing behind, concurrency and crashes.
SQLite-only matters (the file, its owner, its locks) are at the end."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import stat
import subprocess
import sys
import time
from decimal import Decimal as D
from pathlib import Path

import pytest

from bot.store.conversations import ConversationStore, Place
from bot.store.db import (
    StoreBusy,
    StoreReadOnly,
    StoreSetupError,
    StoreUnavailable,
    open_database,
)
from bot.store.scenarios import ScenarioStore, StoredRuleRefusal
from bot.store.schema import SCHEMA_VERSION, statements
from bot.store.sqlite import SqliteDatabase
from calc.english import Thread
from calc.errors import Refusal
from calc.inputs import REFERENCE_INPUTS
from calc.settings import apply, parse_settings
from tests.bot.readonly import read_only

HERE = Path(__file__).parent
ROOT = HERE.parents[1]


def setting(text):
    settings = parse_settings(text.split())
    return lambda base: apply(base if base is not None else REFERENCE_INPUTS, settings)


@pytest.fixture(params=["sqlite", "postgresql"])
def location(request, tmp_path):
    """Where the store lives: a SQLite file, or a fresh PostgreSQL database."""
    if request.param == "sqlite":
        return str(tmp_path / "roi.db")
    return request.getfixturevalue("postgres_url")


@pytest.fixture
def store(location):
    database = open_database(location)
    yield ScenarioStore(database)
    database.close()


def test_every_save_is_a_version_and_restore_adds_one(store):
    """Two saves give v1 and v2; restoring v1 gives v3 equal to v1; nothing is overwritten."""
    first = store.save("a", "q3", setting("uplift=6%"), by="ann", command="save q3 uplift=6%")
    second = store.save("a", "q3", setting("calls=10k"), by="bob", command="save q3 calls=10k")
    assert (first.version, second.version) == (1, 2)
    assert second.inputs.uplift == D("0.06"), "a save starts from the latest version"
    assert second.inputs.calls == D(10000)
    third = store.restore("a", "q3", 1, by="cy", command="restore q3 1")
    assert third.version == 3 and third.restored_from == 1
    assert third.inputs == first.inputs
    history = store.history("a", "q3")
    assert [v.version for v in history.versions] == [3, 2, 1] and history.total == 3
    assert [v.saved_by for v in history.versions] == ["cy", "bob", "ann"]
    assert store.version("a", "q3", 2).inputs == second.inputs


def test_delete_hides_and_restore_brings_back(store):
    """delete hides a scenario but keeps its versions; restore undeletes it."""
    store.save("a", "q3", setting("uplift=6%"), by="ann", command="save q3")
    assert store.delete("a", "q3", by="ann") is True
    assert store.latest("a", "q3") is None
    assert store.count("a") == 0
    assert store.delete("a", "q3", by="ann") is False
    history = store.history("a", "q3")
    assert [v.version for v in history.versions] == [1] and history.deleted
    assert [e.kind for e in history.events] == ["delete"]
    back = store.restore("a", "q3", 1, by="ann", command="restore q3 1")
    assert back.version == 2
    assert store.latest("a", "q3").inputs.uplift == D("0.06")
    assert [e.kind for e in store.history("a", "q3").events] == ["restore", "delete"]


def test_save_after_delete_starts_fresh_but_keeps_numbering(store):
    """Saving a deleted name starts from the defaults and continues its version numbers."""
    store.save("a", "q3", setting("uplift=6%"), by="ann", command="save q3")
    store.delete("a", "q3", by="ann")
    again = store.save("a", "q3", setting("calls=5k"), by="ann", command="save q3 calls=5k")
    assert again.version == 2 and again.inputs.uplift == D("0.08")


def test_teams_are_isolated(store):
    """Same name in two teams, guessed names, deleted ones, names differing in case."""
    store.save("a", "Q3", setting("uplift=6%"), by="ann", command="save Q3")
    store.save("b", "q3", setting("uplift=2%"), by="bob", command="save q3")
    store.save("a", "secret", setting("calls=1k"), by="ann", command="save secret")
    store.delete("a", "secret", by="ann")
    assert store.latest("a", "q3").inputs.uplift == D("0.06")
    assert store.latest("b", "Q3").inputs.uplift == D("0.02")
    assert store.latest("a", "q3").name == "Q3", "names compare case-insensitively"
    assert store.latest("b", "secret") is None
    assert store.latest("b", "secret", include_deleted=True) is None
    assert store.history("b", "secret") is None
    assert store.version("b", "secret", 1) is None
    assert store.restore("b", "secret", 1, by="bob", command="restore") is None
    assert store.delete("b", "secret", by="bob") is False
    assert [v.name for v in store.page("b", 1, 50)] == ["q3"]
    assert store.count("a") == 1 and store.count("c") == 0
    assert store.latest("a", "secret", include_deleted=True).deleted


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("", "a scenario needs a name"),
        ("a b", '"a b" is not a scenario name'),
        ("x" * 65, "scenario names are at most 64 characters"),
        ("save", '"save" is a command word'),
        ("HELP", '"HELP" is a command word'),
        ("calls", '"calls" is a setting name'),
    ],
)
def test_bad_names_refused_and_nothing_stored(store, name, message):
    """Bad and reserved names are refused with a reason; nothing is written."""
    with pytest.raises(Refusal) as refused:
        store.save("a", name, setting(""), by="ann", command="save")
    assert type(refused.value) is Refusal
    assert str(refused.value).startswith(message)
    assert store.count("a") == 0


def test_refused_settings_leave_store_untouched(store):
    """A save whose settings are refused stores nothing (no half-applied version)."""
    store.save("a", "q3", setting("uplift=6%"), by="ann", command="save q3")
    with pytest.raises(Refusal, match="conversion plus uplift comes to 105%, over 100%"):
        store.save("a", "q3", setting("conv=95% uplift=10%"), by="ann", command="bad")
    with pytest.raises(Refusal, match="a new name"):
        store.save(
            "a",
            "brand-new",
            lambda base: (_ for _ in ()).throw(Refusal("a new name refused midway")),
            by="ann",
            command="bad",
        )
    assert [v.version for v in store.history("a", "q3").versions] == [1]
    assert store.latest("a", "brand-new") is None and store.count("a") == 1


def test_history_reads_only_what_it_shows(store):
    """A history limited to 3 rows returns 3 versions and the true total."""
    for n in range(7):
        store.save("a", "busy", setting(f"calls={1000 + n}"), by="ann", command="x")
    history = store.history("a", "busy", limit=3)
    assert [v.version for v in history.versions] == [7, 6, 5] and history.total == 7


def test_page_orders_by_name_or_newest_first(store):
    """Pages by name for /roi list; newest first for the Home tab."""
    for name in ("b", "c", "a"):
        store.save("t", name, setting(""), by="ann", command="x")
    assert [v.name for v in store.page("t", 1, 10)] == ["a", "b", "c"]
    assert store.page("t", 1, 10, newest_first=True)[0].name == "a"


def test_stored_row_that_breaks_a_newer_rule_gives_a_clear_message(store, location):
    """A version saved before a rule existed (retained without clv) loads with a message
    naming the rule and the fix; a save that fixes it works."""
    store.save("a", "old", setting("retained=40 clv=$100"), by="ann", command="save old")
    _rewrite(
        location,
        "UPDATE versions SET inputs = ?",
        [json.dumps({**json.loads(_read(location, "SELECT inputs FROM versions")), "clv": "0"})],
    )
    stored = store.latest("a", "old")
    with pytest.raises(StoredRuleRefusal) as refused:
        _ = stored.inputs
    assert str(refused.value) == (
        '"old" v1 breaks a rule added since it was saved: retained needs clv, the lifetime '
        "value of one kept customer: save a fixed version, e.g. /roi save old retained=40 "
        "clv=$1,200"
    )
    fixed = store.save("a", "old", setting("clv=$800"), by="ann", command="save old clv=$800")
    assert fixed.inputs.retained == D(40) and fixed.inputs.clv == D(800)


def test_scenario_saved_without_staffing_keys_still_loads(store, location):
    """Inputs stored before the staffing keys existed load with the documented defaults."""
    store.save("a", "old", setting("uplift=6%"), by="ann", command="save old")
    values = json.loads(_read(location, "SELECT inputs FROM versions"))
    for key in ("wage", "sl", "sl_s", "shrink", "occ", "overhead"):
        del values[key]
    _rewrite(location, "UPDATE versions SET inputs = ?", [json.dumps(values)])
    loaded = store.latest("a", "old").inputs
    assert loaded.uplift == D("0.06") and loaded.wage is None and loaded.occ == D("0.85")


def _read(location, sql):
    database = open_database(location)
    with database.read() as session:
        row = session.one(sql)
    database.close()
    return next(iter(row.values()))


def _rewrite(location, sql, params):
    database = open_database(location)
    with database.write() as session:
        session.execute(sql, params)
    database.close()


def _env():
    return {**os.environ, "PYTHONPATH": str(ROOT)}


def _commit_waits_for_disk(session, dialect):
    if dialect == "sqlite":
        return session.one("PRAGMA synchronous")["synchronous"] == 2  # FULL
    return session.one("SHOW synchronous_commit")["synchronous_commit"] == "on"


def test_only_bookkeeping_commits_without_waiting_for_the_disk(location):
    """A thread's memory and an event's claim are committed without waiting for the disk
    (`durable=False`); every other write, a scenario's save included, waits, and so does
    the next write on the same connection after a bookkeeping one."""
    database = open_database(location)
    try:
        with database.write() as session:
            assert _commit_waits_for_disk(session, database.dialect)
        with database.write(durable=False) as session:
            assert not _commit_waits_for_disk(session, database.dialect)
        with database.write() as session:
            assert _commit_waits_for_disk(session, database.dialect)
        kinds: list[bool] = []
        write = database.write

        def recorded(*, durable: bool = True):
            kinds.append(durable)
            return write(durable=durable)

        database.write = recorded  # type: ignore[method-assign]
        ScenarioStore(database).save("T1", "plan", setting("uplift=7%"), by="U1", command="")
        assert kinds == [True]
        conversations = ConversationStore(database)
        assert conversations.claim("Ev1", "T1")
        conversations.remember(Place("T1", "C1", "1.0"), Thread())
        assert kinds == [True, False, False]
    finally:
        database.close()


def test_concurrent_processes_lose_nothing(location):
    """8 processes × 50 saves, to one shared name and to their own: every acknowledged save
    is present with its own version number, and no error reached a user."""
    open_database(location).close()
    workers = [
        subprocess.Popen(
            [sys.executable, str(HERE / "store_worker.py"), location, str(i), "50"],
            stdout=subprocess.PIPE,
            text=True,
            env=_env(),
        )
        for i in range(8)
    ]
    lines = []
    for worker in workers:
        out, _ = worker.communicate(timeout=240)
        assert worker.returncode == 0
        lines += out.splitlines()
    assert not [line for line in lines if line.startswith("ERROR")]
    acknowledged = [line.split() for line in lines]
    assert len(acknowledged) == 400
    store = ScenarioStore(open_database(location))
    shared = [(int(v), D(c)) for name, v, c in acknowledged if name == "shared"]
    assert sorted(v for v, _ in shared) == list(range(1, 201)), "each save its own version"
    for version, calls in shared:
        assert store.version("team", "shared", version).inputs.calls == calls
    for i in range(8):
        history = store.history("team", f"own-{i}")
        assert [v.version for v in history.versions] == list(range(25, 0, -1))


def test_sigkill_mid_save_loses_no_acknowledged_save(location):
    """A writer killed with SIGKILL while saving leaves a sound database holding every save
    it reported."""
    open_database(location).close()
    writer = subprocess.Popen(
        [sys.executable, str(HERE / "store_worker.py"), location, "0", "0", "forever"],
        stdout=subprocess.PIPE,
        text=True,
        env=_env(),
    )
    acknowledged = []
    deadline = time.monotonic() + 60
    while len(acknowledged) < 40 and time.monotonic() < deadline:
        acknowledged.append(writer.stdout.readline().split())
    os.kill(writer.pid, signal.SIGKILL)
    rest, _ = writer.communicate(timeout=30)
    acknowledged += [line.split() for line in rest.splitlines() if line.strip()]
    assert len(acknowledged) >= 40
    database = open_database(location)
    if isinstance(database, SqliteDatabase):
        assert database.integrity() == "ok"
    store = ScenarioStore(database)
    for name, version, calls in acknowledged:
        assert store.version("team", name, int(version)).inputs.calls == D(calls)


def test_health_reports_reachable_and_writable(location):
    """A sound database is reachable and writable."""
    health = open_database(location).health()
    assert health.ok and health.detail == "ok"


# -- SQLite: the file ------------------------------------------------------------------------


def test_non_roibot_files_are_refused_and_untouched(tmp_path):
    """A text file, a foreign SQLite database and a folder are refused, byte for byte intact."""
    text = tmp_path / "notes.db"
    text.write_bytes(b"hello, this is not a database at all")
    with pytest.raises(StoreSetupError, match="not a roibot database"):
        SqliteDatabase(text)
    assert text.read_bytes() == b"hello, this is not a database at all"
    foreign = tmp_path / "other.db"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE invoices (id INTEGER)")
    conn.commit()
    conn.close()
    before = foreign.read_bytes()
    with pytest.raises(StoreSetupError, match="not roibot's"):
        SqliteDatabase(foreign)
    assert foreign.read_bytes() == before
    with pytest.raises(StoreSetupError, match="is a folder"):
        SqliteDatabase(tmp_path)


def test_read_only_location_refused(tmp_path):
    """A database that cannot be created (a folder the process may not write) gets a clear
    refusal; as root too (the folder is made immutable)."""
    locked = tmp_path / "locked"
    locked.mkdir()
    with read_only(locked), pytest.raises(StoreSetupError) as refused:
        SqliteDatabase(locked / "roi.db")
    assert str(refused.value).startswith(f"cannot create the database at {locked / 'roi.db'}:")
    assert str(refused.value).endswith(": set ROI_DB to a writable place")
    assert not (locked / "roi.db").exists()


def test_read_only_database_refuses_writes_keeps_reads(tmp_path, caplog):
    """A database file the process may read but not write: every write is refused with the
    read-only line and logged once with its cause, reads work, health says not writable."""
    path = tmp_path / "roi.db"
    store = ScenarioStore(SqliteDatabase(path))
    store.save("team", "keep", setting("uplift=6%"), by="ann", command="x")
    store.db.close()
    with read_only(path):
        database = SqliteDatabase(path)
        store = ScenarioStore(database)
        assert store.latest("team", "keep").version == 1
        for write in (
            lambda: store.save("team", "keep", setting(""), by="x", command="x"),
            lambda: store.save("team", "new", setting(""), by="x", command="x"),
            lambda: store.delete("team", "keep", by="x"),
            lambda: store.restore("team", "keep", 1, by="x", command="x"),
        ):
            with pytest.raises(StoreReadOnly) as refused:
                write()
            assert str(refused.value) == (
                "could not save, nothing changed: the database is "
                "read-only: try again, or tell your admin"
            )
        health = database.health()
        assert (health.reachable, health.writable, health.detail) == (True, False, "read-only")
        database.close()
    refused_lines = [r.getMessage() for r in caplog.records if "write refused" in r.getMessage()]
    # One line for the kind of problem, not one per refused write (bot.logs).
    assert len(refused_lines) == 1 and "SQLITE_READONLY" in refused_lines[0]
    assert [
        v.version for v in ScenarioStore(SqliteDatabase(path)).history("team", "keep").versions
    ] == [1]


def test_missing_folder_refused(tmp_path):
    """A database in a folder that does not exist gets a clear refusal (also as root)."""
    with pytest.raises(StoreSetupError, match=r"cannot create the database at .*: No such file"):
        SqliteDatabase(tmp_path / "nowhere" / "roi.db")


def test_file_is_owner_only_and_schema_is_versioned(tmp_path):
    """The database is created 0600, WAL, with app and schema version recorded."""
    path = tmp_path / "roi.db"
    SqliteDatabase(path).close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    conn = sqlite3.connect(path)
    meta = dict(conn.execute("SELECT key, value FROM meta"))
    assert meta == {"app": "roibot", "schema_version": str(SCHEMA_VERSION)}
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_old_schema_migrates_in_place(location):
    """A database at schema 1 (before events, thread memory, claims and the scenarios'
    latest_at), built from migration 1's own statements, opens, migrates and keeps its
    scenario, listed newest first by the saved time it had."""
    inputs = json.dumps({k: str(v) for k, v in REFERENCE_INPUTS.values().items() if v is not None})
    rows = [
        "INSERT INTO meta (key, value) VALUES ('app', 'roibot')",
        "INSERT INTO meta (key, value) VALUES ('schema_version', '1')",
        "INSERT INTO scenarios (team, name, name_key, latest) VALUES ('a', 'q3', 'q3', 1)",
        "INSERT INTO versions (scenario_id, version, inputs, command, note, saved_by, "
        f"saved_at) VALUES (1, 1, '{inputs}', 'save q3', '', 'ann', "
        "'2026-01-02T03:04:05+00:00')",
    ]
    dialect = "postgresql" if location.startswith("postgresql") else "sqlite"
    create = [
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        *statements(1, dialect),
        *rows,
    ]
    if dialect == "sqlite":
        conn = sqlite3.connect(location)
        for sql in create:
            conn.execute(sql)
        conn.commit()
        conn.close()
    else:
        import psycopg

        with psycopg.connect(location, autocommit=True) as conn:
            for sql in create:
                conn.execute(sql)
    database = open_database(location)
    store = ScenarioStore(database)
    assert store.latest("a", "q3").inputs.uplift == REFERENCE_INPUTS.uplift
    (newest,) = store.page("a", 1, 10, newest_first=True)
    assert (newest.name, newest.saved_at) == ("q3", "2026-01-02T03:04:05+00:00")
    store.delete("a", "q3", by="ann")
    assert [e.kind for e in store.history("a", "q3").events] == ["delete"]
    database.close()


def test_busy_database_refuses_within_the_wait(tmp_path):
    """Another process holds the write lock: a Slack-path save gives up after its 2-second
    wait with StoreBusy, and nothing was saved; the CLI's longer wait gets through once the
    lock is released."""
    path = tmp_path / "roi.db"
    store = ScenarioStore(SqliteDatabase(path, write_wait_s=2))
    holder = subprocess.Popen(
        [sys.executable, str(HERE / "lock_holder.py"), str(path), "3"],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout.readline().strip() == "locked"
    locked_at = started = time.monotonic()
    with pytest.raises(StoreBusy, match="the database is busy; nothing was saved: try again"):
        store.save("a", "q3", setting("uplift=6%"), by="ann", command="x")
    waited = time.monotonic() - started
    assert 1.5 < waited < 3, waited
    patient = ScenarioStore(SqliteDatabase(path, write_wait_s=30))
    assert patient.save("a", "q3", setting("uplift=6%"), by="ann", command="x").version == 1
    # The holder lets go 3 s after it said "locked" (it may not have exited yet: writers
    # now retry every few milliseconds, not after SQLite's 100 ms sleeps).
    assert time.monotonic() - locked_at >= 2.9, "the patient save waited for the holder"
    holder.wait(timeout=30)
    assert [v.version for v in store.history("a", "q3").versions] == [1]


def test_removed_file_refuses_and_is_never_recreated(tmp_path, caplog):
    """The file deleted under a running store: reads and writes refused with a clear line,
    logged, health unhealthy, and no empty file appears in its place."""
    path = tmp_path / "roi.db"
    database = SqliteDatabase(path)
    store = ScenarioStore(database)
    store.save("a", "q3", setting("uplift=6%"), by="ann", command="x")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    with pytest.raises(StoreUnavailable, match="the database file was removed"):
        store.save("a", "q3", setting("uplift=7%"), by="ann", command="x")
    with pytest.raises(StoreUnavailable):
        store.latest("a", "q3")
    assert not path.exists(), "a removed database is never silently re-created"
    assert not database.health().ok
    assert any("was removed" in r.getMessage() for r in caplog.records)


def test_replaced_file_is_refused_until_restart(tmp_path, caplog):
    """A backup moved over the file under a running store: refused visibly (logged once,
    health unhealthy) rather than silently served from the old file or paired with its WAL;
    a new store (a restart) uses the backup."""
    path = tmp_path / "roi.db"
    database = SqliteDatabase(path)
    store = ScenarioStore(database)
    store.save("a", "now", setting("uplift=6%"), by="ann", command="x")
    backup = tmp_path / "backup.db"
    other = ScenarioStore(SqliteDatabase(backup))
    other.save("a", "from-backup", setting("uplift=9%"), by="ann", command="x")
    other.db.close()
    os.replace(backup, path)
    for _ in range(3):
        with pytest.raises(
            StoreUnavailable, match="replaced while roibot was running; restart roibot to use it"
        ):
            store.save("a", "now", setting("uplift=7%"), by="ann", command="x")
    assert not database.health().ok
    assert len([r for r in caplog.records if "was replaced" in r.getMessage()]) == 1
    database.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)  # what a stopped server leaves: none
    restarted = ScenarioStore(SqliteDatabase(path))
    assert restarted.latest("a", "from-backup").inputs.uplift == D("0.09")


def test_read_only_through_the_store_names_the_cause(tmp_path, caplog):
    """SQLite's own SQLITE_READONLY (through query_only): refused as read-only, logged once
    with its cause."""
    database = SqliteDatabase(tmp_path / "roi.db")
    with database.read() as session:
        session.execute("PRAGMA query_only=ON")
    with pytest.raises(StoreReadOnly):
        ScenarioStore(database).save("a", "q3", setting(""), by="ann", command="x")
    refused = [r.getMessage() for r in caplog.records if "write refused" in r.getMessage()]
    assert len(refused) == 1 and "SQLITE_READONLY" in refused[0]
