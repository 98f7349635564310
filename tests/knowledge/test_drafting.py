import datetime as dt
from decimal import Decimal

import pytest

from knowledge.actuals import Entry, compute_progress, default_aggregation
from knowledge.builtin import builtin_document_text
from knowledge.catalog import catalog_from_forms
from knowledge.declaration import parse_declaration_text
from knowledge.draft import (
    Draft,
    DraftRow,
    RowState,
    achieved_by_position,
    first_pending,
    goal_suggestions,
    insert_row,
    move_up,
    source_project,
    start_draft,
    suggested_draft,
    suggested_goal,
    take_all_suggestions,
    take_goal_suggestions,
)
from knowledge.drafting import (
    Reason,
    Suggestion,
    advance_text,
    format_target,
    is_multi_year,
    round_up_to_step,
    suggest,
    text_changes,
)
from knowledge.model import Funding
from knowledge.progress import Progress
from knowledge.targets import parse_target
from tests.knowledge.test_declaration import read_form

BUDGET = Decimal("1400000")


def logged(raw: str, *values: str, name: str = "活动参与人数") -> Progress:
    """Returns the progress of ``values`` logged on different days against ``raw``."""
    target = parse_target(raw)
    entries = [
        Entry(event_date=dt.date(2026, 3, day), order=day, value=Decimal(value))
        for day, value in enumerate(values, start=1)
    ]
    return compute_progress(
        indicator_id=1, target=target, rule=default_aggregation(target, name), entries=entries
    )


def suggest_for(
    raw: str,
    progress: Progress | None = None,
    *,
    level1: str = "产出指标",
    name: str = "活动参与人数",
) -> Suggestion:
    return suggest(
        level1=level1,
        name=name,
        target=parse_target(raw),
        progress=progress,
        year=2026,
        budget=BUDGET,
    )


def test_target_clearly_beaten_is_raised_toward_the_actual() -> None:
    suggestion = suggest_for("≥300.00(人)", logged("≥300.00(人)", "200", "223"))
    assert suggestion.reason is Reason.RAISED
    assert suggestion.target == "≥430.00(人)"
    assert suggestion.achieved == Decimal(423)


def test_raised_value_never_below_the_actual() -> None:
    suggestion = suggest_for("≥2.00(人)", logged("≥2.00(人)", "3"))
    assert suggestion.target == "≥3.00(人)"


def test_beaten_by_less_than_ten_percent_is_kept_as_met() -> None:
    suggestion = suggest_for("≥300.00(人)", logged("≥300.00(人)", "320"))
    assert (suggestion.reason, suggestion.target) == (Reason.MET, "≥300.00(人)")


def test_exactly_ten_percent_over_is_raised() -> None:
    suggestion = suggest_for("≥300.00(人)", logged("≥300.00(人)", "330"))
    assert (suggestion.reason, suggestion.target) == (Reason.RAISED, "≥330.00(人)")


def test_missed_target_is_kept_with_its_completion() -> None:
    suggestion = suggest_for("≥300.00(人)", logged("≥300.00(人)", "150"))
    assert (suggestion.reason, suggestion.target) == (Reason.MISSED, "≥300.00(人)")
    assert suggestion.ratio == Decimal("0.5")


def test_no_actuals_keeps_the_value_and_says_no_data() -> None:
    for progress in (None, logged("≥300.00(人)")):
        suggestion = suggest_for("≥300.00(人)", progress)
        assert (suggestion.reason, suggestion.target) == (Reason.NO_DATA, "≥300.00(人)")
        assert suggestion.achieved is None


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2026年12月底前", "2027年12月底前"),
        ("2026 年 12 月底前", "2027 年 12 月底前"),
        ("2026-09-30前", "2027-09-30前"),
    ],
    ids=["compact", "spaced", "iso"],
)
def test_deadline_moves_to_the_same_date_next_year(raw: str, expected: str) -> None:
    suggestion = suggest_for(raw, level1="产出指标", name="活动完成及时性")
    assert (suggestion.reason, suggestion.target) == (Reason.DEADLINE, expected)
    assert parse_target(suggestion.target).deadline is not None


def test_cost_cap_becomes_the_new_annual_budget_in_wan() -> None:
    suggestion = suggest_for("≤130.00(万元)", level1="成本指标", name="成本控制数")
    assert (suggestion.reason, suggestion.target) == (Reason.COST_CAP, "≤140.00(万元)")


def test_cost_cap_in_yuan_stays_in_yuan() -> None:
    suggestion = suggest_for("≤1300000.00(元)", level1="成本指标", name="成本控制数")
    assert suggestion.target == "≤1400000.00(元)"


