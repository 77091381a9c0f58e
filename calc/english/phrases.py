"""Fixed phrases that are settings by themselves: "open 10 hours a day", "90% of calls
answered in 15 seconds", "5% of new sales cancel", "10% of calls pay the fee", "spend
$250k to launch", "keep 40 customers a day", "calls get 15% longer"."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from calc.english.change_words import LONGER, SHORTER
from calc.english.clock import (
    HOUR_DAYS_NEXT,
    OPEN_HOURS_NEXT,
    OPEN_WORDS,
    WEEKDAY_STARTS,
    hour_days,
    open_hours,
    week_days,
    weekdays,
)
from calc.english.launch_phrases import LAUNCH_VERBS, launch
from calc.english.none_said import NONE_STARTS, none_said
from calc.english.pairing import value_text
from calc.english.sales_phrases import (
    CANCELLED,
    CLOSE,
    EARNS,
    FEE_WORDS,
    LOSES,
    PER_SALE_NEXT,
    SALE_NOUNS,
    SELLING,
    SHARE_OF_NEXT,
    conversion,
    lost_sales,
    per_sale,
    selling_adds,
    share_of,
)
from calc.english.tokens import Tok, setting_token

# Short local names: the phrases below read token by token, a call on nearly every line.
from calc.english.tokens import num_at as _n
from calc.english.tokens import skip_words as _skip
from calc.english.tokens import word_at as _w
from calc.english.tokens import words_at as _words_at
from calc.formatting import decimal_text

# -- phrases that are settings by themselves ---------------------------------------------


_KEEPS = frozenset(
    "keep keeps kept save saves retain retains keeping saving rescue rescues".split()
)

_ALWAYS = frozenset({"24/7", "24x7", "24-7", "24/7/365"})  # open around the clock


def fixed_phrases(tokens: list[Tok]) -> list[Tok]:
    """Rewrite the fixed phrases that name their own setting."""
    out: list[Tok] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        # "9am to 5pm", "12-hour days": words that start with a digit start a phrase too
        fixed = token.text in _FIXED_STARTS or token.text[:1].isdigit()
        if token.kind != "num" and not (token.kind == "word" and fixed):
            out.append(token)
            index += 1
            continue
        found = _fixed_at(tokens, index)
        if found is None:
            out.append(tokens[index])
            index += 1
            continue
        settings, end = found
        span = " ".join(t.text for t in tokens[index:end])
        out += [setting_token(setting, span) for setting in settings.split()]
        index = end
    return out


Found = tuple[str, int] | None


_OPEN_DAYS = frozenset({"open", "opening", "work", "working"})
#: "5 days a week", "6 days in week", "6 days every week".
_A_WEEK = (
    ("a", "week"),
    ("per", "week"),
    ("each", "week"),
    ("every", "week"),
    ("in", "week"),
    ("in", "a", "week"),
    ("in", "the", "week"),
)

_A_MONTH = (("a", "month"), ("per", "month"), ("each", "month"), ("every", "month"))


def _weeks_a_year(tokens: list[Tok], at: int) -> tuple[Decimal, int] | None:
    """ "(,) 50 weeks a year" after a week's days: the weeks open, and where they end."""
    at += at < len(tokens) and tokens[at].text.lower() in (",", "and", "for")
    num = _n(tokens, at)
    if num is None or not num.span or num.period != "year" or not 1 <= num.amount <= 52:
        return None
    return (num.amount, at + 1) if num.source.lower().endswith("weeks") else None


