"""Digests into Slack: roibot's own message in the channel (not ephemeral), the plans'
chart in its thread, and a DM to the creator when a digest has to pause."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackRequestError

from bot.charts import Chart
from bot.digests.compose import Composed
from bot.logs import LIMITED
from bot.slack.blocks import message
from bot.slack.delivery import why
from bot.store.digests import Digest
from calc.charts import ComparisonBars

log = logging.getLogger("roibot.digests")

#: Errors that mean the channel cannot take roibot's message until someone acts.
NOT_IN_CHANNEL = frozenset({"not_in_channel", "channel_not_found", "is_archived"})
#: Errors that mean the token is gone: the app was uninstalled or its token revoked.
NO_TOKEN = frozenset(
    {"invalid_auth", "not_authed", "account_inactive", "token_revoked", "token_expired"}
)


class SlackDigestPoster:
    """Posts digests with each team's bot token; `draw` turns a chart's data into a PNG."""

    def __init__(
        self,
        client_for: Callable[[str], WebClient | None],
        draw: Callable[[ComparisonBars], Chart | None],
    ) -> None:
        self.client_for, self.draw = client_for, draw

    def post(self, digest: Digest, composed: Composed) -> str:
        client = self.client_for(digest.team)
        if client is None:
            return "no_token"
        try:
            response = client.chat_postMessage(
                channel=digest.channel, unfurl_links=False, **message(composed.doc)
            )
        except SlackApiError as error:
            code = str(error.response.get("error") or "")
            if code in NOT_IN_CHANNEL:
                return "not_in_channel"
            if code in NO_TOKEN:
                return "no_token"
            LIMITED.warning("digest not posted", f"digest {digest.id} not posted: {code}")
            return "failed"
        except (SlackRequestError, OSError) as error:
            LIMITED.warning("digest not posted", f"digest {digest.id} not posted: {why(error)}")
            return "failed"
        self._chart(client, digest, composed, response.data)
        return "posted"

    def _chart(self, client: WebClient, digest: Digest, composed: Composed, posted: Any) -> None:
        """The plans' chart under the digest (a failure leaves the digest as it is)."""
        if composed.chart is None or not isinstance(posted, dict):
            return
        try:
            chart = self.draw(composed.chart)
            if chart is None:
                return
            client.files_upload_v2(
                channel=str(posted.get("channel") or digest.channel),
                thread_ts=str(posted.get("ts") or ""),
                file=chart.png,
                filename=chart.filename,
                title=chart.title,
                alt_txt=chart.alt,
            )
        except Exception as error:  # the chart is extra: the digest is posted
            LIMITED.warning("digest chart failed", f"digest {digest.id} chart: {why(error)}")

    def tell(self, digest: Digest, text: str) -> None:
        client = self.client_for(digest.team)
        if client is None:
            return
        try:
            client.chat_postMessage(channel=digest.created_by, text=text)
        except (SlackApiError, SlackRequestError, OSError) as error:
            log.warning("digest %s: could not DM its creator: %s", digest.id, why(error))
