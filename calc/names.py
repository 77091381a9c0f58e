"""Scenario names: 1 to 64 letters, digits, `-`, `_` and `.`, never a verb."""

from __future__ import annotations

import re

from calc.errors import Refusal, echo

VERBS = ("save", "list", "show", "delete", "history", "restore", "compare", "breakeven",
         "sweep", "help")
MAX_NAME = 64
_NAME = re.compile(r"^[A-Za-z0-9._-]{1,64}$")


def is_name(text: str) -> bool:
    """True when `text` could name a scenario (it may still be a reserved word)."""
    return bool(_NAME.match(text)) and text.lower() not in VERBS


def check_name(text: str) -> str:
    """`text` as a scenario name, or a Refusal saying what is wrong with it."""
    if not text:
        raise Refusal("a scenario needs a name", "write /roi save q3-plan uplift=6%")
    if len(text) > MAX_NAME:
        raise Refusal(f"scenario names are at most {MAX_NAME} characters", "choose a shorter one")
    if not _NAME.match(text):
        raise Refusal(
            f'"{echo(text)}" is not a scenario name',
            "use letters, digits, - _ and . (e.g. q3-plan)",
        )
    if text.lower() in VERBS:
        raise Refusal(f'"{text}" is a command word', "choose another name, e.g. q3-plan")
    return text


def name_key(name: str) -> str:
    """The form names are compared in: case-insensitive."""
    return name.lower()
