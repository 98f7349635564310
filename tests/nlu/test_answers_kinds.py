"""The engine's typed answers for filters, arithmetic, several asks, absent items, ask-backs."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.dictionary import trimmed_dictionary
from knowledge.arithmetic import Operation
from knowledge.catalog import catalog_from_forms
from knowledge.model import IndicatorKind
from nlu.answers import (
    FactAnswer,
    FigureCalculation,
    FigureMismatch,
    IndicatorAnswer,
    IndicatorList,
    MoneyAnswer,
    NotInForm,
    PassageAnswer,
    SeveralIndicators,
)
from nlu.arithmetic import load_operation_words, per_ask, quoted_figures, stated_figures
from nlu.engine import QuestionEngine
from nlu.figures import money_figure, same_column
from nlu.filters import load_filter_words, read_filter
from nlu.intents import Aggregate, MoneyField, ProjectField
from nlu.lexicon import coined_aliases, new_tokenizer
from tests.nlu.question_sets import answer_of, engine_for, forms_of, service_for

JOBS = "2026 年港澳台大学生暑期实习（上海）活动征集实习岗位数量"


@pytest.mark.parametrize(
    ("question", "names"),
    [
        (
            '国际交流项目里以"个"计量的指标有哪些',
            ["2026 年港澳台大学生暑期实习（上海）活动征集实习岗位数量"],
        ),
        ("目标是0的指标", ["活动安全事故发生数"]),
        ("有截止日期的指标", ["活动完成及时性", "活动完成及时性"]),
    ],
    ids=["unit", "value", "deadline"],
)
def test_filtered_list_keeps_only_matching_rows(
    engine: QuestionEngine, question: str, names: list[str]
) -> None:
    answer = engine.interpret(question).answer
    assert isinstance(answer, IndicatorList)
    assert [ind.name for group in answer.groups for ind in group.indicators] == names


def test_filter_with_no_row_is_an_empty_list(engine: QuestionEngine) -> None:
    answer = engine.interpret("以吨计量的指标有哪些").answer
    assert isinstance(answer, IndicatorList)
    assert answer.groups == () and answer.row_filter.unit == "吨"


def test_read_filter_finds_kind_and_operator() -> None:
    words = load_filter_words()
    found = read_filter("哪些指标是定性的", words=words, level=None)
    assert found.row_filter.kind is IndicatorKind.QUALITATIVE
    found = read_filter("目标值为100%的指标", words=words, level=None)
    assert found.row_filter.value == Decimal(100)


def test_money_comparison_keeps_the_order_the_question_names(engine: QuestionEngine) -> None:
    answer = engine.interpret("国际交流项目预算比科创服务少百分之多少").answer
    assert isinstance(answer, MoneyAnswer)
    assert answer.operation is Operation.PERCENT_DIFFERENCE
    assert [p.name for p in answer.projects] == ["国际科技人文交流与合作", "企业科技创新服务"]


def test_targets_of_two_indicators_add_up(engine: QuestionEngine) -> None:
    answer = engine.interpret("活动参与人数和港澳台学生人数一共多少人").answer
    assert isinstance(answer, FigureCalculation)
    assert answer.calculation.result == Decimal(350) and answer.unit == "人"


def test_figures_quoted_from_a_goal_are_added(engine: QuestionEngine) -> None:
    answer = engine.interpret("调查站点国家级加市级一共几家").answer
    assert isinstance(answer, FigureCalculation)
    assert [o.value for o in answer.calculation.operands] == [19, 28]
    assert answer.source is not None


def test_stated_figures_need_a_distinct_name_each() -> None:
    text = "建有国家级调查站点19家，市级调查站点28家，共3000余份。"
    found = stated_figures(text, unit="家", names=["国家级", "市级", "调查站点"])
    assert [(o.label, o.value) for o in found] == [("国家级", Decimal(19)), ("市级", Decimal(28))]


def test_operation_words_pick_the_most_specific_ask() -> None:
    words = load_operation_words()
    assert words.read("比科创服务少百分之多少") is Operation.PERCENT_DIFFERENCE
    assert words.read("占总预算的比例") is Operation.SHARE
    assert words.read("活动参与人数是多少") is None


def test_several_asks_answer_money_beside_an_indicator(engine: QuestionEngine) -> None:
    answer = engine.interpret("企业项目的预算和满意度分别是多少").answer
    assert isinstance(answer, SeveralIndicators)
    assert isinstance(answer.others[0], MoneyAnswer)
    assert answer.answers[0].indicators[0].name == "参与企业、专家的满意度"


@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("国际交流项目的志愿者人数目标", "志愿者"),
        ("项目负责人是谁", "负责人"),
        ("联系电话是多少", "电话"),
    ],
    ids=["volunteers", "person", "phone"],
)
def test_item_the_form_lacks_gets_no_figure(
    engine: QuestionEngine, question: str, word: str
) -> None:
    answer = engine.interpret(question).answer
    assert isinstance(answer, NotInForm)
    assert word in answer.words


@pytest.mark.parametrize(
    "question",
    ["您好，想确认一下企服的成本控制数上限", "打扰一下，请教企服成本控制数是多少"],
    ids=["confirm", "bother"],
)
def test_polite_request_verbs_are_no_item_of_the_form(
    engine: QuestionEngine, question: str
) -> None:
    answer = engine.interpret(question).answer
    assert isinstance(answer, IndicatorAnswer)
    assert answer.indicators[0].name == "企业科技创新服务成本控制数"


def test_a_distinguishing_word_the_row_lacks_gives_no_figure(engine: QuestionEngine) -> None:
    """国家级 tells one kind of station from another: the row of all stations' reports (15篇)
    is no operand for it; the figures of the goal sentence that states the stations are."""
    answer = engine.interpret("科技工作者状况调查站点国家级比市级少几家").answer
    assert not isinstance(answer, FigureMismatch)
    assert isinstance(answer, FigureCalculation) and answer.source is not None
    assert "国家级" in answer.source.passage.text
    assert [operand.value for operand in answer.calculation.operands] == [19, 28]


def test_a_figure_asked_of_a_row_named_in_full_is_the_rows_not_a_goal_sentence() -> None:
    """The goal sentence writes 运维 and 设施完好率 but states no percentage; the row does."""
    answer = engine_for("variations").interpret("运维这块的设施完好率目标是多少").answer
    assert isinstance(answer, IndicatorAnswer)
    assert answer.indicators[0].name == "设施完好率"


def test_year_not_loaded_is_said(engine: QuestionEngine) -> None:
    answer = engine.interpret("2027年的预算").answer
    assert isinstance(answer, NotInForm)
    assert answer.year == 2027 and answer.years == (2026,)


@pytest.mark.parametrize(
    ("question", "year"),
    [
        ("2027企服预算", 2027),
        ("企服2025预算多少", 2025),
        ("国交2027的活动参与人数", 2027),
        ("企服 27年预算", 2027),
        ("国交25年度预算", 2025),
        ("24年国交满意度", 2024),
    ],
    ids=["before", "after-project", "before-de", "two-digits", "two-digits-du", "first"],
)
def test_a_year_written_without_nian_is_a_year(
    engine: QuestionEngine, question: str, year: int
) -> None:
    answer = engine.interpret(question).answer
    assert isinstance(answer, NotInForm)
    assert answer.year == year and answer.years == (2026,)


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("2026企服预算", None),  # the year loaded
        ("活动参与人数是2000吗", "活动参与人数"),  # a figure asked about
        ("国交活动参与2000人够吗", "活动参与人数"),  # a figure with its unit
        ("服务科技工作者2000人次以上吗", "服务科技工作者人数"),
        ("26年企服预算", None),
        ("国交活动是26年12月底前完成吗", None),  # a date, not a form's year
        ("国交2027年1月底前完成的是哪项", None),
    ],
    ids=["loaded", "ask", "unit", "unit-bound", "two-digits-loaded", "date", "date-four"],
)
def test_four_digits_said_as_a_figure_or_the_loaded_year_are_no_missing_year(
    engine: QuestionEngine, question: str, name: str | None
) -> None:
    answer = engine.interpret(question).answer
    assert not isinstance(answer, NotInForm), answer
    if name is not None:
        assert isinstance(answer, IndicatorAnswer), answer
        assert answer.indicators[0].name == name


def test_one_candidate_left_is_answered_as_understood(engine: QuestionEngine) -> None:
    answer = engine.interpret("一共要请多少港澳台学生来实习").answer
    assert isinstance(answer, IndicatorAnswer) and answer.understood
    assert answer.indicators[0].name.endswith("港澳台籍学生人数")


def test_goal_question_is_not_a_header_field(engine: QuestionEngine) -> None:
    answer = engine.interpret("聚焦哪类产业").answer
    assert isinstance(answer, PassageAnswer)
    assert "产业" in answer.matches[0].passage.text


def test_coined_short_names_come_from_first_characters() -> None:
    tokenizer = new_tokenizer(trimmed_dictionary())
    coined = coined_aliases(tokenizer, "企业科技创新服务")
    assert {"企服", "科创", "科创服务", "企服项目"} <= coined
    # 国际 + 人文 gives 国人, a common word of its own.
    assert "国人" not in coined_aliases(tokenizer, "国际科技人文交流与合作")


def test_coined_short_name_inside_a_longer_word_names_no_project(
    engine: QuestionEngine,
) -> None:
    assert engine.read("企服项目的预算").project_ids == (1,)
    # 科创 inside the indicator 科创赋能 is that indicator's word, not the project's name.
    assert engine.read("科创赋能活动多少场").project_ids == ()


def test_relative_year_is_counted_from_the_newest_form(engine: QuestionEngine) -> None:
    answer = engine.interpret("企业项目去年的预算").answer
    assert isinstance(answer, NotInForm) and answer.year == 2025


@pytest.mark.parametrize(
    "question", ["企服年度预算减去年度财政拨款还剩多少", "企服预算减去年度成本控制数差多少"]
)
def test_a_year_word_across_two_words_names_no_year(engine: QuestionEngine, question: str) -> None:
    # 减去 / 年度: 去年 is written across two words, so no form of 2025 is asked for.
    assert not isinstance(engine.interpret(question).answer, NotInForm)
    named = engine.interpret(question.replace("减去", "比去年")).answer  # 比 / 去年 / 年度
    assert isinstance(named, NotInForm) and named.year == 2025


def test_figures_in_different_units_are_not_combined(engine: QuestionEngine) -> None:
    answer = engine.interpret("征集论文数量和辩论队人数相加是多少").answer
    assert isinstance(answer, FigureMismatch)
    assert [figure.unit for figure in answer.figures] == ["篇", "人"]


def test_money_unit_asked_is_kept_on_the_answer(engine: QuestionEngine) -> None:
    answer = engine.interpret("企业项目成本控制数是多少元").answer
    assert isinstance(answer, IndicatorAnswer) and answer.money_unit == "元"


def test_amount_in_both_columns_follows_the_other_operand() -> None:
    catalog = catalog_from_forms(forms_of("multi_year"))
    project = catalog.projects[0]
    other = money_figure(project, MoneyField.OTHER)
    total = money_figure(project, MoneyField.PROJECT_TOTAL)
    assert other is not None and total is not None
    assert other.value == 0  # the year's column
    assert [f.value for f in same_column([other, total])] == [600000, 3600000]


@pytest.mark.parametrize(
    ("question", "values", "unit"),
    [
        ("国际交流项目成本控制数按活动参与人数摊，人均多少钱", [400000, 300], "元/人"),
        ("院士专家数除以培育工作站数，平均每站几个", [120, 40], "名/家"),
        ("活动参与人数和国际交流项目成本控制数，每人多少钱", [400000, 300], "元/人"),
    ],
    ids=["per-person", "divided-by", "divisor-named-by-per"],
)
def test_amount_per_unit_divides_by_the_count(
    engine: QuestionEngine, question: str, values: list[int], unit: str
) -> None:
    answer = engine.interpret(question).answer
    assert isinstance(answer, FigureCalculation)
    assert answer.calculation.operation is Operation.PER
    assert [o.value for o in answer.calculation.operands] == values
    assert answer.unit == unit


def test_times_across_units_divides_values_and_says_so(engine: QuestionEngine) -> None:
    answer = engine.interpret("征集实习岗位数量是港澳台学生人数的几倍").answer
    assert isinstance(answer, FigureCalculation) and answer.units_differ
    assert answer.calculation.result == Decimal(2)


def test_sum_across_units_is_refused(engine: QuestionEngine) -> None:
    answer = engine.interpret("征集论文数量和辩论队人数相加是多少").answer
    assert isinstance(answer, FigureMismatch)


def test_per_clause_is_found_with_the_unit_it_divides_by() -> None:
    assert load_operation_words().read("每米大概多少钱") is Operation.PER
    found = per_ask("资金总额和养护长度算，每米大概多少钱")
    assert found is not None and found.unit == "米"
    assert per_ask("两个项目平均每个项目多少钱") is None


def test_one_and_a_measure_word_before_a_sharing_verb_ask_per_unit(
    engine: QuestionEngine,
) -> None:
    found = per_ask("按活动场次平均，一场摊多少钱")
    assert found is not None and found.unit == "场"
    assert per_ask("国交的成本控制数一共多少") is None  # no verb of sharing: no per ask
    assert per_ask("一年花多少钱") is None  # 年 is a period, not a unit shared out
    answer = engine.interpret("国交成本控制数按都市交通研讨会的活动场次平均，一场摊多少钱").answer
    assert isinstance(answer, FigureCalculation)
    assert answer.calculation.operation is Operation.PER
    assert answer.calculation.result == Decimal(100000) and answer.unit == "元/场"


@pytest.mark.parametrize(
    ("question", "project"),
    [("企业科创服务比国际交流项目多申请了多少", 1), ("企业项目的预算是国际交流合作的几倍", 2)],
    ids=["word-before", "word-after"],
)
def test_words_of_a_project_name_join_its_short_name(
    engine: QuestionEngine, question: str, project: int
) -> None:
    query = engine.read(question)
    assert project in query.project_ids
    assert not {"企业", "合作"} & {term.token for term in query.terms}


def test_targets_of_filtered_rows_add_up(engine: QuestionEngine) -> None:
    answer = engine.interpret("企业项目里以次为单位的几个指标加总是多少次").answer
    assert isinstance(answer, FigureCalculation)
    assert answer.calculation.operation is Operation.SUM
    assert answer.calculation.result == Decimal(22) and answer.unit == "次"


def test_filtered_rows_in_mixed_units_are_not_added(engine: QuestionEngine) -> None:
    answer = engine.interpret("企业项目的数量指标加起来一共多少").answer
    assert not isinstance(answer, FigureCalculation)


@pytest.mark.parametrize(
    ("question", "unit", "value"),
    [("哪些指标是百分比的", "%", None), ("有没有哪个指标目标值定的是0的", None, Decimal(0))],
    ids=["unit-after-indicator", "value-set-to"],
)
def test_filter_paraphrases_are_read(
    question: str, unit: str | None, value: Decimal | None
) -> None:
    found = read_filter(question, words=load_filter_words(), level=None)
    assert (found.row_filter.unit, found.row_filter.value) == (unit, value)


def test_words_any_row_writes_filter_the_rows(engine: QuestionEngine) -> None:
    answer = engine.interpret("港澳台暑期实习相关的指标有哪些").answer
    assert isinstance(answer, IndicatorList)
    rows = [ind.name for group in answer.groups for ind in group.indicators]
    assert len(rows) == 4 and all("港澳台大学生暑期实习" in name for name in rows)


@pytest.mark.parametrize(
    "question",
    [
        "请问一下设施运维那个项目设施完好率要达到多少",
        "设施运维的完好率",
        "麻烦查下城市科普那个项目的设施完好率哈",
    ],
    ids=["name-before-pointer", "bare-run-of-name", "verbs-before-name"],
)
def test_project_named_loosely_scopes_the_question(question: str) -> None:
    engine = engine_for("variations")
    answer = engine.interpret(question).answer
    assert isinstance(answer, IndicatorAnswer)
    assert answer.indicators[0].name == "设施完好率"


def test_count_a_goal_states_divides_an_amount() -> None:
    answer = (
        engine_for("variations").interpret("科普设施运维的年度申请额平均到每处设施是多少钱").answer
    )
    assert isinstance(answer, FigureCalculation)
    assert [o.value for o in answer.calculation.operands] == [2500000, 12]
    assert answer.figures[1].quote and answer.unit == "元/处"


def test_per_unit_ask_without_a_divisor_gives_no_figure(engine: QuestionEngine) -> None:
    answer = engine.interpret("企业项目的年度申请额平均到每个展位是多少钱").answer
    assert isinstance(answer, NotInForm)


def test_quoted_figures_need_their_clause_to_name_the_thing() -> None:
    text = "完成全市12处科普设施的日常运维。开展第8届开放日活动,接待市民不少于5000人次。"
    found = quoted_figures(text, units=frozenset({"人次", "处"}), about=["接待"])
    assert [(q.value, q.unit) for q in found] == [(Decimal(5000), "人次")]


def test_share_of_figures_a_goal_states(engine: QuestionEngine) -> None:
    answer = engine.interpret("国家级调查站点在全部调查站点里占比多少").answer
    assert isinstance(answer, FigureCalculation) and answer.source is not None
    assert answer.calculation.operation is Operation.SHARE
    assert [o.value for o in answer.calculation.operands] == [19, 28]


def test_amount_and_count_the_question_gives_are_divided(engine: QuestionEngine) -> None:
    answer = engine.interpret("企服130万服务8000人次科技工作者，平均每人次多少钱").answer
    assert isinstance(answer, FigureCalculation)
    assert all(figure.given for figure in answer.figures)
    assert answer.calculation.result == Decimal("162.5") and answer.unit == "元/人次"


def test_total_narrowed_by_words_also_gives_the_wider_total(engine: QuestionEngine) -> None:
    answer = engine.interpret("企业项目所有按场计的培训目标加起来多少场").answer
    assert isinstance(answer, FigureCalculation) and answer.wider is not None
    assert answer.narrowed_by == ("培训",)
    assert answer.calculation.result == Decimal(2)
    assert answer.wider.calculation.result == Decimal(43)


def test_asks_joined_as_sentences_are_each_answered(engine: QuestionEngine) -> None:
    answer = engine.interpret("建设指引印几套？验收合格率要求多少？").answer
    assert isinstance(answer, SeveralIndicators)
    names = [part.indicators[0].name for part in answer.answers]
    assert names == ["编印《企业科协建设指引(2026)》数量", "建设指引验收合格率"]


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("指引要印多少", "编印《企业科协建设指引(2026)》数量"),
        ("申报培训会几场", "机构资格申报培训会数量"),
    ],
    ids=["verb-of-one-name", "stop-word-of-one-name"],
)
def test_a_word_only_one_candidate_holds_settles_the_ask_back(
    engine: QuestionEngine, question: str, name: str
) -> None:
    answer = engine.interpret(question).answer
    assert isinstance(answer, IndicatorAnswer) and answer.understood
    assert answer.indicators[0].name == name


@pytest.mark.parametrize(
    ("form", "question", "word"),
    [
        ("multi_year", "数字化改造项目三期展区什么时候改完", "3期"),
        ("builtin", "辩论赛要拿第几名", "第几名"),
    ],
    ids=["phase-not-in-form", "rank-never-stated"],
)
def test_ordinal_the_form_never_writes_is_absent(form: str, question: str, word: str) -> None:
    answer = engine_for(form).interpret(question).answer
    assert isinstance(answer, NotInForm)
    assert word in answer.words


def test_words_asking_before_xiangmu_name_no_project(engine: QuestionEngine) -> None:
    answer = engine.interpret("企业科创项目算哪一类项目").answer
    assert isinstance(answer, FactAnswer) and answer.field is ProjectField.CATEGORY


def test_goal_shown_explains_words_about_it(engine: QuestionEngine) -> None:
    answer = engine.interpret("企服年度目标分了哪几块工作").answer
    assert isinstance(answer, FactAnswer) and answer.field is ProjectField.ANNUAL_GOAL


def test_row_whose_every_word_is_asked_settles_the_ask_back(engine: QuestionEngine) -> None:
    # 最少 before the ask names no row (figures6): the one row is found without an ask-back.
    answer = engine.interpret("人文交流项目最少要多少人参加活动").answer
    assert isinstance(answer, IndicatorAnswer) and len(answer.indicators) == 1
    assert answer.indicators[0].name == "活动参与人数"


def test_length_of_time_a_goal_states_is_quoted(engine: QuestionEngine) -> None:
    answer = engine.interpret("港澳台大学生实习一共实习多长时间").answer
    assert isinstance(answer, PassageAnswer)
    assert "5 周" in answer.matches[0].passage.text


def test_budget_beside_a_project_wide_amount_reads_the_project_column() -> None:
    answer = engine_for("multi_year").interpret("数字化改造项目财政资金占总额的比例").answer
    assert isinstance(answer, FigureCalculation)
    assert [o.value for o in answer.calculation.operands] == [3000000, 3600000]
    assert answer.figures[1].shown_as is MoneyField.PROJECT_TOTAL


def test_count_of_filtered_rows_is_no_sum(engine: QuestionEngine) -> None:
    answer = engine.interpret("企服项目一共有多少个以场计的指标").answer
    assert isinstance(answer, IndicatorList) and answer.count_only


def test_unit_asked_settles_an_operand_that_fits_several_rows(engine: QuestionEngine) -> None:
    answer = engine.interpret("港澳台学生和辩论队一共多少人").answer
    assert isinstance(answer, FigureCalculation)
    assert answer.calculation.result == Decimal(55) and answer.unit == "人"


@pytest.mark.parametrize(
    ("form", "question", "values"),
    [
        ("old_template", "道路桥梁养护预算按桥梁数平均每座桥多少钱", [2500000, 4]),
        ("variations", "巡检车辆每辆摊多少运维成本", [2500000, 10]),
        ("builtin", "国交平均每个实习岗位多少钱", [400000, 100]),
        ("builtin", "国交项目每个合作单位平均摊多少预算", [400000, 3]),
    ],
    ids=["unit-names-the-row", "count-before-amount-after", "generic-unit-noun", "noun-picks-row"],
)
def test_per_clause_names_the_count_and_the_amount(
    form: str, question: str, values: list[int]
) -> None:
    answer = engine_for(form).interpret(question).answer
    assert isinstance(answer, FigureCalculation)
    assert [o.value for o in answer.calculation.operands] == values


def test_per_clause_with_several_fitting_rows_gives_no_figure(engine: QuestionEngine) -> None:
    answer = engine.interpret("企服每场活动多少钱").answer
    assert isinstance(answer, NotInForm)


def test_when_asked_of_a_phase_answers_its_deadline_row() -> None:
    answer = engine_for("multi_year").interpret("数字化改造的二期什么时候完成").answer
    assert isinstance(answer, IndicatorAnswer) and answer.understood
    assert answer.indicators[0].name == "二期改造完成时间"


def test_second_project_named_loosely_joins_the_scope() -> None:
    answer = engine_for("other").interpret("数字化改造和设施运维的年度申请总额一共多少").answer
    assert isinstance(answer, MoneyAnswer)
    assert {p.name for p in answer.projects} == {"科普场馆数字化改造", "城市科普设施运维"}


def test_money_asked_of_a_cost_row_answers_the_row(engine: QuestionEngine) -> None:
    answer = engine.interpret("企服成本多少钱").answer
    assert isinstance(answer, IndicatorAnswer)
    assert answer.indicators[0].name == "企业科技创新服务成本控制数"
    assert isinstance(engine.interpret("企服要多少钱").answer, MoneyAnswer)


def test_goal_stating_a_number_in_the_unit_asked_is_quoted() -> None:
    answer = engine_for("variations").interpret("设施运维负责多少处设施的运维").answer
    assert isinstance(answer, PassageAnswer)
    assert "12 处" in answer.matches[0].passage.text


def test_per_unit_ask_about_something_absent_gives_no_figure(engine: QuestionEngine) -> None:
    answer = engine.interpret("港澳台实习生每人补贴多少钱").answer
    assert isinstance(answer, NotInForm) and any("补贴" in word for word in answer.words)


def test_several_asks_each_answered_even_with_a_unit_synonym(engine: QuestionEngine) -> None:
    answer = engine.interpret("企服的走访次数和科创赋能活动场次分别是多少").answer
    assert isinstance(answer, SeveralIndicators) and len(answer.answers) == 2


@pytest.mark.parametrize("question", ["企业科协建设指引每套多少钱", "企服每次走访花多少钱"])
def test_unit_cost_the_form_never_states_gets_no_figure(
    engine: QuestionEngine, question: str
) -> None:
    answer = engine.interpret(question).answer
    assert isinstance(answer, NotInForm)


def test_loosely_named_project_keeps_its_place_in_a_comparison() -> None:
    answer = engine_for("other").interpret("设施运维的预算比数字化改造项目多多少").answer
    assert isinstance(answer, MoneyAnswer) and answer.operation is Operation.DIFFERENCE
    assert [p.name for p in answer.projects] == ["城市科普设施运维", "科普场馆数字化改造"]


@pytest.mark.parametrize(
    ("question", "value", "unit", "bound"),
    [
        ("哪些指标的目标是百分之百", Decimal(100), "%", None),
        ("满意度要求不低于90%的指标有哪些", None, "%", ("≥", Decimal(90))),
    ],
    ids=["whole-percent", "bound-is-no-value"],
)
def test_percent_values_and_bounds_filter_rows(
    question: str, value: Decimal | None, unit: str | None, bound: tuple[str, Decimal] | None
) -> None:
    found = read_filter(question, words=load_filter_words(), level=None).row_filter
    assert (found.value, found.unit, found.bound) == (value, unit, bound)


def test_sum_checked_against_a_figure_is_not_added_up() -> None:
    question = "数字化改造项目的财政资金和其他资金加起来是不是等于总额"
    answer = engine_for("multi_year").interpret(question).answer
    assert not isinstance(answer, FigureCalculation)


@pytest.mark.parametrize(
    ("question", "rows"),
    [
        ("设施运维的满意度和养护项目的合格率分别多少", ["市民满意度", "养护合格率"]),
        ("数字化改造展区几个，道路养护多长", ["改造展区数量", "道路养护长度"]),
    ],
    ids=["loose-name-scopes-its-part", "row-of-another-project-named-in-full"],
)
def test_each_part_keeps_its_own_project(question: str, rows: list[str]) -> None:
    answer = engine_for("other").interpret(question).answer
    assert isinstance(answer, SeveralIndicators)
    assert [ind.name for part in answer.answers for ind in part.indicators] == rows


@pytest.mark.parametrize(
    ("question", "values"),
    [
        ("设施运维和道路桥梁养护的市民满意度相差多少", [90, 85]),
        ("道路养护长度和设施运维的步道长度一共多少米", [985, 985]),
    ],
    ids=["same-row-in-each-project", "row-outside-the-loose-scope"],
)
def test_operands_of_two_projects_named_loosely(question: str, values: list[int]) -> None:
    answer = engine_for("other").interpret(question).answer
    assert isinstance(answer, FigureCalculation)
    assert [o.value for o in answer.calculation.operands] == values


def test_quote_without_a_number_in_the_unit_asked_is_no_answer(engine: QuestionEngine) -> None:
    answer = engine.interpret("海峡两岸科普论坛要征集多少篇论文").answer
    assert isinstance(answer, NotInForm)


def test_quote_stating_an_approximate_number_answers(engine: QuestionEngine) -> None:
    answer = engine.interpret("科技工作者状况信息每年上报多少份").answer
    assert isinstance(answer, PassageAnswer) and "3000余份" in answer.matches[0].passage.text


def test_bound_written_before_its_word_filters_rows() -> None:
    found = read_filter("目标值在80以上的指标", words=load_filter_words(), level=None)
    assert found.row_filter.bound == ("≥", Decimal(80))


@pytest.mark.parametrize(
    ("question", "text"),
    [("目标是提升的指标有哪些", "提升"), ("要求“等于”某个值的指标有哪些", None)],
    ids=["target-in-words", "placeholder-is-no-target"],
)
def test_target_written_in_words_filters_rows(question: str, text: str | None) -> None:
    found = read_filter(question, words=load_filter_words(), level=None)
    assert found.row_filter.target_text == text


def test_unit_filter_lists_rows_without_the_word_zhibiao() -> None:
    answer = engine_for("old_template").interpret("道路桥梁养护里以座为单位的").answer
    assert isinstance(answer, IndicatorList) and answer.row_filter.unit == "座"


def test_xiangmu_that_begins_a_field_name_names_no_project() -> None:
    question = "道路桥梁养护的养护成本占项目资金总额的百分之多少"
    answer = engine_for("old_template").interpret(question).answer
    assert isinstance(answer, FigureCalculation)
    assert answer.calculation.operation is Operation.PERCENT_OF


def test_fraction_asked_as_jifenzhiji_divides() -> None:
    answer = engine_for("variations").interpret("设施运维结转资金是财政拨款的几分之几").answer
    assert isinstance(answer, FigureCalculation)
    assert answer.calculation.result == Decimal(25)


def test_share_of_a_part_named_after_its_whole() -> None:
    answer = engine_for("variations").interpret("设施运维年度申请总额里财政拨款占多少").answer
    assert isinstance(answer, FigureCalculation)
    assert [o.value for o in answer.calculation.operands] == [2000000, 2500000]
    assert answer.calculation.result == Decimal(80)


def test_amount_over_a_count_the_question_gives() -> None:
    answer = engine_for("multi_year").interpret("数字化改造总共三年，平均每年多少钱").answer
    assert isinstance(answer, FigureCalculation) and answer.figures[1].given
    assert answer.calculation.result == Decimal(1200000) and answer.unit == "元/年"


@pytest.mark.parametrize(
    ("question", "result"),
    [("2026年企服平均每月多少钱", "108333.33"), ("2026年国交平均每季度多少钱", "100000")],
    ids=["month", "quarter"],
)
def test_a_year_named_is_no_amount_divided_per_period(
    engine: QuestionEngine, question: str, result: str
) -> None:
    """2026年 says which year: the budget is divided by the year's periods, never 2026."""
    answer = engine.interpret(question).answer
    assert isinstance(answer, FigureCalculation)
    values = [operand.value for operand in answer.calculation.operands]
    assert Decimal(2026) not in values and values[1] in (Decimal(12), Decimal(4))
    assert answer.calculation.result.quantize(Decimal("0.01")) == Decimal(result)


