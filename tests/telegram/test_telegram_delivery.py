"""Sending replies: chunks, keyboards, files, retries and the typing indicator."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from functools import partial
from typing import Any

import pytest
from telegram import Bot
from telegram.error import BadRequest, NetworkError, TimedOut

from bot.dialogue.replies import Attachment, Option, Reply
from bot.telegram.delivery import (
    answer_was_delivered,
    apply_once,
    edit_was_applied,
    send_reply,
    typing_while_slow,
    with_retries,
)
from tests.telegram.fakebot import BadGatewayAfterDelivery, RecordingRequest


async def test_long_reply_is_sent_in_chunks_with_the_keyboard_on_the_last(
    bot: Bot, request_log: RecordingRequest
) -> None:
    text = "\n".join(f"第 {n} 行：活动参与人数 ≥300人" for n in range(600))
    reply = Reply(text, options=(Option("查看者", "grant:viewer"),))
    await send_reply(bot, chat_id=2002, reply=reply, reply_to=7)
    sent = request_log.sent("sendMessage")
    assert len(sent) > 1
    assert all(len(params["text"]) <= 4096 for params in sent)
    assert "\n".join(params["text"] for params in sent) == text
    assert [("reply_markup" in params) for params in sent] == [False] * (len(sent) - 1) + [True]
    assert sent[0]["reply_parameters"]["message_id"] == 7 and "reply_parameters" not in sent[1]


async def test_photo_and_document_are_uploaded_with_captions(
    bot: Bot, request_log: RecordingRequest
) -> None:
    await send_reply(bot, chat_id=2002, reply=Reply("进度图", photo=b"\x89PNG"))
    document = Attachment(file_name="申报表.xlsx", content=b"PK")
    await send_reply(bot, chat_id=2002, reply=Reply("草稿", document=document))
    names = [name for name, _, _ in request_log.calls]
    assert names[-4:] == ["sendChatAction", "sendPhoto", "sendChatAction", "sendDocument"]
    _, params, files = request_log.calls[-1]
    assert params["caption"] == "草稿"
    assert files["document"][0] == "申报表.xlsx" and files["document"][1] == b"PK"


async def test_network_errors_are_retried_until_the_call_succeeds() -> None:
    attempts: list[int] = []

    async def flaky() -> str:
        attempts.append(1)
        if len(attempts) < 3:
            raise TimedOut if len(attempts) == 1 else NetworkError("connection reset")
        return "sent"

    assert await with_retries(flaky, first_backoff=0.01) == "sent"
    assert len(attempts) == 3


async def test_bad_request_is_not_retried() -> None:
    attempts: list[int] = []

    async def rejected() -> None:
        attempts.append(1)
        raise BadRequest("message is too long")

    with pytest.raises(BadRequest):
        await with_retries(rejected, first_backoff=0.01)
    assert len(attempts) == 1


async def test_retries_give_up_after_the_last_attempt() -> None:
    async def down() -> None:
        raise NetworkError("no route to host")

    with pytest.raises(NetworkError):
        await with_retries(down, attempts=3, first_backoff=0.01)


class ActionLog:
    """A bot stand-in that only records chat actions."""

    def __init__(self) -> None:
        self.actions: list[Any] = []

    async def send_chat_action(self, chat_id: int, action: str) -> bool:
        self.actions.append((chat_id, action))
        return True


async def test_slow_work_shows_typing() -> None:
    log = ActionLog()
    async with typing_while_slow(log, 2002, delay=0.01):  # type: ignore[arg-type]
        await asyncio.sleep(0.1)
    assert log.actions == [(2002, "typing")]


async def test_fast_work_shows_nothing() -> None:
    log = ActionLog()
    async with typing_while_slow(log, 2002, delay=0.5):  # type: ignore[arg-type]
        pass
    assert log.actions == []


@pytest.fixture
async def lossy_bot() -> AsyncIterator[tuple[Bot, BadGatewayAfterDelivery]]:
    request = BadGatewayAfterDelivery()
    async with Bot("123:TEST", request=request, get_updates_request=RecordingRequest()) as bot:
        yield bot, request


@pytest.mark.parametrize(
    ("endpoint", "call", "delivered"),
    [
        (
            "answerCallbackQuery",
            lambda bot: partial(bot.answer_callback_query, "q1", "已处理"),
            answer_was_delivered,
        ),
        (
            "editMessageText",
            lambda bot: partial(bot.edit_message_text, "请选择：管理员", chat_id=7, message_id=3),
            edit_was_applied,
        ),
        (
            "editMessageReplyMarkup",
            lambda bot: partial(bot.edit_message_reply_markup, chat_id=7, message_id=3),
            edit_was_applied,
        ),
    ],
    ids=["answer", "edit-text", "edit-markup"],
)
async def test_call_applied_before_a_502_is_done_once_without_an_error(
    lossy_bot: tuple[Bot, BadGatewayAfterDelivery],
    endpoint: str,
    call: Callable[[Bot], Callable[[], Awaitable[object]]],
    delivered: Callable[[BadRequest], bool],
) -> None:
    bot, request = lossy_bot
    await apply_once(call(bot), delivered=delivered, first_backoff=0.01)
    assert request.applied.count(endpoint) == 1
    assert [name for name, _, _ in request.calls].count(endpoint) == 2  # The retry was made.


async def test_plain_retry_of_an_applied_answer_failed_before(
    lossy_bot: tuple[Bot, BadGatewayAfterDelivery],
) -> None:
    """The original defect: the repeat's refusal surfaced as an error (and a second reply)."""
    bot, _ = lossy_bot
    with pytest.raises(BadRequest):
        await with_retries(partial(bot.answer_callback_query, "q1", "已处理"), first_backoff=0.01)


async def test_a_real_refusal_is_still_an_error(
    lossy_bot: tuple[Bot, BadGatewayAfterDelivery],
) -> None:
    async def refused() -> None:
        raise BadRequest("Message to edit not found")

    with pytest.raises(BadRequest):
        await apply_once(refused, delivered=edit_was_applied, first_backoff=0.01)
