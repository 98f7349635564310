"""Correcting actuals: /undo, /history with 修改/删除, /audit and /rule for admins.

Nothing is really deleted: entries are marked deleted and every change is audited.
Edits and deletions carry the version that was shown, so two devices cannot overwrite
each other's change unknowingly.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Any

from bot.dialogue import actual_view as view
from bot.dialogue.callbacks import Callback, encode
from bot.dialogue.context import (
    Command,
    Flow,
    FlowStep,
    TurnContext,
)
from bot.dialogue.messages import record as msg
from bot.dialogue.progress import progress_setting
from bot.dialogue.replies import Option, Reply
from knowledge.access import Role
from knowledge.actuals import (
    ActualError,
    Aggregation,
    EntryChanged,
    EntryDeleted,
    EntryNotFound,
    NotANumber,
    Status,
    check_magnitude,
    measure,
    parse_status,
)
from nlu.cues import is_yes
from nlu.dates import parse_day
from nlu.record_parser import parse_quantity, search_indicators
from storage.actuals import (
    EVENT_NAME_MAX_CHARS,
    NOTE_MAX_CHARS,
    Actual,
    ActualUpdate,
    AuditLog,
    aggregation_for,
    delete_entry,
    get_entry,
    last_entry,
    recent_audit,
    recent_entries,
    set_aggregation,
    update_entry,
)

HISTORY = "history"
UNDO = "undo"
HISTORY_SIZE = 8
AUDIT_SIZE = 15


def _may_change(ctx: TurnContext, entry: Actual) -> bool:
    return entry.recorded_by == ctx.turn.user_id or ctx.role is Role.ADMIN


def _after_change(ctx: TurnContext, head: str, entry: Actual) -> str:
    indicator = view.find_indicator(ctx, entry.indicator_id)
    if indicator is None:
        return head
    return f"{head}\n{view.progress_text(ctx, indicator)}"


def _error_text(error: ActualError) -> str:
    if isinstance(error, EntryDeleted):
        return msg.ENTRY_GONE
    if isinstance(error, EntryChanged):
        return msg.ENTRY_CHANGED
    return msg.UNKNOWN_ENTRY


# --- /undo ----------------------------------------------------------------------------


class UndoFlow:
    """``/undo``: shows the user's last entry and removes it once confirmed."""

    name = UNDO

    def start(self, ctx: TurnContext, _args: str) -> FlowStep:
        """Asks about the user's last entry."""
        entry = last_entry(session=ctx.session, user_id=ctx.turn.user_id)
        if entry is None:
            return FlowStep([Reply(msg.NOTHING_TO_UNDO)], None)
        return _ask_undo(ctx, entry)

    def step(self, ctx: TurnContext, state: dict[str, Any]) -> FlowStep:
        """Removes the entry on 确认撤销 (or a typed yes); anything else keeps it."""
        confirmed = ctx.callback.action == "yes" if ctx.callback else is_yes(ctx.turn.text or "")
        if not confirmed:
            return FlowStep([Reply(msg.UNDO_KEPT)], None)
        return FlowStep(_undo(ctx, int(state["actual_id"]), int(state["version"])), None)

    def resume(self, ctx: TurnContext, state: dict[str, Any]) -> FlowStep:
        """Asks again about the same entry."""
        entry = get_entry(session=ctx.session, actual_id=int(state["actual_id"]))
        if entry is None or entry.deleted:
            return FlowStep([Reply(msg.ENTRY_GONE)], None)
        return _ask_undo(ctx, entry)

    def wants_free_text(self, state: dict[str, Any]) -> bool:
        """Only 是 / 否 are expected."""
        return False

    def describe(self, ctx: TurnContext, state: dict[str, Any]) -> str:
        """Names the pending undo."""
        return msg.PENDING_UNDO


def _ask_undo(ctx: TurnContext, entry: Actual) -> FlowStep:
    options = (
        Option(msg.UNDO_YES, encode(UNDO, "yes")),
        Option(msg.UNDO_NO, encode(UNDO, "no")),
    )
    reply = Reply(msg.UNDO_QUESTION.format(entry=view.entry_text(ctx, entry)), options)
    return FlowStep([reply], {"actual_id": entry.id, "version": entry.version})


