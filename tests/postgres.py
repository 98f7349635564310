"""Emptying the PostgreSQL database that tests and benchmarks are given."""

from __future__ import annotations

from sqlalchemy import text

from storage.database import create_db_engine


def empty_postgres(url: str) -> str:
    """Drops and recreates the public schema behind ``url``; returns ``url``."""
    engine = create_db_engine(url)
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    return url
