"""A header field asked with a short word of one project's name is that project's field."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import answer_of, service_for


@pytest.mark.parametrize(
    ("question", "project", "figure"),
    [
        ("运维的预算多少", "城市科普设施运维", "250万元"),
        ("运维上年结转资金", "城市科普设施运维", "50万元"),
        ("改造的财政资金", "科普场馆数字化改造", "300万元"),
        ("养护的实施单位是谁", "道路桥梁养护", "某区道路管理所"),
        ("运维的主管部门", "城市科普设施运维", "上海市某某局"),
    ],
    ids=["budget", "carry-over", "fiscal", "implementer", "department"],
)
def test_a_short_word_of_one_name_scopes_a_header_ask(
    question: str, project: str, figure: str
) -> None:
    answer = answer_of({"q": question, "form": "other"}, service_for)
    assert f"【{project}】" in answer and figure in answer
    others = {"城市科普设施运维", "科普场馆数字化改造", "道路桥梁养护"} - {project}
    assert not any(f"【{other}】" in answer for other in others)


def test_words_of_two_names_scope_each_part() -> None:
    answer = answer_of({"q": "道路的主管部门和运维的主管部门", "form": "other"}, service_for)
    assert "某区建设和管理委员会" in answer and "上海市某某局" in answer
    assert "【科普场馆数字化改造】" not in answer


def test_a_word_two_names_share_scopes_neither() -> None:
    """科普 is in two names: every project's budget is listed, none is picked."""
    answer = answer_of({"q": "科普的预算多少", "form": "other"}, service_for)
    assert "【城市科普设施运维】" in answer and "【科普场馆数字化改造】" in answer


def test_the_word_stays_for_a_row_of_the_project() -> None:
    answer = answer_of({"q": "养护啥时候完成", "form": "other"}, service_for)
    assert "2024年1月底前" in answer
