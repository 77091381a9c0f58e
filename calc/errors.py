"""The one exception type the core raises for input a user can fix."""

from __future__ import annotations

MAX_ECHO = 40


class Refusal(ValueError):
    """A command that cannot be computed: `str()` is one line saying what was wrong and how."""

    def __init__(self, reason: str, hint: str = "") -> None:
        self.reason = reason
        self.hint = hint
        super().__init__(f"{reason}: {hint}" if hint else reason)


def echo(text: str, limit: int = MAX_ECHO) -> str:
    """User text as it may be quoted back in a message: one line, bounded in length."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


class Ask(Refusal):
    """A question back instead of a refusal: two or three readings fit the words, and
    `choices` are the commands (without `/roi`) one of which was meant. Nothing is computed
    until one is picked. `str()` is the question and the ready-to-paste commands."""

    def __init__(self, question: str, choices: tuple[str, ...]) -> None:
        self.question = question
        self.choices = choices
        super().__init__(question, "say which: " + " · ".join(f"/roi {c}" for c in choices))
