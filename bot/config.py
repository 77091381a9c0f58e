"""The bot's configuration, read once at the edge from the environment or `.env`."""

from __future__ import annotations

import logging

from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class BotSettings(BaseSettings):
    """Tokens are SecretStr: their repr and str never show the value."""

    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8",
                                      extra="ignore")

    slack_bot_token: SecretStr | None = None
    slack_app_token: SecretStr | None = None
    slack_signing_secret: SecretStr | None = None
    slack_api_url: str | None = None
    roi_db: str = "roi.db"
    log_level: str = "INFO"

    def secrets(self) -> list[str]:
        """Every secret value set, for the log redactor."""
        return [s.get_secret_value() for s in (self.slack_bot_token, self.slack_app_token,
                                                self.slack_signing_secret)
                if s is not None and s.get_secret_value()]


class Redactor(logging.Filter):
    """Replaces every secret value in a log record, whoever logged it (Bolt included)."""

    def __init__(self, secrets: list[str]) -> None:
        super().__init__()
        self._secrets = [s for s in secrets if len(s) >= 6]

    def filter(self, record: logging.LogRecord) -> bool:
        if not self._secrets:
            return True
        message = record.getMessage()
        text = message
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        for secret in self._secrets:
            text = text.replace(secret, "[redacted]")
            if record.exc_text:
                record.exc_text = record.exc_text.replace(secret, "[redacted]")
        if text != message:
            record.msg, record.args = text, None
        return True


def configure_logging(settings: BotSettings) -> None:
    """One stderr handler with the redactor; Bolt's own chatter kept at WARNING."""
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(Redactor(settings.secrets()))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(settings.log_level.upper())
    for noisy in ("slack_bolt", "slack_sdk", "urllib3", "uvicorn", "uvicorn.error"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
