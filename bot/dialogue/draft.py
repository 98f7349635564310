"""``/draft``: next year's 申报表 step by step, checked, then sent back as a file.

The draft itself lives in the database (:mod:`storage.drafts`) and is saved after every
step with a version check; the flow's own state only says where the user is. So a restart
or a second person loses nothing confirmed, and two editors never overwrite each other.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from bot.dialogue import draft_screens as screens
from bot.dialogue import draft_view as view
from bot.dialogue.callbacks import Callback
from bot.dialogue.context import Command, Feature, FlowStep, TurnContext
from bot.dialogue.draft_state import (
    FLOW,
    HEADER_FIELDS,
    MULTI_YEAR_FIELDS,
    TEXT_STAGES,
    Action,
    DraftState,
    Stage,
    button,
)
from bot.dialogue.messages import draft as msg
from bot.dialogue.questions import find_project
from bot.dialogue.replies import Reply
from knowledge.access import Role
from knowledge.draft import (
    Draft,
    DraftChanged,
    DraftRow,
    RowState,
    first_pending,
    insert_row,
    move_up,
    take_all_suggestions,
    take_goal_suggestions,
    take_suggestion,
)
from knowledge.draft_check import (
    CheckCode,
    Finding,
    Severity,
    normalized_target,
    target_problem,
)
from knowledge.levels import LEVEL1_ORDER, LEVEL2_UNDER
from knowledge.values import parse_amount
from storage.actuals import AuditAction
from storage.drafts import (
    DraftStatus,
    StoredDraft,
    get_draft,
    list_drafts,
    open_draft,
    save_draft,
)

# A bare number below this many 元 must say whether it is 元 or 万元.
MIN_BARE_YUAN = Decimal(10000)


def _again(ctx: TurnContext, state: DraftState, lead: str = "") -> FlowStep:
    """Shows the current stage from the stored draft, after ``lead``."""
    return screens.show(ctx, state, screens.load(ctx, state), lead)


class DraftFlow:
    """Header and funding, goal text, each indicator, the check, the export."""

    name = FLOW

    def start(self, ctx: TurnContext, args: str) -> FlowStep:
        """Opens the named project's draft, or lists the drafts and projects to choose from."""
        state = DraftState()
        if args:
            project = find_project(ctx.app, args)
            if project is not None:
                return _open(ctx, state, project.id)
            return _choose(ctx, state, msg.NO_SUCH_PROJECT.format(name=args))
        return _choose(ctx, state, "")

    def step(self, ctx: TurnContext, state: dict[str, Any]) -> FlowStep:
        """Takes a pressed button or typed text at the current stage."""
        current = DraftState.from_json(state)
        if ctx.callback is not None:
            return _on_button(ctx, current, ctx.callback)
        return _on_text(ctx, current, (ctx.turn.text or "").strip())

    def resume(self, ctx: TurnContext, state: dict[str, Any]) -> FlowStep:
        """Shows the current stage again, from the draft as stored now."""
        current = DraftState.from_json(state)
        if current.draft_id is None:
            return _choose(ctx, current, "")
        return screens.show(ctx, current, screens.load(ctx, current), "")

    def describe(self, ctx: TurnContext, state: dict[str, Any]) -> str:
        """Names the draft in progress."""
        current = DraftState.from_json(state)
        if current.draft_id is None:
            return msg.PENDING_DRAFT_EMPTY
        draft = get_draft(session=ctx.session, draft_id=current.draft_id).draft
        return msg.PENDING_DRAFT.format(name=draft.form.name, year=draft.year)

    def wants_free_text(self, state: dict[str, Any]) -> bool:
        """Tells the core that typed text is an answer here, even if it reads like a question."""
        return DraftState.from_json(state).stage in TEXT_STAGES


# --- choosing and opening ---------------------------------------------------------------


