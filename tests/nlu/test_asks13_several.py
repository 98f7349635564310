"""Session 13 asks: projects listed by short words, warnings not to mix up, a bare 不是, asks
listed with a plus sign, and the asker's own doing said after the asks."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import ask
from tests.nlu.test_question_set import normalise

# 运维 ≥90% 市民满意度 / 一般项目 / 250万 budget; 养护 ≥85% / 250万 total; 改造 特定目标类 / 120万.


@pytest.mark.parametrize(
    ("question", "wants", "wrong"),
    [
        ("养护那个和运维那个的市民满意度各要求多少", ("85%", "90%"), "未能确定"),
        ("运维那边跟养护那边市民满意度分别是多少", ("85%", "90%"), "未能确定"),
        ("养护这个与运维这个的市民满意度各是多少", ("85%", "90%"), "未能确定"),
        (
            "运维这个跟养护那个的主管部门分别是谁",
            ("上海市某某局", "某区建设和管理委员会"),
            "120万",
        ),
        ("运维项目和改造项目 项目类别", ("一般项目", "特定目标类"), "未能确定"),
        ("改造 运维 项目类别分别是啥", ("一般项目", "特定目标类"), "未能确定"),
        ("路桥和运维的市民满意度分别多少", ("85%", "90%"), "未能确定"),
    ],
    ids=[
        "pointed-and",
        "there-gen",
        "this-yu",
        "mixed-pointers",
        "project-word",
        "spaces",
        "lu-qiao",
    ],
)
def test_projects_listed_by_short_words_are_each_asked(
    question: str, wants: tuple[str, ...], wrong: str
) -> None:
    answer = normalise(ask(question, "other"))
    assert all(want in answer for want in wants), answer
    assert wrong not in answer, answer


def test_a_short_word_going_on_into_a_row_name_is_no_project() -> None:
    # 运维成本 starts 设施运维成本控制数: the words are left as the question wrote them.
    answer = normalise(ask("运维成本和养护成本分别多少", "other"))
    assert "科普场馆数字化改造" not in answer, answer


@pytest.mark.parametrize(
    ("question", "form", "want", "wrong"),
    [
        ("养护的市民满意度多少来着，别跟运维那边的搞混了", "other", "85%", "90%"),
        ("道路养护市民满意度目标 千万别和运维那个弄混", "other", "85%", "90%"),
        ("运维的市民满意度要求多少？我怕跟养护的记混", "other", "90%", "85%"),
        ("国交合作单位要几家，别和推荐实习的科技社团搞混", "builtin", "3家", "10家"),
        ("站点信息报送多少篇 我怕和征集论文的弄混了", "builtin", "15篇", "20篇"),
    ],
    ids=["comma-bie-gen", "space-qianwan", "wo-pa", "builtin-units", "builtin-papers"],
)
def test_a_warning_not_to_mix_up_asks_nothing_of_the_other_thing(
    question: str, form: str, want: str, wrong: str
) -> None:
    answer = normalise(ask(question, form))
    assert want in answer, answer
    assert wrong not in answer, answer


@pytest.mark.parametrize(
    ("question", "want", "wrong"),
    [
        ("辩论 不是 国交合作单位要几家", "3家", "5人"),
        ("论文 不是 辩论队要几个人", "5人", "20篇"),
        ("辩论队人数 不是 是合作单位数量", "3家", "5人"),
        ("企服的预算 不是 国交的预算多少", "40万", "130万"),
        ("企服的预算，不是，国交的", "40万", "130万"),
    ],
    ids=["bare-word", "bare-row", "shi-after", "project-again", "commas"],
)
def test_a_bare_bu_shi_takes_back_what_was_said_before(
    question: str, want: str, wrong: str
) -> None:
    answer = normalise(ask(question))
    assert want in answer, answer
    assert wrong not in answer, answer


def test_a_bare_bu_shi_moving_a_row_to_a_project_without_it_gives_no_figure() -> None:
    answer = normalise(ask("辩论 不是 国交的 是企服的"))
    assert "5人" not in answer and "没有" in answer, answer


def test_shi_bu_shi_still_asks() -> None:
    answer = normalise(ask("辩论队人数是5个人 是 不是"))
    assert "5人" in answer, answer


@pytest.mark.parametrize(
    ("question", "wants"),
    [
        ("企服 建设指引印几套 + 验收合格率多少", ("1套", "100%")),
        ("国交合作单位几家+论文征集几篇", ("3家", "20篇")),
        ("国交预算多少 & 实施单位是谁", ("40万", "上海市科普教育展示技术中心")),
    ],
    ids=["plus-spaced", "plus-glued", "ampersand"],
)
def test_a_plus_sign_after_an_ask_lists_the_next_ask(
    question: str, wants: tuple[str, ...]
) -> None:
    answer = normalise(ask(question))
    assert all(want in answer for want in wants), answer


def test_a_plus_sign_between_two_things_still_adds_them() -> None:
    answer = normalise(ask("企服预算+国交预算多少"))
    assert "170万" in answer, answer


@pytest.mark.parametrize(
    ("question", "wants"),
    [
        ("国交的合作单位几家 论文几篇 我要对接一下", ("3家", "20篇")),
        ("国交项目的预算多少 负责人是谁 我要对接一下", ("40万", "负责人")),
        ("企服培训会几场，评审会几场，我们马上去联系下", ("≥1场",)),
    ],
    ids=["two-rows", "budget-and-absent", "we-contact"],
)
def test_the_askers_own_doing_after_the_asks_is_no_ask(
    question: str, wants: tuple[str, ...]
) -> None:
    answer = normalise(ask(question))
    assert all(want in answer for want in wants), answer
    assert "引入" not in answer, answer


@pytest.mark.parametrize(
    ("question", "form", "want", "wrong"),
    [
        ("道路养护的市民满意度多少，就路桥那个", "other", "85%", "90%"),
        ("市民满意度多少 就是养护那张表", "other", "85%", "90%"),
        ("运维的预算多少，就是城市科普设施那个", "other", "250万", "120万"),
        ("合作单位要几家，就国交那个", "builtin", "3家", "未能确定"),
        ("满意度目标多少，就是企服的", "builtin", "参与企业、专家的满意度", "参与人员"),
    ],
    ids=["lu-qiao-again", "that-table", "long-word", "alias-only-there", "alias-de"],
)
def test_a_closing_clause_saying_which_project_scopes_the_ask(
    question: str, form: str, want: str, wrong: str
) -> None:
    answer = normalise(ask(question, form))
    assert want in answer, answer
    assert wrong not in answer, answer


def test_a_closing_clause_naming_another_project_than_the_ask_is_not_dropped() -> None:
    answer = normalise(ask("运维的预算多少，就是养护那个", "other"))
    assert "250万" in answer and "道路桥梁养护" in answer, answer


@pytest.mark.parametrize(
    ("question", "wants"),
    [
        (
            "企服和国交的项目性质各是什么？实施单位是谁",
            ("企业科技创新服务", "其他一次性项目", "实施单位"),
        ),
        (
            "企服和国交的主管部门分别是哪个，项目类别呢",
            ("企业科技创新服务", "上海市科学技术协会", "特定目标类"),
        ),
    ],
    ids=["nature-then-implementer", "department-then-category"],
)
def test_a_project_list_heading_the_first_sentence_scopes_it_whole(
    question: str, wants: tuple[str, ...]
) -> None:
    answer = normalise(ask(question))
    assert all(want in answer for want in wants), answer


@pytest.mark.parametrize(
    ("question", "form", "wants"),
    [
        (
            "养护哪一个指标是行业标准，哪一个是历史标准",
            "old_template",
            ("养护合格率", "道路通行条件"),
        ),
        (
            "养护项目哪个指标用的历史标准 哪个用的行业标准",
            "old_template",
            ("养护合格率", "道路通行条件"),
        ),
    ],
    ids=["yi-ge", "ge-spaces"],
)
def test_a_which_ask_said_again_borrows_the_thing_of_the_one_before(
    question: str, form: str, wants: tuple[str, ...]
) -> None:
    answer = normalise(ask(question, form))
    assert all(want in answer for want in wants), answer
    assert "没有找到" not in answer, answer


def test_two_goal_asks_one_spoken_with_ganma_are_each_quoted() -> None:
    answer = normalise(ask("企服主要服务哪类企业，然后那个一站式平台是干嘛的"))
    assert "专精特新" in answer and "一站式" in answer, answer


@pytest.mark.parametrize(
    ("question", "want", "wrong"),
    [
        ("企服走访对接那个数量 我记得是12次对吧", "≥10次", "未能确定"),
        ("国交 活动参与人数 目标 表上写的是≥500人吧？", "≥300人", "没有找到"),
        ("国交合作单位几家，是5家吧", "≥3家", "没有找到"),
        ("企服满意度要求多少 应该是95%对不对", "≥90%", "没有找到"),
        ("运维开放日几场，我印象里是5场没错吧", "≥3", "没有找到"),
    ],
    ids=["remember-dui-ba", "file-says-ba", "comma-ba", "dui-bu-dui", "mei-cuo-ba"],
)
def test_a_figure_put_up_for_confirmation_is_told_and_the_forms_answered(
    question: str, want: str, wrong: str
) -> None:
    form = "variations" if "运维" in question else "builtin"
    answer = normalise(ask(question, form))
    assert want in answer, answer
    assert wrong not in answer, answer


@pytest.mark.parametrize(
    ("question", "want", "wrong"),
    [
        ("国交合作单位几家，企服呢", "≥3家", "40家"),
        ("国交合作单位几家，那企服的呢", "≥3家", "40家"),
        ("国交的合作单位几家 企服呢", "≥3家", "40家"),
        ("国交辩论队几个人，企服的呢", "≥5人", "8000"),
    ],
    ids=["comma", "na-de", "space", "debate"],
)
def test_an_ask_said_again_of_a_project_without_the_row_says_so(
    question: str, want: str, wrong: str
) -> None:
    answer = normalise(ask(question))
    assert want in answer and ("没有找到" in answer or "未能确定" in answer), answer
    assert wrong not in answer, answer


def test_an_ask_said_again_of_a_project_with_the_row_answers_both() -> None:
    answer = normalise(ask("运维市民满意度多少，那养护的呢", "other"))
    assert "90%" in answer and "85%" in answer, answer


def test_a_closing_clause_saying_more_than_a_project_is_the_ask_itself() -> None:
    answer = normalise(ask("我想问一下哈 就是企服编印建设指引那个数量"))
    assert "=1套" in answer, answer


@pytest.mark.parametrize(
    "question",
    ["企服 培训会 评审会 各几场", "企服，培训会，评审会，各几场", "企服培训会、评审会各几场"],
    ids=["dictated", "commas", "enumerated"],
)
def test_a_piece_fitting_two_rows_in_an_each_ask_is_named_never_dropped(question: str) -> None:
    answer = normalise(ask(question))
    assert "≥1场" in answer and "培训" in answer, answer


def test_a_clause_naming_its_own_row_before_a_figure_to_confirm_is_asked() -> None:
    answer = normalise(ask("国交征集论文数量是30篇吧？还有辩论队人数是不是≥6"))
    assert "≥20篇" in answer and "≥5人" in answer, answer


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("国交活动上次实际来了330人，比目标多百分之几", "10%"),
        ("国交那个活动实际到场330人，超出目标百分之几", "10%"),
        ("国交学生实际来了60人，超了几个", "10人"),
    ],
    ids=["activity-people", "arrived", "students"],
)
def test_a_count_told_of_a_thing_is_worked_against_the_row_its_measure_names(
    question: str, want: str
) -> None:
    answer = normalise(ask(question))
    assert want in answer, answer


def test_a_count_told_of_a_thing_several_rows_count_in_gives_no_figure() -> None:
    answer = normalise(ask("企服活动实际办了30场，完成率多少"))
    assert "%" not in answer, answer


@pytest.mark.parametrize(
    ("question", "form", "wants"),
    [
        (
            "企服和国交的项目性质各是什么？实施单位是不是同一个",
            "builtin",
            ("其他一次性项目", "均为"),
        ),
        ("企服和国交是同一个实施单位吗", "builtin", ("实施单位相同",)),
        ("两个项目的主管部门是不是同一个", "builtin", ("上海市科学技术协会",)),
        ("运维和养护的主管部门是不是同一个", "other", ("上海市某某局", "某区建设和管理委员会")),
    ],
    ids=["after-nature", "field-after", "two-projects", "different"],
)
def test_whether_a_header_field_is_the_same_one_shows_it_for_each(
    question: str, form: str, wants: tuple[str, ...]
) -> None:
    answer = normalise(ask(question, form))
    assert all(want in answer for want in wants), answer
    assert "未能确定" not in answer and "没有找到" not in answer, answer


@pytest.mark.parametrize(
    ("question", "form", "want", "wrong"),
    [
        ("哪个项目的类别是一般项目", "other", "城市科普设施运维", "道路桥梁养护"),
        ("港澳台学生来沪实习，实习期是多长", "builtin", "5 周", "未能确定"),
        ("运维 步道 维护多长 语音打的可能不对", "variations", "985米", "没有找到"),
    ],
    ids=["yi-ban-is-no-same-one", "sentence-left-open", "project-word-left-open"],
)
def test_narrow_readings_leave_other_questions_as_they_were(
    question: str, form: str, want: str, wrong: str
) -> None:
    answer = ask(question, form)
    assert want in answer, answer
    assert wrong not in answer, answer
