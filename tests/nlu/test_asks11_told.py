"""Session 11 asks: figures and plans the asker tells beside an ask, suppositions that set a
calculation, asks dictated between spaces."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import ask
from tests.nlu.test_question_set import normalise


@pytest.mark.parametrize(
    ("question", "wants", "never"),
    [
        ("企服 走访几次 时效", ("≥10", "2026年12月底前"), ("没有找到",)),
        ("国交 合作单位几家 论文几篇 满意度", ("≥3", "≥20", "≥90"), ("未能确定",)),
        ("企服成本上限 建设指引几套 还有时效", ("≤130", "=1", "2026年12月底前"), ("未能确定",)),
    ],
    ids=["row-and-heading", "three-rows", "cap-count-heading"],
)
def test_asks_dictated_between_spaces_are_each_answered(
    question: str, wants: tuple[str, ...], never: tuple[str, ...]
) -> None:
    answer = normalise(ask(question))
    assert all(want in answer for want in wants), answer
    assert not any(word in answer for word in never), answer


def test_words_dictated_of_one_row_stay_one_ask() -> None:
    answer = normalise(ask("企服 专家信息采集 准确率要求多少"))
    assert "=100" in answer and "≥120" not in answer, answer


@pytest.mark.parametrize(
    ("question", "want", "never"),
    [
        ("国交论文我们实际征了16篇，目标几篇？完成率多少", "80%", ("160",)),
        ("合作单位签了2家，目标是多少，还差几家", "少1家", ("≥10",)),
    ],
    ids=["rate", "difference"],
)
def test_an_ask_of_the_target_beside_a_worked_told_figure_is_shown_by_the_working(
    question: str, want: str, never: tuple[str, ...]
) -> None:
    answer = normalise(ask(question))
    assert want in answer, answer
    assert not any(word in answer for word in never), answer


@pytest.mark.parametrize(
    ("question", "want", "never"),
    [
        ("港澳台学生我们实际到了47个，比目标少几个", "少3", ("47人次",)),
        ("实习岗位实际征到了90个，还差多少", "少10", ("≥10",)),
    ],
    ids=["people-counted-ge", "posts"],
)
def test_a_figure_told_in_ge_counts_in_the_rows_unit(
    question: str, want: str, never: tuple[str, ...]
) -> None:
    answer = normalise(ask(question))
    assert want in answer, answer
    assert not any(word in answer for word in never), answer


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("国交下一年想拉6家单位合作，今年定的几家", "≥3"),
        ("企服明年打算办40场科创赋能活动，今年写了几场", "≥35"),
    ],
    ids=["partners", "events"],
)
def test_an_ask_naming_nothing_is_asked_of_what_the_plan_told_names(
    question: str, want: str
) -> None:
    answer = normalise(ask(question))
    assert want in answer, answer
    assert "40场" not in answer.replace("“", "").split("以下为")[-1], answer


@pytest.mark.parametrize(
    ("question", "want", "form"),
    [
        ("我在整理年终材料，国交合作单位几家", "≥3", "builtin"),
        ("我们正在填自评表 企服成本控制数是多少", "≤130", "builtin"),
        ("运维的定量指标有哪些，我们准备逐项填实际完成数", "巡检车辆数", "variations"),
    ],
    ids=["busy-first", "busy-dictated", "plan-after-ask"],
)
def test_what_the_asker_is_busy_with_or_means_to_do_is_set_apart(
    question: str, want: str, form: str
) -> None:
    answer = normalise(ask(question, form))
    assert want in answer, answer
    assert "没有找到" not in answer and "未能确定" not in answer, answer


def test_a_guess_checked_of_a_field_is_not_echoed_as_told() -> None:
    answer = normalise(ask("设施运维属于什么项目类别，我记得是特定目标类？", "variations"))
    assert "一般项目" in answer and "特定目标类" not in answer, answer


@pytest.mark.parametrize(
    ("question", "want", "never"),
    [
        ("国交预算要是削减两成，还剩多少", "32万", ("40万元(",)),
        ("企服预算如果翻一番，会是多少", "260万", ()),
        ("国交成本上限打九折的话，是多少万", "36万", ()),
    ],
    ids=["lowered", "doubled", "discount"],
)
def test_the_result_of_a_supposition_asked_in_the_next_clause_is_calculated(
    question: str, want: str, never: tuple[str, ...]
) -> None:
    answer = normalise(ask(question))
    assert want in answer, answer
    assert "未能确定" not in answer, answer
    assert not any(word in answer for word in never), answer


@pytest.mark.parametrize(
    ("question", "want", "never"),
    [
        ("国交预算如果削掉5万还剩多少", "35万", ("45万",)),
        ("国交预算要是扣掉5万，还剩多少钱", "35万", ("45万", "少 35万")),
        ("企服预算要是追加30万，总共多少", "160万", ("100万",)),
        ("论文征集要是再加4篇是多少篇", "24篇", ("16篇",)),
        ("港澳台学生如果减少10人还剩几人", "40人", ("60人",)),
    ],
    ids=["lowered-money", "lowered-asked-apart", "raised-money", "raised-count", "lowered-count"],
)
def test_a_figure_changed_by_a_supposed_amount_is_worked_from_the_form(
    question: str, want: str, never: tuple[str, ...]
) -> None:
    answer = normalise(ask(question))
    assert want in answer, answer
    assert "提供的情况" not in answer, answer
    assert not any(word in answer for word in never), answer


@pytest.mark.parametrize(
    "question",
    ["国交预算要是削减两成是多少", "企服预算如果增加20%是多少", "论文征集要是增加一半是多少篇"],
    ids=["tenths", "percent", "half"],
)
def test_a_part_supposed_is_a_scale_not_an_amount(question: str) -> None:
    answer = normalise(ask(question))
    assert "您给出的" not in answer, answer


@pytest.mark.parametrize(
    ("question", "wants", "never"),
    [
        ("论文我们已经征集了十六篇，完成率多少，离目标还差几篇", ("80%", "少4篇"), ("160",)),
        ("合作单位实际签了4家，完成率是多少，比目标多几家", ("约133.3%", "多1家"), ()),
    ],
    ids=["rate-and-short", "rate-and-over"],
)
def test_each_working_asked_of_one_told_figure_is_answered(
    question: str, wants: tuple[str, ...], never: tuple[str, ...]
) -> None:
    answer = normalise(ask(question))
    assert all(want in answer for want in wants), answer
    assert not any(word in answer for word in never), answer


def test_what_the_asker_says_of_themselves_after_the_ask_is_set_apart() -> None:
    answer = normalise(ask("国交预算是企服的百分之几，你帮忙算算，我数学不太好"))
    assert "30.8%" in answer and "没有找到" not in answer, answer


def test_a_clause_of_the_asker_naming_form_words_is_read_with_the_ask() -> None:
    answer = normalise(ask("港澳台学生今年要来几个，我这边要跟接待那边核对人数"))
    assert "≥100" not in answer, answer


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("养护的市民满意度，我们今年实测是百分之八十八，比表上的目标高几个百分点", "多3个百分点"),
        ("养护合格率我们实际做到了百分之九十七，完成率多少", "约102.1%"),
    ],
    ids=["points", "rate"],
)
def test_a_percentage_told_in_words_is_worked_against_the_form(question: str, want: str) -> None:
    answer = normalise(ask(question, "old_template"))
    assert want in answer, answer


@pytest.mark.parametrize(
    ("question", "want", "form"),
    [
        ("国交论文征集几篇，语音识别可能有错字", "≥20", "builtin"),
        ("企服 成本控制数 多少 手机打字不太方便", "≤130", "builtin"),
    ],
    ids=["comma", "dictated"],
)
def test_a_remark_on_how_the_message_was_typed_is_set_apart(
    question: str, want: str, form: str
) -> None:
    answer = normalise(ask(question, form))
    assert want in answer and "没有找到" not in answer, answer


def test_a_remark_beside_an_ask_found_nowhere_still_answers_once() -> None:
    answer = normalise(ask("改造成本空置数多少，语音打的字可能不对", "multi_year"))
    assert "语音”" not in answer and "“语音" not in answer.split("以下为")[-1], answer


@pytest.mark.parametrize(
    ("question", "want", "never"),
    [
        ("论文上个月收到8篇，这个月又收到5篇，离目标还差几篇", "少7篇", ("少12篇", "少15篇")),
        ("走访区科协上周走访了3次，前面走访了4次，完成率多少", "70%", ("30%", "40%")),
    ],
    ids=["short", "rate"],
)
def test_figures_told_clause_by_clause_in_one_unit_are_added_up(
    question: str, want: str, never: tuple[str, ...]
) -> None:
    answer = normalise(ask(question))
    assert want in answer, answer
    assert not any(word in answer for word in never), answer


def test_figures_told_of_different_years_are_not_added_up() -> None:
    answer = normalise(ask("科创赋能活动去年办了30场，今年办了12场，还差几场"))
    assert "少 -7" not in answer and "42场" not in answer and "少7场" not in answer, answer


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("我管港澳台实习这块，目前报名了41个学生，够目标了吗", "少9人"),
        ("合作单位现在签下来1家，还需要几家", "少2家"),
        ("论文目前收到18篇了，达标了吗", "少2篇"),
    ],
    ids=["enough", "still-needed", "reached"],
)
def test_an_organiser_telling_what_is_done_gets_it_worked_against_the_target(
    question: str, want: str
) -> None:
    answer = normalise(ask(question))
    assert want in answer, answer


def test_what_the_asker_will_write_after_the_ask_narrows_nothing() -> None:
    answer = normalise(ask("国交的效益指标有哪些？我要写交流促进那一段"))
    assert "共3项" in answer and "科普活动影响力" in answer, answer
