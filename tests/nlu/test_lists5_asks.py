"""Session 5 asks: projects named by words apart, how-many beside rates, noise, blank amounts."""

from __future__ import annotations

import pytest

from nlu.answers import IndicatorList
from tests.nlu.question_sets import answer_of, engine_for, service_for
from tests.nlu.test_question_set import normalise


def _answer(form: str, question: str) -> str:
    return normalise(answer_of({"q": question, "form": form}, service_for))


@pytest.mark.parametrize(
    ("question", "rows"),
    [
        ("场馆改造这张表里产出指标下面挂了哪些", {"改造展区数量", "二期改造完成时间"}),
        ("场馆改造的产出指标有哪些", {"改造展区数量", "二期改造完成时间"}),
        ("场馆改造项目有哪些满意度指标", {"观众满意度"}),
        ("科普设施运维的质量指标有哪些", {"设施完好率"}),
    ],
    ids=["hung-under", "output", "satisfaction", "upkeep"],
)
def test_a_project_named_by_its_words_apart_scopes_the_listing(
    question: str, rows: set[str]
) -> None:
    answer = engine_for("other").interpret(question).answer
    assert isinstance(answer, IndicatorList), answer
    assert {ind.name for group in answer.groups for ind in group.indicators} == rows


def test_words_of_a_row_name_are_no_project_name() -> None:
    answer = _answer("old_template", "道路养护长度")
    assert "985米" in answer


@pytest.mark.parametrize(
    ("question", "want", "not_want"),
    [
        ("企服里新增引入院士专家和采集基本信息各多少", ["120名", "120条"], ["=100%"]),
        ("企服采集基本信息多少", ["120条"], ["=100%"]),
        ("采集院士专家基本信息的目标是多少", ["120条"], ["=100%"]),
        ("企服采集基本信息的准确性", ["=100%"], ["120条"]),
    ],
    ids=["two-asks", "how-many", "target", "rate-named"],
)
def test_how_many_beside_a_rate_is_the_counted_row(
    question: str, want: list[str], not_want: list[str]
) -> None:
    answer = _answer("builtin", question)
    assert all(part in answer for part in want), answer
    assert not any(part in answer for part in not_want), answer


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("急！企服项目的实施单位全称是啥", "科普教育展示技术中心"),
        ("企服项目实施单位的全名", "科普教育展示技术中心"),
        ("您好您好，麻烦帮忙看看企服项目的调查站点信息报送数量，多谢啦", "≥15篇"),
        ("国交项目的活动参与人数是多少，谢谢", "≥300人"),
        ("请问国交的合作单位数量？感谢！", "≥3家"),
    ],
    ids=["urgent-full-name", "full-name", "thanks-la", "thanks", "grateful"],
)
def test_polite_words_and_name_words_add_no_unsure_line(question: str, want: str) -> None:
    answer = _answer("builtin", question)
    assert want in answer and "未能确定" not in answer and "没有找到" not in answer


@pytest.mark.parametrize(
    "question",
    [
        "道路桥梁养护项目的上年结转资金是多少",
        "道路桥梁养护的上年结转",
        "道路养护项目结转了多少钱",
    ],
    ids=["carry-over", "short", "verb"],
)
def test_an_amount_the_form_lacks_says_so_without_a_figure(question: str) -> None:
    answer = _answer("old_template", question)
    assert "没有填写" in answer and "250万" not in answer


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("急急急 国交那个合作单位数量目标多少来着", "≥3家"),
        ("嗯 那个 就是国交的活动参与人数 呃 是不是三百", "≥300人"),
        ("领导要数 快点 企服走访对接区科协企业科协几次", "≥10次"),
        ("早上好！企服参与企业专家满意度那一类的指标值多少呀", "≥90%"),
        ("国交活动、论坛质量达标率是不是要100%", "=100%"),
        ("下午好，国交合作单位数量对吗，是3家吧", "≥3家"),
    ],
    ids=["urgent", "is-it", "boss-wants", "good-morning", "must-it", "afternoon"],
)
def test_urgency_greetings_and_checking_words_ask_nothing(question: str, want: str) -> None:
    answer = _answer("builtin", question)
    assert want in answer and "未能确定" not in answer and "没有找到" not in answer


@pytest.mark.parametrize(
    ("form", "question"),
    [
        ("multi_year", "数字化改造项目的绩效标准栏写的啥"),
        ("multi_year", "改造展区数量的绩效标准"),
        ("variations", "设施运维项目各指标的评价标准是什么"),
    ],
    ids=["column", "row", "each-row"],
)
def test_a_form_without_the_standard_column_says_so(form: str, question: str) -> None:
    answer = _answer(form, question)
    assert "没有找到" in answer and "计划标准" not in answer and "≥" not in answer


