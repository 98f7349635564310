"""Running totals (actual_total): equal to the entries after any writes, flat to read and to
update however long the history, exact under concurrent writers, backfilled by 0010."""

from __future__ import annotations

import datetime as dt
import glob
import os
import random
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import Engine, event, insert
from sqlmodel import Session

from knowledge.actuals import EntryTotals, Status, summarize_entries
from knowledge.catalog import Catalog, IndicatorInfo
from storage.actuals import (
    Actual,
    ActualCreate,
    ActualUpdate,
    Author,
    delete_entry,
    indicator_entries,
    indicator_progress,
    indicator_totals,
    recount_totals,
    save_entries,
    update_entry,
)
from storage.backup import backup_database, restore_database
from storage.database import alembic_config, create_db_engine, migrate
from storage.importer import load_builtin_if_empty
from storage.projects import load_catalog
from storage.tables import ActualTotal

AUTHOR = Author(user_id=2001, user_name="Alice", chat_id=2001)
FEW, MANY = 5, 2000
OPERATIONS = 80
CHECK_EVERY = 10
SEEDS = (1, 2, 3)
VALUES = ("1", "0.5", "120", "3.25", "0.000001", "0.1234567", "99999.99", "0")
# Few distinct days, so that equal event dates (ties broken by entry order) are common.
DAYS = tuple(dt.date(2026, month, 1) for month in (2, 3, 3, 5, 8, 11))
WRITERS = 4
WRITES_PER_WRITER = 25
POSTGRES_TOOLS = sorted(glob.glob("/usr/lib/postgresql/*/bin"))


def _by_name(catalog: Catalog, name: str) -> IndicatorInfo:
    return next(indicator for indicator in catalog.indicators if indicator.name == name)


def _assert_totals_match_entries(engine: Engine, catalog: Catalog) -> None:
    """Every indicator's stored totals equal the totals recomputed from its entries."""
    with Session(engine) as session:
        for indicator in catalog.indicators:
            stored = indicator_totals(session=session, indicator_id=indicator.id)
            entries = indicator_entries(session=session, indicator_id=indicator.id)
            assert stored == summarize_entries(entries), indicator.name
            assert stored == recount_totals(session=session, indicator_id=indicator.id)


class StatementCounter:
    """Counts the statements an engine runs, and the entries sessions load as objects."""

    def __init__(self, engine: Engine) -> None:
        self.statements = 0
        self.entries_loaded = 0
        event.listen(engine, "before_cursor_execute", self._statement)
        event.listen(Session, "loaded_as_persistent", self._loaded)

    def _statement(self, *_args: object) -> None:
        self.statements += 1

    def _loaded(self, _session: Session, instance: object) -> None:
        self.entries_loaded += isinstance(instance, Actual)

    def remove(self, engine: Engine) -> None:
        event.remove(engine, "before_cursor_execute", self._statement)
        event.remove(Session, "loaded_as_persistent", self._loaded)

    def count(self, action: Callable[[], object]) -> int:
        before = self.statements
        action()
        return self.statements - before


@pytest.fixture
def counter(engine: Engine) -> Iterator[StatementCounter]:
    """Counts statements on the test's engine."""
    listening = StatementCounter(engine)
    yield listening
    listening.remove(engine)


def _history(engine: Engine, indicator: IndicatorInfo, count: int) -> None:
    """Saves ``count`` entries on ``indicator`` through the normal write path."""
    entries = [
        ActualCreate(
            key=f"history-{n}",
            indicator_id=indicator.id,
            event_date=DAYS[n % len(DAYS)],
            value=Decimal(VALUES[n % len(VALUES)]),
        )
        for n in range(count)
    ]
    with Session(engine) as session:
        save_entries(session=session, entries=entries, author=AUTHOR)
        session.commit()


