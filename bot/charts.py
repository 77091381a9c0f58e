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
import io
import multiprocessing
import os
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

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
from calc.formatting import compact_money, compact_unit

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


@dataclass(frozen=True)
class Chart:
    """A drawn chart: the PNG, what it is called, and its alt text."""

    png: bytes
    filename: str
    title: str
    alt: str
    kind: str  # "bridge", "sweep", "compare"


def _figure(*, scale: bool = True, legend: bool = False) -> tuple[Any, list[Any]]:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(WIDTH_IN, HEIGHT_IN), dpi=DPI)
    FigureCanvasAgg(figure)
    # Fixed margins: a layout engine would draw the figure twice to measure it.
    figure.subplots_adjust(
        left=0.12 if scale else 0.03, right=0.98, top=0.8 if scale or legend else 0.86, bottom=0.2
    )
    return figure, [figure.add_subplot()]


def _title(axis: Any, text: str) -> None:
    # Figure text, not the axes title: matplotlib places an axes title by measuring the
    # whole axes on every draw.
    axis.figure.text(0.012, 0.975, _wrapped(text), fontsize=TITLE_PT, va="top", ha="left")


def _labelled_bars(axis: Any, low: float, high: float, names: list[str]) -> None:
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


def _value_label(axis: Any, x: float, y: float, text: str, above: bool, bold: bool = False) -> None:
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


def _wrapped(text: str, width: int = 58) -> str:
    """A title on at most two lines, never broken inside a range ("from 6,000 to 14,000"
    stays on one line)."""
    import re
    import textwrap

    kept = re.sub(r"from (\S+) to (\S+)", lambda m: m.group(0).replace(" ", "\u00a0"), text)
    lines = textwrap.wrap(kept, width, break_on_hyphens=False) or [kept]
    return "\n".join(lines).replace("\u00a0", " ")


def _clipped(text: str, most: int = 110) -> str:
    """A footnote on one line."""
    return text if len(text) <= most else text[: most - 1] + "…"


