"""Reading what Slack sent: a button's value, the channel, the open modal, a form's state.
A client may send anything, so every read has a default and a bound."""

from __future__ import annotations

from typing import Any

from bot.buttons import MAX_VALUE


def action_value(body: dict[str, Any]) -> str:
    """The clicked button's value (at most Slack's 2,000 characters)."""
    actions = body.get("actions") or [{}]
    return str(actions[0].get("value") or "")[:MAX_VALUE]


def action_id(body: dict[str, Any]) -> str:
    """The clicked button's action id."""
    actions = body.get("actions") or [{}]
    return str(actions[0].get("action_id") or "")


def channel_id(body: dict[str, Any]) -> str | None:
    """The channel an interaction happened in, if any."""
    channel = body.get("channel")
    return str(channel.get("id")) if isinstance(channel, dict) and channel.get("id") else None


def open_modal(body: dict[str, Any]) -> str | None:
    """The id of the modal an interaction came from, if it came from one."""
    view = body.get("view")
    if isinstance(view, dict) and view.get("type") == "modal" and view.get("id"):
        return str(view["id"])
    return None


def text_input(view: dict[str, Any], block: str) -> str:
    """A plain-text input's value in a submitted view (the block's action id is its name)."""
    values = (view.get("state") or {}).get("values") or {}
    element = (values.get(block) or {}).get(block) or {}
    return str(element.get("value") or "").strip() if isinstance(element, dict) else ""