def _choose(ctx: TurnContext, state: DraftState, lead: str) -> FlowStep:
    drafts = list_drafts(session=ctx.session)
    lines = [lead] if lead else []
    if drafts:
        lines.append(msg.DRAFTS_HEADER)
        lines += [view.draft_line(d, zone=ctx.app.settings.zone) for d in drafts]
    else:
        lines.append(msg.NO_DRAFTS)
    projects = ctx.app.catalog.projects
    if not projects:
        return FlowStep([Reply("\n".join([*lines, msg.NO_PROJECTS]))], None)
    newest = max(project.year for project in projects)
    options = [
        button(msg.PROJECT_BUTTON.format(name=p.name), Action.PROJECT, p.id)
        for p in projects
        if p.year == newest
    ]
    lines.append(msg.CHOOSE_PROJECT.format(year=newest + 1))
    state.stage = Stage.CHOOSE
    return FlowStep([Reply("\n".join(lines), tuple(options))], state.to_json())


def _open(ctx: TurnContext, state: DraftState, project_id: int) -> FlowStep:
    project = ctx.app.catalog.project(project_id)
    stored = open_draft(session=ctx.session, project=project, author=ctx.author())
    state.draft_id, state.version = stored.id, stored.version
    fresh = stored.version == 1
    if fresh:
        lead = msg.STARTED.format(name=project.name, year=stored.draft.year, source=project.year)
    else:
        lead = msg.RESUMED.format(
            name=project.name,
            year=stored.draft.year,
            who=stored.updated_by_name or msg.UNKNOWN_USER,
            when=view.local_time(stored, zone=ctx.app.settings.zone),
        )
    screens.go_to_next_stage(state, stored.draft)
    return screens.show(ctx, state, stored, lead)


def _save(
    ctx: TurnContext,
    state: DraftState,
    draft: Draft,
    action: AuditAction,
    *,
    status: DraftStatus = DraftStatus.DRAFTING,
) -> StoredDraft | None:
    """Saves the draft at the version the user saw; None when someone saved in between."""
    assert state.draft_id is not None
    try:
        stored = save_draft(
            session=ctx.session,
            draft_id=state.draft_id,
            draft=draft,
            version=state.version,
            author=ctx.author(),
            action=action,
            status=status,
        )
    except DraftChanged:
        return None
    state.version = stored.version
    return stored


def _conflict(ctx: TurnContext, state: DraftState) -> FlowStep:
    """Shows the latest draft after a save was refused because someone else saved first."""
    latest = screens.load(ctx, state)
    state.version = latest.version
    screens.go_to_next_stage(state, latest.draft)
    who = latest.updated_by_name or msg.UNKNOWN_USER
    return screens.show(ctx, state, latest, msg.DRAFT_CHANGED.format(who=who))


# --- showing a stage ---------------------------------------------------------------------


# --- answers -----------------------------------------------------------------------------


def _on_button(ctx: TurnContext, state: DraftState, callback: Callback) -> FlowStep:
    action = _action(callback.action)
    if action is Action.PROJECT:
        project_id = callback.int_arg()
        if project_id is None:
            return _choose(ctx, state, "")
        return _open(ctx, state, project_id)
    if state.draft_id is None or action is None:
        return _choose(ctx, state, "")
    if action is Action.SAVE_EXIT:
        return FlowStep([Reply(msg.SAVED_EXIT)], None)
    stored = screens.load(ctx, state)
    if stored.version != state.version and action not in READ_ONLY_ACTIONS:
        return _conflict(ctx, state)
    handler = BUTTONS.get(action)
    if handler is None:
        return screens.show(ctx, state, stored, msg.CHOOSE_WITH_BUTTONS)
    return handler(ctx, state, stored.draft, callback)


def _action(text: str) -> Action | None:
    try:
        return Action(text)
    except ValueError:
        return None


ButtonHandler = Callable[[TurnContext, DraftState, Draft, Callback], FlowStep]
TextAnswer = Callable[[TurnContext, DraftState, Draft, str], FlowStep]


