"""Reading the row filters of a listing question (以"个"计量的指标, 定性指标, 目标是0的指标)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from importlib import resources

from knowledge.model import IndicatorKind
from knowledge.selection import DueSaid, RowFilter
from knowledge.units import MONEY_UNITS, TEN_THOUSAND, UNITS
from nlu.numbers import NumberSpan, find_numbers, parse_number
from nlu.ordering import longest_first
from nlu.prepared import built_once

FILTERS_FILE = "filters.txt"
_CJK = re.compile(r"[\u4e00-\u9fff]")
PERCENT_UNIT = "%"
RELATIVE_END = "的"
TERSE_FILLERS = "的指标类型 "  # 企服定量的指标: words around conditions said alone
ROWS_WORD = "指标"  # beside a verb of [by_mention], it asks rows by their names
PERCENT_BOUND = "%"  # the mark _operator leaves when a bound is a percentage
MONEY_BOUND = "元"  # the mark _operator leaves when a bound is an amount of money
MONEY_UNIT = "万元"  # the unit forms write amounts in
MONEY_WORDS = ("元", "块", "万元", "亿元")  # words after a figure that make it an amount
LARGE_NUMBER_WORDS = ("万", "亿")  # 250万 with no unit after it is an amount
# 指标值为何, 目标是怎么写的: a question word where the value would be, no value.
PLACEHOLDERS = ("某", "什么", "啥", "哪", "多少", "几", "一定", "何", "怎么", "怎样", "如何", "咋")
# 指标值也写一写, 目标写一下: a verb said twice or softened asks the asker be shown, no text.
SOFTENERS = ("一写", "一下", "一些", "一点", "一填")
# 写着提升之类的, 写的是有效提升那个: an example of a sort, or the text pointed at.
_SORT_END = re.compile(r"(?:之类|[这那](?:种|类|个|条|项|样)|什么的|一类|等等|等)$")
PARTICLES = "呀啊呢吧吗嘛哈哦么"  # 目标写的是有效提升呀: a spoken ending, no part of the text
DONE_MARKS = "了过为在成"  # 超过了50, 定死为0, 卡在100: marks between a comparison and its number
POSTFIX_OPERATORS = frozenset({"以上", "以下", "以内"})  # 80以上, 100以内
WRITTEN_OPERATORS = frozenset({"≥", "≤", "=", ">=", "<=", "＞＝", "＜＝"})  # as forms write them
# 目标是大于等于85%的, 目标写的是至少1场的: an operator the forms write (≥, ≤, =) read aloud
# after 目标是 is the target as written (≥85%, ≥1场), not a bound (大于等于85%的指标 holds ≥90%
# too).
SYMBOL_OPERATORS = frozenset({"≥", "≤", "="})
POSTFIX_JOINERS = "及或和"  # 100及以上: the bound itself is included, as 以上 says anyway
OR_JOINERS = "(?:或者|或是|或|和|、|及|/)"  # 以篇或套计的, 目标是降低或减少的, 降低/减少
# 带≥或者≤的: words joining two operators rows may have either of.
OPERATOR_JOINERS = "或者|或是|或|还是|和|、|跟|以及|/|与|及|也没有?[写用带设]?|也不[是用带]?|也没"
# 没带≥、≤符号, 不写≥号: a phrase naming the operators rows lack, with the word for them.
_SYMBOLS_SAID = re.compile(
    r"(?:(?<!有)没有?|(?<!是)不|未)(?:写|用|带|是|设|有|加|标){0,2}[≥≤=<>＞＜、和或及与/\s]+(?:符号|号)?"
)
# 定死一个数, 写一个值: a numeral of one before a word for some figure, no figure itself.
_SOME_FIGURE = re.compile(
    r"[一1]个(?:数|值|数字|数值|固定)"
    r"|[一1]个?(?:项目|张表|张|行|栏|列|段|块)"  # 上限，一个项目一行: how rows are laid out
)
# 满不满意, 到不到位: a word asked as A-not-A, whose 不 negates nothing (不满 is no operator).
A_NOT_A = re.compile(r"([\u4e00-\u9fff]{1,2})[不没](?=\1)")  # 满不满意, 满意不满意
# 不管≥还是=, 无论…: operators named only to say they do not matter.
_REGARDLESS = re.compile(r"(?:不管|无论|不论)[^，,。；;）)]*")
# 不论单位, 不管什么单位: a column said not to matter, which sets no condition on the rows.
_COLUMN_REGARDLESS = re.compile(
    r"(?:不管|无论|不论|不分|不限)(?:是)?(?:什么|哪种|何种|啥)?(?:计量)?(?:单位|运算符|符号)"
    r"(?:是什么|是啥|如何|为何)?"
)
# 不算时间那条, 不包括满意度: rows left out, whose words pick no rows to list.
_LEFT_OUT = re.compile(r"(?:不算|不包括|不包含|不含|去掉)[\u4e00-\u9fff]{1,8}")
# 不算科创赋能那条(其余…): the word pointing at the row after the words of its name, and
# whatever follows it.
_POINTER_END = re.compile(r"(?:那一?条|那一?项|那个|这一?条|这一?项|这个|那些|这些).*$")
# 除去活动参与人数，其余: a row set aside before the rest are asked.
_SET_ASIDE = re.compile(
    r"(?:除了|除去|除开|排除掉?|刨去|刨除)(?P<row>[\u4e00-\u9fff]{2,12}?)"
    r"(?:那一?条|那一?项|那个|这条|这项|的)?(?:以外|之外)?(?=其余|其他|剩下|剩余|还有)"
)
# 时间那条不算, 满意度除外: the rows named first, then left out.
_LEFT_OUT_AFTER = re.compile(
    r"[\u4e00-\u9fff]{1,4}(?:那条|那项|那个|这条|这项|这个)(?:不算|除外|不计|不要)"
    r"|[\u4e00-\u9fff]{1,4}除外"
)
# 相关活动场次: a word going on after a word of [topic_after], unlike 相关的, 相关几个, 相关有哪些.
_ROW_WORDS_AFTER = re.compile(r"(?![的几哪多有都是那些共一指么吗呢吧啊])[\u4e00-\u9fff]")
_ITEMS_COUNTED = re.compile(r"(?:几|多少)[个项条]")  # 相关几个, 涉及的有多少项
# 企服定性几个, 以场计的一共多少项: a count of the items ending the question.
_COUNT_LAST = re.compile(r"(?:几|多少)[个项条](?:指标)?[吧呢啊呀]?$")
# 不是定性的, 非产出指标, 除了产出指标以外: a kind or heading the rows must not have.
_NOT_BEFORE = re.compile(
    r"(?:(?<!是)不是|不属于|非|除了|除去|除开|除|不含|不包括|不包含|不算|不计|去掉|刨去|刨除|扣除"
    r"|(?<!有)没有?|(?<![是有])不|≠|!=|<>|不等于)(?:的|是)?"
    r"(?:按照|按|依照|依据|根据|用|以|采用)?$"
)
# 不算, 不包括, 那条除外: the words of a clause leaving rows out that say so, not which rows.
_LEFT_OUT_MARKS = re.compile(
    r"^(?:不算|不包括|不包含|不含|去掉)|(?:那条|那项|那个|这条|这项|这个)?的?"
    r"(?:不算|不计|不要|除外|不包括在内)(?:在内)?$"
)
_EXCEPT_AFTER = re.compile(
    r"^的?(?:以外|之外|外|不算(?:在内)?$|除外)"
    # 时效指标不算有哪几条, 时限类不计: left out, an ask going on after it
    r"|^(?:类|那类|这类|方面)?的?(?:不算|不计|不计入|不计算)(?:在内)?(?=$|[有还剩其余哪几共一列呢])"
    r"|^(?:那种|这种|那类|这类|那些|这些)的?(?:不算|除外|不要|不计)"  # 截止日期那种不算
)
# （人次不算）, ，数量指标的不算: a clause of its own leaving its words out, read before the
# punctuation that sets it apart is stripped.
_LEFT_OUT_CLAUSE = re.compile(
    r"(?:^|(?<=[(（，,；;、。？?！!\s]))[\u4e00-\u9fff]{1,8}?的?"
    # 合格率那些不用说, 准确性那条就不用管了: left out by telling not to mention it
    r"(?:不算|不计|不要|除外|(?:就|先)?(?:不用|不必|别|甭)(?:说|管|提|看|列|考虑)了?|不用了)(?:在内)?"
    r"(?=[)），,。；;！!？?\s]|$)"
)
# 没写≥, 不是≥: an operator the rows must not have (有没有用=, 是不是≥ ask, they do not negate).
_NEGATION = re.compile(
    r"(?:(?<!有)没有?|(?<!是)不|未|非)(?:写|用|带|是|设|加|标|注|明|上|以|按){0,2}[\"“‘']?$"
)  # 未标注“≥”, 没写明≤, 不以“≥”设定
# Verbs after 以/用/按 + unit that say the rows are counted in it (用百分比考核的指标).
MEASURING_VERBS = (
    "(?:作为|作|做|为|当|当作|当做)(?:计量)?单位|为计量|计量|计数|计算|计|记数|记|统计|算|考核|衡量|表示|表述"
    "|体现|呈现|设定|定|办|举办"  # 按场办的活动: events held, counted in 场
    # 按“次”来数的, 按人头数的: counted in it, said as the verb of counting at a clause's end
    "|(?:清点|点|数)(?=的|$|[，,。；;？?）)])"
    # 用百分比做指标值的, 以万元当目标值: the unit the targets are written in
    "|(?:当|作|做|为|作为|来做|来当)(?:目标值?|指标值|数值|值)"
)
# Question words after a word of [shared] that make it ask what each has (都有哪些, 都有谁, and
# 都有那些 as typed for it).
_ASKING_AFTER = re.compile(r"^(?:哪|那些|那几|什么|啥|几|多少|些|谁)")


# 按百分比的指标和按万元的: what joins two units said each on its own.
_UNITS_JOINED = re.compile(rf"的?(?:指标)?(?:{OR_JOINERS}|还有|以及|跟|与|的)")
SUM_SAID = "合计|总计|加起来|一共|总共|共计|之和|总和|加总"  # 场次合计: a sum of the rows' unit
# Characters that may come right before a unit's name said of rows (是百分比的指标, 以外的百分比
# 指标): inside a word (活动场次指标) the name is no unit asked.
UNIT_LEAD = "是的些外有里中"


def _unit_pattern(units: frozenset[str], names: frozenset[str]) -> re.Pattern[str]:
    """Matches 以"个"计量, 单位是个, 以家为单位, 按场计, 按场次来算, 百分比类的指标."""
    alternatives = "|".join(map(re.escape, longest_first(units)))
    named = "|".join(map(re.escape, longest_first(names))) or "(?!)"
    return re.compile(
        rf"(?:(?<![\u4e00-\u9fff])|(?<=[{UNIT_LEAD}]))(?P<c>{named})(?:类|型)?的?指标|"
        rf"(?:以|用|按|按照|拿|论)[\"“‘']?(?P<a>{alternatives})[\"”’']?%?"  # 以百分比(%)计
        # 以篇或套计, 按篇 条 套计: more units, joined by 或, a list mark or nothing
        rf"(?P<a2>(?:(?:{OR_JOINERS})?(?:以|用|按|按照|拿)?[\"“‘']?(?:{alternatives})[\"”’']?)*)"
        r"数?(?:的?(?:形式|口径))?"  # 按百分比口径考核
        rf"(?:来|进行)?(?:{MEASURING_VERBS})"
        # 单位是个, 单位是按场来算, 计量单位写的是次: the unit column said, then its unit
        rf"|(?:计量)?单位(?P<n>不|并不)?(?:是|为|用|写的是|写的|写着|填的是|填的)(?:按|以|用)?"
        rf"[\"“‘']?(?P<b>{alternatives})[\"”’']?"
        # 单位是篇或套, 计量单位为“家”“名”“条”: more units, joined by 或, a list mark or nothing
        rf"(?P<b2>(?:(?:{OR_JOINERS})?[\"“‘']?(?:{alternatives})[\"”’']?)*)"
        rf"(?:(?:来|进行)?(?:{MEASURING_VERBS}))?"
        rf"|(?:指标|目标值?|指标值)(?:是|为|用|是用)(?P<d>%|{named})"  # 哪些指标是百分比的, 用%
        rf"|(?:是|都是)?(?:用|以|按)[\"“‘']?(?P<f>%|{named})[\"”’']?的"  # 有几个指标是用%的
        # 哪些指标带百分号, 带%的, 指标值那列写了百分号的
        rf"|(?:带|带有|含有|有|写了|写有|写着|标了|标有|标着|填了|打了|加了)[\"“‘']?(?P<e>%|{named})"
        rf"|(?:是|为)[\"“‘']?(?P<g>%|{named})[\"”’']?(?=的|类|型|$|[，,。？?])"  # 不是百分比
        # 人次为单位的, 以…: a unit said before 为单位, after a word's end (项目中人次为单位)
        rf"|(?:(?<![\u4e00-\u9fff])|(?<=[{UNIT_LEAD}]))[\"“‘']?(?P<h>{alternatives})[\"”’']?"
        r"(?:作为|为|做|作|当|当作|当做)(?:计量)?单位"
        # 按万元的指标, 论“场”的活动: a unit, said with 按 or 论 alone
        rf"|(?:按|论)[\"“‘']?(?P<i>{alternatives})[\"”’']?的"
        # 企服场次总和, 人数合计: a unit alone at a word's start, the sum of its rows asked
        rf"|(?:(?<![\u4e00-\u9fff])|(?<=[{UNIT_LEAD}]))(?P<m>{alternatives})数?的?(?={SUM_SAID})"
        # 人次计的指标, 篇、条计的: units said alone at a word's start, then 计
        rf"|(?:(?<![\u4e00-\u9fff])|(?<=[{UNIT_LEAD}]))[\"“‘']?(?P<k>{alternatives})[\"”’']?"
        rf"(?P<k2>(?:(?:{OR_JOINERS})?[\"“‘']?(?:{alternatives})[\"”’']?)*)"
        r"(?:来)?计(?:量|数)?(?=的|$|[，,。？?])"
        # 国交 百分比的, 企服 人次的: a unit alone, the whole ask once the project is said
        rf"|(?:^|(?<=\s))[\"“‘']?(?P<j>%|{named}|{alternatives})[\"”’']?的(?=$|\s|[列有都哪几])"
        # 百分比的那种不算, 人次的除外: a unit alone opening a clause that leaves its rows out
        rf"|(?:^|(?<=[\s，,、；;]))[\"“‘']?(?P<x>%|{named}|{alternatives})[\"”’']?"
        r"(?:的|类|型)?(?:那种|这种|那类|这类|那些|这些)?的?(?=不算|除外|不要|不计)"
    )


# 过百, 超百, 破千, 上百: a round number passed (上百 reaches it).
ROUND_OPERATORS = {"过": ">", "超": ">", "破": ">", "上": "≥"}
ROUND_NUMBERS = {"百": Decimal(100), "千": Decimal(1000)}
_ROUND_BOUND = re.compile(r"([过超破上])了?一?([百千])(?![\u4e00-\u9fff]*?[元块钱])")  # 上了一百

# 目标是0的, 目标值定的是0的, 目标定成100%的, 指标值数字是1的: a target's value or text, said
# after the word for the target and a verb of [value_verb] or [written_verb]; a row (指标) is
# said to be written so only with a verb of writing (指标定的是零的, 有些指标只写了“有效提升”).
VALUE_SUBJECTS = (
    r"(?:目标值?|指标值|要求|值)(?:定的|设的|定得|的数字|数字|的数值|数值|数|的数)?"  # 目标数是120
)
VALUE_ADVERBS = r"(?:只|就|都|全|光|仅|也|均|正好|恰好|刚好|刚刚)?"


FIXED_ENDS = ("成", "为")  # 定成, 设为: verbs fixing a figure end so


def _value_pattern(verbs: list[str], written: list[str], held: list[str]) -> re.Pattern[str]:
    """Matches the words saying a target's value or text comes next (目标填的是, 要求做到)."""
    plain = "|".join(map(re.escape, longest_first({*verbs, *written})))
    writing = "|".join(map(re.escape, longest_first(written)))
    # 定成, 设为: a verb fixing a figure (定的是98% tells the asker's own figure, it asks none)
    fixing = "|".join(map(re.escape, longest_first(w for w in written if w.endswith(FIXED_ENDS))))
    held_said = "|".join(map(re.escape, longest_first(held))) or "(?!)"
    return re.compile(
        rf"{VALUE_SUBJECTS}{VALUE_ADVERBS}(?:是|为)?(?:{plain})=?"
        rf"|指标{VALUE_ADVERBS}(?:是|为)?(?:{writing})"
        r"|(?:等于|=|≥|≤|>=|<=)(?=\d)|(?:目标值?|指标值|要求)(?=\d|百分之)"
        rf"|(?:{fixing})(?=\d+(?:\.\d+)?%)"  # 定成90%的: a percentage fixed, its rows asked
        rf"|(?:目标值?|指标值|要求){VALUE_ADVERBS}(?:{held_said})(?=\d)"  # 要求开1场的
    )


