"""Keys paired with values: "conversion drops to 1.5%", "20% more calls", "12k calls",
"AHT goes up 15%", "6 points of uplift". Each pattern is one small function that looks at
the tokens from a position and says what setting they make and how many tokens that took;
the first that fits wins. What is left over (a key with no value, a value with no key, a
change with no key, a word not known) is kept for the hints to ask or refuse about."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace

from calc.english.asides import FLAT, asides, placed_after_prepositions
from calc.english.lexicon import NEGATION
from calc.english.tokens import Num, Tok, setting_key
from calc.key_types import Kind
from calc.keys import BY_NAME, PER_CALL

_PERIOD_TEXT = {"day": "day", "month": "month", "year": "year", "week": "week", "hour": "h"}


def value_text(key: str, num: Num) -> str:
    """`num` written as a value of `key` in the command language."""
    spec = BY_NAME[key]
    text = num.text.replace(",", "")
    if num.clock or num.unit == "clock":
        return num.source.lower()
    if spec.kind is Kind.SERVICE_LEVEL:
        return num.text
    if num.percent or (num.points and spec.is_percent):
        return f"{text}%"
    if spec.kind is Kind.TIME and num.unit:
        return text + {"s": "s", "min": "min", "h": "h"}[num.unit]
    if spec.kind is Kind.TIME and text.endswith("M") and num.source.endswith("m"):
        return text[:-1] + "min"  # "AHT 10.5m": minutes, as the language reads aht=10.5m
    if spec.kind is Kind.RATE and num.period and num.period != "day":
        return f"{text}/{_PERIOD_TEXT[num.period]}"
    return text


def set_text(key: str, num: Num) -> str:
    """`key` set to `num`; "AHT of 15%" can only mean the AHT increase."""
    if key == "aht" and num.percent:
        return f"aht+{num.text}%"
    return f"{key}={value_text(key, num)}"


def change_text(key: str, num: Num, up: bool) -> str:
    """`key` moved by `num`: `calls+20%`, `conv-1pp`; AHT up N% is selling's increase."""
    sign = "+" if up else "-"
    if key == "aht" and up and num.percent:
        return f"aht+{num.text}%"
    if num.points:
        return f"{key}{sign}{num.text}pp"
    if num.percent:
        return f"{key}{sign}{num.text}%"
    return f"{key}{sign}{value_text(key, num)}"  # refused by the language, with its hint


@dataclass
class Scan:
    """The association pass: settings found, and what was left over."""

    settings: list[str] = field(default_factory=list)
    keys: list[Tok] = field(default_factory=list)  # keys with no value
    nums: list[Tok] = field(default_factory=list)  # values with no key
    changes: list[Tok] = field(default_factory=list)  # "goes up" with no key
    unknown: list[Tok] = field(default_factory=list)
    unmodeled: list[Tok] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    #: Unknown words may be passed over: every value is tied to a key by a known word
    #: (set by the reader, which knows the whole sentence).
    skippable: bool = False


class _At:
    """Tokens seen from one position: `kind(n)`, `num(n)`, `key(n)` n tokens on."""

    def __init__(self, items: list[Tok], index: int, placed: frozenset[int] = frozenset()) -> None:
        self.items, self.index = items, index
        self.placed = placed  # items said right after "in", "during", …: a when, not a thing

    def tok(self, offset: int) -> Tok | None:
        at = self.index + offset
        return self.items[at] if 0 <= at < len(self.items) else None

    def kind(self, offset: int) -> str:
        at = self.index + offset  # what every pattern asks first: kept to one call
        return self.items[at].kind if 0 <= at < len(self.items) else ""

    def num(self, offset: int) -> Num:
        token = self.tok(offset)
        assert token is not None and token.num is not None
        return token.num

    def key(self, offset: int) -> str:
        token = self.tok(offset)
        return (token.key or "") if token is not None else ""


