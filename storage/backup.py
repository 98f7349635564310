"""Backing up and restoring the store: SQLite's online backup, pg_dump / pg_restore.

A SQLite backup is taken page by page through SQLite's online backup API, so the bot may
keep writing meanwhile and the copy is one consistent state. PostgreSQL uses the
server's own tools when they are installed.
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from enum import StrEnum
from pathlib import Path

from knowledge.errors import GoalbotError
from storage.database import sqlite_path

# Pages copied per step of SQLite's online backup; writers get the lock between steps.
BACKUP_PAGES_PER_STEP = 1024
PG_TOOL_TIMEOUT = 3600  # seconds
MAX_TOOL_ERROR_CHARS = 500


class BackupProblem(StrEnum):
    """Why a backup or a restore was not done."""

    TARGET_EXISTS = "target_exists"
    NOT_A_BACKUP = "not_a_backup"
    MISSING = "missing"
    NOT_EMPTY = "not_empty"
    TOOL_MISSING = "tool_missing"
    TOOL_FAILED = "tool_failed"
    UNSUPPORTED = "unsupported"


class BackupError(GoalbotError):
    """A backup or restore that was refused or failed, with what it concerns."""

    def __init__(self, problem: BackupProblem, detail: str = "") -> None:
        super().__init__(f"{problem.value}: {detail}")
        self.problem = problem
        self.detail = detail


def backup_database(*, url: str, target: Path, force: bool = False) -> None:
    """Writes a consistent copy of the database at ``url`` to ``target``."""
    if target.exists() and not force:
        raise BackupError(BackupProblem.TARGET_EXISTS, str(target))
    source = sqlite_path(url)
    if source is not None:
        _sqlite_copy(source=source, target=target)
    elif url.startswith("postgresql"):
        _run_tool("pg_dump", "--format=custom", f"--file={target}", _libpq_url(url))
    else:
        raise BackupError(BackupProblem.UNSUPPORTED, url.split(":", 1)[0])


def restore_database(*, url: str, source: Path, force: bool = False) -> None:
    """Replaces the database at ``url`` with the backup ``source``.

    Refuses to overwrite a database that holds projects unless ``force``.
    """
    if not source.is_file():
        raise BackupError(BackupProblem.MISSING, str(source))
    target = sqlite_path(url)
    if target is not None:
        _check_sqlite_backup(source)
        if not force and _sqlite_has_data(target):
            raise BackupError(BackupProblem.NOT_EMPTY, str(target))
        target.parent.mkdir(parents=True, exist_ok=True)
        _sqlite_copy(source=source, target=target)
    elif url.startswith("postgresql"):
        if not force and _postgres_has_data(url):
            raise BackupError(BackupProblem.NOT_EMPTY, url.split("@")[-1])
        _run_tool(
            "pg_restore",
            "--clean",
            "--if-exists",
            "--no-owner",
            f"--dbname={_libpq_url(url)}",
            str(source),
        )
    else:
        raise BackupError(BackupProblem.UNSUPPORTED, url.split(":", 1)[0])


def _sqlite_copy(*, source: Path, target: Path) -> None:
    with sqlite3.connect(source) as origin, sqlite3.connect(target) as copy:
        origin.backup(copy, pages=BACKUP_PAGES_PER_STEP)
    origin.close()
    copy.close()


def _check_sqlite_backup(path: Path) -> None:
    """Raises unless ``path`` is a SQLite file with goalbot's schema."""
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
            connection.execute("SELECT version_num FROM alembic_version").fetchall()
            connection.execute("SELECT count(*) FROM project").fetchone()
        connection.close()
    except sqlite3.DatabaseError as error:
        raise BackupError(BackupProblem.NOT_A_BACKUP, str(path)) from error


def _sqlite_has_data(path: Path) -> bool:
    if not path.exists():
        return False
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
            row = connection.execute("SELECT count(*) FROM project").fetchone()
        connection.close()
    except sqlite3.DatabaseError:  # No schema yet: nothing to lose.
        return False
    return bool(row and row[0])


def _postgres_has_data(url: str) -> bool:
    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError

    from storage.database import create_db_engine

    engine = create_db_engine(url)
    try:
        with engine.connect() as connection:
            return bool(connection.execute(text("SELECT count(*) FROM project")).scalar())
    except DBAPIError:  # No schema yet.
        return False
    finally:
        engine.dispose()


def _libpq_url(url: str) -> str:
    """Returns the URL as libpq tools take it (no SQLAlchemy driver suffix)."""
    return "postgresql://" + url.split("://", 1)[1]


def _run_tool(name: str, *args: str) -> None:
    tool = shutil.which(name)
    if tool is None:
        raise BackupError(BackupProblem.TOOL_MISSING, name)
    result = subprocess.run(
        [tool, *args], capture_output=True, text=True, timeout=PG_TOOL_TIMEOUT, check=False
    )
    if result.returncode != 0:
        raise BackupError(BackupProblem.TOOL_FAILED, result.stderr[-MAX_TOOL_ERROR_CHARS:])
