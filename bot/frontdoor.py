"""Text in, a command out: the command language first, then (for text that is not the
language) the English reader. The one place every typed entry is understood."""

from __future__ import annotations

from dataclasses import dataclass

from calc.commands import Command, parse_command


@dataclass(frozen=True)
class Understood:
    """A command, and the command text an English question was read as (None for text that
    was already the command language)."""

    command: Command
    read_as: str | None = None


def understand(text: str) -> Understood:
    """`text` as a command, or the Refusal saying what was wrong and how to write it."""
    return Understood(parse_command(text))
