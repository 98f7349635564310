"""Session 8 multi: every project asked (分别, 各, 三个项目) gets its own row of the words."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import answer_of, service_for
from tests.nlu.test_question_set import normalise


def _answer(question: str) -> str:
    return normalise(answer_of({"q": question, "form": "other"}, service_for))


@pytest.mark.parametrize(
    "question",
    [
        "城市科普设施运维和道路桥梁养护的成本分别是多少",
        "运维项目和养护项目的成本各多少",
        "设施运维和道路养护的成本分别是多少",
    ],
    ids=["full-names", "project-words", "name-runs"],
)
def test_each_project_named_gets_its_own_cost_row(question: str) -> None:
    answer = _answer(question)
    assert "设施运维成本控制数" in answer and "养护成本" in answer, answer
    assert "改造成本控制数" not in answer, answer


def test_every_project_counted_gets_its_own_row() -> None:
    answer = _answer("三个项目的成本分别是多少")
    for row in ("设施运维成本控制数:指标值≤250万元", "改造成本控制数:指标值≤120万元", "养护成本"):
        assert row in answer, answer


def test_a_project_whose_rows_the_words_do_not_name_adds_no_row() -> None:
    answer = _answer("城市科普设施运维和道路桥梁养护的巡检车辆分别多少")
    assert "巡检车辆数" in answer and "道路养护长度" not in answer, answer


@pytest.mark.parametrize(
    ("question", "rows", "other"),
    [
        ("运维和养护的满意度分别是多少", ("满意度:指标值≥90%", "满意度:指标值≥85%"), "观众"),
        ("运维和养护的成本分别是多少", ("设施运维成本控制数", "养护成本"), "改造成本"),
        ("运维、改造的成本控制数分别多少", ("设施运维成本控制数", "改造成本控制数"), "养护成本"),
        ("运维与养护的市民满意度差几个百分点", ("90%", "85%", "5个百分点"), "观众"),
    ],
    ids=["and-satisfaction", "and-cost", "comma-cost", "gap"],
)
def test_short_words_of_two_projects_joined_name_those_projects(
    question: str, rows: tuple[str, ...], other: str
) -> None:
    answer = _answer(question)
    assert all(row in answer for row in rows), answer
    assert other not in answer and "未能确定" not in answer, answer


@pytest.mark.parametrize(
    ("question", "want", "others"),
    [
        ("养护的满意度是多少", "满意度:指标值≥85%", ("≥90%", "观众")),
        ("我记得养护的满意度是85吧", "满意度:指标值≥85%", ("≥90%", "观众")),
        ("改造的满意度目标", "观众满意度:指标值≥85%", ("≥90%", "市民满意度")),
        ("运维的满意度", "市民满意度:指标值≥90%", ("≥85%",)),
        ("运维那边的网络带宽", "≥80M", ()),
    ],
    ids=["keep", "checking", "rebuild", "upkeep", "over-there"],
)
def test_one_projects_word_said_as_its_own_scopes_a_row_ask(
    question: str, want: str, others: tuple[str, ...]
) -> None:
    answer = _answer(question)
    assert want in answer, answer
    assert not any(other in answer for other in others), answer


def test_a_project_word_other_projects_rows_write_does_not_scope() -> None:
    # 交流 is 国交's name and 企服's 学术交流 row: 交流的活动 may be either.
    answer = normalise(answer_of({"q": "交流的活动有几场", "form": "builtin"}, service_for))
    assert "企业科技创新服务" in answer, answer


@pytest.mark.parametrize(
    ("question", "wants"),
    [
        ("企服开始日期结束日期还有预算分别是", ("2026-01-01", "2026-12-31", "130万元")),
        ("企服开始日期结束日期", ("2026-01-01", "2026-12-31")),
        ("国交的主管部门实施单位，还有预算", ("上海市科学技术协会", "技术中心", "40万元")),
    ],
    ids=["dates-and-budget", "dates", "fields-and-budget"],
)
def test_header_fields_named_in_full_side_by_side_are_each_answered(
    question: str, wants: tuple[str, ...]
) -> None:
    answer = normalise(answer_of({"q": question, "form": "builtin"}, service_for))
    assert all(want in answer for want in wants), answer


@pytest.mark.parametrize(
    ("question", "want", "never"),
    [
        ("国交交通研讨会第几届 辩论赛第几届 科普论坛呢", "第18届", "≥2人"),
        ("国交的合作单位要几家，科技社团呢", "≥10家", "没有找到"),
        ("辩论队几个人，论坛代表呢", "≥2人", "没有找到"),
    ],
    ids=["ordinal", "count", "people"],
)
def test_a_part_ending_in_ne_carries_the_ask_before_it(
    question: str, want: str, never: str
) -> None:
    answer = normalise(answer_of({"q": question, "form": "builtin"}, service_for))
    assert want in answer and never not in answer, answer