_WRITTEN_OPERATOR = re.compile(r"[\"“‘']?(?:≥|≤|>=|<=|=)?")
# 提升 of 目标是提升的; 提升或有效提升 of 目标是提升或有效提升的
_TARGET_TEXT = re.compile(r"((?:[\u4e00-\u9fff]|/(?=[\u4e00-\u9fff])){1,10}?)(?:的|$)")
# 只写了“有效提升”四个字: a target's text said in quotes, whatever follows.
_QUOTED_TEXT = re.compile(r"[\"“‘'「]((?:[\u4e00-\u9fff]|/(?=[\u4e00-\u9fff])){1,10})[\"”’'」]")
# 在10到100之间, 介于50和200之间, 10至100范围内: both ends of a range of target values.
_FIGURE_SAID = r"(\d+(?:\.\d+)?)(%?)"
_LOW_WORDS = r"(?:大于等于|不低于|不少于|不小于|至少|≥|>=)"
_HIGH_WORDS = r"(?:小于等于|不高于|不超过|不多于|不大于|至多|最多|≤|<=)"
_BOTH_JOINED = r"[，,、\s]*(?:且|并且|而且|同时|又|但|但是|and)?[，,、\s]*"
# Both ends of a range of values, each pattern with the low figure and its %, then the high.
_RANGES = (
    # 在10到100之间, 介于80%和90%之间
    re.compile(
        rf"(?:在|介于)?{_FIGURE_SAID}(?:到|至|和|与|~|-)\s*{_FIGURE_SAID}"
        r"(?:之间|之内|以内|范围内|区间)"
    ),
    # 介于10和100的, between 10 and 100: the range said by its opening word
    re.compile(
        rf"(?:介于|(?i:between))\s*{_FIGURE_SAID}\s*(?:和|与|到|至|并且|且|(?i:and))"
        rf"\s*{_FIGURE_SAID}"
    ),
    # 在50以上100以下, 50以上、100以内
    re.compile(
        rf"{_FIGURE_SAID}(?:及|或)?以上{_BOTH_JOINED}{_FIGURE_SAID}(?:及|或)?(?:以下|以内|之内)"
    ),
    # 大于等于50小于等于100, 不低于50且不超过100
    re.compile(rf"{_LOW_WORDS}{_FIGURE_SAID}{_BOTH_JOINED}{_HIGH_WORDS}{_FIGURE_SAID}"),
)
# 低于10的剔掉, 超过100的不算: the rows within a bound left out, said after it.
_BOUND_DROPPED = re.compile(
    r"%?(?:的|那些|那几条|那几个|指标)*(?:剔掉|剔除|去掉|删掉|拿掉|排除掉?|不算|除外|不要)"
)
# 除了目标低于10的, 把低于10的去掉: the same, said before it.
_BOUND_EXCEPTED = re.compile(
    r"(?:除了|除去|除开|排除掉?|去掉|剔除|剔掉|不算|不含)(?:把)?(?:目标值?|指标值)?(?:是|为)?$"
)
INVERSE_BOUNDS = {">": "≤", "<": "≥", "≥": "<", "≤": ">"}  # the rows on the other side
# 不以人计, 不是以人计, 不是百分比; 有没有按辆计的 and 是不是按人计 ask, they do not negate.
_UNIT_NEGATION = re.compile(r"(?:(?<!有)没有?|(?<!是)不是?|非)$")  # 不是以人计的
# 除了以人计的, 排除按场计的: a unit the rows are kept out of, said before it.
_UNIT_EXCEPTED = re.compile(r"(?:除了|除去|除开|排除掉?|去掉|刨去|刨除|扣除|不算|不含|不包括)$")
# 以人计的，其余…, 以场计的之外: a unit left out, said by the rest asked after it.
_REST_AFTER = re.compile(
    r"^的?(?:那些|那几条|那几个|几条)?[，,、]?(?:以外|之外|外|其余|其他|剩下|剩余)"
)
_STARTING = re.compile(r"(?:开头|打头|起头|为首)$")  # 目标是有效开头的: 有效 starts the text
# 写提升两个字的: how many characters the text has, said after it.
_CHARS_COUNTED = re.compile(r"[两二三四五六七八俩仨]个?字儿?(?:样)?$")  # 仨字儿: northern speech
_HAVING = "有"  # 写有: 写 then a text, or 写 then a text starting with 有 (有效提升)
_PERCENT_VALUE = re.compile(r"(\d+(?:\.\d+)?)%的")
# 12月底前要完成的, 2025年9月30日前: a date rows are due by, read against deadline targets.
_DATE_SAID = (
    r"(?:(?P<year{n}>\d{{4}})\s*年\s*)?(?P<month{n}>\d{{1,2}}|十[一二]?|[一二三四五六七八九])\s*月"
    r"\s*(?:(?P<day{n}>\d{{1,2}})\s*[日号]|底|末)?"
)
# 截止到12月底的, 12月底要完成的: the same date, said by the deadline or the work done by it
_DUE_SAID = re.compile(
    rf"{_DATE_SAID.format(n=1)}\s*(?:之前|以前|前)"
    rf"|(?:截止|截至|到期)(?:时间|日期|时限)?(?:在|是|为|于|到)?\s*{_DATE_SAID.format(n=2)}"
    rf"|{_DATE_SAID.format(n=3)}(?=\s*(?:截止|为止|到期))"
    rf"|{_DATE_SAID.format(n=4)}(?<=[底末])(?=(?:要|得|必须|需要?|应)?(?:完成|完工|干完|做完|办完))"
    # 那个9月底的, 有一条是1月底的: a month's end said of a row is the date it is due
    rf"|(?<![\d年月日号至到-]){_DATE_SAID.format(n=5)}(?<=[底末])(?=的|那)"
)
# 300人那个是哪个指标: the row asked for is the one whose target states a figure said.
# 20篇对应的, 985米指的是: a verb linking the figure to its row, no noun it counts.
WHICH = "哪"
_NOUN_AFTER = re.compile(r"(?![的是那这呢吗啊哈呀]|对应|指的|说的|代表)[\u4e00-\u9fff]")
_WHICH_ROW = re.compile(
    r"(?:哪个|哪一个|哪项|哪一项|哪条|哪一条|哪些|哪几个?|哪俩|哪两个?|什么|啥)(?:指标|项|行|栏)"
    r"|哪一?[项行栏条](?!目)|(?:对应|指|说|代表)的?是?(?:啥|什么|哪)|^[^，,。；;？?]*的指标$"
    # 10次的是哪俩, 985米的有哪些: the rows asked after the figure, their noun left out
    r"|的\s*(?:是|有|都有|都是)?(?:哪些|哪几[个项条]?|哪一?[个项条]|哪俩|哪仨|哪[两二三四][个项条])[？?。！!\s]*$"
)


