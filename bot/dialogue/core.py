"""The dialogue core: one turn in, replies out, whatever the transport."""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Sequence
from typing import Any

from sqlmodel import Session

from bot.dialogue.access import AccessPolicy, role_name
from bot.dialogue.context import App, Command, Feature, Flow, FlowStep, TurnContext
from bot.dialogue.imports import import_sent_document
from bot.dialogue.messages import common as msg
from bot.dialogue.replies import ChatKind, Reply, Turn
from knowledge.access import Role, role_allows
from storage.conversations import ConversationState, load_conversation, save_conversation

log = logging.getLogger(__name__)

FLOW_TIMEOUT = dt.timedelta(minutes=30)
MAX_TEXT_CHARS = 2000
_COMMAND = re.compile(r"^/(?P<name>[A-Za-z_]+)(?:@\w+)?(?:\s+(?P<args>.*))?$", re.DOTALL)


class DialogueCore:
    """Routes a turn to a command, the flow in progress, an option handler or a question."""

    def __init__(self, *, app: App, features: Sequence[Feature], access: AccessPolicy) -> None:
        self.app = app
        self.access = access
        self.commands: dict[str, Command] = {}
        self.flows: dict[str, Flow] = {}
        self.options: dict[str, Any] = {}
        self.triggers: list[tuple[re.Pattern[str], str]] = []
        for feature in features:
            self.commands.update({command.name: command for command in feature.commands})
            self.flows.update({flow.name: flow for flow in feature.flows})
            self.options.update(feature.options)
            self.triggers.extend(feature.text_triggers)

    def handle(self, turn: Turn) -> list[Reply]:
        """Handles one turn and commits everything it changed at once."""
        with Session(self.app.engine) as session:
            ctx = TurnContext(turn=turn, app=self.app, session=session)
            replies = self._handle(ctx)
            session.commit()
        return replies

    def role_of(self, turn: Turn) -> Role | None:
        """Returns the role the turn's user has in its chat (adapters decide on downloads)."""
        with Session(self.app.engine) as session:
            return self.access.role_for(TurnContext(turn=turn, app=self.app, session=session))

    def _handle(self, ctx: TurnContext) -> list[Reply]:
        turn = ctx.turn
        if turn.chat_kind is ChatKind.GROUP and not turn.addressed:
            return []
        ctx.role = self.access.role_for(ctx)
        refusal = self.access.refusal(ctx, command=self._command_name(turn))
        if refusal is not None:
            return refusal
        state = load_conversation(session=ctx.session, chat_id=turn.chat_id, user_id=turn.user_id)
        replies: list[Reply] = []
        if state.flow and self._expired(state):
            state.flow, state.flow_state = None, {}
            replies.append(Reply(msg.FLOW_EXPIRED))
        replies += self._route(ctx, state)
        save_conversation(
            session=ctx.session,
            chat_id=turn.chat_id,
            user_id=turn.user_id,
            state=state,
            now=self.app.clock(),
        )
        return replies

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
            return self._run_option(ctx, state, turn.option)
        if turn.document is not None:
            return import_sent_document(ctx)
        if state.flow:
            return self._step_flow(ctx, state)
        for pattern, flow_name in self.triggers:
            trigger = pattern.match(text)
            if trigger:
                return self._start_flow(ctx, state, flow_name, text[trigger.end() :].strip())
        if not text:
            return [Reply(msg.EMPTY_MESSAGE)]
        return self._answer(ctx, state, text)

    def _run_command(
        self, ctx: TurnContext, state: ConversationState, name: str, args: str
    ) -> list[Reply]:
        if name == "cancel":
            had_flow = state.flow is not None
            state.flow, state.flow_state = None, {}
            return [Reply(msg.CANCELLED if had_flow else msg.NOTHING_TO_CANCEL)]
        command = self.commands.get(name)
        if command is None:
            return [Reply(msg.UNKNOWN_COMMAND.format(name=name))]
        if not role_allows(ctx.role, command.min_role):
            return [_not_allowed(ctx, command)]
        if command.flow is not None:
            return self._start_flow(ctx, state, command.flow, args.strip())
        assert command.handler is not None
        return command.handler(ctx, args.strip())

    def _start_flow(
        self, ctx: TurnContext, state: ConversationState, name: str, args: str
    ) -> list[Reply]:
        flow = self.flows[name]
        command = self.commands.get(name)
        if command is not None and not role_allows(ctx.role, command.min_role):
            return [_not_allowed(ctx, command)]
        state.flow, state.flow_state = None, {}
        return self._apply(state, flow.name, flow.start(ctx, args))

    def _step_flow(self, ctx: TurnContext, state: ConversationState) -> list[Reply]:
        assert state.flow is not None
        flow = self.flows.get(state.flow)
        if flow is None:  # A flow removed by an upgrade while a user was in it.
            state.flow, state.flow_state = None, {}
            return [Reply(msg.OPTION_EXPIRED)]
        return self._apply(state, flow.name, flow.step(ctx, state.flow_state))

    @staticmethod
    def _apply(state: ConversationState, name: str, step: FlowStep) -> list[Reply]:
        state.flow = name if step.state is not None else None
        state.flow_state = step.state or {}
        return step.replies

    def _run_option(self, ctx: TurnContext, state: ConversationState, data: str) -> list[Reply]:
        from bot.dialogue.qa import OPTION_PREFIX as QA_PREFIX

        prefix = data.split(":", 1)[0]
        if state.flow and prefix == state.flow:
            return self._step_flow(ctx, state)
        if prefix in self.flows:
            return [Reply(msg.OPTION_EXPIRED)]
        if prefix == QA_PREFIX:
            return self._answer(ctx, state, data, picked=True)
        handler = self.options.get(prefix)
        if handler is None:
            return [Reply(msg.OPTION_EXPIRED)]
        replies: list[Reply] = handler(ctx, data)
        return replies

    def _answer(
        self, ctx: TurnContext, state: ConversationState, text: str, *, picked: bool = False
    ) -> list[Reply]:
        """Answers a question, or the candidate picked (``picked``) from a clarifying reply."""
        from bot.dialogue.qa import QAContext, QuestionService

        service: QuestionService | None = ctx.app.services.get("questions")
        if service is None:  # The engine is built by open_app(with_questions=True) only.
            return [Reply(msg.QA_UNAVAILABLE)]
        context = QAContext.from_json(state.qa_context) if state.qa_context else None
        progress = ctx.app.services.get("progress")
        extra: dict[str, Any] = {"progress": progress} if progress is not None else {}
        result = (
            service.answer_option(text, context=context, **extra)
            if picked
            else service.answer(text, context=context, **extra)
        )
        state.qa_context = result.context.to_json() if result.context else None
        return result.replies


def _not_allowed(ctx: TurnContext, command: Command) -> Reply:
    """Says which role a command needs and which the user has."""
    return Reply(
        msg.NOT_ALLOWED_ROLE.format(
            name=command.name, required=role_name(command.min_role), role=role_name(ctx.role)
        )
    )
