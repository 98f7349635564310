"""Answers to questions: renders the question engine's results as transport-neutral replies."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from fractions import Fraction
from typing import assert_never

from bot.dialogue.callbacks import Callback, encode
from bot.dialogue.context import ProgressLookup
from bot.dialogue.messages import common as common_msg
from bot.dialogue.messages import qa as msg
from bot.dialogue.replies import MAX_TEXT_CHARS, Option, Reply
from knowledge.arithmetic import Calculation, Operand, Operation, calculate
from knowledge.catalog import IndicatorInfo, ProjectInfo
from knowledge.model import Direction, Funding, format_number
from knowledge.progress import Progress
from knowledge.selection import DueSaid, RowFilter
from knowledge.short_names import short_names
from knowledge.units import YUAN_PER_UNIT
from knowledge.values import FEN, form_date, format_percent, format_wan, format_yuan
from nlu.answers import (
    Answer,
    Clarification,
    FactAnswer,
    FigureCalculation,
    FigureCheck,
    FigureMismatch,
    FigureRanking,
    FollowUp,
    HeadingList,
    IndicatorAnswer,
    IndicatorList,
    Interpretation,
    MoneyAnswer,
    NotInForm,
    OutOfScope,
    PassageAnswer,
    ProjectChoice,
    ProjectList,
    ProjectOverview,
    Relation,
    SeveralIndicators,
    Topic,
    UnknownProject,
)
from nlu.engine import QuestionEngine
from nlu.figures import YUAN, Column, Figure
from nlu.intents import GOAL_FIELDS, Aggregate, MoneyField, ProjectField
from nlu.normalize import as_written
from nlu.retrieval import PassageSource
from nlu.sameness import sameness_asked

OPTION_PREFIX = "qa"
TARGET_OPTION = "ind"
PROGRESS_OPTION = "prg"
PROJECT_OPTION = "prj"
MAX_PROJECT_LINES = 10  # beyond this a per-project answer asks the user to name the project
MAX_RESTATED_CHARS = 80  # a corrected message quoted back longer than this is cut with …
MAX_KNOWN_PROJECTS = 5
YUAN_PER_WAN = Decimal(10000)
MAX_COUNTED_NAMES = 15  # a count of this many rows or fewer names them too
FACTOR_PLACES = Decimal(1000)  # a scale with more places is shown as a fraction (1/3)
MIN_COMPARED = 2  # a sameness asked of fewer things shown is read with the rest as said
MAX_FACTOR_DENOMINATOR = 1000
WAN_YUAN = "万元"  # an unknown project name is answered with this many known ones


def _capped(lines: list[str], *, total: int) -> list[str]:
    """Keeps the first per-project lines and says how many projects were left out."""
    if total <= MAX_PROJECT_LINES:
        return lines
    return [*lines, msg.MORE_PROJECTS.format(count=total - MAX_PROJECT_LINES)]


def _no_progress(_indicator_id: int) -> Progress | None:
    return None


@dataclass(frozen=True)
class QAContext:
    """What a follow-up question needs from the previous answer (per chat and user)."""

    project_ids: tuple[int, ...] = ()
    indicator_ids: tuple[int, ...] = ()
    topic: Topic | None = None
    question: str = ""
    subject: str = ""

    def to_json(self) -> dict[str, object]:
        """Returns a JSON-serialisable form."""
        data: dict[str, object] = {
            "project_ids": list(self.project_ids),
            "indicator_ids": list(self.indicator_ids),
            "topic": self.topic,
        }
        if self.question:
            data["question"] = self.question
        if self.subject:
            data["subject"] = self.subject
        return data

    @classmethod
    def from_json(cls, data: Mapping[str, object]) -> QAContext:
        """Reads the form written by :meth:`to_json`, ignoring anything malformed.

        Contexts stored before topics were an enum wrote ``money:budget`` as one string.
        """
        raw_topic = data.get("topic")
        question = data.get("question")
        subject = data.get("subject")
        topic_name, _, legacy_subject = (
            raw_topic if isinstance(raw_topic, str) else ""
        ).partition(":")
        topic = Topic(topic_name) if topic_name in set(Topic) else None
        return cls(
            project_ids=_int_tuple(data.get("project_ids")),
            indicator_ids=_int_tuple(data.get("indicator_ids")),
            topic=topic,
            question=question if isinstance(question, str) else "",
            subject=subject if isinstance(subject, str) else legacy_subject,
        )

    def followup(self) -> FollowUp:
        """Returns the engine's view of this context."""
        return FollowUp(
            self.project_ids, self.indicator_ids, self.topic, self.question, self.subject
        )

    @classmethod
    def of(cls, followup: FollowUp) -> QAContext:
        """Wraps the engine's follow-up state."""
        return cls(
            followup.project_ids,
            followup.indicator_ids,
            followup.topic,
            followup.question,
            followup.subject,
        )


def _int_tuple(value: object) -> tuple[int, ...]:
    if not isinstance(value, list | tuple):
        return ()
    return tuple(item for item in value if isinstance(item, int) and not isinstance(item, bool))


@dataclass(frozen=True)
class QAResult:
    """The replies to one question and the context for the next one."""

    replies: list[Reply]
    context: QAContext | None


