"""Benchmarks question answering: latency, build time, memory and accuracy against a baseline.

Run with ``uv run python benchmarks/bench_questions.py``.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path

from rapidfuzz import fuzz, process

from bot.app import hold_for_serving
from bot.dialogue.qa import QuestionService
from bot.dictionary import trimmed_dictionary
from knowledge.builtin import builtin_document_text
from knowledge.catalog import catalog_from_forms
from knowledge.declaration import parse_declaration_text
from knowledge.model import ProjectForm
from nlu.engine import QuestionEngine

QUESTIONS = Path(__file__).resolve().parents[1] / "tests" / "data" / "questions.jsonl"
DISTRICTS = (
    "黄浦", "徐汇", "长宁", "静安", "普陀", "虹口", "杨浦", "闵行",
    "宝山", "嘉定", "浦东", "金山", "松江", "青浦", "奉贤", "崇明",
)  # fmt: skip
THEMES = (
    "青少年", "社区", "高校", "乡村", "海外", "数字", "绿色", "医疗",
    "文化", "体育", "农业", "工业", "金融", "航运", "教育", "养老",
)  # fmt: skip
GENERATED_PROJECTS = 500  # 22 + 18 indicators a pair: 10,000 indicators


def load_questions() -> list[dict[str, object]]:
    with QUESTIONS.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = re.sub(r"\s+", "", text)
    text = re.sub(r"(?<=\d),(?=\d{3})", "", text)
    return re.sub(r"(\d+)\.0+(?!\d)", r"\1", text)


def passes(item: dict[str, object], answer: str) -> bool:
    got = normalise(answer)
    groups: list[list[str]] = item.get("all", [])  # type: ignore[assignment]
    bad: list[str] = item.get("none", [])  # type: ignore[assignment]
    return all(any(normalise(alt) in got for alt in group) for group in groups) and not any(
        normalise(word) in got for word in bad
    )


def builtin_forms() -> list[ProjectForm]:
    return parse_declaration_text(builtin_document_text(), source="builtin")


def generated_forms(count: int = GENERATED_PROJECTS) -> list[ProjectForm]:
    """Returns ``count`` projects varied from the real ones (district + theme + name)."""
    real = builtin_forms()
    forms = []
    for number in range(count):
        base = real[number % len(real)]
        district = DISTRICTS[number // len(real) % len(DISTRICTS)]
        theme = THEMES[number // (len(real) * len(DISTRICTS)) % len(THEMES)]
        forms.append(dataclasses.replace(base, name=f"{district}{theme}{base.name}"))
    return forms


def percentile(samples: list[float], share: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def measure(answer: Callable[[str], str], questions: list[dict[str, object]]) -> dict[str, float]:
    """Times every question and counts the answers the grader would accept."""
    latencies, correct = [], 0
    for item in questions:
        started = time.perf_counter()
        text = answer(str(item["q"]))
        latencies.append((time.perf_counter() - started) * 1000)
        correct += passes(item, text)
    return {
        "p50": statistics.median(latencies),
        "p99": percentile(latencies, 0.99),
        "accuracy": correct / len(questions),
    }


def engine_answerer(
    forms: list[ProjectForm], *, dictionary: str | None = None
) -> tuple[Callable[[str], str], float, int]:
    started = time.perf_counter()
    catalog = catalog_from_forms(forms)
    engine = QuestionEngine(catalog, dictionary=dictionary)
    service = QuestionService(engine)
    hold_for_serving(service)  # as ``goalbot run`` holds it; a one-shot ``goalbot ask`` does not
    build = time.perf_counter() - started

    def answer(question: str) -> str:
        return "\n".join(reply.plain() for reply in service.answer(question).replies)

    return answer, build, len(catalog.indicators)


def baseline_answerer(forms: list[ProjectForm]) -> tuple[Callable[[str], str], float, int]:
    """Naive baseline: extractOne of the whole question against "project indicator" strings."""
    started = time.perf_counter()
    catalog = catalog_from_forms(forms)
    names = {p.id: p.name for p in catalog.projects}
    choices = {ind.id: f"{names[ind.project_id]} {ind.name}" for ind in catalog.indicators}
    targets = {ind.id: ind.target.display() for ind in catalog.indicators}
    build = time.perf_counter() - started

    def answer(question: str) -> str:
        found = process.extractOne(question, choices, scorer=fuzz.WRatio)
        return f"{found[0]}：{targets[found[2]]}" if found else ""

    return answer, build, len(catalog.indicators)


def report(
    label: str,
    factory: Callable[..., tuple[Callable[[str], str], float, int]],
    forms: list[ProjectForm],
    questions: list[dict[str, object]],
) -> None:
    answer, build, indicators = factory(forms)
    answer(str(questions[0]["q"]))  # warm caches outside the measurement
    result = measure(answer, questions)
    # The first pass pays what a process does once (the dictionary's tags indexed, long texts
    # stripped); a running bot answers like the second.
    again = measure(answer, questions)
    accuracy = f"{result['accuracy']:.1%}" if len(forms) <= 2 else "n/a"
    print(
        f"{label:<30} indicators={indicators:>6}  build={build:6.2f} s  "
        f"p50={result['p50']:6.2f} ms  p99={result['p99']:6.2f} ms  "
        f"(second pass p50={again['p50']:6.2f} p99={again['p99']:6.2f})  accuracy={accuracy}"
    )


COLD_QUESTION = "国际交流项目活动参与人数目标是多少"


def cold_ask(*, runs: int = 3) -> None:
    """Times whole ``goalbot ask`` processes on a prepared database (median of ``runs``)."""
    with tempfile.TemporaryDirectory() as folder:
        env = {**os.environ, "GOALBOT_DATABASE_URL": f"sqlite:///{folder}/bench.db"}
        command = [sys.executable, "-m", "bot.cli", "ask", COLD_QUESTION]
        subprocess.run(command, env=env, capture_output=True, check=True)  # loads the data
        times = []
        for _ in range(runs):
            started = time.perf_counter()
            subprocess.run(command, env=env, capture_output=True, check=True)
            times.append(time.perf_counter() - started)
    print(f"cold `goalbot ask` (new process, median of {runs}): {statistics.median(times):.2f} s")


def per_kind(path: Path) -> None:
    """Prints, per kind of question, the engine's and the naive baseline's accuracy."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from tests.nlu.question_sets import answer_of, forms_of, service_for, wrong_figure

    items = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    baselines: dict[str, Callable[[str], str]] = {}
    scores: dict[str, list[int]] = {}
    wrong = 0
    for item in items:
        form = str(item.get("form") or item.get("forms") or "builtin")
        if form not in baselines:
            baselines[form] = baseline_answerer(forms_of(form))[0]
        answer = answer_of(item, service_for)
        wrong += wrong_figure(item, answer)
        row = scores.setdefault(str(item.get("kind", "?")), [0, 0, 0])
        row[0] += passes(item, answer)
        row[1] += passes(item, baselines[form](str(item["q"])))
        row[2] += 1
    print(f"{path.name}: per kind, engine vs naive baseline (whole-question fuzzy match)")
    for kind, (engine, baseline, total) in sorted(scores.items()):
        print(f"  {kind:<18} engine {engine:>3}/{total:<3}  baseline {baseline:>3}/{total}")
    print(f"  wrong figures (engine): {wrong}")


def main() -> int:
    questions = load_questions()
    print(f"{len(questions)} questions from {QUESTIONS.name}")
    builtin, generated = builtin_forms(), generated_forms()
    trimmed = functools.partial(engine_answerer, dictionary=trimmed_dictionary())
    report("engine, built-in data", trimmed, builtin, questions)
    report("engine, full jieba dictionary", engine_answerer, builtin, questions)
    report("baseline, built-in data", baseline_answerer, builtin, questions)
    report("engine, generated 500 projects", trimmed, generated, questions)
    report("baseline, generated 500 projects", baseline_answerer, generated, questions)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS of this run: {peak:.0f} MB")
    cold_ask()
    data = QUESTIONS.parent
    # The blind sets are tuning sets since their final measurements (README-blind.md).
    blind = tuple(f"questions-blind-{n}.jsonl" for n in range(1, 10))
    tuned = tuple(f"questions-tune-{n}.jsonl" for n in range(5, 15))
    for name in ("questions-tune.jsonl", "questions-heldout.jsonl", *blind, *tuned):
        if (data / name).exists():
            per_kind(data / name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
