"""The scheduled-posts loop against the recording Bot API fake, at an injected clock."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any
from zoneinfo import ZoneInfo

from sqlmodel import Session
from telegram import Bot

from bot.dialogue.context import App
from bot.dialogue.posts import PostScheduler
from bot.telegram.schedule_loop import MAX_WAIT_SECONDS, ScheduleLoop
from knowledge.schedules import Frequency, Schedule
from storage.schedules import set_schedule
from tests.telegram.fakebot import RecordingRequest

SHANGHAI = ZoneInfo("Asia/Shanghai")
GROUP = -100500


class FailingSends(RecordingRequest):
    """Answers the first ``failures`` sendMessage calls with 400 Bad Request."""

    def __init__(self, failures: int) -> None:
        super().__init__()
        self.failures = failures

    async def do_request(
        self, url: str, method: str, *args: Any, **kwargs: Any
    ) -> tuple[int, bytes]:
        if url.endswith("/sendMessage") and self.failures > 0:
            self.failures -= 1
            answer = {"ok": False, "error_code": 400, "description": "Bad Request: chat not found"}
            return 400, json.dumps(answer).encode()
        return await super().do_request(url, method, *args, **kwargs)


class Moment:
    """A clock the test sets."""

    def __init__(self, text: str) -> None:
        self.set(text)

    def set(self, text: str) -> None:
        self.now = dt.datetime.fromisoformat(text).replace(tzinfo=SHANGHAI)

    def __call__(self) -> dt.datetime:
        return self.now


def subscribe(app: App, at: dt.datetime) -> None:
    with Session(app.engine) as session:
        schedule = Schedule(Frequency.WEEKLY, hour=9, weekday=0)
        set_schedule(session=session, chat_id=GROUP, schedule=schedule, by=1001, now=at)
        session.commit()


async def test_failed_send_is_retried_next_tick_and_posted_once(app: App) -> None:
    request = FailingSends(failures=1)
    clock = Moment("2026-11-02 08:00")
    subscribe(app, clock())
    async with Bot("123:TEST", request=request, get_updates_request=RecordingRequest()) as bot:
        loop = ScheduleLoop(PostScheduler(app), bot=bot, clock=clock)
        assert await loop.tick() == []
        clock.set("2026-11-02 09:00:01")
        assert await loop.tick() == []  # the send failed: the claim was given back
        (sent,) = await loop.tick()
        assert sent.chat_id == GROUP and sent.period == "weekly:2026-11-02"
        assert await loop.tick() == []
    texts = [p["text"] for p in request.sent("sendMessage") if str(p["chat_id"]) == str(GROUP)]
    assert len(texts) == 1 and texts[0].startswith("进度简报（2026-11-02")
    assert len(request.sent("sendPhoto")) == 2


def test_wait_is_until_the_next_slot_within_bounds(app: App, bot: Bot) -> None:
    clock = Moment("2026-11-02 08:59:58")
    loop = ScheduleLoop(PostScheduler(app), bot=bot, clock=clock)
    assert loop.wait_seconds() == MAX_WAIT_SECONDS  # no schedule yet
    subscribe(app, clock())
    assert loop.wait_seconds() == 2.0
