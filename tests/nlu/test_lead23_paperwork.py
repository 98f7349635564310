"""Session 23: the writing task an ask is wrapped in (帮我写一句汇报：…, 推文里要写…) is the
asker's own paperwork, left out before the ask is read — never a word of the form."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import ask


@pytest.mark.parametrize(
    ("question", "said", "unsaid"),
    [
        ("写总结要引用企服的成本上限是多少", "≤130万元", "40万"),
        ("宣传折页里要写国交的合作单位数量，多少家", "≥3家", "≥10家"),
        ("帮忙润色一句：企服全年服务科技工作者不少于多少人次", "≥8000人次", "100家"),
        ("给我拟个横幅标语，里面带上国交活动参与人数的目标", "≥300人", "≥50人"),
        ("领导发言稿里要用到运维巡检车辆数，几辆", "10辆", "985"),
        ("我要写个快讯，国交港澳台学生实习人数写多少合适", "≥50人", "≥300人"),
    ],
    ids=["verb-before", "paper-inside", "polish-a-sentence", "banner", "owner", "fits"],
)
def test_a_writing_task_opening_the_ask_is_left_out(question: str, said: str, unsaid: str) -> None:
    form = "variations" if "运维" in question else "builtin"
    answer = ask(question, form)
    assert said in answer and "没有找到" not in answer, answer
    assert unsaid not in answer, answer


@pytest.mark.parametrize(
    ("question", "missing"),
    [("国交要写几篇新闻稿", "新闻稿"), ("写个简报：国交的简报数量", "简报")],
    ids=["paperwork-asked", "paperwork-counted-after-the-task"],
)
def test_paperwork_asked_as_a_row_is_still_not_in_the_form(question: str, missing: str) -> None:
    answer = ask(question, "builtin")
    assert "没有找到" in answer and missing in answer, answer
    assert "≥" not in answer, answer


def test_a_word_of_the_form_before_the_paperwork_keeps_the_frame() -> None:
    # 活动 is a word of the form: 写活动总结 may name the rows asked, so nothing is left out.
    answer = ask("写活动总结要用，国交活动参与人数多少", "builtin")
    assert "≥300人" in answer, answer


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("帮我写个标题：“运维今年巡检车辆共____辆”，空里该填多少", "10辆"),
        ("写简报要说“运维共设数量指标X项”，X是多少", "4 项"),
    ],
    ids=["underscores", "x-placeholder"],
)
def test_a_quoted_sentence_with_a_blank_to_fill_is_the_ask(question: str, said: str) -> None:
    answer = ask(question, "variations")
    assert said in answer and "没有找到" not in answer, answer


@pytest.mark.parametrize(
    "question",
    [
        "写总结时要提运维巡检车辆数，几辆",
        "给领导汇报要说运维巡检车辆数是几辆",
        "写稿：运维巡检车辆几辆",
    ],
    ids=["when-writing", "to-the-leader", "one-character-paper"],
)
def test_more_shapes_of_a_writing_task_are_left_out(question: str) -> None:
    answer = ask(question, "variations")
    assert "10辆" in answer and "没有找到" not in answer, answer
