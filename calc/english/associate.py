"""Keys paired with values: "conversion drops to 1.5%", "20% more calls", "12k calls",
"AHT goes up 15%", "6 points of uplift". Each pattern is one small function that looks at
the tokens from a position and says what setting they make and how many tokens that took;
the first that fits wins. What is left over (a key with no value, a value with no key, a
change with no key, a word not known) is kept for the hints to ask or refuse about."""

from __future__ import annotations

from dataclasses import replace

from calc.english.asides import FLAT, asides, placed_after_prepositions
from calc.english.change_patterns import (
    TIMES,
    change_key,
    change_n_to_key,
    longer_text,
    times_key,
    up_from,
)
from calc.english.lexicon import NEGATION
from calc.english.pairing import (
    At,
    Found,
    Pattern,
    Scan,
    change_text,
    fits,
    said_at,
    set_text,
)
from calc.english.tokens import Num, Tok, setting_key
from calc.key_types import Kind
from calc.keys import BY_NAME, PER_CALL


def _key_named(at: At) -> Found:
    """KEY, then a setting of that very key read from a fixed phrase: "service level of 80%
    in 20 seconds" (the phrase took the value; the name only said what it is)."""
    step = 1 + (at.kind(1) == "set")
    token = at.tok(step)
    if token is not None and token.kind == "setting" and token.key == at.key(0):
        return [token.setting or ""], step + 1
    return None


def _cancel_of_sales(at: At) -> Found:
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


def _verb(at: At, i: int) -> bool:  # "AHT creeps up 6%"; never "calls don't drop 10%"
    return at.kind(i) == "unknown" and at.items[at.index + i].text not in NEGATION


def _key_to(at: At) -> Found:
    """KEY [up|down|is] to N: "falls to 1.5%", "rises to 3%", "holds at 80%"."""
    skip = 1 + (at.kind(1) in ("up", "down", "set"))
    skip += at.kind(1) == "set" and at.kind(2) in ("up", "down")  # "price is cut to $120"
    moved_first = at.kind(skip - 1) in ("up", "down") and at.kind(skip) == "sep"
    skip += moved_first and at.kind(skip + 1) == "to"  # "calls a bit lower, like 8k"
    if at.kind(skip) == "to" and at.kind(skip + 1) == "num" and fits(at.key(0), at.num(skip + 1)):
        return [set_text(at.key(0), at.num(skip + 1))], skip + 2
    was = at.kind(1) == "num" and at.kind(2) == "to" and at.kind(3) == "num"
    if was and at.num(1).kind == at.num(3).kind and fits(at.key(0), at.num(3)):
        return [set_text(at.key(0), at.num(3))], 4  # "calls 9k → 11k": where they go
    moved = at.kind(1) in ("up", "down") and at.kind(2) == "from" and at.kind(3) == "num"
    if moved and at.kind(4) == "to" and at.kind(5) == "num" and fits(at.key(0), at.num(5)):
        return [set_text(at.key(0), at.num(5))], 6  # "slides from 2% to 1.6%": where it goes
    return None


def _key_moves(at: At) -> Found:
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
        if at.kind(by) == "num" and fits(at.key(0), at.num(by)):
            return [change_text(at.key(0), at.num(by), at.kind(move) == "up")], by + 1
    return None


def _keys_move(at: At) -> Found:
    """KEY and KEY [both] up|down [by] N: "price and margin both go up 10%"."""
    joined = at.tok(1)
    if joined is None or joined.kind != "sep" or joined.text != "and" or at.kind(2) != "key":
        return None
    second = At(at.items, at.index + 2, at.placed)
    moves = _key_moves(second)
    if moves is None or not fits(at.key(0), second.num(moves[1] - 1)):
        return None
    settings, used = moves
    up = "up" in (second.kind(1), second.kind(2))
    return [change_text(at.key(0), second.num(used - 1), up), *settings], 2 + used


def _key_flat(at: At) -> Found:
    """KEY [is] flat | unchanged | steady: nothing moves ("calls are flat but …")."""
    step = 1 + (at.kind(1) == "set")
    token = at.tok(step)
    if token is not None and token.text in FLAT:
        return [], step + 1
    return None


def _key_costs(at: At) -> Found:
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


def _key_doubles(at: At) -> Found:
    """KEY doubles | halves."""
    step = 1 + (at.kind(1) == "set")
    step += at.kind(step) == "down" and at.kind(step + 1) == "half"  # "is cut in half"
    if at.kind(step) in TIMES:
        if at.kind(step + 1) == "to" and at.kind(step + 2) == "num":
            return [set_text(at.key(0), at.num(step + 2))], step + 3  # "doubles to 16%"
        return [f"{at.key(0)}{TIMES[at.kind(step)]}"], step + 1
    return None


