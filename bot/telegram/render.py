"""Turning the core's replies into Bot API shapes: text chunks and inline keyboards.

Texts are sent without a parse mode, so user and document text needs no escaping.
"""

from __future__ import annotations

from collections.abc import Sequence

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.dialogue.messages import telegram as msg
from bot.dialogue.replies import Option

TEXT_LIMIT = 4096  # Bot API: message text, in UTF-16 code units.
CAPTION_LIMIT = 1024
SHORT_LABEL = 6  # Options this short share a row, three at a time.
SHORT_ROW = 3


def telegram_length(text: str) -> int:
    """Returns the length Telegram measures: UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2


def split_text(text: str, limit: int = TEXT_LIMIT) -> list[str]:
    """Splits ``text`` into chunks within ``limit``, at line boundaries where possible."""
    if telegram_length(text) <= limit:
        return [text]
    chunks: list[str] = []
    current = ""
    for line in _fitting_lines(text, limit):
        candidate = f"{current}\n{line}" if current else line
        if telegram_length(candidate) <= limit:
            current = candidate
            continue
        if current:
            chunks.append(current)
        current = line
    if current:
        chunks.append(current)
    return chunks or [text[:limit]]


def _fitting_lines(text: str, limit: int) -> list[str]:
    """Returns the lines of ``text``, cutting any line longer than ``limit`` into pieces."""
    lines: list[str] = []
    for line in text.split("\n"):
        while telegram_length(line) > limit:
            cut = limit
            while telegram_length(line[:cut]) > limit:
                cut -= 1
            lines.append(line[:cut])
            line = line[cut:]
        lines.append(line)
    return lines


def keyboard(options: Sequence[Option]) -> InlineKeyboardMarkup | None:
    """Returns the options as inline buttons: short ones three to a row, long ones alone."""
    if not options:
        return None
    buttons = [InlineKeyboardButton(option.label, callback_data=option.data) for option in options]
    if all(len(option.label) <= SHORT_LABEL for option in options):
        rows = [buttons[i : i + SHORT_ROW] for i in range(0, len(buttons), SHORT_ROW)]
    else:
        rows = [[button] for button in buttons]
    return InlineKeyboardMarkup(rows)


def chosen_text(original: str, label: str) -> str | None:
    """Returns the message text with the choice appended, or None when that is too long."""
    text = f"{original}\n\n{msg.CHOSEN.format(label=label)}"
    return text if telegram_length(text) <= TEXT_LIMIT else None
