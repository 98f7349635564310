"""The ``goalbot`` command line."""

from __future__ import annotations

import argparse
import gc
import json
import logging
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from bot.dialogue.messages import cli_help as HELP
from bot.dialogue.messages.cli import (
    ASK_FAILED,
    ASK_USAGE,
    EXPORT_WRITTEN,
    IMPORT_FAILED,
    IMPORT_SUMMARY,
    NO_SUCH_PROJECT,
    READ_FAILED,
    SEE_VERBOSE,
)

# Only the wording above loads with this module: main() pauses the cyclic garbage collector
# before the rest (settings, database, the question engine) is imported and built.
if TYPE_CHECKING:
    from bot.dialogue.context import App
    from bot.dialogue.qa import QuestionService
    from bot.settings import Settings
    from storage.backup import BackupError


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="goalbot", description=HELP.DESCRIPTION)
    parser.add_argument("--verbose", action="store_true", help=HELP.VERBOSE)
    commands = parser.add_subparsers(dest="command", required=True, metavar=HELP.COMMAND_METAVAR)
    imp = commands.add_parser("import", help=HELP.IMPORT, description=HELP.IMPORT)
    imp.add_argument("paths", nargs="+", type=Path, help=HELP.IMPORT_PATHS)
    imp.add_argument("--json", action="store_true", help=HELP.IMPORT_JSON)
    commands.add_parser("projects", help=HELP.PROJECTS, description=HELP.PROJECTS)
    show = commands.add_parser("show", help=HELP.SHOW, description=HELP.SHOW)
    show.add_argument("project", help=HELP.SHOW_PROJECT)
    ask = commands.add_parser("ask", help=HELP.ASK, description=HELP.ASK)
    ask.add_argument("question", nargs="?", help=HELP.ASK_QUESTION)
    ask.add_argument("--stdin", action="store_true", help=HELP.ASK_STDIN)
    export = commands.add_parser("export", help=HELP.EXPORT, description=HELP.EXPORT)
    export.add_argument("report", choices=["progress"], help=HELP.EXPORT_REPORT)
    export.add_argument("--format", choices=["xlsx"], default="xlsx", help=HELP.EXPORT_FORMAT)
    export.add_argument("-o", "--output", type=Path, help=HELP.EXPORT_OUTPUT)
    commands.add_parser("chat", help=HELP.CHAT, description=HELP.CHAT)
    run = commands.add_parser("run", help=HELP.RUN, description=HELP.RUN)
    run.add_argument("--webhook-url", help=HELP.RUN_WEBHOOK_URL)
    run.add_argument("--listen", default="127.0.0.1", help=HELP.RUN_LISTEN)
    run.add_argument("--port", type=int, default=8443, help=HELP.RUN_PORT)
    run.add_argument("--secret-token", help=HELP.RUN_SECRET)
    _add_draft_commands(commands)
    _add_backup_commands(commands)
    return parser


def _add_draft_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    draft = commands.add_parser("draft", help=HELP.DRAFT, description=HELP.DRAFT)
    actions = draft.add_subparsers(
        dest="draft_command", required=True, metavar=HELP.COMMAND_METAVAR
    )
    export = actions.add_parser("export", help=HELP.DRAFT_EXPORT, description=HELP.DRAFT_EXPORT)
    export.add_argument("project", help=HELP.DRAFT_PROJECT)
    export.add_argument("--year", type=int, required=True, help=HELP.DRAFT_YEAR)
    export.add_argument(
        "--format", choices=("xlsx", "docx"), default="xlsx", help=HELP.DRAFT_FORMAT
    )
    export.add_argument("--out", type=Path, help=HELP.DRAFT_OUT)


def _add_backup_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from bot.dialogue.messages import backup as msg

    backup = commands.add_parser("backup", help=msg.BACKUP_HELP, description=msg.BACKUP_HELP)
    backup.add_argument("path", type=Path, help=msg.BACKUP_PATH)
    backup.add_argument("--force", action="store_true", help=msg.FORCE)
    restore = commands.add_parser("restore", help=msg.RESTORE_HELP, description=msg.RESTORE_HELP)
    restore.add_argument("path", type=Path, help=msg.RESTORE_PATH)
    restore.add_argument("--force", action="store_true", help=msg.FORCE)


def main(argv: Sequence[str] | None = None) -> int:
    """Runs one ``goalbot`` command and returns its exit status."""
    args = _parser().parse_args(argv)
    # Start-up creates a few hundred thousand objects that live as long as the process
    # (modules, tables, the question engine); collecting meanwhile only walks them over and
    # over (about 50 ms of a cold ``goalbot ask``). _open_app turns collection back on.
    gc.disable()
    try:
        return _command(args)
    finally:
        gc.enable()


