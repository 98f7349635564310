"""The PostgreSQL database that tests and benchmarks are given, emptied before each use."""

from __future__ import annotations

from sqlalchemy import make_url, text

from storage.database import create_db_engine


def empty_postgres(url: str) -> str:
    """Drops and recreates the public schema behind ``url``; returns ``url``."""
    engine = create_db_engine(url)
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    return url


def database_of_worker(url: str, worker: str) -> str:
    """Returns the URL of a database of the server at ``url`` kept for one test worker.

    Tests run in parallel processes (pytest-xdist) and each empties its database before use,
    so two workers must never share one. The database is created on first use; the main
    process (``worker == "master"``) keeps the configured database.
    """
    if worker == "master":
        return url
    configured = make_url(url)
    name = f"{configured.database}_{worker}"
    engine = create_db_engine(url)
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        found = connection.execute(
            text("SELECT 1 FROM pg_database WHERE datname = :name"), {"name": name}
        ).first()
        if found is None:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
    engine.dispose()
    return configured.set(database=name).render_as_string(hide_password=False)
