"""The transport-neutral turn and reply model shared by every adapter."""

from __future__ import annotations

import base64
import datetime as dt
import json
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

MAX_OPTION_DATA_BYTES = 64
MAX_TEXT_CHARS = 4096  # Telegram's own limit on a message; longer ones are refused.


class ChatKind(StrEnum):
    """Where a turn was said."""

    PRIVATE = "private"
    GROUP = "group"


@dataclass(frozen=True)
class Attachment:
    """A document sent by the user."""

    file_name: str
    content: bytes


@dataclass(frozen=True)
class Turn:
    """One thing a user said or chose, as the dialogue core sees it.

    ``option`` is the data of a chosen option (a pressed button, a typed number
    in the terminal); ``text`` the message text without the bot's mention.
    """

    user_id: int
    chat_id: int
    chat_kind: ChatKind = ChatKind.PRIVATE
    text: str | None = None
    option: str | None = None
    document: Attachment | None = None
    user_name: str | None = None
    message_id: int | None = None
    addressed: bool = True
    reply_to_user_id: int | None = None
    at: dt.datetime | None = None
    buttons: bool = True  # False where options are chosen by typing their number (terminal).


@dataclass(frozen=True)
class Option:
    """A choice offered to the user; ``data`` is short ASCII (≤ 64 bytes), never Chinese."""

    label: str
    data: str

    def __post_init__(self) -> None:
        if len(self.data.encode("utf-8")) > MAX_OPTION_DATA_BYTES or not self.data.isascii():
            raise ValueError(f"option data must be ASCII and at most 64 bytes: {self.data!r}")


@dataclass(frozen=True)
class Reply:
    """One message from the bot: text, optional choices, a photo or a document."""

    text: str
    options: tuple[Option, ...] = ()
    photo: bytes | None = None
    document: Attachment | None = None
    typing: bool = False
    force_reply: bool = False  # In a group: ask the user to answer by replying to it.

    def plain(self) -> str:
        """Returns the text with the options as numbered lines (terminal, ``goalbot ask``)."""
        lines = [self.text]
        lines += [f"{number}. {option.label}" for number, option in enumerate(self.options, 1)]
        return "\n".join(lines)


def replies_to_json(replies: list[Reply]) -> str:
    """Returns replies as JSON, to be kept until they are sent (files as base64)."""
    return json.dumps([_reply_json(reply) for reply in replies], ensure_ascii=False)


def replies_from_json(text: str) -> list[Reply]:
    """Reads what :func:`replies_to_json` wrote."""
    return [_reply_from(item) for item in json.loads(text)]


def _reply_json(reply: Reply) -> dict[str, object]:
    document = reply.document
    return {
        "text": reply.text,
        "options": [[option.label, option.data] for option in reply.options],
        "photo": base64.b64encode(reply.photo).decode() if reply.photo is not None else None,
        "document": (
            [document.file_name, base64.b64encode(document.content).decode()]
            if document is not None
            else None
        ),
        "force_reply": reply.force_reply,
    }


def _reply_from(item: dict[str, Any]) -> Reply:
    document = item.get("document")
    return Reply(
        text=item["text"],
        options=tuple(Option(label, data) for label, data in item.get("options", [])),
        photo=base64.b64decode(item["photo"]) if item.get("photo") else None,
        document=(Attachment(document[0], base64.b64decode(document[1])) if document else None),
        force_reply=bool(item.get("force_reply", False)),
    )
