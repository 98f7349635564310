"""What each stage of ``/draft`` shows: the card text and its buttons."""

from __future__ import annotations

from bot.dialogue import draft_view as view
from bot.dialogue.context import FlowStep, TurnContext
from bot.dialogue.draft_state import (
    HEADER_FIELDS,
    MULTI_YEAR_FIELDS,
    Action,
    DraftState,
    Stage,
    button,
)
from bot.dialogue.messages import draft as msg
from bot.dialogue.replies import Option, Reply
from knowledge.draft import Draft, achieved_by_position, first_pending, suggestion_for
from knowledge.draft_check import Finding, Severity, check_form
from knowledge.drafting import Suggestion
from knowledge.levels import LEVEL1_ORDER, LEVEL2_UNDER
from storage.drafts import StoredDraft, get_draft


def load(ctx: TurnContext, state: DraftState) -> StoredDraft:
    assert state.draft_id is not None
    return get_draft(session=ctx.session, draft_id=state.draft_id)


def go_to_next_stage(state: DraftState, draft: Draft) -> None:
    """Moves to the first thing not yet decided: header, goal, a row, else the check."""
    if not draft.header_done:
        state.stage = Stage.HEADER
    elif not draft.goal_done:
        state.stage = Stage.GOAL
    else:
        pending = first_pending(draft)
        state.stage = Stage.CHECK if pending is None else Stage.ROW
        state.row = pending or 0
        state.review = False


def show(ctx: TurnContext, state: DraftState, stored: StoredDraft, lead: str) -> FlowStep:
    draft = stored.draft
    shows = {
        Stage.HEADER: _show_header,
        Stage.GOAL: _show_goal,
        Stage.ROW: _show_row,
        Stage.CHECK: _show_check,
        Stage.ADD_LEVEL1: _show_level1,
        Stage.ADD_LEVEL2: _show_level2,
    }
    show = shows.get(state.stage)
    if show is not None:
        text, options = show(ctx, state, draft)
    else:
        text, options = _question(ctx, state, draft), []
    body = "\n\n".join(part for part in (lead, text) if part)
    return FlowStep([Reply(body, tuple(options))], state.to_json())


ShowResult = tuple[str, list[Option]]


def _show_header(ctx: TurnContext, state: DraftState, draft: Draft) -> ShowResult:
    fields = HEADER_FIELDS + (MULTI_YEAR_FIELDS if draft.multi_year else ())
    options = [button(msg.KEEP_UNCHANGED, Action.KEEP_HEADER)]
    options += [
        button(msg.CHANGE_FIELD.format(field=msg.FUNDING_FIELDS[name]), Action.FIELD, name)
        for name in fields
    ]
    options += [button(msg.TAKE_ALL, Action.TAKE_ALL), button(msg.SAVE_EXIT, Action.SAVE_EXIT)]
    return view.header_text(draft) + "\n" + msg.ASK_FUNDING_FIELD, options


def _show_goal(ctx: TurnContext, state: DraftState, draft: Draft) -> ShowResult:
    text = view.goal_text(draft)
    options = []
    if view.goal_has_suggestion(draft):
        options.append(button(msg.TAKE, Action.TAKE_GOAL))
    options += [
        button(msg.KEEP_GOAL, Action.KEEP_GOAL),
        button(msg.EDIT_GOAL, Action.EDIT_GOAL),
        button(msg.TAKE_ALL, Action.TAKE_ALL),
        button(msg.SAVE_EXIT, Action.SAVE_EXIT),
    ]
    return text, options


def suggestion(ctx: TurnContext, draft: Draft, index: int) -> Suggestion | None:
    return suggestion_for(draft, index, progress=ctx.progress_of)


def _show_row(ctx: TurnContext, state: DraftState, draft: Draft) -> ShowResult:
    state.row = min(state.row, len(draft.rows) - 1)
    found = suggestion(ctx, draft, state.row)
    options = []
    if found is not None:
        options.append(button(msg.TAKE, Action.TAKE))
    options += [
        button(msg.KEEP, Action.KEEP),
        button(msg.CHANGE, Action.CHANGE),
        button(msg.DELETE, Action.DELETE),
        button(msg.MOVE_UP, Action.UP),
        button(msg.ADD_ROW, Action.ADD),
        button(msg.TAKE_ALL, Action.TAKE_ALL),
        button(msg.SAVE_EXIT, Action.SAVE_EXIT),
    ]
    return view.row_card(draft, state.row, found), options


def _show_level1(ctx: TurnContext, state: DraftState, draft: Draft) -> ShowResult:
    options = [button(name, Action.LEVEL1, i) for i, name in enumerate(LEVEL1_ORDER)]
    return msg.ASK_LEVEL1, options


def _show_level2(ctx: TurnContext, state: DraftState, draft: Draft) -> ShowResult:
    assert state.level1 is not None
    names = LEVEL2_UNDER[state.level1]
    options = [button(name, Action.LEVEL2, i) for i, name in enumerate(names)]
    return msg.ASK_LEVEL2.format(level1=state.level1), options


def _question(ctx: TurnContext, state: DraftState, draft: Draft) -> str:
    if state.stage is Stage.AMOUNT:
        return msg.ASK_AMOUNT.format(field=msg.FUNDING_FIELDS[state.field or "annual_total"])
    if state.stage is Stage.GOAL_TEXT:
        return msg.ASK_GOAL_TEXT
    if state.stage is Stage.ADD_NAME:
        return msg.ASK_ROW_NAME
    name = state.name or draft.rows[state.row].name
    return msg.ASK_NEW_TARGET.format(name=name, year=draft.year)


def findings(ctx: TurnContext, draft: Draft) -> list[Finding]:
    actuals = achieved_by_position(draft, progress=ctx.progress_of)
    return check_form(draft.to_form(), actuals=actuals)


def _show_check(ctx: TurnContext, state: DraftState, draft: Draft) -> ShowResult:
    every = findings(ctx, draft)
    open_ = [f for f in every if f.key not in draft.accepted]
    errors = [f for f in open_ if f.severity is Severity.ERROR]
    warnings = [f for f in open_ if f.severity is Severity.WARNING]
    options: list[Option] = []
    if not errors:
        options += [
            button(msg.ACCEPT_WARNING.format(number=n), Action.ACCEPT, n)
            for n in range(1, len(warnings) + 1)
        ]
        if len(warnings) > 1:
            options.append(button(msg.ACCEPT_ALL_WARNINGS, Action.ACCEPT_ALL))
    if not errors and not warnings:
        options += [
            button(msg.XLSX, Action.EXPORT, view.ExportFormat.XLSX.value),
            button(msg.DOCX, Action.EXPORT, view.ExportFormat.DOCX.value),
        ]
    options += [
        button(msg.EDIT_HEADER_BUTTON, Action.EDIT_HEADER),
        button(msg.EDIT_GOAL_BUTTON, Action.EDIT_GOAL_AGAIN),
        button(msg.EDIT_ROWS_BUTTON, Action.EDIT_ROWS),
        button(msg.SAVE_EXIT, Action.SAVE_EXIT),
    ]
    text = view.findings_text(open_, year=draft.year)
    if not open_ and every:
        text = msg.CHECK_OK_ACCEPTED.format(count=len(every))
    return f"{msg.CHECK_HEADER}\n{text}", options
