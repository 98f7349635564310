"""Drafts of next year's forms: one per project and year, saved after every step.

Every save names the version it was made from; a save from an older version fails with
:class:`DraftChanged` instead of overwriting what someone else confirmed. Each change is
written to the audit log with the parts of the draft before and after.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import BigInteger, UniqueConstraint, update
from sqlmodel import Field, Session, SQLModel, col, select

from knowledge.catalog import ProjectInfo
from knowledge.draft import Draft, DraftChanged, DraftNotFound, start_draft
from storage.actuals import AuditAction, AuditLog, Author, write_audit
from storage.tables import conflict_insert, utc_now


class DraftStatus(StrEnum):
    """Where a draft stands."""

    DRAFTING = "drafting"
    EXPORTED = "exported"


class DraftRecord(SQLModel, table=True):
    """The stored draft of ``project_id``'s form for ``year``, as the JSON of a Draft."""

    __tablename__ = "draft"
    __table_args__ = (UniqueConstraint("project_id", "year", name="uq_draft_project_year"),)

    id: int | None = Field(default=None, primary_key=True)
    project_id: int = Field(foreign_key="project.id", index=True)
    year: int
    content: str
    status: str = Field(default=DraftStatus.DRAFTING.value, max_length=20)
    version: int = 1
    created_by: int = Field(sa_type=BigInteger)
    updated_by: int = Field(sa_type=BigInteger)
    updated_by_name: str | None = Field(default=None, max_length=100)
    created_at: dt.datetime = Field(default_factory=utc_now)
    updated_at: dt.datetime = Field(default_factory=utc_now)


@dataclass(frozen=True, kw_only=True)
class StoredDraft:
    """A draft as read: its id and version to save against, and who changed it last."""

    id: int
    version: int
    status: DraftStatus
    draft: Draft
    updated_by_name: str | None
    updated_at: dt.datetime


def _stored(record: DraftRecord) -> StoredDraft:
    assert record.id is not None
    return StoredDraft(
        id=record.id,
        version=record.version,
        status=DraftStatus(record.status),
        draft=Draft.from_json(json.loads(record.content)),
        updated_by_name=record.updated_by_name,
        updated_at=record.updated_at,
    )


def open_draft(*, session: Session, project: ProjectInfo, author: Author) -> StoredDraft:
    """Returns next year's draft of ``project``, creating it once even when two start at once."""
    draft = start_draft(project)
    insert = conflict_insert(session)
    now = utc_now()
    statement = (
        insert(DraftRecord)
        .values(
            project_id=project.id,
            year=draft.year,
            content=json.dumps(draft.to_json(), ensure_ascii=False),
            status=DraftStatus.DRAFTING.value,
            version=1,
            created_by=author.user_id,
            updated_by=author.user_id,
            updated_by_name=author.user_name,
            created_at=now,
            updated_at=now,
        )
        .on_conflict_do_nothing(index_elements=["project_id", "year"])
        .returning(col(DraftRecord.id))
    )
    created = session.connection().execute(statement).first()
    record = session.exec(
        select(DraftRecord).where(
            DraftRecord.project_id == project.id, DraftRecord.year == draft.year
        )
    ).one()
    session.refresh(record)
    if created is not None:
        write_audit(
            session=session, action=AuditAction.DRAFT_CREATE, author=author, draft_id=record.id
        )
    return _stored(record)


def get_draft(*, session: Session, draft_id: int) -> StoredDraft:
    """Returns the draft with ``draft_id``; :class:`DraftNotFound` when there is none."""
    record = session.get(DraftRecord, draft_id)
    if record is None:
        raise DraftNotFound(draft_id)
    session.refresh(record)
    return _stored(record)


def find_draft(*, session: Session, project_id: int, year: int) -> StoredDraft | None:
    """Returns the draft of ``project_id`` for ``year``, if one was started."""
    record = session.exec(
        select(DraftRecord).where(DraftRecord.project_id == project_id, DraftRecord.year == year)
    ).first()
    return None if record is None else _stored(record)


def list_drafts(*, session: Session) -> list[StoredDraft]:
    """Returns every draft, newest year first."""
    records = session.exec(
        select(DraftRecord).order_by(col(DraftRecord.year).desc(), col(DraftRecord.id))
    ).all()
    return [_stored(record) for record in records]


def save_draft(
    *,
    session: Session,
    draft_id: int,
    draft: Draft,
    version: int,
    author: Author,
    action: AuditAction,
    status: DraftStatus = DraftStatus.DRAFTING,
) -> StoredDraft:
    """Saves ``draft`` if the stored one is still at ``version``; audits what changed."""
    before = get_draft(session=session, draft_id=draft_id)
    statement = (
        update(DraftRecord)
        .where(col(DraftRecord.id) == draft_id, col(DraftRecord.version) == version)
        .values(
            content=json.dumps(draft.to_json(), ensure_ascii=False),
            status=status.value,
            version=version + 1,
            updated_by=author.user_id,
            updated_by_name=author.user_name,
            updated_at=utc_now(),
        )
    )
    if session.connection().execute(statement).rowcount != 1:
        raise DraftChanged(draft_id)
    record = session.get(DraftRecord, draft_id)
    assert record is not None
    session.refresh(record)
    old, new = draft_difference(before.draft.to_json(), draft.to_json())
    if status is not before.status:
        old["status"], new["status"] = before.status.value, status.value
    write_audit(
        session=session,
        action=action,
        author=author,
        draft_id=record.id,
        before=old,
        after=new,
    )
    return _stored(record)


def draft_difference(
    before: dict[str, Any], after: dict[str, Any]
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Returns the header fields and rows that differ, as they were and as they are."""
    old: dict[str, Any] = {}
    new: dict[str, Any] = {}
    for name, value in after["form"].items():
        if before["form"].get(name) != value:
            old[name], new[name] = before["form"].get(name), value
    old_rows, new_rows = before["rows"], after["rows"]
    for index in range(max(len(old_rows), len(new_rows))):
        was = old_rows[index] if index < len(old_rows) else None
        now = new_rows[index] if index < len(new_rows) else None
        if was != now:
            old[f"row{index + 1}"], new[f"row{index + 1}"] = was, now
    return old, new


def draft_audit(*, session: Session, draft_id: int) -> list[AuditLog]:
    """Returns the audit records of a draft, oldest first."""
    return list(
        session.exec(
            select(AuditLog).where(AuditLog.draft_id == draft_id).order_by(col(AuditLog.id))
        )
    )
