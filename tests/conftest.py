"""Shared fixtures: a real SQLite file per test, the app on the built-in data, the core."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.app import build_core, open_app
from bot.dialogue.context import App
from bot.dialogue.core import DialogueCore
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


@pytest.fixture
def app(settings: Settings) -> App:
    """Returns the app on the built-in data, with the question engine."""
    return open_app(settings, with_questions=True)


@pytest.fixture
def core(app: App) -> DialogueCore:
    """Returns the dialogue core serving ``app``."""
    return build_core(app)


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """Yields a PostgreSQL URL with an empty schema, or skips when none is configured."""
    url = os.environ.get(POSTGRES_URL_VARIABLE)
    if not url:
        pytest.skip(f"{POSTGRES_URL_VARIABLE} is not set")
    from sqlalchemy import text

    from storage.database import create_db_engine

    engine = create_db_engine(url)
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    yield url
