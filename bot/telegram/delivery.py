"""Sending replies through the Bot API so that none is lost to a flood limit or a network blip."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from functools import partial
from typing import TypeVar

from telegram import Bot, ForceReply, InlineKeyboardMarkup, InputFile, Message, ReplyParameters
from telegram.constants import ChatAction
from telegram.error import BadRequest, NetworkError, RetryAfter

from bot.dialogue.replies import Reply
from bot.telegram.render import CAPTION_LIMIT, keyboard, split_text, telegram_length

log = logging.getLogger(__name__)

T = TypeVar("T")

SEND_ATTEMPTS = 5
FIRST_BACKOFF = 0.5  # seconds; doubled after every failed attempt
MAX_BACKOFF = 8.0
TYPING_DELAY = 0.8  # Only work slower than this shows "typing".
TYPING_REFRESH = 4.5  # Telegram shows a chat action for about five seconds.


def _retry_delay(error: RetryAfter) -> float:
    value = error.retry_after
    seconds = value.total_seconds() if isinstance(value, dt.timedelta) else float(value)
    return seconds + 0.1


async def with_retries(
    call: Callable[[], Awaitable[T]],
    *,
    attempts: int = SEND_ATTEMPTS,
    first_backoff: float = FIRST_BACKOFF,
) -> T:
    """Runs a Bot API call, retrying flood limits and network errors (not bad requests).

    The rate limiter already retries 429 answers; this also covers a 429 that outlasts
    it and connection failures and timeouts, which it does not retry.
    """
    backoff = first_backoff
    for attempt in range(1, attempts + 1):
        try:
            return await call()
        except BadRequest:
            raise
        except RetryAfter as error:
            if attempt == attempts:
                raise
            await asyncio.sleep(_retry_delay(error))
        except NetworkError as error:
            if attempt == attempts:
                raise
            log.warning("Bot API call failed (%s), retrying in %.1f s", error, backoff)
            await asyncio.sleep(backoff)
            backoff = min(backoff * 2, MAX_BACKOFF)
    raise AssertionError("unreachable")


def edit_was_applied(error: BadRequest) -> bool:
    """Tells whether an edit was refused because the message already reads that way."""
    return "message is not modified" in error.message.lower()


def answer_was_delivered(error: BadRequest) -> bool:
    """Tells whether a callback answer was refused because the query was already answered."""
    message = error.message.lower()
    return "query is too old" in message or "query id is invalid" in message


async def apply_once(
    call: Callable[[], Awaitable[object]],
    *,
    delivered: Callable[[BadRequest], bool],
    first_backoff: float = FIRST_BACKOFF,
) -> None:
    """Runs an edit or a callback answer with retries, never doing it twice.

    A 502 or a timeout may come after Telegram applied the call. Retrying such a call is
    harmless: Telegram refuses the repeat (``delivered`` recognises how), and that refusal
    after a failed attempt means the work is done. A new message cannot be checked this
    way; see docs/delivery.md.
    """
    failed_before = False

    async def attempt() -> None:
        nonlocal failed_before
        try:
            await call()
        except BadRequest as error:  # A subclass of NetworkError: caught first.
            if failed_before and delivered(error):
                log.info("Bot API call had taken effect before its error: %s", error)
                return
            raise
        except NetworkError:
            failed_before = True
            raise

    await with_retries(attempt, first_backoff=first_backoff)


async def send_reply(
    bot: Bot, *, chat_id: int, reply: Reply, reply_to: int | None = None
) -> Message:
    """Sends one reply (text, photo or document, with its buttons); returns the last message."""
    markup: InlineKeyboardMarkup | ForceReply | None = keyboard(reply.options)
    if markup is None and reply.force_reply:
        markup = ForceReply(selective=True)  # Only the person asked sees the reply prompt.
    params = ReplyParameters(reply_to, allow_sending_without_reply=True) if reply_to else None
    if reply.photo is not None or reply.document is not None:
        return await _send_file(bot, chat_id=chat_id, reply=reply, params=params)
    chunks = split_text(reply.text)
    message: Message | None = None
    for number, chunk in enumerate(chunks, 1):
        message = await with_retries(
            partial(
                bot.send_message,
                chat_id,
                chunk,
                reply_markup=markup if number == len(chunks) else None,
                reply_parameters=params if number == 1 else None,
            )
        )
    assert message is not None
    return message


async def _send_file(
    bot: Bot, *, chat_id: int, reply: Reply, params: ReplyParameters | None
) -> Message:
    caption: str | None = reply.text
    if caption and telegram_length(caption) > CAPTION_LIMIT:
        await send_reply(bot, chat_id=chat_id, reply=Reply(caption))
        caption = None
    markup = keyboard(reply.options)
    if reply.photo is not None:
        await with_retries(partial(bot.send_chat_action, chat_id, ChatAction.UPLOAD_PHOTO))
        return await with_retries(
            partial(
                bot.send_photo,
                chat_id,
                reply.photo,
                caption=caption,
                reply_markup=markup,
                reply_parameters=params,
            )
        )
    assert reply.document is not None
    upload = InputFile(reply.document.content, filename=reply.document.file_name)
    await with_retries(partial(bot.send_chat_action, chat_id, ChatAction.UPLOAD_DOCUMENT))
    return await with_retries(
        partial(
            bot.send_document,
            chat_id,
            upload,
            caption=caption,
            reply_markup=markup,
            reply_parameters=params,
        )
    )


@contextlib.asynccontextmanager
async def typing_while_slow(
    bot: Bot, chat_id: int, *, delay: float = TYPING_DELAY
) -> AsyncIterator[None]:
    """Shows "typing" in the chat while the body runs longer than ``delay``."""

    async def keep_typing() -> None:
        await asyncio.sleep(delay)
        while True:
            try:
                await bot.send_chat_action(chat_id, ChatAction.TYPING)
            except NetworkError as error:  # Only a hint; never worth failing the turn.
                log.debug("typing indicator failed: %s", error)
            await asyncio.sleep(TYPING_REFRESH)

    task = asyncio.create_task(keep_typing())
    try:
        yield
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