@pytest.mark.parametrize("question", ["两个项目预算加一起每个月多少"])
def test_a_count_of_projects_is_no_amount_divided_per_period(
    engine: QuestionEngine, question: str
) -> None:
    """两个项目 says which projects; it gave 两个 ÷ 12 = 0.17个/个月."""
    answer = engine.interpret(question).answer
    if not isinstance(answer, NotInForm):  # the two budgets' sum over 12 months, if computed
        assert isinstance(answer, FigureCalculation)
        assert answer.calculation.result.quantize(Decimal("0.01")) == Decimal("141666.67")


@pytest.mark.parametrize(
    ("question", "kind", "bound"),
    [
        ("哪些指标是时间类的", IndicatorKind.DEADLINE, None),
        ("目标不到10的数量指标", None, ("<", Decimal(10))),
    ],
    ids=["kind-by-class-word", "bound-not-reached"],
)
def test_more_filter_words(
    question: str, kind: IndicatorKind | None, bound: tuple[str, Decimal] | None
) -> None:
    found = read_filter(question, words=load_filter_words(), level=None).row_filter
    assert (found.kind, found.bound) == (kind, bound)


def test_the_later_of_two_levels_is_the_one_asked(engine: QuestionEngine) -> None:
    answer = engine.interpret("国交项目的产出指标里数量指标有几个").answer
    assert isinstance(answer, IndicatorList) and answer.level == "数量指标"


