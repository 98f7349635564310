"""Chinese wording of drafting next year's targets: /draft, the check and the export."""

from __future__ import annotations

# Listing and starting
DRAFTS_HEADER = "起草中的申报表："
DRAFT_LINE = (
    "· {name}（{year}年度）：已处理 {done}/{total} 个指标，{status}，最后修改：{who} {when}"
)
STATUS_NAMES = {"drafting": "起草中", "exported": "已导出"}
NO_DRAFTS = "还没有起草中的申报表。"
CHOOSE_PROJECT = "请选择要起草 {year} 年度申报表的项目："
NO_SUCH_PROJECT = "没有找到项目「{name}」，请从下面选择："
NO_PROJECTS = "目前没有可以起草的项目。"
STARTED = (
    "开始起草《{name}》{year} 年度申报表（依据 {source} 年度申报表和已登记的完成情况）。"
    "每一步都会自动保存。"
)
RESUMED = "继续起草《{name}》{year} 年度申报表（上次修改：{who} {when}）。"
UNKNOWN_USER = "未知用户"

DRAFT_DESCRIPTION = "起草下一年度绩效目标"
PENDING_DRAFT = "起草《{name}》{year} 年度申报表"
PENDING_DRAFT_EMPTY = "起草申报表"
CHOOSE_WITH_BUTTONS = "请点击上面的按钮选择，或发送 /cancel 退出（草稿已保存）。"

# Header and funding
HEADER_SUMMARY = (
    "第一步：表头与资金（单位：元）\n"
    "项目名称：{name}\n"
    "计划开始日期：{start}　计划完成日期：{end}\n"
    "年度资金申请总额：{annual_total}\n"
    "其中：当年财政拨款：{appropriation}\n"
    "上年结转资金：{carry_over}\n"
    "其他资金：{annual_other}"
)
HEADER_MULTI_YEAR = "项目资金总额：{project_total}（跨年度项目）"
ASK_FUNDING_FIELD = "请选择要修改的金额，或点“保持不变”："
ASK_AMOUNT = "请输入新的「{field}」（元或万元均可，例如 150万元、1,500,000）："
BAD_AMOUNT = "「{text}」不是有效的金额。请写成 150万元 或 1,500,000 这样的形式。"
AMOUNT_NEEDS_UNIT = "「{text}」是元还是万元？请带上单位重新输入，例如 {text}万元 或 {text}元："
AMOUNT_SET = "「{field}」已改为 {amount}。"
FUNDING_FIELDS = {
    "annual_total": "年度资金申请总额",
    "annual_appropriation": "当年财政拨款",
    "annual_carry_over": "上年结转资金",
    "annual_other": "其他资金",
    "project_total": "项目资金总额",
}
AMOUNT_BLANK = "（空）"
CHANGE_FIELD = "修改{field}"
APPROPRIATION_FOLLOWS = "当年财政拨款随之调整为相同金额。"

# Goal text
GOAL_SUGGESTION = "第二步：年度总体目标。建议更新年份和届次：\n{diff}"
GOAL_NO_CHANGE = "第二步：年度总体目标（共 {chars} 字，无需更新年份或届次）：\n{text}"
GOAL_DIFF_LINE = "· {before} → {after}"
ASK_GOAL_TEXT = "请发送新的年度总体目标全文："
GOAL_EMPTY = "年度总体目标不能为空，请重新发送："
GOAL_SET = "年度总体目标已更新（{chars} 字）。"
GOAL_TAKEN = "已采用建议，年份和届次已更新。"
GOAL_KEPT = "年度总体目标保持原文。"

# Indicators
INDICATOR_CARD = (
    "第三步：指标 {number}/{total}\n"
    "{level1} / {level2}\n"
    "「{name}」\n"
    "{source_year} 年目标：{target}\n"
    "{source_year} 年已完成：{achieved}\n"
    "建议 {year} 年：{suggested}\n"
    "理由：{reason}\n"
    "当前：{state}"
)
ROW_STATES = {
    "pending": "待处理",
    "suggested": "已采用建议",
    "kept": "已保持原值",
    "changed": "已修改",
    "deleted": "已删除",
    "added": "新增",
}
REASON_ADDED = "本次新增的指标。"
NEW_NAME = "（名称改为「{name}」）"
ACHIEVED_NONE = "尚未登记"
ACHIEVED_VALUE = "{value}（完成率 {percent}）"
ACHIEVED_NO_RATIO = "{value}"
REASONS = {
    "raised": "已完成 {achieved}，超过目标 10% 以上，评审会扣分，建议调高到接近实际完成值。",
    "met": "已完成目标（{percent}），保持原值。",
    "missed": "目前完成 {percent}，尚未达到目标，建议保持原值并关注进度。",
    "no_data": "今年尚未登记完成情况，没有依据调整，保持原值。",
    "deadline": "时限顺延到下一年度的同一日期。",
    "cost_cap": "成本控制数与年度资金申请总额（{budget}）一致。",
    "satisfaction": "满意度目标应不低于 90%。",
    "fixed": "固定值目标（如 =0、=100%）保持不变。",
    "qualitative": "定性表述，保持原值；评审更倾向可衡量的目标，可点“修改”改为数值。",
}
ASK_NEW_TARGET = (
    "请输入「{name}」{year} 年的指标值，写成 运算符+数字+单位，例如 ≥300人、=100%、≤40万元，"
    "或时限如 {year}年12月底前："
)
BAD_TARGET = (
    "「{text}」不是有效的指标值。请写成 ≥300人、=100%、≤40万元 或 {year}年12月底前 这样的形式。"
)
ROW_TAKEN = "已采用建议：{name} {target}"
ROW_KEPT = "已保持原值：{name} {target}"
ROW_CHANGED = "已修改：{name} {target}"
ROW_DELETED = "已删除：{name}"
ROW_MOVED = "已上移。"
DEADLINE_NOT_IN_YEAR = "时限「{text}」不在 {year} 年度内，请重新输入，例如 {year}年12月底前："
ALL_TAKEN = "已对其余 {count} 个指标采用建议。"
SAVED_EXIT = "已保存，随时发送 /draft 继续。"
DRAFT_CHANGED = "这份草稿刚被 {who} 修改过，您的这一步没有保存。以下是最新内容："

