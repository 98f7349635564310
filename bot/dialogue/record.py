"""Recording actuals: guided ``/record`` and one-message ``记录 11月20日 … 3人``.

The flow fills a draft slot by slot (project, indicators, values, date, event), asking
only for what is missing, then shows one summary. 确认 carries a token that becomes the
entries' idempotency keys, so a double tap or a second device never saves twice.
"""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from decimal import Decimal
from enum import StrEnum
from typing import Any

from bot.dialogue import actual_view as view
from bot.dialogue.callbacks import Callback, encode
from bot.dialogue.context import Command, Feature, FlowStep, TurnContext
from bot.dialogue.messages import record as msg
from bot.dialogue.questions import find_project
from bot.dialogue.replies import Option, Reply
from knowledge.access import Role
from knowledge.actuals import (
    ActualError,
    Aggregation,
    NotANumber,
    Quantity,
    Questionable,
    Status,
    UnknownStatus,
    check_date,
    check_magnitude,
    measure,
    parse_status,
    status_word_at_end,
)
from knowledge.catalog import IndicatorInfo, ProjectInfo
from knowledge.model import format_number
from knowledge.units import TEN_THOUSAND
from nlu.cues import is_no, is_yes, record_trigger
from nlu.dates import parse_day
from nlu.record_parser import (
    ParsedItem,
    parse_quantity,
    parse_record,
    search_indicators,
)
from storage.actuals import (
    EVENT_NAME_MAX_CHARS,
    NOTE_MAX_CHARS,
    ActualCreate,
    save_entries,
    usage_counts,
)

FLOW = "record"
MAX_INDICATOR_OPTIONS = 8
MONEY_UNIT_CODES = {"万元": "w", "元": "y"}
MAX_CANDIDATES = 6


class Stage(StrEnum):
    """The question a record flow is waiting on."""

    START = ""
    PROJECT = "project"
    INDICATOR = "indicator"
    VALUE = "value"
    UNIT = "unit"
    DATE = "date"
    EVENT = "event"
    NOTE = "note"
    CONFIRM = "confirm"
    SUMMARY = "summary"
    EDIT = "edit"


@dataclass
class DraftItem:
    """One indicator's part of the draft: the quantity as typed, then as measured."""

    indicator_id: int | None = None
    candidates: list[int] = field(default_factory=list)
    quantity: dict[str, Any] | None = None
    value: str | None = None
    status: str | None = None


@dataclass
class Draft:
    """Everything known so far about the event being recorded (the flow's JSON state)."""

    stage: Stage = Stage.START
    guided: bool = True
    project_id: int | None = None
    items: list[DraftItem] = field(default_factory=list)
    current: int = 0
    date: str | None = None
    event: str | None = None
    event_asked: bool = False
    note: str | None = None
    accepted: list[str] = field(default_factory=list)
    warning: str | None = None
    token: str | None = None
    message_id: int | None = None
    shown: list[int] = field(default_factory=list)
    page: int = 0

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Draft:
        """Reads the state written by :meth:`to_json`."""
        items = [DraftItem(**item) for item in data.get("items", [])]
        return cls(**{**data, "items": items, "stage": Stage(data.get("stage", ""))})

    def to_json(self) -> dict[str, Any]:
        """Returns the draft as JSON-serialisable data."""
        return asdict(self)


def _quantity_json(quantity: Quantity) -> dict[str, Any]:
    return {
        "number": str(quantity.number),
        "unit": quantity.unit,
        "text": quantity.text,
        "wan": quantity.wan,
        "approximate": quantity.approximate,
    }


def _quantity_from(data: dict[str, Any]) -> Quantity:
    return Quantity(
        Decimal(data["number"]),
        data["unit"],
        data["text"],
        data["wan"],
        bool(data.get("approximate", False)),
    )


