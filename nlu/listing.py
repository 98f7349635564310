"""Listing the rows a question filters (by level, unit, kind, value, words) and their totals."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache, partial

from knowledge.arithmetic import Operand, Operation, calculate
from knowledge.catalog import Catalog, IndicatorInfo, ProjectInfo
from knowledge.levels import LEVEL2_UNDER
from knowledge.model import IndicatorKind
from knowledge.selection import SMALLER, RowFilter, select_rows
from nlu import intents
from nlu.answers import (
    FigureCalculation,
    HeadingGroup,
    HeadingList,
    IndicatorGroup,
    IndicatorList,
    NotInForm,
    SeveralIndicators,
)
from nlu.arithmetic import OperationWords
from nlu.calculations import PERCENT
from nlu.cues import cue_words
from nlu.display_wishes import order_asked, target_order
from nlu.evidence import Evidence, stripped
from nlu.figures import target_figure
from nlu.filters import (
    A_NOT_A,
    MONEY_UNIT,
    PLACEHOLDERS,
    SUM_SAID,
    FilterWords,
    ReadFilter,
    bounds_said_as_written,
    left_out_clauses,
    left_out_words,
    negated,
    read_filter,
    units_said,
)
from nlu.intents import Aggregate, ProjectField
from nlu.lexicon import Lexicon
from nlu.normalize import Normalizer, strip_punctuation
from nlu.numbers import find_numbers
from nlu.ordering import longest_first
from nlu.query import ASKING, Query

# Patterns built from a heading's stem at question time, compiled once per stem (the re
# module's own cache holds 512 and is shared by every module).

# 那部分的表里, 那张表里: a project's form pointed at after a word describing the project
_FORM_POINTED = re.compile(
    r"(?:那部分|这部分|那块|这块|那个|这个)的?(?:申报表|表格|表)(?:里|中|上)"
)
# Words after a piece of a project's name that place the rows in it (运维里, 运维那边的).
# 运维里, 养护那个表里, 运维项目当中: a place in a project's form, the word before names it.
PROJECT_PLACES = re.compile(
    # 修路那部分的表里: a project described, then pointed at
    r"(?:那个|这个|那张|这张|那部分|这部分|那块|这块)?的?(?:申报表|表格|表|项目|指标)?"
    r"(?:里|那边|这边|当中|之中|中)"
    # 运维那张表, 养护这份申报表: the project's form, pointed at
    r"|(?:那个|这个|那张|这张|那份|这份)(?:申报表|表格|表)"
    # 企业那个，按家算的, 养护那张 计划标准的, 养护表 带≥的: the project or its form pointed at,
    # the clause ending there
    r"|(?:那个|这个|那张|这张|那份|这份)(?:项目|申报表|表格|表)?(?=[，,、\s])"
    r"|(?:申报表|表格|表)(?=[，,、\s])"
    # 运维那个项目（设施运维的）: the project pointed at, a bracket going on to restate it
    r"|(?:那个|这个)?项目(?=[(（])"
)
_HEADING_PLACE_MARKS = frozenset("里中下内那这第的")  # 数量指标里那个: a heading as a place
# 运维的满意度指标, 养护的定量指标: the rows the project has, when no project is named
# otherwise (国交的交流的指标: 交流 is what the rows are about).
_OWNED_ROWS = re.compile(r"的(?=[\u4e00-\u9fff]{0,10}?指标)")
# 三级指标总条数=？, 预算＝?: a field's value asked, written as a formula left open.
_VALUE_ASKED = re.compile(r"\s*[=＝]\s*[?？]+")
# 成本控制数 / 学生人数 = ?, A ÷ B = ？%: a formula worked out, its = read by the arithmetic.
_WORKED_OUT = re.compile(r"[÷×*+＋]|\s[/／-]\s|除以|乘以|加上|减去")
# 运维有哪些指标, 养护都设了什么指标: what a word opening the message has, asked: its project's.
_HAS_ROWS_ASKED = re.compile(
    r"(?:都|一共|共|总共)?(?:有|包括|包含|设了|设置了|设)(?:哪些|哪几|什么|几)"
)
# 指标值里带“提升”两个字的, 目标中有健全的: a word the targets write, asked of the rows.
_TARGET_HOLDS = re.compile(
    r"(?:指标值|目标值|目标)(?:里|中|里面|上)?(?:带|带有|有|含|含有|包含|出现)"
    r"[\"“‘']?(?P<word>[\u4e00-\u9fff]{2,6}?)[\"”’']?(?:两个字|二字|俩字|字样|这个词|的|$)"
)
# 关于运维的指标, 跟养护有关的: the word before 的 is what rows are about, not a project.
# 名称里有设施的: a word the names hold, asked after a verb of having or saying.
_TOPIC_BEFORE = re.compile(
    r"(?:关于|有关|涉及|提到|提及|讲到|说到|谈到|写到|出现|包含|含有|含|带有|带|有|围绕)[\"“‘']?$"
)
LEVEL_SUFFIX = "指标"
# 名称带“港澳台”的, 名字里有海峡两岸这四个字的: the word the names are said to hold.
_NAMED_EXPLICITLY = re.compile(
    r"(?:名称|名字|指标名|名)(?:里|中|上|里面)?(?:带有|带着|带|含有|包含|含|里有|有|出现)"
    r"[\"“‘']?(?P<word>[\u4e00-\u9fff\d]{2,10}?)[\"”’']?"
    r"(?:这|那)?(?:[两二三四五六七八九十几]个?字|字样|字眼|的|$)"
)
# 除了写“降低”, 除了目标是: a target text said right after, to set its rows aside.
_TARGETS_EXCEPTED = re.compile(
    r"(?:除了|除去|除开|排除掉?|不算|不含)(?:目标|指标值|要求)?(?:写着?|是|为|写的是)?[\"“‘']?$"
)
_TARGETS_JOINED = "\"“”‘’'、,，或和及跟与 "  # “降低”“减少”, 降低或减少: texts said in a row
# 名字里不带“港澳台”的, 名称中没有论文的: a word the names must not hold.
_NAME_LACKS = re.compile(
    r"(?:名称|名字|指标名|名)(?:里|中|上|里面)?(?:并)?(?:不|没有?|未)"
    r"(?:带有|带着|带|含有|包含|包括|含|有|出现|提到)?"
    r"[\"“‘']?(?P<word>[\u4e00-\u9fff\d]{2,10}?)[\"”’']?"
    r"(?:这|那)?(?:[两二三四五六七八九十几]个?字|字样|字眼|的|$)"
)
# 带提升两个字的, 含“有效”字样的: a word said to be carried, counted or marked as a word.
_WORD_CARRIED = re.compile(
    r"(?:带有|带着|带|含有|包含|含)[\"“‘']?(?P<word>[\u4e00-\u9fff]{2,6}?)[\"”’']?"
    r"(?:这|那)?(?:[两二三四五六七八九十俩仨]个?字|字样|字眼)"
)
PROJECT_MARK = "项目"
_EACH_SAID = ("各", "分别", "都")  # 定量和定性的各有几个: each of two kinds counted
_ASKING_CHARS = "几哪啥"  # a word carried that asks (第几届, 哪几个字) names no text
# 运维指标总数, 运维三级指标有几个: the rows of the project said right before them.
_ROWS_OF_PROJECT = ("指标", "三级指标", "绩效指标", "全部指标", "所有指标", "总指标")
NAME_MARK = "名"  # 名字里带, 名称含: by_name words said before the word the names hold
OPENING_ASKS = (
    "带",
    "有",
    "按",
    "以",
    "用",
    "哪",
    "不",
    "没",
    "非",
    "写",
    "填",
    "标",
    "设",
)  # 运维 带≥的, 改造写≥的: conditions next
NAME_QUOTES = ("", '"', "“", "‘", "'")  # 名字带“满意度”: a word may be quoted after by_name
_DRAFT_QUOTES = '“"「'
MIN_DRAFT_CHARS = 8  # a quoted draft is a sentence, not a word of a row (“有效提升”)
# 想在稿子里写“…”, 推文里要说“…”: a verb of writing or saying, then the draft quoted.
_DRAFT_QUOTED = re.compile(
    rf"(?:写|说|放|印|发|讲|用)(?:成|上|进|一句|一下|的是)?[：:]?[“\"「]([^”\"」]{{{MIN_DRAFT_CHARS},}})[”\"」]"
)
MIN_PROJECT_RUN = 4  # 设施运维: a run of a project's name this long names the project
# A 者 closing a condition of a formal ask of rows (以“次”计者, 为计量单位者, 带“满意度”字样
# 者, 目标数为一百二十者): read as the 的 a plain ask says there (参与者, 两者 stay whole).
_CONDITION_CLOSED = re.compile(
    r"(?P<kept>[”\"’'」计位样眼量]|(?:[为是]|等于|达到)[\d〇零一二三四五六七八九十百千万点.%％]{1,8})者"
)
# 凡属数量指标者有几条: a condition opened by 凡 and closed by 者.
_ALL_WHICH = re.compile(r"凡(?P<condition>[^，,。？?；;！!]{1,30}?)者")
FORMAL_MARKS = ("者", "若干", "何", "凡", "计有", "内", "开列", "见告", "示", "询")
MIN_EXAMPLE_WORDS = 2  # 有个步道还有个车子: two words naming two rows are examples
MIN_STEM_OPENING = 2  # 可持续 of 可持续影响: the fewest characters opening a heading's stem
MIN_LISTED_STEMS = 3  # 成本啊效益啊满意度啊: so many stems in a row list headings
FILTERS_KEPT = 16  # queries whose row filters are kept: one question's whole and its parts
STEMS_KEPT = 1024  # headings' stems whose patterns are kept: every heading of the forms loaded
# What may stand between the stems listed (成本啊效益啊, 成本、产出、效益, 成本 产出).
_LIST_MARKS = r"(?:指标)?[啊呀啦哇吖、，,/\s]*(?:和|与|及|以及|还有|跟)?[\s、]*"
TOPIC_JOINERS = ("同", "对", "对于")  # 同满意度有关系的: said before a topic, as 跟 is
# 时效指标和质量指标, 质量指标或者时效指标: the words joining headings asked together
LEVEL_JOINERS = ("和", "与", "及", "、", "以及", "还有", "跟", "或者", "或是", "或", "/")
# 社会效益和可持续影响的: two stems joined by one word (还有, 以及 may open another ask)
STEM_JOINERS = "|".join(word for word in LEVEL_JOINERS if len(word) == 1)
MIN_TERM_NAME_CHARS = 2  # a single character names no rows (企 of 企科服)
MAX_TARGET_CHARS = 8  # a longer qualitative target is a sentence, not a word asked for
# 设施更新改造数量: a heading's stem right after such a character goes on a word; after a
# verb of being about (管质量的, 讲时效的) it is the heading.
_CJK_END = re.compile(r"(?![的里中是有些类那这个项和与及、于为算归在管讲抓])[\u4e00-\u9fff]$")
# 带海峡两岸的, 含调查站点的指标: a word the names hold, carried by the rows.
_CARRIED = re.compile(r"(?:带有|带着|带|含有|包含|含)([\u4e00-\u9fff]{2,8}?)(?:字样|字眼)?的")
# 海峡两岸的列出来: a word alone (the message's start, or after a space) before 的.
_SAID_ALONE = re.compile(r"(?:^|(?<=\s))([\u4e00-\u9fff]{2,8})的(?:指标)?(?:都|全部|全)?(.*)$")
# 单位分别是啥, 目标值各是多少: a column asked of the rows listed, which each row shows.
_COLUMN_ASKED = re.compile(
    r"(?:计量单位|单位|目标值|指标值|目标)(?:分别|各自|各|都)(?:是|为)?(?:啥|什么|多少|哪些)?"
    r"|(?:计量单位|单位)(?:是|为)?(?:啥|什么)"
)
# 满意度目标是95%对吧, 不是≥30篇吗: a figure said to be checked, ending as a yes-or-no ask.
_CHECKED = re.compile(
    r"(?:对吧|对吗|是吧|是吗|对不对|是不是|没错吧|没错吗|吗|吧|么)[？?。!！\s]*$"
    r"|(?:是不是|是否)(?=[≥≤=<>＞＜\d])"  # 指标值是不是≥95%: a figure said to be checked
)
COUNT_NOUN = "数量"  # 指标数量 counts rows; 改造数量 is what a row counts
MIN_HEADED_ROWS = 2  # a heading over one row lists what the row alone answers
PAIR = 2  # 两个按篇算的指标差几篇: a difference within a group is of two rows
# 几个指标平均每个多少人: the mean of the rows kept, asked per row
_EACH_ROW_AVERAGED = re.compile(
    r"平均(?:下来)?(?:每|一)(?:个|条|项)(?:指标)?(?:是|有|要)?(?:多少|几)"
)
COMPARED_MARK = "比"  # A比B少多少: two figures in the order said
_PLACE_AFTER_PROJECT = "项目里中内的那这边"  # 国际交流项目里…: the place the projects set
SUB_TIER = 2  # 二级指标: the headings under each 一级 heading
LEVEL_KINDS = "(?:类|方面|类型|那块|这块)"  # 效益类的指标: a level said by its stem
# 时效怎么要求, 质量上有什么要求: a level said by its stem, its rows' targets asked
LEVEL_ASKS = (
    # 质量上是怎么考核的, 时效方面如何衡量: how the heading's rows weigh it, asked
    "(?:(?:上|方面)?的?(?:是)?(?:怎么|怎样|如何|有什么|有哪些|有啥|啥)"
    "(?:要求|规定|定的|设定|考核|考评|衡量|评价|评估|把关|管控)的?"
    # 养护质量要求, 时效方面的规定是啥: the requirement said last, what it is asked or not
    "|(?:上|方面)?的?(?:要求|规定)(?:是|有)?(?:什么|啥|哪些|怎样|怎么样)?[吗呢啊呀]*$"
    # 效益这块都考核啥, 满意度方面看什么: what the heading's rows weigh, asked
    "|(?:都|主要)?(?:考核|考|看|管|包括|包含|涉及|衡量|评价)(?:的是|了)?"
    "(?:啥|什么|哪些|哪几个|哪几项|些啥|些什么)[吗呢啊呀]*$)"
)
# 社会效益两项目标, 社会效益的有几项, 社会效益一共几条: its rows
_TARGET_AFTER_COUNT = re.compile(r"的?(?:指标值|目标值)")  # …论文数量指标值: the row's target
LEVEL_ROWS = "(?:[有是共]|一共|总共|共有)?(?:[两三四五六七八九十几各][项条]|几个$|目标|指标值)"
# 二级是社会效益的几项, 二级属于社会效益: the tier a heading is said to be of
_TIER_SAID = "(?:[一二]级(?:指标)?(?:是|为|属于|算|里|中)?)"
MAX_GOAL_SCOPE = 10  # projects whose goal texts a listing ask is checked against at most
STEM_INSERTS = ("方面", "方面的", "类", "类的", "上的")  # 生态方面效益: inside a heading
MIN_SHARING_PROJECTS = 2  # a row shared is one two projects have at least
# 哪个项目的数量指标多, 哪个项目指标少一些: which project has more (or fewer) rows.
_WHICH_PROJECT_MORE = re.compile(
    r"哪(?:个|一个|几个)?项目.*?(?<![最更])(多|少)(?:一些|些|一点)?[吗呢?？]*$"
)
# 目标最小的, 指标值最高的: the row whose target value is at one end, among those listed.
# 那几个, 这些: pointing at several rows; the words after say what they are (交流活动).
_POINTING_SEVERAL = re.compile(r"[那这](?:几个|几项|几条|些|几类)")
# 以场计的几条里，最多的比最少的: rows said, then the end of their targets after 里 or 中
_EXTREME_TARGET = re.compile(
    r"(?:(?:目标值?|指标值|数值|数字)(?:定得|设得|定的)?"
    r"|(?<=[里中])[，,\s]*(?=最[高大多低小少](?:的|是)))(最高|最大|最多|最低|最小|最少)"
)
HIGH_ENDS = ("最高", "最大", "最多")
# 前三, 最大的前三个, 排名前5的, 最小的两条: how many rows at one end of the order are asked.
_ENDS_COUNTED = re.compile(
    r"(?:最(?P<end>[高大多低小少])的?(?:前|头)?|前|头|倒数|(?i:top)\s*)"
    r"(?P<count>[一二两三四五六七八九十]|\d{1,2})(?:个|条|项|名|位)?"
)
LOW_ENDS = "低小少"
END_OPPOSITES = {"最高": "最低", "最大": "最小", "最多": "最少"} | {
    "最低": "最高",
    "最小": "最大",
    "最少": "最多",
}
PAIR_OF_ENDS = ("high", "low")
# 最大的是最小的几倍, 最大的比最小的多几场: the two ends worked against each other
ENDS_WORKED = (Operation.RATIO, Operation.DIFFERENCE, Operation.PERCENT_DIFFERENCE)
_SAME_ENDS = {"高": "大多", "大": "高多", "多": "高大", "低": "小少", "小": "低少", "少": "低小"}
# 目标值前五, 按目标值 top3: the first rows by their targets, with no word of ordering.
_VALUE_RANKED = re.compile(
    r"(?:目标值?|指标值|数值)[^，,。？?]{0,4}?(?:前|头|(?i:top))\s*[一二两三四五六七八九十\d]"
)
# 最小的是哪条, 倒数第一: the other end of an order asked after its first ones.
_OTHER_END = re.compile(r"最[低小少]|倒数|垫底|末位|最后一")
_PAIRS_SAID = {"俩": 2, "仨": 3}  # northern words counting two or three things
_SMALL_COUNTS = {c: n for n, c in enumerate("一二三四五六七八九十", start=1)} | {"两": 2}
# 几个满意度指标, 多少项指标: a count of rows, the noun counted being 指标.
_COUNTED_ROWS = re.compile(r"(?:几|多少)(?:个|项|条)?[\u4e00-\u9fff]{0,6}?指标")
# 有几个，…: how many rows, asked at the end of a sentence (几个指标加总 says which rows).
# 修路养桥那张表上, 那张老式的表里: words opening a question that say which form is meant.
_FORM_SAID = re.compile(
    r"(?:^|(?<=[，,。；;？?\s]))[\u4e00-\u9fff]{0,8}?(?:那张|这张|那份|这份)"
    r"[\u4e00-\u9fff]{0,4}?的?(?:申报表|表格|表)(?:上|里|中|里面|当中)?"
    # 老式样的表 道路桥梁养护…: a clause of its own naming the form by its look
    r"|(?:^|(?<=[，,。；;？?\s]))[\u4e00-\u9fff]{1,4}的(?:申报表|表格|表)(?=[\s，,。；;]|$)"
)
# 光写“提升”“健全”这种字眼的, 写着提升、改善之类的: target words given as examples of a sort.
_WORDS_OF_A_SORT = re.compile(
    r"(?:(?:光|只|就|都|全)?写(?:着|了|的是|的)?|比如|例如|譬如|如(?![果何同今]))[\"“‘'「]?(?P<words>(?:(?!的)[\u4e00-\u9fff]){2,6}"
    r"(?:(?:[\"”’'」、，,/\s]|和|或)+[\"“‘'「]?(?:(?!的)[\u4e00-\u9fff]){2,6})*)[\"”’'」]?"
    r"(?:这种|那种|这类|那类|之类|一类|这样|那样)(?:的)?(?:字眼|字样|词儿?|文字|字|说法|写法|表述|提法|措辞|话)?"
)
# 那几样活动，一共几样: how many sorts of things, the rows, not a total of their unit.
_KINDS_COUNTED = re.compile(r"(?:几|多少)(?:样|种)(?![\u4e00-\u9fff])")
ROW_MEASURE_WORDS = "条项"  # 有几条: rows counted; 几个 may count what a row counts (个)
_COUNTED_ASK = re.compile(
    r"(?:(?:几|多少)(?:个|项|条)|(?:条|项|条目|指标|指标个)数(?:是多少|有多少|多少)?)"
    r"(?=[，,。？?！!；;\s]|$|呀|啊|呢|吧)"
)  # 以场计的合计条数, 项数是多少: the count of the rows named
_CLAUSE_END = re.compile(r"(?:[是有为]?(?:多少|几)?)(?:[吧呢呀啊吗]*)(?:[，,。？?！!；;\s]|$)")
SOLE_OPENINGS = ("唯", "仅", "独")  # checked before the [sole_row] pattern is run
# 用“≤”的那条。: a row pointed at, ending its sentence with no ask
_POINTED_LAST = re.compile(r"(的)[那这]一?[条项个](?:指标)?[吧呢呀啊]*(?=[。？?！!]|$)")
# 成本上限平摊到所有以场计活动的总场数上，每场多少钱: an amount split over the rows of a unit
_SPLIT_OVER = re.compile(
    r"(?P<amount>[^，,。？?；;]+?)(?:平均分摊到|平摊到|分摊到|摊到|分到|按)"
    r"(?P<group>[^，,。？?；;]+?)(?:来|上|去)?(?:平摊|分摊|平分|摊|分|除)?[，,\s]*(?:平均)?"
    r"每(?P<per>人次|[\u4e00-\u9fff])(?:合|摊|分|平均|要|能)?(?:多少|几)(?:钱|元|块)"
)
TOTAL_MARK = "总"  # 总场数, 总人数: the count of a unit in all
FORMER, LATTER = "前者", "后者"  # the first and the second of two things said before
_POINTER_PAIR = re.compile(rf"({FORMER}|{LATTER})的?")
_SENTENCE_PIECES = re.compile(r"(?<=[。？?！!；;])")  # sentences, each keeping its end
# 国交的呢, 运维那边呢: a sentence naming only whose rows, asking what the one before asked
_OTHER_ONES_ASKED = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:的|那边|这边)?呢")
# 以“米”计的那条目标多少: the target of a row pointed at by its condition
_POINTED_TARGET = re.compile(
    r"的[那这]一?[条项个](?:指标)?的?(?:目标值?|指标值)(?:是|为|定的|定了|要求)?(?:多少|几)"
)
_POINTED_BEFORE = re.compile(r"[这那]$")  # 这几个指标: rows pointed at, not counted
_GOES_ON = re.compile(r"[，,、\s]")  # 的几条，…: the sentence goes on to what is asked of them
_COUNTED_PROJECTS = re.compile(r"[\d两俩二三四五六七八九十]+个?项目")
# 名字里带第几届的: rows whose names hold an ordinal; its measure word is only written after
# one (第 25 届), so the names holding it are those.
_ORDINAL_NAMED = re.compile(r"第几([届期轮批])")
# 两个项目加一块, 三张表合起来: projects put together, before an ask of their rows.
_PROJECTS_TOGETHER = re.compile(
    r"(?:项目|张表|个表|份表)(?P<join>(?:加|合|放|摆|凑)(?:到)?(?:一块儿?|一起|在一起|起来))"
)
# 数数量的考核, 数数目的: the verb 数 (to count) before a heading of counts, no word of it.
_COUNTING_VERB = re.compile(r"(?<![数人次个件篇场])数(?=数量(?:指标|的|那|这|类|方面))")
# …分别是哪条，截到什么时候: a clause asking the dates of the rows just asked.
_WHEN_AFTER = re.compile(
    r"[，,；;]\s*(?:那|它们|分别|各自|都|各)*(?:是)?(?:截止|截至|截|要|做|定)?到?"
    r"(?:什么时候|啥时候|哪天|几时|何时|什么时间|啥时间)(?:截止|为止|结束|完成|到期)?"
    r"(?:呢|啊|呀)?[？?。！!]*$"
)
# 时效指标分别是啥: the rows asked by what they are, at the end of the clause.
_WHAT_ASKED_LAST = re.compile(r"[是有](?:啥|什么|哪些|哪几[条项个])[呢啊呀]?$")
# 产出指标 数量指标 道路养护长度 985米: cells of a row pasted from the form, apart by tabs or
# spaces; what breaks them from the ask after (…, ——, a new line).
_PASTED_CELLS = re.compile(r"\t|指标\s+\S{2,8}指标\s|\S\s{2,}\S")
_PASTE_BREAKS = "…．.。-—–_，,;；:：|"
_SORT_POINTED = re.compile(r"(?:这|该|此|同)一?(?:类|栏|块)(?:的?指标)?")
# 效益指标之下，社会效益指标…: a heading, a word placing rows under it, and a break.
_HEADING_PLACED = re.compile(
    r"(?P<top>[\u4e00-\u9fff]{2,8}指标)(?P<place>之下|项下|下面|下边|底下|下)[，,、\s]+"
)
# A stem standing alone before 的 and an ask of rows (数量的有哪几条): it names the heading.
_STEM_ALONE_AFTER = re.compile(r"(?:^|[，,、\s里中内是])$")
_ROWS_ASKED_NEXT = "(?:有|是|都有|都是|一共|共|总共)?(?:哪|几)"
SORT_WORDS = (
    "类",
    "块",
    "部分",
    "栏",
    "方面",
)  # 那一大类, 这块, 那部分: a sort of rows pointed at
COLUMN_SORTS = ("栏", "方面")  # 数量的那一栏: the heading's column, said before rows asked
WHEN_WORDS = ("时候", "哪天", "几时", "何时", "时间")
TOGETHER_MARKS = ("起", "块")  # 加一起, 合起来, 放一块儿: checked before the pattern is run
_SUM_ASKED = re.compile(r"多少|几倍|总额|合计|总计|一共|总共|之和|平均")
# 除了干活数量、产出那一块，剩下的: a clause leaving out what it says, up to the rest asked.
_LEAVING_OUT_CLAUSE = re.compile(
    r"(?:除了|除去|刨去|刨除|除开)(?P<said>[^。？?；;]{1,24}?)"
    r"(?:以外|之外|外)?[，,\s]*(?=剩下|剩余|其余|其他|其它|别的|余下)"
)
# 管东西做得好不好（质量）: a heading's name in brackets after the words it glosses.
_GLOSSED = re.compile(r"(?<=[\u4e00-\u9fff])[（(]([^（()）]{2,12})[)）]")
# 满意度指标就一个市民满意度吧, 数量指标是不是只有道路养护长度一个, 质量指标就俩吧: a heading's
# rows checked by their count and maybe a row's name.
ONLY_WORDS = ("就", "只", "仅")
_ROWS_COUNTED_SAID = r"(?:(?:[一二两三四五六七八九]|\d{1,2})(?:个|条|项)|俩|仨)(?:指标)?"
# 企服的两条质量指标: a count of rows said right before the heading they stand under
_ROWS_COUNT_SAID = re.compile(rf"{_ROWS_COUNTED_SAID}(?=[^，,。？?！!；;]{{1,8}}指标)")
# 三条百分比指标, 四条以人计的指标: rows counted right before their condition; ≥2个是哪个指标
# says a target's figure, not how many rows there are.
_ROWS_COUNT_BEFORE = re.compile(
    rf"(?<![≥≤<>=＞＜\d.]){_ROWS_COUNTED_SAID}(?![是的字])(?=[^，,。？?！!；;]{{1,8}}指标)"
)
# ，每个项目应该就一条吧，: a guess at the count, a clause of its own among other asks.
_PREMISE_CLAUSE = re.compile(
    r"[，,]\s*(?:每个项目|每个|各项目|各个项目|每项|每张表)?的?"
    r"(?:应该|大概|好像|估计|可能|我记得|印象中)?(?:都)?(?:就只有|只有|就|只|仅)"
    rf"{_ROWS_COUNTED_SAID}(?:吧|吗|么|呢|是吧|对吧)?(?=[，,；;])"
)
_PREMISE = re.compile(
    r"^(?P<head>.{0,30}?(?:指标|那块|这块|那一块|这一块|这一类|那一类))"
    r"(?:里|里面|中|下|下面|当中|底下)?的?(?:是不是|是否|确实|应该)?"
    r"(?:就只有|就只|只有|仅有|就是|就|只|仅)"
    rf"(?P<count>{_ROWS_COUNTED_SAID})?(?P<row>[^，,。？?！!；;]{{0,24}}?)"
    rf"(?:这|那)?(?P<count2>{_ROWS_COUNTED_SAID})?"
    r"(?:[，,\s]*(?:吧|吗|么|呢|是吧|对吧|对吗|嘛|是不是|对不对|而已|罢了|没错吧))*"
    r"(?P<tail>[？?，,]\s*[^，,。？?！!；;]{1,12})?[？?。！!\s]*$"  # …就两条吧，值多少
)
# 定性的指标有哪些，数量也说下: a last clause asking the count of the rows listed before it,
# never the 数量指标 heading (…有哪些，数量指标有几条 names the heading).
_COUNT_BESIDE = re.compile(
    r"(?<=[，,])\s*(?:数量|个数|条数|项数|总数)(?:也|都|一并|顺便|顺带|一起|同时|再)*"
    r"(?:说|报|讲|给|列|写|告诉我?)?(?:一下|下)?(?:是多少|有多少|多少|几个|几项|几条)?"
    r"(?=[？?。！!\s]*$)"
)
_ROWS_ASKED_BEFORE = re.compile(r"(?:有哪些|是哪些|哪几[条项个])[^，,]*[，,]")
ROWS_COUNT_SAID = "共几项"
# 值也顺便列上, 值是多少, 目标值都带上: the rows' targets asked beside their count.
_VALUES_ASKED = re.compile(
    r"(?:指标值|目标值|数值|取值|值|目标)(?:也|都|一并|顺便|顺带|一起|同时|再|各自|分别|各|就|[,，、\s])*"
    r"(?:(?:把值)?(?:列|写|带|附|标|说|给|报|贴|放|补)(?:一下|一写|一些|一列|一说|下|上|出来|出|全|齐)?"
    r"(?=$|[，,。？?！!；;\s吧呀啊哈])"  # 值也列上; 目标值带“提升”的 is a condition
    r"|是多少|多少|是啥|是什么|为多少|定的多少|定了多少)"
    # 时效指标有几项，分别怎么设定的: how each row's target is set is its value
    r"|(?:分别|各自|各)(?:是)?(?:怎么|如何|咋)(?:设定|设置|设|定|规定|要求)的?"
    # 时效指标都怎么定的？各有几条: how the rows' targets are set, asked of them all
    r"|(?:都|全|全都|又|具体|到底)?(?:是)?(?:怎么|如何|咋|怎样|怎么样)"
    r"(?:设定|设置|设|定|规定|要求|写|填|约定)(?:的|得)"
    r"|(?:都|分别|各自|各|具体)(?:是)?(?:定|设|写|填)(?:的|了|成)(?:多少|啥|什么)"
)
# 港澳台学生来实习的那个交流项目, 城市里科普设施维护的那个项目: a clause describing the
# project asked about; its words say which project, not which rows.
_PROJECT_DESCRIBED = re.compile(
    r"(?:^|(?<=[，,。；;？?！!\s]))[^，,。；;？?！!\s]{2,30}?的?[那这]个?[\u4e00-\u9fff]{0,4}项目"
    # 设施维护那个，数量指标里…: the question opened by the project pointed at, then a break
    r"|^[^，,。；;？?！!\s]{2,12}?的?[那这]个(?=[，,\s])"
)
GENERIC_UNIT = "个"  # 个数 asks a count of anything
POINTED_MARK = "那个"  # 设施维护那个，…: a project pointed at
# 不包括国交项目，…; 除了企服以外的; 国交除外: a project left out of those asked.
_LEAVING_OUT = re.compile(r"不包括|不包含|不含|除了|除去|刨去|刨除|排除|去掉|不算|除外|不要|不看")
_LEFT_OUT_BEFORE = re.compile(
    r"(?P<word>不包括|不包含|不含|除了|除去|刨去|刨除|排除|去掉|不算|不看)(?:掉)?[\"“]?$"
)
_LEFT_OUT_BEFORE_END = re.compile(
    r"[\"”]?(?:项目|这个项目|那个项目|那个)?(?:以外|之外|外)?(?:的)?(?:[，,、。；;\s]|$)"
)
_LEFT_OUT_AFTER = re.compile(
    r"[\"”]?(?:项目|这个项目|那个项目|那个)?的?(?:除外|不算|不要|不看|不用看|不用算|去掉|排除在外)"
    r"(?:[，,、。；;\s]|$)"
)
# 单位是场的、目标≥10的, 以人计的，而且目标不少于5的: conditions said clause by clause.
_CONDITIONS_JOINED = re.compile(r"(?<=的)(?:[、，,]\s*(?:而且|并且|且|同时|还要)?|而且|并且|且)")
MIN_JOINED_CONDITIONS = 2
_STANDARDS_JOINER = re.compile(
    r"\s*(?:、|和|与|及|或|或者|还是|以及|/|，|,)\s*"
)  # 行业标准、历史标准
MAX_ASK_CHARS = 4  # 有哪些, 几个: a clause that only asks
# 哪些, 哪几个, 哪一些, 有几个: several projects asked, not the one 哪个 asks.
_SEVERAL_ASKED = re.compile(r"哪些|哪几|哪一些|有几个|有多少个|都有哪|都是哪")
# A message of several sentences: the one asking for rows is read for the conditions.
_SENTENCE_ENDS = re.compile(r"[。？?！!；;\n]+")
MIN_SENTENCES = 2
_COUNT_SAID = re.compile(r"(?:几|多少)[个项条]")
ORDINAL_MARK = "第"  # 第34届: an ordinal names an event, it is no figure of a target
PHASE_UNITS = ("期", "届", "轮", "批", "阶段")
YEAR_DIGITS = 4
YEAR_MARK = "年"
# 两个项目, 三张表, 2个表: figures counting projects or forms, no condition on rows.
_COUNTS_FORMS = re.compile(r"\s*(?:个|张|份)?\s*(?:项目|表|申报表|单位)")
_PARTICLES_LAST = re.compile(r"[呢吗啊呀吧嘛哈]+$")  # 可持续影响的呢: a spoken ending
# 哪个跨年度, 三张表里哪个是一般项目: which projects, no rows, asked.
_WHICH_PROJECTS = re.compile(r"哪(?:一|几)?(?:个|些|张|份)")
_WHICH_PROJECT = re.compile(r"哪(?:一|几)?(?:个|些)?项目")  # 哪个项目人数最多: projects compared
# A header value said by its stem (跨年度 of 跨年度项目, 特定目标 of 特定目标类), then an end.
HEADER_SUFFIXES = ("项目", "类")
# 经常性项目的是哪些, 一般项目有几个: the value, then the which-ask.
_AFTER_HEADER = re.compile(
    r"(?:项目|类)?的?(?:项目|那个|那张)?(?:[吗呢啊呀]|[？?，,。！!\s]|$)"
    r"|(?:项目|类)?的?(?:是|有|都有|都是|一共有)?(?:哪|几|多少)"
)
MIN_HEADER_STEM = 2
# The header column a value is written in, as a question names it (运维的项目类别是一般项目吗).
_HEADER_COLUMNS = {ProjectField.NATURE: "项目性质", ProjectField.CATEGORY: "项目类别"}
# The options the 申报表 template gives each column, whether or not a form loaded chose them.
_HEADER_OPTIONS = (
    (ProjectField.NATURE, "经常性项目"),
    (ProjectField.NATURE, "其他一次性项目"),
    (ProjectField.NATURE, "跨年度项目"),
    (ProjectField.CATEGORY, "一般项目"),
    (ProjectField.CATEGORY, "特定目标类"),
)
# What follows a header value said by its stem (一般 of 一般项目, 特定目标 of 特定目标类的项目).
_HEADER_SAID_AFTER = re.compile(r"(?:项目|类)?(?:的项目|的)?")
# 运维是一般项目吗, 国交是特定目标类的项目吧: a project's header value put up for checking.
_HEADER_ASKED = re.compile(r"是不是|是否|算不算")
_HEADER_VERB = re.compile(r"(?:是不是|是否|算不算|属于|算是|是|算)$")  # what says the value is
_HEADER_CHECKED = re.compile(r"(?:(?:吗|吧|么|对吧|对吗|是吧|没错吧)[？?。！!～~\s]*|[？?]+)$")
_LAST_CLAUSE_START = re.compile(r".*[，,。；;！!]")  # up to the last clause's start
# 几项考核, 的考核, 哪些考核, 什么考核: a verb of assessing said as a noun, after a counter,
# 的 or a word pointing at rows.
_ROW_NOUN_BEFORE = r"(?:(?<=[的些项条个几类种])|(?<=什么)|(?<=啥))"
# 考核里, 质量考评有哪些, 考核一共几条: a noun, before 里 or a question word counting it.
_ROW_NOUN_AFTER = r"(?=里|中|当中|有哪|有几|有多少|是哪|都有哪|都是哪|一共|总共|共有|共计)"
# 三级指标一共多少行, 指标有几行: the table's lines counted are its rows (几条).
STANDARD_TIER = 3  # 按绩效标准分一下: the rows grouped by the column old forms add
# 按一级指标分一下, 按绩效标准归类, 分组列一下: rows asked grouped by a column.
GROUP_MARK = "按"  # 按一级指标分: a grouping always says it
_GROUP_VERBS = "(?:分组|分类|归类|划分|拆分|分开|分成几类|透视|分|归)"
_TABULATING = ("计数", "透视", "分组", "count", "COUNT")  # 一级指标 分组计数
# 请按项目分别列明, 按各个项目分开列出来, 按项目来分: rows asked project by project.
_BY_PROJECT = re.compile(
    r"(?:请|麻烦)?按照?(?:各|每)?个?项目(?:来|进行)?(?:分别|分开|逐个|逐一|依次|各自)?"
    r"(?:分组|分类|归类|分|列明|列出来|列出|列一下|罗列|列示|列|展示|显示|给出|说明|写)"
    r"(?:一下|出来)?"
)
_GROUPED = re.compile(rf"按照?[^，,。；;？?]{{1,6}}?(?:来|进行)?{_GROUP_VERBS}")
# 每类几条, 各组多少个: each group's count, which a grouped listing shows anyway.
_EACH_GROUP_COUNTED = re.compile(
    r"[，,、\s]*(?:每类|每组|每一类|每一组|各类|各组|每个类别|各个类别)(?:分别|各)?(?:有|是)?"
    r"(?:几条|几个|几项|多少条|多少个|多少项)(?:指标)?"
    r"|[，,、\s]*(?:并|再|顺便|然后)?(?:计数|计个数|数一下|统计个数|统计数量|计一下数)"
)
# 每个一级指标各有几条, 每一个二级下面: each heading of a tier, said as 各 says it.
_EACH_HEADING = re.compile(r"每(?:一)?个?(?=[一二]级)")
_EACH_TIER = re.compile(r"各个?[一二]级指标")
_MOST_OR_FEWEST = "最"  # 最多, 最少: headings compared by their numbers of rows
_EACH_TIER_SHORT = re.compile(r"(?<=各)(?:个)?([一二]级)(?!指标)")  # 各二级下面: 各二级指标
COMPARISON_SIGNS = "=<>≥≤＝＜＞≠"  # a query-style condition (单位='人') writes one
BOUNDING_SIGNS = ("≥", "≤", ">", "<")  # a sign written before a figure may bound values
NOT_EQUAL_WORD = "不等于"  # 一级指标不等于产出指标: a query-style condition said in words
ROW_LINE = "行"
EVERY_PROJECT = "所有项目"  # 不分项目, 不管哪个项目: every project asked
ROWS_COUNTED = "条"
_LINES_COUNTED = re.compile(r"(?<=[几少])行(?![\u4e00-\u9fff])|(?<=[几少])行(?=指标)")
# 考核标准, 考核了, 考核得: a noun of its own or a verb's marks after it.
_ROW_NOUN_NOT_AFTER = (
    r"(?!标准|依据|方式|方法|办法|啥|什么|了|过|得|一下|下|成|到|为|要求|结果|情况|制度|工作"
    r"|[的地]?(?:时候|时))"
)


class RowLister:
    """Lists the rows (or headings) a question filters, and adds up their targets."""

    def __init__(
        self,
        *,
        catalog: Catalog,
        lexicon: Lexicon,
        normalizer: Normalizer,
        evidence: Evidence,
        operations: OperationWords,
        filter_words: FilterWords,
    ) -> None:
        self._catalog = catalog
        self._lexicon = lexicon
        self._normalizer = normalizer
        self._evidence = evidence
        self._operations = operations
        self._filter_words = filter_words
        # By the query's identity, the query held so that no other takes its id meanwhile.
        self._filters: dict[int, tuple[Query, ReadFilter]] = {}
        self._levels = _level_names(catalog, normalizer)
        stems = "|".join(map(re.escape, longest_first(self._levels))) or "(?!)"
        self._stem = re.compile(stems)
        verbs = "|".join(map(re.escape, longest_first(filter_words.describe_verbs))) or "(?!)"
        self._describing_verb = re.compile(verbs)
        self._sort_described = re.compile(SORT_DESCRIBED.format(verbs=verbs))
        bare = [k for k in self._levels if not k.endswith(LEVEL_SUFFIX) and len(k) >= 2]
        # 效益那一大类, 质量这块的指标: a stem, then pointed at as a sort of rows.
        self._stem_sort = (
            re.compile(
                rf"({'|'.join(map(re.escape, longest_first(bare)))})"
                rf"(?:的?(?:这|那)一?大?(?:类|块|部分|栏|方面)(?:的?{LEVEL_SUFFIX})?"
                # 数量的有哪几条, 里头质量的是哪几个: a stem standing alone, rows asked right after
                rf"|的(?={_ROWS_ASKED_NEXT}))"
            )
            if bare
            else None
        )
        # 社会效益跟可持续的: a heading said by its opening words, only where stems are joined.
        self._stem_openings = _stem_openings(self._levels)
        joined = "|".join(map(re.escape, longest_first([*self._levels, *self._stem_openings])))
        self._stems_listed = re.compile(
            rf"(?:(?:{stems}){_LIST_MARKS}){{{MIN_LISTED_STEMS - 1},}}(?:{stems})"
            # 社会效益和可持续影响的都要: two stems joined by a joining word, then 的
            rf"|(?:{joined})(?:{STEM_JOINERS})(?:{joined})(?=的)"
        )
        self._stem_joined = re.compile(joined)
        columns = "|".join(
            map(
                re.escape,
                sorted(
                    (*(w for w, _ in filter_words.headings), *filter_words.standard_words),
                    key=len,
                    reverse=True,
                ),
            )
        )
        opens = "|".join(map(re.escape, filter_words.restate_open)) or "(?!)"
        sorts = "|".join(map(re.escape, filter_words.restate_sort)) or "(?!)"
        # 定性的指标 就是不写数字 写提升啊促进啊搿种: a restating run between spaces
        self._spaced_restatement = re.compile(
            rf"(?<=\s)(?:{opens})[^，,。？?！!；;]*?(?:{sorts})[^\s，,。？?！!；;]*(?=\s|$)"
        )
        # 一级指标 分组计数, 一级指标透视: a column, then a spreadsheet's verb of grouping
        self._tabulated = re.compile(
            rf"(?<![按照])(?P<column>{columns or '(?!)'})[\s的]*"
            r"(?:分组计数|分组统计|分类计数|分类统计|透视|计数|分组|(?i:count))"
        )
        # 按一级指标分一下, 按照绩效标准归类: rows asked grouped by a column
        self._grouping = re.compile(
            rf"按照?(?P<column>{columns or '(?!)'})(?:来|进行)?{_GROUP_VERBS}(?:一下|一下子)?"
        )
        # 人数最多的指标, 金额最小的一条: the row at one end among those counting in a unit
        extreme_nouns = "|".join(map(re.escape, longest_first(filter_words.extreme_nouns)))
        self._extreme_of_unit = re.compile(
            rf"(?P<noun>{extreme_nouns or '(?!)'})(?:目标值?)?最(?P<end>[多大高少小低])的"
            r"(?=指标|一条|一项|那条|那项|那个|是哪|是什么|是啥|活动|会议)"
            # 哪个指标人数最多: the row asked first, the unit's noun after
            rf"|(?P<which>哪(?:一)?(?:个|条|项))(?:指标)?的?(?P<noun2>{extreme_nouns or '(?!)'})"
            r"(?:目标值?)?最(?P<end2>[多大高少小低])"
        )
        self._names_text = tuple(project.name for project in catalog.projects)
        self._names_joined = "\n".join(self._names_text)
        self._parents = _heading_parents(catalog)
        kinds = "|".join(map(re.escape, longest_first(w for w, _ in filter_words.kinds)))
        # 定量和定性的各有几个, 定量指标跟定性指标分别多少条: two kinds, each counted
        self._kinds_each_counted = re.compile(
            rf"(?P<first>{kinds})(?:的|指标|的指标)?(?:和|跟|与|及|、|以及)"
            rf"(?P<second>{kinds})(?:的|指标|的指标)?(?:各自|各|分别|都)(?:是|有)?"
            r"(?P<count>(?:几|多少)(?:个|条|项))"
        )
        # 按一级分组: a tier said short is grouped as its full word says it (一级指标).
        full = {t: w for w, t in filter_words.headings if w.endswith(LEVEL_SUFFIX)}
        self._column_in_full = {w: full[t] for w, t in filter_words.headings if t in full}
        self._recalled_words = re.compile(
            "|".join(map(re.escape, longest_first(self._filter_words.recalled))) or "(?!)"
        )
        self._sole_row = re.compile("|".join(map(re.escape, filter_words.sole_row)) or "(?!)")
        self._formal_plain = dict(filter_words.formal)
        self._formal = (
            re.compile("|".join(re.escape(word) for word, _ in filter_words.formal))
            if filter_words.formal
            else None
        )
        # Every project's row names, joined once: a listing asks which words they write.
        self._row_names = {
            project.id: "\n".join("".join(ind.name.split()) for ind in project.indicators)
            for project in catalog.projects
        }
        self._all_row_names = "\n".join(self._row_names.values())
        # Every project's goal texts, joined once: a word only they write asks them.
        self._goal_texts = {
            project.id: "\n".join(
                (project.overall_goal, project.annual_goal, *(i.text for i in project.goal_items))
            )
            for project in catalog.projects
        }
        # 跨年度项目, 一般项目: each header value a which-project ask may say, and its projects.
        self._header_values: dict[tuple[ProjectField, str], list[int]] = {}
        for project in catalog.projects:
            for field, value in (
                (ProjectField.NATURE, project.nature),
                (ProjectField.CATEGORY, project.category),
            ):
                if value:
                    self._header_values.setdefault((field, value), []).append(project.id)
        stripped(self._all_row_names)
        self._top_levels = frozenset(ind.level1 for ind in catalog.indicators)
        units = longest_first(lexicon.vocabulary.units - {GENERIC_UNIT})
        # 人数, 家数, 次数 but not 数量, 数据, 个数 (个 counts anything).
        alternatives = "|".join(map(re.escape, units))
        self._count_of = re.compile(rf"({alternatives})数(?![量据字值]|目(?!标))")
        self._standards = frozenset(
            ind.standard for ind in catalog.indicators if ind.standard is not None
        )
        self._assessing = frozenset(
            (*filter_words.row_nouns, *filter_words.standard_verbs, *filter_words.describe_verbs)
        )
        # 考核要点 whole before its 考核: the other names of a row (cues.txt [row_word]) first.
        other_names = (word for word in cue_words()["row_word"] if not word.isascii())
        nouns = "|".join(map(re.escape, longest_first((*filter_words.row_nouns, *other_names))))
        self._row_noun = (
            re.compile(
                rf"{_ROW_NOUN_BEFORE}(?:{nouns}){_ROW_NOUN_NOT_AFTER}|(?:{nouns}){_ROW_NOUN_AFTER}"
            )
            if nouns
            else None
        )
        # 有效提升, 健全, 及时: the texts qualitative targets are written in, and how they start.
        self._target_texts = frozenset(
            "".join(ind.target.raw.split())
            for ind in catalog.indicators
            if ind.target.kind is IndicatorKind.QUALITATIVE
            and MIN_TERM_NAME_CHARS <= len("".join(ind.target.raw.split())) <= MAX_TARGET_CHARS
        )
        self._target_starts = frozenset(
            text[:size]
            for text in self._target_texts
            for size in range(MIN_TERM_NAME_CHARS, len(text) + 1)
        )

    def row_texts(self, row: IndicatorInfo) -> list[str]:
        """Returns the texts one row explains: its name, levels, target and 绩效标准."""
        texts = [row.name, row.level1, row.level2, row.target.raw]
        if row.standard:
            words = self._filter_words
            texts += [row.standard, *words.standard_words, *words.standard_verbs]
        return texts

    @property
    def assessing(self) -> tuple[str, ...]:
        """Returns the verbs of assessing said of rows (考核, 衡量): what rows weigh."""
        return tuple(self._assessing)

    @property
    def event_units(self) -> frozenset[str]:
        """Returns the measure words that count events (次, 场, 起, 届)."""
        return frozenset(self._filter_words.event_units)

    @property
    def task_verbs(self) -> frozenset[str]:
        """Returns the verbs of the asker's own paperwork (报, 交, 填)."""
        return self._filter_words.task_verbs

    def names_venue(self, word: str) -> bool:
        """Tells whether a place word says where (上海), not only a kind of place (城市)."""
        return word not in self._filter_words.generic_places

    def asks_existence(self, text: str) -> bool:
        """Tells whether a question asks whether some row is so (有没有…的指标)."""
        return any(word in text for word in self._filter_words.exists)

    def asks_by_when(self, text: str) -> bool:
        """Tells whether a question asks by when something must be done (啥时候之前要完成)."""
        return any(word in text for word in self._filter_words.by_when)

    def asks_who(self, text: str) -> bool:
        """Tells whether a question asks who (审核人是谁, 哪位负责)."""
        return any(word in text for word in self._filter_words.who_ask)

    def asks_spent(self, text: str) -> bool:
        """Tells whether a question asks what was actually spent (国交已经用了多少经费)."""
        words = self._filter_words
        return any(w in text for w in words.spent_done) and any(
            w in text for w in words.spent_verb
        )

    def asks_place(self, text: str) -> bool:
        """Tells whether a question asks where (在哪个城市开, 在哪里)."""
        return any(word in text for word in self._filter_words.place_asks)

    def count_asked(self, text: str) -> str | None:
        """Returns the measure word a question makes a count of with 数 (次数 → 次, 人数 → 人);
        never the end of a longer word (本 of 成本数)."""
        for found in self._count_of.finditer(text):
            if not self._inside_word(text, found.start()):
                return found.group(1)
        return None

    def _inside_word(self, text: str, at: int) -> bool:
        """Tells whether the tokenizer puts ``text[at]`` inside a word begun before it."""
        start = 0
        for word in self._lexicon.cut(text):
            start = text.find(word, start)
            if start < at < start + len(word):
                return True
            start += len(word)
        return False

    def kind_words(self, kind: IndicatorKind) -> tuple[str, ...]:
        """Returns the words that name a kind of target (时间节点, 截止日期 of a deadline)."""
        return tuple(word for word, named in self._filter_words.kinds if named is kind)

    def standard_asked(self, query: Query) -> str | None:
        """Returns the word a question names the 绩效标准 column by, if it does."""
        return next((w for w in self._filter_words.standard_words if w in query.remainder), None)

    def standard_answer(
        self, query: Query, scope: tuple[int, ...]
    ) -> IndicatorList | HeadingList | NotInForm | None:
        """Answers an ask about the 绩效标准 column (绩效标准栏写的啥) of the projects in scope.

        Only old forms have the column: for others the form has no such item.
        """
        asked = self.standard_asked(query)
        if asked is None:
            return None
        projects = self._catalog.projects_in(scope)
        if not any(row.standard for project in projects for row in project.indicators):
            return NotInForm((asked,))
        if self.read_filter(query).row_filter.narrows:
            return None  # 绩效标准是计划标准的指标: a listing of those rows
        if _GROUPED.search(query.text):  # 按绩效标准分一下: the rows under each standard
            return self._headings(query, scope, STANDARD_TIER)
        groups = tuple(IndicatorGroup(project, project.indicators) for project in projects)
        return IndicatorList(groups, None, count_only=False)

    def level_only(self, query: Query, *, scope_names: tuple[str, ...] = ()) -> bool:
        """Tells whether a question names nothing but a level (生态效益指标, 效益类的指标).

        A word of a cue (各项 of 各项目) names no row, nor one of ``scope_names``, the names
        of the projects asked about (运维 of 运维的满意度指标).
        """
        text = query.remainder
        level = find_level(text, self._levels)
        if level is None or not query.terms:
            return False
        name = self._normalizer.normalize(level)
        text, bare, said_aside = self._heading_spoken(text, level=level, name=name)
        stem = name.removesuffix(LEVEL_SUFFIX)
        spoken = _stem_spoken(stem)
        said = name in text or bool(
            spoken.rows.search(text)  # 社会效益的指标
            or spoken.counted.search(text)  # 社会效益两项目标
            or self._rows_asked_after(text, spoken.clause)  # 社会效益这块有哪几条
            or spoken.alone.search(bare)  # 企服时效类: the heading alone
            # 数改的时效: the heading, said last; 运维的满意度 is the row whose name ends so
            or (
                spoken.last.search(bare) is not None
                and f"{stem}\n" not in f"{self._all_row_names}\n"
            )
        )
        # 时效怎么要求: 怎么 asks, names no row; 效益这块都考核啥: the heading pointed at
        asked = spoken.asked.search(text)
        cues = [word for words in query.cues.values() for word in words] + said_aside
        if asked is not None:
            cues.append(asked.group(0))
        kind = spoken.kind.search(text)
        if kind is not None:
            cues.append(kind.group(0))  # 方面 of 社会效益方面的: it only says the heading
        tier = spoken.tier.search(text)
        if tier is not None:
            cues.append(tier.group(0))  # 二级属于社会效益: 二级 only says which tier
        # 两条 as the tokenizer keeps it, or 条 cut from its figure
        counted = {said for found in _ROWS_COUNT_SAID.finditer(text) for said in found[0]}
        counted |= {found[0] for found in _ROWS_COUNT_SAID.finditer(text)}
        return (said or asked is not None) and all(
            term.token in name
            or any(term.token in cue for cue in cues)
            or any(term.token in project for project in scope_names)
            or term.token in counted  # 两条质量指标: how many rows, said before the heading
            # 改造 效益类: a word of a project's name opening the question names the project
            or (text.startswith(term.token) and term.token in self._names_joined)
            for term in query.terms
        )

    def _heading_spoken(self, text: str, *, level: str, name: str) -> tuple[str, str, list[str]]:
        """Returns ``text`` with a heading said with a word of kind inside read whole (社会方面
        效益 → 社会效益), the same without the command, ask or particle ending it (效益类 列,
        可持续影响的呢), and the words so set aside."""
        words = self._filter_words
        spoken = _PARTICLES_LAST.sub("", text)
        ending = max(
            (w for w in (*words.which, *words.commands) if spoken.endswith(w) and w != spoken),
            key=len,
            default="",
        )
        bare = spoken.removesuffix(ending)
        inside = [k for k, v in self._levels.items() if v == level and k in text and k not in name]
        for variant in inside:
            text = text.replace(variant, name.removesuffix(LEVEL_SUFFIX))
            bare = bare.replace(variant, name.removesuffix(LEVEL_SUFFIX))
        return text, bare, [ending, *inside]

    def heads_rows(self, query: Query, row: IndicatorInfo) -> bool:
        """Tells whether a question names a heading over several rows (运维的满意度指标), not
        the one row whose name shares the heading's stem (市民满意度), which it does not name."""
        level = find_level(query.remainder, self._levels)
        project = self._catalog.project(row.project_id)
        if level is None or row.name in query.text:
            return False
        if not self.level_only(query, scope_names=(project.name,)):
            return False
        return sum(level in (ind.level1, ind.level2) for ind in project.indicators) >= (
            MIN_HEADED_ROWS
        )

    def _rows_asked_after(self, text: str, clause: re.Pattern[str]) -> bool:
        """Tells whether a word asking for rows (哪几条, 列一下) follows what ``clause`` finds
        in its clause."""
        found = clause.search(text)
        return found is not None and any(w in found.group(0) for w in self._filter_words.which)

    def _sharing_projects(self, query: Query, projects: tuple[ProjectInfo, ...]) -> int:
        """Returns how many projects a shared row is asked to be in: any two when 不止一个项目
        says so, else those counted (三个项目都有的) or all asked about."""
        if any(word in query.text for word in self._filter_words.shared_some):
            return MIN_SHARING_PROJECTS
        return _projects_counted(query.text) or len(projects)

    def _shared_beyond(self, projects: tuple[ProjectInfo, ...]) -> frozenset[str]:
        """Returns the row names two projects of the year asked have (企服的…排除掉两个项目都有
        的: 企服's rows that 国交 has too), whether or not the question scoped them."""
        years = {project.year for project in projects}
        peers = tuple(p for p in self._catalog.projects if p.year in years)
        return _shared_names(peers, least=MIN_SHARING_PROJECTS)

    def index(self) -> None:
        """Compiles now, for a long-running process, the patterns of every heading's stem."""
        for level in sorted(set(self._levels.values())):
            _stem_spoken(self._normalizer.normalize(level).removesuffix(LEVEL_SUFFIX))

    def read_filter(self, query: Query) -> ReadFilter:
        """Returns the rows ``query`` filters; the same query object is read once (an answer
        and its check both read it, and a question's parts are read between them)."""
        kept = self._filters.get(id(query))
        if kept is not None and kept[0] is query:
            return kept[1]
        if len(self._filters) >= FILTERS_KEPT:
            self._filters.clear()
        found = self._read_filter(query)
        self._filters[id(query)] = (query, found)
        return found

    def _read_filter(self, query: Query) -> ReadFilter:
        # 俩项目 百分比的指标: the projects counted are no word of the conditions.
        text = self._context_operators_apart(query, _COUNTED_PROJECTS.sub(" ", query.remainder))
        # 企服三条百分比指标: the rows counted before their condition are no word of it.
        text = _ROWS_COUNT_BEFORE.sub(" ", text) if LEVEL_SUFFIX in text else text
        drafts = self._drafts_quoted(query.text)
        for draft in drafts:  # 想在稿子里写“各项质量指标百分之百达标”: the asker's draft
            text = text.replace(draft, " ")
        ordering = _ordering_said(text)
        for order in ordering:  # 按目标值排序，前三是哪些: an order of the rows, no word of them
            text = text.replace(order, " ")
        drafts = (*drafts, *ordering)
        excepted = [k for k in self._levels if k in text and negated(text, k)]
        excepted += self._joined_to(text, excepted)
        excepted += self._left_out_in_clause(text, excepted)
        left_out = tuple(dict.fromkeys(self._levels[k] for k in excepted))
        kept = {k: v for k, v in self._levels.items() if k not in excepted}
        if len(left_out) > 1 and find_level(text, kept) is None:
            # 除了数量指标和质量指标还有什么指标: the rows under neither heading.
            found = read_filter(
                text, words=self._filter_words, level=None, standards=self._standards
            )
            row_filter = replace(
                found.row_filter, excluded_level=left_out[0], other_excluded_levels=left_out[1:]
            )
            return replace(found, row_filter=row_filter, words=(*found.words, *excepted))
        level = find_level(text, kept if excepted and find_level(text, kept) else self._levels)
        if level is not None and (
            self._level_named_by_name(text, level)
            or self._stem_asked_last(text, level)
            or self._stem_in_a_word(query, level)
        ):
            level = None  # 名字带满意度的指标: 满意度 is a word of the names, not the heading
        found = read_filter(
            text,
            words=self._filter_words,
            level=level,
            standards=self._standards,
            targets=self._target_texts,
            named=bool(query.project_ids),
            left_out=left_out_clauses(query.text),
        )
        found = self._names_left_out(query, found)
        if drafts:
            found = replace(found, words=(*found.words, *drafts))
        form = _FORM_SAID.search(text) or _FORM_SAID.search(query.text)  # spaces kept there
        if form is not None:  # 修路养桥那张表上, 那张老式的表: the form, no rows
            found = replace(found, words=(*found.words, form.group(0)))
        columns = tuple(said.group(0) for said in _COLUMN_ASKED.finditer(text))
        if columns:  # 单位分别是啥: a column each row listed shows, picking no rows
            found = replace(found, words=(*found.words, *columns))
        if not found.by_name and self._names_hold(text, asks_rows=found.asks_rows):
            found = replace(found, by_name=True)  # 带海峡两岸的, 海峡两岸的列出来
        found = _targets_left_out(text, self._written_target(text, found), self._target_texts)
        found = self._words_written(query.text, found)
        said = next((k for k, v in self._levels.items() if v == level and k in text), None)
        if excepted and said not in excepted:
            # 除了数量指标还有哪些产出指标: the 产出 rows under any other heading.
            other = self._levels[max(excepted, key=len)]
            row_filter = replace(found.row_filter, excluded_level=other)
            return replace(found, row_filter=row_filter, words=(*found.words, *excepted))
        if level is None or said is None or not (negated(text, said) or said in excepted):
            return found
        # 除了产出指标以外还有哪些指标: the rows under every other heading.
        row_filter = replace(found.row_filter, level=None, excluded_level=level)
        return replace(found, row_filter=row_filter, words=(*found.words, said))

    def _drafts_quoted(self, text: str) -> tuple[str, ...]:
        """Returns the sentences of the asker's own draft a question quotes after a verb of
        writing (想在稿子里写“各项质量指标百分之百达标”): long, and no text of the form."""
        if not any(mark in text for mark in _DRAFT_QUOTES):
            return ()
        drafts = (strip_punctuation(said.group(1)) for said in _DRAFT_QUOTED.finditer(text))
        return tuple(
            draft
            for draft in drafts
            # “养护合格率≥95%” quotes a row and its target, no draft
            if not any(name and name in draft for name in self._all_row_names.split("\n"))
            and draft not in self._all_row_names
            and draft not in self._target_texts
        )

    def projects_left_out(self, query: Query) -> Query:
        """Returns ``query`` asking the projects other than one it leaves out (不包括国交项目，
        以场计的有哪些; 除了企服以外; 国交除外): never the project left out."""
        text = query.text
        if not _LEAVING_OUT.search(text):
            return query  # most questions leave no project out
        left_out: set[int] = set()
        said: list[str] = []  # the words leaving a project out, which leave out nothing else
        for mention in self._lexicon.find_projects(text):
            before = _LEFT_OUT_BEFORE.search(text, 0, mention.start)
            if before is not None and _LEFT_OUT_BEFORE_END.match(text, mention.end):
                said.append(before.group("word"))
            elif not _LEFT_OUT_AFTER.match(text, mention.end):
                continue
            left_out.update(mention.project_ids)
        if not left_out:
            return query
        asked = [p for p in query.project_ids if p not in left_out] or [
            p.id for p in self._catalog.projects if p.id not in left_out
        ]
        remainder = query.remainder
        for word in said:  # 不包括国交项目，以场计的: 不包括 is the project's, not the unit's
            remainder = remainder.replace(word, " ", 1)
        return replace(query, project_ids=tuple(asked), project_choices=(), remainder=remainder)

    def asking_sentence(self, text: str) -> str:
        """Returns the last sentence of a message of several that asks for rows (发现有的写“≥”，
        有的写“=”。想问问写“=”的是哪几个指标？我怕漏掉。), or "" for a message of one."""
        if not _SENTENCE_ENDS.search(text.rstrip("。？?！!；; \n")):
            return ""  # most questions: one sentence
        sentences = [s for s in _SENTENCE_ENDS.split(text) if s.strip()]
        if len(sentences) < MIN_SENTENCES:
            return ""
        words = self._filter_words.which
        asking = [s for s in sentences if any(w in s for w in words) or _COUNT_SAID.search(s)]
        return asking[-1] if asking else ""

    def _context_operators_apart(self, query: Query, text: str) -> str:
        """Returns ``text`` without the operators only sentences around the ask say, when the
        asking sentence says one of its own (有的写“≥”，有的写“=”。写“=”的是哪几个: =)."""
        asked = self.asking_sentence(query.text)
        operators = self._filter_words.operators
        if not asked or not any(word in asked for word, _ in operators):
            return text
        for word, _ in operators:  # longest first: 大于等于 before 等于
            if (
                word in text
                and word not in asked
                and not any(
                    word in longer for longer, _ in operators if longer != word and longer in asked
                )
            ):
                text = text.replace(word, " ")
        return text

    def _stem_in_a_word(self, query: Query, level: str) -> bool:
        """Tells whether a heading's stem, said without 指标, ends a word of its own
        (设施更新改造数量的指标值, 市民满意度): a row's words, not the heading."""
        text = query.remainder
        name = self._normalizer.normalize(level)
        stem = name.removesuffix(LEVEL_SUFFIX)
        if name in text or stem not in text or re.search(rf"{re.escape(stem)}{LEVEL_KINDS}", text):
            return False  # 满意度类的: said as a heading
        return self._goes_on_a_word(query, text[: text.rfind(stem)])

    def count_in_a_name(self, query: Query) -> bool:
        """Tells whether the only word asking a count is 数量 ending a word of its own
        (设施更新改造数量的指标值): it names what a row counts, not how many rows."""
        cues = query.cues.get("count", frozenset()) - {LEVEL_SUFFIX}
        text = query.remainder
        if cues != {COUNT_NOUN} or text.count(COUNT_NOUN) != 1:
            return False
        before = text[: text.find(COUNT_NOUN)]
        if not self._goes_on_a_word(query, before):
            return False
        if _TARGET_AFTER_COUNT.match(text, text.find(COUNT_NOUN) + len(COUNT_NOUN)):
            return True  # 上海征集论文数量(的)指标值: the target of the row counting 论文
        # 征集论文数量那一块: a row counting that word is listed as asked.
        counted = self._lexicon.cut(before.rstrip())[-1] + COUNT_NOUN
        return not any(counted in row.name for row in self._catalog.indicators)

    def count_in_a_heading(self, query: Query) -> bool:
        """Tells whether the only word asking a count is 数量 of the heading 数量指标 said as
        the place of a row (数量指标里那个院士工作站的，要几家): it asks no count of rows."""
        cues = query.cues.get("count", frozenset()) - {LEVEL_SUFFIX}
        text = query.remainder
        if cues != {COUNT_NOUN} or self.level_only(query):
            return False
        heading = COUNT_NOUN + LEVEL_SUFFIX
        if not text.count(COUNT_NOUN) == text.count(heading) > 0:
            return False
        # 数量指标里那个, 数量指标第八行: the heading said as a place; 数量指标排第一的那条
        # ranks the heading's rows and is read as a listing.
        ends = [found.end() for found in re.finditer(heading, text)]
        return all(text[end : end + 1] in _HEADING_PLACE_MARKS for end in ends)

    def _goes_on_a_word(self, query: Query, before: str) -> bool:
        """Tells whether ``before`` ends on a content word that what follows goes on, not on
        a particle, a heading, a tier, a project's word or a cue."""
        before = before.rstrip()
        if not before or not _CJK_END.search(before):
            return False
        word = self._lexicon.cut(before)[-1]
        return not (
            word in self._evidence.phrasing  # 三张表 满意度全列: 表 points at the forms
            # 跟满意度有关的, 关于满意度的: a word joining or pointing at a topic goes on none
            or word in (*LEVEL_JOINERS, *TOPIC_JOINERS, *self._filter_words.topic_before)
            or word in self._levels
            or word == LEVEL_SUFFIX
            or any(word in tier for tier, _ in self._filter_words.headings)
            or self._names_project(query.text, word)
            # 运维满意度类的: a project's word opening the question names the project
            or (query.remainder.startswith(word) and word in self._names_joined)
            or any(word in words for words in query.cues.values())
        )

    def _names_left_out(self, query: Query, found: ReadFilter) -> ReadFilter:
        """Leaves out the rows whose names hold a word said not to count (参会人数不算); a
        word no row name writes (人次 of 单位是次的，人次不算) leaves out nothing more."""
        lacked = tuple(said.group("word") for said in _NAME_LACKS.finditer(query.remainder))
        words = tuple(
            word
            for word in (*left_out_words(query.text, remainder=query.remainder), *lacked)
            if len(word) >= MIN_TERM_NAME_CHARS
            and word in self._all_row_names
            and word not in self._levels
        )
        if not words:
            return found
        row_filter = replace(found.row_filter, excluded_words=words)
        return replace(found, row_filter=row_filter, words=(*found.words, *words))

    def _names_hold(self, text: str, *, asks_rows: bool) -> bool:
        """Tells whether rows are asked by a word their names hold, said before 的 after a
        verb of carrying (带海峡两岸的指标) or alone before a word asking rows
        (海峡两岸的列出来)."""
        carried = _CARRIED.search(text)
        if carried is not None and (asks_rows or text.endswith(LEVEL_SUFFIX)):
            return carried.group(1) in self._all_row_names
        alone = _SAID_ALONE.search(text) if asks_rows else None
        if alone is None or not alone.group(2).lstrip("有是").startswith(self._filter_words.which):
            return False
        return self._all_row_names.count(alone.group(1)) >= MIN_HEADED_ROWS

    def _left_out_in_clause(self, text: str, excepted: list[str]) -> list[str]:
        """Returns the levels said anywhere in a clause leaving rows out (除了干活数量、产出那一块
        剩下的): each is left out, whatever words describe them there."""
        clause = _LEAVING_OUT_CLAUSE.search(text) if "除" in text or "刨" in text else None
        if clause is None:
            return []
        said = clause.group("said")
        return [level for level in self._levels if level in said and level not in excepted]

    def _joined_to(self, text: str, excepted: list[str]) -> list[str]:
        """Returns the levels a question joins to ones it leaves out (数量指标和质量指标 after
        除了): they are left out too."""
        return [
            level
            for level in self._levels
            if level in text
            and level not in excepted
            and any(e + j + level in text for e in excepted for j in (*LEVEL_JOINERS, ""))
        ]

    def _level_named_by_name(self, text: str, level: str) -> bool:
        """Tells whether a heading's word is said as a word the row names hold (名字带满意度)."""
        return any(
            f"{by}{quote}{said}" in text
            for said, name in self._levels.items()
            if name == level and said in text
            for by in self._filter_words.by_name
            if by in text
            for quote in NAME_QUOTES
        )

    def _stem_asked_last(self, text: str, level: str) -> bool:
        """Tells whether a heading's stem ends a clause after the rows are named: it is then
        asked, not a heading (100%的指标全部列出来，并说下数量: how many)."""
        stems = [s for s, name in self._levels.items() if name == level and s in text]
        if not stems or any(stem.endswith(LEVEL_SUFFIX) for stem in stems):
            return False
        stem = max(stems, key=len)
        at = text.rfind(stem)
        named = text.find(LEVEL_SUFFIX)
        return 0 <= named < at and _CLAUSE_END.match(text, at + len(stem)) is not None

    def _written_target(self, text: str, found: ReadFilter) -> ReadFilter:
        """Adds the target text a question names rows by (有效提升的指标, 哪些是提升).

        A text some row name holds too (提升 of 影响力提升情况) picks targets only when a word
        such as 是 or 要求 says it right before, and no name goes on with it (是提升情况).
        """
        row_filter = found.row_filter
        held = _TARGET_HOLDS.search(text)
        if held is not None and (
            not self._names_a_text(held.group("word"))
            or held.group("word") in self._filter_words.unit_names  # 带百分号: the unit
        ):
            held = None  # 目标带大于等于的, 目标值有哪几条: an operator or a question
        if held is not None and not row_filter.target_text:
            # 指标值里带提升两个字的: the words the targets write, not the names.
            row_filter = replace(row_filter, target_text=held.group("word"))
            return replace(found, row_filter=row_filter, words=(*found.words, held.group(0)))
        if row_filter.target_text or row_filter.value is not None or found.by_name:
            return found
        if any(word in text for word in self._filter_words.one_row):
            return found  # 路况改善这个指标目标是啥: 改善 names the one row asked
        word, at = self._target_text_in(text)
        if not word:
            word = self._said_target_start(text)  # 是“有效”开头的: the start of 有效提升
            if not word:
                return found
            row_filter = replace(row_filter, target_text=word)
            return replace(found, row_filter=row_filter, words=(*found.words, word))
        after = text[at : at + len(word) + 1]
        said = text[:at].endswith(self._filter_words.target_said)
        if (word in self._all_row_names and not said) or (
            len(after) > len(word) and after in self._all_row_names
        ):
            return found
        # 写“提升”“提高”的, 提升或提高的: each text said in a row may be the one written.
        more = [w for w in _more_targets(text, at + len(word), self._target_texts) if w != word]
        row_filter = replace(row_filter, target_text=word, other_targets=tuple(more))
        return replace(found, row_filter=row_filter, words=(*found.words, word, *more))

    def _names_a_text(self, word: str) -> bool:
        """Tells whether a word said to be in the targets (目标带“提升”) can be a text of
        theirs: no operator (大于等于) and no question word (哪几条, 什么)."""
        words = self._filter_words
        said = (*(w for w, _ in words.operators), *words.which, *PLACEHOLDERS)
        return not any(w in word for w in said)

    def _said_target_start(self, text: str) -> str:
        """Returns the start of a target text said right after 是 or 写 (是“有效”开头的) that
        no row name holds, the longest one."""
        for said in self._filter_words.target_said:
            at = text.find(said)
            while at >= 0:
                end = at + len(said)
                for size in range(MAX_TARGET_CHARS, MIN_TERM_NAME_CHARS - 1, -1):
                    word = text[end : end + size]
                    if word in self._target_starts and word not in self._all_row_names:
                        return word
                at = text.find(said, end)
        return ""

    def _target_text_in(self, text: str) -> tuple[str, int]:
        """Returns the longest target text a question says, and where."""
        for size in range(min(MAX_TARGET_CHARS, len(text)), MIN_TERM_NAME_CHARS - 1, -1):
            for at in range(len(text) - size + 1):
                if text[at : at + size] in self._target_texts:
                    return text[at : at + size], at
        return "", -1

    def listing(self, query: Query, scope: tuple[int, ...]) -> IndicatorList | HeadingList:
        found = self.read_filter(query)
        level = found.row_filter.level
        if found.tier is not None and not found.row_filter.narrows:
            if not level:
                return self._headings(query, scope, found.tier)
            if found.tier == SUB_TIER and level in self._top_levels:
                return self._headings(query, scope, found.tier, under=level)
        joined = self._joined_levels(query.remainder)
        if joined:
            # 时效指标和质量指标一起列出来: rows of either level, no name filter.
            found = replace(found, row_filter=replace(found.row_filter, level=None))
        named = () if joined else self._named_in_rows(query, found, scope)
        if PROJECT_MARK in query.text:
            # 港澳台学生来实习的那个交流项目: the clause says which project, no rows.
            described = tuple(m.group(0) for m in _PROJECT_DESCRIBED.finditer(query.text))
            found = replace(found, words=(*found.words, *described))
            scope = scope or self._described_projects(described)
        named = _counted_things(query.remainder, named, level=found.row_filter.level)
        explicit = _NAMED_EXPLICITLY.search(query.remainder)
        if explicit is not None and named:
            # 我在整理港澳台大学生暑期实习的内容，名称带“港澳台”的指标: only the word the names
            # are said to hold picks rows; the rest tells what the asker is doing.
            named = tuple(w for w in named if w in explicit.group("word")) or named
        elif explicit is not None and self._numbered_name(explicit.group("word")):
            named = (explicit.group("word"),)  # 名字带“第34届”的: the words hold no term
        if found.by_name and not named and not found.row_filter.target_text:
            # 带提升两个字的: the word said, though it names no row
            carried = _NAMED_EXPLICITLY.search(query.remainder) or _WORD_CARRIED.search(
                query.remainder
            )
            if carried is not None:
                found, named = self._word_carried(found, carried.group("word"))
        left_out = found.row_filter.excluded_words
        named = tuple(w for w in named if not any(w in word for word in left_out))
        if named:
            kept, loose = self._describing(named, found, scope)
            found = replace(
                found, row_filter=replace(found.row_filter, words=kept), words=found.words + loose
            )
        ordinal = _ORDINAL_NAMED.search(query.remainder) if found.by_name else None
        if ordinal is not None:  # 名字里带第几届的: names holding an ordinal (第 25 届)
            row_filter = replace(
                found.row_filter, words=(*found.row_filter.words, ordinal.group(1))
            )
            found = replace(found, row_filter=row_filter, words=(*found.words, ordinal.group(0)))
        projects = self._catalog.projects_in(scope or self._placed_projects(query))
        shared = (
            _shared_names(projects, least=self._sharing_projects(query, projects))
            if found.row_filter.shared
            else self._shared_beyond(projects)
            if found.row_filter.excluded_shared
            else None
        )
        groups = self._groups(projects, found.row_filter, joined=joined, shared=shared)
        if found.row_filter.bound and found.row_filter.excluded_unit == MONEY_UNIT:
            # 过百的: amounts are left out unsaid; said only when a row was left out so.
            unbounded = replace(found.row_filter, excluded_unit=None)
            every = self._groups(projects, unbounded, joined=joined, shared=shared)
            if every == groups:
                found = replace(found, row_filter=unbounded)
        pointed = _before_pointing(query.remainder, found.row_filter.words)
        if not groups and pointed != found.row_filter.words:
            # 海峡两岸那几个交流活动: no row's name holds 交流 and 活动 too; they say what the
            # rows 海峡两岸 picks are.
            row_filter = replace(found.row_filter, words=pointed)
            pointed_groups = self._groups(projects, row_filter, joined=joined, shared=shared)
            if pointed_groups:
                loose = tuple(w for w in found.row_filter.words if w not in pointed)
                found = replace(found, row_filter=row_filter, words=found.words + loose)
                groups = pointed_groups
        if not groups and found.row_filter.words:
            # 运维有没有关于能耗的指标: 运维 of 设施运维成本控制数 is also the project's word;
            # with 能耗 it picks no row, so it names the project.
            found, groups = self._without_project_words(found, projects, joined, shared)
        if not groups and found.row_filter.words:
            # 上百的那些指标是哪几个？领导说要重点盯一下: a word of a sentence around the ask
            # picks no row; the asking sentence's conditions do.
            found, groups = self._without_side_words(query, found, projects, joined, shared)
        if (
            not groups
            and len(found.row_filter.words) == 1
            and not found.row_filter.level
            and not any(word in query.text for word in self._filter_words.by_name)
        ):
            # 跟“生态”沾边的: no row's name holds it, one heading's does (生态效益指标).
            found, groups = self._word_of_a_heading(found, projects, joined, shared)
        if not groups and len(found.row_filter.words) >= MIN_EXAMPLE_WORDS:
            # 数量指标有哪些 我记得有个步道还有个车子: each word names one of the rows the
            # other conditions keep, none names them all: examples of those rows, no condition.
            found, groups = self._words_as_examples(found, projects, joined, shared)
        if not groups and found.row_filter.excluded_level and found.row_filter.level:
            # 除了产出指标以外还有哪些质量指标: 产出 holds every 质量 row, so leaving it out
            # would leave nothing; the asker sets the heading asked apart from the rest.
            found = replace(found, row_filter=replace(found.row_filter, excluded_level=None))
            groups = self._groups(projects, found.row_filter, joined=joined, shared=shared)
        if not groups and found.row_filter.operator in BOUNDING_SIGNS:
            # 目标值≥100的筛出来: no target is written ≥100; the sign bounds the values.
            found, groups = self._written_as_bound(found, projects, joined, shared)
        if not groups and _CHECKED.search(query.text):
            found, groups = self._checked(found, projects, joined=joined)
        extreme = _EXTREME_TARGET.search(query.remainder)
        ordering = _ordering_said(query.remainder)
        at_end: str | None = None  # 目标最大: only the rows at one end of more kept
        if ordering:  # 按目标值降序排, 目标值最大的前三个: the rows in order, or its first ones
            groups = rows_in_order(groups, query.remainder)
            extreme = extreme or order_asked().search(query.remainder)
        elif extreme is not None:  # 数量指标里目标最小的那个: only the rows at that end
            rows_kept = sum(len(group.indicators) for group in groups)
            ends = ends_said(query.remainder)
            groups = _at_the_ends(groups, ends)
            found = replace(found, words=(*found.words, extreme.group(0)))
            if sum(len(group.indicators) for group in groups) < rows_kept:
                at_end = "目标" + "和".join(ends)
        count_only = (
            extreme is None
            and _asks_count(query, found.row_filter.level)
            # 都给我拉出来，一共几条也说一下: the rows, counted, not the count alone
            and not any(word in query.text.replace(" ", "") for word in self._filter_words.show)
            and _VALUES_ASKED.search(query.text) is None  # 值也顺便列上, 值是多少
        )
        if (
            count_only
            and not found.row_filter.narrows  # a narrowed count names its rows' targets
            and sum(len(group.indicators) for group in groups) == 1
        ):
            count_only = False  # 企服满意度指标有几个: the one row is shown with its target
        rank = intents.aggregate(query.rules) if count_only else Aggregate.EACH
        if count_only and rank is Aggregate.EACH and not intents.asks_each(query.rules):
            rank = Aggregate.TOTAL  # 三张表里…有几条: how many in all, then each project's
        which = _WHICH_PROJECT_MORE.search(query.text)
        if which is not None and len(groups) > 1:
            # 哪个项目的数量指标多: the project with more rows, counted.
            count_only = True
            rank = Aggregate.MAX if which.group(1).startswith("多") else Aggregate.MIN
        listed = IndicatorList(
            tuple(groups),
            found.row_filter.level,
            count_only,
            rank,
            row_filter=found.row_filter,
            filter_words=found.words,
            extreme=at_end,
        )
        return replace(listed, narrower=self._first_heading_only(listed, projects))

    def unread_figures(self, query: Query, listed: IndicatorList) -> tuple[str, ...]:
        """Returns the figures a listing question says that no condition read (要求做到95%的
        when 做到 is not read): the rows listed would ignore them.

        Figures that count projects or forms (两个项目, 三张表), ordinals (第34届), years,
        figures the row names write (2026) and the count of the rows listed are no condition.
        """
        if _CHECKED.search(query.text):
            return ()  # 满意度指标值是不是≥95%: a figure checked against the rows shown
        text = query.remainder
        used = "".join((*listed.filter_words, *listed.row_filter.words)).replace(" ", "")
        count = sum(len(group.indicators) for group in listed.groups)
        unread = []
        for number in find_numbers(text):
            said = text[number.start : number.end]
            after = text[number.end :]
            if (
                text[: number.start].rstrip().endswith(ORDINAL_MARK)
                or after.startswith(PHASE_UNITS)  # 二期, 三届: a phase named, no target
                or _COUNTS_FORMS.match(after)
                or (len(said) == YEAR_DIGITS and after.startswith(YEAR_MARK))
                or said in used
                or said in self._all_row_names
                or number.value == count
                or not self._said_as_figure(said, after, percent=number.percent)
            ):
                continue
            unit = next((u for u in self._filter_words.measures if after.startswith(u)), "")
            unread.append(said + unit)
        return tuple(unread)

    def _said_as_figure(self, said: str, after: str, *, percent: bool) -> bool:
        """Tells whether a number is said as a target's figure: in digits, a percentage, or a
        numeral before a unit the forms count in (两场); 一共, 一些, 三个 count nothing asked."""
        if said[0].isdigit() or percent:
            return True
        unit = next((u for u in self._filter_words.measures if after.startswith(u)), "")
        # 一起, 一次性: a numeral and a unit making a word of their own count nothing.
        return bool(unit) and unit != GENERIC_UNIT and not self._lexicon.frequency(said + unit)

    def _numbered_name(self, word: str) -> bool:
        """Tells whether a word said to be in the names holds a figure and some name holds it
        (第34届, as 第 34 届 is written)."""
        return any(char.isdigit() for char in word) and word in self._all_row_names

    def _first_heading_only(
        self, listed: IndicatorList, projects: tuple[ProjectInfo, ...]
    ) -> IndicatorList | None:
        """Returns the rows left when only the first 二级 heading under an 一级 heading left
        out is meant (除了产出指标: 数量指标 only, 质量 and 时效 rows kept), when that heading
        holds others too; only for a question leaving out that heading and nothing else."""
        left_out = listed.row_filter.excluded_level
        said = self._filter_words.said_for_first
        if (
            left_out is None
            or left_out not in self._top_levels
            or self._normalizer.normalize(left_out).removesuffix(LEVEL_SUFFIX) not in said
            or replace(listed.row_filter, excluded_level=None).narrows
            or listed.row_filter.other_excluded_levels
            or listed.row_filter.level
        ):
            return None
        heads = list(
            dict.fromkeys(
                row.level2
                for project in projects
                for row in project.indicators
                if row.level1 == left_out
            )
        )
        if len(heads) < MIN_HEADED_ROWS:
            return None
        row_filter = replace(listed.row_filter, excluded_level=heads[0])
        groups = self._groups(projects, row_filter, joined=(), shared=None)
        if not groups:
            return None
        return replace(listed, groups=tuple(groups), row_filter=row_filter)

    def _checked(
        self, found: ReadFilter, projects: tuple[ProjectInfo, ...], *, joined: tuple[str, ...]
    ) -> tuple[ReadFilter, list[IndicatorGroup]]:
        """Lists the rows a checked figure is said of (满意度目标是95%对吧, 论文数量不是≥30篇吗)
        with their own targets: the figure is what is checked, no condition on the rows."""
        row_filter = replace(
            found.row_filter,
            value=None,
            bound=None,
            other_bound=None,
            operator=None,
            other_operators=(),
            excluded_operator=None,
            other_excluded=(),
            target_text=None,
            other_targets=(),
        )
        if not (row_filter.level or row_filter.words):
            return found, []  # no rows named: the figure alone picks none
        groups = self._groups(projects, row_filter, joined=joined, shared=None)
        return (replace(found, row_filter=row_filter), groups) if groups else (found, [])

    def _without_project_words(
        self,
        found: ReadFilter,
        projects: tuple[ProjectInfo, ...],
        joined: tuple[str, ...],
        shared: frozenset[str] | None,
    ) -> tuple[ReadFilter, list[IndicatorGroup]]:
        """Lists the rows again without the name words that are words of a project's name."""
        words = found.row_filter.words
        named = [w for w in words if any(w in name for name in self._names_text)]
        # The first such word (the topic, 养护 of 养护有没有关于桥梁的指标), then all of them.
        for dropped in (named[:1], named):
            kept = tuple(w for w in words if w not in dropped)
            if not dropped or not (kept or found.row_filter.narrows):
                continue  # 运维定量指标里不带运算符的: the other conditions pick the rows
            row_filter = replace(found.row_filter, words=kept)
            # 运维定量指标里…: the word dropped names the project the rows are in.
            owners = tuple(p for p in projects if all(w in p.name for w in dropped))
            groups = self._groups(owners or projects, row_filter, joined=joined, shared=shared)
            if groups:
                found = replace(found, row_filter=row_filter, words=(*found.words, *dropped))
                return found, groups
        return found, []

    def _word_of_a_heading(
        self,
        found: ReadFilter,
        projects: tuple[ProjectInfo, ...],
        joined: tuple[str, ...],
        shared: frozenset[str] | None,
    ) -> tuple[ReadFilter, list[IndicatorGroup]]:
        """Lists the rows of the one heading whose name holds the word no row name holds
        (跟“生态”沾边的几条: the 生态效益指标 rows)."""
        word = found.row_filter.words[0]
        headings = {
            heading
            for project in projects
            for row in project.indicators
            for heading in (row.level1, row.level2)
            if word in heading
        }
        if len(headings) != 1:
            return found, []
        row_filter = replace(found.row_filter, words=(), level=headings.pop())
        groups = self._groups(projects, row_filter, joined=joined, shared=shared)
        return (replace(found, row_filter=row_filter, words=(*found.words, word)), groups)

    def _without_side_words(
        self,
        query: Query,
        found: ReadFilter,
        projects: tuple[ProjectInfo, ...],
        joined: tuple[str, ...],
        shared: frozenset[str] | None,
    ) -> tuple[ReadFilter, list[IndicatorGroup]]:
        """Lists the rows again without the name words only sentences after the ask say (…是
        哪几个？领导说要重点盯一下); a sentence before it may name the rows (有没有经济效益指标？
        有的话列一下)."""
        asked = self.asking_sentence(query.text)
        words = found.row_filter.words
        after = query.text[query.text.find(asked) + len(asked) :] if asked else ""
        canonical = self._lexicon.vocabulary.canonical
        # 稿子里 read as 论文: a word said after the ask in another word of the same sense
        said_after = (
            {canonical.get(word, word) for word in self._lexicon.cut(after)} if after else set()
        )
        kept = tuple(
            word
            for word in words
            if word in asked or (word not in after and word not in said_after)
        )
        if not asked or kept == words or not (kept or found.row_filter.narrows):
            return found, []
        row_filter = replace(found.row_filter, words=kept)
        groups = self._groups(projects, row_filter, joined=joined, shared=shared)
        if not groups:
            return found, []
        dropped = tuple(word for word in words if word not in kept)
        return replace(found, row_filter=row_filter, words=(*found.words, *dropped)), groups

    def recalled_apart(self, text: str) -> str:
        """Returns ``text`` without the clauses remembering some of the rows a list ask asks
        (数量指标有哪几条？我记得有个步道，还有个车子; ≥10次的是哪两个，我只记得一个是跑工作站的):
        they give examples, no condition. Kept when the rest sets no condition on rows
        (我记得有个步道的指标，是哪个: the clause names the row asked)."""
        if self._recalled_words.search(text) is None:
            return text
        recalled = self._recalled_clauses(text)
        if not recalled:
            return text
        rest = "".join(_clauses_apart(text, recalled)).rstrip("，,；; ")
        level = find_level(rest, self._levels)
        found = read_filter(rest, words=self._filter_words, level=level)
        if not (found.asks_rows or self.count_asked(rest)):
            # 印象中企服有个指标是等于1套的，是哪个: the row asked is the one remembered
            return self._recalled_condition(text, recalled) if "哪" in rest else text
        if level is None and not replace(found.row_filter, words=()).narrows:
            return self._recalled_condition(text, recalled)
        return rest

    def _recalled_condition(self, text: str, recalled: tuple[str, ...]) -> str:
        """Returns ``text`` without its words of remembering when the clause remembered sets
        the condition the bare ask after it lacks (我记得企服有两个指标目标都是“不少于10次”，
        想不起来是哪两个了): the rows asked are those."""
        said = "".join(recalled)
        own = read_filter(said, words=self._filter_words, level=find_level(said, self._levels))
        if not replace(own.row_filter, words=()).narrows:
            return text
        return self._recalled_words.sub("", text, count=1)

    def _recalled_clauses(self, text: str) -> tuple[str, ...]:
        """Returns the clauses of ``text`` remembering rows (我记得有个步道) and those going
        on from one (还有个车子)."""
        recalled: list[str] = []
        going_on = False  # the clause before remembered rows: 还有个车子 goes on from it
        for clause in _CLAUSE_PIECES.split(text):
            opening = clause.strip().lstrip("嗯啊哦呃")
            going_on = opening.startswith(self._filter_words.recalled) or (
                going_on and opening.startswith(self._filter_words.recalled_more)
            )
            if going_on:
                recalled.append(clause)
        return tuple(recalled)

    def _word_carried(self, found: ReadFilter, word: str) -> tuple[ReadFilter, tuple[str, ...]]:
        """Reads a word rows are said to carry (带提升两个字的) as their targets' text when no
        name holds it and a target writes it (有效提升), else as a word of their names."""
        if ORDINAL_MARK in word or any(asked in word for asked in _ASKING_CHARS):
            return found, ()  # 名里带第几届的: an ordinal, read by the names' ordinals
        if word in self._all_row_names or not any(word in text for text in self._target_texts):
            return found, (word,)
        row_filter = replace(found.row_filter, target_text=word)
        return replace(found, row_filter=row_filter, words=(*found.words, word)), ()

    def _written_as_bound(
        self,
        found: ReadFilter,
        projects: tuple[ProjectInfo, ...],
        joined: tuple[str, ...],
        shared: frozenset[str] | None,
    ) -> tuple[ReadFilter, list[IndicatorGroup]]:
        """Lists the rows whose value the sign and figure asked bound, when no target is
        written with both (目标值≥100: 120 and 8000 pass, none is written ≥100)."""
        row_filter = found.row_filter
        if row_filter.value is None or row_filter.operator is None or row_filter.bound:
            return found, []
        bounded = replace(
            row_filter, operator=None, value=None, bound=(row_filter.operator, row_filter.value)
        )
        groups = self._groups(projects, bounded, joined=joined, shared=shared)
        return (replace(found, row_filter=bounded), groups) if groups else (found, [])

    def _words_as_examples(
        self,
        found: ReadFilter,
        projects: tuple[ProjectInfo, ...],
        joined: tuple[str, ...],
        shared: frozenset[str] | None,
    ) -> tuple[ReadFilter, list[IndicatorGroup]]:
        """Lists the rows the conditions other than names keep, when every name word is a word
        of one of those rows (步道 of 维护步道长度, 车辆 of 巡检车辆数) though no row has all."""
        row_filter = found.row_filter
        if not (row_filter.narrows or row_filter.level or joined) or found.by_name:
            # 运维的步道和车辆: the words are the only condition; 名称带步道和车辆的: asked so
            return found, []
        if any(word in self._names_joined for word in row_filter.words):
            return found, []  # 养护成本和运维成本: each word picks its project's rows
        wider = replace(row_filter, words=())
        groups = self._groups(projects, wider, joined=joined, shared=shared)
        names = "\n".join("".join(r.name.split()) for g in groups for r in g.indicators)
        if not groups or not all(word in names for word in row_filter.words):
            return found, []
        return replace(found, row_filter=wider, words=(*found.words, *row_filter.words)), groups

    @staticmethod
    def _groups(
        projects: tuple[ProjectInfo, ...],
        row_filter: RowFilter,
        *,
        joined: tuple[str, ...],
        shared: frozenset[str] | None,
    ) -> list[IndicatorGroup]:
        """Returns each project's rows the filter keeps, under the levels joined if any."""
        groups = []
        for project in projects:
            chosen = select_rows(project.indicators, row_filter)
            if joined:
                chosen = tuple(r for r in chosen if {r.level1, r.level2} & set(joined))
            if shared is not None:
                # 排除掉两个项目都有的: the rows of no shared name; else those of one
                own = row_filter.excluded_shared
                chosen = tuple(r for r in chosen if (_name_key(r.name) in shared) is not own)
            if chosen:
                groups.append(IndicatorGroup(project, chosen))
        return groups

    @property
    def all_row_names(self) -> str:
        """Returns every row name of the catalog, one a line."""
        return self._all_row_names

    def rows_write(self, query: Query) -> bool:
        """Tells whether a question holds a word of two characters or more that rows write."""
        return bool(
            self._evidence.written_in(query.remainder, texts=self._all_row_names, cues=query.cues)
        )

    def ranks_projects(self, query: Query) -> bool:
        """Tells whether a question asks which project has more rows (哪个项目的指标多)."""
        return LEVEL_SUFFIX in query.remainder and bool(_WHICH_PROJECT_MORE.search(query.text))

    def joins_levels(self, query: Query) -> bool:
        """Tells whether a question names two levels in full, joined (质量指标和时效指标), or
        several conditions on the same rows, each in a clause (单位是场的、目标≥10的)."""
        return (
            bool(self._joined_levels(query.remainder))
            or self._joins_conditions(query.text)
            or self._standards_joined(query.text)
        )

    def _standards_joined(self, text: str) -> bool:
        """Tells whether a question lists 绩效标准 one after another (采用行业标准、历史标准的各
        是哪条): the rows of any of them are asked in one listing, not an ask for each."""
        said = sorted((text.find(s), s) for s in self._standards if s in text)
        if len(said) < MIN_JOINED_CONDITIONS:
            return False
        return all(
            _STANDARDS_JOINER.fullmatch(text, at + len(standard), later) is not None
            for (at, standard), (later, _) in itertools.pairwise(said)
        )

    def _joins_conditions(self, text: str) -> bool:
        """Tells whether clauses joined by 、 or ，each set a condition on rows (国交里单位是场的、
        目标≥10的): the rows meeting all of them are asked, not each clause apart."""
        if not _CONDITIONS_JOINED.search(text):
            return False
        narrowing = 0
        for piece in _CONDITIONS_JOINED.split(text):
            said = piece.strip(" 。？?！!")
            if not said:
                continue
            found = read_filter(
                said, words=self._filter_words, level=None, standards=self._standards
            )
            if found.row_filter.narrows:
                narrowing += 1
            elif len(said) > MAX_ASK_CHARS and not any(
                word in said for word in (*self._filter_words.which, *self._filter_words.show)
            ):
                return False  # a clause of its own asks something else
        return narrowing >= MIN_JOINED_CONDITIONS

    def _joined_levels(self, text: str) -> tuple[str, ...]:
        """Returns the levels a question names in full and joins (时效指标和质量指标)."""
        spans = sorted(
            (text.find(name), name)
            for name in self._levels
            if name.endswith(LEVEL_SUFFIX) and name in text and not negated(text, name)
        )  # 除了产出指标以外还有哪些质量指标: the heading left aside is joined to none
        # A name inside a longer one found (效益指标 of 社会效益指标) is that one.
        spans = [
            (at, name)
            for at, name in spans
            if not any(o != name and name in o and oa <= at < oa + len(o) for oa, o in spans)
        ]
        if len(spans) < 2:
            return self._levels_listed(text)
        between = [
            text[at + len(name) : later] for (at, name), (later, _) in itertools.pairwise(spans)
        ]
        if not all(any(word in gap for word in LEVEL_JOINERS) for gap in between):
            return ()  # 产出指标里数量指标: the second narrows the first
        return tuple(dict.fromkeys(self._levels[name] for _, name in spans))

    def _levels_listed(self, text: str) -> tuple[str, ...]:
        """Returns the headings a question lists by their stems, one after another with only
        list marks or particles between (成本啊效益啊满意度啊, 成本 产出 效益 满意度): three or
        more so listed say which headings' rows are asked, not words of the rows' names; so do
        two joined by a joining word before 的 (社会效益和可持续影响的)."""
        run = self._stems_listed.search(text)
        if run is None:
            return ()
        names = self._stem_joined.findall(run.group(0))
        if any(negated(text, name) for name in names):
            return ()
        levels = {**self._stem_openings, **self._levels}
        return tuple(dict.fromkeys(levels[name] for name in names))

    def filtered_total(
        self, query: Query, scope: tuple[int, ...]
    ) -> FigureCalculation | SeveralIndicators | None:
        """Adds up (or averages) the targets of the rows a filter keeps (以次为单位的指标加总).

        Only when every row kept is a number in one unit and the rows explain the question.
        Words that narrow the rows further (按场计的活动) may only describe them, so the
        total without them is given beside.
        """
        tokens = frozenset(self._lexicon.cut(query.remainder))
        operation = self._operations.read(query.remainder, tokens=tokens)
        if operation is Operation.PER and _EACH_ROW_AVERAGED.search(query.remainder):
            operation = Operation.AVERAGE  # 几个指标平均每个多少人: the rows' mean, not a rate
        if operation is Operation.RATIO:
            compared = self._single_rows_compared(query, scope, operation)
            if compared is not None:
                return compared  # 以“名”计的是以“家”计的几倍: one row of each unit
        if operation in ENDS_WORKED and len(ends_said(query.remainder)) == len(PAIR_OF_ENDS):
            return self._ends_worked(query, scope, operation)  # 最大的是最小的几倍
        if operation not in (Operation.SUM, Operation.AVERAGE, Operation.DIFFERENCE):
            return None
        asked = frozenset(self._operations.words.get(operation, ()))
        if not self._lexicon.spans_of(query.remainder, asked) and not any(
            len(word) > 1 and word in query.remainder
            for word in asked  # 之和 cut as 之/和
        ):
            return None  # 加 inside 参加 adds nothing up
        wanted = self.read_filter(query).row_filter
        if all(
            c is None
            for c in (wanted.unit, wanted.kind, wanted.value, wanted.bound, wanted.operator)
        ):
            # 不少于多少 asks a value; only a unit, kind, value or operator (上限) picks rows
            return None
        listing = self.listing(query, scope)
        if not isinstance(listing, IndicatorList):
            return None
        rows = [ind for group in listing.groups for ind in group.indicators]
        if operation is Operation.DIFFERENCE and (
            len(rows) != PAIR or COMPARED_MARK in query.remainder or wanted.unit is None
        ):
            # 按篇算的两个指标差几篇: a difference only of the two rows a unit keeps, in no
            # order said (合作单位比科技社团少多少 orders them: the calculator reads that).
            return None
        total = self._total_of(rows, operation)
        if total is not None and (
            intents.asks_count(query.rules) or _KINDS_COUNTED.search(query.text) is not None
        ):
            # 一共有多少个以场计的指标 counts rows; 几个指标加总是多少次 asks in their unit.
            unit = re.escape(total.unit or "")
            asked_in = re.search(  # 场次合计是多少: the unit's count said before the sum asked
                rf"(?:多少|几){unit}|{unit}[次数]?的?(?:{SUM_SAID})", query.text
            )
            if not total.unit or asked_in is None:
                return None
        texts = [*(listing_texts(listing)), *(ind.name for ind in rows)]
        remainder = _rows_count_apart(query.remainder, len(rows))
        if (
            total is None
            or remainder is None
            or self._evidence.unexplained(remainder, explained_by=texts, cues=query.cues)
        ):
            return None
        if self._rows_counted_beside(query, total):
            # 以家计的指标有几个，加起来多少家: how many rows, then their total.
            counted = replace(listing, count_only=True, rank=Aggregate.TOTAL)
            return SeveralIndicators((), (), (counted, total))
        if not listing.row_filter.words or operation is Operation.DIFFERENCE:
            return total  # a difference is of the two rows kept, never of a wider set
        wider = replace(listing.row_filter, words=())
        wider_rows = [
            row
            for project in self._catalog.projects_in(scope)
            for row in project.indicators
            if wider.accepts(row)
        ]
        wider_total = self._total_of(wider_rows, operation)
        if len(wider_rows) == len(rows) or wider_total is None:
            return total
        return replace(total, wider=wider_total, narrowed_by=listing.row_filter.words)

    def _single_rows_compared(
        self, query: Query, scope: tuple[int, ...], operation: Operation
    ) -> FigureCalculation | None:
        """Works the targets of two rows each picked by the unit it alone counts in (企服以
        “名”计的是以“家”计的几倍), in the order said; a unit keeping several rows or none, or
        words the two rows do not explain, give no figure."""
        said = _two_units_of_last_ask(query.text, self._filter_words)
        if said is None:
            return None
        projects = self._catalog.projects_in(scope)
        figures = []
        for unit, _ in said:
            rows = [row for p in projects for row in p.indicators if row.target.unit == unit]
            figure = (
                target_figure(self._catalog.project(rows[0].project_id), rows[0])
                if len(rows) == 1
                else None
            )
            if figure is None:
                return None
            figures.append(figure)
        rest = query.remainder
        for unit_match in self._filter_words.unit.finditer(rest):
            rest = rest.replace(unit_match.group(0), " ")
        names = [figure.indicator.name for figure in figures if figure.indicator is not None]
        if self._evidence.unexplained(rest, explained_by=names, cues=query.cues):
            return None
        operands = tuple(Operand(figure.project.name, figure.value) for figure in figures)
        calculation = calculate(operation, operands)
        if calculation is None:
            return None
        return FigureCalculation(calculation, None, figures=tuple(figures), units_differ=True)

    def _ends_worked(
        self, query: Query, scope: tuple[int, ...], operation: Operation
    ) -> FigureCalculation | None:
        """Works the target at one end of the rows a filter keeps against the other end's (以人计
        的指标里目标最大的是最小的几倍), in the order said; only when every row kept is a
        number in one unit, so that the ends are of one measure."""
        listing = self.listing(query, scope)
        if not isinstance(listing, IndicatorList) or listing.extreme is None:
            return None
        rows = [ind for group in listing.groups for ind in group.indicators]
        figures = [target_figure(self._catalog.project(ind.project_id), ind) for ind in rows]
        kept = [figure for figure in figures if figure is not None]
        if len(kept) < max(len(rows), PAIR) or len({figure.unit for figure in kept}) > 1:
            return None
        group = [
            row
            for group in listing.groups
            for row in group.project.indicators
            if listing.row_filter.accepts(row)
        ]
        if len({row.target.unit for row in group}) > 1:
            return None  # 数量指标里最大的是最小的几倍: ends of 人, 个 and 场 measure nothing
        if kept[0].unit == PERCENT and operation is not Operation.RATIO:
            return None  # 最高比最低的高几个百分点: rates differ by points, said elsewhere
        high, low = max(kept, key=lambda f: f.value), min(kept, key=lambda f: f.value)
        first_high = ends_said(query.remainder)[0] in HIGH_ENDS
        pair = (high, low) if first_high else (low, high)
        operands = tuple(Operand(figure.project.name, figure.value) for figure in pair)
        calculation = calculate(operation, operands)
        if calculation is None:
            return None
        return FigureCalculation(calculation, kept[0].unit, figures=pair)

    @staticmethod
    def _rows_counted_beside(query: Query, total: FigureCalculation) -> bool:
        """Tells whether the rows summed are counted too (以家计的指标有几个，加起来多少家);
        有几条？ counts them though 指标 is unsaid, unless 条 is the unit the total is in."""
        text = query.text
        counts = [
            found
            for found in _COUNTED_ASK.finditer(text)
            if not _POINTED_BEFORE.search(text, 0, found.start())  # 那几项，目标加起来
            # 以场计的几条，底线合计多少场: the rows of the condition pointed at, not counted
            and not (
                text[found.start() - 1 : found.start()] == "的"
                and _GOES_ON.match(text, found.end())
            )
        ]
        if not counts:
            return False
        measure = counts[0].group(0)[-1]
        return intents.asks_count(query.rules) or (
            measure in ROW_MEASURE_WORDS and measure != total.unit
        )

    def _total_of(
        self, rows: list[IndicatorInfo], operation: Operation
    ) -> FigureCalculation | None:
        """Returns the sum or average of rows' targets, when all are numbers in one unit."""
        figures = [target_figure(self._catalog.project(ind.project_id), ind) for ind in rows]
        kept = [figure for figure in figures if figure is not None]
        if len(rows) < 2 or len(kept) < len(rows) or len({f.unit for f in kept}) > 1:
            return None
        if operation in (Operation.SUM, Operation.DIFFERENCE) and kept[0].unit == PERCENT:
            # =100%的一共几条 counts rows: rates never add up; two rates differ by points, which
            # the calculator says (相差几个百分点)
            return None
        if operation is Operation.DIFFERENCE:
            kept.sort(key=lambda figure: -figure.value)  # 差几篇: two rows, the larger first
        operands = tuple(Operand(figure.project.name, figure.value) for figure in kept)
        calculation = calculate(operation, operands)
        if calculation is None:
            return None
        return FigureCalculation(calculation, kept[0].unit, figures=tuple(kept))

    def _headings(
        self, query: Query, scope: tuple[int, ...], tier: int, *, under: str | None = None
    ) -> HeadingList:
        """Lists the 一级 or 二级 headings (or 绩效标准) of each project with their numbers
        of rows; the rows' names under each when the rows are asked grouped (按一级指标分一下).

        ``under`` keeps the 二级 headings of one 一级 heading (产出指标下面有几个二级指标).
        """
        named = _GROUPED.search(query.text) is not None
        groups = []
        for project in self._catalog.projects_in(scope):
            rows: dict[str, list[str]] = {}
            for indicator in project.indicators:
                if under is not None and indicator.level1 != under:
                    continue
                heading = _heading_of(indicator, tier)
                if heading:
                    rows.setdefault(heading, []).append(indicator.name)
            if rows:
                groups.append(
                    HeadingGroup(
                        project,
                        tuple((heading, len(names)) for heading, names in rows.items()),
                        tuple(tuple(names) for names in rows.values()) if named else (),
                    )
                )
        rules = query.rules  # 按一级指标分别有几个: each heading with its count
        count_only = intents.asks_count(rules) and not (
            intents.asks_listing(rules)
            or intents.asks_each(rules)
            or named
            or _EACH_TIER.search(query.text) is not None  # 各二级指标下面有几条: each counted
            or _MOST_OR_FEWEST in query.text  # 哪个二级下面的指标最多: each shown with its count
        )
        return HeadingList(tuple(groups), tier, count_only, under)

    def _named_in_rows(
        self, query: Query, found: ReadFilter, scope: tuple[int, ...]
    ) -> tuple[str, ...]:
        """Returns the words a listing asks the names to hold (有没有关于安全的指标 → 安全).

        Only nouns and adjectives of two characters or more count; a word of a project's
        name (企业科创服务那个项目: 企业) says which project, not which rows.
        """
        level = found.row_filter.level or ""
        explained = (level, LEVEL_SUFFIX, *found.words)
        rest = query.remainder
        for word in longest_first(found.words):
            # 按计划标准评价: 按计划 is no word once the filter word 计划标准 is cut out.
            rest = rest.replace(word, " ")
        names = (
            "\n".join(self._row_names.get(project_id, "") for project_id in scope)
            if scope
            else self._all_row_names
        )
        for word in self._filter_words.which:
            if word in rest and word not in names:  # 时效指标汇总一下: 汇总 names no row
                rest = rest.replace(word, " ")
        words = self._evidence.unexplained(
            rest, explained_by=explained, cues=query.cues, nouns_only=False
        )
        written = self._evidence.written_in(rest, texts=names, cues=query.cues)
        written = tuple(word for word in written if not any(word in text for text in explained))
        canonical = self._lexicon.vocabulary.canonical
        return tuple(
            dict.fromkeys(
                # 合格 of 建设指引验收合格率: a word the names write is kept as said
                word if word in names else canonical.get(word, word)
                for word in (*words, *written)
                if len(word) >= MIN_TERM_NAME_CHARS
                and not word.isdigit()  # 80 of 80以上 bounds the value, names no row
                # 考核满意度的指标: a verb of assessing says what rows weigh, unless a name has it
                and (word not in self._assessing or word in names)
                and (word in written or self._evidence.describes_rows(word))
                and not self._names_project(query.text, word)
                and not self._opens_before_conditions(query.text, word, found)
                and not _describes_project(query.text, word)
            )
        )

    def _described_projects(self, described: tuple[str, ...]) -> tuple[int, ...]:
        """Returns the projects whose rows write the most words of clauses describing a project
        no name was found for (办海峡两岸交流的那个项目: 国交, whose rows write 海峡两岸)."""
        if not described:
            return ()
        words = [w for w in self._lexicon.cut("".join(described)) if len(w) >= MIN_TERM_NAME_CHARS]
        held = {
            project_id: sum(word in names for word in words)
            for project_id, names in self._row_names.items()
        }
        most = max(held.values(), default=0)
        if not most:
            return ()
        return tuple(project_id for project_id, count in held.items() if count == most)

    def _describing(
        self, named: tuple[str, ...], found: ReadFilter, scope: tuple[int, ...]
    ) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """Splits name words into those that pick rows and those that only describe the ask.

        Beside another condition (定量, 没写≥, 数量指标), a word that no row name writes and
        that is no plain noun (直接, 考核) only describes the condition; a noun (志愿者) still
        asks for rows the form may lack.
        """
        if not (found.row_filter.narrows or found.row_filter.level):
            return named, ()
        if found.row_filter.unit in self._filter_words.event_units:
            # 以场计的活动: 活动 says what 场 counts; every row counted in 场 is one.
            events = tuple(word for word in named if word in self._filter_words.event_nouns)
            named = tuple(word for word in named if word not in events)
        else:
            events = ()
        names = (
            "\n".join(self._row_names.get(project_id, "") for project_id in scope)
            if scope
            else self._all_row_names
        )
        kind = found.row_filter.kind or found.row_filter.excluded_kind
        said = self.kind_words(kind) if kind is not None else ()
        level = self._normalizer.normalize(found.row_filter.level or "")
        stem = level.removesuffix(LEVEL_SUFFIX) if level != LEVEL_SUFFIX else ""
        loose = tuple(
            word
            for word in named
            if word not in names
            # 时间 of 有时间期限的: a part of a word of the kind asked (截止时间) says the kind
            and (
                not self._evidence.plain_noun(word)
                or any(word in w for w in said)
                # 质量关 of 质量指标: the heading's stem and one character after it
                or (
                    len(stem) >= MIN_TERM_NAME_CHARS
                    and word.startswith(stem)
                    and len(word) - len(stem) <= 1
                )
            )
        )
        return tuple(word for word in named if word not in loose), (*events, *loose)

    @staticmethod
    def asks_extreme(query: Query) -> bool:
        """Tells whether a question asks the row whose target is highest or lowest."""
        return _EXTREME_TARGET.search(query.remainder) is not None

    def counts_rows(self, query: Query) -> bool:
        """Tells whether the last ask of a question counts rows (一共有几个满意度指标): its
        targets are then not added up, as they are when an ask follows (几个指标加总是多少)."""
        text = query.text
        counts = list(_COUNTED_ROWS.finditer(text))
        if not counts:
            # 满意度指标都有哪些，一共几个: the rows named before a count asked on its own;
            # 以人计的一共多少个: rows said by a condition, counted in a measure not theirs
            unit = self.read_filter(query).row_filter.unit if "的" in text else None
            counts = [
                m
                for m in _COUNTED_ASK.finditer(text)
                if "指标" in text[: m.start()] or (unit is not None and unit != m.group(0)[-1])
            ]
        if not counts or _POINTED_BEFORE.search(text, 0, counts[-1].start()):
            return False
        return ASKING.search(text, counts[-1].end()) is None

    def placed(self, query: Query) -> bool:
        """Tells whether a question places the rows it asks in one project (运维里, 养护那边)."""
        return bool(self._placed_projects(query))

    def _placed_projects(self, query: Query) -> tuple[int, ...]:
        """Returns the one project a piece of its name before 里 places a listing in (运维里)."""
        text = query.text
        for word in self._lexicon.cut(text):
            at = text.find(word)
            if len(word) < MIN_TERM_NAME_CHARS or not _places(
                text, start=at, end=at + len(word), named=bool(query.project_ids)
            ):
                continue
            owners = [p.id for p in self._catalog.projects if word in p.name]
            if len(owners) == 1:
                return (owners[0],)
        return self._opening_project(query)

    def _opening_project(self, query: Query) -> tuple[int, ...]:
        """Returns the one project whose name holds the word opening a question right before
        its conditions (运维定性指标, 养护 计划标准的几条)."""
        if query.project_ids:
            return ()
        words = self._lexicon.cut(query.text)
        if not words or len(words[0]) < MIN_TERM_NAME_CHARS:
            return ()
        owners = [p.id for p in self._catalog.projects if words[0] in p.name]
        if len(owners) != 1:
            return ()
        found = self.read_filter(query)
        return (owners[0],) if self._opens_before_conditions(query.text, words[0], found) else ()

    def _names_project(self, text: str, word: str) -> bool:
        """Tells whether a word only continues a project's short name (企业 of 企业科创服务)."""
        if not any(word in name for name in self._names_text):
            # 修路那部分的表里: a project described by a word its name lacks, then its form
            return bool(_FORM_POINTED.match(text, text.find(word) + len(word)))
        spans = [(m.start, m.end) for m in self._lexicon.find_projects(text)]
        start = text.find(word)
        while start >= 0:
            end = start + len(word)
            # 运维里哪些指标按米计, 运维那个表里: the project
            placed = _places(text, start=start, end=end, named=bool(spans)) or self._runs_to_place(
                text, word=word, end=end
            )
            if (
                not placed
                and not any(end == s or start == e or s <= start < end <= e for s, e in spans)
                and not self._in_project_name(text, start=start, end=end)
            ):
                return False
            start = text.find(word, end)
        return True

    def _in_project_name(self, text: str, *, start: int, end: int) -> bool:
        """Tells whether a word is part of a longer run of a project's name said around it
        (运维 of （设施运维的）: 设施运维 is a part of 城市科普设施运维)."""
        names = self._names_joined
        left, right = start, end
        while left > 0 and text[left - 1 : right] in names:
            left -= 1
        while right < len(text) and text[left : right + 1] in names:
            right += 1
        return right - left > end - start and right - left >= MIN_PROJECT_RUN

    def _opens_before_conditions(self, text: str, word: str, found: ReadFilter) -> bool:
        """Tells whether a word of one project's name opens the question right before its
        conditions (运维定性指标, 运维 带≥的几个, 养护按辆计的): it names the project."""
        row_filter = found.row_filter
        if not text.startswith(word) or sum(word in name for name in self._names_text) != 1:
            return False
        rest = text[len(word) :].lstrip(" ").removeprefix(PROJECT_MARK).lstrip(" 的")
        if rest.startswith(_ROWS_OF_PROJECT) and word not in rest:
            return True  # 运维指标总数, 运维三级指标有几个: the project's rows, every one
        if not (row_filter.narrows or found.by_name or row_filter.level):
            return False  # 养护数量指标: a heading, too, is a condition the project opens
        if found.by_name and not found.row_filter.narrows:
            # 运维名字里带“设施”的, 运维指标名里有设施的: the word the names hold follows; but
            # 运维字样的指标, 运维这两个字的: the word right before 字样 is the one they hold;
            # 养护项目带养护俩字的: so is the word said again; and 运维相关的, the topic.
            after = (
                *(w for w in self._filter_words.by_name if NAME_MARK not in w),
                *self._filter_words.topic_after,
            )
            return word not in rest and not rest.lstrip("这").startswith(after)
        said = (*found.words, *self._levels)
        return any(rest.startswith(w) for w in said if w) or rest.startswith(OPENING_ASKS)

    def _runs_to_place(self, text: str, *, word: str, end: int) -> bool:
        """Tells whether words of the same project's name follow ``word`` up to a place in it:
        场馆改造里 names 科普场馆数字化改造 by two of its words, though not as it writes them."""
        owners = [name for name in self._names_text if word in name]
        at = end
        for token in self._lexicon.cut(text[end:]):
            if len(token) < MIN_TERM_NAME_CHARS or not any(token in name for name in owners):
                return False
            at += len(token)
            if PROJECT_PLACES.match(text, at) is not None:
                return True
        return False

    def asks_goal_text(self, query: Query, scope: tuple[int, ...]) -> bool:
        """Tells whether a listing ask names no rows, only a word the goal texts write
        (国交都跟哪些方面联动: 联动 is the goal's): the goal answers it, not the whole table."""
        found = self.read_filter(query)
        if found.row_filter.narrows or found.row_filter.level or found.tier or found.by_name:
            return False
        ids = scope or tuple(self._goal_texts)
        if len(ids) > MAX_GOAL_SCOPE:
            return False  # a goal is asked of a project or a few, not of a whole catalog
        goals = "\n".join(self._goal_texts.get(project_id, "") for project_id in ids)
        rows = "\n".join(self._row_names.get(project_id, "") for project_id in ids)
        written = self._evidence.written_in(query.remainder, texts=goals, cues=query.cues)
        return any(
            word not in rows
            and word not in self._names_joined
            and find_level(word, self._levels) is None
            for word in written
        )

    def header_said(
        self, query: Query, scope: tuple[int, ...]
    ) -> tuple[tuple[ProjectField, tuple[ProjectInfo, ...]], ...]:
        """Returns the header fields whose value a which-project ask says, each with the
        projects whose header holds it (哪个跨年度 → 项目性质 of 科普场馆数字化改造)."""
        text = query.text
        if LEVEL_SUFFIX in text or _WHICH_PROJECTS.search(text) is None:
            return ()
        found: dict[ProjectField, list[int]] = {}
        values = []
        for (field, value), ids in self._header_values.items():
            kept = [project_id for project_id in ids if not scope or project_id in scope]
            if kept and self._says_header(text, value):
                found.setdefault(field, []).extend(kept)
                values.append(value)
        cues = [word for words in query.cues.values() for word in words]
        if any(not any(t.token in said for said in (*values, *cues)) for t in query.terms):
            return ()  # 哪个跨年度项目的满意度高: a row of the project picked is asked
        return tuple(
            (field, tuple(p for p in self._catalog.projects_in(scope) if p.id in ids))
            for field, ids in found.items()
        )

    def header_value_checked(self, text: str, *, names_project: Callable[[str], bool]) -> str:
        """Returns a project's header value put up for checking said with its column (运维是一
        般项目吗 → 运维的项目类别是一般项目吗; 国交是特定目标类的项目吧): the form's value is
        answered. A which-project ask (哪个是一般项目) and a column said are left as they are."""
        if "哪" in text or any(column in text for column in _HEADER_COLUMNS.values()):
            return text
        # The value checked is said in the last clause, which asks (…跨年度项目，领导问…。 tells)
        last = _LAST_CLAUSE_START.search(text)
        clause = text[last.end() if last else 0 :]
        checked = _HEADER_CHECKED.search(clause)
        asked = bool(checked and checked.group(0).strip()) or _HEADER_ASKED.search(clause)
        if not asked or not names_project(text):
            return text
        for field, value in dict.fromkeys((*self._header_values, *_HEADER_OPTIONS)):
            for stem in sorted(
                {value, *(value.removesuffix(s) for s in HEADER_SUFFIXES)}, key=len, reverse=True
            ):
                at = text.find(stem, last.end() if last else 0)
                verb = _HEADER_VERB.search(text[:at]) if at >= 0 else None
                if len(stem) < MIN_HEADER_STEM or verb is None:
                    continue  # 这个跨年度的改造项目: a value describing the project is no check
                end = at + len(stem)
                said = _HEADER_SAID_AFTER.match(text, end)
                start = verb.start()
                column = _HEADER_COLUMNS[field]
                return f"{text[:start]}的{column}是{value}{text[said.end() if said else end :]}"
        return text

    def cue_is_header_value(self, query: Query, cue: frozenset[str]) -> bool:
        """Tells whether the words cueing a header field are only a value said, several
        projects asked (经常性 of 哪些是经常性项目): a form writing that value in another field
        (项目类别) is asked too."""
        text = query.text
        if not _SEVERAL_ASKED.search(text):
            return False  # 哪个是经常性项目: one project, of the field the words name
        values = [value for _, value in self._header_values if self._says_header(text, value)]
        return bool(cue) and all(any(word in value for value in values) for word in cue)

    @staticmethod
    def _says_header(text: str, value: str) -> bool:
        """Tells whether ``text`` says a header value, whole or by its stem (跨年度, 一般)."""
        stems = {value, *(value.removesuffix(suffix) for suffix in HEADER_SUFFIXES)}
        for stem in stems:
            at = text.find(stem) if len(stem) >= MIN_HEADER_STEM else -1
            if at >= 0 and _AFTER_HEADER.match(text, at + len(stem)):
                return True
        return False

    def rows_named_plainly(self, text: str) -> str:
        """Returns ``text`` with a verb of assessing said as a noun for rows read as 指标
        (有几项考核 → 有几项指标, 名字一样的考核是哪几条; 怎么考核的 keeps its verb), lines
        counted as rows (多少行 → 多少条), projects
        not told apart as all (不分项目) and a count asked after a list (…有哪些，数量也说下 →
        共几项)."""
        if _COUNT_BESIDE.search(text) and _ROWS_ASKED_BEFORE.search(text):
            text = _COUNT_BESIDE.sub(ROWS_COUNT_SAID, text)  # …有哪些，数量也说下: how many rows
        if PROJECT_MARK in text:
            for words in self._filter_words.every_project:
                text = text.replace(words, EVERY_PROJECT)
        if ROW_LINE in text:  # 指标一共多少行: rows of the table counted as lines
            text = _LINES_COUNTED.sub(ROWS_COUNTED, text)
        if self._row_noun is None or not any(w in text for w in self._filter_words.row_nouns):
            return text
        return self._row_noun.sub(LEVEL_SUFFIX, text)

    def fields_said_plainly(self, text: str) -> str:
        """Returns ``text`` with conditions on columns written query-style said plainly
        (国交 单位='人' → 国交 单位是人, target>=10 and 单位=次 → 目标值不少于10 且 单位是次)."""
        if ("?" in text or "？" in text) and not _WORKED_OUT.search(text):
            text = _VALUE_ASKED.sub("是多少？", text)  # 总条数=？: the value asked, no operator
        fields = self._filter_words.fields
        if fields is None or not (
            any(sign in text for sign in COMPARISON_SIGNS) or NOT_EQUAL_WORD in text
        ):
            return text
        return fields.said_plainly(text)

    def extreme_of_unit_said_plainly(self, text: str) -> str:
        """Returns ``text`` with the row at one end among those counting in a unit said
        plainly (人数最多的指标 → 以人计的指标里目标最多的指标); a noun ending a row's name
        (活动参与人数最多的) names that row, not a unit."""
        said = self._extreme_of_unit.search(text) if "最" in text else None
        if said is None or _WHICH_PROJECT.search(text):
            return text  # 哪个项目人数最多的: projects compared, not rows
        if said.group("noun") and (
            text[max(0, said.start() - 2) : said.end("noun")] in self._all_row_names
        ):
            return text
        noun = said.group("noun") or said.group("noun2")
        unit = self._filter_words.extreme_nouns[noun]
        plain = f"以{unit}计的指标里目标最{said.group('end') or said.group('end2')}的"
        if said.group("which"):
            plain += f"是{said.group('which')}"  # 哪个指标人数最多 → …目标最多的是哪个
        return f"{text[: said.start()]}{plain}{text[said.end() :]}"

    def grouping_said_plainly(self, text: str) -> str:
        """Returns ``text`` with an ask for rows grouped by a column said as one (按一级指标
        分一下，每类几条 → 按一级指标分组列一下): each group shows its count anyway."""
        if "每" in text:
            text = _EACH_HEADING.sub("各", text)  # 每个一级指标各有几条 → 各一级指标各有几条
        if "各" in text:
            text = _EACH_TIER_SHORT.sub(r"\1指标", text)  # 各二级下面有几条
        if any(verb in text for verb in _TABULATING):
            text = self._tabulated.sub(r"按\g<column>分组", text)  # 企服 一级指标 分组计数
        if GROUP_MARK not in text:
            return text
        by_project = _BY_PROJECT.search(text)
        if by_project is not None and LEVEL_SUFFIX in text:
            # 满意度指标请按项目分别列明: rows of several projects are listed by project anyway
            return f"{text[: by_project.start()]}{ROWS_LISTED}{text[by_project.end() :]}"
        said = self._grouping.search(text)
        if said is None:
            return text
        column = self._column_in_full.get(said.group("column"), said.group("column"))
        rest = _EACH_GROUP_COUNTED.sub("", text[said.end() :])
        return f"{text[: said.start()]}按{column}分组列一下{rest}"

    def placed_heading_joined(self, text: str) -> str:
        """Returns ``text`` with a heading said apart before one under it joined to it (效益指标
        之下，社会效益指标凡几 → 效益指标下面的社会效益指标凡几): it places the rows asked, it
        asks none of its own."""
        placed = _HEADING_PLACED.search(text) if "下" in text else None
        if placed is None:
            return text
        top = find_level(placed.group("top"), self._levels)
        under = find_level(text[placed.end() :], self._levels)
        if top is None or under is None or top not in self._parents.get(under, ()):
            return text
        return f"{text[: placed.start('place')]}下面的{text[placed.end() :]}"

    def pasted_row_apart(self, text: str) -> str:
        """Returns ``text`` with a row of the form pasted before an ask of rows (产出指标 数量指标
        道路养护长度 985米 … 数量指标下面一共有几条) said as its project: the row shows which
        form the asker looks at; its name and target pick no rows."""
        if not _PASTED_CELLS.search(text):
            return text
        squeezed = "".join(text.split())
        for row in self._catalog.indicators:
            name = "".join(row.name.split())
            at = squeezed.find(name)
            if at < 0:
                continue
            after = squeezed[at + len(name) :]
            target = next(
                (t for t in ("".join(row.target.raw.split()), row.target.display()) if t),
                "",
            )
            if not (target and after.startswith(target)):
                continue
            rest = after[len(target) :].lstrip(_PASTE_BREAKS)
            pointed = _SORT_POINTED.match(rest)
            if pointed is not None:  # …985米 这一类一共几条: the pasted row's own heading
                rest = row.level2 + rest[pointed.end() :]
            if not rest or (
                self._stem.search(rest) is None
                and not any(word in rest for word in self._filter_words.which)
            ):
                return text
            project = next(p for p in self._catalog.projects if p.id == row.project_id)
            return f"{project.name}{rest}"
        return text

    def rows_asked_plainly(self, text: str) -> str:
        """Returns ``text`` with an ask of rows said plainly: a row of the form pasted before
        it, a check of a heading's rows (就一个市民满意度吧), a heading glossed in brackets
        (（质量）) and projects said together (两个项目加一块) before rows asked."""
        text = self._unit_row_asked(self._sole_row_plainly(self._units_pointed_back(text)))
        text = self.placed_heading_joined(self.pasted_row_apart(text))
        text = self._projects_together_plainly(
            self.gloss_said_plainly(self.premise_said_plainly(text))
        )
        if "数数" in text:
            text = _COUNTING_VERB.sub("", text)  # 数数量的考核: the heading 数量, counted
        if any(sort in text for sort in SORT_WORDS) or "的" in text:
            text = self._stem_sort_plainly(text)  # 效益那一大类下面有几条, 数量的有哪几条
        text = self._dates_of_rows_apart(text)
        text = self._headings_of_rows_shown(text)
        text = self._kinds_counted_apart(text)
        if not any(noun in text for noun in self._filter_words.bound_nouns):
            return text
        return bounds_said_as_written(text, self._filter_words)

    def _sole_row_plainly(self, text: str) -> str:
        """Returns ``text`` with the one row a condition keeps asked plainly (养护里唯一用“≤”的那条
        → 养护里用“≤”的是哪条): the words saying it is the only one are no condition, and a
        row pointed at with no ask after it is asked for."""
        said = self._sole_row.search(text) if any(w[0] in text for w in SOLE_OPENINGS) else None
        if said is None:
            return text
        rest = _POINTED_LAST.sub(r"\1是哪条", text[said.end() :], count=1)
        return text[: said.start()] + rest

    def totals_asked_apart(self, text: str) -> bool:
        """Tells whether sentences one after another each ask the total of the rows of another
        unit (以“次”计的合计多少次？以“场”计的合计多少场？): each is an ask of its own, where one
        sum would answer only the first."""
        units = []
        for sentence in _SENTENCE_ENDS.split(text):
            said = self._filter_words.unit.search(sentence)
            if said is not None and _SUM_ASKED.search(sentence, said.end()):
                units.append(said.group(0))
            elif units and _OTHER_ONES_ASKED.fullmatch(sentence.strip()):
                units.append(sentence)  # 国交的呢: the same total, of another project
        return len(set(units)) >= MIN_SENTENCES

    def _units_pointed_back(self, text: str) -> str:
        """Returns ``text`` with 前者 and 后者 said as the two units the sentence before named
        (以“家”计和以“名”计的各一条…？后者是前者的几倍 → 以“名”计的是以“家”计的几倍)."""
        if FORMER not in text and LATTER not in text:
            return text
        sentences = _SENTENCE_PIECES.split(text)
        for at in range(1, len(sentences)):
            if FORMER not in sentences[at] and LATTER not in sentences[at]:
                continue
            said = units_said(sentences[at - 1], self._filter_words)
            if len(said) != PAIR or said[0][0] == said[1][0]:
                continue
            named = {FORMER: said[0][1].group(0), LATTER: said[1][1].group(0)}
            sentences[at] = _POINTER_PAIR.sub(
                lambda found, named=named: f"{named[found.group(1)]}的", sentences[at]
            ).replace("的的", "的")
        return "".join(sentences)

    def split_over_group(self, text: str) -> tuple[str, str] | None:
        """Returns the amount split and the rows it is split over, when an amount is asked per
        thing the rows of one unit count (成本控制数按以人计的几条目标人数之和来摊，每人合多少钱 →
        成本控制数, 以人计的几条目标人数之和), else None."""
        said = _SPLIT_OVER.search(text) if "每" in text else None
        if said is None:
            return None
        units = units_said(said.group("group"), self._filter_words)
        if len(units) != 1 or units[0][0] != said.group("per"):
            return None  # 每人 over rows counted in 场, or rows of two units: no one divisor
        # 总场数: the total of the unit's count is what adding the rows up asks
        group = said.group("group").replace(f"{TOTAL_MARK}{said.group('per')}", said.group("per"))
        return said.group("amount"), group

    def event_words_only(self, words: tuple[str, ...]) -> bool:
        """Tells whether words narrowing rows only say they are events (以场计的活动)."""
        return all(word in self._filter_words.event_nouns for word in words)

    def _unit_row_asked(self, text: str) -> str:
        """Returns ``text`` with the target of the row a unit keeps asked as that row (运维里以
        “米”计的那条目标多少 → 运维里以“米”计的是哪条): the row listed shows its target, and a
        unit keeping several rows lists them all, never one guessed."""
        if "那" not in text and "这" not in text:
            return text
        pointed = _POINTED_TARGET.search(text) or _POINTED_LAST.search(text)
        if pointed is None:
            return text  # 运维里以“辆”计的那条: the row pointed at, asked with no ask word
        before = text[: pointed.start() + 1]
        if not any(m.end() >= len(before) - 1 for m in self._filter_words.unit.finditer(before)):
            return text
        return f"{before}是哪条{text[pointed.end() :]}"

    def formal_said_plainly(self, text: str) -> str:
        """Returns a formal ask of rows said plainly (企服项目内，凡以“场”计者，烦请悉数开列 →
        企服项目里，以“场”计的，烦请列出; 满意度指标若干，各作何要求 → 满意度指标有几条，指标值
        各是多少): the words of ``filters.txt`` [formal_ask], and a 者 closing a condition."""
        if self._formal is None or not any(mark in text for mark in FORMAL_MARKS):
            return text
        text = self._formal.sub(lambda found: self._formal_plain[found.group()], text)
        if "者" not in text:
            return text
        text = _ALL_WHICH.sub(r"\g<condition>的", text)
        return _CONDITION_CLOSED.sub(r"\g<kept>的", text)

    def _dates_of_rows_apart(self, text: str) -> str:
        """Returns ``text`` without a clause asking when, after an ask of deadline rows
        (时效指标分别是哪条，截到什么时候): the rows listed show their dates."""
        when = _WHEN_AFTER.search(text) if any(w in text for w in WHEN_WORDS) else None
        if when is None:
            return text
        before = text[: when.start()]
        deadline = self.kind_words(IndicatorKind.DEADLINE)
        asked = any(word in before for word in self._filter_words.which)
        if not (asked or _WHAT_ASKED_LAST.search(before)) or not (
            any(word in before for word in deadline) or "时效" in before
        ):
            return text
        return before

    def _kinds_counted_apart(self, text: str) -> str:
        """Returns ``text`` with two kinds of rows counted each (定量和定性的各有几个) asked
        one after the other (定量指标几个，定性指标几个): each is its own count."""
        if not any(each in text for each in _EACH_SAID):
            return text
        said = self._kinds_each_counted.search(text)
        if said is None:
            return text
        count = said.group("count")
        first, second = said.group("first"), said.group("second")
        asks = f"{first}{LEVEL_SUFFIX}{count}，{second}{LEVEL_SUFFIX}{count}"
        return text[: said.start()] + asks + text[said.end() :]

    def _headings_of_rows_shown(self, text: str) -> str:
        """Returns ``text`` with a clause asking which heading each row asked is under (效益
        指标一共几个，分别挂在哪个二级下面) said as the rows listed: each shows its headings."""
        said = _HEADING_OF_ROWS.search(text) if "哪" in text else None
        if said is None or find_level(text[: said.start()], self._levels) is None:
            return text
        return text[: said.start()] + ROWS_LISTED + text[said.end() :]

    def _stem_sort_plainly(self, text: str) -> str:
        """Returns ``text`` with a heading's stem said as a sort (效益那一大类, 质量这块的)
        written as the heading (效益指标)."""
        if self._stem_sort is None:
            return text
        return self._stem_sort.sub(lambda found: self._sort_heading(text, found), text)

    def _sort_heading(self, text: str, found: re.Match[str]) -> str:
        """Returns the heading a stem pointed at as a sort names (效益那一大类 → 效益指标); a
        column or side of it (数量的那一栏, 成本那方面) only before rows asked (一共几条), and
        a stem alone before 的 only where nothing runs into it (里头质量的有哪些)."""
        said = found.group()
        if said.endswith(COLUMN_SORTS) or said.endswith(
            tuple(sort + LEVEL_SUFFIX for sort in COLUMN_SORTS)
        ):
            rest = text[found.end() :]
            if not any(word in rest for word in self._filter_words.which):
                return said  # 成本那一栏写的上限是多少: a value in the column is asked
        elif not said.endswith((*SORT_WORDS, LEVEL_SUFFIX)) and (
            _STEM_ALONE_AFTER.search(text, 0, found.start()) is None
        ):
            return said
        return self._levels[found.group(1)]

    def _projects_together_plainly(self, text: str) -> str:
        """Returns ``text`` without the words putting projects together before rows asked
        (两个项目加一块，带≤的有哪些): they say both projects, no sum of figures."""
        together = (
            _PROJECTS_TOGETHER.search(text) if any(m in text for m in TOGETHER_MARKS) else None
        )
        if together is None:
            return text
        rest = text[together.end() :]
        if _SUM_ASKED.search(rest) or not any(w in rest for w in self._filter_words.which):
            return text
        return text[: together.start("join")] + text[together.end("join") :]

    def premise_said_plainly(self, text: str) -> str:
        """Returns a yes/no check of how many rows a heading has said as the ask of its rows
        (运维满意度指标就一个市民满意度吧 → 运维满意度指标有哪些，一共几条): the real rows answer
        it, never a yes to a wrong premise."""
        if not any(word in text for word in ONLY_WORDS):
            return text
        clause = _PREMISE_CLAUSE.search(text)
        if clause is not None and LEVEL_SUFFIX in text[: clause.start()]:
            # 成本指标，每个项目应该就一条吧，分别写的多少: the rows listed answer the guess.
            return text[: clause.start()] + text[clause.end() :]
        said = _PREMISE.match(text)
        if said is None or not (said.group("count") or said.group("count2")):
            return text
        head = said.group("head")
        if find_level(head, self._levels) is None:
            return text
        tail = said.group("tail") or ""
        if tail and _VALUES_ASKED.search(tail) is None:
            return text  # …就两条吧，另外预算多少: another ask follows
        return f"{head}有哪些，一共几条{tail}"

    def gloss_said_plainly(self, text: str) -> str:
        """Returns ``text`` with a heading glossed in brackets after everyday words said as the
        heading (管东西做得好不好（质量）那几条 → 管东西做得好不好的质量指标那几条): the words in
        brackets are the form's, the words before only describe them."""
        if "（" not in text and "(" not in text:
            return text

        def said(found: re.Match[str]) -> str:
            heading = self._levels.get(found.group(1).strip())
            return f"的{heading}" if heading else found.group(0)

        return _GLOSSED.sub(said, text)

    def command_apart(self, text: str) -> str:
        """Returns ``text`` with a terse command opening it set apart from a project's short
        name right after it (列国交质量指标: the tokenizer reads 列国, hiding 国交)."""
        commands = self._filter_words.commands
        if not text.startswith(commands):
            return text
        for word in longest_first(w for w in commands if text.startswith(w)):
            rest = text[len(word) :]
            named_after = any(m.start == 0 for m in self._lexicon.find_projects(rest))
            if named_after and not any(
                m.start == len(word) for m in self._lexicon.find_projects(text)
            ):
                return f"{word} {rest}"
        return text

    def restatement_apart(self, text: str) -> str:
        """Returns ``text`` without a clause restating the sort of rows just named by examples
        (定性的指标，就是说写的是提升啊、健全啊那种文字的，有哪些): the examples are no condition;
        a vague "that business" after a topic is read as 相关 (实习那摊子事，挂了几条指标)."""
        words = self._filter_words
        for vague in words.vague_nouns:
            at = text.find(vague)
            if at > 0 and LEVEL_SUFFIX in text[at:]:
                text = f"{text[:at]}{TOPIC_SAID}{text[at + len(vague) :]}"
        text = self._heading_described_apart(text)
        text = self._sort_described_as_heading(text)
        text = self._heading_restated_in_brackets(text)
        text = self._bracketed_examples_apart(text)
        text = self._examples_before_sort_apart(text)
        text = self._included_too_apart(text)
        text = self._subheadings_included_apart(text)
        if not any(word in text for word in words.restate_open):
            return text
        for match in _CLAUSE.finditer(text):
            clause = match.group(2)
            if not clause.startswith(words.restate_open) or not any(
                word in clause for word in words.restate_sort
            ):
                continue
            before = _CLAUSE_BREAK.split(text[: match.start()])[-1]
            kinds = (word for word, _ in words.kinds)
            if LEVEL_SUFFIX in before or any(word in before for word in kinds):
                return text[: match.start()] + text[match.end() :]
        return self._spaced_restatement_apart(self._described_before_restatement(text))

    def _described_before_restatement(self, text: str) -> str:
        """Returns ``text`` without the words describing rows that a clause opened by 就是
        restates as a condition (数单位、数机构的，就是按“家”来算的指标: 家); the projects said
        before the description stay."""
        for match in _CLAUSE.finditer(text):
            clause = match.group(2)
            if not clause.startswith(self._filter_words.restate_open):
                continue
            own = read_filter(clause, words=self._filter_words, level=None)
            if not replace(own.row_filter, words=()).narrows:
                continue
            head = text[: match.start()]
            before = _CLAUSE_BREAK.split(head)[-1]
            said = read_filter(before, words=self._filter_words, level=None)
            if said.row_filter.narrows or find_level(before, self._levels) is not None:
                continue
            mentions = self._lexicon.find_projects(before)
            kept = max((m.end for m in mentions), default=0)
            kept += len(before[kept:]) - len(before[kept:].lstrip(_PLACE_AFTER_PROJECT))
            start = len(head) - len(before)
            return f"{head[:start]}{before[:kept]}{clause}{text[match.end() :]}"
        return text

    def _spaced_restatement_apart(self, text: str) -> str:
        """Returns unpunctuated ``text`` without a restating run of pieces set apart by spaces
        (定性的指标 就是不写数字 写提升啊促进啊搿种 有几条): from the piece opening it to the
        one giving examples."""
        if " " not in text:
            return text
        words = self._filter_words
        run = self._spaced_restatement.search(text)
        if run is None:
            return text
        before = text[: run.start()]
        if LEVEL_SUFFIX in before or any(word in before for word, _ in words.kinds):
            return text[: run.start()] + text[run.end() :]
        return text

    def _included_too_apart(self, text: str) -> str:
        """Returns ``text`` without a clause saying a heading's rows must not be missed
        (带海峡两岸的有几个，别漏了效益那块的): beside rows asked under no heading, it narrows
        nothing; the rows asked are looked for under every heading anyway."""
        said = self._filter_words.include_too
        if not any(word in text for word in said):
            return text
        text = self._capped_included_apart(text)
        pieces = _CLAUSE_PIECES.split(text)
        kept = []
        for piece in pieces:
            rest = piece
            for word in said:
                rest = rest.replace(word, "")
            if rest == piece or not piece.strip():
                kept.append(piece)
                continue
            rest = _INCLUDED_FILLERS.sub("", rest)
            if rest not in self._levels and rest.removesuffix(LEVEL_SUFFIX) not in self._levels:
                kept.append(piece)
                continue
            kept.append("")  # 别漏了效益那块的: a heading, said to be looked under too
        others = "".join(kept)
        if others == text or LEVEL_SUFFIX not in others or find_level(others, self._levels):
            return text  # 数量指标几个，质量的也算上: the heading adds rows to those asked
        return others.rstrip("，,、 嗯啊")

    def _capped_included_apart(self, text: str) -> str:
        """Returns ``text`` without a clause saying capped rows count too (越低越好的指标有哪些，
        设了上限的也算) beside rows asked as better smaller: those are the capped rows (≤, <,
        =0), so the clause adds none and must not narrow the rows to the capped ones."""
        words = self._filter_words
        smaller = tuple(word for word, way in words.directions if way == SMALLER)
        capped = tuple(word for word, sign in words.operators if sign in _CAPPING_SIGNS)
        pieces = _CLAUSE_PIECES.split(text)
        for at, piece in enumerate(pieces):
            if not any(word in piece for word in words.include_too) or not any(
                word in piece for word in capped
            ):
                continue
            others = "".join(pieces[:at] + pieces[at + 1 :])
            if any(word in others for word in smaller) and not any(
                word in piece for word in smaller
            ):
                return others.rstrip("，,、 嗯啊")
        return text

    def _subheadings_included_apart(self, text: str) -> str:
        """Returns ``text`` without brackets or clauses saying the headings under the one
        asked are included (产出指标有哪些（含质量、时效）): they hold its rows anyway."""
        said = _SUBHEADINGS_INCLUDED.search(text)
        if said is None:
            return text
        rest = text[: said.start()] + text[said.end() :]
        top = find_level(rest, self._levels)
        if top is None:
            return text
        names = said.group("names") or said.group("names2")
        names = _INCLUDED_FILLERS.sub("", names.replace(LEVEL_SUFFIX, ""))
        names = _HEADINGS_JOINED.sub("", names)
        under = {child for child, tops in self._parents.items() if top in tops}
        under.update(LEVEL2_UNDER.get(top, ()))
        for child in longest_first([name.removesuffix(LEVEL_SUFFIX) for name in under]):
            names = names.replace(child, "")
        return rest if not names else text

    def _heading_described_apart(self, text: str) -> str:
        """Returns ``text`` without a clause saying what the heading after it is about
        (管时间进度的时效指标 → 时效指标): 时间 there names no row."""
        words = self._filter_words
        if not any(verb in text for verb in words.describe_verbs):
            return text
        for match in _DESCRIBED.finditer(text):
            if match.group(1) not in words.describe_verbs:
                continue
            after = text[match.end() :]
            for stem in {stem for stem, _ in words.heading_about}:
                if not after.startswith(stem + LEVEL_SUFFIX):
                    continue
                said = match.group(2).replace(stem, "")
                for heading, word in words.heading_about:
                    if heading == stem:
                        said = said.replace(word, "")
                if not said.strip():
                    return text[: match.start()] + text[match.end() :]
        return text

    def _bracketed_examples_apart(self, text: str) -> str:
        """Returns ``text`` without brackets giving examples of the sort of rows just named
        (定性指标（写提升、健全的）, 定量的（比如人数啊场次啊）): they are no condition."""
        if "（" not in text and "(" not in text:
            return text
        kinds = tuple(word for word, _ in self._filter_words.kinds)
        for match in _BRACKETED.finditer(text):
            # 哪些指标是定性的（…）: the sort may be said as what the rows are, with 的.
            before = text[: match.start()].rstrip().removesuffix(_SORT_SAID_AS_WHAT)
            said = match.group(1)
            if not (before.endswith(LEVEL_SUFFIX) or before.endswith(kinds)):
                continue
            if said.startswith(_EXAMPLE_OPENS) or any(mark in said for mark in _EXAMPLE_MARKS):
                return text[: match.start()] + text[match.end() :]
        return text

    def _heading_restated_in_brackets(self, text: str) -> str:
        """Returns ``text`` with rows described in words, then restated in brackets as a
        heading, asked as that heading (讲效果、讲长远影响的指标（就是效益那一大类） → 效益指标):
        the heading says the sort, the words before only what it is about."""
        if "（" not in text and "(" not in text:
            return text
        for match in _BRACKETED.finditer(text):
            said = match.group(1)
            level = find_level(said, self._levels)
            if level is None or not said.startswith(self._filter_words.restate_open):
                continue
            start = max(
                (m.end() for m in _CLAUSE_BREAK.finditer(text, 0, match.start())), default=0
            )
            described = text[start : match.start()]
            verbs = [
                at
                for verb in self._filter_words.describe_verbs
                if (at := described.find(verb)) >= 0
            ]
            if not verbs or not described.rstrip("的").endswith(LEVEL_SUFFIX):
                continue  # 国交有几条（就是效益那块）: no rows described before
            return text[: start + min(verbs)] + level + text[match.end() :]
        return text

    def _examples_before_sort_apart(self, text: str) -> str:
        """Returns ``text`` without examples listed before the sort of rows they illustrate
        (论文、报送这种按“篇”算的有哪些): the sort after 这种 asks, the examples are none."""
        for match in _EXAMPLES_BEFORE_SORT.finditer(text):
            sort = text[match.end() :]
            kinds = (word for word, _ in self._filter_words.kinds)
            if self._filter_words.unit.match(sort) or sort.startswith(tuple(kinds)):
                return text[: match.start()] + text[match.end() :]
        return text

    def _sort_described_as_heading(self, text: str) -> str:
        """Returns ``text`` with a sort of rows described in everyday words, with no heading
        said, written as the one heading the words are about (讲效果、讲好处的那一大类 →
        效益指标, 管钱花多少的那块 → 成本指标)."""
        words = self._filter_words
        # 跟老百姓、观众满意不满意有关的: about each of them
        told = _RELATED_TO.sub(
            lambda m: "、".join(f"关于{p}" for p in m[1].split("、")) + "的", text
        )
        if told != text and (heading := self._sort_described_as_heading(told)) != told:
            return heading
        if not any(verb in text for verb in words.describe_verbs):
            return text
        for match in self._sort_described.finditer(text):
            if match.group("last") and not text[: match.start()].endswith(ROWS_THEN_SORT):
                continue  # 看满不满意的: said last, only after rows asked (哪些指标是…)
            said = A_NOT_A.sub("", self._describing_verb.sub("", match.group("said")))
            stems = {stem for stem, word in words.heading_about if word in said or stem in said}
            if len(stems) > 1:  # 讲钱花多少的: 多少 only asks, it names no heading of its own
                stems = {
                    stem
                    for stem in stems
                    if stem in said
                    or any(
                        h == stem and w in said and w not in PLACEHOLDERS
                        for h, w in words.heading_about
                    )
                } or stems
            stem = self._one_heading_of(stems)
            if stem is None:
                continue
            for heading, word in words.heading_about:
                if heading in stems:
                    said = said.replace(word, "")
            for other in (*stems, *PLACEHOLDERS):
                said = said.replace(other, "")
            left = said.strip("、和跟及与 ")
            if len(left) <= MAX_DESCRIBED_LEFT:
                heading = stem + LEVEL_SUFFIX
                return f"{text[: match.start()]}{heading}{text[match.end() :]}"
        return text

    def _one_heading_of(self, stems: set[str]) -> str | None:
        """Returns the one heading's stem that the stems of a description say (社会、长远 →
        社会效益 and 可持续影响, both under 效益: 效益), the narrower when one is under the other
        (社会 and 影响 → 社会效益, not 效益); of the headings the forms write, when any."""
        held = {stem for stem in stems if stem in self._levels}
        stems = held or stems
        if len(stems) <= 1:
            return next(iter(stems), None)
        names = {stem: self._levels.get(stem, stem + LEVEL_SUFFIX) for stem in stems}
        parents = {name: self._parents.get(name, frozenset()) for name in names.values()}
        below = {s for s, name in names.items() if not any(name in p for p in parents.values())}
        if len(below) == 1:
            return below.pop()
        tops = {top for stem in below for top in parents[names[stem]]}
        if len(tops) != 1:
            return None
        top = tops.pop()
        return next((s for s, name in names.items() if name == top), None) or (
            top.removesuffix(LEVEL_SUFFIX) if all(parents[names[s]] for s in below) else None
        )

    def _words_written(self, text: str, found: ReadFilter) -> ReadFilter:
        """Adds the words rows' targets are said to be written in, as examples of a sort
        (光写“提升”“健全”这种字眼的): a row whose target holds any of them; not a kind, an
        operator or a question (写文字的那种, 写大于等于那种)."""
        said = _WORDS_OF_A_SORT.search(text)
        if said is None:
            return found
        words = [w for w in re.split(r"[^\u4e00-\u9fff]+|和|或", said.group("words")) if w]
        other = (
            *self._filter_words.all_words(),
            *(w for w, _ in self._filter_words.operators),
            *PLACEHOLDERS,
        )
        if (
            not words
            or found.row_filter.target_text not in (None, *words)
            or any(o in w or w in o for w in words for o in other)
        ):
            return found
        row_filter = replace(
            found.row_filter, target_text=words[0], other_targets=tuple(words[1:])
        )
        if found.row_filter.kind is IndicatorKind.QUALITATIVE:
            # 没写具体数字，只写了“提升”“促进”这种说法的: examples of the kind said, every
            # qualitative row (建立健全 too), not only those holding the examples.
            row_filter = replace(found.row_filter, target_text=None, other_targets=())
        # 这种字眼的: the words of the targets, not of the names (字眼 of [by_name]).
        return replace(
            found,
            row_filter=row_filter,
            words=(*found.words, *words, said.group(0)),
            asks_rows=True,
            by_name=False,
        )


