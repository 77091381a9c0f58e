"""The look every chart shares: the canvas, the palette, type sizes, hand-drawn scales
and labels, and the PNG encoding."""

from __future__ import annotations

import io
from decimal import Decimal
from typing import Any

from calc.formatting import compact_money

WIDTH_IN, HEIGHT_IN, DPI = 4.8, 2.7, 250  # 1200 × 675 px
BLUE, ORANGE, GREEN, VERMILLION, GREY, BLACK = (
    "#0072B2",
    "#E69F00",
    "#009E73",
    "#D55E00",
    "#999999",
    "#000000",
)
PALETTE_COLOURS = 64
TITLE_PT, LABEL_PT, TICK_PT = 11, 9, 8.5  # ≥ 9 px high in the 360-pixel thumbnail


def new_figure(*, scale: bool = True, legend: bool = False) -> tuple[Any, list[Any]]:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(WIDTH_IN, HEIGHT_IN), dpi=DPI)
    FigureCanvasAgg(figure)
    # Fixed margins: a layout engine would draw the figure twice to measure it.
    figure.subplots_adjust(
        left=0.12 if scale else 0.03, right=0.98, top=0.8 if scale or legend else 0.86, bottom=0.2
    )
    return figure, [figure.add_subplot()]


def put_title(axis: Any, text: str) -> None:
    # Figure text, not the axes title: matplotlib places an axes title by measuring the
    # whole axes on every draw.
    axis.figure.text(0.012, 0.975, wrapped(text), fontsize=TITLE_PT, va="top", ha="left")


def labelled_bars(axis: Any, low: float, high: float, names: list[str]) -> None:
    """An axis whose bars carry their own values: no y scale (nothing to read twice), just
    the zero line, the bars' names under them, and room for the labels (bars' sticky edges
    would defeat matplotlib's own margins). Names are plain texts, not ticks: a tick is
    four artists, and drawing them was a third of the chart's time."""
    axis.set_xticks([])
    axis.set_yticks([])
    for side in ("top", "right", "left", "bottom"):
        axis.spines[side].set_visible(False)
    axis.axhline(0, color=BLACK, linewidth=0.9, zorder=3)
    low, high = min(low, 0.0), max(high, 0.0)
    room = (high - low) * 0.16 or 1.0
    axis.set_ylim(low - room, high + room)
    axis.set_xlim(-0.55, len(names) - 0.45)
    under = axis.get_xaxis_transform()
    for index, name in enumerate(names):
        axis.text(index, -0.03, name, transform=under, ha="center", va="top", fontsize=TICK_PT)


def value_label(axis: Any, x: float, y: float, text: str, above: bool, bold: bool = False) -> None:
    """A bar's value, just above (or below) its end: a text offset in points, which costs
    less to draw than an annotation."""
    from matplotlib.transforms import offset_copy

    shift = offset_copy(axis.transData, fig=axis.figure, y=3 if above else -3, units="points")
    axis.text(
        x,
        y,
        text,
        transform=shift,
        ha="center",
        va="bottom" if above else "top",
        fontsize=LABEL_PT,
        fontweight="bold" if bold else "normal",
    )


def wrapped(text: str, width: int = 58) -> str:
    """A title on at most two lines, never broken inside a range ("from 6,000 to 14,000"
    stays on one line)."""
    import re
    import textwrap

    kept = re.sub(r"from (\S+) to (\S+)", lambda m: m.group(0).replace(" ", "\u00a0"), text)
    lines = textwrap.wrap(kept, width, break_on_hyphens=False) or [kept]
    return "\n".join(lines).replace("\u00a0", " ")


def clipped(text: str, most: int = 110) -> str:
    """A footnote on one line."""
    return text if len(text) <= most else text[: most - 1] + "…"


