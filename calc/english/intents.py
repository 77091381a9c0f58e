"""Questions into verbs: what a sentence asks for (a what-if, the break-even points, how
many agents), its question words marked as used."""

from __future__ import annotations

from collections.abc import Sequence

from calc.english import dialogue_words as D
from calc.english import lexicon as W
from calc.english.associate import associate
from calc.english.phrase_index import phrases_index
from calc.english.tokens import Num, Tok
from calc.errors import Ask, Refusal, echo
from calc.formatting import decimal_text
from calc.keys import BY_NAME

# -- questions ----------------------------------------------------------------------------


def texts_of(tokens: list[Tok]) -> list[str]:
    """Each token as a word to match questions against (keys by their key, `K:uplift`)."""
    return [
        f"K:{t.key}" if t.kind == "key" else (t.text if t.kind not in ("num", "name") else "\0")
        for t in tokens
    ]


def find(texts: list[str], phrases: Sequence[tuple[str, ...]]) -> tuple[int, int] | None:
    """The first place any of `phrases` occurs: (start, length)."""
    return phrases_index(phrases).find(texts)


_LINES = ("uplift", "aht")  # keys with a line of the break-even table ("how far can AHT rise?")
_BREAKEVEN_KEYS = (
    ("what", "K:uplift"),
    ("which", "K:uplift"),
    ("how", "much", "K:uplift"),
    ("minimum", "K:uplift"),
    ("lowest", "K:uplift"),
    ("smallest", "K:uplift"),
    ("least", "K:uplift"),
    ("how", "much", "more", "K:uplift"),
    ("how", "far", "can", "K:aht"),
    ("how", "much", "can", "K:aht"),
    ("how", "far", "can", "the", "K:aht"),
    ("how", "much", "can", "the", "K:aht"),
    ("how", "long", "can", "K:calls"),
    ("how", "much", "longer", "can", "K:calls"),
    ("how", "far", "can", "our", "K:aht"),
    ("how", "high", "can", "K:aht"),
    # "the break-even uplift": the line of the break-even table said by name
    *((said, f"K:{key}") for said in ("break even", "break-even", "breakeven") for key in _LINES),
)


#: Words that may stand between "what"/"how much" and the key asked about.
_BEFORE_KEY = frozenset(
    "the our a an of kind sort level number average daily can could would will must should "
    "is are does do we you cheaper have there".split()
)


def _mark(tokens: list[Tok], start: int, length: int) -> None:
    for index in range(start, start + length):
        tokens[index] = Tok("question", tokens[index].text)


def _amount(token: Tok) -> bool:
    return token.num is not None and token.num.money and not token.num.period


def question(tokens: list[Tok]) -> tuple[str, bool]:
    """The verb the sentence asks for (its question words marked as used), and whether it
    asks how many agents."""
    texts = texts_of(tokens)
    agents = find(texts, W.AGENTS)
    if agents and agents[0] and tokens[agents[0] - 1].kind == "num":
        agents = None  # "we have 150 agents at $22": a count said, refused by name
    if agents:
        _mark(tokens, *agents)
    found = find(texts, _BREAKEVEN_KEYS)
    if found:
        start, length = found
        _mark(tokens, start, length)
        # "how far can AHT rise": the rise word belongs to the question too.
        if start + length < len(tokens) and tokens[start + length].kind == "up":
            _mark(tokens, start + length, 1)
        return "breakeven", bool(agents)
    found = find(texts, W.BREAKEVEN)
    if found:
        _mark(tokens, *found)
        start, _ = found
        if (
            texts[start - 1 : start]
            and texts[start - 1] in _CENTER
            and texts[start] in ("pay", "pays")
        ):
            tokens[start] = Tok("question", "profitable")  # "the center pays for itself"
            return "compute", bool(agents)
        return "breakeven", bool(agents)
    # "the first-year ROI on a $400k launch", "the ROI on $350k": an amount is the launch's
    launch = "roi" in texts and any(
        t.key == "invest" or (_amount(t) and texts[i - 1] in ("on", "of"))
        for i, t in enumerate(tokens)
    )
    if launch and find(texts, W.ROI):
        return "breakeven", bool(agents)  # "the first-year ROI on a $400k launch"
    return "compute", bool(agents)


