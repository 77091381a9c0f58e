"""Charts: the figures drawn are the model's numbers (bar by bar, line by line, the
break-even marker where the model puts it), valid PNGs of the stated size with alt text in
words, and delivered the way Slack takes files."""

from __future__ import annotations

import json
import logging
import struct
import subprocess
import sys
import time
from decimal import Decimal as D
from decimal import localcontext
from pathlib import Path

import pytest

from bot import charts
from bot.buttons import SHARE_ACTION
from bot.charts.bridge import draw_bridge
from bot.charts.compare import draw_comparison
from bot.charts.sweep import draw_sweep
from bot.service import Caller, Service
from calc import charts as data
from calc.commands import parse_command
from calc.formatting import money
from calc.model import CONTEXT
from tests.bot.test_events import answers, event_body, send_event

SERVICE = Service(None)
CALLER = Caller("T", "U")


def outcome(text: str):
    return SERVICE.execute(parse_command(text), CALLER)


def png_size(png: bytes) -> tuple[int, int]:
    assert png[:8] == b"\x89PNG\r\n\x1a\n", "a PNG file"
    width, height = struct.unpack(">II", png[16:24])
    return width, height


@pytest.mark.parametrize(
    "text",
    [
        "calls=9000 aht+10%",
        "calls=9000 hours=12 wage=$22 aht+10%",
        "uplift=6% cancel=15% fee=$5 paid=10%",
        "cost=$3.10 aht+20%",
    ],
)
def test_bridge_bars_are_the_models_numbers(text):
    """The waterfall's totals are the two columns' net margin per day, its steps add up to
    them exactly, and each bar drawn spans exactly its step."""
    result = outcome(text).result
    bridge = data.bridge(result)
    steps = bridge.steps
    assert steps[0].amount == result.service.net_margin_per_day
    assert steps[-1].amount == result.sales.net_margin_per_day
    with localcontext(CONTEXT):
        closing = steps[0].amount + sum(s.amount for s in steps[1:-1]) - steps[-1].amount
    assert abs(closing) < D("1e-20"), "the steps add up to the end, far below a cent"
    cost = next(s for s in steps if s.label.startswith("Extra"))
    assert -cost.amount == result.sales.service_cost_per_day - result.service.service_cost_per_day
    figure = draw_bridge(bridge)
    bars = [bar for container in figure.axes[0].containers for bar in container]
    assert len(bars) == len(steps)
    running = D(0)
    for bar, step in zip(bars, steps, strict=True):
        bottom = D(0) if step.total else running
        running = step.amount if step.total else running + step.amount
        low, high = sorted([float(bottom), float(bottom + step.amount)])
        drawn = bar.get_bbox()  # a falling bar has a negative height: compare extents
        assert drawn.ymin == pytest.approx(low, rel=1e-9, abs=1e-6)
        assert drawn.ymax == pytest.approx(high, rel=1e-9, abs=1e-6)


def test_bridge_png_size_and_alt_text():
    """Fig. 2's bridge: 1200 × 675 pixels, and alt text with every figure in words."""
    chart = charts.chart_for(outcome("calls=9000 aht+10%"))
    assert chart is not None and chart.kind == "bridge"
    assert png_size(chart.png) == (1200, 675)
    assert chart.alt == (
        "Net margin per day, service only: $(16,200); margin from extra "
        "sales: +$25,200; extra service cost: -$2,250; sales through service: "
        "$6,750. Cost center → profit center."
    )


def test_staffed_bridge_names_staffing_cost():
    """With a wage, the cost step is the extra staffing cost, the table's difference in
    service cost per day."""
    answer = outcome("calls=9000 hours=12 wage=$22 aht+10%")
    chart = charts.chart_for(answer)
    difference = (
        answer.result.sales.service_cost_per_day - answer.result.service.service_cost_per_day
    )
    assert f"extra staffing cost: -{money(difference)}" in chart.alt
    assert "extra staffing cost: -$6,034" in chart.alt