def test_thing_a_named_project_lacks_is_said_absent() -> None:
    answer = engine_for("old_template").interpret("道路桥梁养护需要多少台养护车").answer
    assert isinstance(answer, NotInForm)


def test_operation_word_inside_another_word_adds_nothing_up(engine: QuestionEngine) -> None:
    answer = engine.interpret("国交活动参加人数不少于多少").answer
    assert isinstance(answer, IndicatorAnswer)
    assert answer.indicators[0].name == "活动参与人数"


def test_one_character_operation_word_counts_only_on_its_own() -> None:
    words = load_operation_words()
    assert words.read("参加活动的人和合作单位数量", tokens=frozenset({"参加"})) is None
    assert words.read("加上合作单位数量", tokens=frozenset({"加上"})) is Operation.SUM


@pytest.mark.parametrize("question", ["两个项目的预算差额是多少", "两个项目预算相差多少"])
def test_a_difference_naming_no_project_takes_the_two_in_scope(
    engine: QuestionEngine, question: str
) -> None:
    answer = engine.interpret(question).answer
    assert isinstance(answer, MoneyAnswer)
    assert answer.operation is Operation.DIFFERENCE
    assert [p.name for p in answer.projects] == ["企业科技创新服务", "国际科技人文交流与合作"]


def test_a_difference_that_cannot_be_computed_shows_each_amount_never_the_total() -> None:
    engine = engine_for("other")  # more than two projects: which two is not said
    assert len(engine.catalog.projects) > 2
    answer = engine.interpret("所有项目的预算差额是多少").answer
    assert isinstance(answer, MoneyAnswer)
    assert answer.operation is None
    assert answer.aggregate is Aggregate.EACH
    total = engine.interpret("所有项目的预算加起来是多少").answer
    assert isinstance(total, MoneyAnswer) and total.aggregate is Aggregate.TOTAL


