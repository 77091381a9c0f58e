"""Putting answers into Slack through the Web API: a threaded reply and its chart.

The chart is uploaded after the answer, into the same thread, with the token that posted
the answer (python-slack-sdk #1658: uploading without a channel and sharing later has
failed), as a file of its own rather than an image block referencing it (#1521: such a
block can fail until Slack has processed the file). Every call runs after the request was
acknowledged: a slow upload never holds an ack. A failed upload leaves the answer as it is
and is logged once.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackRequestError

from bot.service import Outcome
from bot.slack.blocks import message
from bot.slack.runtime import Answered

log = logging.getLogger("roibot")

Deliver = Callable[[WebClient, str, str | None, Answered], None]


def api_error(error: SlackApiError) -> str:
    """The error Slack's Web API named (`expired_trigger_id`), or "an error"."""
    return str(error.response.get("error") or "an error")


def _why(error: Exception) -> str:
    response = getattr(error, "response", None)
    status = getattr(response, "status_code", None)
    if isinstance(status, int) and status >= 300:  # the body is a proxy's page, not Slack's
        return f"HTTP {status}"
    data = getattr(response, "data", None)
    if isinstance(data, dict) and data.get("error"):
        return str(data["error"])
    return type(error).__name__


def upload_chart(
    client: WebClient, channel: str, thread_ts: str | None, outcome: Outcome | None
) -> bool:
    """Upload the answer's chart into `channel` (in `thread_ts`'s thread); True if it is
    there. Answers without a chart, and failures, leave the thread as it is."""
    if outcome is None:
        return False
    from bot.charts import CHART_PROCESS

    try:
        chart = CHART_PROCESS.chart_for(outcome)
    except Exception:  # a chart is extra: a drawing bug must not take the answer with it
        log.exception("chart drawing failed")
        return False
    if chart is None:
        return False
    try:
        client.files_upload_v2(
            channel=channel,
            thread_ts=thread_ts,
            file=chart.png,
            filename=chart.filename,
            title=chart.title,
            alt_txt=chart.alt,
        )
    except (SlackApiError, SlackRequestError, OSError) as error:
        log.warning("chart upload failed: %s", _why(error))
        return False
    return True


class ChartQueue:
    """Charts drawn and uploaded after their answers, off the listener's thread: the chart
    process draws one at a time (40 ms each), and an answer waiting for the chart before
    it took that long to start whenever mentions came faster than charts. At most
    MOST_WAITING wait; past that a chart is left out (logged), never an answer."""

    MOST_WAITING = 64

    def __init__(self) -> None:
        self._pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="roibot-upload")
        self._waiting = 0
        self._lock = threading.Lock()

    def add(
        self, client: WebClient, channel: str, thread_ts: str | None, outcome: Outcome | None
    ) -> Future[bool] | None:
        """Draw and upload `outcome`'s chart later; None when it is left out."""
        if outcome is None:
            return None
        with self._lock:
            if self._waiting >= self.MOST_WAITING:
                log.warning("chart left out: %s charts already waiting", self._waiting)
                return None
            self._waiting += 1
        return self._pool.submit(self._upload, client, channel, thread_ts, outcome)

    def _upload(
        self, client: WebClient, channel: str, thread_ts: str | None, outcome: Outcome
    ) -> bool:
        try:
            return upload_chart(client, channel, thread_ts, outcome)
        finally:
            with self._lock:
                self._waiting -= 1


CHARTS = ChartQueue()


def post_in_thread(
    client: WebClient, channel: str, thread_ts: str | None, answered: Answered
) -> None:
    """Post the answer in the thread (or the DM); its chart follows under it."""
    client.chat_postMessage(channel=channel, thread_ts=thread_ts, **message(answered.doc))
    CHARTS.add(client, channel, thread_ts, answered.outcome)


def post_shared(
    client: WebClient, channel: str, posted: dict[str, Any], outcome: Outcome | None
) -> bool:
    """Post a shared answer as a real message of the bot's in `channel`, its chart in its
    thread; False when the bot cannot post there (a private channel it is not in)."""
    try:
        response = client.chat_postMessage(
            channel=channel, text=posted["text"], blocks=posted["blocks"]
        )
    except SlackApiError as error:
        log.info("shared through the response_url: chat.postMessage said %s", _why(error))
        return False
    except (SlackRequestError, OSError) as error:
        # No answer in time: Slack may have posted it all the same, and falling back to
        # the response_url could show the answer twice. Pressing Share again is cheap.
        log.warning("share not confirmed: chat.postMessage failed: %s", _why(error))
        return True
    CHARTS.add(client, channel, str(response.get("ts") or ""), outcome)
    return True