def _rate(num: Num) -> bool:
    """An amount a period ("$31 an hour"): whole, so a word after it may be said of it
    ("fully loaded"), where after a bare amount it may be what was paid ("a $50 bonus")."""
    return num.money and num.period is not None


def _of_the_next_key(at: At, step: int) -> bool:
    """Whether the number at `step`, said after "at", is the next key's ("our margin at 12k
    calls"; but "the upsell worth at 5% uplift" is its own key's value)."""
    return (
        said_at(at, step - 1, "at")
        and at.kind(step + 1) == "key"
        and at.key(step + 1) != at.key(0)
        and fits(at.key(step + 1), at.num(step))
    )


def _key_is(at: At) -> Found:
    """KEY [is|of|at] N [longer]: "AOV is $120", "uplift 6%", "calls get 15% longer"."""
    # "LTV from the finance deck is $1,100": where the value comes from, then the value
    step = 1 + (at.kind(1) == "from" and at.kind(2) == "set" and at.kind(3) == "num")
    # "fees make with $2 on 30% of calls" (never "price with a $2 fee": that names its key)
    step += said_at(at, 1, "with") and at.kind(2) == "num" and at.kind(3) in ("", "sep", "setting")
    while at.kind(step) == "set":
        step += 1
    # "wrong price, should be $165", "that margin is way off, it's $28": said again after
    step += said_at(at, step, ",") and at.kind(step + 1) == "set" and at.kind(step + 2) == "num"
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
        if fits(at.key(0), unsigned):
            return [change_text(at.key(0), unsigned, num.text[0] == "+")], 2
    longer = at.kind(step + 1) in ("longer", "shorter")
    if at.kind(step) == "num" and at.key(0) in ("calls", "aht") and longer:
        return [longer_text(at.num(step), at.kind(step + 1) == "longer")], step + 2
    counts = at.kind(step + 1) == "unknown" and at.index + step + 1 not in at.placed
    if at.kind(step) == "num" and counts and not _rate(at.num(step)):
        return None  # "launch 3 new products", "calls 3 times a year": N counts that thing
    if at.kind(step) == "num" and at.key(0) == "calls" and at.num(step).unit in ("s", "min"):
        return [set_text("aht", at.num(step))], step + 1  # "each call takes 11 minutes"
    if at.kind(step) != "num" or not fits(at.key(0), at.num(step)):
        return None
    if _of_the_next_key(at, step):
        return None  # "our margin at 12k calls": the number is the calls', the margin asked
    key, num = at.key(0), at.num(step)
    if (
        key == "margin"
        and num.percent
        and said_at(at, step + 1, "of")
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


def _more_n_key(at: At) -> Found:
    """more|less N KEY: "an extra 500 calls a week", "another 500 calls", "additional 2
    points of uplift": a change (each once set the value itself)."""
    if at.kind(1) != "num":
        return None
    num = at.num(1)
    named = 2 + said_at(at, 2, "of")  # "extra 2 points of uplift"
    if at.kind(named) == "key" and fits(at.key(named), num):
        return [change_text(at.key(named), num, at.kind(0) == "more")], named + 1
    return None


def _n_key(at: At) -> Found:
    """N more|fewer KEY, N longer calls, N KEY ("12k calls", "a 25% margin"), N points of
    KEY ("6 points of uplift": a share at N%)."""
    num = at.num(0)
    if at.kind(1) in ("more", "less") and at.kind(2) == "key" and fits(at.key(2), num):
        return [change_text(at.key(2), num, at.kind(1) == "more")], 3
    if at.kind(1) in ("more", "less") and at.key(2) == "calls" and num.money and not num.period:
        return [change_text("cost", num, at.kind(1) == "more")], 3  # "a dollar more per call"
    if (
        at.kind(1) in ("longer", "shorter")
        and at.kind(2) == "key"
        and at.key(2) in ("calls", "aht")
    ):
        return [longer_text(num, at.kind(1) == "longer")], 3
    valued = at.kind(3) in ("from", "num") or (at.kind(3), at.kind(4)) == ("to", "num")
    moved = at.kind(2) in ("up", "down") and not valued  # "a 20% volume drop to 8,000"
    if at.kind(1) == "key" and moved and (num.percent or num.points or fits(at.key(1), num)):
        return [change_text(at.key(1), num, at.kind(2) == "up")], 3  # "a $15 price cut"
    if at.kind(1) == "key" and fits(at.key(1), num):
        return [set_text(at.key(1), num)], 2
    each = at.kind(2) == "step" or said_at(at, 2, "each")  # "20 seconds off every call"
    if said_at(at, 1, "off") and at.key(2 + each) == "calls" and num.unit in ("s", "min", "h"):
        return [longer_text(num, False)], 3 + each  # every call shorter, selling or not
    if said_at(at, 1, "off") and at.kind(2) == "key" and fits(at.key(2), num):
        return [change_text(at.key(2), num, False)], 3  # "take a dollar off the price"
    if at.kind(1) in ("up", "down") and at.kind(2) == "key" and fits(at.key(2), num):
        return [change_text(at.key(2), num, at.kind(1) == "up")], 3  # "a 25% bump in volume"
    if num.money and at.kind(1) == "to" and at.kind(2) == "key" and at.key(2) == "invest":
        return [f"invest={num.text}"], 3  # "$250k to launch"
    if num.points and at.kind(1) == "set" and at.kind(2) == "key" and BY_NAME[at.key(2)].is_percent:
        return [f"{at.key(2)}={num.text}%"], 3
    return None


_RAISES = frozenset({"raise", "raises", "rise", "bump"})
_STAFF = frozenset("agent agents staff reps representatives pay".split())


def _raise(at: At) -> Found:
    """N raise (pay rise) for agents: "agents get a $2 raise" moves the hourly wage."""
    num = at.num(0)
    step = 1 + (at.kind(1) == "unknown" and said_at(at, 1, "pay"))
    said = at.tok(step)
    raised = said is not None and said.kind == "up" and said.text in _RAISES
    staff = any(t.text in _STAFF for t in at.items)
    if num.money and num.period in (None, "hour") and raised and staff:
        return [f"wage+{num.text}"], step + 1
    return None


def _n_alone(at: At) -> Found:
    """A value whose kind names its key: "$24 an hour" a wage, "$2.75 per call" a cost,
    "80/20" a service level."""
    num = at.num(0)
    if num.unit in ("s", "min") and at.kind(1) in ("longer", "shorter"):
        return [longer_text(num, at.kind(1) == "longer")], 2  # "each took a minute longer"
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
    "up": (change_key, change_n_to_key, up_from),
    "down": (change_key, change_n_to_key, up_from),
    "more": (_more_n_key,),
    "less": (_more_n_key,),
    "double": (times_key,),
    "triple": (times_key,),
    "half": (times_key,),
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
        at = At(items, index, placed)
        found = None
        for pattern in _PATTERNS.get(token.kind, ()):
            found = pattern(at)
            if found is not None:
                break
        if found is not None:
            settings, used = found
            scan.settings += settings
            index += used
            index += _carried(items, index, token, placed, scan)
            continue
        _left_over(scan, token, scan.settings[-1:] if scan.settings else [])
        index += 1
    return scan


def _carried(items: list[Tok], index: int, verb: Tok, placed: frozenset[int], scan: Scan) -> int:
    """ "add 1,000 calls and 1 point of uplift": a change word carried over "and" to points
    said with no verb of their own; the tokens it took."""
    said = items[index : index + 4]
    kinds = [t.kind for t in said]
    if verb.kind not in ("up", "down") or kinds[:1] != ["sep"] or said[0].text != "and":
        return 0
    key, num = said[1].key if len(said) > 1 else None, said[-1].num
    if kinds[1:] == ["key", "by", "num"] and key and num and fits(key, num):
        # "cut cost per call by a quarter and calls by a tenth"
        scan.settings.append(change_text(key, num, verb.kind == "up"))
        return 4
    if verb.text.endswith("s"):
        return 0  # "selling adds … and 10 points of conversion": what it adds is its uplift
    if kinds[1:2] != ["num"] or not (said[1].num and said[1].num.points):
        return 0
    again = change_n_to_key(At([*items[:index], verb, *items[index + 1 :]], index, placed))
    if again is None:
        return 0
    scan.settings += again[0]
    return again[1]


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
        num = token.num
        kept = bool(last) and setting_key(last[0]) == "retained"
        if kept and num is not None and num.money and not num.period:
            # "25 kept customers a day at $800 each": what each is worth
            scan.settings.append(set_text("clv", num))
        else:
            scan.nums.append(token)
    elif token.kind in ("up", "down", "double", "triple", "half", "more", "less"):
        scan.changes.append(token)
    elif token.kind in ("unknown", "range"):
        scan.unknown.append(token)  # a range outside a sweep is never passed over
    elif token.kind == "unmodeled":
        scan.unmodeled.append(token)