# A clause of a message with the mark ending it (别漏了效益那块的，).
_CAPPING_SIGNS = ("≤", "<")  # signs of the rows better smaller (逆向) beside =0
_CLAUSE_PIECES = re.compile(r"(?<=[，,。；;！!？?])")
# 嗯，效益那块的, 效益里的: the words around a heading said to be included, naming nothing.
_INCLUDED_FILLERS = re.compile(
    r"[嗯啊呀哦哈呢吧，,。；;！!？?\s]|那块|这块|那部分|这部分|那一块|那些|这些|方面|里面|里边|里头|里|的|也|都"
)
# ，分别挂在哪个二级下面, ，各属于哪一类: the heading each row asked is under.
_HEADING_OF_ROWS = re.compile(
    r"[，,]\s*(?:分别|各自|各|都|又)?(?:是)?(?:挂|属于|归属|归|隶属|放|列|排|落|分|在)?(?:在|于|到)?"
    r"(?:哪个|哪一个|哪些|哪几个|哪类|哪一类|哪种)(?:二级|一级|上级|类别|分类|大类|小类|类|栏目)?"
    r"(?:指标)?(?:下面|下边|底下|之下|下|里面|里|中)?(?:的)?[吗呢啊呀吧]?(?=[。？?！!]?$)"
)
ROWS_LISTED = "，列出来"  # the rows listed, each with its headings
# （含质量、时效）, ，包括质量和时效的: headings said to be included in the one asked.
_SUBHEADINGS_INCLUDED = re.compile(
    r"[（(](?:也|都)?(?:含|包含|包括|连同|算上|带上)(?P<names>[^（()）]{2,30})[）)]"
    r"|[，,]\s*(?:也|都)?(?:含|包含|包括|连同|算上|带上)(?P<names2>[^，,。？?！!；;]{2,30})$"
)
_HEADINGS_JOINED = re.compile(r"[、/和跟及与以]|在内|算上|也算|这些|那些|这几类|几类|等")
COUNT_SAID = "数"  # 设施数量 of the asker, 车辆数 of a row name: a count of things
_COUNT_AFTER = re.compile(r"(?:数量|个数|数目)的")
TOPIC_SAID = "相关"  # what a vague "that business" after a topic is read as
# 管时间进度的: a verb, what it is about, then 的 (the verbs are checked against the data).
_DESCRIBED = re.compile(r"(管着|管|讲|负责|关于|考核|考)([^，,。？?！!；;的]{1,8})的")
_CLAUSE_BREAK = re.compile(r"[，,。？?！!；;]")
# 论文、报送这种按“篇”算的, 像人数、场次这类定量的: two examples or more, then a word of
# their sort, right before the sort itself.
_EXAMPLES_BEFORE_SORT = re.compile(
    r"(?:(?<=[里中的，,：:\s])|^)(?:像|比如|例如)?"
    r"(?:(?![里的])[\u4e00-\u9fff]){1,6}(?:[、,，和](?:(?![里的])[\u4e00-\u9fff]){1,6})+"
    r"(?:啊|呀)?(?:这种|这类|那种|那类|这样|之类的?|等)"
)
_BRACKETED = re.compile(r"[（(]([^（()）]{1,24})[)）]")
# 定性指标（写提升、健全的）: brackets opening or listing examples of the sort before them.
_EXAMPLE_OPENS = ("写", "就是", "也就是", "比如", "例如", "像", "如", "即", "类似", "譬如")
_SORT_SAID_AS_WHAT = "的"  # 是定性的（写提升、健全的）: the sort said of the rows
_EXAMPLE_MARKS = ("、", "啊", "呀", "之类", "那种", "这种", "什么的", "等等")
# 讲效果、讲好处的那一大类, 管钱的那块: a sort of rows described by verbs of [describe_verb],
# then pointed at as a group.
SORT_DESCRIBED = (
    r"(?P<said>(?:(?:{verbs})[^，,。？?！!；;的]{{1,12}}?[、和跟及与]?){{1,4}})"
    r"(?:的?(?:那|这)一?大?(?:类|块|部分|些|几条|几项|几个|方面|栏)"
    # 讲长久可持续的是哪几条, 讲节能环保方面的有哪些: no pointing word, rows asked right after
    r"|的?方面|的(?=(?:是|有|都有|都是|一共|共)?(?:哪|几|多少|啥|什么))"
    # 管大家满意不满意的指标有哪几条: the rows said as 指标, then asked
    r"|的指标(?=(?:是|有|都有|都是|一共|共|都)?(?:哪|几|多少|啥|什么|列))"
    # 哪些指标是看老百姓满不满意的？: the rows asked first, what they are about said last
    r"|(?P<last>的)(?=\s*(?:[？?。！!]|$)))"
)
# 跟老百姓满不满意有关的: what the rows are about, said as a relation
_RELATED_TO = re.compile(
    r"(?:跟|和|与|同)([^，,。？?！!；;的跟和与同]{1,12}?)(?:有关系|有关|相关)的"
)
ROWS_THEN_SORT = ("指标是", "哪些是", "哪几条是", "哪几个是", "哪几项是")
MAX_DESCRIBED_LEFT = 1  # 讲好的效果: a character left over may be a particle, more names rows
# A clause with the break before it: (，)(就是说…那种文字的) up to the next break.
_CLAUSE = re.compile(r"([，,]\s*(?:嗯[，,]?\s*)?)([^，,。？?！!；;]+)(?=[，,。？?！!；;])")


