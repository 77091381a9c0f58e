"""Two scenarios side by side."""

from __future__ import annotations

from typing import Any

from bot.charts.style import (
    BLUE,
    ORANGE,
    labelled_bars,
    new_figure,
    put_title,
    top_legend,
    value_label,
)
from calc import charts as data
from calc.formatting import compact_money, compact_unit


def draw_comparison(bars: data.ComparisonBars) -> Any:
    """Two scenarios' net margin per year, side by side per column."""
    figure, (axis,) = new_figure(scale=False, legend=True)
    width = 0.36
    extents: list[float] = []
    unit = compact_unit(*(v for pair in bars.pairs for v in (pair.first, pair.second)))
    for offset, name, colour, pick in (
        (-width / 2, bars.first, BLUE, "first"),
        (width / 2, bars.second, ORANGE, "second"),
    ):
        values = [getattr(pair, pick) for pair in bars.pairs]
        drawn = axis.bar(
            [i + offset for i in range(len(values))],
            [float(v) for v in values],
            width=width,
            color=colour,
            label=name,
            zorder=2,
            hatch="//" if pick == "second" else None,
            edgecolor="white",
        )
        extents += [float(v) for v in values]
        for bar, value in zip(drawn, values, strict=True):
            value_label(
                axis,
                bar.get_x() + bar.get_width() / 2,
                float(value),
                compact_money(value, unit),
                value >= 0,
            )
    put_title(axis, bars.title)
    top_legend(axis)
    labelled_bars(axis, min(extents), max(extents), [pair.label for pair in bars.pairs])
    return figure
