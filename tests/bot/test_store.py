"""The scenario store: versions, isolation between teams, concurrency, crashes, refusals."""

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

from bot.store import SCHEMA_VERSION, ScenarioStore, StoreError
from calc.inputs import REFERENCE_INPUTS
from calc.settings import apply, parse_settings

WORKER = Path(__file__).with_name("store_worker.py")
ROOT = Path(__file__).parents[2]


def setting(text):
    settings = parse_settings(text.split())
    return lambda base: apply(base or REFERENCE_INPUTS, settings)


@pytest.fixture
def store(tmp_path):
    store = ScenarioStore(tmp_path / "roi.db")
    yield store
    store.close()


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
    versions, _ = store.history("a", "q3")
    assert [v.version for v in versions] == [3, 2, 1]
    assert [v.saved_by for v in versions] == ["cy", "bob", "ann"]
    assert store.version("a", "q3", 2).inputs == second.inputs


def test_delete_hides_and_restore_brings_back(store):
    """delete hides a scenario but keeps its versions; restore undeletes it."""
    store.save("a", "q3", setting("uplift=6%"), by="ann", command="save q3")
    assert store.delete("a", "q3", by="ann") is True
    assert store.latest("a", "q3") is None
    assert store.count("a") == 0
    assert store.delete("a", "q3", by="ann") is False
    versions, events = store.history("a", "q3")
    assert [v.version for v in versions] == [1] and versions[0].deleted
    assert [e.kind for e in events] == ["delete"]
    back = store.restore("a", "q3", 1, by="ann", command="restore q3 1")
    assert back.version == 2
    assert store.latest("a", "q3").inputs.uplift == D("0.06")
    assert [e.kind for e in store.history("a", "q3")[1]] == ["restore", "delete"]


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
    assert store.history("b", "secret") == ([], [])
    assert store.version("b", "secret", 1) is None
    assert store.restore("b", "secret", 1, by="bob", command="restore") is None
    assert store.delete("b", "secret", by="bob") is False
    assert [v.name for v in store.page("b", 1, 50)] == ["q3"]
    assert store.count("a") == 1 and store.count("c") == 0
    assert store.latest("a", "secret", include_deleted=True).deleted


@pytest.mark.parametrize(("name", "message"), [
    ("", "a scenario needs a name"),
    ("a b", '"a b" is not a scenario name'),
    ("x" * 65, "scenario names are at most 64 characters"),
    ("save", '"save" is a command word'),
    ("HELP", '"HELP" is a command word'),
])
def test_bad_names_refused_and_nothing_stored(store, name, message):
    """Bad and reserved names are refused with a reason; nothing is written."""
    with pytest.raises(StoreError.__mro__[1]) as refused:
        store.save("a", name, setting(""), by="ann", command="save")
    assert str(refused.value).startswith(message)
    assert store.count("a") == 0


def test_refused_settings_leave_store_untouched(store):
    """A save whose settings are refused stores nothing (no half-applied version)."""
    store.save("a", "q3", setting("uplift=6%"), by="ann", command="save q3")
    with pytest.raises(Exception, match="over 100%"):
        store.save("a", "q3", setting("conv=95% uplift=10%"), by="ann", command="bad")
    assert [v.version for v in store.history("a", "q3")[0]] == [1]


def test_non_roibot_files_are_refused_and_untouched(tmp_path):
    """A text file, a foreign SQLite database and a folder are refused, byte for byte intact."""
    text = tmp_path / "notes.db"
    text.write_bytes(b"hello, this is not a database at all")
    with pytest.raises(StoreError, match="not a roibot database"):
        ScenarioStore(text)
    assert text.read_bytes() == b"hello, this is not a database at all"
    foreign = tmp_path / "other.db"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE invoices (id INTEGER)")
    conn.commit()
    conn.close()
    before = foreign.read_bytes()
    with pytest.raises(StoreError, match="not roibot's"):
        ScenarioStore(foreign)
    assert foreign.read_bytes() == before
    with pytest.raises(StoreError, match="is a folder"):
        ScenarioStore(tmp_path)


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file permissions")
def test_read_only_location_refused(tmp_path):  # pragma: no cover - CI runs as root here
    """A database that cannot be created gets a clear refusal."""
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    with pytest.raises(StoreError, match="cannot create the database"):
        ScenarioStore(locked / "roi.db")


