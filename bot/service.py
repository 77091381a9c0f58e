"""Executing a command against the core and the store: the one path every entry takes (typed,
button, modal, form, English; Slack, CLI, console).

Each verb returns an outcome (a small dataclass); `bot.replies` turns outcomes into words
and rows, `bot.slack.blocks` and `bot.terminal.render` lay those out. Refusals (calc's, and
the store's) pass through unchanged.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import Decimal

from bot.digests.verbs import DigestVerbs
from bot.outcomes import (
    Answer,
    Comparison,
    Deleted,
    HelpView,
    HistoryView,
    LeverTable,
    Listing,
    Outcome,
    ScenarioAnswer,
    Solved,
    SweepTable,
)
from bot.store.digests import DigestStore
from bot.store.scenarios import ScenarioStore, StoredVersion
from calc import commands as cmd
from calc.commands import command_text
from calc.describe import change_text
from calc.digests import DigestAdd, DigestChange, DigestList
from calc.errors import Refusal
from calc.help import help_text
from calc.inputs import REFERENCE_INPUTS, Inputs
from calc.levers import levers
from calc.model import Result, evaluate
from calc.names import DEFAULT_SCENARIO, ScenarioRef, name_key
from calc.settings import Setting, apply, as_value
from calc.solve import solve

PAGE_SIZE = 20
HOME_PAGE_SIZE = 25  # three blocks each: 75 of the Home tab's 100
REFERENCE_SOURCE = "Fig. 2 reference values"


@dataclass(frozen=True)
class Caller:
    """Who asks: the team scope every store call is limited to, the user, and whether the
    user is a guest from another organisation (a Slack Connect channel): a guest may
    compute and follow a thread, but a team's saved scenarios are its own (GUEST_RULE)."""

    team: str
    user: str
    guest: bool = False
    tz: str | None = None  # the user's Slack time zone, looked up only for a digest


GUEST_RULE = Refusal(
    "saved scenarios belong to the workspace that installed roibot, and you are a guest "
    "from another organisation",
    "ask with settings instead, e.g. /roi calls=9000 aht+10%",
)


def _scenarios_named(command: cmd.Command) -> bool:
    """True when a command reads or writes a saved scenario by name (or lists them)."""
    match command:
        case (
            cmd.Compute(scenario)
            | cmd.Breakeven(scenario)
            | cmd.Sweep(scenario=scenario)
            | cmd.Solve(scenario=scenario)
            | cmd.Levers(scenario)
        ):
            return scenario is not None and not scenario.is_reference
        case cmd.Help() | DigestAdd() | DigestList() | DigestChange():
            return False  # digests say the guest rule in their own words
    return True


@dataclass(frozen=True)
class Base:
    """Where an answer starts: a scenario at a version, or the reference values."""

    values: Inputs | dict[str, object]
    source: str  # for people: "q3 v2", "Fig. 2 reference values"
    ref: ScenarioRef  # for commands: pinned to the version (`q3@2`, `reference`)


def margin_share(settings: tuple[Setting, ...]) -> Decimal | None:
    """The share of the price a margin was written as (`margin=23%`), if it was."""
    for setting in settings:
        if setting.key.name == "margin" and setting.of_price:
            return setting.amount
    return None


def _missing(name: str) -> Refusal:
    return Refusal(f'no scenario "{name}" in this team', "see /roi list")


def _evaluated(version: StoredVersion) -> Result | Refusal:
    """A stored version's answer, or why it cannot give one (it breaks a newer rule)."""
    try:
        return evaluate(version.inputs)
    except Refusal as refusal:
        return refusal


@dataclass(frozen=True)
class HomePage:
    """The Home tab's content: the team's default answer (or Fig. 2's) and one page of its
    scenarios, newest first, each evaluated (or the rule a stored one breaks)."""

    base: Base
    result: Result | Refusal
    items: list[tuple[StoredVersion, Result | Refusal]]
    page: int
    pages: int
    total: int


