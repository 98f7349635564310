"""Benchmarks a cold ``goalbot ask``: whole new processes, next to the bare library imports.

Run with ``uv run python benchmarks/bench_startup.py [--runs N]``. Each round times one
``goalbot ask`` on a ready SQLite database (the engine snapshot in the cache folder is
read), one after the snapshot was removed (as after an import: the engine is built, with
the lazily loaded dictionary), and one ``python -c "import jieba, rapidfuzz, sqlmodel"``
right after them, so that all three see the same machine load. Then ``python -X importtime``
runs (best of three per module) show what goalbot imports beyond the bare libraries.

Goal (issue 14): cold ``goalbot ask`` ≤ 0.7 s median.
"""

from __future__ import annotations

import argparse
import collections
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
IMPORT_RUNS = 3
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


def _self_times(command: list[str], env: dict[str, str]) -> dict[str, int]:
    """Returns the self import time (µs) of every module of one run, best of a few runs."""
    best: dict[str, int] = {}
    for _ in range(IMPORT_RUNS):
        result = subprocess.run(
            [command[0], "-X", "importtime", *command[1:]],
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        )
        for line in result.stderr.splitlines():
            if not line.startswith("import time:") or "cumulative" in line:
                continue
            own, _cumulative, name = line.removeprefix("import time:").split("|")
            module = name.strip()
            best[module] = min(best.get(module, int(own)), int(own))
    return best


def extra_imports(ask: list[str], baseline: list[str], env: dict[str, str]) -> None:
    """Prints what ``goalbot ask`` imports beyond the bare libraries, by package and module."""
    bare = _self_times(baseline, env)
    extra = {name: t for name, t in _self_times(ask, env).items() if name not in bare}
    packages: collections.Counter[str] = collections.Counter()
    for name, micros in extra.items():
        packages[name.split(".")[0]] += micros
    print(
        f"imports beyond the bare libraries (self time, best of {IMPORT_RUNS}): "
        f"{sum(extra.values()) / 1000:.0f} ms"
    )
    print("  " + ", ".join(f"{name} {t / 1000:.1f}" for name, t in packages.most_common(8)))
    slowest = sorted(extra.items(), key=lambda item: -item[1])[:TOP_IMPORTS]
    print("  " + ", ".join(f"{name} {t / 1000:.1f}" for name, t in slowest))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as folder:
        cache = Path(folder) / "cache"
        env = {
            **os.environ,
            "GOALBOT_DATABASE_URL": f"sqlite:///{folder}/bench.db",
            "GOALBOT_CACHE_DIR": str(cache),
        }
        ask = [sys.executable, "-m", "bot.cli", "ask", QUESTION]
        baseline = [sys.executable, "-c", BASELINE]
        first = _timed(ask, env)  # creates the database, loads the data, writes the caches
        asks, builds, bases = [], [], []
        for _ in range(runs):
            asks.append(_timed(ask, env))
            for snapshot in cache.glob("*.engine"):
                snapshot.unlink()
            builds.append(_timed(ask, env))
            bases.append(_timed(baseline, env))
        print(f"cold start, {runs} rounds (load average {os.getloadavg()[0]:.1f}):")
        print(f"  first goalbot ask (new database, writes the caches) {first:.2f} s")
        _spread("goalbot ask (ready SQLite database)", asks, GOAL_SECONDS)
        _spread("goalbot ask, engine built (no snapshot)", builds)
        _spread(f'python -c "{BASELINE}"', bases)
        overhead = [a - b for a, b in zip(asks, bases, strict=True)]
        _spread("goalbot ask minus the bare imports", overhead)
        extra_imports(ask, baseline, env)
    return 0


if __name__ == "__main__":
    sys.exit(main())