def _hours_days(tokens: list[Tok], index: int) -> Found:
    """open 10 hours a day · 10 hours a day · open 250 days (a year) · 5 days a week."""
    first = _w(tokens, index)
    start = index + 1 if first in _OPEN_DAYS else index
    num = _n(tokens, start)
    if num is None or num.percent or num.money:
        return None
    # "we work 6 days": the days the center works; never the hours ("agents work 8 hours"
    # is a shift, not when the center is open)
    worked = first in ("work", "working")
    unit = _w(tokens, start + 1)
    if unit in ("hours", "hour", "hrs", "h") and not worked:
        day = _words_at(
            tokens, start + 2, ("a", "day"), ("per", "day"), ("each", "day"), ("daily",)
        )
        if day or first in ("open", "opening") or num.period == "day":
            return f"hours={num.text}", start + 2 + day
    if num.unit == "h" and not worked and (first in ("open", "opening") or num.period == "day"):
        return f"hours={num.text}", start + 1
    if num.unit == "h" and unit in ("shifts", "shift", "days"):
        return f"hours={num.text}", start + 2  # "12 hour shifts": the hours open a day
    week = _words_at(tokens, start + 2, *_A_WEEK)
    if unit in ("days", "day") and (week or num.period == "week") and num.amount <= 7:
        end = start + 2 + week
        weeks = _weeks_a_year(tokens, end)
        if weeks is not None:  # "5 days a week, 50 weeks a year": 250
            return f"days={decimal_text(num.amount * weeks[0])}", weeks[1]
        return f"days={week_days(num.amount)}", end
    month = _words_at(tokens, start + 2, *_A_MONTH)
    if unit in ("days", "day") and (month or num.period == "month") and num.amount <= 31:
        # "open 22 days a month": twelve such months (it once set 22 operating days a year)
        return f"days={decimal_text(num.amount * 12)}", start + 2 + month
    year = _words_at(tokens, start + 2, ("a", "year"), ("per", "year"))
    said_year = year or num.period == "year"
    if unit in ("days", "day") and first in _OPEN_DAYS and num.amount <= 7 and not said_year:
        # "open 7 days": a week of them (it once set 7 operating days a year)
        return f"days={week_days(num.amount)}", start + 2
    if unit == "days" and (first in _OPEN_DAYS or year):
        return f"days={num.text}", start + 2 + year
    if num.period == "year" and unit == "days":
        return f"days={num.text}", start + 2
    return None


def _around_the_clock(tokens: list[Tok], index: int) -> Found:
    """24/7: open every hour of every day (never a service level of 24% in 7 seconds)."""
    if tokens[index].text.lower() in _ALWAYS:
        return "hours=24 days=365", index + 1
    return None


_HOLD = frozenset("hold holding held meet meeting hit hitting keep keeping".split())


def _service_level(tokens: list[Tok], index: int) -> Found:
    """90% of calls answered in 15 seconds · answer 90% of calls within 15 s."""
    start = index + 1 if _w(tokens, index) in ("answer", "answering", "pick", "picking") else index
    num = _n(tokens, start)
    if num is not None and not num.percent and _w(tokens, start + 1) == "in":
        # "a service level of 90 in 30": said of a service level, both bare
        named = any(t.text == "service" for t in tokens) and any(t.text == "level" for t in tokens)
        # "can we hold 90 in 30?": a target held, in the industry's shorthand
        held = _w(tokens, start - 1) in _HOLD and 50 <= num.amount <= 100
        seconds = _n(tokens, start + 2)
        bare = seconds is not None and not (seconds.unit or seconds.percent or seconds.money)
        if (named or held) and bare and seconds is not None:
            return f"sl={num.text}/{seconds.text}", start + 3
    if num is None or not num.percent:
        return None
    at = _skip(tokens, start + 1, "of", "the", "all", "our")
    at = _skip(tokens, at, "calls", "call", "callers")
    at = _skip(tokens, at, "answered", "picked", "handled", "up", "are", "get")
    if _w(tokens, at) not in ("in", "within", "under", "inside"):
        return None
    seconds = _n(tokens, at + 1)
    if seconds is not None and seconds.unit == "s":
        return f"sl={num.text}/{seconds.text}", at + 2
    if seconds is None or seconds.unit or seconds.percent or seconds.money or seconds.period:
        return None
    if at == start + 1 and _w(tokens, at + 2) == "":
        return f"sl={num.text}/{seconds.text}", at + 2  # "80% in 20", the industry's shorthand
    if seconds is not None and _w(tokens, at + 2) in ("seconds", "secs", "s"):
        return f"sl={num.text}/{seconds.text}", at + 3
    return None


def _busier(tokens: list[Tok], index: int) -> Found:
    """(agents can't be) busier than 90%: the occupancy cap."""
    if _words_at(tokens, index, ("busier", "than")):
        num = _n(tokens, index + 2)
        if num is not None and num.percent:
            return f"occ={num.text}%", index + 3
    return None


