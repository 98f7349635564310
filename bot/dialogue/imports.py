"""Importing a 申报表 that an admin sends in the chat (.txt exported from the PDF or .xlsx)."""

from __future__ import annotations

import hashlib
from pathlib import PurePath

from sqlalchemy import event
from sqlmodel import Session

from bot.dialogue.context import TurnContext
from bot.dialogue.messages import imports as msg
from bot.dialogue.replies import Reply
from knowledge.access import Role, role_allows
from knowledge.documents import read_declaration
from knowledge.errors import DocumentFormatError
from storage.projects import ImportChange, ImportReport, load_catalog, save_forms

MAX_LISTED_CHANGES = 10
# The reader tells a PDF apart itself and asks for its text export.
READABLE_SUFFIXES = frozenset({".txt", ".xlsx", ".xlsm", ".pdf"})
MAX_QUOTED = 60  # characters of a cell quoted back to the user
BYTES_PER_MEGABYTE = 1024 * 1024


def problem_text(error: DocumentFormatError) -> str:
    """Words why a document was refused, with the bound it broke when there is one."""
    limit = error.limit or 0
    return msg.DOCUMENT_PROBLEMS[error.problem].format(
        text=error.text,
        limit=limit,
        limit_mb=limit // BYTES_PER_MEGABYTE,
        detail=error.detail,
    )


def failure_reply(error: DocumentFormatError) -> Reply:
    """Tells the admin which line of the document is wrong and that nothing was imported."""
    text = f"（{error.text[:MAX_QUOTED]}）" if error.text else ""
    return Reply(msg.FAILED.format(line=error.line_no, reason=problem_text(error), text=text))


def change_line(change: ImportChange) -> str:
    """Words one change an import made."""
    return msg.CHANGE_LINES[change.kind].format(
        project=change.project,
        year=change.year,
        indicator=change.indicator or "",
        fields=msg.FIELD_JOINER.join(msg.CHANGED_FIELDS.get(f, f) for f in change.fields),
        before=change.before or "",
        after=change.after or "",
    )


def report_lines(report: ImportReport) -> list[str]:
    """Words every change of ``report``, in order."""
    return [change_line(change) for change in report.changes]


def skipped_lines(report: ImportReport) -> list[str]:
    """Words every block of rows ``report`` left out, in order."""
    return [
        msg.SKIPPED_LINES[rows.reason].format(line=rows.line_no, text=rows.text[:MAX_QUOTED])
        for rows in report.skipped
    ]


def _refresh_catalog_after_commit(ctx: TurnContext) -> None:
    """Rebuilds the catalog and the services on it once the import is committed.

    Rebuilding the question engine for a large catalog takes seconds: inside the turn's
    transaction it would hold the database's write lock and stall every other user's
    turn. A turn that rolls back leaves the catalog as it was.
    """
    app = ctx.app

    def refresh(_session: Session) -> None:
        with Session(app.engine) as session:
            app.replace_catalog(load_catalog(session=session))

    event.listen(ctx.session, "after_commit", refresh, once=True)


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
        return [failure_reply(error)]
    report = save_forms(
        session=ctx.session,
        forms=forms,
        source=file_name,
        sha256=hashlib.sha256(content).hexdigest(),
    )
    _refresh_catalog_after_commit(ctx)
    lines = [msg.DONE.format(file_name=file_name, **report.as_json()), *change_lines(report)]
    return [Reply("\n".join(lines))]


def change_lines(report: ImportReport) -> list[str]:
    """Returns the first changes of an import, how many more there are, and what it left out."""
    lines: list[str] = []
    if report.changes:
        lines.append(msg.CHANGES)
        lines += [f"· {change}" for change in report_lines(report)[:MAX_LISTED_CHANGES]]
        extra = len(report.changes) - MAX_LISTED_CHANGES
        if extra > 0:
            lines.append(msg.MORE_CHANGES.format(count=extra))
    if report.skipped:
        lines += [msg.SKIPPED, *(f"· {line}" for line in skipped_lines(report))]
    return lines
