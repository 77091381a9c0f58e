"""The vocabulary of the English reader: how people name the settings, the words that say
a change, the questions that pick a verb, and the words that carry no meaning here.

Everything is lower case; phrases are tuples of words, matched longest first."""

from __future__ import annotations

import re

from calc.english.change_words import (
    BY,
    DOUBLE,
    DOWN,
    HALF,
    LESS,
    LONGER,
    MORE,
    SHORTER,
    TO,
    TRIPLE,
    UP,
)
from calc.english.filler_words import FILLER as FILLER  # read past; W.FILLER to the reader
from calc.english.phrase_index import Phrases
from calc.keys import KEYS

# Keys by the names people use: each key's own `phrases` (calc.keys), the one list.
KEY_PHRASES: dict[str, tuple[str, ...]] = {key.name: key.phrases for key in KEYS if key.phrases}

# Words that join a key to its value: "AOV is $120", "conversion of 3%", "margin at 25%".
SETS = frozenset(
    {
        "is",
        "are",
        "was",
        "were",
        "be",
        "of",
        "at",
        "=",
        "equals",
        "become",
        "becomes",
        "became",
        "stays",
        "stay",
        "remains",
        "set",
        "sits",
        "around",
        "about",
        "roughly",
        "approximately",
        "exactly",
        "just",
        "only",
        "now",
        "hit",
        "hits",
        "reach",
        "reaches",
        "reached",
        "capped",
        "held",
        "holds",
        "hold",
        "runs",  # "each call runs 30 seconds longer"
        "ran",
        "lasts",
        "below",
        "above",
        # verbs of a value moving, its direction said after them or not at all ("AHT
        # creeps to 11:30", "calls inch up 3%")
        *("creep", "creeps", "crept", "inch", "inches", "edge", "edges", "drift", "drifts"),
        *("settle", "settles", "lands", "land", "trending", "heading", "headed", "tracking"),
        *("near", "nearly", "circa", "coming"),  # "lands near 7%", "is coming 2.2%"
        # "cost per call is creeping toward $3", "AHT is approaching 12 minutes"
        *("creeping", "inching", "edging", "drifting", "toward", "towards"),
        *("approaching", "approaches", "nearing"),
    }
)

POINTS = ("percentage points", "percentage point", "points", "point", "pts", "pp", "pt")
PERCENT = ("percent", "per cent", "pct", "%")
# A rate's period: "a day", "per month", "an hour", "daily".
PERIODS: dict[tuple[str, ...], str] = {
    **{(said, "day"): "day" for said in ("a", "per", "each", "every", "by")},  # "by day"
    ("daily",): "day",
    ("/day",): "day",
    **{(said, "month"): "month" for said in ("a", "per", "by")},
    ("monthly",): "month",
    ("each", "month"): "month",
    ("/month",): "month",
    **{(said, "year"): "year" for said in ("a", "per", "by")},
    ("annually",): "year",
    ("yearly",): "year",
    ("annual",): "year",
    ("/year",): "year",
    ("a", "week"): "week",
    ("per", "week"): "week",
    ("weekly",): "week",
    ("/week",): "week",
    ("an", "hour"): "hour",
    ("per", "hour"): "hour",
    ("hourly",): "hour",
    ("each", "hour"): "hour",
    ("/hour",): "hour",
    ("/h",): "hour",
    ("/hr",): "hour",
    # "$250k a quarter", "300k calls per quarter": only after an amount ("a quarter of
    # calls" stays a share); the language has no quarter, so it is written as four a year
    **{(said, "quarter"): "quarter" for said in ("a", "per", "each", "every")},
    ("quarterly",): "quarter",
}
#: Periods the language has no suffix for in a goal or a quarter's rate: how many make a year.
IN_A_YEAR = {"month": 12, "quarter": 4}
TIME_UNITS: dict[str, str] = {
    "s": "s",
    "sec": "s",
    "secs": "s",
    "second": "s",
    "seconds": "s",
    "min": "min",
    "mins": "min",
    "minute": "min",
    "minutes": "min",
    "h": "h",
    "hr": "h",
    "hrs": "h",
    "hour": "h",
    "hours": "h",
}
MONEY_WORDS = frozenset(
    {"dollars", "dollar", "bucks", "usd", "euros", "euro", "eur", "pounds", "gbp", "quid"}
)
#: What each scale multiplies by.
SCALE_FACTORS = {"k": 1000, "M": 10**6, "B": 10**9}
SCALES = {
    "k": "k",
    "thousand": "k",
    "grand": "k",
    "m": "M",
    "mn": "M",
    "mil": "M",
    "mill": "M",
    "mm": "M",
    "million": "M",
    "millions": "M",
    "b": "B",
    "bn": "B",
    "billion": "B",
}

