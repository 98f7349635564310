"""Chinese texts of ``goalbot backup`` and ``goalbot restore``."""

from __future__ import annotations

BACKUP_HELP = "备份数据库到一个文件（SQLite 可在机器人运行时备份；PostgreSQL 需要 pg_dump）"
BACKUP_PATH = "备份文件的路径"
RESTORE_HELP = "从备份文件恢复数据库（请先停止机器人）"
RESTORE_PATH = "备份文件的路径"
FORCE = "覆盖已有的文件或已有数据的数据库"

BACKUP_DONE = "已备份到 {path}（{size}）。"
RESTORE_DONE = "已从 {path} 恢复数据库。下次启动时如有需要会自动升级数据库结构。"
TARGET_EXISTS = "文件 {detail} 已存在，未覆盖。如确需覆盖，请加 --force。"
NOT_A_BACKUP = "文件 {detail} 不是 goalbot 的 SQLite 备份，未恢复。"
MISSING = "找不到备份文件 {detail}。"
NOT_EMPTY = "目标数据库 {detail} 中已有数据，未恢复。如确需用备份覆盖，请加 --force。"
TOOL_MISSING = (
    "未找到 {detail}。PostgreSQL 的备份与恢复需要安装 PostgreSQL 客户端工具"
    "（例如 Debian/Ubuntu 上的 postgresql-client），并确保其在 PATH 中。"
)
TOOL_FAILED = "备份工具执行失败：{detail}"
UNSUPPORTED = "不支持备份这种数据库：{detail}。"
