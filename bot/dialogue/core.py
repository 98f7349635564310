"""The dialogue core: one turn in, replies out, whatever the transport."""

from __future__ import annotations

import datetime as dt
import logging
import re
import secrets
from collections.abc import Sequence
from dataclasses import replace

from sqlmodel import Session

from bot.dialogue.access import AccessPolicy, role_name
from bot.dialogue.callbacks import Callback, Stamp, decode, encode
from bot.dialogue.context import (
    App,
    Command,
    DocumentRoute,
    Feature,
    Flow,
    FlowStep,
    OptionHandler,
    TextHandler,
    TurnContext,
)
from bot.dialogue.imports import import_sent_document
from bot.dialogue.messages import common as msg
from bot.dialogue.replies import MAX_TEXT_CHARS, ChatKind, Option, Reply, Turn
from knowledge.access import Role, role_allows
from nlu.cues import looks_like_question
from storage.conversations import ConversationState, load_conversation, save_conversation
from storage.turns import preload_turn

log = logging.getLogger(__name__)

FLOW_TIMEOUT = dt.timedelta(minutes=30)
FLOW_ID_BYTES = 2
CORE = "core"  # The feature name of the core's own buttons (replace a pending flow or not).
_COMMAND = re.compile(r"^/(?P<name>[A-Za-z_]+)(?:@\w+)?(?:\s+(?P<args>.*))?$", re.DOTALL)


