"""Building the app an entry point runs: its database and its Bolt app, from settings."""

from __future__ import annotations

from bot.config import BotSettings
from bot.slack.app import RoiApp, create_app
from bot.store.db import Database, open_database


def build_app(
    settings: BotSettings, *, worker: bool = False, verify: bool = True
) -> tuple[RoiApp, Database]:
    """The Bolt app for `settings` and the database it uses. A serve `worker` starts after
    its parent created the database: a file missing now was removed, never re-created;
    it serves behind an edge that checks signatures (`verify=False`)."""
    database = open_database(settings.roi_db, existed=worker)
    return create_app(settings, database=database, verify=verify), database
