"""Handling updates of different chats at the same time, and each chat's in order."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor

# Updates handled at once; each waits mostly on the database and the Bot API. More at once
# share more commits (bot/telegram/lane.py): at saturation 64 gave about 20 % more updates/s
# than 16 in paired runs of benchmarks/bench_load.py.
MAX_CONCURRENT_UPDATES = 64


def chat_of(update: object) -> int | None:
    """Returns the chat an update belongs to, None when it has none."""
    if isinstance(update, Update) and update.effective_chat is not None:
        return update.effective_chat.id
    return None


class PerChatUpdateProcessor(BaseUpdateProcessor):
    """Runs updates concurrently across chats but one at a time within a chat.

    A conversation's steps (a message, then the press of its 确认) must see each other's
    effects, so they queue behind one another; other chats do not wait for them.
    """

    def __init__(self, max_concurrent_updates: int = MAX_CONCURRENT_UPDATES) -> None:
        super().__init__(max_concurrent_updates)
        self._locks: dict[int, asyncio.Lock] = {}
        self._waiting: dict[int, int] = {}

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        """Awaits ``coroutine`` once every earlier update of the same chat is done."""
        chat = chat_of(update)
        if chat is None:
            await coroutine
            return
        lock = self._locks.setdefault(chat, asyncio.Lock())
        self._waiting[chat] = self._waiting.get(chat, 0) + 1
        try:
            async with lock:
                await coroutine
        finally:
            self._waiting[chat] -= 1
            if not self._waiting[chat]:  # Forget idle chats: memory stays bounded.
                del self._waiting[chat], self._locks[chat]

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to release."""