# 按什么单位填的, 以啥单位计, 计量单位是什么: a unit of measure asked, not an office (实施单位).
_MEASURE_UNIT_ASKED = re.compile(
    # 目标值和单位, 指标值及度量单位: the unit a row's target is written in, asked beside it
    r"(?:目标值|指标值|数值|目标|数字)(?:和|及|与|跟|、|加|连同)(?:计量|度量)?单位|度量单位"
    r"|(?:(?:按|以|用|拿)(?:什么|啥|哪种|哪个|哪一种)(?:计量)?单位|计量单位"
    r"|单位(?:是|为|用的是|写的是)?(?:元还是万元|万元还是元))(?:来)?(?:计量|计|填|算|写)?"
)


def measure_unit_asked(text: str) -> str:
    """Returns the words asking the unit figures are written in (按什么单位填), or ""."""
    said = _MEASURE_UNIT_ASKED.search(text)
    return said.group(0) if said else ""


@dataclass(frozen=True)
class FilterWords:
    """The words of ``nlu/data/filters.txt``."""

    kinds: tuple[tuple[str, IndicatorKind], ...]
    operators: tuple[tuple[str, str], ...]
    unit: re.Pattern[str]
    unit_names: dict[str, str]  # 百分比 → %: the unit as forms write it
    headings: tuple[tuple[str, int], ...] = ()  # 一级指标 → 1: a tier of headings
    standard_words: tuple[str, ...] = ()  # 绩效标准, 评价标准: the column of old forms
    standard_verbs: tuple[str, ...] = ()  # 评价, 考核: said of that column
    shared: tuple[str, ...] = ()  # 都有的, 共同的: rows every project asked about has
    which: tuple[str, ...] = ()  # 哪些, 列出: words asking for several rows
    by_name: tuple[str, ...] = ()  # 名称里有: words asking for rows by a word of their names
    event_units: tuple[str, ...] = ()  # 次, 场, 起: measure words that count events
    event_nouns: frozenset[str] = frozenset()  # 活动, 会议: nouns naming any event
    place_asks: tuple[str, ...] = ()  # 哪里, 哪个城市: words asking where
    generic_places: frozenset[str] = frozenset()  # 城市, 海峡: places that say no venue
    by_when: tuple[str, ...] = ()  # 之前, 最晚: words asking by when a project must be done
    who_ask: tuple[str, ...] = ()  # 是谁, 哪位: words asking who
    spent_done: tuple[str, ...] = ()  # 已经, 实际: said of money spent, not planned
    spent_verb: tuple[str, ...] = ()  # 花了, 支出: verbs of spending
    task_verbs: frozenset[str] = frozenset()  # 报, 交, 填: verbs of the asker's paperwork
    target_said: tuple[str, ...] = ()  # 写的是, 要求: said right before a target's text
    by_mention: tuple[str, ...] = ()  # 提到: as by_name, said beside 指标 (提到工作站的指标)

    def all_words(self) -> tuple[str, ...]:
        """Returns the words of kinds and units a listing filters by (定性, 百分比)."""
        return (*(word for word, _ in self.kinds), *self.unit_names)

    one_row: tuple[str, ...] = ()  # 这个指标: a question pointing at one row lists none
    measures: tuple[str, ...] = ()  # 人, 人次, 米: units a figure is said in, longest first
    any_operator: tuple[str, ...] = ()  # 运算符, 比较符: words for the operators as a whole
    commands: tuple[str, ...] = ()  # 查, 列: terse commands opening a message
    topic_after: tuple[str, ...] = ()  # 相关, 有关: rows about the topic said before
    topic_before: tuple[str, ...] = ()  # 涉及, 关于: rows about the topic said after
    show: tuple[str, ...] = ()  # 列出来, 清单: the rows themselves asked, not only a count
    side_by_side: tuple[str, ...] = ()  # 放一起对比下: rows side by side, each with its target
    exists: tuple[str, ...] = ()  # 有没有: whether any row is so, which none answers truly
    restate_open: tuple[str, ...] = ()  # 就是说: a clause restating the sort just named
    restate_sort: tuple[str, ...] = ()  # 那种, 那些: the restating clause gives examples
    vague_nouns: tuple[str, ...] = ()  # 那摊子事: "that business" after a topic, no row
    describe_verbs: tuple[str, ...] = ()  # 管, 讲: 管时间进度的时效指标 describes the heading
    heading_about: tuple[tuple[str, str], ...] = ()  # (时效, 进度): a word a heading is about
    include_too: tuple[str, ...] = ()  # 别漏了, 也算上: a heading's rows said to be included
    said_for_first: tuple[str, ...] = ()  # 产出: an 一级 heading often said for its first 二级
    row_nouns: tuple[str, ...] = ()  # 考核: a verb of assessing, said as a noun for rows
    value_said: re.Pattern[str] = re.compile("(?!)")  # 目标填的是: a target's value comes next
    every_project: tuple[str, ...] = ()  # 不分项目: every project is asked
    fields: FieldSaying | None = None  # 单位='人', target>=10: conditions written as a query
    directions: tuple[tuple[str, str], ...] = ()  # 逆向 → smaller: which way rows are better
    bound_said: re.Pattern[str] = re.compile("(?!)")  # 保底是10次: the target as written
    bound_nouns: dict[str, str] = field(default_factory=dict)  # 保底 → ≥
    recalled: tuple[str, ...] = ()  # 我记得: a clause of examples of the rows, no condition
    recalled_more: tuple[str, ...] = ()  # 还有个: a clause going on from one remembered
    formal: tuple[tuple[str, str], ...] = ()  # (计有, 有): a formal ask of rows, said plainly
    shared_some: tuple[str, ...] = ()  # 不止一个项目: rows any two projects or more have
    digits: tuple[tuple[str, int], ...] = ()  # 个位数 → 1: the digits a target's figure has
    extreme_nouns: dict[str, str] = field(default_factory=dict)  # 人数 → 人: 人数最多的指标
    full_marks: tuple[str, ...] = ()  # 百分百, 满格: a target of 100% (要求百分百的指标)
    sole_row: tuple[str, ...] = ()  # 唯一一条: the one row a condition keeps is asked


