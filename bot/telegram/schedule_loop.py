"""Sends scheduled group summaries and reminders from a small asyncio loop.

The loop asks the transport-neutral :class:`PostScheduler` what is due, sends it through
the Bot API, and gives a claim back when sending failed so the next tick retries it. The
clock and the sleep are injectable, so tests run it at any moment without waiting.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Awaitable, Callable

from telegram import Bot
from telegram.error import TelegramError

from bot.dialogue.posts import Outgoing, PostScheduler
from bot.telegram.delivery import send_reply

log = logging.getLogger(__name__)

# The loop wakes at the next slot, but at least this often, so that a schedule set
# meanwhile (by this process or another) is seen soon; a tick is one small query.
MAX_WAIT_SECONDS = 5.0
MIN_WAIT_SECONDS = 0.5

Clock = Callable[[], dt.datetime]
Sleep = Callable[[float], Awaitable[None]]


class ScheduleLoop:
    """Ticks at the next due slot: posts what is due, once, and retries what failed."""

    def __init__(
        self,
        scheduler: PostScheduler,
        *,
        bot: Bot,
        clock: Clock,
        sleep: Sleep = asyncio.sleep,
        max_wait: float = MAX_WAIT_SECONDS,
    ) -> None:
        self.scheduler = scheduler
        self.bot = bot
        self.clock = clock
        self.sleep = sleep
        self.max_wait = max_wait

    async def tick(self) -> list[Outgoing]:
        """Sends everything due now; returns what was sent."""
        due = await asyncio.to_thread(self.scheduler.due, self.clock())
        sent = []
        for outgoing in due:
            try:
                for reply in outgoing.replies:
                    await send_reply(self.bot, chat_id=outgoing.chat_id, reply=reply)
            except TelegramError as error:
                log.warning("scheduled message to %s failed: %s", outgoing.chat_id, error)
                await asyncio.to_thread(self.scheduler.release, outgoing)
                continue
            sent.append(outgoing)
        return sent

    def wait_seconds(self) -> float:
        """Returns how long to sleep until the next slot, within the bounds."""
        now = self.clock()
        upcoming = self.scheduler.next_wakeup(now)
        if upcoming is None:
            return self.max_wait
        seconds = (upcoming - now).total_seconds()
        return min(max(seconds, MIN_WAIT_SECONDS), self.max_wait)

    async def run(self) -> None:
        """Ticks until cancelled; a failing tick is logged and the loop goes on."""
        while True:
            try:
                await self.tick()
            except Exception:  # The loop must outlive one bad tick (a database hiccup).
                log.exception("scheduled posts failed")
            await self.sleep(await asyncio.to_thread(self.wait_seconds))
