"""Storing actuals: exactly once, exact totals under concurrency, soft deletes and audit."""

from __future__ import annotations

import datetime as dt
import json
import threading
from decimal import Decimal

import pytest
from sqlalchemy import Engine, inspect
from sqlmodel import Session, select

from knowledge.actuals import Aggregation, EntryChanged, EntryDeleted, Status
from knowledge.catalog import Catalog, IndicatorInfo
from storage.actuals import (
    Actual,
    ActualCreate,
    ActualUpdate,
    AuditLog,
    Author,
    delete_entry,
    indicator_progress,
    indicator_totals,
    last_entry,
    progress_lookup,
    recent_audit,
    recent_entries,
    save_entries,
    set_aggregation,
    update_entry,
    usage_counts,
)

DAY = dt.date(2026, 11, 20)
ALICE = Author(user_id=2001, user_name="Alice", chat_id=2001, message_id=7)
BOB = Author(user_id=2002, user_name="Bob", chat_id=2002)


def _find(catalog: Catalog, name: str) -> IndicatorInfo:
    return next(ind for ind in catalog.indicators if ind.name == name)


@pytest.fixture
def people(catalog: Catalog) -> IndicatorInfo:
    """Returns 活动参与人数 (≥300人)."""
    return _find(catalog, "活动参与人数")


def _save(
    engine: Engine, indicator: IndicatorInfo, value: str, *, key: str, author: Author = ALICE
) -> Actual:
    with Session(engine, expire_on_commit=False) as session:
        result = save_entries(
            session=session,
            entries=[
                ActualCreate(
                    key=key, indicator_id=indicator.id, event_date=DAY, value=Decimal(value)
                )
            ],
            author=author,
        )
        session.commit()
        return result.entries[0]


def _total(engine: Engine, indicator: IndicatorInfo) -> Decimal | None:
    with Session(engine) as session:
        return indicator_progress(session=session, indicator=indicator).achieved


def test_migration_creates_the_actuals_tables(engine: Engine) -> None:
    tables = set(inspect(engine).get_table_names())
    assert {"actual", "audit_log", "aggregation_override"} <= tables


def test_saving_the_same_key_twice_stores_one_entry(engine: Engine, people: IndicatorInfo) -> None:
    first = _save(engine, people, "120", key="k1")
    with Session(engine, expire_on_commit=False) as session:
        again = save_entries(
            session=session,
            entries=[
                ActualCreate(key="k1", indicator_id=people.id, event_date=DAY, value=Decimal(999))
            ],
            author=ALICE,
        )
        session.commit()
    assert again.duplicate
    assert again.entries[0].id == first.id and again.entries[0].value == "120"
    assert _total(engine, people) == Decimal(120)
    with Session(engine) as session:
        creates = session.exec(select(AuditLog).where(AuditLog.action == "create")).all()
    assert len(creates) == 1


def test_entry_keeps_who_where_and_the_exact_value(engine: Engine, catalog: Catalog) -> None:
    cap = _find(catalog, "国际科技人文交流合作成本控制数")
    entry = _save(engine, cap, "0.123456", key="money")
    assert entry.value == "0.123456"
    assert (entry.recorded_by, entry.recorded_by_name, entry.chat_id, entry.message_id) == (
        2001,
        "Alice",
        2001,
        7,
    )
    _save(engine, cap, "0.876544", key="money2")
    assert _total(engine, cap) == Decimal(1)