def load_filter_words(units: frozenset[str] = frozenset()) -> FilterWords:
    """Reads the filter words shipped with goalbot, longest words first.

    ``units`` are measure words beyond those written in forms (吨 of the vocabulary).
    """
    text = (resources.files("nlu") / "data" / FILTERS_FILE).read_text(encoding="utf-8")
    section, kinds, operators = "", [], []
    unit_names: dict[str, str] = {}
    headings: list[tuple[str, int]] = []
    heading_about: list[tuple[str, str]] = []
    directions: list[tuple[str, str]] = []
    bound_nouns: dict[str, str] = {}
    digits: list[tuple[str, int]] = []
    extreme_nouns: dict[str, str] = {}
    said_plainly: dict[str, list[tuple[str, str]]] = {
        "field_said": [],
        "query_word": [],
        "sign_written": [],
        "formal_ask": [],
    }
    lists: dict[str, list[str]] = {
        name: []
        for name in (
            *("standard", "standard_verb", "shared", "shared_some", "which", "by_name"),
            *("event_unit", "event_noun", "place_ask", "generic_place", "by_when"),
            *("who_ask", "spent_done", "spent_verb", "task_verb", "target_said", "by_mention"),
            "one_row",
            "any_operator",
            "command",
            "topic_after",
            "topic_before",
            "show",
            "side_by_side",
            "exists",
            "restate_open",
            "restate_sort",
            "vague_noun",
            "describe_verb",
            "include_too",
            "said_for_first",
            "row_noun",
            "value_verb",
            "written_verb",
            "every_project",
            "recalled",
            "recalled_more",
            "full_mark",
            "held_verb",
            "sole_row",
        )
    }
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            section = line.strip("[]")
            continue
        if section in lists:
            lists[section] += line.split()
            continue
        head, _, words = line.partition(":")
        for word in words.split():
            if section == "kind":
                kinds.append((word, IndicatorKind(head.strip())))
            elif section == "operator":
                operators.append((word, head.strip()))
            elif section == "unit":
                unit_names[word] = head.strip()
            elif section == "heading":
                headings.append((word, int(head)))
            elif section == "bound_noun":
                bound_nouns[word] = head.strip()
            elif section == "direction":
                directions.append((word, head.strip()))
            elif section == "digits":
                digits.append((word, int(head)))
            elif section == "extreme_noun":
                extreme_nouns[word] = head.strip()
            elif section == "heading_about":
                heading_about.append((head.strip(), word))
            elif section in said_plainly:
                said_plainly[section].append((word, head.strip()))
    return FilterWords(
        tuple(sorted(kinds, key=lambda item: -len(item[0]))),
        tuple(sorted(operators, key=lambda item: -len(item[0]))),
        _unit_pattern(UNITS | units | frozenset(unit_names), frozenset(unit_names)),
        unit_names,
        tuple(sorted(headings, key=lambda item: -len(item[0]))),
        tuple(longest_first(lists["standard"])),
        tuple(longest_first(lists["standard_verb"])),
        tuple(longest_first([*lists["shared"], *lists["shared_some"]])),
        tuple(longest_first(lists["which"])),
        tuple(longest_first(lists["by_name"])),
        tuple(lists["event_unit"]),
        frozenset(lists["event_noun"]),
        tuple(lists["place_ask"]),
        frozenset(lists["generic_place"]),
        tuple(lists["by_when"]),
        tuple(lists["who_ask"]),
        tuple(lists["spent_done"]),
        tuple(lists["spent_verb"]),
        frozenset(lists["task_verb"]),
        tuple(longest_first(lists["target_said"])),
        tuple(lists["by_mention"]),
        tuple(lists["one_row"]),
        tuple(longest_first(UNITS | units)),
        tuple(longest_first(lists["any_operator"])),
        tuple(lists["command"]),
        tuple(longest_first(lists["topic_after"])),
        tuple(longest_first(lists["topic_before"])),
        show=tuple([*lists["show"], *lists["side_by_side"]]),
        side_by_side=tuple(lists["side_by_side"]),
        exists=tuple(lists["exists"]),
        restate_open=tuple(longest_first(lists["restate_open"])),
        restate_sort=tuple(lists["restate_sort"]),
        vague_nouns=tuple(longest_first(lists["vague_noun"])),
        describe_verbs=tuple(lists["describe_verb"]),
        heading_about=tuple(sorted(heading_about, key=lambda item: -len(item[1]))),
        include_too=tuple(longest_first(lists["include_too"])),
        said_for_first=tuple(lists["said_for_first"]),
        row_nouns=tuple(longest_first(lists["row_noun"])),
        recalled=tuple(lists["recalled"]),
        recalled_more=tuple(lists["recalled_more"]),
        value_said=_value_pattern(lists["value_verb"], lists["written_verb"], lists["held_verb"]),
        every_project=tuple(longest_first(lists["every_project"])),
        shared_some=tuple(longest_first(lists["shared_some"])),
        fields=FieldSaying.of(
            field_said=said_plainly["field_said"],
            query_word=said_plainly["query_word"],
            sign_written=said_plainly["sign_written"],
        ),
        directions=tuple(sorted(directions, key=lambda item: -len(item[0]))),
        digits=tuple(sorted(digits, key=lambda item: -len(item[0]))),
        extreme_nouns=extreme_nouns,
        full_marks=tuple(longest_first(lists["full_mark"])),
        sole_row=tuple(longest_first(lists["sole_row"])),
        bound_said=_bound_noun_pattern(bound_nouns),
        bound_nouns=bound_nouns,
        formal=tuple(
            sorted(
                (
                    (word, "" if plain == "-" else plain)
                    for word, plain in said_plainly["formal_ask"]
                ),
                key=lambda item: -len(item[0]),
            )
        ),
    )


# 保底是10次, 下限定的120, 上限为130万: a bound's noun, a verb saying its figure, the figure.
# 保底只要1场: an adverb of how little or how much, between the noun and its figure.
BOUND_VERBS = (
    r"(?:值)?(?:只|仅|就|也)?(?:要|需要|需|有)?"
    r"(?:是|为|定的是|定的|定为|设的是|设的|写的是|写的|定在|设在|就是|都是)?"
)


def _bound_noun_pattern(nouns: dict[str, str]) -> re.Pattern[str]:
    """Matches a bound's noun said with its figure (保底是10, 下限为120)."""
    said = "|".join(map(re.escape, longest_first(nouns))) or "(?!)"
    return re.compile(rf"(?P<noun>{said}){BOUND_VERBS}\s*(?=\d)")


def bounds_said_as_written(text: str, words: FilterWords) -> str:
    """Returns ``text`` with a bound's noun said with a figure written as the target the form
    writes (企服哪几条的保底是10次 → 企服哪几条的目标是≥10次): the rows written ≥10, not every
    row whose value reaches 10."""

    def written(found: re.Match[str]) -> str:
        if _BOUND_AFTER.match(text, found.end()):
            return found.group(0)  # 下限定在300以上: a bound said in words
        return f"目标是{words.bound_nouns[found.group('noun')]}"

    return words.bound_said.sub(written, text)


# 300人以上, 90%以下: a figure followed by a word bounding it.
_BOUND_AFTER = re.compile(r"[\d.]+%?[\u4e00-\u9fff]{0,2}?(?:及|或)?(?:以上|以下|以内|之内)")


@dataclass(frozen=True)
class ReadFilter:
    """A row filter and the words of the question that set it."""

    row_filter: RowFilter
    words: tuple[str, ...]
    tier: int | None = None  # 一级指标有哪些: the headings of this tier are asked for
    asks_rows: bool = False  # 哪些, 列出: several rows are asked for
    by_name: bool = False  # 名称里有“…”的: rows are asked for by a word of their names

    @property
    def selects(self) -> bool:
        """Tells whether rows are asked for by a condition on their targets (哪些是设上限的)."""
        row_filter = self.row_filter
        return self.asks_rows and (
            row_filter.shared
            or row_filter.excluded_shared
            or any(
                condition is not None
                for condition in (
                    row_filter.unit,
                    row_filter.operator,
                    row_filter.kind,
                    row_filter.value,
                    row_filter.bound,
                    row_filter.target_text,
                    row_filter.standard,
                    row_filter.excluded_standard,  # 绩效标准不是计划标准的有哪几个
                    row_filter.excluded_kind,
                    row_filter.excluded_operator,
                    row_filter.excluded_unit,
                    row_filter.direction,
                    row_filter.due,
                )
            )
        )


def _asks_which(text: str, words: FilterWords) -> bool:
    """Tells whether ``text`` says a word asking for several rows outside a bound's noun
    (人数下限是多少 holds the 数下 of 数一下 across its 人数 and 下限: it asks one row)."""
    for noun in words.bound_nouns:
        if noun in text:
            text = text.replace(noun, " ")
    return any(word in text for word in words.which)


def _bound(
    text: str, word: str, measures: tuple[str, ...] = ()
) -> tuple[Decimal, str, bool] | None:
    """Returns the number right after a comparison word (超过100), how it was written, and
    whether it is a percentage (不低于90%); before 以上 a unit of ``measures`` may follow the
    number (10人以上)."""
    at = text.find(word)
    rest = text[at + len(word) :]
    done = len(rest) - len(rest.lstrip(DONE_MARKS))  # 超过了50: 了 says nothing of the bound
    numbers = find_numbers(rest[done:])
    if numbers and numbers[0].start == 0:
        if _SOME_FIGURE.match(rest, done):
            return None  # 定死一个数: some figure, not the figure 1
        return numbers[0].value, rest[: done + numbers[0].end], numbers[0].percent
    if word in POSTFIX_OPERATORS:  # 80以上, 100及以上: the number comes first
        end = at - 1 if at and text[at - 1] in POSTFIX_JOINERS else at
        unit = _counted_unit_before(text, end, measures)
        before = [n for n in find_numbers(text[: end - len(unit)]) if n.end == end - len(unit)]
        if before:
            return before[0].value, before[0].text + unit, before[0].percent
    return None


def _counted_unit_before(text: str, end: int, measures: tuple[str, ...]) -> str:
    """Returns the unit of things counted ending at ``end`` (10人以上: 人), money and % aside."""
    return next(
        (
            unit
            for unit in measures
            if text.endswith(unit, 0, end) and unit not in MONEY_UNITS and unit != PERCENT_UNIT
        ),
        "",
    )


# 10人以上, 5场及以下: a figure, the unit of what it counts, then a word bounding it.
_UNIT_BOUNDED = re.compile(r"\d(?P<unit>[\u4e00-\u9fff]{1,2}?)[及或]?(?:以上|以下|以内)")


def _bounded_unit(text: str, measures: tuple[str, ...]) -> str | None:
    """Returns the unit a bound is said in (目标值在10人以上的: rows counted in 人)."""
    for said in _UNIT_BOUNDED.finditer(text):
        unit = _counted_unit_before(said.group(0), said.end("unit") - said.start(), measures)
        if unit:
            return unit
    return None


def _due(
    text: str, found: list[str], *, kind: IndicatorKind | None, excluded_kind: IndicatorKind | None
) -> DueSaid | None:
    """Returns the date rows are asked to be due by (12月底前要完成的). Left out (12月底前那个不
    算) beside a kind no deadline row has (没写数字的) it only repeats that kind's condition:
    its words are read and no date is set; left out otherwise it stays unread."""
    said = _DUE_SAID.search(text)
    if said is None or excluded_kind is IndicatorKind.DEADLINE:
        return None
    date = dict(
        (name.rstrip("0123456789"), value)
        for name, value in said.groupdict().items()
        if value is not None
    )
    left_out = (
        negated(text, said.group(0))
        or _LEFT_OUT_AFTER.match(text, said.end() - 1) is not None  # 12月底前那个不算
        or any(said.group(0) in clause for clause in left_out_clauses(text))
    )
    if left_out or kind not in (None, IndicatorKind.DEADLINE):
        if left_out and kind in (IndicatorKind.QUALITATIVE, IndicatorKind.QUANTITATIVE):
            found.append(said.group(0))
        return None
    month = parse_number(date["month"])  # 十二月底前: the month said in words
    if month is None or not 1 <= month <= MONTHS:
        return None
    found.append(said.group(0))
    return DueSaid(
        month=int(month),
        year=int(date["year"]) if "year" in date else None,
        day=int(date["day"]) if "day" in date else None,
    )


MONTHS = 12


def _in_a_name_ask(text: str, word: str, words: FilterWords) -> bool:
    """Tells whether a word of a kind overlaps a word asking rows by their names (名字里带数字
    的: 带 asks the names, 数字 is what they hold; no 带数字 kind of target)."""
    at = text.find(word)
    for asked in words.by_name:
        start = text.find(asked)
        if start >= 0 and start < at + len(word) and at < start + len(asked):
            return True
    return False


def _inside_a_longer(text: str, word: str, words: FilterWords) -> bool:
    """Tells whether a word of a kind is said only inside a longer one (带数字 of 不带数字)."""
    longer = tuple(w for w, _ in words.kinds if word in w and w != word and w in text)
    return bool(longer) and word not in _words_apart(text, longer)


