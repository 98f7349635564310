"""Chinese wording of recording actuals: /record, 记录 …, /undo, /history, /audit."""

from __future__ import annotations

# Commands
RECORD_DESCRIPTION = "记录实际完成情况"
UNDO_DESCRIPTION = "撤销我最近的一条记录"
HISTORY_DESCRIPTION = "最近的记录（可修改、删除）"
AUDIT_DESCRIPTION = "修改日志（管理员）"
RULE_DESCRIPTION = "设置指标的汇总方式（管理员）"

# Questions
ASK_PROJECT = "请选择项目："
ASK_INDICATOR = "请选择指标（常用的在前），或输入关键词搜索："
ASK_INDICATOR_FOR = "「{value}」记在哪个指标上？请选择，或输入关键词搜索："
ASK_VALUE_COUNT = "请输入「{name}」本次的数量（单位：{unit}），例如 120 或 一百二十："
ASK_VALUE_MONEY = "请输入「{name}」本次支出的金额（元或万元均可，例如 3.5万元、35000元）："
ASK_VALUE_LEVEL = "请输入「{name}」最新的数值（{unit}），例如 98："
ASK_VALUE_STATUS = "请选择「{name}」的完成情况（也可以附上简短说明，例如：达成，媒体报道5篇）："
ASK_VALUE_DEADLINE = "「{name}」是时效指标，完成了吗？"
ASK_DATE = "活动日期？默认今天（{today}）。也可以输入 昨天、上周五、11月3日、2026-11-03："
ASK_EVENT = "活动名称或备注？（可跳过）"
ASK_NOTE = "请输入备注（可跳过）："
ASK_EDIT_FIELD = "要修改哪一项？"
ASK_SEARCH_AGAIN = "没有找到与「{query}」相近的指标，请换个关键词，或从下面选择："
SEARCH_RESULTS = "找到以下指标，请选择："

# Option labels
TODAY = "今天"
YESTERDAY = "昨天"
SKIP = "跳过"
CONFIRM = "确认"
EDIT = "修改"
CANCEL = "取消"
YES = "确定"
NO = "不，重新输入"
DONE = "已完成"
STATUS_LABELS = {"达成": "达成", "部分达成": "部分达成", "未达成": "未达成"}
FIELD_INDICATOR = "指标"
FIELD_VALUE = "数值"
FIELD_DATE = "日期"
FIELD_EVENT = "活动名称"
FIELD_NOTE = "备注"
FIELD_VALUE_OF = "数值{number}"
FIELD_INDICATOR_OF = "指标{number}"
INDICATOR_LABEL = "{name}"
INDICATOR_LABEL_WITH_PROJECT = "{name}（{project}）"

# Reasons (the same question follows)
NOT_A_NUMBER = "「{text}」不是一个数字。"
NEGATIVE = "数值不能为负数（{value}）。如需更正已有记录，请用 /history 修改。"
FRACTIONAL = "数量应为整数（收到 {value}）。"
UNIT_MISMATCH = "单位「{unit}」与该指标不符，该指标的单位是「{expected}」。"
UNIT_MISMATCH_NO_UNIT = "单位「{unit}」与该指标不符。"
PERCENT_OVER = "百分比不能超过 100%（收到 {value}%）。"
UNKNOWN_STATUS = "请回答 达成、部分达成 或 未达成。"
BAD_DATE = "没有看懂日期「{text}」。可以写 今天、昨天、前天、上周五、11月3日、2026-11-03 或 11.3。"
UNKNOWN_PROJECT = "没有找到项目「{text}」，请从下面选择："
CHOOSE_WITH_BUTTONS = "请点击上面的选项，或发送 /cancel 退出。"
CHOOSE_BY_NUMBER = "请输入上面选项的序号，或输入 /cancel 退出。"

# Confirmations of unusual input
FUTURE_DATE = "日期 {date} 晚于今天（{today}），确定吗？"
OUTSIDE_YEAR = "日期 {date} 不在项目的 {year} 年度内，确定吗？"
FAR_BEYOND = "「{name}」本次 {value}{unit} 超过目标 {target}{unit} 的 10 倍，确定吗？"

# Summary
SUMMARY_HEADER = "请核对以下记录："
SUMMARY_ITEM = "· {name}：{value}"
SUMMARY_DATE = "日期：{date}"
SUMMARY_EVENT = "活动：{event}"
SUMMARY_NOTE = "备注：{note}"
SUMMARY_PROJECT = "项目：{project}"
SUMMARY_FOOTER = "确认后保存。"
STALE_CONFIRMATION = "这个确认按钮已过期（记录内容在此之后有改动），请核对最新的摘要。"