def _command(args: argparse.Namespace) -> int:
    from pydantic import ValidationError

    from bot.settings import Settings
    from bot.startup import explain, explain_settings_error

    logging.basicConfig(
        level=logging.WARNING, format="%(asctime)s %(levelname)s %(name)s %(message)s"
    )
    try:
        settings = Settings()
    except ValidationError as error:
        print(explain_settings_error(error), file=sys.stderr)
        return 2
    handlers = {
        "import": _import,
        "projects": _projects,
        "show": _show,
        "ask": _ask,
        "export": _export,
        "chat": _chat,
        "run": _run,
        "backup": _backup,
        "restore": _restore,
        "draft": _draft_export,
    }
    try:
        return handlers[args.command](settings, args)
    except Exception as error:
        line = explain(error, settings)
        if line is None:
            raise
        print(line, file=sys.stderr)
        if args.verbose:
            traceback.print_exc()
        else:
            print(SEE_VERBOSE, file=sys.stderr)
        return 2


def _open_app(
    settings: Settings, *, load_builtin: bool = True, with_questions: bool = False
) -> App:
    """Opens the app (see ``bot.app.open_app``); start-up is over, so collection resumes."""
    from bot.app import open_app

    app = open_app(settings, load_builtin=load_builtin, with_questions=with_questions)
    gc.enable()
    return app


def _import(settings: Settings, args: argparse.Namespace) -> int:
    from bot.dialogue.imports import problem_text, report_lines, skipped_lines
    from bot.dialogue.messages import imports as import_msg
    from knowledge.errors import DocumentFormatError
    from storage.importer import import_documents

    app = _open_app(settings, load_builtin=False)
    try:
        documents = [(path.name, path.read_bytes()) for path in args.paths]
    except OSError as error:
        message = READ_FAILED.format(path=error.filename, error=error.strerror)
        _import_error(args, message, {"kind": "unreadable", "path": str(error.filename)})
        return 2
    try:
        report = import_documents(engine=app.engine, documents=documents)
    except DocumentFormatError as error:
        reason = problem_text(error)
        message = IMPORT_FAILED.format(line=error.line_no, reason=reason, text=error.text)
        _import_error(
            args, message, {"kind": "format", "line": error.line_no, "problem": error.problem}
        )
        return 1
    changes, skipped = report_lines(report), skipped_lines(report)
    if args.json:
        worded = {"changes": changes, "skipped": skipped}
        print(json.dumps({**report.as_json(), **worded}, ensure_ascii=False))
    else:
        print(IMPORT_SUMMARY.format(**report.as_json()))
        for change in changes:
            print(f"  {change}")
        if skipped:
            print(import_msg.SKIPPED, file=sys.stderr)
            for line in skipped:
                print(f"  {line}", file=sys.stderr)
    return 0


def _import_error(args: argparse.Namespace, message: str, detail: dict[str, object]) -> None:
    """Explains a failed import on stderr; with --json also as one JSON object on stdout."""
    print(message, file=sys.stderr)
    if args.json:
        error = {**detail, "message": message}
        print(json.dumps({"ok": False, "error": error}, ensure_ascii=False))


def _projects(settings: Settings, args: argparse.Namespace) -> int:
    from bot.dialogue.basic import projects_text

    print(projects_text(_open_app(settings).catalog))
    return 0


def _show(settings: Settings, args: argparse.Namespace) -> int:
    from bot.dialogue.questions import find_project
    from knowledge.form_text import render_form_text

    project = find_project(_open_app(settings, with_questions=True), args.project)
    if project is None:
        print(NO_SUCH_PROJECT.format(name=args.project), file=sys.stderr)
        return 1
    print(render_form_text(project))
    return 0


def _ask(settings: Settings, args: argparse.Namespace) -> int:
    if not args.stdin and not (args.question or "").strip():
        print(ASK_USAGE, file=sys.stderr)
        return 2
    app = _open_app(settings, with_questions=True)
    service = app.questions
    assert service is not None  # open_app(with_questions=True) built it.
    if not args.stdin:
        print(_answer_text(service, args.question or ""))
        return 0
    # Bytes in, bytes out: an undecodable byte becomes U+FFFD instead of reaching the output.
    for raw in sys.stdin.buffer:
        question = raw.decode("utf-8", errors="replace").rstrip("\r\n")
        if not question.strip():
            continue
        answer = _answer_text(service, question)
        sys.stdout.buffer.write(json_line({"question": question, "answer": answer}))
        sys.stdout.buffer.flush()
    return 0