def _band(
    axis: Any,
    values: list[float],
    *,
    money: bool,
    band: tuple[float, float] = (0, 1),
    headroom: float = 0.0,
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
    bottom_at, top_at = band
    into_band = (
        Affine2D()
        .translate(0, -low)
        .scale(1, (top_at - bottom_at) / (top - low))
        .translate(0, bottom_at)
    )
    placed = blended_transform_factory(axis.transData, into_band + axis.transAxes)
    left = blended_transform_factory(axis.transAxes, into_band + axis.transAxes)
    _lines(axis, [((0, low), (0, top))], left, color=BLACK, linewidth=0.8, clip_on=False)
    _lines(
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
        _lines(axis, [((0, 0), (1, 0))], left, color=BLACK, linewidth=0.9, zorder=3)
    return placed


def _lines(
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


def _x_labels(axis: Any, x: list[float], labels: tuple[str, ...], title: str) -> None:
    """The swept values under the bottom panel (at most seven, at a regular stride: uneven
    gaps read as uneven values) and the swept key's name under them."""
    axis.set_xticks([])
    pad = (x[-1] - x[0]) * 0.03 or 1.0
    axis.set_xlim(x[0] - pad, x[-1] + pad)
    under = axis.get_xaxis_transform()  # x in data, y in axes fraction
    for index in _ticks(len(x)):
        axis.text(
            x[index], -0.05, labels[index], transform=under, ha="center", va="top", fontsize=TICK_PT
        )
    box = axis.get_position()
    axis.figure.text(
        (box.x0 + box.x1) / 2, 0.06, title, ha="center", va="bottom", fontsize=LABEL_PT
    )


def _png(figure: Any) -> bytes:
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


def _signed(amount: Decimal) -> str:
    text = compact_money(abs(amount))
    return text if amount == 0 else ("+" if amount > 0 else "−") + text


def draw_bridge(bridge: data.Bridge) -> Any:
    """The waterfall of net margin per day (a matplotlib Figure)."""
    figure, (axis,) = _figure(scale=False)
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
            text = _signed(step.amount)
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
        _value_label(axis, index, float(bottom + height), text, height >= 0, step.total)
        if index + 1 < len(bridge.steps):  # a connector to the next bar's start
            axis.plot(
                [index + 0.31, index + 0.69],
                [float(running)] * 2,
                color=GREY,
                linewidth=0.7,
                zorder=1,
            )
        labels.append(step.label.replace(" ", "\n", 1) if len(step.label) > 12 else step.label)
    _title(axis, bridge.title)
    _labelled_bars(axis, min(extents), max(extents), labels)
    return figure


def draw_sweep(series: data.SweepSeries) -> Any:
    """Both columns' net margin per year across the sweep, break-even points marked; agents
    in a band below when staffed."""
    staffed = series.agents is not None
    figure, (axis,) = _figure()
    axis.set_yticks([])
    axis.set_ylim(0, 1)
    for side in ("top", "right", "left"):
        axis.spines[side].set_visible(False)
    x = [float(value) for value in series.x]
    money = _band(
        axis,
        [float(v) for v in series.service + series.sales],
        money=True,
        band=(0.3, 1.0) if staffed else (0.0, 1.0),
        headroom=0.18 * len(series.crossings),
    )  # room for the break-even labels
    axis.plot(
        x,
        [float(v) for v in series.service],
        color=BLUE,
        linestyle="--",
        linewidth=1.6,
        marker="o",
        markersize=2.5,
        label="Service only",
        zorder=3,
        transform=money,
    )
    axis.plot(
        x,
        [float(v) for v in series.sales],
        color=ORANGE,
        linewidth=2.2,
        marker="o",
        markersize=2.5,
        label="Sales through service",
        zorder=3,
        transform=money,
    )
    _end_labels(axis, x, series, money)
    for number, crossing in enumerate(series.crossings):
        colour = ORANGE if crossing.column == "sales" else BLUE
        at = float(crossing.at)
        axis.plot(
            [at, at],
            [0.3 if staffed else 0.0, 1.0],
            color=colour,
            linestyle=":",
            linewidth=1.2,
            zorder=2,
            transform=axis.get_xaxis_transform(),
        )
        axis.plot([at], [0], marker="o", markersize=5, color=colour, zorder=5, transform=money)
        # Stacked in the top left corner: the label names the value, the dotted line and
        # the dot show where it is (beside the line, a label ran off the chart's edge).
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
    _title(axis, series.title)
    # Above the plot, under the title: never on top of a line or a label.
    axis.legend(
        fontsize=LABEL_PT,
        frameon=False,
        loc="lower right",
        ncols=2,
        bbox_to_anchor=(1.0, 1.0),
        borderaxespad=0.1,
    )
    if staffed and series.agents is not None:
        agents = _band(
            axis, [float(a) for a in series.agents], money=False, band=(0.0, 0.22), bins=2
        )
        axis.step(x, list(series.agents), where="mid", color=GREY, linewidth=1.6, transform=agents)
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
    _x_labels(axis, x, series.x_labels, series.key.title)
    return figure


def _end_labels(axis: Any, x: list[float], series: data.SweepSeries, placed: Any) -> None:
    """Each line's first and last values written beside it, in one unit: a line near $0
    on a scale of millions is read as its figure, never as break-even."""
    from matplotlib.transforms import offset_copy

    unit = compact_unit(*series.service, *series.sales)
    for values, colour in ((series.sales, ORANGE), (series.service, BLUE)):
        for index, ha in ((0, "left"), (-1, "right")):
            shifted = offset_copy(placed, fig=axis.figure, y=5, units="points")
            axis.text(
                x[index],
                float(values[index]),
                compact_money(values[index], unit),
                transform=shifted,
                ha=ha,
                va="bottom",
                fontsize=TICK_PT,
                color=colour,
                zorder=6,
            )


def _ticks(count: int, most: int = 7) -> list[int]:
    """At most `most` tick positions at a regular stride from the first (uneven gaps read
    as uneven values)."""
    stride = max(1, -(-(count - 1) // (most - 1)))
    return list(range(0, count, stride))


def draw_comparison(bars: data.ComparisonBars) -> Any:
    """Two scenarios' net margin per year, side by side per column."""
    figure, (axis,) = _figure(scale=False, legend=True)
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
            _value_label(
                axis,
                bar.get_x() + bar.get_width() / 2,
                float(value),
                compact_money(value, unit),
                value >= 0,
            )
    _title(axis, bars.title)
    axis.legend(
        fontsize=LABEL_PT,
        frameon=False,
        loc="lower right",
        ncols=2,
        bbox_to_anchor=(1.0, 1.0),
        borderaxespad=0.1,
    )
    _labelled_bars(axis, min(extents), max(extents), [pair.label for pair in bars.pairs])
    return figure


def draw_tornado(shown: data.Tornado) -> Any:
    """Each lever a bar from the net a year at −10% to +10%, around today's (a line),
    the widest on top; the −10% side blue, the +10% side orange (hatched), values at the
    ends."""
    figure, (axis,) = _figure(scale=False)
    figure.subplots_adjust(left=0.3, right=0.9, top=0.8, bottom=0.12)
    today = float(shown.today)
    count = len(shown.bars)
    extents = [today]
    unit = compact_unit(
        shown.today, *(v for bar in shown.bars for v in (bar.net_low, bar.net_high))
    )
    for row, bar in enumerate(shown.bars):
        y = count - 1 - row
        for net, colour, hatch in ((bar.net_low, BLUE, None), (bar.net_high, ORANGE, "//")):
            value = float(net)
            axis.barh(
                y,
                value - today,
                left=today,
                height=0.6,
                color=colour,
                hatch=hatch,
                edgecolor="white",
                zorder=2,
            )
            extents.append(value)
        low, high = sorted((float(bar.net_low), float(bar.net_high)))
        axis.text(
            low,
            y,
            compact_money(Decimal(str(round(low))), unit) + " ",
            ha="right",
            va="center",
            fontsize=TICK_PT,
        )
        axis.text(
            high,
            y,
            " " + compact_money(Decimal(str(round(high))), unit),
            ha="left",
            va="center",
            fontsize=TICK_PT,
        )
        axis.text(
            -0.01,
            y,
            bar.label,
            transform=axis.get_yaxis_transform(),
            ha="right",
            va="center",
            fontsize=LABEL_PT,
        )
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
    from matplotlib.patches import Patch

    axis.legend(
        handles=[
            Patch(color=BLUE, label="input −10%"),
            Patch(facecolor=ORANGE, hatch="//", edgecolor="white", label="input +10%"),
        ],
        fontsize=LABEL_PT,
        frameon=False,
        loc="lower right",
        ncols=2,
        bbox_to_anchor=(1.0, 1.0),
        borderaxespad=0.1,
    )
    spread = (max(extents) - min(extents)) or abs(today) or 1.0
    axis.set_xlim(min(extents) - spread * 0.3, max(extents) + spread * 0.3)
    axis.set_ylim(-0.6, max(count, 1) - 0.4)
    axis.set_xticks([])
    axis.set_yticks([])
    for side in ("top", "right", "left", "bottom"):
        axis.spines[side].set_visible(False)
    _title(axis, shown.title)
    return figure


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
            _clipped(shown.footnote),
            fontsize=TICK_PT - 1.5,
            color="#555555",
            ha="left",
            va="bottom",
        )
    png = _png(figure)
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


class ChartProcess:
    """Charts drawn in a process of their own, for a server: 40 ms of drawing holds the
    GIL, and in the worker it held up the next mention's answer by as much (p50 3 ms
    without a chart drawing beside it, 54 ms with); matplotlib and numpy (60 MB) stay out
    of the worker too. Started on the first chart (spawned, not forked: the worker has
    threads), replaced if it dies, stopped by `close` (the app that owns it calls it)."""

    TIMEOUT_S = 30.0

    def __init__(self) -> None:
        self._pool: ProcessPoolExecutor | None = None
        self._lock = threading.Lock()
        self._closed = False

    def _executor(self) -> ProcessPoolExecutor:
        with self._lock:
            if self._closed:
                raise RuntimeError("the chart process was closed")
            if self._pool is None:
                self._pool = ProcessPoolExecutor(
                    max_workers=1,
                    mp_context=multiprocessing.get_context("spawn"),
                    initializer=_follow_parent,
                    initargs=(os.getpid(),),
                )
            return self._pool

    def chart_for(self, outcome: Outcome) -> Chart | None:
        """The chart of an answer, drawn in the chart process; None for an answer without
        one. Raises what drawing raised (or TimeoutError, or BrokenProcessPool after the
        process died; the next chart starts a new one)."""
        shown = chart_data(outcome)
        if shown is None:
            return None
        pool = self._executor()
        try:
            return pool.submit(render, shown).result(timeout=self.TIMEOUT_S)
        except BrokenProcessPool:
            with self._lock:
                if self._pool is pool:
                    self._pool = None
            raise

    def pid(self) -> int | None:
        """The chart process's id, once it runs (for the benchmarks' memory figures)."""
        processes = getattr(self._pool, "_processes", None) or {}
        return next(iter(processes), None)

    def close(self) -> None:
        """Stop the chart process (a chart being drawn is abandoned)."""
        with self._lock:
            self._closed = True
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)


def _follow_parent(parent: int) -> None:
    """In the chart process: exit when the process that started it is gone (a worker
    killed, or stopped while a chart was still being asked for), so that none is left
    behind holding memory."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(0)

    threading.Thread(target=watch, name="roibot-parent-watch", daemon=True).start()
