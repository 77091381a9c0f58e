"""A reply as a document: what is said and in what order, before any layout.

`bot.replies` builds documents from outcomes (the words about results from calc.report, the
bot's own from bot.messages, the labels of lists and histories in bot.replies itself);
`bot.slack.blocks` lays a document out as Block Kit (a message, a modal, the Home tab) and
`bot.terminal.render` as plain text. Neither layout decides a word.
"""

from __future__ import annotations

from dataclasses import dataclass

from calc.report import Cell, Moment, Person, Quoted

# A piece of a line: our own words (str), a user's words (Quoted), a person or a moment.
Segment = str | Quoted | Person | Moment
Line = tuple[Segment, ...]


@dataclass(frozen=True)
class Heading:
    """The title line (Slack: a header block)."""

    text: str


@dataclass(frozen=True)
class Paragraph:
    """Sentences, one line each (Slack: a section)."""

    lines: tuple[Line, ...]


@dataclass(frozen=True)
class Note:
    """A small line under or over the answer: where it came from, the inputs echoed."""

    line: Line


@dataclass(frozen=True)
class Grid:
    """A table: the first row is the heading."""

    rows: tuple[tuple[Cell, ...], ...]


@dataclass(frozen=True)
class Preformatted:
    """Text whose line breaks and spacing matter (help)."""

    text: str


@dataclass(frozen=True)
class Button:
    """A button: its label, what it does (the action id) and what it carries."""

    label: str
    action: str
    value: str
    primary: bool = False


@dataclass(frozen=True)
class Buttons:
    """A row of buttons."""

    buttons: tuple[Button, ...]


@dataclass(frozen=True)
class Feedback:
    """Slack's "good / not right" buttons under an answer; a "not right" vote sends
    `value` (the question and what it was read as)."""

    value: str


Part = Heading | Paragraph | Note | Grid | Preformatted | Buttons | Feedback


@dataclass(frozen=True)
class Doc:
    """A whole reply: the notification text and the parts, in order."""

    text: str
    parts: tuple[Part, ...]
    refusal: bool = False

    def without_buttons(self) -> Doc:
        """The same reply with no buttons (as shared in a channel, or in a terminal)."""
        return Doc(
            self.text,
            tuple(p for p in self.parts if not isinstance(p, Buttons | Feedback)),
            self.refusal,
        )

    def buttons(self) -> tuple[Button, ...]:
        """Every button of the reply."""
        return tuple(b for part in self.parts if isinstance(part, Buttons) for b in part.buttons)


def plain(line: Line) -> str:
    """A line's words with people and moments as their raw ids (for tests and logs)."""
    out = []
    for segment in line:
        if isinstance(segment, Person):
            out.append(segment.id)
        elif isinstance(segment, Moment):
            out.append(segment.iso)
        else:
            out.append(str(segment))
    return "".join(out)
