"""Chinese wording of the command line."""

from __future__ import annotations

IMPORT_SUMMARY = (
    "导入完成：{projects} 个项目，{indicators} 个指标；"
    "新增 {created}，更新 {updated}，未变 {unchanged}，停用 {retired}。"
)
IMPORT_SKIPPED = "请注意，以下内容未导入："
IMPORT_FAILED = "导入失败（第 {line} 行）：{reason}。{text}\n未导入任何内容。"
READ_FAILED = "无法读取文件 {path}：{error}"
NO_SUCH_PROJECT = "未找到项目“{name}”。可用 goalbot projects 查看项目列表。"
ASK_FAILED = "抱歉，这个问题处理时出现问题，请换个说法再试。"