def test_two_parts_that_find_the_same_row_are_not_computed(engine: QuestionEngine) -> None:
    # Both parts found 征集实习岗位数量 (the second asks in 个, which only that row counts in):
    # 100个 − 100个 = 0个 would be a confident wrong figure.
    answer = engine.interpret("国交征集的实习岗位比来实习的港澳台学生多出多少个").answer
    assert not isinstance(answer, FigureCalculation)


@pytest.mark.parametrize(
    "question",
    ["哎麻烦看下，国交一类项目里征集实习岗位数量定了多少个", "国交那一项项目的征集实习岗位数量"],
)
def test_padding_before_project_names_no_project(engine: QuestionEngine, question: str) -> None:
    answer = engine.interpret(question).answer
    assert isinstance(answer, IndicatorAnswer)
    assert [indicator.name for indicator in answer.indicators] == [JOBS]


def test_two_header_fields_joined_in_one_ask_are_both_answered(engine: QuestionEngine) -> None:
    answer = engine.interpret("国际交流项目的实施开始和结束日期").answer
    assert isinstance(answer, SeveralIndicators)
    fields = [other.field for other in answer.others if isinstance(other, FactAnswer)]
    assert fields == [ProjectField.START, ProjectField.END]


def test_a_verb_the_weak_match_leaves_open_gives_no_figure(engine: QuestionEngine) -> None:
    answer = engine.interpret("国际交流项目论文发表数量").answer
    assert isinstance(answer, NotInForm)
    assert answer.words == ("发表",)
    assert "论文" in answer.suggestions[0].name


