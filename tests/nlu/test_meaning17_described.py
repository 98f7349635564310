"""Session 17 meaning: rows described rather than named, and words from other offices.

A count asked in the very unit a goal sentence states (调查站点每年交上来多少份) is that
sentence's figure, not a row's counted in a unit only akin to it (篇); a goal asked of a topic
one row names in other words (路况改善的目标) is that row's target; 考核标准 said of a row on a
form without the 绩效标准 column, and words refused that the one row explaining the rest
writes (安全方面怎么考核), are that row; 人家 (the others) names nothing; a row pointed at (辩论赛
那条) is the row, not the goal sentence; 一共要培育 plans new ones, unlike 已经建成; the only row
counted in the unit asked answers when it explains every word; one row whose name joins what a
one-ask question joins (参与的人和合作单位的评价) answers it whole; 抓手, 着力点 name a row.
"""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import ask
from tests.nlu.test_meaning16_beside import REFUSED, _states_only


@pytest.mark.parametrize(
    "question",
    [
        "科技工作者调查站点每年交上来多少份东西",
        "科技工作者状况调查站点一年能报上来多少份",
        "科技工作者调查站点年均上交多少份材料",
        "科技工作者调查站点一年大概收上来多少份问卷建言",
        "科技工作者调查站点每年上报多少份",
    ],
    ids=["hand-in", "report-up", "yearly", "questionnaires", "submit"],
)
def test_count_in_the_unit_a_goal_states_quotes_the_goal(question: str) -> None:
    said = ask(question)
    assert "3000" in said
    assert "15篇" not in said


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("科技工作者调查站点信息报送多少篇", "15"),
        ("企服服务科技工作者多少人", "8000"),
    ],
    ids=["row-unit", "longer-unit-in-goal"],
)
def test_count_in_the_rows_own_unit_stays_the_row(question: str, figure: str) -> None:
    said = ask(question)
    assert figure in said
    assert "3000" not in said


@pytest.mark.parametrize(
    "question",
    [
        "养护路况改善的目标是啥",
        "道路养护对路况的目标是什么",
        "养护项目对通行条件的目标是什么",
        "养护对路况改善有啥目标",
        "养护那边路况改善定的目标是什么",
    ],
    ids=["road-state", "road-of", "traffic", "what-goal", "set"],
)
def test_goal_of_a_topic_one_row_names_otherwise_is_its_target(question: str) -> None:
    said = ask(question, "old_template")
    assert "道路通行条件" in said
    assert "改善" in said
    _states_only(said, question, set())


def test_goal_of_a_topic_no_row_names_is_refused() -> None:
    said = ask("养护项目对桥梁寿命的目标是什么", "old_template")
    assert REFUSED in said
    _states_only(said, "", set())


@pytest.mark.parametrize(
    ("question", "target"),
    [
        ("运维设施完好程度的考核标准", "85%"),
        ("运维网络带宽的考核标准是啥", "80M"),
        ("运维能耗的评判标准", "降低"),
        ("运维对设施周边环境的评价标准是什么", "优良"),
        ("运维巡检车辆数的考核口径", "10辆"),
    ],
    ids=["intact", "bandwidth", "energy", "environment", "vehicles"],
)
def test_standard_word_said_of_a_row_without_the_column_asks_its_target(
    question: str, target: str
) -> None:
    said = ask(question, "variations")
    assert target in said
    assert REFUSED not in said


@pytest.mark.parametrize(
    "question",
    ["运维项目的绩效标准是什么", "运维志愿者人数的考核标准"],
    ids=["column-itself", "absent-row"],
)
def test_standard_asked_of_no_row_is_refused(question: str) -> None:
    said = ask(question, "variations")
    assert REFUSED in said
    _states_only(said, question, set())


