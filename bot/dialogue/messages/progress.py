"""Chinese wording of progress: summaries, statuses, the chart, scores, exports, schedules."""

from __future__ import annotations

LIGHT_EMOJI = {"blue": "🔵", "green": "🟢", "grey": "⚪", "yellow": "🟡", "red": "🔴"}

SUMMARY_HEADER = "进度简报（{date}，序时进度 {elapsed}）"
HEADLINE = "{light} {name}：{total} 项，{counts}；{budget}"
HEADLINE_COUNT = "{status} {count}"
COUNT_SEPARATOR = " · "
BUDGET = "预算执行 {rate}（序时 {elapsed}）{light}"
BUDGET_NONE = "预算执行 未登记支出"
BUDGET_RULE = (
    "预算执行率 = 成本指标已登记支出 ÷ 年度资金申请总额；"
    "与序时进度之比 ≥80% 绿，60%–80% 黄，<60% 红。"
)
ATTENTION_HEADER = "需要关注："
ATTENTION_PROJECT = "【{name}】"
NO_ATTENTION = "暂无需要关注的指标。"
ATTENTION_EMPTY = "🔴 尚未登记、已滞后（{count} 项）：{names}"
MORE_HINT = "查看某个项目的全部指标：/progress 项目名称，或点下方按钮。"
SHOW_ALL = "查看全部：{name}"
PROJECT_HEADER = "【{name}】{year}年度 · {date} · 序时进度 {elapsed}"
PROJECT_HEADLINE = "{total} 项，{counts}"
NOTHING = "目前还没有可汇总的项目。请先导入申报表。"
NO_SUCH_PROJECT = "未找到项目“{name}”。可发送 /projects 查看项目列表。"

# One indicator: light, short name, status and the figures behind it.
LINE = "{light} {name}：{status}{detail}"
DETAIL_QUANTITY = "，{achieved} / {target}（{completion}）"
DETAIL_DUE = "，序时应完成 {due}{unit}"
DETAIL_EMPTY = "，未登记（目标 {target}）"
DETAIL_CAP = "，已支出 {achieved} / 上限 {target}（{completion}）"
DETAIL_LATEST = "，最新 {achieved} / 目标 {target}"
DETAIL_DEADLINE = "（{target}）"
DETAIL_DONE_ON = "，{date} 完成"
DETAIL_QUALITATIVE = "（目标：{target}）"
DETAIL_MILESTONE = "，里程碑 {month} 月"

# Questions answered with the same rules.
BEHIND_HEADER = "滞后或需关注的指标（{date}，序时进度 {elapsed}）："
BEHIND_NONE = "目前没有滞后、风险、超限或逾期的指标。"
BUDGET_HEADER = "预算执行率（{date}，序时进度 {elapsed}）："
BUDGET_LINE = "{light} {name}：已支出 {spent} / 年度预算 {budget}，执行率 {rate}"
BUDGET_LINE_NONE = "⚪ {name}：没有可登记支出的成本指标或预算"

# The chart.
CHART_TITLE = "{name} 完成情况（{date}）"
CHART_AXIS = "完成率（相对年度目标）"
CHART_ELAPSED = "序时进度 {elapsed}"
CHART_CAPTION = (
    "【{name}】各指标完成率，竖线为序时进度 {elapsed}；"
    "颜色：蓝 超前，绿 正常/已完成，黄 关注/风险，红 滞后/超限，灰 未开始。"
)

# Self-evaluation estimate.
SCORE_HEADER = "【{name}】绩效自评预估：{total} 分（{grade}）"
SCORE_GROUPS = (
    "产出 {output}/50 · 效益 {outcome}/30 · 满意度 {satisfaction}/10 · 预算执行率 {budget}/10"
)
SCORE_LOSSES = "失分最多的指标："
SCORE_REACH = "· {name} 还差 {gap}{unit}，可多得 {points} 分"
SCORE_CUT = "· {name} 超出上限 {gap}{unit}，控制在上限内可多得 {points} 分"
SCORE_ZERO = "· {name} 已发生 {gap}{unit}，须为 0，失 {points} 分"
SCORE_RATE = "· {name} 当前{status}，达成可多得 {points} 分"
SCORE_NO_LOSS = "各指标均按满分估算。"
SCORE_RULE = (
    "按当前登记数估算：定量指标按完成比例，上限指标超出部分扣分，"
    "定性指标达成 100%、部分达成 70%、未达成 30%，未评价按 0 计。"
)

