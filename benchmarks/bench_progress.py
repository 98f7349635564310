"""Benchmarks progress: the summary for the 40 built-in indicators and one chart.

Run with ``uv run python benchmarks/bench_progress.py``. Goals: summary ≤ 50 ms without the
chart (from the database, each indicator's total through the public lookup), chart ≤ 1 s.
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
from bot.dialogue.progress import assess
from bot.dialogue.progress_view import summary_text
from bot.settings import Settings
from knowledge.monitoring import Clock
from storage.actuals import ActualCreate, Author, save_entries

NOW = dt.datetime(2026, 11, 26, 2, 0, tzinfo=dt.UTC)
SUMMARY_GOAL_MS = 50.0
CHART_GOAL_MS = 1000.0
SUMMARY_RUNS = 50
CHART_RUNS = 5


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


def main() -> int:
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
    return 0 if ok and chart_ok else 1


if __name__ == "__main__":
    sys.exit(main())
