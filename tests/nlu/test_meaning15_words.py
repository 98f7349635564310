"""Session 15 meaning: a row said in words it does not write, and what stays refused.

A derivational ending on a stem the row writes (长效化 of 长效), a word the row writes with
another first character (城市交通 of 都市交通), the families of exchange (来往, 走动), renown
(名气, 知名度), rules (规矩, 章程), a target's bound (保底, 顶格), asking by when (时限, 最晚),
inviting people who take part (请来), a budget line (口子), and an ask-back settled by the
measure word a count names (次数). Things the form lacks (志愿者, 获奖, 负责人, 电话) are still
refused with no figure.
"""

from __future__ import annotations

import re

import pytest

from tests.nlu.question_sets import ask
from tests.nlu.test_question_set import normalise

_FIGURE = re.compile(r"\d+(?:\.\d+)?")
_OPTION_NUMBER = re.compile(r"^\d+\.\s", re.MULTILINE)  # 1. 2. before the rows offered
REFUSED = "没有找到"


def _figures(text: str) -> set[str]:
    return set(_FIGURE.findall(normalise(_OPTION_NUMBER.sub("", text))))


def _states_only(said: str, question: str, allowed: set[str]) -> None:
    """Asserts the answer states no figure beyond the asked ones and the question's own."""
    extra = _figures(said) - _figures(question) - allowed
    assert not extra, f"unexpected figures {extra} in {said!r}"


@pytest.mark.parametrize(
    "question",
    [
        "企服长效化的要求写的啥",
        "国交长效化那条怎么定的",
        "企服管理机制长效化要做到什么程度",
        "国交制度长效化要到啥程度",
        "企服那个长期的规章要建成啥样",
        "国交的长效规矩指标值",
        "国交长期管事的章程要做成什么样",
    ],
    ids=["ized", "ized-row", "mechanism-ized", "system-ized", "statute", "rules", "charter"],
)
def test_lasting_rules_said_otherwise_are_the_mechanism_row(question: str) -> None:
    said = ask(question)
    assert "长效管理机制健全性" in said and "建立健全" in said
    _states_only(said, question, set())


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("国交城市交通研讨会征集几篇论文", "20"),
        ("城市交通研讨会要收多少篇论文", "20"),
        ("城市交通学术会议那边的配套活动几场", "4"),
        ("国交城市交通研讨会相关活动几场", "4"),
    ],
    ids=["papers", "papers-收", "side-events", "events"],
)
def test_city_traffic_is_the_metropolitan_traffic_symposium(question: str, figure: str) -> None:
    said = ask(question)
    assert figure in _figures(said)
    _states_only(said, question, {figure, "34"})


@pytest.mark.parametrize(
    ("question", "row", "target"),
    [
        ("国交跟两岸往来有关的那条效果要到啥程度", "交流促进", "有效促进"),
        ("国交对两岸交往的促进要达到什么效果", "交流促进", "有效促进"),
        ("国交两岸往来那条指标值", "交流促进", "有效促进"),
        ("国交两岸互动要促进到什么程度", "交流促进", "有效促进"),
        ("国交科普活动知名度要提升到什么程度", "影响力提升", "有效提升"),
        ("国交活动的声誉要做到什么样", "影响力提升", "有效提升"),
        ("国交科普活动名望提升得怎样", "影响力提升", "有效提升"),
    ],
    ids=["dealings", "contacts", "visits", "interaction", "known", "repute", "fame"],
)
def test_exchange_and_renown_families_name_their_rows(
    question: str, row: str, target: str
) -> None:
    said = ask(question)
    assert row in said and target in said
    _states_only(said, question, set())


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("企服服务科技工作者人次打底多少", "8000"),
        ("国交活动参与人数起码多少", "300"),
        ("国交合作单位最起码几家", "3"),
        ("国交成本顶格是多少", "40"),
        ("企服成本封顶多少", "130"),
    ],
    ids=["floor", "at-least", "least-partners", "cap", "ceiling"],
)
def test_a_bound_word_asks_the_rows_target(question: str, figure: str) -> None:
    said = ask(question)
    assert figure in _figures(said)
    _states_only(said, question, {figure})


@pytest.mark.parametrize(
    "question",
    ["国交活动完成的时限是什么时候", "国交活动最晚什么时候完成", "国交活动截止到什么时候完成"],
    ids=["time-limit", "latest", "until"],
)
def test_asking_by_when_is_the_timeliness_row(question: str) -> None:
    said = ask(question)
    assert "活动完成及时性" in said and "12月底" in said


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("国交邀请来实习的港澳台学生要多少人", "50"),
        ("国交请来参加暑期实习的学生几个", "50"),
        ("企服跑区里科协、企业科协的次数保底多少", "10"),
        ("企服下去跑区里和企业科协的次数", "10"),
        ("企服下基层到区科协几次", "10"),
        ("企服跑基层对接区科协要几次", "10"),
        ("企服一年服务做科研的人多少人次", "8000"),
        ("企服要给干科研的人服务多少人次", "8000"),
    ],
    ids=[
        "invited",
        "asked-over",
        "visits-floor",
        "visits-count",
        "grassroots",
        "run-down",
        "researchers",
        "research-folk",
    ],
)
def test_people_invited_a_budget_line_and_a_count_by_its_measure(
    question: str, figure: str
) -> None:
    said = ask(question)
    assert figure in _figures(said)
    _states_only(said, question, {figure, "2026"})


