"""Importing a 申报表 that an admin sends in the chat (.txt exported from the PDF or .xlsx)."""

from __future__ import annotations

import hashlib
from pathlib import PurePath

from bot.dialogue.context import TurnContext
from bot.dialogue.messages import imports as msg
from bot.dialogue.replies import Reply
from knowledge.access import Role, role_allows
from knowledge.documents import read_declaration
from knowledge.errors import DocumentFormatError
from storage.projects import ImportReport, load_catalog, save_forms

MAX_LISTED_CHANGES = 10
# The reader tells a PDF apart itself and asks for its text export.
READABLE_SUFFIXES = frozenset({".txt", ".xlsx", ".xlsm", ".pdf"})


def import_sent_document(ctx: TurnContext) -> list[Reply]:
    """Imports the turn's document in the turn's transaction and refreshes the catalog."""
    document = ctx.turn.document
    assert document is not None
    if not role_allows(ctx.role, Role.ADMIN):
        return [Reply(msg.ADMIN_ONLY)]
    suffix = PurePath(document.file_name.lower()).suffix
    if suffix and suffix not in READABLE_SUFFIXES:  # A photo, a .docx …: say what is accepted.
        return [Reply(msg.UNSUPPORTED_FILE.format(file_name=document.file_name))]
    return import_content(ctx, file_name=document.file_name, content=document.content)


def import_content(ctx: TurnContext, *, file_name: str, content: bytes) -> list[Reply]:
    """Imports a document's bytes in the turn's transaction and refreshes the catalog."""
    try:
        forms = read_declaration(content, file_name=file_name)
    except DocumentFormatError as error:
        text = f"（{error.text[:60]}）" if error.text else ""
        return [Reply(msg.FAILED.format(line=error.line_no, reason=error.reason, text=text))]
    report = save_forms(
        session=ctx.session,
        forms=forms,
        source=file_name,
        sha256=hashlib.sha256(content).hexdigest(),
    )
    ctx.session.flush()
    ctx.app.replace_catalog(load_catalog(session=ctx.session))
    lines = [msg.DONE.format(file_name=file_name, **report.as_json()), *change_lines(report)]
    return [Reply("\n".join(lines))]


def change_lines(report: ImportReport) -> list[str]:
    """Returns the first changes of an import, one line each, and how many more there are."""
    lines: list[str] = []
    if report.changes:
        lines.append(msg.CHANGES)
        lines += [f"· {change}" for change in report.changes[:MAX_LISTED_CHANGES]]
        extra = len(report.changes) - MAX_LISTED_CHANGES
        if extra > 0:
            lines.append(msg.MORE_CHANGES.format(count=extra))
    return lines
