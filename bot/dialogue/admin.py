"""Admin commands: /grant (with invites), /revoke, /users, /subscribe, /unsubscribe."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from bot.dialogue.access import configured_admin, role_name
from bot.dialogue.callbacks import Callback, encode
from bot.dialogue.context import Command, Feature, FlowStep, TurnContext
from bot.dialogue.messages import access as msg
from bot.dialogue.posts import set_group_schedule, stop_group_schedule
from bot.dialogue.replies import ChatKind, Option, Reply
from knowledge.access import Role, role_allows
from nlu.schedules import is_off
from storage.users import (
    INVITE_LIFETIME,
    InviteProblem,
    check_invite,
    create_invite,
    list_groups,
    list_users,
    register_group,
    set_role,
    unregister_group,
    use_invite,
)

GRANT = "grant"
REVOKE = "revoke"
INVITABLE_ROLES = (Role.STAFF, Role.VIEWER)
ROLE_CHOICES = (Role.STAFF, Role.VIEWER, Role.ADMIN)
MAX_REVOKE_OPTIONS = 20


def parse_role(word: str) -> Role | None:
    """Returns the role a word names (管理员, staff …), or None."""
    value = msg.ROLE_WORDS.get(word.strip().lower())
    return Role(value) if value else None


def parse_user_id(word: str) -> int | None:
    """Returns a Telegram user id typed by an admin, or None."""
    word = word.strip()
    return int(word) if word.isdigit() and 0 < int(word) < 2**53 else None


def grant_role(ctx: TurnContext, *, user_id: int, role: Role) -> Reply:
    """Gives ``user_id`` the role and logs who did it."""
    if configured_admin(ctx, user_id):
        return Reply(msg.CONFIGURED_ADMIN.format(user_id=user_id))
    old = set_role(
        session=ctx.session, user_id=user_id, role=role, changed_by=ctx.turn.user_id, via=GRANT
    )
    template = msg.GRANT_UNCHANGED if old == role else msg.GRANTED
    return Reply(template.format(user_id=user_id, role=role_name(role)))


def _role_options() -> tuple[Option, ...]:
    roles = tuple(Option(role_name(role), encode(GRANT, role.value)) for role in ROLE_CHOICES)
    return (*roles, Option(msg.CANCEL_LABEL, encode(GRANT, "cancel")))


class GrantStage(StrEnum):
    """The question the grant flow is waiting on."""

    USER = "user"
    ROLE = "role"


@dataclass
class GrantState:
    """The grant flow's JSON state."""

    stage: GrantStage = GrantStage.USER
    user_id: int | None = None

    def to_json(self) -> dict[str, Any]:
        """Returns the state as JSON-serialisable data."""
        return {"stage": self.stage.value, "user_id": self.user_id}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> GrantState:
        """Reads the state written by :meth:`to_json`."""
        user_id = data.get("user_id")
        stage = GrantStage(data.get("stage", GrantStage.USER))
        return cls(stage, int(user_id) if user_id is not None else None)


def _ask_user(lead: str = "") -> FlowStep:
    text = "\n".join(filter(None, [lead, msg.GRANT_ASK_USER]))
    return FlowStep([Reply(text)], GrantState().to_json())


def _ask_role(user_id: int) -> FlowStep:
    return FlowStep(
        [Reply(msg.GRANT_ASK_ROLE.format(user_id=user_id), _role_options())],
        GrantState(GrantStage.ROLE, user_id).to_json(),
    )


def _done(reply: Reply) -> FlowStep:
    return FlowStep([reply], None)


