"""A terse question led by a project's short word is scoped to that project though it says
比例 (比 is no joiner there) or points with 那个: the row's figure answers, not the goal."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import ask


@pytest.mark.parametrize(
    ("form", "question", "said", "unsaid"),
    [
        ("variations", "运维设施完好比例的目标", ["≥85"], ["年度总体目标", "≥90"]),
        ("variations", "运维这个设施完好率比例定了多少", ["≥85"], ["年度总体目标"]),
        ("variations", "运维那边设施完好，比例要求多少", ["≥85"], ["年度总体目标"]),
        ("variations", "运维 设施完好比例 target", ["≥85"], ["年度总体目标"]),
    ],
    ids=["ratio-word", "this-one", "over-there-comma", "english-target"],
)
def test_leading_short_name_scopes_row_ask(
    form: str, question: str, said: list[str], unsaid: list[str]
) -> None:
    answer = ask(question, form)
    assert all(word in answer for word in said), answer
    assert not any(word in answer for word in unsaid), answer


@pytest.mark.parametrize(
    ("question", "said", "unsaid"),
    [
        ("运维、养护和数字化改造的年度资金合计", ["620万"], ["860万"]),
        ("养护 运维 数字化改造 三个的年度资金总共多少", ["620万"], ["860万"]),
        ("运维，养护，数字化改造，年度资金申请总额加一起", ["620万"], ["860万"]),
    ],
    ids=["joined", "spaces", "commas"],
)
def test_short_words_listed_before_a_full_name_each_scope(
    question: str, said: list[str], unsaid: list[str]
) -> None:
    answer = ask(question, "other")
    assert all(word in answer for word in said), answer
    assert not any(word in answer for word in unsaid), answer
    assert "【科普场馆数字化改造】年度资金申请总额：120万元（1,200,000.00元）\n" not in answer[:60]


@pytest.mark.parametrize(
    ("question", "said", "unsaid"),
    [
        ("运维的设施环境评价要求是什么", ["优良"], ["没有找到"]),
        ("运维那边的设施完好率目标是啥", ["≥85"], ["年度总体目标", "≥90"]),
        ("运维的设施能耗目标", ["降低"], ["没有找到"]),
    ],
    ids=["environment", "intact-over-there", "energy"],
)
def test_short_word_said_as_the_projects_names_it_only(
    question: str, said: list[str], unsaid: list[str]
) -> None:
    answer = ask(question, "other")
    assert all(word in answer for word in said), answer
    assert not any(word in answer for word in unsaid), answer


def test_leading_word_with_another_projects_word_scopes_both() -> None:
    answer = ask("运维 设施完好率 养护 养护合格率 对比下", "other")
    assert "城市科普设施运维" in answer, answer
    assert "道路桥梁养护" in answer, answer
