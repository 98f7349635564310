"""Chinese wording for importing a 申报表 sent in the chat."""

from __future__ import annotations

from knowledge.errors import DocumentProblem
from knowledge.model import SkipReason
from storage.projects import ChangeKind

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

# Why a document was refused: {text} the cell, {limit} / {limit_mb} the bound, {detail} a hint.
DOCUMENT_PROBLEMS = {
    DocumentProblem.TOO_LARGE: "文件过大（超过 {limit_mb} MB）",
    DocumentProblem.PDF: "暂不能直接读取 PDF，请先导出为文本或 Excel",
    DocumentProblem.UNKNOWN_ENCODING: "无法识别文件编码",
    DocumentProblem.NOT_TEXT: "文件不是文本格式",
    DocumentProblem.WORKBOOK_UNREADABLE: "无法打开 Excel 文件（{detail}）",
    DocumentProblem.WORKBOOK_PART_TOO_LARGE: "Excel 文件解压后过大（单个部分超过 {limit_mb} MB）",
    DocumentProblem.WORKBOOK_TOO_LARGE: "Excel 文件解压后过大（超过 {limit_mb} MB）",
    DocumentProblem.SHEET_TOO_LARGE: "工作表范围过大（{detail}），请只保留申报表内容",
    DocumentProblem.TOO_MANY_ROWS: "表格行数过多（超过 {limit} 行）",
    DocumentProblem.TOO_MANY_CELLS: "表格内容过多（超过 {limit} 个单元格）",
    DocumentProblem.TOO_MANY_ELEMENTS: "Excel 文件结构过于复杂（超过 {limit} 个元素）",
    DocumentProblem.NOT_A_DECLARATION: "未找到“项目名称”，这不像一份绩效目标申报表",
    DocumentProblem.PROJECT_NAME_EMPTY: "项目名称为空",
    DocumentProblem.PROJECT_NAME_MISSING: "指标表前缺少“项目名称”一行",
    DocumentProblem.HEADER_IN_TABLE: "指标表中出现了项目表头，可能缺少申报表标题或“项目名称”一行",
    DocumentProblem.NO_INDICATOR_TABLE: "未找到该项目的绩效指标表",
    DocumentProblem.UNKNOWN_YEAR: "无法确定申报年度",
    DocumentProblem.BAD_DATE: "日期无法识别",
    DocumentProblem.BAD_AMOUNT: "金额无法识别",
    DocumentProblem.MISSING_TARGET: "指标缺少指标值",
    DocumentProblem.MISSING_LEVEL1: "指标前缺少一级指标",
    DocumentProblem.NAME_LOOKS_LIKE_TARGET: "三级指标名称像是指标值",
    DocumentProblem.INDICATOR_NAME_EMPTY: "指标值前缺少三级指标名称",
    DocumentProblem.TEXT_TOO_LONG: "内容过长（超过 {limit} 个字）",
}

# One line per change an import made, in the report.
CHANGE_LINES = {
    ChangeKind.PROJECT_CREATED: "新项目：{project}（{year}年度）",
    ChangeKind.PROJECT_UPDATED: "{project}：更新 {fields}",
    ChangeKind.TARGET_CHANGED: "{project} / {indicator}：{before} → {after}",
    ChangeKind.INDICATOR_RETIRED: "{project}：停用指标 {indicator}",
}

# The fields an update names, as the form calls them (storage names them in English).
CHANGED_FIELDS = {
    "nature": "项目性质",
    "category": "项目类别",
    "department": "主管部门",
    "implementer": "实施单位",
    "planned_start": "计划开始日期",
    "planned_end": "计划完成日期",
    "dates_by_month": "日期写法（按月）",
    "overall_goal": "项目总体目标",
    "overall_goal_label": "总体目标名称",
    "annual_goal": "年度总体目标",
    "project_total_fen": "项目资金总额",
    "project_fiscal_fen": "财政资金",
    "project_other_fen": "其他资金（项目资金）",
    "annual_total_fen": "年度资金申请总额",
    "annual_appropriation_fen": "当年财政拨款",
    "annual_carry_over_fen": "上年结转资金",
    "annual_other_fen": "其他资金（年度资金申请）",
}
FIELD_JOINER = "、"

# Rows left out of an import that went ahead.
SKIPPED = "请注意，以下内容未导入："
SKIPPED_LINES = {
    SkipReason.HEADER_WITHOUT_PROJECT: (
        "第 {line} 行起的项目信息（{text}）缺少“项目名称”一行，已跳过"
    ),
    SkipReason.DUPLICATE_INDICATOR: (
        "第 {line} 行的指标“{text}”与前面的同名指标值不同，已跳过，保留前一行"
    ),
}
