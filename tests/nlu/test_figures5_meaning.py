"""One row or one goal sentence understood from how people describe it, not its name."""

from __future__ import annotations

import pytest

from knowledge.model import IndicatorKind
from nlu.answers import FactAnswer, IndicatorAnswer, MoneyAnswer, NotInForm, PassageAnswer
from nlu.intents import MoneyField, ProjectField
from tests.nlu.question_sets import engine_for, service_for


def _row(form: str, question: str) -> IndicatorAnswer:
    answer = engine_for(form).interpret(question).answer
    assert isinstance(answer, IndicatorAnswer), answer
    assert len(answer.indicators) == 1
    return answer


@pytest.mark.parametrize(
    "question",
    ["企服计划往上报几篇站点的信息", "企服的调查站点信息一年交几篇"],
    ids=["wang-shang-bao", "jiao"],
)
def test_only_row_in_the_unit_asked_beats_a_sentence_without_it(question: str) -> None:
    answer = _row("builtin", question)
    assert answer.indicators[0].name == "科技工作者状况调查站点信息报送数量"
    assert answer.understood


@pytest.mark.parametrize(
    "question", ["企服要发表几篇论文", "企服要写几篇报告"], ids=["papers", "reports"]
)
def test_unit_alone_never_answers_a_thing_the_form_lacks(question: str) -> None:
    assert isinstance(engine_for("builtin").interpret(question).answer, NotInForm)


@pytest.mark.parametrize(
    "question",
    ["养护项目的路要修多长", "道路桥梁养护的路有多长"],
    ids=["xiu", "you"],
)
def test_length_asked_without_unit_is_the_row_in_metres(question: str) -> None:
    answer = _row("old_template", question)
    assert answer.indicators[0].target.unit == "米"


def test_how_long_a_time_is_no_length() -> None:
    answer = engine_for("old_template").interpret("养护项目的路修多长时间").answer
    assert not (isinstance(answer, IndicatorAnswer) and answer.indicators[0].target.unit == "米")
    assert not (
        isinstance(answer, IndicatorAnswer)
        and answer.indicators[0].target.kind is not IndicatorKind.DEADLINE
    )


@pytest.mark.parametrize(
    "question",
    [
        "场馆改造去年没花完转过来的钱有多少",
        "场馆改造去年结余转过来多少钱",
        "场馆改造上年剩下的钱有多少",
    ],
    ids=["mei-hua-wan", "jie-yu", "sheng-xia"],
)
def test_last_years_money_carried_over_is_this_forms_column(question: str) -> None:
    answer = engine_for("multi_year").interpret(question).answer
    assert isinstance(answer, MoneyAnswer) and answer.field is MoneyField.CARRY_OVER


def test_last_years_budget_is_still_a_year_not_loaded() -> None:
    answer = engine_for("multi_year").interpret("场馆改造去年的预算是多少").answer
    assert isinstance(answer, NotInForm) and answer.year == 2024


@pytest.mark.parametrize(
    "question",
    [
        "每年科技工作者状况信息、问卷、建言这些一共上报大概多少份",
        "站点每年上报的状况信息、问卷调查和建言献策一共有多少份",
    ],
    ids=["short", "long"],
)
def test_things_a_goal_sentence_lists_together_are_one_ask(question: str) -> None:
    answer = engine_for("builtin").interpret(question).answer
    assert isinstance(answer, PassageAnswer)
    assert "3000余份" in answer.matches[0].passage.text


@pytest.mark.parametrize(
    ("form", "question", "name"),
    [
        ("builtin", "两岸大学生辩论比赛那边，咱们派几个人去", "辩论队人数"),
        ("builtin", "两岸大学生辩论比赛上海派几个人参加", "辩论队人数"),
        ("variations", "设施运维那边巡逻检查用的车要几台", "巡检车辆数"),
        ("variations", "设施运维巡逻检查车辆有几辆", "巡检车辆数"),
    ],
    ids=["debate-match", "debate-send", "patrol-check", "patrol-vehicles"],
)
def test_a_word_spelled_out_at_length_is_the_rows_short_word(
    form: str, question: str, name: str
) -> None:
    answer = _row(form, question)
    assert answer.indicators[0].name.endswith(name)