# Characters that JSON allows raw in a string but that str.splitlines() and JavaScript
# readers take for line ends; written escaped so that one object stays on one line.
_LINE_BREAKING = {"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def json_line(value: dict[str, str]) -> bytes:
    """Returns ``value`` as one line of UTF-8 JSON, ending in a newline."""
    text = json.dumps(value, ensure_ascii=False)
    for raw, escaped in _LINE_BREAKING.items():
        text = text.replace(raw, escaped)
    return (text + "\n").encode("utf-8")


def _answer_text(service: QuestionService, question: str) -> str:
    """Answers one question; a failure answers politely and leaves the batch running."""
    try:
        return "\n".join(reply.plain() for reply in service.answer(question).replies)
    except Exception:
        logging.getLogger(__name__).exception("answering %r failed", question[:200])
        return ASK_FAILED


def _export(settings: Settings, args: argparse.Namespace) -> int:
    from sqlmodel import Session

    from bot.dialogue.messages import progress as progress_msg
    from bot.dialogue.progress import assess
    from bot.progress_export import progress_workbook

    app = _open_app(settings)
    with Session(app.engine) as session:
        states = assess(app, session)
    if not states:
        print(progress_msg.NOTHING, file=sys.stderr)
        return 1
    name = progress_msg.EXPORT_FILE.format(date=app.today().isoformat())
    path: Path = args.output or Path(name)
    path.write_bytes(progress_workbook(states))
    print(EXPORT_WRITTEN.format(path=path))
    return 0


def _chat(settings: Settings, args: argparse.Namespace) -> int:
    from bot.app import build_core
    from bot.terminal import run_terminal

    app = _open_app(settings, with_questions=True)
    return run_terminal(build_core(app))


def _run(settings: Settings, args: argparse.Namespace) -> int:
    from bot.telegram.runner import bot_token, run_telegram

    if bot_token(settings) is None:  # Before loading anything slow.
        return 2
    return run_telegram(_open_app(settings, with_questions=True), args)


def _backup(settings: Settings, args: argparse.Namespace) -> int:
    from bot.dialogue.messages import backup as msg
    from storage.backup import BackupError, backup_database

    try:
        backup_database(url=settings.database_url, target=args.path, force=args.force)
    except BackupError as error:
        print(_backup_problem(error), file=sys.stderr)
        return 1
    size = args.path.stat().st_size
    print(msg.BACKUP_DONE.format(path=args.path, size=f"{size / 1024:.0f} KB"))
    return 0


def _restore(settings: Settings, args: argparse.Namespace) -> int:
    from bot.dialogue.messages import backup as msg
    from storage.backup import BackupError, restore_database

    try:
        restore_database(url=settings.database_url, source=args.path, force=args.force)
    except BackupError as error:
        print(_backup_problem(error), file=sys.stderr)
        return 1
    print(msg.RESTORE_DONE.format(path=args.path))
    return 0


def _backup_problem(error: BackupError) -> str:
    from bot.dialogue.messages import backup as msg
    from storage.backup import BackupProblem

    templates = {
        BackupProblem.TARGET_EXISTS: msg.TARGET_EXISTS,
        BackupProblem.NOT_A_BACKUP: msg.NOT_A_BACKUP,
        BackupProblem.MISSING: msg.MISSING,
        BackupProblem.NOT_EMPTY: msg.NOT_EMPTY,
        BackupProblem.TOOL_MISSING: msg.TOOL_MISSING,
        BackupProblem.TOOL_FAILED: msg.TOOL_FAILED,
        BackupProblem.UNSUPPORTED: msg.UNSUPPORTED,
    }
    return templates[error.problem].format(detail=error.detail)


def _draft_export(settings: Settings, args: argparse.Namespace) -> int:
    """Exports the saved draft, or one with every suggestion taken, after the check."""
    from sqlmodel import Session

    from bot.dialogue.draft_view import ExportFormat, export_file, findings_text
    from bot.dialogue.messages import draft as msg
    from knowledge.draft import achieved_by_position, source_project, suggested_draft
    from knowledge.draft_check import check_form, errors_of
    from storage.actuals import progress_lookup
    from storage.drafts import find_draft

    app = _open_app(settings)
    project = source_project(app.catalog, name=args.project, year=args.year)
    if project is None:
        print(msg.CLI_NO_PROJECT.format(name=args.project, year=args.year), file=sys.stderr)
        return 1
    progress = progress_lookup(engine=app.engine)
    with Session(app.engine) as session:
        stored = find_draft(session=session, project_id=project.id, year=args.year)
    if stored is None:
        print(msg.CLI_FRESH_DRAFT, file=sys.stderr)
    draft = stored.draft if stored else suggested_draft(project, progress=progress)
    form = draft.to_form()
    findings = check_form(form, actuals=achieved_by_position(draft, progress=progress))
    if findings:
        print(findings_text(findings, year=form.year), file=sys.stderr)
    if errors_of(findings):
        print(msg.CLI_BLOCKED, file=sys.stderr)
        return 1
    document = export_file(form, ExportFormat(args.format))
    path: Path = args.out or Path(document.file_name)
    path.write_bytes(document.content)
    print(EXPORT_WRITTEN.format(path=path))
    return 0


def entry_point() -> None:
    """Runs the ``goalbot`` command of this process and ends the process with its status."""
    status = main()
    # What is left goes with the process; the interpreter's last collections would walk all
    # of it first (about 0.15 s after a cold ``goalbot ask``). Everything was committed.
    gc.freeze()
    sys.exit(status)


if __name__ == "__main__":
    entry_point()
