import datetime as dt
from decimal import Decimal

import pytest

from knowledge.values import (
    form_date,
    format_yuan,
    has_day,
    parse_amount,
    parse_date,
    parse_date_range,
)


@pytest.mark.parametrize(
    ("text", "unit", "expected"),
    [
        ("1,300,000.00", "元", "1300000.00"),
        ("0.00", "元", "0.00"),
        ("250万", "元", "2500000.00"),
        ("130万元", "元", "1300000.00"),
        ("250", "万元", "2500000.00"),
        ("12.345", "元", "12.35"),
        ("１，０００", "元", "1000.00"),
    ],
    ids=["thousands", "zero", "wan", "wan-yuan", "wan-column", "rounded-to-fen", "full-width"],
)
def test_parse_amount(text: str, unit: str, expected: str) -> None:
    assert parse_amount(text, default_unit=unit) == Decimal(expected)


@pytest.mark.parametrize(
    "text", ["项目资金总额：", "", "一百万", "1,3"], ids=["label", "empty", "words", "bad"]
)
def test_parse_amount_rejects_non_amounts(text: str) -> None:
    assert parse_amount(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-01-01", dt.date(2026, 1, 1)),
        ("2026/1/1", dt.date(2026, 1, 1)),
        ("2026.07", dt.date(2026, 7, 1)),
        ("2026年7月15日", dt.date(2026, 7, 15)),
        ("2026 年 7 月", dt.date(2026, 7, 1)),
    ],
    ids=["iso", "slashes", "dotted-month", "chinese", "spaced-month"],
)
def test_parse_date(text: str, expected: dt.date) -> None:
    assert parse_date(text) == expected


def test_parse_date_rejects_impossible_dates() -> None:
    assert parse_date("2026-13-01") is None
    assert parse_date("2026-02-30") is None
    assert parse_date("明年") is None


def test_parse_date_range_covers_whole_months() -> None:
    assert parse_date_range("2023.07-2024.01") == (dt.date(2023, 7, 1), dt.date(2024, 1, 31))
    assert parse_date_range("2024年1月至2026年12月") == (
        dt.date(2024, 1, 1),
        dt.date(2026, 12, 31),
    )


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("2026-01-01", True),
        ("2026年7月1日", True),
        ("2023-07-01至2024-01-31", True),
        ("2026.07", False),
        ("2026年7月", False),
        ("2023.07-2024.01", False),  # the range's dash is no day
        ("2024年1月1日至2026年12月", False),  # one end by month: the range is
    ],
)
def test_has_day_tells_dates_written_by_month(text: str, named: bool) -> None:
    assert has_day(text) is named


def test_form_date_writes_a_month_as_the_form_does() -> None:
    assert form_date(dt.date(2024, 1, 31), by_month=True) == "2024.01"
    assert form_date(dt.date(2024, 1, 31), by_month=False) == "2024-01-31"


def test_format_yuan_shows_wan_and_yuan() -> None:
    assert format_yuan(Decimal("1300000.00")) == "130万元（1,300,000.00元）"
    assert format_yuan(Decimal("2505000")) == "250.5万元（2,505,000.00元）"