def test_a_verb_sharing_a_character_with_the_row_paraphrases_it() -> None:
    answer = engine_for("variations").interpret("设施坏了多久能修好").answer
    assert isinstance(answer, IndicatorAnswer)
    assert answer.indicators[0].name == "设施修复及时性"


def test_a_name_written_with_xiangmu_lends_it_to_the_field_after_it() -> None:
    engine = engine_for("multi_year")
    assert "money:project_total" in engine.read("数字化改造项目总额是多少").rules
    answer = engine.interpret("数字化改造项目总预算里财政资金占几成").answer
    assert isinstance(answer, FigureCalculation)
    assert [figure.money for figure in answer.figures] == [
        MoneyField.FISCAL,
        MoneyField.PROJECT_TOTAL,
    ]


def test_difference_across_units_is_refused_with_both_figures(engine: QuestionEngine) -> None:
    answer = engine.interpret("国际交流项目征集的实习岗位比参加的港澳台学生多几个").answer
    assert isinstance(answer, FigureMismatch)
    assert [(figure.value, figure.unit) for figure in answer.figures] == [
        (Decimal(100), "个"),
        (Decimal(50), "人"),
    ]


def test_share_of_a_difference_shows_both_steps(engine: QuestionEngine) -> None:
    answer = engine.interpret("国际交流项目和企服的预算差额是企服预算的百分之几").answer
    assert isinstance(answer, SeveralIndicators)
    first, share = answer.others
    assert isinstance(first, FigureCalculation) and isinstance(share, FigureCalculation)
    assert first.calculation.operation is Operation.DIFFERENCE
    assert first.calculation.result == Decimal(900_000)
    assert share.calculation.operation is Operation.PERCENT_OF
    assert share.calculation.result == Decimal("69.2")


def test_a_weakly_matched_part_settles_when_its_row_explains_it(engine: QuestionEngine) -> None:
    answer = engine.interpret("国际交流项目的合作单位数量和研学参访等活动场数").answer
    assert isinstance(answer, SeveralIndicators) and not answer.unmatched
    names = [ind.name for part in answer.answers for ind in part.indicators]
    assert names[0] == "合作单位数量" and "研学参访" in names[1]


