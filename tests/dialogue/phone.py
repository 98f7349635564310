"""A user talking to the dialogue core like a phone: texts, and presses on shown buttons."""

from __future__ import annotations

import datetime as dt

from bot.dialogue.core import DialogueCore
from bot.dialogue.replies import ChatKind, Option, Reply, Turn

NOW = dt.datetime(2026, 11, 25, 2, 0, tzinfo=dt.UTC)  # 10:00 in Shanghai, a Wednesday
ADMIN_ID = 1001
STAFF_ID = 2001
OTHER_STAFF_ID = 2002
VIEWER_ID = 3001
REFUSED = "权限"  # every refusal names the missing 权限, whatever its exact wording


class Phone:
    """One user talking to the core: sends texts and presses the options last shown."""

    def __init__(
        self, core: DialogueCore, user_id: int, *, name: str = "王老师", chat_id: int | None = None
    ) -> None:
        self.core, self.user_id, self.name = core, user_id, name
        self.chat_id = user_id if chat_id is None else chat_id
        self.replies: list[Reply] = []
        self.options: tuple[Option, ...] = ()
        self.message_id = 0

    def send(self, text: str) -> str:
        """Sends a text message and returns the replies' text."""
        return self._turn(text=text)

    def press(self, label: str) -> str:
        """Presses the option labelled ``label`` among those shown last."""
        data = self.option_data(label)
        return self._turn(option=data)

    def option_data(self, label: str) -> str:
        """Returns the data of the option labelled ``label``."""
        for option in self.options:
            if option.label == label:
                return option.data
        raise AssertionError(f"no option {label!r} in {[o.label for o in self.options]}")

    def nth_option_data(self, prefix: str, number: int) -> str:
        """Returns the data of the ``number``-th option whose label starts with ``prefix``."""
        found = [option.data for option in self.options if option.label.startswith(prefix)]
        if len(found) < number:
            raise AssertionError(f"no option {number} {prefix!r} in {self.options}")
        return found[number - 1]

    def press_nth(self, prefix: str, number: int) -> str:
        """Presses the ``number``-th option whose label starts with ``prefix`` (修改 1, 删除 2)."""
        return self._turn(option=self.nth_option_data(prefix, number))

    def press_data(self, data: str) -> str:
        """Presses an option by its data (a re-delivered or stale button)."""
        return self._turn(option=data)

    def _turn(self, *, text: str | None = None, option: str | None = None) -> str:
        self.message_id += 1
        replies: list[Reply] = self.core.handle(
            Turn(
                user_id=self.user_id,
                chat_id=self.chat_id,
                chat_kind=ChatKind.PRIVATE if self.chat_id == self.user_id else ChatKind.GROUP,
                text=text,
                option=option,
                user_name=self.name,
                message_id=self.message_id,
            )
        )
        self.replies = replies
        shown = [reply.options for reply in replies if reply.options]
        self.options = shown[-1] if shown else ()
        return "\n".join(reply.text for reply in replies)