def test_sweep_crossing_break_even_is_marked_at_the_models_value():
    """`sweep uplift=2%..10%/1%`: both lines are the columns' net margin per year, and the
    marker stands at the model's break-even uplift (5.857…%), labelled."""
    sweep = outcome("sweep uplift=2%..10%/1%")
    series = data.sweep_series(sweep.key, sweep.rows)
    assert [c.column for c in series.crossings] == ["sales"]
    crossing = series.crossings[0]
    assert crossing.exact and crossing.at == sweep.rows[0][1].breakeven.uplift
    assert crossing.label == "With selling breaks even at 5.86%"
    figure = draw_sweep(series)
    axis = figure.axes[0]
    service_line, sales_line = axis.lines[0], axis.lines[1]
    assert list(sales_line.get_ydata()) == [
        float(r.sales.net_margin_per_year) for _, r in sweep.rows
    ]
    assert list(service_line.get_ydata()) == [
        float(r.service.net_margin_per_year) for _, r in sweep.rows
    ]
    markers = [line for line in axis.lines if list(line.get_xdata()) == [float(crossing.at)] * 2]
    assert markers, "a vertical marker at the break-even uplift"
    chart = charts.chart_for(sweep)
    assert png_size(chart.png) == (1200, 675)
    assert "With selling breaks even at 5.86%" in chart.alt and "$(4.4M) to $4.8M" in chart.alt


def test_sweep_not_crossing_says_so_and_staffing_adds_agents():
    """A staffed sweep that never crosses: no marker, the alt text says so, and a band
    under the money shows the agents with selling, one step per row."""
    sweep = outcome("sweep aht=0..30%/5% wage=$22 hours=12")
    series = data.sweep_series(sweep.key, sweep.rows)
    assert series.crossings == ()
    assert series.agents == tuple(r.staffing.sales.agents for _, r in sweep.rows)
    figure = draw_sweep(series)
    (axis,) = figure.axes
    steps = [line for line in axis.lines if line.get_drawstyle() == "steps-mid"]
    assert [list(line.get_ydata()) for line in steps] == [list(series.agents)]
    assert list(steps[0].get_xdata()) == [float(value) for value in series.x]
    chart = charts.chart_for(sweep)
    assert "Neither column crosses break-even in this range." in chart.alt
    assert f"Agents with selling: {series.agents[0]} to {series.agents[-1]}." in chart.alt


def test_sweep_interpolates_where_there_is_no_closed_form():
    """Sweeping conversion: the service column crosses between two rows; the marker is the
    straight-line point between them, labelled "about"."""
    sweep = outcome("sweep conv=1%..12%/1% uplift=3%")
    series = data.sweep_series(sweep.key, sweep.rows)
    service = next(c for c in series.crossings if c.column == "service")
    assert not service.exact and D("0.07") < service.at < D("0.08")
    assert service.label.startswith("Service only breaks even at about 7.14")


def test_comparison_bars_are_both_scenarios():
    """`compare`: two bars per column, the scenarios' net margin per year."""
    compared = outcome("compare reference fig2 uplift=6%")
    bars = data.comparison(
        compared.first.source, compared.first.result, compared.second.source, compared.second.result
    )
    figure = draw_comparison(bars)
    heights = [
        round(bar.get_height(), 2) for container in figure.axes[0].containers for bar in container
    ]
    a, b = compared.first.result, compared.second.result
    assert heights == [
        round(float(v), 2)
        for v in (
            a.service.net_margin_per_year,
            a.sales.net_margin_per_year,
            b.service.net_margin_per_year,
            b.sales.net_margin_per_year,
        )
    ]
    chart = charts.chart_for(compared)
    assert png_size(chart.png) == (1200, 675) and "with selling:" in chart.alt


def test_answers_without_a_chart():
    """Lists, help and histories have no chart."""
    assert charts.chart_for(outcome("help")) is None


# -- delivery ---------------------------------------------------------------------------


def test_a_mentions_answer_is_followed_by_its_chart_in_the_thread(client, slack):
    """After the answer in the thread, one upload into the same thread, with alt text."""
    root = "1700000700.000100"
    send_event(client, event_body("<@UBOT> what if AHT goes up 15%?", ts=root))
    answers(slack, 1)
    (done,) = slack.wait_for("/api/files.completeUploadExternal")
    assert done["channel_id"] == "C0001" and done["thread_ts"] == root
    (asked,) = slack.posted("/api/files.getUploadURLExternal")
    assert asked["alt_txt"].startswith("Net margin per day, service only: $(16,200)")
    (png,) = slack.uploads.values()
    assert png_size(png) == (1200, 675)
    order = [
        p
        for p in slack.paths()
        if p.startswith(("/api/chat.postMessage", "/api/files.completeUpload"))
    ]
    assert order == ["/api/chat.postMessage", "/api/files.completeUploadExternal"]


