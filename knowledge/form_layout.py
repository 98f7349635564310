"""What an exported 申报表 says and where: shared by the .xlsx and .docx writers.

The words are the form's own printed labels (part of the document, not the bot's
wording), laid out the way the reader in :mod:`knowledge.declaration` reads them back.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from knowledge.model import IndicatorForm, ProjectForm

TITLE = "财政项目支出绩效目标申报表"
# Written as the file's author, so that a form sent back to the bot is known as an export.
EXPORT_CREATOR = "goalbot"
EAST_ASIAN_FONT = "宋体"
LATIN_FONT = "Times New Roman"
TABLE_HEADER = ("一级指标", "二级指标", "三级指标", "年度(/项目)指标值")
TABLE_LABEL = "绩效指标"
GOALS_LABEL = "项目绩效目标"
ANNUAL_GOAL_LABEL = "年度总体目标"
FUNDING_LABEL = "项目资金（元）"


def year_line(form: ProjectForm) -> str:
    """Returns the line under the title: ``(2027年度)``."""
    return f"({form.year}年度)"


def amount_text(value: Decimal | None) -> str:
    """Writes an amount as the form does: ``1,300,000.00``; blank when absent."""
    return "" if value is None else f"{value:,.2f}"


def date_text(value: dt.date | None) -> str:
    """Writes a date as the form does: ``2027-01-01``."""
    return "" if value is None else value.isoformat()


def header_rows(form: ProjectForm) -> list[list[str]]:
    """Returns the header block as rows of six cells."""
    return [
        ["项目名称", form.name, "项目性质", form.nature or "", "项目类别", form.category or ""],
        ["主管部门", form.department or "", "实施单位", form.implementer or "", "", ""],
        [
            "计划开始日期",
            date_text(form.planned_start),
            "计划完成日期",
            date_text(form.planned_end),
            "",
            "",
        ],
    ]


def funding_rows(form: ProjectForm) -> list[list[str]]:
    """Returns the funding block: project side on the left, the year's on the right."""
    funding = form.funding
    return [
        [
            FUNDING_LABEL,
            "项目资金总额：",
            amount_text(funding.project_total),
            "年度资金申请总额：",
            amount_text(funding.annual_total),
            "",
        ],
        [
            "",
            "其中：财政资金",
            amount_text(funding.project_fiscal),
            "其中：当年财政拨款",
            amount_text(funding.annual_appropriation),
            "",
        ],
        ["", "", "", "上年结转资金", amount_text(funding.annual_carry_over), ""],
        [
            "",
            "其他资金",
            amount_text(funding.project_other),
            "其他资金",
            amount_text(funding.annual_other),
            "",
        ],
    ]


@dataclass(frozen=True)
class Span:
    """A run of consecutive indicator rows sharing a level: ``first`` to ``last``, 0-based."""

    first: int
    last: int
    text: str


def level_spans(rows: Sequence[IndicatorForm]) -> tuple[list[Span], list[Span]]:
    """Returns the runs of equal 一级 and of equal (一级, 二级), to merge their cells."""
    level1: list[Span] = []
    level2: list[Span] = []
    for index, row in enumerate(rows):
        previous = rows[index - 1] if index else None
        if previous is not None and previous.level1 == row.level1:
            level1[-1] = Span(level1[-1].first, index, row.level1)
        else:
            level1.append(Span(index, index, row.level1))
        if previous is not None and (previous.level1, previous.level2) == (row.level1, row.level2):
            level2[-1] = Span(level2[-1].first, index, row.level2)
        else:
            level2.append(Span(index, index, row.level2))
    return level1, level2
