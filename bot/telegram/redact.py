"""Keeping the bot token out of every log line."""

from __future__ import annotations

import logging

REDACTED = "<token>"
# httpx logs every request URL at INFO, and the Bot API URL contains the token.
CHATTY_LOGGERS = ("httpx", "httpcore")


class TokenFilter(logging.Filter):
    """Replaces the token in a record's message and traceback before any handler writes it."""

    def __init__(self, token: str) -> None:
        super().__init__()
        self._token = token

    def filter(self, record: logging.LogRecord) -> bool:
        """Rewrites the record in place; never drops it."""
        message = record.getMessage()
        if self._token in message:
            record.msg, record.args = message.replace(self._token, REDACTED), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text and self._token in record.exc_text:
            record.exc_text = record.exc_text.replace(self._token, REDACTED)
        return True


def protect_token(token: str) -> None:
    """Installs the filter on every root handler and quiets the request loggers."""
    for name in CHATTY_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)
    root = logging.getLogger()
    if not root.handlers:
        logging.basicConfig(level=logging.WARNING)
    for handler in root.handlers:
        if not any(isinstance(existing, TokenFilter) for existing in handler.filters):
            handler.addFilter(TokenFilter(token))