class Service:
    """The verbs of the command language, for one store."""

    def __init__(self, store: ScenarioStore | None, *, history_rows: int | None = 99) -> None:
        # None: no database yet (the CLI creates one only when a command writes).
        self._store = store
        self.digests = DigestVerbs(DigestStore(store.db), store) if store is not None else None
        self.history_rows = history_rows
        #: Called with the team after each save, restore or delete (the Home tab listens);
        #: each must return at once and never raise.
        self.changed: list[Callable[[str], None]] = []

    @property
    def store(self) -> ScenarioStore:
        """The store; a verb that needs one when there is none finds nothing."""
        if self._store is None:
            raise Refusal("no scenarios saved yet", "save one with /roi save q3-plan uplift=6%")
        return self._store

    def names_in(self, caller: Caller, candidates: list[str]) -> list[str]:
        """Which of `candidates` are the caller's team's scenarios (for the English reader;
        none for a guest, who cannot read them)."""
        if self._store is None or caller.guest:
            return []
        return self._store.existing(caller.team, candidates)

    # -- where answers start --------------------------------------------------------------

    def _version(self, caller: Caller, ref: ScenarioRef) -> StoredVersion:
        if self._store is None:
            raise _missing(ref.name)
        if ref.version is None:
            found = self.store.latest(caller.team, ref.name)
            if found is None:
                raise _missing(ref.name)
            return found
        found = self.store.version(caller.team, ref.name, ref.version)
        if found is None:
            if self.store.latest(caller.team, ref.name, include_deleted=True) is None:
                raise _missing(ref.name)
            raise Refusal(
                f'"{ref.name}" has no version {ref.version}', f"see /roi history {ref.name}"
            )
        return found

    def base(self, caller: Caller, ref: ScenarioRef | None) -> Base:
        """Where an answer starts: `ref`, else the team's `default`, else Fig. 2."""
        reference = Base(REFERENCE_INPUTS, REFERENCE_SOURCE, ScenarioRef("reference"))
        if ref is not None and ref.is_reference:
            return reference
        if caller.guest:  # a team's default is one of its saved scenarios
            if ref is not None:
                raise GUEST_RULE
            return reference
        if ref is None:
            if self._store is None:
                return reference
            default = self.store.latest(caller.team, DEFAULT_SCENARIO)
            if default is None:
                return reference
            ref = ScenarioRef(default.name)
            found = default
        else:
            found = self._version(caller, ref)
        return Base(
            found.values, f"{found.name} v{found.version}", ScenarioRef(found.name, found.version)
        )

    def _answer(
        self,
        caller: Caller,
        ref: ScenarioRef | None,
        settings: tuple[Setting, ...],
        breakeven: bool = False,
    ) -> Answer:
        base = self.base(caller, ref)
        result = evaluate(apply(base.values, settings))
        pinned = command_text(
            cmd.Breakeven(base.ref, settings) if breakeven else cmd.Compute(base.ref, settings)
        )
        return Answer(result, base.source, settings, pinned, breakeven)

    # -- the verbs --------------------------------------------------------------------------

    def execute(
        self, command: cmd.Command, caller: Caller, record: str = "", *, wants_agents: bool = False
    ) -> Outcome:
        """Carry out `command` for `caller`; `record` is the command as the user gave it, kept
        with a saved version (defaults to the command's own text). `wants_agents`: the
        question asked how many agents, which needs the staffing model."""
        record = record or command_text(command)
        if caller.guest and _scenarios_named(command):
            raise GUEST_RULE
        outcome = self._execute(command, caller, record, wants_agents)
        if cmd.is_write(command):
            for hook in self.changed:
                hook(caller.team)
        return outcome

    def _execute(
        self, command: cmd.Command, caller: Caller, record: str, wants_agents: bool
    ) -> Outcome:
        match command:
            case cmd.Compute(scenario, settings):
                return self._compute(caller, scenario, settings, wants_agents)
            case cmd.Breakeven(scenario, settings):
                return self._answer(caller, scenario, settings, breakeven=True)
            case cmd.Save():
                return self._save(command, caller, record)
            case cmd.ListScenarios(page):
                return self._list(caller, page)
            case cmd.Show(scenario):
                return self._show(caller, scenario)
            case cmd.Delete(name):
                if not self.store.delete(caller.team, name, by=caller.user):
                    raise _missing(name)
                return Deleted(name)
            case cmd.History(name):
                history = self.store.history(caller.team, name, limit=self.history_rows)
                if history is None:
                    raise _missing(name)
                return HistoryView(history, [_evaluated(v) for v in history.versions])
            case cmd.Restore(name, version):
                return self._restore(caller, name, version, record)
            case cmd.Compare(first, second, settings):
                return self._compare(caller, first, second, settings)
            case cmd.Sweep():
                return self._sweep(caller, command)
            case cmd.Solve(key, goal, scenario, settings):
                base = self.base(caller, scenario)
                found = solve(
                    apply(base.values, settings), key, goal, margin_share=margin_share(settings)
                )
                pinned = command_text(replace(command, scenario=base.ref))
                return Solved(found, base.source, settings, pinned)
            case cmd.Levers(scenario, settings):
                base = self.base(caller, scenario)
                ranked = levers(apply(base.values, settings), margin_share=margin_share(settings))
                pinned = command_text(replace(command, scenario=base.ref))
                return LeverTable(ranked, base.source, settings, pinned)
            case cmd.Help(topic):
                return HelpView(topic, help_text(topic))
            case DigestAdd() | DigestList() | DigestChange():
                if self.digests is None:
                    raise Refusal("no database yet", "save a scenario first: /roi save default …")
                return self.digests.execute(
                    command, caller.team, caller.user, caller.guest, caller.tz
                )
        raise AssertionError(f"unhandled command {command!r}")  # pragma: no cover

    def _compute(
        self,
        caller: Caller,
        scenario: ScenarioRef | None,
        settings: tuple[Setting, ...],
        wants_agents: bool,
    ) -> Answer:
        answer = self._answer(caller, scenario, settings)
        if wants_agents and answer.result.staffing is None:
            raise Refusal(
                '"how many agents" needs a loaded agent wage',
                'ask "how many agents at $22 an hour?", or write /roi '
                "wage=$22 (see /roi help staffing)",
            )
        return answer

    def _show(self, caller: Caller, scenario: ScenarioRef) -> ScenarioAnswer:
        if scenario.is_reference:
            raise Refusal(
                "reference is Fig. 2, not a saved scenario", "write /roi reference to see it"
            )
        version = self._version(caller, scenario)
        return ScenarioAnswer("shown", version, evaluate(version.inputs))

    def _restore(self, caller: Caller, name: str, version: int, record: str) -> ScenarioAnswer:
        restored = self.store.restore(caller.team, name, version, by=caller.user, command=record)
        if restored is None:
            if self.store.latest(caller.team, name, include_deleted=True):
                raise Refusal(f'"{name}" has no version {version}', f"see /roi history {name}")
            raise _missing(name)
        return ScenarioAnswer("restored", restored, evaluate(restored.inputs))

    def _compare(
        self,
        caller: Caller,
        first: ScenarioRef,
        second: ScenarioRef,
        settings: tuple[Setting, ...],
    ) -> Comparison:
        a = self._answer(caller, first, settings)
        b = self._answer(caller, second, settings)
        refs = (self.base(caller, first).ref, self.base(caller, second).ref)
        return Comparison(a, b, command_text(cmd.Compare(*refs, settings)))

    def _sweep(self, caller: Caller, command: cmd.Sweep) -> SweepTable:
        key, rows, settings = command.key, command.rows, command.settings
        base = self.base(caller, command.scenario)
        # Each row is its own command: the sweep value plus the other settings.
        results = [(row, evaluate(apply(base.values, (*settings, row)))) for row in rows]
        pinned = command_text(replace(command, scenario=base.ref))
        if rows[0].op == "set":
            return SweepTable(key, results, base.source, settings, pinned)
        # A change swept: each row shown at the value it gives from this base.
        values = [(as_value(row, result.inputs), result) for row, result in results]
        ends = (change_text(rows[0]), change_text(rows[-1]))
        return SweepTable(key, values, base.source, settings, pinned, ends)

    def _save(self, command: cmd.Save, caller: Caller, record: str) -> ScenarioAnswer:
        name, settings = command.name, command.settings
        source = self.base(caller, command.base).values if command.base else None

        def change(current: dict[str, object] | None) -> Inputs:
            base: Inputs | dict[str, object] | None = source if source is not None else current
            if base is None and name_key(name) != DEFAULT_SCENARIO:
                default = self.store.latest(caller.team, DEFAULT_SCENARIO)
                base = default.values if default else None
            return apply(base if base is not None else REFERENCE_INPUTS, settings)

        saved = self.store.save(
            caller.team, name, change, by=caller.user, command=record, note=command.note
        )
        return ScenarioAnswer("saved", saved, evaluate(saved.inputs))

    def home(self, caller: Caller, page: int = 1) -> HomePage:
        """The Home tab's page `page` (a page past the end shows the last)."""
        if caller.guest:
            raise GUEST_RULE
        base = self.base(caller, None)
        try:
            result: Result | Refusal = evaluate(apply(base.values, ()))
        except Refusal as refusal:
            result = refusal
        if self._store is None:
            return HomePage(base, result, [], 1, 1, 0)
        total = self.store.count(caller.team)
        pages = max(1, math.ceil(total / HOME_PAGE_SIZE))
        page = min(max(1, page), pages)
        versions = self.store.page(caller.team, page, HOME_PAGE_SIZE, newest_first=True)
        return HomePage(base, result, [(v, _evaluated(v)) for v in versions], page, pages, total)

    def _list(self, caller: Caller, page: int) -> Listing:
        if self._store is None:
            return Listing([], 1, 1, 0)
        total = self.store.count(caller.team)
        pages = max(1, math.ceil(total / PAGE_SIZE))
        if page > pages:
            raise Refusal(
                f"there is no page {page}; the list has {pages}", f"write /roi list {pages}"
            )
        versions = self.store.page(caller.team, page, PAGE_SIZE)
        return Listing([(v, _evaluated(v)) for v in versions], page, pages, total)


__all__ = [
    "GUEST_RULE",
    "Answer",
    "Base",
    "Caller",
    "Comparison",
    "Deleted",
    "HelpView",
    "HistoryView",
    "HomePage",
    "LeverTable",
    "Listing",
    "Outcome",
    "ScenarioAnswer",
    "Service",
    "Solved",
    "SweepTable",
    "margin_share",
]
