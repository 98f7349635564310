"""Benchmarks progress: one indicator's progress as its history grows, the summary, a chart.

Run with ``uv run python benchmarks/bench_progress.py``; set ``GOALBOT_TEST_POSTGRES_URL`` to
measure PostgreSQL too (that database is emptied first). Goals: a progress question and a
确认 (which shows progress) ≤ 5 ms with 5,000 entries on one indicator, on SQLite and
PostgreSQL (min/median/max of three runs, each the median of its samples); summary ≤ 50 ms
without the chart; chart ≤ 1 s.
"""

from __future__ import annotations

import datetime as dt
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from sqlmodel import Session

from bot.app import open_app
from bot.dialogue.context import App
from bot.dialogue.core import DialogueCore
from bot.dialogue.messages import record as record_msg
from bot.dialogue.progress import assess
from bot.dialogue.progress_view import summary_text
from bot.settings import Settings
from knowledge.monitoring import Clock
from storage.actuals import ActualCreate, Author, save_entries
from tests.dialogue.phone import Phone

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_turns import (
    BUSY_INDICATOR,
    PROGRESS_QUESTION,
    STAFF_ID,
    StatementCounter,
    databases,
    open_bench_app,
)

NOW = dt.datetime(2026, 11, 26, 2, 0, tzinfo=dt.UTC)
SUMMARY_GOAL_MS = 50.0
CHART_GOAL_MS = 1000.0
SUMMARY_RUNS = 50
CHART_RUNS = 5
ENTRIES_GOAL_MS = 5.0
HISTORY_SIZES = (5, 5000)
HISTORY_ROUNDS = 3  # min/median/max over this many runs
HISTORY_SAMPLES = 40  # samples per run; a run reports their median


def seeded_app(folder: Path) -> App:
    """Returns the app on the built-in data with three entries per quantitative indicator."""
    settings = Settings(
        _env_file=None,  # type: ignore[call-arg]
        database_url=f"sqlite:///{folder / 'bench.db'}",
    )
    app = open_app(settings)
    app.clock = lambda: NOW
    entries = [
        ActualCreate(
            key=f"bench-{indicator.id}-{n}",
            indicator_id=indicator.id,
            event_date=dt.date(2026, 3 + 3 * n, 10),
            value=(indicator.target.value or Decimal(1)) / 4,
            unit=indicator.target.unit,
        )
        for indicator in app.catalog.indicators
        if indicator.target.value is not None
        for n in range(3)
    ]
    with Session(app.engine) as session:
        save_entries(session=session, entries=entries, author=Author(user_id=1))
        session.commit()
    return app


def timed(run: Callable[[], object], times: int) -> list[float]:
    """Returns the wall time of each run in milliseconds."""
    samples = []
    for _ in range(times):
        start = time.perf_counter()
        run()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def report(name: str, samples: list[float], goal: float) -> bool:
    """Prints median and worst against the goal; returns whether the median meets it."""
    median = statistics.median(samples)
    verdict = "ok" if median <= goal else "SLOW"
    worst = max(samples)
    print(f"{name}: median {median:.1f} ms, max {worst:.1f} ms (goal ≤ {goal:.0f} ms) {verdict}")
    return median <= goal


def seed_history(app: App, *, count: int) -> None:
    """Saves ``count`` entries on the busy indicator through the normal write path."""
    indicator = next(ind for ind in app.catalog.indicators if ind.name == BUSY_INDICATOR)
    entries = [
        ActualCreate(
            key=f"history-{n}",
            indicator_id=indicator.id,
            event_date=dt.date(2026, 1, 1) + dt.timedelta(days=n % 300),
            value=Decimal(1),
            unit="人",
            entered="1人",
        )
        for n in range(count)
    ]
    with Session(app.engine) as session:
        save_entries(session=session, entries=entries, author=Author(user_id=STAFF_ID))
        session.commit()


def question_and_confirm(
    core: DialogueCore, counter: StatementCounter
) -> tuple[float, float, int, int]:
    """Returns the median ms of a progress question and of a 确认, and their most statements."""
    phone = Phone(core, STAFF_ID)
    phone.send(PROGRESS_QUESTION)  # Warm the caches a running bot has warmed too.
    asked, saved, asked_sql, saved_sql = [], [], 0, 0
    for sample in range(HISTORY_SAMPLES):
        before, start = counter.count, time.perf_counter()
        phone.send(PROGRESS_QUESTION)
        asked.append((time.perf_counter() - start) * 1000)
        asked_sql = max(asked_sql, counter.count - before)
        phone.send(f"记录 {BUSY_INDICATOR} {sample + 1}人")
        data = phone.option_data(record_msg.CONFIRM)
        before, start = counter.count, time.perf_counter()
        reply = phone.press_data(data)
        saved.append((time.perf_counter() - start) * 1000)
        saved_sql = max(saved_sql, counter.count - before)
        assert record_msg.SAVED.format(count=1) in reply, reply
    return statistics.median(asked), statistics.median(saved), asked_sql, saved_sql


def spread(label: str, medians: list[float], statements: int) -> bool:
    """Prints min/median/max of the runs' medians against the goal; True if the median meets it."""
    middle = statistics.median(medians)
    verdict = "ok" if middle <= ENTRIES_GOAL_MS else "OVER"
    print(
        f"  {label:<30} min {min(medians):5.2f}  median {middle:5.2f}  max {max(medians):5.2f} ms"
        f"  {statements:>3} statements  goal ≤ {ENTRIES_GOAL_MS:g} ms  {verdict}"
    )
    return middle <= ENTRIES_GOAL_MS


def bench_history(url: str, entries: int) -> bool:
    """Times a progress question and a 确认 with ``entries`` entries on one indicator."""
    app, core = open_bench_app(url)
    seed_history(app, count=entries)
    counter = StatementCounter(app.engine)
    runs = [question_and_confirm(core, counter) for _ in range(HISTORY_ROUNDS)]
    app.engine.dispose()
    asked_ok = spread(
        f"progress question, {entries} entries", [r[0] for r in runs], max(r[2] for r in runs)
    )
    saved_ok = spread(f"确认, {entries} entries", [r[1] for r in runs], max(r[3] for r in runs))
    return asked_ok and saved_ok


def main() -> int:
    history_ok = True
    for label, new_url in databases():
        print(f"{label}:")
        for entries in HISTORY_SIZES:
            history_ok = bench_history(new_url(), entries) and history_ok
    with tempfile.TemporaryDirectory() as folder:
        app = seeded_app(Path(folder))
        indicators = len(app.catalog.indicators)

        def summary() -> str:
            with Session(app.engine) as session:
                return summary_text(assess(app, session), today=app.today())

        summary()  # Warm the caches a running bot has warmed too.
        ok = report(
            f"summary, {indicators} indicators", timed(summary, SUMMARY_RUNS), SUMMARY_GOAL_MS
        )
        start = time.perf_counter()
        from bot.progress_chart import render_chart

        print(f"import matplotlib + chart module: {(time.perf_counter() - start) * 1000:.0f} ms")
        with Session(app.engine) as session:
            state = max(assess(app, session), key=lambda s: len(s.indicators))
        clock = Clock.at(app.today(), state.project.year)
        render_chart(state, clock=clock)  # First call loads the font.
        chart_ok = report(
            f"chart, {len(state.indicators)} rows",
            timed(lambda: render_chart(state, clock=clock), CHART_RUNS),
            CHART_GOAL_MS,
        )
        app.engine.dispose()
    return 0 if ok and chart_ok and history_ok else 1


if __name__ == "__main__":
    sys.exit(main())
