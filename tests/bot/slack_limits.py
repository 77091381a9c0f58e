"""Our own checker of Slack's Block Kit limits (slack-sdk's models check few of them),
plus a parse of every block through slack-sdk's models."""

from __future__ import annotations

import re
from typing import Any

from slack_sdk.models.blocks import Block

MESSAGE_BLOCKS = 50
MODAL_BLOCKS = 100
SECTION_TEXT = 3000
FIELDS = 10
FIELD_TEXT = 2000
HEADER_TEXT = 150
BUTTON_TEXT = 75
BUTTON_VALUE = 2000
ID_LENGTH = 255
TABLE_ROWS = 100
TABLE_CELLS = 20
CONTEXT_ELEMENTS = 10
TOTAL_TEXT = 12000  # Slack has refused messages with about 13k characters of block content
MESSAGE_TEXT = 40000
# Markup a user could smuggle in: <!channel>, <@U…>, <#C…>, <https://…|…>, and bare
# @channel words. Our own people and moments are the only markup allowed, and only in
# mrkdwn: a mention of a valid user id, and Slack's date token.
_SPECIAL = re.compile(r"<[!#@]|<https?:|<mailto:|@(channel|here|everyone)\b", re.IGNORECASE)
_OURS = re.compile(
    r"<@[UW][A-Z0-9]{2,20}>|<#[CGD][A-Z0-9]{2,20}>|"
    r"<!date\^\d+\^[^|<>]*\|[^<>]*>"
)
# A figure that went through float: `$nan`, `$(inf)`, `inf%`, `nan pp`, or a Decimal repr.
# Checked in raw_text cells and mrkdwn, where figures live; plain_text also quotes what
# the user typed ("inf" in a refusal is their word, not our figure).
_BAD_FIGURE = re.compile(r"\$\(?-?(nan|inf)|\b(nan|inf)\s*(%|pp)|\bDecimal\(", re.IGNORECASE)
_NONE = re.compile(r"\bNone\b")


def _texts(obj: Any, path: str = "") -> list[tuple[str, dict[str, Any]]]:
    found = []
    if isinstance(obj, dict):
        if obj.get("type") in {"plain_text", "mrkdwn", "raw_text"} and "text" in obj:
            found.append((path, obj))
        for key, value in obj.items():
            found += _texts(value, f"{path}.{key}")
    elif isinstance(obj, list):
        for index, value in enumerate(obj):
            found += _texts(value, f"{path}[{index}]")
    return found


def problems(reply: dict[str, Any], *, modal: bool = False) -> list[str]:
    """Every way `reply` (a message or a modal view) breaks a limit or leaks markup."""
    out: list[str] = []
    blocks = reply.get("blocks", [])
    limit = MODAL_BLOCKS if modal else MESSAGE_BLOCKS
    if len(blocks) > limit:
        out.append(f"{len(blocks)} blocks > {limit}")
    if len(reply.get("text", "")) > MESSAGE_TEXT:
        out.append("message text over 40,000")
    tables = [b for b in blocks if b.get("type") == "table"]
    if len(tables) > (0 if modal else 1):
        out.append(f"{len(tables)} tables")
    total = 0
    for index, block in enumerate(blocks):
        try:
            Block.parse(block)
        except Exception as error:  # slack-sdk's own validation
            out.append(f"block {index} does not parse: {error}")
        kind = block.get("type")
        if len(block.get("block_id", "")) > ID_LENGTH:
            out.append(f"block {index} block_id too long")
        if kind == "section":
            if len(block.get("text", {}).get("text", "")) > SECTION_TEXT:
                out.append(f"section {index} text over {SECTION_TEXT}")
            fields = block.get("fields", [])
            if len(fields) > FIELDS or any(len(f["text"]) > FIELD_TEXT for f in fields):
                out.append(f"section {index} fields over limits")
        if kind == "header" and len(block["text"]["text"]) > HEADER_TEXT:
            out.append(f"header {index} over {HEADER_TEXT}")
        if kind == "context" and len(block.get("elements", [])) > CONTEXT_ELEMENTS:
            out.append(f"context {index} has too many elements")
        if kind == "actions":
            for element in block["elements"]:
                if len(element["text"]["text"]) > BUTTON_TEXT:
                    out.append("button text too long")
                if len(element.get("value", "")) > BUTTON_VALUE:
                    out.append("button value too long")
                if len(element.get("action_id", "")) > ID_LENGTH:
                    out.append("action_id too long")
        if kind == "table":
            rows = block["rows"]
            if len(rows) > TABLE_ROWS:
                out.append(f"table has {len(rows)} rows > {TABLE_ROWS}")
            if any(len(row) > TABLE_CELLS for row in rows):
                out.append("table row over 20 cells")
            if len({len(row) for row in rows}) > 1:
                out.append("table rows of unequal length")
        # The history table's Command and Note columns quote what users typed, as raw_text.
        quotes_users = kind == "table" and block["rows"][0][0].get("text") in (
            "Version",
            "Scenario",
        )
        for path, text in _texts(block):
            value = text["text"]
            total += len(value)
            figure = text["type"] == "mrkdwn" or (text["type"] == "raw_text" and not quotes_users)
            if figure and (_BAD_FIGURE.search(value) or _NONE.search(value)):
                out.append(f"block {index}{path}: a broken figure in {value!r}")
            if any(ord(ch) < 32 and ch != "\n" for ch in value):
                out.append(f"block {index}{path}: control character")
            ours_removed = _OURS.sub("", value) if text["type"] == "mrkdwn" else value
            if _SPECIAL.search(ours_removed):
                out.append(f"block {index}{path}: markup or mention {value[:80]!r}")
    if total > TOTAL_TEXT:
        out.append(f"{total} characters of block text > {TOTAL_TEXT}")
    if _SPECIAL.search(reply.get("text", "")):
        out.append("fallback text has markup")
    return out


def assert_within_limits(reply: dict[str, Any], *, modal: bool = False) -> None:
    """Fail with every problem found."""
    found = problems(reply, modal=modal)
    assert not found, found


INPUT_LABEL = 2000
PLACEHOLDER = 150
OPTION_TEXT = 75
OPTION_VALUE = 150


def view_problems(view: dict[str, Any]) -> list[str]:
    """Every way a Home tab or modal view breaks a limit: slack-sdk's View validation
    (title, submit and close at most 24 characters, 100 blocks, private_metadata 3,000,
    callback_id 255), our block checks, and the inputs' own limits."""
    from slack_sdk.models.views import View

    out: list[str] = []
    try:
        View(**view).validate_json()
    except Exception as error:
        out.append(f"view does not validate: {error}")
    out += problems({"blocks": view.get("blocks", [])}, modal=True)
    for index, block in enumerate(view.get("blocks", [])):
        if block.get("type") != "input":
            continue
        if len(block["label"]["text"]) > INPUT_LABEL:
            out.append(f"input {index} label too long")
        element = block["element"]
        if len(element.get("placeholder", {}).get("text", "")) > PLACEHOLDER:
            out.append(f"input {index} placeholder over {PLACEHOLDER}")
        for option in element.get("options", []):
            if len(option["text"]["text"]) > OPTION_TEXT or len(option["value"]) > OPTION_VALUE:
                out.append(f"input {index} option over limits")
    return out


def assert_view_within_limits(view: dict[str, Any]) -> None:
    """Fail with every problem found in a view."""
    found = view_problems(view)
    assert not found, found
