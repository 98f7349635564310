"""Session 16, projects: header fields said in everyday words (上级婆家是哪个部门, 是一年的还是
好几年的, 啥时候必须干完) and what the 年度总体目标 says about a topic: the part a piece of
work belongs to (属于哪一块), the whole part pointed at by its title (法律那块具体干啥), the one
sentence a goal ask's other words are about (钱主要砸向哪些产业), this year's and the whole
span's goal said plainly (今年这期要干完啥, 终极目标)."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import ask


@pytest.mark.parametrize(
    "question",
    [
        "企服的上级婆家是哪个部门",
        "国交的娘家是谁",
        "企业科技创新服务项目的东家是哪个单位",
        "国交挂靠哪个部门",
        "企服靠山是谁",
    ],
    ids=["in-laws", "family", "employer", "attached", "patron"],
)
def test_the_body_above_said_as_family_is_the_department(question: str) -> None:
    answer = ask(question)
    assert "主管部门：上海市科学技术协会" in answer
    assert "万元" not in answer


@pytest.mark.parametrize(
    "question",
    [
        "场馆改造这个项目是一年的还是好几年的",
        "数字化改造是单年的还是多年的",
        "场馆改造跨不跨年",
        "数字化改造项目是一年干完的吗",
        "改造项目是多年的吗",
    ],
    ids=["choice", "single-or-many", "spans", "one-year", "many-years"],
)
def test_one_year_or_several_asked_is_the_nature(question: str) -> None:
    answer = ask(question, "multi_year")
    assert "跨年度" in answer
    assert "万元" not in answer


@pytest.mark.parametrize(
    "question",
    [
        "养护啥时候必须干完",
        "道路养护务必做完的日子是哪天",
        "养护一定要在哪天前做完",
        "桥梁养护最后期限是什么时候",
        "养护项目啥时候必须结束",
    ],
    ids=["must", "without-fail", "before", "last-day", "must-end"],
)
def test_a_must_finish_ask_answers_the_deadline_row(question: str) -> None:
    answer = ask(question, "old_template")
    assert "2024年1月底前" in answer
    assert "985" not in answer


@pytest.mark.parametrize(
    ("question", "part", "title"),
    [
        ("企服围绕企业科协成立运行换届的工作属于哪一块", "第二部分", "企业科协建设与服务"),
        ("企服的创新方法培训放在哪一部分里", "第六部分", "科技评价与创新方法培训"),
        ("企服组织调查站点信息报送归在哪个部分", "第四部分", "调查站点管理服务"),
        ("企服第三方科技评价属于哪个方面", "第六部分", "科技评价"),
        ("企服的院士工作站建设算在哪一块", "第一部分", "产学研协同创新服务"),
    ],
    ids=["renewal", "training", "stations", "evaluation", "academicians"],
)
def test_which_part_a_work_belongs_to_gives_its_number_and_title(
    question: str, part: str, title: str
) -> None:
    answer = ask(question)
    assert part in answer
    assert title in answer


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("企服法律那块具体干啥", ("法咨委", "律师团")),
        ("企服里跟法律有关的那块工作具体干啥", ("法咨委", "法律知识丛书")),
        ("企服法律服务那块靠哪几路人", ("法咨委", "律师团")),
        ("科技工作者遇到法律问题，企服能提供什么帮助", ("法咨委", "法律知识丛书")),
        ("企服在法律上给哪些支持", ("法咨委", "律师团")),
        ("企服调查站点那块主要做什么", ("19家", "28家")),
        ("企服评价方面干点啥", ("第三方科技评价",)),
    ],
    ids=["law", "about-law", "who-helps", "help", "support", "stations", "evaluation"],
)
def test_a_part_pointed_at_by_its_title_is_quoted_whole(
    question: str, words: tuple[str, ...]
) -> None:
    answer = ask(question)
    assert all(word in answer for word in words)
    assert "指标值" not in answer


@pytest.mark.parametrize(
    "question",
    ["企服法律那块有几个指标", "企服法律那块办几场活动"],
    ids=["rows", "figure"],
)
def test_a_part_pointed_at_with_a_figure_asked_is_no_quote(question: str) -> None:
    assert "第五部分" not in ask(question)


@pytest.mark.parametrize(
    "question",
    [
        "企服的钱主要砸向哪些产业？",
        "企服经费主要投向哪些产业",
        "企服的资金重点花在哪类企业上",
        "企业科技创新服务的钱都用在哪些产业",
        "企服的经费流向哪些产业和企业",
    ],
    ids=["thrown", "directed", "spent", "used", "flows"],
)
def test_where_the_money_goes_quotes_the_goal_sentence(question: str) -> None:
    answer = ask(question)
    assert "3+6" in answer
    assert "专精特新" in answer
    assert "130万元" not in answer
    assert "创新方法培训" not in answer  # the sentence, not the whole goal


@pytest.mark.parametrize(
    ("question", "words", "wrong"),
    [
        ("数字化改造今年这期要干完啥", ("二期展区改造", "虚拟导览"), "线上展馆"),
        ("场馆改造本期主攻什么", ("二期展区改造",), "线上展馆"),
        ("今年改造的重头戏是啥", ("虚拟导览",), "线上展馆"),
        ("数字化改造三年的终极目标是啥", ("线上展馆",), "虚拟导览"),
        ("改造项目最终目标", ("线上展馆",), "虚拟导览"),
    ],
    ids=["finish", "push", "highlight", "ultimate", "final"],
)
def test_this_years_and_the_whole_spans_goal_said_plainly(
    question: str, words: tuple[str, ...], wrong: str
) -> None:
    answer = ask(question, "multi_year")
    assert all(word in answer for word in words)
    assert wrong not in answer


@pytest.mark.parametrize(
    ("question", "form", "figure", "wrong"),
    [
        ("企服的成本上线是多少", "builtin", "≤130万元", "40万元"),
        ("国交的钱是不是全是财政拨的呀", "builtin", "40万元", "130万元"),
        ("企服预算按季度分，一季多少", "builtin", "325000", "一期"),
        ("改造三年要干成啥", "multi_year", "线上展馆", "虚拟导览"),
        ("设施运维最后想让市民得到啥", "variations", "提升市民科普体验", "万元"),
    ],
    ids=["ceiling-slip", "all-fiscal", "quarter", "three-years", "in-the-end"],
)
def test_words_of_the_new_families_leave_other_asks_as_they_were(
    question: str, form: str, figure: str, wrong: str
) -> None:
    answer = ask(question, form)
    assert figure in answer
    assert wrong not in answer


@pytest.mark.parametrize(
    "question",
    ["企业项目对科技工作者服务量的年度目标是多少？", "企服目标里调查站点一年报多少份"],
    ids=["how-many", "reports"],
)
def test_a_figure_asked_of_the_goal_is_no_sentence_without_it(question: str) -> None:
    answer = ask(question)
    assert "（科技工作者状况调查站点管理服务）：“项目持续" not in answer


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("请问贵单位企业科技创新服务项目在申报表上填的项目类别是哪一类？", "特定目标类"),
        ("贵单位企服的主管部门是哪个", "上海市科学技术协会"),
        ("想了解一下贵司国交项目的实施单位", "科普教育展示技术中心"),
        ("贵处企服项目性质是啥", "项目性质"),
    ],
    ids=["category", "department", "implementer", "nature"],
)
def test_a_courtesy_name_of_the_office_names_nothing_asked(question: str, value: str) -> None:
    answer = ask(question)
    assert value in answer
    assert "没有找到" not in answer


@pytest.mark.parametrize(
    ("question", "value", "wrong"),
    [
        ("改造啥时候告一段落", "计划完成日期：2026-12-31", "2024-01-01"),
        ("养护项目前后多长时间", "2023.07-2024.01", "985"),
        ("数字化改造前后跨几个年头", "2024-01-01", "120万"),
        ("运维一共干多久", "计划实施期间", "985"),
        ("改造项目总共多长时间", "2026-12-31", "2025-09-30"),
    ],
    ids=["wrap-up", "how-long", "years-spanned", "all-told", "in-total"],
)
def test_the_span_and_end_said_in_everyday_words(question: str, value: str, wrong: str) -> None:
    answer = ask(question, "other")
    assert value in answer
    assert wrong not in answer


@pytest.mark.parametrize(
    ("question", "form", "value", "wrong"),
    [
        ("运维是什么性质的项目，归哪一类？", "variations", "类别：一般项目", "主管部门"),
        ("国际交流那个项目算什么性质的，又归哪一类", "builtin", "类别：特定目标类", "主管部门"),
        ("数字化改造划到哪类项目", "multi_year", "项目类别：特定目标类", "主管部门"),
        ("国交归哪管", "builtin", "主管部门", "项目类别"),
    ],
    ids=["nature-and-class", "plain-class", "filed-under", "still-department"],
)
def test_the_class_filed_under_is_the_category(
    question: str, form: str, value: str, wrong: str
) -> None:
    answer = ask(question, form)
    assert value in answer
    assert wrong not in answer