@pytest.mark.parametrize(
    "question",
    ["国交财政口子多少钱", "国交今年财政这个口子拨了多少", "国交财政口子给的钱是多少"],
    ids=["line", "line-granted", "line-money"],
)
def test_a_budget_line_is_the_money_granted(question: str) -> None:
    said = ask(question)
    assert "40万元" in said and "130" not in said


@pytest.mark.parametrize(
    "question",
    [
        "国交志愿者人数目标",
        "国交论文获奖数量",
        "国交外籍专家人数",
        "企服专利数量",
        "企服长效化的负责人是谁",
        "国交城市交通研讨会的志愿者几个",
        "国交两岸往来的电话是多少",
        "企服管事的规矩取消了没有",
        "国交要服务多少搞科研的人",
    ],
    ids=[
        "volunteers",
        "awards",
        "foreign",
        "patents",
        "head",
        "volunteers-2",
        "phone",
        "cancel",
        "other-projects-researchers",
    ],
)
def test_what_the_form_lacks_is_still_refused(question: str) -> None:
    said = ask(question)
    assert REFUSED in said
    _states_only(said, question, set())


@pytest.mark.parametrize(
    "question",
    ["运维设施坏了修复时限是多久", "运维设施出毛病修好的最晚期限", "运维设施故障修复时限要求"],
    ids=["broken", "trouble-latest", "fault"],
)
def test_repair_time_limit_is_the_repair_timeliness_row(question: str) -> None:
    said = ask(question, "variations")
    assert "设施修复及时性" in said and "12月底" in said


@pytest.mark.parametrize(
    ("question", "office"),
    [
        ("数字化那个项目上面管事的部门", "上海市科学技术协会"),
        ("养护项目上头管事的是哪个单位", "某区建设和管理委员会"),
        ("运维上级管事的部门", "上海市某某局"),
    ],
    ids=["above", "overhead", "superior"],
)
def test_who_manages_from_above_is_the_department(question: str, office: str) -> None:
    assert office in ask(question, "other")


@pytest.mark.parametrize(
    ("question", "figure"),
    [("路面养护要做多长", "985"), ("养护的路面长度目标", "985")],
    ids=["surface-upkeep", "surface-length"],
)
def test_road_surface_is_the_road(question: str, figure: str) -> None:
    said = ask(question, "other")
    assert figure in _figures(said)
    _states_only(said, question, {figure})


@pytest.mark.parametrize(
    ("question", "amount"),
    [
        ("企服的资金来源结构中，当年财政拨款是多少？", "130万元"),
        ("国交资金的构成里财政拨款多少", "40万元"),
        ("企服钱的来源里头财政拨了多少", "130万元"),
    ],
    ids=["structure", "make-up", "source"],
)
def test_a_part_of_the_funding_named_within_its_structure(question: str, amount: str) -> None:
    said = ask(question)
    assert amount in said and "上年结转" not in said


@pytest.mark.parametrize(
    "question",
    [
        "创新集市的展览论坛沙龙一年几次",
        "企服创新集市里的路演、沙龙、论坛办多少次",
        "创新集市那类路演论坛展览要搞几回",
    ],
    ids=["fair-shows", "fair-pitches", "fair-times"],
)
def test_a_goal_sentence_listing_the_rows_things_names_it(question: str) -> None:
    said = ask(question)
    assert "展览展示" in said and "2" in _figures(said)
    _states_only(said, question, {"2"})


@pytest.mark.parametrize(
    ("question", "form"),
    [
        ("企服创新集市有多少家企业参加", "builtin"),
        ("线上展馆要建多少个虚拟展厅", "multi_year"),
        ("两岸科普论坛的论文要征几篇", "builtin"),
        ("科普论坛那头征集论文几篇", "builtin"),
        ("国交海峡两岸科普论坛的征集论文数量", "builtin"),
        ("国交科普论坛征集论文数量要多少篇", "builtin"),
    ],
    ids=["fair-firms", "virtual-halls", "other-forum", "other-forum-2", "forum-3", "forum-4"],
)
def test_a_goal_word_beside_too_few_row_words_is_still_refused(question: str, form: str) -> None:
    said = ask(question, form)
    assert REFUSED in said
    _states_only(said, question, set())
