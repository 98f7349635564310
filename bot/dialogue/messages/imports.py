"""Chinese wording for importing a 申报表 sent in the chat."""

from __future__ import annotations

UNSUPPORTED_FILE = (
    "只能导入 .txt（由 PDF 导出的文本）或 .xlsx 格式的申报表；《{file_name}》不是这两种格式。"
)
ADMIN_ONLY = "只有管理员可以导入申报表。如需更新数据，请联系管理员。"
FAILED = "导入失败（第 {line} 行）：{reason}。{text}\n未导入任何内容，请检查文件后重新发送。"
DONE = (
    "已导入《{file_name}》：{projects} 个项目，{indicators} 个指标；"
    "新增 {created}，更新 {updated}，未变 {unchanged}，停用 {retired}。"
)
CHANGES = "变化："
MORE_CHANGES = "……另有 {count} 处变化"
PREVIEW = (
    "这是由本助手导出的申报表《{file_name}》。导入后的变化预览："
    "{projects} 个项目（新增项目 {projects_created}，更新项目 {projects_updated}），"
    "{indicators} 个指标；"
    "新增 {created}，更新 {updated}，未变 {unchanged}，停用 {retired}。"
)
ASK_CONFIRM = "确认导入吗？"
CONFIRM = "确认导入"
CANCEL = "取消"
CANCELLED = "已取消，未导入任何内容。"
PENDING_IMPORT = "导入《{file_name}》"
