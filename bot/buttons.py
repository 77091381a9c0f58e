"""What a button carries, and turning it back into a command: the one place a button value
becomes input, through the same parser as typed text (a client may alter any value).

Share carries the answer's command with its base pinned to a version (`q3@2 calls+20%`), so
the shared answer is the one the user saw. Save as… carries every setting of the answer, so
that saved on top of any base it gives exactly those inputs.
"""

from __future__ import annotations

import json

from bot import messages
from calc.commands import QUESTIONS, Command, Save, is_write, parse_command
from calc.describe import settings_text
from calc.errors import Refusal
from calc.inputs import Inputs
from calc.names import check_name
from calc.settings import parse_settings
from calc.understand import clean

SHARE_ACTION = "share"
SAVE_ACTION = "save_as"
FORM_ACTION = "open_form"
SOLVE_ACTION = "solve_for"
#: A question back's choices: `ask_choice_0` … (an action id is unique within its block).
ASK_ACTION = "ask_choice"
MAX_VALUE = 2000  # Slack's limit on a button value


FEEDBACK_ACTION = "feedback"
FEEDBACK_GOOD = "good"


def feedback_value(question: str, read_as: str) -> str:
    """What a "not right" vote carries: the question (its first 1,000 characters, fewer if
    the value would pass Slack's 2,000) and what it was read as."""
    question, read_as = question[:1000], read_as[:500]
    value = json.dumps({"q": question, "r": read_as}, ensure_ascii=False)
    while len(value) > MAX_VALUE and question:
        question = question[: len(question) - (len(value) - MAX_VALUE) - 1]
        value = json.dumps({"q": question, "r": read_as}, ensure_ascii=False)
    return value


def feedback_of(value: str) -> tuple[str, str]:
    """The question and the read-as of a "not right" vote (a client may send anything)."""
    data = _load(value)
    return data.get("q", "")[:1000], data.get("r", "")[:1000]


def share_value(pinned: str) -> str | None:
    """The Share button's value, or None when the command is too long to carry."""
    value = json.dumps({"c": pinned})
    return value if len(value) <= MAX_VALUE else None


def ask_value(choice: str) -> str | None:
    """A question back's button: the command it runs, or None when too long to carry."""
    return share_value(choice)


def ask_text(value: str) -> str:
    """The command a question back's button runs: never a write (a client may send any
    value; what runs is what typing it would run)."""
    text = _load(value).get("c")
    if text is None or len(text) > MAX_VALUE:
        raise messages.STALE_BUTTON
    try:
        command = parse_command(text)
    except Refusal:
        raise messages.STALE_BUTTON from None
    if is_write(command):
        raise messages.STALE_BUTTON
    return text


def save_value(inputs: Inputs, label: str) -> str | None:
    """The Save as… button's value, or None when it would be too long."""
    value = json.dumps({"s": settings_text(inputs, complete=True), "l": label[:100]})
    return value if len(value) <= MAX_VALUE else None


def _load(value: str) -> dict[str, str]:
    if len(value) > MAX_VALUE:
        raise messages.STALE_BUTTON
    try:
        data = json.loads(value)
        if not isinstance(data, dict):
            raise TypeError
        return {str(key): str(item) for key, item in data.items()}
    except (ValueError, TypeError):
        raise messages.STALE_BUTTON from None


def share_command(value: str) -> Command:
    """The question a Share button asks again; only questions (never a write) are shared."""
    text = _load(value).get("c")
    if text is None:
        raise messages.STALE_BUTTON
    command = parse_command(text)
    if not isinstance(command, QUESTIONS):
        raise messages.STALE_BUTTON
    return command


def save_command(value: str, name: str, note: str) -> tuple[Save, str]:
    """The save a Save as… form makes, and the label of the answer it came from."""
    data = _load(value)
    if "s" not in data:
        raise messages.STALE_BUTTON
    settings = parse_settings(data["s"].split())
    label = data.get("l", "")
    return Save(check_name(name), settings, " ".join(clean(note).split())), label


def check_value(value: str) -> None:
    """Refuse a Save as… value that cannot be read, before opening a form for it."""
    data = _load(value)
    if "s" not in data:
        raise messages.STALE_BUTTON
    parse_settings(data["s"].split())
