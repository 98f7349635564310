"""Benchmarks how long a question waits while another user's large import is handled.

Run with ``uv run python benchmarks/bench_import_concurrency.py``. Two threads drive the
dialogue core the way the Telegram adapter does (``asyncio.to_thread``): an admin sends
a 10,000-indicator form, and while it is being imported a staff member asks questions.
Prints the import time and the latency of each question asked during it.
"""

from __future__ import annotations

import statistics
import tempfile
import threading
import time
from pathlib import Path

from bot.app import build_core, open_app
from bot.dialogue.replies import Attachment, Turn
from bot.settings import Settings

ADMIN = 1001
ASKER = 1002  # also an admin, so that no role set-up is needed
INDICATORS = 10_000
QUESTION = "国际交流项目活动参与人数目标是多少"


def large_form() -> bytes:
    lines = [
        "财政项目支出绩效目标申报表",
        "(2026年度)",
        "项目名称\t大型测试项目",
        "\t一级指标\t二级指标\t三级指标\t指标值",
        "\t产出指标\t数量指标\t活动场次 0\t≥1(场)",
    ]
    lines += [f"\t\t\t活动场次 {number}\t≥{number}(场)" for number in range(1, INDICATORS)]
    return "\n".join(lines).encode()


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        settings = Settings(
            _env_file=None,  # type: ignore[call-arg]
            database_url=f"sqlite:///{Path(folder) / 'bench.db'}",
            admins=frozenset({ADMIN, ASKER}),
            telegram_bot_token=None,
        )
        core = build_core(open_app(settings, with_questions=True))
        core.handle(Turn(user_id=ASKER, chat_id=ASKER, text=QUESTION))  # warm up
        document = Attachment(file_name="large.txt", content=large_form())
        done = threading.Event()
        import_seconds: list[float] = []

        def run_import() -> None:
            start = time.perf_counter()
            core.handle(Turn(user_id=ADMIN, chat_id=ADMIN, document=document))
            import_seconds.append(time.perf_counter() - start)
            done.set()

        worker = threading.Thread(target=run_import)
        worker.start()
        latencies = []
        while not done.is_set():
            start = time.perf_counter()
            core.handle(Turn(user_id=ASKER, chat_id=ASKER, text=QUESTION))
            latencies.append(time.perf_counter() - start)
            time.sleep(0.05)
        worker.join()
    print(f"import of {INDICATORS} indicators: {import_seconds[0]:.2f} s")
    print(
        f"questions during it: {len(latencies)}, median {statistics.median(latencies):.3f} s,"
        f" max {max(latencies):.3f} s"
    )


if __name__ == "__main__":
    main()
