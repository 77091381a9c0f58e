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


OWN = ("roibot-lazy", "roibot-upload", "roibot-home")


def test_closing_the_app_stops_its_threads(settings, database, slack):
    """A DM (answered on a lazy thread, its chart on an upload thread) and a save (the Home
    tab republished on its thread): the app's threads run, and end when it is closed; none
    leak into the next test."""
    from bot.slack.app import create_app
    from tests.bot.conftest import Client
    from tests.bot.test_events import event_body, send_event

    app = create_app(settings, database=database)
    client = Client(app, slack)
    send_event(client, event_body("what if AHT goes up 15%?", kind="message", channel="D0001"))
    client.roi("save q3 uplift=6%")
    app.runtime.drain()
    names = {t.name.rsplit("_", 1)[0] for t in threading.enumerate()}
    assert set(OWN) <= names, names
    app.close()
    assert [t.name for t in threading.enumerate() if t.name.startswith(OWN)] == []