def _clauses_apart(text: str, clauses: tuple[str, ...]) -> list[str]:
    """Returns the clauses of ``text`` other than ``clauses``, each with its punctuation."""
    return [clause for clause in _CLAUSE_PIECES.split(text) if clause not in clauses]


def _describes_project(text: str, word: str) -> bool:
    """Tells whether every place ``word`` is said is in a clause describing the project asked
    about (港澳台学生来实习的那个交流项目: 学生), which says which project, not which rows."""
    if word not in text or (PROJECT_MARK not in text and POINTED_MARK not in text):
        return False
    spans = [(m.start(), m.end()) for m in _PROJECT_DESCRIBED.finditer(text)]
    if not spans:
        return False
    start = text.find(word)
    while start >= 0:
        if not any(s <= start and start + len(word) <= e for s, e in spans):
            return False
        start = text.find(word, start + 1)
    return True


def _heading_of(row: IndicatorInfo, tier: int) -> str:
    """Returns the heading of a tier a row is under (产出指标), or its 绩效标准 (tier 3)."""
    if tier == STANDARD_TIER:
        return row.standard or ""
    return row.level1 if tier == 1 else row.level2


def _counted_things(text: str, named: tuple[str, ...], *, level: str | None) -> tuple[str, ...]:
    """Returns the name words with a count of them asked as one word (设施数量的指标 → 设施数):
    the row asked counts those things, a row merely about them is not it."""
    if level:
        return named
    return tuple(
        f"{word}{COUNT_SAID}" if _COUNT_AFTER.match(text, text.find(word) + len(word)) else word
        for word in named
    )


