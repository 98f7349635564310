"""Rows picked by their targets rather than their names (session 22): a deadline's date, a
figure's count of digits or a round number passed, the row at one end among those counting in
a unit, several target texts said side by side, 100% said as 百分百, and the asker's memory of
the rows' figures beside the ask."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import ask

UNREAD = "没能读懂"


@pytest.mark.parametrize(
    "question",
    [
        "哪几条指标要在12月底前完成？",
        "两个项目十二月底前必须干完的指标有哪些",
        "截至12月底的指标有哪几条",
        "哪些指标12月底得做完",
    ],
    ids=["digits", "words", "by-the-deadline", "work-done-by"],
)
def test_a_deadline_date_picks_the_rows_due_then(question: str) -> None:
    answer = ask(question)
    assert "活动完成及时性" in answer and "2 项" in answer, answer
    assert UNREAD not in answer and "活动参与人数" not in answer, answer


def test_a_deadline_date_no_row_has_lists_none() -> None:
    answer = ask("3月底前要完成的有哪些")
    assert "共 0 项" in answer and "活动完成及时性" not in answer, answer


def test_a_deadline_date_with_its_day_reads_the_day() -> None:
    answer = ask("2025年9月30日前要干完的有哪几个", "multi_year")
    assert "二期改造完成时间" in answer and "1 项" in answer, answer


def test_a_deadline_row_left_out_beside_a_kind_it_lacks() -> None:
    answer = ask("国交哪些指标只写文字（12月底前那条不算）")
    assert "科普活动影响力提升情况" in answer and "3 项" in answer, answer
    assert "活动完成及时性" not in answer and UNREAD not in answer, answer


@pytest.mark.parametrize(
    ("question", "form", "said", "unsaid"),
    [
        (
            "国交里目标值是个位数的数量指标都有哪些",
            "builtin",
            ["5 项", "合作单位数量", "辩论队人数"],
            ["活动参与人数", "征集实习岗位数量"],
        ),
        (
            "企服目标是三位数的有哪几个",
            "builtin",
            ["引入合作的院士专家数量", "4 项"],
            ["成本控制数", "服务科技工作者人数"],
        ),
        (
            "企服哪些数量指标目标上了一百",
            "builtin",
            ["3 项", "服务科技工作者人数"],
            ["培育新申报", "科创赋能"],
        ),
        ("国交数量指标里不到两位数的是哪些", "builtin", ["5 项", "合作单位数量"], ["≥10家"]),
        ("企服以≥设定、目标是两位数的有哪些", "builtin", ["6 项", "≥35场"], ["=1套", "≥2次"]),
    ],
    ids=["one-digit", "three-digits-no-money", "passed-a-hundred", "below-two-digits", "both"],
)
def test_a_range_of_figures_said_in_words(
    question: str, form: str, said: list[str], unsaid: list[str]
) -> None:
    answer = ask(question, form)
    assert all(word in answer for word in said), answer
    assert not any(word in answer for word in unsaid), answer


def test_the_askers_memory_of_figures_is_no_condition() -> None:
    answer = ask("国交按“人”算的指标有几条，好像有个300人的")
    assert "4 项" in answer and "参会人数" in answer, answer
    assert UNREAD not in answer, answer


@pytest.mark.parametrize(
    ("question", "said", "unsaid"),
    [
        ("国交人数最多的是哪条指标", ["活动参与人数", "≥300人"], ["18 项", "港澳台籍学生人数"]),
        ("国交场次最少的指标是哪个", ["启动仪式", "≥3场"], ["相关活动场次", "18 项"]),
        ("国交哪一条指标人数最少", ["上海代表参会人数", "≥2人"], ["活动参与人数", "18 项"]),
    ],
    ids=["most-people", "fewest-sessions", "which-row-first"],
)
def test_the_row_at_one_end_among_those_of_a_unit(
    question: str, said: list[str], unsaid: list[str]
) -> None:
    answer = ask(question)
    assert all(word in answer for word in said), answer
    assert not any(word in answer for word in unsaid), answer


def test_a_row_name_ending_in_the_unit_noun_stays_that_row() -> None:
    answer = ask("国交活动参与人数最多是多少")
    assert "≥300人" in answer and "港澳台籍学生人数" not in answer, answer


def test_target_texts_said_side_by_side_are_either() -> None:
    answer = ask("运维里写着提升、提高的效益指标有几个", "variations")
    assert "3 项" in answer and "公众科学素质" in answer, answer
    assert "2 项" not in answer, answer


def test_two_operators_read_aloud_side_by_side_are_both_left_out() -> None:
    answer = ask("运维里带数字但没写大于等于小于等于的有哪几条", "variations")
    assert "2 项" in answer and "维护步道长度" in answer and "巡检车辆数" in answer, answer
    assert "设施运维成本控制数" not in answer, answer


@pytest.mark.parametrize(
    ("question", "said", "unsaid"),
    [
        (
            "两个项目中要求百分百的有哪几项",
            ["3 项", "基本信息采集准确性", "活动、论坛质量达标率"],
            ["安全事故", "40 项"],
        ),
        (
            "两个项目中定成90%的是哪几条",
            ["2 项", "参与企业、专家的满意度", "参与人员与合作单位满意度"],
            ["没有找到“成”"],
        ),
    ],
    ids=["full-mark", "fixed-percent"],
)
def test_a_percentage_fixed_picks_its_rows(
    question: str, said: list[str], unsaid: list[str]
) -> None:
    answer = ask(question)
    assert all(word in answer for word in said), answer
    assert not any(word in answer for word in unsaid), answer


@pytest.mark.parametrize(
    "question",
    ["企服论“场”的那些活动全加上一共几场", "企服按场办的活动加在一起多少场"],
    ids=["counted-by", "held-by"],
)
def test_the_rows_of_a_unit_said_plainly_are_summed(question: str) -> None:
    answer = ask(question)
    assert "= 43场" in answer, answer
    assert "没有找到" not in answer, answer


def test_two_rows_of_a_unit_give_their_difference() -> None:
    answer = ask("国交按“家”算的两条指标相差多少家")
    assert "10家 − " in answer and "= 多 7家" in answer, answer
    assert "13家" not in answer, answer


def test_a_difference_within_more_than_two_rows_is_not_worked() -> None:
    answer = ask("企服以场计的指标相差多少场")
    assert "= 多" not in answer and "− " not in answer, answer


@pytest.mark.parametrize(
    ("question", "share"),
    [
        ("国交那个50人的，占国交以人计的几条加起来的比例是多少", "约14%"),
        ("企服那个5场的占企服按场算的合计的百分之几", "约11.6%"),
    ],
    ids=["people", "sessions"],
)
def test_a_row_named_by_its_figure_as_a_share_of_its_units_total(
    question: str, share: str
) -> None:
    answer = ask(question)
    assert share in answer and " ÷ （" in answer, answer
    assert UNREAD not in answer, answer


def test_rows_shared_by_both_projects_left_out() -> None:
    answer = ask("企服的效益指标去掉两个项目都有的同名指标还剩几条")
    assert "2 项" in answer and "科普沟通联络工作效果提升情况" in answer, answer
    assert "长效管理机制健全性" not in answer, answer


def test_what_stuff_asks_the_rows_of_a_heading() -> None:
    answer = ask("国交满意度和效益指标都是些啥玩意儿")
    assert "海峡两岸交流促进情况" in answer and "玩意" not in answer, answer
    assert "没有找到" not in answer, answer


@pytest.mark.parametrize(
    "question",
    [
        "国交有几条指标只写“有效提升”这类话、不写具体数字",
        "国交指标值是文字表述（例如“有效促进”“建立健全”一类文字）的有哪些",
    ],
    ids=["this-sort-of-talk", "for-example"],
)
def test_target_texts_given_as_examples_keep_every_qualitative_row(question: str) -> None:
    answer = ask(question)
    assert "3 项" in answer and "科普活动影响力提升情况" in answer, answer
    assert "指标值含" not in answer, answer


def test_the_askers_own_percentage_after_verbs_of_telling_is_no_condition() -> None:
    answer = ask("国交满意度要求多少？我们处里定的是95%")
    assert "≥90%" in answer and "共 0 项" not in answer, answer


def test_a_kind_said_inside_its_negation_is_not_left_out_again() -> None:
    answer = ask("国交指标值不带数字的有几条")
    assert "3 项" in answer and "非定量" not in answer, answer


def test_a_figure_of_events_held_picks_its_rows() -> None:
    answer = ask("企服只要求办1场的会有哪些")
    assert "3 项" in answer and "机构资格评审会" in answer, answer
    assert "科创赋能" not in answer, answer


def test_a_row_the_asker_thinks_is_there_is_an_example() -> None:
    answer = ask("国交以“场”计的指标有几条？应该有条4场的")
    assert "2 项" in answer and "启动仪式" in answer, answer
    assert UNREAD not in answer, answer


def test_the_mean_of_a_units_rows_asked_per_row() -> None:
    answer = ask("企服以“次”计的几条平均每条多少次")
    assert "约7.33次" in answer, answer
    answer = ask("企服以“次”计的几个指标平均每个多少次")
    assert "约7.33次" in answer and "次/个" not in answer, answer


def test_a_description_restated_as_a_condition_reads_the_condition() -> None:
    answer = ask("国交里数人头的那些，也就是以人计的指标，有几条")
    assert "4 项" in answer and "活动参与人数" in answer, answer
    assert "没有找到" not in answer, answer


def test_the_one_row_a_target_text_keeps_asked_as_that_row() -> None:
    answer = ask("运维里写“合理”的那条是什么", "variations")
    assert "资源配置" in answer and "1 项" in answer, answer
    assert "没有找到" not in answer, answer


@pytest.mark.parametrize(
    ("question", "count"),
    [("三张表里哪几个是经常性项目，一共几个", "共 2 个"), ("哪个项目跨年度", "共 1 个")],
    ids=["recurring", "spanning-years"],
)
def test_projects_picked_by_a_header_value_are_counted(question: str, count: str) -> None:
    answer = ask(question, "other")
    assert count in answer and "项目" in answer, answer


def test_two_rows_of_a_unit_compared_in_an_order_said_are_not_reordered() -> None:
    answer = ask("国交以家计的合作单位数量比科技社团数量少多少")
    assert "= 多 7家" not in answer, answer


def test_a_share_of_a_whole_beyond_the_rows_project_is_not_worked_on_its_own_rows() -> None:
    answer = ask("企服那个35场的，占两个项目所有按场算的加起来的比例是多少")
    assert "约81.4%" not in answer, answer


def test_full_marks_said_of_the_askers_certainty_pick_no_rows() -> None:
    answer = ask("我百分百确定国交有以“人”计的指标，都有哪些")
    assert "4 项" in answer and "指标值为 100" not in answer, answer


def test_a_kind_word_inside_an_ask_of_names_is_no_kind() -> None:
    answer = ask("名字里带数字的指标有哪些")
    assert "定量" not in answer, answer


def test_a_verb_of_holding_before_words_sets_no_target_text() -> None:
    answer = ask("企服要求开展科普活动的指标有哪些")
    assert "指标值含" not in answer and "共 0 项" not in answer, answer


def test_two_rates_kept_by_a_bound_differ_by_points() -> None:
    answer = ask("运维与养护的市民满意度下限相差几个百分点", "other")
    assert "5个百分点" in answer and "= 多 5%" not in answer, answer
