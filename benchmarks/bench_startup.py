"""Benchmarks a cold ``goalbot ask``: whole new processes, next to the bare library imports.

Run with ``uv run python benchmarks/bench_startup.py [--runs N]``. Each round times one
``goalbot ask`` on a ready SQLite database and one ``python -c "import jieba, rapidfuzz,
sqlmodel"`` right after it, so that both see the same machine load. Then one
``python -X importtime`` run shows where the import time goes.

Goal (issue 14): cold ``goalbot ask`` ≤ 0.7 s median.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

GOAL_SECONDS = 0.7
QUESTION = "国际交流项目活动参与人数目标是多少"
BASELINE = "import jieba, rapidfuzz, sqlmodel"
TOP_IMPORTS = 12
ROOT = Path(__file__).resolve().parents[1]


def _timed(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, env=env, cwd=ROOT, capture_output=True, check=True)
    return time.perf_counter() - started


def _spread(label: str, samples: list[float], goal: float | None = None) -> None:
    median = statistics.median(samples)
    verdict = "" if goal is None else f"  goal ≤ {goal:g} s  {'ok' if median <= goal else 'OVER'}"
    print(
        f"  {label:<44} min {min(samples):.2f} s  median {median:.2f} s  "
        f"max {max(samples):.2f} s{verdict}"
    )


def import_times(command: list[str], env: dict[str, str]) -> list[tuple[int, str]]:
    """Returns (cumulative µs, module) of the top-level imports of one run, largest first."""
    result = subprocess.run(
        [command[0], "-X", "importtime", *command[1:]],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    rows = []
    for line in result.stderr.splitlines():
        if not line.startswith("import time:") or "cumulative" in line:
            continue
        _self, cumulative, name = line.removeprefix("import time:").split("|")
        depth = len(name) - len(name.lstrip(" "))
        if depth <= 3:  # the modules imported by goalbot's own code, and those
            rows.append((int(cumulative), name.strip()))
    return sorted(rows, reverse=True)[:TOP_IMPORTS]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as folder:
        env = {
            **os.environ,
            "GOALBOT_DATABASE_URL": f"sqlite:///{folder}/bench.db",
            "GOALBOT_CACHE_DIR": f"{folder}/cache",
        }
        ask = [sys.executable, "-m", "bot.cli", "ask", QUESTION]
        baseline = [sys.executable, "-c", BASELINE]
        _timed(ask, env)  # creates the database, loads the data, writes the caches
        asks, bases = [], []
        for _ in range(runs):
            asks.append(_timed(ask, env))
            bases.append(_timed(baseline, env))
        print(f"cold start, {runs} rounds (load average {os.getloadavg()[0]:.1f}):")
        _spread("goalbot ask (ready SQLite database)", asks, GOAL_SECONDS)
        _spread(f'python -c "{BASELINE}"', bases)
        overhead = [a - b for a, b in zip(asks, bases, strict=True)]
        _spread("goalbot ask minus the bare imports", overhead)
        print("import time of one goalbot ask (cumulative, ms):")
        for micros, name in import_times(ask, env):
            print(f"  {micros / 1000:7.1f}  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