def _costs(engine: Engine, indicator: IndicatorInfo, counter: StatementCounter) -> list[int]:
    """Returns the statements of a progress read, a 确认 with its progress line, an edit of
    the latest entry that dates it back, and an undo of the new latest entry."""
    with Session(engine) as session:
        indicator_progress(session=session, indicator=indicator)  # Warm the rule cache.
        read = counter.count(lambda: indicator_progress(session=session, indicator=indicator))
    with Session(engine) as session:

        def confirm() -> None:
            save_entries(session=session, entries=[_new(indicator)], author=AUTHOR)
            indicator_progress(session=session, indicator=indicator)
            session.commit()

        saved = counter.count(confirm)
        latest = indicator_totals(session=session, indicator_id=indicator.id).latest
        session.commit()
    assert latest is not None
    back = ActualUpdate(event_date=DAYS[0] - dt.timedelta(days=1))
    with Session(engine) as session:
        edited = counter.count(
            lambda: update_entry(
                session=session, actual_id=latest.order, changes=back, version=1, author=AUTHOR
            )
        )
        session.commit()
    with Session(engine) as session:
        new_latest = indicator_totals(session=session, indicator_id=indicator.id).latest
        assert new_latest is not None and new_latest.order != latest.order
        undone = counter.count(
            lambda: delete_entry(
                session=session, actual_id=new_latest.order, version=1, author=AUTHOR
            )
        )
        session.commit()
    return [read, saved, edited, undone]


def _new(indicator: IndicatorInfo) -> ActualCreate:
    return ActualCreate(
        key=f"new-{indicator.id}", indicator_id=indicator.id, event_date=DAYS[-1], value=Decimal(7)
    )


def test_progress_and_writes_run_as_many_statements_at_2000_entries_as_at_5(
    engine: Engine, catalog: Catalog, counter: StatementCounter
) -> None:
    few, many = _by_name(catalog, "活动参与人数"), _by_name(catalog, "合作单位数量")
    _history(engine, few, FEW)
    _history(engine, many, MANY)
    counter.entries_loaded = 0
    few_costs, few_loaded = _costs(engine, few, counter), counter.entries_loaded
    many_costs = _costs(engine, many, counter)
    assert few_costs == many_costs
    assert few_costs[0] <= 2  # the rules (once per session) and one totals row
    # Each write loads the entry it writes (three writes), never the history.
    assert counter.entries_loaded - few_loaded == few_loaded <= 3
    _assert_totals_match_entries(engine, catalog)


@dataclass
class RandomWriter:
    """Records, edits and undoes entries at random, remembering each live entry's version."""

    rng: random.Random
    amounts: list[IndicatorInfo]
    statuses: list[IndicatorInfo]
    versions: dict[int, int] = field(default_factory=dict)
    keys: list[str] = field(default_factory=list)

    def step(self, session: Session) -> None:
        move = self.rng.choice(("record", "record", "edit", "undo")) if self.versions else "record"
        if move == "record":
            self._record(session)
        elif move == "edit":
            self._edit(session)
        else:
            actual_id = self.rng.choice(sorted(self.versions))
            version = self.versions.pop(actual_id)
            delete_entry(session=session, actual_id=actual_id, version=version, author=AUTHOR)

    def _record(self, session: Session) -> None:
        entries = [self._entry() for _ in range(self.rng.randint(1, 3))]
        if self.keys and self.rng.random() < 0.2:  # A double tap saves nothing twice.
            entries.append(
                ActualCreate(
                    key=self.rng.choice(self.keys),
                    indicator_id=self.amounts[0].id,
                    event_date=DAYS[0],
                    value=Decimal(1),
                )
            )
        for row in save_entries(session=session, entries=entries, author=AUTHOR).entries:
            if not row.deleted:
                self.versions.setdefault(row.id or 0, row.version)

    def _entry(self) -> ActualCreate:
        key = f"k{len(self.keys)}"
        self.keys.append(key)
        day = self.rng.choice(DAYS)
        if self.rng.random() < 0.3:
            indicator = self.rng.choice(self.statuses)
            status = self.rng.choice(list(Status))
            return ActualCreate(key=key, indicator_id=indicator.id, event_date=day, status=status)
        indicator = self.rng.choice(self.amounts)
        value = Decimal(self.rng.choice(VALUES))
        return ActualCreate(key=key, indicator_id=indicator.id, event_date=day, value=value)

    def _edit(self, session: Session) -> None:
        actual_id = self.rng.choice(sorted(self.versions))
        row = session.get(Actual, actual_id)
        assert row is not None
        date = self.rng.choice((None, *DAYS))
        if row.status is not None:
            changes = ActualUpdate(status=self.rng.choice(list(Status)), event_date=date)
        else:
            value = self.rng.choice((None, *VALUES))
            changes = ActualUpdate(
                value=None if value is None else Decimal(value), event_date=date
            )
        version = self.versions[actual_id]
        edited = update_entry(
            session=session, actual_id=actual_id, changes=changes, version=version, author=AUTHOR
        )
        self.versions[actual_id] = edited.version


