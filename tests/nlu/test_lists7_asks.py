"""Session 7 asks: every part of a question asking each thing is answered or named."""

from __future__ import annotations

import pytest

from nlu.answers import SeveralIndicators
from tests.nlu.question_sets import answer_of, engine_for, service_for


@pytest.mark.parametrize(
    ("question", "answered"),
    [
        ("企服的培训会和评审会各几场", "机构资格评审会、复审会等数量"),
        ("企服的评审会和培训会分别是几场", "机构资格评审会、复审会等数量"),
        ("企服的培训会和走访对接各几次", "走访对接区科协和企业科协数量"),
        ("企服的编印指引和培训会各多少", "编印《企业科协建设指引(2026)》数量"),
    ],
    ids=["each", "apart", "visits", "guide"],
)
def test_a_part_left_open_beside_one_answered_is_named(question: str, answered: str) -> None:
    answer = engine_for("builtin").interpret(question).answer
    assert isinstance(answer, SeveralIndicators), answer
    assert [ind.name for part in answer.answers for ind in part.indicators] == [answered]
    assert any("培训" in words for words in answer.unmatched), answer.unmatched


@pytest.mark.parametrize(
    ("question", "row"),
    [
        ("那个港澳台实习的岗位，一共征集多少", "征集实习岗位数量"),
        ("就是那个港澳台实习的岗位，国交项目的，一共征集多少", "征集实习岗位数量"),
        ("企服的院士工作站，今年培育多少家", "培育新申报院士(专家)工作站(服务中心)数量"),
        ("国交那个研讨会的论文，要征集多少篇", "上海征集论文数量"),
    ],
    ids=["topic-first", "project-between", "topic-open", "papers"],
)
def test_a_topic_then_what_is_asked_of_it_is_one_ask(question: str, row: str) -> None:
    answer = engine_for("builtin").interpret(question).answer
    rows = [ind.name for part in getattr(answer, "answers", [answer]) for ind in part.indicators]
    assert len(rows) == 1, rows
    assert rows[0].endswith(row), rows


@pytest.mark.parametrize(
    ("form", "question", "times"),
    [
        ("multi_year", "改造项目的年度目标和总体目标分别是什么", 1),
        ("multi_year", "数字化改造的总体目标和年度目标", 1),
        ("variations", "运维项目的年度目标和项目总目标", 1),
        ("builtin", "企服的年度目标和总体目标分别是什么", 1),
    ],
    ids=["multi-year", "overall-first", "no-overall", "builtin"],
)
def test_the_annual_goal_is_said_once_beside_the_overall_one(
    form: str, question: str, times: int
) -> None:
    answer = answer_of({"q": question, "form": form}, service_for)
    assert answer.count("年度总体目标") == times, answer
    if form == "multi_year":
        assert "三年内完成全部展区的数字化改造" in answer


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("国交活动参与人数多少？另外负责人是谁？", ["≥300人", "负责人"]),
        ("国交活动参与人数多少？负责人是谁？", ["≥300人", "负责人"]),
    ],
    ids=["besides", "plain"],
)
def test_a_joiner_inside_a_row_word_is_no_joiner_of_the_asks(
    question: str, want: list[str]
) -> None:
    # 参与 holds 与, yet the asks are cut at ？: the absent 负责人 is named beside the row.
    answer = answer_of({"q": question, "form": "builtin"}, service_for)
    assert all(part in answer for part in want), answer
    assert "没有找到“活动参与人数”" not in answer


@pytest.mark.parametrize(
    ("form", "question", "want"),
    [
        (
            "builtin",
            "企服和国交的满意度目标一样吗",
            ["参与企业、专家的满意度", "参与人员与合作单位满意度"],
        ),
        (
            "builtin",
            "两个项目的满意度目标一样吗",
            ["参与企业、专家的满意度", "参与人员与合作单位满意度"],
        ),
        ("builtin", "企服和国交的成本控制数相同吗", ["≤130万元", "≤40万元"]),
        ("other", "运维项目和养护项目的市民满意度一样吗", ["≥90%", "≥85%"]),
    ],
    ids=["same", "two-projects", "cost", "other-forms"],
)
def test_asking_whether_figures_are_the_same_shows_each(
    form: str, question: str, want: list[str]
) -> None:
    answer = answer_of({"q": question, "form": form}, service_for)
    assert all(part in answer for part in want), answer


def test_a_row_carried_to_another_project_is_not_swapped_for_another_row() -> None:
    # 企服 has no 合作单位数量: 合作 alone would name 为企业新增引入合作的院士专家数量.
    answer = answer_of({"q": "国交的合作单位数量是多少，企服的呢", "form": "builtin"}, service_for)
    assert "≥3家" in answer
    assert "120名" not in answer


@pytest.mark.parametrize(
    ("form", "text", "words"),
    [
        ("other", "运维和养护的计划完成日期", ["运维", "和", "养护"]),
        ("builtin", "该项目的预算", ["该项目", "的"]),
    ],
    ids=["peacekeeping", "purpose"],
)
def test_a_term_keeps_the_joiner_after_it_apart(form: str, text: str, words: list[str]) -> None:
    cut = engine_for(form).lexicon.cut(text)
    assert cut[: len(words)] == words, cut


@pytest.mark.parametrize(
    ("question", "named", "other"),
    [
        ("运维和养护的预算分别多少", ("城市科普设施运维", "道路桥梁养护"), "科普场馆数字化改造"),
        ("运维、改造的主管部门", ("城市科普设施运维", "科普场馆数字化改造"), "道路桥梁养护"),
        (
            "运维和养护的计划完成日期分别是什么时候",
            ("城市科普设施运维", "道路桥梁养护"),
            "科普场馆数字化改造",
        ),
    ],
    ids=["budget", "department", "end-date"],
)
def test_short_words_of_two_names_joined_scope_a_header_ask_to_both(
    question: str, named: tuple[str, str], other: str
) -> None:
    answer = answer_of({"q": question, "form": "other"}, service_for)
    assert all(f"【{project}】" in answer for project in named), answer
    assert f"【{other}】" not in answer