def _bound_left_out(text: str, found: list[str]) -> bool:
    """Tells whether the rows a bound keeps are said to be left out (把低于10的剔掉, 除了目标
    超过100的): the rest, on the other side of the bound, are asked."""
    said = next(
        (
            word
            for word in found
            if not word[:1].isdigit() and any(ch.isdigit() for ch in word) and word in text
        ),
        None,
    )
    if said is None:
        return False
    at = text.find(said)
    return bool(_BOUND_EXCEPTED.search(text, 0, at) or _BOUND_DROPPED.match(text, at + len(said)))


def _said_in_money(text: str, said: str, measures: tuple[str, ...]) -> bool:
    """Tells whether a bound is an amount of money (250万, 130万元, 40万块), not 100万人次."""
    after = text[text.find(said) + len(said) :]
    if after.startswith(MONEY_WORDS):
        return True
    other = next((unit for unit in measures if after.startswith(unit)), None)
    return said.endswith(LARGE_NUMBER_WORDS) and (other is None or other in MONEY_UNITS)


def _said_otherwise(written: str, *, words: FilterWords, found: tuple[str, ...]) -> bool:
    """Tells whether words after 目标是 say something other than a target's text.

    以次为单位 is the unit, 定性描述 the kind, 用等号定死 the operator, 某个值 a placeholder.
    """
    said = (*PLACEHOLDERS, *SOFTENERS, *(word for word, _ in words.operators), *found)
    return any(word and (word in written or written in word) for word in said)


def _asks_by_topic(text: str, words: FilterWords) -> bool:
    """Tells whether a question asks the rows about a topic (港澳台相关几个, 涉及论文的有哪些)."""
    after = next((w for w in words.topic_after if w in text), None)
    before = next((w for w in words.topic_before if w in text), None)
    said = after or before
    if said is None:
        return False
    rest = text[text.find(said) + len(said) :]
    if after is not None and before is None and _ROW_WORDS_AFTER.match(rest):
        return False  # 研讨会相关活动场次: 相关 is a word of the row's own name
    return (
        ROWS_WORD in text
        or rest.rstrip(PARTICLES) == RELATIVE_END  # 名字跟海峡两岸有关系的: the rows so named
        or any(word in rest for word in words.which)
        or _ITEMS_COUNTED.search(rest) is not None
    )


def _counted_last(text: str, *, said: object) -> bool:
    """Tells whether a count of items ends a question after its conditions: a unit or kind
    said (企服定性几个), or a clause ending in 的 (等于号的有几个); 至少几个 bounds a figure."""
    count = _COUNT_LAST.search(text)
    if count is None:
        return False
    return said is not None or text[: count.start()].rstrip("有共一总是").endswith(RELATIVE_END)


def left_out_words(text: str, *, remainder: str) -> tuple[str, ...]:
    """Returns the words rows are left out by (（参会人数不算）, 不包括辩论队): of the clauses of
    punctuated ``text`` and of ``remainder``, the question once its projects are cut out."""
    clauses = (
        *left_out_clauses(text),
        *(clause.group(0) for clause in _LEFT_OUT.finditer(remainder)),
        *(clause.group(0) for clause in _LEFT_OUT_AFTER.finditer(remainder)),
    )
    clauses += tuple(clause.group("row") for clause in _SET_ASIDE.finditer(remainder))
    return tuple(
        dict.fromkeys(
            _POINTER_END.sub("", _LEFT_OUT_MARKS.sub("", clause)) or clause for clause in clauses
        )
    )


def leaves_out_only(sentence: str) -> bool:
    """Tells whether a sentence only leaves rows out (人次的不算, 不包括辩论队)."""
    said = sentence.strip(" ，,。；;！!？?")
    return _LEFT_OUT.fullmatch(said) is not None or said in left_out_clauses(said)


def left_out_clauses(text: str) -> tuple[str, ...]:
    """Returns the clauses of punctuated ``text`` that leave rows out (（人次不算）→ 人次不算)."""
    return tuple(clause.group(0) for clause in _LEFT_OUT_CLAUSE.finditer(text))


def negated(text: str, word: str) -> bool:
    """Tells whether ``word`` is said as what rows must not be (不是定性的, 除了产出指标以外)."""
    at = text.find(word)
    before, after = text[:at], text[at + len(word) :]
    return bool(_NOT_BEFORE.search(before) or _EXCEPT_AFTER.match(after))


# 非以数值或时限: a word last in a list, all of it under the negation said before the first.
_JOINED_LAST = re.compile(rf"{OR_JOINERS}$")
LISTED_WORD_CHARS = (1, 2, 3, 4)  # how long a word joined before the last may be


def _left_out(text: str, word: str) -> bool:
    """Tells whether ``word`` is said as what rows must not be, alone or last in a list."""
    return negated(text, word) or _negated_in_list(text, word)


def _negated_in_list(text: str, word: str) -> bool:
    """Tells whether ``word`` is left out as the last of a list (而非以数值或时限约定的)."""
    before = text[: text.find(word)]
    joiner = _JOINED_LAST.search(before)
    if joiner is None:
        return False
    for size in LISTED_WORD_CHARS:
        start = joiner.start() - size
        if start > 0 and _NOT_BEFORE.search(text, 0, start):
            return True
    return False


def _operator(
    text: str, words: FilterWords, found: list[str]
) -> tuple[tuple[str, str] | None, tuple[str, Decimal] | None, tuple[str, str] | None]:
    """Returns the operator rows must have, a bound on their value, and an operator they lack.

    不低于 sets ≥; 超过100 bounds the value; 没写“≥” excludes ≥; 不管≥还是= sets nothing.
    """
    scan = _REGARDLESS.sub(" ", text)
    if "不" in scan or "没" in scan:
        scan = A_NOT_A.sub("", scan)  # 满不满意: no 不满 said
    glossed = _operators_glossed(scan, words)
    if glossed:  # 未写运算符（≥、≤、=）: the symbols only gloss the word for them
        found.append(glossed)
        scan = scan.replace(glossed, " ")
    said = [(scan.find(w), -len(w), w, o) for w, o in words.operators if w in scan]
    if not said:
        lacking = _lacks_any_operator(scan, words)
        if lacking is not None:  # 没写运算符的: rows whose targets have none
            found.append(lacking)
            return None, None, (lacking, words.operators[0][1])
        return None, _round_bound(scan, found), None
    # The first said (没有≤≥号: ≤ is what 没有 negates), the longest where two start together.
    operator = min(said)[2:]
    if _NEGATION.search(scan[: scan.find(operator[0])]):
        found.append(operator[0])
        symbols = _SYMBOLS_SAID.search(scan)  # 没带≥、≤符号: the whole phrase names no row
        if symbols is not None:
            found.append(symbols.group(0))
        return None, None, operator
    written = operator[0] in WRITTEN_OPERATORS or _reads_symbol(scan, operator[0], words)
    bound = None if written else _bound(scan, operator[0], words.measures)
    if bound is None:  # 目标是“≥120”的: the target as the form writes it, not a bound
        # 写着≥而且数字不到10的: the symbol written, and a bound said after it.
        return operator, _later_bound(scan, words, operator=operator[0], found=found), None
    return None, _bound_said(scan, words, operator=operator, bound=bound, found=found), None


def _bound_said(
    text: str,
    words: FilterWords,
    *,
    operator: tuple[str, str],
    bound: tuple[Decimal, str, bool],
    found: list[str],
) -> tuple[str, Decimal]:
    """Returns the bound an operator word sets, noting the words that say it."""
    found.append(operator[0] + bound[1])  # 目标超过100: a bound on the value
    found.append(bound[1] + operator[0])  # 80以上
    if bound[2]:
        found.append(PERCENT_BOUND)  # 不低于90%: the rows count in %
    elif _said_in_money(text, bound[1], words.measures):
        found.append(MONEY_BOUND)  # 不超过250万: the rows count money, not 985米
    return operator[1], bound[0]


def _later_bound(
    text: str, words: FilterWords, *, operator: str, found: list[str]
) -> tuple[str, Decimal] | None:
    """Returns a bound said after a written operator (≥且小于10), by a word that is no
    written operator and no part of the one said."""
    for word, other in words.operators:
        if word in operator or word in WRITTEN_OPERATORS or word not in text:
            continue
        if text.find(word) <= text.find(operator) or _reads_symbol(text, word, words):
            continue
        bound = _bound(text, word, words.measures)
        if bound is not None:
            return _bound_said(text, words, operator=(word, other), bound=bound, found=found)
    return None


# （≥、≤、=）, (≥/≤): symbols listed in brackets, after the word for them as a whole.
# 运算符≥≤= once the brackets are stripped.
_SYMBOLS_IN_BRACKETS = re.compile(
    r"[（(][≥≤=<>＞＜、，,/\s和或及与]+[）)]|(?<![是为有带用写])[≥≤=<>＞＜][≥≤=<>＞＜、，,/\s]*"
)


def _operators_glossed(text: str, words: FilterWords) -> str:
    """Returns the bracketed symbols right after a word for the operators as a whole
    (运算符（≥、≤、=）), which only say what the word means, or ""."""
    for word in words.any_operator:
        at = text.find(word)
        while at >= 0:
            glossed = _SYMBOLS_IN_BRACKETS.match(text, at + len(word))
            if glossed is not None:
                return glossed.group(0)
            at = text.find(word, at + 1)
    return ""


def _lacks_any_operator(text: str, words: FilterWords) -> str | None:
    """Returns the word for the operators as a whole a question says rows lack (没写运算符)."""
    for word in words.any_operator:
        at = text.find(word)
        if at >= 0 and _NEGATION.search(text[:at]):
            return word
    return None


def _reads_symbol(text: str, word: str, words: FilterWords) -> bool:
    """Tells whether ``word`` reads a symbol aloud right after 目标是 (目标是大于等于85%的)."""
    return word in _symbol_readings(words) and any(
        text.startswith(word, _value_start(text, said.end(), words=None))
        for said in words.value_said.finditer(text)
    )


def _symbol_readings(words: FilterWords) -> tuple[str, ...]:
    """Returns the words reading aloud an operator the forms write (大于等于, 不少于, 至少)."""
    return tuple(w for w, o in words.operators if o in SYMBOL_OPERATORS and w not in o)


def _round_bound(text: str, found: list[str]) -> tuple[str, Decimal] | None:
    """Returns the bound a round number said with a verb of passing sets (过百: > 100,
    上千: ≥ 1000); 过万 is left alone, as amounts are written in 万元."""
    said = _ROUND_BOUND.search(text)
    if said is None:
        return None
    found.append(said.group(0))
    return ROUND_OPERATORS[said.group(1)], ROUND_NUMBERS[said.group(2)]


def _rounded(text: str, found: list[str]) -> bool:
    """Tells whether the bound read is a round number passed (过百, 上千)."""
    said = _ROUND_BOUND.search(text)
    return said is not None and said.group(0) in found