@pytest.mark.parametrize(
    ("question", "form", "figure"),
    [
        ("人家要配多少辆巡检车？我们区才3辆", "other", "10"),
        ("人家运维那个项目一年给了多少钱", "other", "250"),
        ("人家市里企服要服务多少人次科技工作者", "builtin", "8000"),
        ("人家国交辩论队去几个人", "builtin", "5"),
        ("人家那个养护项目修多长的路", "other", "985"),
    ],
    ids=["vehicles", "budget", "served", "debaters", "road"],
)
def test_others_said_as_renjia_names_nothing(question: str, form: str, figure: str) -> None:
    said = ask(question, form)
    assert figure in said
    assert REFUSED not in said


@pytest.mark.parametrize(
    "question",
    [
        "国交参与的人和合作单位，对咱们的评价要到什么水平？",
        "国交参与的人和合作单位，对这些活动的评价定了多少",
        "国交参与人员和合作单位对活动的评价",
        "国交参与的人和合作单位，对我们的认可要到多少",
        "国交来参加的人和合作单位对我们的口碑要多好",
    ],
    ids=["level", "score", "opinion", "approval", "reputation"],
)
def test_one_row_joining_what_a_one_ask_question_joins_answers_it(question: str) -> None:
    said = ask(question)
    assert "90%" in said
    assert "300" not in said
    assert "≥3家" not in said
    assert "5人" not in said


@pytest.mark.parametrize(
    ("question", "figures"),
    [
        ("国交参与人数和合作单位数量多少", ("300", "3家")),
        ("国交辩论队和论坛代表多少人", ("5人", "2人")),
    ],
    ids=["two-counts", "two-teams"],
)
def test_two_rows_asked_together_are_both_answered(
    question: str, figures: tuple[str, ...]
) -> None:
    said = ask(question)
    assert all(figure in said for figure in figures)


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("国交安全方面怎么考核", "0起"),
        ("国交安全这块考核啥", "0起"),
        ("企服信息采集准不准怎么评估", "100%"),
        ("企服服务科技工作者这个抓手定了多少人次", "8000"),
        ("国交论文征集这个着力点要多少篇", "20"),
        ("运维巡检车这个考核点怎么考", "10辆"),
    ],
    ids=["assess-safety", "assess-what", "evaluate", "handle", "focus", "check-point"],
)
def test_office_words_for_assessing_a_row_ask_its_target(question: str, figure: str) -> None:
    form = "variations" if question.startswith("运维") else "builtin"
    said = ask(question, form)
    assert figure in said
    assert REFUSED not in said


def test_assessing_a_thing_the_form_lacks_is_refused() -> None:
    said = ask("国交志愿者怎么考核")
    assert REFUSED in said
    _states_only(said, "", set())


@pytest.mark.parametrize(
    ("question", "target"),
    [
        ("辩论赛那条怎么填的？", "5人"),
        ("国交辩论赛那条怎么考", "5人"),
        ("国交关于两岸交流的那条定性目标是啥", "有效促进"),
        ("国交两岸交流那条写的啥", "有效促进"),
        ("科普论坛代表那条指标填的多少", "2人"),
    ],
    ids=["debate-filled", "debate-assessed", "qualitative", "exchange", "forum-delegates"],
)
def test_a_row_pointed_at_answers_rather_than_the_goal(question: str, target: str) -> None:
    said = ask(question)
    assert target in said
    assert "年度总体目标" not in said


def test_a_goal_part_pointed_at_that_no_row_explains_stays_quoted() -> None:
    said = ask("企服法律服务那条怎么写的")
    assert "法咨委" in said


@pytest.mark.parametrize(
    "question",
    [
        "你们企服一共要培育几家院士工作站",
        "企服总共计划新建几家院士工作站",
        "企服一共准备发展多少家工作站",
        "企服累计要设立多少家院士工作站",
        "企服一共将培育几家工作站",
    ],
    ids=["in-all-to", "plan-new", "prepare", "cumulative-to", "will"],
)
def test_a_plan_said_after_in_all_asks_the_new_ones(question: str) -> None:
    said = ask(question)
    assert "40" in said
    assert REFUSED not in said


