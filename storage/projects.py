"""Saving declaration forms and reading them back as a :class:`Catalog`."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import insert
from sqlmodel import Session, col, func, select

from knowledge.catalog import Catalog, IndicatorInfo, ProjectInfo
from knowledge.model import (
    FUNDING_FIELDS,
    Direction,
    Funding,
    GoalItem,
    IndicatorForm,
    IndicatorKind,
    ProjectForm,
    SkippedRows,
    Target,
)
from storage.tables import Document, GoalItemRow, Indicator, Project

PROJECT_FIELDS = (
    "nature",
    "category",
    "department",
    "implementer",
    "planned_start",
    "planned_end",
    "dates_by_month",
    "overall_goal",
    "overall_goal_label",
    "annual_goal",
)
INDICATOR_FIELDS = (
    "position",
    "level1",
    "level2",
    "raw_value",
    "kind",
    "operator",
    "value",
    "unit",
    "direction",
    "deadline",
    "standard",
    "active",
)


class ChangeKind(StrEnum):
    """What an import changed in a stored project."""

    PROJECT_CREATED = "project_created"
    PROJECT_UPDATED = "project_updated"
    TARGET_CHANGED = "target_changed"
    INDICATOR_RETIRED = "indicator_retired"


@dataclass(frozen=True)
class ImportChange:
    """One change an import made: which project (and indicator), which fields, before and after."""

    kind: ChangeKind
    project: str
    year: int
    indicator: str | None = None
    fields: tuple[str, ...] = ()
    before: str | None = None
    after: str | None = None

    def as_json(self) -> dict[str, Any]:
        """Returns the change as a JSON object."""
        return {**asdict(self), "kind": self.kind.value, "fields": list(self.fields)}


@dataclass
class ImportReport:
    """What an import did: counts of indicators created, updated, unchanged and retired."""

    projects: int = 0
    indicators: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    retired: int = 0
    projects_created: int = 0
    projects_updated: int = 0
    changes: list[ImportChange] = field(default_factory=list)
    skipped: list[SkippedRows] = field(default_factory=list)

    def add(self, other: ImportReport) -> None:
        """Adds the counts and changes of ``other`` to this report."""
        for name in (
            "projects",
            "indicators",
            "created",
            "updated",
            "unchanged",
            "retired",
            "projects_created",
            "projects_updated",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.changes += other.changes
        self.skipped += other.skipped

    def as_json(self) -> dict[str, Any]:
        """Returns the report as the ``goalbot import --json`` object."""
        return {
            "projects": self.projects,
            "indicators": self.indicators,
            "created": self.created,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "retired": self.retired,
            "projects_created": self.projects_created,
            "projects_updated": self.projects_updated,
            "changes": [change.as_json() for change in self.changes],
            "skipped": [
                {"reason": rows.reason.value, "line_no": rows.line_no, "text": rows.text}
                for rows in self.skipped
            ],
        }


def _to_fen(amount: Decimal | None) -> int | None:
    return None if amount is None else int((amount * 100).to_integral_value())


def _from_fen(fen: int | None) -> Decimal | None:
    return None if fen is None else (Decimal(fen) / 100).quantize(Decimal("0.01"))


def _project_values(form: ProjectForm) -> dict[str, Any]:
    values: dict[str, Any] = {name: getattr(form, name) for name in PROJECT_FIELDS}
    for name in FUNDING_FIELDS:
        values[f"{name}_fen"] = _to_fen(getattr(form.funding, name))
    return values


def _indicator_values(row: IndicatorForm, position: int) -> dict[str, Any]:
    target = row.target
    return {
        "position": position,
        "level1": row.level1,
        "level2": row.level2,
        "raw_value": target.raw,
        "kind": target.kind.value,
        "operator": target.operator,
        "value": None if target.value is None else str(target.value),
        "unit": target.unit,
        "direction": target.direction.value,
        "deadline": target.deadline,
        "standard": row.standard,
        "active": True,
    }


def _indicator_key(name: str) -> str:
    return "".join(name.split())


def save_forms(
    *, session: Session, forms: Sequence[ProjectForm], source: str, sha256: str
) -> ImportReport:
    """Creates or updates the projects of one document; the caller commits once."""
    report = ImportReport(projects=len(forms))
    document = Document(source=source, sha256=sha256)
    session.add(document)
    session.flush()
    for form in forms:
        _save_form(session=session, form=form, document_id=document.id, report=report)
        report.skipped += form.skipped
    return report


def _save_form(
    *, session: Session, form: ProjectForm, document_id: int | None, report: ImportReport
) -> None:
    project = session.exec(
        select(Project).where(Project.year == form.year, Project.name == form.name)
    ).first()
    values = _project_values(form)
    if project is None:
        project = Project(year=form.year, name=form.name, **values)
        report.projects_created += 1
        report.changes.append(
            ImportChange(ChangeKind.PROJECT_CREATED, project=form.name, year=form.year)
        )
    else:
        changed = [name for name, value in values.items() if getattr(project, name) != value]
        if changed:
            report.projects_updated += 1
            report.changes.append(
                ImportChange(
                    ChangeKind.PROJECT_UPDATED,
                    project=form.name,
                    year=form.year,
                    fields=tuple(changed),
                )
            )
        for name in changed:
            setattr(project, name, values[name])
    project.document_id = document_id
    project.source_line = form.line_no
    session.add(project)
    session.flush()
    assert project.id is not None
    _save_goal_items(session=session, project_id=project.id, items=form.goal_items)
    _save_indicators(session=session, project=project, rows=form.indicators, report=report)


def _save_goal_items(*, session: Session, project_id: int, items: Sequence[GoalItem]) -> None:
    stored = session.exec(
        select(GoalItemRow).where(GoalItemRow.project_id == project_id).order_by("number")
    ).all()
    if [(row.number, row.title, row.text) for row in stored] == [
        (item.number, item.title, item.text) for item in items
    ]:
        return
    for row in stored:
        session.delete(row)
    for item in items:
        session.add(
            GoalItemRow(
                project_id=project_id, number=item.number, title=item.title, text=item.text
            )
        )


def _save_indicators(
    *, session: Session, project: Project, rows: Sequence[IndicatorForm], report: ImportReport
) -> None:
    assert project.id is not None
    stored = {
        _indicator_key(ind.name): ind
        for ind in session.exec(select(Indicator).where(Indicator.project_id == project.id))
    }
    seen: set[str] = set()
    created: list[dict[str, Any]] = []  # Inserted at once: a large form has thousands.
    for position, row in enumerate(rows):
        key = _indicator_key(row.name)
        if key in seen:
            continue  # The same row repeated across a page break.
        seen.add(key)
        report.indicators += 1
        values = _indicator_values(row, position)
        indicator = stored.get(key)
        if indicator is None:
            created.append(
                {"project_id": project.id, "name": row.name, "source_line": row.line_no, **values}
            )
            report.created += 1
        else:
            _update_indicator(
                session=session,
                project=project,
                indicator=indicator,
                row=row,
                values=values,
                report=report,
            )
    if created:
        session.connection().execute(insert(Indicator), created)
    _retire_missing(session=session, project=project, stored=stored, seen=seen, report=report)


def _update_indicator(
    *,
    session: Session,
    project: Project,
    indicator: Indicator,
    row: IndicatorForm,
    values: dict[str, Any],
    report: ImportReport,
) -> None:
    changed = [name for name in INDICATOR_FIELDS if getattr(indicator, name) != values[name]]
    # A row moving because another was added or removed is not a change of its own.
    if not [name for name in changed if name != "position"]:
        report.unchanged += 1
        if changed:
            indicator.position = values["position"]
            session.add(indicator)
        return
    report.updated += 1
    if "raw_value" in changed:
        report.changes.append(
            ImportChange(
                ChangeKind.TARGET_CHANGED,
                project=project.name,
                year=project.year,
                indicator=row.name,
                fields=("raw_value",),
                before=indicator.raw_value,
                after=row.target.raw,
            )
        )
    for name in changed:
        setattr(indicator, name, values[name])
    indicator.source_line = row.line_no
    session.add(indicator)


def _retire_missing(
    *,
    session: Session,
    project: Project,
    stored: dict[str, Indicator],
    seen: set[str],
    report: ImportReport,
) -> None:
    for key, indicator in stored.items():
        if key not in seen and indicator.active:
            indicator.active = False
            session.add(indicator)
            report.retired += 1
            report.changes.append(
                ImportChange(
                    ChangeKind.INDICATOR_RETIRED,
                    project=project.name,
                    year=project.year,
                    indicator=indicator.name,
                )
            )


def count_projects(*, session: Session) -> int:
    """Returns how many projects are stored."""
    return session.exec(select(func.count()).select_from(Project)).one()


def load_catalog(*, session: Session) -> Catalog:
    """Reads every project with its active indicators, newest year first."""
    projects = session.exec(
        select(Project).order_by(col(Project.year).desc(), col(Project.id))
    ).all()
    indicators = session.exec(
        select(Indicator).where(col(Indicator.active)).order_by(col(Indicator.position))
    ).all()
    goal_items = session.exec(select(GoalItemRow).order_by(col(GoalItemRow.number))).all()
    indicators_of: dict[int, list[Indicator]] = defaultdict(list)
    for indicator in indicators:
        indicators_of[indicator.project_id].append(indicator)
    items_of: dict[int, list[GoalItemRow]] = defaultdict(list)
    for item in goal_items:
        items_of[item.project_id].append(item)
    return Catalog(
        projects=tuple(
            _project_info(project, indicators_of[project.id or 0], items_of[project.id or 0])
            for project in projects
        )
    )


def _project_info(
    project: Project, indicators: list[Indicator], goal_items: list[GoalItemRow]
) -> ProjectInfo:
    assert project.id is not None
    funding = Funding(
        **{name: _from_fen(getattr(project, f"{name}_fen")) for name in FUNDING_FIELDS}
    )
    return ProjectInfo(
        id=project.id,
        year=project.year,
        name=project.name,
        nature=project.nature,
        category=project.category,
        department=project.department,
        implementer=project.implementer,
        planned_start=project.planned_start,
        planned_end=project.planned_end,
        dates_by_month=project.dates_by_month,
        overall_goal=project.overall_goal,
        overall_goal_label=project.overall_goal_label,
        annual_goal=project.annual_goal,
        goal_items=tuple(
            GoalItem(number=i.number, title=i.title, text=i.text) for i in goal_items
        ),
        funding=funding,
        indicators=tuple(indicator_info(ind) for ind in indicators),
    )


def indicator_info(indicator: Indicator) -> IndicatorInfo:
    """Returns the read-only view of a stored indicator."""
    assert indicator.id is not None
    target = Target(
        raw=indicator.raw_value,
        kind=IndicatorKind(indicator.kind),
        operator=indicator.operator,
        value=None if indicator.value is None else Decimal(indicator.value),
        unit=indicator.unit,
        direction=Direction(indicator.direction),
        deadline=indicator.deadline,
    )
    return IndicatorInfo(
        id=indicator.id,
        project_id=indicator.project_id,
        position=indicator.position,
        level1=indicator.level1,
        level2=indicator.level2,
        name=indicator.name,
        target=target,
        standard=indicator.standard,
    )
