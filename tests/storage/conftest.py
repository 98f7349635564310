"""Storage fixtures: a migrated database holding the built-in projects, SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import Engine
from sqlmodel import Session

from knowledge.catalog import Catalog
from storage.database import create_db_engine, migrate
from storage.importer import load_builtin_if_empty
from storage.projects import load_catalog


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def engine(request: pytest.FixtureRequest, db_url: str) -> Iterator[Engine]:
    """Returns a migrated database (SQLite file or PostgreSQL) holding the built-in projects."""
    url = request.getfixturevalue("postgres_url") if request.param == "postgres" else db_url
    engine = create_db_engine(url)
    migrate(engine)
    load_builtin_if_empty(engine=engine)
    yield engine
    engine.dispose()


@pytest.fixture
def catalog(engine: Engine) -> Catalog:
    """Returns the stored catalog."""
    with Session(engine) as session:
        return load_catalog(session=session)