@pytest.mark.parametrize(
    "question",
    ["企服已经建成的院士工作站有多少家", "企服累计培育了多少家工作站"],
    ids=["built", "cumulative"],
)
def test_what_exists_already_is_still_refused(question: str) -> None:
    said = ask(question)
    assert REFUSED in said
    assert "≥40" not in said


@pytest.mark.parametrize(
    "question",
    [
        "运维一年要办几场活动",
        "运维每年举行几场活动",
        "运维要组织几场活动啊",
        "运维那边一年开展几场活动",
        "设施运维活动一年办几场",
    ],
    ids=["hold", "yearly", "organise", "carry-out", "facilities"],
)
def test_the_only_row_in_the_unit_asked_explaining_all_answers(question: str) -> None:
    said = ask(question, "variations")
    assert "3场" in said


@pytest.mark.parametrize(
    "question",
    ["运维一年要办几场志愿者培训", "运维一年开几场讲座"],
    ids=["volunteer-training", "lectures"],
)
def test_the_only_row_in_the_unit_is_no_answer_for_other_things(question: str) -> None:
    said = ask(question, "variations")
    assert REFUSED in said
    assert "3场" not in said


@pytest.mark.parametrize(
    "question",
    ["企服主要盯着哪几类企业", "企服主攻哪类企业", "企服盯住哪些产业"],
    ids=["keep-eyes-on", "main-attack", "hold-on"],
)
def test_focus_said_in_everyday_words_quotes_the_goal(question: str) -> None:
    said = ask(question)
    assert "专精特新" in said or "3+6" in said


@pytest.mark.parametrize(
    "question",
    ["国交全年到场人数的要求？", "国交全年参与的人头要多少", "国交一年到头参加活动的人数目标"],
    ids=["attendance", "heads", "all-year"],
)
def test_the_whole_year_asks_the_row_of_all_attendance(question: str) -> None:
    said = ask(question)
    assert "300" in said


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("国交安全方面怎么考核", "0起"),
        ("运维完好这块怎么考核", "85%"),
        ("国交论坛代表这块怎么考核", "2人"),
    ],
    ids=["safety", "intact", "delegates"],
)
def test_words_refused_that_one_row_writes_are_that_row(question: str, figure: str) -> None:
    form = "variations" if question.startswith("运维") else "builtin"
    said = ask(question, form)
    assert figure in said


@pytest.mark.parametrize(
    ("question", "form"),
    [
        ("海峡两岸科普论坛征集几篇论文", "builtin"),
        ("国交辩论赛评委几个", "builtin"),
        ("养护桥梁长度多少", "old_template"),
        ("设施运维第9届开放日办几场", "variations"),
    ],
    ids=["forum-papers", "judges", "bridge-length", "other-term"],
)
def test_words_refused_for_another_thing_stay_refused(question: str, form: str) -> None:
    said = ask(question, form)
    assert REFUSED in said
    _states_only(said, question, set())


@pytest.mark.parametrize(
    "question",
    ["国交的质量关怎么定的", "国交质量关口怎么定的"],
    ids=["quality-gate", "quality-pass"],
)
def test_a_heading_said_otherwise_is_never_one_of_its_rows(question: str) -> None:
    said = ask(question)
    assert not ("100%" in said and "0起" not in said)


@pytest.mark.parametrize(
    ("question", "form"),
    [
        ("设施运维项目各指标的评价标准是什么", "variations"),
        ("按港澳台籍学生人数算，国交项目每名学生对应的预算是多少元？", "builtin"),
    ],
    ids=["every-row-standard", "money-per-student"],
)
def test_a_row_of_another_kind_of_ask_is_never_taken(question: str, form: str) -> None:
    said = ask(question, form)
    assert "优良" not in said
    assert "≥50人" not in said


def test_a_time_asked_is_never_a_cost_row() -> None:
    said = ask("数字化改造的成本上限多少？道路养护什么时候要完成", "other")
    assert "≤250" not in said
    assert "2024年1月底" in said
