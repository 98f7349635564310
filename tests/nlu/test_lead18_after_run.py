"""Session 18, after the final blind run: kinds of asks its failures showed, each tested with
phrasings of the lead's own (never the blind sets' text). Each test asserts the figure or rows
answered and that no wrong figure is given."""

from __future__ import annotations

import pytest

from nlu.display_wishes import table_header_dropped
from tests.nlu.question_sets import ask


@pytest.mark.parametrize(
    ("question", "form", "count"),
    [
        ("運維計劃嘅效益指標有邊啲", "variations", "10 项"),
        ("运维计划里的生态效益指标有几条", "variations", "5 项"),
        ("养护计划有哪几条时效指标", "old_template", "共 1 项"),
    ],
)
def test_hong_kongs_word_for_a_project_names_no_rows(question: str, form: str, count: str) -> None:
    answer = ask(question, form)
    assert count in answer and "名称含" not in answer, answer


@pytest.mark.parametrize(
    ("question", "form", "figure"),
    [
        ("国交计划的预算几多", "builtin", "40万"),
        ("运维计划开始日期", "variations", "2026-01-01"),
        ("养护的计划完成日期", "old_template", "2024"),
    ],
)
def test_plan_words_of_the_form_stay_fields(question: str, form: str, figure: str) -> None:
    answer = ask(question, form)
    assert figure in answer and "没有找到" not in answer, answer


@pytest.mark.parametrize(
    "question",
    [
        "修路那部分的表里，以座计的指标有哪些",
        "修桥补路这块的表里，按座算的有几条",
    ],
)
def test_a_form_pointed_at_after_a_described_project_filters_no_names(question: str) -> None:
    answer = ask(question, "old_template")
    assert "桥梁检测数量" in answer and "共 1 项" in answer, answer
    assert "名称含" not in answer, answer


@pytest.mark.parametrize(
    "question",
    [
        "“城市夜光跑”项目的年度资金申请总额是多少",
        "请告诉我「科学之夜」项目的预算",
        "'创客周'项目的满意度目标",
        "科学之夜项目的预算",  # 之 is read 的, inside the name
    ],
)
def test_a_quoted_name_of_no_project_gets_no_figure(question: str) -> None:
    answer = ask(question)
    assert "没有找到" in answer and "这个项目" in answer, answer
    assert "130万" not in answer and "40万" not in answer and "≥90%" not in answer, answer


def test_a_quoted_short_name_still_names_its_project() -> None:
    answer = ask("“企服”项目的满意度要求多少")
    assert "≥90%" in answer and "参与企业、专家的满意度" in answer, answer


@pytest.mark.parametrize(
    "question",
    [
        "请输出国交的合作单位数量",
        "请给出：国交合作单位数量的目标",
        "国交合作单位数量，分点列出",
    ],
)
def test_requests_to_output_name_nothing(question: str) -> None:
    answer = ask(question)
    assert "≥3家" in answer and "没有找到" not in answer, answer


@pytest.mark.parametrize(
    "question",
    [
        "请分别告诉我：运维的市民满意度、养护的市民满意度、数字化改造的观众满意度",
        "麻烦列出：养护的市民满意度、数字化改造的观众满意度、运维的市民满意度",
    ],
)
def test_a_request_before_a_colon_is_no_topic_of_the_parts(question: str) -> None:
    answer = ask(question, "other")
    assert answer.count("满意度：指标值") == 3, answer
    assert "≥90%" in answer and answer.count("≥85%") == 2, answer


@pytest.mark.parametrize(
    "question",
    [
        "运维、数字化改造、养护三个项目的年度资金加起来多少",
        "养护、运维、数字化改造这三个项目的钱一共多少",
    ],
)
def test_three_projects_listed_around_a_full_name_are_all_summed(question: str) -> None:
    answer = ask(question, "other")
    assert "620万" in answer and "3 个项目" in answer, answer
    assert "370万" not in answer, answer


@pytest.mark.parametrize(
    "question",
    [
        "直通车一年服务多少家企业",
        "科创服务直通车要服务几家企业",
    ],
)
def test_the_one_figure_in_the_unit_asked_is_singled_out_of_a_goal_sentence(
    question: str,
) -> None:
    answer = ask(question)
    assert "服务企业100家" in answer, answer
    assert "8000" not in answer, answer


def test_two_counts_asked_of_a_goal_sentence_keep_the_whole_sentence() -> None:
    answer = ask("桥梁检测几座，道路养护多长", "old_template")
    assert "4 座" in answer and "985" in answer and "……" not in answer, answer


@pytest.mark.parametrize(
    ("question", "form", "figure"),
    [
        ("國交成本控制數除返參與人數，每人幾多蚊", "builtin", "1333.33"),
        ("活動安全事故最多幾多宗", "builtin", "=0起"),
        ("運維巡檢車要幾多架", "variations", "10辆"),
        ("企服入面培育工作站幾多間", "builtin", "≥40家"),
        ("養護條路幾時整完", "old_template", "2024年1月底"),
    ],
)
def test_cantonese_words_of_place_measure_and_money(question: str, form: str, figure: str) -> None:
    answer = ask(question, form)
    assert figure in answer and "没有找到" not in answer, answer


def test_a_cantonese_comparison_filters_the_values() -> None:
    answer = ask("國交嘅數量指標入面，指標值細過5嘅有邊啲")
    assert "共 4 项" in answer and "≥3家" in answer, answer
    assert "≥300人" not in answer, answer


@pytest.mark.parametrize(
    "question",
    [
        "请回答以下问题：\n1. 国交合作单位数量\n2. 国交活动参与人数\n以表格输出",
        "麻烦看下：\n1）国交合作单位数量\n2）国交活动参与人数\n分点列出",
    ],
)
def test_numbered_asks_between_a_request_and_a_wish_of_layout(question: str) -> None:
    answer = ask(question)
    assert "≥3家" in answer and "≥300人" in answer, answer


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("满意度指标，用表格列出（项目 | 指标 | 指标值）", "满意度指标，用表格列出"),
        ("运维的数量指标：指标名称｜单位｜目标值", "运维的数量指标："),
        ("单位是场|次的指标", "单位是场|次的指标"),  # values, not columns: kept
    ],
)
def test_a_tables_header_written_with_bars_is_dropped(text: str, kept: str) -> None:
    assert table_header_dropped(text) == kept


def test_a_header_of_columns_asks_no_extra_rows() -> None:
    answer = ask("三个项目的满意度指标，用表格列出（项目 | 指标 | 指标值），并计数", "other")
    assert "共 2 项" in answer and "观众满意度" in answer, answer
    assert "绩效指标共 19 项" not in answer, answer


def test_surprise_after_a_comparison_is_a_remark() -> None:
    answer = ask("企服预算比国交多出百分之几？这么大的差距我挺意外的")
    assert "225%" in answer, answer