MIN_ADJACENT_OPERATOR_CHARS = 3  # 大于等于, 不超过: long enough to be read side by side


def _other_operators(
    text: str, words: FilterWords, operator: tuple[str, str] | None, found: list[str]
) -> tuple[str, ...]:
    """Returns other operators rows may have, joined to the first by 或 (带≥或者≤的)."""
    if operator is None:
        return ()
    others = []
    for word, other in words.operators:
        if any(word != longer and word in longer in text for longer, _ in words.operators):
            continue  # 小于 of 大于等于和小于等于: the longer word is the one said
        # ≥≤ written side by side are two symbols named together, as ≥或≤ names them.
        # 大于等于小于等于: two operators read aloud side by side are named together too.
        joiners = (
            f"(?:{OPERATOR_JOINERS})?"
            if {word, operator[0]} <= WRITTEN_OPERATORS
            or min(len(word), len(operator[0])) >= MIN_ADJACENT_OPERATOR_CHARS
            else f"(?:{OPERATOR_JOINERS})"
        )
        joined = word in text and any(  # a pattern is built only for a word the text has
            re.search(rf"{re.escape(a)}[\"”’']?{joiners}[\"“‘']?{re.escape(b)}", text)
            for a, b in ((operator[0], word), (word, operator[0]))
        )
        if joined and other != operator[1] and other not in others:
            others.append(other)
            found.append(word)
    return tuple(others)


DIGITS_BASE = Decimal(10)
_ROUNDED_TO = re.compile(r"(?:保留|精确|取整|取|四舍五入)(?:到|至)?$")


def _digits_range(
    text: str, words: FilterWords, found: list[str], *, operator: tuple[str, str] | None
) -> tuple[tuple[tuple[str, Decimal], tuple[str, Decimal] | None], bool] | None:
    """Returns the bounds a count of digits sets (个位数: < 10, 两位数: 10 to 99, 不到两位数:
    < 10, 三位数以上: ≥ 100), a word of comparison beside it read with it, and whether the
    operator read is that word (else the operator is a condition of its own)."""
    said = next(((w, n) for w, n in words.digits if w in text), None)
    if said is None or _ROUNDED_TO.search(text, 0, text.find(said[0])):
        return None  # 保留到个位数: how a result is rounded, no rows picked
    at = text.find(said[0])
    lowest, above = DIGITS_BASE ** (said[1] - 1), DIGITS_BASE ** said[1]
    before = next((w for w in DIGITS_BELOW if text.endswith(w, 0, at)), None)
    after = next((w for w in DIGITS_AT_LEAST if text.startswith(w, at + len(said[0]))), None)
    apart = operator is not None and operator[0] not in (before, after)
    if apart:
        before = after = None  # 以≥设定、目标是两位数的: the operator is a condition of its own
    found += [said[0], *(w for w in (before, after) if w)]
    if before is not None:
        return (("<", lowest), None), True  # 不到两位数: a single digit
    if after is not None:
        return (("≥", lowest), None), True  # 三位数以上: 100 or more
    below = ("<", above)
    return ((below, None) if said[1] == 1 else (("≥", lowest), below)), not apart


DIGITS_BELOW = ("不到", "少于", "低于", "不足", "不满", "小于", "未满", "没到")  # 不到两位数
DIGITS_AT_LEAST = ("及以上", "或以上", "以上")  # 三位数以上


def _range(text: str, found: list[str]) -> tuple[tuple[str, Decimal], tuple[str, Decimal]] | None:
    """Returns both ends of a range of target values (在10到100之间, 介于80%和90%之间)."""
    span = next((found for found in map(lambda r: r.search(text), _RANGES) if found), None)
    if span is None:
        return None
    found.append(span.group(0))
    if span.group(2) or span.group(4):
        found.append(PERCENT_BOUND)  # 80%到90%之间: the rows count in %
    return ("≥", Decimal(span.group(1))), ("≤", Decimal(span.group(3)))


# 年年都有的, 每年都有的: 都有 said of years asks whether a project recurs, not shared rows.
RECURRING = ("年年", "每年", "常年", "历年", "逐年", "每一年", "一年一年", "月月", "每个月")


def _words_apart(text: str, said: tuple[str, ...]) -> str:
    """Returns ``text`` with each of ``said`` replaced by a space."""
    for word in said:
        if word in text:
            text = text.replace(word, " ")
    return text


def _shared_words(text: str, words: FilterWords) -> list[str]:
    """Returns the words asking for rows several projects have (两个项目都有的), not 都有哪些;
    every one said (都设置了的同名指标: both words say it, neither names the rows)."""
    said = []
    for word in words.shared:
        at = text.find(word)
        while at >= 0:
            if not _ASKING_AFTER.match(text[at + len(word) :]) and not text[:at].endswith(
                RECURRING
            ):
                said.append(word)
                break
            at = text.find(word, at + 1)
    return said


def _standard(text: str, standards: frozenset[str]) -> str | None:
    """Returns the 绩效标准 a question names (计划标准): the longest written, then the first."""
    found = [standard for standard in standards if standard in text]
    return max(found, key=lambda standard: (len(standard), -text.find(standard)), default=None)


def _units(
    text: str, words: FilterWords, found: list[str]
) -> tuple[str | None, tuple[str, ...], tuple[str, ...]]:
    """Returns the unit rows count in, another one they may count in (以篇或套计), and the
    units they must not count in (不以人计的, 除了以人计和以场计的)."""
    unit = None
    other_units: tuple[str, ...] = ()
    excluded: list[str] = []
    end = excluded_end = 0
    for unit_match in words.unit.finditer(text):  # 按人头算（单位是人）: both say 人
        said = next(unit_match.group(name) for name in "abcdefghijkmx" if unit_match.group(name))
        said = words.unit_names.get(said, said)
        if _unit_left_out(text, unit_match, excluded_end=excluded_end if excluded else -1):
            excluded += [said] if said not in excluded else []
            found.append(unit_match.group(0))
            excluded_end = unit_match.end()
            continue
        joined = _UNITS_JOINED.fullmatch(text, end, unit_match.start()) is not None
        if unit is not None and said != unit and said not in other_units and joined:
            other_units += (said,)  # 按百分比的指标和按万元的指标: rows of either unit
            found.append(unit_match.group(0))
        if unit is None or said == unit:
            unit = said
            found.append(unit_match.group(0))
            more = unit_match.group("a2") or unit_match.group("b2") or unit_match.group("k2")
            if more and not other_units:
                other_units = tuple(
                    dict.fromkeys(words.unit_names.get(w, w) for w in _unit_words(more, words))
                )
        end = unit_match.end()
    return unit, other_units, tuple(excluded)


def units_said(text: str, words: FilterWords) -> tuple[tuple[str, re.Match[str]], ...]:
    """Returns each unit rows are said to count in (以“家”计, 单位是名), as forms write it, with
    where it is said; units left out (不以人计的) are not among them."""
    said = []
    for unit_match in words.unit.finditer(text):
        if _unit_left_out(text, unit_match, excluded_end=-1):
            continue
        name = next(unit_match.group(n) for n in "abcdefghijkmx" if unit_match.group(n))
        said.append((words.unit_names.get(name, name), unit_match))
    return tuple(said)


def _unit_left_out(text: str, unit_match: re.Match[str], *, excluded_end: int) -> bool:
    """Tells whether a unit said is one the rows must not count in: 不以人计, 除了以人计和以场计
    的 (the second joined to the first), 以人计的不算, 以人计的，其余."""
    before = text[: unit_match.start()]
    after = text[unit_match.end() :]
    return bool(
        unit_match.group("n")
        or unit_match.group("x")
        or _UNIT_NEGATION.search(before)
        or _UNIT_EXCEPTED.search(before)
        or (excluded_end >= 0 and _UNITS_JOINED.fullmatch(text, excluded_end, unit_match.start()))
        or _EXCEPT_AFTER.match(after)  # 以人计的不算, 人数类除外
        or _REST_AFTER.match(after)
    )


def _unit_words(said: str, words: FilterWords) -> list[str]:
    """Returns the units a list of them holds (或套, 、条、套, 条套), the longest at each place."""
    names = longest_first((*words.measures, *words.unit_names))
    found, at = [], 0
    while at < len(said):
        name = next((name for name in names if said.startswith(name, at)), None)
        found += [name] if name else []
        at += len(name) if name else 1
    return found


OPPOSITE_DIRECTIONS = {"smaller": "larger", "larger": "smaller"}


def _direction(text: str, words: FilterWords, found: list[str]) -> str | None:
    """Returns which way the rows asked are better (逆向的, 越小越好的: smaller; 不是逆向的:
    larger)."""
    said = next(((w, d) for w, d in words.directions if w in text), None)
    if said is None:
        return None
    found += [word for word, direction in words.directions if word in text]
    return OPPOSITE_DIRECTIONS[said[1]] if negated(text, said[0]) else said[1]


def _kinds(
    text: str, words: FilterWords, found: list[str]
) -> tuple[IndicatorKind | None, IndicatorKind | None]:
    """Returns the kind rows must be and the kind they must not be (不是定性的)."""
    said = next(
        ((w, k) for w, k in words.kinds if w in text and not _in_a_name_ask(text, w, words)),
        None,
    )
    if said is None:
        return None, None
    found += [word for word, kind in words.kinds if kind is said[1] and word in text]
    if not _left_out(text, said[0]):
        # 定性而非时限的: a kind asked beside a kind left out
        left_out = next(
            (
                k
                for w, k in words.kinds
                if k is not said[1]
                and w in text
                and _left_out(text, w)
                and not _inside_a_longer(text, w, words)
            ),
            None,
        )
        if left_out is not None:
            found += [word for word, kind in words.kinds if kind is left_out and word in text]
        return said[1], left_out
    # 定性KPI(不算deadline那种): a kind asked beside the kind left out
    other = next(
        (
            (w, k)
            for w, k in words.kinds
            if k is not said[1] and w in text and not _left_out(text, w)
        ),
        None,
    )
    if other is not None:
        found += [word for word, kind in words.kinds if kind is other[1] and word in text]
        return other[1], said[1]
    # 非定量、也非时限类的: every kind but one left out, the rows are of that one
    kinds_out = {k for w, k in words.kinds if w in text and negated(text, w)}
    rest = [kind for kind in IndicatorKind if kind not in kinds_out]
    if len(kinds_out) > 1 and len(rest) == 1:
        found += [word for word, kind in words.kinds if kind in kinds_out and word in text]
        return rest[0], None
    return None, said[1]


