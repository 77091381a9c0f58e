"""Scenario names: 1 to 64 letters, digits, `-`, `_` and `.`, never a verb or a key; and
references to them (`q3-plan`, `q3-plan@2` for one version)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from calc.errors import Refusal, echo
from calc.keys import lookup

VERBS = (
    "save",
    "list",
    "show",
    "delete",
    "history",
    "restore",
    "compare",
    "breakeven",
    "sweep",
    "solve",
    "levers",
    "help",
    "digest",
)
#: Words a thread reads as going back ("undo", "back to 10%"): never a scenario's name in
#: a new save, and typed alone never read as one.
THREAD_WORDS = ("undo", "back", "revert")
#: Names that always mean Fig. 2's reference values, whatever a team has saved.
REFERENCE_NAMES = ("reference", "fig2")
DEFAULT_SCENARIO = "default"
MAX_NAME = 64
_NAME = re.compile(r"^[A-Za-z0-9._-]{1,64}$")
_REF = re.compile(r"^(?P<name>[A-Za-z0-9._-]{1,64})@v?(?P<version>[0-9]{1,9})$", re.IGNORECASE)


@dataclass(frozen=True)
class ScenarioRef:
    """A scenario named in a command: its newest version, or one version (`q3@2`)."""

    name: str
    version: int | None = None

    def __str__(self) -> str:
        return self.name if self.version is None else f"{self.name}@{self.version}"

    @property
    def is_reference(self) -> bool:
        """True for `reference` and `fig2`: Fig. 2's values, never a saved scenario."""
        return self.name.lower() in REFERENCE_NAMES


def is_name(text: str) -> bool:
    """True when `text` could name a scenario (it may still be a reserved word)."""
    return bool(_NAME.match(text)) and text.lower() not in VERBS + THREAD_WORDS


def is_ref(text: str) -> bool:
    """True when `text` is a scenario, optionally at a version (`q3@2`)."""
    return is_name(text) or bool(_REF.match(text))


def parse_ref(text: str) -> ScenarioRef:
    """`q3` or `q3@2` (also `q3@v2`), or a Refusal saying what is wrong with it."""
    match = _REF.match(text)
    if match:
        version = int(match["version"])
        if version < 1:
            raise Refusal(f'"{echo(text)}": versions start at 1', f"write {match['name']}@1")
        return ScenarioRef(check_name(match["name"], saving=False), version)
    return ScenarioRef(check_name(text, saving=False))


def check_name(text: str, *, saving: bool = True) -> str:
    """`text` as a scenario name, or a Refusal saying what is wrong with it. A name to save
    under may also not be a key (`calls`) or a name of the reference values."""
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
    if saving and text.lower() in THREAD_WORDS:
        raise Refusal(f'"{text}" means going back in a thread', "choose another name, e.g. q3-plan")
    if saving and text.lower() in REFERENCE_NAMES:
        raise Refusal(
            f'"{text}" always means the Fig. 2 reference values',
            "choose another name, e.g. q3-plan",
        )
    if saving and lookup(text) is not None:
        raise Refusal(f'"{text}" is a setting name', "choose another name, e.g. q3-plan")
    return text


def name_key(name: str) -> str:
    """The form names are compared in: case-insensitive."""
    return name.lower()
