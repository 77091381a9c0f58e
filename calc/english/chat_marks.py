"""Chat's own marks, read past before anything else: Slack's *bold*, _italics_ and `code`
(the words kept), ~strikethrough~ (the words taken back: "~calls drop 5%~ nvm, 8%"), emoji
codes (":thinking_face:") and emoticons (":/"), and arrows said for up, down and "to"
("calls ↑ 20%", "uplift 8% → 10%")."""

from __future__ import annotations

import re

# Each pattern reads from a mark only to the next such mark on its line: linear in the text.
_STRUCK = re.compile(r"(?<![\w~])~(?=[^\s~])[^~\n]*[^\s~]~(?![\w~])")
_WRAPPED = tuple(
    re.compile(rf"(?<![\w{m}])\{m}(?=[^\s{m}])([^{m}\n]*[^\s{m}])\{m}(?![\w{m}])") for m in "*_`"
)
_EMOJI = re.compile(r"(?<!\S):[a-z0-9_+'-]+:(?!\S)")
_EMOTICON = re.compile(r"(?<!\S)[:;]-?[()/\\|DPpO](?!\S)")
_ARROWS = str.maketrans(
    {"↑": " up ", "⬆": " up ", "↓": " down ", "⬇": " down ", "→": " to ", "➡": " to "}
)
_ANY = re.compile(r"[*_`~:;↑⬆↓⬇→➡]")  # most messages have none: one scan and done


def without_marks(text: str) -> str:
    """`text` as it reads without chat's formatting marks, emoji codes and emoticons."""
    if _ANY.search(text) is None:
        return text
    text = _STRUCK.sub(" ", text)
    for wrapped in _WRAPPED:
        text = wrapped.sub(r"\1", text)
    text = _EMOTICON.sub(" ", _EMOJI.sub(" ", text))
    return text.translate(_ARROWS)
