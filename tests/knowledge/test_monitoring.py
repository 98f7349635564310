"""Monitoring rules at fixed dates: proration, directions, deadlines, milestones, lights."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from knowledge.actuals import Aggregation, default_aggregation
from knowledge.catalog import IndicatorInfo, ProjectInfo
from knowledge.model import Funding
from knowledge.monitoring import (
    Clock,
    Light,
    MonitorStatus,
    assess_indicator,
    assess_project,
    elapsed_share,
)
from knowledge.progress import Progress
from knowledge.targets import parse_target

YEAR = 2026
# 2026-07-01 is day 182 of 365; 2026-11-26 is day 330.
JULY_1 = dt.date(2026, 7, 1)
NOV_26 = dt.date(2026, 11, 26)


def indicator(
    raw: str, *, name: str = "活动参与人数", level1: str = "产出指标", id_: int = 1
) -> IndicatorInfo:
    return IndicatorInfo(
        id=id_,
        project_id=1,
        position=id_,
        level1=level1,
        level2="数量指标",
        name=name,
        target=parse_target(raw),
    )


def done(
    achieved: str | None = None,
    *,
    entries: int = 1,
    status: str | None = None,
    ratio: float | None = None,
) -> Progress:
    return Progress(
        indicator_id=1,
        entries=entries,
        achieved=None if achieved is None else Decimal(achieved),
        status=status,
        ratio=ratio,
    )


def assess(
    raw: str,
    progress: Progress,
    today: dt.date,
    *,
    rule: Aggregation | None = None,
    name: str = "活动参与人数",
    milestone: int | None = None,
) -> MonitorStatus:
    ind = indicator(raw, name=name)
    return assess_indicator(
        indicator=ind,
        rule=rule or default_aggregation(ind.target, name),
        progress=progress,
        clock=Clock.at(today, YEAR),
        milestone_month=milestone,
    ).status


def test_elapsed_share_counts_today_and_clamps_to_the_year() -> None:
    assert elapsed_share(JULY_1, YEAR) == pytest.approx(182 / 365)
    assert elapsed_share(dt.date(2026, 12, 31), YEAR) == 1.0
    assert elapsed_share(dt.date(2027, 3, 1), YEAR) == 1.0
    assert elapsed_share(dt.date(2025, 12, 1), YEAR) == 0.0


# At 2026-11-26 300 people are prorated to 300 × 330/365 = 271.23 due.
@pytest.mark.parametrize(
    ("achieved", "expected"),
    [
        ("162", MonitorStatus.BEHIND),  # 162 / 271.23 = 0.597
        ("163", MonitorStatus.WATCH),  # 0.601
        ("216", MonitorStatus.WATCH),  # 0.796
        ("218", MonitorStatus.ON_TRACK),  # 0.804
        ("299", MonitorStatus.ON_TRACK),  # 1.102
        ("300", MonitorStatus.DONE),
    ],
    ids=["behind", "watch-low", "watch-high", "on-track", "near", "done"],
)
def test_higher_target_is_prorated_by_elapsed_share(
    achieved: str, expected: MonitorStatus
) -> None:
    assert assess("≥300.00(人)", done(achieved), NOV_26) is expected


def test_higher_target_far_ahead_of_the_year_is_ahead() -> None:
    # 300 × 182/365 = 149.6 due on July 1st; 180 / 149.6 = 1.203.
    assert assess("≥300.00(人)", done("180"), JULY_1) is MonitorStatus.AHEAD
    assert assess("≥300.00(人)", done("179"), JULY_1) is MonitorStatus.ON_TRACK


def test_nothing_logged_is_not_started_until_half_the_year_then_behind() -> None:
    empty = Progress(indicator_id=1, entries=0, achieved=Decimal(0))
    assert assess("≥300.00(人)", empty, JULY_1) is MonitorStatus.NOT_STARTED
    assert assess("≥300.00(人)", empty, dt.date(2026, 7, 3)) is MonitorStatus.BEHIND


def test_milestone_month_replaces_proration() -> None:
    empty = Progress(indicator_id=1, entries=0, achieved=Decimal(0))
    # Before the end of July an empty July milestone is fine, even past mid-year.
    assert assess("≥50.00(人)", empty, dt.date(2026, 7, 31), milestone=7) is MonitorStatus.ON_TRACK
    # After July the full target is due: 0 is behind, 45 of 50 is 0.9 → on track.
    assert assess("≥50.00(人)", empty, dt.date(2026, 8, 1), milestone=7) is MonitorStatus.BEHIND
    assert assess("≥50.00(人)", done("45"), dt.date(2026, 8, 1), milestone=7) is (
        MonitorStatus.ON_TRACK
    )
    assert assess("≥50.00(人)", done("35"), dt.date(2026, 8, 1), milestone=7) is (
        MonitorStatus.WATCH
    )
    assert assess("≥50.00(人)", done("5"), dt.date(2026, 6, 1), milestone=7) is (
        MonitorStatus.ON_TRACK
    )


@pytest.mark.parametrize(
    ("spent", "expected"),
    [
        (None, MonitorStatus.NOT_STARTED),
        ("35.99", MonitorStatus.ON_TRACK),
        ("36", MonitorStatus.RISK),  # 90% of the 40万元 cap
        ("40", MonitorStatus.RISK),
        ("40.01", MonitorStatus.OVER),
    ],
    ids=["empty", "within", "at-90", "at-cap", "over"],
)
def test_cap_is_normal_within_risk_from_ninety_percent_over_beyond(
    spent: str | None, expected: MonitorStatus
) -> None:
    progress = done(spent) if spent else Progress(indicator_id=1, entries=0, achieved=Decimal(0))
    assert assess("≤40.00(万元)", progress, NOV_26, name="成本控制数") is expected


def test_zero_target_is_normal_until_the_first_occurrence() -> None:
    empty = Progress(indicator_id=1, entries=0, achieved=Decimal(0))
    name = "活动安全事故发生数"
    assert assess("=0.00(起)", empty, NOV_26, name=name) is MonitorStatus.ON_TRACK
    assert assess("=0.00(起)", done("0"), NOV_26, name=name) is MonitorStatus.ON_TRACK
    assert assess("=0.00(起)", done("1"), NOV_26, name=name) is MonitorStatus.MISSED


def test_exact_rate_is_judged_on_the_latest_value() -> None:
    name = "活动质量达标率"
    assert assess("=100.00(%)", done("100"), JULY_1, name=name) is MonitorStatus.ON_TRACK
    assert assess("=100.00(%)", done("95"), JULY_1, name=name) is MonitorStatus.MISSED
    empty = Progress(indicator_id=1, entries=0)
    assert assess("=100.00(%)", empty, NOV_26, name=name) is MonitorStatus.NOT_STARTED


def test_higher_rate_is_not_prorated() -> None:
    # 满意度 ≥90%: 85% in July is 85/90 = 0.94 of the full target, not 1.9 of a prorated one.
    name = "参与人员满意度"
    assert assess("≥90.00(%)", done("85"), JULY_1, name=name) is MonitorStatus.ON_TRACK
    assert assess("≥90.00(%)", done("50"), JULY_1, name=name) is MonitorStatus.BEHIND
    assert assess("≥90.00(%)", done("92"), JULY_1, name=name) is MonitorStatus.DONE


def test_deadline_done_normal_before_and_overdue_after() -> None:
    raw, name = "2026年12月底前", "活动完成及时性"
    empty = Progress(indicator_id=1, entries=0)
    assert assess(raw, empty, NOV_26, name=name) is MonitorStatus.ON_TRACK
    assert assess(raw, empty, dt.date(2027, 1, 1), name=name) is MonitorStatus.OVERDUE
    finished = Progress(indicator_id=1, entries=1, status="达成", ratio=1.0)
    assert assess(raw, finished, dt.date(2027, 1, 1), name=name) is MonitorStatus.DONE


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (None, MonitorStatus.UNRATED),
        ("达成", MonitorStatus.ACHIEVED),
        ("部分达成", MonitorStatus.PARTIAL),
        ("未达成", MonitorStatus.MISSED),
    ],
    ids=["none", "achieved", "partial", "missed"],
)
def test_qualitative_takes_the_latest_status(status: str | None, expected: MonitorStatus) -> None:
    progress = Progress(indicator_id=1, entries=0 if status is None else 1, status=status)
    assert assess("有效提升", progress, NOV_26, name="影响力提升情况") is expected


def project(*indicators: IndicatorInfo, budget: str = "400000") -> ProjectInfo:
    return ProjectInfo(
        id=1,
        year=YEAR,
        name="国际科技人文交流与合作",
        nature=None,
        category=None,
        department=None,
        implementer=None,
        planned_start=None,
        planned_end=None,
        dates_by_month=False,
        overall_goal="",
        overall_goal_label="",
        annual_goal="",
        goal_items=(),
        funding=Funding(annual_total=Decimal(budget)),
        indicators=indicators,
    )


def test_project_light_is_the_worst_and_budget_execution_is_prorated() -> None:
    cost = indicator("≤40.00(万元)", name="成本控制数", level1="成本指标", id_=1)
    people = indicator("≥300.00(人)", id_=2)
    accidents = indicator("=0.00(起)", name="活动安全事故发生数", id_=3)
    proj = project(cost, people, accidents)
    rules = {i.id: default_aggregation(i.target, i.name) for i in proj.indicators}
    progress = {
        1: Progress(indicator_id=1, entries=2, achieved=Decimal("16.8")),
        2: Progress(indicator_id=2, entries=3, achieved=Decimal("250")),
    }
    state = assess_project(project=proj, progress=progress, rules=rules, today=NOV_26)
    assert [s.status for s in state.indicators] == [
        MonitorStatus.ON_TRACK,
        MonitorStatus.ON_TRACK,
        MonitorStatus.ON_TRACK,
    ]
    assert state.light is Light.GREEN
    assert state.budget is not None
    # 16.8万元 = 168,000 of 400,000 = 42%; 42% ÷ (330/365) = 0.4645 → red.
    assert state.budget.spent == Decimal("168000")
    assert state.budget.rate == pytest.approx(0.42)
    assert state.budget.pace == pytest.approx(0.42 / (330 / 365))
    assert state.budget.light is Light.RED
    progress[3] = Progress(indicator_id=3, entries=1, achieved=Decimal(1))
    worse = assess_project(project=proj, progress=progress, rules=rules, today=NOV_26)
    assert worse.light is Light.RED
    assert [s.indicator.id for s in worse.attention()] == [3]
    assert worse.counts() == [(MonitorStatus.ON_TRACK, 2), (MonitorStatus.MISSED, 1)]


# July 1st: 序时 = 182/365 = 0.4986; budget 1,000,000 yuan.
@pytest.mark.parametrize(
    ("spent", "light"),
    [
        ("400000", Light.GREEN),  # 0.40 / 0.4986 = 0.802
        ("300000", Light.YELLOW),  # 0.30 / 0.4986 = 0.602
        ("299000", Light.RED),  # 0.299 / 0.4986 = 0.5996
    ],
    ids=["green", "yellow", "red"],
)
def test_budget_light_bands_on_rate_over_elapsed_share(spent: str, light: Light) -> None:
    cost = indicator("≤100.00(万元)", name="成本控制数", level1="成本指标", id_=1)
    proj = project(cost, budget="1000000")
    progress = {1: Progress(indicator_id=1, entries=1, achieved=Decimal(spent) / 10000)}
    state = assess_project(
        project=proj, progress=progress, rules={1: Aggregation.MONEY}, today=JULY_1
    )
    assert state.budget is not None
    assert state.budget.light is light