@pytest.mark.parametrize(
    "question",
    [
        "国交那边要收上海多少篇投稿的论文",
        "国交一共要拿出多少个实习位置",
        "要给港澳台学生准备多少个实习位置",
    ],
    ids=["submitted-papers", "take-out-places", "prepare-places"],
)
def test_light_verbs_and_paraphrased_nouns_still_name_the_row(question: str) -> None:
    answer = _row("builtin", question)
    assert answer.indicators[0].target.unit in ("篇", "个")


def test_contraction_never_explains_an_unrelated_noun() -> None:
    answer = engine_for("builtin").interpret("国交要派几个志愿者参加辩论比赛").answer
    assert isinstance(answer, NotInForm)


@pytest.mark.parametrize(
    ("question", "field"),
    [
        ("数字化改造这个项目总共要干几年", ProjectField.PERIOD),
        ("场馆改造一共要做几年", ProjectField.PERIOD),
        ("场馆改造今年要干成什么事", ProjectField.ANNUAL_GOAL),
        ("场馆改造这个年度具体要干成啥", ProjectField.ANNUAL_GOAL),
        ("数字化改造项目最后要建成个啥", ProjectField.GOAL),
        ("场馆改造最终要实现什么", ProjectField.GOAL),
    ],
    ids=["years-gan", "years-zuo", "this-year", "this-period", "in-the-end", "finally"],
)
def test_project_level_asks_are_the_header_and_goal_fields(
    question: str, field: ProjectField
) -> None:
    answer = engine_for("multi_year").interpret(question).answer
    assert isinstance(answer, FactAnswer) and answer.field is field


def test_how_long_an_activity_lasts_quotes_the_weeks() -> None:
    answer = engine_for("builtin").interpret("国交的港澳台暑期实习前后要持续多长时间").answer
    assert isinstance(answer, PassageAnswer)
    assert "5 周" in answer.matches[0].passage.text


@pytest.mark.parametrize(
    "question",
    ["养护花的钱最多能到多少", "养护上最多花多少钱", "养护成本最多多少钱"],
    ids=["hua-de-qian", "zui-duo-hua", "bound-is-no-difference"],
)
def test_money_spent_on_a_thing_is_its_cost_row(question: str) -> None:
    answer = _row("old_template", question)
    assert answer.indicators[0].name == "养护成本"


@pytest.mark.parametrize(
    "question",
    ["场馆改造以后，线上来看的人要达到多少", "线上来看的人要达到多少", "网上观看的人数目标"],
    ids=["after-the-works", "plain", "watching"],
)
def test_online_visitors_said_plainly(question: str) -> None:
    replies = service_for("multi_year").answer(question).replies
    assert "≥100000人次" in "".join(reply.plain() for reply in replies)


def test_count_asked_is_the_row_not_a_sentence_without_numbers() -> None:
    answer = _row("builtin", "企服这块一年要给多少科技工作者提供服务")
    assert answer.indicators[0].name == "服务科技工作者人数"


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("国交在两岸交流方面预期达到啥效果", "海峡两岸交流促进情况"),
        ("国交在两岸交流上要做到什么程度", "海峡两岸交流促进情况"),
        ("国交搞活动能不能出安全问题，容忍度是多少", "活动安全事故发生数"),
        ("国交在安全方面卡的硬杠杠是什么", "活动安全事故发生数"),
        ("国交活动安全方面的底线是什么", "活动安全事故发生数"),
    ],
    ids=["effect", "degree", "tolerance", "hard-bar", "bottom-line"],
)
def test_ask_of_what_a_target_is_takes_the_row_naming_the_topic(question: str, name: str) -> None:
    answer = _row("builtin", question)
    assert answer.indicators[0].name == name


def test_effect_of_a_topic_no_row_names_is_not_in_the_form() -> None:
    answer = engine_for("builtin").interpret("国交在环境保护方面要达到什么效果").answer
    assert isinstance(answer, NotInForm)


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("企服的信息采集要做到多准", "基本信息采集准确性"),
        ("企服打算给工作站和专家们采多少条基础资料", "采集新增工作站及院士专家基本信息数量"),
    ],
    ids=["how-accurate", "basic-data"],
)
def test_rate_and_paraphrase_asks_settle_on_one_row(question: str, name: str) -> None:
    answer = _row("builtin", question)
    assert answer.indicators[0].name == name


def test_quantity_written_in_words_answers_a_count() -> None:
    replies = service_for("builtin").answer("组织上海几所高校辩论队参加辩论赛").replies
    assert "一所" in "".join(reply.plain() for reply in replies)


