"""Chinese wording of answers to questions about projects, money, indicators and goals."""

from __future__ import annotations

PROJECT = "【{name}】"
INDICATOR_TARGET = "【{project}】{path}：指标值 {target}"
RAW_TARGET = "（申报表原文：{raw}）"
STANDARD = "；绩效标准：{standard}"
LISTED_STANDARD = "（{standard}）"
CONVERTED = "，折合 {amount}"
INDICATOR_IN_PROJECTS = "该指标在 {count} 个项目中均有设置（共 {count} 项）："
INDICATOR_OPTION = "{project}：{name}"

SEVERAL_UNMATCHED = "未能确定“{words}”对应哪个指标，请换个说法单独问一下。"
SEVERAL_ABSENT = "申报表中没有找到“{words}”这一项，这部分不给出数字。"
UNKNOWN_PROJECT = "抱歉，没有找到“{names}”这个项目。目前已知的项目有：{projects}。"
UNKNOWN_PROJECT_MORE = "{projects}等 {count} 个"
UNKNOWN_PROJECT_HINT = "请说出其中一个项目的名称再问。"
NOT_IN_FORM = "申报表中没有找到“{words}”这一项，因此不给出数字。"
OTHER_UNIT = (
    "申报表中没有以“{unit}”计的这一项：“{words}”不是以“{unit}”计的数值，因此不给出数字。"
    "可选择查看该指标："
)
# A condition on the rows listed that was not read (目标做到九成五的): asked back, no list.
UNREAD_CONDITION = (
    "没能读懂“{words}”这个筛选条件，为免列出不符合条件的指标，这里不给出列表。"
    "可以换个说法，例如：指标值为 0 的指标、单位是“场”的指标、以“≥”设定的指标、"
    "指标值不低于 90% 的指标。"
)
NOT_IN_FORM_CLOSEST = "相近的指标有以下几项，可选择查看："
PROJECT_YEAR_NOT_LOADED = (
    "【{project}】没有 {year} 年度的申报表（该项目已有年度：{years}），无法回答该年度的问题。"
)
YEAR_NOT_LOADED = "目前没有 {year} 年度的申报表（已有年度：{years}），无法回答该年度的问题。"
WORD_JOINER = "”“"
UNDERSTOOD_AS = "按“{name}”理解："
READ_AS = "（“{written}”按“{meant}”理解）"  # a typo the question was read past
RESTATED = "（按您更正后的说法理解：“{text}”）"
SET_APART = "（“{told}”是您提供的情况，不作为查询条件；以下为申报表中的内容）"
PREMISE_HOLDS = "（您说的“{told}”与申报表一致）"
PREMISE_DIFFERS = "（您说的“{told}”与申报表不一致，以申报表为准）"
SPAN_NOT_STATED = "申报表按年度填报，没有“{span}”的数；以下为年度数，仅供参考。"
CLARIFY = "您是想问以下哪一项吗？请选择："
CHOOSE_PROJECT = "有 {count} 个项目符合这个名称，您问的是哪一个？"
CHOOSE_PROJECT_MORE = "以下是最接近的 {shown} 个，也可以直接说出完整的项目名称："
CHOOSE_PROJECT_MANY = (
    "很多项目都设置了这一项，您问的是哪个项目？以下是其中 {shown} 个，也可以直接说出项目名称："
)
CLARIFY_PROGRESS = "您是想查询以下哪一项的完成情况吗？请选择："

PROGRESS_NONE = "【{project}】{name}：目前尚未登记实际完成情况（指标值 {target}）。"
PROGRESS_QUANTITY = (
    "【{project}】{name}：已登记 {entries} 次，累计完成 {achieved}，指标值 {target}{ratio}。"
)
PROGRESS_STATUS = (
    "【{project}】{name}：已登记 {entries} 次，最近评价为“{status}”，指标值 {target}。"
)
PROGRESS_RATIO = "，完成率 {percent}"
PROGRESS_LAST_DATE = "最近一次登记：{date}。"

