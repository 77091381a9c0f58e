"""The words left over once every value is paired with its key: whether they may be passed
over (every value tied to a key by a known word, nothing negated, something said), and what
they name that is no value ("the upsell" after "with", agents said of a wage)."""

from __future__ import annotations

import re
from itertools import pairwise

from calc.english import dialogue_words as D
from calc.english import lexicon as W
from calc.english.intents import find, texts_of
from calc.english.pairing import Scan
from calc.english.standing import verdict_negated
from calc.english.tokens import Tok
from calc.english.unmodeled import figure_asked

_AGENT_WORDS = frozenset("agent agents staff reps representatives people headcount".split())
_THE = frozenset({"the", "our", "this", "that"})
_SELLS = frozenset("sell sells pitch pitches offer offers upsell upsells".split())
_WHEN = frozenset("when while whenever once as because".split())
_WHEN_THE = (["after"], ["before"], ["once"], ["since"], ["until"])
#: A word shaped like a scenario's name ("q5-plan").
NAME_LIKE = re.compile(r"[a-z0-9._'’-]*[0-9_-][a-z0-9._'’-]*")


def settled(scan: Scan, tokens: list[Tok], verb: str) -> Scan:
    """Decide whether the words left over may be passed over: every value is tied to a key
    by a known word, nothing is negated, and the sentence said something."""
    plain = {t.text for t in tokens}
    # "what if we stop selling?": the service-only column is the answer asked for
    service = find(texts_of(tokens), D.SERVICE_ONLY) is not None
    selling_time = any(s.startswith("aht+") and s.endswith("%") for s in scan.settings)
    # "are we profitable with the upsell?": the selling itself, no value of it left unsaid
    selling = not (scan.nums or scan.changes or scan.settings) and _with_selling(tokens)
    pays = _selling_pays(tokens)
    if pays is not None:
        scan.unknown = [t for t in scan.unknown if t is not pays]
    if service or selling_time or selling or pays is not None:
        # "drop the upsell": the selling named is what stops, not a value missing; "the
        # upsell makes calls 12% longer": it is what adds the time
        scan.keys = [k for k in scan.keys if k.key != "uplift"]
    if scan.settings:  # "after the training, conversion goes to 2.4%": when, not a value
        scan.keys = [k for k in scan.keys if not _after_the(tokens, k)]
    if any(t.text in W.COMPARE or "columns" in t.text for t in tokens):  # all are shown
        scan.keys = [k for k in scan.keys if not _on_key(tokens, k)]  # "… on take rate"
    if any(s.startswith("paid=") for s in scan.settings):  # "the fee applies to 25% of calls"
        scan.keys = [k for k in scan.keys if k.key != "fee"]  # names what is paid
    if any(s.startswith("retained") for s in scan.settings):  # "calls save 50 customers a day"
        scan.keys = [k for k in scan.keys if k.key != "calls"]  # what saves them
    if not scan.nums and not scan.settings and any(t.text == "selling" for t in tokens):
        _extra_of_selling(scan, tokens)
    said = bool(scan.settings or verb != "compute" or service)  # a name alone: "hist q3-plan"
    # A word shaped like a scenario name ("q5-plan") that is not one of the team's is never
    # passed over: answering from the default instead would mislead.
    named = any(NAME_LIKE.fullmatch(t.text) for t in scan.unknown)
    _agents_paid(scan, tokens)  # "with $20 agents", "agents at $22": what an agent hour costs
    wage = any(s.startswith(("wage=", "wage+")) for s in scan.settings)
    if wage:
        # "what does it cost per call if agents make $20 an hour?": with a wage the cost
        # per call is staffing's, the figure asked about
        scan.keys = [k for k in scan.keys if k.key != "cost"]
    if wage or any(s.startswith(("occ=", "sl=", "shrink=")) for s in scan.settings):
        # "agents at $26 an hour", "agents can't be busier than 90%": the agents are what
        # the wage or the occupancy is of.
        scan.unmodeled = [
            t for t in scan.unmodeled if t.text not in _AGENT_WORDS or _counted(t, tokens)
        ]  # … but "we have 150 agents at $22" says how many, which the model computes
    if scan.settings:
        _who_sells(scan, tokens)
    scan.unmodeled = [t for t in scan.unmodeled if not figure_asked(t, tokens)]
    # "the pizza party costs $500": a thing roibot does not know costs it, no cost per call
    named = named or (any(s.startswith("cost=") for s in scan.settings) and _unknown_costs(tokens))
    scan.skippable = (
        said
        and not named
        and not (scan.nums or scan.keys or scan.changes)
        and not (plain & W.NEGATION)
        and len(scan.unknown) <= 4
    ) or verdict_negated(scan, plain)
    return scan


