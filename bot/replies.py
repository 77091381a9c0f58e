"""Outcomes into reply documents: which words (about results from calc.report, the bot's own
from bot.messages, a list's and a history's labels here), in which order, with which
buttons. Runs no model: outcomes arrive with their results computed."""

from __future__ import annotations

from collections.abc import Sequence

from bot import buttons as btn
from bot import messages
from bot.digests.verbs import DigestAdded, DigestChanged, DigestListing
from bot.digests.words import digest_outcome_doc
from bot.reply import Button, Buttons, Doc, Grid, Heading, Note, Paragraph, Part, Preformatted
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
from calc import report
from calc.describe import Swept, echo_line
from calc.errors import Ask, Refusal
from calc.levers import lever_rows, lever_sentence, still_lines
from calc.model import Result
from calc.report import Moment, Person, Quoted
from calc.settings import Setting

SLACK_ROWS = 99  # Slack's table holds 100 rows, the heading included


def refusal_doc(refusal: Refusal) -> Doc:
    """One line with the reason and a hint (the user's own words inside it stay theirs);
    for a question back, the question and one button per reading."""
    if isinstance(refusal, Ask):
        return ask_doc(refusal)
    return Doc(messages.REFUSED_TEXT, (Paragraph((("⚠️ ", Quoted(str(refusal))),)),), refusal=True)


def ask_doc(ask: Ask) -> Doc:
    """A question back: what was unclear, and each reading as a button that runs it (a
    terminal shows the commands, ready to paste). Nothing was computed."""
    choices = []
    for index, choice in enumerate(ask.choices):
        value = btn.ask_value(choice)
        if value:
            choices.append(Button(f"/roi {choice}", f"{btn.ASK_ACTION}_{index}", value))
    parts: list[Part] = [Paragraph((("❓ ", Quoted(ask.question)),)), Note((messages.ASK_WHICH,))]
    if choices:
        parts.append(Buttons(tuple(choices)))
    return Doc(ask.question, tuple(parts), refusal=True)


def _buttons(
    share: str | None, result: Result | None, label: str, form: str | None = None
) -> Buttons | None:
    """Share in channel (the question again), Save as… (every setting), Form (the inputs
    in a form, starting from the same base and settings)."""
    found = []
    shared = btn.share_value(share) if share is not None else None
    if shared:
        found.append(Button(messages.SHARE, btn.SHARE_ACTION, shared))
    if result is not None:
        value = btn.save_value(result.inputs, label)
        if value:
            found.append(Button(messages.SAVE_AS, btn.SAVE_ACTION, value))
    if form is not None:
        # The same shape as Share's, {"c": command}, and most often the same command.
        value = shared if form == share else btn.share_value(form)
        if value:
            found.append(Button(messages.FORM, btn.FORM_ACTION, value))
            found.append(Button(messages.SOLVE_FOR, btn.SOLVE_ACTION, value))
    return Buttons(tuple(found)) if found else None


def _read_as(read_as: str | None) -> list[Part]:
    """The command words were read as; `""` (nothing changed) is `/roi`, the base answer,
    and says so: a reader never takes a base answer for the one asked."""
    if read_as is None:
        return []
    return [Note((messages.READ_AS, Quoted(f"/roi {read_as}".rstrip())))]


def _margin_of_price(settings: Sequence[Setting]) -> bool:
    return any(s.key.name == "margin" and s.of_price for s in settings)


def _calls_per_hour(settings: Sequence[Setting]) -> bool:
    return any(s.key.name == "calls" and s.period == "hour" for s in settings)


def answer_parts(result: Result, settings: Sequence[Setting] = ()) -> list[Part]:
    """The body of every compute answer: the table, the sentences, the inputs echoed."""
    changed = [s.key.name for s in settings]
    notes = report.inert_notes(
        result.inputs,
        changed,
        margin_of_price=_margin_of_price(settings),
        calls_per_hour=_calls_per_hour(settings),
        settings=settings,
    )
    what, where = report.answer_sentences(result)
    return [
        Grid((report.HEADINGS, *report.table_rows(result))),
        Paragraph(tuple((sentence,) for sentence in [*what, *notes])),
        Paragraph(tuple((sentence,) for sentence in where)),
        Note((echo_line(result.inputs, settings),)),
    ]