#: The center itself, said before "pays for itself" (selling paying for itself is a line
#: of the break-even answer; the center doing so is the verdict).
_CENTER = frozenset(
    f"{kind} {word}" for kind in ("contact", "call") for word in ("center", "centre")
) | {"center", "centre"}


# -- what does it take, and which lever -----------------------------------------------------


_WORTH = frozenset("worth value add adds bring brings".split())
_ONE_MORE = frozenset("a one each every extra another more".split())


def point_worth(tokens: list[Tok]) -> Ask | None:
    """ "how much is a point of conversion worth?", "what does each extra point of uplift
    add?": asked back (a point more, or the levers, which move each input 10%), or None."""
    said = {t.text for t in tokens}
    asked = "worth" in said or "value" in said or {"how", "much"} <= said or "does" in said
    if _WORTH.isdisjoint(said) or not asked:
        return None
    for at, token in enumerate(tokens[:-2]):
        one = token.num is not None and token.num.points and token.num.amount == 1
        one = one or (token.text in ("point", "points") and tokens[at - 1].text in _ONE_MORE)
        of, key = tokens[at + 1], tokens[at + 2]
        if one and of.text == "of" and key.kind == "key" and BY_NAME[key.key or ""].is_percent:
            return Ask(
                f"what a point of {key.text} is worth: the answer with one point more, or "
                "the levers (each input moved 10%)?",
                (f"{key.key}+1pp", "levers"),
            )
    return None


def levers_asked(texts: list[str]) -> bool:
    """ "which lever matters most?", "what should we focus on?", "what moves the needle"."""
    return find(texts, D.LEVERS) is not None or _which_of_two(texts)


def _which_of_two(texts: list[str]) -> bool:
    """ "should we push conversion or uplift?": which of two inputs to work on (no value)."""
    if "should" not in texts or "\0" in texts:
        return False
    return any(
        a.startswith("K:") and b == "or" and c.startswith("K:") and a != c
        for a, b, c in zip(texts, texts[1:], texts[2:], strict=False)
    )


#: Verbs that make an amount a goal ("what uplift gets us to $1M a year?").
_GOAL_VERBS = frozenset(
    "make makes making reach earn net get gets hit add adds added worth clear generate "
    "bring".split()
)


_PAID_BACK = frozenset({"pay", "pays", "back", "payback", "recoup"})


def _goal_from(tokens: list[Tok], start: int) -> tuple[str, set[int]] | None:
    """The goal said after `start`, and the tokens it took: break even (or any money loss),
    a net a year or a day ("$1M a year"), what selling adds, a payback in days, an ROI; a
    service-only column where said. None when no goal is said."""
    texts = texts_of(tokens)
    service = find(texts, D.SERVICE_ONLY)
    used: set[int] = set(range(service[0], sum(service))) if service else set()
    prefix = "service." if service else ""
    words = {t.text for t in tokens}
    for index in range(start, len(tokens)):
        num = tokens[index].num if tokens[index].kind == "num" else None
        if num is None:
            continue
        if num.percent and ({"roi", "return"} & words):
            return f"roi={num.text}%", used | {index}
        if {"pay", "payback", "pays", "recoup"} & words and (
            num.unit is None
            and index + 1 < len(tokens)
            and tokens[index + 1].text in ("days", "day")
        ):
            back = {i for i, t in enumerate(tokens) if t.text in _PAID_BACK}
            return f"payback={num.text}days", used | {index, index + 1} | back
        # "for a $1M year": the period said after the amount, as a noun
        said_per = tokens[index + 1].text if index + 1 < len(tokens) else ""
        if num.period == "hour" or (not num.period and tokens[index - 1].text in ("at", "with")):
            continue  # "at $22 an hour": a wage; "fees bring in at $2": a value, never a goal
        period = num.period or (said_per if num.money and said_per in ("year", "day") else None)
        if (num.money and (words & _GOAL_VERBS or period)) or period in ("year", "day"):
            per = "day" if period == "day" else "year"
            extra = {i for i, t in enumerate(tokens) if t.text.startswith("incremental")}
            added = (
                {"add", "adds", "added"} & words
                or extra
                or ({"selling", "upsell", "sales"} & words and "worth" in words)
            )  # "what uplift makes selling worth $500k a year?": what selling adds
            used |= extra  # "$500k of incremental margin a year": what selling adds
            what = "added" if added else ("value" if {"worth", "value"} & words else "net")
            amount = num.text.replace(",", "")
            if period in W.IN_A_YEAR:  # "$100k a month": twelve a year (it once set $100k)
                amount = decimal_text(num.amount * W.IN_A_YEAR[period])
            elif period == "week":  # a year is not whole weeks of operating days
                raise Refusal(
                    f"\"{echo(num.source)} a week\": a goal is a day's or a year's",
                    'say it a day or a year ("what uplift gets us to $5M a year?")',
                )
            if what == "net":
                return f"{prefix}net={amount}/{per}", used | {index}
            return f"{what}={amount}/year", used | {index}
    found = find(texts, D.GOAL_BREAKEVEN)
    if found is not None:
        return f"{prefix}breakeven", used | _selling_stops(tokens, *found)
    for index, token in enumerate(tokens):  # "break even" may arrive as one token
        if token.text in _BREAKEVEN_JOINED:
            return f"{prefix}breakeven", used | {index}
    split = _split_breakeven(tokens)
    return None if split is None else (f"{prefix}breakeven", used | split)


