"""Mid-year monitoring (绩效运行监控): the status and light of each indicator and project.

Targets are prorated by 序时进度, the share of the budget year that has passed; an
optional milestone month replaces proration for lumpy work (a July internship).
Everything here is pure: the caller passes today's date, the totals and the rules.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from enum import StrEnum

from knowledge.actuals import Aggregation, Status
from knowledge.catalog import IndicatorInfo, ProjectInfo
from knowledge.model import Direction, IndicatorKind
from knowledge.progress import Progress
from knowledge.units import YUAN_PER_UNIT

# Pace (actual ÷ prorated target) bands for higher-is-better targets.
BEHIND_BELOW = 0.6
WATCH_BELOW = 0.8
AHEAD_FROM = 1.2
# With nothing logged, a ≥ target counts as behind once this much of the year has passed.
EMPTY_BEHIND_AFTER = 0.5
# A cap (≤) is at risk from this share of it onwards.
CAP_RISK_FROM = Decimal("0.9")
# Budget execution pace (execution rate ÷ 序时进度) bands.
BUDGET_GREEN_FROM = 0.8
BUDGET_YELLOW_FROM = 0.6
COST_LEVEL_WORD = "成本"


class MonitorStatus(StrEnum):
    """The monitoring status of one indicator."""

    DONE = "已完成"
    AHEAD = "超前"
    ON_TRACK = "正常"
    WATCH = "关注"
    BEHIND = "滞后"
    RISK = "风险"
    OVER = "超限"
    MISSED = "未达成"
    OVERDUE = "逾期"
    ACHIEVED = "达成"
    PARTIAL = "部分达成"
    UNRATED = "未评价"
    NOT_STARTED = "未开始"


class Light(StrEnum):
    """The colour shown for a status, a project or the budget execution."""

    BLUE = "blue"
    GREEN = "green"
    GREY = "grey"
    YELLOW = "yellow"
    RED = "red"


# Worse lights sort higher; grey (nothing to judge) is not worse than green.
LIGHT_SEVERITY = {Light.GREY: 0, Light.BLUE: 1, Light.GREEN: 2, Light.YELLOW: 3, Light.RED: 4}

STATUS_LIGHT = {
    MonitorStatus.DONE: Light.GREEN,
    MonitorStatus.AHEAD: Light.BLUE,
    MonitorStatus.ON_TRACK: Light.GREEN,
    MonitorStatus.WATCH: Light.YELLOW,
    MonitorStatus.BEHIND: Light.RED,
    MonitorStatus.RISK: Light.YELLOW,
    MonitorStatus.OVER: Light.RED,
    MonitorStatus.MISSED: Light.RED,
    MonitorStatus.OVERDUE: Light.RED,
    MonitorStatus.ACHIEVED: Light.GREEN,
    MonitorStatus.PARTIAL: Light.YELLOW,
    MonitorStatus.UNRATED: Light.GREY,
    MonitorStatus.NOT_STARTED: Light.GREY,
}

# What the summary lists under 需要关注; 未达成 (an accident at =0起) belongs there too.
ATTENTION = frozenset(
    {
        MonitorStatus.BEHIND,
        MonitorStatus.RISK,
        MonitorStatus.OVER,
        MonitorStatus.OVERDUE,
        MonitorStatus.MISSED,
    }
)
# The order in which headline counts are listed.
HEADLINE_ORDER = (
    MonitorStatus.DONE,
    MonitorStatus.AHEAD,
    MonitorStatus.ON_TRACK,
    MonitorStatus.ACHIEVED,
    MonitorStatus.WATCH,
    MonitorStatus.PARTIAL,
    MonitorStatus.BEHIND,
    MonitorStatus.RISK,
    MonitorStatus.OVER,
    MonitorStatus.MISSED,
    MonitorStatus.OVERDUE,
    MonitorStatus.UNRATED,
    MonitorStatus.NOT_STARTED,
)


def elapsed_share(today: dt.date, year: int) -> float:
    """Returns 序时进度: days of ``year`` passed up to and including today ÷ days in it."""
    start = dt.date(year, 1, 1)
    days = (dt.date(year, 12, 31) - start).days + 1
    passed = (today - start).days + 1
    return min(max(passed, 0), days) / days


@dataclass(frozen=True)
class IndicatorState:
    """An indicator's monitoring status with the figures behind it.

    ``completion`` is actual ÷ full target (what the chart draws), ``pace`` actual ÷
    the target due by now (prorated or at the milestone), both None when not defined.
    """

    indicator: IndicatorInfo
    rule: Aggregation
    progress: Progress
    status: MonitorStatus
    completion: float | None = None
    pace: float | None = None
    due: Decimal | None = None

    @property
    def light(self) -> Light:
        """Returns the colour of the status."""
        return STATUS_LIGHT[self.status]


@dataclass(frozen=True)
class Clock:
    """Where the budget year stands: today and 序时进度."""

    today: dt.date
    year: int
    elapsed: float

    @classmethod
    def at(cls, today: dt.date, year: int) -> Clock:
        """Returns the clock of budget year ``year`` on ``today``."""
        return cls(today=today, year=year, elapsed=elapsed_share(today, year))


def assess_indicator(
    *,
    indicator: IndicatorInfo,
    rule: Aggregation,
    progress: Progress,
    clock: Clock,
    milestone_month: int | None = None,
) -> IndicatorState:
    """Returns the indicator's status on ``clock.today`` under the monitoring rules."""
    state = IndicatorState(
        indicator=indicator,
        rule=rule,
        progress=progress,
        status=MonitorStatus.NOT_STARTED,
        completion=_completion(indicator, progress),
    )
    if rule is Aggregation.DEADLINE or indicator.target.kind is IndicatorKind.DEADLINE:
        return _with(state, _deadline_status(indicator, progress, clock.today))
    if rule is Aggregation.STATUS or indicator.target.value is None:
        return _with(state, _qualitative_status(progress))
    direction = indicator.target.direction
    if direction is Direction.LOWER:
        return _with(state, _cap_status(indicator.target.value, progress))
    if direction is Direction.EXACT and (rule is Aggregation.LEVEL or indicator.target.value == 0):
        return _with(state, _exact_status(indicator.target.value, progress))
    return _higher_state(state, clock=clock, milestone_month=milestone_month)


