"""What a verb answers: one small dataclass per kind of answer (`Outcome` is any of them).
`bot.replies` turns an outcome into words and rows; `bot.terminal.jsonview` into JSON."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from bot.digests.verbs import DigestAdded, DigestChanged, DigestListing
from bot.store.scenarios import HistoryPage, StoredVersion
from calc.errors import Refusal
from calc.key_types import Key
from calc.levers import Levers
from calc.model import Result
from calc.settings import Setting
from calc.solve import Solution


@dataclass(frozen=True)
class Answer:
    """A computed answer (`/roi …` and `/roi breakeven …`)."""

    result: Result
    source: str
    settings: tuple[Setting, ...]
    pinned: str  # the same command with its base pinned, for buttons
    breakeven: bool = False

    @property
    def changes(self) -> str:
        """The settings typed on top, as typed."""
        return " ".join(setting.text for setting in self.settings)


@dataclass(frozen=True)
class ScenarioAnswer:
    """A scenario version and its answer: just saved, shown, or restored."""

    kind: Literal["saved", "shown", "restored"]
    version: StoredVersion
    result: Result

    @property
    def pinned(self) -> str:
        """The command that shows exactly this version."""
        return f"show {self.version.name}@{self.version.version}"


@dataclass(frozen=True)
class Listing:
    """One page of the team's scenarios with their answers (or why one cannot answer)."""

    items: list[tuple[StoredVersion, Result | Refusal]]
    page: int
    pages: int
    total: int


@dataclass(frozen=True)
class Deleted:
    """A scenario was hidden."""

    name: str


@dataclass(frozen=True)
class HistoryView:
    """The newest versions of a scenario with their answers, and how many there are."""

    history: HistoryPage
    results: list[Result | Refusal]


@dataclass(frozen=True)
class Comparison:
    """Two scenarios side by side."""

    first: Answer
    second: Answer
    pinned: str


@dataclass(frozen=True)
class SweepTable:
    """One row per value of the swept key."""

    key: Key
    rows: list[tuple[Setting, Result]]
    source: str
    settings: tuple[Setting, ...]
    pinned: str
    #: A sweep of changes (`calls+0%..50%/10%`): its ends as changes ("+0%", "+50%"); the
    #: rows then hold the values those changes give.
    relative: tuple[str, str] | None = None

    @property
    def changes(self) -> str:
        """The settings typed on top of the sweep, as typed."""
        return " ".join(setting.text for setting in self.settings)


@dataclass(frozen=True)
class Solved:
    """What `solve` found, and where it started."""

    solution: Solution
    source: str
    settings: tuple[Setting, ...]
    pinned: str

    @property
    def result(self) -> Result:
        """The answer at the value found (today's when no value meets the goal)."""
        return self.solution.result

    @property
    def changes(self) -> str:
        """The settings typed on top, as typed."""
        return " ".join(setting.text for setting in self.settings)


@dataclass(frozen=True)
class LeverTable:
    """Every input ±10%, ranked, and where it started."""

    levers: Levers
    source: str
    settings: tuple[Setting, ...]
    pinned: str

    @property
    def result(self) -> Result:
        """Today's answer."""
        return self.levers.result

    @property
    def changes(self) -> str:
        """The settings typed on top, as typed."""
        return " ".join(setting.text for setting in self.settings)


@dataclass(frozen=True)
class HelpView:
    """Help text."""

    topic: str
    text: str = field(default="")


Outcome = (
    Answer
    | ScenarioAnswer
    | Listing
    | Deleted
    | HistoryView
    | Comparison
    | SweepTable
    | Solved
    | LeverTable
    | HelpView
    | DigestAdded
    | DigestListing
    | DigestChanged
)