# Export.
EXPORT_CAPTION = "进度表（{date}），每个项目一个工作表。"
EXPORT_FILE = "进度表-{date}.xlsx"
SHEET_HEADERS = (
    "一级指标",
    "二级指标",
    "三级指标",
    "指标值",
    "实际完成",
    "单位",
    "完成率",
    "状态",
    "最近登记",
)
SHEET_TITLE = "{name}（{year}年度）"
SHEET_SUMMARY = "{budget}"

# Commands.
PROGRESS_DESCRIPTION = "查看进度简报"
SCORE_DESCRIPTION = "绩效自评预估"
EXPORT_DESCRIPTION = "导出进度表（.xlsx）"
SUMMARY_DESCRIPTION = "在群里立即发布进度简报"
SCHEDULE_DESCRIPTION = "查看本群定时简报"

# Scheduled posts.
SCHEDULE_SET = "已设置本群定时简报：{when}（{zone}）。"
SCHEDULE_OFF = "已关闭本群的定时简报。"
SCHEDULE_NONE = "本群未设置定时简报。管理员可发送 /subscribe 每周一 9:00 设置。"
SCHEDULE_SHOW = "本群定时简报：{when}（{zone}），下次发布：{next}。"
SCHEDULE_BAD = "无法识别“{text}”。可以写：每周一 9:00、每天 18:00、每月1日 9:00，或“关闭”。"
SCHEDULE_GROUP_ONLY = "请在工作群中设置定时简报。"
WEEKDAY_NAMES = ("一", "二", "三", "四", "五", "六", "日")
WHEN_DAILY = "每天 {time}"
WHEN_WEEKLY = "每周{weekday} {time}"
WHEN_MONTHLY = "每月{day}日 {time}"
POST_CHANGES_NONE = "自上次简报以来没有新的记录。"
POST_CHANGES = "自上次简报以来新增 {count} 条记录：{names}"
POST_NEW_DONE = "新完成：{names}"
POST_NEW_BEHIND = "新滞后：{names}"
NAME_SEPARATOR = "、"

# Reminders.
REMINDER = (
    "提醒：您登记过的【{project}】有指标滞后且已 {days} 天没有新记录：{names}。"
    "如已开展，请用 /record 登记。"
)
REMINDER_STOP = "不再提醒"
REMINDER_STOPPED = "好的，以后不再发送进度提醒。"

# Admin settings through /rule.
MILESTONE_WORD = "里程碑"
WEIGHT_WORD = "权重"
CLEAR_WORDS = frozenset({"无", "取消", "清除"})
SETTING_UNKNOWN_INDICATOR = "未找到与“{text}”相关的指标。"
MILESTONE_SET = (
    "已将「{name}」的里程碑设为 {month} 月：该月结束前未登记视为正常，之后按全额目标判断。"
)
MILESTONE_CLEARED = "已取消「{name}」的里程碑，恢复按序时进度判断。"
MILESTONE_BAD = "无法识别月份“{text}”，请写 1–12 月，例如：/rule 港澳台学生人数 里程碑 7月"
WEIGHT_SET = "已将「{name}」的自评权重设为 {weight} 分，同组其余指标平分剩余分值。"
WEIGHT_CLEARED = "已取消「{name}」的自评权重设置，恢复平均分配。"
WEIGHT_BAD = "无法识别权重“{text}”，请写 0–50 之间的数字，例如：/rule 活动参与人数 权重 10"
GROUP_WORD = "计入"
GROUP_SET = "已将「{name}」计入自评的{group}部分。"
GROUP_CLEARED = "「{name}」恢复按一级指标计入自评。"
GROUP_BAD = "无法识别“{text}”，可写：产出、效益、满意度，例如：/rule 成本控制数 计入 效益"
