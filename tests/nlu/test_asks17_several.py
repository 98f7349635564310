"""Session 17 asks: several asks in one message, numbered by bare numbers, closed by a count of
them (两个字段, 这两个数), with a part the tagger misreads (及时性), a part in another measure
than the row before (研讨会场次 after 论文篇数), or a row word that spells part of a project's
name (桥梁数量 of 道路桥梁养护): every part is answered."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import ask
from tests.nlu.test_question_set import normalise

# 国交 合作单位 ≥3家, 活动参与人数 ≥300人, 满意度 ≥90%, 论文 ≥20篇, 研讨会场次 ≥4场, 及时性
# 2026年12月底前; 企服 项目性质 其他一次性项目, 项目类别 特定目标类; 养护 (old_template) 道路
# 985米, 桥梁 4座, 合格率 ≥95%.


def _all_in(question: str, figures: tuple[str, ...], form: str = "builtin") -> str:
    answer = normalise(ask(question, form))
    for figure in figures:
        assert figure in answer, answer
    assert "没有找到" not in answer, answer
    return answer


@pytest.mark.parametrize(
    "question",
    [
        "国交\n1 合作单位\n2 参与人数\n3 满意度",
        "国交 1 合作单位 2 参与人数 3 满意度",
        "国交：1 合作单位几家 2 参与人数多少 3 满意度多少",
        "1 国交合作单位\n2 国交参与人数\n3 国交满意度",
    ],
    ids=["lines", "one-line", "asked", "project-each"],
)
def test_asks_numbered_by_bare_numbers_are_each_answered(question: str) -> None:
    _all_in(question, ("3家", "300人", "90%"))


def test_a_figure_typed_alone_is_no_number_of_an_ask() -> None:
    _all_in("企服和国交 2 个项目的预算各多少", ("130万", "40万"))


@pytest.mark.parametrize(
    "question",
    [
        "国交满意度和及时性",
        "国交：满意度？及时性？",
        "国交及时性？满意度？",
        "国交的满意度以及及时性各是多少",
        "国交合作单位几家，及时性怎么写的",
    ],
    ids=["and", "marks", "first", "each", "written"],
)
def test_a_part_the_tagger_takes_for_an_adverb_is_answered(question: str) -> None:
    answer = _all_in(question, ("12月底前",))
    assert "90%" in answer or "3家" in answer, answer


@pytest.mark.parametrize(
    "question",
    [
        "国交的论文篇数和研讨会场次报一下",
        "国交的论文篇数和研讨会场次，这两个数报一下",
        "国交论文征集几篇、研讨会开几场",
        "国交研讨会的论文多少篇，研讨会办多少场",
    ],
    ids=["report", "two-figures", "terse", "said-twice"],
)
def test_a_part_in_another_measure_is_no_comment_on_the_row_before(question: str) -> None:
    _all_in(question, ("20篇", "4场"))


def test_a_part_in_the_row_s_own_measure_still_comments_on_it() -> None:
    answer = normalise(ask("港澳台实习的岗位，一共征集多少"))
    assert "100个" in answer, answer
    assert "20篇" not in answer, answer


@pytest.mark.parametrize(
    ("question", "figures"),
    [
        ("国交项目性质和项目类别两个字段分别填的啥", ("其他一次性项目", "特定目标类")),
        ("企服项目性质、项目类别这两栏", ("其他一次性项目", "特定目标类")),
        ("国交合作单位和参与人数，这两个数分别多少", ("3家", "300人")),
        ("国交合作单位、参与人数、满意度三个数字", ("3家", "300人", "90%")),
    ],
    ids=["fields", "columns", "figures", "three"],
)
def test_a_count_of_the_asks_closing_them_names_no_row(
    question: str, figures: tuple[str, ...]
) -> None:
    _all_in(question, figures)


def test_a_count_of_projects_still_scopes_the_ask() -> None:
    answer = _all_in("企服和国交两个项目的预算", ("130万", "40万"))
    assert "170万" in answer, answer


@pytest.mark.parametrize(
    ("question", "form"),
    [
        ("养护的道路长度、桥梁数量、合格率", "old_template"),
        ("道路长度和桥梁数量，还有合格率", "old_template"),
        ("养护的合格率、道路长度、桥梁数量", "other"),
    ],
    ids=["listed", "and", "three-projects"],
)
def test_a_row_word_spelling_part_of_the_project_name_keeps_its_row(
    question: str, form: str
) -> None:
    _all_in(question, ("985米", "4座", "95%"), form)


@pytest.mark.parametrize(
    "question",
    [
        "企服多少，国交多少",
        "两个项目的预算：企服多少，国交多少",
        "两个项目的钱，企服多少国交多少",
    ],
    ids=["bare", "topic", "unpunctuated"],
)
def test_two_asks_of_how_much_are_no_difference(question: str) -> None:
    answer = normalise(ask(question))
    assert "90万" not in answer, answer  # 130万 − 40万 was never asked


@pytest.mark.parametrize(
    ("question", "figures", "wrong"),
    [
        ("国交论文25篇、研讨会5场，没记错吧", ("20篇", "4场"), ("≥25", "≥5场")),
        ("国交合作单位5家，参与人数400人，对不对", ("3家", "300人"), ("≥5家", "≥400")),
        ("企服满意度95%、国交满意度85%，没搞错吧", ("90%",), ("≥95", "≥85")),
    ],
    ids=["papers", "units", "satisfaction"],
)
def test_figures_put_up_by_one_closing_tag_are_each_checked(
    question: str, figures: tuple[str, ...], wrong: tuple[str, ...]
) -> None:
    answer = _all_in(question, figures)
    for figure in wrong:
        assert figure not in answer, answer


@pytest.mark.parametrize(
    "question",
    [
        "国交的合作单位数量，更正：参与人数",
        "国交的合作单位数量，更正一下：是参与人数",
        "国交：合作单位数量，不对，参与人数",
    ],
    ids=["colon", "colon-again", "topic-colon"],
)
def test_a_correction_before_a_colon_takes_the_row_back(question: str) -> None:
    answer = _all_in(question, ("300人",))
    assert "3家" not in answer, answer


@pytest.mark.parametrize(
    "question",
    ["数字化 开始 结束", "数字化改造开始、结束", "场馆数字化 启动 完工", "数字化 开始和结束"],
    ids=["spaces", "comma", "other-verbs", "and"],
)
def test_bare_start_and_end_ask_the_header_dates(question: str) -> None:
    _all_in(question, ("2024-01-01", "2026-12-31"), "multi_year")


@pytest.mark.parametrize(
    "question",
    ["企服 主管 实施 各是谁", "企服主管和实施各是谁", "企服 归口 执行 分别是哪家"],
    ids=["spaces", "and", "other-words"],
)
def test_bare_department_and_implementer_ask_the_header_units(question: str) -> None:
    _all_in(question, ("上海市科学技术协会", "科普教育展示技术中心"))


@pytest.mark.parametrize(
    ("question", "total"),
    [
        ("企服预算多少，国交预算多少，一共多少", "170万"),
        ("两个项目的钱：企服多少，国交多少，一共多少", "170万"),
        ("企服预算多少？国交呢？两个加起来多少？", "170万"),
        ("国交辩论队几个人，论坛代表几个人，加起来多少人", "7人"),
    ],
    ids=["budgets", "topic", "ellipsis", "people"],
)
def test_a_last_part_asking_the_sum_adds_the_figures_before(question: str, total: str) -> None:
    answer = normalise(ask(question))
    assert total in answer, answer
    assert "90万" not in answer, answer


def test_rates_or_other_measures_are_never_added_up() -> None:
    answer = normalise(ask("企服满意度多少，国交满意度多少，一共多少"))
    assert "180" not in answer, answer
    answer = normalise(ask("国交论文几篇，研讨会几场，一共多少"))
    assert "24" not in answer, answer
