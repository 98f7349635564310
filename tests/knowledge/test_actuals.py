"""How entries add up per indicator, how values are checked, and the progress they make."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from knowledge.actuals import (
    Aggregation,
    DateInFuture,
    DateOutsideYear,
    Entry,
    FarBeyondTarget,
    FractionalCount,
    NegativeValue,
    PercentOverLimit,
    Quantity,
    Status,
    UnitMismatch,
    check_date,
    check_magnitude,
    compute_progress,
    default_aggregation,
    measure,
    parse_status,
)
from knowledge.builtin import builtin_document_text
from knowledge.catalog import IndicatorInfo, catalog_from_forms
from knowledge.declaration import parse_declaration_text
from knowledge.targets import parse_target

INDICATORS = {
    ind.name: ind
    for ind in catalog_from_forms(
        parse_declaration_text(builtin_document_text(), source="builtin")
    ).indicators
}
PEOPLE = parse_target("≥300.00(人)")
CAP = parse_target("≤40.00(万元)")
RATE = parse_target("=100.00(%)")
DEADLINE = parse_target("2026 年 12 月底前")
QUALITATIVE = parse_target("有效提升")
TODAY = dt.date(2026, 11, 25)


def _indicator(name: str) -> IndicatorInfo:
    return INDICATORS[name]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("活动参与人数", Aggregation.COUNT),
        ("海峡两岸科普论坛上海代表参会人数", Aggregation.COUNT),
        ("服务科技工作者人数", Aggregation.COUNT),
        ("第 34 届海峡两岸都市交通学术研讨会相关活动场次", Aggregation.COUNT),
        ("培育新申报院士(专家)工作站(服务中心)数量", Aggregation.COUNT),
        ("活动安全事故发生数", Aggregation.COUNT),
        ("国际科技人文交流合作成本控制数", Aggregation.MONEY),
        ("活动、论坛质量达标率", Aggregation.LEVEL),
        ("参与人员与合作单位满意度", Aggregation.LEVEL),
        ("活动完成及时性", Aggregation.DEADLINE),
        ("科普活动影响力提升情况", Aggregation.STATUS),
        ("长效管理机制健全性", Aggregation.STATUS),
    ],
    ids=[
        "people",
        "delegates",
        "person-times",
        "sessions",
        "organisations",
        "incidents",
        "cost-cap",
        "rate",
        "satisfaction",
        "deadline",
        "qualitative",
        "mechanism",
    ],
)
def test_default_aggregation_of_builtin_indicators(name: str, expected: Aggregation) -> None:
    indicator = _indicator(name)
    assert default_aggregation(indicator.target, indicator.name) is expected


def test_default_aggregation_falls_back_to_the_name_for_an_unknown_unit() -> None:
    assert default_aggregation(parse_target("≤5.00(千)"), "项目支出金额") is Aggregation.MONEY
    assert default_aggregation(parse_target("≥5.00(级)"), "覆盖率") is Aggregation.LEVEL
    assert default_aggregation(parse_target("10辆"), "采购车辆") is Aggregation.COUNT


@pytest.mark.parametrize(
    ("quantity", "expected"),
    [
        (Quantity(Decimal(120), None, "120"), Decimal(120)),
        (Quantity(Decimal(120), "人", "120人"), Decimal(120)),
        (Quantity(Decimal(3), "名", "3名"), Decimal(3)),
        (Quantity(Decimal(12000), None, "1.2万", wan=True), Decimal(12000)),
    ],
    ids=["bare", "same-unit", "synonym-unit", "wan-magnitude"],
)
def test_measure_count(quantity: Quantity, expected: Decimal) -> None:
    assert measure(quantity, rule=Aggregation.COUNT, target=PEOPLE) == expected


@pytest.mark.parametrize(
    ("quantity", "expected"),
    [
        (Quantity(Decimal("3.5"), None, "3.5"), Decimal("3.5")),
        (Quantity(Decimal(35000), "元", "3.5万元"), Decimal("3.5")),
        (Quantity(Decimal(35000), "元", "35000元"), Decimal("3.5")),
        (Quantity(Decimal(30000), None, "3万", wan=True), Decimal(3)),
        (Quantity(Decimal("1234.56"), "元", "1234.56元"), Decimal("0.123456")),
        (Quantity(Decimal(2), "千元", "2千元"), Decimal("0.2")),
    ],
    ids=["bare-in-target-unit", "wan-yuan", "yuan", "bare-wan", "yuan-exact-to-fen", "qian"],
)
def test_measure_money_converts_to_the_target_unit_exactly(
    quantity: Quantity, expected: Decimal
) -> None:
    assert measure(quantity, rule=Aggregation.MONEY, target=CAP) == expected


def test_measure_rejects_a_negative_value() -> None:
    with pytest.raises(NegativeValue) as error:
        measure(Quantity(Decimal(-5), None, "-5"), rule=Aggregation.COUNT, target=PEOPLE)
    assert error.value.value == Decimal(-5)


def test_measure_rejects_money_for_a_head_count() -> None:
    with pytest.raises(UnitMismatch) as error:
        measure(Quantity(Decimal(30000), "元", "3万元"), rule=Aggregation.COUNT, target=PEOPLE)
    assert (error.value.unit, error.value.expected) == ("万元", "人")


def test_measure_rejects_a_head_count_for_money() -> None:
    with pytest.raises(UnitMismatch) as error:
        measure(Quantity(Decimal(3), "人", "3人"), rule=Aggregation.MONEY, target=CAP)
    assert error.value.unit == "人"


def test_measure_rejects_an_unrelated_count_unit() -> None:
    with pytest.raises(UnitMismatch):
        measure(Quantity(Decimal(3), "篇", "3篇"), rule=Aggregation.COUNT, target=PEOPLE)


def test_measure_rejects_a_percentage_over_100() -> None:
    with pytest.raises(PercentOverLimit) as error:
        measure(Quantity(Decimal(120), "%", "120%"), rule=Aggregation.LEVEL, target=RATE)
    assert error.value.value == Decimal(120)


def test_measure_accepts_100_percent() -> None:
    assert measure(Quantity(Decimal(100), "%", "100%"), rule=Aggregation.LEVEL, target=RATE) == 100


def test_measure_rejects_half_a_person() -> None:
    with pytest.raises(FractionalCount):
        measure(Quantity(Decimal("2.5"), "人", "2.5人"), rule=Aggregation.COUNT, target=PEOPLE)


def test_check_magnitude_questions_more_than_ten_times_the_target() -> None:
    check_magnitude(Decimal(3000), target=PEOPLE)
    with pytest.raises(FarBeyondTarget) as error:
        check_magnitude(Decimal(3001), target=PEOPLE)
    assert (error.value.value, error.value.target) == (Decimal(3001), Decimal(300))


def test_check_magnitude_ignores_a_zero_target() -> None:
    check_magnitude(Decimal(5), target=parse_target("=0.00(起)"))


def test_check_date_questions_the_future_and_other_years() -> None:
    check_date(dt.date(2026, 11, 25), today=TODAY, year=2026)
    with pytest.raises(DateInFuture) as future:
        check_date(dt.date(2026, 11, 26), today=TODAY, year=2026)
    assert future.value.date == dt.date(2026, 11, 26)
    with pytest.raises(DateOutsideYear) as outside:
        check_date(dt.date(2025, 12, 31), today=TODAY, year=2026)
    assert outside.value.year == 2026


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("达成", Status.ACHIEVED),
        ("已完成", Status.ACHIEVED),
        ("部分达成", Status.PARTIAL),
        ("基本达成", Status.PARTIAL),
        ("未达成", Status.NOT_ACHIEVED),
        ("没有达成", Status.NOT_ACHIEVED),
        ("还行吧", None),
    ],
    ids=["achieved", "done", "partial", "mostly", "not", "not-colloquial", "unknown"],
)
def test_parse_status(text: str, expected: Status | None) -> None:
    assert parse_status(text) is expected


def _entries(*values: str) -> list[Entry]:
    return [
        Entry(event_date=dt.date(2026, 11, day), order=day, value=Decimal(value))
        for day, value in enumerate(values, 1)
    ]


def test_counts_add_up_to_the_readme_example() -> None:
    progress = compute_progress(
        indicator_id=7, target=PEOPLE, rule=Aggregation.COUNT, entries=_entries("120", "75")
    )
    assert progress.achieved == Decimal(195)
    assert progress.ratio == pytest.approx(0.65)
    assert (progress.entries, progress.unit, progress.last_date) == (2, "人", dt.date(2026, 11, 2))


def test_money_adds_up_exactly() -> None:
    progress = compute_progress(
        indicator_id=1,
        target=CAP,
        rule=Aggregation.MONEY,
        entries=_entries("0.1", "0.2", "12.3456"),
    )
    assert progress.achieved == Decimal("12.6456")


def test_latest_rate_stands_by_event_date_not_by_entry_order() -> None:
    entries = [
        Entry(event_date=dt.date(2026, 11, 5), order=1, value=Decimal(98)),
        Entry(event_date=dt.date(2026, 10, 1), order=2, value=Decimal(90)),
    ]
    progress = compute_progress(
        indicator_id=1, target=RATE, rule=Aggregation.LEVEL, entries=entries
    )
    assert progress.achieved == Decimal(98)
    assert progress.ratio == pytest.approx(0.98)


def test_latest_status_stands() -> None:
    entries = [
        Entry(event_date=dt.date(2026, 6, 1), order=1, status=Status.PARTIAL),
        Entry(event_date=dt.date(2026, 11, 1), order=2, status=Status.ACHIEVED),
    ]
    progress = compute_progress(
        indicator_id=1, target=QUALITATIVE, rule=Aggregation.STATUS, entries=entries
    )
    assert (progress.status, progress.ratio) == ("达成", 1.0)


def test_deadline_done_on_time_and_late() -> None:
    on_time = compute_progress(
        indicator_id=1,
        target=DEADLINE,
        rule=Aggregation.DEADLINE,
        entries=[Entry(event_date=dt.date(2026, 12, 20), order=1, status=Status.ACHIEVED)],
    )
    late = compute_progress(
        indicator_id=1,
        target=DEADLINE,
        rule=Aggregation.DEADLINE,
        entries=[Entry(event_date=dt.date(2027, 1, 3), order=1, status=Status.ACHIEVED)],
    )
    assert (on_time.status, on_time.ratio, on_time.last_date) == (
        "达成",
        1.0,
        dt.date(2026, 12, 20),
    )
    assert (late.status, late.ratio) == ("未达成", 0.0)


def test_no_entries_is_zero_for_counts_and_unknown_for_a_status() -> None:
    count = compute_progress(indicator_id=1, target=PEOPLE, rule=Aggregation.COUNT, entries=[])
    status = compute_progress(
        indicator_id=1, target=QUALITATIVE, rule=Aggregation.STATUS, entries=[]
    )
    assert (count.achieved, count.ratio, count.entries) == (Decimal(0), 0.0, 0)
    assert (status.status, status.ratio) == (None, None)