def test_share_posts_a_message_then_its_chart(client, slack):
    """Share in channel where roibot can post: a real message, then the chart in its
    thread; nothing through the response_url."""
    reply = client.roi("calls=9000 aht+10%")
    value = reply["blocks"][-1]["elements"][0]["value"]
    client.action(SHARE_ACTION, value, user="U0042")
    (posted,) = slack.wait_for("/api/chat.postMessage")
    assert posted["channel"] == "C0001"
    assert posted["blocks"][-1]["elements"][0]["text"] == "Shared by <@U0042>"
    (done,) = slack.wait_for("/api/files.completeUploadExternal")
    assert done["thread_ts"] == "1700000000.000001"
    assert slack.posted("/hooks/") == []


def test_share_where_roibot_is_not_in_the_channel(client, slack):
    """A private channel roibot is not in: shared through the response_url, without a
    chart, saying how to get charts there."""
    slack.not_in.add("C0001")
    reply = client.roi("calls=9000 aht+10%")
    client.action(SHARE_ACTION, reply["blocks"][-1]["elements"][0]["value"])
    (shared,) = slack.wait_for("/hooks/")
    assert shared["response_type"] == "in_channel"
    assert "/invite @roibot" in shared["blocks"][-1]["elements"][0]["text"]
    client.app.runtime.drain()
    assert slack.posted("/api/files.") == []


def test_share_without_an_answer_in_time_is_not_posted_twice(client, slack, caplog):
    """chat.postMessage does not answer within the bot's budget: Slack may have posted it,
    so nothing goes through the response_url; one log line says so."""
    caplog.set_level(logging.WARNING)
    slack.delay_paths["/api/chat.postMessage"] = 3
    reply = client.roi("calls=9000 aht+10%")
    client.action(SHARE_ACTION, reply["blocks"][-1]["elements"][0]["value"])
    client.app.runtime.drain()  # the share and anything it queued
    assert [r.getMessage() for r in caplog.records] == [
        "share not confirmed: chat.postMessage failed: TimeoutError"
    ]
    assert slack.posted("/hooks/") == [] and slack.posted("/api/files.") == []


def test_a_failed_upload_leaves_the_answer_and_logs_once(client, slack, caplog):
    """The upload fails (500): the text answer stands, one log line says so."""
    caplog.set_level(logging.WARNING)
    slack.fail_paths["/api/files.getUploadURLExternal"] = 500
    send_event(client, event_body("<@UBOT> what if AHT goes up 15%?"))
    (message,) = answers(slack, 1)
    assert message["blocks"][0]["text"]["text"].startswith("Cost center")
    client.app.runtime.drain()
    assert [r.getMessage() for r in caplog.records if "chart" in r.getMessage()] == [
        "chart upload failed: HTTP 500"
    ]


# -- the terminal -----------------------------------------------------------------------


def test_roi_chart_writes_a_png(tmp_path, monkeypatch):
    """`roi --chart FILE calls=9000 aht+10%` writes the bridge and prints the answer."""
    import io

    from bot.terminal.cli import run

    monkeypatch.chdir(tmp_path)
    out = io.StringIO()
    assert run(["--chart", "bridge.png", "calls=9000", "aht+10%"], out, io.StringIO(), env={}) == 0
    assert "Cost center → Profit center" in out.getvalue()
    assert png_size((tmp_path / "bridge.png").read_bytes()) == (1200, 675)
    assert (
        run(
            ["--chart", "sweep.png", "sweep", "uplift=2%..10%/1%"],
            io.StringIO(),
            io.StringIO(),
            env={},
        )
        == 0
    )
    assert png_size((tmp_path / "sweep.png").read_bytes()) == (1200, 675)


def test_console_saves_each_chart(tmp_path):
    """`roi-bot console --charts DIR` saves each answer's chart and prints its path."""
    exe = str(Path(sys.executable).with_name("roi-bot"))
    out = subprocess.run(
        [exe, "console", "--charts", str(tmp_path / "charts")],
        input="/roi calls=9000 aht+10%\nwhat if AHT goes up 15%?\n",
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "ROI_DB": str(tmp_path / "roi.db")},
    )
    assert out.returncode == 0, out.stderr
    saved = [line for line in out.stdout.splitlines() if line.startswith("(chart: ")]
    assert len(saved) == 2
    for line in saved:
        assert png_size(Path(line[8:-1]).read_bytes()) == (1200, 675)