def _with(state: IndicatorState, status: MonitorStatus) -> IndicatorState:
    return replace(state, status=status)


def _completion(indicator: IndicatorInfo, progress: Progress) -> float | None:
    target = indicator.target.value
    if progress.achieved is None or target is None or target <= 0:
        return None
    return float(progress.achieved / target)


def _deadline_status(
    indicator: IndicatorInfo, progress: Progress, today: dt.date
) -> MonitorStatus:
    if progress.entries:
        return MonitorStatus.DONE
    deadline = indicator.target.deadline
    if deadline is not None and today > deadline:
        return MonitorStatus.OVERDUE
    return MonitorStatus.ON_TRACK


_QUALITATIVE = {
    Status.ACHIEVED.value: MonitorStatus.ACHIEVED,
    Status.PARTIAL.value: MonitorStatus.PARTIAL,
    Status.NOT_ACHIEVED.value: MonitorStatus.MISSED,
}


def _qualitative_status(progress: Progress) -> MonitorStatus:
    if progress.status is None:
        return MonitorStatus.UNRATED
    return _QUALITATIVE.get(progress.status, MonitorStatus.UNRATED)


def _cap_status(cap: Decimal, progress: Progress) -> MonitorStatus:
    if not progress.entries or progress.achieved is None:
        return MonitorStatus.NOT_STARTED
    if progress.achieved > cap:
        return MonitorStatus.OVER
    if progress.achieved >= cap * CAP_RISK_FROM:
        return MonitorStatus.RISK
    return MonitorStatus.ON_TRACK


def _exact_status(target: Decimal, progress: Progress) -> MonitorStatus:
    """``=0起`` stays 正常 while nothing happened; ``=100%`` is judged on the latest value."""
    achieved = progress.achieved if progress.entries else None
    if target == 0:
        return MonitorStatus.ON_TRACK if not achieved else MonitorStatus.MISSED
    if achieved is None:
        return MonitorStatus.NOT_STARTED
    return MonitorStatus.ON_TRACK if achieved == target else MonitorStatus.MISSED


def milestone_passed(month: int, *, today: dt.date, year: int) -> bool:
    """Tells whether the milestone month of ``year`` is over on ``today``."""
    last_day = dt.date(year, month, calendar.monthrange(year, month)[1])
    return today > last_day


def _due_share(state: IndicatorState, *, clock: Clock, milestone_month: int | None) -> float:
    """Returns the share of the target due by today."""
    if milestone_month is not None:
        passed = milestone_passed(milestone_month, today=clock.today, year=clock.year)
        return 1.0 if passed else 0.0
    if state.rule is Aggregation.LEVEL:
        return 1.0  # A rate does not accumulate: the latest value is judged as it is.
    return clock.elapsed


def _empty_status(
    state: IndicatorState, *, clock: Clock, share: float, milestone_month: int | None
) -> MonitorStatus:
    """Returns the status of a ≥ target with nothing logged."""
    if milestone_month is not None:
        return MonitorStatus.BEHIND if share >= 1 else MonitorStatus.ON_TRACK
    if state.rule is not Aggregation.LEVEL and clock.elapsed > EMPTY_BEHIND_AFTER:
        return MonitorStatus.BEHIND
    return MonitorStatus.NOT_STARTED


