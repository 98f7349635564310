"""Filtered listings of session 5: shared rows, 绩效标准, unit aliases, conditions without 指标."""

from __future__ import annotations

import pytest

from nlu.answers import IndicatorList
from nlu.filters import load_filter_words, read_filter
from tests.nlu.question_sets import answer_of, engine_for, service_for
from tests.nlu.test_question_set import normalise

SHARED = ["活动完成及时性", "长效管理机制健全性"]
PLANNED = ["道路养护长度", "桥梁检测数量", "养护完成时间", "养护成本", "市民满意度"]
PEOPLE = ["活动参与人数", "港澳台籍学生人数", "辩论队人数", "上海代表参会人数"]


def _answer(form: str, question: str) -> str:
    return normalise(answer_of({"q": question, "form": form}, service_for))


def _rows(form: str, question: str) -> list[str]:
    answer = engine_for(form).interpret(question).answer
    assert isinstance(answer, IndicatorList), answer
    return [ind.name for group in answer.groups for ind in group.indicators]


@pytest.mark.parametrize(
    "question",
    [
        "哪些指标是两个项目都有的",
        "两个项目共同的指标有哪些",
        "哪些指标两个项目都设置了",
        "两个项目共有的指标列一下",
    ],
    ids=["both-have", "common", "both-set", "shared-list"],
)
def test_rows_both_projects_have_are_listed_once_per_project(question: str) -> None:
    rows = _rows("builtin", question)
    assert sorted(set(rows)) == sorted(SHARED) and len(rows) == 2 * len(SHARED)


def test_what_each_project_has_is_no_shared_filter() -> None:
    found = read_filter("两个项目都有哪些指标", words=load_filter_words(), level=None)
    assert not found.row_filter.shared


@pytest.mark.parametrize(
    "question",
    [
        "道路桥梁养护里绩效标准是“计划标准”的指标有哪些",
        "绩效标准为计划标准的指标",
        "哪些指标用的是计划标准",
        "按计划标准评价的指标有几个",
    ],
    ids=["quoted", "is", "uses", "count"],
)
def test_rows_are_filtered_by_their_standard(question: str) -> None:
    assert sorted(_rows("old_template", question)) == sorted(PLANNED)


@pytest.mark.parametrize(
    ("question", "standard"),
    [
        ("养护合格率的绩效标准是什么", "行业标准"),
        ("道路通行条件按什么标准评价", "历史标准"),
        ("桥梁检测数量的考核标准", "计划标准"),
    ],
    ids=["standard", "judged-by", "assessment"],
)
def test_a_rows_standard_is_part_of_its_answer(question: str, standard: str) -> None:
    assert f"绩效标准:{standard}" in _answer("old_template", question)


@pytest.mark.parametrize(
    "question",
    [
        "国交项目里按人头算（单位是人）的目标都列一下",
        "国交项目里按人头算的指标",
        "国交项目以人为单位的有哪些",
    ],
    ids=["head-and-unit", "head", "unit-no-word"],
)
def test_counted_per_head_means_the_unit_person(question: str) -> None:
    rows = _rows("builtin", question)
    assert len(rows) == len(PEOPLE)
    assert all(any(part in row for row in rows) for part in PEOPLE)


@pytest.mark.parametrize(
    ("form", "question", "count"),
    [
        ("builtin", "两个项目用百分比考核的指标有哪些", 5),
        ("builtin", "两个项目以百分比形式表示的指标", 5),
        ("variations", "设施运维项目以百分比考核的指标有哪些", 2),
        ("variations", "设施运维用百分比衡量的指标", 2),
    ],
    ids=["assessed", "shown", "other-form", "measured"],
)
def test_a_unit_said_with_any_measuring_verb_filters(form: str, question: str, count: int) -> None:
    rows = _rows(form, question)
    assert len(rows) == count


