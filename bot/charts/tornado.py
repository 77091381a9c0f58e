"""Which lever matters: each input's swing, widest on top."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from bot.charts.style import (
    BLACK,
    BLUE,
    LABEL_PT,
    ORANGE,
    TICK_PT,
    bare_axes,
    new_figure,
    put_title,
    top_legend,
)
from calc import charts as data
from calc.formatting import compact_money, compact_unit


def draw_tornado(shown: data.Tornado) -> Any:
    """Each lever a bar from the net a year at −10% to +10%, around today's (a line),
    the widest on top; the −10% side blue, the +10% side orange (hatched), values at the
    ends."""
    from matplotlib.patches import Patch

    figure, (axis,) = new_figure(scale=False)
    figure.subplots_adjust(left=0.3, right=0.9, top=0.8, bottom=0.12)
    today = float(shown.today)
    count = len(shown.bars)
    unit = compact_unit(
        shown.today, *(v for bar in shown.bars for v in (bar.net_low, bar.net_high))
    )
    extents = [today]
    for row, bar in enumerate(shown.bars):
        extents += _lever(axis, bar, count - 1 - row, today, unit)
    axis.axvline(today, color=BLACK, linewidth=0.9, zorder=3)
    axis.text(
        today,
        -0.02,
        f"today {compact_money(shown.today, unit)}",
        transform=axis.get_xaxis_transform(),
        ha="center",
        va="top",
        fontsize=TICK_PT,
    )
    top_legend(
        axis,
        handles=[
            Patch(color=BLUE, label="input −10%"),
            Patch(facecolor=ORANGE, hatch="//", edgecolor="white", label="input +10%"),
        ],
    )
    spread = (max(extents) - min(extents)) or abs(today) or 1.0
    axis.set_xlim(min(extents) - spread * 0.3, max(extents) + spread * 0.3)
    axis.set_ylim(-0.6, max(count, 1) - 0.4)
    bare_axes(axis)
    put_title(axis, shown.title)
    return figure


def _lever(axis: Any, bar: data.TornadoBar, y: int, today: float, unit: Decimal) -> list[float]:
    """One lever's two half-bars, its values at the ends and its name; the ends drawn."""
    for net, colour, hatch in ((bar.net_low, BLUE, None), (bar.net_high, ORANGE, "//")):
        axis.barh(
            y,
            float(net) - today,
            left=today,
            height=0.6,
            color=colour,
            hatch=hatch,
            edgecolor="white",
            zorder=2,
        )
    low, high = sorted((float(bar.net_low), float(bar.net_high)))
    for end, text, ha in (
        (low, compact_money(Decimal(str(round(low))), unit) + " ", "right"),
        (high, " " + compact_money(Decimal(str(round(high))), unit), "left"),
    ):
        axis.text(end, y, text, ha=ha, va="center", fontsize=TICK_PT)
    axis.text(
        -0.01,
        y,
        bar.label,
        transform=axis.get_yaxis_transform(),
        ha="right",
        va="center",
        fontsize=LABEL_PT,
    )
    return [float(bar.net_low), float(bar.net_high)]
