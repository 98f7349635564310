"""The terminal chat: the same conversation as Telegram, typed in a terminal."""

from __future__ import annotations

import logging
import sys
import tempfile
from pathlib import Path
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


def default_output_dir() -> Path:
    """Returns where the terminal chat writes photos and documents it receives."""
    return Path(tempfile.gettempdir()) / "goalbot" / "files"


def run_terminal(
    core: DialogueCore,
    *,
    stdin: TextIO = sys.stdin,
    stdout: TextIO = sys.stdout,
    output_dir: Path | None = None,
) -> int:
    """Reads lines until end of input or 退出, printing every reply with numbered options.

    Photos (charts) and documents (exports) are written to ``output_dir`` and their
    paths printed.
    """
    files = FileSink(output_dir or default_output_dir())
    stdout.write(msg.BANNER + "\n")
    options: tuple[Option, ...] = ()
    # A flow left open in an earlier session is offered again before the first prompt.
    for reply in core.pending(Turn(user_id=LOCAL_USER_ID, chat_id=LOCAL_CHAT_ID, buttons=False)):
        _print_reply(reply, stdout, files)
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
        options = _answer(core, turn_for_line(line, options), stdout, files)


def _answer(core: DialogueCore, turn: Turn, stdout: TextIO, files: FileSink) -> tuple[Option, ...]:
    """Prints the replies to one turn; returns the options the user may pick next."""
    try:
        replies = core.handle(turn)
    except Exception:
        log.exception("handling %r failed", (turn.text or turn.option or "")[:200])
        stdout.write(common_msg.INTERNAL_ERROR + "\n")
        return ()
    options: tuple[Option, ...] = ()
    for reply in replies:
        _print_reply(reply, stdout, files)
        options = reply.options or options
    return options


class FileSink:
    """Writes received photos and documents into one folder, numbering the photos."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.photos = 0

    def save(self, name: str, content: bytes) -> Path:
        """Writes ``content`` as ``name`` in the folder and returns the path."""
        self.folder.mkdir(parents=True, exist_ok=True)
        path = self.folder / name
        path.write_bytes(content)
        return path

    def save_photo(self, content: bytes) -> Path:
        """Writes a photo as ``chart-N.png``."""
        self.photos += 1
        return self.save(f"chart-{self.photos}.png", content)


def _print_reply(reply: Reply, stdout: TextIO, files: FileSink) -> None:
    stdout.write(reply.plain() + "\n")
    if reply.photo is not None:
        stdout.write(msg.PHOTO_SAVED.format(path=files.save_photo(reply.photo)) + "\n")
    if reply.document is not None:
        path = files.save(reply.document.file_name, reply.document.content)
        stdout.write(msg.DOCUMENT_SAVED.format(path=path) + "\n")
