"""What monitoring and scoring read from the store: totals, rules, milestones and weights."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from sqlalchemy import BigInteger, func
from sqlmodel import Field, Session, SQLModel, col, select

from knowledge.actuals import Aggregation, EntryTotals, progress_from_totals
from knowledge.catalog import Catalog, IndicatorInfo, ProjectInfo
from knowledge.monitoring import ProjectState, assess_project
from knowledge.progress import Progress
from knowledge.scoring import ScoreGroup, ScoringRules
from storage.actuals import Actual, aggregation_rules, totals_of_indicators
from storage.tables import utc_now


class IndicatorSetting(SQLModel, table=True):
    """An admin's monitoring and scoring settings of one indicator."""

    __tablename__ = "indicator_setting"

    indicator_id: int = Field(foreign_key="indicator.id", primary_key=True)
    milestone_month: int | None = None
    score_weight: str | None = Field(default=None, max_length=20)
    score_group: str | None = Field(default=None, max_length=20)
    set_by: int = Field(sa_type=BigInteger)
    set_at: dt.datetime = Field(default_factory=utc_now)


def _settings(session: Session) -> list[IndicatorSetting]:
    return list(session.exec(select(IndicatorSetting)))


def milestones(*, session: Session) -> dict[int, int]:
    """Returns the milestone month of each indicator that has one."""
    return {
        row.indicator_id: row.milestone_month
        for row in _settings(session)
        if row.milestone_month is not None
    }


def scoring_rules(*, session: Session) -> ScoringRules:
    """Returns the admins' weights and groups, with the default qualitative shares."""
    rows = _settings(session)
    return ScoringRules(
        weights={r.indicator_id: float(r.score_weight) for r in rows if r.score_weight},
        groups={r.indicator_id: ScoreGroup(r.score_group) for r in rows if r.score_group},
    )


def _setting(*, session: Session, indicator_id: int, by: int) -> IndicatorSetting:
    row = session.get(IndicatorSetting, indicator_id) or IndicatorSetting(
        indicator_id=indicator_id, set_by=by
    )
    row.set_by, row.set_at = by, utc_now()
    session.add(row)
    return row


def set_milestone(*, session: Session, indicator_id: int, month: int | None, by: int) -> None:
    """Sets (or with None clears) the indicator's milestone month."""
    _setting(session=session, indicator_id=indicator_id, by=by).milestone_month = month


def set_score_weight(
    *, session: Session, indicator_id: int, weight: float | None, by: int
) -> None:
    """Sets (or with None clears) the indicator's self-evaluation weight."""
    row = _setting(session=session, indicator_id=indicator_id, by=by)
    row.score_weight = None if weight is None else f"{weight:g}"


def set_score_group(
    *, session: Session, indicator_id: int, group: ScoreGroup | None, by: int
) -> None:
    """Counts the indicator in ``group`` (or with None, in its 一级指标's group)."""
    row = _setting(session=session, indicator_id=indicator_id, by=by)
    row.score_group = None if group is None else group.value


def assess_catalog(*, session: Session, catalog: Catalog, today: dt.date) -> list[ProjectState]:
    """Assesses every project of the newest year on ``today``, totals from one query."""
    rules = aggregation_rules(session=session, catalog=catalog)
    months = milestones(session=session)
    projects = current_projects(catalog)
    indicators = [i for project in projects for i in project.indicators]
    totals = progress_of_all(session=session, indicators=indicators, rules=rules)
    return [
        assess_project(
            project=project,
            progress=totals,
            rules=rules,
            today=today,
            milestones=months,
        )
        for project in projects
    ]


def progress_of_all(
    *,
    session: Session,
    indicators: Sequence[IndicatorInfo],
    rules: Mapping[int, Aggregation],
) -> dict[int, Progress]:
    """Returns each indicator's progress from its running totals, in one query.

    The same rule as :func:`storage.actuals.indicator_progress`, for many indicators at once.
    """
    totals = totals_of_indicators(
        session=session, indicator_ids=[indicator.id for indicator in indicators]
    )
    return {
        indicator.id: progress_from_totals(
            indicator_id=indicator.id,
            target=indicator.target,
            rule=rules[indicator.id],
            totals=totals.get(indicator.id, EntryTotals()),
        )
        for indicator in indicators
    }


def current_projects(catalog: Catalog) -> list[ProjectInfo]:
    """Returns the projects of the newest budget year."""
    if not catalog.projects:
        return []
    year = max(project.year for project in catalog.projects)
    return [project for project in catalog.projects if project.year == year]


def entries_since(*, session: Session, since: dt.datetime) -> list[Actual]:
    """Returns the entries recorded after ``since`` that are not deleted, oldest first."""
    return list(
        session.exec(
            select(Actual)
            .where(col(Actual.recorded_at) > since, col(Actual.deleted).is_(False))
            .order_by(col(Actual.id))
        )
    )


def latest_entry_by_user(*, session: Session) -> dict[tuple[int, int], dt.date]:
    """Returns, per (user, indicator), the day the user last logged something (UTC).

    The day of logging, not the event's date: someone who just logged last month's event
    has not been quiet.
    """
    rows = session.exec(
        select(Actual.recorded_by, Actual.indicator_id, func.max(Actual.recorded_at))
        .where(col(Actual.deleted).is_(False))
        .group_by(col(Actual.recorded_by), col(Actual.indicator_id))
    )
    return {(user, indicator): _day(at) for user, indicator, at in rows}


def _day(value: dt.datetime | str) -> dt.date:
    # SQLite hands back the aggregate as text.
    moment = dt.datetime.fromisoformat(value) if isinstance(value, str) else value
    return moment.date()
