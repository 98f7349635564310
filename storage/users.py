"""Who may use the bot: users and their roles, the role-change log, invites, registered
group chats, and the Telegram delivery bookkeeping (processed updates, pressed keyboards)."""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import BigInteger, bindparam, update
from sqlmodel import Field, Session, SQLModel, col, select

from knowledge.access import Role
from storage.tables import aware_utc, conflict_insert, table_of, transaction_memo, utc_now

INVITE_CODE_BYTES = 9  # 12 URL-safe characters, valid in a ``?start=`` deep link.
INVITE_DIGEST_LENGTH = 32  # hex characters of SHA-256 kept: 128 bits, the column's width
INVITE_LIFETIME = dt.timedelta(days=7)
PROCESSED_UPDATE_LIFETIME = dt.timedelta(days=7)
# Forgetting old claims costs a DELETE; one update in this many pays it.
PRUNE_EVERY_UPDATES = 100
# Where a session keeps the roles its current transaction has read (``Session.info``).
_KNOWN_ROLES_KEY = "goalbot.known_roles"


class BotUser(SQLModel, table=True):
    """A user who has been given a role."""

    __tablename__ = "bot_user"

    user_id: int = Field(sa_type=BigInteger, primary_key=True)
    role: str = Field(max_length=10)
    name: str | None = Field(default=None, max_length=200)
    granted_by: int | None = Field(default=None, sa_type=BigInteger)
    granted_at: dt.datetime = Field(default_factory=utc_now)


class RoleChange(SQLModel, table=True):
    """One change of a user's role: who did it, when, how; ``new_role`` None is a revoke."""

    __tablename__ = "role_change"

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(sa_type=BigInteger, index=True)
    old_role: str | None = Field(default=None, max_length=10)
    new_role: str | None = Field(default=None, max_length=10)
    changed_by: int = Field(sa_type=BigInteger)
    via: str = Field(max_length=10)
    changed_at: dt.datetime = Field(default_factory=utc_now)


class Invite(SQLModel, table=True):
    """A one-time code an admin made; redeeming it with ``/start CODE`` grants ``role``.

    ``code`` holds :func:`invite_digest` of the code, never the code itself, so that
    whoever can read the database file cannot redeem an unused invite.
    """

    code: str = Field(primary_key=True, max_length=INVITE_DIGEST_LENGTH)
    role: str = Field(max_length=10)
    created_by: int = Field(sa_type=BigInteger)
    created_at: dt.datetime = Field(default_factory=utc_now)
    expires_at: dt.datetime
    used_by: int | None = Field(default=None, sa_type=BigInteger)
    used_at: dt.datetime | None = None


class GroupChat(SQLModel, table=True):
    """A group chat an admin registered with /subscribe; the bot answers only in these."""

    __tablename__ = "group_chat"

    chat_id: int = Field(sa_type=BigInteger, primary_key=True)
    title: str | None = Field(default=None, max_length=200)
    registered_by: int = Field(sa_type=BigInteger)
    registered_at: dt.datetime = Field(default_factory=utc_now)


class ProcessedUpdate(SQLModel, table=True):
    """A Telegram update already handled, so that a re-delivery is not handled twice."""

    __tablename__ = "processed_update"

    bot_id: int = Field(sa_type=BigInteger, primary_key=True)
    update_id: int = Field(sa_type=BigInteger, primary_key=True)
    processed_at: dt.datetime = Field(default_factory=utc_now, index=True)


class SentKeyboard(SQLModel, table=True):
    """A message with buttons, whom it was for, and whether a button was already pressed."""

    __tablename__ = "sent_keyboard"

    bot_id: int = Field(sa_type=BigInteger, primary_key=True)
    chat_id: int = Field(sa_type=BigInteger, primary_key=True)
    message_id: int = Field(sa_type=BigInteger, primary_key=True)
    user_id: int = Field(sa_type=BigInteger)
    sent_at: dt.datetime = Field(default_factory=utc_now)
    pressed_at: dt.datetime | None = None


@dataclass(frozen=True)
class SentMessage:
    """A message the bot sent with buttons for one user."""

    chat_id: int
    message_id: int
    user_id: int


class KeyboardPress(StrEnum):
    """The outcome of pressing a button."""

    OK = "ok"
    PRESSED = "pressed"
    OTHER = "other"