def _half_of(tokens: list[Tok], index: int) -> Found:
    """half (of) our callers pay (the fee): a share of 50%."""
    if _w(tokens, index) != "half":
        return None
    at = _skip(tokens, index + 1, "of", "the", "our", "all")
    if _w(tokens, at) in ("calls", "callers", "customers"):
        after = _skip(tokens, at + 1, "would", "will")
        if _w(tokens, after) in ("pay", "paid"):
            return "paid=50%", _skip(tokens, after + 1, "it", "the", "fee")
    if _w(tokens, at) in SALE_NOUNS:  # "half our upsells get refunded": never half the uplift
        after = _skip(tokens, at + 1, "are", "is", "get", "gets", "got", "will", "would", "be")
        if _w(tokens, after) in CANCELLED:
            return "cancel=50%", after + 1
        if _words_at(tokens, after, ("come", "back"), ("comes", "back")):
            return "cancel=50%", after + 2
    return None


_CHARGED = frozenset("charged charge charging billed paid applied applies on at for".split())
_PAID_FOR = FEE_WORDS | {"support", "service", "callback", "callbacks", "access", "line"}


def _fee(tokens: list[Tok], index: int) -> Found:
    """charge a $4 fee (to 10% of callers) · charge $3 a call · charged on 10% of calls."""
    first = _w(tokens, index)
    amount = _n(tokens, index)  # "a £1.50 charge to 20% of calls"
    charge = _w(tokens, index + 1) in ("charge", "surcharge") and _w(tokens, index + 2) in (
        "to",
        "on",
    )
    if amount is not None and amount.money and charge:
        share = _paid_share(tokens, index + 2)
        return None if share is None else (f"fee={amount.text} {share[0]}", share[1])
    if first in ("charge", "charging", "charged", "bill", "billing"):
        at = _skip(tokens, index + 1, "a", "an", "customers", "callers", "them")
        num = _n(tokens, at)
        if num is not None and num.money:
            end = _skip(tokens, at + 1, "fee", "support", "service", "charge")
            named = _skip(tokens, end + 1, "priority", "premium", "express", "vip", "faster")
            if _w(tokens, end) == "for" and _w(tokens, named) in _PAID_FOR:
                end = named + 1  # "$5 for (priority) support": the fee's name
            share = _paid_share(tokens, end) if _w(tokens, end) in ("to", "on") else None
            every = _skip(tokens, end + 1, "every", "each", "all") if share is None else end
            if every > end + 1 and _w(tokens, every) in ("call", "calls", "caller", "callers"):
                share = ("paid=100%", every + 1)  # "on every call": every call pays it
            if share is not None:
                return f"fee={num.text} {share[0]}", share[1]
            return f"fee={num.text}", end
    if first in _CHARGED:  # "fee of $4.99 for a tenth of calls", "the fee applies to 25%"
        share = _paid_share(tokens, index)
        fee_said = any(t.text in FEE_WORDS for t in tokens)
        if share is not None and (first not in ("on", "at", "for", "applies") or fee_said):
            return share  # "on 50% of calls", "fee 2.50 at 15% of calls": only of a fee
    return None


def _paid_share(tokens: list[Tok], index: int) -> Found:
    """(on, to) 10% of (the) calls: the share of calls paying the fee."""
    at = _skip(tokens, index + 1, "on", "to", "for", "in", "by")
    num = _n(tokens, at)
    if num is None or not num.percent:
        return None
    after = _skip(tokens, at + 1, "of", "the", "all", "our")
    if _w(tokens, after) in ("calls", "callers", "call"):
        return f"paid={num.text}%", after + 1
    return None


_CUSTOMERS = frozenset("customers clients accounts customer client account".split())
_EACH_DAY = (("each", "day"), ("every", "day"))
_KEPT = frozenset("kept retained saved stay stays remain remains".split())