AMOUNT_MISSING = "申报表中没有填写此项"
MONEY_LABELS = {
    "budget": "年度预算（年度资金申请总额）",
    "annual_total": "年度资金申请总额",
    "project_total": "项目资金总额",
    "appropriation": "当年财政拨款",
    "carry_over": "上年结转资金",
    "other": "其他资金",
    "annual_other": "其他资金（年度资金申请）",
    "project_other": "其他资金（项目资金）",
    "fiscal": "财政资金",
}
MONEY_LINE = "【{project}】{label}：{amount}"
MONEY_ALSO = "；{label}：{amount}"
MONEY_TOTAL = "{count} 个项目的{label}合计：{amount}"
MONEY_MAX = "{label}最多的是【{project}】：{amount}"
MONEY_MIN = "{label}最少的是【{project}】：{amount}"
MONEY_DETAIL_HEADER = "各项目明细："
MONEY_OPERAND = "【{project}】{amount}"
TIERS = {1: "一级指标", 2: "二级指标", 3: "绩效标准"}  # 3: the column old forms add
TIER_UNDER = "{heading}下的{tier}"
HEADING_COUNT = "【{project}】共有{tier} {count} 个："
HEADING_COUNT_ONLY = "【{project}】共有{tier} {count} 个。"
HEADING_COUNT_ROWS = "【{project}】共有{tier} {count} 个，绩效指标共 {rows} 项："
HEADING_ITEM = "{heading}（{rows} 项）"
HEADING_NAMED = "{heading}（{rows} 项）：{names}"  # 按一级指标分一下: the rows under each
RANK_HIGHEST = "最高的是{figure}；其余："
RANK_LOWEST = "最低的是{figure}；其余："
RANK_SAME = "各项目相同：{figures}"
RANK_SPREAD = "最高与最低相差：{high} − {low} = {difference}"
POINTS = "{count}个百分点"  # a difference of two percentages
NARROWED_TOTAL = "名称含“{words}”的："
WIDER_TOTAL = "不限名称含“{words}”：{total}"
RATIO_ACROSS_UNITS = "两项单位不同（{units}），以下只按数值相除："
UNITS_DIFFER = "这几项的单位不同（{units}），不能直接相加或比较。各项指标值如下："
GIVEN_FIGURE = "您给出的{quote}"
PREVIOUS_RESULT = "上一步结果 {value}"
PERIODS_IN_A_YEAR = "全年按{count}{unit}计"
UNIT_CONVERSION = "每{source}按{count}{unit}计"
SCALE_FACTOR = "{written}（{factor}）"  # 的一半（0.5）: a scale the question asks
SCALE_UNSETTLED = (
    "已理解为求某个数的“{scale}”，但未能确定是哪一个数，因此不给出数字。请只问一个金额或指标。"
)
SCALE_UNUSABLE = "“{scale}”不是可以计算的比例或倍数，因此不给出数字。"
QUOTED_FIGURE = "【{project}】目标所述“{quote}”"
FIGURE_OPERAND = "【{project}】{label} {value}"
QUOTED_OPERAND = "{label} {value}{unit}"
MONEY_CALCULATION = "按{label}计算：{formula} = {result}"
CALCULATION = "计算：{formula} = {result}"
CALCULATION_SOURCE = "（数字出自【{project}】年度总体目标：“{text}”）"
CALCULATION_MISSING = "无法计算：{projects}的申报表未填写{label}。"
CALCULATION_IMPOSSIBLE = "无法计算：{label}为 0，不能作除数。"
PLUS = " + "
MINUS = " − "
DIVIDED = " ÷ "
MULTIPLIED = " × "
AVERAGE = "（{sum}）÷ {count}"
PERCENT_DIFFERENCE = "（{first} − {second}）÷ {second}"
SHARE = "{first} ÷ （{sum}）"
APPROXIMATELY = "约"
MORE = "多"
LESS = "少"
PERCENT_MORE_LESS = "{word}{percent}"
FINER_PERCENT = "（保留两位小数为{percent}%）"
AMOUNT_MORE_LESS = "{word} {amount}"
NO_DIFFERENCE = "{result}，二者相等"
ROUNDED_AMOUNT = "{approx}{wan}万元（{yuan:,}元）"
TIMES = "{value} 倍"