def _undo(ctx: TurnContext, actual_id: int, version: int) -> list[Reply]:
    """Removes the entry at ``version``; a second try finds it already removed."""
    entry = get_entry(session=ctx.session, actual_id=actual_id)
    if entry is None or not _may_change(ctx, entry):
        return [Reply(msg.UNKNOWN_ENTRY)]
    try:
        delete_entry(
            session=ctx.session, actual_id=actual_id, version=version, author=ctx.author()
        )
    except ActualError as error:
        return [Reply(_error_text(error))]
    return [Reply(_after_change(ctx, msg.UNDONE, entry))]


# --- /history -------------------------------------------------------------------------


class HistoryStage(StrEnum):
    """The question the history flow is waiting on."""

    LIST = "list"
    DELETE = "delete"
    FIELD = "field"
    INPUT = "input"
    CONFIRM = "confirm"
    REVIEW = "review"


@dataclass
class HistoryState:
    """The history flow's JSON state: the entry being changed and the change so far."""

    stage: HistoryStage = HistoryStage.LIST
    actual_id: int | None = None
    version: int = 0
    field: str | None = None
    new_value: str | None = None
    new_status: str | None = None
    new_date: str | None = None
    new_text: str | None = None
    accepted: bool = False

    def to_json(self) -> dict[str, Any]:
        """Returns the state as JSON-serialisable data."""
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> HistoryState:
        """Reads the state written by :meth:`to_json`."""
        return cls(**{**data, "stage": HistoryStage(data.get("stage", "list"))})


class HistoryFlow:
    """Lists recent entries with 修改/删除 and walks through one change."""

    name = HISTORY

    def start(self, ctx: TurnContext, _args: str) -> FlowStep:
        """Lists the user's recent entries (everyone's for admins)."""
        admin = ctx.role is Role.ADMIN
        entries = recent_entries(
            session=ctx.session, user_id=None if admin else ctx.turn.user_id, limit=HISTORY_SIZE
        )
        if not entries:
            return FlowStep([Reply(msg.NO_HISTORY)], None)
        header = msg.HISTORY_HEADER_ALL if admin else msg.HISTORY_HEADER_MINE
        lines = [header.format(count=len(entries))]
        options: list[Option] = []
        for number, entry in enumerate(entries, 1):
            who = entry.recorded_by_name or msg.USER_FALLBACK.format(user_id=entry.recorded_by)
            by = msg.HISTORY_EXTRA_BY.format(who=who) if admin else ""
            lines.append(f"{number}. {view.entry_text(ctx, entry)}{by}")
            label = view.entry_label(ctx, entry)
            options.append(
                Option(
                    msg.HISTORY_EDIT.format(entry=label),
                    encode(HISTORY, "e", entry.id or 0),
                )
            )
            options.append(
                Option(
                    msg.HISTORY_DELETE.format(entry=label),
                    encode(HISTORY, "d", entry.id or 0),
                )
            )
        return FlowStep([Reply("\n".join(lines), tuple(options))], HistoryState().to_json())

    def step(self, ctx: TurnContext, state: dict[str, Any]) -> FlowStep:
        """Takes the chosen entry, field, new value or confirmation."""
        current = HistoryState.from_json(state)
        if ctx.callback is not None:
            return _history_option(ctx, current, ctx.callback)
        return _history_text(ctx, current, (ctx.turn.text or "").strip())

    def resume(self, ctx: TurnContext, state: dict[str, Any]) -> FlowStep:
        """Asks the current question of the change again."""
        current = HistoryState.from_json(state)
        if current.stage is HistoryStage.LIST or current.actual_id is None:
            return self.start(ctx, "")
        if current.stage in (HistoryStage.DELETE, HistoryStage.FIELD):
            kind = "d" if current.stage is HistoryStage.DELETE else "e"
            return _chose_entry(ctx, current, kind, current.actual_id)
        if current.stage is HistoryStage.INPUT:
            return _ask_new(ctx, current, current.field or "value")
        return _review(ctx, current)

    def wants_free_text(self, state: dict[str, Any]) -> bool:
        """A new event name or note takes any text."""
        current = HistoryState.from_json(state)
        return current.stage is HistoryStage.INPUT and current.field in ("note", "event")

    def describe(self, ctx: TurnContext, state: dict[str, Any]) -> str:
        """Names the pending change."""
        return msg.PENDING_HISTORY


def _keep(state: HistoryState, text: str, options: list[Option] | None = None) -> FlowStep:
    return FlowStep([Reply(text, tuple(options or ()))], state.to_json())