def test_a_phrasing_word_the_tokenizer_cuts_apart_is_judged_whole(engine: QuestionEngine) -> None:
    query = engine.read("研学参访等活动场数")
    assert "数" not in engine._evidence.unexplained(
        query.remainder, explained_by=("研学参访交流活动数量",), cues=query.cues
    )


@pytest.mark.parametrize(
    "question",
    [
        "国际交流项目联动了哪些团体",
        "企服为科技工作者提供法律咨询服务靠哪两个机构",
        "法律服务那块靠哪两支队伍",
        "国交要联动哪几方面的力量",
    ],
    ids=["which-kind", "count-kind", "kind-not-written", "kind-after-de"],
)
def test_a_which_ask_of_a_general_kind_is_answered_by_a_listing_quote(
    engine: QuestionEngine, question: str
) -> None:
    answer = engine.interpret(question).answer
    assert isinstance(answer, PassageAnswer)
    assert "、" in answer.matches[0].passage.text


def test_a_which_ask_of_a_specific_noun_the_quote_lacks_is_not_in_the_form(
    engine: QuestionEngine,
) -> None:
    answer = engine.interpret("国际交流项目联动了哪些银行").answer
    assert isinstance(answer, NotInForm) and answer.words == ("银行",)


def test_a_quote_is_explained_by_its_sub_goal_heading(engine: QuestionEngine) -> None:
    answer = engine.interpret("企业项目的法律服务编印什么丛书").answer
    assert isinstance(answer, PassageAnswer)
    assert answer.matches[0].passage.title == "科技工作者法律服务"


def test_two_figures_of_a_goal_are_divided_in_the_order_asked(engine: QuestionEngine) -> None:
    answer = engine.interpret("市级调查站点数是国家级的百分之几").answer
    assert isinstance(answer, FigureCalculation) and answer.source is not None
    assert answer.calculation.operation is Operation.PERCENT_OF
    assert [o.value for o in answer.calculation.operands] == [Decimal(28), Decimal(19)]


def test_a_two_character_abbreviation_is_explained_by_its_long_form(
    engine: QuestionEngine,
) -> None:
    query = engine.read("科普活动要办几场")
    assert "科普" not in engine._evidence.unexplained(
        query.remainder, explained_by=("举办创新服务、学术交流、科学普及等活动数量",), cues={}
    )
    assert "科普" in engine._evidence.unexplained(
        query.remainder, explained_by=("学术交流活动数量",), cues={}
    )


def test_a_difference_of_two_percentages_is_in_points() -> None:
    answer = engine_for("other").interpret("道路桥梁养护和设施运维的市民满意度差几个百分点").answer
    assert isinstance(answer, FigureCalculation)
    assert abs(answer.calculation.result) == Decimal(5) and answer.unit == "个百分点"


def test_an_amount_is_divided_by_the_count_the_question_gives() -> None:
    answer = (
        engine_for("variations").interpret("设施运维的预算分摊到10辆巡检车上，每辆多少钱").answer
    )
    assert isinstance(answer, FigureCalculation)
    assert answer.calculation.result == Decimal(250_000)
    assert answer.figures[1].given and answer.figures[1].unit == "辆"


def test_two_given_counts_are_divided_by_the_one_per_names(engine: QuestionEngine) -> None:
    answer = engine.interpret("共有20个站点，每年报送500篇，平均每个站点几篇").answer
    assert isinstance(answer, FigureCalculation)
    assert [figure.quote for figure in answer.figures] == ["500篇", "20个"]
    assert answer.calculation.result == Decimal(25)


def test_two_joined_levels_list_the_rows_of_both(engine: QuestionEngine) -> None:
    answer = engine.interpret("国际交流项目的数量指标与质量指标都列出来").answer
    assert isinstance(answer, IndicatorList)
    rows = [ind for group in answer.groups for ind in group.indicators]
    assert {row.level2 for row in rows} == {"数量指标", "质量指标"} and len(rows) == 12


def test_a_level_inside_another_narrows_it(engine: QuestionEngine) -> None:
    answer = engine.interpret("企服产出指标里的质量指标有哪些").answer
    assert isinstance(answer, IndicatorList)
    assert {ind.level2 for g in answer.groups for ind in g.indicators} == {"质量指标"}


def test_a_per_unit_ask_divides_two_counts_one_goal_sentence_states(
    engine: QuestionEngine,
) -> None:
    answer = engine.interpret("直通车平均每家企业服务多少人次科技工作者").answer
    assert isinstance(answer, FigureCalculation)
    assert [f.unit for f in answer.figures] == ["人次", "家"]
    assert answer.calculation.result == Decimal(80) and answer.unit == "人次/家"


def test_two_rows_in_other_units_are_no_difference(engine: QuestionEngine) -> None:
    # 港澳台学生 is the row counting 学生 (人), 实习岗位 the one counting 岗位 (个).
    answer = engine.interpret("国际交流项目实习岗位比港澳台学生多几个").answer
    assert isinstance(answer, FigureMismatch)
    names = [figure.indicator.name for figure in answer.figures if figure.indicator]
    assert names[0] == JOBS and names[1].endswith("港澳台籍学生人数")


def test_an_ask_about_the_way_is_answered_by_a_goal_sentence(engine: QuestionEngine) -> None:
    answer = engine.interpret("港澳台实习的结业仪式是怎么安排的").answer
    assert isinstance(answer, PassageAnswer)
    assert "结业仪式" in answer.matches[0].passage.text


@pytest.mark.parametrize(
    ("question", "word"),
    [("研讨会上海征集论文获奖数量", "获奖"), ("国交合作单位数量里新签约的有几家", "签约")],
    ids=["award", "signed"],
)
def test_a_verb_no_row_writes_refuses_even_a_strong_match(
    engine: QuestionEngine, question: str, word: str
) -> None:
    answer = engine.interpret(question).answer
    assert isinstance(answer, NotInForm) and word in answer.words


def test_a_phrasing_word_said_twice_is_still_phrasing(engine: QuestionEngine) -> None:
    answer = engine.interpret("帮我看看查查国际交流项目合作单位数量").answer
    assert isinstance(answer, IndicatorAnswer)
    assert answer.indicators[0].name == "合作单位数量"


def test_a_header_part_the_form_lacks_is_named_beside_the_field(engine: QuestionEngine) -> None:
    answer = engine.interpret("国际交流项目的计划开始和验收日期").answer
    assert isinstance(answer, SeveralIndicators)
    assert [other.field for other in answer.others if isinstance(other, FactAnswer)] == [
        ProjectField.START
    ]
    assert answer.unmatched == ("验收",)


def test_a_share_of_a_difference_over_a_money_row(engine: QuestionEngine) -> None:
    answer = engine.interpret("两个项目预算差额占企服成本控制数的比例").answer
    assert isinstance(answer, SeveralIndicators)
    share = answer.others[-1]
    assert isinstance(share, FigureCalculation)
    assert share.calculation.result == Decimal("69.2")