def test_matplotlib_is_loaded_only_to_draw():
    """Answering (CLI or app) never imports matplotlib; drawing a chart does."""
    code = (
        "import sys, io\nfrom bot.terminal.cli import run\n"
        "run(['calls=9000', 'aht+10%'], io.StringIO(), io.StringIO(), env={})\n"
        "run(['what', 'if', 'AHT', 'goes', 'up', '15%'], io.StringIO(), io.StringIO(), "
        "env={})\nimport bot.slack.app\n"
        "print('matplotlib' in sys.modules)\n"
        "from bot.charts import chart_for\nfrom bot.service import Service, Caller\n"
        "from calc.commands import parse_command\n"
        "chart_for(Service(None).execute(parse_command(''), Caller('T', 'U')))\n"
        "print('matplotlib' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "True"]


def test_chart_json_has_no_floats_leaking_into_words():
    """The alt texts say money the reply's way ($(16,200), $4.8M), never a float repr."""
    for text in (
        "calls=9000 aht+10%",
        "sweep uplift=2%..10%/1%",
        "compare reference fig2 uplift=6%",
    ):
        chart = charts.chart_for(outcome(text))
        assert "e+" not in chart.alt and ".0000" not in chart.alt
        json.dumps(chart.alt)


CHART_USER = """
import sys, time
from bot.charts.process import ChartProcess
from bot.service import Caller, Service
from calc.commands import parse_command

if __name__ == "__main__":
    charts = ChartProcess()
    charts.chart_for(Service(None).execute(parse_command(""), Caller("T", "U")))
    print(charts.pid(), flush=True)
    time.sleep(60)
"""


def test_the_chart_process_never_outlives_its_worker(tmp_path):
    """A process that drew a chart in a chart process is killed (SIGKILL, no clean-up):
    the chart process exits by itself within seconds, nothing is left behind."""
    import os
    import signal

    script = tmp_path / "user.py"
    script.write_text(CHART_USER)
    user = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True)
    try:
        child = int(user.stdout.readline())
        os.kill(child, 0)  # it runs
    finally:
        user.send_signal(signal.SIGKILL)
        user.wait()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            os.kill(child, 0)
        except ProcessLookupError:
            return
        time.sleep(0.1)
    pytest.fail(f"chart process {child} outlived its parent")


def test_charts_say_which_what_if_they_show_and_keep_one_unit():
    """A chart seen alone carries a footnote of the inputs that differ from Fig. 2's; a
    comparison names the settings on both and each launch cost, its bars in one unit; a
    title never breaks inside "from … to …"."""
    from bot.charts import chart_data
    from bot.charts.style import wrapped as _wrapped
    from calc.formatting import compact_money, compact_unit

    shown = chart_data(outcome("calls=12000 aht+15%"))
    assert shown.footnote == "What-if: calls=12000 aht_increase=15%"
    assert chart_data(outcome("")).footnote == "Fig. 2's reference values"
    sweep = chart_data(outcome("sweep calls=6000..14000/1000 cost=3.1"))
    assert sweep.footnote == "What-if: cost=3.1"
    compared = chart_data(outcome("compare reference fig2 uplift=6% invest=400k"))
    assert compared.footnote.startswith("Both with: uplift=6% invest=400k")
    assert "launch cost: Fig. 2 reference values $400,000" in compared.footnote
    unit = compact_unit(D("505900"), D("1600000"))
    assert [compact_money(D("505900"), unit), compact_money(D("1600000"), unit)] == [
        "$0.5M",
        "$1.6M",
    ]
    wrapped = _wrapped("Net margin per year as calls per day goes from 6,000 to 14,000")
    assert any(line.endswith("from 6,000 to 14,000") for line in wrapped.splitlines())
    assert all("to 14,000" not in line or "from 6,000" in line for line in wrapped.splitlines())


def test_levers_draw_a_tornado():
    """`levers` draws a tornado: a PNG of the usual size, its alt text naming each lever
    with its figures at −10% and +10%."""
    chart = charts.chart_for(outcome("levers"))
    assert chart is not None and chart.kind == "levers"
    assert chart.png.startswith(b"\x89PNG")
    assert "Margin per sale: $1.3M at $31.50, $3.6M at $38.50" in chart.alt
