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
    ("what", "lever"),
    ("biggest", "lever"),
    ("levers",),
    ("lever",),
    ("focus", "on"),
    ("the", "needle"),
    ("most", "sensitive"),
    ("sensitive", "to"),
    ("sensitivity",),
    ("matters", "most"),
    ("matter", "most"),
    ("most", "important"),
    ("what", "drives"),
    ("biggest", "driver"),
    ("main", "driver"),
    ("key", "driver"),
    ("drivers",),
    ("biggest", "impact"),
    ("most", "impact"),
    ("biggest", "difference"),
    ("tornado",),
)
# Goals said in words, for "what does it take" questions.
GOAL_BREAKEVEN = (
    ("break", "even"),
    ("break", "us", "even"),
    ("breaks", "us", "even"),
    ("breakeven",),
    ("break-even",),
    ("breaks", "even"),
    ("stops", "paying"),
    ("stop", "paying"),
    ("lose", "money"),
    ("losing", "money"),
    ("stay", "profitable"),
    ("stays", "profitable"),
    ("turn", "a", "profit"),
    ("in", "the", "black"),
    ("afford",),
)
SERVICE_ONLY = (
    ("service-only",),
    ("service", "only"),
    ("without", "selling"),
    ("plain", "service"),
    ("no", "selling"),
    ("not", "selling"),
    ("stop", "selling"),
    ("stopped", "selling"),
    ("drop", "selling"),
    ("quit", "selling"),
    ("service", "side"),
    ("service", "alone"),
)
# "what uplift gets us to $1M a year": the words that ask for a value of a key.
SOLVE_ASK = (
    ("how", "many"),
    ("how", "much"),
    ("how", "low"),
    ("how", "high"),
    ("how", "far"),
    ("how", "long"),
    ("what",),
    ("which",),
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
    ("versions",),
    ("version", "history"),
    ("changes", "to"),
    ("what", "changed"),
    ("changed", "over", "time"),
    ("over", "time"),
)
