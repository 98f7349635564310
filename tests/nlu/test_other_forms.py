"""Questions about three other real forms: a multi-year project, an older template, variations."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from pathlib import Path

import pytest

from bot.dialogue.callbacks import decode
from bot.dialogue.qa import QuestionService
from bot.dialogue.replies import Reply
from bot.dictionary import trimmed_dictionary
from knowledge.builtin import builtin_document_text
from knowledge.catalog import catalog_from_forms
from knowledge.declaration import parse_declaration_text
from knowledge.documents import read_declaration
from nlu.engine import (
    FactAnswer,
    IndicatorAnswer,
    IndicatorList,
    MoneyAnswer,
    PassageAnswer,
    ProjectChoice,
    QuestionEngine,
)
from nlu.intents import MoneyField, ProjectField
from tests.nlu.test_question_set import answer_text, load, problems

FORMS = Path(__file__).resolve().parents[1] / "knowledge" / "forms"
FORM_FILES = ("variations.txt", "multi_year.txt", "old_template.txt")
QUESTIONS = Path(__file__).resolve().parents[1] / "data" / "questions-other-forms.jsonl"


@pytest.fixture(scope="module")
def other_engine() -> QuestionEngine:
    forms = [
        form
        for name in FORM_FILES
        for form in read_declaration((FORMS / name).read_bytes(), file_name=name)
    ]
    return QuestionEngine(catalog_from_forms(forms), dictionary=trimmed_dictionary())


@pytest.fixture(scope="module")
def other_service(other_engine: QuestionEngine) -> QuestionService:
    return QuestionService(other_engine)


def test_other_forms_question_set_has_at_least_80_questions() -> None:
    assert len(load(QUESTIONS)) >= 80


@pytest.mark.parametrize("item", load(QUESTIONS), ids=lambda item: str(item["id"]))
def test_other_forms_question(other_service: QuestionService, item: dict[str, object]) -> None:
    answer = answer_text(other_service, str(item["q"]))
    assert problems(item, answer) == [], answer


@pytest.mark.parametrize(
    ("question", "field"),
    [
        ("数字化改造项目的项目资金总额", MoneyField.PROJECT_TOTAL),
        ("科普场馆数字化改造的年度资金申请总额", MoneyField.ANNUAL_TOTAL),
        ("数字化改造项目预算多少", MoneyField.BUDGET),
        ("数字化改造项目的财政资金", MoneyField.FISCAL),
        ("数字化改造项目当年财政拨款多少", MoneyField.APPROPRIATION),
        ("数字化改造上年结转资金", MoneyField.CARRY_OVER),
        ("数字化改造项目其他资金是多少", MoneyField.OTHER),
    ],
    ids=["project-total", "annual-total", "budget", "fiscal", "appropriation", "carry", "other"],
)
def test_money_questions_tell_the_amounts_apart(
    other_engine: QuestionEngine, question: str, field: MoneyField
) -> None:
    answer = other_engine.interpret(question).answer
    assert isinstance(answer, MoneyAnswer)
    assert answer.field is field
    assert [project.name for project in answer.projects] == ["科普场馆数字化改造"]


def test_budget_department_is_the_department_not_money(other_engine: QuestionEngine) -> None:
    answer = other_engine.interpret("道路桥梁养护的预算部门").answer
    assert isinstance(answer, FactAnswer)
    assert answer.field is ProjectField.DEPARTMENT


def test_name_without_project_suffix_names_the_project(other_engine: QuestionEngine) -> None:
    answer = other_engine.interpret("科普设施运维的实施单位").answer
    assert isinstance(answer, FactAnswer)
    assert [project.name for project in answer.projects] == ["城市科普设施运维"]


def test_name_words_written_in_an_indicator_name_are_no_alias(
    other_engine: QuestionEngine,
) -> None:
    aliases = other_engine.lexicon.aliases
    assert aliases["科普设施运维"] == aliases["数字化改造"] - 1 == 1
    # 科普设施开放日活动场次 and 设施运维成本控制数 are indicators, not the project.
    assert "科普设施" not in aliases and "设施运维" not in aliases


def test_indicator_with_the_asked_unit_beats_a_goal_sentence(
    other_engine: QuestionEngine,
) -> None:
    answer = other_engine.interpret("开放日活动办几场").answer
    assert isinstance(answer, IndicatorAnswer)
    assert answer.indicators[0].name == "第 8 届科普设施开放日活动场次"


def test_goal_sentence_with_the_asked_unit_beats_a_qualitative_indicator(
    other_engine: QuestionEngine,
) -> None:
    answer = other_engine.interpret("科普设施运维有几处设施").answer
    assert isinstance(answer, PassageAnswer)
    assert "12 处" in answer.matches[0].passage.text


def test_date_question_about_an_indicator_answers_its_deadline(
    other_engine: QuestionEngine,
) -> None:
    answer = other_engine.interpret("二期改造什么时候完成").answer
    assert isinstance(answer, IndicatorAnswer)
    assert answer.indicators[0].name == "二期改造完成时间"


def test_level_named_alone_lists_its_indicators(other_engine: QuestionEngine) -> None:
    answer = other_engine.interpret("城市科普设施运维的生态效益指标").answer
    assert isinstance(answer, IndicatorList)
    assert len(answer.groups[0].indicators) == 5


def test_word_jieba_cuts_apart_still_matches(other_engine: QuestionEngine) -> None:
    answer = other_engine.interpret("步道维护多少米").answer
    assert isinstance(answer, IndicatorAnswer)
    assert answer.indicators[0].name == "维护步道长度"


def test_goal_question_shows_project_and_annual_goal(other_service: QuestionService) -> None:
    text = answer_text(other_service, "场馆改造项目的总体目标是什么")
    lines = text.splitlines()
    assert lines[0].startswith("【科普场馆数字化改造】项目总体目标(2024 年-2026 年)：三年内")
    assert lines[1].startswith("【科普场馆数字化改造】年度总体目标：2025 年")


def test_goal_sentence_quote_names_the_goal_it_comes_from(
    other_service: QuestionService,
) -> None:
    text = answer_text(other_service, "线上展馆什么时候建成")
    assert text.startswith("据【科普场馆数字化改造】项目总体目标(2024 年-2026 年)：")


def test_plain_budget_of_multi_year_project_mentions_project_total(
    other_service: QuestionService,
) -> None:
    text = answer_text(other_service, "数字化改造项目预算多少")
    assert text == (
        "【科普场馆数字化改造】年度预算（年度资金申请总额）：120万元（1,200,000.00元）；"
        "项目资金总额：360万元（3,600,000.00元）"
    )


def test_missing_project_total_says_so_and_gives_the_annual_total(
    other_service: QuestionService,
) -> None:
    text = answer_text(other_service, "城市科普设施运维的项目资金总额")
    assert "年度资金申请总额：250万元" in text


@pytest.fixture(scope="module")
def many_projects() -> QuestionService:
    """Returns a service over twelve projects: six districts of the two built-in ones."""
    real = parse_declaration_text(builtin_document_text(), source="builtin")
    forms = [
        dataclasses.replace(form, name=district + form.name)
        for district in ("黄浦", "徐汇", "长宁", "静安", "普陀", "虹口")
        for form in real
    ]
    engine = QuestionEngine(catalog_from_forms(forms), dictionary=trimmed_dictionary())
    return QuestionService(engine)


def test_short_name_of_many_projects_asks_which_project(many_projects: QuestionService) -> None:
    result = many_projects.answer("企业项目的预算")
    reply = result.replies[0]
    assert reply.text.startswith("有 6 个项目符合这个名称")
    assert len(reply.options) == 5
    assert all(option.data.startswith("qa::prj:") for option in reply.options)
    pressed = decode(reply.options[1].data)
    assert pressed is not None
    chosen = many_projects.answer_option(pressed, context=result.context)
    assert answer_text_of(chosen.replies) == (
        "【徐汇企业科技创新服务】年度预算（年度资金申请总额）：130万元（1,300,000.00元）"
    )


def test_project_named_after_the_choice_answers_the_question(
    many_projects: QuestionService,
) -> None:
    first = many_projects.answer("企业项目的主管部门")
    second = many_projects.answer("静安企业科技创新服务", context=first.context)
    assert answer_text_of(second.replies).startswith("【静安企业科技创新服务】主管部门：")


def test_total_over_a_shared_short_name_adds_its_projects(many_projects: QuestionService) -> None:
    text = answer_text_of(many_projects.answer("企业项目预算合计").replies)
    assert text.startswith("6 个项目的")
    assert "780万元" in text


def test_indicator_of_many_projects_asks_which_project(many_projects: QuestionService) -> None:
    engine = many_projects._engine
    answer = engine.interpret("长效管理机制健全性是什么要求").answer
    assert isinstance(answer, ProjectChoice)
    assert 1 < len(answer.projects) <= 5


def answer_text_of(replies: Sequence[Reply]) -> str:
    return "\n".join(reply.plain() for reply in replies)