def _target(
    text: str,
    words: FilterWords,
    found: list[str],
    *,
    bounded: bool,
    targets: frozenset[str] = frozenset(),
) -> tuple[Decimal | None, bool, tuple[str, ...]]:
    """Returns the value a target must have, whether it was said in %, and its words.

    目标是0的 sets the value; 目标是提升的, 降低或减少的 the words a target is written in;
    with a bound (不低于90%的) a percentage bounds the value and is no value itself.
    A target text the forms write (``targets``: 及时) is one word, though it holds 及.
    """
    matches = list(words.value_said.finditer(text))
    for value_match in matches:  # 哪条指标定的目标是零: the figure said after either
        end = _value_start(text, value_match.end(), words=words)
        number = _figure_at(text, end, words)
        if number is not None:
            found.append(text[value_match.start() : end + number.end])
            return number.value, number.percent, ()
    if matches:
        value_match = matches[0]
        written = _written_text(text, value_match, targets)
        if written is not None and not _said_otherwise(
            written.group(1), words=words, found=tuple(found)
        ):
            found.append(text[value_match.start() : written.end(1)])
            said = written.group(1).rstrip(PARTICLES) or written.group(1)  # 写的是有效提升呀
            said = _SORT_END.sub("", said) or said  # 写着提升之类的: an example of a sort
            said = _STARTING.sub("", said) or said  # 有效开头的
            said = _CHARS_COUNTED.sub("", said) or said  # 写提升两个字的
            if said in targets or said != _SORT_END.sub("", written.group(1).rstrip(PARTICLES)):
                return None, False, (said,)
            return None, False, tuple(w for w in re.split(OR_JOINERS, said) if w)
        return None, False, ()
    full = next((mark for mark in words.full_marks if _full_mark_said(text, mark)), None)
    if full is not None and not bounded:  # 要求百分百的, 满格的: rows fixed at 100%
        found.append(full)
        said = _PERCENT_VALUE.search(text)
        found += [said.group(0)] if said and Decimal(said.group(1)) == FULL_PERCENT else []
        return FULL_PERCENT, True, ()
    percent = _PERCENT_VALUE.search(text)
    if percent and not bounded:
        found.append(percent.group(0))
        return Decimal(percent.group(1)), False, ()
    return None, False, ()


FULL_PERCENT = Decimal(100)
FULL_MARK_BEFORE = ("要求", "目标", "值", "是", "为", "成", "到")  # 要求百分百的, 定成百分百
FULL_MARK_AFTER = ("的", "那", "这", "1", "%")  # 百分百的, 满格100%的那种


def _full_mark_said(text: str, mark: str) -> bool:
    """Tells whether a word for 100% is said as a target (要求百分百的), not as how sure the
    asker is (我百分百确定)."""
    at = text.find(mark)
    return at >= 0 and (
        text[:at].endswith(FULL_MARK_BEFORE) or text[at + len(mark) :].startswith(FULL_MARK_AFTER)
    )


def _value_start(text: str, end: int, *, words: FilterWords | None) -> int:
    """Returns where a value said after 目标是 starts: after an operator written before it
    (目标是“≥120”: the operator's condition) or, with ``words``, one read aloud
    (目标是大于等于85%, 目标写的是至少1场)."""
    operator_at = _WRITTEN_OPERATOR.match(text, end)
    end = operator_at.end() if operator_at else end
    readings = _symbol_readings(words) if words is not None else ()
    read = next((w for w in readings if text.startswith(w, end)), "")
    return end + len(read)


def _figure_at(text: str, start: int, words: FilterWords) -> NumberSpan | None:
    """Returns the figure said at ``start``; a numeral going on a word (一共, 一下) is none."""
    numbers = find_numbers(text[start:])
    if not numbers or numbers[0].start != 0:
        return None
    number = numbers[0]
    rest = text[start + number.end :]
    if (
        number.text[0].isdigit()
        or number.percent
        or not rest
        or not _CJK.match(rest)
        or rest.startswith((RELATIVE_END, *words.measures))
    ):
        return number
    return None


def _written_text(
    text: str, value_match: re.Match[str], targets: frozenset[str]
) -> re.Match[str] | None:
    """Returns the target text said after 是 or 写; 写有效提升 says 有效提升 when the forms
    write it, not 有 then 效提升; a quoted text (只写了“有效提升”四个字) is read whole."""
    quoted = _QUOTED_TEXT.match(text, value_match.end()) or _counted_text(text, value_match.end())
    if quoted is not None:
        return quoted
    written = _TARGET_TEXT.match(text, value_match.end())
    if written is None or not value_match.group(0).endswith(_HAVING):
        return written
    longer = _TARGET_TEXT.match(text, value_match.end() - len(_HAVING))
    if longer is not None and _CHARS_COUNTED.sub("", longer.group(1)) in targets:
        return longer
    return written


CHAR_COUNTS = {"两": 2, "二": 2, "俩": 2, "三": 3, "仨": 3, "四": 4, "五": 5, "六": 6}
_CHARS_SAID = re.compile(rf"[{''.join(CHAR_COUNTS)}]个?字")
_COUNTED_TEXTS = tuple(
    re.compile(rf"[\"“‘'「]?([\u4e00-\u9fff]{{{size}}})[\"”’'」]?{char}个?字")
    for char, size in CHAR_COUNTS.items()
)


def _counted_text(text: str, start: int) -> re.Match[str] | None:
    """Returns the text said before the count of its characters (写了有效提升四个字这种虚的:
    有效提升, as 四个字 says), when the count fits."""
    if not _CHARS_SAID.search(text, start):
        return None  # most questions count no characters
    for said in _COUNTED_TEXTS:
        found = said.match(text, start)
        if found is not None:
            return found
    return None


def _unit_after(text: str, said: str, measures: tuple[str, ...]) -> str | None:
    """Returns the unit said right after a target value (目标是10家的 → 家), money aside."""
    at = text.find(said)
    unit = next((u for u in measures if at >= 0 and text.startswith(u, at + len(said))), None)
    return None if unit in MONEY_UNITS or unit == PERCENT_UNIT else unit


ORDINAL = "第"  # 第 18 届: the mark of an ordinal


def _stated_figure(text: str, measures: tuple[str, ...]) -> tuple[Decimal, str, str, str] | None:
    """Returns the one figure with its unit a which-row question says (300人那个是哪个指标):
    its value, its unit (money is compared by value alone), how it was said and how the row
    was asked (对应的是哪)."""
    which = _WHICH_ROW.search(text)
    if which is None:
        return None
    # 哪一行: the 一 of the which-ask is no figure.
    # 第 18 届: an ordinal names an event, it is no figure of a target.
    numbers = [
        n
        for n in find_numbers(text)
        if not text[: n.start].endswith(WHICH) and not text[: n.start].rstrip().endswith(ORDINAL)
    ]
    if len(numbers) != 1:
        return None
    number = numbers[0]
    unit = next((u for u in measures if text.startswith(u, number.end)), "")
    if not unit and not number.percent:
        return None  # 300 alone may be a count, an amount or a year
    if not number.text[0].isdigit() or _NOUN_AFTER.match(text, number.end + len(unit)):
        return None  # 两个项目, 3个项目里: things counted, not a target's figure
    said = text[number.start : number.end + len(unit)]
    if number.percent:
        return number.value, PERCENT_UNIT, said, which.group(0)
    unit = "" if unit in MONEY_UNITS or said.endswith(unit * 2) else unit
    return number.value, unit, said, which.group(0)


def _column(
    text: str, words: FilterWords, standards: frozenset[str], found: list[str]
) -> tuple[str | None, str | None, bool, int | None]:
    """Returns the 绩效标准 asked and the one excluded, whether shared rows are asked, and
    the tier of headings."""
    tier = next(((w, t) for w, t in words.headings if w in text), None)
    if tier is not None:
        found.append(tier[0])
    standard = _standard(text, standards)
    excluded = None
    if standard is not None:
        said = (*words.standard_words, *words.standard_verbs)
        found += [standard, *(word for word in said if word in text)]
        if negated(text, standard):  # 不是计划标准的: every other standard
            standard, excluded = None, standard
            # 不是计划标准、而是行业标准或历史标准的: the standards said beside it are asked.
            asked = [s for s in sorted(standards, key=text.find) if s in text and s != excluded]
            if asked and not negated(text, asked[0]):
                standard = asked[0]
                found.append(asked[0])
    shared = _shared_words(text, words)
    found += shared
    return standard, excluded, bool(shared), tier[1] if tier else None


def _shared_left_out(text: str, said: list[str]) -> bool:
    """Tells whether the rows several projects share are said to be left out (排除掉两个项目都有
    的同名指标后, 都有的那几条不算): the rest, each a project's own, are asked."""
    return any(
        _UNIT_EXCEPTED.search(text[: text.find(word)].rstrip()) or negated(text, word)
        for word in said
    )


def _other_standards(
    text: str, standard: str | None, standards: frozenset[str], found: list[str]
) -> tuple[str, ...]:
    """Returns the other 绩效标准 asked beside the one asked: joined by 或 (行业标准或历史标准)
    or asked in a clause of their own (哪个用的是行业标准，哪个用的是历史标准)."""
    if standard is None:
        return ()
    others = tuple(
        other
        for other in sorted(standards, key=text.find)  # in the order written
        if other != standard and other in text and not negated(text, other)
    )
    found.extend(others)
    return others


def _only_conditions(text: str, found: list[str]) -> bool:
    """Tells whether a question says nothing but conditions on rows (定量, 以人计的指标)."""
    rest = text
    for word in longest_first(found):
        rest = rest.replace(word, "")
    return bool(found) and not rest.strip(TERSE_FILLERS)


