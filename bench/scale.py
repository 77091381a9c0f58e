"""Section 5: list, show, save and compare as one team grows (with 100 teams beside it)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from bench.stats import Row, sample, summary
from bot.replies import doc
from bot.service import Caller, Service
from bot.slack.blocks import message
from bot.store.scenarios import ScenarioStore
from bot.store.sqlite import SqliteDatabase
from calc.commands import parse_command
from calc.inputs import REFERENCE_INPUTS

TEAM = "T-big"


def _fill(store: ScenarioStore, team: str, count: int, start: int = 0) -> None:
    """`count` scenarios written in one transaction (the benchmark's fixture, not a user
    path: users save one at a time)."""
    store.save_many(
        team,
        [f"s{n:05d}" for n in range(start, start + count)],
        REFERENCE_INPUTS,
        by="bench",
        command="bench",
    )


def run(repeat: int, sizes: tuple[int, ...] = (10, 1000, 10000)) -> list[Row]:
    """Milliseconds per call at each size on SQLite; `save` should stay flat."""
    with tempfile.TemporaryDirectory() as folder:
        database = SqliteDatabase(Path(folder) / "scale.db")
        rows = scale_rows(ScenarioStore(database), repeat, sizes, "scale")
        database.close()
    return rows


def scale_rows(
    store: ScenarioStore, repeat: int, sizes: tuple[int, ...], section: str
) -> list[Row]:
    """list, show, compare and save as one team grows to each of `sizes` scenarios in
    `store` (an empty one), with 100 teams of 10 beside it."""
    rows = []
    for team in range(100):
        _fill(store, f"T{team:03d}", 10)
    service = Service(store)
    caller = Caller(TEAM, "U1")
    have = 0
    for size in sizes:
        _fill(store, TEAM, size - have, have)
        have = size
        for verb, text in (
            ("list", "list"),
            ("show", "show s00005"),
            ("compare", "compare s00001 s00005"),
            ("save", "save s00003 calls+1%"),
        ):
            command = parse_command(text)

            def once(command=command, text=text):  # type: ignore[no-untyped-def]
                return message(doc(service.execute(command, caller, text)))

            median, p99 = summary(sample(once, repeat, warmup=3), 1e3)
            target, met = "", None
            if verb == "list" and size == 10000:
                target, met = "< 20 ms", median < 20
            where = "" if section == "scale" else " on PostgreSQL"
            rows.append(
                Row(
                    section,
                    f"{verb} with {size:,} scenarios{where}",
                    median,
                    p99,
                    "ms",
                    target=target,
                    met=met,
                )
            )
    return rows
