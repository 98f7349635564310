"""What the question engine answers: one typed answer per kind of question."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from knowledge.arithmetic import Calculation, Operation
from knowledge.catalog import IndicatorInfo, ProjectInfo
from knowledge.selection import RowFilter
from nlu.figures import Column, Figure
from nlu.intents import Aggregate, MoneyField, ProjectField
from nlu.retrieval import PassageMatch

SPENT_ITEM = "实际支出"  # what an ask of money already spent asks for: no form states it


class Topic(StrEnum):
    """What a turn was about, kept for follow-ups."""

    TARGET = "target"
    PROGRESS = "progress"
    LISTING = "listing"
    PASSAGE = "passage"
    OVERVIEW = "overview"
    CHOICE = "choice"
    MONEY = "money"
    FACT = "fact"


@dataclass(frozen=True)
class FollowUp:
    """What a follow-up question needs from the previous turn."""

    project_ids: tuple[int, ...] = ()
    indicator_ids: tuple[int, ...] = ()
    topic: Topic | None = None
    question: str = ""  # the question waiting for the user to pick a project
    subject: str = ""  # the amount or fact asked for, when the topic is money or a fact


@dataclass(frozen=True)
class IndicatorAnswer:
    """Targets (or progress) of one indicator, or of one namesake per project."""

    indicators: tuple[IndicatorInfo, ...]
    progress: bool = False
    understood: bool = False  # picked as the one candidate left: say how it was understood
    money_unit: str | None = None  # 多少元: the money unit the question asks in


@dataclass(frozen=True)
class Clarification:
    """Candidates too close to choose between: ask the user."""

    candidates: tuple[IndicatorInfo, ...]
    progress: bool = False


@dataclass(frozen=True)
class ProjectChoice:
    """A question that fits many projects: ask which one (``total`` of them, when known)."""

    projects: tuple[ProjectInfo, ...]
    total: int | None
    question: str


@dataclass(frozen=True)
class SeveralIndicators:
    """A question about several indicators at once: each one found, and what was not."""

    answers: tuple[IndicatorAnswer, ...]
    unmatched: tuple[str, ...] = ()
    others: tuple[Answer, ...] = ()  # parts about money or facts (预算和满意度)
    absent: tuple[str, ...] = ()  # parts naming what the form does not hold (志愿者人数)


@dataclass(frozen=True)
class UnknownProject:
    """A question naming projects that are not in the data."""

    names: tuple[str, ...]
    projects: tuple[ProjectInfo, ...]


@dataclass(frozen=True)
class MoneyAnswer:
    """An amount of 项目资金 for some projects, per project, combined or computed.

    With an ``operation`` the projects are its operands, in the order the question
    names them (国际交流项目比科创服务少百分之多少: 国际交流 first).
    """

    field: MoneyField
    aggregate: Aggregate
    projects: tuple[ProjectInfo, ...]
    operation: Operation | None = None
    column: Column | None = None  # the one column asked (项目总额那边), else both when they differ
    places: int | None = None  # the decimal places of a computed result asked (保留两位小数)


@dataclass(frozen=True)
class FigureMismatch:
    """Figures asked to be combined that are counted in different units (篇 and 人)."""

    figures: tuple[Figure, ...]


@dataclass(frozen=True)
class FigureRanking:
    """Targets of one indicator in several projects, highest (or lowest) first."""

    figures: tuple[Figure, ...]
    highest: bool
    spread: bool = False  # 比最低的高几个百分点: how far apart the two ends are is asked too


@dataclass(frozen=True)
class FigureCalculation:
    """Arithmetic over figures: targets and amounts, or figures a goal sentence states.

    ``figures`` say where each operand of the calculation came from (same order);
    ``source`` is the goal sentence the operands were quoted from, if they were.
    """

    calculation: Calculation
    unit: str | None
    source: PassageMatch | None = None
    figures: tuple[Figure, ...] = ()
    units_differ: bool = False  # 岗位是学生人数的几倍: 个 ÷ 人, divided by value alone
    wider: FigureCalculation | None = None  # the same total without the words below
    narrowed_by: tuple[str, ...] = ()  # 按场计的活动: rows whose names hold 活动


@dataclass(frozen=True)
class FactAnswer:
    """A header fact or the goal of some projects."""

    field: ProjectField
    projects: tuple[ProjectInfo, ...]
    picked: int = 0  # 哪些是经常性项目: how many projects the value asked picks, said first


@dataclass(frozen=True)
class ProjectList:
    """Every known project."""

    projects: tuple[ProjectInfo, ...]


@dataclass(frozen=True)
class IndicatorGroup:
    """The indicators of one project that a listing shows."""

    project: ProjectInfo
    indicators: tuple[IndicatorInfo, ...]


@dataclass(frozen=True)
class IndicatorList:
    """Indicators per project, optionally of one level, or only their count."""

    groups: tuple[IndicatorGroup, ...]
    level: str | None
    count_only: bool
    rank: Aggregate = Aggregate.EACH  # 哪个项目指标最多 picks one; 一共几个指标 adds up
    row_filter: RowFilter = field(default_factory=RowFilter)
    filter_words: tuple[str, ...] = ()  # the words that set the filter
    # 除了产出指标: the rows left when only the first heading under it (数量指标) is left out,
    # shown beside, as people often say 产出指标 for the counted outputs alone.
    narrower: IndicatorList | None = None
    # 数量指标里目标最大的: only the rows at that end are shown, of more the filter keeps.
    extreme: str | None = None


@dataclass(frozen=True)
class HeadingGroup:
    """The headings of one tier in one project, each with how many rows it holds."""

    project: ProjectInfo
    headings: tuple[tuple[str, int], ...]
    names: tuple[tuple[str, ...], ...] = ()  # 按一级指标分一下: each heading's rows, by name


@dataclass(frozen=True)
class HeadingList:
    """The 一级 (tier 1) or 二级 (tier 2) headings of the indicator table, per project."""

    groups: tuple[HeadingGroup, ...]
    tier: int
    count_only: bool
    under: str | None = None  # 产出指标下的二级指标: the 一级 heading the tier-2 ones are under


@dataclass(frozen=True)
class PassageAnswer:
    """Sentences of goal texts (or indicator names) that state the fact asked for."""

    matches: tuple[PassageMatch, ...]
    # The clause of a one-sentence quote that states the figure asked, when the sentence
    # states others in the same unit (市级调查站点28家 of …站点19家，市级调查站点28家…).
    focus: str | None = None


@dataclass(frozen=True)
class ProjectOverview:
    """A project named without a question about it."""

    project: ProjectInfo


@dataclass(frozen=True)
class NotInForm:
    """The form has no such item: words nothing in it explains, or a year not loaded.

    ``suggestions`` are the closest real indicators; no figure is given for them.
    """

    words: tuple[str, ...]
    suggestions: tuple[IndicatorInfo, ...] = ()
    year: int | None = None
    years: tuple[int, ...] = ()  # the years the catalog has, when the year is the issue
    project: str = ""  # the one project whose years those are, when other projects have it
    asked_unit: str | None = None  # the items exist but count in another unit than asked
    scale: str = ""  # 的一半 asked of no single figure: refused, never the figure unscaled
    scale_unusable: bool = False  # 的1/0, 翻十番, 一亿倍: a scale no figure is taken by
    condition: bool = False  # 目标做到95%的 not read: a condition on rows asked back, no list


@dataclass(frozen=True)
class OutOfScope:
    """Nothing in the data answers this; ``greeting`` when it was small talk."""

    greeting: bool = False


class Relation(StrEnum):
    """How the first figure of a check is asked to stand to the second."""

    EQUAL = "equal"  # 是否一致
    ABOVE = "above"  # 超没超
    REACHES = "reaches"  # 够不够
    BELOW = "below"  # 有没有低于


@dataclass(frozen=True)
class FigureCheck:
    """Two sides of a check, each one figure or a sum of figures, and the relation asked."""

    first: tuple[Figure, ...]
    second: tuple[Figure, ...]
    relation: Relation
    worked: FigureCalculation | None = None  # 打八折是多少，有没有低于100万: side one worked

    @property
    def first_value(self) -> Decimal:
        return sum((figure.value for figure in self.first), Decimal(0))

    @property
    def second_value(self) -> Decimal:
        return sum((figure.value for figure in self.second), Decimal(0))

    @property
    def unit(self) -> str | None:
        return self.first[0].unit


Answer = (
    IndicatorAnswer
    | SeveralIndicators
    | UnknownProject
    | Clarification
    | MoneyAnswer
    | FactAnswer
    | ProjectList
    | IndicatorList
    | HeadingList
    | PassageAnswer
    | ProjectOverview
    | ProjectChoice
    | NotInForm
    | FigureCalculation
    | FigureMismatch
    | FigureRanking
    | OutOfScope
    | FigureCheck
)


@dataclass(frozen=True)
class Interpretation:
    """The answer to a question and the state a follow-up needs."""

    answer: Answer
    followup: FollowUp = field(default_factory=FollowUp)
    corrected: tuple[tuple[str, str], ...] = ()  # words read otherwise: (国焦, 国交)
    period: str = ""  # a period the form states no figure for (36个月): its figures are a year's
    set_apart: tuple[str, ...] = ()  # clauses telling the asker's own figures (明年想提到350)
    restated: str = ""  # the message as meant after the asker corrected themselves (不对，是…)
    # a figure the asker put up for checking (目标是50家吗) and whether the form agrees
    premise: tuple[str, bool] | None = None
