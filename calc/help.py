"""Help text for `/roi help [TOPIC]`: every verb with an example, every key with its own."""

from __future__ import annotations

from calc.keys import KEYS, SOLVABLE, lookup

VERB_LINES: tuple[tuple[str, str], ...] = (
    ("/roi [SCENARIO] [SETTING ...]", "compute, from a scenario, the team's `default`, or Fig. 2"),
    ("/roi save NAME [SETTING ...] [# note]", "save a named scenario (every save is a version)"),
    ("/roi list [PAGE]", "the team's scenarios with their verdicts"),
    ("/roi show NAME", "a saved scenario and its answer (NAME@2 for version 2)"),
    ("/roi delete NAME", "hide a scenario (restore brings it back)"),
    ("/roi history NAME", "every version, newest first"),
    ("/roi restore NAME VERSION", "bring a version back as the newest"),
    ("/roi compare NAME NAME [SETTING ...]", "two scenarios (or versions) side by side"),
    ("/roi breakeven [SCENARIO] [SETTING ...]", "the break-even points, explained"),
    ("/roi sweep [SCENARIO] KEY=FROM..TO[/STEP] [SETTING ...]", "one row per value of KEY"),
    ("/roi solve KEY [for GOAL] [SCENARIO] [SETTING ...]", "the value of KEY that meets GOAL"),
    ("/roi levers [SCENARIO] [SETTING ...]", "every input ±10%, ranked by what it moves"),
    (
        "/roi digest add CHANNEL (daily|weekly DAY|monthly N) HH:MM [SCENARIO ...]",
        "post the verdicts to a channel on a schedule; digest list · pause|resume|delete ID",
    ),
    (
        "/roi help [TOPIC]",
        "this; topics: settings, scenarios, sweep, breakeven, solve, levers, staffing, "
        "english, digest",
    ),
)

EXAMPLES = (
    "/roi calls=9000 aht+10%",
    "/roi save q3-plan uplift=6% # agreed with finance",
    "/roi q3-plan calls+20%",
    "/roi compare q3-plan q4-plan",
    "/roi sweep uplift=2%..10%/1%",
    "/roi solve uplift for net=$1M/year",
    "/roi levers",
    "/roi calls=9000 hours=12 wage=$22 aht+10%",
    "/roi what if AHT goes up 15%?",
)