Found = tuple[list[str], int] | None
Pattern = Callable[[_At], Found]


def _fits(key: str, num: Num) -> bool:
    """Whether `num` can be a value of `key`: money is never a count, a share or a time
    ("how many days until we pay back $250k": not 250,000 operating days)."""
    counted = (Kind.RATE, Kind.DAYS, Kind.HOURS, Kind.PERCENT, Kind.TIME, Kind.SERVICE_LEVEL)
    kind = BY_NAME[key].kind
    if num.span:
        return False  # "the rollout takes 2 weeks": a length of time, no input's value
    if (num.unit is not None or num.clock) and kind not in (Kind.TIME, Kind.HOURS):
        return False  # "11.5 minutes" is never a number of calls
    if num.period and kind is Kind.PERCENT and not (num.percent or num.points):
        return False  # "uplift for 1m/yr": an amount a year is no share
    return not (num.money and kind in counted)


def _key_named(at: _At) -> Found:
    """KEY, then a setting of that very key read from a fixed phrase: "service level of 80%
    in 20 seconds" (the phrase took the value; the name only said what it is)."""
    step = 1 + (at.kind(1) == "set")
    token = at.tok(step)
    if token is not None and token.kind == "setting" and token.key == at.key(0):
        return [token.setting or ""], step + 1
    return None


def _cancel_of_sales(at: _At) -> Found:
    """ "cancellation rate (on) upsells of 7%": the sales named after a cancel key are the
    ones it is the share of, not an uplift of its own."""
    on = at.kind(1) == "filler" and at.items[at.index + 1].text in ("on", "of")
    if at.key(0) != "cancel" or at.kind(1 + on) != "key" or at.key(1 + on) != "uplift":
        return None
    step = 2 + on + (at.kind(2 + on) == "set")
    step += at.kind(step) == "set"  # "is around 9%"
    if at.kind(step) == "num" and at.num(step).percent:
        return [set_text("cancel", at.num(step))], step + 1
    return None


def _verb(at: _At, i: int) -> bool:  # "AHT creeps up 6%"; never "calls don't drop 10%"
    return at.kind(i) == "unknown" and at.items[at.index + i].text not in NEGATION


def _key_to(at: _At) -> Found:
    """KEY [up|down|is] to N: "falls to 1.5%", "rises to 3%", "holds at 80%"."""
    skip = 1 + (at.kind(1) in ("up", "down", "set"))
    skip += at.kind(1) == "set" and at.kind(2) in ("up", "down")  # "price is cut to $120"
    moved_first = at.kind(skip - 1) in ("up", "down") and at.kind(skip) == "sep"
    skip += moved_first and at.kind(skip + 1) == "to"  # "calls a bit lower, like 8k"
    if at.kind(skip) == "to" and at.kind(skip + 1) == "num" and _fits(at.key(0), at.num(skip + 1)):
        return [set_text(at.key(0), at.num(skip + 1))], skip + 2
    moved = at.kind(1) in ("up", "down") and at.kind(2) == "from" and at.kind(3) == "num"
    if moved and at.kind(4) == "to" and at.kind(5) == "num" and _fits(at.key(0), at.num(5)):
        return [set_text(at.key(0), at.num(5))], 6  # "slides from 2% to 1.6%": where it goes
    return None


