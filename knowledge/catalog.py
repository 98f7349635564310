"""Read-only views of the stored projects and indicators, as the rest of the app sees them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property

from knowledge.actuals import Aggregation, default_aggregation
from knowledge.model import Funding, GoalItem, ProjectForm, Target
from knowledge.short_names import short_names


@dataclass(frozen=True)
class IndicatorInfo:
    """One stored indicator (三级指标) with its place in the table."""

    id: int
    project_id: int
    position: int
    level1: str
    level2: str
    name: str
    target: Target
    standard: str | None = None  # 绩效标准 of old forms (计划标准, 行业标准)

    @property
    def path(self) -> str:
        """Returns ``一级 / 二级 / 三级`` as shown to users."""
        return f"{self.level1} / {self.level2} / {self.name}"


@dataclass(frozen=True)
class ProjectInfo:
    """One stored project of one budget year."""

    id: int
    year: int
    name: str
    nature: str | None
    category: str | None
    department: str | None
    implementer: str | None
    planned_start: dt.date | None
    planned_end: dt.date | None
    dates_by_month: bool
    overall_goal: str
    overall_goal_label: str
    annual_goal: str
    goal_items: tuple[GoalItem, ...]
    funding: Funding
    indicators: tuple[IndicatorInfo, ...]


@dataclass(frozen=True)
class Catalog:
    """Every project the assistant knows, newest year first."""

    projects: tuple[ProjectInfo, ...]

    @cached_property
    def indicators(self) -> tuple[IndicatorInfo, ...]:
        """Returns every indicator of every project."""
        return tuple(ind for project in self.projects for ind in project.indicators)

    @cached_property
    def _projects_by_id(self) -> dict[int, ProjectInfo]:
        return {project.id: project for project in self.projects}

    @cached_property
    def _indicators_by_id(self) -> dict[int, IndicatorInfo]:
        return {indicator.id: indicator for indicator in self.indicators}

    @cached_property
    def default_rules(self) -> dict[int, Aggregation]:
        """Returns how each indicator adds up when no admin chose otherwise, by id."""
        return {ind.id: default_aggregation(ind.target, ind.name) for ind in self.indicators}

    @cached_property
    def _short_names(self) -> dict[int, str]:
        found: dict[int, str] = {}
        for project in self.projects:
            names = short_names([indicator.name for indicator in project.indicators])
            found.update({ind.id: names[ind.name] for ind in project.indicators})
        return found

    def short_name(self, indicator_id: int) -> str:
        """Returns the indicator's short name, distinct within its project (buttons, lists)."""
        return self._short_names[indicator_id]

    def projects_in(self, scope: Sequence[int]) -> tuple[ProjectInfo, ...]:
        """Returns the projects whose ids are in ``scope``; every project for an empty scope."""
        if not scope:
            return self.projects
        return tuple(project for project in self.projects if project.id in scope)

    def project(self, project_id: int) -> ProjectInfo:
        """Returns the project with ``project_id``; KeyError when absent."""
        return self._projects_by_id[project_id]

    def indicator(self, indicator_id: int) -> IndicatorInfo:
        """Returns the indicator with ``indicator_id``; KeyError when absent."""
        return self._indicators_by_id[indicator_id]

    def find_project(self, name: str) -> ProjectInfo | None:
        """Finds a project by its exact name, else by a unique part of it (newest year first)."""
        wanted = "".join(name.split())
        for project in self.projects:
            if "".join(project.name.split()) == wanted:
                return project
        partial = [p for p in self.projects if wanted and wanted in "".join(p.name.split())]
        names = {p.name for p in partial}
        return partial[0] if len(names) == 1 else None


def catalog_from_forms(forms: Iterable[ProjectForm]) -> Catalog:
    """Builds a catalog straight from parsed forms, numbering ids from 1 (tests, benchmarks)."""
    projects = []
    next_indicator_id = 1
    for project_id, form in enumerate(forms, start=1):
        indicators = []
        for position, row in enumerate(form.indicators):
            indicators.append(
                IndicatorInfo(
                    id=next_indicator_id,
                    project_id=project_id,
                    position=position,
                    level1=row.level1,
                    level2=row.level2,
                    name=row.name,
                    target=row.target,
                    standard=row.standard,
                )
            )
            next_indicator_id += 1
        projects.append(
            ProjectInfo(
                id=project_id,
                year=form.year,
                name=form.name,
                nature=form.nature,
                category=form.category,
                department=form.department,
                implementer=form.implementer,
                planned_start=form.planned_start,
                planned_end=form.planned_end,
                dates_by_month=form.dates_by_month,
                overall_goal=form.overall_goal,
                overall_goal_label=form.overall_goal_label,
                annual_goal=form.annual_goal,
                goal_items=tuple(form.goal_items),
                funding=form.funding,
                indicators=tuple(indicators),
            )
        )
    return Catalog(projects=tuple(projects))
