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
from concurrent.futures import Future
from typing import TYPE_CHECKING, Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackRequestError

from bot.service import Outcome

if TYPE_CHECKING:
    from bot.charts import Chart
from bot.logs import LIMITED
from bot.slack.background import Background
from bot.slack.runtime import Answered

log = logging.getLogger("roibot")

#: Posts a threaded answer: (client, channel, thread_ts, answer).
Deliver = Callable[[WebClient, str, "str | None", Answered], None]


def api_error(error: SlackApiError) -> str:
    """The error Slack's Web API named (`expired_trigger_id`), or "an error"."""
    return str(error.response.get("error") or "an error")


def why(error: Exception) -> str:
    """What a failed Web API call says, in a few words (never a proxy's HTML page)."""
    response = getattr(error, "response", None)
    status = getattr(response, "status_code", None)
    if isinstance(status, int) and status >= 300:  # the body is a proxy's page, not Slack's
        return f"HTTP {status}"
    data = getattr(response, "data", None)
    if isinstance(data, dict) and data.get("error"):
        return str(data["error"])
    return type(error).__name__


ChartFor = Callable[[Outcome], "Chart | None"]


def upload_chart(
    client: WebClient,
    channel: str,
    thread_ts: str | None,
    outcome: Outcome | None,
    chart_for: ChartFor,
) -> bool:
    """Upload the answer's chart into `channel` (in `thread_ts`'s thread); True if it is
    there. Answers without a chart, and failures, leave the thread as it is."""
    if outcome is None:
        return False
    try:
        chart = chart_for(outcome)
    except Exception as error:  # a chart is extra: a drawing bug must not take the answer
        LIMITED.warning("chart drawing failed", f"chart drawing failed: {error!r}")
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
        LIMITED.warning("chart upload failed", f"chart upload failed: {why(error)}")
        return False
    return True


class Delivery:
    """Answers posted into Slack, and their charts drawn and uploaded after them, off the
    listener's thread: the chart process draws one at a time (40 ms each), and an answer
    waiting for the chart before it took that long to start whenever mentions came faster
    than charts. At most MOST_WAITING charts wait; past that a chart is left out (logged,
    rate-limited), never an answer. Owned by the app: `close` stops its threads."""

    MOST_WAITING = 64

    def __init__(self, chart_for: ChartFor) -> None:
        self._chart_for = chart_for
        self._pool = Background(2, "roibot-upload")
        self._waiting = 0
        self._lock = threading.Lock()

    def chart(
        self, client: WebClient, channel: str, thread_ts: str | None, outcome: Outcome | None
    ) -> Future[bool] | None:
        """Draw and upload `outcome`'s chart later; None when it is left out."""
        if outcome is None:
            return None
        with self._lock:
            if self._waiting >= self.MOST_WAITING:
                LIMITED.warning(
                    "chart left out", f"chart left out: {self._waiting} charts already waiting"
                )
                return None
            self._waiting += 1
        return self._pool.submit(self._upload, client, channel, thread_ts, outcome)

    def _upload(
        self, client: WebClient, channel: str, thread_ts: str | None, outcome: Outcome
    ) -> bool:
        try:
            return upload_chart(client, channel, thread_ts, outcome, self._chart_for)
        finally:
            with self._lock:
                self._waiting -= 1

    def drain(self) -> None:
        """Wait until every chart queued so far is uploaded (or has failed)."""
        self._pool.drain()

    def in_thread(
        self, client: WebClient, channel: str, thread_ts: str | None, answered: Answered
    ) -> None:
        """Post the answer in the thread (or the DM); its chart follows under it."""
        client.chat_postMessage(channel=channel, thread_ts=thread_ts, **answered.message)
        self.chart(client, channel, thread_ts, answered.outcome)

    def shared(
        self, client: WebClient, channel: str, posted: dict[str, Any], outcome: Outcome | None
    ) -> bool:
        """Post a shared answer as a real message of the bot's in `channel`, its chart in
        its thread; False when the bot cannot post there (a private channel it is not in)."""
        try:
            response = client.chat_postMessage(
                channel=channel, text=posted["text"], blocks=posted["blocks"]
            )
        except SlackApiError as error:
            log.info("shared through the response_url: chat.postMessage said %s", why(error))
            return False
        except (SlackRequestError, OSError) as error:
            # No answer in time: Slack may have posted it all the same, and falling back to
            # the response_url could show the answer twice. Pressing Share again is cheap.
            LIMITED.warning(
                "share not confirmed",
                f"share not confirmed: chat.postMessage failed: {why(error)}",
            )
            return True
        self.chart(client, channel, str(response.get("ts") or ""), outcome)
        return True

    def close(self) -> None:
        """Stop the upload threads (charts still waiting are dropped)."""
        self._pool.shutdown(wait=True, cancel_futures=True)