def test_the_standard_column_of_an_old_form_is_listed_row_by_row() -> None:
    answer = _answer("old_template", "道路桥梁养护的绩效标准栏写的啥")
    assert "养护合格率:≥95%(行业标准)" in answer and "道路通行条件:改善(历史标准)" in answer


@pytest.mark.parametrize(
    "question",
    [
        "企服满意度要求多少？活动完成的时间节点又是啥时候",
        "企服的满意度和活动完成的截止日期",
        "企服活动完成的时间节点",
    ],
    ids=["two-asks", "deadline-word", "alone"],
)
def test_a_deadline_asked_of_activities_is_the_row_not_the_project_end(question: str) -> None:
    answer = _answer("builtin", question)
    assert "12月底前" in answer and "2026-12-31" not in answer


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("设施运维和道路养护的市民满意度各多少", ["≥90%", "≥85%"]),
        ("道路养护和设施运维的市民满意度", ["≥90%", "≥85%"]),
        ("场馆改造和道路养护的满意度分别是多少", ["≥85%", "观众满意度", "市民满意度"]),
    ],
    ids=["upkeep-and-road", "road-and-upkeep", "venue-and-road"],
)
def test_two_projects_named_loosely_are_both_in_scope(question: str, want: list[str]) -> None:
    answer = _answer("other", question)
    assert all(part in answer for part in want) and "没有找到" not in answer, answer


def test_words_of_a_project_that_are_all_the_question_asks_stay_its_subject() -> None:
    answer = _answer("old_template", "道路养护干到什么时候为止")
    assert "2024年1月" in answer and "250万" not in answer


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("你好，我是财务处的，企服项目的预算是多少", "130万元"),
        ("我在科协工作，想问国交活动参与人数", "≥300人"),
        ("我们是审计的。国交项目的合作单位数量", "≥3家"),
        ("帮我看看国交项目辩论队人数，我记得是5个？", "≥5人"),
    ],
    ids=["finance-office", "works-at", "auditors", "remembers"],
)
def test_words_about_the_asker_ask_nothing(question: str, want: str) -> None:
    answer = _answer("builtin", question)
    assert want in answer and "没有找到" not in answer and "未能确定" not in answer


@pytest.mark.parametrize(
    ("form", "question", "refused"),
    [
        ("variations", "设施运维项目巡检次数", "10辆"),
        ("variations", "设施运维巡检人数目标", "10辆"),
        ("builtin", "国交合作单位的人数", "≥3家"),
    ],
    ids=["times-of-vehicles", "people-of-vehicles", "people-of-units"],
)
def test_a_count_named_with_shu_must_fit_the_rows_unit(
    form: str, question: str, refused: str
) -> None:
    answer = _answer(form, question)
    assert refused not in answer and "不给出数字" in answer


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("国际交流活动里出事的次数要求是多少", "=0起"),
        ("国交合作单位家数", "≥3家"),
        ("设备故障次数目标", "减少"),
    ],
    ids=["times-of-accidents", "count-of-units", "row-says-the-count"],
)
def test_a_count_named_with_shu_that_fits_is_answered(question: str, want: str) -> None:
    form = "variations" if "设备" in question else "builtin"
    assert want in _answer(form, question)


def test_a_cost_asked_of_a_goal_sentence_without_an_amount_is_not_quoted() -> None:
    answer = _answer("old_template", "道路桥梁养护桥梁检测费用")
    assert "不给出数字" in answer and "985" not in answer and "4座" not in answer


@pytest.mark.parametrize(
    ("form", "question", "want"),
    [
        ("old_template", "养护长度和桥梁检测数量", ["985米", "4座"]),
        ("old_template", "道路桥梁养护的养护长度和桥梁检测数量", ["985米", "4座"]),
        ("builtin", "合作单位数量和辩论队人数", ["≥3家", "≥5人"]),
    ],
    ids=["two-rows", "two-rows-named", "builtin"],
)
def test_a_joiner_no_row_name_holds_splits_two_asks(
    form: str, question: str, want: list[str]
) -> None:
    answer = _answer(form, question)
    assert all(part in answer for part in want) and "没有找到" not in answer, answer


