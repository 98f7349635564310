"""A draft of next year's 申报表: next year's header, funding and goals, and its rows.

The draft is plain data with a JSON form, so that storage keeps it whole and the
dialogue can resume it after a restart.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from decimal import Decimal
from enum import StrEnum
from typing import Any

from knowledge.catalog import ProjectInfo
from knowledge.drafting import advance_text, is_multi_year, next_year_date
from knowledge.errors import GoalbotError
from knowledge.goals import split_goal_items
from knowledge.model import Funding, IndicatorForm, ProjectForm
from knowledge.targets import parse_target

FUNDING_FIELDS = (
    "project_total",
    "project_fiscal",
    "project_other",
    "annual_total",
    "annual_appropriation",
    "annual_carry_over",
    "annual_other",
)
HEADER_FIELDS = (
    "name",
    "nature",
    "category",
    "department",
    "implementer",
    "overall_goal",
    "overall_goal_label",
    "annual_goal",
)


class DraftNotFound(GoalbotError):
    """No draft with this id."""

    def __init__(self, draft_id: int) -> None:
        super().__init__(str(draft_id))
        self.draft_id = draft_id


class DraftChanged(GoalbotError):
    """Someone else saved the draft since it was read; the change was not applied."""

    def __init__(self, draft_id: int) -> None:
        super().__init__(str(draft_id))
        self.draft_id = draft_id


class RowState(StrEnum):
    """What the drafter decided for a row."""

    PENDING = "pending"
    SUGGESTED = "suggested"
    KEPT = "kept"
    CHANGED = "changed"
    DELETED = "deleted"
    ADDED = "added"


@dataclass(kw_only=True)
class DraftRow:
    """One indicator of the draft; ``source_id`` is this year's indicator it comes from."""

    level1: str
    level2: str
    name: str
    target: str
    state: RowState = RowState.PENDING
    source_id: int | None = None

    @property
    def active(self) -> bool:
        """Tells whether the row is part of the form (not deleted)."""
        return self.state is not RowState.DELETED


@dataclass(kw_only=True)
class Draft:
    """Next year's form being drafted from ``source_year``'s project ``project_id``."""

    project_id: int
    source_year: int
    form: ProjectForm
    rows: list[DraftRow] = field(default_factory=list)
    multi_year: bool = False

    @property
    def year(self) -> int:
        """Returns the budget year being drafted."""
        return self.form.year

    def to_form(self) -> ProjectForm:
        """Returns the form as it would be exported, rows in order, deleted rows left out."""
        indicators = [
            IndicatorForm(
                level1=row.level1,
                level2=row.level2,
                name=row.name,
                target=parse_target(row.target),
                line_no=0,
            )
            for row in self.rows
            if row.active
        ]
        goal_items = split_goal_items(self.form.annual_goal)
        return replace(self.form, indicators=indicators, goal_items=goal_items)

    def to_json(self) -> dict[str, Any]:
        """Returns the draft as JSON-ready data."""
        return {
            "project_id": self.project_id,
            "source_year": self.source_year,
            "multi_year": self.multi_year,
            "form": _form_json(self.form),
            "rows": [
                {
                    "level1": row.level1,
                    "level2": row.level2,
                    "name": row.name,
                    "target": row.target,
                    "state": row.state.value,
                    "source_id": row.source_id,
                }
                for row in self.rows
            ],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Draft:
        """Reads a draft written by :meth:`to_json`."""
        rows = [
            DraftRow(
                level1=row["level1"],
                level2=row["level2"],
                name=row["name"],
                target=row["target"],
                state=RowState(row["state"]),
                source_id=row["source_id"],
            )
            for row in data["rows"]
        ]
        return cls(
            project_id=data["project_id"],
            source_year=data["source_year"],
            multi_year=data["multi_year"],
            form=_form_from_json(data["form"]),
            rows=rows,
        )


def _form_json(form: ProjectForm) -> dict[str, Any]:
    data: dict[str, Any] = {name: getattr(form, name) for name in HEADER_FIELDS}
    data["year"] = form.year
    data["source"] = form.source
    for name in ("planned_start", "planned_end"):
        value: dt.date | None = getattr(form, name)
        data[name] = None if value is None else value.isoformat()
    data["funding"] = {
        name: None if getattr(form.funding, name) is None else str(getattr(form.funding, name))
        for name in FUNDING_FIELDS
    }
    return data


def _form_from_json(data: dict[str, Any]) -> ProjectForm:
    funding = Funding(
        **{
            name: None if data["funding"][name] is None else Decimal(data["funding"][name])
            for name in FUNDING_FIELDS
        }
    )
    return ProjectForm(
        year=data["year"],
        line_no=0,
        source=data["source"],
        funding=funding,
        planned_start=_date(data["planned_start"]),
        planned_end=_date(data["planned_end"]),
        **{name: data[name] for name in HEADER_FIELDS},
    )


def _date(text: str | None) -> dt.date | None:
    return None if text is None else dt.date.fromisoformat(text)


def start_draft(project: ProjectInfo) -> Draft:
    """Starts next year's draft of ``project``: this year's values, nothing decided yet.

    A one-year project's planned dates move a year on; a multi-year project keeps its
    period. The goal texts stay as written until the drafter takes the suggested update.
    """
    multi_year = is_multi_year(
        funding=project.funding,
        planned_start=project.planned_start,
        planned_end=project.planned_end,
    )
    form = ProjectForm(
        name=project.name,
        year=project.year + 1,
        line_no=0,
        source=f"draft:{project.id}",
        nature=project.nature,
        category=project.category,
        department=project.department,
        implementer=project.implementer,
        planned_start=project.planned_start
        if multi_year
        else next_year_date(project.planned_start),
        planned_end=project.planned_end if multi_year else next_year_date(project.planned_end),
        overall_goal=project.overall_goal,
        overall_goal_label=project.overall_goal_label,
        annual_goal=project.annual_goal,
        funding=replace(project.funding),
    )
    rows = [
        DraftRow(
            level1=indicator.level1,
            level2=indicator.level2,
            name=indicator.name,
            target=indicator.target.raw,
            source_id=indicator.id,
        )
        for indicator in project.indicators
    ]
    return Draft(
        project_id=project.id,
        source_year=project.year,
        form=form,
        rows=rows,
        multi_year=multi_year,
    )


def suggested_goal(text: str, *, draft: Draft) -> str:
    """Returns a goal text with this year's years and editions moved on."""
    return advance_text(text, year=draft.source_year, multi_year=draft.multi_year)
