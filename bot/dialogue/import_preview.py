"""A form this assistant exported, sent back by an admin: preview what would change, confirm.

Other documents are imported at once (:mod:`bot.dialogue.imports`); an exported draft
usually creates next year's project, so the admin sees the changes first.
"""

from __future__ import annotations

import base64
from dataclasses import asdict, dataclass
from enum import StrEnum
from typing import Any

from bot.dialogue.callbacks import encode
from bot.dialogue.context import FlowStep, TurnContext
from bot.dialogue.imports import change_lines, failure_reply, import_content
from bot.dialogue.messages import imports as msg
from bot.dialogue.replies import Option, Reply
from knowledge.access import Role, role_allows
from knowledge.documents import is_exported_form
from knowledge.errors import DocumentFormatError
from storage.importer import preview_import

FLOW = "import"
# Larger files are imported at once: the flow keeps the file in the conversation state.
MAX_PREVIEW_BYTES = 2 * 1024 * 1024


class Action(StrEnum):
    """The buttons of the preview."""

    CONFIRM = "y"
    CANCEL = "n"


@dataclass
class PreviewState:
    """The file waiting for the admin's confirmation."""

    file_name: str
    content: str  # base64

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> PreviewState:
        """Reads the state written by :meth:`to_json`."""
        return cls(file_name=data["file_name"], content=data["content"])

    def to_json(self) -> dict[str, Any]:
        """Returns the state as JSON-ready data."""
        return asdict(self)


def wants_preview(ctx: TurnContext) -> bool:
    """Tells whether the turn's document is an export an admin should preview."""
    document = ctx.turn.document
    return (
        document is not None
        and role_allows(ctx.role, Role.ADMIN)
        and len(document.content) <= MAX_PREVIEW_BYTES
        and is_exported_form(document.content)
    )


class ImportPreviewFlow:
    """Shows what importing an exported form would change and imports it on 确认导入."""

    name = FLOW

    def start(self, ctx: TurnContext, args: str) -> FlowStep:
        """Previews the turn's document."""
        document = ctx.turn.document
        if document is None or not role_allows(ctx.role, Role.ADMIN):
            return FlowStep([Reply(msg.ADMIN_ONLY)], None)
        try:
            report = preview_import(
                engine=ctx.app.engine, content=document.content, file_name=document.file_name
            )
        except DocumentFormatError as error:
            return FlowStep([failure_reply(error)], None)
        lines = [
            msg.PREVIEW.format(file_name=document.file_name, **report.as_json()),
            *change_lines(report),
            msg.ASK_CONFIRM,
        ]
        state = PreviewState(
            file_name=document.file_name,
            content=base64.b64encode(document.content).decode("ascii"),
        )
        return FlowStep([Reply("\n".join(lines), _buttons())], state.to_json())

    def step(self, ctx: TurnContext, state: dict[str, Any]) -> FlowStep:
        """Imports on 确认导入, stops on 取消; anything else asks again."""
        preview = PreviewState.from_json(state)
        action = ctx.callback.action if ctx.callback is not None else ""
        if action == Action.CONFIRM.value:
            content = base64.b64decode(preview.content)
            return FlowStep(
                import_content(ctx, file_name=preview.file_name, content=content), None
            )
        if action == Action.CANCEL.value:
            return FlowStep([Reply(msg.CANCELLED)], None)
        return self.resume(ctx, state)

    def resume(self, ctx: TurnContext, state: dict[str, Any]) -> FlowStep:
        """Asks for the confirmation again."""
        return FlowStep([Reply(msg.ASK_CONFIRM, _buttons())], state)

    def wants_free_text(self, state: dict[str, Any]) -> bool:
        """Only 确认 or 取消 is expected."""
        return False

    def describe(self, ctx: TurnContext, state: dict[str, Any]) -> str:
        """Names the file waiting to be imported."""
        return msg.PENDING_IMPORT.format(file_name=PreviewState.from_json(state).file_name)


def _buttons() -> tuple[Option, ...]:
    return (
        Option(msg.CONFIRM, encode(FLOW, Action.CONFIRM.value)),
        Option(msg.CANCEL, encode(FLOW, Action.CANCEL.value)),
    )
