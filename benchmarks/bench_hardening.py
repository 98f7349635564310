"""Benchmarks the hardened edges: long questions (time per character) and hostile workbooks.

Run with ``uv run python benchmarks/bench_hardening.py``. Prints, for questions of
growing length, the time the engine takes (the cap bypassed, to show the growth is
linear) and the time the service takes (the cap applied); then, for each hostile
workbook of the tests, the time to refusal and the peak memory of a fresh process.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bot.dialogue.qa import QuestionService
from bot.dictionary import trimmed_dictionary
from knowledge.builtin import builtin_document_text
from knowledge.catalog import catalog_from_forms
from knowledge.declaration import parse_declaration_text
from nlu.engine import QuestionEngine

ROOT = Path(__file__).resolve().parents[1]
LENGTHS = (512, 1024, 2048, 4096, 8192, 20_000)
SEED = 20261126


def _compositions(engine: QuestionEngine) -> dict[str, Callable[[int], str]]:
    rng = random.Random(SEED)
    questions = [
        json.loads(line)["q"]
        for line in (ROOT / "tests" / "data" / "questions.jsonl").read_text("utf-8").splitlines()
    ]
    names = "".join(project.name for project in engine.catalog.projects)

    def repeat(text: str, length: int) -> str:
        return (text * (length // len(text) + 1))[:length]

    return {
        "questions": lambda n: repeat("，".join(rng.sample(questions, 50)), n),
        "project names": lambda n: repeat(names + "的活动参与人数，", n),
        "digits": lambda n: repeat("12345，", n),
        "项目 repeated": lambda n: repeat("项目", n),
        "random hanzi": lambda n: "".join(chr(rng.randint(0x4E00, 0x9FA5)) for _ in range(n)),
    }


def bench_questions() -> None:
    forms = parse_declaration_text(builtin_document_text(), source="builtin")
    engine = QuestionEngine(catalog_from_forms(forms), dictionary=trimmed_dictionary())
    service = QuestionService(engine)
    print("question length → engine ms (µs per character) | service ms")
    for name, make in _compositions(engine).items():
        for length in LENGTHS:
            text = make(length)
            start = time.perf_counter()
            engine.interpret(text, context=None)
            engine_ms = (time.perf_counter() - start) * 1000
            start = time.perf_counter()
            service.answer(text)
            service_ms = (time.perf_counter() - start) * 1000
            print(
                f"  {name:14} {length:6}: {engine_ms:8.1f} ms "
                f"({engine_ms * 1000 / length:5.1f} µs/char) | {service_ms:8.1f} ms"
            )


LONG_MESSAGES = {
    "record, many values": "记录 " + "活动参与人数 300人 " * 400,
    "record, one value": "记录 活动参与人数 " + "科普" * 2000 + " 300人",
    "question": "项目" * 2048,
}


def bench_chat_turns() -> None:
    from bot.app import build_core, open_app
    from bot.dialogue.replies import MAX_TEXT_CHARS, Turn
    from bot.settings import Settings

    print(f"chat turn of {MAX_TEXT_CHARS} characters through the dialogue core → ms")
    with tempfile.TemporaryDirectory() as folder:
        settings = Settings(
            _env_file=None,  # type: ignore[call-arg]
            database_url=f"sqlite:///{Path(folder) / 'bench.db'}",
            admins=frozenset({1}),
            telegram_bot_token=None,
        )
        core = build_core(open_app(settings, with_questions=True))
        for name, text in LONG_MESSAGES.items():
            start = time.perf_counter()
            core.handle(Turn(user_id=1, chat_id=1, text=text[:MAX_TEXT_CHARS]))
            print(f"  {name:22}: {(time.perf_counter() - start) * 1000:8.1f} ms")
            core.handle(Turn(user_id=1, chat_id=1, text="/cancel"))


def bench_workbooks() -> None:
    sys.path.insert(0, str(ROOT))
    from tests.knowledge import test_hostile_workbooks as hostile

    print("hostile workbook → problem, seconds to refusal, peak MB of the process")
    with tempfile.TemporaryDirectory() as folder:
        for name, (build, _problem) in hostile.HOSTILE.items():
            path = Path(folder) / hostile.file_name(name)
            path.write_bytes(build())
            done = subprocess.run(
                [sys.executable, "-c", hostile.MEASURE, str(path)],
                capture_output=True,
                text=True,
                cwd=ROOT,
                check=True,
            )
            result = json.loads(done.stdout)
            print(
                f"  {name:15} {path.stat().st_size:8} B: {result['problem']:26} "
                f"{result['seconds']:6.2f} s {result['peak_mb']:6.1f} MB"
            )


if __name__ == "__main__":
    bench_questions()
    bench_chat_turns()
    bench_workbooks()
