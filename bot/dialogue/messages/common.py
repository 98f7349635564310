"""Chinese wording shared by the whole conversation."""

from __future__ import annotations

WELCOME = (
    "您好，我是绩效目标助手。\n"
    "我可以查询项目预算、绩效指标和目标值，记录实际完成情况，并汇总进度。"
)
YOUR_ROLE = "您的角色：{role}；您的 Telegram 用户 ID：{user_id}"
ROLE_NAMES = {"admin": "管理员", "staff": "工作人员", "viewer": "查看者"}
HELP = (
    "您可以直接提问，例如：\n"
    "· 国际交流项目活动参与人数目标是多少\n"
    "· 企业科技创新服务项目预算多少\n"
    "· 国际交流项目有哪些质量指标\n"
    "常用命令：/projects 项目列表，/record 记录完成情况，/progress 查看进度，"
    "/cancel 取消当前操作。"
)
CANCELLED = "已取消当前操作。"
NOTHING_TO_CANCEL = "当前没有进行中的操作。"
FLOW_EXPIRED = "上一个操作已超过 30 分钟未继续，已自动取消。"
UNKNOWN_COMMAND = "未识别的命令 /{name}。发送 /help 查看可用命令。"
NOT_ALLOWED = "抱歉，您没有执行此操作的权限。"
OPTION_EXPIRED = "该选项已失效，请重新发起。"
NOT_YOUR_FLOW = "这是 {owner} 的操作，请使用您自己的按钮。"
PENDING_FLOW = "（您还有一项未完成的{what}，发送 /cancel 取消）"
PENDING_AT_START = "您上次还有一项未完成的{what}，可以继续："
ASK_REPLACE_FLOW = "您还有一项未完成的{what}。要放弃它，开始新的操作吗？"
REPLACE_FLOW = "放弃原操作，开始新的"
KEEP_FLOW = "继续原操作"
INTERNAL_ERROR = "抱歉，处理时出现问题，请稍后再试。"
TEXT_TOO_LONG = "消息过长（超过 {limit} 字），请精简后再发送。"
EMPTY_MESSAGE = "请发送文字消息。"
PROJECTS_HEADER = "共有 {count} 个项目："
PROJECT_LINE = "{number}. {name}（{year}年度，预算 {budget}）"
NO_PROJECTS = "目前还没有导入任何项目。"
NOT_ALLOWED_ROLE = "抱歉，/{name} 需要{required}或更高权限；您当前的角色是{role}。"
NO_ROLE_NAME = "无"
QA_UNAVAILABLE = "抱歉，问答功能暂不可用，请稍后再试。"
DRAFT_UNAVAILABLE = "抱歉，起草下一年度绩效目标的功能尚未开放，敬请期待。"

# Command descriptions shown in Telegram's command menu.
START_DESCRIPTION = "开始使用，查看我的角色"
HELP_DESCRIPTION = "示例问题与命令"
WHOAMI_DESCRIPTION = "查看我的角色和用户 ID"
PROJECTS_DESCRIPTION = "项目列表"
DRAFT_DESCRIPTION = "起草下一年度绩效目标"
CANCEL_DESCRIPTION = "取消当前操作"
