"""Choosing the indicator a question means among scored candidates, or asking back."""

from __future__ import annotations

from typing import TypeGuard

from nlu.answers import Answer, Clarification, IndicatorAnswer
from nlu.matcher import (
    CLEAR_GAP,
    CLOSE_MARGIN,
    CONFIDENT_SCORE,
    MIN_INDICATOR_SCORE,
    STRONG_PRECISION,
    IndicatorMatch,
)

MAX_SUGGESTIONS = 3


def resolve_indicator(matches: list[IndicatorMatch], *, progress: bool) -> Answer | None:
    """Picks the indicator(s) to answer, or asks back when candidates are too close."""
    candidates = [match for match in matches if match.score >= MIN_INDICATOR_SCORE]
    if not candidates:
        return None
    top = candidates[0]
    close = [match for match in candidates if top.score - match.score <= CLOSE_MARGIN]
    projects = {match.indicator.project_id for match in close}
    if len(close) > 1 and len(projects) == len(close):
        # The same indicator in several projects (满意度, 活动完成及时性): one line each.
        return IndicatorAnswer(tuple(match.indicator for match in close), progress=progress)
    runner_up = candidates[1].score if len(candidates) > 1 else 0.0
    if len(close) == 1 and (top.score >= CONFIDENT_SCORE or top.score - runner_up >= CLEAR_GAP):
        return IndicatorAnswer((top.indicator,), progress=progress)
    offered = tuple(match.indicator for match in candidates[:MAX_SUGGESTIONS])
    return Clarification(offered, progress=progress)


def names_indicator(match: IndicatorMatch | None) -> TypeGuard[IndicatorMatch]:
    """Tells whether the question's content words name this indicator."""
    return (
        match is not None
        and match.score >= CONFIDENT_SCORE
        and match.precision >= STRONG_PRECISION
    )
