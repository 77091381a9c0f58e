"""A mention answered end to end through `roi-bot serve`: the signed event in, until the
answer's chat.postMessage reaches the local fake of Slack's Web API (the chart that follows
is not waited for; it is drawn while the next mention is answered)."""

from __future__ import annotations

import http.client
import tempfile
import time

from bench.http_bench import SECRET
from bench.stats import Row, percentile
from bot.web.signing import event_envelope, signed_headers
from tests.servers import running_server

QUESTIONS = (
    "<@UBOT> what if AHT goes up {n}%?",
    "<@UBOT> and with {n}k calls?",
    "<@UBOT> are we a profit center at {n}% uplift?",
)


def run(count: int) -> list[Row]:
    """p50 and p99 of `count` mentions, one at a time, each in a thread of its own."""
    from tests.bot.fake_slack import FakeSlack

    with tempfile.TemporaryDirectory() as folder, FakeSlack() as slack:
        env = {
            "SLACK_SIGNING_SECRET": SECRET,
            "SLACK_BOT_TOKEN": "xoxb-bench",
            "ROI_DB": f"{folder}/bench.db",
            "SLACK_API_URL": slack.api_url,
        }
        with running_server(env) as (base, _):
            host, port = base.removeprefix("http://").split(":")
            conn = http.client.HTTPConnection(host, int(port), timeout=30)
            times = []
            for n in range(count + 5):  # the first five warm the workers up
                text = QUESTIONS[n % 3].format(n=2 + n % 20)
                event = {
                    "type": "app_mention",
                    "channel": "C0001",
                    "user": "U0001",
                    "text": text,
                    "ts": f"1700002{n:03d}.000100",
                    "team": "T0001",
                }
                body = event_envelope(event, team="T0001", event_id=f"EvMention{n:06d}")
                headers = {**signed_headers(SECRET, body), "content-type": "application/json"}
                before = len(slack.posted("/api/chat.postMessage"))
                start = time.perf_counter()
                conn.request("POST", "/slack/events", body=body, headers=headers)
                conn.getresponse().read()
                posted = float(slack.arrival("/api/chat.postMessage", before + 1)["at"])
                if n >= 5:
                    times.append(posted - start)
            conn.close()
    return [
        Row(
            "mention",
            "mention → answer posted (event in, chat.postMessage out)",
            percentile(times, 0.5) * 1e3,
            percentile(times, 0.99) * 1e3,
            "ms",
            target="p50 ≤ 5, p99 ≤ 20",
            met=percentile(times, 0.5) <= 0.005 and percentile(times, 0.99) <= 0.020,
        )
    ]
