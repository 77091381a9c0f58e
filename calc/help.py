"""Help text for `/roi help [TOPIC]`: every verb with an example."""

from __future__ import annotations

from calc.keys import KEYS, lookup
from calc.settings import example

VERB_LINES: tuple[tuple[str, str], ...] = (
    ("/roi [SCENARIO] [SETTING ...]", "compute, from a scenario, the team's `default`, or Fig. 2"),
    ("/roi save NAME [SETTING ...] [# note]", "save a named scenario (every save is a version)"),
    ("/roi list [PAGE]", "the team's scenarios with their verdicts"),
    ("/roi show NAME", "a saved scenario and its answer"),
    ("/roi delete NAME", "hide a scenario (restore brings it back)"),
    ("/roi history NAME", "every version, newest first"),
    ("/roi restore NAME VERSION", "bring a version back as the newest"),
    ("/roi compare NAME NAME [SETTING ...]", "two scenarios side by side"),
    ("/roi breakeven [SCENARIO] [SETTING ...]", "the break-even points, explained"),
    ("/roi sweep [SCENARIO] KEY=FROM..TO[/STEP] [SETTING ...]", "one row per value of KEY"),
    ("/roi help [TOPIC]", "this; topics: settings, scenarios, sweep, breakeven, staffing"),
)

EXAMPLES = (
    "/roi calls=9000 aht+10%",
    "/roi save q3-plan uplift=6% # agreed with finance",
    "/roi q3-plan calls+20%",
    "/roi compare q3-plan q4-plan",
    "/roi sweep uplift=2%..10%/1%",
    "/roi calls=9000 hours=12 wage=$22 aht+10%",
)

TOPICS: dict[str, str] = {
    "settings": "\n".join(
        [
            "Settings are key=value, in any order. Numbers: 9000, 9,000, 9k, 1.5M, $150.",
            "Percents: 8% or 8 (a bare number below 1, like 0.08, is refused as ambiguous).",
            "aht: 640, 640s, 10.5min, 10m40s, 10:40, 0.2h.  "
            "calls: 9000/day, 270k/month, 3.3M/year, 750/h (× hours).",
            "Changes: aht+10% (extra handle time when selling), calls+20%, price-5%, conv+1pp.",
            "margin=23% is 23% of the price.  Keys:",
            *(f"  {key.name:<13}{key.label}; e.g. {example(key)}" for key in KEYS),
            "  aht+N%       the AHT increase of the sales column",
        ]
    ),
    "scenarios": "\n".join(
        [
            "Scenarios belong to your team. Every save is a new version; nothing is lost.",
            "/roi save q3-plan uplift=6% # note   starts from q3-plan's latest version "
            "(else default, else Fig. 2)",
            "/roi q3-plan aht+15%   a what-if on q3-plan; q3-plan itself is unchanged",
            "/roi list · show NAME · history NAME · restore NAME 2 · delete NAME",
            "A scenario named default is where a plain /roi starts.",
        ]
    ),
    "sweep": "\n".join(
        [
            "/roi sweep [SCENARIO] KEY=FROM..TO[/STEP]: one row per value (at most 200).",
            "e.g. /roi sweep uplift=2%..10%/1% · /roi sweep calls=5k..15k/1k · "
            "/roi sweep aht=0..30%/5% (AHT increase)",
            "Without a step the range is cut into ten.",
        ]
    ),
    "breakeven": "\n".join(
        [
            "uplift: the uplift at which selling makes the center break even.",
            "payback uplift: the uplift that just pays for the extra handle time.",
            "max AHT increase: how far handle time can grow before selling loses money.",
            "payback days and first-year ROI: with invest=$… (a one-time launch cost).",
        ]
    ),
    "staffing": "\n".join(
        [
            "Set wage=$22 (a loaded agent hour) and cost per call comes from staffing "
            "(Erlang C) instead of cost.",
            "sl=80/20: 80% of calls answered within 20 s.  shrink=30%: paid time off the "
            "phones.  occ=85%: the most an agent is planned busy.  overhead=$0.40: non-labor "
            "cost per call.",
            "Assumptions: calls arrive evenly over the open hours (hours=12), nobody hangs "
            "up while waiting, and every agent takes every call (one skill).",
            "wage=none goes back to the linear model (cost per call grows with handle time).",
        ]
    ),
}


def help_text(topic: str = "") -> str:
    """The help for `topic` (a topic or a key), or the overview."""
    if topic in TOPICS:
        return TOPICS[topic]
    key = lookup(topic) if topic else None
    if key is not None:
        aliases = f" (also {', '.join(key.aliases)})" if key.aliases else ""
        return f"{key.name}{aliases}: {key.label}. Write {example(key)}."
    width = max(len(usage) for usage, _ in VERB_LINES)
    lines = ["roibot: is the contact center a cost center or a profit center?", ""]
    lines += [f"{usage:<{width}}  {meaning}" for usage, meaning in VERB_LINES]
    lines += ["", "Examples:", *(f"  {line}" for line in EXAMPLES)]
    return "\n".join(lines)
