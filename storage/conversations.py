"""Per (chat, user) conversation state: the flow in progress and the last question's context."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from sqlalchemy.orm.util import identity_key
from sqlalchemy.sql import Executable
from sqlmodel import Session

from storage.tables import (
    Conversation,
    InsertFactory,
    aware_utc,
    conflict_insert,
    table_of,
    utc_now,
)

JsonObject = dict[str, Any]


@dataclass
class ConversationState:
    """A conversation's state as plain data.

    ``flow_id`` names the flow instance and ``flow_step`` counts its questions, so a
    button from an earlier flow or step can be told apart; ``queued`` holds a flow start
    (``{"flow": …, "args": …}``) waiting for the user to say whether it replaces ``flow``.
    """

    flow: str | None = None
    flow_state: JsonObject = field(default_factory=dict)
    qa_context: JsonObject | None = None
    updated_at: dt.datetime | None = None
    flow_id: str = ""
    flow_step: int = 0
    queued: JsonObject | None = None
    user_name: str | None = None
    # The row as read (flow, envelope text, context text): an unchanged state is not written.
    stored: tuple[str | None, str, str | None] | None = field(
        default=None, compare=False, repr=False
    )

    def clear_flow(self) -> None:
        """Ends the flow in progress (and any start waiting on it)."""
        self.flow, self.flow_state, self.flow_id, self.flow_step = None, {}, "", 0
        self.queued = None


def _unwrap(text: str | None) -> JsonObject:
    """Reads the stored flow envelope; a bare state (written before flow ids) is wrapped."""
    data = json.loads(text or "{}")
    if isinstance(data, dict) and data.get("v") == ENVELOPE_VERSION:
        return data
    return {"state": data if isinstance(data, dict) else {}}


ENVELOPE_VERSION = 2


def load_conversation(*, session: Session, chat_id: int, user_id: int) -> ConversationState:
    """Returns the stored state, or an empty one."""
    row = session.get(Conversation, (chat_id, user_id))
    if row is None:
        return ConversationState()
    return conversation_state(
        flow=row.flow,
        flow_state=row.flow_state,
        qa_context=row.qa_context,
        updated_at=row.updated_at,
    )


def conversation_state(
    *, flow: str | None, flow_state: str, qa_context: str | None, updated_at: dt.datetime
) -> ConversationState:
    """Returns the state a stored conversation row holds."""
    envelope = _unwrap(flow_state)
    return ConversationState(
        flow=flow,
        flow_state=envelope["state"],
        qa_context=json.loads(qa_context) if qa_context else None,
        updated_at=aware_utc(updated_at),
        flow_id=str(envelope.get("id", "")),
        flow_step=int(envelope.get("step", 0)),
        queued=envelope.get("queued"),
        user_name=envelope.get("user"),
        stored=(flow, flow_state, qa_context),
    )


@cache
def _upsert(insert: InsertFactory) -> Executable:
    """Returns the conversation upsert, built once per database kind (values are parameters)."""
    statement = insert(table_of(Conversation))
    updated = ("flow", "flow_state", "qa_context", "updated_at")
    return statement.on_conflict_do_update(
        index_elements=["chat_id", "user_id"],
        set_={name: statement.excluded[name] for name in updated},
    )


def save_conversation(
    *,
    session: Session,
    chat_id: int,
    user_id: int,
    state: ConversationState,
    now: dt.datetime | None = None,
) -> None:
    """Stores ``state`` as of ``now`` (default: the current time); the caller commits.

    One upsert: the first two messages of a user handled at once by two processes must not
    both try to create the row. A state without a flow that is the same as read is not
    written (a repeated question, /help): only a flow's time matters, for its expiry, and
    the turn's transaction then writes nothing.
    """
    envelope = {
        "v": ENVELOPE_VERSION,
        "id": state.flow_id,
        "step": state.flow_step,
        "state": state.flow_state,
        "queued": state.queued,
        "user": state.user_name,
    }
    values = {
        "flow": state.flow,
        "flow_state": json.dumps(envelope, ensure_ascii=False),
        "qa_context": (
            json.dumps(state.qa_context, ensure_ascii=False)
            if state.qa_context is not None
            else None
        ),
        "updated_at": now or utc_now(),
    }
    if state.flow is None and state.stored == (None, values["flow_state"], values["qa_context"]):
        return
    row = {"chat_id": chat_id, "user_id": user_id, **values}
    session.connection().execute(_upsert(conflict_insert(session)), row)
    loaded = session.identity_map.get(identity_key(Conversation, (chat_id, user_id)))
    if loaded is not None:  # A later read in this session must see what was just written.
        session.expire(loaded)
