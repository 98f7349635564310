"""Access control through the core: strangers, roles, /grant and /revoke, invites, groups."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlmodel import Session

from bot.app import build_core
from bot.dialogue.callbacks import encode
from bot.dialogue.context import App
from bot.dialogue.core import DialogueCore
from bot.dialogue.replies import ChatKind, Reply, Turn
from knowledge.access import Role
from storage.users import get_role, role_changes

ADMIN = 1001
STAFF = 2002
STRANGER = 4004
GROUP = -100500
QUESTION = "国际交流项目活动参与人数目标是多少"


def say(
    core: DialogueCore,
    text: str | None,
    *,
    user: int = ADMIN,
    group: bool = False,
    **turn: object,
) -> str:
    """Sends one turn from ``user``, in the group or their private chat; returns the text."""
    fields: dict[str, object] = {"chat_id": GROUP if group else user, **turn}
    if group:
        fields["chat_kind"] = ChatKind.GROUP
    replies: list[Reply] = core.handle(Turn(user_id=user, text=text, **fields))  # type: ignore[arg-type]
    return "\n".join(reply.plain() for reply in replies)


def options_of(core: DialogueCore, text: str, **turn: object) -> list[tuple[str, str]]:
    """Returns the (label, data) options of the replies to one turn."""
    replies = core.handle(Turn(user_id=ADMIN, chat_id=ADMIN, text=text, **turn))  # type: ignore[arg-type]
    return [(o.label, o.data) for reply in replies for o in reply.options]


def stored_role(app: App, user_id: int) -> Role | None:
    with Session(app.engine) as session:
        return get_role(session=session, user_id=user_id)


# Strangers and roles.


def test_stranger_in_private_is_refused_with_their_id_and_no_data(core: DialogueCore) -> None:
    refusal = say(core, QUESTION, user=STRANGER)
    assert "4004" in refusal and "没有使用权限" in refusal and "300" not in refusal
    assert "4004" in say(core, "/projects", user=STRANGER)
    assert "国际科技" not in say(core, "/projects", user=STRANGER)


def test_stranger_can_still_start_and_ask_whoami(core: DialogueCore) -> None:
    start = say(core, "/start", user=STRANGER)
    assert "4004" in start and "角色：无" in start and "邀请链接" in start
    assert "4004" in say(core, "/whoami", user=STRANGER)


def test_configured_admin_and_local_terminal_user_are_admins(core: DialogueCore) -> None:
    assert "管理员" in say(core, "/whoami")
    assert "管理员" in say(core, "/whoami", user=0, chat_id=0)


def test_viewer_may_ask_but_not_draft(core: DialogueCore) -> None:
    say(core, f"/grant {STAFF} viewer")
    assert "300" in say(core, QUESTION, user=STAFF)
    refusal = say(core, "/draft", user=STAFF)
    assert "/draft" in refusal and "工作人员" in refusal and "查看者" in refusal


def test_staff_may_draft_but_not_grant(core: DialogueCore) -> None:
    say(core, f"/grant {STAFF} 工作人员")
    assert "起草" in say(core, "/draft", user=STAFF)
    assert "管理员" in say(core, "/grant 5 staff", user=STAFF)
    assert "需要" in say(core, "/users", user=STAFF)


# /grant and /revoke.


def test_grant_in_one_line_stores_the_role_and_logs_who_and_when(app: App) -> None:
    core = build_core(app)
    assert say(core, f"/grant {STAFF} staff") == f"已将用户 {STAFF} 的角色设为工作人员。"
    assert stored_role(app, STAFF) is Role.STAFF
    with Session(app.engine) as session:
        [change] = role_changes(session=session, user_id=STAFF)
    assert (change.old_role, change.new_role, change.changed_by) == (None, "staff", ADMIN)
    assert change.via == "grant" and change.changed_at is not None


def test_grant_of_the_same_role_changes_nothing(app: App) -> None:
    core = build_core(app)
    say(core, f"/grant {STAFF} staff")
    assert "无需更改" in say(core, f"/grant {STAFF} staff")
    with Session(app.engine) as session:
        assert len(role_changes(session=session, user_id=STAFF)) == 1


def test_guided_grant_asks_for_the_user_then_the_role(app: App) -> None:
    core = build_core(app)
    assert "用户 ID" in say(core, "/grant")
    assert "数字" in say(core, "张三")
    options = options_of(core, str(STAFF))
    assert [label for label, _ in options] == ["工作人员", "查看者", "管理员", "取消"]
    assert all(len(data.encode()) <= 64 and data.isascii() for _, data in options)
    assert "查看者" in say(core, None, option=dict(options)["查看者"])
    assert stored_role(app, STAFF) is Role.VIEWER


def test_guided_grant_accepts_a_typed_role_and_can_be_cancelled(app: App) -> None:
    core = build_core(app)
    say(core, f"/grant {STAFF}")
    assert "管理员" in say(core, "管理员")
    assert stored_role(app, STAFF) is Role.ADMIN
    cancel = dict(options_of(core, "/grant 3003"))["取消"]
    assert "已取消授权" in say(core, None, option=cancel)
    assert stored_role(app, 3003) is None


def test_grant_by_replying_to_a_member_in_a_group(app: App) -> None:
    core = build_core(app)
    say(core, "/subscribe", group=True)
    assert "工作人员" in say(core, "/grant staff", group=True, reply_to_user_id=STAFF)
    assert stored_role(app, STAFF) is Role.STAFF


@pytest.mark.parametrize(
    "command",
    ["/grant abc staff", "/grant 2002 boss", "/grant 1 2 3"],
    ids=["not-a-number", "unknown-role", "too-many-words"],
)
def test_grant_with_bad_arguments_shows_usage(core: DialogueCore, command: str) -> None:
    assert "用法" in say(core, command)


def test_configured_admin_cannot_be_changed_in_chat(app: App) -> None:
    core = build_core(app)
    assert "GOALBOT_ADMINS" in say(core, f"/grant {ADMIN} viewer")
    assert "GOALBOT_ADMINS" in say(core, f"/revoke {ADMIN}")
    assert stored_role(app, ADMIN) is None


def test_revoke_by_id_removes_the_role_and_logs_it(app: App) -> None:
    core = build_core(app)
    say(core, f"/grant {STAFF} staff")
    assert say(core, f"/revoke {STAFF}") == f"已撤销用户 {STAFF} 的工作人员权限。"
    assert "没有使用权限" in say(core, QUESTION, user=STAFF)  # Refused like any stranger.
    with Session(app.engine) as session:
        revoked = role_changes(session=session, user_id=STAFF)[-1]
    assert (revoked.old_role, revoked.new_role, revoked.changed_by) == ("staff", None, ADMIN)
    assert "没有任何权限" in say(core, f"/revoke {STAFF}")


def test_revoke_from_the_list_of_users(app: App) -> None:
    core = build_core(app)
    say(core, f"/grant {STAFF} staff")
    [(label, data)] = options_of(core, "/revoke")
    assert str(STAFF) in label and "工作人员" in label
    assert "已撤销" in say(core, None, option=data)
    assert stored_role(app, STAFF) is None


def test_revoke_button_pressed_by_a_non_admin_is_refused(app: App) -> None:
    core = build_core(app)
    say(core, f"/grant {STAFF} staff")
    say(core, "/grant 3003 staff")
    assert "需要管理员" in say(core, None, user=STAFF, option=encode("revoke", "3003"))
    assert stored_role(app, 3003) is Role.STAFF


def test_revoke_by_replying_in_a_group(app: App) -> None:
    core = build_core(app)
    say(core, "/subscribe", group=True)
    say(core, f"/grant {STAFF} staff")
    assert "已撤销" in say(core, "/revoke", group=True, reply_to_user_id=STAFF)


def test_users_lists_admins_users_granters_and_groups(core: DialogueCore) -> None:
    say(core, f"/grant {STAFF} staff")
    say(core, "/subscribe", group=True)
    text = say(core, "/users")
    assert "配置中的管理员：1001" in text
    assert f"{STAFF}：工作人员（由 1001 授权，" in text
    assert str(GROUP) in text


def test_non_admin_cannot_grant_and_is_told_why(core: DialogueCore) -> None:
    say(core, f"/grant {STAFF} viewer")
    refusal = say(core, "/grant 5 staff", user=STAFF)
    assert "/grant" in refusal and "管理员" in refusal and "查看者" in refusal


# Invites.


def _invite_code(core: DialogueCore, role: str = "staff") -> str:
    text = say(core, f"/grant invite {role}")
    return text.split("/start ")[-1].rstrip("。")


def test_invite_code_grants_its_role_once_and_logs_the_inviter(app: App) -> None:
    core = build_core(app)
    code = _invite_code(core)
    welcome = say(core, f"/start {code}", user=STRANGER, user_name="新同事")
    assert "邀请已生效" in welcome and "工作人员" in welcome and "4004" in welcome
    assert "300" in say(core, QUESTION, user=STRANGER)
    assert "已被使用" in say(core, f"/start {code}", user=5005)
    assert stored_role(app, 5005) is None
    with Session(app.engine) as session:
        [change] = role_changes(session=session, user_id=STRANGER)
    assert (change.new_role, change.changed_by, change.via) == ("staff", ADMIN, "invite")
    assert "新同事" in say(core, "/users")


def test_invite_shows_a_link_when_the_transport_makes_one(app: App) -> None:
    app.invite_link = lambda code: f"https://t.me/goalbot_test_bot?start={code}"
    text = say(build_core(app), "/grant invite viewer")
    assert "https://t.me/goalbot_test_bot?start=" in text and "查看者" in text


def test_expired_and_unknown_invites_are_refused(app: App) -> None:
    core = build_core(app)
    code = _invite_code(core)
    start = app.clock()
    app.clock = lambda: start + dt.timedelta(days=8)
    assert "已过期" in say(core, f"/start {code}", user=STRANGER)
    assert "无效" in say(core, "/start nosuchcode", user=STRANGER)
    assert stored_role(app, STRANGER) is None


def test_invite_cannot_make_admins_or_be_made_in_a_group(core: DialogueCore) -> None:
    assert "只能授予" in say(core, "/grant invite admin")
    say(core, "/subscribe", group=True)
    assert "私聊" in say(core, "/grant invite staff", group=True)


def test_invite_is_not_spent_by_someone_who_already_has_the_role(app: App) -> None:
    core = build_core(app)
    code = _invite_code(core)
    assert "无需使用" in say(core, f"/start {code}")
    assert "邀请已生效" in say(core, f"/start {code}", user=STRANGER)


# Groups.


def test_unregistered_group_is_silent_except_for_admins(core: DialogueCore) -> None:
    assert say(core, QUESTION, user=STRANGER, group=True) == ""
    assert say(core, "/start", user=STRANGER, group=True) == ""
    assert "/subscribe" in say(core, QUESTION, group=True)  # The admin learns how to register.


def test_registered_group_answers_members_as_viewers(core: DialogueCore) -> None:
    assert "已登记" in say(core, "/subscribe", group=True)
    assert "已经登记" in say(core, "/subscribe", group=True)
    assert "300" in say(core, QUESTION, user=STRANGER, group=True)
    assert "查看者" in say(core, "/whoami", user=STRANGER, group=True)
    assert "查看者" in say(core, "/draft", user=STRANGER, group=True)
    say(core, f"/grant {STAFF} staff")
    assert "起草" in say(core, "/draft", user=STAFF, group=True)


def test_member_of_a_registered_group_is_still_a_stranger_in_private(core: DialogueCore) -> None:
    say(core, "/subscribe", group=True)
    assert "没有使用权限" in say(core, QUESTION, user=STRANGER)


def test_unsubscribed_group_goes_silent_again(core: DialogueCore) -> None:
    say(core, "/subscribe", group=True)
    assert "取消登记" in say(core, "/unsubscribe", group=True)
    assert say(core, QUESTION, user=STRANGER, group=True) == ""
    assert "尚未登记" in say(core, "/unsubscribe", group=True)


def test_subscribe_in_private_asks_for_the_group(core: DialogueCore) -> None:
    assert "群聊中" in say(core, "/subscribe")
