"""Reading one logging message into indicators, values, the date and the event."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from knowledge.actuals import Aggregation, Quantity, Status
from knowledge.catalog import Catalog
from nlu.record_parser import (
    normalize_record_text,
    parse_quantity,
    parse_record,
    search_indicators,
)

TODAY = dt.date(2026, 11, 25)


@pytest.mark.parametrize(
    ("text", "number", "unit"),
    [
        ("120", Decimal(120), None),
        ("１２０", Decimal(120), None),
        ("一百二十", Decimal(120), None),
        ("1.2万", Decimal(12000), None),
        ("120人", Decimal(120), "人"),
        ("三场", Decimal(3), "场"),
        ("两千五百元", Decimal(2500), "元"),
        ("3万元", Decimal(30000), "元"),
        ("3 万元", Decimal(30000), "元"),
        ("98%", Decimal(98), "%"),
        ("百分之九十八", Decimal(98), "%"),
        ("-5", Decimal(-5), None),
        ("1,200", Decimal(1200), None),
    ],
    ids=[
        "arabic",
        "full-width",
        "chinese",
        "wan",
        "with-unit",
        "chinese-with-unit",
        "chinese-yuan",
        "wan-yuan",
        "spaced-wan-yuan",
        "percent",
        "chinese-percent",
        "negative",
        "grouped",
    ],
)
def test_parse_quantity_reads_numbers_in_any_form(
    text: str, number: Decimal, unit: str | None
) -> None:
    quantity = parse_quantity(text)
    assert quantity is not None
    assert (quantity.number, quantity.unit) == (number, unit)


def test_parse_quantity_marks_a_bare_wan_for_money() -> None:
    assert parse_quantity("3万") == Quantity(Decimal(30000), None, "3万", wan=True)


@pytest.mark.parametrize("text", ["很多", "120人左右吧", "abc", ""], ids=str)
def test_parse_quantity_rejects_what_is_not_one_value(text: str) -> None:
    assert parse_quantity(text) is None


def test_normalize_strips_the_trigger_word() -> None:
    assert normalize_record_text("登记：昨天　活动参与人数") == "昨天 活动参与人数"


def _names(catalog: Catalog, text: str) -> list[tuple[str | None, Decimal | None]]:
    parsed = parse_record(text, catalog=catalog, today=TODAY)
    return [
        (
            item.indicator.name if item.indicator else None,
            item.quantity.number if item.quantity else None,
        )
        for item in parsed.items
    ]


def test_readme_example_names_the_indicator_value_and_date(catalog: Catalog) -> None:
    parsed = parse_record(
        "记录 11月20日 海峡两岸科普论坛 上海代表参会 3人", catalog=catalog, today=TODAY
    )
    assert parsed.date == dt.date(2026, 11, 20)
    (item,) = parsed.items
    assert item.indicator is not None
    assert item.indicator.name == "海峡两岸科普论坛上海代表参会人数"
    assert item.quantity == Quantity(Decimal(3), "人", "3人")
    assert parsed.event is None


@pytest.mark.parametrize(
    ("text", "name", "number"),
    [
        ("登记 昨天 活动参与人数 一百二十", "活动参与人数", Decimal(120)),
        ("报送 活动参与人数 １２０人", "活动参与人数", Decimal(120)),
        ("记录活动参与人数120人", "活动参与人数", Decimal(120)),
        ("记录 合作单位 2家", "合作单位数量", Decimal(2)),
        ("记录 征集论文 三篇", "第 34 届海峡两岸都市交通学术研讨会上海征集论文数量", Decimal(3)),
        ("记录 上周五 港澳台学生 50人", None, Decimal(50)),
        ("记录 活动、论坛质量达标率 98%", "活动、论坛质量达标率", Decimal(98)),
    ],
    ids=[
        "chinese-number",
        "full-width",
        "no-spaces",
        "organisations",
        "papers",
        "long-name",
        "percent",
    ],
)
def test_one_message_names_the_indicator(
    catalog: Catalog, text: str, name: str | None, number: Decimal
) -> None:
    [(found, value)] = _names(catalog, text)
    assert value == number
    if name is not None:
        assert found == name
    else:
        assert found is not None and "港澳台籍学生人数" in found


def test_money_in_wan_yuan_goes_to_the_project_cost_cap(catalog: Catalog) -> None:
    parsed = parse_record("报送 国际科技人文交流与合作 成本 3.5万元", catalog=catalog, today=TODAY)
    assert parsed.project is not None and parsed.project.name == "国际科技人文交流与合作"
    (item,) = parsed.items
    assert item.indicator is not None and item.indicator.name == "国际科技人文交流合作成本控制数"
    assert item.quantity == Quantity(Decimal(35000), "元", "3.5万元")


def test_one_event_touching_two_indicators_proposes_both(catalog: Catalog) -> None:
    parsed = parse_record(
        "记录 11月20日 科普讲座进社区 1场 参与120人", catalog=catalog, today=TODAY
    )
    assert len(parsed.items) == 2
    sessions, people = parsed.items
    assert people.indicator is not None and people.indicator.name == "活动参与人数"
    # 1场 is not named, so the user picks; the choices stay in the same project.
    assert sessions.indicator is None
    assert sessions.candidates
    assert {c.indicator.project_id for c in sessions.candidates} == {people.indicator.project_id}
    assert parsed.event == "科普讲座进社区"


def test_a_status_after_the_name_is_not_taken_from_inside_it(catalog: Catalog) -> None:
    parsed = parse_record(
        "记录 科普活动影响力提升情况 达成 备注：媒体报道5篇", catalog=catalog, today=TODAY
    )
    (item,) = parsed.items
    assert item.status is Status.ACHIEVED
    assert item.indicator is not None and item.indicator.name == "科普活动影响力提升情况"
    assert parsed.note == "媒体报道5篇"


def test_a_name_shared_by_two_projects_asks_which(catalog: Catalog) -> None:
    parsed = parse_record("记录 活动完成及时性 已完成", catalog=catalog, today=TODAY)
    (item,) = parsed.items
    assert item.status is Status.ACHIEVED
    assert item.indicator is None
    assert [c.indicator.name for c in item.candidates[:2]] == ["活动完成及时性"] * 2


def test_a_quoted_event_name_is_taken_as_the_event(catalog: Catalog) -> None:
    parsed = parse_record("记录 “海智沙龙” 活动参与人数 1.2万", catalog=catalog, today=TODAY)
    assert parsed.event == "海智沙龙"
    (item,) = parsed.items
    assert item.quantity is not None and item.quantity.number == Decimal(12000)


def test_a_bare_value_offers_only_indicators_whose_unit_fits(catalog: Catalog) -> None:
    parsed = parse_record("记录 120人", catalog=catalog, today=TODAY)
    (item,) = parsed.items
    assert item.indicator is None
    assert item.candidates
    assert all(c.indicator.target.unit in ("人", "人次", "名") for c in item.candidates)


def test_ordinals_and_years_in_names_are_not_values(catalog: Catalog) -> None:
    parsed = parse_record(
        "记录 第34届海峡两岸都市交通学术研讨会 2026年 活动 4场", catalog=catalog, today=TODAY
    )
    assert [item.quantity.number for item in parsed.items if item.quantity] == [Decimal(4)]


def test_message_without_values_still_names_the_indicator(catalog: Catalog) -> None:
    parsed = parse_record("记录 海峡两岸科普论坛上海代表参会人数", catalog=catalog, today=TODAY)
    (item,) = parsed.items
    assert item.quantity is None
    assert item.indicator is not None and item.indicator.name.startswith("海峡两岸科普论坛")


def test_rule_for_decides_which_indicators_a_unit_fits(catalog: Catalog) -> None:
    parsed = parse_record(
        "记录 参与人员与合作单位满意度 95",
        catalog=catalog,
        today=TODAY,
        rule_for=lambda _indicator: Aggregation.STATUS,
    )
    (item,) = parsed.items
    assert item.quantity is not None and item.quantity.number == Decimal(95)
    assert item.candidates == ()


def test_search_indicators_tolerates_a_short_fuzzy_query(catalog: Catalog) -> None:
    found = search_indicators("参与人数", catalog.indicators)
    assert found[0].indicator.name == "活动参与人数"
    assert not search_indicators("天气预报", catalog.indicators)