def _kept(tokens: list[Tok], index: int) -> Found:
    """40 customers kept a day · keep 40 customers a day (worth $900 each)."""
    start = index + 1 if _w(tokens, index) in _KEEPS else index
    num = _n(tokens, start)
    more = _w(tokens, start + 1) in ("more", "fewer", "extra")  # "kept 10 more customers"
    if num is None or num.percent or num.money:
        return None
    # "keep 12/day worth 1.5k": a count a day kept, worth something, is of customers
    terse = start > index and num.period == "day" and _w(tokens, start + 1) in ("worth", "at")
    saves = _w(tokens, start + 1 + more) in ("saves", "retentions")  # "100 saves a day"
    if _w(tokens, start + 1 + more) not in _CUSTOMERS and not (terse or saves):
        return None
    at = start + 1 if terse else start + 2 + more
    sign = ("-" if _w(tokens, start + 1) == "fewer" else "+") if more else "="
    day = _words_at(tokens, at, ("a", "day"), ("per", "day"), ("daily",), *_EACH_DAY)
    said_kept = _w(tokens, at + day) in _KEPT  # "25 customers a day stay"
    if not (said_kept or saves) and start == index:
        return None
    at += day + said_kept
    at += 0 if day else _words_at(tokens, at, ("a", "day"), ("per", "day"), ("daily",), *_EACH_DAY)
    # … worth $900 (each): what one kept customer is worth
    look = at  # ", each worth $2k", "and each is worth $2,500"
    while look < len(tokens) and (
        tokens[look].text == "," or _w(tokens, look) in ("each", "and", "is", "one", "are")
    ):
        look += 1
    if _w(tokens, look) in ("worth", "valued", "at"):
        at = look
    worth = _n(tokens, at + 1) if _w(tokens, at) in ("worth", "at", "valued") else None
    bare = worth is not None and not (worth.percent or worth.points or worth.unit or worth.period)
    if worth is not None and (worth.money or (bare and _w(tokens, at) == "worth")):
        end = _skip(tokens, at + 2, "each")
        end += _words_at(tokens, end, *_LIFETIME)  # "over their lifetime"
        return f"retained{sign}{value_text('retained', num)} clv={worth.text}", end
    return f"retained{sign}{value_text('retained', num)}", at  # "300 kept a month": /month


_LIFETIME = (
    ("over", "their", "lifetime"),
    ("over", "a", "lifetime"),
    ("over", "its", "lifetime"),
    ("in", "lifetime", "value"),
    ("of", "lifetime", "value"),
    ("lifetime", "value"),
    ("lifetime",),
)


_CALL_WORDS = ("get", "gets", "are", "become", "run", "take", "go", "grow", "would", "will", "be")


_AGENTS_TAKE = frozenset({"agents", "reps"})
_ON_EVERY_CALL = (("on", "every", "call"), ("on", "each", "call"), ("per", "call"), ("a", "call"))
_OFF_EACH_CALL = (("off", "each", "call"), ("off", "every", "call"), ("from", "each", "call"))
_SAVES = frozenset("saves save shaves shave knocks".split())


def _longer(tokens: list[Tok], index: int) -> Found:
    """calls get 15% longer · 15% longer calls · agents take 2 minutes longer (a call)."""
    if _w(tokens, index) in _AGENTS_TAKE and _w(tokens, index + 1) in ("take", "spend"):
        num = _n(tokens, index + 2)  # the time each call takes them: handle time
        if num is not None and num.unit in ("s", "min") and _w(tokens, index + 3) in LONGER:
            end = index + 4 + _words_at(tokens, index + 4, *_ON_EVERY_CALL)
            return f"aht+{num.text}{num.unit}", end
    saved = _n(tokens, index + 1) if _w(tokens, index) in _SAVES else None
    if saved is not None and saved.unit in ("s", "min"):  # "the IVR saves 30 seconds a call"
        end = _words_at(tokens, index + 2, *_ON_EVERY_CALL, *_OFF_EACH_CALL)
        return (f"aht-{saved.text}{saved.unit}", index + 2 + end) if end else None
    if _w(tokens, index) in ("calls", "call", "conversations"):
        at = _skip(tokens, index + 1, *_CALL_WORDS)
        num = _n(tokens, at)
        if num is not None and num.percent and _w(tokens, at + 1) in (LONGER | SHORTER):
            sign = "+" if _w(tokens, at + 1) in LONGER else "-"
            return f"aht{sign}{num.text}%", at + 2
    num = _n(tokens, index)
    if num is not None and num.percent and _w(tokens, index + 1) in (LONGER | SHORTER):
        noun = _words_at(
            tokens,
            index + 2,
            ("calls",),
            ("call",),
            ("handle", "time"),
            ("aht",),
            ("conversations",),
        )
        if noun:
            sign = "+" if _w(tokens, index + 1) in LONGER else "-"
            return f"aht{sign}{num.text}%", index + 2 + noun
    return None


_PHRASES = (
    _around_the_clock,
    conversion,
    _half_of,
    _busier,
    _hours_days,
    _service_level,
    share_of,
    _fee,
    lost_sales,
    selling_adds,
    launch,
    _kept,
    _longer,
    per_sale,
    weekdays,
    none_said,
    open_hours,
    hour_days,
)


