"""Self-evaluation estimate on a worked example computed by hand, and each scoring rule."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from knowledge.actuals import Status, default_aggregation
from knowledge.catalog import IndicatorInfo, ProjectInfo
from knowledge.model import Funding
from knowledge.monitoring import assess_project
from knowledge.progress import Progress
from knowledge.scoring import (
    Grade,
    RecoveryKind,
    ScoreEstimate,
    ScoreGroup,
    ScoringRules,
    cap_share,
    estimate_score,
    grade_of,
    reach_share,
)
from knowledge.targets import parse_target

TODAY = dt.date(2026, 11, 26)

ROWS = [
    # id, 一级, 三级, 指标值
    (1, "成本指标", "成本控制数", "≤40.00(万元)"),
    (2, "产出指标", "活动参与人数", "≥300.00(人)"),
    (3, "产出指标", "合作单位数量", "≥3.00(家)"),
    (4, "产出指标", "活动安全事故发生数", "=0.00(起)"),
    (5, "产出指标", "活动完成及时性", "2026年12月底前"),
    (6, "效益指标", "科普活动影响力提升情况", "有效提升"),
    (7, "效益指标", "合作机制完善情况", "有效提升"),
    (8, "满意度指标", "参与人员满意度", "≥90.00(%)"),
]


def worked_project() -> ProjectInfo:
    indicators = tuple(
        IndicatorInfo(
            id=id_,
            project_id=1,
            position=id_,
            level1=level1,
            level2="",
            name=name,
            target=parse_target(raw),
        )
        for id_, level1, name, raw in ROWS
    )
    return ProjectInfo(
        id=1,
        year=2026,
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
        funding=Funding(annual_total=Decimal("500000")),
        indicators=indicators,
    )


PROGRESS = {
    1: Progress(indicator_id=1, entries=3, achieved=Decimal("44")),  # 44万元 spent
    2: Progress(indicator_id=2, entries=4, achieved=Decimal("195")),
    3: Progress(indicator_id=3, entries=3, achieved=Decimal("3")),
    4: Progress(indicator_id=4, entries=0, achieved=Decimal("0")),
    6: Progress(indicator_id=6, entries=1, status="部分达成"),
    7: Progress(indicator_id=7, entries=1, status="达成"),
    8: Progress(indicator_id=8, entries=1, achieved=Decimal("85")),
}


def estimate(
    rules: ScoringRules | None = None, progress: dict[int, Progress] | None = None
) -> ScoreEstimate:
    project = worked_project()
    rule_map = {i.id: default_aggregation(i.target, i.name) for i in project.indicators}
    state = assess_project(
        project=project, progress=progress or PROGRESS, rules=rule_map, today=TODAY
    )
    return estimate_score(states=state.indicators, budget=state.budget, rules=rules)


def test_worked_example_scores_every_figure_by_hand() -> None:
    result = estimate()
    # 产出 50 points over 5 indicators (成本 counts in 产出): 10 each.
    #   成本 44万 against a 40万 cap: 10 × (1 − 4/40) = 9
    #   活动参与人数 195/300: 10 × 0.65 = 6.5, 105 people short
    #   合作单位数量 3/3: 10;  事故 0: 10;  及时性 not done yet: 0
    # 效益 30 over 2: 部分达成 15 × 0.7 = 10.5, 达成 15.
    # 满意度 10 × 85/90 = 9.4444…
    # 预算执行率 440,000 / 500,000 = 0.88 → 8.8
    points = {s.indicator.id: s.points for s in result.indicators}
    assert points == pytest.approx(
        {1: 9.0, 2: 6.5, 3: 10.0, 4: 10.0, 5: 0.0, 6: 10.5, 7: 15.0, 8: 10 * 85 / 90}
    )
    assert result.budget_points == pytest.approx(8.8)
    assert result.group_points(ScoreGroup.OUTPUT) == pytest.approx(35.5)
    assert result.group_points(ScoreGroup.OUTCOME) == pytest.approx(25.5)
    total = 35.5 + 25.5 + 10 * 85 / 90 + 8.8
    assert result.total == pytest.approx(total)
    assert result.grade is Grade.FAIR
    losses = result.biggest_losses()
    assert [(s.indicator.id, round(s.lost, 4)) for s in losses] == [(5, 10.0), (6, 4.5), (2, 3.5)]
    people = losses[2]
    assert people.recovery is RecoveryKind.REACH
    assert people.gap == Decimal(105)


def test_admin_weight_takes_its_points_and_the_rest_split_equally() -> None:
    result = estimate(ScoringRules(weights={2: 20.0}))
    weights = {s.indicator.id: s.weight for s in result.indicators}
    # 50 − 20 = 30 over the other four 产出 indicators.
    assert weights[2] == 20.0
    assert weights[1] == weights[3] == weights[4] == weights[5] == pytest.approx(7.5)


def test_cost_indicator_can_be_moved_out_of_output() -> None:
    result = estimate(ScoringRules(groups={1: ScoreGroup.OUTCOME}))
    weights = {s.indicator.id: s.weight for s in result.indicators}
    assert weights[2] == pytest.approx(12.5)  # 50 over 4
    assert weights[1] == pytest.approx(10.0)  # 30 over 3


def test_status_bands_are_configurable() -> None:
    shares = {Status.ACHIEVED: 1.0, Status.PARTIAL: 0.5, Status.NOT_ACHIEVED: 0.0}
    result = estimate(ScoringRules(status_shares=shares))
    points = {s.indicator.id: s.points for s in result.indicators}
    assert points[6] == pytest.approx(7.5)


@pytest.mark.parametrize(
    ("actual", "share"),
    [("40", 1.0), ("50", 0.75), ("79", 0.025), ("80", 0.0), ("120", 0.0)],
    ids=["at-cap", "quarter-over", "nearly-double", "double", "beyond"],
)
def test_cap_share_falls_linearly_to_zero_at_twice_the_cap(actual: str, share: float) -> None:
    assert cap_share(Decimal(actual), Decimal(40)) == pytest.approx(share)


def test_reach_share_is_full_when_met() -> None:
    assert reach_share(Decimal(330), Decimal(300)) == 1.0
    assert reach_share(Decimal(150), Decimal(300)) == 0.5


def test_zero_target_loses_everything_at_the_first_occurrence() -> None:
    accident = {**PROGRESS, 4: Progress(indicator_id=4, entries=1, achieved=Decimal(1))}
    result = estimate(progress=accident)
    points = {s.indicator.id: s.points for s in result.indicators}
    assert points[4] == 0.0


@pytest.mark.parametrize(
    ("score", "grade"),
    [
        (90.0, Grade.EXCELLENT),
        (89.99, Grade.GOOD),
        (80.0, Grade.GOOD),
        (79.9, Grade.FAIR),
        (60.0, Grade.FAIR),
        (59.9, Grade.POOR),
    ],
    ids=["90", "89.99", "80", "79.9", "60", "59.9"],
)
def test_grade_bands(score: float, grade: Grade) -> None:
    assert grade_of(score) is grade
