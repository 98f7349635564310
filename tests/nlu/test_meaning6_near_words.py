"""Rows and goal texts named by near words and everyday phrasings, not by the form's terms."""

from __future__ import annotations

import pytest

from knowledge.model import IndicatorKind
from nlu.answers import FactAnswer, IndicatorAnswer, PassageAnswer
from nlu.intents import GOAL_FIELDS, ProjectField
from tests.nlu.question_sets import engine_for


def _row_name(form: str, question: str) -> str:
    answer = engine_for(form).interpret(question).answer
    assert isinstance(answer, IndicatorAnswer), answer
    assert len(answer.indicators) == 1
    return answer.indicators[0].name


@pytest.mark.parametrize(
    "question",
    [
        "给港澳台大学生准备多少个实习位子",
        "国交的实习名额有几个",
        "港澳台学生实习要征集多少个空位",
        "暑期实习给学生提供几个席位",
    ],
)
def test_places_for_interns_are_the_posts_row(question: str) -> None:
    assert _row_name("builtin", question).endswith("征集实习岗位数量")


@pytest.mark.parametrize(
    "question",
    [
        "建设指引验收的通过率要求多少",
        "企服的建设指引验收过关率要多少",
        "建设指引验收通过率是多少",
    ],
)
def test_pass_rate_is_the_qualified_rate(question: str) -> None:
    assert _row_name("builtin", question) == "建设指引验收合格率"


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("教机构怎么申报资质的培训会，企服开几场", "机构资格申报培训会数量"),
        ("企服的机构资质申报培训会开几场", "机构资格申报培训会数量"),
        ("机构资质评审会开几次", "机构资格评审会、复审会等数量"),
    ],
)
def test_qualification_is_said_for_eligibility(question: str, name: str) -> None:
    assert _row_name("builtin", question) == name


@pytest.mark.parametrize(
    "question",
    [
        "企服要给企业牵线多少位院士专家",
        "企服要为企业引荐几名院士专家",
        "企服给企业请来多少院士专家合作",
    ],
)
def test_matchmaking_experts_is_bringing_them_in(question: str) -> None:
    assert _row_name("builtin", question) == "为企业新增引入合作的院士专家数量"


@pytest.mark.parametrize(
    ("form", "question", "name"),
    [
        ("multi_year", "观众打分要求多高", "观众满意度"),
        ("multi_year", "观众觉得满意的比例要达到多少", "观众满意度"),
        ("old_template", "修完之后老百姓打分要多少", "市民满意度"),
        ("builtin", "企服那边企业和专家打分得多高才算达标", "参与企业、专家的满意度"),
    ],
)
def test_marks_given_by_the_served_are_their_satisfaction(
    form: str, question: str, name: str
) -> None:
    assert _row_name(form, question) == name


def test_a_rating_of_performance_is_no_satisfaction() -> None:
    answer = engine_for("builtin").interpret("国际交流项目的绩效评分是多少").answer
    assert not isinstance(answer, IndicatorAnswer)


def _field(form: str, question: str) -> ProjectField:
    answer = engine_for(form).interpret(question).answer
    assert isinstance(answer, FactAnswer), answer
    return answer.field


@pytest.mark.parametrize(
    "question",
    [
        "数字化改造项目2025年具体要干成啥",
        "场馆这个项目2025年要干成啥",
        "数字化改造2025年度的目标主要是哪两件事",
        "科普场馆数字化改造2025年要做哪些事",
    ],
)
def test_a_named_year_asks_that_years_goal(question: str) -> None:
    assert _field("multi_year", question) is ProjectField.ANNUAL_GOAL


def test_a_year_the_forms_lack_is_refused_not_answered_with_a_goal() -> None:
    answer = engine_for("multi_year").interpret("数字化改造2027年要干成啥").answer
    assert not isinstance(answer, FactAnswer)


@pytest.mark.parametrize(
    ("form", "question"),
    [
        ("old_template", "这个项目最终要保障什么"),
        ("old_template", "养护这个项目最后要保障个啥"),
        ("old_template", "道桥养护 最终是要保障啥"),
        ("multi_year", "数字化改造三年下来最终要达到啥目标"),
        ("multi_year", "数字化改造项目三年下来要达成啥"),
    ],
)
def test_what_a_project_finally_secures_is_its_goal(form: str, question: str) -> None:
    assert _field(form, question) in GOAL_FIELDS


@pytest.mark.parametrize(
    "question",
    ["场馆改造这个项目横跨哪几年", "数字化改造从哪年干到哪年", "数字化改造跨几年"],
)
def test_which_years_a_project_spans_is_its_period(question: str) -> None:
    answer = engine_for("multi_year").interpret(question).answer
    fields = [answer.field] if isinstance(answer, FactAnswer) else []
    assert ProjectField.PERIOD in fields, answer


def test_a_target_reached_in_the_end_stays_a_row() -> None:
    assert _row_name("multi_year", "观众满意度最终要达到多少") == "观众满意度"


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("去打两岸大学生辩论的上海队员几个", "辩论队人数"),
        ("辩论赛上海去几个辩手", "辩论队人数"),
        ("交通研讨会上海这边收稿目标多少篇", "上海征集论文数量"),
        ("都市交通研讨会上海来稿要多少篇", "上海征集论文数量"),
        ("企服要给企业新拉进来合作的院士专家有多少位", "院士专家数量"),
        ("国交要动员几家科技社团给港澳台学生出实习岗位", "科技社团数量"),
    ],
)
def test_people_and_papers_said_in_other_words(question: str, name: str) -> None:
    assert _row_name("builtin", question).endswith(name)


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("修路那个项目要查几座桥", "桥梁检测数量"),
        ("修路项目老百姓满意度要多少", "市民满意度"),
        ("养路那个项目要养护多少米道路", "道路养护长度"),
    ],
)
def test_a_project_named_by_its_work_is_that_project(question: str, name: str) -> None:
    assert _row_name("other", question) == name