@pytest.mark.parametrize(
    ("question", "names"),
    [
        ("科创服务项目里哪些是设上限（≤）的", ["企业科技创新服务成本控制数"]),
        ("企服哪些是封顶的", ["企业科技创新服务成本控制数"]),
        ("国交项目哪些是等于0的", ["活动安全事故发生数"]),
    ],
    ids=["upper-bound", "capped", "equal-zero"],
)
def test_a_condition_with_which_lists_rows_without_saying_indicator(
    question: str, names: list[str]
) -> None:
    assert _rows("builtin", question) == names


def test_a_listing_over_two_projects_counts_all_rows_first() -> None:
    answer = _answer("builtin", "两个项目里目标写成“等于”多少的指标有哪些")
    assert answer.startswith("2个项目共有") and "5项" in answer.splitlines()[0]


@pytest.mark.parametrize(
    ("form", "question", "count"),
    [
        ("builtin", "国交项目里头哪些指标是拿“人”来计数的，帮我列下", 4),
        ("builtin", "两个项目当中，目标是用等号定死的那种指标（=多少的），麻烦列一下", 5),
        ("builtin", "两个项目里用“不超过”来卡上限的指标都有哪些", 2),
        ("builtin", "企服里名字带“工作站”三个字的指标帮我捞一下，有几个", 3),
        ("variations", "运维项目里名字带“设施”两个字的指标有哪些？几个", 6),
        ("multi_year", "数字化改造项目里，能直接拿数字考核的定量指标有哪些", 4),
        ("multi_year", "场馆改造这张表里，目标是“不低于”多少的有几个", 3),
    ],
    ids=["take-person", "equal-sign", "cap", "name-chars", "name-chars-2", "direct", "count"],
)
def test_colloquial_words_around_a_condition_do_not_filter_names(
    form: str, question: str, count: int
) -> None:
    assert len(_rows(form, question)) == count


@pytest.mark.parametrize(
    ("question", "names"),
    [
        ("企服的数量指标里，目标值在100及以上的有哪些", 3),
        ("企服数量指标中指标值100或以上的", 3),
        ("企服里目标值只有1的那些指标（不管≥还是=）都有哪些", 4),
        ("企服里目标值就是1的指标，无论≥还是=", 4),
    ],
    ids=["and-above", "or-above", "only-one", "whatever-operator"],
)
def test_bounds_and_values_read_past_joiners_and_regardless_clauses(
    question: str, names: int
) -> None:
    assert len(_rows("builtin", question)) == names


@pytest.mark.parametrize(
    "question",
    [
        "运维项目那几个数量上的指标，目标没写“≥”、直接写了个数的是哪些",
        "运维项目数量指标里不是≥的有哪些",
        "运维项目的数量指标中没有用不低于的",
    ],
    ids=["not-written", "not-is", "not-used"],
)
def test_a_negated_operator_keeps_the_rows_without_it(question: str) -> None:
    assert _rows("variations", question) == ["维护步道长度", "巡检车辆数"]


@pytest.mark.parametrize(
    "question",
    [
        "这几个项目里，满意度目标定在85%的有哪些",
        "这三个项目中满意度目标是85%的指标",
        "这几个项目哪些满意度指标值为85%",
    ],
    ids=["these-set-at", "these-three", "these-which"],
)
def test_these_projects_scope_a_listing_rather_than_ask_for_projects(question: str) -> None:
    assert sorted(_rows("other", question)) == ["市民满意度", "观众满意度"]


@pytest.mark.parametrize(
    ("question", "count"),
    [
        ("企服里哪些指标的目标是以“次”为单位的", 3),
        ("哪些指标的目标是定性描述的", 6),
        ("哪些指标没有具体数字", 6),
        ("企业科技创新服务里面哪些指标是定性的，没有具体数字", 3),
    ],
    ids=["unit-after-target", "kind-after-target", "no-figure", "two-kind-words"],
)
def test_words_after_target_is_that_set_a_condition_are_no_target_text(
    question: str, count: int
) -> None:
    assert len(_rows("builtin", question)) == count