@dataclass(frozen=True)
class UserRole:
    """A user's stored role with who granted it and when."""

    user_id: int
    role: Role
    name: str | None
    granted_by: int | None
    granted_at: dt.datetime


def get_role(*, session: Session, user_id: int) -> Role | None:
    """Returns the stored role of ``user_id``, or None (once per transaction)."""
    known = transaction_memo(session, _KNOWN_ROLES_KEY)
    if user_id not in known:
        row = session.get(BotUser, user_id)
        known[user_id] = Role(row.role) if row is not None else None
    role: Role | None = known[user_id]
    return role


def remember_role(*, session: Session, user_id: int, role: str | None) -> None:
    """Keeps a role just read with other rows, so that :func:`get_role` needs no query."""
    transaction_memo(session, _KNOWN_ROLES_KEY)[user_id] = None if role is None else Role(role)


def set_role(
    *,
    session: Session,
    user_id: int,
    role: Role | None,
    changed_by: int,
    via: str,
    name: str | None = None,
) -> Role | None:
    """Gives ``user_id`` the role (None removes it), logs the change, returns the old role."""
    row = session.get(BotUser, user_id)
    old = Role(row.role) if row is not None else None
    if old == role:
        return old
    transaction_memo(session, _KNOWN_ROLES_KEY)[user_id] = role
    if role is None:
        if row is not None:
            session.delete(row)
    else:
        row = row or BotUser(user_id=user_id, role=role.value)
        row.role, row.granted_by, row.granted_at = role.value, changed_by, utc_now()
        row.name = name or row.name
        session.add(row)
    session.add(
        RoleChange(
            user_id=user_id,
            old_role=old.value if old else None,
            new_role=role.value if role else None,
            changed_by=changed_by,
            via=via,
        )
    )
    return old


def list_users(*, session: Session) -> list[UserRole]:
    """Returns every user with a role, admins first."""
    rank = {Role.ADMIN: 0, Role.STAFF: 1, Role.VIEWER: 2}
    users = [
        UserRole(
            user_id=row.user_id,
            role=Role(row.role),
            name=row.name,
            granted_by=row.granted_by,
            granted_at=aware_utc(row.granted_at),
        )
        for row in session.exec(select(BotUser))
    ]
    return sorted(users, key=lambda user: (rank[user.role], user.user_id))


def role_changes(*, session: Session, user_id: int | None = None) -> list[RoleChange]:
    """Returns the logged role changes, oldest first, optionally for one user."""
    query = select(RoleChange).order_by(col(RoleChange.id))
    if user_id is not None:
        query = query.where(RoleChange.user_id == user_id)
    return list(session.exec(query))


def create_invite(*, session: Session, role: Role, created_by: int, now: dt.datetime) -> str:
    """Stores a new one-time invite for ``role`` and returns its code."""
    code = secrets.token_urlsafe(INVITE_CODE_BYTES)
    session.add(
        Invite(
            code=invite_digest(code),
            role=role.value,
            created_by=created_by,
            expires_at=now + INVITE_LIFETIME,
        )
    )
    return code


def invite_digest(code: str) -> str:
    """Returns what is stored for an invite code.

    A plain hash is enough: the codes are random with 72 bits, far beyond guessing.
    """
    return hashlib.sha256(code.encode("utf-8")).hexdigest()[:INVITE_DIGEST_LENGTH]


class InviteProblem(StrEnum):
    """Why an invite code cannot be redeemed."""

    UNKNOWN = "unknown"
    USED = "used"
    EXPIRED = "expired"


@dataclass(frozen=True)
class InviteCheck:
    """The role an invite grants and who made it, or why it cannot be used."""

    role: Role | None
    created_by: int | None
    problem: InviteProblem | None


def check_invite(*, session: Session, code: str, now: dt.datetime) -> InviteCheck:
    """Tells whether ``code`` can be redeemed now."""
    invite = session.get(Invite, invite_digest(code))
    if invite is None:
        return InviteCheck(None, None, InviteProblem.UNKNOWN)
    if invite.used_by is not None:
        return InviteCheck(None, None, InviteProblem.USED)
    if aware_utc(invite.expires_at) < now:
        return InviteCheck(None, None, InviteProblem.EXPIRED)
    return InviteCheck(Role(invite.role), invite.created_by, None)


