"""The rules reviewers apply to a 申报表 before it may be exported.

Errors block the export; warnings are shown and may be accepted one by one. Each finding
names the row (1-based position in the indicator table) when it concerns one.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from knowledge.drafting import BEATEN_RATIO, MIN_SATISFACTION, format_target, is_satisfaction
from knowledge.levels import COST_LEVEL1, LEVEL1_ORDER, LEVEL2_UNDER, OUTPUT_LEVEL1
from knowledge.model import Direction, IndicatorForm, IndicatorKind, ProjectForm
from knowledge.targets import parse_target
from knowledge.units import YUAN_PER_UNIT

REQUIRED_OUTPUT_LEVEL2 = LEVEL2_UNDER[OUTPUT_LEVEL1]
_SIGN_OR_DIGIT = re.compile(r"[\d≥≤=<>＞＜＝]")


class Severity(StrEnum):
    """Whether a finding blocks the export."""

    ERROR = "error"
    WARNING = "warning"


class CheckCode(StrEnum):
    """One rule of the check."""

    NO_COST = "no_cost"
    MISSING_LEVEL1 = "missing_level1"
    MISSING_OUTPUT_LEVEL2 = "missing_output_level2"
    UNKNOWN_LEVEL2 = "unknown_level2"
    BAD_TARGET = "bad_target"
    DUPLICATE_NAME = "duplicate_name"
    COST_OVER_BUDGET = "cost_over_budget"
    DEADLINE_OUTSIDE_YEAR = "deadline_outside_year"
    EMPTY_ANNUAL_GOAL = "empty_annual_goal"
    FUNDING_MISMATCH = "funding_mismatch"
    COST_NOT_BUDGET = "cost_not_budget"
    LOW_SATISFACTION = "low_satisfaction"
    VAGUE_WORDING = "vague_wording"
    BELOW_ACTUAL = "below_actual"


WARNING_CODES = frozenset(
    {
        CheckCode.COST_NOT_BUDGET,
        CheckCode.LOW_SATISFACTION,
        CheckCode.VAGUE_WORDING,
        CheckCode.BELOW_ACTUAL,
    }
)


@dataclass(frozen=True, kw_only=True)
class Finding:
    """One broken rule: the row (1-based, None for the form), what it is about, the detail."""

    code: CheckCode
    row: int | None = None
    subject: str = ""
    detail: str = ""
    amounts: tuple[Decimal, ...] = ()

    @property
    def severity(self) -> Severity:
        """Returns whether this finding blocks the export."""
        return Severity.WARNING if self.code in WARNING_CODES else Severity.ERROR

    @property
    def key(self) -> str:
        """Returns a stable id, so that an accepted warning stays accepted."""
        return ":".join([self.code.value, self.subject, self.detail, *map(str, self.amounts)])


def check_form(
    form: ProjectForm, *, actuals: Mapping[int, Decimal] | None = None
) -> list[Finding]:
    """Returns every finding of ``form``, errors first.

    ``actuals`` maps a row's 0-based position to what was achieved this year, in its unit.
    """
    findings = [
        *_check_levels(form),
        *_check_rows(form),
        *_check_cost(form),
        *_check_form_fields(form),
        *_check_actuals(form, actuals or {}),
    ]
    return sorted(findings, key=lambda finding: finding.severity is Severity.WARNING)


def errors_of(findings: list[Finding]) -> list[Finding]:
    """Returns the findings that block the export."""
    return [finding for finding in findings if finding.severity is Severity.ERROR]


def _level2_name(name: str) -> str:
    return name if name.endswith("指标") else f"{name}指标"


def _check_levels(form: ProjectForm) -> list[Finding]:
    rows = form.indicators
    level1s = {row.level1 for row in rows}
    findings: list[Finding] = []
    if not any(row.level1 == COST_LEVEL1 for row in rows):
        findings.append(Finding(code=CheckCode.NO_COST, subject=COST_LEVEL1))
    for level1 in LEVEL1_ORDER:
        if level1 != COST_LEVEL1 and level1 not in level1s:
            findings.append(Finding(code=CheckCode.MISSING_LEVEL1, subject=level1))
    output_level2 = {_level2_name(row.level2) for row in rows if row.level1 == OUTPUT_LEVEL1}
    for level2 in REQUIRED_OUTPUT_LEVEL2:
        if OUTPUT_LEVEL1 in level1s and level2 not in output_level2:
            findings.append(Finding(code=CheckCode.MISSING_OUTPUT_LEVEL2, subject=level2))
    for number, row in enumerate(rows, start=1):
        allowed = LEVEL2_UNDER.get(row.level1)
        if allowed is None:
            findings.append(Finding(code=CheckCode.UNKNOWN_LEVEL2, row=number, subject=row.level1))
        elif _level2_name(row.level2) not in allowed:
            findings.append(
                Finding(
                    code=CheckCode.UNKNOWN_LEVEL2,
                    row=number,
                    subject=row.level2,
                    detail=row.level1,
                )
            )
    return findings


def _check_rows(form: ProjectForm) -> list[Finding]:
    findings: list[Finding] = []
    counts = Counter("".join(row.name.split()) for row in form.indicators)
    reported: set[str] = set()
    for number, row in enumerate(form.indicators, start=1):
        key = "".join(row.name.split())
        if counts[key] > 1 and key not in reported:
            reported.add(key)
            findings.append(Finding(code=CheckCode.DUPLICATE_NAME, row=number, subject=row.name))
        findings += _check_target(form, number, row)
    return findings


def _check_target(form: ProjectForm, number: int, row: IndicatorForm) -> list[Finding]:
    target = row.target
    subject, detail = row.name, target.raw
    if target.kind is IndicatorKind.DEADLINE:
        if target.deadline is not None and target.deadline.year != form.year:
            code = CheckCode.DEADLINE_OUTSIDE_YEAR
            return [Finding(code=code, row=number, subject=subject, detail=detail)]
        return []
    if target.kind is IndicatorKind.QUALITATIVE:
        if _SIGN_OR_DIGIT.search(target.raw):
            return [Finding(code=CheckCode.BAD_TARGET, row=number, subject=subject, detail=detail)]
        return [Finding(code=CheckCode.VAGUE_WORDING, row=number, subject=subject, detail=detail)]
    if target.operator is None or not target.unit:
        return [Finding(code=CheckCode.BAD_TARGET, row=number, subject=subject, detail=detail)]
    if _is_low_satisfaction(row):
        code = CheckCode.LOW_SATISFACTION
        return [Finding(code=code, row=number, subject=subject, detail=detail)]
    return []


def _is_low_satisfaction(row: IndicatorForm) -> bool:
    target = row.target
    return (
        is_satisfaction(level1=row.level1, name=row.name, target=target)
        and target.value is not None
        and target.value < MIN_SATISFACTION
    )


def cost_cap(form: ProjectForm) -> Decimal | None:
    """Returns the sum of the 成本 caps in 元, None when there is no cap in money."""
    caps = [
        row.target.value * YUAN_PER_UNIT[row.target.unit]
        for row in form.indicators
        if row.level1 == COST_LEVEL1
        and row.target.value is not None
        and row.target.unit in YUAN_PER_UNIT
    ]
    return sum(caps, Decimal(0)) if caps else None


def _check_cost(form: ProjectForm) -> list[Finding]:
    cap, budget = cost_cap(form), form.funding.budget
    if cap is None or budget is None:
        return []
    amounts = (cap, budget)
    if cap > budget:
        return [Finding(code=CheckCode.COST_OVER_BUDGET, subject=COST_LEVEL1, amounts=amounts)]
    if cap != budget:
        return [Finding(code=CheckCode.COST_NOT_BUDGET, subject=COST_LEVEL1, amounts=amounts)]
    return []


def _check_form_fields(form: ProjectForm) -> list[Finding]:
    findings: list[Finding] = []
    if not form.annual_goal.strip():
        findings.append(Finding(code=CheckCode.EMPTY_ANNUAL_GOAL, subject="年度总体目标"))
    funding = form.funding
    parts = [funding.annual_appropriation, funding.annual_carry_over, funding.annual_other]
    if funding.annual_total is not None and any(part is not None for part in parts):
        added = sum((part or Decimal(0) for part in parts), Decimal(0))
        if added != funding.annual_total:
            findings.append(
                Finding(
                    code=CheckCode.FUNDING_MISMATCH,
                    subject="年度资金申请总额",
                    amounts=(funding.annual_total, added),
                )
            )
    one_year = funding.project_total in (None, funding.annual_total)
    if funding.project_fiscal is not None and one_year:
        fiscal = (funding.annual_appropriation or Decimal(0)) + (
            funding.annual_carry_over or Decimal(0)
        )
        if fiscal != funding.project_fiscal:
            findings.append(
                Finding(
                    code=CheckCode.FUNDING_MISMATCH,
                    subject="财政资金",
                    amounts=(funding.project_fiscal, fiscal),
                )
            )
    return findings


def _check_actuals(form: ProjectForm, actuals: Mapping[int, Decimal]) -> list[Finding]:
    findings: list[Finding] = []
    for position, achieved in sorted(actuals.items()):
        if position >= len(form.indicators):
            continue
        row = form.indicators[position]
        target = row.target
        if target.direction is not Direction.HIGHER or target.value is None:
            continue
        # "Below" with the same margin as the suggestion rule: a taken suggestion never warns.
        if target.value > 0 and achieved >= target.value * BEATEN_RATIO:
            findings.append(
                Finding(
                    code=CheckCode.BELOW_ACTUAL,
                    row=position + 1,
                    subject=row.name,
                    detail=target.raw,
                    amounts=(achieved,),
                )
            )
    return findings


def target_problem(raw: str, *, year: int) -> CheckCode | None:
    """Returns why a typed 指标值 cannot go into a ``year`` form, None when it can."""
    row = IndicatorForm(level1="", level2="", name="", target=parse_target(raw), line_no=0)
    form = ProjectForm(name="", year=year, line_no=0, source="")
    for finding in _check_target(form, 1, row):
        if finding.severity is Severity.ERROR:
            return finding.code
    return None


def normalized_target(raw: str) -> str:
    """Writes a typed quantitative target the form's way (``≥300人`` → ``≥300.00(人)``)."""
    target = parse_target(raw)
    if target.kind is not IndicatorKind.QUANTITATIVE or target.value is None:
        return " ".join(raw.split())
    return format_target(operator=target.operator or "", value=target.value, unit=target.unit)
