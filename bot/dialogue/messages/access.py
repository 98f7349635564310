"""Chinese wording of access control: refusals, roles, invites, group registration."""

from __future__ import annotations

UNKNOWN_USER = (
    "您好，您还没有使用权限。\n"
    "请把您的 Telegram 用户 ID {user_id} 发给管理员开通，或打开管理员提供的邀请链接。"
)
START_NO_ROLE = (
    "您还没有使用权限。请把您的用户 ID {user_id} 发给管理员开通，或打开管理员提供的邀请链接。"
)
GROUP_NOT_REGISTERED = "本群尚未登记。管理员发送 /subscribe 后，群成员即可在这里提问。"

GRANT_ASK_USER = "请发送要授权的用户 ID（一串数字）。发送 /cancel 取消。"
GRANT_BAD_USER = "用户 ID 应为一串数字，请重新发送，或发送 /cancel 取消。"
GRANT_ASK_ROLE = "请选择要授予用户 {user_id} 的角色："
GRANT_USAGE = (
    "用法：\n"
    "· /grant 用户ID 角色（角色：管理员、工作人员、查看者，或 admin、staff、viewer）\n"
    "· 在群里回复某位成员的消息并发送 /grant 角色\n"
    "· /grant invite 角色：生成一次性邀请链接\n"
    "· 只发送 /grant：按提示一步步操作"
)
GRANTED = "已将用户 {user_id} 的角色设为{role}。"
GRANT_UNCHANGED = "用户 {user_id} 已是{role}，无需更改。"
GRANT_CANCELLED = "已取消授权。"
CONFIGURED_ADMIN = "用户 {user_id} 是配置（GOALBOT_ADMINS）中的管理员，不能在聊天中更改其角色。"
CANCEL_LABEL = "取消"

REVOKED = "已撤销用户 {user_id} 的{role}权限。"
REVOKE_NOTHING = "用户 {user_id} 目前没有任何权限。"
REVOKE_ASK = "请选择要撤销权限的用户："
REVOKE_USAGE = "用法：/revoke 用户ID，或在群里回复该成员的消息并发送 /revoke。"
REVOKE_OPTION = "{user_id}{name}（{role}）"

NO_USERS = "目前没有在聊天中授权的用户。"
USERS_HEADER = "已授权的用户（{count} 人）："
USER_LINE = "· {user_id}{name}：{role}（{by}，{at}）"
GRANTED_BY = "由 {user_id} 授权"
GRANTED_BY_INVITE = "通过邀请加入"
CONFIGURED_ADMINS = "配置中的管理员：{ids}"
GROUPS_HEADER = "已登记的群（{count} 个）：{ids}"
NO_GROUPS = "还没有登记任何群。"

INVITE_CREATED = (
    "已生成一次性邀请（角色：{role}，{days} 天内有效）：\n{link}\n"
    "请把链接发给同事，对方打开后点“开始”即可获得权限。"
)
INVITE_CODE = (
    "已生成一次性邀请码（角色：{role}，{days} 天内有效）：{code}\n"
    "请同事私聊机器人发送 /start {code}。"
)
INVITE_ROLE_LIMIT = "邀请只能授予工作人员或查看者；授予管理员请用 /grant 用户ID 管理员。"
INVITE_PRIVATE_ONLY = "为避免邀请码外泄，请在与我的私聊中生成邀请。"
INVITE_ACCEPTED = "邀请已生效，您现在是{role}。"
INVITE_UNKNOWN = "邀请码无效，请向管理员索取新的邀请。"
INVITE_USED = "该邀请码已被使用，请向管理员索取新的邀请。"
INVITE_EXPIRED = "该邀请码已过期，请向管理员索取新的邀请。"
INVITE_NOT_NEEDED = "您已是{role}，无需使用邀请码。"

SUBSCRIBED = "本群已登记。群成员现在可以@我提问、查看进度；登记和起草仅限工作人员和管理员。"
ALREADY_SUBSCRIBED = "本群已经登记过了。"
UNSUBSCRIBED = "本群已取消登记，我将不再在本群回复。"
NOT_SUBSCRIBED = "本群尚未登记。"
GROUP_ONLY = "请在要登记的群聊中发送此命令。"

# Words accepted for each role in /grant.
ROLE_WORDS = {
    "admin": "admin",
    "管理员": "admin",
    "staff": "staff",
    "工作人员": "staff",
    "员工": "staff",
    "viewer": "viewer",
    "查看者": "viewer",
    "只读": "viewer",
}
INVITE_WORDS = frozenset({"invite", "邀请"})

# Command descriptions shown in Telegram's command menu.
GRANT_DESCRIPTION = "授予角色或生成邀请（管理员）"
REVOKE_DESCRIPTION = "撤销角色（管理员）"
USERS_DESCRIPTION = "查看已授权用户和已登记的群（管理员）"
SUBSCRIBE_DESCRIPTION = "登记本群（管理员）"
UNSUBSCRIBE_DESCRIPTION = "取消登记本群（管理员）"
PENDING_GRANT = "授权 {user_id}"
