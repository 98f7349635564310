"""Session 14 asks: a year written bare on a project that lacks it, a score the form never
gives, a part that only says where the ask belongs or what it does not mean, and one field
said after each project with a plus sign; none of them ever answered with another row's
figure."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import ask
from tests.nlu.test_question_set import normalise

REFUSALS = ("没有", "未找到")

# The 养护 project has only its 2024 form (桥梁检测数量 4座, 道路养护长度, 满意度 ≥85%).


@pytest.mark.parametrize(
    "question",
    [
        "养护 2026 桥梁检测几座",
        "26年养护那个桥梁检测几座",
        "养护项目2026的桥梁检测数量",
        "2026 道路养护长度多少",
        "2025养护的养护完成时间",
    ],
    ids=["bare-middle", "short-year", "bare-after-project", "bare-first", "deadline"],
)
def test_a_year_written_bare_that_the_project_lacks_is_refused(question: str) -> None:
    answer = normalise(ask(question, "other"))
    assert any(word in answer for word in REFUSALS), answer
    assert "4座" not in answer and "2024年1月底前" not in answer, answer


def test_the_year_the_project_has_written_bare_is_answered() -> None:
    answer = normalise(ask("2024 养护 桥梁检测 几座", "other"))
    assert "4座" in answer, answer


@pytest.mark.parametrize(
    "question",
    [
        "国交自评打了多少分",
        "企服考核结果多少分啊",
        "国交的绩效评价能得多少分",
        "企服项目评审打几分",
        "企服多少页",
    ],
    ids=["self-rated", "assessment", "evaluation", "review-guess", "pages"],
)
def test_a_count_in_a_word_no_row_counts_in_gets_no_figure(question: str) -> None:
    answer = normalise(ask(question))
    assert any(word in answer for word in REFUSALS), answer
    assert not any(figure in answer for figure in ("130万", "40万", "≥1场", "22 项")), answer


@pytest.mark.parametrize(
    ("question", "form", "wrong"),
    [
        ("运维路灯有几盏，巡检那边的", "variations", "10辆"),
        ("运维的垃圾桶要放几个？保洁这块", "variations", "10辆"),
        ("国交志愿者招几个 实习那块", "builtin", "50人"),
        ("国交 志愿者 要招多少人？？实习那边", "builtin", "50人"),
        ("国交翻译要配几名？研讨会那块", "builtin", "≥4"),
    ],
    ids=["lamps", "bins", "volunteers-space", "volunteers-marks", "translators"],
)
def test_a_place_said_after_an_ask_the_form_lacks_is_not_answered(
    question: str, form: str, wrong: str
) -> None:
    answer = normalise(ask(question, form))
    assert any(word in answer for word in REFUSALS), answer
    assert wrong not in answer, answer


def test_a_place_said_after_an_ask_answered_may_ask_its_own_row() -> None:
    answer = normalise(ask("运维巡检车辆几辆，完好率那块", "variations"))
    assert "10辆" in answer and "85%" in answer, answer


@pytest.mark.parametrize(
    "question",
    [
        "企服现有的院士工作站多少家，不是新申报的那种",
        "企服院士工作站一共多少家？不是新培育的",
        "企服已经建好的院士工作站有几家，不是新培育的",
        "企服院士工作站存量多少家？但不是新培育的啊",
        "企服已经挂牌的院士工作站几家 不是今年新申报的",
    ],
    ids=["existing", "total", "built", "stock-particle", "space"],
)
def test_the_row_the_asker_rules_out_is_not_answered(question: str) -> None:
    answer = normalise(ask(question))
    assert any(word in answer for word in REFUSALS), answer
    assert "40家" not in answer, answer


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("企服新培育的院士工作站多少家，不是已有的", "40家"),
        ("企服…编印的指引，不是法律知识丛书啊，是企业科协建设指引，印几套", "1套"),
    ],
    ids=["other-ruled-out", "correction"],
)
def test_a_thing_ruled_out_that_no_row_answered_leaves_the_answer(
    question: str, want: str
) -> None:
    answer = normalise(ask(question))
    assert want in answer, answer


@pytest.mark.parametrize(
    ("question", "form", "wants"),
    [
        ("数字化改造 项目类别 + 运维 项目类别", "other", ("特定目标类", "一般项目")),
        ("改造 项目性质 & 养护 项目性质", "other", ("跨年度项目", "没有填写")),
        ("养护 实施单位 + 改造 实施单位", "other", ("某区道路管理所", "上海市科普场馆中心")),
        ("企服 主管部门 + 国交 主管部门", "builtin", ("上海市科学技术协会",)),
        ("国交 预算 + 企服 预算", "builtin", ("40万", "130万")),
    ],
    ids=["category", "nature", "unit", "department", "budget"],
)
def test_a_field_said_after_each_project_with_a_plus_is_asked_of_each(
    question: str, form: str, wants: tuple[str, ...]
) -> None:
    answer = normalise(ask(question, form))
    assert all(want in answer for want in wants), answer
    assert "170万" not in answer, answer


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("国交的研讨会是第几届，我印象里是三十几届", "第 34 届"),
        ("海峡两岸辩论赛是第几届 好像是二十几届吧", "第 25 届"),
        ("国交实习学生要多少人，我记得是几十个", "50人"),
        ("研讨会论文征集多少篇，我估计十几篇", "20篇"),
        ("都市交通研讨会第几届了 我记得是三十几", "第 34 届"),
    ],
    ids=["impression", "hao-xiang", "tens", "teens", "no-unit"],
)
def test_a_number_guessed_roughly_asks_nothing(question: str, want: str) -> None:
    answer = ask(question)
    assert want in answer, answer
    assert "没有找到" not in answer, answer


@pytest.mark.parametrize(
    ("question", "wants"),
    [
        ("国交辩论队人数&科普论坛上海代表人数", ("5人", "2人")),
        ("国交 实习岗位 & 学生人数", ("100个", "50人")),
        ("国交 论文篇数 ＆ 辩论队人数 各多少", ("20篇", "5人")),
        ("企服 服务科技工作者人数 & 报送篇数", ("8000人次", "15篇")),
        ("国交合作单位&科技社团数量", ("3家", "10家")),
    ],
    ids=["no-space", "spaces", "full-width-each", "builtin-two", "units-shared"],
)
def test_an_ampersand_between_things_lists_them(question: str, wants: tuple[str, ...]) -> None:
    answer = normalise(ask(question))
    assert all(want in answer for want in wants), answer


@pytest.mark.parametrize(
    ("question", "form", "want"),
    [
        ("国交的经费最多能花到多少封顶", "builtin", "40万"),
        ("国交一共要来多少港澳台学生实习", "builtin", "50人"),
        ("运维那边带宽要多少兆", "variations", "80M"),
        ("企服要请多少院士专家呀", "builtin", "120名"),
        ("港澳台实习岗位准备多少个啊", "builtin", "100个"),
    ],
    ids=["cap", "noun-after-ask", "mega", "particle", "unit-then-particle"],
)
def test_a_guessed_row_stays_when_the_ask_counts_in_its_words(
    question: str, form: str, want: str
) -> None:
    answer = normalise(ask(question, form))
    assert want in answer, answer


@pytest.mark.parametrize(
    ("question", "want", "wrong"),
    [
        ("国交辩论队几个人？不是科普论坛那个", "5人", "2人"),
        ("国交辩论队几个人？不是科普论坛那个，是辩论赛的", "5人", "2人"),
        ("国交学生人数多少，不是实习岗位", "50人", "100个"),
        ("企服服务科技工作者多少人次，不是服务企业那个", "8000人次", "100家"),
        ("国交合作单位几家，不是推荐实习的科技社团", "3家", "10家"),
    ],
    ids=["forum", "forum-then-meant", "posts", "firms", "societies"],
)
def test_a_row_ruled_out_after_an_ask_is_never_asked(question: str, want: str, wrong: str) -> None:
    answer = normalise(ask(question))
    assert want in answer, answer
    assert wrong not in answer, answer


@pytest.mark.parametrize(
    "question",
    [
        "国交的论文征集多少篇？不是研讨会那个，是科普论坛的",
        "国交论文要征集几篇，不是交通研讨会的，而是科普论坛那个",
        "企服院士工作站多少家？不是新培育的，而是现有的",
    ],
    ids=["forum-papers", "er-shi", "existing"],
)
def test_the_thing_meant_instead_of_the_row_ruled_out_is_refused(question: str) -> None:
    answer = normalise(ask(question))
    assert any(word in answer for word in REFUSALS), answer
    assert not any(figure in answer for figure in ("20篇", "2人", "40家")), answer
