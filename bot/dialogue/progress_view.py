"""How monitoring results read: one renderer per view (indicator line, headline, summary)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

from bot.dialogue.messages import progress as msg
from knowledge.actuals import Aggregation
from knowledge.model import Direction, IndicatorKind, format_number
from knowledge.monitoring import Clock, IndicatorState, Light, ProjectState
from knowledge.scoring import RecoveryKind, ScoreEstimate, ScoreGroup
from knowledge.short_names import short_names
from knowledge.values import format_percent, format_wan

# Figures shown with this many decimals at most (prorated targets such as 271.23).
SHOWN_DECIMALS = Decimal("0.1")


def light_emoji(light: Light) -> str:
    """Returns the coloured dot of a light."""
    return msg.LIGHT_EMOJI[light.value]


def shown(value: Decimal) -> str:
    """Returns a figure rounded to one decimal without trailing zeros."""
    return format_number(value.quantize(SHOWN_DECIMALS))


def names_of(state: ProjectState) -> dict[str, str]:
    """Returns the project's short indicator names (the same everywhere)."""
    return short_names([s.indicator.name for s in state.indicators])


def _detail(state: IndicatorState, milestone: int | None) -> str:
    target = state.indicator.target
    achieved = state.progress.achieved if state.progress.entries else None
    if target.kind is IndicatorKind.DEADLINE or state.rule is Aggregation.DEADLINE:
        done = state.progress.last_date
        extra = msg.DETAIL_DONE_ON.format(date=done.isoformat()) if done else ""
        return msg.DETAIL_DEADLINE.format(target=target.display()) + extra
    if target.value is None or state.rule is Aggregation.STATUS:
        return msg.DETAIL_QUALITATIVE.format(target=target.display())
    if achieved is None:
        return msg.DETAIL_EMPTY.format(target=target.display())
    completion = format_percent(state.completion) if state.completion is not None else "—"
    figures = {"achieved": shown(achieved), "target": target.display(), "completion": completion}
    if target.direction is Direction.LOWER:
        return msg.DETAIL_CAP.format(**figures)
    if state.rule is Aggregation.LEVEL:
        return msg.DETAIL_LATEST.format(**figures)
    text = msg.DETAIL_QUANTITY.format(**figures)
    if state.due is not None and 0 < state.due < target.value and milestone is None:
        text += msg.DETAIL_DUE.format(due=shown(state.due), unit=target.unit or "")
    if milestone is not None:
        text += msg.DETAIL_MILESTONE.format(month=milestone)
    return text


def indicator_line(state: IndicatorState, *, name: str, milestone: int | None = None) -> str:
    """Returns ``🔴 港澳台籍学生人数：滞后，20 / ≥50人（40%），序时应完成 45.2``."""
    return msg.LINE.format(
        light=light_emoji(state.light),
        name=name,
        status=state.status.value,
        detail=_detail(state, milestone),
    )


def counts_text(state: ProjectState) -> str:
    """Returns ``已完成 3 · 正常 5 · 滞后 4``."""
    return msg.COUNT_SEPARATOR.join(
        msg.HEADLINE_COUNT.format(status=status.value, count=count)
        for status, count in state.counts()
    )


def budget_text(state: ProjectState, *, with_light: bool = True) -> str:
    """Returns ``预算执行 42%（序时 90%）🔴`` (the dot left out for files)."""
    budget = state.budget
    if budget is None:
        return msg.BUDGET_NONE
    return msg.BUDGET.format(
        rate=format_percent(budget.rate),
        elapsed=format_percent(budget.elapsed),
        light=light_emoji(budget.light) if with_light else "",
    )


def headline(state: ProjectState) -> str:
    """Returns one project's headline."""
    return msg.HEADLINE.format(
        light=light_emoji(state.light),
        name=state.project.name,
        total=len(state.indicators),
        counts=counts_text(state),
        budget=budget_text(state),
    )


def summary_text(states: Sequence[ProjectState], *, today: dt.date) -> str:
    """Returns the summary: headlines, the budget rule, then only what needs attention."""
    lines = [summary_header(states, today=today)]
    lines += [headline(state) for state in states]
    lines.append(msg.BUDGET_RULE)
    lines += ["", msg.ATTENTION_HEADER]
    lines += attention_lines(states) or [msg.NO_ATTENTION]
    lines += ["", msg.MORE_HINT]
    return "\n".join(lines)


