"""Charts: render time per kind once matplotlib is loaded (draw + PNG), its import, and the
serve worker's peak memory after drawing charts for mentions."""

from __future__ import annotations

import subprocess
import sys
import tempfile
import threading

from bench.http_bench import SECRET, process_tree
from bench.stats import Row, sample, summary
from bot.service import Caller, Service
from bot.slack.delivery import Delivery
from bot.web.signing import event_envelope, signed_headers
from calc.commands import parse_command
from tests.servers import running_server

KINDS = (
    ("bridge, Fig. 2", "calls=9000 aht+10%"),
    ("bridge, staffed", "calls=9000 hours=12 wage=$22 aht+10%"),
    ("sweep uplift=2%..10%/1%", "sweep uplift=2%..10%/1%"),
    ("sweep, staffed (two panels)", "sweep aht=0..30%/5% wage=$22 hours=12"),
    ("compare", "compare reference fig2 uplift=6%"),
)


def _import_ms() -> float:
    code = (
        "import time; t = time.perf_counter(); import bot.charts, matplotlib.figure, "
        "matplotlib.backends.backend_agg, PIL.Image; "
        "print((time.perf_counter() - t) * 1e3)"
    )
    runs = [
        float(
            subprocess.run(
                [sys.executable, "-c", code], capture_output=True, text=True, check=True
            ).stdout
        )
        for _ in range(3)
    ]
    return sorted(runs)[1]


def run(repeat: int, mentions: int) -> list[Row]:
    """p50/p99 per chart kind (target ≤ 60 ms p50), and the serve workers' peak RSS after
    `mentions` mentions answered with charts (target ≤ 150 MB a worker)."""
    from bot.charts import chart_for

    service, caller = Service(None), Caller("T", "U")
    rows = []
    for name, text in KINDS:
        outcome = service.execute(parse_command(text), caller)
        size = len(chart_for(outcome).png)  # type: ignore[union-attr]
        median, p99 = summary(sample(lambda o=outcome: chart_for(o), repeat, warmup=3), 1e3)
        rows.append(
            Row(
                "charts",
                f"render {name} ({size // 1024} KB)",
                median,
                p99,
                "ms",
                target="≤ 60 ms p50",
                met=median <= 60,
            )
        )
    imported = _import_ms()
    rows.append(
        Row("charts", "import matplotlib + bot.charts (first chart only)", imported, imported, "ms")
    )
    worker, drawer, tree = _serve_rss(mentions)
    rows.append(
        Row(
            "memory",
            f"max RSS of a serve worker after {mentions} charted mentions",
            worker,
            tree,
            "MB (all processes MB)",
            target="≤ 150 MB",
            met=worker <= 150,
        )
    )
    rows.append(
        Row(
            "memory",
            "max RSS of a worker's chart process (matplotlib loaded)",
            drawer,
            drawer,
            "MB",
        )
    )
    return rows


def _serve_rss(mentions: int) -> tuple[float, float, float]:
    """Mentions sent to `roi-bot serve` (default layout) until each has its chart uploaded
    to the fake Web API; then the peak resident memory of the largest worker, of the
    largest chart process, and of them all."""
    import http.client

    from tests.bot.fake_slack import FakeSlack

    with tempfile.TemporaryDirectory() as folder, FakeSlack() as slack:
        env = {
            "SLACK_SIGNING_SECRET": SECRET,
            "SLACK_BOT_TOKEN": "xoxb-bench",
            "ROI_DB": f"{folder}/bench.db",
            "SLACK_API_URL": slack.api_url,
        }
        with running_server(env) as (base, process):
            host, port = base.removeprefix("http://").split(":")
            texts = (
                "<@UBOT> what if AHT goes up 15%?",
                "<@UBOT> sweep uplift 2% to 10%",
                "<@UBOT> compare reference with fig2",
            )

            def send(numbers: range) -> None:
                conn = http.client.HTTPConnection(host, int(port), timeout=30)
                for n in numbers:
                    event = {
                        "type": "app_mention",
                        "channel": "C0001",
                        "user": "U0001",
                        "text": texts[n % len(texts)],
                        "ts": f"1700001{n:03d}.000100",
                        "team": "T0001",
                    }
                    body = event_envelope(event, team="T0001", event_id=f"EvBench{n:06d}")
                    conn.request(
                        "POST",
                        "/slack/events",
                        body=body,
                        headers={
                            **signed_headers(SECRET, body),
                            "content-type": "application/json",
                        },
                    )
                    conn.getresponse().read()
                conn.close()

            # In batches no larger than the charts a worker lets wait (Delivery.MOST_WAITING):
            # sent all at once, mentions came faster than charts are drawn, the ones past it
            # were left out (as they should be), and the bench waited 300 s for them.
            batch = Delivery.MOST_WAITING // 2
            for first in range(0, mentions, batch):
                last = min(first + batch, mentions)
                senders = [
                    threading.Thread(target=send, args=(range(first + i, last, 4),))
                    for i in range(4)
                ]
                for thread in senders:
                    thread.start()
                for thread in senders:
                    thread.join()
                slack.arrival("/api/files.completeUploadExternal", last, timeout_s=120)
            tree = process_tree(process.pid)
    drawers = [mb for _, command, mb in tree if "multiprocessing" in command]
    workers = [mb for _, command, mb in tree if "multiprocessing" not in command]
    return max(workers), max(drawers, default=0.0), sum(mb for _, _, mb in tree)