def _history_option(ctx: TurnContext, state: HistoryState, callback: Callback) -> FlowStep:
    kind = callback.action
    picked = callback.int_arg()
    if kind in ("e", "d") and picked is not None:
        return _chose_entry(ctx, state, kind, picked)
    if kind == "f" and state.actual_id is not None:
        return _ask_new(ctx, state, callback.arg())
    if kind == "s":
        code = callback.arg()
        state.new_status = view.STATUS_CODES.get(code, Status.ACHIEVED).value
        return _review(ctx, state)
    if kind == "yes" and state.stage is HistoryStage.CONFIRM:
        state.accepted = True
        return _review(ctx, state)
    if kind == "ok":
        return _apply(ctx, state)
    if kind == "dy":
        return _delete(ctx, state)
    if kind in ("no", "dn"):
        return FlowStep([Reply(msg.EDIT_CANCELLED)], None)
    return _keep(state, view.choose_hint(ctx))


def _entry_or_none(ctx: TurnContext, state: HistoryState) -> Actual | None:
    if state.actual_id is None:
        return None
    entry = get_entry(session=ctx.session, actual_id=state.actual_id)
    return entry if entry is not None and not entry.deleted else None


def _chose_entry(ctx: TurnContext, state: HistoryState, kind: str, actual_id: int) -> FlowStep:
    entry = get_entry(session=ctx.session, actual_id=actual_id)
    if entry is None or entry.deleted:
        return FlowStep([Reply(msg.ENTRY_GONE)], None)
    if not _may_change(ctx, entry):
        return FlowStep([Reply(msg.ENTRY_NOT_YOURS)], None)
    state.actual_id, state.version = actual_id, entry.version
    text = view.entry_text(ctx, entry)
    if kind == "d":
        state.stage = HistoryStage.DELETE
        options = [
            Option(msg.DELETE_YES, encode(HISTORY, "dy")),
            Option(msg.CANCEL, encode(HISTORY, "dn")),
        ]
        return _keep(state, msg.DELETE_QUESTION.format(entry=text), options)
    state.stage = HistoryStage.FIELD
    options = [
        Option(msg.FIELD_VALUE, encode(HISTORY, "f", "value")),
        Option(msg.FIELD_DATE, encode(HISTORY, "f", "date")),
        Option(msg.FIELD_EVENT, encode(HISTORY, "f", "event")),
        Option(msg.FIELD_NOTE, encode(HISTORY, "f", "note")),
    ]
    return _keep(state, f"{text}\n{msg.ASK_EDIT_FIELD}", options)


def _rule(ctx: TurnContext, entry: Actual) -> Aggregation | None:
    indicator = view.find_indicator(ctx, entry.indicator_id)
    return None if indicator is None else aggregation_for(session=ctx.session, indicator=indicator)


def _ask_new(ctx: TurnContext, state: HistoryState, what: str, lead: str = "") -> FlowStep:
    entry = _entry_or_none(ctx, state)
    if entry is None:
        return FlowStep([Reply(msg.ENTRY_GONE)], None)
    state.stage, state.field = HistoryStage.INPUT, what
    if what == "date":
        text = msg.ASK_DATE.format(today=ctx.app.today().isoformat())
        return _keep(state, "\n".join(filter(None, [lead, text])))
    if what in ("note", "event"):
        return _keep(
            state,
            "\n".join(filter(None, [lead, msg.ASK_NOTE if what == "note" else msg.ASK_EVENT])),
        )
    indicator = view.find_indicator(ctx, entry.indicator_id)
    rule = _rule(ctx, entry)
    if indicator is None or rule is None or rule is Aggregation.DEADLINE:
        return _keep(state, view.choose_hint(ctx))
    options = view.status_options(HISTORY) if rule is Aggregation.STATUS else []
    question = view.value_question(indicator, rule)
    return _keep(state, "\n".join(filter(None, [lead, question])), options)


def _history_text(ctx: TurnContext, state: HistoryState, text: str) -> FlowStep:
    if state.stage is HistoryStage.CONFIRM:
        if is_yes(text):
            state.accepted = True
            return _review(ctx, state)
        return FlowStep([Reply(msg.EDIT_CANCELLED)], None)
    if state.stage is not HistoryStage.INPUT or not text:
        return _keep(state, view.choose_hint(ctx))
    entry = _entry_or_none(ctx, state)
    if entry is None:
        return FlowStep([Reply(msg.ENTRY_GONE)], None)
    if state.field == "date":
        day = parse_day(text, today=ctx.app.today())
        if day is None:
            return _ask_new(ctx, state, "date", msg.BAD_DATE.format(text=text))
        state.new_date = day.isoformat()
    elif state.field in ("note", "event"):
        limit = NOTE_MAX_CHARS if state.field == "note" else EVENT_NAME_MAX_CHARS
        state.new_text = text[:limit]
    else:
        return _typed_new_value(ctx, state, entry, text)
    return _review(ctx, state)


