from __future__ import annotations

from decimal import Decimal

import pytest

from nlu.numbers import find_numbers, parse_number


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("三百二十", "320"),
        ("两千", "2000"),
        ("1.2万", "12000"),
        ("百分之九十", "90"),
        ("一百二十", "120"),
        ("十二", "12"),
        ("十", "10"),
        ("一千零五十", "1050"),
        ("两万五", "25000"),
        ("一百五", "150"),
        ("一亿二千万", "120000000"),
        ("二零二六", "2026"),
        ("三点五", "3.5"),
        ("90%", "90"),
        ("1,300,000.00", "1300000.00"),
        ("300", "300"),
        ("零", "0"),
    ],
    ids=[
        "hundreds",
        "liang-thousand",
        "decimal-wan",
        "percent-words",
        "one-twenty",
        "teen",
        "ten",
        "inner-zero",
        "colloquial-wan",
        "colloquial-hundred",
        "yi-and-wan",
        "digit-by-digit",
        "decimal-words",
        "percent-sign",
        "thousands-separators",
        "arabic",
        "zero",
    ],
)
def test_parse_number_reads_chinese_and_arabic(text: str, expected: str) -> None:
    assert parse_number(text) == Decimal(expected)


@pytest.mark.parametrize(
    "text", ["万", "活动", "三百人", ""], ids=["lone-unit", "no-number", "trailing-word", "empty"]
)
def test_parse_number_rejects_non_numbers(text: str) -> None:
    assert parse_number(text) is None


def test_find_numbers_returns_spans_in_order() -> None:
    spans = find_numbers("第三十四届征集论文二十篇，预算1.2万元，满意度百分之九十")
    assert [span.value for span in spans] == [34, 20, 12000, 90]
    assert spans[0].text == "三十四"
    assert spans[-1].percent is True