def _key_moves(at: _At) -> Found:
    """KEY [verb] up|down [by] N: "AHT goes up 15%", "calls drop by 10%", "AHT creeps up
    6%" (a verb roibot does not know, carried by the words it does)."""
    # "AHT creeps up 6%" (a verb roibot does not know), "AHT is up 20%"
    move = 1 + ((at.kind(1) == "set" or _verb(at, 1)) and at.kind(2) in ("up", "down"))
    if at.kind(move) in ("up", "down"):
        # "AHT increase hits 25%", "the drop in calls is 10%": how far, said as a value
        by = move + 1 + (at.kind(move + 1) in ("by", "set"))
        onto = at.kind(by) == "num" and at.kind(by + 1) == "to" and at.kind(by + 2) == "key"
        if onto and at.key(by + 2) != at.key(0):
            # "the upsell pitch adds 8% to talk time": the amount is the other key's
            up = at.kind(move) == "up"
            if at.key(0) == "uplift" and at.key(by + 2) == "aht" and up and at.num(by).percent:
                return [change_text("aht", at.num(by), True)], by + 3
            return None
        if at.kind(by) == "num" and _fits(at.key(0), at.num(by)):
            return [change_text(at.key(0), at.num(by), at.kind(move) == "up")], by + 1
    return None


def _keys_move(at: _At) -> Found:
    """KEY and KEY [both] up|down [by] N: "price and margin both go up 10%"."""
    joined = at.tok(1)
    if joined is None or joined.kind != "sep" or joined.text != "and" or at.kind(2) != "key":
        return None
    second = _At(at.items, at.index + 2, at.placed)
    moves = _key_moves(second)
    if moves is None or not _fits(at.key(0), second.num(moves[1] - 1)):
        return None
    settings, used = moves
    up = "up" in (second.kind(1), second.kind(2))
    return [change_text(at.key(0), second.num(used - 1), up), *settings], 2 + used


def _key_flat(at: _At) -> Found:
    """KEY [is] flat | unchanged | steady: nothing moves ("calls are flat but …")."""
    step = 1 + (at.kind(1) == "set")
    token = at.tok(step)
    if token is not None and token.text in FLAT:
        return [], step + 1
    return None


def _key_costs(at: _At) -> Found:
    """MONEY-KEY costs N: "the rollout costs $2 million" is the launch cost, not a cost per
    call."""
    costs = at.tok(1)
    if (
        BY_NAME[at.key(0)].kind is Kind.MONEY
        and costs is not None
        and costs.kind == "key"
        and costs.text in ("cost", "costs")
        and at.kind(2) == "num"
        and (at.num(2).money or not (at.num(2).percent or at.num(2).points or at.num(2).unit))
    ):
        return [set_text(at.key(0), at.num(2))], 3  # "will cost a quarter million": money
    return None


def _key_doubles(at: _At) -> Found:
    """KEY doubles | halves."""
    step = 1 + (at.kind(1) == "set")
    step += at.kind(step) == "down" and at.kind(step + 1) == "half"  # "is cut in half"
    if at.kind(step) in _TIMES:
        if at.kind(step + 1) == "to" and at.kind(step + 2) == "num":
            return [set_text(at.key(0), at.num(step + 2))], step + 3  # "doubles to 16%"
        return [f"{at.key(0)}{_TIMES[at.kind(step)]}"], step + 1
    return None


def _said(at: _At, offset: int, *words: str) -> bool:
    token = at.tok(offset)
    return token is not None and token.text in words


def _rate(num: Num) -> bool:
    """An amount a period ("$31 an hour"): whole, so a word after it may be said of it
    ("fully loaded"), where after a bare amount it may be what was paid ("a $50 bonus")."""
    return num.money and num.period is not None


