"""Importing documents into the store in one transaction each."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from sqlalchemy import Engine
from sqlmodel import Session

from knowledge.builtin import BUILTIN_DOCUMENT, builtin_document_text
from knowledge.documents import read_declaration
from storage.projects import ImportReport, count_projects, save_forms


def import_document(*, engine: Engine, content: bytes, file_name: str) -> ImportReport:
    """Parses ``content`` and saves its projects; nothing is saved when anything fails."""
    return import_documents(engine=engine, documents=[(file_name, content)])


def import_documents(*, engine: Engine, documents: Sequence[tuple[str, bytes]]) -> ImportReport:
    """Parses every document first, then saves them all in one transaction."""
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
    with Session(engine) as session:
        if count_projects(session=session):
            return None
    return import_document(
        engine=engine,
        content=builtin_document_text().encode("utf-8"),
        file_name=f"builtin:{BUILTIN_DOCUMENT}",
    )


def preview_import(*, engine: Engine, content: bytes, file_name: str) -> ImportReport:
    """Returns what importing ``content`` would change, changing nothing (rolled back)."""
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
