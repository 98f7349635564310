"""Schedules typed by admins."""

from __future__ import annotations

import pytest

from knowledge.schedules import Frequency, Schedule
from nlu.schedules import ScheduleError, is_off, parse_schedule


@pytest.mark.parametrize(
    ("text", "schedule"),
    [
        ("", Schedule(Frequency.WEEKLY, hour=9, weekday=0)),
        ("每周一 9:00", Schedule(Frequency.WEEKLY, hour=9, weekday=0)),
        ("每周五", Schedule(Frequency.WEEKLY, hour=9, weekday=4)),
        ("每天 18:00", Schedule(Frequency.DAILY, hour=18)),
        ("每天下午5点半", Schedule(Frequency.DAILY, hour=17, minute=30)),
        ("每月1日 9:00", Schedule(Frequency.MONTHLY, hour=9, day=1)),
        ("每月15号 ８：３０", Schedule(Frequency.MONTHLY, hour=8, minute=30, day=15)),
    ],
    ids=[
        "default",
        "monday",
        "friday-default-time",
        "daily",
        "afternoon-half",
        "monthly",
        "fullwidth",
    ],
)
def test_parse_schedule(text: str, schedule: Schedule) -> None:
    assert parse_schedule(text) == schedule


@pytest.mark.parametrize(
    "text",
    ["每周一 25:00", "每月31日", "明天", "每天 九十点"],
    ids=["hour", "day", "no-frequency", "garbage-time"],
)
def test_bad_schedule_raises_with_the_text(text: str) -> None:
    with pytest.raises(ScheduleError) as caught:
        parse_schedule(text)
    assert caught.value.text == text


def test_off_words() -> None:
    assert is_off("关闭") and is_off(" 取消 ") and not is_off("每天")
