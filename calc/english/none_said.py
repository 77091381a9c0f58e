"""Inputs said to be none ("nobody cancels", "no fee", "no launch cost"): a value of 0,
where a "no" elsewhere negates the sentence and is never passed over."""

from __future__ import annotations

from calc.english.tokens import Tok
from calc.english.tokens import word_at as _w

NONE_STARTS = frozenset({"nobody", "no", "zero", "don't", "stop", "without", "everyone"})

_CANCEL = ("cancel=0%", "nobody cancels|no one cancels|no cancellations|no refunds")
_CANCEL_TOO = ("cancel=0%", "zero cancellations|nobody cancels anything")
_FEE = ("fee=0", "no fee|no fees|no support fee|don't charge a fee|don't charge fees")
_FEE_STOPS = ("fee=0", "stop charging the fee|stop charging the support fee|stop charging fees")
_INVEST = ("invest=0", "no launch cost|no launch costs|no launch budget|no upfront cost")
_INVEST_TOO = ("invest=0", "no investment|no training cost|without the launch cost")
_OVERHEAD = ("overhead=0", "no overhead")
_PAID = ("paid=0%", "nobody pays the fee|no one pays the fee|nobody pays fees")
_ALL_PAY = ("paid=100%", "everyone pays the fee|everyone pays fees")  # none left out
_KEPT = ("retained=0", "no customers are kept|no customers kept|nobody is kept")
_NO_SALES = ("conv=0% uplift=0%", "nobody buys|no one buys|nobody buys anything|no sales at all")
_NO_UPSELL = (  # what selling adds, none: the base conversion stays
    "uplift=0%",
    "nobody buys the upsell|no one buys the upsell|nobody takes the upsell|no one takes the "
    "upsell|nobody takes the offer|nobody buys the offer",
)
#: Each way of saying an input is none, and the setting it is.
_NONE: dict[tuple[str, ...], str] = {
    tuple(said.split()): setting
    for setting, phrases in (
        _CANCEL,
        _CANCEL_TOO,
        _FEE,
        _FEE_STOPS,
        _INVEST,
        _INVEST_TOO,
        _OVERHEAD,
        _PAID,
        _ALL_PAY,
        _KEPT,
        _NO_SALES,
        _NO_UPSELL,
    )
    for said in phrases.split("|")
}
_LONGEST = max(len(said) for said in _NONE)


def none_said(tokens: list[Tok], index: int) -> tuple[str, int] | None:
    """nobody cancels · no cancellations · no fee · no launch cost: an input of none."""
    if _w(tokens, index) not in NONE_STARTS:
        return None
    # by the words as typed: "one" in "no one cancels" is a number token by now
    said = [token.text.lower() for token in tokens[index : index + _LONGEST]]
    for length in range(len(said), 1, -1):
        setting = _NONE.get(tuple(said[:length]))
        if setting is not None:
            return setting, index + length
    return None
