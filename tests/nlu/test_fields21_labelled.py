"""Messages written as labelled fields rather than sentences (项目：…；条件：…；需要：…, 【过滤】…
【返回】…, 筛选|项目=…|单位=…, slash paths, pasted rows with the cell asked) are read field by
field and answered as the plain ask they make; a message with a field no label reads is left as
typed."""

from __future__ import annotations

import pytest

from nlu.labelled import LabelledFields
from tests.nlu.question_sets import ask

_PROJECTS = frozenset({"国交", "企服"})
_FIELDS = frozenset({"主管部门", "项目类别", "计划开始日期", "计划完成日期"})
_LEVELS = {"产出指标": "", "数量指标": "产出指标", "质量指标": "产出指标", "效益指标": ""}


def _reader() -> LabelledFields:
    return LabelledFields(
        project_named=_PROJECTS.__contains__, names_field=_FIELDS.__contains__, levels=_LEVELS
    )


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        (
            "对象：企服；过滤条件：数量指标并且目标值>=100",
            "企服数量指标里目标值不少于100的指标有哪些，共几条",
        ),
        ("【过滤】国交 / 单位=场\n【返回】名称+条数", "国交度量单位是场的指标有哪些，共几条"),
        ("筛选|项目=企服|单位=人|指标值<20", "企服度量单位是人且指标值小于20的指标有哪些，共几条"),
        ("一级指标=产出指标 / 二级指标=质量指标 / 列出名称", "质量指标有哪些，共几条"),
        ("国交/产出/质量/论坛质量达标率/目标值=?", "国交论坛质量达标率的目标值是多少"),
        (
            "【表头】计划开始日期｜计划完成日期\n【行】企服",
            "企服的计划开始日期、计划完成日期分别是多少",
        ),
        ("项目：科普嘉年华；字段：主管部门", "科普嘉年华项目的主管部门"),
        ("筛选项目：项目类别=经常性项目 → 项目名称", "项目类别是经常性项目的项目是哪个"),
        ("企服\t产出指标\t数量指标\t服务人数\t？", "企服服务人数的指标值是多少"),
        (
            "【算式】企服预算 / 国交预算 ×100%\n【要求】取整",
            "企服预算占国交预算的百分比是多少，取整",
        ),
        ("项目：企服\n一级指标：效益指标\n输出：名称", "企服效益指标有哪些，共几条"),
        ("过滤：国交；单位=篇 或 家", "国交度量单位是篇或家的指标有哪些，共几条"),
        ("【项目】企服【指标名称】服务人数【字段】指标值", "企服服务人数的指标值是多少"),
        ("项目：国交；字段：年度资金申请总额；单位：万元", "国交的年度资金申请总额，单位万元"),
        ('{"项目": "企服", "字段": "项目类别"}', "企服的项目类别"),
        ("项目：国交，字段：计划开始日期", "国交的计划开始日期"),
        ("项目=企服 AND 单位=次", "企服度量单位是次的指标有哪些，共几条"),
        ("公式：企服预算 ÷ 国交预算 × 100% = ？", "企服预算占国交预算的百分比是多少"),
        ("项目 | 二级指标 | 输出\n企服 | 数量指标 | 清单", "企服数量指标有哪些，共几条"),
        ("- 项目：国交\n- 字段：主管部门", "国交的主管部门"),
        ("项目=企服；字段=计划完成日期", "企服的计划完成日期"),
        ("项目：国交；需要：单位是人的那几条（带目标值）", "国交单位是人的那几条(带目标值)"),
        ("WHERE 单位=次；项目名称：企服", "企服度量单位是次的指标有哪些，共几条"),
    ],
    ids=[
        "labels-and-semicolons",
        "bracketed-labels",
        "bar-heading",
        "two-tiers-deepest",
        "slash-path",
        "header-and-row",
        "unknown-project",
        "project-filter",
        "pasted-row",
        "share-formula",
        "column-as-label",
        "several-units",
        "row-label",
        "unit-given",
        "record-as-code",
        "labels-after-commas",
        "conditions-joined-by-and",
        "open-formula",
        "table-of-labels",
        "bulleted-fields",
        "labels-set-with-equals",
        "ask-in-words-kept",
        "label-before-a-space",
    ],
)
def test_labelled_fields_are_said_plainly(text: str, plain: str) -> None:
    assert _reader().said_plainly(text) == plain


