"""Shared fixtures: a real SQLite file per test, the app on the built-in data, the core."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.app import build_core, open_app, refresh_services
from bot.dialogue.context import App
from bot.dialogue.core import DialogueCore
from bot.dialogue.qa import QuestionService
from bot.settings import Settings

POSTGRES_URL_VARIABLE = "GOALBOT_TEST_POSTGRES_URL"


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    """Returns the URL of a fresh SQLite file."""
    return f"sqlite:///{tmp_path / 'goalbot.db'}"


@pytest.fixture
def settings(db_url: str) -> Settings:
    """Returns settings on a fresh database, with admin 1001, ignoring the developer's .env."""
    return Settings(
        _env_file=None,  # type: ignore[call-arg]
        database_url=db_url,
        admins=frozenset({1001}),
        telegram_bot_token=None,
    )


def _test_settings(url: str) -> Settings:
    return Settings(
        _env_file=None,  # type: ignore[call-arg]
        database_url=url,
        admins=frozenset({1001}),
        telegram_bot_token=None,
    )


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Returns a database file migrated and loaded with the built-in data, made once a run."""
    path = tmp_path_factory.mktemp("template") / "goalbot.db"
    app = open_app(_test_settings(f"sqlite:///{path}"))
    app.engine.dispose()
    return path


@pytest.fixture(scope="session")
def shared_questions(template_db: Path) -> QuestionService:
    """Returns one question service on the template's catalog (jieba loads once a run)."""
    app = open_app(_test_settings(f"sqlite:///{template_db}"), with_questions=True)
    app.engine.dispose()
    assert app.questions is not None
    return app.questions


@pytest.fixture
def app(
    settings: Settings, db_url: str, template_db: Path, shared_questions: QuestionService
) -> App:
    """Returns the app on a copy of the built-in database, with the question engine."""
    shutil.copyfile(template_db, db_url.removeprefix("sqlite:///"))
    app = open_app(settings)
    app.questions = shared_questions  # Same catalog, same ids: the copy's engine is identical.
    app.catalog_listeners.append(refresh_services)
    return app


@pytest.fixture
def core(app: App) -> DialogueCore:
    """Returns the dialogue core serving ``app``."""
    return build_core(app)


@pytest.fixture(scope="session")
def postgres_server_url(worker_id: str) -> str | None:
    """Returns this test worker's own PostgreSQL database, or None when none is configured."""
    url = os.environ.get(POSTGRES_URL_VARIABLE)
    if not url:
        return None
    from tests.postgres import database_of_worker

    return database_of_worker(url, worker_id)


@pytest.fixture
def postgres_url(postgres_server_url: str | None) -> Iterator[str]:
    """Yields a PostgreSQL URL with an empty schema, or skips when none is configured."""
    if postgres_server_url is None:
        pytest.skip(f"{POSTGRES_URL_VARIABLE} is not set")
    from tests.postgres import empty_postgres

    yield empty_postgres(postgres_server_url)
