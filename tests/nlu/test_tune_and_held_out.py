"""The tuning set (all must pass, no wrong figures) and every other question set, each held
at its measured score (``tests/data/measured.tsv``; each set's history in README-blind.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from nlu.answers import Clarification
from tests.nlu.question_sets import answer_of, engine_for, service_for, wrong_figure
from tests.nlu.test_question_set import load, problems

DATA = Path(__file__).resolve().parents[1] / "data"
TUNE_SET = DATA / "questions-tune.jsonl"
HELD_OUT_SET = DATA / "questions-heldout.jsonl"
MEASURED = DATA / "measured.tsv"


def _measured() -> list[tuple[str, int, int, int]]:
    """Returns each set's file name, passed count, size and most wrong figures allowed."""
    rows = []
    for line in MEASURED.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, passed, total, max_wrong, _note = line.split("\t")
            rows.append((name, int(passed), int(total), int(max_wrong)))
    return rows


@pytest.mark.parametrize("item", load(TUNE_SET), ids=lambda item: str(item["id"]))
def test_tune_question(item: dict[str, object]) -> None:
    answer = answer_of(item, service_for)
    assert problems(item, answer) == [], answer
    assert not wrong_figure(item, answer)


@pytest.mark.parametrize(("name", "passed", "total", "max_wrong"), _measured(), ids=str)
def test_set_keeps_its_measured_score(name: str, passed: int, total: int, max_wrong: int) -> None:
    items = load(DATA / name)
    assert len(items) == total
    answers = [(item, answer_of(item, service_for)) for item in items]
    assert sum(not problems(item, answer) for item, answer in answers) >= passed
    assert sum(wrong_figure(item, answer) for item, answer in answers) <= max_wrong


def test_wrong_figure_counts_a_forbidden_number() -> None:
    item: dict[str, object] = {"q": "2027年的预算", "all": [["2027"]], "none": ["130万"]}
    assert wrong_figure(item, "【企业】年度预算：130万元")
    assert not wrong_figure(item, "目前没有 2027 年度的申报表")


def test_no_ask_back_offers_a_single_option() -> None:
    sets = [
        TUNE_SET,
        HELD_OUT_SET,
        DATA / "questions-blind-1.jsonl",
        DATA / "questions-blind-2.jsonl",
        DATA / "questions-blind-3.jsonl",
        DATA / "questions.jsonl",
        DATA / "questions-other-forms.jsonl",
    ]
    for path in sets:
        for item in load(path):
            form = "other" if path.name == "questions-other-forms.jsonl" else None
            engine = engine_for(form or str(item.get("form") or item.get("forms") or "builtin"))
            answer = engine.interpret(str(item["q"])).answer
            if isinstance(answer, Clarification):
                assert len(answer.candidates) > 1, item["q"]
