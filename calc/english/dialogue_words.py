"""The dialogue's own words: going back in a thread, a change on top of one, the goals
and levers asked about, the service-only column, the questions that ask for a value, and
a scenario's history. Lower case; phrases are tuples of words, matched longest first."""

from __future__ import annotations

# A change on top of the thread's change of the same key: "calls up another 10%".
ON_TOP = frozenset({"another", "further"})
# Going back in a thread: to the answer before, or one setting back to a value.
BACK = (
    ("undo",),
    ("undo", "that"),
    ("undo", "it"),
    ("go", "back"),
    ("revert",),
    ("previous", "answer"),
    ("take", "that", "back"),
    ("back",),
    ("the", "one", "before"),
    ("scrap", "that"),
    ("scrap", "it"),
    ("scratch", "that"),
    ("scratch", "it"),
    ("ignore", "that"),
    ("never", "mind"),
    ("nevermind",),
)
# Which input moves the answer most.
LEVERS = (
    ("which", "lever"),
    *(("which", "variable"), ("what", "variable")),
    ("what", "lever"),
    ("biggest", "lever"),
    ("levers",),
    ("lever",),
    *(("focus", "on"), ("worry", "about")),
    ("the", "needle"),
    ("most", "sensitive"),
    *(("sensitive", "to"), ("sensitivity",), ("sensitivities",)),
    ("how", "sensitive"),
    ("sensitivity",),
    ("the", "swing"),
    ("biggest", "swing"),
    ("matters", "most"),
    ("matter", "most"),
    ("matters", "more"),
    ("matter", "more"),
    ("most", "important"),
    ("what", "drives"),
    ("what's", "driving"),
    ("what", "is", "driving"),
    ("biggest", "driver"),
    ("main", "driver"),
    ("key", "driver"),
    ("drivers",),
    ("biggest", "impact"),
    # "the biggest risk in these numbers": in them, not the business's risks at large
    *(("biggest", "risk", "in"), ("biggest", "risks", "in")),
    ("most", "impact"),
    ("biggest", "difference"),
    ("tornado",),
    ("our", "effort"),
    ("which", "input"),
    ("rank", "the"),
    ("by", "impact"),
    ("what", "input"),
    ("work", "on", "first"),
    ("our", "efforts"),
    ("where", "to", "focus"),
    ("should", "we", "focus"),
    ("prioritize",),
    ("prioritise",),
    ("priorities",),
    ("most", "leverage"),
    ("biggest", "bang"),
    *(("most", "bang"), ("most", "valuable", "thing"), ("most", "valuable", "things")),
    *(("rank", "what"), ("rank", "them"), ("push", "first"), ("fix", "first")),
    # "if we could only fix one thing": "one" is read as a number ("\0" where it stands)
    *(("fix", "\0", "thing"), ("change", "\0", "thing"), ("improve", "\0", "thing")),
)
# Goals said in words, for "what does it take" questions.
GOAL_BREAKEVEN = (
    ("break", "even"),
    # "how low can uplift go before we're a cost center again?": the verdict's line
    ("cost", "center"),
    ("cost", "centre"),
    *(("unprofitable",), ("not", "profitable"), ("profitable",), ("no", "loss")),
    *(("fall", "apart"), ("falls", "apart"), ("verdict", "flips")),
    ("profit", "center"),
    ("profit", "centre"),
    ("break", "us", "even"),
    ("breaks", "us", "even"),
    ("breakeven",),
    ("break-even",),
    *(("breaking", "even"), ("breaking-even",)),
    ("breaks", "even"),
    *(("hurts", "us"), ("hurt", "us"), ("hurts", "the", "center")),  # "before selling hurts us"
    ("stops", "paying", "off"),
    ("stop", "paying", "off"),
    ("stops", "paying"),
    ("stop", "paying"),
    ("lose", "money"),
    ("loses", "money"),
    ("losing", "money"),
    ("making", "money"),
    ("make", "money"),
    ("stay", "profitable"),
    ("be", "profitable"),
    ("remain", "profitable"),
    ("stays", "profitable"),
    ("we're", "profitable"),
    ("become", "profitable"),
    ("turn", "a", "profit"),
    ("in", "the", "black"),
    ("afford",),
    ("absorb",),
    ("live", "with"),
    ("go", "negative"),
    ("goes", "negative"),
    ("turn", "negative"),
    ("turns", "negative"),
    ("in", "the", "red"),
    ("a", "cost center"),  # the verdict's words arrive as one token
    ("a", "cost centre"),
)
SERVICE_ONLY = (
    *(("service-only", "model"), ("service-only",)),
    ("service", "only"),
    *(("service", "alone"), ("on", "service", "alone")),
    *(("without", "selling"), ("without", "sales"), ("without", "the", "sales")),
    *(("selling", "switched", "off"), ("selling", "turned", "off"), ("switch", "off", "selling")),
    *(("with selling", "switched", "off"), ("with selling", "turned", "off")),  # one token
    *(("selling", "is", "switched", "off"), ("selling", "is", "turned", "off")),
    ("plain", "service"),
    ("no", "selling"),
    ("no", "K:uplift"),  # "no upsell at all"
    ("not", "selling"),
    ("stop", "selling"),
    ("stopped", "selling"),
    ("drop", "the", "K:uplift"),  # "the upsell": its key by the time questions are read
    *(("stop", "the", "K:uplift"), ("stop", "K:uplift")),  # "stop upselling altogether"
    ("without", "the", "K:uplift"),
    *(("drop", "selling"), ("lose", "the", "K:uplift")),
    ("quit", "selling"),
    ("service", "side"),
    ("service", "alone"),
    ("service", "column"),  # "at what price does the service column break even?"
)
# "what uplift gets us to $1M a year": the words that ask for a value of a key.
# "how much headroom do we have on AHT?", "the margin of safety on price": how far an input
# can move before the center breaks even (the goal these asks carry without saying it).
HEADROOM = (
    *(("headroom", "on"), ("headroom", "do", "we", "have", "on"), ("room", "is", "there", "on")),
    *(("cushion", "on"), ("room", "on"), ("slack", "on"), ("buffer", "on"), ("floor", "on")),
    *(("K:margin", "of", "safety", "on"), ("safety", "K:margin", "on")),
    *(("tipping", "point", "for"), ("tipping", "point", "on")),
)
SOLVE_ASK = (
    ("need",),  # "need uplift for 1m/yr"
    ("how", "many"),
    ("how", "much"),
    ("how", "low"),
    ("how", "high"),
    ("how", "far"),
    ("how", "long"),
    *(("how", "cheap"), ("how", "cheaper"), ("how", "bad"), ("how", "wrong")),
    ("how", "expensive"),
    ("how", "much", "more"),
    ("how", "big"),
    *HEADROOM,
    ("what",),
    ("which",),
    ("where",),  # "where does occupancy need to be to break even?"
    ("minimum",),
    ("maximum",),
    ("least",),
    ("most",),
    ("lowest",),
    ("highest",),
    ("max",),
    ("min",),
    ("smallest",),
    ("largest",),
)
HISTORY = (
    ("history",),
    ("hist",),
    ("versions",),
    ("version", "history"),
    ("changes", "to"),
    ("what", "changed"),
    ("changed", "over", "time"),
    ("over", "time"),
    ("who", "changed"),
    ("who", "edited"),
    ("who", "updated"),
    ("who", "saved"),
    *(("who", "touched"), ("editing",), ("edited",)),
    ("last", "changed"),
    ("change", "log"),
    ("changelog",),
    ("what's", "changed"),
    ("whats", "changed"),
    ("changed", "in"),
    ("did", "we", "change"),
    ("have", "we", "changed"),
    *(("was", "changed"), ("last", "saved"), ("when", "was", "\0", "saved")),
    *(("like", "before"), ("used", "to", "look"), ("previous", "versions"), ("older", "versions")),
)

