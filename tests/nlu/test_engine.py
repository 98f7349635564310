from __future__ import annotations

import pytest

from nlu.answers import (
    FactAnswer,
    FollowUp,
    IndicatorAnswer,
    IndicatorList,
    MoneyAnswer,
    OutOfScope,
    PassageAnswer,
    ProjectList,
    ProjectOverview,
    SeveralIndicators,
    Topic,
    UnknownProject,
)
from nlu.engine import QuestionEngine
from nlu.intents import Aggregate, MoneyField, ProjectField


@pytest.mark.parametrize(
    ("question", "field", "aggregate"),
    [
        ("国际科技人文交流与合作项目预算多少钱", MoneyField.BUDGET, Aggregate.EACH),
        ("企业项目经费", MoneyField.BUDGET, Aggregate.EACH),
        ("上年结转资金有多少", MoneyField.CARRY_OVER, Aggregate.EACH),
        ("企业项目当年财政拨款", MoneyField.APPROPRIATION, Aggregate.EACH),
        # 拨款 alone is the appropriation column, not the year's whole budget.
        ("企服拨款多少", MoneyField.APPROPRIATION, Aggregate.EACH),
        ("国交的拨款是多少", MoneyField.APPROPRIATION, Aggregate.EACH),
        ("两个项目拨款一共多少", MoneyField.APPROPRIATION, Aggregate.TOTAL),
        ("两个项目的预算加起来是多少", MoneyField.BUDGET, Aggregate.TOTAL),
        ("哪个项目预算最多", MoneyField.BUDGET, Aggregate.MAX),
        ("哪个项目经费最少", MoneyField.BUDGET, Aggregate.MIN),
    ],
    ids=[
        "budget",
        "synonym",
        "carry-over",
        "appropriation",
        "bokuan",
        "bokuan-de",
        "bokuan-total",
        "total",
        "max",
        "min",
    ],
)
def test_money_questions_read_field_and_aggregate(
    engine: QuestionEngine, question: str, field: MoneyField, aggregate: Aggregate
) -> None:
    answer = engine.interpret(question).answer
    assert isinstance(answer, MoneyAnswer)
    assert (answer.field, answer.aggregate) == (field, aggregate)


@pytest.mark.parametrize(
    ("question", "field", "projects"),
    [
        ("国际交流项目的实施单位是哪个", ProjectField.IMPLEMENTER, 1),
        ("企业科技创新服务的主管部门", ProjectField.DEPARTMENT, 1),
        ("项目计划什么时候完成", ProjectField.END, 2),
        ("企业项目什么时候开始", ProjectField.START, 1),
        ("企业科技创新服务的项目性质", ProjectField.NATURE, 1),
        ("国际交流项目的总体目标是什么", ProjectField.GOAL, 1),
    ],
    ids=["implementer", "department", "end-all-projects", "start", "nature", "goal"],
)
def test_project_fact_questions(
    engine: QuestionEngine, question: str, field: ProjectField, projects: int
) -> None:
    answer = engine.interpret(question).answer
    assert isinstance(answer, FactAnswer)
    assert answer.field is field
    assert len(answer.projects) == projects


def test_listing_filters_by_level(engine: QuestionEngine) -> None:
    answer = engine.interpret("国际交流项目有哪些质量指标").answer
    assert isinstance(answer, IndicatorList)
    assert answer.level == "质量指标"
    names = [ind.name for group in answer.groups for ind in group.indicators]
    assert names == ["活动、论坛质量达标率", "活动安全事故发生数"]


def test_count_of_indicators(engine: QuestionEngine) -> None:
    answer = engine.interpret("企业科技创新服务有多少个绩效指标").answer
    assert isinstance(answer, IndicatorList)
    assert answer.count_only
    assert len(answer.groups[0].indicators) == 22


def test_project_listing(engine: QuestionEngine) -> None:
    assert isinstance(engine.interpret("有哪些项目").answer, ProjectList)


@pytest.mark.parametrize(
    ("question", "needle"),
    [
        ("市科协建有多少家国家级科技工作者状况调查站点", "19家"),
        ("海峡两岸都市交通学术研讨会是第几届", "第 34 届"),
        ("科创服务直通车计划服务多少家企业", "100家"),
        ("港澳台大学生暑期实习期是几周", "5 周"),
    ],
    ids=["stations", "ordinal", "through-train", "weeks"],
)
def test_goal_text_facts_quote_a_sentence(
    engine: QuestionEngine, question: str, needle: str
) -> None:
    answer = engine.interpret(question).answer
    assert isinstance(answer, PassageAnswer)
    assert needle in answer.matches[0].passage.text


def test_followup_uses_previous_project(engine: QuestionEngine) -> None:
    first = engine.interpret("国际交流项目活动参与人数目标是多少")
    second = engine.interpret("那合作单位呢？", context=first.followup)
    assert isinstance(second.answer, IndicatorAnswer)
    assert [ind.name for ind in second.answer.indicators] == ["合作单位数量"]
    assert second.followup.project_ids == (2,)