def test_missing_folder_refused(tmp_path):
    """A database in a folder that does not exist gets a clear refusal (also as root)."""
    with pytest.raises(StoreError, match=r"cannot create the database at .*: No such file"):
        ScenarioStore(tmp_path / "nowhere" / "roi.db")


def test_file_is_owner_only_and_schema_is_versioned(tmp_path):
    """The database is created 0600, WAL, with app and schema version recorded."""
    path = tmp_path / "roi.db"
    ScenarioStore(path).close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    conn = sqlite3.connect(path)
    meta = dict(conn.execute("SELECT key, value FROM meta"))
    assert meta == {"app": "roibot", "schema_version": str(SCHEMA_VERSION)}
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_old_schema_migrates_in_place(tmp_path):
    """A schema-1 file (before the events table) opens, migrates and keeps its scenarios."""
    path = tmp_path / "roi.db"
    store = ScenarioStore(path)
    store.save("a", "q3", setting("uplift=6%"), by="ann", command="save q3")
    store.close()
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE events")
    conn.execute("UPDATE meta SET value='1' WHERE key='schema_version'")
    conn.commit()
    conn.close()
    store = ScenarioStore(path)
    assert store.latest("a", "q3").inputs.uplift == D("0.06")
    store.delete("a", "q3", by="ann")
    assert [e.kind for e in store.history("a", "q3")[1]] == ["delete"]


def test_scenario_saved_without_staffing_keys_still_loads(tmp_path):
    """Inputs stored before the staffing keys existed load with the section 7 defaults."""
    path = tmp_path / "roi.db"
    store = ScenarioStore(path)
    store.save("a", "old", setting("uplift=6%"), by="ann", command="save old")
    conn = sqlite3.connect(path)
    conn.execute("UPDATE versions SET inputs = json_remove(inputs, '$.wage', '$.sl', '$.sl_s', "
                 "'$.shrink', '$.occ', '$.overhead')")
    conn.commit()
    conn.close()
    loaded = ScenarioStore(path).latest("a", "old").inputs
    assert loaded.uplift == D("0.06") and loaded.wage is None and loaded.occ == D("0.85")


def _env():
    return {**os.environ, "PYTHONPATH": str(ROOT)}


def test_concurrent_processes_lose_nothing(tmp_path):
    """8 processes × 50 saves, to one shared name and to their own: every acknowledged save
    is present with its own version number, and no error reached a user."""
    path = tmp_path / "roi.db"
    ScenarioStore(path).close()
    workers = [subprocess.Popen([sys.executable, str(WORKER), str(path), str(i), "50"],
                                stdout=subprocess.PIPE, text=True, env=_env())
               for i in range(8)]
    lines = []
    for worker in workers:
        out, _ = worker.communicate(timeout=240)
        assert worker.returncode == 0
        lines += out.splitlines()
    assert not [line for line in lines if line.startswith("ERROR")]
    acknowledged = [line.split() for line in lines]
    assert len(acknowledged) == 400
    store = ScenarioStore(path)
    shared = [(int(v), D(c)) for name, v, c in acknowledged if name == "shared"]
    assert sorted(v for v, _ in shared) == list(range(1, 201)), "each save its own version"
    for version, calls in shared:
        assert store.version("team", "shared", version).inputs.calls == calls
    for i in range(8):
        versions, _ = store.history("team", f"own-{i}")
        assert [v.version for v in versions] == list(range(25, 0, -1))
    assert store.integrity() == "ok"


def test_sigkill_mid_save_loses_no_acknowledged_save(tmp_path):
    """A writer killed with SIGKILL while saving leaves a sound file holding every save it
    reported."""
    path = tmp_path / "roi.db"
    ScenarioStore(path).close()
    writer = subprocess.Popen([sys.executable, str(WORKER), str(path), "0", "0", "forever"],
                              stdout=subprocess.PIPE, text=True, env=_env())
    acknowledged = []
    deadline = time.monotonic() + 60
    while len(acknowledged) < 40 and time.monotonic() < deadline:
        acknowledged.append(writer.stdout.readline().split())
    os.kill(writer.pid, signal.SIGKILL)
    rest, _ = writer.communicate(timeout=30)
    acknowledged += [line.split() for line in rest.splitlines() if line.strip()]
    assert len(acknowledged) >= 40
    store = ScenarioStore(path)
    assert store.integrity() == "ok"
    for name, version, calls in acknowledged:
        assert store.version("team", name, int(version)).inputs.calls == D(calls)