def read_filter(
    text: str,
    *,
    words: FilterWords,
    level: str | None,
    standards: frozenset[str] = frozenset(),
    targets: frozenset[str] = frozenset(),
    named: bool = False,
    left_out: tuple[str, ...] = (),
) -> ReadFilter:
    """Returns the conditions a listing question sets on the rows.

    ``named`` when the question names a project (企服定量: its rows of that kind).

    ``standards`` are the 绩效标准 the loaded forms write (计划标准, 行业标准); ``targets``
    the texts their qualitative targets are written in (有效提升, 及时).
    """
    found: list[str] = [clause.group(0) for clause in _LEFT_OUT.finditer(text)] or [
        clause.group(0) for clause in _LEFT_OUT_AFTER.finditer(text)
    ]
    found += [clause for clause in left_out if clause in text and clause not in found]
    found += [said.group(0) for said in _COLUMN_REGARDLESS.finditer(text)]
    unit, other_units, excluded_units = _units(text, words, found)
    for clause in left_out:  # （百分比的不算）: a unit left out in a clause of its own
        excluded_units += tuple(u for u in _units(clause, words, [])[2] if u not in excluded_units)
    excluded_unit = excluded_units[0] if excluded_units else None
    kind, excluded_kind = _kinds(text, words, found)
    due = _due(text, found, kind=kind, excluded_kind=excluded_kind)
    kind = None if due is not None else kind  # 12月底前: a deadline row's date, said once
    direction = _direction(text, words, found)
    # 两个以上项目: a bound on the projects sharing rows, none on the rows' values
    compared = _words_apart(text, words.shared_some)
    operator, threshold, excluded = _operator(compared, words, found)
    ends: tuple[tuple[str, Decimal], tuple[str, Decimal] | None] | None = _range(compared, found)
    digits = _digits_range(compared, words, found, operator=operator) if ends is None else None
    if digits is not None and unit is None and excluded_unit is None:
        excluded_unit = MONEY_UNIT  # 130万元 has seven digits, not the three written
    other = None
    ends = digits[0] if digits is not None else ends
    if digits is not None and not digits[1]:
        threshold, other = digits[0]  # 以≥设定、目标是两位数的: the operator holds as well
    elif ends is not None:  # 在10到100之间: both ends bound the value, whatever 以内 says
        operator, excluded, (threshold, other) = None, None, ends
        unit = unit or (PERCENT_UNIT if PERCENT_BOUND in found else None)
    if threshold is not None and ends is None and _bound_left_out(text, found):
        threshold = (INVERSE_BOUNDS[threshold[0]], threshold[1])  # 低于10的剔掉: ≥10 kept
    if threshold is not None and unit is None:
        unit = _bounded_unit(text, words.measures)  # 10人以上的: rows counted in 人
    if threshold is not None and PERCENT_BOUND in found and unit is None:
        unit = PERCENT_UNIT  # 不低于90%的指标: rates only, not ≤250万元
    if threshold is not None and MONEY_BOUND in found and unit is None:
        # 不超过250万的: amounts only, not 985米, compared in the 万元 forms write them in.
        unit, threshold = MONEY_UNIT, (threshold[0], threshold[1] / TEN_THOUSAND)
    value, percent, written = _target(
        _words_apart(text, tuple(w for w, _ in words.digits)),  # 是两位数: no value of 2
        words,
        found,
        bounded=threshold is not None,
        targets=targets,
    )
    if percent and unit is None:
        unit = PERCENT_UNIT  # 目标是百分之百: 100%, not ≥100个
    stated = None
    if value is None and threshold is None and not written and due is None:
        # 截止在12月的是哪条: the month of a date due is no target's figure
        stated = _stated_figure(text, words.measures)
    if stated is not None:
        value, unit = stated[0], unit or stated[1] or None
        found += stated[2:]
    elif value is not None and unit is None:
        unit = _unit_after(text, found[-1], words.measures)  # 写着≥10家的: rows in 家
        found += [found[-1] + unit] if unit else []  # 目标是≥10次: 10次 is how it was asked
    if operator is not None and operator[1] == "=" and operator[0] not in WRITTEN_OPERATORS:
        operator = None if value is not None else operator  # 正好是120的: the value, said so
    if threshold is not None and threshold == ("=", value):
        threshold = None  # 等于100%的: one condition, said once
    elif threshold is not None and threshold[1] == value:
        value = None  # 指标值100或以上: 100 bounds the value, it is not the value
    if threshold is not None and unit is None and excluded_unit is None and _rounded(text, found):
        # 目标值过百的: a round number passed counts things (过百人, 上千场); money passes
        # 过百万, so an amount (≤130万元) is no target 过百 says.
        excluded_unit = MONEY_UNIT
    found += [item[0] for item in (operator, excluded) if item is not None]
    other_operators = _other_operators(text, words, operator, found)
    other_excluded = _other_operators(text, words, excluded, found)  # 没写≥或≤的
    if excluded is not None and excluded[0] in words.any_operator:
        other_excluded = tuple(dict.fromkeys(o for _, o in words.operators if o != excluded[1]))
    standard, other_standard, shared, tier = _column(text, words, standards, found)
    shared_out = shared and _shared_left_out(text, [w for w in words.shared if w in found])
    shared = shared and not shared_out
    more_standards = _other_standards(text, standard, standards, found)
    row_filter = RowFilter(
        level=level,
        unit=unit,
        unit_aliases=frozenset(
            w for w, name in words.unit_names.items() if name in (unit, *other_units)
        ),
        other_units=other_units,
        operator=operator[1] if operator else None,
        other_operators=other_operators,
        excluded_operator=excluded[1] if excluded else None,
        other_excluded=other_excluded,
        excluded_unit=excluded_unit,
        other_excluded_units=excluded_units[1:],
        kind=kind,
        excluded_kind=excluded_kind,
        value=value,
        bound=threshold,
        other_bound=other,
        target_text=written[0] if written else None,
        other_targets=written[1:],
        standard=standard,
        excluded_standard=other_standard,
        other_standards=more_standards,
        shared=shared,
        excluded_shared=shared_out,
        direction=direction,
        due=due,
    )
    # 目标是提升或有效提升的: a question that ends on 的 names rows by what they are.
    asks_rows = (
        _asks_which(text, words)
        or text.rstrip().endswith(RELATIVE_END)
        or text.startswith(words.commands)  # 查企服定量: a terse command
        or any(word in text for word in words.side_by_side)  # 成本指标放一起对比下
        or (standard is not None and WHICH in text)  # 哪一个用的是历史标准: rows have it
        or (bool(found) and _counted_last(text, said=unit or kind))  # 企服定性几个
        # 企服定量, 国交以人计: a project and conditions only (a part of a question saying
        # conditions alone adds to the ask before it); 完成时限 alone asks the deadline
        or (named and kind is not IndicatorKind.DEADLINE and _only_conditions(text, found))
    )
    by_name = (
        any(word in text for word in words.by_name)
        or (ROWS_WORD in text and any(word in text for word in words.by_mention))
        or _asks_by_topic(text, words)
    )
    return ReadFilter(row_filter, tuple(found), tier, asks_rows, by_name)


VALUE_MARK = "{}"  # where a template of [field_said] puts the value
SPACE_MARK = "-"  # a [query_word] said as a space
QUERY_ASK = "，列出来"
# 以人计的target 全加起来 = ?: = then a question mark asks what it comes to
_EQUALS_ASKED = re.compile(r"\s*[=＝]\s*[?？]+\s*$")
RESULT_ASKED = "是多少？"  # what a query written as code asks: its rows
EQUAL_SIGNS = ("==", "=", "＝")  # 单位='人': the sign joining a column and its value
# 一级指标≠产出指标, 单位<>人: the column is not the value (the longer signs first).
NOT_EQUAL_SIGNS = ("!=", "！=", "!＝", "<>", "＜＞", "≠", "不等于")
_NEGATED_IS = "不是"
# 单位列=次, 一级指标栏≠产出: the column said with its word for a column
_COLUMN_WORD = r"(?:列|栏|字段|这一列|那一列|这列|那列|这栏|那栏)?"
_QUOTES = "'\"“”‘’「」"
# Any ask beside a condition typed query-style (哪些, 几条, …的行).
_ASKED = re.compile(r"[哪几列？?吗呢]|多少|什么|啥|是否|有没有|行\s*$")
_ASCII_WORD_EDGE = r"(?<![A-Za-z]){}(?![A-Za-z(])"


@dataclass(frozen=True)
class FieldSaying:
    """Says plainly a column and its value joined query-style (单位='人' → 单位是人,
    一级=产出指标 → 产出指标), and the words of a query written as code (select, where, and,
    count): = joins a column and its value there, it is no operator rows are written with;
    >= and <= typed are the ≥ and ≤ the forms write."""

    condition: re.Pattern[str]
    templates: dict[str, str]  # 单位 → 单位是{}
    query_words: re.Pattern[str]
    plain: dict[str, str]  # select → " ", and → 且
    signs: tuple[tuple[str, str], ...]  # >= → ≥: a sign typed for one the forms write

    @classmethod
    def of(
        cls,
        *,
        field_said: list[tuple[str, str]],
        query_word: list[tuple[str, str]],
        sign_written: list[tuple[str, str]],
    ) -> FieldSaying:
        """Builds the patterns from the pairs of ``filters.txt`` (word, how it is said)."""
        fields = "|".join(re.escape(w) for w, _ in sorted(field_said, key=lambda p: -len(p[0])))
        signs = "|".join(map(re.escape, (*NOT_EQUAL_SIGNS, *EQUAL_SIGNS)))
        words = "|".join(
            _ASCII_WORD_EDGE.format(re.escape(w)) if w.isascii() else re.escape(w)
            for w, _ in sorted(query_word, key=lambda p: -len(p[0]))
        )
        return cls(
            condition=re.compile(
                rf"(?<![A-Za-z])(?P<field>{fields}){_COLUMN_WORD}\s*(?P<sign>{signs})\s*[{_QUOTES}]?"
                rf"(?P<value>[^\s{_QUOTES},，;；、)）?？]+?)[{_QUOTES}]?"
                r"(?=$|[\s'\"”’」,，;；、)）?？]|的|且|或|and|AND)",
                re.IGNORECASE,
            ),
            templates={word.lower(): template for word, template in field_said},
            query_words=re.compile(words or "(?!)", re.IGNORECASE),
            plain={
                word.lower(): " " if plain == SPACE_MARK else plain for word, plain in query_word
            },
            signs=tuple(sorted(sign_written, key=lambda pair: -len(pair[0]))),
        )

    def _condition_said(self, found: re.Match[str]) -> str:
        """Says one query-style condition in words, negated for a not-equal sign."""
        template = self.templates[found.group("field").lower()]
        if found.group("sign") in NOT_EQUAL_SIGNS:  # 单位是{} → 单位不是{}, {} → 不是{}
            said_is = "是" + VALUE_MARK
            template = (
                template.replace(said_is, _NEGATED_IS + VALUE_MARK)
                if said_is in template
                else _NEGATED_IS + template
            )
        return template.replace(VALUE_MARK, found.group("value"))

    def said_plainly(self, text: str) -> str:
        """Returns ``text`` with its query-style conditions and code words said plainly."""
        said = self.condition.sub(self._condition_said, text)
        if said != text:  # a query word alone (count) is no query written as code
            code = self.query_words.search(said) is not None
            said = self.query_words.sub(lambda m: self.plain[m.group(0).lower()], said)
            # 养护 where 绩效标准=计划标准: a query selects the rows it filters; so does a
            # condition typed alone (养护 绩效标准≠计划标准)
            said += QUERY_ASK if code or _ASKED.search(said) is None else ""
        said = _EQUALS_ASKED.sub(RESULT_ASKED, said)
        for typed, sign in self.signs:
            said = said.replace(typed, sign)
        return said


@built_once
def floor_and_ceiling_words() -> frozenset[str]:
    """Returns the bound nouns of filters.txt naming a floor or a ceiling (保底, 封顶), not a
    figure fixed (卡死): the evidence reads them as phrasing, the arithmetic as bounding."""
    return frozenset(
        word for word, sign in load_filter_words().bound_nouns.items() if sign in ("≥", "≤")
    )