def test_followup_pointing_with_it_keeps_the_project(engine: QuestionEngine) -> None:
    """企服 (an overview promising more about it), then 它的成本上限: 企服's row only."""
    first = engine.interpret("企服")
    second = engine.interpret("它的成本上限", context=first.followup)
    assert isinstance(second.answer, IndicatorAnswer)
    assert [ind.project_id for ind in second.answer.indicators] == list(first.followup.project_ids)


def test_followup_switches_project_and_keeps_topic(engine: QuestionEngine) -> None:
    first = engine.interpret("企业项目的满意度目标")
    second = engine.interpret("那国际交流项目呢？", context=first.followup)
    assert isinstance(second.answer, IndicatorAnswer)
    assert [ind.name for ind in second.answer.indicators] == ["参与人员与合作单位满意度"]


def test_followup_repeats_money_question(engine: QuestionEngine) -> None:
    context = FollowUp((1,), (), Topic.MONEY, subject=MoneyField.BUDGET)
    answer = engine.interpret("那国际项目呢", context=context).answer
    assert isinstance(answer, MoneyAnswer)
    assert [project.id for project in answer.projects] == [2]


def test_progress_question_is_flagged(engine: QuestionEngine) -> None:
    answer = engine.interpret("国际交流项目活动参与人数完成了多少").answer
    assert isinstance(answer, IndicatorAnswer)
    assert answer.progress


def test_project_named_alone_gives_overview(engine: QuestionEngine) -> None:
    assert isinstance(engine.interpret("国际交流项目").answer, ProjectOverview)


@pytest.mark.parametrize(
    ("question", "greeting"),
    [("今天天气怎么样", False), ("你好", True), ("讲个笑话", False)],
    ids=["weather", "hello", "joke"],
)
def test_out_of_scope(engine: QuestionEngine, question: str, greeting: bool) -> None:
    answer = engine.interpret(question).answer
    assert answer == OutOfScope(greeting=greeting)


@pytest.mark.parametrize(
    ("question", "names"),
    [
        ("活动参与人数和合作单位数量的目标", ["活动参与人数", "合作单位数量"]),
        ("论文和辩论队人数要求", ["论文", "辩论队人数"]),
        ("论文、辩论队、科普论坛代表人数", ["论文", "辩论队人数", "参会人数"]),
    ],
    ids=["and", "and-short", "enumeration"],
)
def test_question_about_several_indicators_answers_each(
    engine: QuestionEngine, question: str, names: list[str]
) -> None:
    answer = engine.interpret(question).answer
    assert isinstance(answer, SeveralIndicators)
    found = [ind.name for part in answer.answers for ind in part.indicators]
    assert len(found) == len(names)
    assert all(name in text for name, text in zip(names, found, strict=True))
    assert answer.unmatched == ()


def test_conjunction_inside_an_indicator_name_does_not_split(engine: QuestionEngine) -> None:
    answer = engine.interpret("科创赋能及人才服务活动数量").answer
    assert isinstance(answer, IndicatorAnswer)
    assert [ind.name for ind in answer.indicators] == ["科创赋能及人才服务活动数量"]


@pytest.mark.parametrize(
    "question",
    [
        "某某不存在项目的预算",
        "某某项目论文几篇",
        "ABC项目预算多少",
        "新能源汽车推广项目有哪些指标",
    ],
    ids=["money", "indicator", "latin", "listing"],
)
def test_unknown_project_is_reported_not_ignored(engine: QuestionEngine, question: str) -> None:
    answer = engine.interpret(question).answer
    assert isinstance(answer, UnknownProject)
    assert len(answer.projects) == 2


@pytest.mark.parametrize(
    "question",
    ["哪个项目预算最多", "两个项目的预算加起来是多少", "这个项目的预算", "2026年项目预算"],
    ids=["which", "two", "this", "year"],
)
def test_words_pointing_at_projects_are_no_project_name(
    engine: QuestionEngine, question: str
) -> None:
    assert isinstance(engine.interpret(question).answer, MoneyAnswer)


def test_project_meant_by_its_indicator_words_is_used(engine: QuestionEngine) -> None:
    answer = engine.interpret("港澳台实习项目学生人数").answer
    assert isinstance(answer, IndicatorAnswer)
    assert [ind.project_id for ind in answer.indicators] == [2]


@pytest.mark.parametrize(
    ("question", "rank", "expected"),
    [("哪个项目指标最多", Aggregate.MAX, 2), ("一共多少个指标", Aggregate.TOTAL, 2)],
    ids=["most", "total"],
)
def test_indicator_counts_are_ranked_or_added(
    engine: QuestionEngine, question: str, rank: Aggregate, expected: int
) -> None:
    answer = engine.interpret(question).answer
    assert isinstance(answer, IndicatorList)
    assert answer.count_only and answer.rank is rank
    assert len(answer.groups) == expected


@pytest.mark.parametrize(
    "question",
    ["第三十四届研讨会论文", "2026年论文多少篇", "论文几篇啊"],
    ids=["chinese-ordinal", "year", "particle"],
)
def test_short_phrasings_find_the_indicator(engine: QuestionEngine, question: str) -> None:
    answer = engine.interpret(question).answer
    assert isinstance(answer, IndicatorAnswer)
    assert [ind.id for ind in answer.indicators] == [31]
