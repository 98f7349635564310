"""Settings from the environment and an optional ``.env`` file (prefix ``GOALBOT_``)."""

from __future__ import annotations

import datetime as dt
import tempfile
from enum import StrEnum
from pathlib import Path
from typing import Annotated
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import AliasChoices, Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

DEFAULT_DATABASE_URL = "sqlite:///data/goalbot.db"
DEFAULT_CACHE_DIR = Path(tempfile.gettempdir()) / "goalbot"


class HttpClient(StrEnum):
    """The HTTP client of the Bot API calls: aiohttp by default, PTB's own httpx to compare."""

    AIOHTTP = "aiohttp"
    HTTPX = "httpx"


class Settings(BaseSettings):
    """Everything goalbot reads from its environment."""

    model_config = SettingsConfigDict(
        env_prefix="GOALBOT_", env_file=".env", env_file_encoding="utf-8", extra="ignore"
    )

    database_url: str = DEFAULT_DATABASE_URL
    telegram_bot_token: SecretStr | None = Field(
        default=None,
        validation_alias=AliasChoices("TELEGRAM_BOT_TOKEN", "GOALBOT_TELEGRAM_BOT_TOKEN"),
    )
    telegram_api_url: str = "https://api.telegram.org/bot"
    # Telegram's flood limits, kept by the bot itself; off only for a local Bot API server
    # that has none, and for benchmarks.
    telegram_rate_limit: bool = True
    telegram_http_client: HttpClient = HttpClient.AIOHTTP
    cache_dir: Path = DEFAULT_CACHE_DIR  # Derived files, e.g. the trimmed jieba dictionary.
    admins: Annotated[frozenset[int], NoDecode] = frozenset()
    timezone: str = "Asia/Shanghai"
    # Reminders go to staff whose projects are behind and who logged nothing this long.
    reminder_quiet_days: int = 14
    # For tests and demonstrations only: the app clock starts at this moment.
    clock_start: dt.datetime | None = None

    @field_validator("admins", mode="before")
    @classmethod
    def _split_admins(cls, value: object) -> object:
        if isinstance(value, str):
            parts = value.replace(";", ",").replace(" ", ",").split(",")
            return frozenset(int(part) for part in parts if part.strip())
        if isinstance(value, int):
            return frozenset({value})
        return value

    @field_validator("timezone")
    @classmethod
    def _check_timezone(cls, value: str) -> str:
        try:
            ZoneInfo(value)  # At start-up rather than at the first scheduled post.
        except (ZoneInfoNotFoundError, ValueError) as error:  # KeyError is no validation error
            raise ValueError(f"unknown time zone {value!r}") from error
        return value

    @property
    def zone(self) -> ZoneInfo:
        """Returns the configured time zone."""
        return ZoneInfo(self.timezone)

    @property
    def telegram_file_url(self) -> str:
        """Returns the file-download base URL derived from the API URL (``…/file/bot``)."""
        base = self.telegram_api_url.rstrip("/")
        if base.endswith("/bot"):
            return base.removesuffix("/bot") + "/file/bot"
        return base + "/file/bot"
