"""Alembic environment: runs migrations on the engine handed over by storage.database."""

from __future__ import annotations

import importlib
import pkgutil

from alembic import context
from sqlalchemy import Engine
from sqlmodel import SQLModel

import storage

# Every module of the storage package may define tables; importing them registers
# the tables on SQLModel.metadata for autogenerate.
for _module in pkgutil.iter_modules(storage.__path__):
    if _module.name != "migrations":
        importlib.import_module(f"storage.{_module.name}")

target_metadata = SQLModel.metadata


def run_migrations() -> None:
    """Runs the migrations online on the configured engine."""
    engine: Engine = context.config.attributes["engine"]
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=connection.dialect.name == "sqlite",
        )
        with context.begin_transaction():
            context.run_migrations()
        connection.commit()


run_migrations()