@pytest.mark.parametrize("seed", SEEDS)
def test_random_records_edits_undos_and_a_restore_keep_totals_equal_to_the_entries(
    engine: Engine,
    catalog: Catalog,
    seed: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    url = engine.url.render_as_string(hide_password=False)
    if url.startswith("postgresql"):
        if not POSTGRES_TOOLS:
            pytest.skip("PostgreSQL client tools are not installed")
        monkeypatch.setenv("PATH", f"{POSTGRES_TOOLS[-1]}{os.pathsep}{os.environ['PATH']}")
    writer = RandomWriter(
        rng=random.Random(seed),
        amounts=[
            _by_name(catalog, "活动参与人数"),
            _by_name(catalog, "国际科技人文交流合作成本控制数"),
        ],
        statuses=[_by_name(catalog, "科普活动影响力提升情况")],
    )
    backup = tmp_path / "midway.backup"
    for step in range(OPERATIONS):
        with Session(engine) as session:
            writer.step(session)
            session.commit()
        if step % CHECK_EVERY == 0:
            _assert_totals_match_entries(engine, catalog)
        if step == OPERATIONS // 2:
            backup_database(url=url, target=backup)
    _assert_totals_match_entries(engine, catalog)
    engine.dispose()  # pg_restore drops the tables; no connection may hold them.
    restore_database(url=url, source=backup, force=True)
    _assert_totals_match_entries(engine, catalog)
    writer.versions.clear()  # The restored store has its own entries; keep writing to it.
    for _ in range(CHECK_EVERY):
        with Session(engine) as session:
            writer.step(session)
            session.commit()
    _assert_totals_match_entries(engine, catalog)


@pytest.fixture
def postgres_engine(postgres_url: str) -> Iterator[Engine]:
    """Returns a migrated PostgreSQL database holding the built-in projects."""
    engine = create_db_engine(postgres_url)
    migrate(engine)
    load_builtin_if_empty(engine=engine)
    yield engine
    engine.dispose()


@pytest.mark.postgres
def test_concurrent_writers_on_one_indicator_lose_no_update(postgres_engine: Engine) -> None:
    """Writers in separate connections save and undo at once; the totals stay exact.

    PostgreSQL only: it lets writers work side by side (SQLite has one writer at a time).
    """
    engine = postgres_engine
    with Session(engine) as session:
        catalog = load_catalog(session=session)
    people = _by_name(catalog, "活动参与人数")
    failures: list[BaseException] = []

    def write(number: int) -> None:
        try:
            for n in range(WRITES_PER_WRITER):
                with Session(engine) as session:
                    entry = ActualCreate(
                        key=f"w{number}-{n}",
                        indicator_id=people.id,
                        event_date=DAYS[(number + n) % len(DAYS)],
                        value=Decimal(VALUES[n % len(VALUES)]),
                    )
                    saved = save_entries(session=session, entries=[entry], author=AUTHOR)
                    session.commit()
                    if n % 3 == 0:  # Undo every third, the latest entry often among them.
                        row = saved.entries[0]
                        delete_entry(
                            session=session, actual_id=row.id or 0, version=1, author=AUTHOR
                        )
                        session.commit()
        except BaseException as error:  # Reported by the test thread below.
            failures.append(error)

    threads = [threading.Thread(target=write, args=(n,)) for n in range(WRITERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert not failures, failures
    with Session(engine) as session:
        totals = indicator_totals(session=session, indicator_id=people.id)
    kept = WRITES_PER_WRITER - len(range(0, WRITES_PER_WRITER, 3))
    assert totals.count == WRITERS * kept
    _assert_totals_match_entries(engine, catalog)


def _store_at_0009(url: str) -> tuple[Engine, Catalog]:
    """Returns a store with the built-in forms taken back to 0009, and its catalog.

    The forms are loaded at the head (the importer writes today's columns), then the store
    is downgraded: what 0009 knew stays, the later tables and columns go.
    """
    engine = create_db_engine(url)
    migrate(engine)
    load_builtin_if_empty(engine=engine)
    with Session(engine) as session:
        catalog = load_catalog(session=session)
    command.downgrade(alembic_config(engine), "0009")
    return engine, catalog


def _entries_written_before_0010(engine: Engine, catalog: Catalog) -> None:
    """Writes entries as 0009 knew them: no totals anywhere."""
    people, impact = _by_name(catalog, "活动参与人数"), _by_name(catalog, "科普活动影响力提升情况")
    rows = [
        {"indicator_id": people.id, "value": value, "event_date": day, "deleted": deleted}
        for value, day, deleted in (
            ("120", DAYS[1], False),
            ("0.1234567", DAYS[2], False),  # same day, later entry: the latest
            ("500", DAYS[5], True),  # deleted: counts for nothing
            ("3.5", DAYS[0], False),
        )
    ] + [
        {"indicator_id": impact.id, "status": status, "event_date": day, "deleted": False}
        for status, day in ((Status.ACHIEVED, DAYS[3]), (Status.PARTIAL, DAYS[1]))
    ]
    common = {
        "value": None,
        "status": None,
        "recorded_by": AUTHOR.user_id,
        "chat_id": AUTHOR.chat_id,
        "version": 1,
    }
    with engine.begin() as connection:
        connection.execute(
            insert(Actual),
            [{**common, **row, "idempotency_key": f"old-{n}"} for n, row in enumerate(rows)],
        )


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def empty_url(request: pytest.FixtureRequest, db_url: str) -> str:
    """Returns an empty database: a SQLite file, or PostgreSQL when configured."""
    return str(request.getfixturevalue("postgres_url")) if request.param == "postgres" else db_url


def test_migration_0010_totals_entries_written_before_it(empty_url: str) -> None:
    engine, catalog = _store_at_0009(empty_url)
    _entries_written_before_0010(engine, catalog)
    migrate(engine)
    people = _by_name(catalog, "活动参与人数")
    with Session(engine) as session:
        totals = indicator_totals(session=session, indicator_id=people.id)
    assert (totals.count, totals.total) == (3, Decimal("123.6234567"))
    assert totals.latest is not None and totals.latest.value == Decimal("0.1234567")
    _assert_totals_match_entries(engine, catalog)
    with Session(engine) as session:  # And the totals keep up from there.
        save_entries(session=session, entries=[_new(people)], author=AUTHOR)
        session.commit()
        assert indicator_totals(session=session, indicator_id=people.id).count == 4
    _assert_totals_match_entries(engine, catalog)
    engine.dispose()


def test_no_entries_read_as_empty_totals(engine: Engine, catalog: Catalog) -> None:
    with Session(engine) as session:
        totals = indicator_totals(session=session, indicator_id=catalog.indicators[0].id)
    assert totals == EntryTotals()


def test_stored_sum_is_the_shortest_decimal_text_on_both_databases(
    engine: Engine, catalog: Catalog
) -> None:
    """PostgreSQL adds in SQL (numeric), SQLite in Python: both store 0.5 + 0.5 as "1"."""
    indicator = _by_name(catalog, "活动参与人数")
    halves = [
        ActualCreate(key=f"half-{n}", indicator_id=indicator.id, event_date=day, value=value)
        for n, (day, value) in enumerate(
            [(DAYS[1], Decimal("0.5")), (DAYS[0], Decimal("0.50")), (DAYS[1], Decimal("2.25"))]
        )
    ]
    sums = []
    for entry in halves:
        with Session(engine) as session:
            save_entries(session=session, entries=[entry], author=AUTHOR)
            session.commit()
            sums.append(session.get_one(ActualTotal, indicator.id).value_sum)
    assert sums == ["0.5", "1", "3.25"]
    with Session(engine) as session:
        latest = indicator_totals(session=session, indicator_id=indicator.id).latest
    assert latest is not None and latest.value == Decimal("2.25")  # DAYS[1], the later id
