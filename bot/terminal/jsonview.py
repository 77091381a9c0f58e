"""`roi --json` for every verb: a compute answer is exactly docs/model.md's JSON object."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from bot.digests.verbs import DigestAdded, DigestChanged, DigestListing
from bot.service import (
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
from bot.store.digests import Digest
from bot.store.scenarios import StoredVersion
from calc.describe import settings_text
from calc.errors import Ask, Refusal
from calc.jsonout import result_object
from calc.model import Result
from calc.report import breakeven_lines


def _version(version: StoredVersion) -> dict[str, Any]:
    try:
        settings: str | None = settings_text(version.inputs)
        problem = None
    except Refusal as refusal:
        settings, problem = None, str(refusal)
    out = {
        "name": version.name,
        "version": version.version,
        "saved_by": version.saved_by,
        "saved_at": version.saved_at,
        "note": version.note,
        "command": version.command,
        "restored_from": version.restored_from,
        "deleted": version.deleted,
        "settings": settings,
    }
    if problem:
        out["error"] = problem
    return out


def _result(item: Result | Refusal) -> dict[str, Any]:
    return {"error": str(item)} if isinstance(item, Refusal) else result_object(item)


def _answer(outcome: Answer) -> dict[str, Any]:
    obj = result_object(outcome.result)
    if outcome.breakeven:
        obj["explained"] = [
            {"point": p, "value": v, "meaning": m} for p, v, m in breakeven_lines(outcome.result)
        ]
    return obj


def _listing(outcome: Listing) -> dict[str, Any]:
    listed = []
    for version, item in outcome.items:
        entry = _version(version)
        if isinstance(item, Result):
            entry.update(
                verdict=item.service.verdict,
                verdict_with_selling=item.sales.verdict,
                net_margin_per_year=item.sales.net_margin_per_year,
                delta_net_margin_per_year=item.delta.net_margin_per_year,
            )
        listed.append(entry)
    return {
        "page": outcome.page,
        "pages": outcome.pages,
        "total": outcome.total,
        "scenarios": listed,
    }


def _history(outcome: HistoryView) -> dict[str, Any]:
    history = outcome.history
    return {
        "name": history.name,
        "total": history.total,
        "deleted": history.deleted,
        "versions": [
            {
                **_version(v),
                "verdict_with_selling": r.sales.verdict if isinstance(r, Result) else None,
            }
            for v, r in zip(history.versions, outcome.results, strict=True)
        ],
        "events": [vars(event) for event in history.events],
    }


def _sweep(outcome: SweepTable) -> dict[str, Any]:
    return {
        "key": outcome.key.name,
        "source": outcome.source,
        "changes": outcome.changes,
        # A sweep of changes: its ends as changes; rows hold the values they give.
        "relative": list(outcome.relative) if outcome.relative else None,
        "rows": [
            {"value": setting.amount, "period": setting.period, **result_object(result)}
            for setting, result in outcome.rows
        ],
    }


def _solved(outcome: Solved) -> dict[str, Any]:
    solution = outcome.solution
    obj = result_object(solution.result)
    obj["solved"] = {
        "key": solution.key.name,
        "value": solution.value,
        "target": solution.goal.json,
        "today": solution.today,
        "reachable": solution.reachable,
        "exact": solution.exact,
        "sentence": solution.sentence,
    }
    return obj


def _levers(outcome: LeverTable) -> dict[str, Any]:
    found = outcome.levers
    obj = result_object(found.result)
    obj["levers"] = [
        {
            "key": lever.key.name,
            "low": lever.low,
            "high": lever.high,
            "net_low": lever.net_low,
            "net_high": lever.net_high,
            "swing": lever.swing,
        }
        for lever in found.ranked
    ]
    obj["still"] = [{"key": key.name, "why": why} for key, why in found.still]
    return obj


def _digest(digest: Digest, now: datetime) -> dict[str, Any]:
    schedule = digest.schedule
    return {
        "id": digest.id,
        "channel": digest.channel,
        "channel_name": digest.channel_name,
        "cadence": schedule.cadence,
        "day": schedule.day,
        "at": schedule.at,
        "tz": schedule.tz,
        "schedule": schedule.words(),
        "scenarios": list(digest.scenarios),
        "created_by": digest.created_by,
        "paused": digest.paused_why,
        "next": None if digest.paused_at else schedule.next_after(now).isoformat(),
    }


def digest_object(outcome: DigestAdded | DigestListing | DigestChanged) -> dict[str, Any]:
    """A digest verb's answer as JSON."""
    match outcome:
        case DigestAdded(digest, now):
            return {"digest": _digest(digest, now)}
        case DigestListing(digests, now):
            return {"digests": [_digest(digest, now) for digest in digests]}
        case DigestChanged(action, number, digest, now):
            found = _digest(digest, now) if digest else None
            return {"action": action, "id": number, "digest": found}
    raise AssertionError(outcome)  # pragma: no cover


def outcome_object(outcome: Outcome) -> dict[str, Any]:
    """The JSON object for an outcome (Decimals kept exact for `calc.jsonout.dumps`)."""
    match outcome:
        case Answer():
            return _answer(outcome)
        case ScenarioAnswer(_, version, result):
            return {"scenario": _version(version), "result": result_object(result)}
        case Deleted(name):
            return {"deleted": name}
        case Listing():
            return _listing(outcome)
        case HistoryView():
            return _history(outcome)
        case Comparison(first, second):
            return {
                "first": {"source": first.source, **result_object(first.result)},
                "second": {"source": second.source, **result_object(second.result)},
            }
        case SweepTable():
            return _sweep(outcome)
        case Solved():
            return _solved(outcome)
        case LeverTable():
            return _levers(outcome)
        case HelpView(topic, text):
            return {"topic": topic, "help": text}
        case DigestAdded() | DigestListing() | DigestChanged():
            return digest_object(outcome)
    raise AssertionError(f"unhandled outcome {outcome!r}")  # pragma: no cover


def answer_object(
    outcome: Outcome, read_as: str | None = None, notes: tuple[str, ...] = ()
) -> dict[str, Any]:
    """An answer as `roi --json` and `roi-bot console --json` print it: the outcome's
    object, with the command words were read as (`""`: the base answer) and what a
    follow-up started from."""
    obj = outcome_object(outcome)
    if read_as is not None:
        obj["read_as"] = read_as
    if notes:
        obj["notes"] = list(notes)
    return obj


def refusal_object(refusal: Refusal) -> dict[str, Any]:
    """A refusal as JSON: `{"error": …}`, or for a question back `{"ask": …, "choices":
    […]}` (each choice a command, without `/roi`)."""
    if isinstance(refusal, Ask):
        return {"ask": refusal.question, "choices": list(refusal.choices)}
    return {"error": str(refusal)}


__all__ = ["answer_object", "outcome_object", "refusal_object"]
