"""Start-up: processes starting together on an empty database all answer; no needless work."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlmodel import Session, func, select

from storage.database import (
    alembic_config,
    create_db_engine,
    head_revisions,
    migrate,
    schema_revisions,
)
from storage.tables import Indicator, Project

PROCESSES = 6
QUESTION = "国际交流项目活动参与人数目标是多少"
START_TIMEOUT = 120  # seconds for all processes on a busy 2-core machine
ROOT = Path(__file__).resolve().parents[2]


def _ask_together(url: str, tmp_path: Path) -> list[subprocess.CompletedProcess[str]]:
    env = {
        **os.environ,
        "GOALBOT_DATABASE_URL": url,
        "GOALBOT_CACHE_DIR": str(tmp_path / "cache"),
    }
    command = [sys.executable, "-m", "bot.cli", "ask", QUESTION]
    started = [
        subprocess.Popen(
            command,
            env=env,
            cwd=tmp_path,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(PROCESSES)
    ]
    results = []
    for process in started:
        out, err = process.communicate(timeout=START_TIMEOUT)
        results.append(subprocess.CompletedProcess(process.args, process.returncode, out, err))
    return results


def _assert_all_answer_and_loaded_once(url: str, tmp_path: Path) -> None:
    results = _ask_together(url, tmp_path)
    for result in results:
        assert result.returncode == 0, result.stderr[-2000:]
        assert "≥300" in result.stdout
        assert "Traceback" not in result.stderr
    notices = sum("已载入内置" in result.stderr for result in results)
    assert notices == 1
    engine = create_db_engine(url)
    with Session(engine) as session:
        assert session.exec(select(func.count()).select_from(Project)).one() == 2
        assert session.exec(select(func.count()).select_from(Indicator)).one() == 40
    engine.dispose()


def test_six_processes_starting_together_on_empty_sqlite_all_answer(tmp_path: Path) -> None:
    _assert_all_answer_and_loaded_once(f"sqlite:///{tmp_path / 'fresh.db'}", tmp_path)


@pytest.mark.postgres
def test_six_processes_starting_together_on_empty_postgres_all_answer(
    postgres_url: str, tmp_path: Path
) -> None:
    _assert_all_answer_and_loaded_once(postgres_url, tmp_path)


def test_head_revisions_read_without_alembic_match_alembic() -> None:
    from alembic.script import ScriptDirectory

    engine = create_db_engine("sqlite:///:memory:")
    assert head_revisions() == frozenset(
        ScriptDirectory.from_config(alembic_config(engine)).get_heads()
    )


def test_migrate_brings_a_new_database_to_the_head_once(tmp_path: Path) -> None:
    engine = create_db_engine(f"sqlite:///{tmp_path / 'new.db'}")
    assert schema_revisions(engine) == frozenset()
    migrate(engine)
    assert schema_revisions(engine) == head_revisions()
    migrate(engine)  # nothing due: a no-op
    assert schema_revisions(engine) == head_revisions()
    engine.dispose()


def test_a_ready_database_starts_without_importing_alembic(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'ready.db'}"
    script = (
        "import sys\n"
        "from bot.app import open_app\n"
        "from bot.settings import Settings\n"
        f"open_app(Settings(_env_file=None, database_url={url!r}))\n"
        "print('alembic' in sys.modules)\n"
    )
    first = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT
    )
    again = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT
    )
    assert (first.stdout.strip(), again.stdout.strip()) == ("True", "False"), again.stderr
