"""A digest: one row per scenario (its version, verdicts, net a year with selling and what
selling adds), then what changed since the last digest: the versions saved in between,
who saved them, and how the verdict and the net a year moved; a deleted scenario is named
as deleted. The chart (the plans side by side) follows in the message's thread."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from bot.digests.words import where
from bot.reply import Doc, Grid, Heading, Line, Note, Paragraph, Part
from bot.store.digests import Digest
from bot.store.scenarios import ScenarioStore, StoredVersion
from calc import charts
from calc import formatting as fmt
from calc.errors import Refusal
from calc.model import Result, evaluate
from calc.names import DEFAULT_SCENARIO, name_key
from calc.report import Person, Quoted
from calc.schedule import DAY_NAMES

RECENT = 5  # a digest of no named scenarios: the default and the five most recently saved
HEADINGS = (
    "Scenario",
    "Version",
    "Verdict (service → selling)",
    "Net a year, selling",
    "Selling adds",
)


@dataclass(frozen=True)
class Composed:
    """A digest ready to post: the message, the versions it shows (for the next one's
    "what changed"), and its chart."""

    doc: Doc
    seen: dict[str, int]
    chart: charts.ComparisonBars | None


def _names(digest: Digest, store: ScenarioStore, seen_before: dict[str, int] | None) -> list[str]:
    """The scenarios to show: those named, else the default and the most recent five (and
    any the last digest showed, so that a deletion is said)."""
    if digest.scenarios:
        return list(digest.scenarios)
    names = [DEFAULT_SCENARIO] if store.latest(digest.team, DEFAULT_SCENARIO) else []
    for version in store.page(digest.team, 1, RECENT + 1, newest_first=True):
        if version.name not in names and len(names) < RECENT + 1:
            names.append(version.name)
    known = {name_key(name) for name in names}
    return names + [name for name in (seen_before or {}) if name_key(name) not in known]


def _row(version: StoredVersion, result: Result) -> tuple[str | Quoted, ...]:
    return (
        Quoted(version.name),
        f"v{version.version}",
        f"{result.service.verdict} → {result.sales.verdict}",
        fmt.money(result.sales.net_margin_per_year),
        fmt.signed_money(result.delta.net_margin_per_year),
    )


def _who(versions: list[StoredVersion]) -> Line:
    """ "by @dana" or "(v2 by @dana, v3 by @lee)"."""
    if len(versions) == 1:
        return (" by ", Person(versions[0].saved_by))
    line: list[str | Person] = [" ("]
    for index, version in enumerate(sorted(versions, key=lambda v: v.version)):
        line += [", " if index else "", f"v{version.version} by ", Person(version.saved_by)]
    return (*line, ")")


def _moved(name: str, before: Result, after: Result, old: int, new: int, who: Line) -> Line:
    """ "q3-plan v1 → v2 by @dana: cost center → profit center with selling, net a year
    with selling +$1,057,770" (the verdict and net the table's selling column shows)."""
    was, now = before.sales.verdict, after.sales.verdict
    verdict = (
        f"{was} → {now}" if was != now else f"still {'at ' if now == 'break-even' else 'a '}{now}"
    )
    change = fmt.signed_money(after.sales.net_margin_per_year - before.sales.net_margin_per_year)
    return (
        Quoted(name),
        f" v{old} → v{new}",
        *who,
        f": {verdict} with selling, net a year with selling {change}",
    )


def _change(
    store: ScenarioStore, team: str, name: str, current: StoredVersion, old: int
) -> Line | None:
    """What happened to `name` since the last digest showed version `old`."""
    if current.version == old:
        return None
    history = store.history(team, name)
    between = [v for v in (history.versions if history else []) if v.version > old]
    before = store.version(team, name, old)
    try:
        if before is None:
            raise Refusal("gone")
        return _moved(
            name,
            evaluate(before.inputs),
            evaluate(current.inputs),
            old,
            current.version,
            _who(between),
        )
    except Refusal:  # a version that no longer computes: say that it changed, and who
        return (Quoted(name), f" v{old} → v{current.version}", *_who(between or [current]))


def compose(
    digest: Digest,
    store: ScenarioStore,
    slot: datetime,
    seen_before: dict[str, int] | None,
    late: bool = False,
) -> Composed:
    """The digest of `digest` for `slot`, against what the last digest showed."""
    rows: list[tuple[str | Quoted, ...]] = []
    changes: list[Line] = []
    seen: dict[str, int] = {}
    plotted: list[tuple[str, Result]] = []
    for name in _names(digest, store, seen_before):
        current = store.latest(digest.team, name)
        old = (seen_before or {}).get(name)
        if current is None:
            if old is not None:
                changes.append((Quoted(name), " was deleted since the last digest"))
            rows.append((Quoted(name), "—", "deleted", "", ""))
            continue
        seen[current.name] = current.version
        try:
            result = evaluate(current.inputs)
        except Refusal:
            rows.append((Quoted(current.name), f"v{current.version}", "needs a fix", "", ""))
            continue
        rows.append(_row(current, result))
        plotted.append((current.name, result))
        if old is not None:
            line = _change(store, digest.team, current.name, current, old)
            if line is not None:
                changes.append(line)
        elif seen_before is not None:
            changes.append((Quoted(current.name), f" is new in this digest (v{current.version})"))
    return Composed(
        _doc(digest, slot, rows, changes, seen_before is None, late),
        seen,
        charts.plans(plotted, f"Net margin per year, {where(digest)}'s plans") if plotted else None,
    )


def _title(digest: Digest) -> str:
    cadence = {"daily": "Daily", "weekly": "Weekly", "monthly": "Monthly"}[digest.schedule.cadence]
    return f"{cadence} digest for {where(digest)}"


def _doc(
    digest: Digest,
    slot: datetime,
    rows: list[tuple[str | Quoted, ...]],
    changes: list[Line],
    first: bool,
    late: bool,
) -> Doc:
    parts: list[Part] = [Heading(_title(digest))]
    if rows:
        parts.append(Grid((HEADINGS, *rows)))
    else:
        parts.append(Paragraph((("No scenarios saved yet: /roi save default calls=… to start.",),)))
    if first:
        parts.append(Note(("The first digest: from the next one on, it says what changed.",)))
    elif changes:
        parts.append(Paragraph(tuple(changes)))
    else:
        parts.append(Paragraph((("No scenario changed since the last digest.",),)))
    if late:
        local = slot.astimezone(digest.schedule.zone)
        due = f"{DAY_NAMES[local.weekday()]} {local:%H:%M} {digest.schedule.tz}"
        parts.append(Note((f"Posted late: it was due {due}, when roibot was not running.",)))
    parts.append(
        Note((f"{digest.schedule.words()} · digest {digest.id} · /roi digest pause {digest.id}",))
    )
    return Doc(_title(digest), tuple(parts))
