"""Storing drafts: one per project and year, version checks, audit, and the export round trip."""

from __future__ import annotations

import json
import threading
from decimal import Decimal

import pytest
from sqlalchemy import Engine
from sqlmodel import Session

from knowledge.catalog import Catalog, ProjectInfo
from knowledge.documents import is_exported_form
from knowledge.draft import Draft, DraftChanged, DraftNotFound, RowState
from knowledge.export_xlsx import export_xlsx
from storage.actuals import AuditAction, Author
from storage.drafts import (
    DraftStatus,
    draft_audit,
    find_draft,
    get_draft,
    list_drafts,
    open_draft,
    save_draft,
)
from storage.importer import import_document, preview_import
from storage.projects import ChangeKind, ImportChange, load_catalog

ALICE = Author(user_id=2001, user_name="Alice", chat_id=2001)
BOB = Author(user_id=2002, user_name="Bob", chat_id=2002)


@pytest.fixture
def international(catalog: Catalog) -> ProjectInfo:
    project = catalog.find_project("国际科技人文交流与合作")
    assert project is not None
    return project


def test_open_draft_creates_one_per_project_and_year(
    engine: Engine, international: ProjectInfo
) -> None:
    with Session(engine) as session:
        first = open_draft(session=session, project=international, author=ALICE)
        again = open_draft(session=session, project=international, author=BOB)
        session.commit()
    assert first.id == again.id and first.draft.year == 2027
    with Session(engine) as session:
        assert [d.id for d in list_drafts(session=session)] == [first.id]
        assert find_draft(session=session, project_id=international.id, year=2027) is not None
        assert [row.action for row in draft_audit(session=session, draft_id=first.id)] == [
            "draft_create"
        ]