def value_band(
    axis: Any,
    values: list[float],
    *,
    money: bool,
    band: tuple[float, float] = (0, 1),
    headroom: float = 0.0,
    footroom: float = 0.0,
    bins: int = 4,
) -> Any:
    """A value scale drawn by hand in a band of the axes' height (the lower fifth holds
    the agents of a staffed sweep, so that one axes serves both panels: an axes is 5 ms to
    build). Limits around the values (and zero, for money: how far a column is from
    break-even is the point), its own left rule, light grid lines and labels as plain
    texts (matplotlib's ticks are four artists each, rebuilt on every draw). Returns the
    transform that places (x in data, value) in the band."""
    from matplotlib.ticker import MaxNLocator
    from matplotlib.transforms import Affine2D, blended_transform_factory

    low, high = min(values), max(values)
    if money:
        low, high = min(low, 0.0), max(high, 0.0)
    pad = (high - low) * 0.06 or abs(high) * 0.1 or 1.0
    low, high = low - pad, high + pad
    ticks = [
        t
        for t in MaxNLocator(nbins=bins, integer=not money).tick_values(low, high)
        if low <= t <= high
    ]
    top = high + (high - low) * headroom
    low -= (high - low) * footroom  # room under the lowest line for its end label
    bottom_at, top_at = band
    into_band = (
        Affine2D()
        .translate(0, -low)
        .scale(1, (top_at - bottom_at) / (top - low))
        .translate(0, bottom_at)
    )
    placed = blended_transform_factory(axis.transData, into_band + axis.transAxes)
    left = blended_transform_factory(axis.transAxes, into_band + axis.transAxes)
    draw_segments(axis, [((0, low), (0, top))], left, color=BLACK, linewidth=0.8, clip_on=False)
    draw_segments(
        axis,
        [((0, t), (1, t)) for t in ticks if not (money and t == 0)],
        left,
        color="#dddddd",
        linewidth=0.5,
        zorder=0,
    )
    for tick in ticks:
        text = compact_money(Decimal(str(round(tick, 2)))) if money else f"{tick:,.0f}"
        axis.text(-0.015, tick, text, transform=left, ha="right", va="center", fontsize=TICK_PT)
    if money:
        draw_segments(axis, [((0, 0), (1, 0))], left, color=BLACK, linewidth=0.9, zorder=3)
    return placed


def draw_segments(
    axis: Any,
    segments: list[tuple[tuple[float, float], tuple[float, float]]],
    transform: Any,
    **style: Any,
) -> None:
    """Straight segments as one artist that leaves the data limits alone (an axhline or a
    plot per segment is an artist each, and each one recomputes the limits)."""
    from matplotlib.collections import LineCollection

    if segments:
        axis.add_collection(LineCollection(segments, transform=transform, **style), autolim=False)


def x_labels(axis: Any, x: list[float], labels: tuple[str, ...], title: str) -> None:
    """The swept values under the bottom panel (at most seven, at a regular stride: uneven
    gaps read as uneven values) and the swept key's name under them."""
    axis.set_xticks([])
    pad = (x[-1] - x[0]) * 0.03 or 1.0
    axis.set_xlim(x[0] - pad, x[-1] + pad)
    under = axis.get_xaxis_transform()  # x in data, y in axes fraction
    for index in tick_positions(len(x)):
        axis.text(
            x[index], -0.05, labels[index], transform=under, ha="center", va="top", fontsize=TICK_PT
        )
    box = axis.get_position()
    axis.figure.text(
        (box.x0 + box.x1) / 2, 0.06, title, ha="center", va="bottom", fontsize=LABEL_PT
    )


def png_of(figure: Any) -> bytes:
    """The figure drawn once (`savefig` would draw it a second time) and written as a PNG
    of 64 colours with light compression: the palette halves both the bytes and the time
    zlib takes, and a chart of flat colours and anti-aliased text needs no more. The
    palette entry nearest white is made white again (the quantizer averages it to
    #fefefe, a faint box on Slack's white)."""
    from PIL import Image

    figure.canvas.draw()
    image = Image.frombuffer(
        "RGBA", figure.canvas.get_width_height(), figure.canvas.buffer_rgba(), "raw", "RGBA", 0, 1
    )
    paletted = image.convert("RGB").quantize(PALETTE_COLOURS, method=Image.Quantize.FASTOCTREE)
    palette = paletted.getpalette() or []
    nearest = max(range(len(palette) // 3), key=lambda i: sum(palette[3 * i : 3 * i + 3]))
    palette[3 * nearest : 3 * nearest + 3] = [255, 255, 255]
    paletted.putpalette(palette)
    buffer = io.BytesIO()
    paletted.save(buffer, format="PNG", compress_level=1)
    return buffer.getvalue()


def signed_label(amount: Decimal) -> str:
    text = compact_money(abs(amount))
    return text if amount == 0 else ("+" if amount > 0 else "−") + text


def tick_positions(count: int, most: int = 7) -> list[int]:
    """At most `most` tick positions at a regular stride from the first (uneven gaps read
    as uneven values)."""
    stride = max(1, -(-(count - 1) // (most - 1)))
    return list(range(0, count, stride))


def top_legend(axis: Any, **options: Any) -> None:
    """The legend above the plot, under the title: never on top of a line or a label."""
    axis.legend(
        fontsize=LABEL_PT,
        frameon=False,
        loc="lower right",
        ncols=2,
        bbox_to_anchor=(1.0, 1.0),
        borderaxespad=0.1,
        **options,
    )


def bare_axes(axis: Any) -> None:
    """No ticks and no frame: the chart's own labels say everything."""
    axis.set_xticks([])
    axis.set_yticks([])
    for side in ("top", "right", "left", "bottom"):
        axis.spines[side].set_visible(False)
