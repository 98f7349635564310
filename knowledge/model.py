"""The domain model of a 财政项目支出绩效目标申报表 (declaration form)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields
from decimal import Decimal
from enum import StrEnum

# Longest text a form may put in each field. Real names are under 50 characters; a
# longer one is a stray paragraph read as a name. Each is within its stored column.
MAX_NAME_LENGTH = 200  # project and indicator names
MAX_LABEL_LENGTH = 100  # 项目性质, 项目类别, the goal heading
MAX_ORGANISATION_LENGTH = 200  # 主管部门, 实施单位
MAX_TARGET_LENGTH = 200  # 指标值 as written, 评(扣)分标准
MAX_TARGET_PART_LENGTH = 40  # the number or the unit of a target
MAX_GOAL_LENGTH = 20_000  # 项目总目标, 年度总体目标: real ones are under 1,000 characters


class IndicatorKind(StrEnum):
    """How a target is expressed."""

    QUANTITATIVE = "quantitative"
    QUALITATIVE = "qualitative"
    DEADLINE = "deadline"


class Direction(StrEnum):
    """Which way is better for an indicator."""

    HIGHER = "higher"
    LOWER = "lower"
    EXACT = "exact"
    NONE = "none"


@dataclass(frozen=True)
class Target:
    """A parsed 指标值 such as ``≥300.00(人)``, ``2026年12月底前`` or ``有效提升``."""

    raw: str
    kind: IndicatorKind
    operator: str | None = None
    value: Decimal | None = None
    unit: str | None = None
    direction: Direction = Direction.NONE
    deadline: dt.date | None = None

    def display(self) -> str:
        """Returns the target as people write it: ``≥300人``, ``≤40万元``, ``=100%``."""
        if self.kind is not IndicatorKind.QUANTITATIVE or self.value is None:
            return "".join(self.raw.split()) if self.kind is IndicatorKind.DEADLINE else self.raw
        return f"{self.operator or ''}{format_number(self.value)}{self.unit or ''}"


def format_number(value: Decimal) -> str:
    """Formats a decimal without trailing zeros: 300.00 → 300, 2.50 → 2.5."""
    text = f"{value:f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text or "0"


@dataclass(frozen=True)
class IndicatorForm:
    """One row of the indicator table as read from a document."""

    level1: str
    level2: str
    name: str
    target: Target
    line_no: int
    standard: str | None = None


@dataclass(frozen=True)
class GoalItem:
    """A numbered sub-goal inside the 年度总体目标 text (一、二、…)."""

    number: int
    title: str
    text: str


@dataclass
class Funding:
    """项目资金, exact to the fen, in yuan."""

    project_total: Decimal | None = None
    project_fiscal: Decimal | None = None
    project_other: Decimal | None = None
    annual_total: Decimal | None = None
    annual_appropriation: Decimal | None = None
    annual_carry_over: Decimal | None = None
    annual_other: Decimal | None = None

    @property
    def budget(self) -> Decimal | None:
        """The year's budget: 年度资金申请总额, else 项目资金总额."""
        return self.annual_total if self.annual_total is not None else self.project_total


# The amounts of 项目资金, in the order of the form: the one list of them.
FUNDING_FIELDS = tuple(field.name for field in fields(Funding))


class SkipReason(StrEnum):
    """Why rows of a form were left out of an import that went ahead."""

    HEADER_WITHOUT_PROJECT = "header_without_project"
    DUPLICATE_INDICATOR = "duplicate_indicator"


@dataclass(frozen=True)
class SkippedRows:
    """Rows left out of an import: from which line, what they said and why."""

    reason: SkipReason
    line_no: int
    text: str


@dataclass
class ProjectForm:
    """One project's declaration form, as read from a document."""

    name: str
    year: int
    line_no: int
    source: str
    nature: str | None = None
    category: str | None = None
    department: str | None = None
    implementer: str | None = None
    planned_start: dt.date | None = None
    planned_end: dt.date | None = None
    dates_by_month: bool = False
    overall_goal: str = ""
    overall_goal_label: str = "项目总目标"
    annual_goal: str = ""
    goal_items: list[GoalItem] = field(default_factory=list)
    funding: Funding = field(default_factory=Funding)
    indicators: list[IndicatorForm] = field(default_factory=list)
    skipped: list[SkippedRows] = field(default_factory=list)
