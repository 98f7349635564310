"""The database file is private to its owner and holds no redeemable invite code."""

from __future__ import annotations

import datetime as dt
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text
from sqlmodel import Session

from knowledge.access import Role
from storage.database import alembic_config, create_db_engine, migrate
from storage.importer import prepare_store
from storage.users import InviteProblem, check_invite, create_invite, use_invite

NOW = dt.datetime(2026, 3, 1, 9, 0, tzinfo=dt.UTC)
ADMIN = 1001
LOOSE_UMASK = 0o022  # The usual default, under which files are world-readable.


@pytest.fixture
def loose_umask() -> Iterator[None]:
    previous = os.umask(LOOSE_UMASK)
    try:
        yield
    finally:
        os.umask(previous)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.usefixtures("loose_umask")
def test_new_database_file_and_folder_are_private(tmp_path: Path) -> None:
    path = tmp_path / "data" / "goalbot.db"
    engine = create_db_engine(f"sqlite:///{path}")
    prepare_store(engine=engine, load_builtin=True)  # also makes the start-up lock file
    with Session(engine) as session:
        create_invite(session=session, role=Role.STAFF, created_by=ADMIN, now=NOW)
        session.commit()
    files = [p for p in path.parent.iterdir() if p.name.startswith("goalbot.db")]
    assert {p.name for p in files} >= {"goalbot.db", "goalbot.db-wal", "goalbot.db.lock"}
    assert mode(path.parent) == 0o700
    assert {p.name: mode(p) for p in files} == {p.name: 0o600 for p in files}
    engine.dispose()


@pytest.mark.usefixtures("loose_umask")
def test_invite_code_cannot_be_read_from_the_database_file(tmp_path: Path) -> None:
    path = tmp_path / "goalbot.db"
    engine = create_db_engine(f"sqlite:///{path}")
    migrate(engine)
    with Session(engine) as session:
        code = create_invite(session=session, role=Role.STAFF, created_by=ADMIN, now=NOW)
        session.commit()
    with engine.connect() as connection:
        stored = connection.execute(text("SELECT code FROM invite")).scalars().all()
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    assert code not in stored
    raw = b"".join(p.read_bytes() for p in tmp_path.iterdir() if p.name.startswith("goalbot"))
    assert code.encode() not in raw
    engine = create_db_engine(f"sqlite:///{path}")
    with Session(engine) as session:
        assert check_invite(session=session, code=code, now=NOW).role is Role.STAFF
        use_invite(session=session, code=code, user_id=4004, now=NOW)
        session.commit()
        assert check_invite(session=session, code=code, now=NOW).problem is InviteProblem.USED


def test_migration_hashes_invites_made_before_it(tmp_path: Path) -> None:
    engine = create_db_engine(f"sqlite:///{tmp_path / 'goalbot.db'}")
    command.upgrade(alembic_config(engine), "0004")
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO invite (code, role, created_by, created_at, expires_at)"
                " VALUES ('plainCode123', 'staff', :admin, :now, :expires)"
            ),
            {"admin": ADMIN, "now": NOW, "expires": NOW + dt.timedelta(days=7)},
        )
    migrate(engine)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT code FROM invite")).scalars().all() != [
            "plainCode123"
        ]
    with Session(engine) as session:
        assert check_invite(session=session, code="plainCode123", now=NOW).role is Role.STAFF