class RecordFlow:
    """Guided and one-message recording, ending in one summary with 确认/修改/取消."""

    name = FLOW

    def start(self, ctx: TurnContext, args: str) -> FlowStep:
        """Starts from ``/record``, ``/record <text>`` or ``记录 <text>``."""
        draft = Draft(message_id=ctx.turn.message_id)
        if args:
            _fill_from_message(ctx, draft, args)
        return _advance(ctx, draft)

    def step(self, ctx: TurnContext, state: dict[str, Any]) -> FlowStep:
        """Takes a pressed option or a typed answer to the current question."""
        draft = Draft.from_json(state)
        if ctx.callback is not None:
            return _on_option(ctx, draft, ctx.callback)
        return _on_text(ctx, draft, (ctx.turn.text or "").strip())

    def resume(self, ctx: TurnContext, state: dict[str, Any]) -> FlowStep:
        """Asks the current question again."""
        return _repeat(ctx, Draft.from_json(state), "")

    def wants_free_text(self, state: dict[str, Any]) -> bool:
        """The event name and the note take any text."""
        return Draft.from_json(state).stage in (Stage.EVENT, Stage.NOTE)

    def describe(self, ctx: TurnContext, state: dict[str, Any]) -> str:
        """Names the pending log by its indicators (``登记：活动参与人数``)."""
        draft = Draft.from_json(state)
        names = [
            _indicator(ctx, item.indicator_id).name
            for item in draft.items
            if item.indicator_id is not None
        ]
        return msg.PENDING_RECORD.format(what="、".join(names) or msg.PENDING_RECORD_EMPTY)


def _fill_from_message(ctx: TurnContext, draft: Draft, text: str) -> None:
    parsed = parse_record(
        text,
        catalog=ctx.app.catalog,
        today=ctx.app.today(),
        rule_for=view.rule_lookup(ctx),
    )
    draft.items = [_draft_item(item) for item in parsed.items]
    draft.guided = not draft.items
    draft.event_asked = bool(draft.items)
    draft.event, draft.note = parsed.event, parsed.note
    if parsed.approximate:
        _mark_approximate(draft)
    draft.date = parsed.date.isoformat() if parsed.date else None
    if parsed.project is not None:
        draft.project_id = parsed.project.id
    else:
        chosen = {item.indicator.project_id for item in parsed.items if item.indicator}
        draft.project_id = chosen.pop() if len(chosen) == 1 else None


def _draft_item(item: ParsedItem) -> DraftItem:
    return DraftItem(
        indicator_id=item.indicator.id if item.indicator else None,
        candidates=[c.indicator.id for c in item.candidates[:MAX_CANDIDATES]],
        quantity=_quantity_json(item.quantity) if item.quantity else None,
        status=item.status.value if item.status else None,
    )


# --- asking for what is missing -------------------------------------------------------


def _advance(ctx: TurnContext, draft: Draft, lead: str = "") -> FlowStep:
    """Asks the next missing thing, or shows the summary when nothing is missing."""
    catalog = ctx.app.catalog
    if draft.project_id is None and len(catalog.projects) == 1:
        draft.project_id = catalog.projects[0].id
    if not draft.items:
        if draft.project_id is None:
            return _ask_project(ctx, draft, lead)
        draft.items = [DraftItem()]
    for index, item in enumerate(draft.items):
        if item.indicator_id is None:
            if draft.project_id is None and not item.candidates:
                return _ask_project(ctx, draft, lead)
            return _ask_indicator(ctx, draft, index, lead)
        if item.value is None and item.status is None:
            if item.quantity is None:
                return _ask_value(ctx, draft, index, lead)
            quantity = _quantity_from(item.quantity)
            if _money_unit_unclear(ctx, item, quantity):
                return _ask_unit(draft, index, quantity, lead)
            try:
                _measure_into(ctx, item, quantity)
            except ActualError as error:
                item.quantity = None
                return _ask_value(ctx, draft, index, _join(lead, view.reason_text(error)))
    if draft.date is None:
        if draft.guided:
            return _ask_date(ctx, draft, lead)
        draft.date = ctx.app.today().isoformat()
    if not draft.event_asked:
        return _ask_event(draft, lead)
    return _check_or_summarise(ctx, draft, lead)


def _join(*parts: str) -> str:
    return "\n".join(part for part in parts if part)


