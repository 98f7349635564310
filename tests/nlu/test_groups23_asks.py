"""Groups of rows picked by a filter and asked more than one thing at once (session 23): a count
beside a sum, both ends of the order and the ends worked against each other, two sums asked one
after another, the same ask of another project, one row of each of two units compared, a mean of
rows whose count is said, the one row a condition keeps, and a deadline's month as a filter."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import ask

UNREAD = "没能读懂"


def test_a_count_and_a_sum_of_one_unit_are_both_answered() -> None:
    answer = ask("企服里按次计的有几条？这几条的目标加起来是多少次？")
    assert "3 项" in answer and "= 22次" in answer, answer


def test_a_count_in_the_unit_summed_is_the_sum_asked() -> None:
    answer = ask("企服以“场”计的加起来几场")
    assert "= 43场" in answer and "共有单位" not in answer, answer


def test_both_ends_of_the_order_are_listed() -> None:
    answer = ask("企服以场计的指标中目标最高的是哪个，最低的又是哪个")
    assert "科创赋能及人才服务活动数量" in answer and "机构资格申报培训会数量" in answer, answer
    assert "举办创新服务" not in answer, answer  # 5场 is at neither end


@pytest.mark.parametrize(
    ("question", "result", "wrong"),
    [
        ("国交里按人计的指标，目标最高的是最低的几倍", "= 150 倍", "357"),
        ("企服以场计的几条里，最多的比最少的多多少场", "多 34场", "43场"),
        ("国交以人计的，目标最小的比最大的少几人", "少 298人", "357"),
    ],
    ids=["ratio", "difference", "low-first"],
)
def test_the_ends_of_a_group_are_worked_against_each_other(
    question: str, result: str, wrong: str
) -> None:
    answer = ask(question)
    assert result in answer and wrong not in answer, answer


def test_the_ends_of_rows_in_several_units_give_no_figure() -> None:
    answer = ask("国交数量指标里目标最高的是最低的几倍")
    assert "150 倍" not in answer and "倍" not in answer.replace("几倍", ""), answer


def test_two_sums_of_two_units_are_each_answered() -> None:
    answer = ask("企服按次计的总共多少次？按场计的总共多少场？")
    assert "= 22次" in answer and "= 43场" in answer, answer


def test_a_sum_asked_again_of_another_project_is_each_projects() -> None:
    answer = ask("企服以场计的一共多少场？国交的呢？")
    assert "= 43场" in answer and "= 7场" in answer and "50场" not in answer, answer


def test_the_end_asked_again_of_another_project() -> None:
    answer = ask("国交数量指标里目标最大的是哪条？企服的呢？")
    assert "活动参与人数" in answer and "服务科技工作者人数" in answer, answer


@pytest.mark.parametrize(
    "question",
    [
        "企服以“名”计的是以“家”计的几倍",
        "企服以“家”计、以“名”计的各有一条，各是多少？后者是前者的多少倍？",
    ],
    ids=["said", "former-latter"],
)
def test_one_row_of_each_of_two_units_compared(question: str) -> None:
    answer = ask(question)
    assert "120名" in answer and "40家" in answer and "= 3 倍" in answer, answer


def test_a_unit_keeping_several_rows_is_never_compared_as_one() -> None:
    answer = ask("企服以“名”计的是以“场”计的几倍")
    assert "倍" not in answer.replace("几倍", ""), answer


@pytest.mark.parametrize(
    ("question", "form", "result"),
    [
        ("企服那三个百分比指标，目标平均是多少", "builtin", "96.67%"),
        ("运维两条百分比的指标平均下来目标多少", "variations", "87.5%"),
    ],
    ids=["three", "two"],
)
def test_a_mean_of_rows_whose_count_is_said(question: str, form: str, result: str) -> None:
    answer = ask(question, form)
    assert result in answer, answer


def test_a_count_said_that_is_not_the_rows_kept_gives_no_mean() -> None:
    answer = ask("企服那两个百分比指标，目标平均是多少")
    assert "96.67" not in answer and "95%" not in answer, answer


@pytest.mark.parametrize(
    ("question", "form", "row", "target"),
    [
        ("运维里唯一一个设了“≤”的是哪个", "variations", "设施运维成本控制数", "250万"),
        ("养护那张表里唯一用“≤”的那一条", "old_template", "养护成本", "250万"),
        ("运维项目以“米”计的那个指标值是多少", "variations", "维护步道长度", "985米"),
    ],
    ids=["sole-which", "sole-pointed", "unit-target"],
)
def test_the_one_row_a_condition_keeps(question: str, form: str, row: str, target: str) -> None:
    answer = ask(question, form)
    assert row in answer and target in answer and "您是想问" not in answer, answer


@pytest.mark.parametrize(
    ("question", "form", "row", "count"),
    [
        ("两个项目截止在2026年12月的指标有几条，分别是哪条", "builtin", "活动完成及时性", "2 项"),
        ("截止时间是12月底的有哪些指标", "builtin", "活动完成及时性", "2 项"),
        ("数字化改造那条9月底的指标叫什么", "multi_year", "二期改造完成时间", "1 项"),
        ("养护项目里是1月底的那个指标是哪个", "old_template", "养护完成时间", "1 项"),
    ],
    ids=["due-in-month", "deadline-is", "month-end-of", "month-end-is"],
)
def test_a_deadline_month_picks_the_rows_due_then(
    question: str, form: str, row: str, count: str
) -> None:
    answer = ask(question, form)
    assert row in answer and count in answer and UNREAD not in answer, answer


@pytest.mark.parametrize(
    ("question", "total", "result", "wrong"),
    [
        (
            "国交的成本控制数按以人计那几条的人数加起来平摊，每人合多少元",
            "= 357人",
            "1120.45",
            "1333.33",
        ),
        (
            "企服成本控制数分摊到以场计的所有活动的总场数上，平均每场多少钱",
            "= 43场",
            "30232.56",
            "32500",
        ),
    ],
    ids=["people", "events"],
)
def test_an_amount_split_over_the_total_of_a_units_rows(
    question: str, total: str, result: str, wrong: str
) -> None:
    answer = ask(question)
    assert total in answer and result in answer and wrong not in answer, answer


def test_an_amount_split_over_rows_of_another_unit_gives_no_figure() -> None:
    answer = ask("国交成本控制数按以场计的几条来摊，每人多少钱")
    assert "元/人" not in answer and "元/场" not in answer, answer
