"""Reply documents laid out as Block Kit, as plain dicts (about 45 µs against 1.5 ms through
slack-sdk's models); the tests parse every reply back through the models and a limit
checker.

User text only ever lands in plain_text or raw_text objects, made inert first; mrkdwn
holds our own words, and people and moments as Slack's own mention and date markup.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from bot import messages
from bot.buttons import FEEDBACK_ACTION, FEEDBACK_GOOD
from bot.reply import Buttons, Doc, Feedback, Grid, Heading, Line, Note, Paragraph, Preformatted
from bot.slack.text import inert, is_user_id
from calc.report import Cell, Moment, Person, Quoted

Block = dict[str, Any]
Message = dict[str, Any]  # {"text": fallback, "blocks": [...]}

SECTION_LIMIT = 3000
HEADER_LIMIT = 150
CONTEXT_LIMIT = 2000
BUTTON_LIMIT = 75
PLACEHOLDER_LIMIT = 150  # an input's placeholder
ERROR_LIMIT = 150  # a modal field's error: one short line under the field
DATE_FORMAT = "{date_short_pretty} {time}"


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _plain(text: str) -> dict[str, Any]:
    return {"type": "plain_text", "text": text or " ", "emoji": True}


def _timestamp(moment: Moment) -> tuple[int, str]:
    when = datetime.fromisoformat(moment.iso)
    return int(when.timestamp()), when.strftime("%Y-%m-%d %H:%M UTC")


def _name(person: Person) -> str:
    # A name from outside Slack (the CLI's --user) lands in mrkdwn: no formatting marks.
    return re.sub(r"[*_~`]", "", inert(person.id, 40)) or "someone"


def _mrkdwn_segment(segment: str | Quoted | Person | Moment) -> str:
    if isinstance(segment, Person):
        return f"<@{segment.id}>" if is_user_id(segment.id) else _name(segment)
    if isinstance(segment, Moment):
        stamp, fallback = _timestamp(segment)
        return f"<!date^{stamp}^{DATE_FORMAT}|{fallback}>"
    return str(segment)


def _plain_segment(segment: str | Quoted | Person | Moment) -> str:
    if isinstance(segment, Quoted):
        return inert(str(segment), SECTION_LIMIT)
    if isinstance(segment, Person):
        return _name(segment)
    if isinstance(segment, Moment):
        return _timestamp(segment)[1]
    return str(segment)


def _text_object(line: Line, limit: int) -> dict[str, Any]:
    """mrkdwn for our words, people and moments; plain text as soon as a user's words are in
    the line (so nothing they typed can format, mention or link)."""
    if any(isinstance(segment, Quoted) for segment in line):
        return _plain(_clip("".join(_plain_segment(s) for s in line), limit))
    return {"type": "mrkdwn", "text": _clip("".join(_mrkdwn_segment(s) for s in line), limit)}


def header(text: str) -> Block:
    """A header block (Slack cuts none: we keep it within 150 characters)."""
    return {"type": "header", "text": _plain(_clip(text, HEADER_LIMIT))}


def section(line: Line) -> Block:
    """A section holding one line of text; a line naming both a user's words and a person
    ("q3-plan v1 → v2 by @dana") is rich text, where the words stay literal and the person
    is still a mention."""
    quoted = any(isinstance(segment, Quoted) for segment in line)
    if quoted and any(isinstance(s, Person) and is_user_id(s.id) for s in line):
        return _rich_line(line)
    return {"type": "section", "text": _text_object(line, SECTION_LIMIT)}


def _rich_line(line: Line) -> Block:
    """One line as a rich_text block: text elements (never parsed for markup) and user
    elements (mentions by id), within a section's length."""
    elements: list[dict[str, Any]] = []
    left = SECTION_LIMIT
    for segment in line:
        if isinstance(segment, Person) and is_user_id(segment.id):
            elements.append({"type": "user", "user_id": segment.id})
            continue
        text = _clip(_plain_segment(segment), left) if left > 0 else ""
        left -= len(text)
        if not text:
            continue
        if elements and elements[-1]["type"] == "text":
            elements[-1]["text"] += text
        else:
            elements.append({"type": "text", "text": text})
    return {
        "type": "rich_text",
        "elements": [{"type": "rich_text_section", "elements": elements}],
    }


def context(line: Line) -> Block:
    """A context block: one small line (a note, where an answer came from)."""
    return {"type": "context", "elements": [_text_object(line, CONTEXT_LIMIT)]}


def select_input(
    block: str, label: str, action: str, options: dict[str, str], initial: str
) -> Block:
    """A modal's input block holding one static select: `options` by value, labels within
    Slack's 75 characters, `initial` chosen."""

    def option(value: str) -> Block:
        return {"text": {"type": "plain_text", "text": _clip(options[value], 75)}, "value": value}

    return {
        "type": "input",
        "block_id": block,
        "label": {"type": "plain_text", "text": label},
        "element": {
            "type": "static_select",
            "action_id": action,
            "options": [option(value) for value in options],
            "initial_option": option(initial),
        },
    }


def button(label: str, action: str, value: str, *, primary: bool = False) -> Block:
    """A button element (its label within Slack's 75 characters)."""
    element: Block = {
        "type": "button",
        "action_id": action,
        "value": value,
        "text": _plain(_clip(label, BUTTON_LIMIT)),
    }
    if primary:
        element["style"] = "primary"
    return element


