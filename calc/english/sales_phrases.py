"""Fixed phrases about sales, settings by themselves: "we close 2.2% of callers", "5% of
new sales cancel", "10% of calls pay the fee", "5% of customers buy something extra",
"selling adds 6 points", "we lose 4% of upsells to returns", "each sale nets us $40"."""

from __future__ import annotations

from calc.english.tokens import Tok

# Short local names: the phrases below read token by token, a call on nearly every line.
from calc.english.tokens import num_at as _n
from calc.english.tokens import skip_words as _skip
from calc.english.tokens import word_at as _w
from calc.english.tokens import words_at as _words_at

Found = tuple[str, int] | None

EARNS = ("nets", "makes", "earns", "brings", "contributes", "yields", "clears")
LOSES = frozenset({"lose", "loses", "lost", "losing"})
FEE_WORDS = frozenset("fee fees charge charged surcharge premium".split())


_CANCEL_AUX = ("are", "is", "were", "was", "get", "gets", "got", "will", "would", "later")
CANCELLED = frozenset(
    "cancel cancels cancelled canceled refunded returned refund return reversed".split()
)


SALE_NOUNS = frozenset(
    "sales sale orders order upsells purchases upgrades upgrade add-ons cross-sells deals".split()
)
_TAKE = frozenset("take takes took accept accepts accepted".split())
_OFFERS = frozenset("upsell up-sell cross-sell offer upgrade add-on".split())
_BUY = frozenset("buy buys bought purchase purchases convert converts order orders".split())
CLOSE = frozenset("close closes closed convert converts converted sell".split())


def conversion(tokens: list[Tok], index: int) -> Found:
    """we close (convert, sell to) 2.2% of callers: a base conversion."""
    if _w(tokens, index) not in CLOSE:
        return None
    # "the offer converts 1 in 12 callers": what the offer converts is the uplift
    key = "uplift" if index and _w(tokens, index - 1) in _OFFERS | {"pitch"} else "conv"
    at = _skip(tokens, index + 1, "to", "about", "around", "roughly")
    num = _n(tokens, at)
    if num is None or not num.percent:
        return None
    after = _skip(tokens, at + 1, "of", "the", "our", "all")
    end = None
    if _w(tokens, after) in ("calls", "callers", "call", "customers", "contacts"):
        end = _unprompted(tokens, after + 1)
    elif " in " in num.source:  # "we convert one caller in fifty": the callers said already
        end = _unprompted(tokens, at + 1)
    if end is not None:
        if _words_at(tokens, end, ("on", "top")):  # "sell to 1 in 12 callers on top"
            return f"uplift={num.text}%", end + 2
        return f"{key}={num.text}%", end
    unprompted = _unprompted(tokens, at + 1)  # "we close 2.5% without selling"
    return (f"{key}={num.text}%", unprompted) if unprompted > at + 1 else None


#: Every word share_of may take right after its percent (each word a branch below skips or
#: checks first): the reader tries share_of at a number only before one of them.
SHARE_OF_NEXT = frozenset(
    {
        *"of on the our all those these them new incremental extra additional".split(),
        *"upsold cross-sold upsell up-sell cross-sell paid agent working".split(),
        *"pay pays paying take takes customers clients buyers calls callers call people".split(),
        *SALE_NOUNS,
        *_BUY,
    }
)
#: The words per_sale takes right after a number: "a $120 sale".
PER_SALE_NEXT = frozenset({"sale", "order"})
_A_SALE = frozenset({"sale", "order", "upsell"})


_KEEP_OF_SALE = frozenset("keep keeps make makes earn earns net nets clear pocket".split())
_OF_A_SALE = tuple(
    (joined, each, sale)
    for joined in ("of", "on")
    for each in ("each", "every", "a", "the")
    for sale in ("sale", "order")
)