def _key_is(at: _At) -> Found:
    """KEY [is|of|at] N [longer]: "AOV is $120", "uplift 6%", "calls get 15% longer"."""
    step = 1
    while at.kind(step) == "set":
        step += 1
    if _verb(at, step) and at.kind(step + 1) == "num" and at.num(step + 1).percent:
        # "refunds eat 10% of the upsells", "the upsell lands 5% of the time": a verb of its
        # own, the share said as one
        of = at.tok(step + 2)
        if at.key(0) == "cancel" or (
            of is not None and of.text == "of" and BY_NAME[at.key(0)].is_percent
        ):
            step += 1
    signed = at.tok(step)
    if step == 1 and signed is not None and signed.kind == "num" and signed.text[:1] in "+-":
        # "AHT +10%", "conversion -0.3 points": a signed value right after its name moves it
        num = signed.num
        assert num is not None
        unsigned = replace(num, text=num.text[1:], amount=abs(num.amount))
        if _fits(at.key(0), unsigned):
            return [change_text(at.key(0), unsigned, num.text[0] == "+")], 2
    longer = at.kind(step + 1) in ("longer", "shorter")
    if at.kind(step) == "num" and at.key(0) in ("calls", "aht") and longer:
        return [_longer(at.num(step), at.kind(step + 1) == "longer")], step + 2
    counts = at.kind(step + 1) == "unknown" and at.index + step + 1 not in at.placed
    if at.kind(step) == "num" and counts and not _rate(at.num(step)):
        return None  # "launch 3 new products", "calls 3 times a year": N counts that thing
    if at.kind(step) == "num" and at.key(0) == "calls" and at.num(step).unit in ("s", "min"):
        return [set_text("aht", at.num(step))], step + 1  # "each call takes 11 minutes"
    if at.kind(step) != "num" or not _fits(at.key(0), at.num(step)):
        return None
    key, num = at.key(0), at.num(step)
    if (
        key == "margin"
        and num.percent
        and _said(at, step + 1, "of")
        and at.key(step + 2) == "price"
    ):
        return [set_text(key, num)], step + 3  # "margin at a quarter of price"
    if key == "cost" and num.money and num.period == "hour":
        return [f"wage={num.text}"], step + 1  # "agents cost $28 an hour": a wage
    if at.kind(step + 1) in ("up", "down") and at.kind(step + 2) == "from":
        return [set_text(key, num)], step + 1  # "3%, up from 2%": the value, and whence
    if at.kind(step + 1) in ("up", "down", "more", "less"):
        # "uplift were 3 points higher", "calls 10% lower", "pay agents $2 more": a change
        return [change_text(key, num, at.kind(step + 1) in ("up", "more"))], step + 2
    return [set_text(key, num)], step + 1


def _change_key(at: _At) -> Found:
    """up|down KEY [by|to] N: "increase calls by 20%", "cut AHT to 10 minutes"; "drop the
    launch cost" (a cost that may be none, said with no amount): none of it."""
    if at.kind(1) != "key":
        return None
    dropped = at.kind(0) == "down" and _said(at, 0, *_REMOVED)
    if dropped and at.key(1) in _MAY_BE_NONE and at.kind(2) not in ("by", "to", "num"):
        return [f"{at.key(1)}=0"], 2
    after = 2 + (at.kind(2) in ("by", "to"))
    if at.kind(after) != "num" or not _fits(at.key(1), at.num(after)):
        return None
    key, num = at.key(1), at.num(after)
    if at.kind(2) == "to":
        return [set_text(key, num)], after + 1
    return [change_text(key, num, at.kind(0) == "up")], after + 1


_REMOVED = frozenset("drop dropping cut cutting".split())
_MAY_BE_NONE = frozenset({"invest", "fee", "overhead"})


def _longer(num: Num, longer: bool) -> str:
    """Calls N longer or shorter: a length moves every call ("a minute shorter"); a percent
    longer is selling's increase (the language refuses a percent shorter, with its hint)."""
    sign = "+" if longer else "-"
    if num.unit and not num.percent:
        return f"aht{sign}{value_text('aht', num)}"
    return f"aht{sign}{num.text}%"