def test_two_people_opening_at_once_share_one_draft(
    engine: Engine, international: ProjectInfo
) -> None:
    ids: list[int] = []
    barrier = threading.Barrier(2)

    def start(author: Author) -> None:
        barrier.wait()
        with Session(engine) as session:
            ids.append(open_draft(session=session, project=international, author=author).id)
            session.commit()

    threads = [threading.Thread(target=start, args=(a,)) for a in (ALICE, BOB)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert len(ids) == 2 and ids[0] == ids[1]


def test_save_bumps_version_and_audits_only_what_changed(
    engine: Engine, international: ProjectInfo
) -> None:
    with Session(engine) as session:
        stored = open_draft(session=session, project=international, author=ALICE)
        draft = stored.draft
        draft.rows[2].target, draft.rows[2].state = "≥430.00(人)", RowState.SUGGESTED
        saved = save_draft(
            session=session,
            draft_id=stored.id,
            draft=draft,
            version=stored.version,
            author=ALICE,
            action=AuditAction.DRAFT_ROW,
        )
        session.commit()
    assert saved.version == stored.version + 1
    with Session(engine) as session:
        again = get_draft(session=session, draft_id=stored.id)
        (record,) = draft_audit(session=session, draft_id=stored.id)[1:]
    assert again.draft.rows[2].target == "≥430.00(人)"
    assert again.updated_by_name == "Alice"
    assert json.loads(record.before or "{}")["row3"]["target"] == "≥300.00(人)"
    assert list(json.loads(record.after or "{}")) == ["row3"]


def test_a_save_from_an_old_version_is_refused(engine: Engine, international: ProjectInfo) -> None:
    with Session(engine) as session:
        stored = open_draft(session=session, project=international, author=ALICE)
        session.commit()
    alice_copy, bob_copy = stored.draft, get_draft_copy(engine, stored.id)
    alice_copy.rows[0].state = RowState.KEPT
    bob_copy.rows[0].state = RowState.DELETED
    with Session(engine) as session:
        save_draft(
            session=session,
            draft_id=stored.id,
            draft=alice_copy,
            version=stored.version,
            author=ALICE,
            action=AuditAction.DRAFT_ROW,
        )
        session.commit()
    with Session(engine) as session, pytest.raises(DraftChanged):
        save_draft(
            session=session,
            draft_id=stored.id,
            draft=bob_copy,
            version=stored.version,
            author=BOB,
            action=AuditAction.DRAFT_ROW,
        )
    with Session(engine) as session:
        assert get_draft(session=session, draft_id=stored.id).draft.rows[0].state is RowState.KEPT


def get_draft_copy(engine: Engine, draft_id: int) -> Draft:
    with Session(engine) as session:
        return get_draft(session=session, draft_id=draft_id).draft


def test_unknown_draft_is_reported(engine: Engine) -> None:
    with Session(engine) as session, pytest.raises(DraftNotFound):
        get_draft(session=session, draft_id=999)


def test_status_change_is_saved_and_audited(engine: Engine, international: ProjectInfo) -> None:
    with Session(engine) as session:
        stored = open_draft(session=session, project=international, author=ALICE)
        saved = save_draft(
            session=session,
            draft_id=stored.id,
            draft=stored.draft,
            version=stored.version,
            author=ALICE,
            action=AuditAction.DRAFT_EXPORT,
            status=DraftStatus.EXPORTED,
        )
        session.commit()
        audit = draft_audit(session=session, draft_id=stored.id)
    assert saved.status is DraftStatus.EXPORTED
    assert json.loads(audit[-1].after or "{}") == {"status": "exported"}


def test_exported_xlsx_imports_into_exactly_the_draft(
    engine: Engine, international: ProjectInfo
) -> None:
    with Session(engine) as session:
        stored = open_draft(session=session, project=international, author=ALICE)
        session.commit()
    draft = stored.draft
    draft.rows[2].target = "≥430.00(人)"
    draft.rows[3].state = RowState.DELETED
    draft.form.funding.annual_total = Decimal("450000.00")
    draft.form.funding.annual_appropriation = Decimal("450000.00")
    form = draft.to_form()
    report = import_document(engine=engine, content=export_xlsx(form), file_name="draft.xlsx")
    assert (report.projects_created, report.created) == (1, len(form.indicators))
    with Session(engine) as session:
        catalog = load_catalog(session=session)
    (project,) = [p for p in catalog.projects if p.year == 2027]
    for name in (
        "name",
        "nature",
        "category",
        "department",
        "implementer",
        "planned_start",
        "planned_end",
        "overall_goal",
        "overall_goal_label",
        "annual_goal",
        "funding",
    ):
        assert getattr(project, name) == getattr(form, name), name
    assert list(project.goal_items) == form.goal_items
    assert [(i.level1, i.level2, i.name, i.target) for i in project.indicators] == [
        (i.level1, i.level2, i.name, i.target) for i in form.indicators
    ]
    again = import_document(engine=engine, content=export_xlsx(form), file_name="draft.xlsx")
    assert (again.created, again.updated, again.unchanged) == (0, 0, len(form.indicators))


def test_preview_reports_the_changes_and_saves_nothing(
    engine: Engine, international: ProjectInfo
) -> None:
    with Session(engine) as session:
        draft = open_draft(session=session, project=international, author=ALICE).draft
        session.commit()
    form = draft.to_form()
    content = export_xlsx(form)
    assert is_exported_form(content) and not is_exported_form(b"PK\x03\x04broken")
    report = preview_import(engine=engine, content=content, file_name="draft.xlsx")
    assert (report.projects_created, report.created) == (1, len(form.indicators))
    assert (
        ImportChange(ChangeKind.PROJECT_CREATED, project="国际科技人文交流与合作", year=2027)
        in report.changes
    )
    with Session(engine) as session:
        assert {p.year for p in load_catalog(session=session).projects} == {2026}


def test_every_draft_action_has_a_label_in_the_audit_view() -> None:
    from bot.dialogue.messages.draft import AUDIT_ACTIONS

    draft_actions = {action for action in AuditAction if action.startswith("draft_")}
    assert draft_actions == set(AUDIT_ACTIONS)
