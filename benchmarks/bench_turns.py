"""Benchmarks the cost of one turn as the catalog and the history grow: time and SQL statements.

Run with ``uv run python benchmarks/bench_turns.py``; set ``GOALBOT_TEST_POSTGRES_URL`` to
measure PostgreSQL too (the database is emptied first).

Goals (issue 14): a one-message log that names no project ≤ 20 ms at 10,000 indicators;
确认 and a progress question ≤ 5 ms with 5,000 entries on one indicator. The progress question
is asked again and again, so its turn finds the conversation unchanged and writes nothing; the
line after it asks another question in between, so that each turn writes the conversation.
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event, insert
from sqlmodel import Session

from bot.app import build_core, open_app
from bot.dialogue.context import App
from bot.dialogue.core import DialogueCore
from bot.dialogue.messages import record as record_msg
from bot.settings import Settings
from knowledge.access import Role
from storage.actuals import Actual, AuditLog, rebuild_totals
from storage.database import create_db_engine
from storage.projects import save_forms
from storage.users import set_role
from tests.dialogue.phone import Phone
from tests.postgres import empty_postgres

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_questions import generated_forms

STAFF_ID = 2001
ADMIN_ID = 1001
NOW = dt.datetime(2026, 11, 25, 2, 0, tzinfo=dt.UTC)
HISTORY_ENTRIES = 5000
RUNS = 30
LOG_GOAL_MS = 20.0
ENTRIES_GOAL_MS = 5.0
LOG_MESSAGE = "记录 活动参与人数 120人"
PROGRESS_QUESTION = "活动参与人数完成了多少"
# Asked between two progress questions, so that each changes the conversation and writes it.
OTHER_QUESTION = "合作单位数量完成了多少"
BUSY_INDICATOR = "活动参与人数"


class StatementCounter:
    """Counts the SQL statements an engine runs while it is active."""

    def __init__(self, engine: Engine) -> None:
        self.count = 0
        event.listen(engine, "before_cursor_execute", self._seen)

    def _seen(self, *_args: Any) -> None:
        self.count += 1


def databases() -> Iterator[tuple[str, Callable[[], str]]]:
    """Yields (label, factory of an empty database URL) for SQLite and, if set, PostgreSQL."""
    with tempfile.TemporaryDirectory() as folder:
        names = iter(range(100))
        yield "SQLite", lambda: f"sqlite:///{folder}/bench{next(names)}.db"
    postgres = os.environ.get("GOALBOT_TEST_POSTGRES_URL")
    if postgres:
        yield "PostgreSQL", lambda: empty_postgres(postgres)


def open_bench_app(url: str, *, generated: int = 0) -> tuple[App, DialogueCore]:
    settings = Settings(
        _env_file=None,  # type: ignore[call-arg]
        database_url=url,
        admins=frozenset({ADMIN_ID}),
        telegram_bot_token=None,
    )
    if generated:
        engine = create_db_engine(url)
        from storage.database import migrate

        migrate(engine)
        with Session(engine) as session:
            save_forms(session=session, forms=generated_forms(generated), source="gen", sha256="")
            session.commit()
        engine.dispose()
    app = open_app(settings, with_questions=True)
    app.clock = lambda: NOW
    with Session(app.engine) as session:
        set_role(session=session, user_id=STAFF_ID, role=Role.STAFF, changed_by=1, via="bench")
        session.commit()
    return app, build_core(app)


def add_history(app: App, *, count: int) -> None:
    """Stores ``count`` entries on the busy indicator in one statement."""
    indicator = next(ind for ind in app.catalog.indicators if ind.name == BUSY_INDICATOR)
    rows = [
        {
            "indicator_id": indicator.id,
            "value": "1",
            "unit": "人",
            "entered": "1人",
            "event_date": dt.date(2026, 1, 1) + dt.timedelta(days=n % 300),
            "recorded_by": STAFF_ID,
            "chat_id": STAFF_ID,
            "recorded_at": NOW,
            "idempotency_key": f"history-{n}",
            "version": 1,
            "deleted": False,
        }
        for n in range(count)
    ]
    with Session(app.engine) as session:
        session.execute(insert(Actual), rows)
        session.execute(
            insert(AuditLog),
            [{"action": "create", "user_id": STAFF_ID, "at": NOW} for _ in range(count)],
        )
        rebuild_totals(session=session)  # Written around storage.actuals: total them once.
        session.commit()


def timed(
    counter: StatementCounter,
    action: Callable[[], object],
    *,
    reset: Callable[[], object] = lambda: None,
    runs: int = RUNS,
) -> tuple[float, int]:
    """Returns the median milliseconds and the most statements of one call of ``action``."""
    action()  # warm caches
    times, statements = [], []
    for _ in range(runs):
        reset()
        before = counter.count
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
        statements.append(counter.count - before)
    return statistics.median(times), max(statements)


def line(label: str, ms: float, statements: int, goal: float) -> None:
    verdict = "ok" if ms <= goal else "OVER"
    print(f"  {label:<46} {ms:7.2f} ms  {statements:>6} statements  goal ≤ {goal:g} ms  {verdict}")


def bench_catalog(url: str, indicators_label: str, generated: int) -> None:
    app, core = open_bench_app(url, generated=generated)
    counter = StatementCounter(app.engine)
    phone = Phone(core, STAFF_ID)
    count = len(app.catalog.indicators)

    ms, statements = timed(
        counter, lambda: phone.send(LOG_MESSAGE), reset=lambda: phone.send("/cancel")
    )
    line(f"one-message log, {count} indicators {indicators_label}", ms, statements, LOG_GOAL_MS)
    app.engine.dispose()


def bench_history(url: str, entries: int) -> None:
    app, core = open_bench_app(url)
    add_history(app, count=entries)
    counter = StatementCounter(app.engine)
    phone = Phone(core, STAFF_ID)
    ms, statements = timed(counter, lambda: phone.send(PROGRESS_QUESTION))
    line(f"progress question, {entries} entries", ms, statements, ENTRIES_GOAL_MS)
    ms, statements = timed(
        counter, lambda: phone.send(PROGRESS_QUESTION), reset=lambda: phone.send(OTHER_QUESTION)
    )
    line("  the same after another question", ms, statements, ENTRIES_GOAL_MS)
    times, counts = [], []
    for run in range(RUNS):
        phone.send(f"记录 活动参与人数 {run + 1}人")
        data = phone.option_data(record_msg.CONFIRM)
        before = counter.count
        started = time.perf_counter()
        reply = phone.press_data(data)
        times.append((time.perf_counter() - started) * 1000)
        counts.append(counter.count - before)
        assert record_msg.SAVED.format(count=1) in reply, reply
    line(f"确认, {entries} entries", statistics.median(times), max(counts), ENTRIES_GOAL_MS)
    app.engine.dispose()


def main() -> int:
    for label, new_url in databases():
        print(f"{label}:")
        bench_catalog(new_url(), "(built-in)", 0)
        bench_catalog(new_url(), "(generated)", 500)
        bench_history(new_url(), 5)
        bench_history(new_url(), HISTORY_ENTRIES)
    return 0


if __name__ == "__main__":
    sys.exit(main())