class QuestionService:
    """Answers questions in Chinese with the engine built at start-up."""

    def __init__(self, engine: QuestionEngine) -> None:
        self._engine = engine
        self._short: dict[int, str] = {}  # short names of indicators, per project on demand

    @property
    def engine(self) -> QuestionEngine:
        """Returns the question engine behind the answers."""
        return self._engine

    def index_for_serving(self) -> None:
        """Finds every project's short names now, for a long-running process: the first
        answer offering a project's rows as buttons would find them (milliseconds a project)."""
        for project in self._engine.catalog.projects:
            if project.indicators:
                self._short_name(project.indicators[0])

    def _short_name(self, indicator: IndicatorInfo) -> str:
        """Returns the indicator's short name, distinct within its project (for buttons)."""
        if indicator.id not in self._short:
            project = self._engine.project(indicator.project_id)
            rows = project.indicators if project else (indicator,)
            names = short_names([row.name for row in rows])
            self._short.update({row.id: names[row.name] for row in rows})
        return self._short[indicator.id]

    def answer(
        self,
        text: str,
        *,
        context: QAContext | None = None,
        progress: ProgressLookup = _no_progress,
    ) -> QAResult:
        """Answers one question; ``progress`` returns recorded actuals of an indicator."""
        if len(text) > MAX_TEXT_CHARS:  # The core checks chat turns; ``ask`` comes here.
            return QAResult(
                [Reply(common_msg.TEXT_TOO_LONG.format(limit=MAX_TEXT_CHARS))], context
            )
        previous = context.followup() if context else None
        interpretation, compared = self._interpreted(text, previous)
        if isinstance(interpretation.answer, UnknownProject):
            names = tuple(as_written(name, text) for name in interpretation.answer.names)
            interpretation = replace(
                interpretation, answer=replace(interpretation.answer, names=names)
            )
        reply = _with_reading(self._render(interpretation.answer, progress), interpretation)
        if compared:
            reply = replace(reply, text=f"{reply.text}\n{compared}")
        return QAResult([reply], QAContext.of(interpretation.followup))

    def _interpreted(self, text: str, previous: FollowUp | None) -> tuple[Interpretation, str]:
        """Reads ``text``; a closing clause asking whether what is asked before it is the same
        (单位一样吗, 有没有差别) is answered after the rest, by what the rest's answer shows —
        or, when it shows fewer than two things to compare, read with the rest as said."""
        whole = self._engine.interpret(text, context=previous)
        asked = sameness_asked(text)
        if asked is None or isinstance(whole.answer, FigureCheck):
            return whole, ""  # 两个项目满意度口径一致吗: the figures checked as said
        interpretation = self._engine.interpret(asked.rest, context=previous)
        compared = _compared(interpretation.answer, of_units=asked.of_units)
        return (interpretation, compared) if compared else (whole, "")

    def project_named(self, text: str) -> int | None:
        """Returns the one project ``text`` names by full or short name (国际交流), else None."""
        for said in (text, f"{text}项目"):  # 国际交流 is said as 国际交流项目 in questions
            mentions = self._engine.lexicon.find_projects(said)
            owners = {owner for mention in mentions for owner in mention.project_ids}
            if len(owners) == 1:
                return owners.pop()
        return None

    def answer_option(
        self,
        callback: Callback,
        *,
        context: QAContext | None,
        progress: ProgressLookup = _no_progress,
    ) -> QAResult:
        """Answers the candidate the user picked from a "您是想问……吗？" reply."""
        if callback.action == PROJECT_OPTION:
            return self._answer_project_option(callback.arg(), context=context, progress=progress)
        picked = callback.int_arg()
        indicator = self._engine.indicator(picked) if picked is not None else None
        if indicator is None or callback.action not in (TARGET_OPTION, PROGRESS_OPTION):
            return QAResult([Reply(msg.OPTION_EXPIRED)], context)
        wants_progress = callback.action == PROGRESS_OPTION
        answer = IndicatorAnswer((indicator,), progress=wants_progress)
        topic = Topic.PROGRESS if wants_progress else Topic.TARGET
        new_context = QAContext((indicator.project_id,), (indicator.id,), topic)
        return QAResult([self._render(answer, progress)], new_context)

    def _answer_project_option(
        self, project: str, *, context: QAContext | None, progress: ProgressLookup
    ) -> QAResult:
        """Answers the question that waited for a project, for the project picked."""
        if not project.isdigit() or context is None or not context.question:
            return QAResult([Reply(msg.OPTION_EXPIRED)], context)
        if self._engine.project(int(project)) is None:
            return QAResult([Reply(msg.OPTION_EXPIRED)], context)
        interpretation = self._engine.interpret(context.question, projects=(int(project),))
        reply = self._render(interpretation.answer, progress)
        return QAResult([reply], QAContext.of(interpretation.followup))

    def _render(self, answer: Answer, progress: ProgressLookup) -> Reply:
        match answer:
            case IndicatorAnswer():
                return Reply(self._indicators(answer, progress))
            case SeveralIndicators():
                return Reply(self._several(answer, progress))
            case Clarification():
                return self._clarification(answer)
            case IndicatorList():
                return Reply(self._indicator_list(answer))
            case PassageAnswer():
                return Reply(self._passages(answer))
            case NotInForm():
                return self._not_in_form(answer)
            case FigureCalculation():
                return Reply(self._figure_calculation(answer))
            case FigureCheck(worked=FigureCalculation() as worked):  # 打八折…有没有低于100万
                return Reply(self._figure_calculation(worked) + "\n" + _figure_check(answer))
            case OutOfScope():
                return Reply(self._out_of_scope(answer))
            case _:
                return _render_plain(answer)

    def _figure_calculation(self, answer: FigureCalculation) -> str:
        calculation = answer.calculation
        if answer.figures:
            terms = [_figure_term(figure) for figure in answer.figures]
        else:
            terms = [
                msg.QUOTED_OPERAND.format(
                    label=o.label, value=format_number(o.value), unit=answer.unit or ""
                )
                for o in calculation.operands
            ]
        money = answer.unit == YUAN
        result = _result(calculation, unit=None if money else answer.unit)
        lines = [msg.CALCULATION.format(formula=_formula(calculation, terms), result=result)]
        if answer.wider is not None:
            words = msg.WORD_JOINER.join(answer.narrowed_by)
            lines[0] = msg.NARROWED_TOTAL.format(words=words) + lines[0]
            wider = self._figure_calculation(answer.wider)
            lines.append(msg.WIDER_TOTAL.format(words=words, total=wider))
        if answer.units_differ:
            units = msg.PROJECT_JOINER.join(dict.fromkeys(f.unit or "" for f in answer.figures))
            lines.insert(0, msg.RATIO_ACROSS_UNITS.format(units=units))
        if answer.source is not None:
            passage = answer.source.passage
            lines.append(
                msg.CALCULATION_SOURCE.format(
                    project=self._project_name(passage.project_id), text=passage.text
                )
            )
        return "\n".join(lines)

    def _not_in_form(self, answer: NotInForm) -> Reply:
        """Says the form has no such item and offers the closest real ones, with no figure."""
        if answer.year is not None:
            years = msg.PROJECT_JOINER.join(str(year) for year in answer.years)
            if answer.project:
                text = msg.PROJECT_YEAR_NOT_LOADED.format(
                    project=answer.project, year=answer.year, years=years
                )
                return Reply(text)
            return Reply(msg.YEAR_NOT_LOADED.format(year=answer.year, years=years))
        if answer.scale:
            template = msg.SCALE_UNUSABLE if answer.scale_unusable else msg.SCALE_UNSETTLED
            return Reply(template.format(scale=answer.scale))
        words = msg.WORD_JOINER.join(answer.words)
        if answer.condition:
            return Reply(msg.UNREAD_CONDITION.format(words=words))
        if answer.asked_unit is not None:
            shorts = dict.fromkeys(self._short_name(ind) for ind in answer.suggestions)
            names = msg.WORD_JOINER.join(shorts)
            text = msg.OTHER_UNIT.format(words=names, unit=answer.asked_unit)
            return Reply(text, options=self._indicator_options(answer.suggestions, progress=False))
        if not answer.suggestions:
            return Reply(msg.NOT_IN_FORM.format(words=words))
        options = self._indicator_options(answer.suggestions, progress=False)
        return Reply(
            msg.NOT_IN_FORM.format(words=words) + msg.NOT_IN_FORM_CLOSEST, options=options
        )

    def _project_name(self, project_id: int) -> str:
        project = self._engine.project(project_id)
        return project.name if project else ""

    def _indicators(self, answer: IndicatorAnswer, progress: ProgressLookup) -> str:
        lines = []
        if answer.understood:
            names = msg.WORD_JOINER.join(self._short_name(ind) for ind in answer.indicators)
            lines.append(msg.UNDERSTOOD_AS.format(name=names))
        if len(answer.indicators) > 1:
            lines.append(msg.INDICATOR_IN_PROJECTS.format(count=len(answer.indicators)))
        lines += [
            self._indicator_line(indicator, progress, wants_progress=answer.progress)
            + _converted(indicator, answer.money_unit)
            for indicator in answer.indicators
        ]
        return "\n".join(lines)

    def _several(self, answer: SeveralIndicators, progress: ProgressLookup) -> str:
        lines = [
            self._indicator_line(indicator, progress, wants_progress=part.progress)
            for part in answer.answers
            for indicator in part.indicators
        ]
        lines += [self._render(other, progress).text for other in answer.others]
        lines += [msg.SEVERAL_UNMATCHED.format(words=words) for words in answer.unmatched]
        lines += [msg.SEVERAL_ABSENT.format(words=words) for words in answer.absent]
        return "\n".join(lines)

    def _indicator_line(
        self, indicator: IndicatorInfo, progress: ProgressLookup, *, wants_progress: bool
    ) -> str:
        project = self._project_name(indicator.project_id)
        if wants_progress:
            return _progress_line(indicator, project, progress(indicator.id))
        return target_line(indicator, project)

    def _clarification(self, answer: Clarification) -> Reply:
        options = self._indicator_options(answer.candidates, progress=answer.progress)
        text = msg.CLARIFY_PROGRESS if answer.progress else msg.CLARIFY
        return Reply(text, options=options)

    def _indicator_options(
        self, indicators: Sequence[IndicatorInfo], *, progress: bool
    ) -> tuple[Option, ...]:
        kind = PROGRESS_OPTION if progress else TARGET_OPTION
        return tuple(
            Option(
                label=msg.INDICATOR_OPTION.format(
                    project=self._project_name(indicator.project_id),
                    name=self._short_name(indicator),
                ),
                data=encode(OPTION_PREFIX, kind, indicator.id),
            )
            for indicator in indicators
        )

    def _indicator_list(self, answer: IndicatorList) -> str:
        level = answer.level or msg.ALL_INDICATORS
        if answer.row_filter.narrows:
            level = msg.FILTERED.format(conditions=_conditions(answer.row_filter), level=level)
        if not answer.groups:
            if answer.row_filter.narrows:
                return msg.NO_INDICATORS_FILTERED.format(level=level)
            return msg.NO_INDICATORS
        lines: list[str] = _count_head(answer, level) if answer.count_only else []
        if answer.row_filter.shared and len(answer.groups) > 1:
            lines = [_shared_names(answer)]
        elif not answer.count_only and len(answer.groups) > 1:
            # 两个项目里…的指标有哪些: the rows of all projects are counted once, then listed.
            count = sum(len(group.indicators) for group in answer.groups)
            lines.append(
                msg.INDICATOR_COUNT_TOTAL.format(
                    projects=len(answer.groups), level=level, count=count
                )
            )
        for group in answer.groups[:MAX_PROJECT_LINES]:
            count = len(group.indicators)
            if answer.count_only:
                line = msg.INDICATOR_COUNT.format(
                    project=group.project.name, level=level, count=count
                )
                if count <= MAX_COUNTED_NAMES:  # a short count also says which rows
                    names = msg.COUNTED_JOINER.join(
                        _counted_name(ind, with_target=answer.row_filter.narrows)
                        for ind in group.indicators
                    )
                    line += msg.COUNTED_NAMES.format(names=names)
                lines.append(line)
                continue
            if answer.extreme is not None:
                header = msg.INDICATOR_LIST_AT_END.format(
                    project=group.project.name, level=level, end=answer.extreme
                )
            else:
                header = msg.INDICATOR_LIST_HEADER.format(
                    project=group.project.name, level=level, count=count
                )
            lines.append(header)
            lines += [
                msg.INDICATOR_LIST_LINE.format(
                    number=number, path=indicator.path, target=_listed_target(indicator)
                )
                for number, indicator in enumerate(group.indicators, start=1)
            ]
        lines = _capped(lines, total=len(answer.groups))
        if answer.narrower is not None:
            lines += _narrower_notes(answer, answer.narrower)
        return "\n".join(lines)

    def _passages(self, answer: PassageAnswer) -> str:
        lines = []
        for match in answer.matches:
            passage = match.passage
            project = self._project_name(passage.project_id)
            if passage.source is PassageSource.INDICATOR:
                lead = msg.PASSAGE_INDICATOR.format(project=project)
            elif passage.title and passage.part and passage.part <= len(msg.PART_NUMERALS):
                part = msg.PART_NUMERALS[passage.part - 1]
                lead = msg.PASSAGE_SUBGOAL_PART.format(
                    project=project, part=part, title=passage.title
                )
            elif passage.title:
                lead = msg.PASSAGE_SUBGOAL.format(project=project, title=passage.title)
            else:
                label = passage.goal_label or msg.FACT_LABELS[ProjectField.ANNUAL_GOAL]
                lead = msg.PASSAGE_GOAL.format(project=project, label=label)
            text = passage.text
            if answer.focus is not None and len(answer.matches) == 1:
                text = msg.PASSAGE_FOCUS.format(clause=answer.focus)
            lines.append(lead + msg.PASSAGE_QUOTE.format(text=text))
        return "\n".join(lines)

    def _out_of_scope(self, answer: Answer) -> str:
        lead = (
            msg.GREETING
            if isinstance(answer, OutOfScope) and answer.greeting
            else msg.OUT_OF_SCOPE
        )
        examples = [msg.EXAMPLE_LINE.format(question=q) for q in self._examples()]
        return "\n".join([lead + msg.CAPABILITIES, *examples])

    def _examples(self) -> list[str]:
        projects = self._engine.catalog.projects
        if not projects:
            return []
        first = projects[0]
        examples = [msg.EXAMPLE_MONEY.format(project=first.name)]
        named = next((ind for p in projects for ind in p.indicators if ind.target.unit), None)
        if named is not None:
            examples.insert(0, msg.EXAMPLE_TARGET.format(indicator=named.name))
        examples.append(msg.EXAMPLE_LISTING.format(project=projects[-1].name))
        return examples


