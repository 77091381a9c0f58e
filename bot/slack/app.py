"""The Bolt app: one runtime it owns, one middleware that resolves the caller, listeners
registered in one place, one error handler for the unexpected.

Our work takes well under a millisecond, so the app runs with `process_before_response=
True`: a slash command's reply rides in the HTTP response itself, without Bolt's 10 ms ack
polling; work that talks to Slack after answering (events) runs as Bolt lazy listeners.

Signatures: the app verifies every request itself (`verify=True`), unless the edge in front
of it already did over the exact bytes received (`roi-bot serve`'s HTTP server): checking
twice cost every request a second HMAC.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from slack_bolt import App, BoltContext
from slack_bolt.authorization import AuthorizeResult
from slack_sdk import WebClient

from bot.charts.process import ChartProcess
from bot.config import BotSettings
from bot.digests.scheduler import DigestScheduler
from bot.logs import LIMITED
from bot.service import Caller, Service
from bot.slack import listeners
from bot.slack.background import Background
from bot.slack.caller import ResolveCaller
from bot.slack.delivery import Deliver, Delivery
from bot.slack.digest_post import SlackDigestPoster
from bot.slack.home_tab import HomeTab
from bot.slack.runtime import Answered, Runtime
from bot.slack.webhook import TIMEOUT_S, ResponsePoster
from bot.store.answer_cache import AnswerCache
from bot.store.conversations import ConversationStore
from bot.store.db import Database, open_database
from bot.store.feedback import FeedbackStore
from bot.store.scenarios import ScenarioStore
from bot.store.viewers import HomeViewers

log = logging.getLogger("roibot")
# slack-sdk logs its own copy of every failed call; we log each failure once, ourselves.
quiet = logging.getLogger("roibot.slack_sdk")
quiet.setLevel(logging.CRITICAL + 1)
quiet.propagate = False


class _UnhandledInOneLine(logging.Filter):
    """Bolt's "Unhandled request" warning is 8 to 9 lines of suggested code for every
    signed shortcut or unsubscribed event: one rate-limited line instead."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if not message.startswith("Unhandled request"):
            return True
        kind = message.split("\n", 1)[0][:120]
        LIMITED.warning("unhandled request", f"an unhandled request: {kind}")
        return False


class RoiApp(App):
    """The Bolt app and the runtime it owns (its pools and chart process): `close` when
    done (the server does at shutdown; tests do)."""

    runtime: Runtime

    def close(self) -> None:
        """Release the runtime's pools and processes."""
        self.runtime.close()

    def start_digests(self, poll_s: float) -> None:
        """Post digests as they come due, every `poll_s` seconds, until `close`."""
        scheduler = DigestScheduler(self.runtime.run_digests, poll_s).start()
        self.runtime.closers.append(scheduler.close)


def _acknowledge(ack: Any) -> None:
    ack()


def _bolt_options(
    settings: BotSettings, client: WebClient, authorize: Callable[..., AuthorizeResult] | None
) -> dict[str, Any]:
    if not settings.oauth or authorize is not None:
        return {"authorize": authorize}
    from bot.web import oauth

    installations, states = oauth.stores(settings)
    oauth.create_tables(installations, states)
    return {
        "oauth_settings": oauth.oauth_settings(settings, installations, states),
        "authorize": oauth.cached_authorize(settings, installations, client),
        "user_facing_authorize_error_message": oauth.not_installed_message(settings),
    }


def _bolt_app(
    settings: BotSettings,
    client: WebClient,
    options: dict[str, Any],
    verify: bool,
    background: Background,
) -> RoiApp:
    secret = settings.slack_signing_secret
    bolt_log = logging.getLogger("slack_bolt.roibot")
    if not any(isinstance(f, _UnhandledInOneLine) for f in bolt_log.filters):
        bolt_log.addFilter(_UnhandledInOneLine())
    # Bolt reads SLACK_BOT_TOKEN from the environment itself and then warns that the client
    # we pass wins; it does, on purpose (it carries our base URL and timeout).
    level = bolt_log.level
    bolt_log.setLevel(logging.ERROR)
    try:
        # A name, or Bolt reads it off the call stack (inspect.stack: 20 ms of a start).
        return RoiApp(
            name="roibot",
            signing_secret=secret.get_secret_value() if secret else "",
            client=client,
            process_before_response=True,
            logger=bolt_log,
            request_verification_enabled=verify,
            listener_executor=background,
            **options,
        )
    finally:
        bolt_log.setLevel(level)


