"""Building the app an entry point runs: its database and its Bolt app, from settings."""

from __future__ import annotations

from slack_bolt import App

from bot.app import create_app
from bot.config import BotSettings
from bot.db import Database, open_database


def build_app(settings: BotSettings) -> tuple[App, Database]:
    """The Bolt app for `settings` and the database it uses."""
    database = open_database(settings.roi_db)
    return create_app(settings, database=database), database