FACT_LABELS = {
    "department": "主管部门",
    "implementer": "实施单位",
    "nature": "项目性质",
    "category": "项目类别",
    "start": "计划开始日期",
    "end": "计划完成日期",
    "period": "计划实施期间",
    "goal": "总体目标",
    "annual_goal": "年度总体目标",
    "overall_goal": "项目总体目标",
    "year": "申报年度",
}
FORM_YEAR = "{year}年度"
FACT_LINE = "【{project}】{label}：{value}"
FACT_SHARED = "{projects}的{label}相同，均为：{value}"
FACTS_PICKED = "符合的项目共 {count} 个："  # 哪些是经常性项目: the projects picked, counted
PROJECT_JOINER = "、"
# 单位一样吗, 有没有差别: whether what the answer shows is the same, said after it.
SAME_COMPARED = "以上 {count} 项的{what}相同，均为 {value}。"
DIFFERENT_COMPARED = "以上 {count} 项的{what}不相同：{values}。"
COMPARED_UNITS = "单位"
COMPARED_TARGETS = "指标值"
NO_UNIT = "无单位"
FACT_MISSING = "申报表中没有填写此项"
DATE = "{iso}（{year}年{month}月{day}日）"
MONTH = "{form}（{year}年{month}月）"
MONTH_END = "{form}（{year}年{month}月底）"
PERIOD = "{start} 至 {end}"
MONTH_PERIOD = "{start}-{end}（{start_year}年{start_month}月至{end_year}年{end_month}月底）"

PROJECT_LIST_HEADER = "目前共有 {count} 个项目："
PROJECT_LIST_LINE = "{number}. {name}（{year}年度，年度预算 {budget}，绩效指标 {count} 项）"

ALL_INDICATORS = "绩效指标"
INDICATOR_COUNT = "【{project}】共有{level} {count} 项。"
COUNTED_NAMES = "分别是：{names}。"
COUNTED_JOINER = "；"
COUNTED_WITH_TARGET = "{name}（{target}）"
INDICATOR_COUNT_MAX = "{level}最多的是【{project}】：{count} 项。"
INDICATOR_COUNT_MIN = "{level}最少的是【{project}】：{count} 项。"
INDICATOR_COUNT_TOTAL = "{projects} 个项目共有{level} {count} 项："
INDICATOR_COUNT_SAME = "各项目的{level}一样多，均为 {count} 项。"
INDICATOR_LIST_HEADER = "【{project}】{level}共 {count} 项："
# 国交以人计的指标里目标最大的: the rows at that end only, not all the filter keeps.
INDICATOR_LIST_AT_END = "【{project}】{level}中{end}的："
INDICATOR_LIST_LINE = "{number}. {path}：{target}"
NO_INDICATORS = "没有找到符合条件的指标。"
NO_INDICATORS_FILTERED = "没有找到{level}，共 0 项。"
FILTERED = "{conditions}的{level}"
FILTER_KINDS = {"quantitative": "定量", "qualitative": "定性", "deadline": "以完成时限设定"}
FILTER_UNIT = "单位为“{unit}”"
FILTER_EXCLUDED_UNIT = "单位不是“{unit}”"
FILTER_OPERATOR = "以“{operator}”设定"
FILTER_VALUE = "指标值为 {value}"
WAN = "万"  # 指标值为 130万: a large value asked for, as it is said
FILTER_BOUND = "指标值{operator}{limit}"
FILTER_WORDS = "名称含“{words}”"
FILTER_EXCLUDED_WORDS = "名称不含“{words}”"
FILTER_TARGET_TEXT = "指标值含“{text}”"
FILTER_DUE = "完成时限为{year}{month}月{day}日前"  # 完成时限为2025年9月30日前: the date due by
FILTER_DUE_MONTH = "完成时限在{year}{month}月"  # 截止在12月的: any day of the month said
FILTER_DUE_YEAR = "{year}年"
FILTER_EXCLUDED_TARGETS = "指标值不含“{texts}”"
FILTER_STANDARD = "绩效标准为“{standard}”"
FILTER_SHARED = "所问项目共有"
FILTER_NOT_SHARED = "不与其他项目同名"
# 两个项目重名的指标: the names shared, counted once, before each project's rows.
SHARED_NAMES = "{projects} 个项目都有的同名指标共 {count} 项：{names}。"
FILTER_EXCLUDED_OPERATOR = "不以“{operator}”设定"
EXCLUDED_OPERATOR_JOINER = "”或“"  # 不以“≥”或“≤”设定
FILTER_OR = "或"
FILTER_EXCLUDED_LEVEL = "不属于{level}"
FILTER_EXCLUDED_KIND = "非{kind}"
FILTER_EXCLUDED_STANDARD = "绩效标准不是“{standard}”"
# 逆向指标: rows whose target caps a figure; 正向: every other row
FILTER_DIRECTIONS = {"smaller": "逆向（越小越好）", "larger": "正向（越大越好）"}

