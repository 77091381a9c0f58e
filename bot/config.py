"""The bot's configuration, read once at the edge from the environment or `.env`, and the
logging every entry point sets up (one handler, secrets redacted from every record)."""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, SecretStr

#: The bot scopes roibot asks for (the manifest's, which a test keeps equal): the slash
#: command, replies in threads and DMs, mentions and DMs to read, chart uploads, and the
#: Messages tab's suggested prompts, and a digest creator's time zone.
DEFAULT_SCOPES = (
    "commands",
    "chat:write",
    "app_mentions:read",
    "im:history",
    "files:write",
    "assistant:write",
    "users:read",
)


#: Threads per serve worker. The work is CPU-bound and holds the GIL; a save gives it up at
#: every statement and waits to get it back while it holds the database's write lock, so
#: more threads made saves queue. 32 clients, 1 in 10 a save, on SQLite: with 8 threads the
#: saves' p50 was 50 ms and every request's p99 80 to 90 ms; with 4, 25 and 45 to 53 ms;
#: with 3, 25 and 43 to 47 ms; with 2, 17 and about 30 ms, but PostgreSQL's reads 12%
#: slower and a modal's views.open (100-300 ms, in the request) blocking half a worker.
#: The same req/s throughout.
DEFAULT_THREADS = 3


def read_env_file(path: str | Path) -> dict[str, str]:
    """`KEY=VALUE` lines of a `.env` file (quotes stripped, `#` comments and `export`
    ignored); an absent file is empty. Enough for the file the README describes, and it
    keeps pydantic-settings (60 ms of import) off every start."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (FileNotFoundError, IsADirectoryError):
        return {}
    values: dict[str, str] = {}
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        key, _, value = line.removeprefix("export ").partition("=")
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        else:
            value = value.split(" #")[0].strip()
        values[key.strip().upper()] = value
    return values


class BotSettings(BaseModel):
    """Tokens and secrets are SecretStr: their repr and str never show the value."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    slack_bot_token: SecretStr | None = None
    slack_app_token: SecretStr | None = None
    slack_signing_secret: SecretStr | None = None
    slack_client_id: str | None = None
    slack_client_secret: SecretStr | None = None
    slack_scopes: str | None = None
    slack_api_url: str | None = None
    roi_db: str = "roi.db"
    roi_public_url: str | None = None  # where Slack reaches us, for the install page
    log_level: str = "INFO"
    #: Threads per `roi-bot serve` worker for the work (set by `serve --threads`).
    roi_threads: int = DEFAULT_THREADS
    #: How often a running bot looks for digests that are due (seconds).
    roi_digest_poll_s: float = 30.0

    def __init__(
        self,
        _env_file: str | Path | None = ".env",
        _environ: Mapping[str, str] | None = None,
        **values: Any,
    ) -> None:
        """Settings from `values`, else the environment, else the `.env` file."""
        if not values:
            found = {**read_env_file(_env_file)} if _env_file else {}
            found.update(os.environ if _environ is None else _environ)
            values = {
                name: found[name.upper()]
                for name in type(self).model_fields
                if found.get(name.upper())
            }
        super().__init__(**values)

    @property
    def oauth(self) -> bool:
        """Installs in many workspaces (OAuth), rather than one token for one workspace."""
        return bool(self.slack_client_id and self.slack_client_secret and not self.slack_bot_token)

    @property
    def scopes(self) -> list[str]:
        """The bot scopes to ask for when installing."""
        if self.slack_scopes:
            return [s.strip() for s in self.slack_scopes.split(",") if s.strip()]
        return list(DEFAULT_SCOPES)

    def secrets(self) -> list[str]:
        """Every secret value set, for the log redactor."""
        found = [
            s.get_secret_value()
            for s in (
                self.slack_bot_token,
                self.slack_app_token,
                self.slack_signing_secret,
                self.slack_client_secret,
            )
            if s is not None and s.get_secret_value()
        ]
        password = re.search(r"://[^:/@]+:([^@]+)@", self.roi_db)
        if password:
            found.append(password[1])
        return found


# Any Slack token, whoever's it is: with many workspaces, their tokens live in the database
# and no list of known values can hold them all.
_TOKEN_SHAPE = re.compile(r"\b(xox[abpors]|xapp|xoxe(?:\.xox[bp])?)-[A-Za-z0-9-]{8,}")


class Redactor(logging.Filter):
    """Replaces every secret value and every Slack token in a log record, whoever logged it
    (Bolt and uvicorn included)."""

    def __init__(self, secrets: list[str]) -> None:
        super().__init__()
        self._secrets = [s for s in secrets if len(s) >= 6]

    def _clean(self, text: str) -> str:
        for secret in self._secrets:
            text = text.replace(secret, "[redacted]")
        return _TOKEN_SHAPE.sub("[redacted]", text)

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        text = self._clean(message)
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self._clean(record.exc_text)
        if text != message:
            record.msg, record.args = text, None
        return True


def configure_logging(settings: BotSettings) -> None:
    """One stderr handler with the redactor; the libraries' chatter kept at WARNING."""
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(Redactor(settings.secrets()))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(settings.log_level.upper())
    for noisy in (
        "slack_bolt",
        "slack_sdk",
        "urllib3",
        "uvicorn",
        "uvicorn.error",
        "sqlalchemy",
        "psycopg",
    ):
        logging.getLogger(noisy).setLevel(logging.WARNING)