# Results
SAVED = "已保存 {count} 条记录。"
ALREADY_SAVED = "这条记录已经保存过，未重复记录。"
NOT_SAVED = "已取消，未保存任何记录。"
PROGRESS_COUNT = "{name}：已完成 {achieved} / 目标 {target} {unit}{percent}"
PROGRESS_MONEY = "{name}：已支出 {achieved} / 上限 {target} {unit}{percent}"
PROGRESS_LEVEL = "{name}：最新 {achieved} / 目标 {target} {unit}{percent}"
PROGRESS_LEVEL_NONE = "{name}：尚无记录 / 目标 {target} {unit}"
PROGRESS_STATUS = "{name}：{status} / 目标 {target}"
PROGRESS_STATUS_NONE = "{name}：尚无记录 / 目标 {target}"
PROGRESS_DEADLINE = "{name}：{date} 完成 / 目标 {target}（{status}）"
PROGRESS_PERCENT = "（{percent}）"
DEADLINE_ON_TIME = "按期"
DEADLINE_LATE = "逾期"

# Values as shown
VALUE_WITH_UNIT = "{value} {unit}"
VALUE_STATUS = "{status}"
VALUE_DONE = "已完成"
VALUE_MISSING = "（待填写）"

# Undo
NOTHING_TO_UNDO = "您还没有可以撤销的记录。"
UNDO_QUESTION = "确定撤销这条记录吗？\n{entry}"
UNDO_YES = "确认撤销"
UNDO_NO = "保留"
UNDONE = "已撤销。"
UNDO_KEPT = "已保留该记录。"

# History
NO_HISTORY = "暂无记录。"
HISTORY_HEADER_MINE = "您最近的 {count} 条记录："
HISTORY_HEADER_ALL = "最近的 {count} 条记录（全部人员）："
HISTORY_LINE = "{number}. {date} {name}：{value}{extra}"
HISTORY_EXTRA_EVENT = "（{event}）"
HISTORY_EXTRA_BY = " —— {who}"
HISTORY_EDIT = "修改 {entry}"
HISTORY_DELETE = "删除 {entry}"
ENTRY_LABEL = "{name} {value} {date}"
ENTRY_LINE = "{date} {name}：{value}{extra}"
DELETE_QUESTION = "确定删除这条记录吗？\n{entry}"
DELETE_YES = "确认删除"
DELETED = "已删除。"
EDIT_REVIEW = "修改前：{before}\n修改后：{after}"
EDIT_YES = "确认修改"
EDITED = "已修改。"
EDIT_CANCELLED = "已取消修改。"
ENTRY_GONE = "这条记录已被删除。"
ENTRY_CHANGED = "这条记录刚被其他人修改过，请重新打开 /history 查看。"
ENTRY_NOT_YOURS = "您只能修改或删除自己的记录。"

# Audit
NO_AUDIT = "暂无修改日志。"
AUDIT_HEADER = "最近 {count} 条修改日志："
AUDIT_LINE = "{at} {who} {action} {name}：{before} → {after}"
AUDIT_ACTIONS = {"create": "新增", "update": "修改", "delete": "删除", "aggregation": "汇总方式"}
AUDIT_NOTHING = "—"
USER_FALLBACK = "用户{user_id}"

# Aggregation rules
AGGREGATION_NAMES = {
    "count": "累计（按次数、人数相加）",
    "money": "金额累计（元/万元）",
    "level": "最新值为准（比率、水平）",
    "status": "最新状态为准（达成/部分达成/未达成）",
    "deadline": "按完成日期判断（时效）",
}
AGGREGATION_WORDS = {
    "累计": "count",
    "相加": "count",
    "金额": "money",
    "最新": "level",
    "状态": "status",
    "时效": "deadline",
}
RULE_USAGE = "用法：/rule 指标关键词 方式（方式：累计、金额、最新、状态、时效）"
RULE_SHOW = "「{name}」的汇总方式：{rule}"
RULE_SET = "已将「{name}」的汇总方式设为：{rule}"
RULE_UNKNOWN_INDICATOR = "没有找到指标「{text}」。"
RULE_AMBIGUOUS = "「{text}」对应多个指标，请写得更具体：\n{names}"
DEADLINE_ONLY_DONE = "时效指标在完成时记录即可；完成后请回复「已完成」。"
UNKNOWN_ENTRY = "找不到这条记录。"
PENDING_RECORD = "登记：{what}"
PENDING_RECORD_EMPTY = "尚未选择指标"
PENDING_HISTORY = "记录修改"
APPROXIMATE_NOTE = "约数"
ASK_MONEY_UNIT = "{number} 是万元还是元？"
UNIT_OPTION = "{number} {unit}"
PENDING_UNDO = "撤销"
MORE = "更多（第 {page}/{pages} 页）"