@pytest.mark.parametrize(
    "question",
    [
        "线上展馆有多少人来看",
        "线上展馆的访问量目标",
        "线上展馆要吸引多少人次",
        "线上展馆来逛的人次目标",
    ],
)
def test_a_thing_the_goal_names_beside_a_rows_word_is_that_rows(question: str) -> None:
    assert _row_name("multi_year", question) == "线上参观人次"


@pytest.mark.parametrize(
    "question",
    ["线上展馆花多少钱", "线上展馆的建设成本", "线上展馆的面积多大", "三期展区什么时候改完"],
)
def test_the_goals_words_lend_no_row_another_ask(question: str) -> None:
    answer = engine_for("multi_year").interpret(question).answer
    assert not isinstance(answer, IndicatorAnswer) or all(
        row.target.kind is IndicatorKind.DEADLINE for row in answer.indicators
    ), answer


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("老百姓对设施环境的评价要达到什么档次", "设施环境评价"),
        ("群众对设施环境怎么评价", "设施环境评价"),
        ("设施耗电这块目标是啥", "设施能耗"),
        ("设施运维的用电要怎么样", "设施能耗"),
        ("科普设施坏了最晚什么时候前要修好", "设施修复及时性"),
    ],
)
def test_the_served_and_everyday_words_name_rows(question: str, name: str) -> None:
    assert _row_name("variations", question) == name


@pytest.mark.parametrize(
    ("form", "question"),
    [
        ("builtin", "观众满意度"),
        ("builtin", "企服的市民满意度"),
        ("variations", "市民志愿者有多少人"),
    ],
)
def test_a_satisfaction_row_is_only_of_the_people_it_names(form: str, question: str) -> None:
    answer = engine_for(form).interpret(question).answer
    assert not isinstance(answer, IndicatorAnswer), answer


@pytest.mark.parametrize(
    "question",
    [
        "国交组织几所高校的辩论队去参赛",
        "派几所高校的辩论队代表上海去比赛",
        "哪个项目要组织高校辩论队去参赛",
    ],
)
def test_a_match_is_the_debate_contest_the_goal_names(question: str) -> None:
    answer = engine_for("builtin").interpret(question).answer
    assert isinstance(answer, PassageAnswer), answer
    assert "一所高校" in answer.matches[0].passage.text


@pytest.mark.parametrize(
    "question", ["请问科普场馆数字化改造项目跨越哪几个年度？", "场馆改造横跨哪几年"]
)
def test_the_years_a_project_crosses_are_its_period(question: str) -> None:
    answer = engine_for("multi_year").interpret(question).answer
    assert isinstance(answer, FactAnswer), answer
    assert answer.field is ProjectField.PERIOD


def test_materials_reported_in_pieces_are_the_rows_reports() -> None:
    assert _row_name("builtin", "企服那些调查点今年要上报几篇材料").endswith("信息报送数量")


@pytest.mark.parametrize(
    "question",
    ["请问科技工作者状况调查站点年均上报材料多少份？", "调查站点一年大概报上来多少份材料"],
)
def test_materials_a_year_on_average_are_the_goals_figure(question: str) -> None:
    answer = engine_for("builtin").interpret(question).answer
    assert isinstance(answer, PassageAnswer), answer
    assert "3000余份" in answer.matches[0].passage.text


def test_materials_checked_are_the_checking_row() -> None:
    assert "材料审核" in _row_name("builtin", "企服要审核多少材料")


@pytest.mark.parametrize(
    "question", ["设施出故障多久修好", "设施坏了几天要修复", "设施损坏后修复的时限"]
)
def test_a_fault_is_implied_by_the_repair_row(question: str) -> None:
    assert _row_name("variations", question) == "设施修复及时性"


def test_a_fault_rate_is_no_repair_row() -> None:
    answer = engine_for("variations").interpret("设施故障率是多少").answer
    assert not isinstance(answer, IndicatorAnswer), answer


@pytest.mark.parametrize(
    ("question", "name"),
    [
        (
            "企服搞展览路演沙龙那种活动至少几回",
            "组织开展相关展览展示、论坛、沙龙、路演等系列活动数量",
        ),
        ("企服一年走访区科协几回", "走访对接区科协和企业科协数量"),
        ("企服一年要跑几趟区科协做走访", "走访对接区科协和企业科协数量"),
    ],
)
def test_times_said_as_hui_or_tang_are_counted_in_ci(question: str, name: str) -> None:
    assert _row_name("builtin", question) == name


@pytest.mark.parametrize(
    "question",
    [
        "设施运维那边设施能正常用的比例要到多少",
        "设施运维里设施可用的比例是多少",
        "运维项目能正常使用的设施占比要求",
        "设施运维的设施完好的比例要到多少",
    ],
    ids=["works-normally", "usable", "in-normal-use", "intact"],
)
def test_share_of_facilities_in_working_order_is_the_intact_rate(question: str) -> None:
    answer = engine_for("variations").interpret(question).answer
    assert isinstance(answer, IndicatorAnswer), answer
    assert answer.indicators[0].name == "设施完好率"