def _typed_new_value(ctx: TurnContext, state: HistoryState, entry: Actual, text: str) -> FlowStep:
    indicator = view.find_indicator(ctx, entry.indicator_id)
    rule = _rule(ctx, entry)
    assert indicator is not None and rule is not None
    if rule is Aggregation.STATUS:
        status = parse_status(text)
        if status is None:
            return _ask_new(ctx, state, "value", msg.UNKNOWN_STATUS)
        state.new_status = status.value
        return _review(ctx, state)
    quantity = parse_quantity(text)
    try:
        if quantity is None:
            raise NotANumber(text)
        state.new_value = str(measure(quantity, rule=rule, target=indicator.target))
    except ActualError as error:
        return _ask_new(ctx, state, "value", view.reason_text(error))
    return _review(ctx, state)


def _review(ctx: TurnContext, state: HistoryState) -> FlowStep:
    entry = _entry_or_none(ctx, state)
    if entry is None:
        return FlowStep([Reply(msg.ENTRY_GONE)], None)
    indicator = view.find_indicator(ctx, entry.indicator_id)
    if state.new_value is not None and indicator is not None and not state.accepted:
        try:
            check_magnitude(Decimal(state.new_value), target=indicator.target)
        except ActualError as error:
            state.stage = HistoryStage.CONFIRM
            options = [
                Option(msg.YES, encode(HISTORY, "yes")),
                Option(msg.CANCEL, encode(HISTORY, "no")),
            ]
            return _keep(state, view.question_text(error, indicator=indicator), options)
    after = _edited_copy(entry, state)
    state.stage = HistoryStage.REVIEW
    text = msg.EDIT_REVIEW.format(
        before=view.entry_text(ctx, entry), after=view.entry_text(ctx, after)
    )
    options = [
        Option(msg.EDIT_YES, encode(HISTORY, "ok")),
        Option(msg.CANCEL, encode(HISTORY, "no")),
    ]
    return _keep(state, text, options)


def _edited_copy(entry: Actual, state: HistoryState) -> Actual:
    copy = Actual.model_validate(entry.model_dump())
    if state.new_value is not None:
        copy.value = state.new_value
    if state.new_status is not None:
        copy.status = state.new_status
    if state.new_date is not None:
        copy.event_date = dt.date.fromisoformat(state.new_date)
    if state.new_text is not None and state.field == "event":
        copy.event_name = state.new_text
    if state.new_text is not None and state.field == "note":
        copy.note = state.new_text
    return copy


def _apply(ctx: TurnContext, state: HistoryState) -> FlowStep:
    if state.stage is not HistoryStage.REVIEW or state.actual_id is None:
        return _keep(state, view.choose_hint(ctx))
    changes = ActualUpdate(
        value=None if state.new_value is None else Decimal(state.new_value),
        status=None if state.new_status is None else Status(state.new_status),
        event_date=None if state.new_date is None else dt.date.fromisoformat(state.new_date),
        note=state.new_text if state.field == "note" else None,
        event_name=state.new_text if state.field == "event" else None,
    )
    try:
        entry = update_entry(
            session=ctx.session,
            actual_id=state.actual_id,
            changes=changes,
            version=state.version,
            author=ctx.author(),
        )
    except (EntryChanged, EntryDeleted, EntryNotFound) as error:
        return FlowStep([Reply(_error_text(error))], None)
    return FlowStep([Reply(_after_change(ctx, msg.EDITED, entry))], None)


def _delete(ctx: TurnContext, state: HistoryState) -> FlowStep:
    if state.stage is not HistoryStage.DELETE or state.actual_id is None:
        return _keep(state, view.choose_hint(ctx))
    try:
        entry = delete_entry(
            session=ctx.session,
            actual_id=state.actual_id,
            version=state.version,
            author=ctx.author(),
        )
    except (EntryChanged, EntryDeleted, EntryNotFound) as error:
        return FlowStep([Reply(_error_text(error))], None)
    return FlowStep([Reply(_after_change(ctx, msg.DELETED, entry))], None)