def _change_n_to_key(at: _At) -> Found:
    """up|down N to|from KEY: "selling adds 12% to handle time", "take 10% off calls";
    up|down N points (or N%) of KEY: "we lose 2 points of conversion"."""
    # "we lose 2 points of conversion", "add 10 cents of overhead"
    of_points = at.kind(2) == "set" and at.kind(1) == "num"
    each = (at.kind(3) == "step" and _said(at, 3, "every")) or _said(at, 3, "each")
    if at.kind(1) == "num" and at.kind(2) == "to" and at.key(3 + each) == "calls":
        num = at.num(1)
        if num.unit in ("s", "min") and not num.percent:
            # "add 45 sec to every call": every call longer, selling or not
            return [_longer(num, at.kind(0) == "up")], 4 + each
    if (
        at.kind(1) == "num"
        and (at.kind(2) in ("to", "from") or of_points or _said(at, 2, "off"))
        and at.kind(3) == "key"
        and _fits(at.key(3), at.num(1))
    ):
        return [change_text(at.key(3), at.num(1), at.kind(0) == "up")], 4
    relative = at.kind(1) == "num" and (at.num(1).percent or at.num(1).points)
    if relative and at.kind(2) == "key" and _fits(at.key(2), at.num(1)):
        # "minus 5% calls"; "add a $2 fee" stays a fee of $2
        return [change_text(at.key(2), at.num(1), at.kind(0) == "up")], 3
    counted = at.kind(1) == "num" and at.kind(2) == "key" and at.key(2) == "calls"
    if counted and _fits("calls", at.num(1)):
        # "we lose 1,000 calls a day", "add 500 calls": calls are counted, never introduced
        # as a fee is, so a count after a change word moves them (it once set calls=1000)
        return [change_text("calls", at.num(1), at.kind(0) == "up")], 3
    return None


def _up_from(at: _At) -> Found:
    """up|down from N after a value ("9,000, up from 8,000"): where it came from, said as
    context; the value before it is the setting."""
    if at.kind(1) == "from" and at.kind(2) == "num":
        return [], 3
    return None


#: What doubling, tripling and halving do to a value, as the language writes it.
_TIMES = {"double": "+100%", "triple": "+200%", "half": "-50%"}


def _times_key(at: _At) -> Found:
    """double|triple|halve KEY."""
    if at.kind(1) == "key":
        return [f"{at.key(1)}{_TIMES[at.kind(0)]}"], 2
    return None


def _n_key(at: _At) -> Found:
    """N more|fewer KEY, N longer calls, N KEY ("12k calls", "a 25% margin"), N points of
    KEY ("6 points of uplift": a share at N%)."""
    num = at.num(0)
    if at.kind(1) in ("more", "less") and at.kind(2) == "key" and _fits(at.key(2), num):
        return [change_text(at.key(2), num, at.kind(1) == "more")], 3
    if at.kind(1) in ("more", "less") and at.key(2) == "calls" and num.money and not num.period:
        return [change_text("cost", num, at.kind(1) == "more")], 3  # "a dollar more per call"
    if (
        at.kind(1) in ("longer", "shorter")
        and at.kind(2) == "key"
        and at.key(2) in ("calls", "aht")
    ):
        return [_longer(num, at.kind(1) == "longer")], 3
    valued = at.kind(3) in ("from", "num") or (at.kind(3), at.kind(4)) == ("to", "num")
    moved = at.kind(2) in ("up", "down") and not valued  # "a 20% volume drop to 8,000"
    if at.kind(1) == "key" and moved and (num.percent or num.points or _fits(at.key(1), num)):
        return [change_text(at.key(1), num, at.kind(2) == "up")], 3  # "a $15 price cut"
    if at.kind(1) == "key" and _fits(at.key(1), num):
        return [set_text(at.key(1), num)], 2
    if _said(at, 1, "off") and at.kind(2) == "key" and _fits(at.key(2), num):
        return [change_text(at.key(2), num, False)], 3  # "take a dollar off the price"
    if at.kind(1) in ("up", "down") and at.kind(2) == "key" and _fits(at.key(2), num):
        return [change_text(at.key(2), num, at.kind(1) == "up")], 3  # "a 25% bump in volume"
    if num.money and at.kind(1) == "to" and at.kind(2) == "key" and at.key(2) == "invest":
        return [f"invest={num.text}"], 3  # "$250k to launch"
    if num.points and at.kind(1) == "set" and at.kind(2) == "key" and BY_NAME[at.key(2)].is_percent:
        return [f"{at.key(2)}={num.text}%"], 3
    return None


