"""Engine creation and schema migrations (Alembic, imported only when a migration is due)."""

from __future__ import annotations

import contextlib
import fcntl
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, event, text
from sqlalchemy.engine.interfaces import DBAPIConnection
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import ConnectionPoolEntry
from sqlmodel import create_engine

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
DATABASE_FILE_MODE = 0o600
DATABASE_FOLDER_MODE = 0o700
# Any number that no other program on the same PostgreSQL uses for an advisory lock.
STARTUP_LOCK_KEY = 0x60A1B07
_REVISION = re.compile(r'^revision\s*=\s*"(?P<id>[^"]+)"', re.MULTILINE)
_DOWN_REVISION = re.compile(r"^down_revision\s*=\s*(?P<ids>.+)$", re.MULTILINE)
_QUOTED = re.compile(r'"([^"]+)"')


def create_db_engine(url: str) -> Engine:
    """Creates an engine for ``url``; SQLite files get their folder, WAL and foreign keys."""
    path = sqlite_path(url)
    if path is not None:
        create_private_file(path)
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
    connect_args = {"timeout": 30} if url.startswith("sqlite") else {}
    engine = create_engine(url, connect_args=connect_args)
    if url.startswith("sqlite"):
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def create_private_file(path: Path) -> None:
    """Creates the database file 0600 (its folder 0700) before SQLite would, under the umask.

    The file holds user ids, roles and invites; other local users must not read it.
    SQLite gives its -wal and -shm files the mode of the database file.
    """
    if not path.parent.exists():
        path.parent.mkdir(mode=DATABASE_FOLDER_MODE, parents=True, exist_ok=True)
    with contextlib.suppress(FileExistsError):  # Another process made it first: fine.
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, DATABASE_FILE_MODE))


def sqlite_path(url: str) -> Path | None:
    """Returns the file of a SQLite URL, or None for PostgreSQL and in-memory SQLite."""
    if url.startswith("sqlite:///") and not url.startswith("sqlite:///:memory:"):
        return Path(url.removeprefix("sqlite:///")).expanduser()
    return None


def _sqlite_pragmas(dbapi_connection: DBAPIConnection, _record: ConnectionPoolEntry) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def alembic_config(engine: Engine) -> Config:
    """Returns an Alembic config that runs the project's migrations on ``engine``."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["engine"] = engine
    return config


@cache
def head_revisions() -> frozenset[str]:
    """Returns the newest migrations, read from the migration files without Alembic."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        revision = _REVISION.search(source)
        if revision is None:
            continue
        revisions.add(revision["id"])
        down = _DOWN_REVISION.search(source)
        if down is not None:
            parents.update(_QUOTED.findall(down["ids"]))
    return frozenset(revisions - parents)


def schema_revisions(engine: Engine) -> frozenset[str]:
    """Returns the migrations the database is at (empty for a new database), in one query."""
    try:
        with engine.connect() as connection:
            rows = connection.execute(text("SELECT version_num FROM alembic_version"))
            return frozenset(row[0] for row in rows)
    except DBAPIError:  # No alembic_version table yet.
        return frozenset()


def schema_is_current(engine: Engine) -> bool:
    """Tells whether the database is at the newest migration."""
    return schema_revisions(engine) == head_revisions()


def migrate(engine: Engine) -> None:
    """Brings the schema to the newest migration, keeping existing data.

    Alembic (with Mako) is imported only when a migration is due: most starts need none.
    """
    if schema_is_current(engine):
        return
    from alembic import command

    command.upgrade(alembic_config(engine), "head")


@contextmanager
def startup_lock(engine: Engine) -> Iterator[None]:
    """Lets one process at a time migrate and load data (others wait, then re-check).

    PostgreSQL: a session-level advisory lock. SQLite: an exclusive lock on a file beside
    the database file (SQLite's own locks do not cover DDL plus data as one step).
    """
    if engine.dialect.name == "postgresql":
        with engine.connect() as connection:
            key = {"key": STARTUP_LOCK_KEY}
            connection.execute(text("SELECT pg_advisory_lock(:key)"), key)
            try:
                yield
            finally:
                connection.execute(text("SELECT pg_advisory_unlock(:key)"), key)
                connection.commit()
        return
    path = sqlite_path(engine.url.render_as_string(hide_password=False))
    if path is None:
        yield
        return
    lock_path = path.with_name(path.name + ".lock")
    create_private_file(lock_path)
    with lock_path.open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