class GrantFlow:
    """Grants a role in one line (``/grant 123 staff``) or step by step: user id, then role."""

    name = GRANT

    def start(self, ctx: TurnContext, args: str) -> FlowStep:
        """Grants at once when the command says everything, else asks for what is missing."""
        words = args.split()
        if words and words[0].lower() in msg.INVITE_WORDS:
            return _done(make_invite(ctx, words[1:]))
        target = ctx.turn.reply_to_user_id
        if target is not None and len(words) <= 1:
            role = parse_role(words[0]) if words else None
            return _done(grant_role(ctx, user_id=target, role=role)) if role else _ask_role(target)
        if not words:
            return _ask_user()
        user_id = parse_user_id(words[0])
        if user_id is None or len(words) > 2:
            return _done(Reply(msg.GRANT_USAGE))
        if len(words) == 1:
            return _ask_role(user_id)
        role = parse_role(words[1])
        if role is None:
            return _done(Reply(msg.GRANT_USAGE))
        return _done(grant_role(ctx, user_id=user_id, role=role))

    def step(self, ctx: TurnContext, state: dict[str, Any]) -> FlowStep:
        """Takes the user id, then the role (a pressed option or a typed role word)."""
        current = GrantState.from_json(state)
        if current.stage is GrantStage.USER or current.user_id is None:
            user_id = parse_user_id(ctx.turn.text or "")
            if user_id is None:
                return _ask_user(msg.GRANT_BAD_USER)
            return _ask_role(user_id)
        choice = ctx.callback.action if ctx.callback else (ctx.turn.text or "")
        if choice == "cancel":
            return _done(Reply(msg.GRANT_CANCELLED))
        role = parse_role(choice)
        if role is None:
            return _ask_role(current.user_id)
        return _done(grant_role(ctx, user_id=current.user_id, role=role))

    def resume(self, ctx: TurnContext, state: dict[str, Any]) -> FlowStep:
        """Asks for the user id or the role again."""
        current = GrantState.from_json(state)
        return _ask_user() if current.user_id is None else _ask_role(current.user_id)

    def wants_free_text(self, state: dict[str, Any]) -> bool:
        """Only a user id or a role is expected."""
        return False

    def describe(self, ctx: TurnContext, state: dict[str, Any]) -> str:
        """Names the pending grant."""
        user_id = GrantState.from_json(state).user_id
        return msg.PENDING_GRANT.format(user_id=user_id or "")


def make_invite(ctx: TurnContext, words: list[str]) -> Reply:
    """Creates a one-time invite and shows its link (Telegram) or its code (terminal)."""
    if ctx.turn.chat_kind is ChatKind.GROUP:
        return Reply(msg.INVITE_PRIVATE_ONLY)
    role = parse_role(words[0]) if words else Role.STAFF
    if role not in INVITABLE_ROLES:
        return Reply(msg.INVITE_ROLE_LIMIT)
    assert role is not None
    code = create_invite(
        session=ctx.session, role=role, created_by=ctx.turn.user_id, now=ctx.app.clock()
    )
    link = ctx.app.invite_link
    days = INVITE_LIFETIME.days
    if link is None:
        return Reply(msg.INVITE_CODE.format(role=role_name(role), days=days, code=code))
    return Reply(msg.INVITE_CREATED.format(role=role_name(role), days=days, link=link(code)))


def redeem_invite(ctx: TurnContext, code: str) -> str:
    """Redeems ``/start CODE``; sets ``ctx.role`` and returns the line saying what happened."""
    now = ctx.app.clock()
    found = check_invite(session=ctx.session, code=code, now=now)
    if found.problem is not None or found.role is None or found.created_by is None:
        return {
            InviteProblem.USED: msg.INVITE_USED,
            InviteProblem.EXPIRED: msg.INVITE_EXPIRED,
        }.get(found.problem or InviteProblem.UNKNOWN, msg.INVITE_UNKNOWN)
    if role_allows(ctx.role, found.role):
        return msg.INVITE_NOT_NEEDED.format(role=role_name(ctx.role))
    if not use_invite(session=ctx.session, code=code, user_id=ctx.turn.user_id, now=now):
        return msg.INVITE_USED  # Redeemed by someone else a moment ago.
    set_role(
        session=ctx.session,
        user_id=ctx.turn.user_id,
        role=found.role,
        changed_by=found.created_by,
        via="invite",
        name=ctx.turn.user_name,
    )
    ctx.role = found.role
    return msg.INVITE_ACCEPTED.format(role=role_name(found.role))


def revoke(ctx: TurnContext, args: str) -> list[Reply]:
    """Removes a user's role, named by id or by replying to their message."""
    user_id = parse_user_id(args) if args else ctx.turn.reply_to_user_id
    if user_id is not None:
        return [revoke_role(ctx, user_id)]
    if args:
        return [Reply(msg.REVOKE_USAGE)]
    users = list_users(session=ctx.session)[:MAX_REVOKE_OPTIONS]
    if not users:
        return [Reply(msg.NO_USERS)]
    options = tuple(
        Option(
            msg.REVOKE_OPTION.format(
                user_id=user.user_id, name=_name(user.name), role=role_name(user.role)
            ),
            encode(REVOKE, str(user.user_id)),
        )
        for user in users
    )
    return [Reply(msg.REVOKE_ASK, options)]


