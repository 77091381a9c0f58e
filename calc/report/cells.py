"""The pieces a reply's lines and tables are made of: a user's words, a person, a moment,
and the plain-text layout of a table."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


class Quoted(str):
    """Text a user typed (a note, a what-if, a command): Slack shows it inert, the terminal
    exactly as typed."""

    __slots__ = ()


@dataclass(frozen=True)
class Person:
    """Someone who did something: a Slack user id (shown as a mention) or a plain name."""

    id: str


@dataclass(frozen=True)
class Moment:
    """A point in time (ISO 8601, UTC), shown in the reader's own time zone where possible."""

    iso: str


Cell = str | Person | Moment
Row = tuple[Cell, ...]
HEADINGS: Row = ("", "Service only", "Sales through service", "Difference")


def text_table(rows: Sequence[Sequence[str]]) -> str:
    """Rows as aligned plain text: the first column left, the rest right."""
    if not rows:
        return ""
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = []
    for row in rows:
        cells = [row[0].ljust(widths[0])]
        cells += [cell.rjust(width) for cell, width in zip(row[1:], widths[1:], strict=True)]
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines)