def test_satisfaction_below_ninety_is_raised_to_ninety() -> None:
    suggestion = suggest_for("≥85.00(%)", level1="满意度指标", name="观众满意度")
    assert (suggestion.reason, suggestion.target) == (Reason.SATISFACTION, "≥90.00(%)")


def test_satisfaction_at_ninety_stays_even_when_beaten() -> None:
    progress = logged("≥90.00(%)", "99", name="满意度")
    suggestion = suggest_for("≥90.00(%)", progress, level1="满意度指标", name="满意度")
    assert (suggestion.reason, suggestion.target) == (Reason.SATISFACTION, "≥90.00(%)")


@pytest.mark.parametrize("raw", ["=0.00(起)", "=100.00(%)"], ids=["zero", "hundred"])
def test_exact_zero_and_hundred_percent_stay(raw: str) -> None:
    suggestion = suggest_for(raw, logged(raw, "0"), name="活动安全事故发生数")
    assert (suggestion.reason, suggestion.target) == (Reason.FIXED, raw)


def test_percent_raise_is_capped_at_one_hundred() -> None:
    progress = logged("≥80.00(%)", "99.5", name="达标率")
    suggestion = suggest_for("≥80.00(%)", progress, name="达标率")
    assert suggestion.target == "≥100.00(%)"


def test_qualitative_value_is_kept_and_flagged_not_measurable() -> None:
    suggestion = suggest_for("有效提升", level1="效益指标", name="科普活动影响力提升情况")
    assert (suggestion.reason, suggestion.target) == (Reason.QUALITATIVE, "有效提升")
    assert not suggestion.measurable


def test_cap_met_when_spending_stays_below() -> None:
    progress = logged("≤30.00(天)", "20", name="办理时长")
    suggestion = suggest_for("≤30.00(天)", progress, name="办理时长")
    assert suggestion.reason is Reason.MET


def test_names_with_year_and_edition_are_updated() -> None:
    name = "第 34 届海峡两岸都市交通学术研讨会相关活动场次"
    assert (
        suggest_for("≥4.00(场)", name=name).name
        == "第 35 届海峡两岸都市交通学术研讨会相关活动场次"
    )
    name = "2026 年港澳台大学生暑期实习（上海）活动征集实习岗位数量"
    assert suggest_for("≥100.00(个)", name=name).name.startswith("2027 年港澳台")


@pytest.mark.parametrize(
    ("text", "multi_year", "expected"),
    [
        (
            "筹划实施第 34 届海峡两岸都市交通学术研讨会",
            False,
            "筹划实施第 35 届海峡两岸都市交通学术研讨会",
        ),
        ("参加第25届辩论赛，第18届论坛", False, "参加第26届辩论赛，第19届论坛"),
        ("组织实施 2026 年港澳台大学生暑期实习", False, "组织实施 2027 年港澳台大学生暑期实习"),
        ("编印《企业科协建设指引(2026)》", False, "编印《企业科协建设指引(2027)》"),
        ("2024 年-2026 年累计服务", False, "2024 年-2026 年累计服务"),
        ("项目总体目标(2024 年-2026 年)", True, "项目总体目标(2025 年-2027 年)"),
        ("2025年已完成一期，2026年完成二期", False, "2025年已完成一期，2027年完成二期"),
        ("服务企业100家、科技工作者8000人次", False, "服务企业100家、科技工作者8000人次"),
        ("编号20260", False, "编号20260"),
    ],
    ids=[
        "edition-spaced",
        "editions",
        "year",
        "year-in-title",
        "range-one-year",
        "range-multi-year",
        "other-year",
        "numbers",
        "longer-number",
    ],
)
def test_advance_text(text: str, multi_year: bool, expected: str) -> None:
    assert advance_text(text, year=2026, multi_year=multi_year) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [("423", "430"), ("8450", "8500"), ("3", "3"), ("12.5", "13"), ("99.5", "100"), ("0", "0")],
)
def test_round_up_to_step(value: str, expected: str) -> None:
    assert round_up_to_step(Decimal(value)) == Decimal(expected)


def test_format_target_writes_the_form_style() -> None:
    assert format_target(operator="≥", value=Decimal(300), unit="人") == "≥300.00(人)"


def test_multi_year_from_totals_or_period() -> None:
    one_year = Funding(annual_total=Decimal(1), project_total=None)
    assert not is_multi_year(
        funding=one_year, planned_start=dt.date(2026, 1, 1), planned_end=dt.date(2026, 12, 31)
    )
    assert is_multi_year(
        funding=one_year, planned_start=dt.date(2024, 1, 1), planned_end=dt.date(2026, 12, 31)
    )
    two_totals = Funding(annual_total=Decimal(1), project_total=Decimal(3))
    assert is_multi_year(funding=two_totals, planned_start=None, planned_end=None)