@pytest.mark.parametrize(
    ("question", "count"),
    [
        ("国交项目中名称里有“海峡两岸”的指标", 5),
        ("名字带“论文”的", 1),
        ("企服名称中含工作站的", 3),
    ],
    ids=["has-in-name", "name-carries", "name-contains"],
)
def test_a_word_asked_of_names_lists_rows_without_which(question: str, count: int) -> None:
    assert len(_rows("builtin", question)) == count


@pytest.mark.parametrize(
    "question",
    [
        "企服项目哪些指标要在年底前完成",
        "企服有截止时间的指标",
        "企服哪些指标有时间限制",
    ],
    ids=["by-year-end", "deadline", "time-limit"],
)
def test_deadline_words_pick_the_deadline_rows(question: str) -> None:
    assert _rows("builtin", question) == ["活动完成及时性"]


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("企服项目的产出指标下面有几个二级指标", "产出指标下的二级指标3个"),
        ("产出指标下有哪些二级指标", "数量指标(14项)、质量指标(2项)、时效指标(1项)"),
        ("国交效益指标包括哪几个二级指标", "社会效益指标(2项)、可持续影响指标(1项)"),
    ],
    ids=["how-many", "which", "benefit"],
)
def test_second_tier_headings_under_one_first_tier_heading(question: str, want: str) -> None:
    answer = _answer("builtin", question)
    assert want in answer and "17项" not in answer


@pytest.mark.parametrize(
    ("form", "question", "names"),
    [
        ("variations", "设施运维目标写“提升”的指标", ["市民科普体验", "科普服务能力"]),
        ("variations", "设施运维指标值写的是提升的指标", ["市民科普体验", "科普服务能力"]),
        ("multi_year", "数字化改造哪些指标带百分号", ["观众满意度"]),
        ("multi_year", "数字化改造有百分号的指标", ["观众满意度"]),
        ("other", "所有项目里目标值不低于90%的指标", ["市民满意度", "养护合格率"]),
        ("other", "目标不低于90%的有哪些", ["市民满意度", "养护合格率"]),
    ],
    ids=["written", "written-is", "percent-sign", "has-percent", "percent-bound", "bound-which"],
)
def test_written_targets_percent_signs_and_percent_bounds(
    form: str, question: str, names: list[str]
) -> None:
    assert _rows(form, question) == names


@pytest.mark.parametrize(
    "question",
    ["哪些项目有成本指标", "哪些项目设置了成本指标", "哪几个项目有成本指标"],
    ids=["have", "set", "which-few"],
)
def test_which_projects_have_a_level_lists_its_rows_per_project(question: str) -> None:
    assert len(_rows("other", question)) == 3


def test_a_header_fact_the_form_lacks_says_so() -> None:
    assert "没有填写" in _answer("old_template", "道路桥梁养护项目的项目性质是什么")


@pytest.mark.parametrize(
    ("question", "count", "absent"),
    [
        ("企服项目除了产出指标以外还有哪些指标", 5, "数量指标"),
        ("国交项目中不是数量指标的有哪些", 8, "数量指标"),
        ("国交非产出指标有哪些", 5, "产出指标"),
        ("企服产出指标之外的指标", 5, "产出指标"),
    ],
    ids=["except", "is-not", "non", "outside"],
)
def test_a_negated_heading_lists_the_rows_of_the_others(
    question: str, count: int, absent: str
) -> None:
    answer = engine_for("builtin").interpret(question).answer
    assert isinstance(answer, IndicatorList)
    rows = [ind for group in answer.groups for ind in group.indicators]
    assert len(rows) == count and all(absent not in (r.level1, r.level2) for r in rows)


@pytest.mark.parametrize(
    "question", ["企服哪些指标不是定性的", "企服里非定性的指标"], ids=["is-not", "non"]
)
def test_a_negated_kind_lists_the_other_kinds(question: str) -> None:
    assert len(_rows("builtin", question)) == 19


