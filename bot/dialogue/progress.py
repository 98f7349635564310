"""Progress: /progress, /score, /export, questions such as 哪些指标滞后了, and group posts.

The chart and the workbook are built on demand only, so that plotting stays out of the
cold path of ``goalbot ask``.
"""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum

from sqlmodel import Session

from bot.dialogue import progress_view as view
from bot.dialogue.callbacks import Callback, encode
from bot.dialogue.context import App, Command, Feature, TurnContext
from bot.dialogue.messages import common as common_msg
from bot.dialogue.messages import progress as msg
from bot.dialogue.questions import find_project
from bot.dialogue.replies import Attachment, Option, Reply
from knowledge.access import Role
from knowledge.catalog import IndicatorInfo, ProjectInfo
from knowledge.monitoring import Clock, ProjectState
from knowledge.scoring import ScoreGroup, estimate_score
from knowledge.values import format_percent
from nlu.record_parser import search_indicators
from storage.monitoring import (
    assess_catalog,
    milestones,
    scoring_rules,
    set_milestone,
    set_score_group,
    set_score_weight,
)

PROGRESS_FEATURE = "pg"
MONTHS_IN_YEAR = 12
MAX_WEIGHT = 50.0  # No indicator outweighs the whole 产出 group.
_MONTH = re.compile(r"(\d{1,2})月?")


class ProgressAction(StrEnum):
    """What a progress button does."""

    SHOW_ALL = "all"


def assess(app: App, session: Session, today: dt.date | None = None) -> list[ProjectState]:
    """Assesses every current project on ``today`` (the app's today by default)."""
    return assess_catalog(session=session, catalog=app.catalog, today=today or app.today())


def chart_reply(state: ProjectState, *, app: App, today: dt.date | None = None) -> Reply:
    """Returns the project's chart as a photo with a short caption."""
    from bot.progress_chart import render_chart  # Plotting only when a chart is wanted.

    clock = Clock.at(today or app.today(), state.project.year)
    caption = msg.CHART_CAPTION.format(
        name=state.project.name, elapsed=format_percent(clock.elapsed)
    )
    return Reply(caption, photo=render_chart(state, clock=clock))


def summary_replies(app: App, session: Session, *, charts: bool = True) -> list[Reply]:
    """Returns the summary with a 查看全部 button per project, then a chart per project."""
    states = assess(app, session)
    if not states:
        return [Reply(msg.NOTHING)]
    options = tuple(
        Option(
            msg.SHOW_ALL.format(name=state.project.name),
            encode(PROGRESS_FEATURE, ProgressAction.SHOW_ALL, state.project.id),
        )
        for state in states
    )
    replies = [Reply(view.summary_text(states, today=app.today()), options=options)]
    if charts:
        replies += [chart_reply(state, app=app) for state in states]
    return replies


def project_replies(ctx: TurnContext, project: ProjectInfo) -> list[Reply]:
    """Returns one project in full and its chart."""
    state = _state_of(ctx, project)
    if state is None:
        return [Reply(msg.NO_SUCH_PROJECT.format(name=project.name))]
    clock = Clock.at(ctx.app.today(), project.year)
    text = view.project_text(
        state,
        today=clock.today,
        elapsed=clock.elapsed,
        milestones=milestones(session=ctx.session),
    )
    return [Reply(text), chart_reply(state, app=ctx.app)]


def _state_of(ctx: TurnContext, project: ProjectInfo) -> ProjectState | None:
    return next(
        (s for s in assess(ctx.app, ctx.session) if s.project.id == project.id),
        None,
    )


def _find(ctx: TurnContext, text: str) -> ProjectInfo | None:
    """Finds the project a name (国际交流) or a question (国际交流项目进度怎么样) means."""
    return find_project(ctx.app, text)


def progress(ctx: TurnContext, args: str) -> list[Reply]:
    """Shows the summary, or with a project name every indicator of that project."""
    if not args:
        return summary_replies(ctx.app, ctx.session)
    project = _find(ctx, args)
    if project is None:
        return [Reply(msg.NO_SUCH_PROJECT.format(name=args))]
    return project_replies(ctx, project)


