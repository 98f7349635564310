"""Session 14: conditions written query-style (单位='人', 一级=产出指标, >=), rows asked grouped
by a column (按一级指标分一下), headings listed by their stems, example words that name rows
of a listing, a heading asked as a topic, and a project restated in brackets."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import ask

NO_ROWS = "共 0 项"


@pytest.mark.parametrize(
    "question",
    [
        "国交 where 单位='人' 有哪些",
        "国交 单位=人 的指标列一下",
        "select 指标名称 from 国交 where 单位 = '人'",
        "国交里 计量单位==人 的有几条",
        "国交 unit='人' 的 rows",
    ],
)
def test_unit_written_query_style_is_a_unit_condition(question: str) -> None:
    answer = ask(question)
    assert "4 项" in answer and "辩论队人数" in answer and "上海代表参会人数" in answer
    assert "以“=”设定" not in answer and NO_ROWS not in answer
    assert "合作单位数量" not in answer


@pytest.mark.parametrize(
    "question",
    [
        "国交 一级=产出指标 的 行数?",
        "国交 一级指标='产出指标' count",
        "国交 level1=产出指标 有几条",
        "国交里 一级 = 产出指标 的指标一共几个",
        "国交 一级=“产出指标” 几条",
    ],
)
def test_heading_written_query_style_counts_its_rows(question: str) -> None:
    answer = ask(question)
    assert "13 项" in answer
    assert "以“=”设定" not in answer and "2 项" not in answer


@pytest.mark.parametrize(
    "question",
    [
        "养护 绩效标准=计划标准 的指标有几条",
        "养护 评价标准='计划标准' 列一下",
        "养护 where 绩效标准 = 计划标准",
        "道路桥梁养护里 评价标准==计划标准 的有哪些",
        "养护 standard=计划标准 count",
    ],
)
def test_standard_written_query_style_is_the_standard(question: str) -> None:
    answer = ask(question, "old_template")
    assert "5 项" in answer and "道路养护长度" in answer and "养护成本" in answer
    assert "以“=”设定" not in answer and NO_ROWS not in answer


@pytest.mark.parametrize(
    ("question", "form", "operator", "count"),
    [
        ("数字化改造 所有 >= 的定量指标", "multi_year", "≥", "3 项"),
        ("数字化改造里写着 >= 的有哪些", "multi_year", "≥", "3 项"),
        ("企服 <= 的指标有哪些", "builtin", "≤", "1 项"),
        ("两个项目 带<=号的指标各是哪条", "builtin", "≤", "2 项"),
        ("国交 目标用 =< 写的指标", "builtin", "≤", "1 项"),
    ],
)
def test_comparison_typed_in_ascii_is_the_sign_forms_write(
    question: str, form: str, operator: str, count: str
) -> None:
    answer = ask(question, form)
    assert f"以“{operator}”设定" in answer and count in answer
    assert "以“=”设定" not in answer


def test_target_written_query_style_keeps_the_written_target() -> None:
    answer = ask("企服 target>=10 and 单位=次 的 rows")
    assert "工作站建设推进" in answer and "走访对接区科协" in answer and "2 项" in answer
    assert "展览展示" not in answer


@pytest.mark.parametrize(
    ("question", "form", "headings", "row"),
    [
        (
            "国交项目的指标按一级指标分一下，每类几条",
            "builtin",
            "产出指标（13 项）",
            "合作单位数量",
        ),
        ("国交的指标按一级指标归类", "builtin", "成本指标（1 项）", "成本控制数"),
        ("企服按二级指标分类看看", "builtin", "质量指标（2 项）", "建设指引验收合格率"),
        (
            "数字化改造的指标按照一级指标划分一下",
            "multi_year",
            "产出指标（2 项）",
            "二期改造完成时间",
        ),
        ("养护的指标按绩效标准分一下", "old_template", "计划标准（5 项）", "道路养护长度"),
        ("道路养护按评价标准分组，各组多少条", "old_template", "行业标准（1 项）", "养护合格率"),
    ],
)
def test_rows_asked_grouped_by_a_column_are_listed_under_each(
    question: str, form: str, headings: str, row: str
) -> None:
    answer = ask(question, form)
    assert headings in answer and row in answer
    assert "没有找到" not in answer


@pytest.mark.parametrize(
    ("question", "form", "count"),
    [
        (
            "国交除了产出指标以外 其他的指标 成本啊效益啊满意度啊 一共几条 都列出来",
            "builtin",
            "5 项",
        ),
        ("数字化改造项目一共有几个绩效指标 成本 产出 效益 满意度统统加起来", "multi_year", "5 项"),
        ("企服 成本、效益、满意度这几类指标一共几条", "builtin", "5 项"),
        ("数字化改造 成本呀产出呀满意度呀 这些指标有几条", "multi_year", "4 项"),
        ("国交的成本，效益，满意度指标一共多少条", "builtin", "5 项"),
    ],
)
def test_headings_listed_by_their_stems_ask_their_rows(
    question: str, form: str, count: str
) -> None:
    answer = ask(question, form)
    assert count in answer
    assert NO_ROWS not in answer and "名称含" not in answer


@pytest.mark.parametrize(
    "question",
    [
        "运维项目数量指标有哪些 我记得有个步道还有个车子 一共几条",
        "运维的数量指标都列一下，印象里有步道、车辆什么的",
        "运维数量指标几条？好像有网络带宽和开放日",
        "设施运维的数量指标有多少个 步道 带宽之类的",
        "运维那边数量指标一共几条 里面有车辆也有带宽吧",
    ],
)
def test_example_words_of_rows_do_not_empty_a_listing(question: str) -> None:
    answer = ask(question, "variations")
    assert "4 项" in answer and "维护步道长度" in answer and "网络带宽" in answer
    assert NO_ROWS not in answer


@pytest.mark.parametrize(
    "question",
    [
        "设施运维跟满意度有关的指标有几个呀",
        "运维和满意度相关的指标有哪些",
        "运维里头关于满意度的指标有几条",
        "运维项目中涉及满意度的指标",
        "运维 同满意度有关系的指标列一下",
    ],
)
def test_heading_asked_as_a_topic_lists_its_rows(question: str) -> None:
    answer = ask(question, "variations")
    assert "2 项" in answer and "设施环境评价" in answer and "市民满意度" in answer


@pytest.mark.parametrize(
    "question",
    [
        "运维那个项目（设施运维的）生态效益下面挂了几个指标呀",
        "运维那个项目(就是设施运维) 生态效益指标几条",
        "运维那个项目（设施运维），生态效益的指标有哪些",
    ],
)
def test_project_restated_in_brackets_picks_no_rows(question: str) -> None:
    answer = ask(question, "variations")
    assert "5 项" in answer and "设施能耗" in answer and "名称含" not in answer


@pytest.mark.parametrize(
    "question",
    [
        "国交项目定性的指标 就是不写数字 写提升啊促进啊搿种 有几条 分别是啥",
        "国交定性指标 就是写有效提升啊建立健全啊那种 一共几条",
        "国交的定性指标 比如提升啊促进啊这类 列一下",
        "国交定性的 也就是写促进啊提升啊伊种 有哪些",
    ],
)
def test_examples_restating_a_kind_between_spaces_are_no_condition(question: str) -> None:
    answer = ask(question)
    assert "3 项" in answer and "海峡两岸交流促进情况" in answer and "长效管理机制健全性" in answer
    assert NO_ROWS not in answer


@pytest.mark.parametrize(
    "question",
    [
        "国交的效益指标有几条啊 我要抄到本子上去 每条后面的指标值也写一写",
        "国交效益指标几条 指标值也写一下",
        "国交的效益指标有几条，目标也写一些",
    ],
)
def test_a_softened_verb_after_the_target_word_is_no_target_text(question: str) -> None:
    answer = ask(question)
    assert "3 项" in answer and "科普活动影响力提升情况" in answer
    assert NO_ROWS not in answer


@pytest.mark.parametrize(
    "question",
    [
        "两个项目里目标定成百分之百的指标有哪些？想在稿子里写“各项质量指标百分之百达标”，先核实一下",
        "目标是100%的指标有哪些？我打算在报告里写“所有质量类指标全部百分百完成”",
        "目标为百分之百的有哪几条？推文里准备说“全年质量指标百分之百达标”",
    ],
)
def test_a_quoted_draft_sentence_sets_no_condition(question: str) -> None:
    answer = ask(question)
    assert "3 项" in answer and "基本信息采集准确性" in answer and "活动、论坛质量达标率" in answer
    assert NO_ROWS not in answer


@pytest.mark.parametrize(
    "question",
    [
        "企服的KPI里，关于建设指引验收的合格要求是多少？",
        "企服关于建设指引验收合格的指标",
        "企服里跟指引验收合格有关的指标有哪些",
    ],
)
def test_a_word_the_names_write_is_not_swapped_for_its_synonym(question: str) -> None:
    answer = ask(question)
    assert "建设指引验收合格率" in answer and "100%" in answer
    assert NO_ROWS not in answer


@pytest.mark.parametrize(
    "question",
    [
        "企服 定性KPI(不算deadline那种) 有几条, 列出来",
        "企服不算时限类的定性指标有几条",
        "企服定性的指标（截止日期那种不算）有几个",
    ],
)
def test_a_kind_asked_beside_a_kind_left_out(question: str) -> None:
    answer = ask(question)
    assert "3 项" in answer and "长效管理机制健全性" in answer and "活动完成及时性" not in answer
    assert NO_ROWS not in answer


@pytest.mark.parametrize(
    "question",
    [
        "运维项目满意度指标下面列了几条，请逐条给出指标值。",
        "运维满意度指标有几条，逐项说一下目标",
        "运维的满意度指标几个？挨个给我指标值",
    ],
)
def test_rows_asked_one_by_one_show_their_targets(question: str) -> None:
    answer = ask(question, "variations")
    assert "优良" in answer and "90%" in answer and "2 项" in answer


@pytest.mark.parametrize(
    "question",
    [
        "道路桥梁养护表中，绩效标准采用行业标准、历史标准的各是哪条？",
        "养护里用行业标准和历史标准的指标分别是哪几条",
        "养护 行业标准/历史标准 的指标列一下",
    ],
)
def test_standards_listed_one_after_another_are_one_listing(question: str) -> None:
    answer = ask(question, "old_template")
    assert "2 项" in answer and "养护合格率" in answer and "道路通行条件" in answer
    assert "没有找到" not in answer
