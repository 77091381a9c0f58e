"""Charts as PNG, drawn with matplotlib's object-oriented API on the Agg canvas (no pyplot
state, safe in threads). matplotlib is imported only here, and this module only when a
chart is drawn: answering never waits for it.

Every chart is 1200 × 675 pixels (a 600 × 338 point image at twice the density): crisp
when opened, and drawn on a small canvas (4.8 × 2.7 inches) so that its type is still
readable at the 360-pixel thumbnail Slack shows. The palette is Okabe and Ito's, safe for
colour-blind readers; signs are also written on every label and falling bars are hatched.
"""

from __future__ import annotations

import gc
from dataclasses import dataclass

from bot.service import (
    Answer,
    Comparison,
    LeverTable,
    Outcome,
    ScenarioAnswer,
    Solved,
    SweepTable,
)
from calc import charts as data


@dataclass(frozen=True)
class Chart:
    """A drawn chart: the PNG, what it is called, and its alt text."""

    png: bytes
    filename: str
    title: str
    alt: str
    kind: str  # "bridge", "sweep", "compare"


ChartData = data.Bridge | data.SweepSeries | data.ComparisonBars | data.Tornado
_FILES = {
    data.Tornado: ("roibot-levers.png", "levers"),
    data.Bridge: ("roibot-bridge.png", "bridge"),
    data.SweepSeries: ("roibot-sweep.png", "sweep"),
    data.ComparisonBars: ("roibot-compare.png", "compare"),
}


def chart_data(outcome: Outcome) -> ChartData | None:
    """What an answer's chart shows (pure, no matplotlib): the bridge for a compute (or a
    break-even, or a scenario), the lines of a sweep, the bars of a comparison; None for
    the rest."""
    if isinstance(outcome, Answer | ScenarioAnswer | Solved):
        return data.bridge(outcome.result)
    if isinstance(outcome, LeverTable):
        return data.tornado(outcome.levers)
    if isinstance(outcome, SweepTable):
        return data.sweep_series(outcome.key, outcome.rows)
    if isinstance(outcome, Comparison):
        first, second = outcome.first, outcome.second
        return data.comparison(
            first.source, first.result, second.source, second.result, first.changes
        )
    return None


def render(shown: ChartData) -> Chart:
    """The chart drawn and encoded, in this process."""
    from bot.charts.bridge import draw_bridge
    from bot.charts.compare import draw_comparison
    from bot.charts.style import TICK_PT, clipped, png_of
    from bot.charts.sweep import draw_sweep
    from bot.charts.tornado import draw_tornado

    if isinstance(shown, data.Bridge):
        figure = draw_bridge(shown)
    elif isinstance(shown, data.SweepSeries):
        figure = draw_sweep(shown)
    elif isinstance(shown, data.Tornado):
        figure = draw_tornado(shown)
    else:
        figure = draw_comparison(shown)
    if shown.footnote:
        figure.text(
            0.012,
            0.012,
            clipped(shown.footnote),
            fontsize=TICK_PT - 1.5,
            color="#555555",
            ha="left",
            va="bottom",
        )
    png = png_of(figure)
    del figure
    # A figure is a web of reference cycles that only the collector frees; left to its own
    # schedule, dozens wait for it and a process settled 50 MB higher. The figure is
    # young, so collecting the younger generations finds it: about 1 ms.
    gc.collect(1)
    filename, kind = _FILES[type(shown)]
    return Chart(png, filename, shown.title, shown.alt, kind)


def chart_for(outcome: Outcome) -> Chart | None:
    """The chart of an answer, drawn in this process and thread (the CLI, the console,
    which draw one chart at a time); None for an answer without one."""
    shown = chart_data(outcome)
    return None if shown is None else render(shown)
