"""A rate target applied to a count the asker gives: 要是来了300人，满意度要达标，至少多少人满意.

The asker gives a count (300人, 985米) and asks the least part of it that meets a target set as
a percentage (满意度 ≥90%, 合格率 ≥95%): the count times the target, in the unit asked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from knowledge.arithmetic import Operand, scaled
from knowledge.catalog import Catalog
from nlu.answers import Answer, FigureCalculation, IndicatorAnswer
from nlu.figures import Figure, target_figure

PERCENT = "%"
HUNDRED = Decimal(100)
PEOPLE = ("人", "名", "位")  # 个市民, 名学生: the people a count counts, asked in 人
GENERIC = "个"  # 200个市民: a count of anything, of people when people are asked
# 300人, 200个市民, 985米的路: the one count a question gives.
_COUNT_GIVEN = re.compile(
    r"(?<![\d.第])(?P<count>\d+(?:\.\d+)?)\s*(?P<unit>人次|人|名|位|个|米|公里|家|场|份|篇|次)"
)
# 至少得有多少人满意, 最少多少米要合格: the least part asked, in a unit of its own.
_LEAST_ASKED = re.compile(
    r"(?:至少|最少|起码|最起码|最低)(?:要|得|需要|需)?(?:有)?(?:多少|几)个?"
    r"(?P<unit>人次|人|名|位|米|公里|家|场|份|篇|次)?"
)
# 满意度要达标, 合格率要达到要求: the target is said to be met.
_MET = re.compile(r"达标|达到要求|达到目标|达到标准|符合要求|满足要求|合格|满意")
_CLAUSE = re.compile(r"[^,，。;；?？!！]+")


@dataclass(frozen=True)
class RateApplied:
    """A count given, the unit its result is asked in, and the words naming the rate row."""

    count: Decimal
    unit: str
    shown: str  # the count as the question writes it (200个市民 → 200个)
    # the question without the count and the ask (国交活动要是来了，满意度要达标的话), then the
    # clauses saying the target is met alone (满意度要达标的话): the words that name the row
    rests: tuple[str, ...]


def rate_applied_asked(text: str) -> RateApplied | None:
    """Returns the count a question gives and the rate row it asks applied, else None."""
    least = _LEAST_ASKED.search(text)
    if least is None or not _MET.search(text):
        return None
    counts = list(_COUNT_GIVEN.finditer(text, 0, least.start()))
    if len(counts) != 1:
        return None
    count = counts[0]
    unit = least["unit"] or count["unit"]
    said = count["unit"]
    if said not in (unit, *PEOPLE, GENERIC) or (said == GENERIC and unit not in PEOPLE):
        return None  # 来了300人，至少多少米: the count is of something else
    rest = text[: count.start()] + text[count.end() : least.start()]
    kept = [clause for clause in _CLAUSE.findall(rest) if clause.strip()]
    met = tuple(clause for clause in kept if _MET.search(clause))
    if not kept or not met:
        return None
    value = Decimal(count["count"])
    return RateApplied(value, unit, count.group(0), ("，".join(kept), *met))


def rate_applied_answer(asked: RateApplied, answer: Answer, catalog: Catalog) -> Answer | None:
    """Returns the count given times the one percentage target ``answer`` (to one of
    ``asked.rests``) states, else None."""
    if not isinstance(answer, IndicatorAnswer) or len(answer.indicators) != 1:
        return None
    row = answer.indicators[0]
    project = catalog.project(row.project_id)
    rate = target_figure(project, row)
    if rate is None or rate.unit != PERCENT:
        return None
    given = Figure(project, asked.count, asked.unit, quote=asked.shown, given=True)
    calculation = scaled(
        Operand(asked.shown, asked.count),
        numerator=rate.value,
        denominator=HUNDRED,
        label=f"{row.name} {rate.value.normalize():f}{PERCENT}",
    )
    if calculation is None:
        return None
    factor = Figure(project, rate.value / HUNDRED, None, given=True, scaled_by=row.name)
    return FigureCalculation(calculation, asked.unit, figures=(given, factor))