def create_app(
    settings: BotSettings,
    *,
    database: Database | None = None,
    authorize: Callable[..., AuthorizeResult] | None = None,
    on_reply: Callable[[Answered], None] | None = None,
    deliver: Deliver | None = None,
    verify: bool = True,
) -> RoiApp:
    """The Bolt app for `settings` (and `database`, else the one `settings` names);
    `on_reply` sees every reply a listener answers with; `deliver` replaces posting a
    threaded answer to Slack (the console prints it instead, and has no Home tab);
    `verify=False` only behind an edge that has verified the signature already."""
    token = settings.slack_bot_token.get_secret_value() if settings.slack_bot_token else None
    client = WebClient(
        token=None if authorize or settings.oauth else token,
        timeout=int(TIMEOUT_S),
        base_url=settings.slack_api_url or WebClient.BASE_URL,
        logger=quiet,
    )
    options = _bolt_options(settings, client, authorize)
    background = Background()
    app = _bolt_app(settings, client, options, verify, background)
    app.runtime = _runtime(settings, app, client, options["authorize"], database, on_reply, deliver)
    app.runtime.background = background
    app.use(ResolveCaller(app.runtime))
    listeners.register(app)
    # After the listeners a request is most often for: Bolt tries listeners in the order
    # they were registered, and a slash command need not be matched against these first.
    if settings.oauth:
        # tokens_revoked and app_uninstalled delete the workspace's installation.
        app.enable_token_revocation_listeners()
    else:
        # One workspace's token: nothing to delete, but the events are answered (the
        # middleware has already forgotten the team's digests and votes).
        for kind in ("app_uninstalled", "tokens_revoked"):
            app.event(kind)(_acknowledge)
    return app


def _runtime(
    settings: BotSettings,
    app: App,
    client: WebClient,
    authorize: Callable[..., AuthorizeResult] | None,
    database: Database | None,
    on_reply: Callable[[Answered], None] | None,
    deliver: Deliver | None,
) -> Runtime:
    database = database or open_database(settings.roi_db)
    store = ScenarioStore(database)
    cache = AnswerCache(store.quick_marker, store.team_writes)
    runtime = Runtime(
        Service(store),
        ResponsePoster(settings.slack_api_url),
        ConversationStore(database),
        HomeViewers(database),
        cache,
        [on_reply] if on_reply else [],
    )
    runtime.service.changed.append(cache.wrote)
    runtime.feedback = FeedbackStore(database)
    if deliver is not None:  # the console: answers printed, no Home tab, no charts posted
        runtime.deliver = deliver
        return runtime
    charts = ChartProcess()
    delivery = Delivery(charts.chart_for)
    runtime.deliver, runtime.delivery = delivery.in_thread, delivery
    client_for = _client_for(app, client, authorize)
    home = HomeTab(runtime.service, HomeViewers(database), client_for)
    runtime.home = home
    runtime.digest_poster = SlackDigestPoster(client_for, charts.render)
    runtime.time_zone = _time_zone(client_for)
    runtime.service.changed.append(home.changed)
    runtime.closers += [charts.close, delivery.close, home.close]
    return runtime


def _client_for(
    app: App, client: WebClient, authorize: Callable[..., AuthorizeResult] | None
) -> Callable[[str], WebClient | None]:
    """A Web API client with a team's bot token, for work no request carries (republishing
    the Home tab after a save): the app's own token, or the team's installation (through
    the same authorize as requests, so a rotating token is refreshed)."""
    if authorize is None:
        return lambda team: app.client

    def client_for(team: str) -> WebClient | None:
        enterprise, _, workspace = team.rpartition(":")
        try:
            found = authorize(
                context=BoltContext({"client": client}),
                enterprise_id=enterprise or None,
                team_id=workspace,
                user_id=None,
            )
        except Exception:  # not installed (any more), or Slack unreachable: nothing to do
            log.info("no token for team %s to republish its Home tab", workspace)
            return None
        if found is None or not found.bot_token:
            return None
        return WebClient(
            token=found.bot_token, base_url=client.base_url, timeout=client.timeout, logger=quiet
        )

    return client_for


def _time_zone(client_for: Callable[[str], WebClient | None]) -> Callable[[Caller], str | None]:
    """A user's Slack time zone (`users.info`), for a digest's schedule; None when Slack
    gives none in time."""

    def time_zone(caller: Caller) -> str | None:
        client = client_for(caller.team)
        if client is None:
            return None
        try:
            user = client.users_info(user=caller.user).get("user") or {}
        except Exception as error:  # a missing scope, Slack slow: the digest says UTC
            LIMITED.warning("users.info failed", f"users.info failed: {type(error).__name__}")
            return None
        tz = user.get("tz") if isinstance(user, dict) else None
        return str(tz) if tz else None

    return time_zone


def local_authorize(**kwargs: Any) -> AuthorizeResult:
    """Authorization with no Slack to ask: for the console (and offline tests)."""
    return AuthorizeResult(
        enterprise_id=kwargs.get("enterprise_id"),
        team_id=kwargs.get("team_id"),
        bot_token="xoxb-local",
        bot_id="BLOCAL",
        bot_user_id="ULOCAL",
    )