def _answer(outcome: Answer, read_as: str | None, with_buttons: bool) -> Doc:
    result = outcome.result
    label = outcome.source + (f" · {outcome.changes}" if outcome.changes else "")
    if outcome.breakeven:
        rows = (("Break-even point", "Value", "What it means"), *report.breakeven_lines(result))
        _, sentences = report.answer_sentences(result)
        parts: list[Part] = [
            Heading("Break-even points"),
            *_read_as(read_as),
            Note(report.origin(outcome.source, outcome.changes)),
            Grid(rows),
            Paragraph(tuple((s,) for s in sentences)),
            Note((echo_line(result.inputs, outcome.settings),)),
        ]
        found = _buttons(outcome.pinned, None, label) if with_buttons else None
        return Doc("Break-even points", tuple([*parts, *([found] if found else [])]))
    parts = [
        Heading(report.headline(result)),
        *_read_as(read_as),
        Note(report.origin(outcome.source, outcome.changes)),
        *answer_parts(result, outcome.settings),
    ]
    found = _buttons(outcome.pinned, result, label, outcome.pinned) if with_buttons else None
    return Doc(report.notification(result), tuple([*parts, *([found] if found else [])]))


def _scenario(outcome: ScenarioAnswer, read_as: str | None, with_buttons: bool) -> Doc:
    version, result = outcome.version, outcome.result
    source = f"{version.name} v{version.version}"
    if outcome.kind == "saved":
        title = messages.saved_title(version.name, version.version)
    elif outcome.kind == "restored":
        title = messages.restored_title(version.name, version.restored_from or 0, version.version)
    else:
        title = source
    parts: list[Part] = [
        Heading(title),
        *_read_as(read_as),
        Paragraph(((report.headline(result),),)),
    ]
    if outcome.kind == "shown":
        parts.append(
            Paragraph((("Saved by ", Person(version.saved_by), " on ", Moment(version.saved_at)),))
        )
    if version.note:
        parts.append(Note(("Note: ", Quoted(version.note))))
    parts += answer_parts(result)
    start = f"{version.name}@{version.version}"
    found = _buttons(outcome.pinned, result, source, start) if with_buttons else None
    return Doc(title, tuple([*parts, *([found] if found else [])]))


def _listing(outcome: Listing) -> Doc:
    if not outcome.total:
        return Doc("No scenarios yet", (Paragraph(((messages.NO_SCENARIOS,),)),))
    good = [(v.saved, r) for v, r in outcome.items if isinstance(r, Result)]
    rows = list(report.list_rows(good))
    for version, item in outcome.items:
        if isinstance(item, Refusal):
            rows.append(
                (
                    Quoted(version.name),
                    f"v{version.version}",
                    "needs a fix",
                    "",
                    "",
                    Person(version.saved_by),
                    Moment(version.saved_at),
                )
            )
    parts: list[Part] = [Heading(f"Scenarios ({outcome.total})"), Grid(tuple(rows))]
    broken = [item for _, item in outcome.items if isinstance(item, Refusal)]
    if broken:
        parts.append(Note((Quoted(str(broken[0])),)))
    if outcome.pages > 1:
        more = (
            f" · /roi list {outcome.page + 1} for the next" if outcome.page < outcome.pages else ""
        )
        parts.append(Note((f"Page {outcome.page} of {outcome.pages}{more}",)))
    return Doc(f"{outcome.total} scenarios", tuple(parts))


