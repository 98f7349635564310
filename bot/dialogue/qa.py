"""Answers to questions: renders the question engine's results as transport-neutral replies."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from bot.dialogue.callbacks import Callback, encode
from bot.dialogue.context import ProgressLookup
from bot.dialogue.core import MAX_TEXT_CHARS
from bot.dialogue.messages import common as common_msg
from bot.dialogue.messages import qa as msg
from bot.dialogue.replies import Option, Reply
from knowledge.catalog import IndicatorInfo, ProjectInfo
from knowledge.model import Funding, format_number
from knowledge.progress import Progress
from knowledge.values import format_yuan
from nlu.engine import (
    Answer,
    Clarification,
    FactAnswer,
    FollowUp,
    IndicatorAnswer,
    IndicatorList,
    MoneyAnswer,
    OutOfScope,
    PassageAnswer,
    ProjectChoice,
    ProjectList,
    ProjectOverview,
    QuestionEngine,
    SeveralIndicators,
    Topic,
    UnknownProject,
)
from nlu.intents import Aggregate, MoneyField, ProjectField
from nlu.retrieval import PassageSource

OPTION_PREFIX = "qa"
TARGET_OPTION = "ind"
PROGRESS_OPTION = "prg"
PROJECT_OPTION = "prj"
MAX_PROJECT_LINES = 10  # beyond this a per-project answer asks the user to name the project
MAX_KNOWN_PROJECTS = 5  # an unknown project name is answered with this many known ones


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
    topic: str | None = None
    question: str = ""

    def to_json(self) -> dict[str, object]:
        """Returns a JSON-serialisable form."""
        data: dict[str, object] = {
            "project_ids": list(self.project_ids),
            "indicator_ids": list(self.indicator_ids),
            "topic": self.topic,
        }
        if self.question:
            data["question"] = self.question
        return data

    @classmethod
    def from_json(cls, data: Mapping[str, object]) -> QAContext:
        """Reads the form written by :meth:`to_json`, ignoring anything malformed."""
        topic = data.get("topic")
        question = data.get("question")
        return cls(
            project_ids=_int_tuple(data.get("project_ids")),
            indicator_ids=_int_tuple(data.get("indicator_ids")),
            topic=topic if isinstance(topic, str) else None,
            question=question if isinstance(question, str) else "",
        )

    def followup(self) -> FollowUp:
        """Returns the engine's view of this context."""
        return FollowUp(self.project_ids, self.indicator_ids, self.topic, self.question)

    @classmethod
    def of(cls, followup: FollowUp) -> QAContext:
        """Wraps the engine's follow-up state."""
        return cls(followup.project_ids, followup.indicator_ids, followup.topic, followup.question)


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
        interpretation = self._engine.interpret(text, context=previous)
        reply = self._render(interpretation.answer, progress)
        return QAResult([reply], QAContext.of(interpretation.followup))

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
        if isinstance(answer, IndicatorAnswer):
            return Reply(self._indicators(answer, progress))
        if isinstance(answer, SeveralIndicators):
            return Reply(self._several(answer, progress))
        if isinstance(answer, UnknownProject):
            return Reply(_unknown_project(answer))
        if isinstance(answer, Clarification):
            return self._clarification(answer)
        if isinstance(answer, MoneyAnswer):
            return Reply(_money(answer))
        if isinstance(answer, FactAnswer):
            return Reply(_facts(answer))
        if isinstance(answer, ProjectList):
            return Reply(_project_list(answer.projects))
        if isinstance(answer, IndicatorList):
            return Reply(self._indicator_list(answer))
        if isinstance(answer, PassageAnswer):
            return Reply(self._passages(answer))
        if isinstance(answer, ProjectOverview):
            return Reply(_overview(answer.project))
        if isinstance(answer, ProjectChoice):
            return _project_choice(answer)
        return Reply(self._out_of_scope(answer))

    def _project_name(self, project_id: int) -> str:
        project = self._engine.project(project_id)
        return project.name if project else ""

    def _indicators(self, answer: IndicatorAnswer, progress: ProgressLookup) -> str:
        lines = []
        if len(answer.indicators) > 1:
            lines.append(msg.INDICATOR_IN_PROJECTS.format(count=len(answer.indicators)))
        lines += [
            self._indicator_line(indicator, progress, wants_progress=answer.progress)
            for indicator in answer.indicators
        ]
        return "\n".join(lines)

    def _several(self, answer: SeveralIndicators, progress: ProgressLookup) -> str:
        lines = [
            self._indicator_line(indicator, progress, wants_progress=part.progress)
            for part in answer.answers
            for indicator in part.indicators
        ]
        lines += [msg.SEVERAL_UNMATCHED.format(words=words) for words in answer.unmatched]
        return "\n".join(lines)

    def _indicator_line(
        self, indicator: IndicatorInfo, progress: ProgressLookup, *, wants_progress: bool
    ) -> str:
        project = self._project_name(indicator.project_id)
        if wants_progress:
            return _progress_line(indicator, project, progress(indicator.id))
        return target_line(indicator, project)

    def _clarification(self, answer: Clarification) -> Reply:
        kind = PROGRESS_OPTION if answer.progress else TARGET_OPTION
        options = tuple(
            Option(
                label=msg.INDICATOR_OPTION.format(
                    project=self._project_name(indicator.project_id), name=indicator.name
                ),
                data=encode(OPTION_PREFIX, kind, indicator.id),
            )
            for indicator in answer.candidates
        )
        text = msg.CLARIFY_PROGRESS if answer.progress else msg.CLARIFY
        return Reply(text, options=options)

    def _indicator_list(self, answer: IndicatorList) -> str:
        if not answer.groups:
            return msg.NO_INDICATORS
        level = answer.level or msg.ALL_INDICATORS
        lines: list[str] = _count_head(answer, level) if answer.count_only else []
        for group in answer.groups[:MAX_PROJECT_LINES]:
            count = len(group.indicators)
            if answer.count_only:
                lines.append(
                    msg.INDICATOR_COUNT.format(
                        project=group.project.name, level=level, count=count
                    )
                )
                continue
            lines.append(
                msg.INDICATOR_LIST_HEADER.format(
                    project=group.project.name, level=level, count=count
                )
            )
            lines += [
                msg.INDICATOR_LIST_LINE.format(
                    number=number, path=indicator.path, target=indicator.target.display()
                )
                for number, indicator in enumerate(group.indicators, start=1)
            ]
        return "\n".join(_capped(lines, total=len(answer.groups)))

    def _passages(self, answer: PassageAnswer) -> str:
        lines = []
        for match in answer.matches:
            passage = match.passage
            project = self._project_name(passage.project_id)
            if passage.source is PassageSource.INDICATOR:
                lead = msg.PASSAGE_INDICATOR.format(project=project)
            elif passage.title:
                lead = msg.PASSAGE_SUBGOAL.format(project=project, title=passage.title)
            else:
                label = passage.goal_label or msg.FACT_LABELS[ProjectField.ANNUAL_GOAL]
                lead = msg.PASSAGE_GOAL.format(project=project, label=label)
            lines.append(lead + msg.PASSAGE_QUOTE.format(text=passage.text))
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


