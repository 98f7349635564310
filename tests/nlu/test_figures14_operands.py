"""Session 14 figures: projects of a calculation named by short words in each operand (spaces
and + between them too); the base of a percentage named; = said for 是 or for the result; a
difference of counts in different measure words; each part's share of its column; a told
clause before the calculation; the form named as the figures' source; a check after a comma."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import ask
from tests.nlu.test_question_set import normalise


def _answered(question: str, form: str, want: str, *, bad: tuple[str, ...] = ()) -> None:
    said = normalise(ask(question, form))
    assert normalise(want) in said, said
    assert not any(normalise(wrong) in said for wrong in bad), said


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("运维 年度资金 是 数字化改造 的几倍", "2.08倍"),
        ("运维 年度预算 比 数字化改造 多多少", "130万"),
        ("数字化改造年度申请占运维年度申请的百分之几", "48%"),
        ("改造年度申请额占运维的比例", "48%"),
        ("运维预算是养护的几倍", "1倍"),
        ("养护预算占运维预算的百分之几", "100%"),
    ],
    ids=["spaced-ratio", "spaced-difference", "share", "share-short", "ratio-old", "share-old"],
)
def test_each_operand_names_its_project_by_short_words(question: str, want: str) -> None:
    _answered(question, "other", want)


@pytest.mark.parametrize(
    "question",
    [
        "运维 + 数字化改造 年度资金 合计",
        "运维年度资金加数字化改造年度资金",
        "运维加数字化改造年度资金合计",
        "运维和数字化改造年度资金合计",
    ],
    ids=["plus-spaced", "each-named", "plus-word", "joined"],
)
def test_sum_of_projects_named_by_short_words(question: str) -> None:
    _answered(question, "other", "370万", bad=("2.08",))


def test_sum_of_short_words_where_one_names_a_row_too() -> None:
    _answered("养护预算加运维预算", "other", "500万")


@pytest.mark.parametrize(
    "question",
    [
        "企服预算 比 国交 多百分之几 (以国交为基数)",
        "企服预算比国交多百分之多少，以国交预算为基数",
        "以国交为基数，企服预算比国交多百分之几",
        "企服预算比国交高出多少百分比，以后者为基准计算",
    ],
    ids=["brackets", "clause-after", "clause-before", "latter"],
)
def test_base_named_is_the_one_after_bi(question: str) -> None:
    _answered(question, "builtin", "225%")


def test_base_named_otherwise_gives_no_figure() -> None:
    said = ask("企服比国交预算多百分之几（以企服为基数）", "builtin")
    assert "225" not in said and "%" not in said, said


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("企服 单位=场 的几条target 加总是多少场", "43场"),
        ("企服单位=场的指标值加总", "43场"),
        ("国交 以人计的target 全加起来 = ?", "357人"),
        ("国交以人计的target全加起来等于多少", "357人"),
        ("企服预算+国交预算=?", "170万"),
    ],
    ids=["unit-equals", "unit-equals-terse", "result-equals", "result-dengyu", "plus-equals"],
)
def test_equals_sign_said_as_is(question: str, want: str) -> None:
    _answered(question, "builtin", want, bad=("共0项",))


def test_equals_sign_of_a_row_filter_still_filters() -> None:
    _answered("国交指标值=0的有哪些", "builtin", "活动安全事故发生数")


@pytest.mark.parametrize(
    "question",
    [
        "实习岗位比港澳台学生多几家",
        "实习岗位和港澳台学生一共多少",
        "征集论文数量比辩论队人数多几？",
    ],
    ids=["other-unit", "sum", "no-unit"],
)
def test_counts_of_other_things_are_never_worked_together(question: str) -> None:
    said = normalise(ask(question, "builtin"))
    assert "=多50" not in said and "=50" not in said and "=15" not in said, said


@pytest.mark.parametrize(
    "question",
    [
        "数字化改造项目资金总额里，财政资金和其他资金的占比结构各是多少？",
        "数字化改造项目资金总额里，财政资金和其他资金各占多少",
        "数字化改造财政资金和其他资金各占项目资金总额的比例",
        "数字化改造财政资金和其他资金占比分别是多少",
    ],
    ids=["structure", "each-of-whole", "each-named-whole", "each-share"],
)
def test_each_part_shared_of_its_column(question: str) -> None:
    _answered(question, "multi_year", "83.3%", bad=("500%",))
    _answered(question, "multi_year", "16.7%")


def test_one_part_of_another_still_divides() -> None:
    _answered("数字化改造财政资金占其他资金的百分之几", "multi_year", "500%")


@pytest.mark.parametrize(
    ("form", "question", "want"),
    [
        ("builtin", "领导上趟讲企服钞票比国交多老多 到底企服的年度预算是国交的几倍", "3.25倍"),
        ("builtin", "领导讲企服钱比国交多很多，企服的年度预算是国交的几倍", "3.25倍"),
        (
            "other",
            "我记得满意度一般都是九十 数字化改造的观众满意度跟运维的市民满意度 差几个百分点",
            "5个百分点",
        ),
        (
            "other",
            "我记得满意度一般都是九十，数字化改造的观众满意度跟运维的市民满意度差几个百分点",
            "5个百分点",
        ),
        ("other", "听说运维钱多 运维年度资金比数字化改造多多少", "130万"),
    ],
    ids=["story-spaced", "story-comma", "recalled-spaced", "recalled-comma", "heard"],
)
def test_calculation_after_a_told_clause(form: str, question: str, want: str) -> None:
    _answered(question, form, want)


@pytest.mark.parametrize(
    "question",
    [
        "直通车平均每家企业服务多少人次科技工作者？请按年度目标原文测算。",
        "直通车平均每家企业服务多少人次科技工作者，按目标原文计算",
        "直通车每家企业平均服务多少人次，根据年度目标里的数字算",
    ],
    ids=["goal-text", "goal-comma", "goal-numbers"],
)
def test_form_named_as_source_is_no_item(question: str) -> None:
    _answered(question, "builtin", "80人次")


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("国交40万按活动参与人数平摊，每人多少钱", "1333.33"),
        ("国交的40万按活动参与人数平摊，一人多少钱", "1333.33"),
        ("国交的40万按活动参与人数摊下来，每人多少钱", "1333.33"),
    ],
    ids=["amount-an", "amount-de", "amount-down"],
)
def test_amount_quoted_before_the_share_is_the_budget(question: str, want: str) -> None:
    _answered(question, "builtin", want)


@pytest.mark.parametrize(
    "question",
    [
        "运维的当年拨款加上年结转，跟年度总额对得上不呀",
        "运维的当年拨款加上上年结转，跟年度总额对得上不",
        "运维拨款和结转加起来，和年度资金总额一致不",
    ],
    ids=["dui-de-shang-bu", "shang-nian", "yi-zhi-bu"],
)
def test_check_after_a_comma_is_asked(question: str) -> None:
    _answered(question, "variations", "两者相等")


@pytest.mark.parametrize(
    "question",
    [
        "运维和数字化改造的满意度目标差几个点",
        "运维和数字化改造的满意度差几个百分点",
        "数字化改造和运维的满意度相差多少",
    ],
    ids=["points", "percentage-points", "apart"],
)
def test_counterpart_under_the_heading_counts_in_the_same_unit(question: str) -> None:
    _answered(question, "other", "5个百分点", bad=("优良",))


@pytest.mark.parametrize(
    "question",
    [
        "调查站点每年上报的那些材料，平均到每个站点大概多少份",
        "调查站点每年上报的材料平均每个站点多少份",
        "调查站点每年上报的那些材料，平均到每个站点（国家级加市级）大概多少份",
    ],
    ids=["per-station", "terse", "parts-said"],
)
def test_goal_count_over_the_total_of_the_noun_counted(question: str) -> None:
    _answered(question, "builtin", "63.83", bad=("157.9", "107.1"))


def test_unit_said_again_before_the_ask_is_the_per_unit_ask() -> None:
    _answered("国交预算平均分给每家合作单位，每家多少", "builtin", "133333.33")


def test_count_under_the_same_heading_is_no_counterpart() -> None:
    question = "领导让我起草交通研讨会的征稿通知，我想先确认一下上海这边论文一共要收多少篇"
    _answered(question, "builtin", "20篇", bad=("35篇", "15篇"))


def test_one_rows_total_after_a_story_is_no_sum_of_rows() -> None:
    question = "我在写通知，上海这边论文一共要收多少篇"
    said = normalise(ask(question, "builtin"))
    assert "35篇" not in said and "15篇" not in said, said


def test_clause_naming_the_thing_is_no_story_left_out() -> None:
    said = ask("那本建设指引验收，过关的比例要多少？", "builtin")
    assert "建设指引验收合格率" in said and "÷" not in said, said