def _indicator(ctx: TurnContext, indicator_id: int) -> IndicatorInfo:
    return ctx.app.catalog.indicator(indicator_id)


def _project(ctx: TurnContext, draft: Draft) -> ProjectInfo | None:
    if draft.project_id is not None:
        return ctx.app.catalog.project(draft.project_id)
    for item in draft.items:
        if item.indicator_id is not None:
            return ctx.app.catalog.project(_indicator(ctx, item.indicator_id).project_id)
    return None


def _ask(draft: Draft, stage: Stage, text: str, options: list[Option] | None = None) -> FlowStep:
    draft.stage = stage
    return FlowStep([Reply(text, tuple(options or ()))], draft.to_json())


def _ask_project(ctx: TurnContext, draft: Draft, lead: str) -> FlowStep:
    options = [
        Option(project.name, encode(FLOW, "p", project.id)) for project in ctx.app.catalog.projects
    ]
    return _ask(draft, Stage.PROJECT, _join(lead, msg.ASK_PROJECT), options)


def _ask_indicator(ctx: TurnContext, draft: Draft, index: int, lead: str) -> FlowStep:
    draft.current = index
    item = draft.items[index]
    ids = [i for i in item.candidates if _in_project(ctx, draft, i)] or _most_used(ctx, draft)
    pages = max(1, -(-len(ids) // MAX_INDICATOR_OPTIONS))
    draft.page = draft.page % pages
    start = draft.page * MAX_INDICATOR_OPTIONS
    draft.shown = ids[start : start + MAX_INDICATOR_OPTIONS]
    quantity = item.quantity["text"] if item.quantity else None
    question = msg.ASK_INDICATOR_FOR.format(value=quantity) if quantity else msg.ASK_INDICATOR
    options = _indicator_options(ctx, draft.shown)
    if pages > 1:  # One screen at a time; 更多 goes on, and back to the first page at the end.
        options.append(
            Option(msg.MORE.format(page=draft.page + 1, pages=pages), encode(FLOW, "m"))
        )
    return _ask(draft, Stage.INDICATOR, _join(lead, question), options)


def _more_indicators(ctx: TurnContext, draft: Draft, _args: list[str]) -> FlowStep:
    draft.page += 1
    return _ask_indicator(ctx, draft, draft.current, "")


def _in_project(ctx: TurnContext, draft: Draft, indicator_id: int) -> bool:
    return draft.project_id is None or _indicator(ctx, indicator_id).project_id == draft.project_id


def _most_used(ctx: TurnContext, draft: Draft) -> list[int]:
    project = _project(ctx, draft)
    indicators = project.indicators if project else ctx.app.catalog.indicators
    counts = usage_counts(session=ctx.session)
    ranked = sorted(indicators, key=lambda ind: (-counts.get(ind.id, 0), ind.position))
    return [indicator.id for indicator in ranked]


def _indicator_options(ctx: TurnContext, ids: list[int]) -> list[Option]:
    indicators = [_indicator(ctx, i) for i in ids]
    several_projects = len({ind.project_id for ind in indicators}) > 1
    return [
        Option(
            view.indicator_label(
                ctx, ind, ctx.app.catalog.project(ind.project_id) if several_projects else None
            ),
            encode(FLOW, "i", ind.id),
        )
        for ind in indicators
    ]


def _ask_value(ctx: TurnContext, draft: Draft, index: int, lead: str) -> FlowStep:
    draft.current = index
    item = draft.items[index]
    assert item.indicator_id is not None
    indicator = _indicator(ctx, item.indicator_id)
    rule = view.rule_of(ctx, indicator)
    question = _join(lead, view.value_question(indicator, rule))
    if rule is Aggregation.STATUS:
        return _ask(draft, Stage.VALUE, question, view.status_options(FLOW))
    if rule is Aggregation.DEADLINE:
        return _ask(draft, Stage.VALUE, question, [Option(msg.DONE, encode(FLOW, "s", "a"))])
    return _ask(draft, Stage.VALUE, question)


def _ask_date(ctx: TurnContext, draft: Draft, lead: str) -> FlowStep:
    options = [
        Option(msg.TODAY, encode(FLOW, "d", "0")),
        Option(msg.YESTERDAY, encode(FLOW, "d", "1")),
    ]
    text = msg.ASK_DATE.format(today=ctx.app.today().isoformat())
    return _ask(draft, Stage.DATE, _join(lead, text), options)


def _ask_event(draft: Draft, lead: str) -> FlowStep:
    return _ask(
        draft, Stage.EVENT, _join(lead, msg.ASK_EVENT), [Option(msg.SKIP, encode(FLOW, "skip"))]
    )


def _ask_note(draft: Draft, lead: str) -> FlowStep:
    return _ask(
        draft, Stage.NOTE, _join(lead, msg.ASK_NOTE), [Option(msg.SKIP, encode(FLOW, "skip"))]
    )


def _measure_into(ctx: TurnContext, item: DraftItem, quantity: Quantity) -> None:
    assert item.indicator_id is not None
    indicator = _indicator(ctx, item.indicator_id)
    rule = view.rule_of(ctx, indicator)
    if rule in (Aggregation.STATUS, Aggregation.DEADLINE):
        raise UnknownStatus(quantity.text)
    item.value = str(measure(quantity, rule=rule, target=indicator.target))
    item.quantity = _quantity_json(quantity)


# --- warnings and the summary ---------------------------------------------------------


def _first_question(ctx: TurnContext, draft: Draft) -> tuple[str, Questionable] | None:
    for index, item in enumerate(draft.items):
        code = f"beyond:{index}"
        if item.value is None or code in draft.accepted or item.indicator_id is None:
            continue
        try:
            check_magnitude(Decimal(item.value), target=_indicator(ctx, item.indicator_id).target)
        except Questionable as error:
            return code, error
    project = _project(ctx, draft)
    assert draft.date is not None
    try:
        check_date(
            dt.date.fromisoformat(draft.date),
            today=ctx.app.today(),
            year=project.year if project else ctx.app.today().year,
        )
    except Questionable as error:
        if error.code not in draft.accepted:
            return error.code, error
    return None


def _check_or_summarise(ctx: TurnContext, draft: Draft, lead: str) -> FlowStep:
    question = _first_question(ctx, draft)
    if question is not None:
        code, error = question
        draft.warning = code
        indicator = None
        if code.startswith("beyond:"):
            item = draft.items[int(code.split(":")[1])]
            indicator = _indicator(ctx, item.indicator_id) if item.indicator_id else None
        options = [Option(msg.YES, encode(FLOW, "yes")), Option(msg.NO, encode(FLOW, "no"))]
        text = _join(lead, view.question_text(error, indicator=indicator))
        return _ask(draft, Stage.CONFIRM, text, options)
    draft.token = secrets.token_hex(4)
    options = [
        Option(msg.CONFIRM, encode(FLOW, "ok", draft.token or "")),
        Option(msg.EDIT, encode(FLOW, "ed")),
        Option(msg.CANCEL, encode(FLOW, "x")),
    ]
    return _ask(draft, Stage.SUMMARY, _join(lead, _summary_text(ctx, draft)), options)


def _summary_text(ctx: TurnContext, draft: Draft) -> str:
    project = _project(ctx, draft)
    lines = [msg.SUMMARY_HEADER]
    if project is not None:
        lines.append(msg.SUMMARY_PROJECT.format(project=project.name))
    for item in draft.items:
        assert item.indicator_id is not None
        indicator = _indicator(ctx, item.indicator_id)
        value = view.value_text(
            rule=view.rule_of(ctx, indicator),
            indicator=indicator,
            value=item.value,
            status=item.status,
        )
        lines.append(msg.SUMMARY_ITEM.format(name=indicator.name, value=value))
    lines.append(msg.SUMMARY_DATE.format(date=draft.date))
    if draft.event:
        lines.append(msg.SUMMARY_EVENT.format(event=draft.event))
    if draft.note:
        lines.append(msg.SUMMARY_NOTE.format(note=draft.note))
    lines.append(msg.SUMMARY_FOOTER)
    return "\n".join(lines)


def _save(ctx: TurnContext, draft: Draft) -> FlowStep:
    turn = ctx.turn
    assert draft.token is not None and draft.date is not None
    entries = [
        ActualCreate(
            key=f"{turn.chat_id}:{turn.user_id}:{draft.token}:{index}",
            indicator_id=item.indicator_id,
            event_date=dt.date.fromisoformat(draft.date),
            value=None if item.value is None else Decimal(item.value),
            unit=_indicator(ctx, item.indicator_id).target.unit,
            status=None if item.status is None else Status(item.status),
            entered=item.quantity["text"] if item.quantity else item.status or "",
            event_name=draft.event,
            note=draft.note,
        )
        for index, item in enumerate(draft.items)
        if item.indicator_id is not None
    ]
    author = ctx.author(message_id=draft.message_id)
    result = save_entries(session=ctx.session, entries=entries, author=author)
    head = msg.ALREADY_SAVED if result.duplicate else msg.SAVED.format(count=len(entries))
    indicator_ids = dict.fromkeys(entry.indicator_id for entry in entries)
    lines = [view.progress_text(ctx, _indicator(ctx, i)) for i in indicator_ids]
    return FlowStep([Reply(_join(head, *lines))], None)


# --- answers --------------------------------------------------------------------------


def _on_option(ctx: TurnContext, draft: Draft, callback: Callback) -> FlowStep:
    handlers: dict[str, Callable[[TurnContext, Draft, list[str]], FlowStep]] = {
        "p": _chose_project,
        "i": _chose_indicator,
        "s": _chose_status,
        "d": _chose_day,
        "skip": _skipped,
        "m": _more_indicators,
        "yes": _confirmed_warning,
        "no": _rejected_warning,
        "ok": _confirmed,
        "ed": _edit_menu,
        "f": _edit_field,
        "x": _cancelled,
        "u": _chose_unit,
    }
    handler = handlers.get(callback.action)
    if handler is None:
        return _repeat(ctx, draft, view.choose_hint(ctx))
    return handler(ctx, draft, list(callback.args))


def _repeat(ctx: TurnContext, draft: Draft, lead: str) -> FlowStep:
    """Asks the current question again after a reason."""
    if draft.stage is Stage.SUMMARY:
        return _check_or_summarise(ctx, draft, lead)
    if draft.stage is Stage.EDIT:
        return _edit_menu(ctx, draft, [], lead=lead)
    if draft.stage is Stage.VALUE:
        return _ask_value(ctx, draft, draft.current, lead)
    if draft.stage is Stage.DATE:
        return _ask_date(ctx, draft, lead)
    if draft.stage is Stage.EVENT:
        return _ask_event(draft, lead)
    if draft.stage is Stage.NOTE:
        return _ask_note(draft, lead)
    if draft.stage is Stage.INDICATOR:
        return _ask_indicator(ctx, draft, draft.current, lead)
    return _advance(ctx, draft, lead)


def _chose_project(ctx: TurnContext, draft: Draft, args: list[str]) -> FlowStep:
    project_id = int(args[0])
    draft.project_id = project_id
    for item in draft.items:
        item.candidates = [i for i in item.candidates if _in_project(ctx, draft, i)]
    return _advance(ctx, draft)


def _chose_indicator(ctx: TurnContext, draft: Draft, args: list[str]) -> FlowStep:
    indicator = _indicator(ctx, int(args[0]))
    if not draft.items:
        draft.items = [DraftItem()]
    item = draft.items[min(draft.current, len(draft.items) - 1)]
    item.indicator_id, item.value = indicator.id, None
    rule = view.rule_of(ctx, indicator)
    if item.status is not None and rule not in (Aggregation.STATUS, Aggregation.DEADLINE):
        item.status = None
    draft.project_id = draft.project_id or indicator.project_id
    return _advance(ctx, draft)


def _chose_status(ctx: TurnContext, draft: Draft, args: list[str]) -> FlowStep:
    item = draft.items[draft.current]
    item.status, item.value = view.STATUS_CODES.get(args[0], Status.ACHIEVED).value, None
    return _advance(ctx, draft)


def _chose_day(ctx: TurnContext, draft: Draft, args: list[str]) -> FlowStep:
    day = ctx.app.today() - dt.timedelta(days=int(args[0] or 0))
    return _set_date(ctx, draft, day)


def _set_date(ctx: TurnContext, draft: Draft, day: dt.date) -> FlowStep:
    """Takes the date and questions a future or out-of-year one at once, at this step."""
    draft.date = day.isoformat()
    draft.accepted = [code for code in draft.accepted if code not in ("future", "year")]
    project = _project(ctx, draft)
    try:
        check_date(day, today=ctx.app.today(), year=project.year if project else day.year)
    except Questionable as error:
        draft.warning = error.code
        options = [Option(msg.YES, encode(FLOW, "yes")), Option(msg.NO, encode(FLOW, "no"))]
        return _ask(draft, Stage.CONFIRM, view.question_text(error, indicator=None), options)
    return _advance(ctx, draft)


def _skipped(ctx: TurnContext, draft: Draft, _args: list[str]) -> FlowStep:
    if draft.stage is Stage.NOTE:
        draft.note = None
    else:
        draft.event_asked = True
    return _advance(ctx, draft)


def _confirmed_warning(ctx: TurnContext, draft: Draft, _args: list[str]) -> FlowStep:
    if draft.warning:
        draft.accepted.append(draft.warning)
    draft.warning = None
    return _advance(ctx, draft)


def _rejected_warning(ctx: TurnContext, draft: Draft, _args: list[str]) -> FlowStep:
    code, draft.warning = draft.warning or "", None
    if code.startswith("beyond:"):
        index = int(code.split(":")[1])
        item = draft.items[index]
        item.value = item.quantity = None
        return _ask_value(ctx, draft, index, "")
    draft.date = None
    return _ask_date(ctx, draft, "")


def _confirmed(ctx: TurnContext, draft: Draft, args: list[str]) -> FlowStep:
    if draft.stage is not Stage.SUMMARY or not args or args[0] != draft.token:
        return _repeat(ctx, draft, msg.STALE_CONFIRMATION)
    return _save(ctx, draft)


def _cancelled(_ctx: TurnContext, _draft: Draft, _args: list[str]) -> FlowStep:
    return FlowStep([Reply(msg.NOT_SAVED)], None)


def _edit_menu(ctx: TurnContext, draft: Draft, _args: list[str], *, lead: str = "") -> FlowStep:
    several = len(draft.items) > 1
    options = []
    for index, _item in enumerate(draft.items):
        number = index + 1
        options.append(
            Option(
                msg.FIELD_INDICATOR_OF.format(number=number) if several else msg.FIELD_INDICATOR,
                encode(FLOW, "f", "i", index),
            )
        )
        options.append(
            Option(
                msg.FIELD_VALUE_OF.format(number=number) if several else msg.FIELD_VALUE,
                encode(FLOW, "f", "v", index),
            )
        )
    options += [
        Option(msg.FIELD_DATE, encode(FLOW, "f", "d")),
        Option(msg.FIELD_EVENT, encode(FLOW, "f", "e")),
        Option(msg.FIELD_NOTE, encode(FLOW, "f", "n")),
    ]
    draft.token = None  # The old 确认 button must not save a draft that is being changed.
    return _ask(draft, Stage.EDIT, _join(lead, msg.ASK_EDIT_FIELD), options)


def _edit_field(ctx: TurnContext, draft: Draft, args: list[str]) -> FlowStep:
    what = args[0] if args else ""
    index = int(args[1]) if len(args) > 1 and args[1].isdigit() else 0
    index = min(index, max(len(draft.items) - 1, 0))
    if what == "i" and draft.items:
        item = draft.items[index]
        item.indicator_id, item.value = None, None
        draft.accepted = [code for code in draft.accepted if code != f"beyond:{index}"]
        return _ask_indicator(ctx, draft, index, "")
    if what == "v" and draft.items:
        item = draft.items[index]
        item.value = item.quantity = item.status = None
        draft.accepted = [code for code in draft.accepted if code != f"beyond:{index}"]
        return _ask_value(ctx, draft, index, "")
    if what == "d":
        return _ask_date(ctx, draft, "")
    if what == "e":
        return _ask_event(draft, "")
    if what == "n":
        return _ask_note(draft, "")
    return _edit_menu(ctx, draft, [], lead=view.choose_hint(ctx))


def _on_text(ctx: TurnContext, draft: Draft, text: str) -> FlowStep:
    handlers = {
        Stage.PROJECT: _typed_project,
        Stage.INDICATOR: _typed_indicator,
        Stage.VALUE: _typed_value,
        Stage.UNIT: _typed_unit,
        Stage.DATE: _typed_date,
        Stage.EVENT: _typed_event,
        Stage.NOTE: _typed_note,
        Stage.CONFIRM: _typed_yes_no,
        Stage.SUMMARY: _typed_summary_word,
    }
    handler = handlers.get(draft.stage)
    if handler is None or not text:
        return _repeat(ctx, draft, view.choose_hint(ctx))
    return handler(ctx, draft, text)


def _typed_project(ctx: TurnContext, draft: Draft, text: str) -> FlowStep:
    project = find_project(ctx.app, text)
    if project is None:
        return _ask_project(ctx, draft, msg.UNKNOWN_PROJECT.format(text=text))
    return _chose_project(ctx, draft, [str(project.id)])


def _typed_indicator(ctx: TurnContext, draft: Draft, text: str) -> FlowStep:
    project = _project(ctx, draft)
    pool = project.indicators if project else ctx.app.catalog.indicators
    found = search_indicators(text, pool, limit=MAX_CANDIDATES)
    if len(found) == 1 or (len(found) > 1 and found[0].score - found[1].score >= SEARCH_MARGIN):
        return _chose_indicator(ctx, draft, [str(found[0].indicator.id)])
    if not found:
        lead = msg.ASK_SEARCH_AGAIN.format(query=text)
        return _ask_indicator(ctx, draft, draft.current, lead)
    draft.shown = [candidate.indicator.id for candidate in found]
    return _ask(draft, Stage.INDICATOR, msg.SEARCH_RESULTS, _indicator_options(ctx, draft.shown))


SEARCH_MARGIN = 10


def _money_unit_unclear(ctx: TurnContext, item: DraftItem, quantity: Quantity) -> bool:
    """A bare number for money could be 元 or 万元: 一百二十 against a cap of 40 万元."""
    assert item.indicator_id is not None
    rule = view.rule_of(ctx, _indicator(ctx, item.indicator_id))
    return rule is Aggregation.MONEY and quantity.unit is None and not quantity.wan


def _ask_unit(draft: Draft, index: int, quantity: Quantity, lead: str) -> FlowStep:
    draft.current = index
    number = format_number(quantity.number)
    options = [
        Option(msg.UNIT_OPTION.format(number=number, unit=unit), encode(FLOW, "u", unit_code))
        for unit, unit_code in MONEY_UNIT_CODES.items()
    ]
    text = _join(lead, msg.ASK_MONEY_UNIT.format(number=number))
    return _ask(draft, Stage.UNIT, text, options)


def _chose_unit(ctx: TurnContext, draft: Draft, args: list[str]) -> FlowStep:
    units = {code: unit for unit, code in MONEY_UNIT_CODES.items()}
    item = draft.items[draft.current]
    unit = units.get(args[0] if args else "")
    if unit is None or item.quantity is None:
        return _repeat(ctx, draft, view.choose_hint(ctx))
    quantity = _quantity_from(item.quantity)
    number = quantity.number * (TEN_THOUSAND if unit == "万元" else 1)
    written = f"{quantity.text}{unit}"
    item.quantity = _quantity_json(replace(quantity, number=number, unit="元", text=written))
    return _advance(ctx, draft)


def _typed_unit(ctx: TurnContext, draft: Draft, text: str) -> FlowStep:
    word = text.strip(" 。.")
    code = MONEY_UNIT_CODES.get(word)
    if code is None:
        return _repeat(ctx, draft, view.choose_hint(ctx))
    return _chose_unit(ctx, draft, [code])


def _mark_approximate(draft: Draft) -> None:
    """Says in the note that a number was given as about (约50人, 三十来人)."""
    if draft.note is None or msg.APPROXIMATE_NOTE not in draft.note:
        draft.note = "；".join(filter(None, [msg.APPROXIMATE_NOTE, draft.note]))


def _typed_value(ctx: TurnContext, draft: Draft, text: str) -> FlowStep:
    item = draft.items[draft.current]
    assert item.indicator_id is not None
    rule = view.rule_of(ctx, _indicator(ctx, item.indicator_id))
    if rule in (Aggregation.STATUS, Aggregation.DEADLINE):
        return _typed_status(ctx, draft, item, rule, text)
    quantity = parse_quantity(text)
    if quantity is not None and _money_unit_unclear(ctx, item, quantity):
        item.quantity = _quantity_json(quantity)
        return _ask_unit(draft, draft.current, quantity, "")
    try:
        if quantity is None:
            raise NotANumber(text)
        _measure_into(ctx, item, quantity)
    except ActualError as error:
        return _ask_value(ctx, draft, draft.current, view.reason_text(error))
    if quantity.approximate:
        _mark_approximate(draft)
    return _advance(ctx, draft)


def _typed_status(
    ctx: TurnContext, draft: Draft, item: DraftItem, rule: Aggregation, text: str
) -> FlowStep:
    status = parse_status(text)
    if rule is Aggregation.DEADLINE and status is not Status.ACHIEVED:
        return _ask_value(ctx, draft, draft.current, msg.DEADLINE_ONLY_DONE)
    if status is None:
        return _ask_value(ctx, draft, draft.current, msg.UNKNOWN_STATUS)
    item.status = status.value
    evidence = _evidence(text)
    if evidence:
        draft.note = evidence
    return _advance(ctx, draft)


def _evidence(text: str) -> str:
    """Returns what follows the status word (``达成，媒体报道5篇`` → ``媒体报道5篇``)."""
    found = status_word_at_end(text)
    return found[1].strip(" ，,。;；:：") if found else ""


def _typed_date(ctx: TurnContext, draft: Draft, text: str) -> FlowStep:
    day = parse_day(text, today=ctx.app.today())
    if day is None:
        return _ask_date(ctx, draft, msg.BAD_DATE.format(text=text))
    return _set_date(ctx, draft, day)


def _typed_event(ctx: TurnContext, draft: Draft, text: str) -> FlowStep:
    draft.event, draft.event_asked = text[:EVENT_NAME_MAX_CHARS], True
    return _advance(ctx, draft)


def _typed_note(ctx: TurnContext, draft: Draft, text: str) -> FlowStep:
    draft.note = text[:NOTE_MAX_CHARS]
    return _advance(ctx, draft)


def _typed_yes_no(ctx: TurnContext, draft: Draft, text: str) -> FlowStep:
    if is_yes(text):
        return _confirmed_warning(ctx, draft, [])
    if is_no(text):
        return _rejected_warning(ctx, draft, [])
    return _check_or_summarise(ctx, draft, view.choose_hint(ctx))


def _typed_summary_word(ctx: TurnContext, draft: Draft, text: str) -> FlowStep:
    word = text.strip("。!！ ")
    if word == msg.CONFIRM:
        return _confirmed(ctx, draft, [draft.token or ""])
    if word == msg.EDIT:
        return _edit_menu(ctx, draft, [])
    if word == msg.CANCEL:
        return _cancelled(ctx, draft, [])
    return _repeat(ctx, draft, view.choose_hint(ctx))


def feature() -> Feature:
    """Returns recording with its commands, flows and the 记录/登记/报送 trigger."""
    from bot.dialogue import corrections

    return Feature(
        commands=[
            Command("record", msg.RECORD_DESCRIPTION, flow=FLOW, min_role=Role.STAFF),
            *corrections.commands(),
        ],
        flows=[RecordFlow(), *corrections.flows()],
        text_triggers=[(record_trigger(), FLOW)],
    )