def _unknown_costs(tokens: list[Tok]) -> bool:
    return any(
        t.text in ("cost", "costs") and i and tokens[i - 1].kind == "unknown"
        for i, t in enumerate(tokens)
    )


def _who_sells(scan: Scan, tokens: list[Tok]) -> None:
    """ "AHT goes up 15% when agents pitch the offer", "if agents sell on every call and
    AHT goes up 12%": who does the selling, never a number of agents."""
    when = {i + 1 for i, t in enumerate(tokens) if t.text in _WHEN}
    when |= {i for i, t in enumerate(tokens[:-1]) if tokens[i + 1].text in _SELLS}
    said_when = [t for i, t in enumerate(tokens) if i in when and t.text in _AGENT_WORDS]
    scan.unmodeled = [t for t in scan.unmodeled if not any(t is w for w in said_when)]


def _with_selling(tokens: list[Tok]) -> bool:
    """Every key is the uplift's, each said after "with" or "from" ("from the upsell")."""
    keys = [i for i, t in enumerate(tokens) if t.kind == "key"]
    return bool(keys) and all(
        tokens[i].key == "uplift"
        and next((t.text for t in reversed(tokens[:i]) if t.text not in _THE), "")
        in ("with", "from")
        for i in keys
    )


_PAYS = frozenset({"pay", "pays", "work", "works"})


def _selling_pays(tokens: list[Tok]) -> Tok | None:
    """ "does the upsell still pay if …?": the selling is what pays (the verdict asked), no
    value of it unsaid; never "pays for a $500k launch" (a payback). The verb, or None."""
    for at, token in enumerate(tokens):
        if token.key != "uplift":
            continue
        verb = next((t for t in tokens[at + 1 :] if t.kind != "filler"), None)
        after = tokens[tokens.index(verb) + 1].text if verb and verb is not tokens[-1] else ""
        if verb and verb.kind == "unknown" and verb.text in _PAYS and after not in ("for", "back"):
            return verb
    return None


def _after_the(tokens: list[Tok], key: Tok) -> bool:
    """A key said after "after the" (before, once, since, until) and before a comma."""
    at = next(i for i, t in enumerate(tokens) if t is key)
    before = [t.text for t in tokens[max(0, at - 2) : at]]
    after = tokens[at + 1].text if at + 1 < len(tokens) else ","
    return before[-1:] == ["the"] and before[:1] in _WHEN_THE and after == ","


def _on_key(tokens: list[Tok], key: Tok) -> bool:
    at = next(i for i, t in enumerate(tokens) if t is key)
    return at > 0 and tokens[at - 1].text in ("on", "by", "for")


def _extra_of_selling(scan: Scan, tokens: list[Tok]) -> None:
    """ "how much extra handle time does selling cost us?", "the extra service cost of
    selling": a difference the answer shows, asked about (no value said anywhere)."""
    extra = [i for i, t in enumerate(tokens[:-1]) if t.kind == "more" and tokens[i + 1].key]
    named = {id(tokens[i + 1]) for i in extra}
    # "does selling cost us": the verb, after "selling", never the cost per call
    named |= {id(t) for s, t in pairwise(tokens) if s.text == "selling" and t.key == "cost"}
    if extra:
        scan.keys = [k for k in scan.keys if id(k) not in named]
        scan.changes = [c for c in scan.changes if not any(c is tokens[i] for i in extra)]


def _agents_paid(scan: Scan, tokens: list[Tok]) -> None:
    """An amount said right before agents, or after "agents at", with no period: an agent
    hour's cost, the wage ("the cost per call with $20 agents", "agents at $22")."""
    for at, token in enumerate(tokens):
        num = token.num
        if num is None or not num.money or num.period or not any(n is token for n in scan.nums):
            continue
        after = tokens[at + 1].text if at + 1 < len(tokens) else ""
        before = [t.text for t in tokens[max(0, at - 2) : at]]
        if after in _AGENT_WORDS or (before[-1:] == ["at"] and before[0] in _AGENT_WORDS):
            scan.nums = [n for n in scan.nums if n is not token]
            scan.settings.append(f"wage={num.text.replace(',', '')}")


def _counted(token: Tok, tokens: list[Tok]) -> bool:
    """Whether a count is said right before `token` ("150 agents"; "$20 agents" is what
    an agent hour costs)."""
    at = next((i for i, t in enumerate(tokens) if t is token), 0)
    num = tokens[at - 1].num if at > 0 and tokens[at - 1].kind == "num" else None
    return num is not None and not (num.money or num.period or num.unit)
