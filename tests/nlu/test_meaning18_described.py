"""Session 18 meaning: rows described in everyday words, and goal text asked by its own words.

A row is described by what it is about rather than named: how people feel (高不高兴, 开不开心)
is its satisfaction, those who take part (参与者, 参加方) its 参与人员, whether exchanges are
driven (带动起来) its 促进, whether work picks up (起色, 改观) its 提升, whether events are up to
standard (够不够格) its 达标, saving power its 能耗, an answer to a problem (回应, 答复) its 响应,
online popularity (人气, 热度) its 参观, mended roads its 养护, going to a meeting its 参会.
A question pointing at one row (那条) whose parts joined by 和 describe it is that row, not
two. A goal sentence is asked by pointing at the text itself (这句话里, 引号里那个词, 所谓,
系指何者, 烦请照录). Words the form has no row for stay refused.
"""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import ask
from tests.nlu.test_meaning16_beside import REFUSED, _states_only


@pytest.mark.parametrize(
    ("question", "form", "target", "figures"),
    [
        ("讲来参观的人开不开心的那项，要求定的多少", "multi_year", "≥85", {"85", "85.00"}),
        ("观众乐不乐意那条定的多少", "multi_year", "≥85", {"85", "85.00"}),
        ("看展的人高兴不高兴，有指标吗，多少", "multi_year", "≥85", {"85", "85.00"}),
        ("国交的参加者和合作方打分要多少才算过", "builtin", "≥90", {"90", "90.00"}),
        ("国交参与者和合作伙伴满意的要求", "builtin", "≥90", {"90", "90.00"}),
        ("国交里来参加的人和合作单位高不高兴那条多少", "builtin", "≥90", {"90", "90.00"}),
        ("企服参与者满意度定了多少", "builtin", "≥90", {"90", "90.00"}),
    ],
    ids=["happy", "willing", "glad", "raters", "partners", "one-row", "participants"],
)
def test_feelings_and_people_described_are_the_satisfaction_row(
    question: str, form: str, target: str, figures: set[str]
) -> None:
    said = ask(question, form)
    assert target in said
    _states_only(said, question, figures)


@pytest.mark.parametrize(
    ("question", "form", "target"),
    [
        ("国交对两岸往来的带动，目标怎么写", "builtin", "有效促进"),
        ("国交让两岸互动推动起来的那项指标值是什么", "builtin", "有效促进"),
        ("企服科普沟通联络有没有改观，目标是啥", "builtin", "有效提升"),
        ("企服科普沟通联络工作要见效到什么程度", "builtin", "有效提升"),
        ("运维用电节省方面要求是啥", "variations", "降低"),
        ("运维的耗电耗能要做到什么样", "variations", "降低"),
        ("运维出了问题答复得及时吗，指标怎么定的", "variations", "及时"),
        ("运维问题回复速度的目标", "variations", "及时"),
    ],
    ids=["driven", "pushed", "turned", "took-effect", "saving", "energy", "reply", "answer"],
)
def test_effects_described_are_the_rows_target(question: str, form: str, target: str) -> None:
    said = ask(question, form)
    assert target in said
    assert REFUSED not in said


@pytest.mark.parametrize(
    ("question", "form", "target", "figures"),
    [
        ("国交活动论坛够不够标准的要求是多少", "builtin", "=100", {"100", "100.00"}),
        ("改造项目网上的热度要做到多少", "multi_year", "100000", {"100000", "100000.00"}),
        ("网上播放量目标多少", "multi_year", "100000", {"100000", "100000.00"}),
        ("修补过的路合格率要求", "old_template", "≥95", {"95", "95.00"}),
        ("科普论坛上海去开会的人有几个", "builtin", "≥2", {"2", "2.00"}),
    ],
    ids=["up-to-standard", "popularity", "plays", "mended", "meeting"],
)
def test_figures_described_are_the_rows_figure(
    question: str, form: str, target: str, figures: set[str]
) -> None:
    said = ask(question, form)
    assert target in said
    _states_only(said, question, figures)


