"""Session 16 figures: a part taken out, two measures of one comparison, sums checked against a
total, goal figures added with an owner said first, figures the asker quotes, 几多."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import answer_of, service_for


def _answer(question: str, form: str = "builtin") -> str:
    return answer_of({"q": question, "form": form}, service_for)


@pytest.mark.parametrize(
    ("question", "result", "wrong"),
    [
        ("国交预算拿三成出来，是多少钱？", "12万元", "40万元（400,000.00元）\n"),
        ("企服经费里抽出两成搞活动，有多少钱", "26万元", "= 130万元"),
        ("国交的钱取四成，合多少", "16万元", "= 40万元"),
        ("企服预算要是用掉七成，用了多少钱", "91万元", "= 130万元"),
        ("国交预算拿三成出来，即系几多钱？", "12万元", "= 40万元"),
    ],
    ids=["na-chu-lai", "chou-chu", "qu", "yong-diao", "cantonese"],
)
def test_a_part_taken_out_of_a_figure_is_the_part(question: str, result: str, wrong: str) -> None:
    answer = _answer(question)
    assert f"= {result}" in answer
    assert wrong not in answer


def test_cutting_a_part_still_leaves_the_rest() -> None:
    answer = _answer("国交预算砍掉三成是多少")
    assert "= 28万元" in answer and "= 12万元" not in answer


@pytest.mark.parametrize(
    ("question", "form", "figures"),
    [
        ("企服预算是国交的几多倍？", "builtin", ["3.25 倍"]),
        ("国交经费系企服嘅几多倍", "builtin", ["0.31 倍"]),
        ("国交预算比企服少几多", "builtin", ["少 90万元"]),
    ],
    ids=["ratio", "ratio-reversed", "difference"],
)
def test_cantonese_ask_words_ask_the_calculation(
    question: str, form: str, figures: list[str]
) -> None:
    answer = _answer(question, form)
    assert all(figure in answer for figure in figures)
    assert "申请总额）：" not in answer  # never the two figures alone


@pytest.mark.parametrize(
    ("question", "form", "difference", "measure"),
    [
        ("运维比场馆数字化改造年度申请额高出多少，高出百分之几", "other", "多 130万元", "108.3%"),
        ("运维的预算比数改多多少，多百分之几", "other", "多 130万元", "108.3%"),
        ("数改预算比运维少多少钱？少了百分之多少？", "other", "少 130万元", "少52%"),
        ("运维比数改年度申请额多多少，是几倍", "other", "多 130万元", "约2.08 倍"),
        ("运维预算比数改多百分之几，多多少钱", "other", "多 130万元", "108.3%"),
        ("企服预算比国交多多少，多几成", "builtin", "多 90万元", "多225%"),
        ("运维的钱比数改多出多少，相当于几倍", "other", "多 130万元", "约2.08 倍"),
    ],
    ids=["gao-chu", "duo", "shao", "times", "percent-first", "cheng", "xiang-dang"],
)
def test_a_comparison_asked_by_two_measures_answers_both(
    question: str, form: str, difference: str, measure: str
) -> None:
    answer = _answer(question, form)
    assert difference in answer and measure in answer


def test_a_second_clause_naming_its_own_figure_is_not_a_second_measure() -> None:
    answer = _answer("企服比国交多多少，企服的满意度多少")
    assert "108" not in answer and "225%" not in answer


@pytest.mark.parametrize(
    "question",
    [
        "运维的当年拨款加上年节转是不是正好等于申请总额",
        "运维当年拨款和上年结转加起来是不是刚好等于年度申请总额",
        "运维的拨款加结转跟申请总额恰好对得上吗",
        "运维的拨款和结转两项相加，正好等于年度资金申请总额吗",
    ],
    ids=["zheng-hao", "gang-hao", "qia-hao", "ending"],
)
def test_a_sum_checked_exactly_against_a_total_answers_sum_and_verdict(question: str) -> None:
    answer = _answer(question, "variations")
    assert "= 250万元" in answer and "相等" in answer
    assert "500万元" not in answer


def test_a_sum_asked_yes_or_no_never_adds_the_total_in() -> None:
    answer = _answer("运维拨款加上结转，是否刚刚好就是申请总额", "variations")
    assert "500万元" not in answer


@pytest.mark.parametrize(
    "question",
    [
        "市科协调查站点国家级加市级一共多少家",
        "市科协国家级站点和市级站点一共多少家",
        "企服调查站点国家级加市级一共多少家",
        "国家级调查站点跟市级调查站点一共多少个",
        "市科协建的站点，国家级加市级一共几多家",
    ],
    ids=["owner-first", "owner-and", "project-first", "ge", "cantonese"],
)
def test_goal_figures_are_added_with_an_owner_said_first(question: str) -> None:
    answer = _answer(question)
    assert "= 47家" in answer and "3000" not in answer.split("（数字出自")[0]


@pytest.mark.parametrize(
    ("question", "result"),
    [
        ("企服的科创赋能及人才服务活动场数是举办创新服务、学术交流、科学普及等活动的几倍", "7 倍"),
        ("学术交流、科学普及等活动和科创赋能活动加起来几场", "40场"),
        ("科学普及等活动比科创赋能及人才服务活动少几场", "少 30场"),
    ],
    ids=["ratio", "sum", "difference"],
)
def test_a_joiner_written_inside_a_row_name_joins_no_operands(question: str, result: str) -> None:
    answer = _answer(question)
    assert f"= {result}" in answer
    assert "未能确定" not in answer


@pytest.mark.parametrize(
    "question",
    [
        "直通车说服务100家企业、8000人次科技工作者，平均一家企业对应多少人次？",
        "直通车服务100家企业和8000人次科技工作者，平均每家企业多少人次？",
        "企服服务100家企业、8000人次科技工作者，平均每家企业多少人次？",
    ],
    ids=["said", "and", "project"],
)
def test_counts_the_asker_quotes_before_their_nouns_are_divided(question: str) -> None:
    answer = _answer(question)
    assert "= 80人次/家" in answer and "19家" not in answer


@pytest.mark.parametrize(
    ("question", "result"),
    [
        (
            "若将国际交流项目的成本控制数按参与暑期实习的港澳台籍学生人数分摊，每名学生约合多少元？",
            "8000元/人",
        ),
        ("国交预算要是平摊到活动参与的每个人头上，一人合多少钱", "约1333.33元/人"),
        ("国交那40万要是平摊到活动参与的每个人头上，一人合多少钱哈", "约1333.33元/人"),
        ("假如国交成本控制数按港澳台学生人数均摊，每人几多钱", "8000元/人"),
    ],
    ids=["yue-he", "yao-shi", "quoted", "jia-ru"],
)
def test_a_supposed_sharing_out_is_the_division_asked(question: str, result: str) -> None:
    answer = _answer(question)
    assert f"= {result}" in answer


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        ("企服的活动参与人数是国交的几倍", "企服的活动参与人数"),
        ("企服的论文数量是国交的几倍", "企服的论文数量"),
        ("企服的港澳台学生比国交多多少", "企服的港澳台学生"),
        ("国交的活动参与人数是企服的几倍", "企服的活动参与人数"),
    ],
    ids=["times", "papers", "more", "project-alone"],
)
def test_a_comparison_with_a_project_lacking_the_row_gives_no_figure(
    question: str, missing: str
) -> None:
    answer = _answer(question)
    assert f"没有找到“{missing}”" in answer
    assert "指标值" not in answer and "300人" not in answer and "20篇" not in answer


@pytest.mark.parametrize(
    ("question", "form", "result"),
    [
        ("企服里，平均每家新培育工作站对应引入几名院士专家？", "builtin", "= 3名/家"),
        (
            "运维的成本控制数按目标里说的那几处科普设施平均，每处多少钱",
            "variations",
            "208333.33元/处",
        ),
        ("运维预算按目标里提到的那些科普设施平摊，每处合多少", "variations", "208333.33元/处"),
    ],
    ids=["dui-ying", "goal-pointed", "goal-those"],
)
def test_per_unit_asks_said_at_length(question: str, form: str, result: str) -> None:
    assert result in _answer(question, form)


@pytest.mark.parametrize(
    ("question", "result"),
    [
        ("企服预算抽三成出来，剩低几多", "= 91万元"),
        ("企服预算拿出三成以后还有多少钱", "= 91万元"),
        ("国交预算拿三成出来，还有几多", "= 28万元"),
    ],
    ids=["sheng-di", "yi-hou", "hai-you"],
)
def test_what_is_left_after_a_part_taken_out(question: str, result: str) -> None:
    answer = _answer(question)
    assert result in answer and "（0.3）" not in answer


@pytest.mark.parametrize(
    ("question", "result"),
    [
        ("国家级同市级站点合共几多间", "= 47家"),
        ("国家级站点同市级站点加埋有几多个", "= 47家"),
        ("企服同国交预算合共几多钱", "170万元"),
    ],
    ids=["he-gong", "jia-mai", "money"],
)
def test_cantonese_words_of_adding_up(question: str, result: str) -> None:
    assert result in _answer(question)


@pytest.mark.parametrize(
    ("question", "result"),
    [
        ("运维预算拿两成出来搞宣传是多少钱", "= 50万元"),
        ("运维预算抽三成出来做活动，还剩多少", "= 175万元"),
        ("运维预算拿出一半给设施维修，有几多", "= 125万元"),
    ],
    ids=["gao", "zuo-left", "gei"],
)
def test_what_a_part_taken_out_is_for_is_no_item_asked(question: str, result: str) -> None:
    answer = _answer(question, "other")
    assert result in answer and "没有找到" not in answer


@pytest.mark.parametrize(
    ("question", "result"),
    [
        ("企服科创赋能那35场在它所有按场算的活动里占多大比例", "= 约81.4%"),
        ("科创赋能活动在企服所有以场计的指标里占百分之几", "= 约81.4%"),
        ("企服的走访次数在所有按次计的指标中占几成", "= 约45.5%"),
        ("国交活动参与人数在所有按人计的指标里占比多少", "= 约84%"),
    ],
    ids=["na-35", "yi-chang-ji", "ci", "ren"],
)
def test_a_rows_share_of_the_rows_a_filter_keeps(question: str, result: str) -> None:
    answer = _answer(question)
    assert result in answer and "筛选条件" not in answer


@pytest.mark.parametrize(
    "question",
    ["运维拨款加结转系咪啱啱好等于申请总额", "运维拨款加结转系唔系等于申请总额"],
    ids=["hai-mai", "hai-m-hai"],
)
def test_a_sum_checked_in_cantonese_never_adds_the_total_in(question: str) -> None:
    assert "500万元" not in _answer(question, "variations")
