"""Session 15, after the final blind run: other templates' names of a row (考核要点) and of its
target (年度目标值), a phase the form numbers otherwise (一期 of a 二期 row), the way a bound is
set (以上限方式), the count asked after a list (…有哪些，数量也说下), how each row is set
(分别怎么设定的), a part of the figure said before (其三成), and a span of months in numerals
(按十二个月分)."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import ask

NO_ROWS = "共 0 项"


@pytest.mark.parametrize(
    ("question", "rows"),
    [
        ("国交属于质量指标的考核要点有哪些", ["质量达标率", "安全事故发生数"]),
        (
            "满意度类的考核要点，两个项目各有哪些",
            ["参与企业、专家的满意度", "参与人员与合作单位满意度"],
        ),
        ("运维社会效益方面的考核要点有几条", ["市民科普体验", "科普服务能力"]),
    ],
)
def test_another_templates_name_for_rows_is_no_condition_on_their_names(
    question: str, rows: list[str]
) -> None:
    form = "variations" if question.startswith("运维") else "builtin"
    answer = ask(question, form=form)
    assert NO_ROWS not in answer and "要点" not in answer, answer
    assert all(row in answer for row in rows), answer


@pytest.mark.parametrize(
    ("question", "figure", "not_figure"),
    [
        ("企服调查站点信息报送数量的年度目标值是多少", "≥15", "3000"),
        ("国交合作单位数量的年度指标值", "≥3", "300"),
        ("企服院士专家工作站新培育任务的指标值是多少", "≥40", "≥120"),
    ],
)
def test_another_templates_name_for_a_target_asks_the_rows_target(
    question: str, figure: str, not_figure: str
) -> None:
    answer = ask(question)
    assert figure in answer and not_figure not in answer, answer


@pytest.mark.parametrize(
    "question",
    [
        "数字化改造项目一期展区改造的完成时间要求是什么？",
        "改造项目第一期展区改造啥时候完成",
        "场馆改造三期展区改造完成时间",
    ],
)
def test_a_phase_the_form_numbers_otherwise_gets_no_date(question: str) -> None:
    answer = ask(question, form="multi_year")
    assert "2025-09-30" not in answer, answer


def test_the_phase_the_form_writes_is_still_answered() -> None:
    assert "2025-09-30" in ask("数字化改造二期改造啥时候完成", form="multi_year")


@pytest.mark.parametrize(
    ("question", "sign", "row"),
    [
        ("国交以上限方式设定指标值的有哪些", "≤", "成本控制数"),
        ("国交以“≤”方式设定的指标有几项", "≤", "成本控制数"),
        ("企服以下限方式设定的有几条", "≥", "科创赋能"),
    ],
)
def test_the_way_a_bound_is_set_lists_the_rows_written_with_it(
    question: str, sign: str, row: str
) -> None:
    answer = ask(question)
    assert f"以“{sign}”设定" in answer and row in answer and "方式" not in answer, answer


@pytest.mark.parametrize(
    ("question", "count", "rows"),
    [
        ("两个项目定性的指标有哪些，数量也说下", "共有定性的绩效指标 6 项", ["长效管理机制"]),
        ("国交有哪些质量指标，数量是多少", "共 2 项", ["质量达标率"]),
        ("企服定性指标是哪些，个数也报一下", "共 3 项", ["科普沟通联络"]),
    ],
)
def test_a_count_asked_after_a_list_counts_its_rows_not_the_count_heading(
    question: str, count: str, rows: list[str]
) -> None:
    answer = ask(question)
    assert count in answer and all(row in answer for row in rows), answer
    assert "数量指标" not in answer, answer


def test_how_each_row_is_set_lists_its_target() -> None:
    answer = ask("两个项目中属于时效指标的考核要点共有几项，分别怎么设定的？")
    assert answer.count("2026年12月底前") == 2, answer


@pytest.mark.parametrize(
    ("question", "result"),
    [
        ("企服的年度资金，其三成是多少？", "39万元"),
        ("国交预算，其中两成是多少", "8万元"),
        ("企服成本控制数其一半多少", "65万元"),
    ],
)
def test_a_part_of_the_figure_said_before_is_worked_out(question: str, result: str) -> None:
    answer = ask(question)
    assert result in answer, answer
    assert "其" not in answer.split("=")[0].split("×")[-1], answer


@pytest.mark.parametrize(
    "question", ["线上参观人次按十二个月分 每月要多少", "线上参观人次按十二个月平分，一个月多少"]
)
def test_a_span_of_months_in_numerals_divides_the_figure(question: str) -> None:
    answer = ask(question, form="multi_year")
    assert "8333.33" in answer and "您给出的" not in answer, answer


@pytest.mark.parametrize(
    "question", ["两个项目的满意度指标请一并列示。", "两个项目的满意度指标，请一并列出"]
)
def test_rows_set_side_by_side_are_the_rows_not_a_goal_sentence(question: str) -> None:
    answer = ask(question)
    assert "参与企业、专家的满意度" in answer and "参与人员与合作单位满意度" in answer, answer
    assert "年度总体目标" not in answer, answer


@pytest.mark.parametrize(
    "question", ["企服目前已经建成的院士工作站有多少家", "企服已建的院士工作站几家"]
)
def test_what_exists_already_is_not_the_row_counting_new_ones(question: str) -> None:
    answer = ask(question)
    assert "≥40" not in answer and "40家" not in answer, answer
    assert "没有找到" in answer, answer


def test_the_new_ones_are_still_the_rows() -> None:
    assert "≥40家" in ask("企服新培育的院士工作站几家")
