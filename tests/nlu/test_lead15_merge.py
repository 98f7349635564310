"""Session 15, the helpers' merge: where helpers' readings of one family of words met. A
floor or a ceiling said with its figure (保底是10次) is filters.txt's [bound_noun], the rows
written so (≥10次); asked alone (保底多少人, 撑死能花多少) plain_words.txt's [bounds] writes it
plainly (至少, 最多). An ask opening with 是 takes the clause before it as its subject, not as its
base."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import ask


@pytest.mark.parametrize(
    ("question", "rows", "not_rows"),
    [
        ("企服哪几条的保底是10次？", ["走访对接区科协", "工作站建设推进"], ["≥35"]),
        ("企服里兜底定在10次的指标有哪些", ["走访对接区科协", "工作站建设推进"], ["≥35"]),
        ("企服哪些指标顶天是130万", ["成本控制数"], ["≥"]),
    ],
)
def test_a_bound_word_said_with_its_figure_lists_the_rows_written_so(
    question: str, rows: list[str], not_rows: list[str]
) -> None:
    answer = ask(question)
    assert all(row in answer for row in rows), answer
    assert not any(row in answer for row in not_rows), answer


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("暑期实习的港澳台学生保底多少人", "≥50"),
        ("企服的成本撑死能花多少", "130万"),
    ],
)
def test_a_bound_word_asked_alone_reads_as_the_plain_word(question: str, figure: str) -> None:
    assert figure in ask(question)


@pytest.mark.parametrize(
    ("question", "result"),
    [
        ("企业那个项目的经费，是国际交流那个的几倍啊？", "3.25"),
        ("企服的预算，是国交的几倍", "3.25"),
        ("国交的预算，大概是企服的百分之几", "30.77"),
        ("国交那点钱，企服是它的几倍", "3.25"),
    ],
)
def test_a_clause_before_an_ask_opening_with_shi_is_its_subject_not_its_base(
    question: str, result: str
) -> None:
    """figures15 reads a clause before a comparison as its base (国交那点钱，企服是它的几倍);
    an ask opening with 是 has no subject of its own, and the clause before it is that."""
    answer = ask(question)
    assert result in answer, answer
    assert "0.31" not in answer and "325" not in answer.replace("3.25", "")