#: Help asked before anything else is read: "how do I save a scenario?" (never a save).
HOW_DO_I = (("how", "do", "i"), ("how", "can", "i"), ("how", "do", "you"))
#: The help topic a question names ("help with sweeps": /roi help sweep).
HELP_TOPICS = {
    **dict.fromkeys(
        "save saving saved scenario scenarios history restore delete".split(), "scenarios"
    ),
    **dict.fromkeys("sweep sweeps chart charts range ranges".split(), "sweep"),
    **dict.fromkeys("break-even breakeven payback".split(), "breakeven"),
    **dict.fromkeys("solve goal goals target".split(), "solve"),
    **dict.fromkeys("lever levers sensitivity".split(), "levers"),
    **dict.fromkeys("staffing agents wage erlang".split(), "staffing"),
    **dict.fromkeys("digest digests".split(), "digest"),
    **dict.fromkeys("english words".split(), "english"),
    **dict.fromkeys("settings setting inputs".split(), "settings"),
}

#: Words that ask for an answer: with them a greeting is a question, never help.
COMPUTE_CUES = frozenset(
    "what how are is show where verdict doing stand center centre profit cost money if "
    "suppose assume imagine with and about chart plot graph draw position base baseline".split()
)
#: Thanks and acknowledgements: a message of them alone gets help, never an answer.
POLITE = frozenset(
    "thanks thank you ok okay cool great perfect got it cheers ta thx ty helpful useful nice "
    "awesome appreciated appreciate brilliant excellent lovely super gotcha sense".split()
)

#: Words that ask where the center stands: the base answer, said as such.
STANDING = frozenset(
    "doing stand standing status verdict profitable unprofitable profit money results numbers "
    "shape answer how's roi return net where look looking position base baseline extra gap "
    "difference revenue revenues assumptions assumption inputs".split()
)
