"""The year-end self-evaluation (绩效自评) estimate: a project scored out of 100.

产出 50, 效益 30, 满意度 10 and 预算执行率 10 points; inside a group the weight is split
equally unless an admin set an indicator's weight, and 成本 indicators count in 产出.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from knowledge.actuals import Aggregation, Status
from knowledge.catalog import IndicatorInfo
from knowledge.model import Direction, IndicatorKind
from knowledge.monitoring import BudgetExecution, IndicatorState


class ScoreGroup(StrEnum):
    """The parts of the 100 points."""

    OUTPUT = "产出"
    OUTCOME = "效益"
    SATISFACTION = "满意度"
    BUDGET = "预算执行率"


GROUP_POINTS = {
    ScoreGroup.OUTPUT: 50.0,
    ScoreGroup.OUTCOME: 30.0,
    ScoreGroup.SATISFACTION: 10.0,
    ScoreGroup.BUDGET: 10.0,
}
DEFAULT_STATUS_SHARES = {Status.ACHIEVED: 1.0, Status.PARTIAL: 0.7, Status.NOT_ACHIEVED: 0.3}
EXCELLENT_FROM = 90.0
GOOD_FROM = 80.0
FAIR_FROM = 60.0
# How many indicators the estimate names as costing the most points.
TOP_LOSSES = 3


class Grade(StrEnum):
    """The self-evaluation grade."""

    EXCELLENT = "优"
    GOOD = "良"
    FAIR = "中"
    POOR = "差"


def grade_of(score: float) -> Grade:
    """Returns 优 from 90, 良 from 80, 中 from 60, else 差."""
    if score >= EXCELLENT_FROM:
        return Grade.EXCELLENT
    if score >= GOOD_FROM:
        return Grade.GOOD
    if score >= FAIR_FROM:
        return Grade.FAIR
    return Grade.POOR


def default_group(indicator: IndicatorInfo) -> ScoreGroup | None:
    """Returns the group of an indicator from its 一级指标 (成本 counts in 产出)."""
    level1 = indicator.level1
    if "效益" in level1:
        return ScoreGroup.OUTCOME
    if "满意" in level1:
        return ScoreGroup.SATISFACTION
    if "产出" in level1 or "成本" in level1:
        return ScoreGroup.OUTPUT
    return None


@dataclass(frozen=True)
class ScoringRules:
    """An admin's changes to the defaults: weights, groups and qualitative shares."""

    weights: Mapping[int, float] = field(default_factory=dict)
    groups: Mapping[int, ScoreGroup] = field(default_factory=dict)
    status_shares: Mapping[Status, float] = field(
        default_factory=lambda: dict(DEFAULT_STATUS_SHARES)
    )


class RecoveryKind(StrEnum):
    """What would recover the points an indicator loses."""

    REACH = "reach"  # log this much more
    CUT = "cut"  # spend this much less
    ZERO = "zero"  # no more occurrences
    RATE = "rate"  # qualitative result or deadline met


@dataclass(frozen=True)
class IndicatorScore:
    """One indicator's weight, estimated points and what would recover the rest."""

    indicator: IndicatorInfo
    group: ScoreGroup
    weight: float
    share: float
    recovery: RecoveryKind
    gap: Decimal | None = None

    @property
    def points(self) -> float:
        """Returns the estimated points."""
        return self.weight * self.share

    @property
    def lost(self) -> float:
        """Returns the points short of the full weight."""
        return self.weight - self.points


@dataclass(frozen=True)
class ScoreEstimate:
    """The project's estimated score, its grade and where points are lost."""

    indicators: tuple[IndicatorScore, ...]
    budget_points: float
    budget_rate: float | None

    @property
    def total(self) -> float:
        """Returns the estimated score out of 100."""
        return sum(score.points for score in self.indicators) + self.budget_points

    @property
    def grade(self) -> Grade:
        """Returns the grade of the total."""
        return grade_of(self.total)

    def group_points(self, group: ScoreGroup) -> float:
        """Returns the points estimated in one group."""
        if group is ScoreGroup.BUDGET:
            return self.budget_points
        return sum(s.points for s in self.indicators if s.group is group)

    def biggest_losses(self, limit: int = TOP_LOSSES) -> list[IndicatorScore]:
        """Returns the indicators that cost the most points, biggest first."""
        losing = [score for score in self.indicators if score.lost > 1e-9]
        return sorted(losing, key=lambda s: (-s.lost, s.indicator.position))[:limit]


