"""A draft of next year's 申报表: next year's header, funding and goals, and its rows.

The draft is plain data with a JSON form, so that storage keeps it whole and the
dialogue can resume it after a restart.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from decimal import Decimal
from enum import StrEnum
from typing import Any

from knowledge.catalog import Catalog, ProjectInfo
from knowledge.drafting import Suggestion, advance_text, is_multi_year, next_year_date, suggest
from knowledge.errors import GoalbotError
from knowledge.goals import split_goal_items
from knowledge.model import FUNDING_FIELDS, Funding, IndicatorForm, ProjectForm
from knowledge.progress import Progress
from knowledge.targets import parse_target

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
    source_name: str | None = None
    source_target: str | None = None

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
    header_done: bool = False
    goal_done: bool = False
    goal_advanced: bool = False
    accepted: list[str] = field(default_factory=list)

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
            "header_done": self.header_done,
            "goal_done": self.goal_done,
            "goal_advanced": self.goal_advanced,
            "accepted": self.accepted,
            "form": _form_json(self.form),
            "rows": [
                {
                    "level1": row.level1,
                    "level2": row.level2,
                    "name": row.name,
                    "target": row.target,
                    "state": row.state.value,
                    "source_id": row.source_id,
                    "source_name": row.source_name,
                    "source_target": row.source_target,
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
                source_name=row["source_name"],
                source_target=row["source_target"],
            )
            for row in data["rows"]
        ]
        return cls(
            project_id=data["project_id"],
            source_year=data["source_year"],
            multi_year=data["multi_year"],
            header_done=data.get("header_done", False),
            goal_done=data.get("goal_done", False),
            goal_advanced=data.get("goal_advanced", False),
            accepted=list(data.get("accepted", [])),
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
    rows = [
        DraftRow(
            level1=indicator.level1,
            level2=indicator.level2,
            name=indicator.name,
            target=indicator.target.raw,
            source_id=indicator.id,
            source_name=indicator.name,
            source_target=indicator.target.raw,
        )
        for indicator in project.indicators
    ]
    return Draft(
        project_id=project.id,
        source_year=project.year,
        form=_next_year_form(project, multi_year=multi_year),
        rows=rows,
        multi_year=multi_year,
    )


def _next_year_form(project: ProjectInfo, *, multi_year: bool) -> ProjectForm:
    start, end = project.planned_start, project.planned_end
    return ProjectForm(
        name=project.name,
        year=project.year + 1,
        line_no=0,
        source=f"draft:{project.id}",
        nature=project.nature,
        category=project.category,
        department=project.department,
        implementer=project.implementer,
        planned_start=start if multi_year else next_year_date(start),
        planned_end=end if multi_year else next_year_date(end),
        overall_goal=project.overall_goal,
        overall_goal_label=project.overall_goal_label,
        annual_goal=project.annual_goal,
        funding=replace(project.funding),
    )


def suggested_goal(text: str, *, draft: Draft) -> str:
    """Returns a goal text with this year's years and editions moved on."""
    return advance_text(text, year=draft.source_year, multi_year=draft.multi_year)


ProgressLookup = Callable[[int], Progress | None]


def suggestion_for(draft: Draft, index: int, *, progress: ProgressLookup) -> Suggestion | None:
    """Returns the suggestion for row ``index``: None for a row added in the draft."""
    row = draft.rows[index]
    if row.source_id is None or row.source_target is None:
        return None
    return suggest(
        level1=row.level1,
        name=row.source_name or row.name,
        target=parse_target(row.source_target),
        progress=progress(row.source_id),
        year=draft.source_year,
        budget=draft.form.funding.budget,
        multi_year=draft.multi_year,
    )


def take_suggestion(draft: Draft, index: int, suggestion: Suggestion) -> None:
    """Puts the suggested name and value into row ``index``."""
    row = draft.rows[index]
    row.name, row.target, row.state = suggestion.name, suggestion.target, RowState.SUGGESTED


def take_all_suggestions(draft: Draft, *, progress: ProgressLookup) -> int:
    """Takes the suggestion of every row not decided yet; returns how many were taken."""
    taken = 0
    for index, row in enumerate(draft.rows):
        if row.state is not RowState.PENDING:
            continue
        suggestion = suggestion_for(draft, index, progress=progress)
        if suggestion is not None:
            take_suggestion(draft, index, suggestion)
            taken += 1
    return taken


def achieved_by_position(draft: Draft, *, progress: ProgressLookup) -> dict[int, Decimal]:
    """Maps each exported row (0-based, deleted rows left out) to what was achieved this year."""
    achieved: dict[int, Decimal] = {}
    active = [row for row in draft.rows if row.active]
    for position, row in enumerate(active):
        found = progress(row.source_id) if row.source_id is not None else None
        if found is not None and found.entries and found.achieved is not None:
            achieved[position] = found.achieved
    return achieved


def goal_suggestions(draft: Draft) -> dict[str, str]:
    """Returns the goal fields whose years or editions would move on, with the new text.

    Editions would move on again and again, so once taken there is nothing to suggest.
    """
    if draft.goal_advanced:
        return {}
    form = draft.form
    current = {
        "annual_goal": form.annual_goal,
        "overall_goal": form.overall_goal,
        "overall_goal_label": form.overall_goal_label,
    }
    suggested = {name: suggested_goal(text, draft=draft) for name, text in current.items()}
    return {name: text for name, text in suggested.items() if text != current[name]}


def take_goal_suggestions(draft: Draft) -> None:
    """Moves years and editions on in both goal texts (and a multi-year goal's label), once."""
    for name, text in goal_suggestions(draft).items():
        setattr(draft.form, name, text)
    draft.goal_advanced = True


def suggested_draft(project: ProjectInfo, *, progress: ProgressLookup) -> Draft:
    """Returns next year's draft with every suggestion taken: what pressing 全部采用建议 gives."""
    draft = start_draft(project)
    take_goal_suggestions(draft)
    take_all_suggestions(draft, progress=progress)
    return draft


def source_project(catalog: Catalog, *, name: str, year: int) -> ProjectInfo | None:
    """Finds the project of ``year - 1`` that a ``year`` draft is made from."""
    earlier = Catalog(projects=tuple(p for p in catalog.projects if p.year == year - 1))
    return earlier.find_project(name)


def first_pending(draft: Draft) -> int | None:
    """Returns the index of the first row nothing was decided for, None when all are."""
    for index, row in enumerate(draft.rows):
        if row.state is RowState.PENDING:
            return index
    return None


def insert_row(draft: Draft, row: DraftRow) -> int:
    """Adds ``row`` after the last row of its 二级 (else of its 一级, else at the end)."""
    position = len(draft.rows)
    same_level1 = [i for i, r in enumerate(draft.rows) if r.level1 == row.level1]
    same_level2 = [i for i in same_level1 if draft.rows[i].level2 == row.level2]
    if same_level2:
        position = same_level2[-1] + 1
    elif same_level1:
        position = same_level1[-1] + 1
    draft.rows.insert(position, row)
    return position


def move_up(draft: Draft, index: int) -> int:
    """Swaps row ``index`` with the row above it; returns the row's new index."""
    if index <= 0:
        return index
    draft.rows[index - 1], draft.rows[index] = draft.rows[index], draft.rows[index - 1]
    return index - 1
