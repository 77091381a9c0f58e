"""Posting to a `response_url`: only to Slack's hooks host (or the API host we were told to
use), never following a redirect, within our 2-second budget, each failure logged once."""

from __future__ import annotations

import json
import logging
import ssl
import urllib.error
import urllib.request
from functools import cached_property
from typing import Any
from urllib.parse import urlparse

log = logging.getLogger("roibot")

SLACK_HOOKS = "hooks.slack.com"
TIMEOUT_S = 2.0  # keeps every listener inside Slack's 3-second budget


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    """A redirect is an answer, not an instruction: an allowed host could otherwise send
    the bot anywhere (another local port, an internal service)."""

    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


class ResponsePoster:
    """Posts messages to response_urls on allowed hosts."""

    def __init__(self, api_url: str | None) -> None:
        api = urlparse(api_url or "https://slack.com/api/")
        self.allowed_hosts = {SLACK_HOOKS, api.netloc}
        self._local_ok = api.hostname in {"127.0.0.1", "localhost"}

    @cached_property
    def _opener(self) -> urllib.request.OpenerDirector:
        # Built on the first post: loading the system's certificates took 25 ms of every
        # start, and the console never posts.
        return urllib.request.build_opener(
            _NoRedirects(), urllib.request.HTTPSHandler(context=ssl.create_default_context())
        )

    def allowed(self, url: object) -> bool:
        """A string URL on an allowed host, over https (or plain http to a local fake)."""
        if not isinstance(url, str) or not url:
            return False
        parsed = urlparse(url)
        if parsed.netloc not in self.allowed_hosts:
            return False
        return parsed.scheme == "https" or (self._local_ok and parsed.scheme == "http")

    def post(self, url: object, payload: dict[str, Any]) -> bool:
        """Post `payload` as JSON; True if Slack took it. Never raises."""
        if not self.allowed(url):
            log.warning("not posting to a response_url outside Slack")
            return False
        assert isinstance(url, str)
        request = urllib.request.Request(
            url,
            data=json.dumps(payload).encode(),
            method="POST",
            headers={"Content-Type": "application/json;charset=utf-8"},
        )
        try:
            with self._opener.open(request, timeout=TIMEOUT_S) as response:
                response.read()
                return True
        except urllib.error.HTTPError as error:
            log.warning("response_url answered %s", error.code)
        except Exception as error:  # the user still got an ack; log once and stay up
            log.warning("response_url failed: %s", type(error).__name__)
        return False
