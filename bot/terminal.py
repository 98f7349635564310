"""The terminal chat: the same conversation as Telegram, typed in a terminal."""

from __future__ import annotations

import sys
from typing import TextIO

from bot.dialogue.access import LOCAL_USER_ID
from bot.dialogue.core import DialogueCore
from bot.dialogue.messages import terminal as msg
from bot.dialogue.replies import Option, Reply, Turn

LOCAL_CHAT_ID = 0


def _pick_option(text: str, options: tuple[Option, ...]) -> Option | None:
    """Returns the option a typed number or label picks."""
    stripped = text.strip()
    if stripped.isdigit() and 1 <= int(stripped) <= len(options):
        return options[int(stripped) - 1]
    return next((option for option in options if option.label == stripped), None)


def run_terminal(
    core: DialogueCore, *, stdin: TextIO = sys.stdin, stdout: TextIO = sys.stdout
) -> int:
    """Reads lines until end of input or 退出, printing every reply with numbered options."""
    stdout.write(msg.BANNER + "\n")
    options: tuple[Option, ...] = ()
    while True:
        stdout.write("> ")
        stdout.flush()
        line = stdin.readline()
        if not line or line.strip() in msg.QUIT_WORDS:
            stdout.write(msg.GOODBYE + "\n")
            return 0
        picked = _pick_option(line, options)
        turn = Turn(
            user_id=LOCAL_USER_ID,
            chat_id=LOCAL_CHAT_ID,
            text=None if picked else line.strip(),
            option=picked.data if picked else None,
        )
        replies = core.handle(turn)
        options = ()
        for reply in replies:
            _print_reply(reply, stdout)
            options = reply.options or options


def _print_reply(reply: Reply, stdout: TextIO) -> None:
    stdout.write(reply.plain() + "\n")
    if reply.photo is not None:
        stdout.write(msg.PHOTO_SENT.format(size=len(reply.photo)) + "\n")
    if reply.document is not None:
        stdout.write(msg.DOCUMENT_SENT.format(name=reply.document.file_name) + "\n")
