"""Section 1: the core per call, and its floor (the formulas alone on ready inputs)."""

from __future__ import annotations

from bench.stats import Row, sample, summary
from bot.replies import doc
from bot.service import Caller, Service
from bot.slack.blocks import message
from calc.commands import parse_command
from calc.inputs import REFERENCE_INPUTS
from calc.model import _staffing, evaluate
from calc.settings import apply

FIG2 = "calls=9000 aht+10%"
FIFTEEN = (
    "calls=270k/month conv=2.5% uplift=7% aht=10:40 aht+12% price=$150 margin=23% "
    "cost=$2.75 days=360 hours=12 cancel=4% invest=$250k retained=40 clv=$1,200 "
    "paid=5%"
)


SERVICE = Service(None)
CALLER = Caller("T", "U")


def _pipeline(text: str) -> object:
    return message(doc(SERVICE.execute(parse_command(text), CALLER)))


def run(repeat: int) -> list[Row]:
    """Parse + evaluate + render per call, against evaluate alone."""
    floor_inputs = apply(REFERENCE_INPUTS, parse_command(FIG2).settings)  # type: ignore[union-attr]
    floor = summary(sample(lambda: evaluate(floor_inputs), repeat), 1e6)
    rows = []
    for name, text in (("core: calls=9000 aht+10%", FIG2), ("core: 15-setting command", FIFTEEN)):
        median, p99 = summary(sample(lambda t=text: _pipeline(t), repeat), 1e6)
        rows.append(Row("core", name, median, p99, "µs", "evaluate only", floor[0]))
    rows.append(Row("core", "floor: evaluate only (Fig. 2)", floor[0], floor[1], "µs"))
    # A pint-parsed unit on the path (the registry is built once, on first use).
    timed = "calls=9000 aht=10.5min"
    median, p99 = summary(sample(lambda: _pipeline(timed), repeat), 1e6)
    rows.append(
        Row("core", "core: with a unit (aht=10.5min)", median, p99, "µs", "evaluate only", floor[0])
    )
    return rows


def run_staffing(repeat: int) -> list[Row]:
    """Issue 7's figure: both columns staffed for about 100,000 agents' worth of load."""
    # 85,000 erlangs at 85% occupancy needs about 100,000 agents on the phones.
    calls = 85_000 * 3600 * 24 // 640
    inputs = apply(REFERENCE_INPUTS, parse_command(f"calls={calls} wage=$22 aht+0%").settings)  # type: ignore[union-attr]
    both = summary(
        sample(
            lambda: (
                _staffing(inputs, inputs.aht_increase),
                _staffing(inputs, inputs.aht_increase),
            ),
            repeat,
            warmup=2,
        ),
        1e3,
    )
    full = summary(sample(lambda: evaluate(inputs), max(3, repeat // 3), warmup=1), 1e3)
    agents = _staffing(inputs, inputs.aht_increase).plan.agents
    return [
        Row(
            "staffing",
            f"both columns, {agents:,} agents",
            both[0],
            both[1],
            "ms",
            target="< 50 ms",
            met=both[1] < 50,
        ),
        Row("staffing", "full evaluate incl. max AHT search", full[0], full[1], "ms"),
    ]


# A question of about 400 characters that sets every key it can: the reader's worst case
# (every token classified and paired), not a refusal that stops early.
SENTENCE = (
    "what if conversion drops to 1.5% and AHT goes up 15% with twelve thousand calls "
    "a day, a price of $150, a margin of 23% of the price, cancellations at 5%, an "
    "uplift of 6%, a cost per call of $2.75, 250 operating days, 12 open hours a day, "
    "a support fee of $5, calls paying the fee at 10%, a launch cost of $250k, 40 "
    "customers kept a day and a lifetime value of $1,200? are we a profit center "
    "then?"
)


# A long message as people paste one (793 characters; a question may have 1,000): a label
# before the question above, and asides after it that restate values and thank the team.
# Read, not refused: the reader's ordinary path through labels and asides.
LONG_MESSAGE = (
    "Morning all (quick one for the finance review, item 3 on the agenda): "
    + SENTENCE
    + " For the record, the service level stays at 80/20, shrinkage stays at 30%, and "
    "occupancy is capped at 85% as before; agents are paid $22 an hour fully loaded, and "
    "every other input keeps the value in the reference case. Thanks, and let me know if "
    "anything looks off before we share the deck with the leadership team on Friday."
)


def run_reader(repeat: int) -> list[Row]:
    """The English reader on a 400-character sentence and on a long message (target: p99
    at most 1 ms)."""
    from calc.english import read

    rows = []
    for text, what in ((SENTENCE, "question"), (LONG_MESSAGE, "message")):
        median, p99 = summary(sample(lambda text=text: read(text), repeat), 1e3)
        rows.append(
            Row(
                "english",
                f"read a {len(text):,}-character {what}",
                median,
                p99,
                "ms",
                target="p99 ≤ 1 ms",
                met=p99 <= 1.0,
                extra={"read_as": read(text).command()},
            )
        )
    return rows


def run_goals(repeat: int) -> list[Row]:
    """`solve` in both models and `levers`, end to end (parse, answer, lay out), against the
    model's own evaluation (one answer)."""
    floor = summary(sample(lambda: evaluate(REFERENCE_INPUTS), repeat), 1e6)
    cases = (
        ("solve: uplift for net=$1M/year (exact)", "solve uplift for net=$1M/year"),
        ("solve: aht for breakeven, staffed (search)", "solve aht wage=$12 hours=12"),
        ("solve: calls for breakeven, staffed (search)", "solve calls wage=$12 hours=12"),
        ("levers: Fig. 2", "levers"),
        ("levers: staffed", "levers wage=$22 hours=12"),
    )
    rows = []
    for name, text in cases:
        count = repeat if "staffed" not in name else max(5, repeat // 20)
        median, p99 = summary(sample(lambda t=text: _pipeline(t), count, warmup=2), 1e6)
        rows.append(Row("goals", name, median, p99, "µs", "evaluate only", floor[0]))
    return rows