PASSAGE_GOAL = "据【{project}】{label}："
PASSAGE_SUBGOAL = "据【{project}】年度总体目标（{title}）："
PASSAGE_SUBGOAL_PART = "据【{project}】年度总体目标第{part}部分（{title}）："
PART_NUMERALS = "一二三四五六七八九十"  # 第六部分: parts are counted as the form counts them
PASSAGE_INDICATOR = "据【{project}】绩效指标："
PASSAGE_QUOTE = "“{text}”"
PASSAGE_FOCUS = "……{clause}……"

OVERVIEW = (
    "【{project}】{year}年度，主管部门：{department}；实施单位：{implementer}；"
    "年度预算 {budget}；绩效指标 {count} 项。您可以继续询问它的预算、指标或目标。"
)

GREETING = "您好！我是绩效目标助手。"
OUT_OF_SCOPE = "抱歉，这个问题超出了我能回答的范围。"
CAPABILITIES = "我可以解答绩效目标申报表中项目、资金、绩效指标和目标的问题，例如："
EXAMPLE_TARGET = "{indicator}的目标是多少"
EXAMPLE_MONEY = "{project}的预算是多少"
EXAMPLE_LISTING = "{project}有哪些绩效指标"
EXAMPLE_LINE = "· {question}"
OPTION_EXPIRED = "该选项已失效，请重新提问。"
MORE_PROJECTS = "……另有 {count} 个项目未列出，请说明具体项目名称。"
PROGRESS_GAP = "；距目标还差 {gap}"
PROGRESS_TARGET_REACHED = "；已达到目标"
# A check of one figure against another (拨款加结转是否等于总额, 成本超没超预算, 拨款够不够).
CHECK_VERDICT = "核对结果：{verdict}"
CHECK_SAME = "两者相等（一致），都是 {value}。"
CHECK_UNEQUAL = "两者不相等（不一致），"
CHECK_APART = "前者比后者{word} {gap}。"
CHECK_POINTS = "前者比后者{word} {points} 个百分点。"
HIGHER = "高"
LOWER = "低"
CHECK_ABOVE = "超过了，"
CHECK_NOT_ABOVE = "没有超过，"
CHECK_REACHES = "够，"
CHECK_BELOW = "低于，"
CHECK_NOT_BELOW = "没有低于，"
CHECK_SHORT = "不够，前者比后者少 {gap}。"
# 除了产出指标: the rows left if only the first heading under it is meant.
NARROWER_EXCLUSION = "（{project}{level}下还有{others}；若只除去其中的{first}，则共 {count} 项。）"
HEADING_ROWS = "{heading} {count} 项"
NOTE_PROJECT = "【{project}】"
