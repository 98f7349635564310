"""Rendering a stored project as plain text laid out like the original 申报表."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from knowledge.catalog import ProjectInfo
from knowledge.values import form_date


def _amount(value: Decimal | None) -> str:
    return "" if value is None else f"{value:,.2f}"


def _date(value: dt.date | None, *, by_month: bool) -> str:
    return "" if value is None else form_date(value, by_month=by_month)


def render_form_text(project: ProjectInfo) -> str:
    """Returns the header, funding, goals and indicator table of ``project``."""
    funding = project.funding
    lines = [
        "财政项目支出绩效目标申报表",
        f"({project.year}年度)",
        f"项目名称：{project.name}",
        f"项目性质：{project.nature or ''}    项目类别：{project.category or ''}",
        f"主管部门：{project.department or ''}",
        f"实施单位：{project.implementer or ''}",
        f"计划开始日期：{_date(project.planned_start, by_month=project.dates_by_month)}",
        f"计划完成日期：{_date(project.planned_end, by_month=project.dates_by_month)}",
        "项目资金（元）：",
        f"  项目资金总额：{_amount(funding.project_total)}"
        f"    年度资金申请总额：{_amount(funding.annual_total)}",
        f"  其中：财政资金：{_amount(funding.project_fiscal)}"
        f"    其中：当年财政拨款：{_amount(funding.annual_appropriation)}",
        f"    上年结转资金：{_amount(funding.annual_carry_over)}",
        f"  其他资金：{_amount(funding.project_other)}"
        f"    其他资金：{_amount(funding.annual_other)}",
    ]
    if project.overall_goal:
        lines += [f"{project.overall_goal_label}：", project.overall_goal]
    lines += ["年度总体目标：", project.annual_goal, "", "一级指标\t二级指标\t三级指标\t指标值"]
    previous: tuple[str, str] = ("", "")
    for indicator in project.indicators:
        level1 = indicator.level1 if indicator.level1 != previous[0] else ""
        level2 = indicator.level2 if (indicator.level1, indicator.level2) != previous else ""
        lines.append(f"{level1}\t{level2}\t{indicator.name}\t{indicator.target.raw}")
        previous = (indicator.level1, indicator.level2)
    return "\n".join(lines)
