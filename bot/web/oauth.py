"""Installing roibot in many workspaces: Slack's OAuth flow, with installations and OAuth
state kept in the same database as the scenarios, through slack-sdk's shipped stores
(SQLite3 stores on a SQLite file, SQLAlchemy stores on PostgreSQL).

Authorization is Bolt's installation-store authorize with its cache on: each request still
looks its workspace up in the shared database (so an uninstall seen by one worker is seen
by all), but `auth.test` is called once per token per worker, not once per request.
"""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt.authorization.authorize import InstallationStoreAuthorize
from slack_bolt.oauth.oauth_settings import OAuthSettings
from slack_sdk import WebClient
from slack_sdk.oauth.installation_store import InstallationStore
from slack_sdk.oauth.state_store import OAuthStateStore

from bot.config import BotSettings
from bot.store.db import is_url

log = logging.getLogger("roibot")
STATE_EXPIRATION_S = 600
TOKEN_ROTATION_MINUTES = 120  # refresh a rotating token this long before it expires
INSTALL_PATH = "/slack/install"
REDIRECT_PATH = "/slack/oauth_redirect"


def _engine(url: str) -> Any:
    from sqlalchemy import create_engine

    driver = url.replace("postgresql://", "postgresql+psycopg://", 1).replace(
        "postgres://", "postgresql+psycopg://", 1
    )
    return create_engine(driver, pool_pre_ping=True, pool_size=4, max_overflow=4)


def _once_sqlalchemy() -> type[OAuthStateStore]:
    from datetime import UTC, datetime

    from slack_sdk.oauth.sqlalchemy_utils import normalize_datetime_for_db
    from slack_sdk.oauth.state_store.sqlalchemy import SQLAlchemyOAuthStateStore
    from sqlalchemy import and_

    class OnceSQLAlchemyOAuthStateStore(SQLAlchemyOAuthStateStore):
        """slack-sdk's store, but a state is consumed by one DELETE whose row count says
        who won: its select-then-delete let 8 racing callbacks complete up to 6 installs."""

        def consume(self, state: str) -> bool:
            now = normalize_datetime_for_db(datetime.now(tz=UTC))
            c = self.oauth_states.c
            try:
                with self.engine.begin() as conn:
                    gone = conn.execute(
                        self.oauth_states.delete().where(and_(c.state == state, c.expire_at > now))
                    )
                    return bool(gone.rowcount == 1)
            except Exception as error:  # the store's own contract: a failure is "no"
                log.warning("OAuth state could not be consumed: %s", type(error).__name__)
                return False

    return OnceSQLAlchemyOAuthStateStore


def _once_sqlite3() -> type[OAuthStateStore]:
    import time

    from slack_sdk.oauth.state_store.sqlite3 import SQLite3OAuthStateStore

    class OnceSQLite3OAuthStateStore(SQLite3OAuthStateStore):
        """slack-sdk's store, but a state is consumed by one DELETE (see above)."""

        def consume(self, state: str) -> bool:
            try:
                with self.connect() as conn:
                    gone = conn.execute(
                        "DELETE FROM oauth_states WHERE state = ? AND expire_at > ?",
                        [state, time.time()],
                    )
                    conn.commit()
                    return gone.rowcount == 1
            except Exception as error:
                log.warning("OAuth state could not be consumed: %s", type(error).__name__)
                return False

    return OnceSQLite3OAuthStateStore


def stores(settings: BotSettings) -> tuple[InstallationStore, OAuthStateStore]:
    """The installation and OAuth-state stores for the database `settings` names."""
    client_id = settings.slack_client_id or ""
    if is_url(settings.roi_db):
        from slack_sdk.oauth.installation_store.sqlalchemy import SQLAlchemyInstallationStore

        engine = _engine(settings.roi_db)
        states: Any = _once_sqlalchemy()
        return (
            SQLAlchemyInstallationStore(client_id=client_id, engine=engine),
            states(expiration_seconds=STATE_EXPIRATION_S, engine=engine),
        )
    from slack_sdk.oauth.installation_store.sqlite3 import SQLite3InstallationStore

    sqlite_states: Any = _once_sqlite3()
    return (
        SQLite3InstallationStore(database=settings.roi_db, client_id=client_id),
        sqlite_states(database=settings.roi_db, expiration_seconds=STATE_EXPIRATION_S),
    )


def create_tables(installations: InstallationStore, states: OAuthStateStore) -> None:
    """Create the stores' tables if they are missing (idempotent; `roi-bot migrate` and
    `roi-bot serve` run it once, before any worker starts)."""
    stores: tuple[Any, ...] = (installations, states)
    for store in stores:
        init = getattr(store, "init", None)  # the SQLite3 stores create on first use
        if init is not None:
            init()
        else:
            store.create_tables()


def oauth_settings(
    settings: BotSettings, installations: InstallationStore, states: OAuthStateStore
) -> OAuthSettings:
    """Bolt's OAuth settings: /slack/install sends the installer straight to Slack."""
    assert settings.slack_client_secret is not None
    redirect = (
        settings.roi_public_url.rstrip("/") + REDIRECT_PATH if settings.roi_public_url else None
    )
    return OAuthSettings(
        client_id=settings.slack_client_id,
        scopes=settings.scopes,
        client_secret=settings.slack_client_secret.get_secret_value(),
        installation_store=installations,
        installation_store_bot_only=True,
        state_store=states,
        install_path=INSTALL_PATH,
        redirect_uri_path=REDIRECT_PATH,
        redirect_uri=redirect,
        install_page_rendering_enabled=False,
        token_rotation_expiration_minutes=TOKEN_ROTATION_MINUTES,
        state_expiration_seconds=STATE_EXPIRATION_S,
    )


def cached_authorize(
    settings: BotSettings,
    installations: InstallationStore,
    client: WebClient,
    *,
    cache: bool = True,
) -> InstallationStoreAuthorize:
    """Installation-store authorize, bot tokens only, with rotation through `client` (our
    API base URL and timeout); `cache` skips the per-request `auth.test`."""
    assert settings.slack_client_secret is not None
    return InstallationStoreAuthorize(
        installation_store=installations,
        client_id=settings.slack_client_id,
        client_secret=settings.slack_client_secret.get_secret_value(),
        token_rotation_expiration_minutes=TOKEN_ROTATION_MINUTES,
        bot_only=True,
        cache_enabled=cache,
        logger=logging.getLogger("slack_bolt.roibot"),
        client=client,
    )


def not_installed_message(settings: BotSettings) -> str:
    """What a workspace without an installation is told (politely, with the way back)."""
    where = (
        f" at {settings.roi_public_url.rstrip('/')}{INSTALL_PATH}"
        if settings.roi_public_url
        else ""
    )
    return (
        f"roibot is not installed in this workspace (any more). Ask an admin to install "
        f"it again{where}; your team's scenarios are kept."
    )
