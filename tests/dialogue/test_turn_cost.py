"""The SQL a turn runs stays the same as the catalog and the history grow (counted, not timed)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import pytest
from sqlalchemy import Engine, event, insert
from sqlmodel import Session

from bot.app import build_core, open_app
from bot.dialogue.core import DialogueCore
from bot.dialogue.messages import record as msg
from bot.settings import Settings
from knowledge.access import Role
from knowledge.builtin import builtin_document_text
from knowledge.catalog import IndicatorInfo
from knowledge.declaration import parse_declaration_text
from storage.actuals import Actual, rebuild_totals
from storage.database import create_db_engine, migrate
from storage.projects import save_forms
from storage.users import set_role
from tests.dialogue.phone import Phone
from tests.postgres import empty_postgres

STAFF_ID = 2001
NOW = dt.datetime(2026, 11, 25, 2, 0, tzinfo=dt.UTC)
# A turn that runs more statements than this is doing per-row or per-indicator work.
MAX_STATEMENTS_PER_TURN = 20
COPIES = 50  # 50 copies of the two built-in projects: 2,000 indicators
HISTORY = 5000
# A question and a 确认 read at most the entry just saved, never the history.
MAX_ENTRIES_LOADED = 2
# A repeated question: the turn's first read (role, state, rules) and one totals row; the
# unchanged state is not written.
REPEATED_QUESTION_STATEMENTS = 2
# 确认: the first read, the entry with its audit row and totals (one statement on PostgreSQL;
# insert, lock totals, store totals, audit on SQLite), and the ended flow's state.
CONFIRM_STATEMENTS = {"sqlite": 6, "postgresql": 3}
FEW = 5


class Counter:
    """Counts the statements an engine runs and the entries sessions load as objects."""

    def __init__(self, engine: Engine) -> None:
        self.count = 0
        self.entries_loaded = 0
        event.listen(engine, "before_cursor_execute", self._seen)

    def _seen(self, *_args: object) -> None:
        self.count += 1

    def loaded(self, _session: Session, instance: object) -> None:
        """Counts an entry read into a session (reading them all would not scale)."""
        if isinstance(instance, Actual):
            self.entries_loaded += 1


@pytest.fixture(autouse=True)
def counter_of_loaded_entries() -> Iterator[Counter]:
    """Listens to every session for loaded entries during one test."""
    listener = Counter.__new__(Counter)
    listener.entries_loaded = 0
    event.listen(Session, "loaded_as_persistent", listener.loaded)
    yield listener
    event.remove(Session, "loaded_as_persistent", listener.loaded)


class Staff:
    """A staff member's phone that counts the statements of each turn."""

    def __init__(self, core: DialogueCore, counter: Counter) -> None:
        self.core, self.counter = core, counter
        self.phone = Phone(core, STAFF_ID)
        self.text = ""

    def turn(self, text: str) -> int:
        """Sends one message and returns how many statements it ran."""
        return self._counted(lambda: self.phone.send(text))

    def confirm(self) -> int:
        """Presses 确认 and returns how many statements it ran."""
        return self._counted(lambda: self.phone.press(msg.CONFIRM))

    def _counted(self, act: Callable[[], str]) -> int:
        before = self.counter.count
        self.text = act()
        return self.counter.count - before


def _staff(url: str, *, copies: int = 0, history: int = 0) -> Staff:
    _empty(url)
    if copies:
        engine = create_db_engine(url)
        migrate(engine)
        forms = parse_declaration_text(builtin_document_text(), source="builtin")
        copied = [
            dataclasses.replace(form, name=f"第{n}批{form.name}")
            for n in range(copies)
            for form in forms
        ]
        with Session(engine) as session:
            save_forms(session=session, forms=[*forms, *copied], source="test", sha256="")
            session.commit()
        engine.dispose()
    settings = Settings(
        _env_file=None,  # type: ignore[call-arg]
        database_url=url,
        admins=frozenset({1001}),
        telegram_bot_token=None,
    )
    app = open_app(settings, with_questions=True)
    app.clock = lambda: NOW
    with Session(app.engine) as session:
        set_role(session=session, user_id=STAFF_ID, role=Role.STAFF, changed_by=1, via="test")
        session.commit()
    if history:
        _add_history(app.engine, app.catalog.indicators, count=history)
    return Staff(build_core(app), Counter(app.engine))


def _empty(url: str) -> None:
    """Empties the database behind ``url`` (a new SQLite file, or the PostgreSQL schema)."""
    if url.startswith("sqlite"):
        Path(url.removeprefix("sqlite:///")).unlink(missing_ok=True)
        return
    empty_postgres(url)


def _add_history(engine: Engine, indicators: Sequence[IndicatorInfo], *, count: int) -> None:
    people = next(ind for ind in indicators if ind.name == "活动参与人数")
    rows = [
        {
            "indicator_id": people.id,
            "value": "1",
            "unit": "人",
            "event_date": dt.date(2026, 1, 1) + dt.timedelta(days=n % 300),
            "recorded_by": STAFF_ID,
            "chat_id": STAFF_ID,
            "idempotency_key": f"history-{n}",
        }
        for n in range(count)
    ]
    with Session(engine) as session:
        session.connection().execute(insert(Actual), rows)
        rebuild_totals(session=session)  # Written around storage.actuals: total them once.
        session.commit()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def url(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> str:
    """Returns an empty database: a SQLite file, or PostgreSQL when configured."""
    if request.param == "postgres":
        return str(request.getfixturevalue("postgres_url"))
    return f"sqlite:///{tmp_path_factory.mktemp('cost') / 'goalbot.db'}"


def _log_statements(staff: Staff) -> int:
    counts = []
    for _ in range(3):
        counts.append(staff.turn("记录 活动参与人数 120人"))
        staff.turn("/cancel")
    return max(counts)


def test_one_message_log_runs_as_many_statements_at_2000_indicators_as_at_40(url: str) -> None:
    small_staff = _staff(url)
    small = _log_statements(small_staff)
    small_staff.core.app.engine.dispose()
    large_staff = _staff(url, copies=COPIES)
    assert len(large_staff.core.app.catalog.indicators) >= 2000
    large = _log_statements(large_staff)
    large_staff.core.app.engine.dispose()
    assert large == small
    assert large <= MAX_STATEMENTS_PER_TURN


def test_progress_and_confirm_run_as_many_statements_at_5000_entries_as_at_5(
    url: str, counter_of_loaded_entries: Counter
) -> None:
    costs = []
    for history in (FEW, HISTORY):
        staff = _staff(url, history=history)
        counter_of_loaded_entries.entries_loaded = 0
        staff.turn("活动参与人数完成了多少")
        question = staff.turn("活动参与人数完成了多少")
        assert f"累计完成 {history}人" in staff.text
        staff.turn("记录 活动参与人数 7人")
        confirm = staff.confirm()
        assert msg.SAVED.format(count=1) in staff.text
        assert f"已完成 {history + 7} " in staff.text
        costs.append((question, confirm))
        assert counter_of_loaded_entries.entries_loaded <= MAX_ENTRIES_LOADED
        staff.core.app.engine.dispose()
    assert costs[0] == costs[1]
    question, confirm = costs[1]
    assert question <= REPEATED_QUESTION_STATEMENTS
    assert confirm <= CONFIRM_STATEMENTS[url.split(":")[0]]