def _conditions(row_filter: RowFilter) -> str:
    """Returns the conditions of a row filter in words: 单位为“个”、定性."""
    parts = []
    if row_filter.direction is not None:
        parts.append(msg.FILTER_DIRECTIONS[row_filter.direction])
    if row_filter.kind is not None:
        parts.append(msg.FILTER_KINDS[row_filter.kind])
    if row_filter.unit is not None:
        units = (row_filter.unit, *row_filter.other_units)
        parts.append(msg.FILTER_OR.join(msg.FILTER_UNIT.format(unit=unit) for unit in units))
    if row_filter.excluded_unit is not None:
        units = (row_filter.excluded_unit, *row_filter.other_excluded_units)
        parts.append(
            msg.PROJECT_JOINER.join(msg.FILTER_EXCLUDED_UNIT.format(unit=unit) for unit in units)
        )
    if row_filter.operator is not None:
        operators = (row_filter.operator, *row_filter.other_operators)
        parts.append(
            msg.FILTER_OR.join(msg.FILTER_OPERATOR.format(operator=item) for item in operators)
        )
    if row_filter.value is not None:
        parts.append(msg.FILTER_VALUE.format(value=_said_value(row_filter.value)))
    for bound in (row_filter.bound, row_filter.other_bound):  # 在10到100之间: both ends
        if bound is not None:
            operator, limit = bound
            parts.append(msg.FILTER_BOUND.format(operator=operator, limit=format_number(limit)))
    if row_filter.words:
        parts.append(msg.FILTER_WORDS.format(words=msg.WORD_JOINER.join(row_filter.words)))
    if row_filter.excluded_words:
        words = msg.WORD_JOINER.join(row_filter.excluded_words)
        parts.append(msg.FILTER_EXCLUDED_WORDS.format(words=words))
    if row_filter.target_text is not None:
        texts = (row_filter.target_text, *row_filter.other_targets)
        parts.append(
            msg.FILTER_OR.join(msg.FILTER_TARGET_TEXT.format(text=text) for text in texts)
        )
    if row_filter.due is not None:
        parts.append(_due_said(row_filter.due))
    if row_filter.excluded_targets:
        left_out = msg.WORD_JOINER.join(row_filter.excluded_targets)
        parts.append(msg.FILTER_EXCLUDED_TARGETS.format(texts=left_out))
    if row_filter.standard is not None:
        standards = (row_filter.standard, *row_filter.other_standards)
        parts.append(
            msg.FILTER_OR.join(msg.FILTER_STANDARD.format(standard=item) for item in standards)
        )
    if row_filter.excluded_standard is not None:
        parts.append(msg.FILTER_EXCLUDED_STANDARD.format(standard=row_filter.excluded_standard))
    if row_filter.shared:
        parts.append(msg.FILTER_SHARED)
    if row_filter.excluded_shared:
        parts.append(msg.FILTER_NOT_SHARED)
    if row_filter.excluded_operator is not None:
        excluded = (row_filter.excluded_operator, *row_filter.other_excluded)
        operator = msg.EXCLUDED_OPERATOR_JOINER.join(excluded)
        parts.append(msg.FILTER_EXCLUDED_OPERATOR.format(operator=operator))
    if row_filter.excluded_level is not None:
        levels = (row_filter.excluded_level, *row_filter.other_excluded_levels)
        parts.append(msg.FILTER_EXCLUDED_LEVEL.format(level=msg.PROJECT_JOINER.join(levels)))
    if row_filter.excluded_kind is not None:
        kind = msg.FILTER_KINDS[row_filter.excluded_kind]
        parts.append(msg.FILTER_EXCLUDED_KIND.format(kind=kind))
    return msg.PROJECT_JOINER.join(parts)