# Adding a row
ASK_LEVEL1 = "新增指标：请选择一级指标："
ASK_LEVEL2 = "请选择二级指标（{level1}）："
ASK_ROW_NAME = "请输入三级指标名称："
ROW_NAME_EMPTY = "指标名称不能为空，请重新输入："
ROW_NAME_DUPLICATE = "已有同名指标「{name}」，请换一个名称："
ROW_ADDED = "已新增：{level1} / {level2} / {name} {target}"

# Check and export
CHECK_HEADER = "第四步：导出前检查"
CHECK_OK = "检查通过，没有发现问题。"
CHECK_ERRORS = "检查发现 {count} 个问题，需修改后才能导出："
CHECK_WARNINGS = "提示（可逐条确认后导出）："
WARNING_ACCEPTED = "已确认：{text}"
WARNINGS_ACCEPTED = "已确认 {count} 条提示。"
CHECK_OK_ACCEPTED = "检查通过（{count} 条提示已确认），可以导出。"
EXPORTED = "《{name}》{year} 年度申报表已导出。"
EXPORT_FILE_NAME = "{name}-{year}年度绩效目标申报表.{ext}"

FINDINGS = {
    "no_cost": "缺少成本指标（至少需要一个成本指标）。",
    "missing_level1": "缺少一级指标：{subject}。",
    "missing_output_level2": "产出指标缺少二级指标：{subject}。",
    "unknown_level2": "第 {row} 行：二级指标“{subject}”不属于“{detail}”允许的二级指标。",
    "unknown_level1": "第 {row} 行：一级指标“{subject}”不在允许的范围内。",
    "bad_target": (
        "第 {row} 行「{subject}」：指标值“{detail}”无法识别，"
        "应写成 运算符+数字(单位)，例如 ≥300.00(人)。"
    ),
    "duplicate_name": "第 {row} 行：三级指标“{subject}”重复。",
    "cost_over_budget": "成本控制数 {first} 超过年度资金申请总额 {second}。",
    "deadline_outside_year": "第 {row} 行「{subject}」：时限“{detail}”不在 {year} 年度内。",
    "empty_annual_goal": "年度总体目标为空。",
    "funding_mismatch": "资金不平衡：{subject} {first}，而各分项合计 {second}。",
    "cost_not_budget": "成本控制数 {first} 与年度资金申请总额 {second} 不一致。",
    "low_satisfaction": "第 {row} 行「{subject}」：满意度目标 {detail} 低于 90%。",
    "vague_wording": "第 {row} 行「{subject}」：“{detail}”为定性表述，评审更倾向可衡量的目标。",
    "below_actual": "第 {row} 行「{subject}」：目标 {detail} 明显低于今年已完成的 {first}。",
}

# Option labels
TAKE = "采用建议"
KEEP = "保持原值"
CHANGE = "修改"
DELETE = "删除"
TAKE_ALL = "全部采用建议"
SAVE_EXIT = "保存退出"
KEEP_UNCHANGED = "保持不变"
KEEP_GOAL = "保持原文"
EDIT_GOAL = "重新输入"
ADD_ROW = "新增指标"
MOVE_UP = "上移"
EDIT_HEADER_BUTTON = "修改表头与资金"
EDIT_GOAL_BUTTON = "修改年度目标"
EDIT_ROWS_BUTTON = "逐条修改指标"
ACCEPT_WARNING = "确认：第 {number} 条提示"
ACCEPT_ALL_WARNINGS = "全部确认"
XLSX = "Excel（.xlsx）"
DOCX = "Word（.docx）"
PROJECT_BUTTON = "{name}"

# Command line
CLI_NO_PROJECT = "未找到 {year} 年度可起草的项目“{name}”。可用 goalbot projects 查看项目列表。"
CLI_FRESH_DRAFT = "（尚无保存的草稿，按全部采用建议生成）"
CLI_BLOCKED = "检查未通过，未导出："

# The admins' /audit
AUDIT_LINE = "{at} {who} 草稿《{name}》{year}年度 {action}：{changes}"
AUDIT_ACTIONS = {
    "draft_create": "开始起草",
    "draft_header": "修改表头与资金",
    "draft_goal": "修改年度目标",
    "draft_row": "处理指标",
    "draft_move": "调整顺序",
    "draft_add": "新增指标",
    "draft_take_all": "全部采用建议",
    "draft_accept": "确认提示",
    "draft_export": "导出",
}
AUDIT_ROW = "第 {number} 行 {name} {target}（{state}）"
AUDIT_MORE = "等 {count} 处"
AUDIT_FIELDS = {
    "annual_goal": "年度总体目标",
    "overall_goal": "总体目标",
    "overall_goal_label": "总体目标标题",
    "funding": "资金",
    "planned_start": "计划开始日期",
    "planned_end": "计划完成日期",
    "status": "状态",
}
