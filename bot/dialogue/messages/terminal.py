"""Chinese wording of the terminal chat."""

from __future__ import annotations

BANNER = "绩效目标助手（终端模式）。直接输入问题；输入序号选择选项；输入“退出”结束。"
GOODBYE = "再见。"
QUIT_WORDS = frozenset({"退出", "exit", "quit", "/quit"})
PHOTO_SAVED = "［图片已保存：{path}］"
DOCUMENT_SAVED = "［文件已保存：{path}］"
LOCAL_USER_NAME = "本机管理员"
