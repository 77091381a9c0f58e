"""Reply documents laid out as plain text, for the `roi` CLI and the console: what Slack would
show, with a user's words printed exactly as typed (no Slack escaping look-alikes)."""

from __future__ import annotations

import unicodedata
from datetime import datetime

from bot.buttons import ASK_ACTION
from bot.reply import Buttons, Doc, Grid, Heading, Line, Note, Paragraph, Preformatted
from calc.report import Cell, Moment, Person, Quoted, text_table


def _safe(text: str) -> str:
    """A user's words as typed, minus control characters: a note cannot move the cursor or
    recolor the terminal (`\\x1b[31m`)."""
    return "".join(
        ch if ch == " " or unicodedata.category(ch) not in {"Cc", "Cf"} else " " for ch in text
    )


def _moment(moment: Moment) -> str:
    """In the terminal's own time zone, like Slack shows a date in the reader's."""
    return datetime.fromisoformat(moment.iso).astimezone().strftime("%Y-%m-%d %H:%M")


def _segment(segment: Cell | Quoted) -> str:
    if isinstance(segment, Person):
        return segment.id
    if isinstance(segment, Moment):
        return _moment(segment)
    if isinstance(segment, Quoted):
        return _safe(str(segment))
    return str(segment)


def _line(line: Line) -> str:
    return "".join(_segment(segment) for segment in line)


def text(doc: Doc) -> str:
    """Each part as lines of text; tables aligned in columns, buttons in brackets."""
    out: list[str] = []
    for part in doc.parts:
        if isinstance(part, Heading):
            out.append(part.text)
        elif isinstance(part, Paragraph):
            out += [_line(line) for line in part.lines]
        elif isinstance(part, Note):
            out.append(_line(part.line))
        elif isinstance(part, Grid):
            out.append(text_table([[_segment(cell) for cell in row] for row in part.rows]))
        elif isinstance(part, Preformatted):
            out.append(part.text)
        elif isinstance(part, Buttons):
            if all(button.action.startswith(ASK_ACTION) for button in part.buttons):
                out += [f"  {button.label}" for button in part.buttons]  # ready to paste
            else:
                out.append(" ".join(f"[{button.label}]" for button in part.buttons))
    return "\n".join(out)
