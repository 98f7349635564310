"""Session 17 figures: asks ended by marks or remarks, terse operands, shares within a whole said
first, unit-cost words, amounts named after 每, counts in words, the asker's own figure compared
with the form's (which side comes first, how many times, what share)."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import answer_of, service_for


def _answer(question: str, form: str = "builtin") -> str:
    return answer_of({"q": question, "form": form}, service_for)


@pytest.mark.parametrize(
    ("question", "form", "result", "wrong"),
    [
        ("企服成本控制数与国交成本控制数相差多少万元？", "builtin", "多 90万元", "尚未登记"),
        ("国交的预算比企服少多少万？", "builtin", "少 90万元", "尚未登记"),
        (
            "企服年度资金申请总额如按四个季度平均，每季度应为多少元？",
            "builtin",
            "325000元",
            "没有找到",
        ),
        ("国交预算若按十二个月分摊，每月应为多少？", "builtin", "33333.33元", "没有找到"),
        ("数字化 总额 减 年度 剩多少", "other", "多 240万元", "项目资金总额：360万元"),
        ("运维 vs 数字化改造 年度资金 差", "other", "多 130万元", "年度资金申请总额：250万元"),
        ("运维 成本控制数 跟 改造成本控制数 差", "other", "多 130万元", "控制数：目前"),
    ],
    ids=[
        "wan-yuan-mark",
        "wan-mark",
        "quarters-in-words",
        "months-in-words",
        "spaced-minus",
        "spaced-cha",
        "spaced-cha-rows",
    ],
)
def test_terse_or_marked_asks_are_calculated(
    question: str, form: str, result: str, wrong: str
) -> None:
    answer = _answer(question, form)
    assert result in answer
    assert wrong not in answer


def test_a_bare_cha_of_a_quality_asks_nothing() -> None:
    answer = _answer("运维的满意度差吗", "other")
    assert "计算" not in answer


@pytest.mark.parametrize(
    "question",
    [
        "国家级站点 占全部 几%",
        "国家级站点 占 全部站点 百分比",
        "国家级站点占全部站点的百分之几",
    ],
    ids=["terse", "spaced", "plain"],
)
def test_a_terse_share_of_goal_figures(question: str) -> None:
    answer = _answer(question)
    assert "40.4%" in answer


def test_an_aside_with_an_operation_word_stays_an_aside() -> None:
    answer = _answer("合作单位要几家？涉及到分摊口径。")
    assert "≥3家" in answer and "没有找到" not in answer


@pytest.mark.parametrize(
    "question",
    [
        "企服按场计的活动里，科创赋能那35场占总场次的比例是多少？",
        "在企服所有以场为单位的指标中，科创赋能活动占多少",
        "企服以场计的指标里头，科创赋能那个占几成",
        "企服那些按场算的活动当中 赋能和人才服务活动占百分之几",
    ],
    ids=["li", "zai-zhong", "li-tou", "dang-zhong"],
)
def test_a_rows_share_with_the_whole_said_first(question: str) -> None:
    answer = _answer(question)
    assert "约81.4%" in answer and "35场 +" in answer


@pytest.mark.parametrize(
    ("question", "form", "result"),
    [
        (
            "开放日接待5000人次，按至少3场算，一场平均多少人次？这个数不小啊。",
            "variations",
            "约1666.67人次/场",
        ),
        ("开放日接待五千人次，按三场算，每场多少人次？", "variations", "约1666.67人次/场"),
        ("企服预算一百三十万 直通车服务一百家企业 平均每家多少钱", "builtin", "13000元/家"),
    ],
    ids=["remark-after", "count-in-words", "amount-in-words"],
)
def test_counts_in_words_and_remarks_after_the_ask(question: str, form: str, result: str) -> None:
    answer = _answer(question, form)
    assert result in answer
    assert "元/场" not in answer  # 五千人次 is a count, never an amount


@pytest.mark.parametrize(
    ("question", "form", "result"),
    [
        (
            "测算一下单位成本：企服成本控制数按服务科技工作者人次摊，每人次多少元",
            "builtin",
            "162.5元/人次",
        ),
        ("国交成本控制数按参与人数摊，单位成本每人多少", "builtin", "约1333.33元/人"),
        (
            "运维项目预算按开放日接待市民5000人次算，单位成本每人次多少元",
            "variations",
            "500元/人次",
        ),
        ("按港澳台籍学生人数算，国交项目每名学生对应的预算是多少元？", "builtin", "8000元/人"),
        ("按新引进院士专家数算，企服每位专家对应的成本控制数是多少", "builtin", "约10833.33元/名"),
        ("按参与人数算 国交每人分到的成本控制数有多少", "builtin", "约1333.33元/人"),
        (
            "企服目标中直通车服务企业100家，以企服年度预算计，每家企业平均多少元？",
            "builtin",
            "13000元/家",
        ),
        ("国交成本控制数以参与人数为基数计，每人多少", "builtin", "约1333.33元/人"),
        ("直通车那个活动，平均每家企业要服务多少人次科技工作者？", "builtin", "80人次/家"),
    ],
    ids=[
        "unit-cost-lead",
        "unit-cost-before-per",
        "unit-cost-given",
        "per-student-linked",
        "per-expert-linked",
        "fen-dao-de",
        "yi-ji",
        "yi-wei-ji-shu",
        "na-ge-huo-dong",
    ],
)
def test_per_unit_asks_said_in_other_words(question: str, form: str, result: str) -> None:
    assert result in _answer(question, form)


def test_unit_cost_without_a_per_ask_gives_no_figure() -> None:
    answer = _answer("企服成本控制数的单位成本是多少")
    assert "计算" not in answer and "130万元" not in answer


@pytest.mark.parametrize(
    ("question", "result"),
    [
        ("国交活动参与人数实际来了336人，与指标值相比偏差率多少", "多12%"),
        ("企服科创赋能活动我们实际办了30场，跟目标比偏离度多少", "少约14.3%"),
        ("国交合作单位实际签了4家，增幅多少", "多约33.3%"),
    ],
    ids=["pian-cha-lv", "pian-li-du", "zeng-fu"],
)
def test_a_rate_of_deviation_against_a_told_figure(question: str, result: str) -> None:
    assert result in _answer(question)


@pytest.mark.parametrize(
    ("question", "result", "wrong"),
    [
        (
            "我们区50人，国交活动参与人数比我们多多少",
            "300人 − 您给出的50人 = 多 250人",
            "少 250人",
        ),
        ("国交活动参与人数比50人多多少", "300人 − 您给出的50人 = 多 250人", "少 250人"),
        ("我们区实际来了50人，比国交的参与人数少多少", "50人 − 【", "多 250人"),
        ("实际来了336人，国交参与人数目标比这个少多少", "= 少 36人", "多 36人"),
    ],
    ids=["bi-women", "bi-number", "told-first", "bi-zhe-ge"],
)
def test_the_side_said_before_bi_comes_first(question: str, result: str, wrong: str) -> None:
    answer = _answer(question)
    assert result in answer
    assert wrong not in answer


@pytest.mark.parametrize(
    ("question", "result"),
    [
        ("国交活动参与人数目标300人，我们区才50人，人家是我们的几倍？", "÷ 您给出的50人 = 6 倍"),
        ("我们区参与人数才50人，国交的参与人数是我们的几倍", "= 6 倍"),
        ("我们区科创赋能活动才办了7场，企服的是我们的几倍", "= 5 倍"),
        ("咱们这边合作单位1家，国交合作单位数是咱们的几倍", "= 3 倍"),
        ("企服要新引入院士专家120名，我们区今年才引入15名，只有人家的百分之几？", "= 12.5%"),
        ("我们区今年引进了15名院士专家，是企服目标的百分之几", "= 12.5%"),
        ("我们区合作单位签了1家，国交的是我们几倍", "= 3 倍"),
        ("我们区活动才来了50人，国交的参与人数目标差我们多少", "300人 − 您给出的50人 = 多 250人"),
    ],
    ids=[
        "ren-jia-bei",
        "guo-jiao-bei",
        "qi-fu-bei",
        "zan-men-bei",
        "ren-jia-share",
        "target-share",
        "bei-without-de",
        "cha-women",
    ],
)
def test_the_askers_figure_against_the_forms_in_times(question: str, result: str) -> None:
    assert result in _answer(question)


@pytest.mark.parametrize(
    ("question", "result", "wrong"),
    [
        ("国交交通研讨会相关活动场次比实习那边仪式加研学活动多几场", "= 多 1场", "没有找到"),
        ("国交研讨会场次加上仪式和研学活动一共几场", "= 7场", "没有找到"),
        ("国交合作单位加科技社团一共几家", "= 13家", "≥10家（申报表原文"),
    ],
    ids=["listed-row-in-difference", "listed-row-in-sum", "rows-of-their-own"],
)
def test_things_added_that_one_row_lists_are_that_row(
    question: str, result: str, wrong: str
) -> None:
    answer = _answer(question)
    assert result in answer
    assert wrong not in answer


@pytest.mark.parametrize(
    ("question", "result", "wrong"),
    [
        (
            "企服的成本控制数按服务科技工作者人次摊下来，每人次多少钱？我们区算下来一人次要40块",
            "162.5元/人次",
            "没有找到",
        ),
        ("国交成本控制数按参与人数摊，每人多少钱？我们这边一人才花800", "约1333.33元/人", "800"),
        ("国交参与人数是我们的几倍？我们区50人", "= 6 倍", "没有找到"),
        ("以国交为基数，企服年度预算高出百分之多少？", "多225%", "没有找到"),
    ],
    ids=["own-cost-after", "own-spending-after", "own-count-pointed-at", "base-after-mark"],
)
def test_what_the_asker_says_after_the_ask(question: str, result: str, wrong: str) -> None:
    answer = _answer(question)
    assert result in answer
    assert wrong not in answer


@pytest.mark.parametrize(
    ("question", "result"),
    [
        ("国交 占total 多少%", "约23.5%"),
        ("国交占两个项目合计的百分之几", "约23.5%"),
        ("企服占合计几成", "约76.5%"),
    ],
    ids=["terse-total", "two-projects", "ji-cheng"],
)
def test_a_projects_share_of_the_whole_is_its_budgets(question: str, result: str) -> None:
    assert result in _answer(question)


def test_a_share_of_nothing_named_gives_no_figure() -> None:
    assert "%" not in _answer("国交占比多少")


@pytest.mark.parametrize(
    ("question", "form", "result"),
    [
        ("企服每万元预算服务多少人次科技工作者", "builtin", "约61.54人次/万元"),
        ("国交每万元经费对应多少参与人数", "builtin", "7.5人/万元"),
        ("企服每花一万块能服务多少家企业", "builtin", "约0.77家/万元"),
        ("企服每千元经费服务多少人次科技工作者", "builtin", "约6.15人次/千元"),
        ("运维每万元预算接待多少人次市民", "other", "20人次/万元"),
    ],
    ids=["wan-yuan", "jing-fei", "hua-yi-wan-kuai", "qian-yuan", "goal-count"],
)
def test_output_per_unit_of_money(question: str, form: str, result: str) -> None:
    assert result in _answer(question, form)


def test_output_per_money_of_a_cost_row_gives_no_budget_figure() -> None:
    answer = _answer("企服成本控制数每万元服务多少人次科技工作者")
    assert "/万元" not in answer


@pytest.mark.parametrize(
    ("question", "result"),
    [
        ("国交钱花掉了30万 还剩多少", "= 少 10万元"),
        ("企服成本控制数用了一百万，还能用多少", "= 少 30万元"),
        ("国交合作单位我们谈下来2家，完成了几成", "约66.7%"),
        ("国交预算实际花了45万，超了多少", "您给出的45万 − 【"),
    ],
    ids=["hai-sheng", "hai-neng-yong", "ji-cheng", "chao-le"],
)
def test_what_is_left_of_the_forms_figure(question: str, result: str) -> None:
    assert result in _answer(question)


def test_a_comparison_whose_sides_read_as_one_row_gives_no_figure() -> None:
    answer = _answer("国交实习岗位比学生多出多少个岗位")
    assert "100个" not in answer and "≥100" not in answer


@pytest.mark.parametrize(
    "question",
    [
        "xq成本控制数按活动参与人数300ren摊 每人多少钱",
        "xq以家为单位的只标加起来多少家",
        "kcfw比xq语算多多少万",
    ],
    ids=["per", "sum", "difference"],
)
def test_a_calculation_with_unread_letters_is_refused(question: str) -> None:
    # xq names no project (gj, read since as the initials of 国交, is worked: see below).
    answer = _answer(question)
    assert "“xq”" in answer and "计算" not in answer and "130万元" not in answer


def test_a_calculation_over_a_projects_initials_is_worked() -> None:
    answer = _answer("kcfw比gj语算多多少万")
    assert "130万元 − 【国际科技人文交流与合作】40万元" in answer and "90万" in answer


def test_a_quality_said_poor_asks_no_difference() -> None:
    answer = _answer("运维的质量差不差", "other")
    assert "计算" not in answer and "设施完好率" in answer


def test_a_budget_divided_by_is_no_basis_said_with_yi() -> None:
    answer = _answer("（企服预算-国交预算）/国交预算 等于多少")
    assert "2.25 倍" in answer
