"""The margin bridge: net margin per day from service only to sales through service."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from bot.charts.style import (
    BLACK,
    GREEN,
    GREY,
    VERMILLION,
    labelled_bars,
    new_figure,
    put_title,
    signed_label,
    value_label,
)
from calc import charts as data
from calc.formatting import compact_money


def draw_bridge(bridge: data.Bridge) -> Any:
    """The waterfall of net margin per day (a matplotlib Figure)."""
    figure, (axis,) = new_figure(scale=False)
    running = Decimal(0)
    labels = []
    extents: list[float] = []
    for index, step in enumerate(bridge.steps):
        if step.total:
            bottom, height = Decimal(0), step.amount
            running = step.amount
            text = compact_money(step.amount)
        else:
            bottom, height = running, step.amount
            running += step.amount
            text = signed_label(step.amount)
        colour = GREEN if height >= 0 else VERMILLION
        axis.bar(
            index,
            float(height),
            bottom=float(bottom),
            width=0.62,
            color=colour,
            edgecolor=BLACK if step.total else "white",
            linewidth=1.2 if step.total else 0,
            hatch=None if step.total or height >= 0 else "///",
            zorder=2,
        )
        extents += [float(bottom), float(bottom + height)]
        value_label(axis, index, float(bottom + height), text, height >= 0, step.total)
        if index + 1 < len(bridge.steps):  # a connector to the next bar's start
            axis.plot(
                [index + 0.31, index + 0.69],
                [float(running)] * 2,
                color=GREY,
                linewidth=0.7,
                zorder=1,
            )
        labels.append(step.label.replace(" ", "\n", 1) if len(step.label) > 12 else step.label)
    put_title(axis, bridge.title)
    labelled_bars(axis, min(extents), max(extents), labels)
    return figure
