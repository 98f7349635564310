"""Session 7 noise: a part checking what the answer states adds no "not found" line."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import answer_of, service_for
from tests.nlu.test_question_set import normalise


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("我想确认下企服项目的实施单位，是不是展示技术中心", "科普教育展示技术中心"),
        ("企服项目的主管部门，是市科协吧", "上海市科学技术协会"),
        ("国交项目的项目类别，是不是特定目标类", "特定目标类"),
        ("国交项目的实施单位，是国际科技交流中心吗", "国际科技交流中心"),
    ],
    ids=["implementer", "department-tag", "category", "implementer-ma"],
)
def test_a_part_checking_a_header_text_is_no_missing_item(question: str, want: str) -> None:
    answer = normalise(answer_of({"q": question, "form": "builtin"}, service_for))
    assert want in answer
    assert "没有找到" not in answer, answer


def test_a_part_naming_what_the_form_lacks_is_still_named() -> None:
    answer = normalise(
        answer_of({"q": "企服项目的实施单位和负责人", "form": "builtin"}, service_for)
    )
    assert "科普教育展示技术中心" in answer
    assert "负责人" in answer and "没有找到" in answer


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("我这边在写总结，国交项目安全事故发生数的目标是不是0", ["=0起"]),
        ("我在填申报材料，企服的成本控制数和满意度各多少", ["≤130万元", "≥90%"]),
        ("明天要交报告，国交的预算和合作单位数量", ["40万元", "≥3家"]),
    ],
    ids=["summary", "filling-in", "report"],
)
def test_the_askers_own_paperwork_before_the_asks_is_no_missing_item(
    question: str, want: list[str]
) -> None:
    answer = normalise(answer_of({"q": question, "form": "builtin"}, service_for))
    assert all(part in answer for part in want), answer
    assert "没有找到" not in answer, answer


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("我是财务处小李，企服的预算多少", "130万元"),
        ("本人是新来的小刘，企服的实施单位是哪家", "科普教育展示技术中心"),
        ("您好，我叫张伟，国交项目的满意度目标是多少", "≥90%"),
    ],
    ids=["finance", "newcomer", "named"],
)
def test_the_asker_saying_who_they_are_asks_nothing(question: str, want: str) -> None:
    answer = normalise(answer_of({"q": question, "form": "builtin"}, service_for))
    assert want in answer
    assert "没有找到" not in answer, answer


def test_a_self_introduction_does_not_hide_what_the_form_lacks() -> None:
    answer = normalise(
        answer_of({"q": "我是负责志愿者的，国交要招多少志愿者", "form": "builtin"}, service_for)
    )
    assert "没有找到" in answer and "志愿者" in answer
