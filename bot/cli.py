"""`roi`: the command language in a terminal, sharing the core and the store with the bot."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from bot.jsonview import outcome_object
from bot.render import render
from bot.service import Caller, Service
from bot.store import ScenarioStore
from bot.text import blocks_to_text
from calc.commands import Delete, Restore, Save, parse_command
from calc.errors import Refusal
from calc.jsonout import dumps

USAGE = """usage: roi [--db PATH] [--team TEAM] [--user NAME] [--json] [COMMAND ...]

  roi calls=9000 aht+10%          compute (Fig. 2 with those settings)
  roi save q3 uplift=6%           save a scenario for the team (--team, default "local")
  roi help                        the whole command language
"""
WRITES = (Save, Delete, Restore)


def _options(argv: list[str]) -> tuple[dict[str, str], list[str]]:
    options = {"db": os.environ.get("ROI_DB", "roi.db"), "team": "local",
               "user": os.environ.get("USER", "local"), "json": ""}
    while argv and argv[0].startswith("--"):
        flag = argv.pop(0)
        name, _, value = flag[2:].partition("=")
        if name == "json":
            options["json"] = "1"
        elif name == "help":
            options["help"] = "1"
        elif name in ("db", "team", "user"):
            if not value:
                if not argv:
                    raise Refusal(f"--{name} needs a value", USAGE.splitlines()[0])
                value = argv.pop(0)
            options[name] = value
        else:
            raise Refusal(f"unknown option {flag}", USAGE.splitlines()[0])
    return options, argv


def run(argv: Sequence[str], out: TextIO | None = None) -> int:
    """Run one `roi` command; returns the exit status (0 answered, 2 refused)."""
    stdout = out or sys.stdout
    as_json = "--json" in argv
    try:
        options, words = _options(list(argv))
        as_json = bool(options["json"])
        if "help" in options:
            print(USAGE, file=stdout)
            return 0
        text = " ".join(words)
        command = parse_command(text)
        path = Path(options["db"])
        store = ScenarioStore(path) if path.exists() or isinstance(command, WRITES) else None
        outcome = Service(store).execute(command, Caller(options["team"], options["user"]),
                                         text)
    except Refusal as refusal:
        if as_json:
            print(dumps({"error": str(refusal)}), file=stdout)
        else:
            print(f"roi: {refusal}", file=sys.stderr)
        return 2
    if as_json:
        print(dumps(outcome_object(outcome)), file=stdout)
    else:
        blocks = [b for b in render(outcome, max_rows=None)["blocks"] if b["type"] != "actions"]
        print(blocks_to_text(blocks), file=stdout)
    return 0


def main() -> None:
    """Entry point of `roi`."""
    sys.exit(run(sys.argv[1:]))
