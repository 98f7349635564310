"""Chinese wording of the command line."""

from __future__ import annotations

IMPORT_SUMMARY = (
    "导入完成：{projects} 个项目，{indicators} 个指标；"
    "新增 {created}，更新 {updated}，未变 {unchanged}，停用 {retired}。"
)
IMPORT_FAILED = "导入失败（第 {line} 行）：{reason}。{text}\n未导入任何内容。"
READ_FAILED = "无法读取文件 {path}：{error}"
NO_SUCH_PROJECT = "未找到项目“{name}”。可用 goalbot projects 查看项目列表。"
ASK_FAILED = "抱歉，这个问题处理时出现问题，请换个说法再试。"
EXPORT_WRITTEN = "已导出：{path}"

# Configuration and environment mistakes: one line naming the setting and the fix.
SETTINGS_INVALID = "配置有误：{field}（{problem}）。请检查环境变量或 .env 中的 GOALBOT_{upper}。"
DATABASE_URL_INVALID = (
    "数据库地址 GOALBOT_DATABASE_URL 无法解析：“{url}”。"
    "请使用 sqlite:///data/goalbot.db 或 postgresql://用户@主机:端口/库名。"
)
DATABASE_KIND_UNSUPPORTED = (
    "不支持的数据库类型：“{url}”。GOALBOT_DATABASE_URL 只支持 sqlite:/// 和 postgresql://。"
)
DATABASE_FOLDER_FAILED = (
    "无法创建或写入数据库所在的文件夹（GOALBOT_DATABASE_URL）：{error}。请换一个可写的路径。"
)
DATABASE_UNREACHABLE = (
    "无法打开或连接数据库（GOALBOT_DATABASE_URL = {url}）：{error}。"
    "请确认文件夹可写，或 PostgreSQL 已启动且地址、用户正确。"
)
BOT_API_UNREACHABLE = (
    "无法连接 Telegram Bot API（GOALBOT_TELEGRAM_API_URL = {url}）：{error}。请检查网络或地址。"
)
SEE_VERBOSE = "（加 --verbose 可查看详细错误信息）"
ASK_USAGE = (
    '用法：goalbot ask "问题"，例如 goalbot ask "国际交流项目活动参与人数目标是多少"；'
    "或 goalbot ask --stdin 每行一个问题。"
)

BUILTIN_NOTICE = (
    "数据库为空，已载入内置的 2026 年度申报表数据（{projects} 个项目，{indicators} 个指标）。"
)
