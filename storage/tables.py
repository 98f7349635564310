"""SQLModel tables. Money is kept in integer fen and target numbers as decimal text, so
SQLite and PostgreSQL store them exactly."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from sqlalchemy import BigInteger, Table, UniqueConstraint
from sqlmodel import Field, Session, SQLModel

if TYPE_CHECKING:  # A dialect's module loads when used: SQLite never loads PostgreSQL's.
    from sqlalchemy.dialects import postgresql, sqlite


def utc_now() -> dt.datetime:
    """Returns the current time, aware, in UTC."""
    return dt.datetime.now(dt.UTC)


def aware_utc(moment: dt.datetime) -> dt.datetime:
    """Returns a stored time as aware UTC (SQLite hands back naive values)."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)


class Document(SQLModel, table=True):
    """A document imported into the store."""

    id: int | None = Field(default=None, primary_key=True)
    source: str = Field(max_length=500)
    sha256: str = Field(max_length=64, index=True)
    imported_at: dt.datetime = Field(default_factory=utc_now)


class Project(SQLModel, table=True):
    """One project's declaration form for one budget year."""

    __table_args__ = (UniqueConstraint("year", "name", name="uq_project_year_name"),)

    id: int | None = Field(default=None, primary_key=True)
    year: int = Field(index=True)
    name: str = Field(max_length=300)
    nature: str | None = Field(default=None, max_length=100)
    category: str | None = Field(default=None, max_length=100)
    department: str | None = Field(default=None, max_length=200)
    implementer: str | None = Field(default=None, max_length=200)
    planned_start: dt.date | None = None
    planned_end: dt.date | None = None
    dates_by_month: bool = False
    overall_goal: str = ""
    overall_goal_label: str = Field(default="项目总目标", max_length=100)
    annual_goal: str = ""
    project_total_fen: int | None = Field(default=None, sa_type=BigInteger)
    project_fiscal_fen: int | None = Field(default=None, sa_type=BigInteger)
    project_other_fen: int | None = Field(default=None, sa_type=BigInteger)
    annual_total_fen: int | None = Field(default=None, sa_type=BigInteger)
    annual_appropriation_fen: int | None = Field(default=None, sa_type=BigInteger)
    annual_carry_over_fen: int | None = Field(default=None, sa_type=BigInteger)
    annual_other_fen: int | None = Field(default=None, sa_type=BigInteger)
    document_id: int | None = Field(default=None, foreign_key="document.id")
    source_line: int = 0


class GoalItemRow(SQLModel, table=True):
    """A numbered sub-goal of a project's 年度总体目标."""

    __tablename__ = "goal_item"

    id: int | None = Field(default=None, primary_key=True)
    project_id: int = Field(foreign_key="project.id", index=True)
    number: int
    title: str = Field(max_length=200)
    text: str


class Indicator(SQLModel, table=True):
    """A 三级指标 with its raw 指标值 and the parsed target.

    An indicator that a revised form no longer lists is kept inactive, so that
    what was recorded against it is never lost.
    """

    id: int | None = Field(default=None, primary_key=True)
    project_id: int = Field(foreign_key="project.id", index=True)
    position: int
    level1: str = Field(max_length=50)
    level2: str = Field(max_length=50)
    name: str = Field(max_length=500)
    raw_value: str = Field(max_length=200)
    kind: str = Field(max_length=20)
    operator: str | None = Field(default=None, max_length=2)
    value: str | None = Field(default=None, max_length=40)
    unit: str | None = Field(default=None, max_length=40)
    direction: str = Field(max_length=10)
    deadline: dt.date | None = None
    standard: str | None = Field(default=None, max_length=200)
    active: bool = True
    source_line: int = 0


class Conversation(SQLModel, table=True):
    """The state of one user's conversation in one chat: a flow in progress and the
    context of the last question, so that a restart loses nothing."""

    chat_id: int = Field(sa_type=BigInteger, primary_key=True)
    user_id: int = Field(sa_type=BigInteger, primary_key=True)
    flow: str | None = Field(default=None, max_length=40)
    flow_state: str = "{}"
    qa_context: str | None = None
    updated_at: dt.datetime = Field(default_factory=utc_now)


class ActualTotal(SQLModel, table=True):
    """What progress reads of one indicator's entries that are not deleted: how many, their
    sum (decimal text, exact) and the latest by event date, ties by entry id.

    Kept up to date by storage.actuals in the same transaction as every write of an entry
    (migration 0010), so that reading progress costs the same at 5 entries as at 5,000.
    """

    __tablename__ = "actual_total"

    indicator_id: int = Field(foreign_key="indicator.id", primary_key=True)
    entry_count: int = 0
    value_sum: str = Field(default="0", max_length=60)
    latest_id: int | None = None
    latest_date: dt.date | None = None
    latest_value: str | None = Field(default=None, max_length=40)
    latest_status: str | None = Field(default=None, max_length=10)


InsertFactory = Callable[[Any], "postgresql.Insert | sqlite.Insert"]


def conflict_insert(session: Session) -> InsertFactory:
    """Returns the INSERT that knows ON CONFLICT for the session's database (PostgreSQL or
    SQLite), for inserts that must win once however many processes try."""
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects import postgresql

        return postgresql.insert
    from sqlalchemy.dialects import sqlite

    return sqlite.insert


def transaction_memo(session: Session, key: str) -> dict[Any, Any]:
    """Returns a dict kept in ``session.info`` under ``key`` for the current transaction only.

    For what a transaction read or wrote and need not read again; a new transaction starts
    with an empty one. (goalbot uses no savepoints, whose rollback would leave entries behind.)
    """
    transaction = session.get_transaction()
    held: tuple[object, dict[Any, Any]] | None = session.info.get(key)
    if held is None or held[0] is not transaction:
        held = (transaction, {})
        session.info[key] = held
    return held[1]


def table_of(model: type[SQLModel]) -> Table:
    """Returns the table behind a model, for Core statements (one INSERT run for many rows)."""
    table: Table = model.__table__  # type: ignore[attr-defined]
    return table