def _due_said(due: DueSaid) -> str:
    """Says the date rows are due by as asked (完成时限在12月, 完成时限为2025年9月30日前): a month
    said alone fits any day of it, so its end is not said as the date."""
    year = msg.FILTER_DUE_YEAR.format(year=due.year) if due.year else ""
    if due.day is None:
        return msg.FILTER_DUE_MONTH.format(year=year, month=due.month)
    return msg.FILTER_DUE.format(year=year, month=due.month, day=due.day)


def _shared_names(answer: IndicatorList) -> str:
    """Names the rows several projects share once each (活动完成及时性、长效管理机制健全性)."""
    names: dict[str, str] = {}  # 2026 年 and 2026年 are one name
    for group in answer.groups:
        for row in group.indicators:
            names.setdefault("".join(row.name.split()), row.name)
    joined = msg.PROJECT_JOINER.join(names.values())
    return msg.SHARED_NAMES.format(projects=len(answer.groups), count=len(names), names=joined)


def _counted_name(indicator: IndicatorInfo, *, with_target: bool) -> str:
    """Returns a counted row's name, with its target when the count is of rows meeting a
    condition (有截止日期要求的指标有几个: 活动完成及时性（2026年12月底前）)."""
    if not with_target:
        return indicator.name
    return msg.COUNTED_WITH_TARGET.format(name=indicator.name, target=_listed_target(indicator))


def _listed_target(indicator: IndicatorInfo) -> str:
    """Returns a row's target as a listing shows it, with its 绩效标准 when the form has one."""
    target = indicator.target.display()
    if indicator.standard:
        target += msg.LISTED_STANDARD.format(standard=indicator.standard)
    return target


def _converted(indicator: IndicatorInfo, unit: str | None) -> str:
    """Returns a money target in the unit asked (≤250万元 asked in 元: 折合 2,500,000.00元)."""
    target = indicator.target
    if unit is None or target.value is None or target.unit not in YUAN_PER_UNIT:
        return ""
    if unit == target.unit or unit not in YUAN_PER_UNIT:
        return ""
    yuan = target.value * YUAN_PER_UNIT[target.unit]
    amount = format_wan(yuan) if unit == WAN_YUAN else f"{yuan / YUAN_PER_UNIT[unit]:,.2f}{unit}"
    return msg.CONVERTED.format(amount=amount)


def target_line(indicator: IndicatorInfo, project: str) -> str:
    """Returns ``【项目】一级 / 二级 / 三级：指标值 ≥300人（申报表原文：≥300.00(人)）``.

    An old form's 绩效标准 (行业标准) follows: it is part of the row.
    """
    display = indicator.target.display()
    line = msg.INDICATOR_TARGET.format(project=project, path=indicator.path, target=display)
    raw = "".join(indicator.target.raw.split())
    if raw != display:
        line += msg.RAW_TARGET.format(raw=indicator.target.raw)
    if indicator.standard:
        line += msg.STANDARD.format(standard=indicator.standard)
    return line


def _progress_line(indicator: IndicatorInfo, project: str, found: Progress | None) -> str:
    target = indicator.target.display()
    if found is None or found.entries == 0:
        return msg.PROGRESS_NONE.format(project=project, name=indicator.name, target=target)
    if found.achieved is not None:
        ratio = ""
        if found.ratio is not None:
            ratio = msg.PROGRESS_RATIO.format(percent=format_percent(found.ratio))
        achieved = format_number(found.achieved) + (found.unit or indicator.target.unit or "")
        line = msg.PROGRESS_QUANTITY.format(
            project=project,
            name=indicator.name,
            entries=found.entries,
            achieved=achieved,
            target=target,
            ratio=ratio,
        )
    else:
        line = msg.PROGRESS_STATUS.format(
            project=project,
            name=indicator.name,
            entries=found.entries,
            status=found.status or "",
            target=target,
        )
    if found.last_date is not None:
        line += msg.PROGRESS_LAST_DATE.format(date=found.last_date.isoformat())
    return line + _gap(indicator, found)


def _gap(indicator: IndicatorInfo, found: Progress) -> str:
    """Says how much is still missing to a ≥ target (还差 105人), or that it is reached."""
    target = indicator.target
    if found.achieved is None or target.value is None or target.direction is not Direction.HIGHER:
        return ""
    unit = found.unit or target.unit or ""
    missing = target.value - found.achieved
    if missing <= 0:
        return msg.PROGRESS_TARGET_REACHED
    return msg.PROGRESS_GAP.format(gap=format_number(missing) + unit)


def format_amount(amount: Decimal | None) -> str:
    """Returns ``130万元（1,300,000.00元）``."""
    if amount is None:
        return msg.AMOUNT_MISSING
    return format_yuan(amount)


@dataclass(frozen=True)
class Amount:
    """One labelled amount of a project's funding."""

    label: str
    value: Decimal | None


def money_amounts(
    funding: Funding, field: MoneyField, column: Column | None = None
) -> list[Amount]:
    """Returns the amount asked for first, then related amounts of the other column.

    A form has two columns: 项目资金 (the whole project) and 年度资金申请 (this year);
    on a multi-year project they differ, so both are shown, each with its label, unless
    the question names one ``column`` (其他资金（项目总额那边）).
    """
    annual, project = _columns(funding, field)
    if annual.value is None and project.value is None:
        return [annual if field in _ANNUAL_FIRST else project]
    if column is not None:
        asked, other = (annual, project) if column is Column.ANNUAL else (project, annual)
        return [asked if asked.value is not None else other]
    if field in _ANNUAL_FIRST:
        first, second = annual, project
    else:
        first, second = project, annual
    if first.value is None:
        return [second]
    if second.value is None or second.value == first.value or field not in _AMBIGUOUS:
        return [first]
    return [first, second]