def _after_save(
    ctx: TurnContext, state: DraftState, draft: Draft, action: AuditAction, lead: str
) -> FlowStep:
    stored = _save(ctx, state, draft, action)
    if stored is None:
        return _conflict(ctx, state)
    return screens.show(ctx, state, stored, lead)


def _keep_header(ctx: TurnContext, state: DraftState, draft: Draft, _: Callback) -> FlowStep:
    draft.header_done = True
    screens.go_to_next_stage(state, draft)
    return _after_save(ctx, state, draft, AuditAction.DRAFT_HEADER, "")


def _field(ctx: TurnContext, state: DraftState, draft: Draft, callback: Callback) -> FlowStep:
    name = callback.arg()
    if name not in HEADER_FIELDS + MULTI_YEAR_FIELDS:
        return _again(ctx, state)
    state.stage, state.field = Stage.AMOUNT, name
    return _again(ctx, state)


def _take_goal(ctx: TurnContext, state: DraftState, draft: Draft, _: Callback) -> FlowStep:
    take_goal_suggestions(draft)
    draft.goal_done = True
    screens.go_to_next_stage(state, draft)
    return _after_save(ctx, state, draft, AuditAction.DRAFT_GOAL, msg.GOAL_TAKEN)


def _keep_goal(ctx: TurnContext, state: DraftState, draft: Draft, _: Callback) -> FlowStep:
    draft.goal_done = True
    screens.go_to_next_stage(state, draft)
    return _after_save(ctx, state, draft, AuditAction.DRAFT_GOAL, msg.GOAL_KEPT)


def _edit_goal(ctx: TurnContext, state: DraftState, draft: Draft, _: Callback) -> FlowStep:
    state.stage = Stage.GOAL_TEXT
    return _again(ctx, state)


def _next_row(state: DraftState, draft: Draft) -> None:
    """Moves to the next row: every row when reviewing, else the next one still pending."""
    for index in range(state.row + 1, len(draft.rows)):
        if state.review or draft.rows[index].state is RowState.PENDING:
            state.row = index
            return
    pending = None if state.review else first_pending(draft)
    state.stage = Stage.CHECK if pending is None else Stage.ROW
    state.row = pending or 0


def _decide(ctx: TurnContext, state: DraftState, draft: Draft, template: str) -> FlowStep:
    row = draft.rows[state.row]
    lead = template.format(name=row.name, target=row.target)
    _next_row(state, draft)
    return _after_save(ctx, state, draft, AuditAction.DRAFT_ROW, lead)


def _take(ctx: TurnContext, state: DraftState, draft: Draft, _: Callback) -> FlowStep:
    suggestion = screens.suggestion(ctx, draft, state.row)
    if suggestion is not None:
        take_suggestion(draft, state.row, suggestion)
    return _decide(ctx, state, draft, msg.ROW_TAKEN)


def _keep(ctx: TurnContext, state: DraftState, draft: Draft, _: Callback) -> FlowStep:
    row = draft.rows[state.row]
    suggestion = screens.suggestion(ctx, draft, state.row)
    # The value stays; a year or an edition in the name still moves on.
    row.name = suggestion.name if suggestion is not None else row.name
    row.target = row.source_target or row.target
    row.state = RowState.KEPT if row.source_id is not None else RowState.ADDED
    return _decide(ctx, state, draft, msg.ROW_KEPT)


def _change(ctx: TurnContext, state: DraftState, draft: Draft, _: Callback) -> FlowStep:
    state.stage, state.name = Stage.ROW_VALUE, None
    return _again(ctx, state)


def _delete(ctx: TurnContext, state: DraftState, draft: Draft, _: Callback) -> FlowStep:
    draft.rows[state.row].state = RowState.DELETED
    return _decide(ctx, state, draft, msg.ROW_DELETED)


