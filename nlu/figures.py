"""Figures a calculation can use: an indicator's target, or an amount of a project's funding."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from knowledge.catalog import IndicatorInfo, ProjectInfo
from knowledge.model import Funding, IndicatorKind
from knowledge.units import YUAN_PER_UNIT
from nlu.intents import MoneyField

YUAN = "元"


@dataclass(frozen=True)
class Figure:
    """One operand: a target or an amount (in 元), with where it was taken from."""

    project: ProjectInfo
    value: Decimal
    unit: str | None
    indicator: IndicatorInfo | None = None
    money: MoneyField | None = None


def amount_of(funding: Funding, field: MoneyField) -> Decimal | None:
    """Returns the amount a money question means, as the answer to it shows first.

    预算 and 其他资金 are the year's column first; 财政资金 and 项目资金总额 the project's.
    """
    annual_first: dict[MoneyField, tuple[Decimal | None, Decimal | None]] = {
        MoneyField.BUDGET: (funding.annual_total, funding.project_total),
        MoneyField.ANNUAL_TOTAL: (funding.annual_total, funding.project_total),
        MoneyField.APPROPRIATION: (funding.annual_appropriation, funding.project_fiscal),
        MoneyField.CARRY_OVER: (funding.annual_carry_over, None),
        MoneyField.OTHER: (funding.annual_other, funding.project_other),
        MoneyField.PROJECT_TOTAL: (funding.project_total, funding.annual_total),
        MoneyField.FISCAL: (funding.project_fiscal, funding.annual_appropriation),
    }
    first, second = annual_first[field]
    return first if first is not None else second


def money_figure(project: ProjectInfo, field: MoneyField) -> Figure | None:
    """Returns an amount of a project's funding as a figure, None when the form has none."""
    amount = amount_of(project.funding, field)
    return None if amount is None else Figure(project, amount, YUAN, money=field)


def target_figure(project: ProjectInfo, indicator: IndicatorInfo) -> Figure | None:
    """Returns a quantitative target as a figure (money targets in 元), else None."""
    target = indicator.target
    if target.kind is not IndicatorKind.QUANTITATIVE or target.value is None:
        return None
    if target.unit in YUAN_PER_UNIT:
        return Figure(project, target.value * YUAN_PER_UNIT[target.unit], YUAN, indicator)
    return Figure(project, target.value, target.unit, indicator)