def test_start_draft_of_seed_project_moves_dates_and_keeps_values() -> None:
    catalog = catalog_from_forms(parse_declaration_text(builtin_document_text(), source="seed"))
    international = catalog.projects[1]
    draft = start_draft(international)
    assert draft.year == 2027
    assert (draft.form.planned_start, draft.form.planned_end) == (
        dt.date(2027, 1, 1),
        dt.date(2027, 12, 31),
    )
    assert [row.target for row in draft.rows] == [i.target.raw for i in international.indicators]
    assert {row.state for row in draft.rows} == {RowState.PENDING}
    goal = suggested_goal(draft.form.annual_goal, draft=draft)
    assert "第 35 届海峡两岸都市交通学术研讨会" in goal
    assert "第 19 届海峡两岸科普论坛" in goal and "2027 年港澳台" in goal


def test_multi_year_draft_keeps_its_period() -> None:
    catalog = catalog_from_forms(read_form("multi_year.txt"))
    draft = start_draft(catalog.projects[0])
    assert draft.multi_year and draft.year == 2026
    assert draft.form.planned_end == dt.date(2026, 12, 31)


def test_draft_json_round_trip_keeps_everything() -> None:
    catalog = catalog_from_forms(parse_declaration_text(builtin_document_text(), source="seed"))
    draft = start_draft(catalog.projects[0])
    draft.rows[1].state = RowState.SUGGESTED
    draft.rows[2].state = RowState.DELETED
    again = Draft.from_json(draft.to_json())
    assert again == draft
    assert len(again.to_form().indicators) == len(draft.rows) - 1


def seed_draft(index: int = 1) -> Draft:
    catalog = catalog_from_forms(parse_declaration_text(builtin_document_text(), source="seed"))
    return start_draft(catalog.projects[index])


def test_text_changes_show_each_change_with_context() -> None:
    before = "发挥科协优势。筹划实施第 34 届海峡两岸都市交通学术研讨会，组织实施 2026 年港澳台"
    after = advance_text(before, year=2026, multi_year=False)
    assert text_changes(before, after) == [
        ("筹划实施第 34 届海峡两岸都市", "筹划实施第 35 届海峡两岸都市"),
        ("组织实施 2026 年港澳台", "组织实施 2027 年港澳台"),
    ]
    assert text_changes(before, before) == []


def test_goal_suggestions_list_only_changed_fields() -> None:
    draft = seed_draft()
    assert set(goal_suggestions(draft)) == {"annual_goal"}
    take_goal_suggestions(draft)
    assert goal_suggestions(draft) == {}
    take_goal_suggestions(draft)  # Taken twice, the editions still move on once.
    assert "第 35 届海峡两岸都市" in draft.form.annual_goal


def test_take_all_suggestions_uses_the_logged_actuals_and_skips_decided_rows() -> None:
    draft = seed_draft()
    participants = next(i for i, row in enumerate(draft.rows) if row.name == "活动参与人数")
    progress = {draft.rows[participants].source_id: logged("≥300.00(人)", "420")}
    draft.rows[0].state = RowState.KEPT
    taken = take_all_suggestions(draft, progress=progress.get)
    assert taken == len(draft.rows) - 1 and draft.rows[0].target == "≤40.00(万元)"
    assert draft.rows[participants].target == "≥420.00(人)"
    assert first_pending(draft) is None
    assert achieved_by_position(draft, progress=progress.get) == {participants: Decimal(420)}


def test_suggested_draft_is_what_take_all_gives() -> None:
    catalog = catalog_from_forms(parse_declaration_text(builtin_document_text(), source="seed"))
    draft = suggested_draft(catalog.projects[0], progress=lambda _: None)
    assert {row.state for row in draft.rows} == {RowState.SUGGESTED}
    assert "建设指引(2027)" in "".join(row.name for row in draft.rows)


def test_insert_row_joins_its_level2_group_and_move_up_swaps() -> None:
    draft = seed_draft()
    row = DraftRow(level1="产出指标", level2="质量指标", name="新指标", target="=100.00(%)")
    position = insert_row(draft, row)
    assert draft.rows[position - 1].level2 == "质量指标"
    assert draft.rows[position + 1].level2 == "时效指标"
    assert move_up(draft, position) == position - 1 and draft.rows[position - 1] is row
    assert move_up(draft, 0) == 0
    lone = DraftRow(level1="效益指标", level2="经济效益指标", name="经济效益", target="≥1.00(项)")
    assert draft.rows[insert_row(draft, lone) - 1].level1 == "效益指标"


def test_source_project_is_the_year_before() -> None:
    catalog = catalog_from_forms(parse_declaration_text(builtin_document_text(), source="seed"))
    assert source_project(catalog, name="国际科技人文交流", year=2027) is catalog.projects[1]
    assert source_project(catalog, name="国际科技人文交流", year=2026) is None