# Questions, each with the verb it asks for (matched as phrases anywhere in the text).
_COVER, _FOR_THE = ("pay", "pays", "cover", "covers"), (("for", "the"), ("the",), ("its", "own"))
BREAKEVEN = (
    *(("break", "even"), ("break-even",), ("breakeven",), ("breaks", "even"), ("cross",)),
    *(("breaking", "even"), ("breaking-even",)),
    *(("pay", "for", "itself"), ("pays", "for", "itself"), ("pay", "back"), ("payback",)),
    # "does the upsell pay for the extra handle time?": the line where selling covers it
    *((verb, *said, "extra", "K:aht") for verb in _COVER for said in _FOR_THE),
    *(("K:uplift", "minimum"), ("point", "of", "equilibrium"), ("equilibrium", "point")),
    *(("get", *said) for said in (("back", "the", "K:invest"), ("the", "K:invest", "back"))),
    *(("get", *said) for said in (("our", "K:invest", "back"), ("back", "our", "K:invest"))),
    ("earn", "back"),
    ("recoup",),
    *(("get", said, "back") for said in ("it", "that", "this")),  # "when do we get it back?"
    ("pays", "back"),
    *(("pay", said, "back") for said in ("it", "that", "this")),
    ("pays", "itself", "back"),
    ("paid", "back"),
    ("pay", "off"),
    ("pays", "off"),
    ("paid", "off"),
    ("how", "far", "can"),
    ("how", "much", "can"),
    ("minimum", "uplift"),
    ("what", "uplift"),
    ("how", "much", "uplift"),
    ("break-even", "point"),
    ("breakeven", "point"),
    ("earn", "it", "back"),
    ("make", "it", "back"),
    *(("comes", "back"), ("come", "back")),  # "how long until $450k comes back?"
    ("what", "would", "it", "take"),
    ("what", "would", "have", "to", "be", "true"),
    ("what", "does", "it", "take"),
    ("what", "will", "it", "take"),
    ("makes", "us", "a", "profit center"),  # "what makes us a profit center?"
    *(("make", "us", "a", "profit center"), ("made", "it", "a", "cost center")),
    ("flip", "us"),  # "what would flip us to a cost center?"
    ("flips", "us"),
    ("tip", "us"),
)
#: Words that say an amount is paid back: a launch's payback ("pay back $200k", "ROI on
#: $350k", "recoup"), never when values hold ("in 3 months" after them is the payback's).
PAID_BACK = frozenset("pay pays paid payback back recoup roi".split())
# The first-year ROI: a line of the break-even answer, given where a launch cost is said.
ROI = (("roi",), ("first-year", "roi"), ("first", "year", "roi"))
AGENTS = (
    *(("how", "many", "agents"), ("how", "many", "people"), ("how", "many", "heads")),
    *(("agents", "do", "we", "need"), ("headcount",), ("how", "many", "fte"), ("staffing",)),
    *(("how", "many", "ftes"), ("agents", "needed")),
)
LIST = (
    ("what", "scenarios"),
    ("which", "scenarios"),
    ("list",),
    ("our", "scenarios"),
    ("all", "scenarios"),
    ("the", "scenarios"),
    ("saved", "scenarios"),
    ("scenarios", "do", "we", "have"),
    ("any", "scenarios"),
    ("what's", "saved"),
    ("whats", "saved"),
    ("what", "is", "saved"),
    ("what", "have", "we", "saved"),
    ("what", "did", "we", "save"),
    ("what", "have", "we", "got"),
    ("anything", "saved"),
    ("what", "plans"),
    ("which", "plans"),
    ("our", "plans"),
    ("plans", "do", "we", "have"),
    ("saved", "plans"),
    ("have", "saved"),
    ("plans", "saved"),
    ("scenarios", "saved"),
    ("our", "saved"),
)
HELP = (
    ("help",),
    ("what", "can", "you", "do"),
    ("how", "do", "i", "use"),
    ("how", "does", "this", "work"),
    ("how", "does", "it", "work"),
    ("what", "do", "you", "do"),
    ("commands",),
    ("how", "to", "use"),
    ("how", "do", "i"),
    ("how", "can", "i"),
    *(("what", "can", "roibot", "do"), ("what", "does", "roibot", "do")),
    *(("what", "inputs", "can"), ("which", "inputs", "can")),  # "what inputs can I change?"
    *(("can", "you", verb, "charts") for verb in ("make", "draw", "do")),
    *(("explain", "the", "table"), ("read", "the", "table"), ("explain", "this", "table")),
)
#: A period said as when, not as a rate ("this year", "each quarter"): the lexer files it as
#: filler; after a share it says growth over time ("10% each quarter"), which association
#: refuses.
WHEN_WORDS = frozenset({"year", "month", "week", "quarter", "day"})
WHEN_BEFORE = frozenset({"this", "next", "last", "per", "a", "each", "every"})
GREETINGS = frozenset({"hi", "hello", "hey", "yo", "hiya", "howdy"})
#: Contractions typed without their apostrophe, as people type in a hurry.
CONTRACTIONS = {
    **{
        word.replace("'", ""): word
        for word in "what's where's how's that's don't doesn't can't isn't aren't didn't".split()
    },
    # an analyst's notation: "b/e uplift?", "q3-plan w/ calls +10%", "calls req'd to b/e"
    **{"b/e": "break-even", "w/": "with", "w/o": "without", "req'd": "required", "@": "at"},
    **{"reqd": "required", "sens": "sensitivity", "pr": "per", "hrs": "hours", "dwn": "down"},
    **{"r": "are", "wht": "what"},  # "r we profitable", "wht about 8%": typed on a phone
}
# Only where a message starts: "calls double in the morning" keeps its morning.
SALUTATION = re.compile(r"^(?:good\s+)?(?:morning|afternoon|evening)\b[\s,!.:-]*", re.I)
RESET = (
    *(("start", "over"), ("start", "again"), ("reset",)),
    *(("clear", "it"), ("clear", "this"), ("clear", "that")),
    *(("forget", "it"), ("forget", "that"), ("forget", "this"), ("forget", "everything")),
    *(("from", "scratch"), ("start", "fresh"), ("new", "conversation")),
)
WRITES = frozenset(
    {
        "delete",
        "deletes",
        "deleted",
        "remove",
        "removes",
        "erase",
        "restore",
        "restores",
        "rollback",
        "recover",
        "undelete",
    }
)
WRITE_PHRASES = (("roll", "back"), ("bring", "back"), ("get", "rid", "of"), ("throw", "away"))
COMPARE = frozenset({"compare", "vs", "vs.", "versus", "against"})
SAVE = frozenset({"save", "store"})
_OR = ("vs", "and", "versus", "or")
# The verdict's own words: part of a question, never a setting ("are we a cost center?").
VERDICT: tuple[tuple[str, ...], ...] = (
    ("cost", "center"),
    ("cost", "centre"),
    ("profit", "or", "cost", "center"),  # "is it profit or cost center?": the verdict
    *(("lose", "money"), ("not", "lose", "money")),  # "the minimum to not lose money"
    ("loses", "money"),
    ("cost", "or", "profit", "center"),
    ("profit", "center"),
    ("profit", "centre"),
    ("cost", "centers"),
    ("profit", "centers"),
    ("cost", "centres"),
    ("profit", "centres"),
    ("making", "money"),
    ("losing", "money"),
    ("burning", "cash"),
    ("burning", "money"),
    ("bleeding", "cash"),
    ("bleeding", "money"),
    ("break", "even"),
    # "are we above or below break-even?": the verdict, not the break-even points
    *((side, said) for side in ("above", "below") for said in ("break-even", "breakeven")),
    *(("above", "or", "below", said) for said in ("break-even", "breakeven")),
    *(("is", "it", "close"), ("how", "close", "is", "it"), ("too", "close", "to", "call")),
    ("contact", "center"),
    ("contact", "centre"),
    ("call", "center"),
    ("call", "centre"),
    ("contact", "centers"),
    *(("worth", "it"), ("worth", "per", "year"), ("worth", "a", "year"), ("worth", "to", "us")),
    ("worth", "selling"),
    ("upside",),
    ("does", "selling", "add"),
    ("how", "much", "more", "do", "we", "make"),  # (with selling): what selling adds
    ("how", "much", "extra", "do", "we", "make"),
    ("these", "days"),  # "12 minutes these days": when, never the operating days
    ("does", "selling", "bring"),
    ("benefit", "of", "selling"),
    ("stack", "up"),
    ("state", "of", "play"),
    ("lay", "of", "the", "land"),
    ("stacks", "up"),
    *(("net", "margin"), ("net", "margins"), ("bottom", "line"), ("worth", "doing")),
    ("net", "conversion"),  # the answer's own figure (conversion and uplift), never an input
    *(("underwater",), ("under", "water"), ("in", "the", "black"), ("in", "the", "red")),
    *(("margin", "%"), ("or", "not"), ("profit", "or", "not"), ("with", "selling")),
    ("when", "selling"),
    *(("how", "many", "sales"), ("how", "much", "revenue"), ("incremental", "margin")),
    *(("how", "many", "more", "sales"), ("how", "many", "extra", "sales")),
    *(("annual", "run-rate"), ("base", "case"), ("better", "off"), ("worse", "off")),
    # "how much more does the sales column make per day?": the difference, the answer's
    *(("sales", "column"), ("selling", "column"), ("how", "much", "more", "does")),
    # "uplift disappoints and comes in at 3%": how a value is judged, no setting
    *(("disappoints",), ("disappoints", "and"), ("underwhelms",)),
    # the two columns themselves: "with vs without selling", "compare the two columns"
    *((a, w, b, "selling") for a, b in (("with", "without"), ("selling", "not")) for w in _OR),
    *(("cost", "us"), ("costs", "us"), ("can't", "be", "right"), ("way", "off")),
    *(("help", "desk"), ("service", "desk"), ("helpdesk",)),  # a center by another name
    *(("yes", "or", "no"), ("go", "or", "no-go"), ("go/no-go",), ("no-go",)),  # the verdict
    *(("upsell", "program"), ("selling", "program"), ("sales", "program")),  # what it is
    *(("on", "every", "call"), ("on", "each", "call"), ("year", "one")),  # "selling on every call"
    *(("because", "of", "the", w) for w in ("call", "calls")),  # customers kept by the call
    *(("selling", "vs", "no", "selling"), ("the", "two", "columns"), ("the", "columns")),
    *(("the", "columns", "compare"), ("compare", "the"), ("extra", "revenue"), ("extra", "sales")),
    *(("don't", "change", "anything"), ("don't", "save", "anything"), ("not", "sure", "about")),
)
SHOW = (
    ("show",),
    ("what", "is", "in"),
    ("what's", "in"),
    ("whats", "in"),
    ("open",),
    ("tell", "me", "about"),
    ("details", "of"),
    ("describe",),
    ("look", "at"),
    ("pull", "up"),
    ("pull",),
    *(("details",), ("latest", "version", "of")),
    ("again",),
)
SWEEP = frozenset("sweep swept range chart plot table graph graphic diagram".split())
REFERENCE = (
    ("the", "reference", "values"),
    ("reference", "values"),
    ("fig.", "2"),
    ("fig", "2"),
    ("figure", "2"),
    ("the", "reference"),
    ("reference",),
    ("fig2",),
)