_RAISES = frozenset({"raise", "raises", "rise", "bump"})
_STAFF = frozenset("agent agents staff reps representatives pay".split())


def _raise(at: _At) -> Found:
    """N raise (pay rise) for agents: "agents get a $2 raise" moves the hourly wage."""
    num = at.num(0)
    step = 1 + (at.kind(1) == "unknown" and _said(at, 1, "pay"))
    said = at.tok(step)
    raised = said is not None and said.kind == "up" and said.text in _RAISES
    staff = any(t.text in _STAFF for t in at.items)
    if num.money and num.period in (None, "hour") and raised and staff:
        return [f"wage+{num.text}"], step + 1
    return None


def _n_alone(at: _At) -> Found:
    """A value whose kind names its key: "$24 an hour" a wage, "$2.75 per call" a cost,
    "80/20" a service level."""
    num = at.num(0)
    if num.unit in ("s", "min") and at.kind(1) in ("longer", "shorter"):
        return [_longer(num, at.kind(1) == "longer")], 2  # "each took a minute longer"
    if num.money and num.period == "hour":
        return [f"wage={num.text}"], 1
    if num.money and num.per_call:
        return [f"cost={num.text}"], 1
    if num.target:
        return [f"sl={num.text}"], 1
    return None


_PATTERNS: dict[str, tuple[Pattern, ...]] = {
    "key": (
        _key_to,
        _key_moves,
        _keys_move,
        _key_flat,
        _key_costs,
        _key_doubles,
        _key_is,
        _key_named,
        _cancel_of_sales,
    ),
    "up": (_change_key, _change_n_to_key, _up_from),
    "down": (_change_key, _change_n_to_key, _up_from),
    "double": (_times_key,),
    "triple": (_times_key,),
    "half": (_times_key,),
    "num": (_n_key, _raise, _n_alone),
}


def associate(tokens: list[Tok]) -> Scan:
    """Pair keys with values by the patterns above; keep what is left over."""
    said = asides(tokens)
    items = [t for t in said if t.kind not in ("filler", "question")]
    # which items are said right after "in", "during", …: only an unknown word asks
    placed = (
        placed_after_prepositions(said) if any(t.kind == "unknown" for t in items) else frozenset()
    )
    scan = Scan()
    index = 0
    while index < len(items):
        token = items[index]
        at = _At(items, index, placed)
        found = None
        for pattern in _PATTERNS.get(token.kind, ()):
            found = pattern(at)
            if found is not None:
                break
        if found is not None:
            settings, used = found
            scan.settings += settings
            index += used
            continue
        _left_over(scan, token, scan.settings[-1:] if scan.settings else [])
        index += 1
    return scan


def _left_over(scan: Scan, token: Tok, last: list[str]) -> None:
    """File a token no pattern took."""
    if token.kind == "setting":
        scan.settings.append(token.setting or "")
    elif token.kind == "name":
        scan.names.append(token.text)
    elif token.kind == "key":
        # "20% cancellations on the upsell": the upsell names what was cancelled; "$450k up
        # front to launch": the name repeats the setting just made; "a 15 cent overhead on
        # each call": the call is what an amount per call is per.
        said = setting_key(last[0]) if last else ""
        named = token.key == said or (token.key == "calls" and said in PER_CALL)
        if not (token.key == "uplift" and said == "cancel") and not named:
            scan.keys.append(token)
    elif token.kind == "num":
        scan.nums.append(token)
    elif token.kind in ("up", "down", "double", "triple", "half", "more", "less"):
        scan.changes.append(token)
    elif token.kind in ("unknown", "range"):
        scan.unknown.append(token)  # a range outside a sweep is never passed over
    elif token.kind == "unmodeled":
        scan.unmodeled.append(token)
