"""A count asked after a listing is the listing's own count, never a sum of its rows' rates."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import answer_of, service_for


def _answer(form: str, question: str) -> str:
    return answer_of({"q": question, "form": form}, service_for)


@pytest.mark.parametrize(
    "question",
    [
        "两个项目里目标值是=100%的有哪些，一共几条",
        "目标值是=100%的一共几条",
        "两个项目里目标值是=100%的有哪些，共几项",
        "目标值=100%的指标一共有几个",
    ],
)
def test_rows_of_one_rate_are_counted_not_added(question: str) -> None:
    answer = _answer("builtin", question)
    assert "3 项" in answer and "300%" not in answer and "计算" not in answer, answer
    assert "据【" not in answer, answer  # no goal sentence for the count part


@pytest.mark.parametrize(
    ("question", "count"),
    [
        ("国交有哪些质量指标，共几个", "质量指标共 2 项"),
        ("企服的数量指标列一下，一共多少条", "数量指标共 14 项"),
    ],
)
def test_a_count_after_a_listing_adds_no_other_answer(question: str, count: str) -> None:
    answer = _answer("builtin", question)
    assert count in answer and "据【" not in answer and "未能确定" not in answer, answer


@pytest.mark.parametrize(
    ("form", "question", "want"),
    [
        ("builtin", "老师好，我是办公室小王，想确认一下国交项目的满意度目标，麻烦了", "≥90%"),
        ("builtin", "领导好，国交的活动参与人数目标", "≥300人"),
        ("builtin", "各位好 企服预算多少", "130万元"),
        ("variations", "主任好，设施完好率目标多少", "≥85%"),
    ],
)
def test_a_greeting_to_the_addressee_asks_nothing(form: str, question: str, want: str) -> None:
    answer = _answer(form, question)
    assert want in answer and "据【" not in answer, answer


@pytest.mark.parametrize("question", ["老师好", "领导好！"])
def test_a_greeting_alone_is_small_talk(question: str) -> None:
    assert _answer("builtin", question).startswith("您好")


@pytest.mark.parametrize(
    "question",
    [
        "养护成本上限摊到每米养护道路，大概多少元一米",
        "养护成本按一米算多少钱",
        "养护成本摊下来一座桥多少钱一座",
    ],
)
def test_one_of_a_measure_word_is_never_a_divisor(question: str) -> None:
    answer = _answer("old_template", question)
    assert "您给出的一" not in answer and "2500000元/" not in answer, answer


@pytest.mark.parametrize(
    "question",
    ["两个项目年度资金申请总额的平均数是多少万元", "两个项目预算的平均数", "两个项目预算平均多少"],
)
def test_an_average_said_as_a_noun_is_computed(question: str) -> None:
    answer = _answer("builtin", question)
    assert "÷ 2 = 85万元" in answer and "没有找到" not in answer, answer