def progress_option(ctx: TurnContext, callback: Callback) -> list[Reply]:
    """Shows every indicator of the project whose 查看全部 button was pressed."""
    project_id = callback.int_arg()
    if callback.action != ProgressAction.SHOW_ALL or project_id is None:
        return [Reply(common_msg.OPTION_EXPIRED)]
    try:
        project = ctx.app.catalog.project(project_id)
    except KeyError:  # A project retired by an import since the button was sent.
        return [Reply(common_msg.OPTION_EXPIRED)]
    return project_replies(ctx, project)


def score(ctx: TurnContext, args: str) -> list[Reply]:
    """Estimates the self-evaluation score of one project, or of each current project."""
    states = assess(ctx.app, ctx.session)
    if args:
        project = _find(ctx, args)
        if project is None:
            return [Reply(msg.NO_SUCH_PROJECT.format(name=args))]
        states = [s for s in states if s.project.id == project.id]
    if not states:
        return [Reply(msg.NOTHING)]
    rules = scoring_rules(session=ctx.session)
    return [
        Reply(
            view.score_text(
                state, estimate_score(states=state.indicators, budget=state.budget, rules=rules)
            )
        )
        for state in states
    ]


def export(ctx: TurnContext, _args: str) -> list[Reply]:
    """Sends the progress table as an .xlsx workbook, one sheet per project."""
    from bot.progress_export import progress_workbook  # openpyxl only when exporting.

    states = assess(ctx.app, ctx.session)
    if not states:
        return [Reply(msg.NOTHING)]
    today = ctx.app.today()
    content = progress_workbook(states)
    name = msg.EXPORT_FILE.format(date=today.isoformat())
    return [
        Reply(
            msg.EXPORT_CAPTION.format(date=today.isoformat()),
            document=Attachment(name, content),
        )
    ]


def behind_answer(ctx: TurnContext) -> list[Reply]:
    """Answers 哪些指标滞后了 with the summary's attention list."""
    states = assess(ctx.app, ctx.session)
    if not states:
        return [Reply(msg.NOTHING)]
    clock = Clock.at(ctx.app.today(), states[0].project.year)
    header = msg.BEHIND_HEADER.format(
        date=clock.today.isoformat(), elapsed=format_percent(clock.elapsed)
    )
    lines = view.attention_lines(states) or [msg.BEHIND_NONE]
    return [Reply("\n".join([header, *lines]))]


def budget_answer(ctx: TurnContext, text: str) -> list[Reply]:
    """Answers 预算执行率多少, for the project named or for every current project."""
    states = assess(ctx.app, ctx.session)
    if not states:
        return [Reply(msg.NOTHING)]
    project = _find(ctx, text)
    if project is not None:
        states = [s for s in states if s.project.id == project.id] or states
    clock = Clock.at(ctx.app.today(), states[0].project.year)
    header = msg.BUDGET_HEADER.format(
        date=clock.today.isoformat(), elapsed=format_percent(clock.elapsed)
    )
    return [Reply("\n".join([header, *map(view.budget_line, states), msg.BUDGET_RULE]))]


# Questions the monitoring rules answer, tried before the question engine.
_BEHIND = re.compile(
    r".*(?:哪些|什么|哪几个|哪个).*(?:滞后|落后|需要关注|有风险)|.*(?:滞后|落后)的指标"
)
_BUDGET = re.compile(r".*预算执行(?:率|情况|进度)?")
_PROJECT_PROGRESS = re.compile(r".*项目.*(?:进度|进展)(?:怎么样|如何|情况)?")
_SCORE = re.compile(r".*(?:自评|绩效评价).*(?:多少分|得分|几分|分数)")


def answer_question(ctx: TurnContext, text: str) -> list[Reply] | None:
    """Answers a progress question by the monitoring rules; None for any other text."""
    if _SCORE.match(text):
        project = _find(ctx, text)
        return score(ctx, project.name if project else "")
    if _BEHIND.match(text):
        return behind_answer(ctx)
    if _BUDGET.match(text):
        return budget_answer(ctx, text)
    if not _PROJECT_PROGRESS.match(text):
        return None
    project = _find(ctx, text)
    if project is None:
        return summary_replies(ctx.app, ctx.session)
    return project_replies(ctx, project)


