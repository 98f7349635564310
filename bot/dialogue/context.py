"""What a handler of one turn can reach: the app's objects and the turn's own session."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from sqlalchemy import Engine
from sqlmodel import Session

from bot.dialogue.replies import Reply, Turn
from bot.settings import Settings
from knowledge.access import Role
from knowledge.catalog import Catalog


@dataclass
class App:
    """The long-lived objects built once at start-up and passed down."""

    settings: Settings
    engine: Engine
    catalog: Catalog
    services: dict[str, Any] = field(default_factory=dict)
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


@dataclass(frozen=True)
class FlowStep:
    """A flow's answer to one turn; ``state`` None means the flow is over."""

    replies: list[Reply]
    state: dict[str, Any] | None


class Flow(Protocol):
    """A multi-step conversation (record, draft …) whose state lives in the database."""

    name: str

    def start(self, ctx: TurnContext, args: str) -> FlowStep:
        """Starts the flow from its command and the text after it."""
        ...

    def step(self, ctx: TurnContext, state: dict[str, Any]) -> FlowStep:
        """Takes the next message or chosen option of the flow."""
        ...


CommandHandler = Callable[[TurnContext, str], list[Reply]]
OptionHandler = Callable[[TurnContext, str], list[Reply]]


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
    """A slice of the conversation: its commands, flows, option prefixes and text triggers."""

    commands: list[Command] = field(default_factory=list)
    flows: list[Flow] = field(default_factory=list)
    options: dict[str, OptionHandler] = field(default_factory=dict)
    text_triggers: list[tuple[re.Pattern[str], str]] = field(default_factory=list)
