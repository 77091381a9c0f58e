"""Saved scenarios in a list, on a card, and in a history."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from calc import formatting as fmt
from calc.model import Result
from calc.report.cells import Moment, Person, Quoted, Row
from calc.report.words import (
    indirect_set,
    signed_year,
)


@dataclass(frozen=True)
class Saved:
    """A stored version as the words need it (the store's own type stays in bot/)."""

    name: str
    version: int
    saved_by: str
    saved_at: str
    command: str = ""
    note: str = ""
    restored_from: int | None = None


def list_rows(items: Sequence[tuple[Saved, Result]]) -> list[Row]:
    """The team's scenarios, each with its verdicts, who saved it and when."""
    rows: list[Row] = [
        (
            "Scenario",
            "Version",
            "Verdict (service → selling)",
            "Net margin/yr with selling",
            "Selling adds/yr",
            "Saved by",
            "Saved",
        )
    ]
    for saved, result in items:
        rows.append(
            (
                Quoted(saved.name),
                f"v{saved.version}",
                f"{result.service.verdict} → {result.sales.verdict}",
                fmt.money(result.sales.net_margin_per_year),
                fmt.signed_money(result.delta.net_margin_per_year),
                Person(saved.saved_by),
                Moment(saved.saved_at),
            )
        )
    return rows


def card(result: Result) -> str:
    """A scenario in one line, for the Home tab: its verdicts (service → selling), its net
    margin a year with selling, and what selling does to the year."""
    service, sales = result.service, result.sales
    text = (
        f"{service.verdict} → {sales.verdict} · "
        f"net margin {fmt.money(sales.net_margin_per_year)} a year with selling · "
        f"selling {signed_year(result)}"
    )
    if indirect_set(result.inputs):
        text += (
            f" · counting customers kept: {service.verdict_with_indirect} → "
            f"{sales.verdict_with_indirect}"
        )
    return text


def history_rows(items: Sequence[tuple[Saved, Result]]) -> list[Row]:
    """Versions newest first, with who saved each, when, and what it concluded."""
    rows: list[Row] = [("Version", "Saved", "By", "Verdict with selling", "Command", "Note")]
    for saved, result in items:
        origin_note = f" (restored v{saved.restored_from})" if saved.restored_from else ""
        rows.append(
            (
                f"v{saved.version}{origin_note}",
                Moment(saved.saved_at),
                Person(saved.saved_by),
                result.sales.verdict,
                Quoted(saved.command),
                Quoted(saved.note),
            )
        )
    return rows
