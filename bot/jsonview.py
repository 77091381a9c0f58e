"""`roi --json` for every verb: a compute answer is exactly MODEL.md section 4's object."""

from __future__ import annotations

from typing import Any

from bot.service import (
    Answer,
    Comparison,
    Deleted,
    HelpView,
    HistoryView,
    Listing,
    Outcome,
    Restored,
    Saved,
    Shown,
    SweepTable,
)
from bot.store import StoredVersion
from calc.describe import settings_text
from calc.jsonout import result_object
from calc.report import breakeven_lines


def _version(version: StoredVersion) -> dict[str, Any]:
    return {"name": version.name, "version": version.version, "saved_by": version.saved_by,
            "saved_at": version.saved_at, "note": version.note, "command": version.command,
            "restored_from": version.restored_from, "deleted": version.deleted,
            "settings": settings_text(version.inputs)}


def outcome_object(outcome: Outcome) -> dict[str, Any]:
    """The JSON object for an outcome (Decimals kept exact for `calc.jsonout.dumps`)."""
    match outcome:
        case Answer(result, breakeven=False):
            return result_object(result)
        case Answer(result):
            obj = result_object(result)
            obj["explained"] = [{"point": p, "value": v, "meaning": m}
                                for p, v, m in breakeven_lines(result)]
            return obj
        case Saved(version, result) | Shown(version, result) | Restored(version, result):
            return {"scenario": _version(version), "result": result_object(result)}
        case Deleted(name):
            return {"deleted": name}
        case Listing(items, page, pages, total):
            return {"page": page, "pages": pages, "total": total, "scenarios": [
                {**_version(version), "verdict": result.service.verdict,
                 "verdict_with_selling": result.sales.verdict,
                 "net_margin_per_year": result.sales.net_margin_per_year,
                 "delta_net_margin_per_year": result.delta.net_margin_per_year}
                for version, result in items]}
        case HistoryView(name, versions, events):
            return {"name": name, "versions": [_version(v) for v in versions],
                    "events": [vars(event) for event in events]}
        case Comparison(first, second):
            return {"first": {"source": first.source, **result_object(first.result)},
                    "second": {"source": second.source, **result_object(second.result)}}
        case SweepTable(key, rows, source, changes):
            return {"key": key, "source": source, "changes": changes, "rows": [
                {"value": setting.amount, "period": setting.period, **result_object(result)}
                for setting, result in rows]}
        case HelpView(topic, text):
            return {"topic": topic, "help": text}
    raise AssertionError(f"unhandled outcome {outcome!r}")  # pragma: no cover