@pytest.mark.parametrize(
    ("form", "question", "names"),
    [
        ("builtin", "哪些指标是以“篇”或“套”计的", 3),
        ("builtin", "单位是家或个的指标有哪些", 4),
        ("variations", "设施运维哪些指标的目标是“降低”或“减少”", 2),
        ("variations", "设施运维里目标是“提升”或“提高”的指标", 3),
    ],
    ids=["units-or", "unit-is-or", "targets-or", "targets-or-2"],
)
def test_either_of_two_units_or_target_words(form: str, question: str, names: int) -> None:
    assert len(_rows(form, question)) == names


@pytest.mark.parametrize(
    "question",
    ["企服的质量指标和时效指标", "企服质量指标和时效指标各有哪些", "企服的时效指标及质量指标"],
    ids=["and", "each", "and-2"],
)
def test_two_levels_joined_list_both(question: str) -> None:
    assert len(_rows("builtin", question)) == 3


def test_headings_counted_each_list_their_counts() -> None:
    answer = _answer("builtin", "国交项目的指标按一级指标分别有几个")
    assert "产出指标(13项)" in answer


def test_rows_all_three_projects_have_are_none() -> None:
    assert _rows("other", "三个项目里都有的指标是哪个") == []


def test_rows_two_of_three_projects_have() -> None:
    assert _rows("other", "哪些指标是两个项目都有的") == ["市民满意度", "市民满意度"]


@pytest.mark.parametrize(
    "question",
    ["道路桥梁养护里哪些指标不是计划标准", "绩效标准不是计划标准的指标", "除了计划标准以外的指标"],
    ids=["is-not", "standard-is-not", "except"],
)
def test_a_negated_standard_keeps_the_other_standards(question: str) -> None:
    assert _rows("old_template", question) == ["养护合格率", "道路通行条件"]


@pytest.mark.parametrize(
    ("form", "question", "count"),
    [
        ("multi_year", "数字化改造项目效益类的指标", 1),
        ("multi_year", "数字化改造产出方面的指标", 2),
        ("other", "各项目的成本指标目标值", 3),
        ("multi_year", "场馆改造这个项目一共设了几个指标，分别是啥", 5),
    ],
    ids=["benefit-kind", "output-side", "each-project", "venue-this-project"],
)
def test_levels_said_by_their_stem_and_projects_said_apart(
    form: str, question: str, count: int
) -> None:
    assert len(_rows(form, question)) == count


@pytest.mark.parametrize(
    ("form", "question", "want"),
    [
        ("builtin", "哪个项目的数量指标多", "数量指标最多的是【企业科技创新服务】:14项"),
        ("other", "哪个项目的指标多", "绩效指标最多的是【城市科普设施运维】:19项"),
        ("other", "哪个项目指标少", "绩效指标最少的是【科普场馆数字化改造】:5项"),
    ],
    ids=["more-of-a-level", "more", "fewer"],
)
def test_which_project_has_more_rows_is_ranked(form: str, question: str, want: str) -> None:
    assert want in _answer(form, question)


def test_projects_with_as_many_rows_are_said_to_tie() -> None:
    answer = _answer("builtin", "哪个项目的质量指标少一些")
    assert "一样多" in answer and "最少的是" not in answer


@pytest.mark.parametrize(
    ("form", "question", "count"),
    [
        ("builtin", "两个项目里目标值是=100%的有哪些，共几条", 3),
        ("variations", "运维项目里用百分比当目标的指标", 2),
        ("builtin", "企服名字里有调查站点的指标", 2),
        ("builtin", "国交的定性指标（不算时间那条）列出来", 3),
    ],
    ids=["equals-sign", "as-target", "name-holds", "left-out-clause"],
)
def test_tune_six_filter_phrasings(form: str, question: str, count: int) -> None:
    assert len(_rows(form, question)) == count