def summary_header(states: Sequence[ProjectState], *, today: dt.date) -> str:
    """Returns ``进度简报（2026-11-26，序时进度 90%）`` for the projects' budget year."""
    clock = Clock.at(today, states[0].project.year if states else today.year)
    return msg.SUMMARY_HEADER.format(date=today.isoformat(), elapsed=format_percent(clock.elapsed))


def attention_lines(states: Sequence[ProjectState]) -> list[str]:
    """Returns the indicators that need attention, under their project names.

    Those with entries get a line each; those still empty share one line, so that the
    list stays short early in the year.
    """
    lines: list[str] = []
    for state in states:
        attention = state.attention()
        if not attention:
            continue
        names = names_of(state)
        lines.append(msg.ATTENTION_PROJECT.format(name=state.project.name))
        logged = [s for s in attention if s.progress.entries]
        empty = [names[s.indicator.name] for s in attention if not s.progress.entries]
        lines += [indicator_line(s, name=names[s.indicator.name]) for s in logged]
        if empty:
            lines.append(
                msg.ATTENTION_EMPTY.format(count=len(empty), names=msg.NAME_SEPARATOR.join(empty))
            )
    return lines


def project_text(
    state: ProjectState, *, today: dt.date, elapsed: float, milestones: dict[int, int]
) -> str:
    """Returns one project in full: header, headline counts, budget, every indicator."""
    names = names_of(state)
    lines = [
        msg.PROJECT_HEADER.format(
            name=state.project.name,
            year=state.project.year,
            date=today.isoformat(),
            elapsed=format_percent(elapsed),
        ),
        msg.PROJECT_HEADLINE.format(total=len(state.indicators), counts=counts_text(state)),
        budget_text(state),
    ]
    lines += [
        indicator_line(s, name=names[s.indicator.name], milestone=milestones.get(s.indicator.id))
        for s in state.indicators
    ]
    return "\n".join(lines)


def budget_line(state: ProjectState) -> str:
    """Returns one project's budget execution with the money figures."""
    budget = state.budget
    if budget is None:
        return msg.BUDGET_LINE_NONE.format(name=state.project.name)
    return msg.BUDGET_LINE.format(
        light=light_emoji(budget.light),
        name=state.project.name,
        spent=format_wan(budget.spent),
        budget=format_wan(budget.budget),
        rate=format_percent(budget.rate),
    )


def points(value: float) -> str:
    """Returns points with at most two decimals: 1.75, 3.5, 10."""
    return f"{value:.2f}".rstrip("0").rstrip(".")


def score_text(state: ProjectState, estimate: ScoreEstimate) -> str:
    """Returns the estimate, the grade, the group points and the three biggest losses."""
    lines = [
        msg.SCORE_HEADER.format(
            name=state.project.name, total=points(estimate.total), grade=estimate.grade.value
        ),
        msg.SCORE_GROUPS.format(
            output=points(estimate.group_points(ScoreGroup.OUTPUT)),
            outcome=points(estimate.group_points(ScoreGroup.OUTCOME)),
            satisfaction=points(estimate.group_points(ScoreGroup.SATISFACTION)),
            budget=points(estimate.group_points(ScoreGroup.BUDGET)),
        ),
    ]
    losses = estimate.biggest_losses()
    names = names_of(state)
    statuses = {s.indicator.id: s.status.value for s in state.indicators}
    if losses:
        lines.append(msg.SCORE_LOSSES)
    for loss in losses:
        template = {
            RecoveryKind.REACH: msg.SCORE_REACH,
            RecoveryKind.CUT: msg.SCORE_CUT,
            RecoveryKind.ZERO: msg.SCORE_ZERO,
            RecoveryKind.RATE: msg.SCORE_RATE,
        }[loss.recovery]
        lines.append(
            template.format(
                name=names[loss.indicator.name],
                gap=shown(loss.gap) if loss.gap is not None else "",
                unit=loss.indicator.target.unit or "",
                points=points(loss.lost),
                status=statuses[loss.indicator.id],
            )
        )
    if not losses:
        lines.append(msg.SCORE_NO_LOSS)
    lines.append(msg.SCORE_RULE)
    return "\n".join(lines)