_NOT = "not no without except never n't don't doesn't isn't won't aren't wasn't weren't didn't"
NEGATION = frozenset(_NOT.split())
FRACTIONS = {
    "third": 3,
    "thirds": 3,
    "quarter": 4,
    "quarters": 4,
    "fifth": 5,
    "fifths": 5,
    "tenth": 10,
    "tenths": 10,
}


KEYS_INDEX = Phrases(
    [tuple(phrase.split()) for phrases in KEY_PHRASES.values() for phrase in phrases],
    [key for key, phrases in KEY_PHRASES.items() for _ in phrases],
)
PERIODS_INDEX = Phrases(list(PERIODS), list(PERIODS.values()))
PERCENT_WORDS = [tuple(p.split()) for p in PERCENT]
POINTS_WORDS = [tuple(p.split()) for p in POINTS]
PER_CALL = [
    ("per", "call"),
    ("a", "call"),
    ("each", "call"),
    *(
        ("to", verb, one, "call")
        for verb in ("handle", "take", "answer")
        for one in ("a", "one", "each")
    ),
]
# "occupancy can't go above 82%": a cap, said as the value it is held to.
CAP = (
    *(("can't", "go", "above"), ("lands", "with")),  # "the upsell lands with 6% of callers"
    ("cannot", "go", "above"),
    ("can't", "go", "over"),
    ("cannot", "go", "over"),
    ("can't", "exceed"),
    ("cannot", "exceed"),
    ("never", "above"),
    ("never", "over"),
    ("no", "more", "than"),
    ("no", "higher", "than"),
    ("at", "most"),
    ("capped", "at"),
    ("at", "or", "below"),
    ("at", "or", "under"),
    ("at", "or", "above"),
    ("maxes", "out", "at"),
    ("tops", "out", "at"),
    ("peaks", "at"),
    ("comes", "in", "at"),
    ("comes", "in"),
    ("came", "in"),
    ("come", "in"),
    ("more", "like"),
    ("something", "like"),
    ("closer", "to"),
    ("nearer", "to"),
)