def _columns(funding: Funding, field: MoneyField) -> tuple[Amount, Amount]:
    """Returns the annual and the project-wide amount that answer ``field``."""
    if field in (MoneyField.BUDGET, MoneyField.ANNUAL_TOTAL, MoneyField.PROJECT_TOTAL):
        annual_label = msg.MONEY_LABELS["budget" if field is MoneyField.BUDGET else "annual_total"]
        return (
            Amount(annual_label, funding.annual_total),
            Amount(msg.MONEY_LABELS["project_total"], funding.project_total),
        )
    if field in (MoneyField.FISCAL, MoneyField.APPROPRIATION):
        return (
            Amount(msg.MONEY_LABELS["appropriation"], funding.annual_appropriation),
            Amount(msg.MONEY_LABELS["fiscal"], funding.project_fiscal),
        )
    if field is MoneyField.CARRY_OVER:
        carry_over = Amount(msg.MONEY_LABELS["carry_over"], funding.annual_carry_over)
        return carry_over, Amount(carry_over.label, None)
    if funding.annual_other is None or funding.project_other is None:
        label = msg.MONEY_LABELS["other"]
        return Amount(label, funding.annual_other), Amount(label, funding.project_other)
    return (
        Amount(msg.MONEY_LABELS["annual_other"], funding.annual_other),
        Amount(msg.MONEY_LABELS["project_other"], funding.project_other),
    )


# Fields answered from the 年度资金申请 column first; the others from 项目资金.
_ANNUAL_FIRST = frozenset(
    {
        MoneyField.BUDGET,
        MoneyField.ANNUAL_TOTAL,
        MoneyField.APPROPRIATION,
        MoneyField.CARRY_OVER,
        MoneyField.OTHER,
    }
)


# Words that may mean either column (预算, 财政资金, 其他资金): both are shown.
_AMBIGUOUS = frozenset({MoneyField.BUDGET, MoneyField.FISCAL, MoneyField.OTHER})


def money_amount(
    funding: Funding, field: MoneyField, column: Column | None = None
) -> Decimal | None:
    """Returns the amount of ``field`` in a project's funding (the first one shown)."""
    return money_amounts(funding, field, column)[0].value


def _shown_label(answer: MoneyAnswer) -> str:
    """Returns the label of the amounts shown: a blank 项目资金总额 is answered from the
    年度资金申请总额 on every line, so a total of them is named so too."""
    shown = {
        money_amounts(p.funding, answer.field, answer.column)[0].label for p in answer.projects
    }
    return shown.pop() if len(shown) == 1 else msg.MONEY_LABELS[answer.field]


def _said_value(value: Decimal) -> str:
    """Shows a target value asked for as people say it: 130万 for 1300000 (130万元 was asked,
    or 10万人次), 3000 as 3000."""
    if value >= YUAN_PER_WAN and value % (YUAN_PER_WAN / 100) == 0:
        return format_wan(value).removesuffix(WAN_YUAN) + msg.WAN
    return format_number(value)


def _money_line(project: ProjectInfo, field: MoneyField, column: Column | None) -> str:
    first, *others = money_amounts(project.funding, field, column)
    line = msg.MONEY_LINE.format(
        project=project.name, label=first.label, amount=format_amount(first.value)
    )
    for other in others:
        line += msg.MONEY_ALSO.format(label=other.label, amount=format_amount(other.value))
    return line


def _money_operation(answer: MoneyAnswer, operation: Operation) -> str:
    """Returns the computed amount with its operands: 40万元 ÷ 130万元 − 1 = −69.2%."""
    label = _shown_label(answer)
    amounts = [
        (project, money_amount(project.funding, answer.field, answer.column))
        for project in answer.projects
    ]
    missing = [project.name for project, amount in amounts if amount is None]
    if missing:
        return msg.CALCULATION_MISSING.format(
            label=label, projects=msg.PROJECT_JOINER.join(missing)
        )
    operands = tuple(
        Operand(project.name, amount) for project, amount in amounts if amount is not None
    )
    calculation = calculate(operation, operands, places=answer.places)
    if calculation is None:
        return msg.CALCULATION_IMPOSSIBLE.format(label=label)
    terms = [
        msg.MONEY_OPERAND.format(project=o.label, amount=format_wan(o.value)) for o in operands
    ]
    formula = _formula(calculation, terms)
    result = _result(calculation, unit=None)
    return msg.MONEY_CALCULATION.format(label=label, formula=formula, result=result)


PlainAnswer = (
    UnknownProject
    | MoneyAnswer
    | FactAnswer
    | ProjectList
    | ProjectOverview
    | ProjectChoice
    | FigureMismatch
    | FigureRanking
    | HeadingList
    | FigureCheck
)


def _render_plain(answer: PlainAnswer) -> Reply:
    """Renders the answers that need nothing of the service (no names, no progress)."""
    match answer:
        case UnknownProject():
            return Reply(_unknown_project(answer))
        case MoneyAnswer():
            return Reply(_money(answer))
        case FactAnswer():
            return Reply(_facts(answer))
        case ProjectList():
            return Reply(_project_list(answer.projects))
        case ProjectOverview():
            return Reply(_overview(answer.project))
        case ProjectChoice():
            return _project_choice(answer)
        case FigureMismatch():
            return Reply(_mismatch(answer))
        case FigureRanking():
            return Reply(_ranking(answer))
        case HeadingList():
            return Reply(_headings(answer))
        case FigureCheck():
            return Reply(_figure_check(answer))
        case _:
            assert_never(answer)


def _headings(answer: HeadingList) -> str:
    """Returns each project's headings of one tier, with how many rows each holds."""
    tier = msg.TIERS[answer.tier]
    if answer.under is not None:
        tier = msg.TIER_UNDER.format(heading=answer.under, tier=tier)
    lines = []
    for group in answer.groups[:MAX_PROJECT_LINES]:
        template = msg.HEADING_COUNT_ONLY if answer.count_only else msg.HEADING_COUNT
        if group.names and not answer.count_only:
            template = msg.HEADING_COUNT_ROWS  # rows named under each: how many in all too
        rows_in_all = sum(rows for _, rows in group.headings)
        line = template.format(
            project=group.project.name, tier=tier, count=len(group.headings), rows=rows_in_all
        )
        if group.names and not answer.count_only:
            line += "".join(
                "\n" + msg.HEADING_NAMED.format(heading=heading, rows=rows, names="；".join(names))
                for (heading, rows), names in zip(group.headings, group.names, strict=True)
            )
        elif not answer.count_only:
            line += msg.PROJECT_JOINER.join(
                msg.HEADING_ITEM.format(heading=heading, rows=rows)
                for heading, rows in group.headings
            )
        lines.append(line)
    return "\n".join(_capped(lines, total=len(answer.groups)))


def _ranking(answer: FigureRanking) -> str:
    """Returns the highest (or lowest) target first, then the others."""
    first, *rest = answer.figures
    if all(figure.value == first.value for figure in rest):
        terms = msg.PROJECT_JOINER.join(_figure_term(figure) for figure in answer.figures)
        return msg.RANK_SAME.format(figures=terms)
    template = msg.RANK_HIGHEST if answer.highest else msg.RANK_LOWEST
    ends = [figure for figure in answer.figures if figure.value == first.value]  # tied ends
    terms = msg.PROJECT_JOINER.join(_figure_term(figure) for figure in ends)
    lines = [template.format(figure=terms)]
    lines += [_figure_term(figure) for figure in answer.figures[len(ends) :]]
    if answer.spread:
        lines.append(_spread(answer))
    return "\n".join(lines)