def _up(ctx: TurnContext, state: DraftState, draft: Draft, _: Callback) -> FlowStep:
    state.row = move_up(draft, state.row)
    return _after_save(ctx, state, draft, AuditAction.DRAFT_MOVE, msg.ROW_MOVED)


def _add(ctx: TurnContext, state: DraftState, draft: Draft, _: Callback) -> FlowStep:
    state.stage, state.level1, state.level2, state.name = Stage.ADD_LEVEL1, None, None, None
    return _again(ctx, state)


def _level1(ctx: TurnContext, state: DraftState, draft: Draft, callback: Callback) -> FlowStep:
    index = callback.int_arg()
    if index is None or index >= len(LEVEL1_ORDER):
        return _again(ctx, state)
    state.stage, state.level1 = Stage.ADD_LEVEL2, LEVEL1_ORDER[index]
    return _again(ctx, state)


def _level2(ctx: TurnContext, state: DraftState, draft: Draft, callback: Callback) -> FlowStep:
    names = LEVEL2_UNDER[state.level1 or LEVEL1_ORDER[0]]
    index = callback.int_arg()
    if index is None or index >= len(names):
        return _again(ctx, state)
    state.stage, state.level2 = Stage.ADD_NAME, names[index]
    return _again(ctx, state)


def _take_all(ctx: TurnContext, state: DraftState, draft: Draft, _: Callback) -> FlowStep:
    draft.header_done = True
    if not draft.goal_done:
        take_goal_suggestions(draft)
        draft.goal_done = True
    count = take_all_suggestions(draft, progress=ctx.progress_of)
    state.stage, state.review = Stage.CHECK, False
    return _after_save(
        ctx, state, draft, AuditAction.DRAFT_TAKE_ALL, msg.ALL_TAKEN.format(count=count)
    )


def _accept(ctx: TurnContext, state: DraftState, draft: Draft, callback: Callback) -> FlowStep:
    warnings = _open_warnings(ctx, draft)
    number = callback.int_arg()
    if number is None or not 1 <= number <= len(warnings):
        return _again(ctx, state)
    finding = warnings[number - 1]
    draft.accepted.append(finding.key)
    lead = msg.WARNING_ACCEPTED.format(text=view.finding_text(finding, year=draft.year))
    return _after_save(ctx, state, draft, AuditAction.DRAFT_ACCEPT, lead)


def _accept_all(ctx: TurnContext, state: DraftState, draft: Draft, _: Callback) -> FlowStep:
    warnings = _open_warnings(ctx, draft)
    draft.accepted += [finding.key for finding in warnings]
    lead = msg.WARNINGS_ACCEPTED.format(count=len(warnings))
    return _after_save(ctx, state, draft, AuditAction.DRAFT_ACCEPT, lead)


def _open_warnings(ctx: TurnContext, draft: Draft) -> list[Finding]:
    findings = screens.findings(ctx, draft)
    if any(f.severity is Severity.ERROR for f in findings):
        return []
    return [f for f in findings if f.key not in draft.accepted]


def _edit_header(ctx: TurnContext, state: DraftState, draft: Draft, _: Callback) -> FlowStep:
    state.stage = Stage.HEADER
    return _again(ctx, state)


def _edit_goal_again(ctx: TurnContext, state: DraftState, draft: Draft, _: Callback) -> FlowStep:
    state.stage = Stage.GOAL
    return _again(ctx, state)


def _edit_rows(ctx: TurnContext, state: DraftState, draft: Draft, _: Callback) -> FlowStep:
    state.stage, state.row, state.review = Stage.ROW, _first_row_with_error(ctx, draft), True
    return _again(ctx, state)


def _first_row_with_error(ctx: TurnContext, draft: Draft) -> int:
    """Returns the draft row of the first finding naming a row (0 when none does)."""
    active = [index for index, row in enumerate(draft.rows) if row.active]
    for finding in screens.findings(ctx, draft):
        if finding.row is not None and finding.key not in draft.accepted:
            return active[finding.row - 1]
    return 0


