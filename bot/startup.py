"""Configuration and environment mistakes at start-up, explained in one line instead of a trace."""

from __future__ import annotations

import re

from pydantic import ValidationError
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError

from bot.dialogue.messages import cli as msg
from bot.dialogue.messages import telegram as telegram_msg
from bot.settings import Settings

_PASSWORD = re.compile(r"(://[^:/@]*:)[^@]*@")


def safe_url(url: str) -> str:
    """Returns a database URL without its password, fit for a message."""
    return _PASSWORD.sub(r"\1***@", url)


def explain_settings_error(error: ValidationError) -> str:
    """Returns the line naming the first setting that failed to validate."""
    first = error.errors()[0]
    field = ".".join(str(part) for part in first.get("loc", ())) or "?"
    return msg.SETTINGS_INVALID.format(field=field, problem=first["msg"], upper=field.upper())


def explain(error: BaseException, settings: Settings) -> str | None:
    """Returns the line explaining a configuration or environment mistake, None otherwise."""
    url = safe_url(settings.database_url)
    known_kind = settings.database_url.startswith(("sqlite", "postgresql"))
    if isinstance(error, NoSuchModuleError) or (isinstance(error, ImportError) and not known_kind):
        return msg.DATABASE_KIND_UNSUPPORTED.format(url=url)
    if isinstance(error, ArgumentError):
        return msg.DATABASE_URL_INVALID.format(url=url)
    if isinstance(error, OperationalError):
        reason = str(error.orig).strip().splitlines()[0] if error.orig else type(error).__name__
        return msg.DATABASE_UNREACHABLE.format(url=url, error=safe_url(reason))
    if isinstance(error, OSError) and error.filename is not None:
        return msg.DATABASE_FOLDER_FAILED.format(error=f"{error.filename}：{error.strerror}")
    return _explain_telegram(error, settings)


def _explain_telegram(error: BaseException, settings: Settings) -> str | None:
    try:
        from telegram.error import InvalidToken, NetworkError
    except ImportError:  # pragma: no cover - python-telegram-bot is a dependency
        return None
    if isinstance(error, InvalidToken):
        return telegram_msg.INVALID_TOKEN
    if isinstance(error, NetworkError):
        return msg.BOT_API_UNREACHABLE.format(url=settings.telegram_api_url, error=error.message)
    return None
