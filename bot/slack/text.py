"""Slack's text conventions: command text back to what was typed, user text made inert."""

from __future__ import annotations

import re
import unicodedata

_MARKUP = re.compile(r"<([^<>]*)>")


def _typed(match: re.Match[str]) -> str:
    inner = match.group(1)
    target, _, label = inner.partition("|")
    if target.startswith("#"):
        return f"<{inner}>"  # a channel keeps its id: a digest posts there
    if target.startswith("@"):
        return (target[0] + label) if label else target
    if target.startswith("!"):
        if label:
            return label
        word = target[1:].split("^")[0]
        return "@" + word
    return label or target


def to_typed(text: str) -> str:
    """Slash-command `text` as the user typed it: `&amp;` → `&`, `<@U1|ann>` → `@ann`,
    `<https://x|click>` → `click`; a channel stays `<#C1|name>` (its id is what to post to)."""
    text = _MARKUP.sub(_typed, text)
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


_HIDDEN = frozenset({"Cc", "Cf", "Co", "Cs"})  # control, format, private use, surrogate
_INERT = str.maketrans({"<": "‹", ">": "›", "&": "＆", "\n": " ", "\r": " ", "\t": " "})


def inert(text: str, limit: int = 200) -> str:
    """User text safe to show in a plain_text or raw_text object: no markup, mention or link
    can come of it, and no control or direction-changing character remains.

    It never goes into mrkdwn (where `*` and `_` would format): renderers keep user text in
    plain text objects."""
    if _PLAIN.fullmatch(text) and "://" not in text:
        return text if len(text) <= limit else text[: limit - 1] + "…"
    text = text.translate(_INERT)
    if not text.isprintable():  # every Other and Separator but the space: a superset
        text = "".join(ch for ch in text if unicodedata.category(ch) not in _HIDDEN)
    text = re.sub(r"@(?=\w)", "@\u2060", text)  # word joiner: @channel no longer matches
    text = text.replace("://", ":/\u2060/")  # no auto-linked URL
    return text if len(text) <= limit else text[: limit - 1] + "…"


_PLAIN = re.compile(r"[A-Za-z0-9 =+%$.,:/#_()'\"!?;*~-]*")  # nothing here needs escaping
_USER_ID = re.compile(r"^[UW][A-Z0-9]{2,20}$")
_CONVERSATION_ID = re.compile(r"^[CGD][A-Z0-9]{2,20}$")


def is_conversation_id(text: str) -> bool:
    """True for a Slack channel or DM id (`C…`, `G…`, `D…`), which may become a link."""
    return bool(_CONVERSATION_ID.match(text))


def is_user_id(text: str) -> bool:
    """True for a Slack user id (`U…`, `W…`), which may become a mention."""
    return bool(_USER_ID.match(text))