def test_an_average_of_one_total_row_gives_no_figure(engine: QuestionEngine) -> None:
    answer = engine.interpret("国交项目每场活动的平均参与人数").answer
    assert isinstance(answer, NotInForm)
    assert [row.name for row in answer.suggestions] == ["活动参与人数"]


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("收到 再帮忙确认个事 企服培育新申报工作站数量", "≥40家"),
        ("在吗 国交活动参与人数多少", "≥300人"),
        ("emmm 国交合作单位几家", "≥3家"),
        ("辛苦了 顺便问一下 企服满意度这块儿多少", "≥90%"),
    ],
)
def test_chat_around_a_question_asks_nothing(question: str, figure: str) -> None:
    answer = answer_of({"q": question, "form": "builtin"}, service_for)
    assert figure in answer and "未能确定" not in answer and "没有找到" not in answer


def test_each_part_asking_which_edition_quotes_its_own_sentence() -> None:
    answer = answer_of(
        {"q": "国交要组织第几届都市交通研讨会，科普论坛是第几届", "form": "builtin"}, service_for
    )
    assert "第34届海峡两岸都市交通" in answer.replace(" ", "")
    assert "第18届海峡两岸科普论坛" in answer.replace(" ", "")
    mixed_question: dict[str, object] = {
        "q": "第几届都市交通研讨会，征集论文多少篇",
        "form": "builtin",
    }
    mixed = answer_of(mixed_question, service_for)
    assert "≥20篇" in mixed and "第 34 届" in mixed and "未能确定" not in mixed


@pytest.mark.parametrize("question", ["国交辩手几个人", "国交派几名辩论选手"])
def test_debaters_are_the_debate_team(question: str) -> None:
    answer = answer_of({"q": question, "form": "builtin"}, service_for)
    assert "辩论队人数" in answer and "≥5人" in answer


@pytest.mark.parametrize(
    ("question", "rows"),
    [
        ("国际科技人文交流与合作的质量达标率跟完成时限", 1),
        ("国交长效管理机制那条和完成时限那条分别是啥要求", 1),
        ("两个项目的满意度和完成时限", 2),
    ],
)
def test_a_part_naming_a_deadline_is_each_projects_deadline_row(question: str, rows: int) -> None:
    answer = answer_of({"q": question, "form": "builtin"}, service_for)
    assert answer.count("活动完成及时性：指标值 2026年12月底前") == rows
    assert "未能确定" not in answer


@pytest.mark.parametrize(
    ("question", "kinds"),
    [
        ("法律服务那块靠哪两支队伍", {"两支", "队伍"}),
        ("国交要联动哪几方面的力量", {"几", "方面", "力量"}),
        ("海智资源包括哪些", {"资源"}),
        ("国际交流项目联动了哪些银行", set()),  # 银行 is a thing, not a kind
    ],
)
def test_a_which_ask_names_the_kind_of_thing_sought(
    engine: QuestionEngine, question: str, kinds: set[str]
) -> None:
    assert engine.read(question).asked_kinds == kinds


def test_a_count_across_forms_says_the_total_first() -> None:
    answer = answer_of({"q": "三张表里带截止日期的时限类指标有几条", "form": "other"}, service_for)
    first, *each = answer.splitlines()
    assert first.startswith("3 个项目共有") and "3 项" in first and len(each) == 3
    apart = answer_of({"q": "两个项目各有几个质量指标", "form": "builtin"}, service_for)
    assert "共有质量指标 2 项" in apart


def test_a_share_said_with_xiangdangyu_is_computed_in_two_steps() -> None:
    answer = answer_of(
        {"q": "企服比国交多出来的预算，相当于国交预算的百分之多少", "form": "builtin"}, service_for
    )
    assert "= 多 90万元" in answer and "90万元 ÷ 国交预算 40万元 = 225%" in answer
    assert "预算, 90万元" not in answer  # the part's label ends without its comma


@pytest.mark.parametrize(
    "question", ["道桥项目希望通行条件变成啥样", "道桥项目期望通行条件变成什么样子"]
)
def test_a_wish_for_what_a_target_becomes_asks_the_target(question: str) -> None:
    answer = answer_of({"q": question, "form": "old_template"}, service_for)
    assert "道路通行条件：指标值 改善" in answer and "没有找到" not in answer


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("科普设施要保证多少是完好的", "≥85%"),
        ("道路养护干完活合格率得到多少", "≥95%"),
        ("财务这边核对一下：设施运维成本控制数那一栏填的是多少", "≤250万元"),
    ],
)
def test_light_verbs_and_the_askers_office_ask_nothing(question: str, figure: str) -> None:
    answer = answer_of({"q": question, "form": "other"}, service_for)
    assert figure in answer and "没有找到" not in answer


@pytest.mark.parametrize(
    "question",
    [
        "设施运维上年结转资金相当于当年拨款的百分之几",
        "设施运维项目从去年带过来的钱占当年财政拨款的比例",
    ],
)
def test_the_carry_over_as_a_share_of_the_appropriation(question: str) -> None:
    answer = answer_of({"q": question, "form": "variations"}, service_for)
    assert "上年结转资金 50万元 ÷ 【城市科普设施运维】当年财政拨款 200万元 = 25%" in answer


def test_rows_asked_by_a_word_of_their_names_are_listed_even_when_one_fits_well() -> None:
    for question in ["企服带“调查站点”字样的指标", "企服名字里带调查站点的指标"]:
        answer = answer_of({"q": question, "form": "builtin"}, service_for)
        assert "共 2 项" in answer and "信息报送数量" in answer and "工作会、培训数量" in answer


def test_a_calculation_declined_is_not_made() -> None:
    answer = answer_of(
        {"q": "企服按“次”计的指标列出来就行，不用加", "form": "builtin"}, service_for
    )
    assert "共 3 项" in answer and "22次" not in answer


@pytest.mark.parametrize(
    ("question", "form", "expected"),
    [
        ("您好～我是财务处小王，麻烦查下企服的年度资金申请总额，谢谢", "builtin", "130万元"),
        ("道路桥梁养护这个项目归根到底是要保障什么", "old_template", "保障道路通行安全"),
    ],
)
def test_greetings_and_sayings_around_a_question_ask_nothing(
    question: str, form: str, expected: str
) -> None:
    answer = answer_of({"q": question, "form": form}, service_for)
    assert expected in answer and "没有找到" not in answer


def test_an_amount_shared_out_with_pingtan_is_divided() -> None:
    answer = answer_of(
        {"q": "企服成本控制数按服务科技工作者8000人次平摊，每人次多少元", "form": "builtin"},
        service_for,
    )
    assert "130万元 ÷" in answer and "= 162.5元/人次" in answer


@pytest.mark.parametrize(
    ("question", "clause", "other"),
    [
        ("国家级的调查站点现在建了几家", "国家级科技工作者状况调查站点19家……", "28家"),
        ("市级调查站点有多少家", "“……市级调查站点28家……”", "19家"),
    ],
)
def test_a_quote_stating_several_figures_shows_the_clause_of_the_one_asked(
    question: str, clause: str, other: str
) -> None:
    answer = answer_of({"q": question, "form": "builtin"}, service_for)
    assert clause in answer and other not in answer


def test_a_quote_is_not_cut_when_the_question_names_both_figures() -> None:
    answer = answer_of(
        {"q": "科协建的国家级和市级调查站点各有多少家", "form": "builtin"}, service_for
    )
    assert "19家" in answer and "28家" in answer


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("老师好 我是财政局的 想核一下 国际交流那个项目 合作单位数量 是多少", "≥3家"),
        ("在吗在吗 急！企服的年度资金申请总额报多少来着，谢谢", "130万元"),
        ("你好呀，企服项目类的成本控制数是多少，我这边填表要用", "≤130万元"),
    ],
)
def test_the_askers_errand_asks_nothing(question: str, figure: str) -> None:
    answer = answer_of({"q": question, "form": "builtin"}, service_for)
    assert figure in answer and "没有找到" not in answer and "未能确定" not in answer


