"""Readings mended in session 22: a name of address greeting the one spoken to (老铁在不在？),
and talk typed apart by spaces before the ask on a phone (嗨～ 在外面跑现场 信号不好 …)."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import ask


@pytest.mark.parametrize(
    "question",
    ["兄弟们在吗？国交合作单位数量定的多少", "大佬，国交合作单位要几家？谢啦"],
    ids=["address-then-greeting", "address-alone"],
)
def test_a_name_of_address_greets_and_asks_nothing(question: str) -> None:
    answer = ask(question, "builtin")
    assert "≥3家" in answer and "没有找到" not in answer, answer


@pytest.mark.parametrize(
    "question",
    [
        "哈喽 刚下地铁 手机快没电了 运维巡检车辆数是多少",
        "喂 刚到工地 吵得很 运维维护步道长度多少米",
    ],
    ids=["after-hello", "after-wei"],
)
def test_talk_typed_apart_by_spaces_before_the_ask_is_set_apart(question: str) -> None:
    answer = ask(question, "variations")
    assert ("10辆" in answer or "985米" in answer) and "没有找到" not in answer, answer


def test_spaces_inside_a_punctuated_message_set_no_talk_apart() -> None:
    # A bare noun before the ask may be what is asked: it is never dropped as talk.
    answer = ask("志愿者 运维要几个", "variations")
    assert "没有找到" in answer and "志愿者" in answer, answer


@pytest.mark.parametrize(
    ("question", "said"),
    [("运维好久启动，好久结束", ["2026年1月1日", "2026年12月31日"]), ("运维好久能完成", ["12月"])],
    ids=["start-and-end", "finish"],
)
def test_haojiu_before_a_verb_of_start_or_end_asks_when(question: str, said: list[str]) -> None:
    answer = ask(question, "variations")
    assert all(word in answer for word in said), answer
    assert "超出" not in answer, answer


def test_haojiu_as_a_long_time_asks_nothing_by_itself() -> None:
    answer = ask("好久没来问了，运维巡检车辆几辆", "variations")
    assert "10辆" in answer and "什么时候" not in answer, answer


def test_a_regional_ask_word_joined_to_the_verb_before_it_still_asks() -> None:
    answer = ask("国交研讨会那些搞好多场", "builtin")
    assert "≥4场" in answer, answer


@pytest.mark.parametrize(
    "question",
    ["两个项目的满意度各是多少，别给我整岔了", "两个项目满意度各多少，可别弄岔喽"],
    ids=["plea-with-gei-wo", "plea-alone"],
)
def test_a_plea_not_to_get_it_wrong_asks_nothing(question: str) -> None:
    answer = ask(question, "builtin")
    assert "没有找到" not in answer and answer.count("90%") >= 2, answer


@pytest.mark.parametrize(
    ("question", "said"),
    [("跨年那个 总盘子", "360万"), ("科协那个项目 谁实施", "科普场馆中心")],
    ids=["topic-of-money", "topic-of-owner"],
)
def test_a_topic_typed_apart_by_a_space_is_no_talk(question: str, said: str) -> None:
    answer = ask(question, "other")
    assert said in answer and "250万" not in answer and "道路管理所" not in answer, answer


def test_a_project_typed_apart_after_a_greeting_is_no_talk() -> None:
    answer = ask("你好 麻烦看下 国焦项目 合作单位数量 目标", "builtin")
    assert "≥3家" in answer and "国交" in answer, answer


def test_baifenbai_setting_a_row_reads_as_one_hundred_per_cent() -> None:
    answer = ask("两个项目定的百分百的指标都有哪几个", "builtin")
    assert "3 项" in answer and "活动、论坛质量达标率" in answer, answer


def test_a_de_between_two_words_making_a_known_word_is_left_out() -> None:
    answer = ask("国交要征集的实习的位置有多少个", "builtin")
    assert "≥100个" in answer and "没有找到" not in answer, answer


@pytest.mark.parametrize(
    ("form", "question", "said"),
    [
        ("variations", "运维算一般项目吧", "项目类别：一般项目"),
        ("builtin", "国交是经常性项目吗？", "项目性质：其他一次性项目"),
        ("builtin", "企服是不是一般项目的", "项目类别：特定目标类"),
    ],
    ids=["value-held", "another-value", "wrong-value"],
)
def test_a_header_value_put_up_for_checking_answers_the_forms_value(
    form: str, question: str, said: str
) -> None:
    answer = ask(question, form)
    assert said in answer, answer


def test_a_row_pointed_at_with_yi_is_the_row_pointed_at() -> None:
    answer = ask("设施完好率那一项，要求写的多少", "variations")
    assert "≥85%" in answer and "没有找到" not in answer, answer


@pytest.mark.parametrize(
    ("question", "said", "unsaid"),
    [
        ("国交合作单位几家？满意度那些不用管", "≥3家", "≥90%"),
        ("国交的质量指标有哪些，安全事故那条就不用提了", "质量达标率", "安全事故"),
    ],
    ids=["one-row-asked", "rows-listed"],
)
def test_rows_one_is_told_not_to_mention_are_left_out(
    question: str, said: str, unsaid: str
) -> None:
    answer = ask(question, "builtin")
    assert said in answer and unsaid not in answer.replace("不含“安全事故”", ""), answer


def test_ying_wei_asks_what_a_field_reads() -> None:
    answer = ask("请问国交项目的计划完成日期应为何日", "builtin")
    assert "2026-12-31" in answer and "没有找到" not in answer, answer


@pytest.mark.parametrize("question", ["运维巡检车辆数这一栏如何填写", "运维巡检车辆数怎么填"])
def test_how_a_cell_is_filled_in_asks_what_the_form_fills_it_with(question: str) -> None:
    answer = ask(question, "variations")
    assert "10辆" in answer and "没有找到" not in answer and "怎么样" not in answer, answer


def test_to_enlarge_an_effect_is_to_raise_it() -> None:
    answer = ask("国交要怎样扩大科普活动的影响力，目标怎么定的", "builtin")
    assert "有效提升" in answer and "没有找到" not in answer, answer


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("数字化改造是跨年度项目，项目资金总额减去年度资金申请总额剩多少。", "240万"),
        ("这个跨年度的改造项目计划哪天完成？", "2026"),
    ],
    ids=["told-then-asked", "value-describing-the-project"],
)
def test_a_header_value_told_or_describing_is_no_check(question: str, said: str) -> None:
    answer = ask(question, "multi_year")
    assert said in answer and "项目性质：" not in answer, answer


def test_na_yi_xiang_before_mubiao_is_no_project() -> None:
    answer = ask("企服合作单位那块，走访对接那一项目标是几次", "builtin")
    assert "≥10次" in answer and "绩效指标 22 项" not in answer, answer


def test_the_row_at_one_end_is_never_said_to_be_all_the_rows() -> None:
    answer = ask("企服以次计的指标里目标最小的是哪条", "builtin")
    assert "目标最小的" in answer and "≥2次" in answer, answer
    assert "共 1 项" not in answer and "≥10次" not in answer, answer


def test_a_character_alone_is_never_read_across_a_cut() -> None:
    answer = ask("国交安全上如何衡量的", "builtin")
    assert "如什么" not in answer and "安全事故" in answer, answer


@pytest.mark.parametrize(
    ("question", "said", "unsaid"),
    [
        ("企服以“场”计的指标都有么事", "共 5 项", "共有"),
        ("国交的产出指标除开数量指标还有哪些", "质量达标率", "活动参与人数"),
        ("企服年度资金申请总额几多个钱", "130万", "40万"),
    ],
    ids=["mo-shi", "chu-kai", "ge-qian"],
)
def test_wuhan_and_central_plains_words(question: str, said: str, unsaid: str) -> None:
    answer = ask(question, "builtin")
    assert said in answer and unsaid not in answer, answer


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("填空题：国交合作单位数量的目标是____家", "≥3家"),
        ("选择题：国交满意度目标是（ ）？", "≥90%"),
        ("简答：国交有哪些质量指标", "质量达标率"),
    ],
    ids=["blank", "choice", "short-answer"],
)
def test_a_quiz_item_asks_its_key(question: str, said: str) -> None:
    answer = ask(question, "builtin")
    assert said in answer and "没有找到" not in answer, answer
