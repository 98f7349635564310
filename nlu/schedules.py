"""Posting schedules as admins type them: 每周一 9:00, 每天 18:00, 每月1日 9:00, 关闭."""

from __future__ import annotations

import re
import unicodedata

from knowledge.schedules import (
    DEFAULT_HOUR,
    DEFAULT_WEEKDAY,
    MAX_MONTH_DAY,
    Frequency,
    Schedule,
)
from nlu.dates import WEEKDAYS
from nlu.numbers import parse_number

OFF_WORDS = ("关闭", "取消", "停止", "off")
_TIME = re.compile(
    r"(?:(?P<half>上午|早上|早晨|下午|晚上)\s*)?(?P<h>\d{1,2}|[一二两三四五六七八九十]{1,3})"
    r"\s*(?:[:：点时]\s*(?P<m>\d{1,2}|半)?)?\s*(?:分)?$"
)
_WEEKLY = re.compile(r"^(?:每周|每星期|每礼拜|周|星期)(?P<wd>[一二三四五六日天七])?")
_DAILY = re.compile(r"^(?:每天|每日|天天)")
_MONTHLY = re.compile(r"^每月\s*(?P<d>\d{1,2}|[一二三四五六七八九十]{1,3})?\s*[日号]?")
_AFTERNOON = ("下午", "晚上")


class ScheduleError(ValueError):
    """The text is not a schedule; ``text`` is what was typed."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text


def is_off(text: str) -> bool:
    """Tells whether the admin asks to stop scheduled posts."""
    return text.strip().lower() in OFF_WORDS


def parse_schedule(text: str) -> Schedule:
    """Parses a schedule; an empty text is the default 每周一 9:00."""
    cleaned = unicodedata.normalize("NFKC", text).strip()
    if not cleaned:
        return Schedule(Frequency.WEEKLY, weekday=DEFAULT_WEEKDAY)
    for pattern, frequency in (
        (_DAILY, Frequency.DAILY),
        (_WEEKLY, Frequency.WEEKLY),
        (_MONTHLY, Frequency.MONTHLY),
    ):
        match = pattern.match(cleaned)
        if match:
            hour, minute = _parse_time(cleaned[match.end() :].strip(), text)
            try:
                return Schedule(
                    frequency,
                    hour=hour,
                    minute=minute,
                    weekday=_weekday(match) if frequency is Frequency.WEEKLY else None,
                    day=_day(match, text) if frequency is Frequency.MONTHLY else None,
                )
            except ValueError as error:
                raise ScheduleError(text) from error
    raise ScheduleError(text)


def _weekday(match: re.Match[str]) -> int:
    word = match.group("wd")
    return WEEKDAYS[word] if word else DEFAULT_WEEKDAY


def _day(match: re.Match[str], text: str) -> int:
    word = match.group("d")
    number = parse_number(word) if word else 1
    if number is None or not 1 <= number <= MAX_MONTH_DAY:
        raise ScheduleError(text)
    return int(number)


def _parse_time(rest: str, text: str) -> tuple[int, int]:
    if not rest:
        return DEFAULT_HOUR, 0
    match = _TIME.match(rest)
    hour = parse_number(match.group("h")) if match else None
    if match is None or hour is None:
        raise ScheduleError(text)
    minute_text = match.group("m")
    minute = 30 if minute_text == "半" else int(minute_text or 0)
    value = int(hour)
    if match.group("half") in _AFTERNOON and value < 12:
        value += 12
    if not (0 <= value < 24 and 0 <= minute < 60):
        raise ScheduleError(text)
    return value, minute
