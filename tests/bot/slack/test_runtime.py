"""The runtime an app owns: per-thread locks that never drop a held one, and pools that
the app closes when it stops."""

from __future__ import annotations

import threading

from bot.slack.runtime import ThreadLocks
from bot.store.conversations import Place


def test_a_held_lock_is_never_forgotten_however_many_threads_pass():
    """With room for 2 idle locks, 50 other conversations come and go while one is held:
    the held one is still the same lock (a second message of that thread still waits),
    and the idle ones are forgotten down to the limit."""
    locks = ThreadLocks(idle=2)
    busy = Place("T", "C", "1")
    entered = threading.Event()
    release = threading.Event()
    second_in = threading.Event()

    def first() -> None:
        with locks.hold(busy):
            entered.set()
            release.wait(10)

    def second() -> None:
        with locks.hold(busy):
            second_in.set()

    holder = threading.Thread(target=first)
    holder.start()
    assert entered.wait(10)
    for n in range(50):
        with locks.hold(Place("T", "C", f"other-{n}")):
            pass
    waiter = threading.Thread(target=second)
    waiter.start()
    assert not second_in.wait(0.2)  # still excluded: the held lock was kept
    release.set()
    holder.join(10)
    waiter.join(10)
    assert second_in.is_set()
    assert len(locks) <= 3


def test_closing_the_app_stops_its_threads(settings, database):
    """An app's upload and Home-tab threads end when it is closed; none leak into the
    next test."""
    from bot.slack.app import create_app

    app = create_app(settings, database=database)
    app.runtime.delivery.drain()
    app.runtime.home.drain()
    names = {t.name for t in threading.enumerate()}
    assert any(n.startswith("roibot-upload") for n in names)
    assert any(n.startswith("roibot-home") for n in names)
    app.close()
    left = [
        t.name for t in threading.enumerate() if t.name.startswith(("roibot-upload", "roibot-home"))
    ]
    assert left == []
