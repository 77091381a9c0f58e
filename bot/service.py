"""Executing a parsed command against the core and the store: shared by the CLI and the bot.

Each verb returns an outcome (a small dataclass); renderers turn outcomes into Slack blocks,
text or JSON. Refusals (calc's, and the store's) pass through unchanged.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from bot.store import DEFAULT_SCENARIO, Event, ScenarioStore, StoredVersion
from calc import commands as cmd
from calc.errors import Refusal
from calc.help import help_text
from calc.inputs import REFERENCE_INPUTS, Inputs
from calc.model import Result, evaluate
from calc.names import name_key
from calc.settings import Setting, apply

PAGE_SIZE = 20


@dataclass(frozen=True)
class Caller:
    """Who asks: the team scope every store call is limited to, and the user."""

    team: str
    user: str


@dataclass(frozen=True)
class Answer:
    """A computed answer (`/roi …` and `/roi breakeven …`)."""

    result: Result
    source: str  # where it started: a scenario and version, or the reference values
    changes: str  # the settings typed on top, as typed
    breakeven: bool = False


@dataclass(frozen=True)
class Saved:
    """A new version was saved."""

    version: StoredVersion
    result: Result


@dataclass(frozen=True)
class Listing:
    """One page of the team's scenarios with their answers."""

    items: list[tuple[StoredVersion, Result]]
    page: int
    pages: int
    total: int


@dataclass(frozen=True)
class Shown:
    """One scenario at its newest version."""

    version: StoredVersion
    result: Result


@dataclass(frozen=True)
class Deleted:
    """A scenario was hidden."""

    name: str


@dataclass(frozen=True)
class HistoryView:
    """Every version of a scenario, newest first."""

    name: str
    versions: list[StoredVersion]
    events: list[Event]


@dataclass(frozen=True)
class Restored:
    """An old version came back as the newest."""

    version: StoredVersion
    result: Result


@dataclass(frozen=True)
class Comparison:
    """Two scenarios side by side."""

    first: Answer
    second: Answer


@dataclass(frozen=True)
class SweepTable:
    """One row per value of the swept key."""

    key: str
    rows: list[tuple[Setting, Result]]
    source: str
    changes: str


@dataclass(frozen=True)
class HelpView:
    """Help text."""

    topic: str
    text: str = field(default="")


Outcome = (Answer | Saved | Listing | Shown | Deleted | HistoryView | Restored | Comparison
           | SweepTable | HelpView)


def _changes(settings: tuple[Setting, ...]) -> str:
    return " ".join(setting.text for setting in settings)


def _missing(name: str) -> Refusal:
    return Refusal(f'no scenario "{name}" in this team', "see /roi list")


class Service:
    """The verbs of the command language, for one store."""

    def __init__(self, store: ScenarioStore | None) -> None:
        # None: no database yet (the CLI creates one only when a command writes).
        self._store = store

    @property
    def store(self) -> ScenarioStore:
        """The store; a verb that needs one when there is none finds nothing."""
        if self._store is None:
            raise Refusal("no scenarios saved yet", "save one with /roi save q3-plan uplift=6%")
        return self._store

    def _start(self, caller: Caller, scenario: str | None) -> tuple[Inputs, str]:
        if self._store is None:
            if scenario is not None:
                raise _missing(scenario)
            return REFERENCE_INPUTS, "Fig. 2 reference values"
        if scenario is not None:
            found = self.store.latest(caller.team, scenario)
            if found is None:
                raise _missing(scenario)
            return found.inputs, f"{found.name} v{found.version}"
        default = self.store.latest(caller.team, DEFAULT_SCENARIO)
        if default is not None:
            return default.inputs, f"{default.name} v{default.version}"
        return REFERENCE_INPUTS, "Fig. 2 reference values"

    def _answer(self, caller: Caller, scenario: str | None, settings: tuple[Setting, ...],
                breakeven: bool = False) -> Answer:
        base, source = self._start(caller, scenario)
        return Answer(evaluate(apply(base, settings)), source, _changes(settings), breakeven)

    def execute(self, command: cmd.Command, caller: Caller, text: str) -> Outcome:
        """Carry out `command` for `caller`; `text` is the command as typed, for the record."""
        if self._store is None and isinstance(command, cmd.ListScenarios):
            return Listing([], 1, 1, 0)
        match command:
            case cmd.Compute(scenario, settings):
                return self._answer(caller, scenario, settings)
            case cmd.Breakeven(scenario, settings):
                return self._answer(caller, scenario, settings, breakeven=True)
            case cmd.Save(name, settings, note):
                def change(current: Inputs | None) -> Inputs:
                    if current is None and name_key(name) != DEFAULT_SCENARIO:
                        default = self.store.latest(caller.team, DEFAULT_SCENARIO)
                        current = default.inputs if default else None
                    return apply(current or REFERENCE_INPUTS, settings)

                saved = self.store.save(caller.team, name, change, by=caller.user, command=text,
                                   note=note)
                return Saved(saved, evaluate(saved.inputs))
            case cmd.ListScenarios(page):
                total = self.store.count(caller.team)
                pages = max(1, math.ceil(total / PAGE_SIZE))
                if page > pages:
                    raise Refusal(f"there is no page {page}; the list has {pages}",
                                  f"write /roi list {pages}")
                items = [(v, evaluate(v.inputs)) for v in self.store.page(caller.team, page,
                                                                     PAGE_SIZE)]
                return Listing(items, page, pages, total)
            case cmd.Show(name):
                found = self.store.latest(caller.team, name)
                if found is None:
                    raise _missing(name)
                return Shown(found, evaluate(found.inputs))
            case cmd.Delete(name):
                if not self.store.delete(caller.team, name, by=caller.user):
                    raise _missing(name)
                return Deleted(name)
            case cmd.History(name):
                versions, events = self.store.history(caller.team, name)
                if not versions:
                    raise _missing(name)
                return HistoryView(versions[0].name, versions, events)
            case cmd.Restore(name, version):
                restored = self.store.restore(caller.team, name, version, by=caller.user,
                                         command=text)
                if restored is None:
                    if self.store.history(caller.team, name)[0]:
                        raise Refusal(f'"{name}" has no version {version}',
                                      f"see /roi history {name}")
                    raise _missing(name)
                return Restored(restored, evaluate(restored.inputs))
            case cmd.Compare(first, second, settings):
                return Comparison(self._answer(caller, first, settings),
                                  self._answer(caller, second, settings))
            case cmd.Sweep(key, rows, scenario, settings):
                base, source = self._start(caller, scenario)
                # Each row is its own command: the sweep value plus the other settings.
                results = [(row, evaluate(apply(base, (*settings, row)))) for row in rows]
                return SweepTable(key.name, results, source, _changes(settings))
            case cmd.Help(topic):
                return HelpView(topic, help_text(topic))
        raise AssertionError(f"unhandled command {command!r}")  # pragma: no cover