def _split_breakeven(tokens: list[Tok]) -> set[int] | None:
    """ "what cost breaks the service-only center even?": the verb and its particle apart,
    with only filler or the column's own words between them."""
    texts = texts_of(tokens)
    for start, text in enumerate(texts):
        if text not in ("break", "breaks"):
            continue
        for end in range(start + 1, min(start + 6, len(texts))):
            if texts[end] == "even":
                return {start, end}
            if tokens[end].kind in ("num", "key", "setting"):
                break
    return None


def _selling_stops(tokens: list[Tok], start: int, length: int) -> set[int]:
    """The tokens of a break-even goal, with the selling it is said of: "before the upsell
    stops paying" is selling breaking even, not an uplift without a value."""
    goal = set(range(start, start + length))
    before = start - 1
    while before >= 0 and tokens[before].kind == "filler":
        before -= 1
    if before >= 0 and tokens[before].kind == "key" and tokens[before].key == "uplift":
        goal |= set(range(before, start))
    return goal


def _breakeven_of_key(tokens: list[Tok], texts: list[str]) -> tuple[str, str, set[int]] | None:
    """ "where's break-even for calls?": the calls that break even (the break-even table
    has no line for them; uplift and AHT, which it has, are left to it)."""
    found = find(texts, D.GOAL_BREAKEVEN)
    if found is None:
        return None
    at = sum(found)
    at += at < len(tokens) and tokens[at].text in ("for", "on", "in", "of")
    if at >= len(tokens) or tokens[at].kind != "key" or tokens[at].key in ("uplift", "aht"):
        return None
    after = at + 1
    while after < len(tokens) and tokens[after].kind in ("set", "filler"):
        after += 1
    valued = after < len(tokens) and tokens[after].kind in ("num", "setting")
    if valued and not (after + 1 < len(tokens) and tokens[after + 1].kind == "key"):
        return None  # "break-even for calls at 12k": a value of its own, not asked for
    used = set(range(found[0], at + 1))
    service = find(texts, D.SERVICE_ONLY)  # "breakeven price for the service-only model"
    if service is not None:
        return (
            tokens[at].key or "",
            "service.breakeven",
            used | set(range(service[0], sum(service))),
        )
    return tokens[at].key or "", "breakeven", used


_FALLS = frozenset("go get fall drop sink rise climb stretch".split())
_SUPERLATIVES = frozenset("most least max maximum min minimum highest lowest".split())


#: A break-even goal said as one token ("break even" classed whole, "profit center").
_BREAKEVEN_JOINED = frozenset(" ".join(phrase) for phrase in D.GOAL_BREAKEVEN)


def _breaks_even_at(texts: list[str], at: int) -> bool:
    """Whether a break-even goal is said at `at` ("break even", "breakeven")."""
    said = phrases_index(D.GOAL_BREAKEVEN).at(texts, at)[0]
    return bool(said) or (at < len(texts) and texts[at] in _BREAKEVEN_JOINED)


