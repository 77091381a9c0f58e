"""A sweep: its title, its rows, and where the verdicts change."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from calc import formatting as fmt
from calc.describe import setting_value
from calc.key_types import Key
from calc.model import Result
from calc.report.answer import inert_notes
from calc.report.cells import Cell, Row
from calc.report.words import (
    is_said,
    payback_cell,
    plural,
    roi_cell,
)
from calc.settings import Setting


def sweep_title(
    key: Key, first: Setting, last: Setting, count: int, relative: tuple[str, str] | None = None
) -> str:
    """`Uplift from 2% to 10%: 9 values`; a sweep of changes says both: `Calls +0% to +50%
    (9,000 to 13,500): 6 values`."""
    span = f"{setting_value(first)} to {setting_value(last)}"
    if relative is not None:
        return f"{key.title} {relative[0]} to {relative[1]} ({span}): {plural(count, 'value')}"
    return f"{key.title} from {span}: {plural(count, 'value')}"


def sweep_rows(key: Key, rows: Sequence[tuple[Setting, Result]]) -> list[Row]:
    """One row per swept value; agents where staffed, payback where a launch cost is set."""
    staffed = rows[0][1].staffing is not None
    invested = any(result.inputs.invest for _, result in rows)
    heading: list[Cell] = [
        f"{key.title} (swept)",
        "Verdict with selling",
        "Net margin/yr (service)",
        "Net margin/yr (selling)",
        "Difference/yr",
    ]
    if staffed:
        heading.insert(2, "Agents (selling)")
    if invested:
        heading += ["Payback", "First-year ROI"]
    out: list[Row] = [tuple(heading)]
    for setting, result in rows:
        row: list[Cell] = [
            setting_value(setting),
            result.sales.verdict,
            fmt.money(result.service.net_margin_per_year),
            fmt.money(result.sales.net_margin_per_year),
            fmt.signed_money(result.delta.net_margin_per_year),
        ]
        if staffed:
            assert result.staffing is not None
            row.insert(2, str(result.staffing.sales.agents))
        if invested:
            row += [payback_cell(result), roi_cell(result)]
        out.append(tuple(row))
    return out


def key_words(key: Key) -> str:
    """A key's title inside a sentence: lower case, but an acronym stays (`AHT increase`)."""
    first = key.title.split(" ", 1)[0]
    return key.title if first.isupper() else key.title[:1].lower() + key.title[1:]


def _exact_edge(key: Key, result: Result) -> Decimal | None:
    if key.name == "uplift":
        return result.breakeven.uplift
    if key.name == "aht_increase":
        return result.breakeven.max_aht_increase
    return None


def _turns(label: str, key: Key, rows: Sequence[tuple[Setting, Result]], column: str) -> list[str]:
    """Where one column's verdict changes across the sweep: between two rows, or at a row
    that is exactly at break-even (named as such, never "turns … to at break-even")."""
    words = key_words(key)
    sentences = []
    verdicts = [getattr(result, column).verdict for _, result in rows]
    for index, (setting, result) in enumerate(rows):
        here = verdicts[index]
        if here == "break-even":
            before = verdicts[index - 1] if index else None
            after = verdicts[index + 1] if index + 1 < len(rows) else None
            sides = [
                f"{is_said(v)} {side}"
                for v, side in ((before, "below"), (after, "above"))
                if v is not None and v != "break-even"
            ]
            tail = f" ({' and '.join(sides)} it)" if sides else ""
            sentences.append(
                f"{label}, the center breaks even at {words} {setting_value(setting)}{tail}."
            )
            continue
        if index + 1 < len(rows) and verdicts[index + 1] not in (here, "break-even"):
            after_setting, _ = rows[index + 1]
            exact = ""
            edge = _exact_edge(key, result) if column == "sales" else None
            if edge is not None and (setting.amount or 0) <= edge <= (after_setting.amount or 0):
                exact = f" (break-even at {fmt.short_percent(edge)})"
            sentences.append(
                f"{label}, the center turns from {is_said(here)} to {is_said(verdicts[index + 1])} "
                f"between {words} {setting_value(setting)} and "
                f"{setting_value(after_setting)}{exact}."
            )
    return sentences


def sweep_sentences(
    key: Key,
    rows: Sequence[tuple[Setting, Result]],
    *,
    margin_of_price: bool = False,
    settings: Sequence[Setting] = (),
) -> list[str]:
    """Where the verdicts change across the sweep, and why the rows do not move when the
    swept key cannot move them."""
    sentences = _turns("With selling", key, rows, "sales")
    sentences += _turns("Service only", key, rows, "service")
    first = rows[0][1].inputs
    calls_per_hour = rows[0][0].period == "hour" if key.name == "calls" else False
    notes = inert_notes(
        first,
        [key.name],
        margin_of_price=margin_of_price,
        calls_per_hour=calls_per_hour,
        settings=(*settings, rows[0][0]),
    )
    if key.name == "invest" and any(not result.inputs.invest for _, result in rows):
        notes.append("With no launch cost (the $0 row) there is nothing to pay back.")
    still = len({(r.service.net_margin_per_day, r.sales.net_margin_per_day) for _, r in rows}) == 1
    if still and not notes:
        notes.append(f"Net margin does not change across this range of {key_words(key)}.")
    return sentences + notes
