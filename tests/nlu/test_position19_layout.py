"""Words pointing at the forms' layout read as what they point at (nlu/layout.py), asks
relayed from a chat read as asked (nlu/relays.py)."""

from __future__ import annotations

import pytest

from nlu.layout import FormRow, LayoutPointers
from nlu.relays import relayed_ask
from tests.nlu.question_sets import ask

ROWS = {
    "甲项目": [
        FormRow("产出指标", "数量指标", "举办培训班数量"),
        FormRow("产出指标", "数量指标", "发放宣传手册数量"),
        FormRow("满意度指标", "服务对象满意度指标", "学员满意度"),
    ],
    "乙项目": [FormRow("产出指标", "数量指标", "新建站点数量")],
}


def _said(text: str) -> list[tuple[int, str]]:
    return [(text.find(name), name) for name in ROWS if name in text]


def _pointers() -> LayoutPointers:
    return LayoutPointers(
        project_names=list(ROWS),
        rows=ROWS,
        projects_named=_said,
    )


@pytest.mark.parametrize(
    ("question", "expected", "wrong"),
    [
        # A page or the form above or below: the project at that place among the forms.
        ("下面那个项目的成本控制数封顶多少？", "40万元", "130万元"),
        ("第一页的年度资金申请总额是多少", "130万元", "40万元"),
        # The page miscounted: the project named in words wins.
        ("第二页企服的预算是多少", "130万元", "40万元"),
        # A row's place with words about it: the place picks the row the words fit.
        ("第二页质量指标第二行，出安全问题那个要求多少", "=0起", "达标率"),
        ("第一页表格最后一行，企业专家开不开心那条要求多少", "90%", "130万元"),
        # The place contradicts the words: words win.
        ("企服数量指标第一行，服务科技工作者人数多少", "8000人次", "≥2次"),
        # A header field by its label, whatever row or side is said.
        ("国交那页表头第二行右边那格，实施单位是哪家", "科普教育展示技术中心", "项目类别"),
        # 数量指标里 places the row; its 数量 asks no count of rows.
        ("企服数量指标里那个调查站点工作会的，开几场", "≥1场", "共 2 项"),
    ],
)
def test_layout_pointers(question: str, expected: str, wrong: str) -> None:
    answer = ask(question, "builtin")
    assert expected in answer
    assert wrong not in answer


def test_place_alone_is_left_as_said() -> None:
    pointers = _pointers()
    assert pointers.rewritten("甲项目数量指标第二行多少") == "甲项目数量指标第二行多少"


def test_place_with_other_words_is_read_by_the_row() -> None:
    pointers = _pointers()
    assert "发放宣传手册数量" in pointers.rewritten("甲项目数量指标第二行，发的手册要多少")
    assert "举办培训班数量" not in pointers.rewritten("甲项目数量指标第二行，发的手册要多少")


def test_page_past_the_forms_is_left_as_said() -> None:
    assert _pointers().rewritten("第三页的预算多少") == "第三页的预算多少"


@pytest.mark.parametrize(
    ("question", "expected", "wrong"),
    [
        ("「老王：国交预算多少？」帮忙问下[抱拳]", "40万元", "老王"),
        ("「小李：企服满意度要求多少？」帮他问一下哈", "90%", "小李"),
    ],
)
def test_relayed_quote(question: str, expected: str, wrong: str) -> None:
    answer = ask(question, "builtin")
    assert expected in answer
    assert wrong not in answer


def test_relayed_statement_keeps_the_ask_after_it() -> None:
    assert relayed_ask("「张工：我们测的是96%」比目标高多少") == "我们测的是96%，比目标高多少"
    assert relayed_ask("“主管部门：科协”对吗") is None  # a field's label, no person