def _history(outcome: HistoryView, max_rows: int | None) -> Doc:
    history = outcome.history
    pairs = [(v.saved, r) for v, r in zip(history.versions, outcome.results, strict=True)]
    shown = pairs if max_rows is None else pairs[:max_rows]
    rows = [
        report.history_rows([(saved, result)])[1]
        if isinstance(result, Result)
        else (
            f"v{saved.version}",
            Moment(saved.saved_at),
            Person(saved.saved_by),
            "needs a fix",
            Quoted(saved.command),
            Quoted(saved.note),
        )
        for saved, result in shown
    ]
    parts: list[Part] = [
        Heading(f"History of {history.name}"),
        Grid((report.history_rows([])[0], *rows)),
    ]
    if len(shown) < history.total:
        parts.append(Note((f"Showing the newest {len(shown)} of {history.total} versions.",)))
    if history.events:
        notes = [
            f"{e.kind}d {'v' + str(e.version) if e.version else ''} by " for e in history.events
        ]
        line: list[str | Quoted | Person | Moment] = []
        for text, event in zip(notes, history.events, strict=True):
            if line:
                line.append(" · ")
            line += [text, Person(event.by), " on ", Moment(event.at)]
        parts.append(Paragraph((tuple(line),)))
    if history.deleted:
        latest = history.versions[0].version if history.versions else 1
        parts.append(
            Note(
                (
                    f"{history.name} is deleted; /roi restore {history.name} "
                    f"{latest} brings it back.",
                )
            )
        )
    return Doc(f"History of {history.name}", tuple(parts))


def _comparison(outcome: Comparison, read_as: str | None, with_buttons: bool) -> Doc:
    first, second = outcome.first, outcome.second
    a, b = first.result, second.result
    rows = report.compare_rows(first.source, a, second.source, b)
    parts: list[Part] = [Heading(f"{first.source} vs {second.source}"), *_read_as(read_as)]
    if first.changes:
        parts.append(Note(("Both with: ", Quoted(first.changes))))
    parts += [
        Grid(tuple(rows)),
        Paragraph(((report.compare_sentence(first.source, a, second.source, b),),)),
        Note((f"{first.source}: {echo_line(a.inputs, first.settings)}",)),
        Note((f"{second.source}: {echo_line(b.inputs, second.settings)}",)),
    ]
    found = _buttons(outcome.pinned, None, "") if with_buttons else None
    return Doc("Comparison", tuple([*parts, *([found] if found else [])]))


def _sweep(
    outcome: SweepTable, read_as: str | None, max_rows: int | None, with_buttons: bool
) -> Doc:
    key, rows = outcome.key, outcome.rows
    table = report.sweep_rows(key, rows)
    shown = table if max_rows is None else table[: max_rows + 1]
    first, last = rows[0][0], rows[-1][0]
    parts: list[Part] = [
        Heading(report.sweep_title(key, first, last, len(rows), outcome.relative)),
        *_read_as(read_as),
        Note(report.origin(outcome.source, outcome.changes, kind="with")),
        Grid(tuple(shown)),
    ]
    if len(shown) < len(table):
        parts.append(
            Note(
                (
                    f"Showing the first {len(shown) - 1} of {len(table) - 1} rows; use "
                    "a larger step or a narrower range to see the rest.",
                )
            )
        )
    sentences = report.sweep_sentences(
        key, rows, margin_of_price=_margin_of_price(outcome.settings), settings=outcome.settings
    )
    if sentences:
        parts.append(Paragraph(tuple((s,) for s in sentences)))
    parts.append(Note((echo_line(rows[0][1].inputs, outcome.settings, Swept(key, first, last)),)))
    found = _buttons(outcome.pinned, None, "") if with_buttons else None
    title = f"{key.title}: {len(rows)} values"
    return Doc(title, tuple([*parts, *([found] if found else [])]))


def _solved(outcome: Solved, read_as: str | None, with_buttons: bool) -> Doc:
    """The sentence first, then the full answer at the value found (today's answer when
    no value meets the goal)."""
    solution, result = outcome.solution, outcome.result
    settings = outcome.settings
    if solution.value is not None:
        key = solution.key
        solved = Setting(key, "set", solution.value, f"{key.name} (solved)")
        settings = (*settings, solved)
    kind = "with"
    parts: list[Part] = [
        Paragraph(((solution.sentence,),)),
        *_read_as(read_as),
        Note(report.origin(outcome.source, outcome.changes, kind=kind)),
        Heading(report.headline(result)),
        *answer_parts(result, settings),
    ]
    label = f"{outcome.source} · solved {solution.key.name}"
    found = _buttons(outcome.pinned, result, label) if with_buttons else None
    return Doc(solution.sentence, tuple([*parts, *([found] if found else [])]))