# --- /audit and /rule -----------------------------------------------------------------


def audit(ctx: TurnContext, _args: str) -> list[Reply]:
    """Lists the latest changes: who, when, what, before and after."""
    records = recent_audit(session=ctx.session, limit=AUDIT_SIZE)
    if not records:
        return [Reply(msg.NO_AUDIT)]
    lines = [msg.AUDIT_HEADER.format(count=len(records))]
    lines += [_audit_line(ctx, record) for record in records]
    return [Reply("\n".join(lines))]


def _audit_line(ctx: TurnContext, record: AuditLog) -> str:
    if record.draft_id is not None:
        return _draft_audit_line(ctx, record, record.draft_id)
    indicator = (
        view.find_indicator(ctx, record.indicator_id) if record.indicator_id is not None else None
    )
    return msg.AUDIT_LINE.format(
        at=view.local_time(ctx, record.at),
        who=record.user_name or msg.USER_FALLBACK.format(user_id=record.user_id),
        action=msg.AUDIT_ACTIONS.get(record.action, record.action),
        name=indicator.name if indicator else "",
        before=_snapshot_text(record.before),
        after=_snapshot_text(record.after),
    )


def _draft_audit_line(ctx: TurnContext, record: AuditLog, draft_id: int) -> str:
    from bot.dialogue.draft_view import audit_line
    from storage.drafts import get_draft

    draft = get_draft(session=ctx.session, draft_id=draft_id).draft
    return audit_line(record, draft=draft, at=view.local_time(ctx, record.at))


def _snapshot_text(data: str | None) -> str:
    if not data:
        return msg.AUDIT_NOTHING
    snapshot: dict[str, Any] = json.loads(data)
    if "aggregation" in snapshot:
        name: str = snapshot["aggregation"]
        return msg.AGGREGATION_NAMES.get(name, name)
    parts = [
        snapshot.get("value") or snapshot.get("status") or "",
        snapshot.get("event_date") or "",
        snapshot.get("event_name") or "",
        snapshot.get("note") or "",
    ]
    text = " ".join(str(part) for part in parts if part)
    return f"{text} [{msg.AUDIT_ACTIONS['delete']}]" if snapshot.get("deleted") else text


def rule(ctx: TurnContext, args: str) -> list[Reply]:
    """Shows or changes how an indicator's entries add up: ``/rule 满意度 最新``."""
    words = args.split()
    if not words:
        return [Reply(msg.RULE_USAGE)]
    setting = progress_setting(ctx, words)  # 里程碑 / 权重 settings of progress
    if setting is not None:
        return setting
    wanted = msg.AGGREGATION_WORDS.get(words[-1]) if len(words) > 1 else None
    query = " ".join(words[:-1] if wanted else words)
    found = search_indicators(query, ctx.app.catalog.indicators, limit=5)
    exact = [c for c in found if c.score == found[0].score] if found else []
    if not found:
        return [Reply(msg.RULE_UNKNOWN_INDICATOR.format(text=query))]
    if len(exact) > 1 and len({c.indicator.name for c in exact}) > 1:
        names = "\n".join(c.indicator.name for c in exact)
        return [Reply(msg.RULE_AMBIGUOUS.format(text=query, names=names))]
    indicator = found[0].indicator
    if wanted is None:
        current = aggregation_for(session=ctx.session, indicator=indicator)
        return [
            Reply(msg.RULE_SHOW.format(name=indicator.name, rule=msg.AGGREGATION_NAMES[current]))
        ]
    aggregation = Aggregation(wanted)
    set_aggregation(
        session=ctx.session, indicator=indicator, aggregation=aggregation, author=ctx.author()
    )
    return [Reply(msg.RULE_SET.format(name=indicator.name, rule=msg.AGGREGATION_NAMES[wanted]))]


def commands() -> list[Command]:
    """Returns /undo, /history, /audit and /rule."""
    return [
        Command(UNDO, msg.UNDO_DESCRIPTION, flow=UNDO, min_role=Role.STAFF),
        Command(HISTORY, msg.HISTORY_DESCRIPTION, flow=HISTORY, min_role=Role.STAFF),
        Command("audit", msg.AUDIT_DESCRIPTION, audit, min_role=Role.ADMIN),
        Command("rule", msg.RULE_DESCRIPTION, rule, min_role=Role.ADMIN),
    ]


def flows() -> list[Flow]:
    """Returns the history and undo flows."""
    return [HistoryFlow(), UndoFlow()]