def progress_setting(ctx: TurnContext, words: list[str]) -> list[Reply] | None:
    """Handles ``/rule 指标 里程碑 7月`` and ``/rule 指标 权重 12.5``; None for other rules."""
    if len(words) < 3 or words[-2] not in (msg.MILESTONE_WORD, msg.WEIGHT_WORD, msg.GROUP_WORD):
        return None
    query, word, value = " ".join(words[:-2]), words[-2], words[-1]
    found = search_indicators(query, ctx.app.catalog.indicators, limit=1)
    if not found:
        return [Reply(msg.SETTING_UNKNOWN_INDICATOR.format(text=query))]
    indicator = found[0].indicator
    if word == msg.MILESTONE_WORD:
        return [_set_milestone(ctx, indicator, value)]
    if word == msg.GROUP_WORD:
        return [_set_group(ctx, indicator, value)]
    return [_set_weight(ctx, indicator, value)]


def _set_group(ctx: TurnContext, indicator: IndicatorInfo, value: str) -> Reply:
    """Counts the indicator in another part of the 100 points (成本 in 效益, say)."""
    groups = {group.value: group for group in ScoreGroup if group is not ScoreGroup.BUDGET}
    wanted = groups.get(value.removesuffix("指标"))
    if value not in msg.CLEAR_WORDS and wanted is None:
        return Reply(msg.GROUP_BAD.format(text=value))
    set_score_group(
        session=ctx.session, indicator_id=indicator.id, group=wanted, by=ctx.turn.user_id
    )
    if wanted is None:
        return Reply(msg.GROUP_CLEARED.format(name=indicator.name))
    return Reply(msg.GROUP_SET.format(name=indicator.name, group=wanted.value))


def _set_milestone(ctx: TurnContext, indicator: IndicatorInfo, value: str) -> Reply:
    month = _MONTH.fullmatch(value)
    if value in msg.CLEAR_WORDS:
        set_milestone(
            session=ctx.session, indicator_id=indicator.id, month=None, by=ctx.turn.user_id
        )
        return Reply(msg.MILESTONE_CLEARED.format(name=indicator.name))
    if month is None or not 1 <= int(month.group(1)) <= MONTHS_IN_YEAR:
        return Reply(msg.MILESTONE_BAD.format(text=value))
    number = int(month.group(1))
    set_milestone(
        session=ctx.session, indicator_id=indicator.id, month=number, by=ctx.turn.user_id
    )
    return Reply(msg.MILESTONE_SET.format(name=indicator.name, month=number))


def _set_weight(ctx: TurnContext, indicator: IndicatorInfo, value: str) -> Reply:
    if value in msg.CLEAR_WORDS:
        set_score_weight(
            session=ctx.session, indicator_id=indicator.id, weight=None, by=ctx.turn.user_id
        )
        return Reply(msg.WEIGHT_CLEARED.format(name=indicator.name))
    try:
        weight = float(value)
    except ValueError:
        weight = -1.0
    if not 0 <= weight <= MAX_WEIGHT:
        return Reply(msg.WEIGHT_BAD.format(text=value))
    set_score_weight(
        session=ctx.session, indicator_id=indicator.id, weight=weight, by=ctx.turn.user_id
    )
    return Reply(msg.WEIGHT_SET.format(name=indicator.name, weight=f"{weight:g}"))


def feature() -> Feature:
    """Returns /progress, /score, /export and the progress questions."""
    return Feature(
        commands=[
            Command("progress", msg.PROGRESS_DESCRIPTION, progress),
            Command("score", msg.SCORE_DESCRIPTION, score),
            Command("export", msg.EXPORT_DESCRIPTION, export, min_role=Role.VIEWER),
        ],
        options={PROGRESS_FEATURE: progress_option},
        text=answer_question,
    )
