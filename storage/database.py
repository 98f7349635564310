"""Engine creation and schema migrations (Alembic, run programmatically)."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, event
from sqlalchemy.engine.interfaces import DBAPIConnection
from sqlalchemy.pool import ConnectionPoolEntry
from sqlmodel import create_engine

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
DATABASE_FILE_MODE = 0o600
DATABASE_FOLDER_MODE = 0o700


def create_db_engine(url: str) -> Engine:
    """Creates an engine for ``url``; SQLite files get their folder, WAL and foreign keys."""
    if url.startswith("sqlite:///") and not url.startswith("sqlite:///:memory:"):
        create_private_file(Path(url.removeprefix("sqlite:///")).expanduser())
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


def _sqlite_pragmas(dbapi_connection: DBAPIConnection, _record: ConnectionPoolEntry) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def alembic_config(engine: Engine) -> Config:
    """Returns an Alembic config that runs the project's migrations on ``engine``."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["engine"] = engine
    return config


def migrate(engine: Engine) -> None:
    """Brings the schema to the newest migration, keeping existing data."""
    command.upgrade(alembic_config(engine), "head")
