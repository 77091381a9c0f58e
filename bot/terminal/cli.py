"""`roi`: the command language in a terminal, sharing the core and the store with the bot.

Like sqlite-utils' CLI, a thin shell: read the options, call the service, print; the core's
and the store's refusals become one line (or `{"error": …}`) and exit status 2.
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from bot.replies import doc
from bot.service import Caller, Outcome, Service
from bot.store.db import CLI_WRITE_WAIT_S, is_url, open_database
from bot.store.scenarios import ScenarioStore
from bot.terminal import render as terminal
from bot.terminal.jsonview import answer_object, refusal_object
from calc.commands import SCHEDULES, WRITES
from calc.errors import Ask, Refusal
from calc.jsonout import dumps
from calc.understand import Understood, name_candidates, understand

USAGE = """usage: roi [--db PATH|URL] [--team TEAM] [--user NAME] [--json] [--chart FILE]
           [COMMAND ...]

  roi calls=9000 aht+10%          compute (Fig. 2 with those settings)
  roi save q3 uplift=6%           save a scenario for the team (--team, default "local")
  roi what if AHT goes up 15%?    plain English works too (see: roi help english)
  roi help                        the whole command language

  --db      a SQLite file (default $ROI_DB, else roi.db) or a postgresql:// URL
  --json    print the answer as JSON ({"error": …}, or {"ask": …, "choices": […]} for a
            question back, and exit 2)
  --chart   also write the answer's chart (a bridge, a sweep or a comparison) as PNG
"""


def _options(argv: list[str], env: dict[str, str]) -> tuple[dict[str, str], list[str]]:
    options = {
        "db": env.get("ROI_DB") or "roi.db",
        "team": "local",
        "user": env.get("USER") or "local",
        "json": "",
    }
    while argv and argv[0].startswith("-") and not argv[0][1:2].isdigit():
        flag = argv.pop(0)
        name, _, value = flag.lstrip("-").partition("=")
        if name == "json":
            options["json"] = "1"
        elif name in ("help", "h"):
            options["help"] = "1"
        elif name in ("db", "team", "user", "chart"):
            if not value:
                if not argv:
                    raise Refusal(f"--{name} needs a value", USAGE.splitlines()[0])
                value = argv.pop(0)
            options[name] = value
        else:
            raise Refusal(f"unknown option {flag}", USAGE.splitlines()[0])
    return options, argv


def _store(location: str) -> ScenarioStore:
    return ScenarioStore(
        open_database(location, write_wait_s=CLI_WRITE_WAIT_S, read_wait_s=CLI_WRITE_WAIT_S)
    )


def _answer(text: str, options: dict[str, str]) -> tuple[Outcome, Understood]:
    """`text` understood and answered for the options' team and user (or a Refusal)."""
    location = options["db"]
    caller = Caller(options["team"], options["user"])
    store = _store(location) if is_url(location) or Path(location).exists() else None
    service = Service(store, history_rows=None)
    understood = understand(text, names=lambda: service.names_in(caller, name_candidates(text)))
    if store is None and isinstance(understood.command, WRITES + SCHEDULES):
        # The first write creates the database; reads never do.
        service = Service(_store(location), history_rows=None)
    outcome = service.execute(
        understood.command,
        caller,
        understood.read_as or understood.text,
        wants_agents=understood.wants_agents,
    )
    return outcome, understood


def _refused(refusal: Refusal, as_json: bool, stdout: TextIO, stderr: TextIO) -> int:
    """A refusal printed (a question back with its commands ready to paste); status 2."""
    if as_json:
        print(dumps(refusal_object(refusal)), file=stdout)
    elif isinstance(refusal, Ask):
        print(f"roi: {refusal.question}: say which:", file=stderr)
        for choice in refusal.choices:
            print(f"  roi {choice}", file=stderr)
    else:
        print(f"roi: {refusal}", file=stderr)
    return 2


def _write_chart(outcome: Outcome, path: str, stderr: TextIO) -> None:
    from bot.charts import chart_for  # matplotlib only when a chart is asked for

    chart = chart_for(outcome)
    if chart is None:
        print("roi: this answer has no chart (compute, sweep and compare do)", file=stderr)
    else:
        Path(path).write_bytes(chart.png)


def run(
    argv: Sequence[str],
    out: TextIO | None = None,
    err: TextIO | None = None,
    env: dict[str, str] | None = None,
) -> int:
    """Run one `roi` command; returns the exit status (0 answered, 2 refused)."""
    stdout, stderr = out or sys.stdout, err or sys.stderr
    environ = dict(os.environ) if env is None else env
    as_json = "--json" in argv
    try:
        options, words = _options(list(argv), environ)
        as_json = bool(options["json"])
        if "help" in options:
            print(USAGE, file=stdout)
            return 0
        outcome, understood = _answer(" ".join(words), options)
    except Refusal as refusal:
        return _refused(refusal, as_json, stdout, stderr)
    if options.get("chart"):
        _write_chart(outcome, options["chart"], stderr)
    if as_json:
        print(dumps(answer_object(outcome, understood.read_as)), file=stdout)
    else:
        reply = doc(outcome, read_as=understood.read_as, max_rows=None, with_buttons=False)
        print(terminal.text(reply), file=stdout)
    return 0


def main() -> None:
    """Entry point of `roi`. A closed pipe (`roi help | head -3`) ends it quietly, as it
    does other Unix tools: SIGPIPE's default action, not Python's BrokenPipeError."""
    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    sys.exit(run(sys.argv[1:]))