def _places(text: str, *, start: int, end: int, named: bool = False) -> bool:
    """Tells whether the words after ``text[start:end]`` say it names a project's form;
    ``named`` when the question names a project otherwise."""
    after = PROJECT_PLACES.match(text, end) or (not named and _OWNED_ROWS.match(text, end))
    if after is None and start == 0:
        after = _HAS_ROWS_ASKED.match(text, end)
    return after is not None and not _TOPIC_BEFORE.search(text, 0, start)


def _ordering_said(text: str) -> tuple[str, ...]:
    """Returns the words asking the rows in the order of their targets (按目标值排序, 降序)
    and how many of its first ones (前三, 最大的两个): a count alone orders nothing."""
    order = order_asked().search(text)
    extreme = _EXTREME_TARGET.search(text)
    ranked = _VALUE_RANKED.search(text) if order is None and extreme is None else None
    counted = _ENDS_COUNTED.search(text) if order or extreme or ranked else None
    return tuple(found.group(0) for found in (order, counted) if found is not None)


def rows_in_order(groups: list[IndicatorGroup], text: str) -> list[IndicatorGroup]:
    """Returns the rows of each group by their target values, highest first unless asked
    lowest first (升序, 最小的); with a count asked (前三) only the rows up to that many of
    all groups, rows tied with the last kept too; rows without a figure go last."""
    order = order_asked().search(text)
    extreme = _EXTREME_TARGET.search(text)
    counted = _ENDS_COUNTED.search(text)
    low = bool(order and order.group("up")) or bool(
        (extreme and extreme.group(1) not in HIGH_ENDS)
        or (counted and counted.group("end") and counted.group("end") in LOW_ENDS)
    )
    key = partial(target_order, lowest_first=low)
    ordered = [
        IndicatorGroup(group.project, tuple(sorted(group.indicators, key=key))) for group in groups
    ]
    size = _count_of(counted.group("count")) if counted is not None else None
    if size is None or _OTHER_END.search(text, counted.end() if counted else 0):
        return ordered  # 前三是哪些？最小的是哪条: both ends, shown by the whole order
    every = sorted(key(row) for group in ordered for row in group.indicators)
    if len(every) <= size:
        return ordered
    last = every[size - 1]
    kept = [
        IndicatorGroup(g.project, tuple(r for r in g.indicators if key(r) <= last))
        for g in ordered
    ]
    return [group for group in kept if group.indicators]