@pytest.mark.parametrize(
    ("form", "question", "name"),
    [
        ("builtin", "企服活动完成的时间节点是啥时候", "活动完成及时性"),
        ("multi_year", "二期改造什么时候完成", "二期改造完成时间"),
    ],
    ids=["activities", "second-phase"],
)
def test_end_date_of_a_thing_a_deadline_row_names(form: str, question: str, name: str) -> None:
    answer = _row(form, question)
    assert answer.indicators[0].name == name


@pytest.mark.parametrize(
    ("form", "question"),
    [
        ("builtin", "企服什么时候完成"),
        ("old_template", "道路桥梁养护项目什么时候结束"),
        ("old_template", "道路桥梁养护项目起止时间"),
    ],
    ids=["project-end", "project-word-in-row", "period"],
)
def test_end_date_of_the_project_is_the_header(form: str, question: str) -> None:
    answer = engine_for(form).interpret(question).answer
    assert isinstance(answer, FactAnswer)


def test_two_asks_with_a_deadline_part() -> None:
    replies = (
        service_for("builtin").answer("企服满意度要求多少？活动完成的时间节点又是啥时候").replies
    )
    text = "".join(reply.plain() for reply in replies)
    assert "≥90%" in text and "2026年12月底前" in text


@pytest.mark.parametrize(
    ("question", "quoted"),
    [
        ("企服主要瞄准的是哪几类产业和企业", "专精特新"),
        ("企服盯准的是哪类产业", "3+6"),
        ("国交这个项目说到底是想搭个什么样的桥梁和平台", "国际人才交流的平台"),
        ("国交究竟想搭什么平台", "国际人才交流的平台"),
    ],
    ids=["aim-at", "aim-at-industry", "bridge-and-platform", "platform"],
)
def test_goal_sentence_answers_asks_in_other_words(question: str, quoted: str) -> None:
    answer = engine_for("builtin").interpret(question).answer
    assert isinstance(answer, PassageAnswer)
    assert quoted in answer.matches[0].passage.text


def test_book_to_print_is_the_guide() -> None:
    answer = _row("builtin", "企服那个要印的书要几套")
    assert answer.indicators[0].target.unit == "套"


def test_row_holding_every_word_with_its_heading() -> None:
    answer = _row("old_template", "养护质量要达到多少")
    assert answer.indicators[0].name == "养护合格率"


def test_words_no_row_holds_together_stay_absent() -> None:
    answer = engine_for("old_template").interpret("养护安全事故多少起").answer
    assert isinstance(answer, NotInForm)


@pytest.mark.parametrize(
    "question",
    ["企服这个项目要组织多少场机构资格申报培训", "企服开几场机构资格申报培训会"],
    ids=["zu-zhi", "kai"],
)
def test_verb_of_holding_is_said_of_a_row_counting_events(question: str) -> None:
    answer = _row("builtin", question)
    assert answer.indicators[0].name == "机构资格申报培训会数量"


def test_verb_of_holding_never_explains_a_missing_noun() -> None:
    answer = engine_for("builtin").interpret("企服组织多少场志愿者培训").answer
    assert isinstance(answer, NotInForm)


@pytest.mark.parametrize(
    ("form", "question", "name"),
    [
        ("variations", "设施运维的步道有多长", "维护步道长度"),
        ("old_template", "养护项目的路要修多长", "道路养护长度"),
    ],
    ids=["walkway", "road"],
)
def test_length_asked_of_candidates_is_the_one_in_metres(
    form: str, question: str, name: str
) -> None:
    answer = _row(form, question)
    assert answer.indicators[0].name == name


@pytest.mark.parametrize(
    ("form", "question", "field"),
    [
        ("multi_year", "场馆改造今年要花多少", MoneyField.ANNUAL_TOTAL),
        ("builtin", "国交一年花多少钱", MoneyField.ANNUAL_TOTAL),
        ("multi_year", "场馆改造三年总共要花多少", MoneyField.PROJECT_TOTAL),
    ],
    ids=["this-year", "a-year", "three-years"],
)
def test_money_spent_in_a_period_is_that_columns_amount(
    form: str, question: str, field: MoneyField
) -> None:
    answer = engine_for(form).interpret(question).answer
    assert isinstance(answer, MoneyAnswer) and answer.field is field
