"""Recorded actuals, their audit log and the admins' choice of how an indicator adds up.

Values are decimal text in the indicator's own unit, so that SQLite and PostgreSQL keep
them exactly. Entries are only ever marked deleted. Every write of an entry updates its
indicator's running totals (``actual_total``) in the same transaction, holding that row's
lock, so progress reads one row however long the history and concurrent writers never lose
an update.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from enum import StrEnum
from functools import cache
from typing import Any

from sqlalchemy import (
    CTE,
    BigInteger,
    ColumnElement,
    Engine,
    Index,
    Integer,
    Numeric,
    Select,
    String,
    Table,
    bindparam,
    case,
    cast,
    func,
    literal,
    or_,
    true,
    tuple_,
    update,
)
from sqlalchemy import select as sa_select
from sqlalchemy.engine import RowMapping
from sqlalchemy.sql import Executable
from sqlmodel import Field, Session, SQLModel, col, select

from knowledge.actuals import (
    Aggregation,
    Entry,
    EntryChanged,
    EntryDeleted,
    EntryNotFound,
    EntryTotals,
    Status,
    default_aggregation,
    progress_from_totals,
    updated_totals,
)
from knowledge.catalog import Catalog, IndicatorInfo
from knowledge.progress import Progress
from storage.projects import indicator_info
from storage.tables import (
    ActualTotal,
    Indicator,
    conflict_insert,
    table_of,
    transaction_memo,
    utc_now,
)

# Fraction digits that SQLite sums exactly as integers (values in 万元 have up to six).
SUM_SCALE = 6
# Where a session keeps the overrides and rules it has read (``Session.info``).
_OVERRIDES_KEY = "goalbot.aggregation_overrides"
_RULES_KEY = "goalbot.aggregation_rules"
# Where a session keeps the totals its current transaction wrote (``Session.info``).
_HELD_TOTALS_KEY = "goalbot.held_totals"

# What a typed event name or note may hold; longer text is cut to fit the column.
EVENT_NAME_MAX_CHARS = 200
NOTE_MAX_CHARS = 500


class AuditAction(StrEnum):
    """What an audit log row records."""

    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    AGGREGATION = "aggregation"
    DRAFT_CREATE = "draft_create"
    DRAFT_HEADER = "draft_header"
    DRAFT_GOAL = "draft_goal"
    DRAFT_ROW = "draft_row"
    DRAFT_MOVE = "draft_move"
    DRAFT_ADD = "draft_add"
    DRAFT_TAKE_ALL = "draft_take_all"
    DRAFT_ACCEPT = "draft_accept"
    DRAFT_EXPORT = "draft_export"


class Actual(SQLModel, table=True):
    """One entry against an indicator: a value in the indicator's unit, or a status."""

    # Recounts, and the latest entry after the latest is undone, read this index alone (0008).
    __table_args__ = (
        Index(
            "ix_actual_totals", "indicator_id", "deleted", "event_date", "id", "value", "status"
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    indicator_id: int = Field(foreign_key="indicator.id", index=True)
    value: str | None = Field(default=None, max_length=40)
    unit: str | None = Field(default=None, max_length=40)
    status: str | None = Field(default=None, max_length=10)
    entered: str = Field(default="", max_length=100)
    event_date: dt.date = Field(index=True)
    event_name: str | None = Field(default=None, max_length=EVENT_NAME_MAX_CHARS)
    note: str | None = Field(default=None, max_length=NOTE_MAX_CHARS)
    recorded_by: int = Field(sa_type=BigInteger, index=True)
    recorded_by_name: str | None = Field(default=None, max_length=100)
    chat_id: int = Field(sa_type=BigInteger)
    message_id: int | None = Field(default=None, sa_type=BigInteger)
    recorded_at: dt.datetime = Field(default_factory=utc_now)
    idempotency_key: str = Field(max_length=100, unique=True)
    version: int = 1
    deleted: bool = Field(default=False, index=True)
    deleted_at: dt.datetime | None = None
    deleted_by: int | None = Field(default=None, sa_type=BigInteger)


class AuditLog(SQLModel, table=True):
    """One change to an entry or a rule, with the state before and after as JSON."""

    __tablename__ = "audit_log"

    id: int | None = Field(default=None, primary_key=True)
    actual_id: int | None = Field(default=None, foreign_key="actual.id", index=True)
    indicator_id: int | None = Field(default=None, index=True)
    draft_id: int | None = Field(default=None, index=True)
    action: str = Field(max_length=20)
    before: str | None = None
    after: str | None = None
    user_id: int = Field(sa_type=BigInteger)
    user_name: str | None = Field(default=None, max_length=100)
    at: dt.datetime = Field(default_factory=utc_now, index=True)


class AggregationOverride(SQLModel, table=True):
    """An admin's choice of how an indicator's entries add up, replacing the default."""

    __tablename__ = "aggregation_override"

    indicator_id: int = Field(foreign_key="indicator.id", primary_key=True)
    aggregation: str = Field(max_length=20)
    set_by: int = Field(sa_type=BigInteger)
    set_at: dt.datetime = Field(default_factory=utc_now)


@dataclass(frozen=True)
class ActualCreate:
    """An entry to save; ``key`` makes saving it twice a no-op."""

    key: str
    indicator_id: int
    event_date: dt.date
    value: Decimal | None = None
    unit: str | None = None
    status: Status | None = None
    entered: str = ""
    event_name: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class Author:
    """Who did something, and where."""

    user_id: int
    user_name: str | None = None
    chat_id: int = 0
    message_id: int | None = None


@dataclass(frozen=True)
class ActualUpdate:
    """The fields of an entry an edit may change; None leaves a field as it is."""

    value: Decimal | None = None
    status: Status | None = None
    event_date: dt.date | None = None
    note: str | None = None
    event_name: str | None = None


@dataclass(frozen=True)
class SaveResult:
    """The entries stored for the keys, and whether any of them had been saved before."""

    entries: list[Actual]
    duplicate: bool


def snapshot(actual: Actual) -> dict[str, Any]:
    """Returns what the audit log keeps of an entry."""
    return {
        "indicator_id": actual.indicator_id,
        "value": actual.value,
        "unit": actual.unit,
        "status": actual.status,
        "event_date": actual.event_date.isoformat(),
        "event_name": actual.event_name,
        "note": actual.note,
        "deleted": actual.deleted,
    }


def write_audit(
    *,
    session: Session,
    action: AuditAction,
    author: Author,
    actual: Actual | None = None,
    indicator_id: int | None = None,
    draft_id: int | None = None,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> None:
    """Adds an audit row (who did what to an entry, an indicator or a draft) to the session."""
    session.add(
        AuditLog(
            **audit_values(
                action=action,
                author=author,
                actual=actual,
                indicator_id=indicator_id,
                draft_id=draft_id,
                before=before,
                after=after,
            )
        )
    )


def audit_values(
    *,
    action: AuditAction,
    author: Author,
    actual: Actual | None = None,
    indicator_id: int | None = None,
    draft_id: int | None = None,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Returns the columns of one audit row, for the session or a Core insert of many."""
    return {
        "actual_id": actual.id if actual else None,
        "indicator_id": actual.indicator_id if actual else indicator_id,
        "draft_id": draft_id,
        "action": action.value,
        "before": None if before is None else json.dumps(before, ensure_ascii=False),
        "after": None if after is None else json.dumps(after, ensure_ascii=False),
        "user_id": author.user_id,
        "user_name": author.user_name,
        "at": utc_now(),
    }


def save_entries(
    *, session: Session, entries: Sequence[ActualCreate], author: Author
) -> SaveResult:
    """Saves the entries once: a key already stored (a double tap, a re-delivery) is skipped."""
    if session.get_bind().dialect.name == "postgresql":
        return _save_entries_postgres(session=session, entries=entries, author=author)
    duplicate = False
    stored: list[Actual] = []
    added: list[Actual] = []
    for entry in entries:
        # RETURNING, not rowcount: psycopg reports -1 for INSERT … ON CONFLICT. The row
        # comes back as stored; only a key saved before needs reading.
        found = (
            session.connection()
            .execute(_sqlite_insert_statement(), _entry_values(entry, author))
            .first()
        )
        if found is None:
            duplicate = True
            stored.append(_by_key(session=session, key=entry.key))
            continue
        row = _actual_of(found._mapping)
        added.append(row)
        stored.append(row)
    if added:  # Written now, not at the next flush: one statement for all, no unit of work.
        session.connection().execute(
            table_of(AuditLog).insert(),
            [
                audit_values(
                    action=AuditAction.CREATE, author=author, actual=row, after=snapshot(row)
                )
                for row in added
            ],
        )
    _add_to_totals(session=session, rows=added)
    return SaveResult(entries=stored, duplicate=duplicate)


@cache
def _sqlite_insert_statement() -> Executable:
    """Returns SQLite's insert of a new entry unless its key is stored, returning the row."""
    from sqlalchemy.dialects import sqlite

    actual = table_of(Actual)
    return (
        sqlite.insert(actual)
        .on_conflict_do_nothing(index_elements=["idempotency_key"])
        .returning(*actual.c)
    )


def _actual_of(fields: RowMapping) -> Actual:
    """Returns an entry built from its returned row (not loaded into the session)."""
    return Actual(**{name: fields[name] for name in _ACTUAL_FIELDS})


def _entry_values(entry: ActualCreate, author: Author) -> dict[str, Any]:
    """Returns the columns of a new entry."""
    return {
        "indicator_id": entry.indicator_id,
        "value": None if entry.value is None else _decimal_text(entry.value),
        "unit": entry.unit,
        "status": None if entry.status is None else entry.status.value,
        "entered": entry.entered[:100],
        "event_date": entry.event_date,
        "event_name": entry.event_name,
        "note": entry.note,
        "recorded_by": author.user_id,
        "recorded_by_name": author.user_name,
        "chat_id": author.chat_id,
        "message_id": author.message_id,
        "recorded_at": utc_now(),
        "idempotency_key": entry.key,
        "version": 1,
        "deleted": False,
    }


def _save_entries_postgres(
    *, session: Session, entries: Sequence[ActualCreate], author: Author
) -> SaveResult:
    """Saves each entry with its audit row and its indicator's totals in one statement.

    Indicators are taken in id order, as :func:`_add_to_totals` does, so that two
    transactions saving several indicators lock their totals in the same order.
    """
    stored: dict[int, Actual] = {}
    duplicate = False
    order = sorted(range(len(entries)), key=lambda n: entries[n].indicator_id)
    for position in order:
        entry = entries[position]
        values = _entry_values(entry, author)
        after = json.dumps(snapshot(Actual(**values)), ensure_ascii=False)
        row = session.connection().execute(_save_statement(), {**values, "after": after}).first()
        if row is None:
            duplicate = True
            stored[position] = _by_key(session=session, key=entry.key)
            continue
        fields = row._mapping
        stored[position] = _actual_of(fields)
        totals = _totals_of([fields[f"total_{name}"] for name in _TOTAL_NAMES])
        _held_totals(session)[entry.indicator_id] = totals
    return SaveResult(entries=[stored[n] for n in range(len(entries))], duplicate=duplicate)


def _decimal_text(value: Decimal) -> str:
    text = f"{value:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _by_key(*, session: Session, key: str) -> Actual:
    """Reads the entry stored under ``key``, refreshing a copy the session already holds."""
    query = select(Actual).where(Actual.idempotency_key == key)
    return session.exec(query.execution_options(populate_existing=True)).one()


def get_entry(*, session: Session, actual_id: int) -> Actual | None:
    """Returns the entry with ``actual_id``, deleted or not."""
    return session.get(Actual, actual_id)


def last_entry(*, session: Session, user_id: int) -> Actual | None:
    """Returns the user's most recently recorded entry that is not deleted."""
    return session.exec(
        select(Actual)
        .where(Actual.recorded_by == user_id, col(Actual.deleted).is_(False))
        .order_by(col(Actual.id).desc())
    ).first()


def recent_entries(*, session: Session, user_id: int | None, limit: int = 10) -> list[Actual]:
    """Returns the latest entries that are not deleted: one user's, or everyone's for None."""
    query = select(Actual).where(col(Actual.deleted).is_(False))
    if user_id is not None:
        query = query.where(Actual.recorded_by == user_id)
    return list(session.exec(query.order_by(col(Actual.id).desc()).limit(limit)))


def update_entry(
    *, session: Session, actual_id: int, changes: ActualUpdate, version: int, author: Author
) -> Actual:
    """Applies ``changes`` when the entry is still at ``version``; audits before and after."""
    values: dict[str, Any] = {}
    if changes.value is not None:
        values["value"] = _decimal_text(changes.value)
    if changes.status is not None:
        values["status"] = changes.status.value
    if changes.event_date is not None:
        values["event_date"] = changes.event_date
    if changes.note is not None:
        values["note"] = changes.note or None
    if changes.event_name is not None:
        values["event_name"] = changes.event_name or None
    return _change(
        session=session,
        actual_id=actual_id,
        version=version,
        author=author,
        action=AuditAction.UPDATE,
        values=values,
    )


def delete_entry(*, session: Session, actual_id: int, version: int, author: Author) -> Actual:
    """Marks the entry deleted (never removes it); audits before and after."""
    values = {"deleted": True, "deleted_at": utc_now(), "deleted_by": author.user_id}
    return _change(
        session=session,
        actual_id=actual_id,
        version=version,
        author=author,
        action=AuditAction.DELETE,
        values=values,
    )


def _change(
    *,
    session: Session,
    actual_id: int,
    version: int,
    author: Author,
    action: AuditAction,
    values: dict[str, Any],
) -> Actual:
    """Updates the entry if it is still at ``version`` and audits the change."""
    row = _current(session=session, actual_id=actual_id)
    before, removed = snapshot(row), _entry_of(row)
    _conditional_update(
        session=session, row=row, version=version, values={"version": version + 1, **values}
    )
    _change_totals(
        session=session,
        indicator_id=row.indicator_id,
        removed=removed,
        added=None if row.deleted else _entry_of(row),
    )
    write_audit(
        session=session,
        action=action,
        author=author,
        actual=row,
        before=before,
        after=snapshot(row),
    )
    return row


def _current(*, session: Session, actual_id: int) -> Actual:
    row = session.get(Actual, actual_id)
    if row is None:
        raise EntryNotFound(actual_id)
    session.refresh(row)
    if row.deleted:
        raise EntryDeleted(actual_id)
    return row


def _conditional_update(
    *, session: Session, row: Actual, version: int, values: dict[str, Any]
) -> None:
    """Updates only if nobody changed the row since ``version`` was read (two devices)."""
    assert row.id is not None
    statement = (
        update(Actual)
        .where(col(Actual.id) == row.id, col(Actual.version) == version)
        .where(col(Actual.deleted).is_(False))
        .values(**values)
    )
    if session.connection().execute(statement).rowcount != 1:
        session.refresh(row)
        raise EntryDeleted(row.id) if row.deleted else EntryChanged(row.id)
    session.refresh(row)


def recent_audit(*, session: Session, limit: int = 20) -> list[AuditLog]:
    """Returns the latest audit records, newest first."""
    return list(session.exec(select(AuditLog).order_by(col(AuditLog.id).desc()).limit(limit)))


def aggregation_overrides(*, session: Session) -> dict[int, Aggregation]:
    """Returns every admin's choice by indicator id, read in one query once per session.

    A turn asks for the rule of every indicator when it reads a message that names no
    project; one query per turn keeps that cost flat in the size of the catalog.
    """
    cached: dict[int, Aggregation] | None = session.info.get(_OVERRIDES_KEY)
    if cached is None:
        rows = session.exec(
            select(AggregationOverride.indicator_id, AggregationOverride.aggregation)
        )
        cached = {indicator_id: Aggregation(rule) for indicator_id, rule in rows}
        session.info[_OVERRIDES_KEY] = cached
    return cached


def remember_overrides(*, session: Session, overrides: dict[int, Aggregation]) -> None:
    """Makes ``overrides``, just read with other rows, the session's admin choices."""
    session.info[_OVERRIDES_KEY] = overrides
    session.info.pop(_RULES_KEY, None)


def aggregation_rules(*, session: Session, catalog: Catalog) -> Mapping[int, Aggregation]:
    """Returns how every indicator of ``catalog`` adds up, by id, built once per session."""
    cached: tuple[Catalog, dict[int, Aggregation]] | None = session.info.get(_RULES_KEY)
    if cached is not None and cached[0] is catalog:
        return cached[1]
    rules = dict(catalog.default_rules)
    rules.update(aggregation_overrides(session=session))
    session.info[_RULES_KEY] = (catalog, rules)
    return rules


def aggregation_for(*, session: Session, indicator: IndicatorInfo) -> Aggregation:
    """Returns the admin's choice for the indicator, else the default from unit and name."""
    override = aggregation_overrides(session=session).get(indicator.id)
    if override is not None:
        return override
    return default_aggregation(indicator.target, indicator.name)


def set_aggregation(
    *, session: Session, indicator: IndicatorInfo, aggregation: Aggregation, author: Author
) -> None:
    """Makes the indicator add up as ``aggregation``; the change is audited."""
    before = aggregation_for(session=session, indicator=indicator)
    row = session.get(AggregationOverride, indicator.id) or AggregationOverride(
        indicator_id=indicator.id, aggregation=aggregation.value, set_by=author.user_id
    )
    row.aggregation, row.set_by, row.set_at = aggregation.value, author.user_id, utc_now()
    session.add(row)
    aggregation_overrides(session=session)[indicator.id] = aggregation
    session.info.pop(_RULES_KEY, None)
    write_audit(
        session=session,
        action=AuditAction.AGGREGATION,
        author=author,
        indicator_id=indicator.id,
        before={"aggregation": before.value},
        after={"aggregation": aggregation.value},
    )


def indicator_entries(*, session: Session, indicator_id: int) -> list[Entry]:
    """Returns the indicator's entries that are not deleted, as progress sees them."""
    rows = session.exec(select(Actual).where(*_live(indicator_id)))
    return [_entry(row.event_date, row.id or 0, row.value, row.status) for row in rows]


def _live(indicator_id: int) -> tuple[ColumnElement[bool], ...]:
    return (col(Actual.indicator_id) == indicator_id, col(Actual.deleted).is_(False))


def _entry(event_date: dt.date, order: int, value: str | None, status: str | None) -> Entry:
    return Entry(
        event_date=event_date,
        order=order,
        value=None if value is None else Decimal(value),
        status=None if status is None else Status(status),
    )


def _entry_of(row: Actual) -> Entry:
    return _entry(row.event_date, row.id or 0, row.value, row.status)


_TOTAL_COLUMNS = (
    col(ActualTotal.entry_count),
    col(ActualTotal.value_sum),
    col(ActualTotal.latest_id),
    col(ActualTotal.latest_date),
    col(ActualTotal.latest_value),
    col(ActualTotal.latest_status),
)


_TOTAL_NAMES = tuple(column.name for column in table_of(ActualTotal).columns)[1:]
_ACTUAL_FIELDS = tuple(column.name for column in table_of(Actual).columns)
# What a new entry is given (:func:`_entry_values`); the others start empty.
_NEW_FIELDS = tuple(
    name for name in _ACTUAL_FIELDS if name not in ("id", "deleted_at", "deleted_by")
)


@cache
def _save_statement() -> Select[Any]:
    """Returns PostgreSQL's one statement for a new entry: insert it unless its key is stored,
    audit it, and count it in its indicator's totals (creating their row, holding its lock).

    It returns the entry and the new totals, or no row when the key was stored before. The
    totals change in SQL, from the row as the lock finds it, the way :func:`updated_totals`
    changes them: count + 1, exact sum, latest by event date then entry id.
    """
    from sqlalchemy.dialects import postgresql

    actual, total = table_of(Actual), table_of(ActualTotal)
    new = (
        postgresql.insert(actual)
        .values({name: bindparam(name, type_=actual.c[name].type) for name in _NEW_FIELDS})
        .on_conflict_do_nothing(index_elements=["idempotency_key"])
        .returning(*actual.c)
        .cte("new")
    )
    audited = (
        table_of(AuditLog)
        .insert()
        .from_select(
            ["actual_id", "indicator_id", "action", "after", "user_id", "user_name", "at"],
            sa_select(
                new.c.id,
                new.c.indicator_id,
                literal(AuditAction.CREATE.value),
                bindparam("after", type_=String),
                new.c.recorded_by,
                new.c.recorded_by_name,
                new.c.recorded_at,
            ),
        )
    )
    counted = _counted(new, total)
    columns = [*new.c, *(counted.c[name].label(f"total_{name}") for name in _TOTAL_NAMES)]
    return (
        sa_select(*columns).select_from(new.join(counted, true())).add_cte(audited.cte("audited"))
    )


def _counted(new: CTE, total: Table) -> CTE:
    """Returns the upsert that counts the new entry in its indicator's totals."""
    from sqlalchemy.dialects import postgresql

    first = sa_select(
        new.c.indicator_id,
        literal(1),
        func.coalesce(new.c.value, "0"),
        new.c.id,
        new.c.event_date,
        new.c.value,
        new.c.status,
    )
    insert = postgresql.insert(total).from_select(["indicator_id", *_TOTAL_NAMES], first)
    old, added = total.c, insert.excluded
    later = or_(
        old.latest_id.is_(None),
        tuple_(added.latest_date, added.latest_id) >= tuple_(old.latest_date, old.latest_id),
    )
    value = func.coalesce(cast(added.latest_value, Numeric), 0)
    latest = {
        name: case((later, added[name]), else_=old[name])
        for name in ("latest_id", "latest_date", "latest_value", "latest_status")
    }
    return (
        insert.on_conflict_do_update(
            index_elements=["indicator_id"],
            set_={
                "entry_count": old.entry_count + 1,
                "value_sum": cast(func.trim_scale(cast(old.value_sum, Numeric) + value), String),
                **latest,
            },
        )
        .returning(*(total.c[name] for name in _TOTAL_NAMES))
        .cte("counted")
    )


def _totals_of(row: Sequence[Any]) -> EntryTotals:
    count, total, latest_id, latest_date, value, status = row
    latest = None if latest_id is None else _entry(latest_date, latest_id, value, status)
    return EntryTotals(count=count, total=Decimal(total), latest=latest)


def indicator_totals(*, session: Session, indicator_id: int) -> EntryTotals:
    """Returns the count, sum and latest of the indicator's entries: one row, one statement
    (none when this transaction has just written them, as a 确认 has)."""
    held = _held_totals(session).get(indicator_id)
    if held is not None:
        return held
    row = (
        session.connection()
        .execute(sa_select(*_TOTAL_COLUMNS).where(col(ActualTotal.indicator_id) == indicator_id))
        .first()
    )
    return EntryTotals() if row is None else _totals_of(row)


def totals_of_indicators(
    *, session: Session, indicator_ids: Collection[int]
) -> dict[int, EntryTotals]:
    """Returns the totals of each of the indicators, in one statement (empty ones left out)."""
    rows = session.connection().execute(
        sa_select(col(ActualTotal.indicator_id), *_TOTAL_COLUMNS).where(
            col(ActualTotal.indicator_id).in_(indicator_ids)
        )
    )
    return {row[0]: _totals_of(row[1:]) for row in rows}


def _held_totals(session: Session) -> dict[int, EntryTotals]:
    """Returns the totals the session's current transaction has written, by indicator.

    The transaction holds those rows' locks until it ends, so what it wrote is still
    current and need not be read again.
    """
    return transaction_memo(session, _HELD_TOTALS_KEY)


def _locked_totals(*, session: Session, indicator_id: int) -> EntryTotals:
    """Returns the indicator's totals and holds their row until the transaction ends.

    The upsert creates a missing row and otherwise makes a no-op update, which takes the
    row's lock: writers of one indicator on PostgreSQL wait for each other and then read
    what the other committed (SQLite has one writer at a time anyway).
    """
    held = _held_totals(session).get(indicator_id)
    if held is not None:
        return held
    insert = conflict_insert(session)(ActualTotal).values(
        indicator_id=indicator_id, entry_count=0, value_sum="0"
    )
    statement = insert.on_conflict_do_update(
        index_elements=["indicator_id"], set_={"entry_count": col(ActualTotal.entry_count)}
    ).returning(*_TOTAL_COLUMNS)
    return _totals_of(session.connection().execute(statement).one())


def _store_totals(*, session: Session, indicator_id: int, totals: EntryTotals) -> None:
    """Writes the totals of an indicator whose row this transaction holds."""
    latest = totals.latest
    stored = (
        totals.count,
        _decimal_text(totals.total),
        None if latest is None else latest.order,
        None if latest is None else latest.event_date,
        None if latest is None or latest.value is None else _decimal_text(latest.value),
        None if latest is None or latest.status is None else latest.status.value,
    )
    session.connection().execute(
        update(ActualTotal)
        .where(col(ActualTotal.indicator_id) == indicator_id)
        .values(dict(zip(_TOTAL_COLUMNS, stored, strict=True)))
    )
    # Kept as a read returns them (3.50 → 3.5), so that held and read totals look the same.
    _held_totals(session)[indicator_id] = _totals_of(stored)


def _add_to_totals(*, session: Session, rows: Sequence[Actual]) -> None:
    """Counts new entries in their indicators' totals, indicators in id order so that two
    transactions saving several indicators lock them in the same order (no deadlock)."""
    by_indicator: dict[int, list[Entry]] = defaultdict(list)
    for row in rows:
        by_indicator[row.indicator_id].append(_entry_of(row))
    for indicator_id in sorted(by_indicator):
        totals = _locked_totals(session=session, indicator_id=indicator_id)
        for entry in by_indicator[indicator_id]:
            totals = updated_totals(totals, added=entry).totals  # Adding never hides the latest.
        _store_totals(session=session, indicator_id=indicator_id, totals=totals)


def _change_totals(
    *, session: Session, indicator_id: int, removed: Entry, added: Entry | None
) -> None:
    """Replaces an edited entry in its indicator's totals (``added`` None: deleted).

    When the change takes the latest entry away, the new latest is read with one query on
    the covering index (ix_actual_totals), inside the same transaction.
    """
    change = updated_totals(
        _locked_totals(session=session, indicator_id=indicator_id), removed=removed, added=added
    )
    totals = change.totals
    if change.latest_unknown:
        totals = replace(totals, latest=_latest_entry(session=session, indicator_id=indicator_id))
    _store_totals(session=session, indicator_id=indicator_id, totals=totals)


def _latest_entry(*, session: Session, indicator_id: int) -> Entry | None:
    latest = session.exec(
        select(col(Actual.event_date), col(Actual.id), col(Actual.value), col(Actual.status))
        .where(*_live(indicator_id))
        .order_by(col(Actual.event_date).desc(), col(Actual.id).desc())
        .limit(1)
    ).first()
    if latest is None:
        return None
    event_date, order, value, status = latest
    return _entry(event_date, order or 0, value, status)


def recount_totals(*, session: Session, indicator_id: int) -> EntryTotals:
    """Returns the indicator's totals computed from its entries, not from the running totals.

    Two statements on the covering index: a sum exact on both databases and the latest entry.
    For rebuilding and checking the running totals; progress reads :func:`indicator_totals`.
    """
    latest = _latest_entry(session=session, indicator_id=indicator_id)
    if latest is None:
        return EntryTotals()
    count, total = _count_and_sum(session=session, indicator_id=indicator_id)
    return EntryTotals(count=count, total=total, latest=latest)


def rebuild_totals(*, session: Session) -> int:
    """Recomputes every indicator's running totals from its entries; returns how many.

    For entries written around this module (bulk loads in tests and benchmarks); every write
    through this module keeps the totals up to date by itself.
    """
    with_entries = set(session.exec(select(Actual.indicator_id).distinct()))
    indicator_ids = with_entries | set(session.exec(select(ActualTotal.indicator_id)))
    for indicator_id in sorted(indicator_ids):
        _locked_totals(session=session, indicator_id=indicator_id)
        totals = recount_totals(session=session, indicator_id=indicator_id)
        _store_totals(session=session, indicator_id=indicator_id, totals=totals)
    return len(indicator_ids)


def _count_and_sum(*, session: Session, indicator_id: int) -> tuple[int, Decimal]:
    if session.get_bind().dialect.name == "postgresql":
        count, total = session.exec(
            select(func.count(), func.sum(cast(Actual.value, Numeric))).where(*_live(indicator_id))
        ).one()
        return count, _trimmed(total or Decimal(0))
    return _sqlite_count_and_sum(session=session, indicator_id=indicator_id)


def _sqlite_count_and_sum(*, session: Session, indicator_id: int) -> tuple[int, Decimal]:
    """Sums decimal text exactly in SQLite: whole parts and scaled fractions as integers."""
    value = col(Actual.value)
    point = func.instr(value, ".")
    whole = case((point > 0, func.substr(value, 1, point - 1)), else_=value)
    padded = func.substr(func.substr(value, point + 1) + "0" * SUM_SCALE, 1, SUM_SCALE)
    fraction = case((point > 0, padded), else_="0")
    digits = case((point > 0, func.length(value) - point), else_=0)
    count, wholes, fractions, most_digits, negative = (
        session.connection()
        .execute(
            sa_select(
                func.count(),
                func.sum(cast(whole, Integer)),
                func.sum(cast(fraction, Integer)),
                func.max(digits),
                func.max(case((value.startswith("-"), 1), else_=0)),
            ).where(*_live(indicator_id))
        )
        .one()
    )
    if (most_digits or 0) > SUM_SCALE or negative:  # Not seen in practice; stay exact.
        values = session.exec(select(Actual.value).where(*_live(indicator_id)))
        return count, sum((Decimal(v) for v in values if v is not None), Decimal(0))
    total = Decimal(wholes or 0) + Decimal(fractions or 0).scaleb(-SUM_SCALE)
    return count, _trimmed(total)


def _trimmed(total: Decimal) -> Decimal:
    """Returns ``total`` without trailing zeros after the point (3.500000 → 3.5, 3.0 → 3)."""
    if total == total.to_integral_value():
        return total.quantize(Decimal(1))
    return total.normalize()


def indicator_progress(*, session: Session, indicator: IndicatorInfo) -> Progress:
    """Returns the indicator's progress from its running totals."""
    return progress_from_totals(
        indicator_id=indicator.id,
        target=indicator.target,
        rule=aggregation_for(session=session, indicator=indicator),
        totals=indicator_totals(session=session, indicator_id=indicator.id),
    )


def usage_counts(*, session: Session) -> dict[int, int]:
    """Returns how many entries (not deleted) each indicator has, for "most used first"."""
    rows = session.exec(
        select(ActualTotal.indicator_id, ActualTotal.entry_count).where(
            col(ActualTotal.entry_count) > 0
        )
    )
    return {indicator_id: count for indicator_id, count in rows}


def progress_lookup(*, engine: Engine) -> Callable[[int], Progress | None]:
    """Returns a function giving an indicator's progress, each call in its own session."""

    def lookup(indicator_id: int) -> Progress | None:
        with Session(engine) as session:
            row = session.get(Indicator, indicator_id)
            if row is None:
                return None
            return indicator_progress(session=session, indicator=indicator_info(row))

    return lookup