def _rows_count_apart(text: str, rows: int) -> str | None:
    """Returns ``text`` without the count of the rows it says (企服三条百分比指标的平均: 三条),
    None when that count is not the number of rows kept: a sum or mean of other rows than the
    asker means is no answer to the ask."""
    for said in _ROWS_COUNT_SAID.finditer(text):
        figure = said.group(0).split("个")[0].split("条")[0].split("项")[0]
        if _PAIRS_SAID.get(figure[0], _count_of(figure)) != rows:
            return None
        text = text.replace(said.group(0), " ", 1)
    return text


def _count_of(said: str) -> int | None:
    """Returns a small count said in digits or one Chinese character (三, 两, 5)."""
    return int(said) if said.isdigit() else _SMALL_COUNTS.get(said)


def _two_units_of_last_ask(
    text: str, words: FilterWords
) -> tuple[tuple[str, re.Match[str]], ...] | None:
    """Returns the two units the last sentence saying any names, in the order said, when they
    are two and differ (以“名”计的是以“家”计的几倍), else None."""
    for sentence in reversed(_SENTENCE_ENDS.split(text)):
        said = units_said(sentence, words)
        if said:
            return said if len(said) == PAIR and said[0][0] != said[1][0] else None
    return None


def ends_said(text: str) -> tuple[str, ...]:
    """Returns the ends of the targets' order asked, in the order said: 目标最大的是哪条 asks
    one (最大); …，最小的又是哪条 and 最大的是最小的几倍 ask the other end too (最大, 最小)."""
    extreme = _EXTREME_TARGET.search(text)
    if extreme is None:
        return ()
    first = extreme.group(1)
    other = END_OPPOSITES[first]
    later = re.search(rf"最[{other[-1]}{_SAME_ENDS[other[-1]]}]", text[extreme.end() :])
    return (first, other) if later is not None else (first,)