@pytest.mark.parametrize(
    "text",
    [
        "企服里用“=”号的指标有哪些",  # an operator asked about, no condition
        "目标=100%的几项",  # a condition said inside a sentence
        "【年度】2025\n【项目】企服",  # a label none of the kinds reads
        "描述：搞创新集市的那个项目；字段：项目类别",
        "字段：实施单位",  # a field asked of no project
        "项目：国交的那张表；字段：主管部门",  # words besides a project's name
        "- 项目：企服\n- 二级指标：质量指标\n麻烦都列一下再数一数",  # an ask in words after them
        "国交 / 科普论坛 / 人数？",  # an ask in words ends the path
        "活动完成及时性\t2026年12月底前\t计划标准？？  这是企服的，绩效标准那列写的是啥",
    ],
)
def test_messages_not_read_whole_are_left_as_typed(text: str) -> None:
    assert _reader().said_plainly(text) is None


@pytest.mark.parametrize(
    ("question", "form", "expected", "wrong"),
    [
        (
            "对象：企服；过滤条件：数量指标并且目标值>=100；输出：清单、总数",
            "builtin",
            "共 3 项",
            "35场",
        ),
        ("【过滤】企服 / 单位=场\n【返回】名称+条数", "builtin", "共 5 项", "走访对接"),
        ("筛选|项目=国交|单位=人|指标值>=50", "builtin", "共 2 项", "辩论"),
        ("国交/满意度/参与人员与合作单位满意度/目标值=?", "builtin", "≥90%", "100%"),
        ("【字段】计划开始日期、年度资金申请总额\n【项目】企服", "builtin", "130万", "40万"),
        ("项目：科普嘉年华；字段：预算部门", "builtin", "没有找到", "上海市科学技术协会"),
        ("企服\t产出指标\t数量指标\t服务科技工作者人数\t？", "builtin", "8000人次", "格"),
        ("国交\t活动参与人数\t≥300人\t已到场240人\t完成率=？", "builtin", "80%", "尚未登记"),
        (
            "项目：国交；一级指标=产出指标 / 二级指标=质量指标；需要：名称+条数",
            "builtin",
            "共 2 项",
            "及时性",
        ),
    ],
    ids=[
        "tier-and-target",
        "unit-bracketed",
        "unit-and-target",
        "path-target",
        "header-fields",
        "unknown-project",
        "pasted-row-blank-cell",
        "pasted-row-own-figure",
        "two-tiers",
    ],
)
def test_labelled_fields_are_answered(question: str, form: str, expected: str, wrong: str) -> None:
    answer = ask(question, form)
    assert expected in answer
    assert wrong not in answer


def test_rows_named_each_after_its_project_are_summed() -> None:
    answer = ask("国交 / 研讨会相关活动场次；企服 / 科创赋能及人才服务活动数量；合计多少场")
    assert "39场" in answer
    assert "单位不同" not in answer


def test_a_figure_done_given_as_a_field_is_worked_against_the_row() -> None:
    answer = ask("项目：国交；指标：研讨会相关活动场次；已完成：3场；需要：完成率")
    assert "75%" in answer
    assert "尚未登记" not in answer


def test_a_share_formula_is_worked_out_as_a_share() -> None:
    answer = ask("【算式】国交成本控制数 / 企服成本控制数 ×100%\n【要求】保留两位小数")
    assert "30.77%" in answer
    assert "69.23%" not in answer
