"""Session 6 asks: a question of several sentences answered sentence by sentence."""

from __future__ import annotations

import pytest

from nlu.several import Piece, asked_sentences
from tests.nlu.question_sets import answer_of, service_for
from tests.nlu.test_question_set import normalise

NOT_SURE = "未能确定"


def _answer(form: str, question: str) -> str:
    return normalise(answer_of({"q": question, "form": form}, service_for))


@pytest.mark.parametrize(
    ("form", "question", "want"),
    [
        ("builtin", "直通车服务多少家企业？市级调查站点有几家", ["100家", "28家"]),
        ("builtin", "港澳台实习要实习几周？合作单位要几家", ["5周", "≥3家"]),
        ("builtin", "交通研讨会是第几届？论文要征集几篇", ["第34届", "≥20篇"]),
        ("builtin", "科普论坛是第几届，上海代表去几个人", ["第18届", "≥2人"]),
    ],
    ids=["goal-and-goal", "goal-and-row", "ordinal-and-row", "ordinal-and-people"],
)
def test_each_sentence_of_a_question_is_answered(
    form: str, question: str, want: list[str]
) -> None:
    answer = _answer(form, question)
    assert all(part in answer for part in want), answer
    assert NOT_SURE not in answer, answer


@pytest.mark.parametrize(
    "question",
    [
        "科普设施开放日是第几届？办多少场",
        "开放日第几届了，要搞几场活动",
        "开放日是第几届，一共几场",
    ],
    ids=["how-many", "held", "in-all"],
)
def test_a_later_sentence_naming_no_thing_asks_about_the_earlier_ones(question: str) -> None:
    answer = _answer("variations", question)
    assert "第8届" in answer and "≥3场" in answer, answer


def test_a_week_count_is_no_row_counting_posts() -> None:
    answer = _answer("builtin", "国交实习期几周，合作单位几家")
    assert "5周" in answer and "≥3家" in answer, answer
    assert "≥100个" not in answer, answer


@pytest.mark.parametrize(
    "question",
    [
        "上次领导问起，国交合作单位要几家，我忘了",
        "刚才开会提到的，国交合作单位要几家",
        "国交合作单位要几家，麻烦了",
    ],
    ids=["before-and-after", "before", "after"],
)
def test_pieces_that_ask_nothing_add_no_not_sure_line(question: str) -> None:
    answer = _answer("builtin", question)
    assert "≥3家" in answer and NOT_SURE not in answer, answer


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("活动参与人数和港澳台学生人数一共多少人", "350"),
        ("国家级和市级调查站点加起来一共多少家", "47"),
    ],
    ids=["sum-of-rows", "sum-of-goal-figures"],
)
def test_arithmetic_over_two_things_stays_one_ask(question: str, want: str) -> None:
    assert want in _answer("builtin", question)


def test_a_listing_with_a_condition_after_a_comma_stays_one_listing() -> None:
    answer = _answer("builtin", "企服的数量指标里，单位是场的有哪些")
    assert "5项" in answer, answer


def test_sentences_keep_pieces_naming_the_form_and_drop_the_rest() -> None:
    kinds = {"企服那个工作站数量": Piece.CONTEXT, "项目起止时间": Piece.ASK}
    sentences = asked_sentences(
        "上午开会说到的，企服那个工作站数量，多少家来着，我记不清了，满意度呢 项目起止时间",
        kind=lambda piece: kinds.get(piece, Piece.NOISE),
    )
    assert sentences == ["企服那个工作站数量多少家来着", "满意度呢", "项目起止时间"]


@pytest.mark.parametrize(
    ("form", "question", "want"),
    [
        ("multi_year", "场馆数字化 线上参观人次 改造成本控制数", ["≥100000人次", "≤120万元"]),
        ("multi_year", "数字化改造 主管部门 项目资金总额", ["上海市科学技术协会", "360万元"]),
        ("old_template", "道桥养护 养护合格率 + 桥梁检测数量", ["≥95%", "4座"]),
        ("old_template", "道路桥梁养护 实施单位 养护成本", ["某区道路管理所", "≤250万元"]),
        ("variations", "设施运维 巡检车辆数 市民满意度", ["10辆", "≥90%"]),
    ],
    ids=["two-rows", "fact-and-money", "plus", "fact-and-row", "loose-project"],
)
def test_items_listed_without_asking_are_each_answered(
    form: str, question: str, want: list[str]
) -> None:
    answer = _answer(form, question)
    assert all(part in answer for part in want), answer
    assert NOT_SURE not in answer and "没有找到" not in answer, answer


def test_a_project_named_between_listed_items_scopes_the_items_after_it() -> None:
    answer = _answer("other", "数字化改造 改造展区数量 城市科普设施运维 设施完好率")
    assert "改造展区数量:指标值≥2个" in answer, answer
    assert "【城市科普设施运维】产出指标/质量指标/设施完好率" in answer, answer


@pytest.mark.parametrize(
    ("form", "question", "want"),
    [
        ("multi_year", "数字化改造 改造展区几个 观众满意度目标", ["≥2个", "≥85%"]),
        ("multi_year", "场馆改造 成本上限多少 项目资金总额", ["≤120万元", "360万元"]),
        ("old_template", "道路桥梁养护 养护成本多少 计划开始日期", ["≤250万元", "2023年7月"]),
        ("old_template", "道桥养护 桥梁检测几座 养护合格率指标", ["4座", "≥95%"]),
    ],
    ids=["row-after-ask", "field-after-ask", "date-after-ask", "rate-after-ask"],
)
def test_a_field_or_row_named_after_the_last_ask_is_asked_too(
    form: str, question: str, want: list[str]
) -> None:
    answer = _answer(form, question)
    assert all(part in answer for part in want), answer


