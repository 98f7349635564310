"""Drafting next year's 申报表: advancing years and editions, and suggested targets.

A suggestion is grounded in this year's target and what was recorded against it; it never
invents a baseline. Reviewers mark down targets set far below what was achieved, so a
target clearly beaten is raised toward the actual, and everything else is kept.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from dataclasses import dataclass
from decimal import ROUND_CEILING, Decimal
from enum import StrEnum

from knowledge.levels import COST_LEVEL1, SATISFACTION_LEVEL1
from knowledge.model import Direction, Funding, IndicatorKind, Target
from knowledge.progress import Progress
from knowledge.targets import parse_target
from knowledge.units import MONEY_UNITS, YUAN_PER_UNIT

# An actual at or above this share of a ≥ target means the target was clearly beaten.
BEATEN_RATIO = Decimal("1.10")
# Satisfaction targets never go below this (in %).
MIN_SATISFACTION = Decimal(90)
FULL_PERCENT = Decimal(100)
# A raised target keeps this many significant digits (423 → 430, 8450 → 8500).
SIGNIFICANT_DIGITS = 2

SATISFACTION_WORD = "满意"

_EDITION = re.compile(r"第(\s*)(\d+)(\s*)届")
_RANGE = re.compile(r"(?<!\d)(\d{4})(\s*年?\s*[-—–~～至到]\s*)(\d{4})(?!\d)")


class Reason(StrEnum):
    """Why a value was suggested; the dialogue turns it into one line of Chinese."""

    RAISED = "raised"
    MET = "met"
    MISSED = "missed"
    NO_DATA = "no_data"
    DEADLINE = "deadline"
    COST_CAP = "cost_cap"
    SATISFACTION = "satisfaction"
    FIXED = "fixed"
    QUALITATIVE = "qualitative"


@dataclass(frozen=True, kw_only=True)
class Suggestion:
    """A suggested name and 指标值 for next year, with the reason and this year's figures."""

    name: str
    target: str
    reason: Reason
    achieved: Decimal | None = None
    ratio: Decimal | None = None

    @property
    def measurable(self) -> bool:
        """Tells whether the suggested value is a number or a date (not 有效提升)."""
        return parse_target(self.target).kind is not IndicatorKind.QUALITATIVE


def advance_text(text: str, *, year: int, multi_year: bool) -> str:
    """Moves ``year`` to the next year and 第N届 to 第N+1届 in a name or goal text.

    A range such as ``2024 年-2026 年`` is the period of a multi-year project and moves
    as a whole; in a one-year project it describes the past and is left as written.
    """
    text = _EDITION.sub(
        lambda m: f"第{m.group(1)}{int(m.group(2)) + 1}{m.group(3)}届",
        text,
    )
    protected: list[tuple[int, int, str]] = []
    for match in _RANGE.finditer(text):
        start, end = int(match.group(1)), int(match.group(3))
        if year not in (start, end):
            continue
        replacement = match.group(0)
        if multi_year:
            replacement = f"{start + 1}{match.group(2)}{end + 1}"
        protected.append((match.start(), match.end(), replacement))
    pieces: list[str] = []
    position = 0
    for start, end, replacement in protected:
        pieces.append(_advance_year(text[position:start], year))
        pieces.append(replacement)
        position = end
    pieces.append(_advance_year(text[position:], year))
    return "".join(pieces)


def _advance_year(text: str, year: int) -> str:
    return re.sub(rf"(?<!\d){year}(?!\d)", str(year + 1), text)


def is_multi_year(
    *, funding: Funding, planned_start: dt.date | None, planned_end: dt.date | None
) -> bool:
    """Tells whether a project spans several years (its own total, or a longer period)."""
    totals_differ = (
        funding.project_total is not None
        and funding.annual_total is not None
        and funding.project_total != funding.annual_total
    )
    spans_years = (
        planned_start is not None
        and planned_end is not None
        and planned_start.year != planned_end.year
    )
    return totals_differ or spans_years


def format_target(*, operator: str, value: Decimal, unit: str | None) -> str:
    """Writes a target the way the form does: ``≥300.00(人)``."""
    return f"{operator}{value:.2f}" + (f"({unit})" if unit else "")