def _export(ctx: TurnContext, state: DraftState, draft: Draft, callback: Callback) -> FlowStep:
    export_format = view.export_format(callback.arg())
    if _open_findings(ctx, draft) or export_format is None:
        return _again(ctx, state)
    form = draft.to_form()
    document = view.export_file(form, export_format)
    stored = _save(ctx, state, draft, AuditAction.DRAFT_EXPORT, status=DraftStatus.EXPORTED)
    if stored is None:
        return _conflict(ctx, state)
    sent = Reply(msg.EXPORTED.format(name=form.name, year=form.year), document=document)
    step = screens.show(ctx, state, stored, "")
    return FlowStep([sent, *step.replies], step.state)


def _open_findings(ctx: TurnContext, draft: Draft) -> list[Finding]:
    return [f for f in screens.findings(ctx, draft) if f.key not in draft.accepted]


BUTTONS: dict[Action, ButtonHandler] = {
    Action.KEEP_HEADER: _keep_header,
    Action.FIELD: _field,
    Action.TAKE_GOAL: _take_goal,
    Action.KEEP_GOAL: _keep_goal,
    Action.EDIT_GOAL: _edit_goal,
    Action.TAKE: _take,
    Action.KEEP: _keep,
    Action.CHANGE: _change,
    Action.DELETE: _delete,
    Action.UP: _up,
    Action.ADD: _add,
    Action.TAKE_ALL: _take_all,
    Action.LEVEL1: _level1,
    Action.LEVEL2: _level2,
    Action.ACCEPT: _accept,
    Action.ACCEPT_ALL: _accept_all,
    Action.EDIT_HEADER: _edit_header,
    Action.EDIT_GOAL_AGAIN: _edit_goal_again,
    Action.EDIT_ROWS: _edit_rows,
    Action.EXPORT: _export,
}
# Buttons that only move the user around; they do not need the newest version.
READ_ONLY_ACTIONS = frozenset(
    {
        Action.FIELD,
        Action.EDIT_GOAL,
        Action.CHANGE,
        Action.ADD,
        Action.LEVEL1,
        Action.LEVEL2,
        Action.EDIT_HEADER,
        Action.EDIT_GOAL_AGAIN,
        Action.EDIT_ROWS,
    }
)


def _on_text(ctx: TurnContext, state: DraftState, text: str) -> FlowStep:
    if state.draft_id is None:
        project = find_project(ctx.app, text) if text else None
        if project is None:
            return _choose(ctx, state, msg.NO_SUCH_PROJECT.format(name=text))
        return _open(ctx, state, project.id)
    stored = screens.load(ctx, state)
    handler = TEXTS.get(state.stage)
    if handler is None:
        return screens.show(ctx, state, stored, msg.CHOOSE_WITH_BUTTONS)
    if stored.version != state.version:
        return _conflict(ctx, state)
    return handler(ctx, state, stored.draft, text)


def _amount(ctx: TurnContext, state: DraftState, draft: Draft, text: str) -> FlowStep:
    amount = parse_amount(text)
    name = state.field or "annual_total"
    if amount is None or amount < 0:
        return _again(ctx, state, msg.BAD_AMOUNT.format(text=text))
    if amount and amount < MIN_BARE_YUAN and not any(unit in text for unit in ("元", "万")):
        # 45 is more likely 45万元 than 45元: ask rather than guess.
        return _again(ctx, state, msg.AMOUNT_NEEDS_UNIT.format(text=text.strip()))
    funding = draft.form.funding
    follows = (
        name == "annual_total"
        and funding.annual_appropriation == funding.annual_total
        and not funding.annual_carry_over
        and not funding.annual_other
    )
    setattr(funding, name, amount)
    lead = msg.AMOUNT_SET.format(field=msg.FUNDING_FIELDS[name], amount=view.amount_text(amount))
    if follows:
        funding.annual_appropriation = amount
        lead += msg.APPROPRIATION_FOLLOWS
    state.stage, state.field = Stage.HEADER, None
    return _after_save(ctx, state, draft, AuditAction.DRAFT_HEADER, lead)


