"""Plain English into the command language: deterministic, no model, no network.

The lexer tags numbers with their units and keys by the names people use (from each
key's row); fixed phrases that are settings by themselves are rewritten ("open 10 hours a
day"); the intents decide what the sentence asks (going back, saving, a list, a history,
which lever, what it takes, a sweep, a comparison, a what-if); the association pairs
keys with values. Whatever is left is filler, a word passed over (only when every number
is tied to a key by a known word), or a reason to ask back or refuse: a number with no
key, a key with no number, a change with nothing to change. It never guesses.

The output is command-language text, which the command parser then reads like any typed
command: every value rule and refusal is the language's own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from calc.english import dialogue_words as D
from calc.english import lexicon as W
from calc.english.alternatives import alternatives_asked
from calc.english.associate import associate
from calc.english.chat_marks import without_marks
from calc.english.classes import classify
from calc.english.digest_words import digest_asked
from calc.english.hints import refuse_leftovers, write_hint
from calc.english.intents import (
    compares,
    find,
    going_back,
    history_asked,
    levers_asked,
    payback_asked,
    point_worth,
    question,
    service_breakeven_asked,
    solve_asked,
    texts_of,
)
from calc.english.labels import asked_of_figure, read_again, without_quotes
from calc.english.leftovers import NAME_LIKE, settled
from calc.english.lexer import tokenize
from calc.english.pairing import Scan, value_text
from calc.english.phrases import fixed_phrases
from calc.english.plausible import ask_if_implausible, ask_if_set_twice
from calc.english.ranges import sweep_range
from calc.english.selling_said import selling_said
from calc.english.standing import (
    key_asked,
    nothing_read,
    refuse_unkeyed_change,
    rows_asked,
    sales_moved,
)
from calc.english.tokens import Num, Tok
from calc.errors import Ask, Refusal, echo
from calc.names import check_name

MAX_QUESTION = 1_000  # characters read as a question
#: Who saves money, not a scenario: "how much would we save", "we'd save".
_SAVING_MONEY = frozenset("we we'd would could much you'd".split())
_SAVE_OBJECT = frozenset(
    "this it that these the thread conversation scenario settings answer them all as under "
    "to into please now a new called named".split()
)
_LIST_WORDS = frozenset(
    "scenarios scenario saved plans plan all have got there listed everything we've exist "
    "exists".split()
)
_AGENTS_HINT = (
    'agents follow from calls, handle time and the wage: ask "how many agents at $22 an '
    'hour?", or change calls or AHT'
)
_TO_THE_LINE = frozenset({"break-even", "breakeven", "closest", "nearest"})
#: What a lever is said to do ("which lever helps most, AHT or conversion?"): the question.
_LEVER_DOES = frozenset("helps help most best works moves pays".split())
_NOTE = re.compile(r"(?:^|\s)#(?:\s|$)")


@dataclass(frozen=True)
class Reading:
    """What a sentence asks: a verb, an optional base scenario, settings, the verb's own
    arguments, and flags."""

    verb: str  # compute breakeven compare sweep solve levers list show history save help
    #            reset undo back
    scenario: str | None = None
    settings: tuple[str, ...] = ()
    args: tuple[str, ...] = ()
    wants_agents: bool = False
    bare: Num | None = None  # a lone value: a follow-up ("what about 20%?"), "back to 10%"
    on_top: bool = False  # "calls up another 10%": a change on top of the thread's change

    def command(self) -> str:
        """The command-language text of this reading (without `/roi`)."""
        base = [self.scenario] if self.scenario else []
        if self.verb in ("compute", "breakeven", "levers"):
            verb = [] if self.verb == "compute" else [self.verb]
            return " ".join([*verb, *base, *self.settings])
        if self.verb == "solve":
            key, goal = self.args
            name = "aht+" if key == "aht_increase" else key
            wanted = [] if goal == "breakeven" else ["for", goal]
            return " ".join(["solve", name, *wanted, *base, *self.settings])
        if self.verb == "sweep":
            return " ".join(["sweep", *base, *self.args, *self.settings])
        if self.verb == "compare":
            return " ".join(["compare", *self.args, *self.settings])
        if self.verb == "save":
            source = ["from", self.scenario] if self.scenario else []
            return " ".join(["save", *self.args, *source, *self.settings])
        if self.verb in ("show", "help", "history", "digest"):
            return " ".join([self.verb, *self.args])
        return self.verb


def _save_name(tokens: list[Tok]) -> tuple[str, list[Tok]] | None:
    """`save this as q3-plan`: the name, and the tokens left."""
    for index, token in enumerate(tokens):
        kept = token.text == "keep" and [t.text for t in tokens[index + 2 : index + 3]] == ["as"]
        asked = index > 1 and tokens[index - 2].text == "did"  # "what did we save?"
        if (token.text in W.SAVE or kept) and token.kind in ("unknown", "filler", "word"):
            if asked:
                return None
            at = index + 1
            while at < len(tokens) and tokens[at].text in _SAVE_OBJECT:
                at += 1
            # "how much would we save with …": nothing saved "as", and no name after it
            named = at < len(tokens) and tokens[at].kind in ("unknown", "name", "word")
            money = at == index + 1 and tokens[index - 1 : index] != [] and not named
            if money and tokens[index - 1].text in _SAVING_MONEY:
                tokens[index] = Tok("filler", token.text)  # "how much would we save with …"
                return None
            name = tokens[at].text if at < len(tokens) and tokens[at].kind != "num" else ""
            if not name:
                raise Refusal("save needs a name", 'say "save this as q3-plan"')
            check_name(name)
            return name, tokens[:index] + tokens[at + 1 :]
    return None


def _check_length(text: str) -> None:
    if len(text) > MAX_QUESTION:
        # A question is a sentence or two; a pasted page is not one.
        raise Refusal(
            f"that is {len(text):,} characters, more than the {MAX_QUESTION:,} I "
            "read as a question",
            'ask one thing at a time, e.g. "what if AHT goes up 15%?"',
        )


def read(text: str, names: Sequence[str] = ()) -> Reading:
    """What `text` asks, or a Refusal (an Ask where two or three readings fit) naming what
    was not understood and a command form that would work. `names` are the team's scenario
    names (a sentence may name one)."""
    text = without_marks(text)  # "*what if* calls ↑ 20% :thinking_face:"
    if asked_of_figure(text) == "":  # "why is the difference +$8,376,750 a year?"
        return Reading("compute")
    try:  # "you said revenue is $27,000 a day, what if …": the quoted figure is no setting
        return _read(without_quotes(text) or text, names)
    except Refusal as refused:
        return read_again(_read, text, names, refused)  # "Action item 3: …"


def _read(text: str, names: Sequence[str]) -> Reading:
    _check_length(text)
    digest = digest_asked(text, names)
    if digest is not None:
        return Reading("digest", args=tuple(digest.split()[1:]))
    if "#" in text and _NOTE.search(text):  # a note is only a save's: never dropped
        raise Refusal("a note (# …) belongs to save", "write /roi save q3-plan uplift=6% # note")
    tokens = tokenize(text, names)
    plain = [t.text for t in tokens if t.kind == "word"]
    if any(word in W.WRITES for word in plain) or find(plain, W.WRITE_PHRASES):
        raise Refusal("English never deletes or restores", write_hint(tokens, plain))
    if find(plain, W.RESET) and not any(t.kind in ("num", "setting") for t in tokens):
        return Reading("reset")
    tokens = classify(fixed_phrases(tokens))
    back = going_back(tokens)
    if back is not None:
        return Reading(back[0], bare=back[1])
    early = _early(tokens, plain)
    if early is not None:
        return early
    return _question(tokens)


def _help(plain: list[str]) -> Reading:
    """Help, on the topic the words name ("help with sweeps": /roi help sweep)."""
    topics = {D.HELP_TOPICS[word] for word in plain if word in D.HELP_TOPICS}
    return Reading("help", args=tuple(topics)) if len(topics) == 1 else Reading("help")


def _early(tokens: list[Tok], plain: list[str]) -> Reading | None:
    """Requests decided by their words alone: save, help, history, list, which lever."""
    texts = texts_of(tokens)
    works = texts[:2] == ["how", "does"] and texts[-1:] == ["work"]  # "how does X work?"
    if find(texts[:4], D.HOW_DO_I) or works:
        return _help(plain)  # "how do I save a scenario?": never a save
    if texts[:2] == ["what", "does"] and texts[-1:] in (["mean"], ["for"]):
        return Reading("help", args=("settings",))  # "what does uplift mean?": the inputs
    saved = _save_name(tokens)
    if saved is not None:
        name, rest = saved
        scan = settled(associate(rest), rest, "save")
        refuse_leftovers(scan)
        return Reading("save", settings=tuple(scan.settings), args=(name,))
    meaningful = [t for t in tokens if t.kind not in ("filler", "sep")]
    greeted = meaningful == [] and plain and plain[0] in W.GREETINGS
    # "help me understand the break-even numbers": the points explained, not how to ask
    explained = "understand" in plain and find(texts, W.BREAKEVEN) is not None
    if (find(texts, W.HELP) and not explained) or (greeted and not set(plain) & D.COMPUTE_CUES):
        return _help(plain)  # "hi roibot" (but "hi, where do we stand?" is a question)
    if (
        not [t for t in meaningful if t.text not in D.POLITE]
        and not (set(plain) & D.COMPUTE_CUES)
        and set(plain) <= (D.POLITE | W.GREETINGS | W.FILLER)
        # "which plans do we have", "should we stop selling?": every word filler, not help
        and not any(find(texts, asked) for asked in (W.LIST, D.SERVICE_ONLY))
    ):
        return Reading("help")
    history = history_asked(tokens)
    if history is not None:
        return Reading("history", args=(history,))
    listed = find(texts, W.LIST)
    if listed is not None:
        start, length = listed
        others = [t for t in tokens[:start] + tokens[start + length :] if t.text not in _LIST_WORDS]
        if not any(
            t.kind in ("num", "setting", "name", "key", "unknown", "unmodeled") for t in others
        ):
            return Reading("list")
    worth = point_worth(tokens)  # "how much is a point of conversion worth?"
    if worth is not None:
        raise worth
    if levers_asked(texts) and sweep_range(tokens) is None:  # "a sensitivity from 4% to 12%"
        start, length = find(texts, D.LEVERS) or (0, 0)
        back = start > 0 and tokens[start - 1].kind == "num"  # "which two levers"
        start, length = start - back, length + back
        rest = tokens[:start] + tokens[start + length :]  # "matters more": the question
        rest = _levers_said(rest)
        scan = settled(associate(rest), rest, "levers")
        scan.keys = []  # "which lever … calls or conversion?" names candidates, not values
        refuse_leftovers(scan)
        if len(scan.names) > 1:  # "compare q3-plan and q4-plan and tell me which lever …"
            raise Refusal("two questions in one: which lever, and of which scenario?", _ONE_AT)
        scenario = scan.names[0] if scan.names else None
        return Reading("levers", scenario, tuple(scan.settings))
    return None


def _levers_said(rest: list[Tok]) -> list[Tok]:
    """The words of a levers question left to read: never "the one number", "(top three)"
    (how many levers, not a value), nor the line they are measured to ("how sensitive is
    break-even to AHT?")."""
    return [
        t
        for i, t in enumerate(rest)
        if not (t.num and (t.num.source == "one" or (i and rest[i - 1].text == "top")))
        and t.text not in _TO_THE_LINE
        and not (t.kind == "unknown" and t.text in _LEVER_DOES)
    ]


def _solve(tokens: list[Tok], key: str, goal: str, used: set[int]) -> Reading:
    """The value of `key` that meets `goal`, with the settings said beside the question."""
    rest = [t for i, t in enumerate(tokens) if i not in used]
    scan = associate(rest)
    # The key asked about, and the launch a payback is of, are not values missing.
    scan.keys = [
        k
        for k in scan.keys
        if k.key != key and not (goal.startswith("payback") and k.key == "invest")
    ]
    paid_back = [t.num for t in scan.nums if t.num and t.num.money and not t.num.period]
    if goal.startswith("payback") and len(paid_back) == 1 == len(scan.nums):
        scan.settings.append(f"invest={paid_back[0].text}")  # "pay back $200k in 90 days"
        scan.nums = []
    scan = settled(scan, rest, "solve")
    refuse_leftovers(scan)
    settings = tuple(s for s in scan.settings if not s.startswith(key))
    scenario = scan.names[0] if scan.names else None
    return Reading("solve", scenario, settings, (key, goal))


def _question(tokens: list[Tok]) -> Reading:
    """What it takes, a sweep, a comparison, the break-even points or a what-if."""
    solved = solve_asked(tokens) or payback_asked(tokens)
    if solved is not None and not (solved[0] == "uplift" and solved[1] == "breakeven"):
        return _solve(tokens, *solved)
    swept = sweep_range(tokens)  # "chart payback against uplift from 3% to 9%": no compare
    compare = compares(tokens) and (not swept or _named(tokens))
    if swept is not None:
        range_text, tokens = swept
    verb, agents = question(tokens)
    alternatives_asked(tokens, verb == "compute" and swept is None)  # "A or B, which?"
    if solved is not None and verb == "compute":
        verb = "breakeven"  # "how low can uplift go before we're a cost center?": its line
    selling_said(tokens)
    scan = associate(tokens)
    if agents:
        _agents_at(scan)
    _phrases_kept(scan, tokens, verb)
    if verb == "breakeven":
        # "the break-even uplift", "how far can AHT rise": the key is what is asked about.
        scan.keys = [key for key in scan.keys if key.key not in ("uplift", "aht")]
        if not W.PAID_BACK.isdisjoint(t.text for t in tokens):  # "pay that back", "ROI on $350k"
            _payback_of(scan)
    scan = settled(scan, tokens, "sweep" if swept else verb)
    asked = verb == "compute" and key_asked(scan, tokens)
    if verb == "compute":
        rows_asked(scan, tokens)  # "what's the margin per day with 2.4% conversion?"
    scan.keys = [] if asked else scan.keys  # "what's the cost per call?": the answer shows it
    unmodeled = [t for t in scan.unmodeled if t.text != "revenue"]
    if not scan.settings and not scan.names and not unmodeled:
        sales_moved(scan, tokens)  # ("what if sales tax goes up": the tax is refused)
    _no_such_scenario(scan)
    instead = [t.text for t, n in pairwise(tokens) if t.kind == "name" and n.text == "instead"]
    if not compare and len(instead) == 1:
        scan.names = instead  # "that's the reference case, right? show me q4-plan instead"
    if compare or len(scan.names) > 1:
        scan.skippable = scan.skippable or (len(scan.names) == 2 and not scan.nums)
    elif swept is None:
        _ask_without_unknown(scan, tokens, verb)
    refuse_leftovers(scan)
    if compare or len(scan.names) > 1:
        if len(scan.names) != 2:
            raise Refusal("compare needs two scenario names", "write /roi compare q3-plan q4-plan")
        _said_of_both(tokens)
        return Reading("compare", settings=tuple(scan.settings), args=tuple(scan.names))
    scenario = scan.names[0] if scan.names else None
    if swept is not None:
        return Reading("sweep", scenario, tuple(scan.settings), (range_text,), agents)
    if verb == "compute" and not scan.settings and not scenario and not agents and not asked:
        nothing_read(scan, tokens)
    bare = not scan.settings and verb == "compute" and not agents
    if scenario and bare and find(texts_of(tokens), W.SHOW):  # looked for where it decides
        return Reading("show", args=(scenario,))
    on_top = _said_on_top(tokens)
    reading = Reading(verb, scenario, tuple(scan.settings), wants_agents=agents, on_top=on_top)
    service_breakeven_asked(tokens, reading.command() if verb == "breakeven" else None)
    ask_if_implausible(scan.settings, reading.command)
    ask_if_set_twice(scan.settings)
    _no_change_of_agents(scan, agents)
    return reading


def _phrases_kept(scan: Scan, tokens: list[Tok], verb: str) -> None:
    """ "drop selling", "cover the extra handle time": the words of the phrase that says what
    is asked, not a change or a word left over."""
    for table in (D.SERVICE_ONLY, W.BREAKEVEN) if verb == "breakeven" else (D.SERVICE_ONLY,):
        found = find(texts_of(tokens), table)
        phrase = tokens[found[0] : sum(found)] if found is not None else []
        scan.changes = [c for c in scan.changes if not any(c is t for t in phrase)]
        scan.unknown = [u for u in scan.unknown if not any(u is t for t in phrase)]


def _ask_without_unknown(scan: Scan, tokens: list[Tok], verb: str) -> None:
    """ "refunds gobble 10% of the upsells": one word roibot does not know stands where a
    joining word would, and read without it every number has its key. Asked back with that
    reading (one button), never answered: the word may have meant something else."""
    if len(scan.unknown) != 1 or scan.skippable or scan.unmodeled:
        return  # one word unplaced, no more: with two, the reading left is a guess
    if verb not in ("compute", "breakeven"):
        return
    if {t.text for t in tokens} & W.NEGATION or any(
        NAME_LIKE.fullmatch(t.text) for t in scan.unknown
    ):
        return
    for index, token in enumerate(tokens):
        after = next((t for t in tokens[index + 1 :] if t.kind != "filler"), None)
        before = next((t for t in reversed(tokens[:index]) if t.kind != "filler"), None)
        if token.kind == "unknown" and after is not None and after.kind == "num":
            return  # "calls skyrocket 20%": a verb before a value may say which way it went
        if token.kind == "unknown" and before is not None and before.kind == "num":
            return  # "launch 3 new products": the word may be what the number counts
    retry = associate([t for t in tokens if t.kind != "unknown"])
    if not (retry.settings or retry.names) or len(retry.names) > 1:
        return
    if retry.nums or retry.keys or retry.changes or retry.unmodeled or retry.unknown:
        return
    scenario = retry.names[0] if retry.names else None
    command = Reading(verb, scenario, tuple(retry.settings)).command()
    words = " ".join(t.text for t in scan.unknown[:6])
    raise Ask(f'not sure what "{echo(words)}" says here', (command,))


def _agents_at(scan: Scan) -> None:
    """ "how many agents at $23?": an amount alone, asked with agents, is what an agent hour
    costs (said with "an hour" it is one already)."""
    money = [t for t in scan.nums if t.num is not None and t.num.money and not t.num.period]
    if len(scan.nums) == 1 and money and not any(s.startswith("wage") for s in scan.settings):
        assert money[0].num is not None
        scan.settings.append(f"wage={money[0].num.text}")
        scan.nums = []


def _no_change_of_agents(scan: Scan, agents: bool) -> None:
    """ "what if we double headcount": agents are computed, never changed (nor the base)."""
    if scan.changes and agents:
        refuse_unkeyed_change(scan, _AGENTS_HINT)


_ONE_AT = "ask one at a time: /roi compare q3-plan q4-plan, then /roi levers q4-plan"


def _said_of_both(tokens: list[Tok]) -> None:
    """ "q4-plan at 2% uplift vs q3-plan": a value said of the first scenario alone, which a
    comparison would lay on both."""
    named = [i for i, t in enumerate(tokens) if t.kind == "name"]
    if any(t.kind in ("num", "setting") for t in tokens[named[0] + 1 : named[-1]]):
        raise Refusal(
            "a value said between the two names: a comparison lays its settings on both",
            "save the what-if first (/roi save q4-low q4-plan uplift=2%), then compare",
        )


def _no_such_scenario(scan: Scan) -> None:
    """A word shaped like a scenario's name ("q5-plan") that is not one of the team's."""
    for token in scan.unknown:
        if NAME_LIKE.fullmatch(token.text) and re.search(r"[a-z]", token.text):
            raise Refusal(f'no scenario "{echo(token.text)}" in this team', "see /roi list")


def _named(tokens: list[Tok]) -> bool:
    return any(t.kind == "name" for t in tokens)


def _payback_of(scan: Scan) -> None:
    """ "How many days until we pay back $250k?": the days are what is asked, the money is
    the launch cost paid back."""
    scan.keys = [key for key in scan.keys if key.key != "days"]
    money = [t for t in scan.nums if t.num is not None and t.num.money and not t.num.period]
    if len(money) == 1 and not any(s.startswith("invest=") for s in scan.settings):
        assert money[0].num is not None
        scan.settings.append(f"invest={money[0].num.text}")
        scan.nums.remove(money[0])


def _said_on_top(tokens: list[Tok]) -> bool:
    texts = [t.text for t in tokens]
    pairs = set(pairwise(texts))
    return bool(set(texts) & D.ON_TOP) or ("on", "top") in pairs


def read_bare(text: str, names: Sequence[str] = ()) -> Num | None:
    """The lone value of a follow-up ("what about 20%?"), if that is all the text says."""
    if len(text) > MAX_QUESTION:
        return None  # read() says why
    tokens = classify(fixed_phrases(tokenize(text, names)))
    scan = associate(tokens)
    if scan.settings or scan.keys or scan.unknown or scan.unmodeled or scan.names:
        return None
    if len(scan.nums) == 1 and not scan.changes:
        return scan.nums[0].num
    return None


__all__ = ["Num", "Reading", "read", "read_bare", "value_text"]
