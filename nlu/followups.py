"""What a follow-up question needs to know of the answer before it (那国际项目呢)."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from typing import TypeVar

from knowledge.catalog import ProjectInfo
from nlu.answers import (
    Answer,
    Clarification,
    FactAnswer,
    FollowUp,
    IndicatorAnswer,
    IndicatorList,
    MoneyAnswer,
    PassageAnswer,
    ProjectChoice,
    ProjectList,
    ProjectOverview,
    SeveralIndicators,
    Topic,
)

_E = TypeVar("_E", bound=StrEnum)


def followup_after(answer: Answer, *, scope: tuple[int, ...], previous: FollowUp) -> FollowUp:
    """Returns the state a follow-up of ``answer`` needs."""
    if isinstance(answer, SeveralIndicators):
        answered = [ind for part in answer.answers for ind in part.indicators]
        progress = any(part.progress for part in answer.answers)
        kind = Topic.PROGRESS if progress else Topic.TARGET
        owners = tuple(dict.fromkeys(ind.project_id for ind in answered))
        return FollowUp(owners, tuple(ind.id for ind in answered), kind)
    if isinstance(answer, IndicatorAnswer | Clarification):
        indicators = answer.indicators if isinstance(answer, IndicatorAnswer) else ()
        chosen = indicators or (answer.candidates if isinstance(answer, Clarification) else ())
        topic = Topic.PROGRESS if answer.progress else Topic.TARGET
        projects = tuple(dict.fromkeys(ind.project_id for ind in chosen))
        return FollowUp(projects, tuple(ind.id for ind in chosen), topic)
    if isinstance(answer, MoneyAnswer):
        return FollowUp(_ids(answer.projects), (), Topic.MONEY, subject=answer.field)
    if isinstance(answer, FactAnswer):
        return FollowUp(_ids(answer.projects), (), Topic.FACT, subject=answer.field)
    if isinstance(answer, IndicatorList):
        return FollowUp(_ids(group.project for group in answer.groups), (), Topic.LISTING)
    if isinstance(answer, PassageAnswer):
        ids = tuple(dict.fromkeys(match.passage.project_id for match in answer.matches))
        return FollowUp(ids, (), Topic.PASSAGE)
    if isinstance(answer, ProjectOverview):
        return FollowUp((answer.project.id,), (), Topic.OVERVIEW)
    if isinstance(answer, ProjectChoice):
        return FollowUp(_ids(answer.projects), (), Topic.CHOICE, answer.question)
    return previous if not isinstance(answer, ProjectList) else FollowUp()


def enum_value(kind: type[_E], value: str) -> _E | None:
    """Returns the member of ``kind`` named by ``value``, or None for a stale value."""
    try:
        return kind(value)
    except ValueError:
        return None


def _ids(projects: Iterable[ProjectInfo]) -> tuple[int, ...]:
    return tuple(project.id for project in projects)
