"""Before polling or serving a webhook: reach the Bot API, retrying with a clear line each time."""

from __future__ import annotations

import asyncio
import sys
from typing import TextIO

from telegram import Bot
from telegram.error import InvalidToken, NetworkError

from bot.dialogue.messages import telegram as msg

REACH_ATTEMPTS = 5
FIRST_WAIT = 1.0  # seconds; doubled after every failed attempt


async def reach_bot_api(
    bot: Bot,
    *,
    attempts: int = REACH_ATTEMPTS,
    first_wait: float = FIRST_WAIT,
    out: TextIO = sys.stderr,
) -> None:
    """Calls getMe until it answers; one line per failed attempt, never the token.

    Raises :class:`InvalidToken` at once (retrying cannot help) and the last
    :class:`NetworkError` when every attempt failed.
    """
    wait = first_wait
    for attempt in range(1, attempts + 1):
        try:
            async with bot:
                await bot.get_me()
            return
        except InvalidToken:
            raise
        except NetworkError as error:
            if attempt == attempts:
                raise
            reason = error.message.replace(bot.token, "***")  # never the token, even in a URL
            line = msg.API_RETRY.format(
                attempt=attempt, attempts=attempts, error=reason, wait=f"{wait:g}"
            )
            print(line, file=out, flush=True)
            await asyncio.sleep(wait)
            wait *= 2
