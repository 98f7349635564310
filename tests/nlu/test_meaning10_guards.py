"""Guards that refuse a figure when the reading is unsure: a count named without 多少 or 几
(交通研讨会参会人数) that the quoted goal sentence never states."""

from __future__ import annotations

import pytest

from nlu.answers import IndicatorAnswer, MoneyAnswer, NotInForm, SeveralIndicators
from tests.nlu.question_sets import engine_for


def _answer(form: str, question: str) -> object:
    return engine_for(form).interpret(question).answer


@pytest.mark.parametrize(
    "question",
    [
        "交通研讨会参会人数",
        "研讨会参会专家人数",
        "科普论坛论文数量",
        "法律知识丛书数量",
        "辩论赛观众人数呢",
    ],
    ids=["meeting-people", "meeting-experts", "forum-papers", "law-books", "debate-audience"],
)
def test_terse_count_a_sentence_never_states_is_refused(question: str) -> None:
    assert isinstance(_answer("builtin", question), NotInForm)


@pytest.mark.parametrize(
    ("question", "row"),
    [
        ("研讨会论文篇数", "第 34 届海峡两岸都市交通学术研讨会上海征集论文数量"),
        ("港澳台学生人数", "参与 2026 年港澳台大学生暑期实习（上海）活动的港澳台籍学生人数"),
        ("辩论队人数", "参加第 25 届海峡两岸大学生辩论赛上海高校辩论队人数"),
    ],
    ids=["papers", "students", "debaters"],
)
def test_terse_count_of_a_row_still_answers_it(question: str, row: str) -> None:
    answer = _answer("builtin", question)
    assert isinstance(answer, IndicatorAnswer), answer
    assert [indicator.name for indicator in answer.indicators] == [row]


@pytest.mark.parametrize(
    ("form", "question", "row"),
    [
        ("variations", "嗯那个运维完好率一类的", "设施完好率"),
        ("variations", "运维完好率之类的", "设施完好率"),
        ("variations", "完好率报一下谢谢", "设施完好率"),
        ("variations", "那个完好率啥的", "设施完好率"),
        ("builtin", "国交达标率一类的", "活动、论坛质量达标率"),
        ("builtin", "企服合格率啥的", "建设指引验收合格率"),
    ],
    ids=["hedge-kind", "hedge-such", "courtesy", "hedge-what", "reach-rate", "pass-rate"],
)
def test_rate_before_a_spoken_tail_is_the_row_not_a_goal_sentence(
    form: str, question: str, row: str
) -> None:
    answer = _answer(form, question)
    assert isinstance(answer, IndicatorAnswer), answer
    assert [indicator.name for indicator in answer.indicators] == [row]


@pytest.mark.parametrize(
    ("question", "project"),
    [
        ("看展满意度?", "科普场馆数字化改造"),
        ("参观满意度", "科普场馆数字化改造"),
        ("养护满意度", "道路桥梁养护"),
        ("修路的满意度呢", "道路桥梁养护"),
        ("设施满意度", "城市科普设施运维"),
    ],
    ids=["view-show", "visit", "upkeep", "road-spoken", "facility"],
)
def test_word_one_project_writes_keeps_its_row_of_several(question: str, project: str) -> None:
    engine = engine_for("other")
    answer = engine.interpret(question).answer
    assert isinstance(answer, IndicatorAnswer), answer
    owners = {engine.project(row.project_id).name for row in answer.indicators}  # type: ignore[union-attr]
    assert owners == {project}


@pytest.mark.parametrize("question", ["满意度", "三个项目的满意度", "满意度各是多少"])
def test_row_of_several_projects_asked_alone_keeps_each(question: str) -> None:
    answer = _answer("other", question)
    assert isinstance(answer, IndicatorAnswer), answer
    assert len({row.project_id for row in answer.indicators}) == 3


@pytest.mark.parametrize(
    ("question", "row"),
    [
        ("那个…国交岗位数报下哈", "2026 年港澳台大学生暑期实习（上海）活动征集实习岗位数量"),
        ("国交岗位有多少个", "2026 年港澳台大学生暑期实习（上海）活动征集实习岗位数量"),
        ("企服院士工作站数", "培育新申报院士(专家)工作站(服务中心)数量"),
        ("企服工作站数量多少", "培育新申报院士(专家)工作站(服务中心)数量"),
        ("企服要培育几家工作站", "培育新申报院士(专家)工作站(服务中心)数量"),
    ],
    ids=["posts-spoken", "posts-how-many", "stations-terse", "stations-count", "stations-verb"],
)
def test_count_asked_back_is_the_one_row_counting_the_noun(question: str, row: str) -> None:
    answer = _answer("builtin", question)
    assert isinstance(answer, IndicatorAnswer), answer
    assert [indicator.name for indicator in answer.indicators] == [row]


