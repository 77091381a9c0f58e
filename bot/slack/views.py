"""The Home tab and the modals around it, as Block Kit views (plain dicts): the team's
scenarios at a glance, an answer in a modal, a scenario's history with Restore, and a one-
line notice. Words come from calc.report and bot.messages; answers are laid out by
bot.slack.blocks (tables as sections, since a modal takes none)."""

from __future__ import annotations

import json
from typing import Any

from bot import messages
from bot.reply import Doc, Line
from bot.service import HomePage
from bot.slack.blocks import Block, blocks, button, context, header, section
from bot.store.scenarios import HistoryPage, StoredVersion
from calc import report
from calc.commands import MAX_NOTE
from calc.errors import Refusal
from calc.model import Result
from calc.names import MAX_NAME
from calc.report import Moment, Person, Quoted

HOME_NEW = "home_new"
HOME_OPEN = "home_open"
HOME_WHAT_IF = "home_what_if"
HOME_HISTORY = "home_history"
HOME_PAGE = "home_page"
RESTORE = "history_restore"
RESULT_VIEW = "scenario_result"
RESULT_SAVE = "result_save"
RESULT_FORM = "result_form"
SHARE_TO = "share_to"
SAVE_VIEW = "save_as_modal"
MODAL_TITLE = 24  # Slack's limit on a modal's title, submit and close labels


def _ref(version: StoredVersion) -> str:
    return f"{version.name}@{version.version}"


def home_view(home: HomePage) -> dict[str, Any]:
    """The Home tab: the default verdict in one line, New scenario, then one page of the
    team's scenarios newest first (three blocks each), and the way to the next page."""
    out: list[Block] = []
    if isinstance(home.result, Result):
        out.append(header(report.headline(home.result)))
        out.append(context((f"From {home.base.source}: {report.card(home.result)}",)))
    else:
        out.append(header(f"{home.base.source} needs a fix"))
        out.append(context(("⚠️ ", Quoted(str(home.result)))))
    if home.base.ref.is_reference:
        out.append(context((messages.HOME_NO_DEFAULT,)))
    out.append(
        {
            "type": "actions",
            "block_id": "home_top",
            "elements": [button(messages.NEW_SCENARIO, HOME_NEW, "", primary=True)],
        }
    )
    out.append({"type": "divider"})
    if not home.total:
        out.append(section((messages.NO_SCENARIOS,)))
        return {"type": "home", "blocks": out}
    out.append(section((f"*{messages.home_count(home.total)}*, newest first",)))
    for version, item in home.items:
        ref = _ref(version)
        words = report.card(item) if isinstance(item, Result) else f"needs a fix: {item}"
        line: Line = (
            f"*{version.name}* v{version.version} · ",
            Quoted(words) if isinstance(item, Refusal) else words,
        )
        if any(mark in version.name for mark in "*_~`"):
            # A name mrkdwn would format (q3_plan_b): the line as plain text, unbolded.
            line = (Quoted(f"{version.name} v{version.version} · {words}"),)
        out.append(section(line))
        out.append(
            context(("Saved by ", Person(version.saved_by), " · ", Moment(version.saved_at)))
        )
        out.append(
            {
                "type": "actions",
                "block_id": f"s:{ref}"[:255],
                "elements": [
                    button("Open", HOME_OPEN, ref),
                    button("What if…", HOME_WHAT_IF, ref),
                    button("History", HOME_HISTORY, version.name),
                ],
            }
        )
    if home.pages > 1:
        out.append(context((f"Page {home.page} of {home.pages}",)))
        moves = []
        if home.page > 1:
            moves.append(button("← Newer", HOME_PAGE, str(home.page - 1)))
        if home.page < home.pages:
            moves.append(button("Older →", HOME_PAGE, str(home.page + 1)))
        out.append({"type": "actions", "block_id": "home_pages", "elements": moves})
    return {"type": "home", "blocks": out}


def modal(
    title: str,
    content: list[Block],
    *,
    callback_id: str = "notice",
    submit: str | None = None,
    close: str = "Close",
    private_metadata: str = "",
) -> dict[str, Any]:
    """A modal view around `content`."""
    view: dict[str, Any] = {
        "type": "modal",
        "callback_id": callback_id,
        "title": {"type": "plain_text", "text": title[:MODAL_TITLE]},
        "close": {"type": "plain_text", "text": close[:MODAL_TITLE]},
        "private_metadata": private_metadata,
        "blocks": content[:100],
    }
    if submit:
        view["submit"] = {"type": "plain_text", "text": submit[:MODAL_TITLE]}
    return view


def notice(title: str, refusal_or_line: Refusal | str) -> dict[str, Any]:
    """A modal saying one thing: a refusal (with its hint) or a confirmation."""
    if isinstance(refusal_or_line, Refusal):
        return modal(title, [section(("⚠️ ", Quoted(str(refusal_or_line))))])
    return modal(title, [section((refusal_or_line,))])