def test_a_row_named_before_an_ask_qualifies_it_and_is_not_asked_alone() -> None:
    answer = _answer("builtin", "企服 院士专家基本信息采集 准确度要求多少")
    assert "≥120条" not in answer, answer


@pytest.mark.parametrize(
    "question",
    ["国交时效上有什么要求", "企服的时效要求", "企服在时效方面怎么要求", "国交的时效性要求是啥"],
    ids=["on", "requirement", "aspect", "timeliness"],
)
def test_timeliness_asks_the_deadline_row(question: str) -> None:
    answer = _answer("builtin", question)
    assert "活动完成及时性" in answer and "2026年12月底前" in answer, answer


def test_timeliness_beside_another_ask_is_answered_with_it() -> None:
    answer = _answer("builtin", "国交的时效要求和满意度要求各是什么")
    assert "2026年12月底前" in answer and "≥90%" in answer, answer
    assert NOT_SURE not in answer and "没有找到" not in answer, answer


def test_deadline_and_quality_headings_listed_together_stay_a_listing() -> None:
    answer = _answer("builtin", "企服的时效指标和质量指标一起列出来")
    assert "活动完成及时性" in answer and "基本信息采集准确性" in answer, answer


@pytest.mark.parametrize(
    "question",
    ["两个项目满意度目标一样不，各是多少", "企服和国交满意度定得一样不？分别多少"],
    ids=["same-or-not", "set-the-same"],
)
def test_a_yes_or_no_sentence_ending_on_bu_is_an_ask_of_its_own(question: str) -> None:
    answer = _answer("builtin", question)
    assert "参与企业、专家的满意度" in answer and "参与人员与合作单位满意度" in answer, answer


@pytest.mark.parametrize(
    "question",
    ["国交啥时候之前要完成", "企服最晚什么时候完成", "国交最迟哪天得完成"],
    ids=["before", "latest", "at-the-latest"],
)
def test_by_when_shows_the_deadline_row_beside_the_end_date(question: str) -> None:
    answer = _answer("builtin", question)
    assert "2026-12-31" in answer and "2026年12月底前" in answer, answer


def test_a_plain_end_date_ask_shows_the_date_alone() -> None:
    answer = _answer("builtin", "国交计划完成日期")
    assert "2026-12-31" in answer and "12月底前" not in answer, answer


def test_a_phase_deadline_is_not_the_projects() -> None:
    answer = _answer("multi_year", "数字化改造最迟啥时候完成")
    assert "2026-12-31" in answer and "2025-09-30" not in answer, answer


@pytest.mark.parametrize(
    "question",
    [
        "国交辩论队5个人对吧，科普论坛上海代表去几个",
        "辩论队是5个人吧？科普论坛代表几个人",
        "国交辩论队几个人，论坛上海代表去几个",
    ],
    ids=["right", "is-it", "how-many"],
)
def test_a_check_ending_on_ba_and_a_count_of_people(question: str) -> None:
    answer = _answer("builtin", question)
    assert "≥5人" in answer and "≥2人" in answer, answer
    assert NOT_SURE not in answer and "没有找到" not in answer, answer


@pytest.mark.parametrize(
    ("form", "question", "want"),
    [
        ("builtin", "辩论赛第几届了，上海去几个人", ["第25届", "≥5人"]),
        ("builtin", "科普论坛第几届，代表去几个", ["第18届", "≥2人"]),
        ("variations", "开放日接待多少市民，办几场", ["5000", "≥3场"]),
    ],
    ids=["debate", "forum", "open-day"],
)
def test_a_sentence_left_open_alone_is_asked_of_the_thing_named_before(
    form: str, question: str, want: list[str]
) -> None:
    answer = _answer(form, question)
    assert all(part in answer for part in want), answer


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("企服有几个数量指标？质量指标几个？", ["14项", "2项"]),
        ("国交有哪些时效指标，成本指标呢", ["活动完成及时性", "≤40万元"]),
    ],
    ids=["two-counts", "two-listings"],
)
def test_two_listings_asked_apart_are_both_given(question: str, want: list[str]) -> None:
    answer = _answer("builtin", question)
    assert all(part in answer for part in want), answer


@pytest.mark.parametrize(
    ("form", "question", "want"),
    [
        ("builtin", "企服的预算，以及项目负责人", "130万"),
        ("builtin", "国交的合作单位几家，志愿者多少人", "≥3家"),
        ("old_template", "道路桥梁养护的桥梁数量要检测多少座，养护车几台", "4座"),
    ],
    ids=["head-of-project", "volunteers", "vehicles"],
)
def test_a_part_the_form_lacks_is_named_beside_the_answered_part(
    form: str, question: str, want: str
) -> None:
    answer = _answer(form, question)
    assert want in answer and "没有找到" in answer and NOT_SURE not in answer, answer


@pytest.mark.parametrize(
    "question",
    ["国交的质量指标有哪些，时效指标呢", "国交质量指标都有什么？另外时效指标有哪些"],
    ids=["then-deadline", "and-deadline"],
)
def test_a_headings_rows_asked_beside_another_ask_are_all_listed(question: str) -> None:
    answer = _answer("builtin", question)
    assert "活动、论坛质量达标率" in answer and "活动安全事故发生数" in answer, answer
    assert "活动完成及时性" in answer, answer
