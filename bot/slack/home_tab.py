"""Publishing the Home tab: now for one user (who opened it), later for a team's recent
viewers (after anyone in the team saves, restores or deletes), in the background."""

from __future__ import annotations

from collections.abc import Callable

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.logs import LIMITED
from bot.service import Caller, Service
from bot.slack import views
from bot.slack.background import Background
from bot.slack.delivery import api_error
from bot.store.db import StoreRefusal
from bot.store.viewers import HomeViewers

ClientFor = Callable[[str], WebClient | None]


class HomeTab:
    """Publishes Home tabs; owns the one thread that republishes them (`close` stops it)."""

    def __init__(self, service: Service, viewers: HomeViewers, client_for: ClientFor) -> None:
        self.service = service
        self.viewers = viewers
        self.client_for = client_for
        self._pending: set[str] = set()
        self._pool = Background(1, "roibot-home")

    def publish(self, client: WebClient, team: str, user: str, page: int = 1) -> None:
        """Publish `user`'s Home tab (page `page` of the team's scenarios)."""
        home = self.service.home(Caller(team, user), page)
        try:
            client.views_publish(user_id=user, view=views.home_view(home))
        except SlackApiError as error:
            LIMITED.warning("views.publish", f"views.publish failed: {api_error(error)}")
        except OSError as error:
            LIMITED.warning("views.publish", f"views.publish failed: {type(error).__name__}")

    def opened(self, client: WebClient, team: str, user: str) -> None:
        """`user` opened the Home tab: note them as a viewer and publish it."""
        self.viewers.opened(team, user)
        self.publish(client, team, user)

    def changed(self, team: str) -> None:
        """A scenario of `team` changed: republish its viewers' Home tabs after the reply
        (one run per team at a time; a change during a run schedules one more)."""
        if team in self._pending:
            return
        self._pending.add(team)
        self._pool.submit(self._republish, team)

    def _republish(self, team: str) -> None:
        self._pending.discard(team)
        try:
            client = self.client_for(team)
            if client is None:
                return
            for user in self.viewers.recent(team):
                self.publish(client, team, user)
        except StoreRefusal as refusal:  # the database is away: one line a minute
            LIMITED.warning("home republish", f"republishing the Home tab failed: {refusal}")
        except Exception:  # in the background: logged, never raised into a reply
            LIMITED.error("home republish bug", "republishing the Home tab failed", exc_info=True)

    def drain(self) -> None:
        """Wait until every republish queued so far has run."""
        self._pool.drain()

    def close(self) -> None:
        """Stop the republishing thread."""
        self._pool.shutdown(wait=True, cancel_futures=True)
