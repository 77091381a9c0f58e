"""What selling is said to do that the model has no setting for ("the upsell adds 90
seconds to every call", "we only sell on half the calls"): refused by name with what to
write, never read as the setting it resembles."""

from __future__ import annotations

from calc.english.sales_phrases import SELLING
from calc.english.tokens import Tok
from calc.errors import Refusal
from calc.formatting import decimal_text, percent_text
from calc.inputs import REFERENCE_INPUTS

_SECONDS = {"s": 1, "min": 60, "h": 3600}
_SELLING = frozenset({"selling", "upselling", "cross-selling", "pitch", "offer", "upsell"})
_SELLS = SELLING | {"sell", "offer", "offering"}  # selling on part of the calls


def selling_said(tokens: list[Tok]) -> None:
    """What selling is said to do that the model has no setting for, refused by name."""
    _selling_adds_time(tokens)
    _selling_to_part(tokens)


def _selling_to_part(tokens: list[Tok]) -> None:
    """ "what if we only sell on half the calls?": the uplift is already a share of every
    call, never halved calls; refused with what to write."""
    texts = [t.text for t in tokens]
    for at, text in enumerate(texts):
        said = texts[at + 1 : at + 4]
        to = next((at + 1 + i for i, w in enumerate(said) if w in ("on", "to")), len(texts))
        share = tokens[to + 1] if to + 1 < len(tokens) else None
        part = share is not None and (share.kind == "half" or share.num is not None)
        if text in _SELLS and part and any(t.key == "calls" for t in tokens[to + 2 : to + 5]):
            raise Refusal(
                "selling on part of the calls: the uplift is already a share of every call",
                "scale it: /roi uplift=4% (half of 8%)",
            )


def _selling_adds_time(tokens: list[Tok]) -> None:
    """ "the upsell adds 90 seconds to every call": selling's extra handle time is a share
    of the call in the model (aht+14%), and `aht+90s` would lengthen every call, service
    only included; asked back as the percent, never read as the wrong one."""
    for index, token in enumerate(tokens):
        if token.kind != "up":
            continue
        before = index - 1
        while (
            before >= 0 and tokens[before].kind == "filler" and tokens[before].text not in _SELLING
        ):
            before -= 1
        subject = tokens[before] if before >= 0 else None
        if subject is None or not (subject.key == "uplift" or subject.text in _SELLING):
            continue
        after = [t.num for t in tokens[index + 1 : index + 3] if t.kind == "num" and t.num]
        if after and after[0].unit in ("s", "min", "h") and not after[0].percent:
            num = after[0]
            seconds = num.amount * _SECONDS[num.unit or "s"]
            # exact: the reference call is 640 s, and a share of it always ends
            share = percent_text(seconds / REFERENCE_INPUTS.aht_s)
            length = f"{decimal_text(num.amount)} {num.unit}"
            raise Refusal(
                "selling's extra handle time is a percent of the call",
                f'{length} of a 10:40 call is {share}: say "selling adds {share} to handle '
                f'time" (/roi aht+{share}); /roi aht+{num.text}{num.unit} makes every call '
                "longer, with selling or without",
            )
