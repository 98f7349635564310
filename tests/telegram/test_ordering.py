"""Updates of different chats run at once; each chat's updates run in order."""

from __future__ import annotations

import asyncio
import datetime as dt

from telegram import Chat, Message, Update

from bot.telegram.ordering import PerChatUpdateProcessor


def _update(update_id: int, chat_id: int) -> Update:
    chat = Chat(chat_id, Chat.PRIVATE)
    message = Message(update_id, dt.datetime.now(dt.UTC), chat, text="hi")
    return Update(update_id, message=message)


async def _run(processor: PerChatUpdateProcessor, updates: list[Update]) -> list[str]:
    events: list[str] = []

    async def work(update: Update) -> None:
        events.append(f"start {update.update_id}")
        await asyncio.sleep(0.05)
        events.append(f"end {update.update_id}")

    async with processor:
        await asyncio.gather(*(processor.process_update(u, work(u)) for u in updates))
    return events


async def test_updates_of_one_chat_run_one_after_another() -> None:
    events = await _run(PerChatUpdateProcessor(), [_update(1, 7), _update(2, 7), _update(3, 7)])
    assert events == ["start 1", "end 1", "start 2", "end 2", "start 3", "end 3"]


async def test_updates_of_different_chats_run_at_the_same_time() -> None:
    events = await _run(PerChatUpdateProcessor(), [_update(1, 7), _update(2, 8)])
    assert events[:2] == ["start 1", "start 2"]


async def test_idle_chats_are_forgotten() -> None:
    processor = PerChatUpdateProcessor()
    await _run(processor, [_update(1, 7), _update(2, 8)])
    assert processor._locks == {}