#: The words each phrase can start with (a phrase not named here starts only at a number):
#: the reader tries at a word only the phrases that can start there, in _PHRASES' order.
_WORD_STARTS: dict[Callable[[list[Tok], int], Found], frozenset[str]] = {
    conversion: CLOSE,
    _half_of: frozenset({"half"}),
    _busier: frozenset({"busier"}),
    _hours_days: _OPEN_DAYS,
    _service_level: frozenset({"answer", "answering", "pick", "picking"}),
    _fee: frozenset("bill billing".split()) | _CHARGED,
    lost_sales: LOSES,
    selling_adds: SELLING,
    launch: LAUNCH_VERBS,
    _kept: _KEEPS,
    _longer: frozenset({"calls", "call", "conversations"}) | _AGENTS_TAKE | _SAVES,
    per_sale: frozenset(
        {*"each every per a make net earn clear keep pocket calls call".split(), *EARNS}
    ),
    weekdays: WEEKDAY_STARTS,
    none_said: NONE_STARTS,
    open_hours: OPEN_WORDS,
    _around_the_clock: _ALWAYS,
}
#: Every word a phrase can start with (a word not among them is passed at a glance).
_FIXED_STARTS = frozenset().union(*_WORD_STARTS.values())
#: Phrases that can start at a word written with digits ("9am", "12-hour").
_AT_DIGITS = (_around_the_clock, open_hours, hour_days)
#: The phrases that can start at a number, in the order they are tried, each with the words
#: it may take right after its number (the word a branch skips or
#: checks first); None: the number alone decides. A number is the most common token a
#: phrase may start at and most numbers start none, so the word after it picks which
#: phrases to try: trying them all was four fifths of the fixed phrases' time.
_NEXT_AFTER_NUMBER: dict[Callable[[list[Tok], int], Found], frozenset[str] | None] = {
    _around_the_clock: None,
    _hours_days: frozenset({"hours", "hour", "hrs", "h", "days", "day", "shifts", "shift"}),
    _service_level: frozenset(
        "in within under inside of the all our calls call callers answered picked handled "
        "up are get".split()
    ),
    share_of: SHARE_OF_NEXT,
    launch: frozenset({"up", "upfront", "to", "for", "spent"}),
    _kept: frozenset({"more", "fewer", "extra", "saves", "retentions", *_CUSTOMERS}),
    _fee: frozenset({"charge", "surcharge"}),
    _longer: LONGER | SHORTER,
    per_sale: PER_SALE_NEXT,
    open_hours: OPEN_HOURS_NEXT,
    hour_days: HOUR_DAYS_NEXT,
}
_AT_ANY_NUMBER = tuple(_NEXT_AFTER_NUMBER)
_ALWAYS_AT_NUMBER = tuple(p for p, said in _NEXT_AFTER_NUMBER.items() if said is None)
_BY_NEXT_WORD = {
    word: tuple(p for p, said in _NEXT_AFTER_NUMBER.items() if said is None or word in said)
    for word in set().union(*(said for said in _NEXT_AFTER_NUMBER.values() if said))
}
_AT_WORD = {
    word: tuple(phrase for phrase in _PHRASES if word in _WORD_STARTS.get(phrase, ()))
    for word in _FIXED_STARTS
}


def _fixed_at(tokens: list[Tok], index: int) -> Found:
    """The first fixed phrase starting at `index`: its settings and where it ends."""
    token = tokens[index]
    if token.kind == "num" and token.num is not None and token.num.unit == "h":
        phrases: tuple[Callable[[list[Tok], int], Found], ...] = _AT_ANY_NUMBER  # "12h a day"
    elif token.kind == "num":
        after = tokens[index + 1].text.lower() if index + 1 < len(tokens) else ""
        phrases = _BY_NEXT_WORD.get(after, _ALWAYS_AT_NUMBER)
    elif token.text[:1].isdigit():
        phrases = _AT_DIGITS
    else:
        phrases = _AT_WORD.get(token.text, ())
    for phrase in phrases:
        found = phrase(tokens, index)
        if found is not None:
            return found
    return None


def fixed_at_every_phrase(tokens: list[Tok], index: int) -> Found:
    """_fixed_at trying every phrase (what the tests hold the quick one to)."""
    for phrase in _PHRASES:
        found = phrase(tokens, index)
        if found is not None:
            return found
    return None