def test_count_of_a_noun_no_row_counts_gives_no_figure() -> None:
    assert not isinstance(_answer("builtin", "港澳台学生的家长几个"), IndicatorAnswer)


@pytest.mark.parametrize(
    "question", ["领导要 国交论问数 谢", "国交论问数", "企服丛问数", "国交汽数多少"]
)
def test_row_found_by_a_count_word_alone_is_refused_when_other_words_are_not_its(
    question: str,
) -> None:
    answer = _answer("builtin", question)
    assert not isinstance(answer, IndicatorAnswer), answer


@pytest.mark.parametrize(
    ("question", "row"),
    [("国交论文数", "第 34 届海峡两岸都市交通学术研讨会上海征集论文数量"), ("国交场次", None)],
    ids=["papers", "sessions"],
)
def test_row_found_by_content_still_answers(question: str, row: str | None) -> None:
    answer = _answer("builtin", question)
    assert isinstance(answer, IndicatorAnswer), answer
    if row is not None:
        assert [indicator.name for indicator in answer.indicators] == [row]


@pytest.mark.parametrize(
    "question",
    [
        "来沪实习的港澳台生 几个",
        "来沪的港澳台生几个",
        "来实习的港澳台学生一共有几个",
        "港澳台实习生要几个",
    ],
    ids=["to-shanghai-apart", "to-shanghai", "all-told", "interns"],
)
def test_count_of_people_in_ge_is_the_row_counted_in_people(question: str) -> None:
    answer = _answer("builtin", question)
    assert isinstance(answer, IndicatorAnswer), answer
    assert [row.target.unit for row in answer.indicators] == ["人"]
    assert "港澳台籍学生" in answer.indicators[0].name


def test_count_of_posts_in_ge_keeps_the_row_counted_in_ge() -> None:
    answer = _answer("builtin", "国交岗位有多少个")
    assert isinstance(answer, IndicatorAnswer), answer
    assert [row.target.unit for row in answer.indicators] == ["个"]


@pytest.mark.parametrize(
    "question",
    [
        "国交项目的资金拨付账户和开户行是什么",
        "企服经费的收款账户和开户银行",
        "国交资金的账户和志愿者人数",
    ],
    ids=["account-bank", "receiving-account", "account-volunteers"],
)
def test_amount_word_inside_an_absent_item_gives_no_amount(question: str) -> None:
    answer = _answer("builtin", question)
    assert isinstance(answer, NotInForm), answer


@pytest.mark.parametrize(
    "question",
    ["国交预算和开户行是什么", "国交的预算和负责人电话", "国交预算多少，开户行是哪家"],
    ids=["budget-bank", "budget-phone", "budget-then-bank"],
)
def test_amount_asked_beside_an_absent_item_is_still_given(question: str) -> None:
    answer = _answer("builtin", question)
    assert isinstance(answer, SeveralIndicators), answer
    assert any(isinstance(part, MoneyAnswer) for part in answer.others)
    assert answer.absent


@pytest.mark.parametrize(
    "question",
    [
        "都市交通那个会，上海要交多少篇文章",
        "研讨会那个，上海交多少篇论文",
        "交通研讨会那次，要征几篇论文",
    ],
    ids=["meeting-articles", "meeting-papers", "meeting-call"],
)
def test_topic_clause_before_a_count_in_a_unit_adds_no_row(question: str) -> None:
    answer = _answer("builtin", question)
    assert isinstance(answer, IndicatorAnswer), answer
    assert [row.target.unit for row in answer.indicators] == ["篇"]


@pytest.mark.parametrize(
    "question",
    ["研讨会论文几篇，活动几场", "国交活动参与人数目标，还有安全事故允许几起"],
    ids=["two-counts", "target-then-count"],
)
def test_each_clause_that_asks_keeps_its_row(question: str) -> None:
    answer = _answer("builtin", question)
    assert isinstance(answer, SeveralIndicators), answer
    assert len(answer.answers) == 2