@pytest.mark.parametrize(
    ("question", "form"),
    [
        ("国交的志愿者有多少", "builtin"),
        ("运维管理者有几个", "variations"),
        ("国交志愿者和合作单位满意度那条要求多少", "builtin"),
        ("运维设施干不干净的要求", "variations"),
    ],
    ids=["volunteers", "managers", "volunteers-beside", "clean"],
)
def test_things_no_row_holds_stay_refused(question: str, form: str) -> None:
    said = ask(question, form)
    assert REFUSED in said
    assert "≥90" not in said or "志愿者" in said


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("“直通车”那句话里，一年服务几家企业", "100家"),
        ("企服年度目标里引号中说重点服务哪类中小企业", "专精特新"),
        ("企服说的“双跃升”何谓", "人才成长"),
        ("企服项目所说“双跃升”，所指何者", "核心竞争力"),
        ("企服项目着重聚焦何类产业，请引用原文", "3+6"),
        ("国交要联动哪几方面之力量，原文照录", "海智基地"),
    ],
    ids=["that-sentence", "in-quotes", "what-is-meant", "refers-to", "which-kind", "copy-out"],
)
def test_goal_text_asked_by_its_own_words_is_quoted(question: str, wanted: str) -> None:
    said = ask(question)
    assert wanted in said
    assert REFUSED not in said


@pytest.mark.parametrize(
    ("question", "form", "wanted"),
    [
        ("场馆数字化一项，由何单位具体负责承办", "multi_year", "上海市科普场馆中心"),
        ("数字化改造具体是哪家在承办", "multi_year", "上海市科普场馆中心"),
        ("养护活儿是哪家在操办", "old_template", "某区道路管理所"),
        ("养护那个项目，管预算的上级部门是哪家", "old_template", "某区建设和管理委员会"),
        ("国交归何部门主管", "builtin", "上海市科学技术协会"),
    ],
    ids=["which-body", "who-runs", "who-handles", "budget-owner", "which-department"],
)
def test_bodies_asked_in_written_style_are_header_facts(
    question: str, form: str, wanted: str
) -> None:
    said = ask(question, form)
    assert wanted in said
    assert "万元" not in said


@pytest.mark.parametrize(
    ("question", "form"),
    [
        ("运维设施坏了修要多快，有考核吗", "variations"),
        ("设施出了故障多久修好，有没有考核", "variations"),
    ],
    ids=["assessed", "assessed-or-not"],
)
def test_asking_whether_a_row_is_assessed_answers_the_row(question: str, form: str) -> None:
    said = ask(question, form)
    assert "修复及时性" in said
    assert REFUSED not in said


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("代表上海去比赛的那支辩论赛高校队伍，定了几个人", "≥5"),
        ("上海去参加辩论赛的那支高校队伍几个人", "≥5"),
        ("两岸辩论赛上海派的那支队伍几名队员", "≥5"),
    ],
    ids=["represent", "that-team", "members"],
)
def test_a_measure_word_after_a_pointing_word_names_nothing(question: str, wanted: str) -> None:
    said = ask(question)
    assert wanted in said
    _states_only(said, question, {"5", "5.00", "25"})


@pytest.mark.parametrize(
    "question",
    ["国交那只狗几岁", "国交那支志愿队伍多少人"],
    ids=["dog", "volunteer-team"],
)
def test_a_noun_after_a_measure_word_is_still_judged(question: str) -> None:
    said = ask(question)
    assert REFUSED in said


@pytest.mark.parametrize(
    "question",
    [
        "讲参观的人满意不满意的那条要求多少",
        "来参观的人满意不满意",
        "来看展的人满意不满意，要求多少",
        "参观的人高兴不高兴那项定了多少",
    ],
    ids=["that-row", "bare", "show", "glad"],
)
def test_satisfaction_said_as_a_verb_is_no_visit_count(question: str) -> None:
    said = ask(question, "multi_year")
    assert "≥85" in said
    assert "100000" not in said