def test_two_people_recording_at_once_give_an_exact_total(
    engine: Engine, people: IndicatorInfo
) -> None:
    per_person, barrier = 20, threading.Barrier(2)
    errors: list[BaseException] = []

    def record(author: Author) -> None:
        try:
            barrier.wait()
            for number in range(per_person):
                _save(engine, people, "1.5", key=f"{author.user_id}:{number}", author=author)
        except BaseException as error:  # pragma: no cover - reported below
            errors.append(error)

    threads = [threading.Thread(target=record, args=(author,)) for author in (ALICE, BOB)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert _total(engine, people) == Decimal("1.5") * per_person * 2


def test_two_devices_confirming_the_same_draft_at_once_save_once(
    engine: Engine, people: IndicatorInfo
) -> None:
    barrier = threading.Barrier(4)
    results: list[bool] = []

    def confirm() -> None:
        barrier.wait()
        with Session(engine) as session:
            result = save_entries(
                session=session,
                entries=[
                    ActualCreate(
                        key="same", indicator_id=people.id, event_date=DAY, value=Decimal(10)
                    )
                ],
                author=ALICE,
            )
            session.commit()
            results.append(result.duplicate)

    threads = [threading.Thread(target=confirm) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(results) == [False, True, True, True]
    assert _total(engine, people) == Decimal(10)
    with Session(engine) as session:
        creates = session.exec(select(AuditLog).where(AuditLog.action == "create")).all()
        totals = indicator_totals(session=session, indicator_id=people.id)
    assert len(creates) == 1 and totals.count == 1


def test_edit_changes_the_total_and_audits_before_and_after(
    engine: Engine, people: IndicatorInfo
) -> None:
    _save(engine, people, "120", key="a")
    entry = _save(engine, people, "75", key="b")
    assert entry.id is not None
    with Session(engine) as session:
        update_entry(
            session=session,
            actual_id=entry.id,
            changes=ActualUpdate(value=Decimal(80), note="补录"),
            version=entry.version,
            author=BOB,
        )
        session.commit()
    assert _total(engine, people) == Decimal(200)
    with Session(engine) as session:
        (record,) = [r for r in recent_audit(session=session) if r.action == "update"]
    assert record.user_id == BOB.user_id and record.actual_id == entry.id
    assert json.loads(record.before or "")["value"] == "75"
    assert json.loads(record.after or "") | {} == {
        **json.loads(record.before or ""),
        "value": "80",
        "note": "补录",
    }


def test_edit_from_a_stale_screen_is_refused(engine: Engine, people: IndicatorInfo) -> None:
    entry = _save(engine, people, "10", key="a")
    assert entry.id is not None
    with Session(engine) as session:
        update_entry(
            session=session,
            actual_id=entry.id,
            changes=ActualUpdate(value=Decimal(11)),
            version=entry.version,
            author=ALICE,
        )
        session.commit()
    with Session(engine) as session, pytest.raises(EntryChanged):
        update_entry(
            session=session,
            actual_id=entry.id,
            changes=ActualUpdate(value=Decimal(12)),
            version=entry.version,
            author=BOB,
        )
    assert _total(engine, people) == Decimal(11)


def test_delete_only_marks_the_entry_and_a_second_delete_is_refused(
    engine: Engine, people: IndicatorInfo
) -> None:
    _save(engine, people, "120", key="a")
    entry = _save(engine, people, "75", key="b")
    assert entry.id is not None
    with Session(engine, expire_on_commit=False) as session:
        deleted = delete_entry(
            session=session, actual_id=entry.id, version=entry.version, author=ALICE
        )
        session.commit()
    assert deleted.deleted and deleted.deleted_by == ALICE.user_id
    assert _total(engine, people) == Decimal(120)
    with Session(engine) as session:
        assert session.get(Actual, entry.id) is not None
        with pytest.raises(EntryDeleted):
            delete_entry(
                session=session, actual_id=entry.id, version=deleted.version, author=ALICE
            )
        assert last_entry(session=session, user_id=ALICE.user_id) is not None
        assert [e.value for e in recent_entries(session=session, user_id=None)] == ["120"]
        audit = [r.action for r in recent_audit(session=session)]
    assert audit == ["delete", "create", "create"]


def test_recent_entries_of_one_user(engine: Engine, people: IndicatorInfo) -> None:
    _save(engine, people, "1", key="a", author=ALICE)
    _save(engine, people, "2", key="b", author=BOB)
    with Session(engine) as session:
        assert [e.value for e in recent_entries(session=session, user_id=BOB.user_id)] == ["2"]
        assert [e.value for e in recent_entries(session=session, user_id=None)] == ["2", "1"]
        last = last_entry(session=session, user_id=ALICE.user_id)
        assert last is not None and last.value == "1"
        assert usage_counts(session=session) == {people.id: 2}


def test_admin_override_makes_the_latest_entry_stand(
    engine: Engine, people: IndicatorInfo
) -> None:
    _save(engine, people, "120", key="a")
    _save(engine, people, "75", key="b")
    with Session(engine) as session:
        set_aggregation(
            session=session, indicator=people, aggregation=Aggregation.LEVEL, author=ALICE
        )
        session.commit()
    assert _total(engine, people) == Decimal(75)
    with Session(engine) as session:
        record = recent_audit(session=session)[0]
    assert record.action == "aggregation" and record.indicator_id == people.id
    assert json.loads(record.after or "") == {"aggregation": "level"}


def test_status_entries_and_progress_lookup(engine: Engine, catalog: Catalog) -> None:
    indicator = _find(catalog, "科普活动影响力提升情况")
    with Session(engine) as session:
        save_entries(
            session=session,
            entries=[
                ActualCreate(
                    key="s",
                    indicator_id=indicator.id,
                    event_date=DAY,
                    status=Status.PARTIAL,
                    note="媒体报道5篇",
                )
            ],
            author=ALICE,
        )
        session.commit()
    lookup = progress_lookup(engine=engine)
    progress = lookup(indicator.id)
    assert progress is not None
    assert (progress.status, progress.entries, progress.last_date) == ("部分达成", 1, DAY)
    assert lookup(999_999) is None
