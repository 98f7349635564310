"""Dates as people type them in a chat: 今天, 昨天, 上周五, 11月3日, 2026-11-03, 11.3."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

from nlu.numbers import parse_number

_DAY_WORDS = {
    "今天": 0,
    "今日": 0,
    "昨天": 1,
    "昨日": 1,
    "前天": 2,
    "前日": 2,
    "大前天": 3,
    # Future days are read too, so that the flow can question them instead of not understanding.
    "明天": -1,
    "明日": -1,
    "后天": -2,
}
WEEKDAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6, "七": 6}
_CN_DAY = r"[一二两三四五六七八九十]{1,3}"
_NUM = rf"(?:\d{{1,2}}|{_CN_DAY})"
_PATTERNS = (
    # 2026-11-03, 2026/11/3, 2026.11.3, 2026年11月3日
    re.compile(
        r"(?P<y>\d{4})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})(?:\s*[日号])?"
    ),
    # 11月3日, 十一月三号
    re.compile(rf"(?P<m>{_NUM})\s*月\s*(?P<d>{_NUM})(?:\s*[日号])?"),
    # 11.3, 11/3 (not part of a longer number such as 11.35 or 2026.11)
    re.compile(
        r"(?<![\d.])(?P<m>\d{1,2})[./](?P<d>\d{1,2})(?![\d.])(?!\s*[%万元人场次个名家篇条套起])"
    ),
    re.compile(r"(?P<word>大前天|前天|前日|昨天|昨日|今天|今日|明天|明日|后天)"),
    re.compile(r"(?P<days>\d{1,2}|[一二两三四五六七八九十]{1,2})\s*天前"),
    re.compile(
        r"(?P<week>上上|上|本|这|这个|上个)?\s*(?:周|星期|礼拜)(?P<wd>[一二三四五六日天七])"
    ),
)


@dataclass(frozen=True)
class DateSpan:
    """A date found in a text, with where it was written."""

    start: int
    end: int
    text: str
    date: dt.date


def _small_number(text: str) -> int | None:
    number = parse_number(text)
    return None if number is None or number != number.to_integral_value() else int(number)


def _month_day(month: int, day: int, *, today: dt.date) -> dt.date | None:
    """Returns the latest ``month``/``day`` not after today: people log what already happened."""
    for year in (today.year, today.year - 1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            return None
        if candidate <= today:
            return candidate
    return None


def _weekday(week: str | None, weekday: int, *, today: dt.date) -> dt.date:
    monday = today - dt.timedelta(days=today.weekday())
    if week in ("上", "上个"):
        return monday - dt.timedelta(days=7) + dt.timedelta(days=weekday)
    if week == "上上":
        return monday - dt.timedelta(days=14) + dt.timedelta(days=weekday)
    if week in ("本", "这", "这个"):
        return monday + dt.timedelta(days=weekday)
    # A bare 周五 means the most recent Friday, today included.
    return today - dt.timedelta(days=(today.weekday() - weekday) % 7)


def _date_of(match: re.Match[str], *, today: dt.date) -> dt.date | None:
    groups = match.groupdict()
    if groups.get("word"):
        return today - dt.timedelta(days=_DAY_WORDS[groups["word"]])
    if groups.get("days"):
        days = _small_number(groups["days"])
        return None if days is None else today - dt.timedelta(days=days)
    if groups.get("wd"):
        return _weekday(groups.get("week"), WEEKDAYS[groups["wd"]], today=today)
    month, day = _small_number(groups["m"]), _small_number(groups["d"])
    if month is None or day is None:
        return None
    if groups.get("y"):
        try:
            return dt.date(int(groups["y"]), month, day)
        except ValueError:
            return None
    return _month_day(month, day, today=today)


def find_date(text: str, *, today: dt.date) -> DateSpan | None:
    """Returns the first date written in ``text`` (positions refer to its NFKC form)."""
    normalized = unicodedata.normalize("NFKC", text)
    found: list[DateSpan] = []
    for pattern in _PATTERNS:
        for match in pattern.finditer(normalized):
            date = _date_of(match, today=today)
            if date is not None:
                found.append(DateSpan(match.start(), match.end(), match.group(0), date))
                break
    if not found:
        return None
    # The earliest, longest span wins, so 2026-11-03 is not read as 11.3 or 11-03.
    return min(found, key=lambda span: (span.start, -(span.end - span.start)))


def parse_day(text: str, *, today: dt.date) -> dt.date | None:
    """Parses a text that is only a date (``昨天``, ``11月3日``, ``2026-11-03``); else None."""
    stripped = unicodedata.normalize("NFKC", text).strip().rstrip("。.")
    span = find_date(stripped, today=today)
    if span is None or span.start != 0 or span.end != len(stripped):
        return None
    return span.date