def _cell(cell: Cell) -> dict[str, Any]:
    if type(cell) is str:  # most cells: a figure (a Quoted is a str too, made inert below)
        return {"type": "raw_text", "text": cell or " "}
    if isinstance(cell, Person) and is_user_id(cell.id):
        element: dict[str, Any] = {"type": "user", "user_id": cell.id}
    elif isinstance(cell, Moment):
        stamp, fallback = _timestamp(cell)
        element = {"type": "date", "timestamp": stamp, "format": DATE_FORMAT, "fallback": fallback}
    else:
        text = (
            _name(cell)
            if isinstance(cell, Person)
            else (inert(str(cell), 200) if isinstance(cell, Quoted) else str(cell))
        )
        return {"type": "raw_text", "text": text or " "}
    return {"type": "rich_text", "elements": [{"type": "rich_text_section", "elements": [element]}]}


def table(rows: tuple[tuple[Cell, ...], ...]) -> Block:
    """Slack's native table block; the first column left-aligned, figures right-aligned."""
    width = len(rows[0])
    settings = [
        {"align": "left" if i == 0 else "right", "is_wrapped": i == 0} for i in range(width)
    ]
    return {
        "type": "table",
        "column_settings": settings,
        "rows": [[_cell(cell) for cell in row] for row in rows],
    }


def _field(heading: Cell, cell: Cell) -> dict[str, Any]:
    """One cell as a section field under its column's heading."""
    line: Line = (f"{heading}\n", cell) if str(heading).strip() else (cell,)
    return _text_object(line, 2000)


def grid_sections(rows: tuple[tuple[Cell, ...], ...]) -> list[Block]:
    """A table where tables cannot go (modals): a section per row, its first cell in bold,
    the others as fields under their column's heading (empty cells left out)."""
    heading, *body = rows
    out: list[Block] = []
    for row in body:
        first = row[0]
        title: Line = (f"*{first}*",) if isinstance(first, str) else (first,)
        fields = [
            _field(heading[i], cell) for i, cell in enumerate(row) if i and str(cell).strip()
        ][:10]
        block: Block = {"type": "section", "text": _text_object(title, SECTION_LIMIT)}
        if fields:
            block["fields"] = fields
        out.append(block)
    return out


def _lines(paragraph: Paragraph) -> list[Line]:
    """A paragraph's lines grouped so each group fits one section."""
    groups: list[Line] = []
    current: list[Any] = []
    size = 0
    for line in paragraph.lines:
        length = sum(len(str(s)) for s in line) + 1
        if current and size + length > SECTION_LIMIT - 50:
            groups.append(tuple(current))
            current, size = [], 0
        if current:
            current.append("\n")
        current += list(line)
        size += length
    if current:
        groups.append(tuple(current))
    return groups


def blocks(doc: Doc, *, modal: bool = False) -> list[Block]:
    """Every part of a document as blocks, in order (in a `modal`, tables as sections)."""
    out: list[Block] = []
    for part in doc.parts:
        if isinstance(part, Heading):
            out.append(header(part.text))
        elif isinstance(part, Paragraph):
            out += [section(line) for line in _lines(part)]
        elif isinstance(part, Note):
            out.append(context(part.line))
        elif isinstance(part, Grid):
            out += grid_sections(part.rows) if modal else [table(part.rows)]
        elif isinstance(part, Preformatted):
            chunk = ""
            for text_line in part.text.splitlines():
                if len(chunk) + len(text_line) + 1 > SECTION_LIMIT - 10:
                    out.append(
                        {
                            "type": "section",
                            "text": {"type": "mrkdwn", "text": f"```{chunk.rstrip()}```"},
                        }
                    )
                    chunk = ""
                chunk += text_line + "\n"
            if chunk.strip():
                out.append(
                    {
                        "type": "section",
                        "text": {"type": "mrkdwn", "text": f"```{chunk.rstrip()}```"},
                    }
                )
        elif isinstance(part, Feedback):
            out.append(feedback_block(part.value))
        elif isinstance(part, Buttons):
            out.append(
                {
                    "type": "actions",
                    "elements": [
                        button(b.label, b.action, b.value, primary=b.primary) for b in part.buttons
                    ],
                }
            )
    return out


def feedback_block(value: str) -> Block:
    """Slack's feedback buttons (a context_actions block): "good" sends FEEDBACK_GOOD, "not
    right" sends `value`."""
    return {
        "type": "context_actions",
        "elements": [
            {
                "type": "feedback_buttons",
                "action_id": FEEDBACK_ACTION,
                "positive_button": {
                    "text": _plain("Good answer"),
                    "value": FEEDBACK_GOOD,
                    "accessibility_label": "This answer read my question right",
                },
                "negative_button": {
                    "text": _plain("Not right"),
                    "value": value,
                    "accessibility_label": "This answer misread my question",
                },
            }
        ],
    }


def message(doc: Doc) -> Message:
    """A document as a message: `text` for notifications, `blocks` for the client. The
    notification is inert too: a question back quotes the user's words in it."""
    return {"text": inert(doc.text, SECTION_LIMIT), "blocks": blocks(doc)}


def shared(doc: Doc, user: str) -> Message:
    """A reply as posted in the channel: without buttons, naming who shared it."""
    posted = message(doc.without_buttons())
    who = f"<@{user}>" if is_user_id(user) else "someone"
    posted["blocks"].append(context((messages.shared_by(who),)))
    return posted