def _spread(answer: FigureRanking) -> str:
    """Returns how far the highest target is above the lowest (90% − 85% = 5个百分点)."""
    values = [figure.value for figure in answer.figures]
    unit = answer.figures[0].unit or ""
    high, low = max(values), min(values)
    if unit == YUAN:
        shown = [format_wan(value) for value in (high, low, high - low)]
    else:
        shown = [format_number(value) + unit for value in (high, low, high - low)]
    if unit == "%":
        shown[2] = msg.POINTS.format(count=format_number(high - low))
    return msg.RANK_SPREAD.format(high=shown[0], low=shown[1], difference=shown[2])


def _mismatch(answer: FigureMismatch) -> str:
    units = msg.PROJECT_JOINER.join(dict.fromkeys(f.unit or "" for f in answer.figures))
    lines = [msg.UNITS_DIFFER.format(units=units)]
    lines += [_figure_term(figure) for figure in answer.figures]
    return "\n".join(lines)


def _figure_term(figure: Figure) -> str:
    """Names one operand with its value: 【项目】活动参与人数 300人, 【项目】年度预算 40万元."""
    if figure.in_a_year:
        return msg.PERIODS_IN_A_YEAR.format(count=format_number(figure.value), unit=figure.unit)
    if figure.scaled_by:
        return msg.SCALE_FACTOR.format(written=figure.scaled_by, factor=_factor_text(figure.value))
    if figure.converted_from:
        return msg.UNIT_CONVERSION.format(
            source=figure.converted_from, count=format_number(figure.value), unit=figure.unit
        )
    if figure.given:
        return msg.GIVEN_FIGURE.format(quote=figure.quote)
    if figure.quote:
        quote = figure.shown_quote or figure.quote  # 桥梁检测4座, not the sentence's 985米
        return msg.QUOTED_FIGURE.format(project=figure.project.name, quote=quote)
    value = (
        format_wan(figure.value)
        if figure.unit == YUAN
        else format_number(figure.value) + (figure.unit or "")
    )
    if figure.previous:
        return msg.PREVIOUS_RESULT.format(value=value)
    if figure.money is not None:
        label = msg.MONEY_LABELS[figure.shown_as or figure.money]
    else:
        label = figure.indicator.name if figure.indicator else ""
    return msg.FIGURE_OPERAND.format(project=figure.project.name, label=label, value=value)


def _compared(answer: Answer, *, of_units: bool) -> str:
    """Says whether the targets (or units) of the rows an answer shows, or a header fact of
    the projects it shows, are the same; "" when it shows fewer than two."""
    rows: tuple[IndicatorInfo, ...] = ()
    match answer:
        case IndicatorAnswer() | IndicatorList():
            rows = _rows_shown(answer)
        case SeveralIndicators() if not answer.absent and not answer.unmatched:
            parts = (*answer.answers, *answer.others)
            rows = tuple(row for part in parts for row in _rows_shown(part))
            facts = [part for part in answer.others if isinstance(part, FactAnswer)]
            if facts and not rows and not of_units and len({f.field for f in facts}) == 1:
                # 上面那个项目实施单位是谁？下面那个项目的是不是同一家: one field, each project
                field = facts[0].field
                values = [fact_value(p, field) for fact in facts for p in fact.projects]
                return "" if field in GOAL_FIELDS else _sameness(values, msg.FACT_LABELS[field])
        case FactAnswer() if answer.field not in GOAL_FIELDS and not of_units:
            # Said shared already when the same (的主管部门相同，均为：…): said when they differ.
            values = [fact_value(project, answer.field) for project in answer.projects]
            if len(set(values)) > 1:
                return _sameness(values, msg.FACT_LABELS[answer.field])
    rows = tuple({row.id: row for row in rows}.values())  # a row shown twice is one thing
    if of_units:
        units = [row.target.unit or msg.NO_UNIT for row in rows]
        return _sameness(units, msg.COMPARED_UNITS)
    return _sameness([row.target.display() for row in rows], msg.COMPARED_TARGETS)


def _rows_shown(answer: Answer) -> tuple[IndicatorInfo, ...]:
    if isinstance(answer, IndicatorAnswer):
        return answer.indicators
    if isinstance(answer, IndicatorList):
        return tuple(row for group in answer.groups for row in group.indicators)
    return ()


def _sameness(values: list[str], what: str) -> str:
    if len(values) < MIN_COMPARED:
        return ""
    distinct = list(dict.fromkeys(values))
    if len(distinct) == 1:
        return msg.SAME_COMPARED.format(count=len(values), what=what, value=distinct[0])
    joined = msg.PROJECT_JOINER.join(distinct)
    return msg.DIFFERENT_COMPARED.format(count=len(values), what=what, values=joined)


def _with_reading(reply: Reply, interpretation: Interpretation) -> Reply:
    """Says first how the question was read: the asker's own correction, a typo corrected, a
    span the form has no figure for (36个月: the form's figures are a year's), the asker's own
    figures set apart."""
    restated = interpretation.restated
    if len(restated) > MAX_RESTATED_CHARS:
        restated = restated[: MAX_RESTATED_CHARS - 1] + "…"
    notes = [msg.RESTATED.format(text=restated)] if restated else []
    notes += [
        msg.READ_AS.format(written=written, meant=meant)
        for written, meant in interpretation.corrected
    ]
    if interpretation.period:
        notes.append(msg.SPAN_NOT_STATED.format(span=interpretation.period))
    if interpretation.set_apart:
        told = msg.WORD_JOINER.join(interpretation.set_apart)
        notes.append(msg.SET_APART.format(told=told))
    if interpretation.premise is not None:
        told, holds = interpretation.premise
        # 上限是140万吧 read as ≤140万: quoted without its sign, it never reads as the form's
        told = told.lstrip("≥≤<>=")
        notes.append((msg.PREMISE_HOLDS if holds else msg.PREMISE_DIFFERS).format(told=told))
    if not notes:
        return reply
    return replace(reply, text="".join(notes) + "\n" + reply.text)


def _factor_text(factor: Decimal) -> str:
    """Writes a scale as a short decimal (0.5, 1.2) or, when it has none, a fraction (1/3)."""
    if (factor * FACTOR_PLACES) == (factor * FACTOR_PLACES).to_integral_value():
        return format_number(factor)
    fraction = Fraction(factor).limit_denominator(MAX_FACTOR_DENOMINATOR)
    return f"{fraction.numerator}/{fraction.denominator}"


def _formula(calculation: Calculation, terms: list[str]) -> str:
    """Writes the operation with its operands, as the result was computed."""
    match calculation.operation:
        case Operation.SUM:
            return msg.PLUS.join(terms)
        case Operation.AVERAGE:
            return msg.AVERAGE.format(sum=msg.PLUS.join(terms), count=len(terms))
        case Operation.DIFFERENCE:
            return msg.MINUS.join(terms[:2])
        case Operation.PERCENT_DIFFERENCE:
            return msg.PERCENT_DIFFERENCE.format(first=terms[0], second=terms[1])
        case Operation.RATIO | Operation.PER:
            return msg.DIVIDED.join(terms[:2])
        case Operation.SHARE:
            return msg.SHARE.format(first=terms[0], sum=msg.PLUS.join(terms))
        case Operation.PERCENT_OF:
            return msg.DIVIDED.join(terms[:2])
        case Operation.PRODUCT:
            return msg.MULTIPLIED.join(terms[:2])
        case Operation.OFFSET:  # 40万 − 砍掉10万: the amount given, added or taken off
            sign = msg.PLUS if calculation.operands[1].value >= 0 else msg.MINUS
            return sign.join(terms[:2])
        case _:
            assert_never(calculation.operation)