def result_view(
    answer: Doc,
    *,
    share: str | None,
    save: str | None,
    form: str | None,
    history: str | None = None,
    title: str = "What if…",
    notice_line: Line | None = None,
) -> dict[str, Any]:
    """An answer in a modal, with Save as…, Change inputs (the form again) and History
    where they apply, and Share: to the conversation picked here, or your DM with roibot."""
    content: list[Block] = []
    if notice_line:
        content.append(context(notice_line))
    content += blocks(answer.without_buttons(), modal=True)
    buttons = []
    if save:
        buttons.append(button(messages.SAVE_AS, RESULT_SAVE, save))
    if form:
        buttons.append(button(messages.CHANGE_INPUTS, RESULT_FORM, form))
    if history:
        buttons.append(button("History", HOME_HISTORY, history))
    if buttons:
        content.append({"type": "actions", "block_id": "result_actions", "elements": buttons})
    metadata = ""
    if share:
        content.append(
            {
                "type": "input",
                "block_id": SHARE_TO,
                "optional": True,
                "label": {"type": "plain_text", "text": messages.SHARE_TO},
                "hint": {"type": "plain_text", "text": messages.SHARE_TO_HINT},
                "element": {
                    "type": "conversations_select",
                    "action_id": SHARE_TO,
                    "filter": {"include": ["public", "private"], "exclude_bot_users": True},
                },
            }
        )
        metadata = json.dumps({"c": share})
    return modal(
        title,
        content[:100],
        callback_id=RESULT_VIEW,
        submit=messages.SHARE if share else None,
        close="Done",
        private_metadata=metadata,
    )


def _restore_button(name: str, version: int) -> Block:
    """Restore, behind a confirmation that says nothing is lost."""
    return {
        **button("Restore", RESTORE, json.dumps({"n": name, "v": version})),
        "confirm": {
            "title": {"type": "plain_text", "text": "Restore?"},
            "text": {"type": "plain_text", "text": messages.restore_confirm(name, version)},
            "confirm": {"type": "plain_text", "text": "Restore"},
            "deny": {"type": "plain_text", "text": "Cancel"},
        },
    }


def _version_blocks(
    history: HistoryPage, version: StoredVersion, result: Result | Refusal, newest: int
) -> list[Block]:
    """One version: who saved it, when, its verdict (and Restore), then its command."""
    verdict = (
        f"{result.sales.verdict} with selling" if isinstance(result, Result) else "needs a fix"
    )
    restored = f" (restored v{version.restored_from})" if version.restored_from else ""
    block = section(
        (
            f"*v{version.version}*{restored} · ",
            Person(version.saved_by),
            " · ",
            Moment(version.saved_at),
            f" · {verdict}",
        )
    )
    if version.version != newest or history.deleted:
        block["accessory"] = _restore_button(history.name, version.version)
    return [block, context(("Command: ", Quoted(version.command or "—")))]


def history_view(
    history: HistoryPage,
    verdicts: list[Result | Refusal],
    *,
    notice_line: Line | None = None,
    limit: int = 30,
) -> dict[str, Any]:
    """A scenario's versions, newest first, each with who saved it, when, its verdict and
    the command that made it; every version but the newest can be restored."""
    content: list[Block] = [context(notice_line)] if notice_line else []
    plural = "s" if history.total != 1 else ""
    deleted = " (deleted)" if history.deleted else ""
    content.append(section((f"*{history.name}*: {history.total} version{plural}{deleted}",)))
    newest = history.versions[0].version if history.versions else 0
    for version, result in list(zip(history.versions, verdicts, strict=True))[:limit]:
        content += _version_blocks(history, version, result, newest)
    shown = min(limit, len(history.versions))
    if history.total > shown:
        content.append(
            context((f"Showing the newest {shown}; /roi history {history.name} lists up to 99.",))
        )
    return modal(
        "History",
        content[:100],
        callback_id="scenario_history",
        private_metadata=json.dumps({"n": history.name}),
    )


def save_view(metadata: str) -> dict[str, Any]:
    """The Save as… modal: a name and a note."""
    return {
        "type": "modal",
        "callback_id": SAVE_VIEW,
        "title": {"type": "plain_text", "text": messages.SAVE_FORM_TITLE},
        "submit": {"type": "plain_text", "text": "Save"},
        "close": {"type": "plain_text", "text": "Cancel"},
        "private_metadata": metadata,
        "blocks": [
            {
                "type": "input",
                "block_id": "name",
                "label": {"type": "plain_text", "text": "Name"},
                "hint": {"type": "plain_text", "text": messages.SAVE_NAME_HINT},
                "element": {
                    "type": "plain_text_input",
                    "action_id": "name",
                    "max_length": MAX_NAME,
                },
            },
            {
                "type": "input",
                "block_id": "note",
                "optional": True,
                "label": {"type": "plain_text", "text": "Note"},
                "element": {
                    "type": "plain_text_input",
                    "action_id": "note",
                    "multiline": True,
                    "max_length": MAX_NOTE,
                },
            },
        ],
    }
