"""Patterns that start at a change word: "increase calls by 20%", "cut AHT to 10 minutes",
"a lower price ($135)", "selling adds 12% to handle time", "we lose 2 points of
conversion", "double the calls"."""

from __future__ import annotations

from calc.english.pairing import At, Found, change_text, fits, said_at, set_text, value_text
from calc.english.tokens import Num
from calc.keys import BY_NAME


def change_key(at: At) -> Found:
    """up|down KEY [by|to] N: "increase calls by 20%", "cut AHT to 10 minutes"; "drop the
    launch cost" (a cost that may be none, said with no amount): none of it."""
    if at.kind(1) != "key":
        return None
    if (at.kind(2), at.kind(3), at.kind(4), at.kind(5)) == ("sep", "key", "by", "num"):
        both = [at.key(1), at.key(3)]  # "increase both price and margin by 10%"
        if said_at(at, 2, "and") and all(fits(key, at.num(5)) for key in both):
            return [change_text(key, at.num(5), at.kind(0) == "up") for key in both], 6
    dropped = at.kind(0) == "down" and said_at(at, 0, *_REMOVED)
    if dropped and at.key(1) in _MAY_BE_NONE and at.kind(2) not in ("by", "to", "num"):
        return [f"{at.key(1)}=0"], 2
    after = 2 + (at.kind(2) in ("by", "to"))
    if at.kind(after) != "num" or not fits(at.key(1), at.num(after)):
        return None
    key, num = at.key(1), at.num(after)
    # "a lower price ($135)", "higher conversion 3%": the value compared to is the level
    level = (
        said_at(at, 0, *_COMPARED) and after == 2 and (BY_NAME[key].is_percent or not num.percent)
    )
    if at.kind(2) == "to" or level:
        return [set_text(key, num)], after + 1
    return [change_text(key, num, at.kind(0) == "up")], after + 1


_COMPARED = frozenset("lower higher bigger smaller cheaper greater larger".split())
_REMOVED = frozenset("drop dropping cut cutting".split())
_MAY_BE_NONE = frozenset({"invest", "fee", "overhead"})


def longer_text(num: Num, longer: bool) -> str:
    """Calls N longer or shorter: a length moves every call ("a minute shorter"); a percent
    longer is selling's increase (the language refuses a percent shorter, with its hint)."""
    sign = "+" if longer else "-"
    if num.unit and not num.percent:
        return f"aht{sign}{value_text('aht', num)}"
    return f"aht{sign}{num.text}%"


def change_n_to_key(at: At) -> Found:
    """up|down N to|from KEY: "selling adds 12% to handle time", "take 10% off calls";
    up|down N points (or N%) of KEY: "we lose 2 points of conversion"."""
    # "we lose 2 points of conversion", "add 10 cents of overhead"
    of_points = at.kind(2) == "set" and at.kind(1) == "num"
    by_points = at.kind(1) == "by" and at.kind(2) == "num" and said_at(at, 3, "of")
    if by_points and at.kind(4) == "key" and fits(at.key(4), at.num(2)):
        # "up by 2 points of uplift", "beat plan by 2 points of uplift" (it set uplift=2%)
        return [change_text(at.key(4), at.num(2), at.kind(0) == "up")], 5
    each = (at.kind(3) == "step" and said_at(at, 3, "every")) or said_at(at, 3, "each")
    if at.kind(1) == "num" and at.kind(2) == "to" and at.key(3 + each) == "calls":
        num = at.num(1)
        if num.unit in ("s", "min") and not num.percent:
            # "add 45 sec to every call": every call longer, selling or not
            return [longer_text(num, at.kind(0) == "up")], 4 + each
    if (
        at.kind(1) == "num"
        and (at.kind(2) in ("to", "from") or of_points or said_at(at, 2, "off"))
        and at.kind(3) == "key"
        and fits(at.key(3), at.num(1))
    ):
        return [change_text(at.key(3), at.num(1), at.kind(0) == "up")], 4
    relative = at.kind(1) == "num" and (at.num(1).percent or at.num(1).points)
    if relative and at.kind(2) == "key" and fits(at.key(2), at.num(1)):
        # "minus 5% calls"; "add a $2 fee" stays a fee of $2
        return [change_text(at.key(2), at.num(1), at.kind(0) == "up")], 3
    counted = at.kind(1) == "num" and at.kind(2) == "key" and at.key(2) == "calls"
    if counted and fits("calls", at.num(1)):
        # "we lose 1,000 calls a day", "add 500 calls": calls are counted, never introduced
        # as a fee is, so a count after a change word moves them (it once set calls=1000)
        return [change_text("calls", at.num(1), at.kind(0) == "up")], 3
    return None


def up_from(at: At) -> Found:
    """up|down from N after a value ("9,000, up from 8,000"): where it came from, said as
    context; the value before it is the setting."""
    if at.kind(1) == "from" and at.kind(2) == "num":
        return [], 3
    return None


#: What doubling, tripling and halving do to a value, as the language writes it.
TIMES = {"double": "+100%", "triple": "+200%", "half": "-50%"}


def times_key(at: At) -> Found:
    """double|triple|halve KEY; "double the launch budget to $500k": where it goes."""
    if at.kind(1) == "key":
        if at.kind(2) == "to" and at.kind(3) == "num" and fits(at.key(1), at.num(3)):
            return [set_text(at.key(1), at.num(3))], 4
        return [f"{at.key(1)}{TIMES[at.kind(0)]}"], 2
    return None