def _result(calculation: Calculation, *, unit: str | None) -> str:
    """Writes the result, saying so where a difference is none (二者相等)."""
    text = _result_written(calculation, unit=unit)
    if calculation.operation is Operation.DIFFERENCE and not calculation.result:
        return msg.NO_DIFFERENCE.format(result=text)
    return text


def _result_written(calculation: Calculation, *, unit: str | None) -> str:
    """Writes the result: a percentage, a ratio, a count in ``unit`` or an amount of money."""
    value = calculation.result
    approx = "" if calculation.exact else msg.APPROXIMATELY
    if calculation.percent:
        text = f"{approx}{format_number(value)}%"
        if calculation.operation is Operation.PERCENT_DIFFERENCE:
            word = msg.MORE if value >= 0 else msg.LESS
            text = msg.PERCENT_MORE_LESS.format(
                word=word, percent=f"{approx}{format_number(abs(value))}%"
            )
        if calculation.finer is not None:
            text += msg.FINER_PERCENT.format(percent=format_number(abs(calculation.finer)))
        return text
    if calculation.operation is Operation.RATIO:
        return msg.TIMES.format(value=f"{approx}{format_number(value)}")
    if unit is not None and calculation.operation is Operation.DIFFERENCE and value:
        word = msg.MORE if value > 0 else msg.LESS  # 设施完好率比市民满意度少 5%
        return msg.AMOUNT_MORE_LESS.format(
            word=word, amount=f"{approx}{format_number(abs(value))}{unit}"
        )
    if unit is not None:
        return f"{approx}{format_number(value)}{unit}"
    if calculation.operation is Operation.DIFFERENCE and value:
        word = msg.MORE if value > 0 else msg.LESS
        return msg.AMOUNT_MORE_LESS.format(word=word, amount=format_yuan(abs(value)))
    if not calculation.exact:  # 约206.67万元, not 206.666667万元
        wan = (value / YUAN_PER_WAN).quantize(FEN)
        return msg.ROUNDED_AMOUNT.format(approx=approx, wan=wan, yuan=value.quantize(FEN))
    return approx + format_yuan(value.quantize(FEN))


def _money(answer: MoneyAnswer) -> str:
    if answer.operation is not None:
        return _money_operation(answer, answer.operation)
    label = _shown_label(answer)
    amounts = [
        (project, money_amount(project.funding, answer.field, answer.column))
        for project in answer.projects
    ]
    lines = _capped(
        [
            _money_line(project, answer.field, answer.column)
            for project in answer.projects[:MAX_PROJECT_LINES]
        ],
        total=len(amounts),
    )
    known = [(project, amount) for project, amount in amounts if amount is not None]
    if answer.aggregate is Aggregate.EACH or not known:
        return "\n".join(lines)
    if answer.aggregate is Aggregate.TOTAL:
        total = sum((amount for _, amount in known), Decimal(0))
        head = msg.MONEY_TOTAL.format(count=len(known), label=label, amount=format_amount(total))
    else:
        pick = max if answer.aggregate is Aggregate.MAX else min
        project, amount = pick(known, key=lambda item: item[1])
        template = msg.MONEY_MAX if answer.aggregate is Aggregate.MAX else msg.MONEY_MIN
        head = template.format(label=label, project=project.name, amount=format_amount(amount))
    return "\n".join([head, msg.MONEY_DETAIL_HEADER, *lines])


def format_date(value: dt.date | None, *, by_month: bool = False, end: bool = False) -> str:
    """Returns ``2026-12-31（2026年12月31日）``, or ``2024.01（2024年1月底）`` by month."""
    if value is None:
        return msg.FACT_MISSING
    if by_month:
        template = msg.MONTH_END if end else msg.MONTH
        return template.format(
            form=form_date(value, by_month=True), year=value.year, month=value.month
        )
    return msg.DATE.format(
        iso=value.isoformat(), year=value.year, month=value.month, day=value.day
    )


def fact_value(project: ProjectInfo, field: ProjectField) -> str:
    """Returns a project's header fact or goal as shown to users."""
    by_month = project.dates_by_month
    if field is ProjectField.START:
        return format_date(project.planned_start, by_month=by_month)
    if field is ProjectField.END:
        return format_date(project.planned_end, by_month=by_month, end=True)
    if field is ProjectField.PERIOD:
        start_date, end_date = project.planned_start, project.planned_end
        if by_month and start_date is not None and end_date is not None:
            # 2023.07-2024.01 as the form writes it, then the months it spans.
            return msg.MONTH_PERIOD.format(
                start=form_date(start_date, by_month=True),
                end=form_date(end_date, by_month=True),
                start_year=start_date.year,
                start_month=start_date.month,
                end_year=end_date.year,
                end_month=end_date.month,
            )
        start = format_date(project.planned_start, by_month=by_month)
        end = format_date(project.planned_end, by_month=by_month, end=True)
        return msg.PERIOD.format(start=start, end=end)
    if field in GOAL_FIELDS:
        return "\n".join(goal.text for goal in goals(project, field))
    if field is ProjectField.YEAR:
        return msg.FORM_YEAR.format(year=project.year)
    values = {
        ProjectField.DEPARTMENT: project.department,
        ProjectField.IMPLEMENTER: project.implementer,
        ProjectField.NATURE: project.nature,
        ProjectField.CATEGORY: project.category,
    }
    return values.get(field) or msg.FACT_MISSING


@dataclass(frozen=True)
class Goal:
    """A goal text of a project with the label the form gives it."""

    label: str
    text: str


def goals(project: ProjectInfo, field: ProjectField) -> list[Goal]:
    """Returns the goals that answer ``field``: the project-wide one first, then the year's.

    A multi-year form has both 项目总体目标 (2024 年-2026 年) and 年度总体目标; a question
    about 总体目标 gets both, each with its label, one about 年度目标 only the year's.
    """
    annual = Goal(msg.FACT_LABELS[ProjectField.ANNUAL_GOAL], project.annual_goal)
    overall = Goal(" ".join(project.overall_goal_label.split()), project.overall_goal)
    found = [annual] if field is ProjectField.ANNUAL_GOAL else [overall, annual]
    if field is ProjectField.OVERALL_GOAL and overall.text.strip():
        found = [overall]  # 三年下来要干成什么: the whole span's goal, not one year's
    found = [goal for goal in found if goal.text.strip()]
    if len(found) == 2 and found[0].text == found[1].text:
        found = found[1:]
    return found or [Goal(annual.label, msg.FACT_MISSING)]


def _goal_lines(answer: FactAnswer) -> str:
    lines = [
        msg.FACT_LINE.format(project=project.name, label=goal.label, value=goal.text)
        for project in answer.projects[:MAX_PROJECT_LINES]
        for goal in goals(project, answer.field)
    ]
    return "\n".join(_capped(lines, total=len(answer.projects)))


