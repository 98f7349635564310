"""Session 16 asks: a part of a message that only remarks (an ask slipped in by the way, talk
taken up again, whose concern the asks are, how the message was typed) or only wishes how the
answer is shown (in an order, listed and counted) neither blocks nor replaces the answer."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import ask
from tests.nlu.test_question_set import normalise

# 企服 年度预算 130万, 国交 40万; 国交 合作单位 ≥3家, 以人计的 4 项 (300, 50, 5, 2);
# 运维 (variations) 设施完好率 ≥85%, 市民满意度 ≥90%.


@pytest.mark.parametrize(
    "question",
    [
        "啊对了顺便再问一嘴 国交合作单位要几家",
        "另外多问一句，国交合作单位要几家",
        "插一句，国交合作单位几家",
        "顺带问一下 国交的合作单位数量",
        "还有个问题，国交合作单位定了几家",
        "再请教一下，国交要几家合作单位",
        "打听一下 国交合作单位几家",
    ],
    ids=[
        "one-more-mouth",
        "one-more-sentence",
        "cut-in",
        "by-the-way",
        "one-more",
        "again",
        "inquire",
    ],
)
def test_an_ask_slipped_in_by_the_way_is_answered(question: str) -> None:
    answer = normalise(ask(question))
    assert "3家" in answer, answer
    assert "没有找到" not in answer, answer


@pytest.mark.parametrize(
    "question",
    [
        "话说…国交合作单位要几家来着",
        "话说回来，国交合作单位几家",
        "说起来 国交的合作单位数量是多少",
        "对了对了，国交合作单位要几家",
        "诶，国交合作单位几家",
        "话说国交合作单位要几家来着",
        "说起来国交合作单位几家？",
        "对了国交的合作单位定了几家",
    ],
    ids=[
        "say",
        "back-to",
        "speaking-of",
        "right-right",
        "hey",
        "unmarked",
        "unmarked-q",
        "oh-right",
    ],
)
def test_talk_taken_up_again_asks_nothing(question: str) -> None:
    answer = normalise(ask(question))
    assert "3家" in answer, answer
    assert "没有找到" not in answer, answer


@pytest.mark.parametrize(
    "question",
    [
        "老百姓关心的：科普设施完好率要多少，市民满意度要多少",
        "市民最关注的两个数：设施完好率，市民满意度",
        "群众关注：运维的完好率和满意度",
        "大家比较关心的几个问题，完好率多少，满意度多少",
        "媒体想了解的是：运维的设施完好率和市民满意度",
    ],
    ids=["common-people", "two-figures", "masses", "few-questions", "press"],
)
def test_a_lead_in_of_whose_concern_the_asks_are_is_no_ask(question: str) -> None:
    answer = normalise(ask(question, "variations"))
    assert "85%" in answer, answer
    assert "90%" in answer, answer
    assert "没有找到" not in answer, answer


@pytest.mark.parametrize(
    "question",
    [
        "国交项目的钱是多少钱呃就是预算啊语音打的字可能不对",
        "国交预算多少语音打的字可能不准",
        "国交的预算是多少呀手机打字不方便",
        "国交的年度预算多少啊输入法老出错",
        "国交预算多少哦网络不好",
    ],
    ids=["voice", "question-word", "phone", "input-method", "network"],
)
def test_the_typing_talked_of_after_an_unpunctuated_ask_is_a_remark(question: str) -> None:
    answer = normalise(ask(question))
    assert "40万" in answer, answer
    assert "130万" not in answer, answer


@pytest.mark.parametrize(
    "question",
    [
        "两个项目年度资金各多少，按金额降序排",
        "两个项目的预算各是多少，从大到小排一下",
        "企服和国交的年度预算分别多少 由高到低",
        "两个项目预算各多少，按预算多少排个序",
        "国交和企服年度资金各申请多少，大的在前",
        "国交、企服的预算各多少，按金额从大到小",
    ],
    ids=["descending", "big-to-small", "high-to-low", "by-key", "big-first", "named-small-first"],
)
def test_amounts_wished_largest_first_are_answered_in_that_order(question: str) -> None:
    answer = normalise(ask(question))
    assert "130万" in answer and "40万" in answer, answer
    assert answer.index("130万") < answer.rindex("40万"), answer
    assert "没有找到" not in answer, answer


@pytest.mark.parametrize(
    "question",
    [
        "两个项目年度资金各多少，按金额升序排",
        "两个项目的预算各是多少，从小到大排",
        "企服和国交的年度预算分别多少，由低到高排列",
    ],
    ids=["ascending", "small-to-big", "low-to-high"],
)
def test_amounts_wished_smallest_first_are_answered_in_that_order(question: str) -> None:
    answer = normalise(ask(question))
    assert answer.index("40万") < answer.index("130万"), answer
    assert "没有找到" not in answer, answer


@pytest.mark.parametrize(
    "question",
    [
        "国交以人计的指标，按目标值从低到高排",
        "国交单位是人的指标有哪些，按指标值升序",
        "国交按人算的指标 从小到大排列",
    ],
    ids=["target-low-high", "value-ascending", "terse"],
)
def test_rows_wished_in_order_are_listed_in_that_order(question: str) -> None:
    answer = normalise(ask(question))
    assert "共4项" in answer.replace(" ", ""), answer
    assert answer.index("≥2人") < answer.index("≥5人") < answer.index("≥300人"), answer


@pytest.mark.parametrize(
    "question",
    [
        "国交项目里单位是“人”的指标，列表+计数",
        "国交项目里单位是人的指标，列出来并计数",
        "国交以人计的指标有几个，列个表",
        "国交以人计的指标，顺便数一下",
        "国交以人计的指标有哪些，附上条数",
        "国交单位为人的指标 清单加总数",
    ],
    ids=[
        "list-plus-count",
        "list-and-count",
        "count-then-list",
        "count-by-the-way",
        "with-count",
        "terse",
    ],
)
def test_a_list_and_its_count_wished_are_both_given(question: str) -> None:
    answer = normalise(ask(question))
    assert "共4项" in answer.replace(" ", ""), answer
    for row in ("活动参与人数", "港澳台籍学生人数", "辩论队人数", "上海代表参会人数"):
        assert row in answer, answer
    assert "没有找到" not in answer, answer
    assert "合作单位" not in answer, answer


@pytest.mark.parametrize(
    "question",
    [
        "按金额降序，两个项目年度资金各多少",
        "两个项目年度资金各多少按金额降序排",
        "国交和企服的预算各多少从大到小",
        "从高到低排：国交、企服的年度预算",
        "请按从大到小的顺序列出国交和企服的年度预算",
        "国交、企服两个项目的预算，谁多谁排前面",
    ],
    ids=[
        "wish-first",
        "unmarked-end",
        "unmarked-direction",
        "wish-heading",
        "wish-opening-clause",
        "who-more-first",
    ],
)
def test_an_order_wished_before_or_glued_to_the_ask_is_no_ask(question: str) -> None:
    answer = normalise(ask(question))
    assert answer.index("130万") < answer.rindex("40万"), answer
    assert "没有找到" not in answer, answer


@pytest.mark.parametrize(
    "question",
    [
        "国交数量指标按目标值排序，前三是哪些？最小的是哪条？",
        "国交的数量指标，按指标值从大到小排，排第一的是哪个",
        "国交数量指标按目标值降序 最低的是哪条",
    ],
    ids=["top-three-and-least", "first-place", "lowest"],
)
def test_the_ends_of_an_order_wished_are_shown_by_the_ordered_rows(question: str) -> None:
    answer = normalise(ask(question)).replace(" ", "")
    assert "共10项" in answer, answer
    assert answer.index("≥300人") < answer.index("≥100个") < answer.index("≥50人"), answer
    assert answer.index("≥50人") < answer.index("≥2人"), answer


@pytest.mark.parametrize(
    "question",
    [
        "国交按场计的指标从多到少排",
        "运维的巡检怎么安排",
        "国交的活动怎么排期",
    ],
    ids=["condition-before-order", "arrange", "schedule"],
)
def test_words_of_arranging_or_a_condition_on_rows_are_no_order_key(question: str) -> None:
    answer = normalise(ask(question))
    assert "没有找到“降序" not in answer, answer
    if "场计" in question:
        assert "共2项" in answer.replace(" ", ""), answer


@pytest.mark.parametrize(
    "question",
    [
        "国交合作单位几家，一句话回答",
        "国交合作单位几家 直接给数",
        "国交合作单位几家？简单说就行",
        "国交合作单位几家，只要数字",
        "国交合作单位几家，不用解释",
    ],
    ids=["one-sentence", "just-the-figure", "simply", "digits-only", "no-explaining"],
)
def test_a_wish_for_a_short_answer_is_no_ask(question: str) -> None:
    answer = normalise(ask(question))
    assert "3家" in answer, answer
    assert "没有找到" not in answer, answer


@pytest.mark.parametrize(
    "question",
    [
        "企服的预算……算了，还是问国交的吧",
        "企服预算多少 算了 还是问国交吧",
        "企服预算多少？算了，改问国交的",
        "企服的钱，算了算了，国交的",
        "企服预算，不问这个了，还是说国交的预算",
    ],
    ids=["dots-instead", "spaces-instead", "ask-instead", "twice", "not-asked"],
)
def test_a_project_withdrawn_with_its_ask_is_never_answered(question: str) -> None:
    answer = normalise(ask(question))
    assert "40万" in answer, answer
    assert "130万" not in answer, answer


@pytest.mark.parametrize(
    "question",
    [
        "企服预算多少，算了不问这个了，国交合作单位几家",
        "企服预算多少？算了算了，国交合作单位几家",
        "企服预算，当我没问，国交合作单位几家",
        "企服预算多少，换个问题，国交合作单位几家",
    ],
    ids=["not-asked", "twice", "never-asked", "other-question"],
)
def test_an_ask_withdrawn_whole_gives_way_to_the_next(question: str) -> None:
    answer = normalise(ask(question))
    assert "3家" in answer, answer
    assert "130万" not in answer, answer


@pytest.mark.parametrize(
    "question",
    [
        "国交合作单位几家 等下 先问企服预算",
        "国交合作单位几家，稍等，企服预算多少",
        "国交合作单位几家，等一下，还有企服的预算",
    ],
    ids=["wait-first", "a-moment", "wait-and-more"],
)
def test_a_pause_between_two_asks_lends_no_project(question: str) -> None:
    answer = normalise(ask(question))
    assert "3家" in answer and "130万" in answer, answer
    assert "40万" not in answer, answer


@pytest.mark.parametrize(
    "question",
    [
        "企服预算多少？不不，是国交的",
        "企服的钱 不 是国交的 多少",
        "企服预算，不，应该是国交预算",
    ],
    ids=["doubled", "spaces", "should-be"],
)
def test_a_bare_no_between_marks_takes_the_project_back(question: str) -> None:
    answer = normalise(ask(question))
    assert "40万" in answer, answer
    assert "130万" not in answer, answer


def test_a_no_asking_yes_or_no_takes_nothing_back() -> None:
    answer = normalise(ask("国交预算够不，是不是40万"))
    assert "40万" in answer, answer
