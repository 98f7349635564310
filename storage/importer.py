"""Importing documents into the store in one transaction each."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from sqlalchemy import Engine
from sqlmodel import Session

from storage.database import migrate, schema_is_current, startup_lock
from storage.projects import ImportReport, count_projects, save_forms


def import_document(*, engine: Engine, content: bytes, file_name: str) -> ImportReport:
    """Parses ``content`` and saves its projects; nothing is saved when anything fails."""
    return import_documents(engine=engine, documents=[(file_name, content)])


def import_documents(*, engine: Engine, documents: Sequence[tuple[str, bytes]]) -> ImportReport:
    """Parses every document first, then saves them all in one transaction."""
    from knowledge.documents import read_declaration  # Only imports need the readers.

    parsed = [
        (name, content, read_declaration(content, file_name=name)) for name, content in documents
    ]
    report = ImportReport()
    with Session(engine) as session:
        for name, content, forms in parsed:
            report.add(
                save_forms(
                    session=session,
                    forms=forms,
                    source=name,
                    sha256=hashlib.sha256(content).hexdigest(),
                )
            )
        session.commit()
    return report


def load_builtin_if_empty(*, engine: Engine) -> ImportReport | None:
    """Loads the built-in 2026 data into an empty store; returns None when it had data."""
    from knowledge.builtin import BUILTIN_DOCUMENT, builtin_document_text

    with Session(engine) as session:
        if count_projects(session=session):
            return None
    return import_document(
        engine=engine,
        content=builtin_document_text().encode("utf-8"),
        file_name=f"builtin:{BUILTIN_DOCUMENT}",
    )


def prepare_store(*, engine: Engine, load_builtin: bool) -> ImportReport | None:
    """Migrates and, when asked, loads the built-in data into an empty store, once.

    Processes starting together take turns under :func:`startup_lock` and re-check
    inside it; a store that is ready costs two small queries and no lock.
    """
    if schema_is_current(engine) and not (load_builtin and _is_empty(engine)):
        return None
    with startup_lock(engine):
        migrate(engine)
        return load_builtin_if_empty(engine=engine) if load_builtin else None


def _is_empty(engine: Engine) -> bool:
    with Session(engine) as session:
        return count_projects(session=session) == 0


def preview_import(*, engine: Engine, content: bytes, file_name: str) -> ImportReport:
    """Returns what importing ``content`` would change, changing nothing (rolled back)."""
    from knowledge.documents import read_declaration

    forms = read_declaration(content, file_name=file_name)
    with Session(engine) as session:
        report = save_forms(
            session=session,
            forms=forms,
            source=file_name,
            sha256=hashlib.sha256(content).hexdigest(),
        )
        session.rollback()
    return report