def indicator_share(
    state: IndicatorState, *, status_shares: Mapping[Status, float]
) -> tuple[float, RecoveryKind, Decimal | None]:
    """Returns the share of the weight earned, how to recover the rest and the gap."""
    indicator, progress = state.indicator, state.progress
    target = indicator.target
    if state.rule is Aggregation.DEADLINE or target.kind is IndicatorKind.DEADLINE:
        return (1.0 if progress.ratio == 1.0 else 0.0), RecoveryKind.RATE, None
    if state.rule is Aggregation.STATUS or target.value is None:
        status = Status(progress.status) if progress.status else None
        share = status_shares.get(status, 0.0) if status else 0.0
        return share, RecoveryKind.RATE, None
    actual = progress.achieved if progress.achieved is not None else Decimal(0)
    if target.direction is Direction.LOWER:
        return (
            cap_share(actual, target.value),
            RecoveryKind.CUT,
            max(actual - target.value, Decimal(0)),
        )
    if target.direction is Direction.EXACT and target.value == 0:
        return (1.0 if actual == 0 else 0.0), RecoveryKind.ZERO, actual
    return (
        reach_share(actual, target.value),
        RecoveryKind.REACH,
        max(target.value - actual, Decimal(0)),
    )


def reach_share(actual: Decimal, target: Decimal) -> float:
    """Returns the share for a ≥ target: full when met, else actual ÷ target."""
    if target <= 0 or actual >= target:
        return 1.0
    return float(actual / target)


def cap_share(actual: Decimal, cap: Decimal) -> float:
    """Returns the share for a ≤ cap: full within it, falling to 0 at twice the cap."""
    if actual <= cap:
        return 1.0
    if cap <= 0 or actual >= 2 * cap:
        return 0.0
    return float(1 - (actual - cap) / cap)


def group_weights(
    indicators: Sequence[IndicatorInfo], *, rules: ScoringRules
) -> dict[int, tuple[ScoreGroup, float]]:
    """Returns each scored indicator's group and weight; set weights come first."""
    groups: dict[ScoreGroup, list[IndicatorInfo]] = {}
    for indicator in indicators:
        group = rules.groups.get(indicator.id) or default_group(indicator)
        if group is not None and group is not ScoreGroup.BUDGET:
            groups.setdefault(group, []).append(indicator)
    weights: dict[int, tuple[ScoreGroup, float]] = {}
    for group, members in groups.items():
        fixed = {i.id: rules.weights[i.id] for i in members if i.id in rules.weights}
        free = [i for i in members if i.id not in fixed]
        rest = max(GROUP_POINTS[group] - sum(fixed.values()), 0.0)
        for indicator in members:
            weight = fixed.get(indicator.id, rest / len(free) if free else 0.0)
            weights[indicator.id] = (group, weight)
    return weights


def estimate_score(
    *,
    states: Sequence[IndicatorState],
    budget: BudgetExecution | None,
    rules: ScoringRules | None = None,
) -> ScoreEstimate:
    """Estimates the project's self-evaluation score from its assessed indicators."""
    rules = rules or ScoringRules()
    weights = group_weights([s.indicator for s in states], rules=rules)
    scores = []
    for state in states:
        if state.indicator.id not in weights:
            continue
        group, weight = weights[state.indicator.id]
        share, recovery, gap = indicator_share(state, status_shares=rules.status_shares)
        scores.append(IndicatorScore(state.indicator, group, weight, share, recovery, gap))
    rate = budget.rate if budget is not None else None
    budget_points = GROUP_POINTS[ScoreGroup.BUDGET] * min(rate, 1.0) if rate is not None else 0.0
    return ScoreEstimate(indicators=tuple(scores), budget_points=budget_points, budget_rate=rate)
