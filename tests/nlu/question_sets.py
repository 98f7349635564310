"""Running a question set over the form each question names, and counting wrong figures."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from pathlib import Path

from bot.dialogue.qa import QuestionService
from bot.dictionary import trimmed_dictionary
from knowledge.builtin import builtin_document_text
from knowledge.catalog import catalog_from_forms
from knowledge.declaration import parse_declaration_text
from knowledge.documents import read_declaration
from knowledge.model import ProjectForm
from nlu.answers import IndicatorList
from nlu.engine import QuestionEngine
from tests.nlu.test_question_set import normalise, problems

FORMS = Path(__file__).resolve().parents[1] / "knowledge" / "forms"
OTHER_FORMS = ("variations", "multi_year", "old_template")
_FIGURE = re.compile(r"\d+(?:\.\d+)?")
_OPTION_NUMBER = re.compile(r"^\d+\.\s", re.MULTILINE)  # 1. 2. before the buttons


def forms_of(name: str) -> list[ProjectForm]:
    """Returns the forms a question set names: builtin, one test form, or "other" (all three)."""
    if name == "builtin":
        return parse_declaration_text(builtin_document_text(), source="builtin")
    names = OTHER_FORMS if name == "other" else (name,)
    return [
        form
        for file in names
        for form in read_declaration((FORMS / f"{file}.txt").read_bytes(), file_name=file)
    ]


@cache
def engine_for(name: str) -> QuestionEngine:
    """Returns one question engine per form name."""
    return QuestionEngine(catalog_from_forms(forms_of(name)), dictionary=trimmed_dictionary())


@cache
def service_for(name: str) -> QuestionService:
    """Returns one question service per form name."""
    return QuestionService(engine_for(name))


def form_of(item: dict[str, object]) -> str:
    return str(item.get("form") or item.get("forms") or "builtin")


def answer_of(item: dict[str, object], service: Callable[[str], QuestionService]) -> str:
    replies = service(form_of(item)).answer(str(item["q"])).replies
    return "\n".join(reply.plain() for reply in replies)


def wrong_figure(item: dict[str, object], answer: str) -> bool:
    """Tells whether a failed answer states a number that is not the one asked for.

    A figure the question forbids, or figures where an asked figure is missing.
    """
    if not problems(item, answer):
        return False
    asked = set(_FIGURE.findall(normalise(str(item["q"]))))
    stated = set(_FIGURE.findall(normalise(_OPTION_NUMBER.sub("", answer)))) - asked
    forbidden = [bad for bad in item.get("none", []) if _FIGURE.search(bad)]  # type: ignore[attr-defined]
    if any(normalise(bad) in normalise(answer) for bad in forbidden):
        return True
    groups: list[list[str]] = item.get("all", [])  # type: ignore[assignment]
    missing_figure = any(
        not any(normalise(alt) in normalise(answer) for alt in group)
        and any(_FIGURE.search(alt) for alt in group)
        for group in groups
    )
    return bool(stated) and missing_figure


def listing_of(form: str, question: str) -> IndicatorList:
    """Returns the listing the engine answers ``question`` with on ``form`` (asserted)."""
    answer = engine_for(form).interpret(question).answer
    assert isinstance(answer, IndicatorList), answer
    return answer


def rows_listed(form: str, question: str) -> set[str]:
    """Returns the names of the rows a listing question lists."""
    return {ind.name for group in listing_of(form, question).groups for ind in group.indicators}


def ask(question: str, form: str = "builtin") -> str:
    """Returns the service's answer to one question asked on a form, as the user reads it."""
    return answer_of({"q": question, "form": form}, service_for)