def _at_the_ends(groups: list[IndicatorGroup], ends: tuple[str, ...]) -> list[IndicatorGroup]:
    """Keeps the rows at each end asked (the highest, then the lowest when both are)."""
    at_ends = [_at_the_end(groups, highest=end in HIGH_ENDS) for end in ends]
    if len(at_ends) == 1:
        return at_ends[0]
    kept = []
    for group in groups:
        rows = [
            row
            for end in at_ends
            for kept_group in end
            if kept_group.project == group.project
            for row in kept_group.indicators
        ]
        kept.append(IndicatorGroup(group.project, tuple(dict.fromkeys(rows))))
    return [group for group in kept if group.indicators]


def _at_the_end(groups: list[IndicatorGroup], *, highest: bool) -> list[IndicatorGroup]:
    """Keeps the rows whose target value is the highest (or lowest) of all groups."""
    values = [
        row.target.value for g in groups for row in g.indicators if row.target.value is not None
    ]
    if not values:
        return groups
    end = max(values) if highest else min(values)
    kept = [
        IndicatorGroup(g.project, tuple(r for r in g.indicators if r.target.value == end))
        for g in groups
    ]
    return [group for group in kept if group.indicators]


def listing_texts(answer: IndicatorList) -> list[str]:
    """Returns the texts a listing rests on: its levels, projects, level and filter words."""
    levels = list(  # once each: a listing of every project repeats them
        dict.fromkeys(
            text
            for group in answer.groups
            for ind in group.indicators
            for text in (ind.level1, ind.level2)
        )
    )
    names = [group.project.name for group in answer.groups]
    filters = [*answer.filter_words, *answer.row_filter.words]
    return [*levels, *names, answer.level or "", *filters]


