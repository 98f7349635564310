"""Totals computed in SQL match the same totals computed from every entry, exactly."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import Engine
from sqlmodel import Session

from knowledge.actuals import EntryTotals, Status, summarize_entries
from knowledge.catalog import IndicatorInfo
from storage.actuals import (
    ActualCreate,
    Author,
    delete_entry,
    indicator_entries,
    indicator_totals,
    save_entries,
)
from storage.projects import load_catalog

AUTHOR = Author(user_id=2001, user_name="Alice", chat_id=2001)
DAY = dt.date(2026, 3, 1)


@pytest.fixture
def indicator(engine: Engine) -> IndicatorInfo:
    """Returns 活动参与人数."""
    with Session(engine) as session:
        catalog = load_catalog(session=session)
    return next(ind for ind in catalog.indicators if ind.name == "活动参与人数")


def _save(engine: Engine, indicator: IndicatorInfo, rows: list[ActualCreate]) -> None:
    with Session(engine) as session:
        save_entries(session=session, entries=rows, author=AUTHOR)
        session.commit()


def _entry(indicator: IndicatorInfo, key: str, *, days: int, **values: object) -> ActualCreate:
    return ActualCreate(
        key=key,
        indicator_id=indicator.id,
        event_date=DAY + dt.timedelta(days=days),
        **values,  # type: ignore[arg-type]
    )


def _both(engine: Engine, indicator: IndicatorInfo) -> tuple[EntryTotals, EntryTotals]:
    with Session(engine) as session:
        in_sql = indicator_totals(session=session, indicator_id=indicator.id)
        in_python = summarize_entries(
            indicator_entries(session=session, indicator_id=indicator.id)
        )
    return in_sql, in_python


@pytest.mark.parametrize(
    "values",
    [
        ["3", "120", "7"],
        ["0.1", "0.2", "0.3"],
        ["12.5", "3.000001", "1000000", "0.75"],
        ["0.1234567", "2"],  # more places than SQLite sums as integers
        ["99999999999.99", "0.01"],
    ],
    ids=["counts", "tenths", "six-places", "seven-places", "large"],
)
def test_sql_sum_is_exact(engine: Engine, indicator: IndicatorInfo, values: list[str]) -> None:
    rows = [
        _entry(indicator, f"v{n}", days=n, value=Decimal(value)) for n, value in enumerate(values)
    ]
    _save(engine, indicator, rows)
    in_sql, in_python = _both(engine, indicator)
    assert in_sql == in_python
    assert in_sql.total == sum((Decimal(value) for value in values), Decimal(0))


def test_latest_is_by_event_date_then_entry_order(
    engine: Engine, indicator: IndicatorInfo
) -> None:
    _save(
        engine,
        indicator,
        [
            _entry(indicator, "late", days=9, status=Status.PARTIAL),
            _entry(indicator, "early", days=1, status=Status.NOT_ACHIEVED),
            _entry(indicator, "late-again", days=9, status=Status.ACHIEVED),
        ],
    )
    in_sql, in_python = _both(engine, indicator)
    assert in_sql == in_python
    assert in_sql.latest is not None and in_sql.latest.status is Status.ACHIEVED


def test_deleted_entries_leave_the_totals(engine: Engine, indicator: IndicatorInfo) -> None:
    _save(
        engine,
        indicator,
        [_entry(indicator, f"k{n}", days=n, value=Decimal(n + 1)) for n in range(3)],
    )
    with Session(engine) as session:
        last = max(
            indicator_entries(session=session, indicator_id=indicator.id), key=lambda e: e.order
        )
        delete_entry(session=session, actual_id=last.order, version=1, author=AUTHOR)
        session.commit()
        totals = indicator_totals(session=session, indicator_id=indicator.id)
    assert (totals.count, totals.total) == (2, Decimal(3))
    assert totals.latest is not None and totals.latest.value == Decimal(2)


def test_no_entries_give_empty_totals(engine: Engine, indicator: IndicatorInfo) -> None:
    in_sql, in_python = _both(engine, indicator)
    assert in_sql == in_python
    assert in_sql.count == 0 and in_sql.latest is None
