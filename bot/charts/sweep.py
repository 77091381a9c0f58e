"""A sweep: both columns' net margin a year across the range, break-even points marked,
agents in a band below when staffed."""

from __future__ import annotations

from typing import Any

from bot.charts.style import (
    BLUE,
    GREY,
    LABEL_PT,
    ORANGE,
    TICK_PT,
    new_figure,
    put_title,
    top_legend,
    value_band,
    x_labels,
)
from calc import charts as data
from calc.formatting import compact_money, compact_unit


def draw_sweep(series: data.SweepSeries) -> Any:
    """Both columns' net margin per year across the sweep, break-even points marked; agents
    in a band below when staffed."""
    staffed = series.agents is not None
    figure, (axis,) = new_figure()
    axis.set_yticks([])
    axis.set_ylim(0, 1)
    for side in ("top", "right", "left"):
        axis.spines[side].set_visible(False)
    x = [float(value) for value in series.x]
    money = value_band(
        axis,
        [float(v) for v in series.service + series.sales],
        money=True,
        band=(0.3, 1.0) if staffed else (0.0, 1.0),
        headroom=0.12 + 0.18 * len(series.crossings),  # room for the end and break-even labels
        footroom=0.2,  # and for the lower line's end labels
    )
    _columns(axis, x, series, money)
    _end_labels(axis, x, series, money)
    _crossings(axis, series, money, bottom=0.3 if staffed else 0.0)
    put_title(axis, series.title)
    top_legend(axis)
    if series.agents is not None:
        _agents(axis, x, series.agents)
    x_labels(axis, x, series.x_labels, series.key.title)
    return figure


def _columns(axis: Any, x: list[float], series: data.SweepSeries, placed: Any) -> None:
    """The two lines: service only dashed, with selling solid."""
    for values, colour, style, width, label in (
        (series.service, BLUE, "--", 1.6, "Service only"),
        (series.sales, ORANGE, "-", 2.2, "Sales through service"),
    ):
        axis.plot(
            x,
            [float(v) for v in values],
            color=colour,
            linestyle=style,
            linewidth=width,
            marker="o",
            markersize=2.5,
            label=label,
            zorder=3,
            transform=placed,
        )


def _crossings(axis: Any, series: data.SweepSeries, placed: Any, bottom: float) -> None:
    """Each break-even point: a dotted line, a dot on $0, and its label stacked in the top
    left corner (beside the line, a label ran off the chart's edge)."""
    for number, crossing in enumerate(series.crossings):
        colour = ORANGE if crossing.column == "sales" else BLUE
        at = float(crossing.at)
        axis.plot(
            [at, at],
            [bottom, 1.0],
            color=colour,
            linestyle=":",
            linewidth=1.2,
            zorder=2,
            transform=axis.get_xaxis_transform(),
        )
        axis.plot([at], [0], marker="o", markersize=5, color=colour, zorder=5, transform=placed)
        axis.text(
            0.015,
            0.97 - 0.11 * number,
            crossing.label,
            transform=axis.transAxes,
            ha="left",
            va="top",
            fontsize=LABEL_PT,
            zorder=6,
            bbox={"boxstyle": "round,pad=0.25", "fc": "white", "ec": colour, "lw": 0.8},
        )


def _agents(axis: Any, x: list[float], agents: tuple[int, ...] | list[int]) -> None:
    """Agents on the phones with selling, a step line in the band below."""
    placed = value_band(axis, [float(a) for a in agents], money=False, band=(0.0, 0.22), bins=2)
    axis.step(x, list(agents), where="mid", color=GREY, linewidth=1.6, transform=placed)
    axis.text(
        0.015,
        0.24,
        "Agents on the phones, with selling",
        transform=axis.transAxes,
        ha="left",
        va="bottom",
        fontsize=TICK_PT,
        color="#555555",
    )


def _end_labels(axis: Any, x: list[float], series: data.SweepSeries, placed: Any) -> None:
    """Each line's first and last values written beside it, in one unit (a line near $0 on
    a scale of millions is read as its figure, never as break-even): at each end the higher
    line's above it, the lower line's below, so two lines that start together stay apart."""
    from matplotlib.transforms import offset_copy

    unit = compact_unit(*series.service, *series.sales)
    for index, ha in ((0, "left"), (-1, "right")):
        higher = series.sales[index] >= series.service[index]
        for values, colour, above in (
            (series.sales, ORANGE, higher),
            (series.service, BLUE, not higher),
        ):
            shifted = offset_copy(placed, fig=axis.figure, y=5 if above else -5, units="points")
            axis.text(
                x[index],
                float(values[index]),
                compact_money(values[index], unit),
                transform=shifted,
                ha=ha,
                va="bottom" if above else "top",
                fontsize=TICK_PT,
                color=colour,
                zorder=6,
            )
