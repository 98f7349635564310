"""Reaching the Bot API before start: retries with one line each, never the token."""

from __future__ import annotations

import io
import socket

import pytest
from telegram import Bot
from telegram.error import NetworkError

from bot.telegram.preflight import reach_bot_api

TOKEN = "123:NEVER-IN-A-LOG"


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def test_an_unreachable_api_is_retried_with_one_line_per_attempt() -> None:
    bot = Bot(TOKEN, base_url=f"http://127.0.0.1:{_closed_port()}/bot")
    out = io.StringIO()
    with pytest.raises(NetworkError):
        await reach_bot_api(bot, attempts=3, first_wait=0.01, out=out)
    lines = out.getvalue().splitlines()
    assert [line.split("次")[0] for line in lines] == ["第 1/3 ", "第 2/3 "]
    assert all("重试" in line for line in lines) and TOKEN not in out.getvalue()