def target_line(indicator: IndicatorInfo, project: str) -> str:
    """Returns ``【项目】一级 / 二级 / 三级：指标值 ≥300人（申报表原文：≥300.00(人)）``."""
    display = indicator.target.display()
    line = msg.INDICATOR_TARGET.format(project=project, path=indicator.path, target=display)
    raw = "".join(indicator.target.raw.split())
    if raw != display:
        line += msg.RAW_TARGET.format(raw=indicator.target.raw)
    return line


def _progress_line(indicator: IndicatorInfo, project: str, found: Progress | None) -> str:
    target = indicator.target.display()
    if found is None or found.entries == 0:
        return msg.PROGRESS_NONE.format(project=project, name=indicator.name, target=target)
    if found.achieved is not None:
        ratio = ""
        if found.ratio is not None:
            ratio = msg.PROGRESS_RATIO.format(
                percent=f"{found.ratio * 100:.1f}".rstrip("0").rstrip(".")
            )
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
    return line


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


def money_amounts(funding: Funding, field: MoneyField) -> list[Amount]:
    """Returns the amount asked for first, then related amounts of the other column.

    A form has two columns: 项目资金 (the whole project) and 年度资金申请 (this year);
    on a multi-year project they differ, so both are shown, each with its label.
    """
    annual, project = _columns(funding, field)
    if annual.value is None and project.value is None:
        return [annual if field in _ANNUAL_FIRST else project]
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


def money_amount(funding: Funding, field: MoneyField) -> Decimal | None:
    """Returns the amount of ``field`` in a project's funding (the first one shown)."""
    return money_amounts(funding, field)[0].value


def _money_line(project: ProjectInfo, field: MoneyField) -> str:
    first, *others = money_amounts(project.funding, field)
    line = msg.MONEY_LINE.format(
        project=project.name, label=first.label, amount=format_amount(first.value)
    )
    for other in others:
        line += msg.MONEY_ALSO.format(label=other.label, amount=format_amount(other.value))
    return line


def _money(answer: MoneyAnswer) -> str:
    label = msg.MONEY_LABELS[answer.field]
    amounts = [
        (project, money_amount(project.funding, answer.field)) for project in answer.projects
    ]
    lines = _capped(
        [_money_line(project, answer.field) for project in answer.projects[:MAX_PROJECT_LINES]],
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


def format_date(value: dt.date | None) -> str:
    """Returns ``2026-12-31（2026年12月31日）``."""
    if value is None:
        return msg.FACT_MISSING
    return msg.DATE.format(
        iso=value.isoformat(), year=value.year, month=value.month, day=value.day
    )


def fact_value(project: ProjectInfo, field: ProjectField) -> str:
    """Returns a project's header fact or goal as shown to users."""
    if field is ProjectField.START:
        return format_date(project.planned_start)
    if field is ProjectField.END:
        return format_date(project.planned_end)
    if field is ProjectField.PERIOD:
        start, end = format_date(project.planned_start), format_date(project.planned_end)
        return msg.PERIOD.format(start=start, end=end)
    if field in (ProjectField.GOAL, ProjectField.ANNUAL_GOAL):
        return "\n".join(goal.text for goal in goals(project, field))
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
    if answer.field in (ProjectField.GOAL, ProjectField.ANNUAL_GOAL):
        return _goal_lines(answer)
    label = msg.FACT_LABELS[answer.field]
    values = [(project, fact_value(project, answer.field)) for project in answer.projects]
    distinct = {value for _, value in values}
    if len(values) > 1 and len(distinct) == 1:
        names = msg.PROJECT_JOINER.join(msg.PROJECT.format(name=p.name) for p, _ in values)
        return msg.FACT_SHARED.format(projects=names, label=label, value=values[0][1])
    lines = [
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
    if len(groups) < 2 or answer.rank is Aggregate.EACH:
        return []
    if answer.rank is Aggregate.TOTAL:
        count = sum(len(group.indicators) for group in groups)
        return [msg.INDICATOR_COUNT_TOTAL.format(projects=len(groups), level=level, count=count)]
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
