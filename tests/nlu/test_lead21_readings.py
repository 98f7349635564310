"""Readings mended in session 21: three projects spelled apart in one list, rows asked by
what they are about said last or as a relation, headings joined by 或, a part pointing back at
people with 他们, 哪天 asking a day rather than supposing one, and a part of the money set
aside beside the part asked."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import ask


@pytest.mark.parametrize(
    ("question", "said", "unsaid"),
    [
        ("场馆改造、道路养护、运维三个加起来，满意度指标有几条", ["4 项"], ["2 项：", "3 项："]),
        ("运维、道路养护、场馆改造，成本指标各是多少", ["≤250万", "≤120万", "3 项"], ["2 项"]),
    ],
    ids=["satisfaction-count", "cost-rows"],
)
def test_three_projects_spelled_apart_in_one_list(
    question: str, said: list[str], unsaid: list[str]
) -> None:
    answer = ask(question, "other")
    assert all(word in answer for word in said), answer
    assert not any(word in answer for word in unsaid), answer


@pytest.mark.parametrize(
    "question",
    [
        "运维有哪些指标是看群众满不满意的？",
        "运维里跟市民满不满意有关的指标列一下",
    ],
    ids=["said-last", "related-to"],
)
def test_rows_asked_by_what_they_weigh(question: str) -> None:
    answer = ask(question, "variations")
    assert "设施环境评价" in answer and "市民满意度" in answer, answer
    assert "名称含" not in answer and "设施完好率" not in answer, answer


def test_rows_related_to_a_heading_topic() -> None:
    answer = ask("运维里跟省电环保有关系的指标有哪些", "variations")
    assert "设施能耗" in answer and "生态效益指标共 5 项" in answer, answer
    assert "巡检车辆数" not in answer, answer


def test_headings_joined_by_or_are_both_listed() -> None:
    answer = ask("国交的时效指标或者质量指标总共有几条", "builtin")
    assert "3 项" in answer and "活动完成及时性" in answer and "安全事故" in answer, answer


def test_part_pointing_back_at_people_is_no_ask_of_its_own() -> None:
    answer = ask("港澳台学生要来实习，得给她们找几个岗位", "builtin")
    assert "≥100个" in answer, answer
    assert "≥50人" not in answer, answer


@pytest.mark.parametrize(
    "question",
    ["数字化改造哪天开始，哪天结束？", "数字化改造哪天开始，哪天完工"],
    ids=["question-mark", "last-clause"],
)
def test_which_day_asks_rather_than_supposes(question: str) -> None:
    answer = ask(question, "multi_year")
    assert "计划开始日期" in answer and "计划完成日期" in answer, answer


def test_which_day_still_supposes_before_an_ask() -> None:
    answer = ask("哪天预算被砍了，国交的活动参与人数目标是多少", "builtin")
    assert "≥300" in answer, answer


def test_other_part_of_money_set_aside_beside_the_part_asked() -> None:
    answer = ask("国交不含上年结转的当年财政拨款是多少", "builtin")
    assert "当年财政拨款" in answer and "40万" in answer, answer
    assert "上年结转资金" not in answer, answer


def test_unit_asked_beside_the_target_is_the_rows_unit() -> None:
    answer = ask("企服走访对接区科协和企业科协数量这条的目标值和单位", "builtin")
    assert "≥10次" in answer, answer
    assert "没有找到" not in answer, answer


def test_what_time_asks_a_deadline_rows_target() -> None:
    answer = ask("设施修复及时性定在什么时间", "variations")
    assert "2026年12月底前" in answer, answer
    assert "没有找到" not in answer, answer


def test_deadline_heading_names_the_deadline_row() -> None:
    answer = ask("企服时效那一行是哪天", "builtin")
    assert "活动完成及时性" in answer and "2026年12月底前" in answer, answer


def test_whom_the_work_is_for_as_the_goal_text_says() -> None:
    answer = ask("面向科技工作者开展的赋能及人才服务活动定了几场", "builtin")
    assert "≥35场" in answer, answer
    absent = ask("为志愿者办的培训要几场", "builtin")
    assert "≥35" not in absent and "没有找到" in absent, absent


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("（刚改完一沓卷子）国交的合作单位要几家", "≥3家"),
        ("（头晕眼花中）企服服务科技工作者人数是多少", "≥8000人次"),
    ],
    ids=["bracketed", "opening-sentence"],
)
def test_talk_around_the_ask_is_set_apart(question: str, said: str) -> None:
    answer = ask(question, "builtin")
    assert said in answer, answer
    assert "没有找到" not in answer, answer


def test_a_bare_noun_before_the_ask_is_not_set_apart() -> None:
    answer = ask("（志愿者）国交活动参与人数是多少", "builtin")
    assert "志愿者" in answer and "≥300" not in answer, answer


def test_one_joiner_said_for_another_inside_a_row_name() -> None:
    answer = ask("给科技工作者办的赋能和人才服务活动，一年多少场", "builtin")
    assert "≥35场" in answer, answer
    assert "8000" not in answer, answer


def test_count_of_rows_said_before_a_heading_lists_the_heading() -> None:
    answer = ask("国交那两条质量指标各定了多少", "builtin")
    assert "质量指标共 2 项" in answer and "=0起" in answer, answer
    assert "没有找到" not in answer, answer


def test_a_difference_asked_with_a_subtracting_verb_is_still_worked() -> None:
    answer = ask("数字化改造的当年财政拨款扣掉上年结转还有多少", "multi_year")
    assert "80万" in answer, answer


@pytest.mark.parametrize(
    ("form", "question", "said"),
    [
        ("variations", "运维对上网速率有什么要求", "≥80M"),
        ("old_template", "道路修好后验收及格率得多少", "≥95%"),
    ],
    ids=["internet-speed", "pass-rate"],
)
def test_everyday_words_for_a_rows_measure(form: str, question: str, said: str) -> None:
    answer = ask(question, form)
    assert said in answer, answer


@pytest.mark.parametrize(
    "question", ["企服不算走访那一块，其他活动要搞几次", "企服不算走访的，活动要搞几次"]
)
def test_a_row_set_aside_is_never_the_answer(question: str) -> None:
    answer = ask(question, "builtin")
    assert "走访对接区科协和企业科协数量：指标值" not in answer, answer
    assert "展览展示" in answer and "没有找到" not in answer, answer


@pytest.mark.parametrize(
    ("question", "said", "unsaid"),
    [
        ("国交推荐实习单位的科技社团定的好多家", "≥10家", "≥3家"),
        ("国交预算要是再涨三成，是好多钱", "52万", "40万元（400,000.00元）\n"),
        ("企服调查站点信息报送要整好多篇", "≥15篇", "≥120"),
        ("国交的质量指标有多老些", "2 项", "多一些"),
    ],
    ids=["southwest-how-many", "raised-by-a-share", "do-how-many", "northern-how-many"],
)
def test_regional_words_asking_how_much(question: str, said: str, unsaid: str) -> None:
    answer = ask(question, "builtin")
    assert said in answer, answer
    assert unsaid not in answer, answer


def test_a_figure_raised_by_an_amount_said_with_zhang() -> None:
    answer = ask("企服服务科技工作者人数涨了500人次是多少", "builtin")
    assert "8500" in answer, answer


def test_who_asked_after_dou_you_lists_rather_than_shares() -> None:
    answer = ask("国交里名字带“港澳台”仨字儿的指标，都有谁", "builtin")
    assert "名称含“港澳台”的绩效指标共" in answer, answer
    assert "共有的" not in answer, answer


def test_southwest_word_for_satisfied_names_the_satisfaction_row() -> None:
    answer = ask("企服要让参加的企业和专家都觉得巴适，这个定的好多", "builtin")
    assert "≥90%" in answer, answer


def test_stock_already_built_is_not_the_new_rows_target() -> None:
    answer = ask("企服目前已经建好的院士工作站有几家", "builtin")
    assert "≥40" not in answer and "没有找到" in answer, answer
