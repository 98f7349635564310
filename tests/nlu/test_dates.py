"""Dates as people type them when logging an event, relative to a fixed today."""

from __future__ import annotations

import datetime as dt

import pytest

from nlu.dates import find_date, parse_day

TODAY = dt.date(2026, 11, 25)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("今天", dt.date(2026, 11, 25)),
        ("今日", dt.date(2026, 11, 25)),
        ("昨天", dt.date(2026, 11, 24)),
        ("前天", dt.date(2026, 11, 23)),
        ("大前天", dt.date(2026, 11, 22)),
        ("3天前", dt.date(2026, 11, 22)),
        ("上周五", dt.date(2026, 11, 20)),
        ("上星期一", dt.date(2026, 11, 16)),
        ("上上周五", dt.date(2026, 11, 13)),
        ("周一", dt.date(2026, 11, 23)),
        ("周五", dt.date(2026, 11, 20)),
        ("本周三", dt.date(2026, 11, 25)),
        ("11月3日", dt.date(2026, 11, 3)),
        ("11月3号", dt.date(2026, 11, 3)),
        ("十一月三日", dt.date(2026, 11, 3)),
        ("2026-11-03", dt.date(2026, 11, 3)),
        ("2026/11/3", dt.date(2026, 11, 3)),
        ("2026年11月3日", dt.date(2026, 11, 3)),
        ("２０２６－１１－０３", dt.date(2026, 11, 3)),
        ("11.3", dt.date(2026, 11, 3)),
        ("11/3", dt.date(2026, 11, 3)),
    ],
    ids=[
        "today",
        "today-formal",
        "yesterday",
        "day-before",
        "three-days-ago",
        "n-days-ago",
        "last-friday",
        "last-monday",
        "friday-two-weeks-ago",
        "bare-monday",
        "bare-friday",
        "this-wednesday",
        "month-day",
        "month-day-hao",
        "chinese-numerals",
        "iso",
        "slashes",
        "full-chinese",
        "full-width",
        "dotted",
        "slashed-short",
    ],
)
def test_parse_day_reads_every_written_form(text: str, expected: dt.date) -> None:
    assert parse_day(text, today=TODAY) == expected


def test_month_day_later_than_today_means_last_year() -> None:
    assert parse_day("12月20日", today=dt.date(2027, 1, 5)) == dt.date(2026, 12, 20)


def test_explicit_future_date_is_kept_for_the_caller_to_question() -> None:
    assert parse_day("2026-12-30", today=TODAY) == dt.date(2026, 12, 30)


@pytest.mark.parametrize(
    "text", ["下雨天", "13月5日", "2026-02-30", "11.3万", "", "明年"], ids=str
)
def test_parse_day_rejects_what_is_not_a_date(text: str) -> None:
    assert parse_day(text, today=TODAY) is None


def test_find_date_inside_a_message_gives_its_position() -> None:
    span = find_date("记录 11月20日 海峡两岸科普论坛 3人", today=TODAY)
    assert span is not None
    assert (span.date, span.text, span.start) == (dt.date(2026, 11, 20), "11月20日", 3)


def test_find_date_prefers_the_full_iso_date_over_its_tail() -> None:
    span = find_date("2026-11-03 征集论文 三篇", today=TODAY)
    assert span is not None and span.text == "2026-11-03"


def test_find_date_ignores_a_decimal_value() -> None:
    assert find_date("成本 3.5万元", today=TODAY) is None