def revoke_option(ctx: TurnContext, callback: Callback) -> list[Reply]:
    """Revokes the user picked from the /revoke list (the core checks the /revoke role)."""
    user_id = parse_user_id(callback.action)
    return [revoke_role(ctx, user_id) if user_id is not None else Reply(msg.REVOKE_USAGE)]


def revoke_role(ctx: TurnContext, user_id: int) -> Reply:
    """Removes the stored role of ``user_id`` and logs who did it."""
    if configured_admin(ctx, user_id):
        return Reply(msg.CONFIGURED_ADMIN.format(user_id=user_id))
    old = set_role(
        session=ctx.session, user_id=user_id, role=None, changed_by=ctx.turn.user_id, via=REVOKE
    )
    if old is None:
        return Reply(msg.REVOKE_NOTHING.format(user_id=user_id))
    return Reply(msg.REVOKED.format(user_id=user_id, role=role_name(old)))


def _name(name: str | None) -> str:
    return f" {name}" if name else ""


def users(ctx: TurnContext, _args: str) -> list[Reply]:
    """Lists configured admins, users with a role (who granted it, when) and registered groups."""
    zone = ctx.app.settings.zone
    admins = sorted(ctx.app.settings.admins)
    lines = [msg.CONFIGURED_ADMINS.format(ids="、".join(map(str, admins)) or "—")]
    stored = list_users(session=ctx.session)
    lines.append(msg.USERS_HEADER.format(count=len(stored)) if stored else msg.NO_USERS)
    for user in stored:
        by = (
            msg.GRANTED_BY.format(user_id=user.granted_by)
            if user.granted_by is not None
            else msg.GRANTED_BY_INVITE
        )
        at = user.granted_at.astimezone(zone).strftime("%Y-%m-%d %H:%M")
        lines.append(
            msg.USER_LINE.format(
                user_id=user.user_id,
                name=_name(user.name),
                role=role_name(user.role),
                by=by,
                at=at,
            )
        )
    groups = list_groups(session=ctx.session)
    ids = "、".join(str(group.chat_id) for group in groups)
    lines.append(msg.GROUPS_HEADER.format(count=len(groups), ids=ids) if groups else msg.NO_GROUPS)
    return [Reply("\n".join(lines))]


def subscribe(ctx: TurnContext, args: str) -> list[Reply]:
    """Registers the group chat and sets its summary schedule (``每周一 9:00`` by default)."""
    turn = ctx.turn
    if turn.chat_kind is not ChatKind.GROUP:
        return [Reply(msg.GROUP_ONLY)]
    if is_off(args):
        return set_group_schedule(ctx, args)
    added = register_group(session=ctx.session, chat_id=turn.chat_id, title=None, by=turn.user_id)
    lines = [msg.SUBSCRIBED if added else msg.ALREADY_SUBSCRIBED]
    lines += [reply.text for reply in set_group_schedule(ctx, args)]
    return [Reply("\n".join(lines))]


def unsubscribe(ctx: TurnContext, _args: str) -> list[Reply]:
    """Forgets the group chat the command was sent in."""
    turn = ctx.turn
    if turn.chat_kind is not ChatKind.GROUP:
        return [Reply(msg.GROUP_ONLY)]
    removed = unregister_group(session=ctx.session, chat_id=turn.chat_id)
    stop_group_schedule(ctx)
    return [Reply(msg.UNSUBSCRIBED if removed else msg.NOT_SUBSCRIBED)]


def feature() -> Feature:
    """Returns the admin commands."""
    return Feature(
        commands=[
            Command(GRANT, msg.GRANT_DESCRIPTION, flow=GRANT, min_role=Role.ADMIN),
            Command(REVOKE, msg.REVOKE_DESCRIPTION, revoke, min_role=Role.ADMIN),
            Command("users", msg.USERS_DESCRIPTION, users, min_role=Role.ADMIN),
            Command("subscribe", msg.SUBSCRIBE_DESCRIPTION, subscribe, min_role=Role.ADMIN),
            Command("unsubscribe", msg.UNSUBSCRIBE_DESCRIPTION, unsubscribe, min_role=Role.ADMIN),
        ],
        flows=[GrantFlow()],
        options={REVOKE: revoke_option},
    )