def suggest(
    *,
    level1: str,
    name: str,
    target: Target,
    progress: Progress | None,
    year: int,
    budget: Decimal | None,
    multi_year: bool = False,
) -> Suggestion:
    """Suggests next year's value of one indicator of a ``year`` form.

    ``budget`` is next year's 年度资金申请总额 in 元; ``progress`` what was recorded this year.
    """
    new_name = advance_text(name, year=year, multi_year=multi_year)
    if target.kind is IndicatorKind.DEADLINE:
        raw = advance_text(target.raw, year=year, multi_year=False)
        return Suggestion(name=new_name, target=raw, reason=Reason.DEADLINE)
    if target.kind is IndicatorKind.QUALITATIVE or target.value is None:
        return Suggestion(name=new_name, target=target.raw, reason=Reason.QUALITATIVE)
    if level1 == COST_LEVEL1 and (target.unit or "") in MONEY_UNITS and budget is not None:
        cap = budget / YUAN_PER_UNIT[target.unit or "元"]
        value = format_target(operator=target.operator or "≤", value=cap, unit=target.unit)
        return Suggestion(name=new_name, target=value, reason=Reason.COST_CAP)
    if is_satisfaction(level1=level1, name=name, target=target):
        return _suggest_satisfaction(name=new_name, target=target, progress=progress)
    if target.operator == "=":
        return Suggestion(name=new_name, target=target.raw, reason=Reason.FIXED)
    return _suggest_from_actual(name=new_name, target=target, progress=progress)


def is_satisfaction(*, level1: str, name: str, target: Target) -> bool:
    """Tells whether a row is a satisfaction rate (满意度 in %), which stays at 90% or more."""
    return target.unit in ("%", "％") and (
        level1 == SATISFACTION_LEVEL1 or SATISFACTION_WORD in name
    )


def _suggest_satisfaction(*, name: str, target: Target, progress: Progress | None) -> Suggestion:
    assert target.value is not None
    achieved, ratio = _figures(progress, target)
    if target.value >= MIN_SATISFACTION:
        return Suggestion(
            name=name,
            target=target.raw,
            reason=Reason.SATISFACTION,
            achieved=achieved,
            ratio=ratio,
        )
    raised = format_target(operator=target.operator or "≥", value=MIN_SATISFACTION, unit="%")
    return Suggestion(
        name=name, target=raised, reason=Reason.SATISFACTION, achieved=achieved, ratio=ratio
    )


def _suggest_from_actual(*, name: str, target: Target, progress: Progress | None) -> Suggestion:
    assert target.value is not None
    achieved, ratio = _figures(progress, target)
    if achieved is None or ratio is None:
        return Suggestion(name=name, target=target.raw, reason=Reason.NO_DATA)
    if target.direction is Direction.LOWER:
        met = achieved <= target.value
        reason = Reason.MET if met else Reason.MISSED
        return Suggestion(
            name=name, target=target.raw, reason=reason, achieved=achieved, ratio=ratio
        )
    if ratio >= BEATEN_RATIO:
        value = round_up_to_step(achieved)
        if target.unit in ("%", "％"):
            value = min(value, FULL_PERCENT)
        raised = format_target(operator=target.operator or "≥", value=value, unit=target.unit)
        return Suggestion(
            name=name, target=raised, reason=Reason.RAISED, achieved=achieved, ratio=ratio
        )
    reason = Reason.MET if ratio >= 1 else Reason.MISSED
    return Suggestion(name=name, target=target.raw, reason=reason, achieved=achieved, ratio=ratio)


def _figures(progress: Progress | None, target: Target) -> tuple[Decimal | None, Decimal | None]:
    """Returns the achieved number and its share of the target, when anything was recorded."""
    if progress is None or progress.entries == 0 or progress.achieved is None:
        return None, None
    if target.value is None or target.value <= 0:
        return progress.achieved, None
    return progress.achieved, progress.achieved / target.value


def round_up_to_step(value: Decimal) -> Decimal:
    """Rounds up to :data:`SIGNIFICANT_DIGITS` significant digits, whole numbers at least."""
    if value <= 0:
        return Decimal(0)
    digits = value.adjusted() + 1  # 423 → 3 digits before the point.
    step = Decimal(10) ** max(digits - SIGNIFICANT_DIGITS, 0)
    return (value / step).to_integral_value(rounding=ROUND_CEILING) * step


def next_year_date(date: dt.date | None) -> dt.date | None:
    """Returns the same day next year (28 February for 29 February)."""
    if date is None:
        return None
    try:
        return date.replace(year=date.year + 1)
    except ValueError:
        return date.replace(year=date.year + 1, day=28)


# Characters of context shown on each side of a change in a long text.
CHANGE_CONTEXT = 8


def text_changes(before: str, after: str) -> list[tuple[str, str]]:
    """Returns each changed place of a long text with a little context, before and after."""
    changes: list[tuple[str, str]] = []
    matcher = difflib.SequenceMatcher(a=before, b=after, autojunk=False)
    for tag, a1, a2, b1, b2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        # Context starts after a sentence break, so a line never opens with 。
        left = re.split(r"[。；;！？]", before[max(a1 - CHANGE_CONTEXT, 0) : a1])[-1]
        right = before[a2 : a2 + CHANGE_CONTEXT]
        changes.append((left + before[a1:a2] + right, left + after[b1:b2] + right))
    return changes
