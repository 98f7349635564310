"""Chinese wording of the Telegram transport."""

from __future__ import annotations

NO_TOKEN = (
    "未设置 Telegram 机器人令牌。请先在 @BotFather 创建机器人，"
    "再把令牌写入环境变量 TELEGRAM_BOT_TOKEN（或 .env 文件）后运行 goalbot run。"
)
ALREADY_HANDLED = "已处理"
CHOSEN = "已选择：{label}"
FILE_TOO_LARGE = "文件过大（超过 {limit} MB），请压缩或拆分后再发送。"
INVALID_TOKEN = (
    "Telegram 拒绝了机器人令牌。请检查环境变量 TELEGRAM_BOT_TOKEN 是否与 @BotFather 给出的一致。"
)
