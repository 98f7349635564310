"""What a handler of one turn can reach: the app's objects and the turn's own session."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from sqlalchemy import Engine
from sqlmodel import Session

from bot.dialogue.callbacks import Callback
from bot.dialogue.replies import Reply, Turn
from bot.settings import Settings
from knowledge.access import Role
from knowledge.catalog import Catalog
from knowledge.progress import Progress
from storage.conversations import ConversationState

if TYPE_CHECKING:
    from bot.dialogue.qa import QuestionService
    from storage.actuals import Author  # Entries load only for commands that log them.

ProgressLookup = Callable[[int], Progress | None]
InviteLink = Callable[[str], str]


@dataclass
class App:
    """The long-lived objects built once at start-up and passed down.

    ``questions`` is built only for the conversational commands (jieba and the lexicon);
    ``invite_link`` only by a transport that can turn an invite code into a link.
    """

    settings: Settings
    engine: Engine
    catalog: Catalog
    questions: QuestionService | None = None
    invite_link: InviteLink | None = None
    clock: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC)
    catalog_listeners: list[Callable[[App], None]] = field(default_factory=list)

    def replace_catalog(self, catalog: Catalog) -> None:
        """Takes a new catalog after an import and lets dependent services rebuild."""
        self.catalog = catalog
        for listener in self.catalog_listeners:
            listener(self)

    def today(self) -> dt.date:
        """Returns today's date in the configured time zone."""
        return self.clock().astimezone(self.settings.zone).date()


@dataclass
class TurnContext:
    """One turn being handled: who said what, the app, and a session committed at the end."""

    turn: Turn
    app: App
    session: Session
    role: Role | None = None
    callback: Callback | None = None
    conversation: ConversationState = field(default_factory=ConversationState)
    commands: Sequence[Command] = ()

    def author(self, *, message_id: int | None = None) -> Author:
        """Returns who makes this turn's change, for entries and the audit log."""
        from storage.actuals import Author

        turn = self.turn
        return Author(
            user_id=turn.user_id,
            user_name=turn.user_name,
            chat_id=turn.chat_id,
            message_id=turn.message_id if message_id is None else message_id,
        )

    def progress_of(self, indicator_id: int) -> Progress | None:
        """Returns an indicator's recorded progress, read in this turn's own session."""
        from storage.actuals import indicator_progress

        try:
            indicator = self.app.catalog.indicator(indicator_id)
        except KeyError:  # Retired by an import since it was shown.
            return None
        return indicator_progress(session=self.session, indicator=indicator)


@dataclass(frozen=True)
class FlowStep:
    """A flow's answer to one turn; ``state`` None means the flow is over."""

    replies: list[Reply]
    state: dict[str, Any] | None


class Flow(Protocol):
    """A multi-step conversation (record, draft …) whose state lives in the database.

    A pressed button reaches :meth:`step` as ``ctx.callback``, already checked by the core
    to belong to this flow instance and its current step.
    """

    name: str

    def start(self, ctx: TurnContext, args: str) -> FlowStep:
        """Starts the flow from its command and the text after it."""
        ...

    def step(self, ctx: TurnContext, state: dict[str, Any]) -> FlowStep:
        """Takes the next message or chosen option of the flow."""
        ...

    def resume(self, ctx: TurnContext, state: dict[str, Any]) -> FlowStep:
        """Asks the current question again (after an interruption or a restart)."""
        ...

    def describe(self, ctx: TurnContext, state: dict[str, Any]) -> str:
        """Names what is pending in a few words (``登记：活动参与人数``), for reminders."""
        ...

    def wants_free_text(self, state: dict[str, Any]) -> bool:
        """Tells whether the current step takes any text, even one that reads as a question
        (an event name, a note, a goal text); otherwise a question is answered as such."""
        ...


CommandHandler = Callable[[TurnContext, str], list[Reply]]
OptionHandler = Callable[[TurnContext, Callback], list[Reply]]
TextHandler = Callable[[TurnContext, str], list[Reply] | None]
DocumentRoute = Callable[[TurnContext], str | None]


@dataclass(frozen=True)
class Command:
    """A slash command; ``min_role`` is the lowest role allowed (None: anyone)."""

    name: str
    description: str
    handler: CommandHandler | None = None
    flow: str | None = None
    min_role: Role | None = Role.VIEWER


@dataclass
class Feature:
    """A slice of the conversation: its commands, flows, button handlers and text triggers.

    ``options`` maps a button's feature name to the handler of buttons outside any flow;
    ``text`` takes free text no command, flow or trigger claimed (questions), or
    returns None to let the next feature try; ``document_flow`` names the flow a sent
    document starts (the preview of an exported form), or None for a plain import.
    """

    commands: list[Command] = field(default_factory=list)
    flows: list[Flow] = field(default_factory=list)
    options: dict[str, OptionHandler] = field(default_factory=dict)
    text_triggers: list[tuple[re.Pattern[str], str]] = field(default_factory=list)
    text: TextHandler | None = None
    document_flow: DocumentRoute | None = None
