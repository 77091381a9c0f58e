"""The Bolt app: signatures always verified, one module of listeners per kind of request,
one error handler for the unexpected.

Our work takes well under a millisecond, so the app runs with `process_before_response=
True`: a slash command's reply rides in the HTTP response itself, without Bolt's 10 ms ack
polling; work that talks to Slack after answering (events) runs as Bolt lazy listeners.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from slack_bolt import App, BoltContext
from slack_bolt.authorization import AuthorizeResult
from slack_sdk import WebClient

from bot.config import BotSettings
from bot.service import Service
from bot.slack.delivery import Deliver, post_in_thread
from bot.slack.listeners import buttons, errors, events, guards, home, slash
from bot.slack.listeners.home import HomeTab
from bot.slack.runtime import Answered, Runtime
from bot.slack.webhook import TIMEOUT_S, ResponsePoster
from bot.store.answer_cache import AnswerCache
from bot.store.conversations import ConversationStore
from bot.store.db import Database, open_database
from bot.store.scenarios import ScenarioStore
from bot.store.viewers import HomeViewers

log = logging.getLogger("roibot")
# slack-sdk logs its own copy of every failed call; we log each failure once, ourselves.
quiet = logging.getLogger("roibot.slack_sdk")
quiet.setLevel(logging.CRITICAL + 1)
quiet.propagate = False


def create_app(
    settings: BotSettings,
    *,
    database: Database | None = None,
    authorize: Callable[..., AuthorizeResult] | None = None,
    on_reply: Callable[[Answered], None] | None = None,
    deliver: Deliver | None = None,
) -> App:
    """The Bolt app for `settings` (and `database`, else the one `settings` names);
    `on_reply` sees every reply a listener answers with; `deliver` replaces
    posting a threaded answer to Slack (the console prints it instead)."""
    token = settings.slack_bot_token.get_secret_value() if settings.slack_bot_token else None
    secret = (
        settings.slack_signing_secret.get_secret_value() if settings.slack_signing_secret else ""
    )
    # Bolt takes the token from the client when it is given one.
    client = WebClient(
        token=None if authorize or settings.oauth else token,
        timeout=int(TIMEOUT_S),
        base_url=settings.slack_api_url or WebClient.BASE_URL,
        logger=quiet,
    )
    bolt_log = logging.getLogger("slack_bolt.roibot")
    options: dict[str, Any] = {"authorize": authorize}
    if settings.oauth and authorize is None:
        from bot.web import oauth

        installations, states = oauth.stores(settings)
        oauth.create_tables(installations, states)
        options = {
            "oauth_settings": oauth.oauth_settings(settings, installations, states),
            "authorize": oauth.cached_authorize(settings, installations, client),
            "user_facing_authorize_error_message": oauth.not_installed_message(settings),
        }
    # Bolt reads SLACK_BOT_TOKEN from the environment itself and then warns that the client
    # we pass wins; it does, on purpose (it carries our base URL and timeout).
    level = bolt_log.level
    bolt_log.setLevel(logging.ERROR)
    try:
        # A name, or Bolt reads it off the call stack (inspect.stack: 20 ms of a start).
        app = App(
            name="roibot",
            signing_secret=secret,
            client=client,
            process_before_response=True,
            logger=bolt_log,
            **options,
        )
    finally:
        bolt_log.setLevel(level)
    if settings.oauth:
        # tokens_revoked and app_uninstalled delete the workspace's installation.
        app.enable_token_revocation_listeners()
    database = database or open_database(settings.roi_db)
    store = ScenarioStore(database)
    cache = AnswerCache(store.changes)
    runtime = Runtime(
        Service(store),
        ResponsePoster(settings.slack_api_url),
        ConversationStore(database),
        HomeViewers(database),
        cache,
        [on_reply] if on_reply else [],
    )
    runtime.service.changed.append(cache.wrote)
    # The console answers without Slack: no Home tab to republish there.
    tab = HomeTab(
        runtime,
        _client_for(app, client, options["authorize"]) if deliver is None else lambda team: None,
    )
    runtime.service.changed.append(tab.changed)
    guards.register(app, runtime)
    errors.register(app, runtime)
    slash.register(app, runtime)
    buttons.register(app, runtime)
    events.register(app, runtime, deliver or post_in_thread)
    home.register(app, runtime, tab)
    return app


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


def local_authorize(**kwargs: Any) -> AuthorizeResult:
    """Authorization with no Slack to ask: for the console (and offline tests)."""
    return AuthorizeResult(
        enterprise_id=kwargs.get("enterprise_id"),
        team_id=kwargs.get("team_id"),
        bot_token="xoxb-local",
        bot_id="BLOCAL",
        bot_user_id="ULOCAL",
    )