def solve_asked(tokens: list[Tok]) -> tuple[str, str, set[int]] | None:
    """ "what uplift gets us to $1M a year?", "how many calls do we need to break even?":
    (the key to look for, the goal, the tokens the question took), or None."""
    texts = texts_of(tokens)
    said = _breakeven_of_key(tokens, texts)
    if said is not None:
        return said
    asks = phrases_index(D.SOLVE_ASK)
    for start in range(len(texts)):
        length = asks.at(texts, start)[0] if texts[start] in asks.firsts else 0
        if not length and tokens[start].kind != "key":
            continue
        needed = texts[start + 1 : start + 2] in (["needed"], ["required"]) or (
            texts[start + 1 : start + 2] == ["to"] and _breaks_even_at(texts, start + 2)
        )  # "calls to break even?"
        if not length and not (tokens[start].kind == "key" and needed):
            continue  # "calls needed for $2M a year" asks as "how many calls" does
        at = start + length
        while (
            length
            and at < len(tokens)
            and tokens[at].text in _BEFORE_KEY
            and at - start - length < 3
        ):
            at += 1  # "how far can AHT …"; never "what if AHT …" or "what happens when …"
        if at >= len(tokens) or tokens[at].kind != "key":
            continue
        after = at + 1
        while after < len(tokens) and tokens[after].kind in ("set", "filler"):
            after += 1
        if (
            after < len(tokens)
            and tokens[after].kind == "num"
            and after == at + 1 + (tokens[at + 1].kind == "set" if at + 1 < len(tokens) else 0)
        ):
            continue  # "what if cost per call is $3": the key's value, not a goal
        key = tokens[at].key or ""
        goal = _goal_from(tokens, at + 1)
        if goal is None and texts[start] in _SUPERLATIVES and texts[start - 1 : start] == ["the"]:
            goal = ("breakeven", set())  # "the most we can spend per call": and not lose
        if goal is None and _to_the_line(texts, start, at, key):
            goal = ("breakeven", set())  # "how low can conversion go?": before we lose money
        if goal is None:
            continue
        used = set(range(start, at + 1)) | goal[1]
        if key == "aht" and texts[start + 1 : start + 2] in (["far"], ["long"], ["high"], ["much"]):
            key = "aht_increase"  # how far handle time can stretch: selling's increase
        if key == "calls" and texts[start : start + 2] == ["how", "long"]:
            key = "aht_increase"  # "how long can calls get before selling hurts us?"
        if key == "calls" and {"cheap", "cheaper", "expensive"} & set(texts[start + 1 : at]):
            key = "cost"  # "how cheap do calls need to be": what a call costs
        if key == "aht" and at + 1 < len(tokens) and tokens[at + 1].text in ("increase", "rise"):
            key, used = "aht_increase", used | {at + 1}  # "the max AHT increase"
        rises = _rises_after(tokens, at + 1)
        if key == "aht" and goal[0] == "breakeven" and _stops_paying(texts[at + 1 :]):
            key = "aht_increase"  # "at what handle time does selling stop paying?": its time
        if key == "aht" and rises:
            key, used = "aht_increase", used | rises  # "the most AHT can rise before …"
        return key, goal[0], used
    return None


def _to_the_line(texts: list[str], start: int, at: int, key: str) -> bool:
    """Whether the question asked at `start` of the key at `at` is how far it can go before
    the center breaks even ("how low can conversion go?", "the cushion on uplift")."""
    low = texts[start : start + 2] in (["how", "low"], ["how", "high"], ["how", "far"])
    low = low and key not in _LINES and not _FALLS.isdisjoint(texts[at + 1 : at + 3])
    return low or texts[start] in _HEADROOM or texts[start : start + 2] == ["how", "cheap"]


def _stops_paying(texts: list[str]) -> bool:
    """ "selling stops paying": a break-even of selling itself, where the handle time is
    selling's increase."""
    said = set(texts)
    return not said.isdisjoint(("selling", "upsell", "upselling")) and not said.isdisjoint(
        ("stop", "stops")
    )


def payback_asked(tokens: list[Tok]) -> tuple[str, str, set[int]] | None:
    """ "payback in 300 days?": the uplift that pays the launch back in that time (the one
    input a payback is reached by), when no key is asked about; never 300 operating days."""
    if not {"pay", "pays", "payback"} & {t.text for t in tokens}:
        return None
    goal = _goal_from(tokens, 0)
    if goal is None or not goal[0].startswith("payback"):
        return None
    rest = [t for i, t in enumerate(tokens) if i not in goal[1]]
    if associate(rest).keys:
        return None  # a key with no value is what is asked about ("how many calls …")
    return "uplift", goal[0], goal[1]


