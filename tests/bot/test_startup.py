"""The entry points hold the cycle collector off while the process starts, then collect
again with what start-up made frozen out of later collections."""

from __future__ import annotations

import gc
import subprocess
import sys
import tomllib
from pathlib import Path

from bot import startup

ROOT = Path(__file__).resolve().parents[2]


def test_started_outside_an_entry_point_changes_nothing():
    assert gc.isenabled()
    frozen = gc.get_freeze_count()
    startup.started()  # a test calling main(): its process keeps collecting as it was
    assert gc.isenabled() and gc.get_freeze_count() == frozen


def test_held_then_started_collects_again_with_start_up_frozen():
    try:
        startup.hold()
        assert not gc.isenabled()
        made = [[] for _ in range(10)]  # something start-up made, to freeze
        startup.started()
        assert gc.isenabled() and gc.get_freeze_count() >= len(made)
        frozen = gc.get_freeze_count()
        startup.started()  # once only
        assert gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()
        gc.enable()


def test_the_installed_commands_start_through_it():
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    assert scripts == {"roi": "bot.startup:roi", "roi-bot": "bot.startup:roi_bot"}


def test_a_console_started_through_it_answers_and_collects_again(tmp_path):
    """The console calls started() once it is set up: its first answer comes with the
    collector back on."""
    code = (
        "import gc, sys; from bot import startup; from bot.terminal import console\n"
        "real = console.Console.slash\n"
        "def slash(self, text):\n"
        "    print('collecting' if gc.isenabled() else 'held', file=sys.stderr)\n"
        "    return real(self, text)\n"
        "console.Console.slash = slash\n"
        "sys.argv = ['roi-bot', 'console']\n"
        "startup.roi_bot()\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        input="/roi calls=9000 aht+10%\n",
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env={"PATH": "", "HOME": str(tmp_path), "ROI_DB": str(tmp_path / "roi.db")},
    )
    assert "$(16,200)" in done.stdout, done.stderr
    assert "collecting" in done.stderr and "held" not in done.stderr