def share_of(tokens: list[Tok], index: int) -> Found:
    """5% of new sales cancel (are refunded, come back) · 10% of calls pay (the fee)."""
    num = _n(tokens, index)
    if num is None or not num.percent:
        return None
    kept = _w(tokens, index - 1) in _KEEP_OF_SALE and _words_at(tokens, index + 1, *_OF_A_SALE)
    if kept:  # "we keep 23% of each sale": the margin, a share of the price
        return f"margin={num.text}%", index + 1 + kept
    at = _skip(tokens, index + 1, "of", "the", "our", "all", "those", "these", "them")
    at = _skip(tokens, at, "new", "incremental", "extra", "additional", "upsold", "cross-sold")
    at = _skip(tokens, at, "upsell", "up-sell", "cross-sell")  # "4% of upsell orders"
    if _w(tokens, at) in ("paid", "agent", "working") and _w(tokens, at + 1) in (
        "time",
        "hours",
    ):
        after = _skip(tokens, at + 2, "is", "are", "goes", "go", "lost", "to")
        if _w(tokens, after) in ("shrinkage", "shrink"):
            return f"shrink={num.text}%", after + 1  # "a third of paid time is shrinkage"
    if _w(tokens, at) in SALE_NOUNS:
        after = _skip(tokens, at + 1, *_CANCEL_AUX)
        if _w(tokens, after) in CANCELLED:
            return f"cancel={num.text}%", after + 1
        if _words_at(tokens, after, ("come", "back"), ("comes", "back")):
            return f"cancel={num.text}%", after + 2
    if at == index + 1 and _w(tokens, at) in _BUY and _w(tokens, at + 1) not in SALE_NOUNS:
        return f"conv={num.text}%", _unprompted(tokens, at + 1)  # "9k calls and 2% buy"
    took = _w(tokens, at) in ("take", "takes") and _w(tokens, at + 1) == "it"  # "15% take it"
    if at == index + 1 and (_w(tokens, at) in ("pay", "pays", "paying") or took):
        fee_said = any(t.text in FEE_WORDS for t in tokens)  # "a $6 fee and 12% pay it"
        if fee_said:
            return f"paid={num.text}%", _skip(tokens, at + 1, "it", "the", "fee")
    upsold = _w(tokens, at - 1) in ("upsold", "cross-sold", "new")
    buyers = _w(tokens, at) in ("buyers", "purchasers")  # "8% of buyers cancel": who bought
    if (upsold and _w(tokens, at) in ("customers", "clients")) or buyers:
        # "6% of upsold customers cancel": the extra sales cancelled
        after = _skip(tokens, at + 1, "are", "will", "would", "then", "later")
        if _w(tokens, after) in CANCELLED:
            return f"cancel={num.text}%", after + 1
    if _w(tokens, at) in ("calls", "callers", "call", "customers", "people"):
        after = _skip(tokens, at + 1, "are", "get", "will", "would")
        if _w(tokens, after) in ("pay", "paid", "charged", "billed"):
            return f"paid={num.text}%", _skip(tokens, after + 1, "it", "the", "fee", "a")
        charged = _w(tokens, index - 1) in ("for", "to", "on", "from")
        if charged and any(t.text in FEE_WORDS for t in tokens[:index]):
            return f"paid={num.text}%", at + 1  # "a $2 fee for 1 in 5 callers"
        offer = _skip(tokens, after + 1, "the", "an", "a", "our")
        if _w(tokens, after) in _TAKE and _w(tokens, offer) in _OFFERS:
            return f"uplift={num.text}%", offer + 1  # "1 in 12 callers takes the upsell"
        if _w(tokens, after) in _BUY and _w(tokens, after + 1) not in SALE_NOUNS:
            extra = _words_at(tokens, after + 1, *_EXTRA)
            if extra:  # "5% of customers buy something extra": what selling adds
                return f"uplift={num.text}%", after + 1 + extra
            return f"conv={num.text}%", _unprompted(tokens, after + 1)  # "3% of callers buy"
    return None


#: What a caller buys on top, said after "buy": the upsell, not the base conversion.
_EXTRA = (
    ("something", "extra"),
    ("something", "more"),
    ("extra",),
    ("more",),
    ("an", "add-on"),
    ("add-ons",),
    ("an", "upgrade"),
    ("the", "upsell"),
    ("the", "upgrade"),
)


def lost_sales(tokens: list[Tok], index: int) -> Found:
    """we lose 4% of upsells (to returns): the share of the extra sales cancelled."""
    num = _n(tokens, index + 1) if _w(tokens, index) in LOSES else None
    if num is None or not num.percent:
        return None
    at = _skip(tokens, index + 2, "of", "the", "our", "all", "new", "extra", "incremental")
    if _w(tokens, at) not in SALE_NOUNS:
        return None
    tail = _words_at(tokens, at + 1, *(("to", word) for word in _RETURNS))
    return f"cancel={num.text}%", at + 1 + tail


_RETURNS = ("returns", "refunds", "cancellations", "cancellation", "chargebacks")


