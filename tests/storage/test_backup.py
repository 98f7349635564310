"""Backups taken while entries are being written restore to a consistent store."""

from __future__ import annotations

import datetime as dt
import glob
import os
import threading
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlmodel import Session, func, select

from bot.cli import main
from storage.actuals import (
    Actual,
    ActualCreate,
    AuditLog,
    Author,
    indicator_totals,
    recount_totals,
    save_entries,
)
from storage.backup import BackupError, BackupProblem, backup_database, restore_database
from storage.database import create_db_engine, migrate
from storage.importer import load_builtin_if_empty
from storage.projects import load_catalog

AUTHOR = Author(user_id=2001, user_name="Alice", chat_id=2001)
WRITES = 300
POSTGRES_TOOLS = sorted(glob.glob("/usr/lib/postgresql/*/bin"))


def _store(url: str) -> Engine:
    engine = create_db_engine(url)
    migrate(engine)
    load_builtin_if_empty(engine=engine)
    return engine


def _writer(engine: Engine, stop: threading.Event, started: threading.Event) -> threading.Thread:
    with Session(engine) as session:
        people = next(
            ind for ind in load_catalog(session=session).indicators if ind.name == "活动参与人数"
        )

    def write() -> None:
        for number in range(WRITES):
            if stop.is_set():
                return
            with Session(engine) as session:
                entry = ActualCreate(
                    key=f"w{number}",
                    indicator_id=people.id,
                    event_date=dt.date(2026, 5, 1),
                    value=Decimal(2),
                )
                save_entries(session=session, entries=[entry], author=AUTHOR)
                session.commit()
            started.set()

    return threading.Thread(target=write)


def _counts(url: str) -> tuple[int, int, int]:
    """Returns (entries, their total, audited creations) of a store."""
    engine = create_db_engine(url)
    with Session(engine) as session:
        entries = session.exec(select(func.count()).select_from(Actual)).one()
        values = session.exec(select(Actual.value)).all()
        audited = session.exec(
            select(func.count()).select_from(AuditLog).where(AuditLog.action == "create")
        ).one()
    engine.dispose()
    return entries, sum(int(value or 0) for value in values), audited


def _backup_while_writing(url: str, target: Path) -> None:
    engine = _store(url)
    stop, started = threading.Event(), threading.Event()
    writer = _writer(engine, stop, started)
    writer.start()
    assert started.wait(30)
    try:
        backup_database(url=url, target=target)
    finally:
        stop.set()
        writer.join(60)
    engine.dispose()


def _assert_consistent_copy(url: str) -> None:
    entries, total, audited = _counts(url)
    assert 0 < entries <= WRITES
    assert total == 2 * entries and audited == entries
    engine = create_db_engine(url)
    with Session(engine) as session:  # The running totals were copied with their entries.
        people = next(
            ind for ind in load_catalog(session=session).indicators if ind.name == "活动参与人数"
        )
        stored = indicator_totals(session=session, indicator_id=people.id)
        assert stored == recount_totals(session=session, indicator_id=people.id)
        assert (stored.count, stored.total) == (entries, Decimal(total))
    engine.dispose()


def test_sqlite_backup_while_writing_restores_to_matching_totals_and_audit(
    tmp_path: Path,
) -> None:
    live, copy = f"sqlite:///{tmp_path / 'live.db'}", tmp_path / "backup.db"
    _backup_while_writing(live, copy)
    restored = f"sqlite:///{tmp_path / 'restored.db'}"
    restore_database(url=restored, source=copy)
    _assert_consistent_copy(restored)
    assert _counts(restored)[0] <= _counts(live)[0]


def test_restore_refuses_a_store_with_data_unless_forced(tmp_path: Path) -> None:
    url, copy = f"sqlite:///{tmp_path / 'a.db'}", tmp_path / "a.backup"
    _store(url).dispose()
    backup_database(url=url, target=copy)
    with pytest.raises(BackupError) as refused:
        restore_database(url=url, source=copy)
    assert refused.value.problem is BackupProblem.NOT_EMPTY
    restore_database(url=url, source=copy, force=True)
    assert _counts(url) == (0, 0, 0)


def test_backup_never_overwrites_a_file_unless_forced(tmp_path: Path) -> None:
    url, copy = f"sqlite:///{tmp_path / 'a.db'}", tmp_path / "exists.db"
    _store(url).dispose()
    copy.write_text("keep me")
    with pytest.raises(BackupError) as refused:
        backup_database(url=url, target=copy)
    assert refused.value.problem is BackupProblem.TARGET_EXISTS
    assert copy.read_text() == "keep me"


def test_restore_refuses_a_file_that_is_not_a_backup(tmp_path: Path) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database at all" * 100)
    with pytest.raises(BackupError) as refused:
        restore_database(url=f"sqlite:///{tmp_path / 'new.db'}", source=junk)
    assert refused.value.problem is BackupProblem.NOT_A_BACKUP


def test_cli_backup_and_restore_explain_in_chinese(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    _store(url).dispose()
    monkeypatch.setenv("GOALBOT_DATABASE_URL", url)
    assert main(["backup", "copy.db"]) == 0
    assert "已备份到 copy.db" in capsys.readouterr().out
    assert main(["backup", "copy.db"]) == 1
    assert "已存在" in capsys.readouterr().err
    assert main(["restore", "copy.db"]) == 1
    assert "--force" in capsys.readouterr().err
    assert main(["restore", "copy.db", "--force"]) == 0
    assert "已从 copy.db 恢复" in capsys.readouterr().out


def test_postgres_backup_without_pg_dump_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # no pg_dump here
    monkeypatch.setenv("GOALBOT_DATABASE_URL", "postgresql://goalbot@127.0.0.1:1/none")
    monkeypatch.chdir(tmp_path)
    assert main(["backup", "pg.dump"]) == 1
    error = capsys.readouterr().err
    assert "pg_dump" in error and "postgresql-client" in error


@pytest.mark.postgres
@pytest.mark.skipif(not POSTGRES_TOOLS, reason="PostgreSQL client tools are not installed")
def test_postgres_backup_while_writing_restores_to_matching_totals_and_audit(
    postgres_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", f"{POSTGRES_TOOLS[-1]}{os.pathsep}{os.environ['PATH']}")
    copy = tmp_path / "pg.dump"
    _backup_while_writing(postgres_url, copy)
    live_entries = _counts(postgres_url)[0]
    restore_database(url=postgres_url, source=copy, force=True)
    _assert_consistent_copy(postgres_url)
    assert _counts(postgres_url)[0] <= live_entries