class DialogueCore:
    """Routes a turn to a command, the flow in progress, a button handler or a question."""

    def __init__(self, *, app: App, features: Sequence[Feature], access: AccessPolicy) -> None:
        self.app = app
        self.access = access
        self.commands: dict[str, Command] = {}
        self.flows: dict[str, Flow] = {}
        self.options: dict[str, OptionHandler] = {}
        self.triggers: list[tuple[re.Pattern[str], str]] = []
        self.text_handlers: list[TextHandler] = []
        self.document_routes: list[DocumentRoute] = []
        for feature in features:
            self.commands.update({command.name: command for command in feature.commands})
            self.flows.update({flow.name: flow for flow in feature.flows})
            self.options.update(feature.options)
            self.triggers.extend(feature.text_triggers)
            if feature.text is not None:
                self.text_handlers.append(feature.text)
            if feature.document_flow is not None:
                self.document_routes.append(feature.document_flow)

    def handle(self, turn: Turn) -> list[Reply]:
        """Handles one turn and commits everything it changed at once."""
        with Session(self.app.engine) as session:
            replies = self.handle_in(session, turn)
            session.commit()
        return replies

    def handle_in(self, session: Session, turn: Turn) -> list[Reply]:
        """Handles one turn in the caller's transaction (a transport commits it with its own
        bookkeeping, so that the update's mark and its effect land together)."""
        ctx = TurnContext(
            turn=turn, app=self.app, session=session, commands=tuple(self.commands.values())
        )
        return self._handle(ctx)

    def role_of(self, turn: Turn) -> Role | None:
        """Returns the role the turn's user has in its chat (adapters decide on downloads)."""
        with Session(self.app.engine) as session:
            return self.access.role_for(TurnContext(turn=turn, app=self.app, session=session))

    def foreign_press(self, turn: Turn) -> str:
        """Returns the notice for a button pressed by someone it was not shown to."""
        callback = decode(turn.option or "")
        if callback is None or callback.stamp is None:
            return msg.NOT_YOUR_BUTTON
        with Session(self.app.engine) as session:
            return _not_your_flow(session, turn, callback.stamp)

    def pending(self, turn: Turn) -> list[Reply]:
        """Re-asks the question of a flow left open (the terminal chat calls it at start)."""
        with Session(self.app.engine) as session:
            ctx = TurnContext(turn=turn, app=self.app, session=session)
            ctx.role = self.access.role_for(ctx)
            state = self._load(ctx)
            flow = self.flows.get(state.flow or "")
            if flow is None or self._expired(state):
                return []
            line = msg.PENDING_AT_START.format(what=flow.describe(ctx, state.flow_state))
            replies = [Reply(line), *self._apply(ctx, state, flow.resume(ctx, state.flow_state))]
            self._save(ctx, state)
            session.commit()
        return replies

    def _handle(self, ctx: TurnContext) -> list[Reply]:
        turn = ctx.turn
        if turn.chat_kind is ChatKind.GROUP and not turn.addressed:
            return []
        state = preload_turn(session=ctx.session, chat_id=turn.chat_id, user_id=turn.user_id)
        ctx.conversation = state
        ctx.role = self.access.role_for(ctx)
        refusal = self.access.refusal(ctx, command=self._command_name(turn))
        if refusal is not None:
            return refusal
        replies: list[Reply] = []
        if state.flow and self._expired(state):
            state.clear_flow()
            replies.append(Reply(msg.FLOW_EXPIRED))
        replies += self._route(ctx, state)
        self._save(ctx, state)
        return replies

    def _load(self, ctx: TurnContext) -> ConversationState:
        turn = ctx.turn
        ctx.conversation = load_conversation(
            session=ctx.session, chat_id=turn.chat_id, user_id=turn.user_id
        )
        return ctx.conversation

    def _save(self, ctx: TurnContext, state: ConversationState) -> None:
        state.user_name = ctx.turn.user_name or state.user_name
        save_conversation(
            session=ctx.session,
            chat_id=ctx.turn.chat_id,
            user_id=ctx.turn.user_id,
            state=state,
            now=self.app.clock(),
        )

    def _expired(self, state: ConversationState) -> bool:
        return state.updated_at is not None and self.app.clock() - state.updated_at > FLOW_TIMEOUT

    @staticmethod
    def _command_name(turn: Turn) -> str | None:
        match = _COMMAND.match((turn.text or "").strip())
        return match.group("name").lower() if match else None

    def _route(self, ctx: TurnContext, state: ConversationState) -> list[Reply]:
        turn = ctx.turn
        text = (turn.text or "").strip()
        if len(text) > MAX_TEXT_CHARS:
            return [Reply(msg.TEXT_TOO_LONG.format(limit=MAX_TEXT_CHARS))]
        match = _COMMAND.match(text)
        if match:
            return self._run_command(ctx, state, match.group("name").lower(), match["args"] or "")
        if turn.option is not None:
            return self._press(ctx, state, turn.option)
        if turn.document is not None:
            flow = next(filter(None, (route(ctx) for route in self.document_routes)), None)
            if flow is not None:
                return self._start_flow(ctx, state, flow, "")
            return self._with_pending_note(ctx, state, import_sent_document(ctx))
        trigger = self._trigger(text)
        if (
            state.flow
            and trigger is None
            and (not looks_like_question(text) or self._wants_text(state))
        ):
            return self._step_flow(ctx, state)
        if trigger is not None:
            return self._start_flow(ctx, state, *trigger)
        if not text:
            return [Reply(msg.EMPTY_MESSAGE)]
        return self._with_pending_note(ctx, state, self._answer(ctx, text))

    def _wants_text(self, state: ConversationState) -> bool:
        """Tells whether the open flow takes any text now (a goal text, a name, a value)."""
        flow = self.flows.get(state.flow or "")
        return flow is not None and flow.wants_free_text(state.flow_state)

    def _trigger(self, text: str) -> tuple[str, str] | None:
        for pattern, flow_name in self.triggers:
            found = pattern.match(text)
            if found:
                return flow_name, text[found.end() :].strip()
        return None

    def _run_command(
        self, ctx: TurnContext, state: ConversationState, name: str, args: str
    ) -> list[Reply]:
        if name == "cancel":
            had_flow = state.flow is not None
            state.clear_flow()
            return [Reply(msg.CANCELLED if had_flow else msg.NOTHING_TO_CANCEL)]
        command = self.commands.get(name)
        if command is None:
            return [Reply(msg.UNKNOWN_COMMAND.format(name=name))]
        if not role_allows(ctx.role, command.min_role):
            return [_not_allowed(ctx, command)]
        if command.flow is not None:
            return self._start_flow(ctx, state, command.flow, args.strip())
        assert command.handler is not None
        return self._with_pending_note(ctx, state, command.handler(ctx, args.strip()))

    def _start_flow(
        self, ctx: TurnContext, state: ConversationState, name: str, args: str
    ) -> list[Reply]:
        flow = self.flows[name]
        command = self.commands.get(name)
        if command is not None and not role_allows(ctx.role, command.min_role):
            return [_not_allowed(ctx, command)]
        if state.flow in self.flows:
            return self._offer_replace(ctx, state, name, args)
        return self._begin(ctx, state, flow, args)

    def _begin(
        self, ctx: TurnContext, state: ConversationState, flow: Flow, args: str
    ) -> list[Reply]:
        state.clear_flow()
        state.flow, state.flow_id = flow.name, secrets.token_hex(FLOW_ID_BYTES)
        return self._apply(ctx, state, flow.start(ctx, args))

    def _offer_replace(
        self, ctx: TurnContext, state: ConversationState, name: str, args: str
    ) -> list[Reply]:
        """Asks whether a new flow replaces the one pending, keeping both until answered."""
        assert state.flow is not None
        current = self.flows[state.flow]
        state.queued = {"flow": name, "args": args}
        state.flow_step += 1
        what = current.describe(ctx, state.flow_state)
        options = (
            Option(msg.REPLACE_FLOW, encode(CORE, "new")),
            Option(msg.KEEP_FLOW, encode(CORE, "old")),
        )
        reply = Reply(msg.ASK_REPLACE_FLOW.format(what=what), options)
        return [self._stamp(reply, state, ctx.turn.user_id)]

    def _queued_choice(self, ctx: TurnContext, state: ConversationState) -> list[Reply]:
        assert ctx.callback is not None and state.flow is not None
        queued, state.queued = state.queued or {}, None
        flow = self.flows.get(str(queued.get("flow", "")))
        if ctx.callback.action == "new" and flow is not None:
            ctx.callback = None
            return self._begin(ctx, state, flow, str(queued.get("args", "")))
        ctx.callback = None
        return self._step_flow(ctx, state, resume=True)

    def _step_flow(
        self, ctx: TurnContext, state: ConversationState, *, resume: bool = False
    ) -> list[Reply]:
        assert state.flow is not None
        flow = self.flows.get(state.flow)
        if flow is None:  # A flow removed by an upgrade while a user was in it.
            state.clear_flow()
            return [Reply(msg.OPTION_EXPIRED)]
        command = self.commands.get(flow.name)
        if command is not None and not role_allows(ctx.role, command.min_role):
            state.clear_flow()  # A role changed while the flow was open: it ends here.
            return [_not_allowed(ctx, command)]
        if resume:
            return self._apply(ctx, state, flow.resume(ctx, state.flow_state))
        return self._apply(ctx, state, flow.step(ctx, state.flow_state))

    def _apply(self, ctx: TurnContext, state: ConversationState, step: FlowStep) -> list[Reply]:
        if step.state is None:
            state.clear_flow()
            return step.replies
        state.flow_state = step.state
        state.flow_step += 1
        replies = [self._stamp(reply, state, ctx.turn.user_id) for reply in step.replies]
        if ctx.turn.chat_kind is ChatKind.GROUP and replies and not replies[-1].options:
            # A typed answer in a group only reaches the bot as a reply to its question.
            replies[-1] = replace(replies[-1], force_reply=True)
        return replies

    @staticmethod
    def _stamp(reply: Reply, state: ConversationState, owner: int) -> Reply:
        """Marks every button of a flow's reply as belonging to this flow instance and step."""
        if not reply.options:
            return reply
        stamp = Stamp(state.flow_id, state.flow_step, owner)
        options = []
        for option in reply.options:
            callback = decode(option.data)
            data = option.data if callback is None else callback.stamped(stamp).encode()
            options.append(Option(option.label, data))
        return replace(reply, options=tuple(options))

    def _press(self, ctx: TurnContext, state: ConversationState, data: str) -> list[Reply]:
        callback = decode(data)
        if callback is None:
            return [Reply(msg.OPTION_EXPIRED)]
        ctx.callback = callback
        if callback.stamp is not None:
            return self._press_in_flow(ctx, state, callback, callback.stamp)
        handler = self.options.get(callback.feature)
        if handler is None:
            return [Reply(msg.OPTION_EXPIRED)]
        command = self.commands.get(callback.feature)
        if command is not None and not role_allows(ctx.role, command.min_role):
            return [_not_allowed(ctx, command)]
        return handler(ctx, callback)

    def _press_in_flow(
        self, ctx: TurnContext, state: ConversationState, callback: Callback, stamp: Stamp
    ) -> list[Reply]:
        if stamp.owner != ctx.turn.user_id:
            return [Reply(_not_your_flow(ctx.session, ctx.turn, stamp))]
        live = state.flow is not None and (state.flow_id, state.flow_step) == (
            stamp.flow_id,
            stamp.step,
        )
        if not live:
            return self._with_pending_note(ctx, state, [Reply(msg.OPTION_EXPIRED)])
        if callback.feature == CORE:
            return self._queued_choice(ctx, state)
        return self._step_flow(ctx, state)

    def _with_pending_note(
        self, ctx: TurnContext, state: ConversationState, replies: list[Reply]
    ) -> list[Reply]:
        """Adds one line about the flow still waiting, so the user knows it is kept."""
        flow = self.flows.get(state.flow or "")
        if flow is None or not replies:
            return replies
        note = msg.PENDING_FLOW.format(what=flow.describe(ctx, state.flow_state))
        last = replies[-1]
        return [*replies[:-1], replace(last, text=f"{last.text}\n{note}")]

    def _answer(self, ctx: TurnContext, text: str) -> list[Reply]:
        """Gives free text to the first feature that takes it (questions)."""
        for handler in self.text_handlers:
            replies = handler(ctx, text)
            if replies is not None:
                return replies
        return [Reply(msg.QA_UNAVAILABLE)]


def _not_your_flow(session: Session, turn: Turn, stamp: Stamp) -> str:
    """Names whose operation a button belongs to (the owner's name as last seen)."""
    owner = load_conversation(session=session, chat_id=turn.chat_id, user_id=stamp.owner)
    return msg.NOT_YOUR_FLOW.format(owner=owner.user_name or stamp.owner)


def _not_allowed(ctx: TurnContext, command: Command) -> Reply:
    """Says which role a command needs and which the user has."""
    return Reply(
        msg.NOT_ALLOWED_ROLE.format(
            name=command.name, required=role_name(command.min_role), role=role_name(ctx.role)
        )
    )
