"""Who may talk to the bot, and in which role."""

from __future__ import annotations

from typing import Protocol

from bot.dialogue.context import TurnContext
from bot.dialogue.messages import common as msg
from bot.dialogue.replies import Reply
from knowledge.access import Role

LOCAL_USER_ID = 0


class AccessPolicy(Protocol):
    """Decides a turn's role and whether it is refused before anything else."""

    def role_for(self, ctx: TurnContext) -> Role | None:
        """Returns the role of the turn's user in its chat."""
        ...

    def refusal(self, ctx: TurnContext, *, command: str | None) -> list[Reply] | None:
        """Returns the replies refusing the turn, or None to let it through."""
        ...


class SettingsAccess:
    """Admins from ``GOALBOT_ADMINS`` and the local terminal user; everyone else refused."""

    def role_for(self, ctx: TurnContext) -> Role | None:
        """Returns admin for configured admins and the local user, else None."""
        user_id = ctx.turn.user_id
        if user_id == LOCAL_USER_ID or user_id in ctx.app.settings.admins:
            return Role.ADMIN
        return None

    def refusal(self, ctx: TurnContext, *, command: str | None) -> list[Reply] | None:
        """Refuses users without a role."""
        if ctx.role is None:
            return [
                Reply(
                    msg.NO_ROLE + "\n" + msg.YOUR_ROLE.format(role="无", user_id=ctx.turn.user_id)
                )
            ]
        return None