def _goal_typed(ctx: TurnContext, state: DraftState, draft: Draft, text: str) -> FlowStep:
    if not text:
        return _again(ctx, state, msg.GOAL_EMPTY)
    draft.form.annual_goal = text
    draft.goal_done = True
    screens.go_to_next_stage(state, draft)
    return _after_save(
        ctx, state, draft, AuditAction.DRAFT_GOAL, msg.GOAL_SET.format(chars=len(text))
    )


def _target_problem(text: str, year: int) -> str | None:
    problem = target_problem(text, year=year) if text else CheckCode.BAD_TARGET
    if problem is None:
        return None
    if problem is CheckCode.DEADLINE_OUTSIDE_YEAR:
        return msg.DEADLINE_NOT_IN_YEAR.format(text=text, year=year)
    return msg.BAD_TARGET.format(text=text, year=year)


def _row_value(ctx: TurnContext, state: DraftState, draft: Draft, text: str) -> FlowStep:
    problem = _target_problem(text, draft.year)
    if problem is not None:
        return _again(ctx, state, problem)
    row = draft.rows[state.row]
    suggestion = screens.suggestion(ctx, draft, state.row)
    row.name = suggestion.name if suggestion is not None else row.name
    row.target = normalized_target(text)
    row.state = RowState.CHANGED if row.source_id is not None else RowState.ADDED
    state.stage = Stage.ROW
    return _decide(ctx, state, draft, msg.ROW_CHANGED)


def _row_name(ctx: TurnContext, state: DraftState, draft: Draft, text: str) -> FlowStep:
    name = " ".join(text.split())
    if not name:
        return _again(ctx, state, msg.ROW_NAME_EMPTY)
    taken = {"".join(row.name.split()) for row in draft.rows if row.active}
    if "".join(name.split()) in taken:
        return _again(ctx, state, msg.ROW_NAME_DUPLICATE.format(name=name))
    state.stage, state.name = Stage.ADD_TARGET, name
    return _again(ctx, state)


def _row_target(ctx: TurnContext, state: DraftState, draft: Draft, text: str) -> FlowStep:
    problem = _target_problem(text, draft.year)
    if problem is not None:
        return _again(ctx, state, problem)
    assert state.level1 is not None and state.level2 is not None and state.name is not None
    row = DraftRow(
        level1=state.level1,
        level2=state.level2,
        name=state.name,
        target=normalized_target(text),
        state=RowState.ADDED,
    )
    if insert_row(draft, row) <= state.row:
        state.row += 1
    lead = msg.ROW_ADDED.format(
        level1=row.level1, level2=row.level2, name=row.name, target=row.target
    )
    state.stage, state.name = Stage.ROW, None
    return _after_save(ctx, state, draft, AuditAction.DRAFT_ADD, lead)


TEXTS: dict[Stage, TextAnswer] = {
    Stage.AMOUNT: _amount,
    Stage.GOAL_TEXT: _goal_typed,
    Stage.ROW_VALUE: _row_value,
    Stage.ADD_NAME: _row_name,
    Stage.ADD_TARGET: _row_target,
}


def feature() -> Feature:
    """Returns drafting with its command and flow, and the preview of a sent-back export."""
    from bot.dialogue import import_preview as preview

    return Feature(
        commands=[Command(FLOW, msg.DRAFT_DESCRIPTION, flow=FLOW, min_role=Role.STAFF)],
        flows=[DraftFlow(), preview.ImportPreviewFlow()],
        document_flow=lambda ctx: preview.FLOW if preview.wants_preview(ctx) else None,
    )