@pytest.mark.parametrize(
    ("question", "form", "count"),
    [
        ("企服项目里目标是“≥120”的指标有哪几条", "builtin", "2 项"),
        ("满意度目标是≥85%的指标有哪些", "other", "2 项"),
    ],
)
def test_a_target_written_with_its_operator_is_that_target_not_a_bound(
    question: str, form: str, count: str
) -> None:
    answer = answer_of({"q": question, "form": form}, service_for)
    assert count in answer.splitlines()[0] and "≥90%" not in answer and "≤130万元" not in answer
    bound = answer_of({"q": "企服目标值不低于120的指标", "form": "builtin"}, service_for)
    assert "共 4 项" in bound  # a bound said in words still bounds


@pytest.mark.parametrize(
    ("question", "first_line"),
    [
        ("企服里有没有用“=”号的数量指标？", "【企业科技创新服务】以“=”设定的数量指标共 1 项："),
        ("国交不是用≥的指标有哪些", "【国际科技人文交流与合作】不以“≥”设定的绩效指标共 7 项："),
        ("企服没写“≥”的指标", "【企业科技创新服务】不以“≥”设定的绩效指标共 8 项："),
    ],
)
def test_asking_whether_is_no_negation_and_an_equals_sign_is_an_operator(
    question: str, first_line: str
) -> None:
    answer = answer_of({"q": question, "form": "builtin"}, service_for)
    assert answer.splitlines()[0] == first_line


@pytest.mark.parametrize(
    ("question", "count"),
    [
        ("企服项目可持续影响指标下面是哪一项", "共 1 项"),
        ("国交的社会效益两项目标分别是什么值", "共 2 项"),
    ],
)
def test_the_rows_under_a_heading_said_by_its_stem_are_listed(question: str, count: str) -> None:
    answer = answer_of({"q": question, "form": "builtin"}, service_for)
    assert count in answer.splitlines()[0] and "没有找到" not in answer


@pytest.mark.parametrize(
    ("question", "form", "expected"),
    [
        ("这个改造项目是一年的还是跨年的", "multi_year", "项目性质：跨年度项目"),
        ("路况改善这个指标目标是啥，用什么标准", "old_template", "道路通行条件：指标值 改善"),
    ],
)
def test_a_field_or_row_asked_in_everyday_words(question: str, form: str, expected: str) -> None:
    answer = answer_of({"q": question, "form": form}, service_for)
    assert expected in answer


def test_which_row_with_a_condition_lists_the_rows_meeting_it() -> None:
    answer = answer_of({"q": "绩效标准为历史标准的是哪条", "form": "old_template"}, service_for)
    assert "共 1 项" in answer and "道路通行条件：改善（历史标准）" in answer


@pytest.mark.parametrize(
    "question", ["数字化改造计划啥时候开始啥时候完成", "数字化改造 计划啥时候开始 啥时候完"]
)
def test_two_dates_asked_one_after_the_other_are_both_answered(question: str) -> None:
    answer = answer_of({"q": question, "form": "multi_year"}, service_for)
    assert "计划开始日期：2024-01-01" in answer and "计划完成日期：2026-12-31" in answer


@pytest.mark.parametrize(
    ("question", "shown", "invented"),
    [
        ("道路养护项目起止时间", "2023.07-2024.01（2023年7月至2024年1月底）", "2023-07-01"),
        ("道桥养护啥时候开工", "计划开始日期：2023.07（2023年7月）", "7月1日"),
        ("道路桥梁养护计划哪天完成", "计划完成日期：2024.01（2024年1月底）", "1月31日"),
    ],
)
def test_dates_written_by_month_are_shown_without_an_invented_day(
    question: str, shown: str, invented: str
) -> None:
    answer = answer_of({"q": question, "form": "old_template"}, service_for)
    assert shown in answer and invented not in answer, answer


@pytest.mark.parametrize(
    ("question", "share"),
    [
        ("企服年度资金在两个项目合计中的占比是多少", "约76.5%"),
        ("国交的年度资金在两个项目合计里占比多少", "约23.5%"),
    ],
)
def test_a_share_in_a_total_said_with_zai_is_one_projects_share(question: str, share: str) -> None:
    answer = answer_of({"q": question, "form": "builtin"}, service_for)
    assert "（【" in answer and share in answer


@pytest.mark.parametrize(
    ("question", "form", "expected"),
    [
        ("烦请协助查询一下企业科技创新服务项目之满意度指标值，多谢。", "builtin", "≥90%"),
        ("烦请列出各项目的时效指标。", "other", "3 个项目共有时效指标 3 项"),
        ("请问科普场馆数字化改造项目属于何种项目性质？", "multi_year", "跨年度项目"),
        ("请问企业科技创新服务项目中运算符为“=”的指标有哪些？", "builtin", "共 3 项"),
        ("国际交流项目以家为计量单位的指标烦请列出", "builtin", "共 2 项"),
    ],
)
def test_formal_requests_and_the_forms_terms_ask_nothing_themselves(
    question: str, form: str, expected: str
) -> None:
    answer = answer_of({"q": question, "form": form}, service_for)
    assert expected in answer and "没有找到" not in answer


@pytest.mark.parametrize(
    ("question", "form", "figures"),
    [
        ("国交合作单位几家 论文征集几篇", "builtin", ("≥3家", "≥20篇")),
        ("巡检车几辆 步道维护多长", "variations", ("10辆", "985米")),
        ("桥检测几座 养护合格率多少", "old_template", ("4座", "≥95%")),
    ],
)
def test_asks_set_apart_by_a_space_are_each_answered(
    question: str, form: str, figures: tuple[str, str]
) -> None:
    answer = answer_of({"q": question, "form": form}, service_for)
    assert all(figure in answer for figure in figures) and "没有找到" not in answer


def test_words_before_an_ask_set_apart_by_spaces_stay_with_it() -> None:
    answer = answer_of(
        {"q": "急 设施运维 上年结转资金多少 马上要报", "form": "variations"}, service_for
    )
    assert answer == "【城市科普设施运维】上年结转资金：50万元（500,000.00元）"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("企服的基础信息采集准确度要求", "基本信息采集准确性：指标值 =100%"),
        ("辩论赛上海出几所学校的队", "一所高校"),
    ],
)
def test_everyday_words_for_accuracy_and_universities(question: str, expected: str) -> None:
    assert expected in answer_of({"q": question, "form": "builtin"}, service_for)


@pytest.mark.parametrize(
    ("question", "form", "expected"),
    [
        ("道路桥梁养护项目干这事图啥", "old_template", "保障道路通行安全"),
        ("国交这个项目为了啥", "builtin", "年度总体目标"),
    ],
)
def test_what_a_project_is_for_asks_its_goal(question: str, form: str, expected: str) -> None:
    answer = answer_of({"q": question, "form": form}, service_for)
    assert expected in answer and "没有找到" not in answer


@pytest.mark.parametrize(
    ("question", "listed"),
    [
        ("路况改善这个指标目标是啥", False),
        ("通行条件改善的这个指标用什么标准", False),
        ("哪些指标是改善", True),
        ("目标写的是改善的指标有哪些", True),
    ],
    ids=["this-row", "this-row-standard", "which-rows", "written-rows"],
)
def test_a_target_text_lists_rows_unless_the_question_points_at_one(
    question: str, listed: bool
) -> None:
    answer = answer_of({"q": question, "form": "old_template"}, service_for)
    assert "道路通行条件" in answer and "改善" in answer
    assert ("共 1 项" in answer) is listed