@pytest.mark.parametrize(
    ("question", "want", "not_want"),
    [
        ("国交项目实习岗位和港澳台学生分别要多少", ["≥100个", "≥50人"], ["≥10家"]),
        ("国交项目实习岗位要多少", ["≥100个"], ["≥10家"]),
        ("国交推荐实习岗位的科技社团多少家", ["≥10家"], ["≥100个"]),
    ],
    ids=["two-asks", "jobs", "societies"],
)
def test_the_row_counting_the_thing_asked_is_picked(
    question: str, want: list[str], not_want: list[str]
) -> None:
    answer = _answer("builtin", question)
    assert all(part in answer for part in want), answer
    assert not any(part in answer for part in not_want), answer


def test_a_word_a_row_name_continues_stays_ambiguous() -> None:
    answer = _answer("builtin", "企业项目的走访和培训会分别几次")
    assert "≥10次" in answer and "未能确定" in answer


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("【紧急】企服项目成本控制数是多少", ["≤130万元"]),
        ("ok 国交满意度多少", ["≥90%"]),
        ("帮我看下企服的满意度，顺便看下国交的", ["参与企业、专家的满意度", "合作单位满意度"]),
    ],
    ids=["urgent-bracket", "ok", "by-the-way"],
)
def test_more_words_around_a_question_ask_nothing(question: str, want: list[str]) -> None:
    answer = _answer("builtin", question)
    assert all(part in answer for part in want), answer
    assert "未能确定" not in answer and "没有找到" not in answer


@pytest.mark.parametrize(
    "question",
    [
        "都市交通学术研讨会在哪个城市开",
        "都市交通研讨会在什么地方举办",
        "都市交通学术研讨会的举办地点在哪里",
    ],
    ids=["which-city", "what-place", "venue"],
)
def test_a_where_ask_no_sentence_answers_says_the_form_lacks_it(question: str) -> None:
    answer = _answer("builtin", question)
    assert "没有找到" in answer and "围绕城市发展" not in answer


def test_a_where_ask_a_sentence_answers_with_a_place_is_quoted() -> None:
    assert "上海" in _answer("builtin", "科普论坛在哪里办")


@pytest.mark.parametrize(
    ("form", "question", "want", "absent"),
    [
        ("builtin", "国交的志愿者人数和活动参与人数", "≥300人", "志愿者人数"),
        ("builtin", "国交项目的预算和负责人", "40万元", "负责人"),
        ("builtin", "企服的满意度和投诉率", "≥90%", "投诉率"),
        ("multi_year", "数字化改造的展区数量和展区面积", "≥2个", "展区面积"),
    ],
    ids=["volunteers", "budget-and-head", "complaints", "area"],
)
def test_a_part_the_form_lacks_is_named_as_absent_beside_the_answer(
    form: str, question: str, want: str, absent: str
) -> None:
    answer = _answer(form, question)
    assert want in answer and f"没有找到“{absent}”" in answer, answer


def test_a_field_of_an_unknown_project_is_not_another_projects() -> None:
    answer = _answer("builtin", "有个叫科普大篷车的项目，它预算多少")
    assert "130万" not in answer and "40万" not in answer


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("企服有几个质量指标，满意度多少", ["质量指标2项", "≥90%"]),
        ("国交有哪些时效指标？预算多少", ["活动完成及时性", "40万元"]),
    ],
    ids=["count-and-value", "list-and-budget"],
)
def test_a_listing_part_is_answered_beside_a_value_part(question: str, want: list[str]) -> None:
    answer = _answer("builtin", question)
    assert all(part in answer for part in want), answer


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("国交需要从单位那里收集多少个实习机会", "≥100个"),
        ("国交从高校那里要组织多少人参加辩论赛", "≥5人"),
        ("企服从企业那儿采集多少条基本信息", "≥120条"),
    ],
    ids=["from-units", "from-universities", "from-firms"],
)
def test_where_things_come_from_is_no_item_asked(question: str, want: str) -> None:
    answer = _answer("builtin", question)
    assert want in answer and "没有找到" not in answer, answer


def test_a_second_project_named_loosely_after_a_comma_is_in_scope() -> None:
    answer = _answer("other", "麻烦看看道路桥梁养护的市民满意度，再看看设施运维的")
    assert "≥85%" in answer and "≥90%" in answer and "没有找到" not in answer


def test_a_part_naming_a_project_short_asks_its_header_field() -> None:
    answer = _answer("old_template", "道桥养护项目起止时间，还有资金总额")
    assert "2023.07" in answer and "250万" in answer and "1月底前" not in answer


def test_row_words_make_an_unmatched_ask_one_about_the_form() -> None:
    answer = _answer("multi_year", "改造展区面积要多少平方米")
    assert "没有找到“面积”" in answer and "≥2" not in answer