def _rises_after(tokens: list[Tok], index: int) -> set[int]:
    """ "can rise", "could go up": a verb of going up after a key, through modals and
    filler; the tokens it took (none when there is no such verb)."""
    at = index
    while at < len(tokens) and (
        tokens[at].text in ("can", "could", "may", "might") or tokens[at].kind == "filler"
    ):
        at += 1
    up_to = at + 1 < len(tokens) and tokens[at + 1].text == "to"  # "go up to": a level
    if at < len(tokens) and tokens[at].kind == "up" and at > index and not up_to:
        return set(range(index, at + 1))
    return set()


def history_asked(tokens: list[Tok]) -> str | None:
    """ "show me the history of q3-plan", "versions of q3-plan": the scenario's name."""
    texts = texts_of(tokens)
    # "how has q4-plan changed?": the changes over time, when nothing else is said
    said = [t for t in texts if t not in ("\0", "how", "has", "have")]
    changed = len(said) == 1 and said[0] in ("changed", "evolved", "moved", "developed")
    if find(texts, D.HISTORY) is None and not changed:
        return None
    names = [t.text for t in tokens if t.kind == "name"]
    # "what changed in q3-plan v2?": the history holds every version, that one with it
    return names[0].split("@")[0] if len(names) == 1 else None


def going_back(tokens: list[Tok]) -> tuple[str, Num | None] | None:
    """ "undo", "go back" (to the thread's answer before), or "back to 10%" (the most
    recent setting a value of that kind can take): ("undo", None) or ("back", value)."""
    texts = texts_of(tokens)
    found = find(texts, D.BACK)
    if found is None or find(texts[:4], D.HOW_DO_I):  # "how do I undo?": help
        return None
    paid = find(texts, W.BREAKEVEN)  # "how long until $450k comes back?": a payback
    if paid is not None and "back" in texts[paid[0] : sum(paid)]:
        return None
    nums = [t.num for t in tokens if t.kind == "num" and t.num is not None]
    # "scrap that last one": the one is the answer (the lexer made it no number)
    others = [
        t
        for i, t in enumerate(tokens)
        if t.kind in ("key", "name", "setting", "unknown")
        and not found[0] <= i < sum(found)
        and not (t.text == "one" and i and tokens[i - 1].text in ("last", "final"))
    ]
    if others:
        return None  # "back" in a longer sentence is not a request to go back
    if len(nums) == 1:
        return "back", nums[0]
    return ("undo", None) if not nums else None


def compares(tokens: list[Tok]) -> bool:
    """Whether a comparison is asked: "versus plan, calls are up 8%" measures against the
    plan (the base), and "service only vs with selling" the answer's own columns: neither
    compares scenarios."""
    texts = [t.text for t in tokens]
    return any(
        text in W.COMPARE
        and (i + 1 == len(texts) or texts[i + 1] not in W.MEASURED)
        and _COLUMNS.isdisjoint(texts[max(0, i - 1) : i + 2])
        for i, text in enumerate(texts)
    )


#: The answer's own two columns: "service only vs with selling" compares no scenarios.
_COLUMNS = frozenset({"with selling", "selling", "without selling", "only", "not selling"})


def service_breakeven_asked(tokens: list[Tok], breakeven: str | None) -> None:
    """The break-even points (`breakeven`, the command read) are selling's: "what would it
    take to break even on service alone?" asks for a value that breaks the service-only
    center even, so the question is asked back with the values that can."""
    if breakeven is None or find(texts_of(tokens), D.SERVICE_ONLY) is None:
        return
    said = breakeven.removeprefix("breakeven").strip()
    choices = [f"solve {key} for service.breakeven {said}".strip() for key in _SERVICE_KEYS]
    raise Ask("the service-only center breaks even at which value?", tuple(choices))


_SERVICE_KEYS = ("price", "cost", "conv")
#: The first words of the asks of how far an input is from the line.
_HEADROOM = frozenset(phrase[0] for phrase in D.HEADROOM)