def _higher_state(
    state: IndicatorState, *, clock: Clock, milestone_month: int | None
) -> IndicatorState:
    target = state.indicator.target.value
    assert target is not None
    achieved = state.progress.achieved if state.progress.entries else None
    if achieved is not None and achieved >= target:
        return _with(state, MonitorStatus.DONE)
    share = _due_share(state, clock=clock, milestone_month=milestone_month)
    due = target * Decimal(repr(share))
    if achieved is None:
        status = _empty_status(state, clock=clock, share=share, milestone_month=milestone_month)
        return replace(
            state, status=status, due=due, pace=0.0 if status is MonitorStatus.BEHIND else None
        )
    if due <= 0:
        return replace(state, status=MonitorStatus.ON_TRACK, due=due)
    pace = float(achieved / due)
    return replace(state, status=pace_status(pace), due=due, pace=pace)


def pace_status(pace: float) -> MonitorStatus:
    """Returns 滞后 / 关注 / 正常 / 超前 for actual ÷ prorated target."""
    if pace < BEHIND_BELOW:
        return MonitorStatus.BEHIND
    if pace < WATCH_BELOW:
        return MonitorStatus.WATCH
    if pace < AHEAD_FROM:
        return MonitorStatus.ON_TRACK
    return MonitorStatus.AHEAD


@dataclass(frozen=True)
class BudgetExecution:
    """Money logged against the cost indicators against the year's budget (yuan)."""

    spent: Decimal
    budget: Decimal
    elapsed: float

    @property
    def rate(self) -> float:
        """Returns 预算执行率, spent ÷ budget."""
        return float(self.spent / self.budget)

    @property
    def pace(self) -> float:
        """Returns the execution rate ÷ 序时进度."""
        return self.rate / self.elapsed if self.elapsed > 0 else 1.0

    @property
    def light(self) -> Light:
        """Returns green from 80% of the pace, yellow from 60%, else red."""
        if self.pace >= BUDGET_GREEN_FROM:
            return Light.GREEN
        if self.pace >= BUDGET_YELLOW_FROM:
            return Light.YELLOW
        return Light.RED


def is_cost_indicator(indicator: IndicatorInfo, rule: Aggregation) -> bool:
    """Tells whether money logged against the indicator is budget spent (成本指标, in money)."""
    return rule is Aggregation.MONEY and COST_LEVEL_WORD in indicator.level1


def money_in_yuan(amount: Decimal, unit: str | None) -> Decimal:
    """Converts an amount in a money unit (元, 万元 …) to yuan."""
    return amount * YUAN_PER_UNIT.get(unit or "元", Decimal(1))


def budget_execution(
    *, project: ProjectInfo, states: Sequence[IndicatorState], elapsed: float
) -> BudgetExecution | None:
    """Returns the project's budget execution, None without a budget or a cost indicator."""
    budget = project.funding.budget
    costs = [s for s in states if is_cost_indicator(s.indicator, s.rule)]
    if budget is None or budget <= 0 or not costs:
        return None
    spent = sum(
        (
            money_in_yuan(s.progress.achieved, s.indicator.target.unit)
            for s in costs
            if s.progress.achieved is not None
        ),
        Decimal(0),
    )
    return BudgetExecution(spent=spent, budget=budget, elapsed=elapsed)


@dataclass(frozen=True)
class ProjectState:
    """A project's indicators assessed, its light and its budget execution."""

    project: ProjectInfo
    indicators: tuple[IndicatorState, ...]
    budget: BudgetExecution | None

    @property
    def light(self) -> Light:
        """Returns the worst indicator light (grey when nothing can be judged yet)."""
        lights = [state.light for state in self.indicators] or [Light.GREY]
        return max(lights, key=LIGHT_SEVERITY.__getitem__)

    def counts(self) -> list[tuple[MonitorStatus, int]]:
        """Returns how many indicators have each status, in headline order, zeros left out."""
        counter = Counter(state.status for state in self.indicators)
        return [(status, counter[status]) for status in HEADLINE_ORDER if counter[status]]

    def attention(self) -> list[IndicatorState]:
        """Returns the indicators that need attention, worst first."""
        return [s for s in self.indicators if s.status in ATTENTION]


@dataclass(frozen=True)
class MonitoringReport:
    """Every project's state on one day."""

    clock: Clock
    projects: tuple[ProjectState, ...]


def assess_project(
    *,
    project: ProjectInfo,
    progress: Mapping[int, Progress],
    rules: Mapping[int, Aggregation],
    today: dt.date,
    milestones: Mapping[int, int] | None = None,
) -> ProjectState:
    """Assesses every indicator of the project and its budget execution on ``today``."""
    clock = Clock.at(today, project.year)
    states = tuple(
        assess_indicator(
            indicator=indicator,
            rule=rules[indicator.id],
            progress=progress.get(indicator.id) or Progress(indicator_id=indicator.id, entries=0),
            clock=clock,
            milestone_month=(milestones or {}).get(indicator.id),
        )
        for indicator in project.indicators
    )
    budget = budget_execution(project=project, states=states, elapsed=clock.elapsed)
    return ProjectState(project=project, indicators=states, budget=budget)
