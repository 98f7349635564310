"""Who may talk to the bot, and in which role."""

from __future__ import annotations

from typing import Protocol

from bot.dialogue.context import TurnContext
from bot.dialogue.messages import access as access_msg
from bot.dialogue.messages import common as msg
from bot.dialogue.replies import ChatKind, Reply
from knowledge.access import Role
from storage.users import get_role, is_group_registered

LOCAL_USER_ID = 0
# What a user without a role may still do in a private chat: learn their id, redeem an invite.
OPEN_COMMANDS = frozenset({"start", "whoami", "help"})
# What an admin may do in a group that is not registered yet.
UNREGISTERED_GROUP_COMMANDS = frozenset({"subscribe", "start", "whoami", "help", "cancel"})


def role_name(role: Role | None) -> str:
    """Returns the Chinese name of a role, 无 for none."""
    return msg.ROLE_NAMES[role.value] if role is not None else msg.NO_ROLE_NAME


class AccessPolicy(Protocol):
    """Decides a turn's role and whether it is refused before anything else."""

    def role_for(self, ctx: TurnContext) -> Role | None:
        """Returns the role of the turn's user in its chat."""
        ...

    def refusal(self, ctx: TurnContext, *, command: str | None) -> list[Reply] | None:
        """Returns the refusing replies (empty: stay silent), or None to let the turn through."""
        ...


def configured_admin(ctx: TurnContext, user_id: int) -> bool:
    """Tells whether ``user_id`` is an admin by configuration (or the local terminal user)."""
    return user_id == LOCAL_USER_ID or user_id in ctx.app.settings.admins


class DatabaseAccess:
    """Roles from ``GOALBOT_ADMINS`` and the database; groups answer once an admin registered
    them, and there every member without a role of their own is a viewer."""

    def role_for(self, ctx: TurnContext) -> Role | None:
        """Returns the user's role; members of a registered group are at least viewers."""
        turn = ctx.turn
        if configured_admin(ctx, turn.user_id):
            return Role.ADMIN
        role = get_role(session=ctx.session, user_id=turn.user_id)
        if role is None and turn.chat_kind is ChatKind.GROUP and self._registered(ctx):
            return Role.VIEWER
        return role

    def refusal(self, ctx: TurnContext, *, command: str | None) -> list[Reply] | None:
        """Refuses strangers in private chats and everyone in unregistered groups."""
        if ctx.turn.chat_kind is ChatKind.GROUP:
            return self._group_refusal(ctx, command)
        if ctx.role is None and command not in OPEN_COMMANDS:
            return [Reply(access_msg.UNKNOWN_USER.format(user_id=ctx.turn.user_id))]
        return None

    def _group_refusal(self, ctx: TurnContext, command: str | None) -> list[Reply] | None:
        if self._registered(ctx):
            return None
        if ctx.role is not Role.ADMIN:
            return []  # An unregistered group gets silence, whatever is said there.
        if command in UNREGISTERED_GROUP_COMMANDS:
            return None
        return [Reply(access_msg.GROUP_NOT_REGISTERED)]

    @staticmethod
    def _registered(ctx: TurnContext) -> bool:
        return is_group_registered(session=ctx.session, chat_id=ctx.turn.chat_id)