def _name_key(name: str) -> str:
    """Returns a row name as compared across projects: without spaces."""
    return "".join(name.split())


def _targets_left_out(text: str, found: ReadFilter, targets: frozenset[str]) -> ReadFilter:
    """Turns the target texts asked into texts left out when a word setting rows aside comes
    right before them (除了写“降低”“减少”的, 除了目标是降低的): the other rows are asked."""
    row_filter = found.row_filter
    if row_filter.target_text is None:
        return found
    at = text.find(row_filter.target_text)
    if at < 0 or _TARGETS_EXCEPTED.search(text, 0, at) is None:
        return found
    said = (row_filter.target_text, *row_filter.other_targets)
    more = _more_targets(text, at + len(row_filter.target_text), targets)
    quoted = tuple(word for word in more if word not in said)
    return replace(
        found,
        row_filter=replace(
            row_filter, target_text=None, other_targets=(), excluded_targets=(*said, *quoted)
        ),
    )


def _more_targets(text: str, at: int, targets: frozenset[str]) -> list[str]:
    """Returns the target texts the forms write said one after another from ``at`` (降低减少,
    降低、减少): each a text the rows left out may be written in."""
    found: list[str] = []
    while True:
        at += len(text) - at - len(text[at:].lstrip(_TARGETS_JOINED))
        word = next(
            (
                text[at : at + size]
                for size in range(MAX_TARGET_CHARS, 0, -1)
                if text[at : at + size] in targets
            ),
            None,
        )
        if word is None:
            return found
        found.append(word)
        at += len(word)