def per_sale(tokens: list[Tok], index: int) -> Found:
    """each sale nets us $40 (a margin) · calls cost us $3.25 each (a cost per call)."""
    first = _w(tokens, index)
    amount = _n(tokens, index)
    if amount is not None and amount.money and _w(tokens, index + 1) in PER_SALE_NEXT:
        return f"price={amount.text}", index + 2  # "a $120 sale": what one sale is
    named = first == "per" and index > 0 and tokens[index - 1].kind == "word"
    if named:
        return None  # "our margin per sale is $42": the words before say what is per sale
    if first in ("each", "every", "per", "a") and _w(tokens, index + 1) in _A_SALE:
        at = index + 2
        end = _skip(tokens, at, "is", "goes", "sells", "for", "at", "about", "around", "roughly")
        end = _skip(tokens, end, "worth")  # "each sale is worth $200": what a sale is
        price = _n(tokens, end)
        if _w(tokens, at) in ("is", "goes", "sells") and price and price.money and not price.period:
            if _words_at(tokens, end + 1, ("in", "margin"), ("in", "profit")):
                return f"margin={price.text}", end + 3  # "each upsell is worth $60 in margin"
            return f"price={price.text}", end + 1  # "each sale is $160": what a sale is
        revenue = _n(tokens, at + 2) if _words_at(tokens, at, ("brings", "in")) else None
        if revenue is not None and revenue.money and not revenue.period:
            return f"price={revenue.text}", at + 3  # "each sale brings in $140": revenue
        if _w(tokens, at) in EARNS:
            at = _skip(tokens, at + 1, "us", "about", "around", "roughly")
            num = _n(tokens, at)
            if num is not None and num.money:
                return f"margin={num.text}", at + 1
    if first in EARNS or first in ("make", "net", "earn", "clear", "keep", "pocket"):
        # "we make $50 on every sale", "we net $45 per sale": a margin per sale
        at = _skip(tokens, index + 1, "us", "about", "around", "roughly")
        num = _n(tokens, at)
        on = _skip(tokens, at + 1, "on", "per", "a", "each", "every", "an", "of", "from")
        if num is not None and num.money and on > at + 1 and _w(tokens, on) in ("sale", "order"):
            return f"margin={num.text}", on + 1
    verb = _skip(tokens, index + 1, "are", "is")
    if first in ("calls", "call") and _w(tokens, verb) in ("cost", "costs", "costing"):
        at = _skip(tokens, verb + 1, "us", "about", "around", "roughly")
        num = _n(tokens, at)
        if num is not None and num.money and not num.period:
            return f"cost={num.text}", _skip(tokens, at + 1, "each", "apiece")
    return None


#: What sells on the call, as the subject of "adds 6 points".
SELLING = frozenset({"selling", "upsell", "upselling", "pitch", "pitching"})
_LIFTS = frozenset("lifts lift raises raise boosts boost increases increase bumps bump".split())


def selling_adds(tokens: list[Tok], index: int) -> Found:
    """selling adds 6 points (of conversion): what selling adds is the uplift itself, never
    a change of it (but "selling adds 12% to handle time" is the AHT increase)."""
    if _w(tokens, index) not in SELLING:
        return None
    at = _skip(tokens, index + 1, "would", "will", "could")
    said = _skip(tokens, at + 1, "the", "our")
    lifted = _w(tokens, at) in _LIFTS and _words_at(tokens, said, *_CONVERSION_WORDS)
    if lifted:  # "the pitch lifts conversion by 5 points": the uplift, never conv+5pp
        at = _skip(tokens, said + lifted, "by", "about", "around", "roughly")
        num = _n(tokens, at)
        if num is None or not (num.percent or num.points):
            return None
        return f"uplift={num.text}%", at + 1
    if _w(tokens, at) not in ("adds", "add", "brings", "bring", "gives", "give"):
        return None
    at = _skip(tokens, at + 1, "us", "about", "around", "roughly", "another", "an", "extra")
    num = _n(tokens, at)
    if num is None or not (num.percent or num.points):
        return None
    end = at + 1
    if num.percent and _w(tokens, end) == "to" and _w(tokens, end + 1) in _THE_CALL:
        # "selling adds 15% to that" (the call just talked about), "to each call"
        tail = _skip(tokens, end + 1, "that", "it", "this", "each", "every", "the", "a")
        tail = _skip(tokens, tail, "call", "calls")
        return f"aht+{num.text}%", tail
    if _w(tokens, end) in ("more", "extra") and _words_at(tokens, end + 1, *_CONVERSION_WORDS):
        end += 1  # "the upsell gives 4 points more conversion"
        return f"uplift={num.text}%", end + _words_at(tokens, end, *_CONVERSION_WORDS)
    if _w(tokens, end) in ("to", "of", "on"):
        said = _words_at(tokens, _skip(tokens, end + 1, "the", "our"), *_CONVERSION_WORDS)
        if not said:
            return None  # "selling adds 12% to handle time": not a conversion
        end = _skip(tokens, end + 1, "the", "our") + said
    return f"uplift={num.text}%", end


_THE_CALL = frozenset("that it this each every the a call calls".split())
_CONVERSION_WORDS = (("conversion",), ("conversion", "rate"), ("close", "rate"), ("sales",))


def _unprompted(tokens: list[Tok], at: int) -> int:
    """Past "without any pitch" (a prompt, the offer) after a conversion: what the base
    conversion is by definition, said for clarity, never a negation of the sentence."""
    if _w(tokens, at) not in ("without", "with", "unprompted"):
        return at
    if _w(tokens, at) == "unprompted":
        return at + 1
    after = _skip(tokens, at + 1, "any", "a", "an", "the", "our", "no")
    if _w(tokens, at) == "with" and _w(tokens, at + 1) != "no":
        return at  # "2% buy with the offer": not the base conversion's words
    if _w(tokens, after) in _PITCH:
        return after + 1
    return at


_PITCH = frozenset("pitch pitching offer upsell selling prompt prompting push asking".split())