TOPICS: dict[str, str] = {
    "settings": "\n".join(
        [
            "Settings are key=value, in any order. Numbers: 9000, 9,000, 9k, 1.5M, $150.",
            "Percents: 8% or 8 (a bare number below 1, like 0.08, is refused as ambiguous).",
            "aht: 640s, 10.5min, 10m40s, 10:40, 0.2h (a bare number under 60, like aht=10, is "
            "refused: seconds or minutes?).  "
            "calls: 9000/day, 270k/month, 3.3M/year, 750/h (× hours).",
            "Changes: aht+10% (extra handle time when selling), calls+20%, price-5%; shares "
            "(conv, uplift, cancel, paid, shrink, occ) move in points: conv+1pp; the rest "
            "also by an amount: cost-0.50, calls+1000, aht-60s (every call).",
            "margin=23% is 23% of the price.  reference (or fig2) is always Fig. 2.  Keys:",
            *(
                f"  {key.name:<13}{key.label}; e.g. {key.example}"
                for key in KEYS
                if key.name != "aht_increase"
            ),
            "  aht+N%       the AHT increase of the sales column; e.g. aht+10%",
        ]
    ),
    "scenarios": "\n".join(
        [
            "Scenarios belong to your team. Every save is a new version; nothing is lost.",
            "/roi save q3-plan uplift=6% # note   starts from q3-plan's latest version "
            "(else default, else Fig. 2)",
            "/roi q3-plan aht+15%   a what-if on q3-plan; q3-plan itself is unchanged",
            "/roi q3-plan@2   version 2 of q3-plan (also in show and compare: "
            "/roi compare q3-plan@1 q3-plan@2)",
            "/roi list · show NAME · history NAME · restore NAME 2 · delete NAME",
            "A scenario named default is where a plain /roi starts; reference is always Fig. 2.",
        ]
    ),
    "sweep": "\n".join(
        [
            "/roi sweep [SCENARIO] KEY=FROM..TO[/STEP]: one row per value (at most 200).",
            "e.g. /roi sweep uplift=2%..10%/1% · /roi sweep calls=5k..15k/1k · "
            "/roi sweep aht+0%..30%/5% (AHT increase) · /roi sweep invest=$100k..$500k/$100k",
            "Changes sweep too, from the scenario's own value: /roi sweep calls+0%..50%/10% · "
            "/roi sweep price-10%..+10%/5% · /roi sweep conv+0pp..2pp/0.5pp (shares in points).",
            "A range typed without sweep (/roi uplift=2%..10%) is read as its sweep.",
            "Without a step the range is cut into ten. The reply says where a verdict "
            "changes, and says so when the swept key cannot move the net margin.",
        ]
    ),
    "breakeven": "\n".join(
        [
            "break-even uplift: the uplift at which the center breaks even with selling.",
            "payback uplift: the uplift at which selling covers its own extra handle time.",
            "max AHT increase: how far handle time can rise over base before selling's "
            "column falls back to $0.",
            "payback days and first-year ROI: with invest=$… (a one-time launch cost).",
        ]
    ),
    "solve": "\n".join(
        [
            "/roi solve KEY [for GOAL] [SCENARIO] [SETTING ...]: the value of KEY at which GOAL "
            "is just met, all else as it is; the answer at that value follows.",
            "GOAL: breakeven (the default), net=$1M/year or net=$5k/day (the net margin with "
            "selling), added=$2M/year (what selling adds), value=$1M/year (with customers "
            "kept), payback=90days, roi=50%; service.breakeven, service.net=… for plain "
            "service.",
            "e.g. /roi solve uplift for net=$1M/year · /roi solve calls · /roi solve price for "
            "service.breakeven margin=23% · /roi solve aht+ (how far handle time can stretch)",
            "KEY: " + ", ".join(SOLVABLE) + " (aht+ is the AHT increase).",
            "Exact in the linear model; with staffing (wage=…) agents come in whole numbers, so "
            "calls, handle time, hours, occupancy and shrinkage are found by search, to the "
            "precision shown.",
        ]
    ),
    "levers": "\n".join(
        [
            "/roi levers [SCENARIO] [SETTING ...]: each input moved 10% of its value down and "
            "up (uplift 8% → 7.2%..8.8%), one at a time, ranked by how far the net margin a "
            "year with selling moves.",
            "Inputs that cannot move it in the scenario (price with a fixed margin, handle time "
            "without staffing, a launch cost) are named with the reason. A tornado chart "
            "follows in threads.",
        ]
    ),
    "staffing": "\n".join(
        [
            "Set wage=$22 (a loaded agent hour) and cost per call comes from staffing "
            "(Erlang C) instead of cost.",
            "sl=80/20: 80% of calls answered within 20 s.  shrink=30%: paid time off the "
            "phones.  occ=85%: the most an agent is planned busy.  overhead=$0.40: non-labor "
            "cost per call.",
            "Agents are the fewest that hold the service level and keep occupancy under the "
            "cap; the reply names which of the two set the number.",
            "Heads to schedule are agents ÷ (1 − shrink), shown rounded up to whole people; "
            "the labor cost uses the exact figure (part-time hours count).",
            "Assumptions: calls arrive evenly over the open hours (hours=12), nobody hangs "
            "up while waiting, and every agent takes every call (one skill).",
            "wage=none goes back to the linear model (cost per call grows with handle time).",
        ]
    ),
    "digest": "\n".join(
        [
            "/roi digest add #leadership weekly mon 09:00 q3-plan q4-plan: roibot posts those "
            "plans' verdicts to #leadership every Monday at 09:00 in your Slack time zone, "
            "with what changed since the last digest and a chart in its thread.",
            "Schedules: daily HH:MM · weekly DAY HH:MM (mon … sun) · monthly N HH:MM (a 31st "
            "runs on the last day of shorter months). No scenarios: the team's default and "
            "its five most recently saved.",
            "/roi digest list · digest pause ID · digest resume ID · digest delete ID. Invite "
            "roibot to the channel first (/invite @roibot); if it cannot post there the digest "
            "pauses and tells you.",
            "Posted once per slot whatever the number of servers; after downtime a slot less "
            "than 12 hours old is posted late, an older one skipped.",
        ]
    ),
    "english": "\n".join(
        [
            "Ask in plain English: /roi what if AHT goes up 15%? · @roibot and with 12k "
            "calls? · a DM: are we a profit center?",
            "Every answer shows the command it ran (Read as: /roi aht+15%; Read as: /roi for "
            "today's answer): check it, and use the short form next time.",
            'Goals and levers: "what uplift gets us to $1M a year?", "how many calls do we '
            'need to break even?", "which lever matters most?".',
            'In a thread, follow-ups build on the thread: "and with 12k calls?", "what about '
            '20%?"; a change of a value the thread set starts from it ("cost drops 10%" after '
            '$3 is $2.70), "another 10%" adds to the thread\'s change; a scenario named '
            'starts clean; "undo" or "go back" returns to the answer before (the last 20), '
            '"back to 10%" sets the latest percentage; "start over" resets; "save this as '
            'q3-plan" saves.',
            "Where two or three readings fit, roibot asks which, with a button per reading; "
            "words it cannot place are refused with the command that would work. It never "
            "guesses, and English never deletes or restores.",
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
        return f"{key.name}{aliases}: {key.label}. Write {key.example}."
    width = max(len(usage) for usage, _ in VERB_LINES)
    lines = ["roibot: is the contact center a cost center or a profit center?", ""]
    lines += [f"{usage:<{width}}  {meaning}" for usage, meaning in VERB_LINES]
    lines += ["", "Examples:", *(f"  {line}" for line in EXAMPLES)]
    return "\n".join(lines)
