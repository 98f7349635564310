import datetime as dt
from decimal import Decimal

import pytest

from knowledge.model import Direction, IndicatorKind
from knowledge.targets import looks_like_target, parse_target


@pytest.mark.parametrize(
    ("raw", "operator", "value", "unit", "direction", "display"),
    [
        ("≥300.00(人)", "≥", "300.00", "人", Direction.HIGHER, "≥300人"),
        ("≤130.00(万元)", "≤", "130.00", "万元", Direction.LOWER, "≤130万元"),
        ("=100.00(%)", "=", "100.00", "%", Direction.EXACT, "=100%"),
        ("=0.00(起)", "=", "0.00", "起", Direction.EXACT, "=0起"),
        ("≥8000.00(人次)", "≥", "8000.00", "人次", Direction.HIGHER, "≥8000人次"),
        ("985米", None, "985", "米", Direction.HIGHER, "985米"),
        ("10辆", None, "10", "辆", Direction.HIGHER, "10辆"),
        ("≥85%", "≥", "85", "%", Direction.HIGHER, "≥85%"),
        ("≥80M", "≥", "80", "M", Direction.HIGHER, "≥80M"),
        ("≥ 300 人", "≥", "300", "人", Direction.HIGHER, "≥300人"),
        ("＞５(场)", ">", "5", "场", Direction.HIGHER, ">5场"),
        (">=90%", "≥", "90", "%", Direction.HIGHER, "≥90%"),
        ("不低于90%", "≥", "90", "%", Direction.HIGHER, "≥90%"),
        ("≤250万元", "≤", "250", "万元", Direction.LOWER, "≤250万元"),
    ],
    ids=[
        "people",
        "cost-cap",
        "rate",
        "zero-incidents",
        "person-times",
        "metres-no-op",
        "vehicles-no-op",
        "bare-percent",
        "odd-unit",
        "spaces",
        "full-width",
        "ascii-op",
        "words-op",
        "wan-without-brackets",
    ],
)
def test_parse_quantitative_target(
    raw: str, operator: str | None, value: str, unit: str, direction: Direction, display: str
) -> None:
    target = parse_target(raw)
    assert target.kind is IndicatorKind.QUANTITATIVE
    assert target.raw == raw
    assert target.operator == operator
    assert target.value == Decimal(value)
    assert target.unit == unit
    assert target.direction is direction
    assert target.display() == display


@pytest.mark.parametrize(
    ("raw", "deadline"),
    [
        ("2026年12月底前", dt.date(2026, 12, 31)),
        ("2026 年 12 月底前", dt.date(2026, 12, 31)),
        ("2024年1月底前", dt.date(2024, 1, 31)),
        ("2025-09-30前", dt.date(2025, 9, 30)),
        ("2026年6月30日前", dt.date(2026, 6, 30)),
        ("2026年底前", dt.date(2026, 12, 31)),
    ],
    ids=["month-end", "spaced", "january", "iso-date", "day", "year-end"],
)
def test_parse_deadline_target(raw: str, deadline: dt.date) -> None:
    target = parse_target(raw)
    assert target.kind is IndicatorKind.DEADLINE
    assert target.deadline == deadline
    assert " " not in target.display()


@pytest.mark.parametrize(
    ("raw", "direction"),
    [
        ("有效提升", Direction.HIGHER),
        ("提升", Direction.HIGHER),
        ("提高", Direction.HIGHER),
        ("有效促进", Direction.HIGHER),
        ("降低", Direction.LOWER),
        ("减少", Direction.LOWER),
        ("可控", Direction.NONE),
        ("合理", Direction.NONE),
        ("及时", Direction.NONE),
        ("健全", Direction.NONE),
        ("建立健全", Direction.NONE),
        ("优良", Direction.NONE),
    ],
    ids=[
        "effective-rise",
        "rise",
        "raise",
        "promote",
        "lower",
        "reduce",
        "controllable",
        "reasonable",
        "timely",
        "sound",
        "established",
        "good",
    ],
)
def test_parse_qualitative_target(raw: str, direction: Direction) -> None:
    target = parse_target(raw)
    assert target.kind is IndicatorKind.QUALITATIVE
    assert target.value is None
    assert target.direction is direction
    assert target.display() == raw


@pytest.mark.parametrize(
    ("text", "expected"),
    [("≥3.00(场)", True), ("2026年12月底前", True), ("活动参与人数", False), ("有效提升", False)],
    ids=["quantity", "deadline", "name", "qualitative"],
)
def test_looks_like_target(text: str, expected: bool) -> None:
    assert looks_like_target(text) is expected


@pytest.mark.parametrize(
    ("raw", "operator", "unit"),
    [("90%以上", "≥", "%"), ("300人及以上", "≥", "人"), ("5天以内", "≤", "天")],
    ids=["percent-above", "people-and-above", "days-within"],
)
def test_parse_target_with_a_suffix_operator(raw: str, operator: str, unit: str) -> None:
    target = parse_target(raw)
    assert (target.kind, target.operator, target.unit) == (
        IndicatorKind.QUANTITATIVE,
        operator,
        unit,
    )