def _levers(outcome: LeverTable, read_as: str | None, with_buttons: bool) -> Doc:
    """The sentence that matters, the table of levers, and the inputs that cannot move."""
    found_levers = outcome.levers
    sentence = lever_sentence(found_levers)
    parts: list[Part] = [
        Heading("Which lever matters"),
        *_read_as(read_as),
        Note(report.origin(outcome.source, outcome.changes, kind="with")),
        Paragraph(((sentence,),)),
        Grid(tuple(lever_rows(found_levers))),
    ]
    still = still_lines(found_levers)
    if still:
        parts.append(Paragraph(tuple((line,) for line in still)))
    parts.append(Note((echo_line(outcome.result.inputs, outcome.settings),)))
    found = _buttons(outcome.pinned, None, "") if with_buttons else None
    return Doc(sentence, tuple([*parts, *([found] if found else [])]))


def doc(
    outcome: Outcome,
    *,
    read_as: str | None = None,
    max_rows: int | None = SLACK_ROWS,
    with_buttons: bool = True,
    share: bool = True,
    notes: Sequence[str] = (),
) -> Doc:
    """The reply document for an outcome; `max_rows=None` lifts Slack's table limit (for a
    terminal), `read_as` is the command an English question was read as and `notes` what
    a follow-up started from; `share=False` leaves out Share in channel (an answer already
    in a channel or thread)."""
    reply = _doc(outcome, read_as, max_rows, with_buttons)
    parts = list(reply.parts)
    at = next((i for i, p in enumerate(parts) if _is_read_as(p)), None)
    if read_as is not None and at is None:
        # Lists, histories and help carry the "Read as" line too, under their first part.
        parts[1:1] = _read_as(read_as)
        at = 1
    if notes:
        place = at + 1 if at is not None else 1
        parts[place:place] = [Note((messages.FROM_THREAD, Quoted(note))) for note in notes]
    reply = Doc(reply.text, tuple(parts), reply.refusal)
    if share:
        return reply
    parts = []
    for part in reply.parts:
        if isinstance(part, Buttons):
            kept = tuple(b for b in part.buttons if b.action != btn.SHARE_ACTION)
            if not kept:
                continue
            part = Buttons(kept)
        parts.append(part)
    return Doc(reply.text, tuple(parts), reply.refusal)


def _is_read_as(part: Part) -> bool:
    return isinstance(part, Note) and part.line[:1] == (messages.READ_AS,)


def _doc(outcome: Outcome, read_as: str | None, max_rows: int | None, with_buttons: bool) -> Doc:
    match outcome:
        case Answer():
            return _answer(outcome, read_as, with_buttons)
        case ScenarioAnswer():
            return _scenario(outcome, read_as, with_buttons)
        case Deleted(name):
            return Doc(f"Deleted {name}", (Paragraph(((messages.deleted(name),),)),))
        case Listing():
            return _listing(outcome)
        case HistoryView():
            return _history(outcome, max_rows)
        case Comparison():
            return _comparison(outcome, read_as, with_buttons)
        case SweepTable():
            return _sweep(outcome, read_as, max_rows, with_buttons)
        case Solved():
            return _solved(outcome, read_as, with_buttons)
        case LeverTable():
            return _levers(outcome, read_as, with_buttons)
        case HelpView(_, text):
            return Doc("roibot help", (Preformatted(text),))
        case DigestAdded() | DigestListing() | DigestChanged():
            return digest_outcome_doc(outcome)
    raise AssertionError(f"unhandled outcome {outcome!r}")  # pragma: no cover
