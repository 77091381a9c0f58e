"""Block Kit replies as plain text, for the console and the CLI: what Slack would show."""

from __future__ import annotations

from typing import Any

from calc.report import text_table


def _text(obj: dict[str, Any]) -> str:
    text = str(obj.get("text", ""))
    if obj.get("type") == "mrkdwn":
        text = text.replace("```", "")
    return text


def _cell(cell: dict[str, Any]) -> str:
    return str(cell.get("text", "")).strip()


def blocks_to_text(blocks: list[dict[str, Any]]) -> str:
    """Each block as lines of text; tables aligned in columns, buttons in brackets."""
    out: list[str] = []
    for block in blocks:
        kind = block.get("type")
        if kind == "header":
            out.append(_text(block["text"]))
        elif kind == "section":
            if "text" in block:
                out.append(_text(block["text"]))
            out.extend(_text(field) for field in block.get("fields", []))
        elif kind == "context":
            out.append(" · ".join(_text(element) for element in block.get("elements", [])))
        elif kind == "table":
            rows = [tuple(_cell(cell) for cell in row) for row in block["rows"]]
            out.append(text_table(rows))
        elif kind == "actions":
            out.append(" ".join(f"[{_text(e['text'])}]" for e in block.get("elements", [])))
        elif kind == "divider":
            out.append("")
    return "\n".join(out)