def _facts(answer: FactAnswer) -> str:
    if answer.field in GOAL_FIELDS:
        return _goal_lines(answer)
    label = msg.FACT_LABELS[answer.field]
    picked = [msg.FACTS_PICKED.format(count=answer.picked)] if answer.picked else []
    values = [(project, fact_value(project, answer.field)) for project in answer.projects]
    distinct = {value for _, value in values}
    if len(values) > 1 and len(distinct) == 1:
        names = msg.PROJECT_JOINER.join(msg.PROJECT.format(name=p.name) for p, _ in values)
        return "\n".join(
            [*picked, msg.FACT_SHARED.format(projects=names, label=label, value=values[0][1])]
        )
    lines = picked + [
        msg.FACT_LINE.format(project=project.name, label=label, value=value)
        for project, value in values[:MAX_PROJECT_LINES]
    ]
    return "\n".join(_capped(lines, total=len(values)))


def _project_list(projects: Sequence[ProjectInfo]) -> str:
    lines = [msg.PROJECT_LIST_HEADER.format(count=len(projects))]
    lines += [
        msg.PROJECT_LIST_LINE.format(
            number=number,
            name=project.name,
            year=project.year,
            budget=format_amount(project.funding.budget),
            count=len(project.indicators),
        )
        for number, project in enumerate(projects, start=1)
    ]
    return "\n".join(lines)


def _project_choice(answer: ProjectChoice) -> Reply:
    options = tuple(
        Option(label=project.name, data=encode(OPTION_PREFIX, PROJECT_OPTION, project.id))
        for project in answer.projects
    )
    if answer.total is None:
        text = msg.CHOOSE_PROJECT_MANY.format(shown=len(answer.projects))
    else:
        text = msg.CHOOSE_PROJECT.format(count=answer.total)
        if answer.total > len(answer.projects):
            text += msg.CHOOSE_PROJECT_MORE.format(shown=len(answer.projects))
    return Reply(text, options=options)


def _count_head(answer: IndicatorList, level: str) -> list[str]:
    """Returns the line that ranks or adds up the projects' indicator counts, if asked."""
    groups = answer.groups
    if len(groups) < 2:
        return []
    if answer.rank in (Aggregate.TOTAL, Aggregate.EACH):  # 分别在哪个项目: each after the total
        count = sum(len(group.indicators) for group in groups)
        return [msg.INDICATOR_COUNT_TOTAL.format(projects=len(groups), level=level, count=count)]
    counts = {len(group.indicators) for group in groups}
    if len(counts) == 1:  # 哪个项目的质量指标少: neither, both have 2
        return [msg.INDICATOR_COUNT_SAME.format(level=level, count=counts.pop())]
    pick = max if answer.rank is Aggregate.MAX else min
    chosen = pick(groups, key=lambda group: len(group.indicators))
    template = msg.INDICATOR_COUNT_MAX if answer.rank is Aggregate.MAX else msg.INDICATOR_COUNT_MIN
    return [
        template.format(level=level, project=chosen.project.name, count=len(chosen.indicators))
    ]


def _unknown_project(answer: UnknownProject) -> str:
    names = [project.name for project in answer.projects]
    known = msg.PROJECT_JOINER.join(names[:MAX_KNOWN_PROJECTS])
    if len(names) > MAX_KNOWN_PROJECTS:
        known = msg.UNKNOWN_PROJECT_MORE.format(projects=known, count=len(names))
    unknown = msg.PROJECT_JOINER.join(answer.names)
    return msg.UNKNOWN_PROJECT.format(names=unknown, projects=known) + msg.UNKNOWN_PROJECT_HINT


def _overview(project: ProjectInfo) -> str:
    return msg.OVERVIEW.format(
        project=project.name,
        year=project.year,
        department=project.department or msg.FACT_MISSING,
        implementer=project.implementer or msg.FACT_MISSING,
        budget=format_amount(project.funding.budget),
        count=len(project.indicators),
    )


def _figure_check(answer: FigureCheck) -> str:
    """Shows both sides of a check (a figure, or a sum of figures) and the verdict."""
    lines = [_check_side(answer.first), _check_side(answer.second)]
    first, second = answer.first_value, answer.second_value
    gap = _check_value(abs(first - second), answer.unit)
    same = msg.CHECK_SAME.format(value=_check_value(first, answer.unit))
    higher = first > second
    apart = msg.CHECK_APART.format(word=msg.MORE if higher else msg.LESS, gap=gap)
    if answer.unit == PERCENT_UNIT:  # 90% against 85%: 高 5 个百分点
        points = format_number(abs(first - second))
        apart = msg.CHECK_POINTS.format(word=msg.HIGHER if higher else msg.LOWER, points=points)
    match answer.relation:
        case Relation.EQUAL:
            verdict = same if first == second else msg.CHECK_UNEQUAL + apart
        case Relation.ABOVE:
            verdict = (
                msg.CHECK_ABOVE + apart
                if higher
                else msg.CHECK_NOT_ABOVE + (same if first == second else apart)
            )
        case Relation.REACHES:
            verdict = (
                msg.CHECK_REACHES + (same if first == second else apart)
                if first >= second
                else msg.CHECK_SHORT.format(gap=gap)
            )
        case Relation.BELOW:
            verdict = (
                msg.CHECK_BELOW + apart
                if first < second
                else msg.CHECK_NOT_BELOW + (same if first == second else apart)
            )
        case _:
            assert_never(answer.relation)
    lines.append(msg.CHECK_VERDICT.format(verdict=verdict))
    return "\n".join(lines)


def _check_side(figures: tuple[Figure, ...]) -> str:
    """Writes one side of a check: its figure, or its figures added up with the sum."""
    terms = [_check_term(figure) for figure in figures]
    if len(terms) == 1:
        return terms[0]
    total = sum((figure.value for figure in figures), Decimal(0))
    return f"{msg.PLUS.join(terms)} = {_check_value(total, figures[0].unit)}"


PERCENT_UNIT = "%"


def _check_term(figure: Figure) -> str:
    """Names one figure of a check; a row's target with its operator as written (≤130万元)."""
    row = figure.indicator
    if row is None or not row.target.operator:
        return _figure_term(figure)
    value = row.target.operator + _check_value(figure.value, figure.unit)
    return msg.FIGURE_OPERAND.format(project=figure.project.name, label=row.name, value=value)


def _check_value(value: Decimal, unit: str | None) -> str:
    return format_wan(value) if unit == YUAN else format_number(value) + (unit or "")


def _narrower_notes(answer: IndicatorList, narrower: IndicatorList) -> list[str]:
    """Says, for each project, how many rows are left if leaving out an 一级 heading (产出指标)
    meant only its first 二级 heading (数量指标): the other headings under it, counted."""
    left_out = answer.row_filter.excluded_level or ""
    first = narrower.row_filter.excluded_level or ""
    notes = []
    for group in narrower.groups[:MAX_PROJECT_LINES]:
        kept: dict[str, int] = {}
        for row in group.indicators:
            if row.level1 == left_out:
                kept[row.level2] = kept.get(row.level2, 0) + 1
        if not kept:
            continue
        others = msg.PROJECT_JOINER.join(
            msg.HEADING_ROWS.format(heading=heading, count=count)
            for heading, count in kept.items()
        )
        project = (
            msg.NOTE_PROJECT.format(project=group.project.name) if len(narrower.groups) > 1 else ""
        )
        notes.append(
            msg.NARROWER_EXCLUSION.format(
                project=project,
                level=left_out,
                others=others,
                first=first,
                count=len(group.indicators),
            )
        )
    return notes
