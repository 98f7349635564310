from __future__ import annotations

import dataclasses

import pytest

from bot.dictionary import trimmed_dictionary
from knowledge.builtin import builtin_document_text
from knowledge.catalog import Catalog, catalog_from_forms
from knowledge.declaration import parse_declaration_text
from nlu.answers import Clarification, IndicatorAnswer
from nlu.engine import QuestionEngine
from nlu.matcher import IndicatorMatcher
from nlu.resolution import resolve_indicator


@pytest.mark.parametrize(
    ("question", "indicator"),
    [
        (
            "港澳太大学生暑期实习征集实习岗位数量",
            "2026 年港澳台大学生暑期实习（上海）活动征集实习岗位数量",
        ),
        ("征集论文数量", "第 34 届海峡两岸都市交通学术研讨会上海征集论文数量"),
        ("企业科协建设指引要编印几套", "编印《企业科协建设指引(2026)》数量"),
        ("请问一下合作单位数量目标是多少呀", "合作单位数量"),
        ("院士专家引进多少名", "为企业新增引入合作的院士专家数量"),
        ("辩论队要几个人", "参加第 25 届海峡两岸大学生辩论赛上海高校辩论队人数"),
    ],
    ids=[
        "typo",
        "partial-name",
        "word-order",
        "extra-words",
        "synonym-and-unit",
        "unit-breaks-tie",
    ],
)
def test_match_indicator_returns_closest(
    engine: QuestionEngine, question: str, indicator: str
) -> None:
    answer = engine.interpret(question).answer
    assert isinstance(answer, IndicatorAnswer)
    assert [found.name for found in answer.indicators] == [indicator]


def test_match_within_named_project_only(engine: QuestionEngine) -> None:
    answer = engine.interpret("企业项目的满意度目标").answer
    assert isinstance(answer, IndicatorAnswer)
    assert [found.project_id for found in answer.indicators] == [1]


@pytest.mark.parametrize(
    "question",
    ["满意度指标是多少", "成本控制数", "活动完成及时性的要求", "长效管理机制健全性"],
    ids=["satisfaction", "cost", "timeliness", "mechanism"],
)
def test_indicator_in_several_projects_answers_each(engine: QuestionEngine, question: str) -> None:
    answer = engine.interpret(question).answer
    assert isinstance(answer, IndicatorAnswer)
    assert sorted(found.project_id for found in answer.indicators) == [1, 2]


def test_close_candidates_in_one_project_ask_back(engine: QuestionEngine) -> None:
    answer = engine.interpret("港澳台实习活动数量").answer
    assert isinstance(answer, Clarification)
    assert 1 < len(answer.candidates) <= 3


def test_resolve_without_candidates_returns_none() -> None:
    assert resolve_indicator([], progress=False) is None


def test_unit_fit_accepts_compatible_units(engine: QuestionEngine) -> None:
    matcher: IndicatorMatcher = engine._matcher
    assert matcher.unit_fits("人", "名")
    assert matcher.unit_fits(None, "篇")
    assert not matcher.unit_fits("家", "篇")


def _many_projects(count: int) -> Catalog:
    """Returns ``count`` copies of the built-in projects, each under its own name."""
    real = parse_declaration_text(builtin_document_text(), source="builtin")
    forms = [
        dataclasses.replace(real[n % len(real)], name=f"{real[n % len(real)].name}{n}")
        for n in range(count)
    ]
    return catalog_from_forms(forms)


@pytest.mark.parametrize(
    "question", ["活动参与人数目标", "满意度多少", "调查站点工作会和培训开几场", "成本控制数"]
)
def test_projects_asked_match_only_their_rows_ranked_alike(question: str) -> None:
    catalog = _many_projects(24)
    engine = QuestionEngine(catalog, dictionary=trimmed_dictionary())
    query = engine.read(question)
    ids = [project.id for project in catalog.projects]

    def ranked(scope: list[int]) -> list[tuple[str, float]]:
        found = engine.matcher.match(query, project_ids=scope)
        return [(match.indicator.name, match.score) for match in found]

    # Copies of one project rank their rows the same, whatever else the catalog holds.
    assert ranked(ids[2:3]) or ranked(ids[3:4])
    assert ranked(ids[2:3]) == ranked(ids[4:5]) == ranked(ids[22:23])
    assert ranked(ids[3:4]) == ranked(ids[5:6]) == ranked(ids[21:22])
    for scope in (ids[5:12], ids[::2][:16]):
        found = engine.matcher.match(query, project_ids=scope)
        assert found and all(m.indicator.project_id in scope for m in found)


def test_a_kept_match_is_a_copy_the_caller_may_change(engine: QuestionEngine) -> None:
    query = engine.read("活动参与人数目标")
    first = engine.matcher.match(query)
    first.clear()
    again = engine.matcher.match(query)
    assert again and again[0].indicator.name == "活动参与人数"