def _before_pointing(text: str, words: tuple[str, ...]) -> tuple[str, ...]:
    """Returns the name words said before a word pointing at several rows (海峡两岸那几个…),
    or all of them when none is said before one."""
    pointing = _POINTING_SEVERAL.search(text)
    if pointing is None:
        return words
    before = tuple(word for word in words if 0 <= text.find(word) < pointing.start())
    return before or words


def _shared_names(projects: tuple[ProjectInfo, ...], *, least: int) -> frozenset[str]:
    """Returns the row names that ``least`` of ``projects`` or more have (活动完成及时性).

    三个项目都有的 asks for rows of all three; 两个项目都有的 of any two.
    """
    owners: dict[str, set[int]] = {}
    for project in projects:
        for row in project.indicators:
            owners.setdefault(_name_key(row.name), set()).add(project.id)
    least = max(least, MIN_SHARING_PROJECTS)
    return frozenset(name for name, ids in owners.items() if len(ids) >= least)


def _projects_counted(text: str) -> int | None:
    """Returns how many projects a question counts (三个项目 → 3), None when it counts none."""
    counted = _COUNTED_PROJECTS.search(text)
    if counted is None:
        return None
    numbers = find_numbers(counted.group(0))
    return int(numbers[0].value) if numbers else None


def _asks_count(query: Query, level: str | None) -> bool:
    """Tells whether a listing asks only how many rows there are.

    数量 of the level 数量指标 names the level, not a count (数量指标有哪些).
    """
    if not intents.asks_count(query.rules) or intents.asks_listing(query.rules):
        return False
    cues = query.cues.get("count", frozenset()) - {LEVEL_SUFFIX}
    if not level:
        return True
    text = query.remainder
    return not all(cue in level and text.count(cue) == text.count(level) for cue in cues)


def _heading_parents(catalog: Catalog) -> dict[str, frozenset[str]]:
    """Maps each 二级 heading to the 一级 headings it is written under (质量指标 → 产出指标)."""
    parents: dict[str, set[str]] = {}
    for indicator in catalog.indicators:
        parents.setdefault(indicator.level2, set()).add(indicator.level1)
    return {level: frozenset(tops) for level, tops in parents.items()}


def _level_names(catalog: Catalog, normalizer: Normalizer) -> dict[str, str]:
    """Maps the normalised level names and their stems (质量指标 → 质量) to the names."""
    names: dict[str, str] = {}
    for indicator in catalog.indicators:
        for level in (indicator.level1, indicator.level2):
            normalized = normalizer.normalize(level)
            names[normalized] = level
            stem = normalized.removesuffix(LEVEL_SUFFIX)
            if len(stem) >= 2:
                names.setdefault(stem, level)
        # 生态方面效益 of 生态效益指标: a 二级 heading said with a word of kind inside it.
        top = normalizer.normalize(indicator.level1).removesuffix(LEVEL_SUFFIX)
        stem = normalizer.normalize(indicator.level2).removesuffix(LEVEL_SUFFIX)
        if len(top) >= 2 and len(stem) > len(top) and stem.endswith(top):
            for kind in STEM_INSERTS:
                names.setdefault(stem.removesuffix(top) + kind + top, indicator.level2)
    return names


def _stem_openings(levels: dict[str, str]) -> dict[str, str]:
    """Maps the opening words of a heading's stem that open no other heading (可持续 of
    可持续影响, 社会 of 社会效益) to the heading; 经济 opens two (经济效益, 经济成本): none."""
    stems = [name for name in levels if not name.endswith(LEVEL_SUFFIX)]
    openings: dict[str, list[str]] = {}
    for stem in stems:
        for end in range(MIN_STEM_OPENING, len(stem)):
            openings.setdefault(stem[:end], []).append(stem)
    return {
        opening: levels[held[0]]
        for opening, held in openings.items()
        if len({levels[stem] for stem in held}) == 1 and opening not in levels
    }


@dataclass(frozen=True)
class StemSpoken:
    """The ways a question says a heading by its stem (社会效益 of 社会效益指标)."""

    rows: re.Pattern[str]  # 社会效益的指标
    counted: re.Pattern[str]  # 社会效益两项目标
    clause: re.Pattern[str]  # 社会效益这块有哪几条: the clause the stem opens
    alone: re.Pattern[str]  # 企服时效类: the heading alone
    last: re.Pattern[str]  # 数改的时效: the stem said last
    asked: re.Pattern[str]  # 时效怎么要求, 效益这块都考核啥
    kind: re.Pattern[str]  # 社会效益方面的
    tier: re.Pattern[str]  # 二级属于社会效益


@lru_cache(maxsize=STEMS_KEPT)
def _stem_spoken(stem: str) -> StemSpoken:
    """Returns the patterns of a heading's stem, compiled once per stem."""
    said = re.escape(stem)
    return StemSpoken(
        rows=re.compile(rf"{said}{LEVEL_KINDS}?的?指标"),
        counted=re.compile(rf"{said}{LEVEL_KINDS}?的?{LEVEL_ROWS}"),
        clause=re.compile(rf"{said}{LEVEL_KINDS}?[^，,。；;？?]*"),
        alone=re.compile(rf"{said}{LEVEL_KINDS}的?$"),
        last=re.compile(rf"(?:^|的){said}的?$"),
        asked=re.compile(rf"{said}(?:{LEVEL_SUFFIX})?{LEVEL_KINDS}?{LEVEL_ASKS}"),
        kind=re.compile(rf"{said}{LEVEL_KINDS}"),
        tier=re.compile(rf"{_TIER_SAID}(?={said})"),
    )


def find_level(text: str, levels: dict[str, str]) -> str | None:
    """Returns the level a text names; of two, the longer, then the later (产出指标里数量指标)."""
    found = [name for name in levels if name in text]
    return levels[max(found, key=lambda name: (len(name), text.rfind(name)))] if found else None
