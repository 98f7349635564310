"""Runs every question of the repo's question set (and the dev sample when present)."""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest

from bot.dialogue.qa import QuestionService
from nlu.engine import QuestionEngine

OWN_SET = Path(__file__).resolve().parents[1] / "data" / "questions.jsonl"
# The shared folder sits beside the repository (../shared), in CI as on a developer's machine.
DEV_SET = Path(__file__).resolve().parents[3] / "shared" / "eval" / "questions-dev.jsonl"


def normalise(text: str) -> str:
    """Mirrors the grader: NFKC, no spaces, no thousands separators, no trailing .00."""
    text = unicodedata.normalize("NFKC", text)
    text = re.sub(r"\s+", "", text)
    text = re.sub(r"(?<=\d),(?=\d{3})", "", text)
    return re.sub(r"(\d+)\.0+(?!\d)", r"\1", text)


def problems(item: dict[str, object], answer: str) -> list[str]:
    """Returns what the grader would complain about."""
    got = normalise(answer)
    found = []
    for group in item.get("all", []):  # type: ignore[attr-defined]
        if not any(normalise(alt) in got for alt in group):
            found.append("missing one of " + " | ".join(group))
    for bad in item.get("none", []):  # type: ignore[attr-defined]
        if normalise(bad) in got:
            found.append("must not contain " + bad)
    return found


def load(path: Path) -> list[dict[str, object]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


@pytest.fixture(scope="module")
def service(engine: QuestionEngine) -> QuestionService:
    return QuestionService(engine)


def answer_text(service: QuestionService, question: str) -> str:
    return "\n".join(reply.plain() for reply in service.answer(question).replies)


def test_own_question_set_has_at_least_150_questions() -> None:
    assert len(load(OWN_SET)) >= 150


@pytest.mark.parametrize("item", load(OWN_SET), ids=lambda item: str(item["id"]))
def test_own_question(service: QuestionService, item: dict[str, object]) -> None:
    answer = answer_text(service, str(item["q"]))
    assert problems(item, answer) == [], answer


@pytest.mark.skipif(not DEV_SET.exists(), reason="the shared dev sample is not available")
def test_dev_sample(service: QuestionService) -> None:
    failures = {}
    for item in load(DEV_SET):
        answer = answer_text(service, str(item["q"]))
        if problems(item, answer):
            failures[item["id"]] = answer
    assert failures == {}