# "also" joins nothing ("and if handle time also goes up 15%"): it is filler.
SEPARATORS = frozenset({"and", "with", "but", "while", "then", "&", "+"})
# A change only before a value ("we lose 2 points of conversion"); else filler ("do we lose
# money?").
LOSE = frozenset({"lose", "loses", "lost"})
CLASSES: tuple[tuple[frozenset[str], str], ...] = (
    (UP, "up"),
    (DOWN, "down"),
    (MORE, "more"),
    (LESS, "less"),
    (LONGER, "longer"),
    (SHORTER, "shorter"),
    (DOUBLE, "double"),
    (TRIPLE, "triple"),
    (HALF, "half"),
    (TO, "to"),
    (BY, "by"),
    (frozenset({"from"}), "from"),
    (frozenset({"between"}), "between"),
    (frozenset({"step", "steps", "increments", "increment", "every"}), "step"),
)


CLASS_OF: dict[str, str] = {word: name for group, name in reversed(CLASSES) for word in group}
# "calls come in 10% under plan": which way, said after the amount.
# "AHT is running 30 seconds over target", "beat plan by 2 points of uplift": a figure the
# team measures against, which the model has as the base.
MEASURED = ("plan", "budget", "target", "benchmark", "forecast", "goal")
AGAINST_PLAN: dict[tuple[str, ...], str] = {
    **{(word, ref): "down" for word in ("under", "below", "behind") for ref in MEASURED},
    **{(word, ref): "up" for word in ("over", "above") for ref in MEASURED},
    **{("ahead", "of", ref): "up" for ref in MEASURED},
    **{("short", "of", ref): "down" for ref in MEASURED},
    **{(word, ref): "up" for word in ("beat", "beats", "beating") for ref in MEASURED},
    **{(word, ref): "down" for word in ("miss", "missed", "missing") for ref in MEASURED},
}
PAUSES = (("no", "wait"), ("oh", "wait"), ("wait",))  # "no wait, 15% more calls, not 10%"
# "each upsell nets us $32 after cost of goods": what a margin is, said after it; "the
# difference between selling and not": the two columns
AFTER_COSTS = (
    *(("after", "cost", "of", "goods"), ("after", "cogs"), ("after", "product", "cost")),
    *(("selling", "and", "not"), ("selling", "or", "not"), ("selling", "and", "not", "selling")),
)
#: Phrases classed in one lookup a word: verdict words, pauses (filler), caps, "under plan".
CLASSED_PHRASES = Phrases(
    [*VERDICT, *PAUSES, *AFTER_COSTS, *CAP, *AGAINST_PLAN],
    ["filler"] * len(VERDICT + PAUSES + AFTER_COSTS)
    + ["set"] * len(CAP)
    + list(AGAINST_PLAN.values()),
)
REFERENCE_INDEX = Phrases(REFERENCE)