def use_invite(*, session: Session, code: str, user_id: int, now: dt.datetime) -> bool:
    """Marks ``code`` as used by ``user_id``; False when someone used it meanwhile.

    One conditional update: two people redeeming the same code at the same moment (in
    two threads or two processes) cannot both win.
    """
    statement = (
        update(Invite)
        .where(col(Invite.code) == invite_digest(code), col(Invite.used_by).is_(None))
        .values(used_by=user_id, used_at=now)
    )
    return session.connection().execute(statement).rowcount == 1


def register_group(*, session: Session, chat_id: int, title: str | None, by: int) -> bool:
    """Registers a group chat; returns False when it already was."""
    if session.get(GroupChat, chat_id) is not None:
        return False
    session.add(GroupChat(chat_id=chat_id, title=title, registered_by=by))
    return True


def unregister_group(*, session: Session, chat_id: int) -> bool:
    """Forgets a group chat; returns False when it was not registered."""
    row = session.get(GroupChat, chat_id)
    if row is None:
        return False
    session.delete(row)
    return True


def is_group_registered(*, session: Session, chat_id: int) -> bool:
    """Tells whether an admin registered the group chat."""
    return session.get(GroupChat, chat_id) is not None


def list_groups(*, session: Session) -> list[GroupChat]:
    """Returns the registered group chats."""
    return list(session.exec(select(GroupChat).order_by(col(GroupChat.registered_at))))


def remember_keyboards(*, session: Session, bot_id: int, sent: Sequence[SentMessage]) -> None:
    """Records that messages with buttons were sent, each for its user; commits once.

    A keyboard pressed before its record landed (another process took the press) already
    has a row, which stays as it is.
    """
    if not sent:
        return
    rows = [
        {
            "bot_id": bot_id,
            "chat_id": message.chat_id,
            "message_id": message.message_id,
            "user_id": message.user_id,
            "sent_at": utc_now(),
        }
        for message in sent
    ]
    insert = conflict_insert(session)
    statement = insert(table_of(SentKeyboard)).on_conflict_do_nothing(
        index_elements=["bot_id", "chat_id", "message_id"]
    )
    session.connection().execute(statement, rows)
    session.commit()


# Claims a keyboard for its user's first press; built once, its values are parameters.
_KEYBOARDS = table_of(SentKeyboard)
_PRESS = (
    update(_KEYBOARDS)
    .where(
        _KEYBOARDS.c.bot_id == bindparam("bot"),
        _KEYBOARDS.c.chat_id == bindparam("chat"),
        _KEYBOARDS.c.message_id == bindparam("message"),
        _KEYBOARDS.c.user_id == bindparam("user"),
        _KEYBOARDS.c.pressed_at.is_(None),
    )
    .values(pressed_at=bindparam("pressed_at"))
)


def press_keyboard(
    *, session: Session, bot_id: int, chat_id: int, message_id: int, user_id: int, now: dt.datetime
) -> KeyboardPress:
    """Claims a keyboard for one press; a keyboard without a record is let through once.

    Does not commit: the caller commits the claim with the press's effect. Each claim is a
    single conditional statement, so two presses cannot both win.
    """
    values = {
        "bot": bot_id,
        "chat": chat_id,
        "message": message_id,
        "user": user_id,
        "pressed_at": now,
    }
    connection = session.connection()
    if connection.execute(_PRESS, values).rowcount == 1:
        return KeyboardPress.OK
    if session.get(SentKeyboard, (bot_id, chat_id, message_id)) is None:
        insert = conflict_insert(session)
        inserted = session.execute(
            insert(SentKeyboard)
            .values(
                bot_id=bot_id,
                chat_id=chat_id,
                message_id=message_id,
                user_id=user_id,
                pressed_at=now,
            )
            .on_conflict_do_nothing(index_elements=["bot_id", "chat_id", "message_id"])
            .returning(col(SentKeyboard.message_id))
        ).first()
        if inserted is not None:
            return KeyboardPress.OK
    # The keyboard's record may have landed after the first claim looked (another process
    # sent the message just now): claim it again before calling the press a second one.
    if connection.execute(_PRESS, values).rowcount == 1:
        return KeyboardPress.OK
    row = session.get(SentKeyboard, (bot_id, chat_id, message_id), populate_existing=True)
    if row is not None and row.user_id != user_id:
        return KeyboardPress.OTHER
    return KeyboardPress.PRESSED
