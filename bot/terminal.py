"""The terminal chat: the same conversation as Telegram, typed in a terminal."""

from __future__ import annotations

import logging
import sys
from typing import TextIO

from bot.dialogue.access import LOCAL_USER_ID
from bot.dialogue.core import DialogueCore
from bot.dialogue.messages import common as common_msg
from bot.dialogue.messages import terminal as msg
from bot.dialogue.replies import Option, Reply, Turn

LOCAL_CHAT_ID = 0

log = logging.getLogger(__name__)


def pick_option(text: str, options: tuple[Option, ...]) -> Option | None:
    """Returns the option a typed number or label picks."""
    stripped = text.strip()
    if stripped.isdigit() and 1 <= int(stripped) <= len(options):
        return options[int(stripped) - 1]
    return next((option for option in options if option.label == stripped), None)


def turn_for_line(line: str, options: tuple[Option, ...]) -> Turn:
    """Returns the local admin's turn for a typed line: a chosen option or a message."""
    picked = pick_option(line, options)
    return Turn(
        buttons=False,
        user_id=LOCAL_USER_ID,
        chat_id=LOCAL_CHAT_ID,
        text=None if picked else line.strip(),
        option=picked.data if picked else None,
        user_name=msg.LOCAL_USER_NAME,
    )


def run_terminal(
    core: DialogueCore, *, stdin: TextIO = sys.stdin, stdout: TextIO = sys.stdout
) -> int:
    """Reads lines until end of input or 退出, printing every reply with numbered options."""
    stdout.write(msg.BANNER + "\n")
    options: tuple[Option, ...] = ()
    # A flow left open in an earlier session is offered again before the first prompt.
    for reply in core.pending(Turn(user_id=LOCAL_USER_ID, chat_id=LOCAL_CHAT_ID, buttons=False)):
        _print_reply(reply, stdout)
        options = reply.options or options
    while True:
        stdout.write("> ")
        stdout.flush()
        try:
            line = stdin.readline()
        except KeyboardInterrupt:
            line = ""
        if not line or line.strip() in msg.QUIT_WORDS:
            stdout.write(msg.GOODBYE + "\n")
            return 0
        if not line.strip():
            continue
        options = _answer(core, turn_for_line(line, options), stdout)


def _answer(core: DialogueCore, turn: Turn, stdout: TextIO) -> tuple[Option, ...]:
    """Prints the replies to one turn; returns the options the user may pick next."""
    try:
        replies = core.handle(turn)
    except Exception:
        log.exception("handling %r failed", (turn.text or turn.option or "")[:200])
        stdout.write(common_msg.INTERNAL_ERROR + "\n")
        return ()
    options: tuple[Option, ...] = ()
    for reply in replies:
        _print_reply(reply, stdout)
        options = reply.options or options
    return options


def _print_reply(reply: Reply, stdout: TextIO) -> None:
    stdout.write(reply.plain() + "\n")
    if reply.photo is not None:
        stdout.write(msg.PHOTO_SENT.format(size=len(reply.photo)) + "\n")
    if reply.document is not None:
        stdout.write(msg.DOCUMENT_SENT.format(name=reply.document.file_name) + "\n")
