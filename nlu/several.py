"""Answering a question with several asks (论文和辩论队人数), each part on its own."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum

from knowledge.arithmetic import Operand, Operation, calculate
from knowledge.catalog import IndicatorInfo, ProjectInfo
from nlu import intents
from nlu.answers import (
    SPENT_ITEM,
    Answer,
    Clarification,
    FactAnswer,
    FigureCalculation,
    HeadingList,
    IndicatorAnswer,
    IndicatorList,
    MoneyAnswer,
    NotInForm,
    PassageAnswer,
    SeveralIndicators,
)
from nlu.cues import cue_words
from nlu.evidence import Evidence
from nlu.figures import Figure, money_figure, target_figure
from nlu.filters import leaves_out_only
from nlu.intents import Aggregate, MoneyField, ProjectField
from nlu.lexicon import Lexicon, ProjectMention
from nlu.matcher import MIN_INDICATOR_SCORE, IndicatorMatch, IndicatorMatcher
from nlu.normalize import strip_punctuation
from nlu.ordering import longest_first
from nlu.prepared import Memo, built_once
from nlu.query import ASKING, Query
from nlu.resolution import MAX_SUGGESTIONS, names_indicator, resolve_indicator
from nlu.scoping import ProjectScoper
from nlu.single_ask import MIN_SUGGESTION_SCORE
from nlu.weights import TermWeights

COUNT_WORD_CHARS = 2  # 人数, 篇数: a measure word and 数
COUNT_ENDINGS = "数"
BARE_COUNT_ENDINGS = ("数", "量", "度")  # 数量, 个数, 长度: a count asked with no noun
PERCENT = "%"
MIN_SUMMED = 2  # figures a part asking their sum adds up
MIN_TERM_CHARS = 3  # 及时性: a term of the rows long enough to say something alone
MAX_ASKS = 8  # parts of one question answered each
COMPARED_FIGURES = 2  # 哪个多: two figures found, one asked to be the more
PROJECT_WORD_CHARS = 2  # 养护 of 道路桥梁养护: the shortest word of a name that names it
MAX_SAID_WORDS_UNNAMED = 1  # 暑假 for 暑期: a word of a part saying which row, left unnamed
MIN_SAID_WORDS_NAMED = 2  # words of such a part the asked row's name must hold
SCOPED_KEPT = 64  # parts whose scoped reading is kept: a few questions' parts
ELLIPSIS_MARK = "呢"  # 科普论坛呢: the ask of the part before, said of another thing
YES_NO_MARK = "吗"
ORDINAL_MARK = "第"
MODIFIER_MARK = "的"  # 港澳台实习的征集岗位和参加的学生: the thing 的 names scopes the list
TOPIC_MARK = ":"  # 港澳台实习：征集岗位、参加的学生 (normalised from ：)
MIN_HEAD_CHARS = 2
MAX_CARRIED_ASK_CHARS = 4  # an ask ending the part before (多少篇, 第几届) is carried whole
MAX_STEM_CHARS = 4  # 时效, 社会效益: a heading's stem said alone as a part
HEADING_SUFFIX = "指标"
MIN_LISTED = 2  # 运维 拨款 结转: the items a project named first heads
MIN_SHARED_PIECES = 2  # 开始 完成日期: a piece and the one whose head it shares
MAX_SHARED_CHARS = 4  # an item of a terse list; the next one is at most this much longer
MIN_PROJECTS_ASKED = 2  # 分别 said of this many projects asks each its own row
LISTINGS = (IndicatorList, HeadingList)  # answers that count what they list
ROWS_SHOWN = (IndicatorList, IndicatorAnswer)  # answers that show rows with their targets
BARE_GOAL = ("目标", "指标值")  # 目标是什么, said of rows shown, asks their targets
GOAL_FIELDS = intents.GOAL_FIELDS
NAME_JOINERS = ("和", "与", "及", "、", "跟", "同", "以及")  # joiners row names may hold
JOINED_CHARS = 2  # characters before a joiner that must read as a row name writes them
JOINED_AFTER = 1  # and after it (交流、科普 of 学术交流、科学普及: 科普 shortens the rest)
# 赋能和人才服务 of 赋能及人才服务: the one-character joiners said for one another
_ONE_JOINER = str.maketrans(dict.fromkeys("".join(j for j in NAME_JOINERS if len(j) == 1), "和"))
# Joiners between whole asks that indicator names never hold (names do hold 和, 与, 、).
SENTENCE_JOINERS = ("，", ",", "？", "?", "；", ";", "。", "以及", "还有", "另外")
KeywordAnswer = Callable[[Query, tuple[int, ...], IndicatorMatch | None], Answer | None]
DeadlineRow = Callable[[Query, tuple[int, ...], FactAnswer | None], IndicatorAnswer | None]
OrdinalQuote = Callable[[Query, tuple[int, ...]], Answer | None]
PartAsker = Callable[[str, tuple[int, ...]], Answer]
# Answers that settle an ask; the others leave it open (an ask-back, "no such item").
SETTLING = (
    IndicatorAnswer,
    FactAnswer,
    MoneyAnswer,
    PassageAnswer,
    IndicatorList,
    HeadingList,
    FigureCalculation,
)
# Answers a sentence naming only other projects (国交的呢) asks again of them: rows listed or
# worked on, which no part-by-part reading of the projects' words finds.
ASKED_AGAIN = (IndicatorList, FigureCalculation)
# A sentence ending on 不, 没 or 吧 asks yes or no (满意度目标一样不, 定了没, 5个人对吧).
# 道路养护的呢, 养护的多少 (呢 given the ask before): a part asking what the part before asked.
# 养护那张呢, 运维这份呢: the form of another project, pointed at.
_POINTED = re.compile(r"(?:的|项目)?[这那](?:边|个|张|份|项|块)?(?:表|申报表)?$")
_ELLIPSIS = re.compile(rf"(?:的|项目)?(?:{_POINTED.pattern[:-1]})?(?:呢|多少|几|啥|什么|哪)?$")
# 平台是干嘛的, 目标咋写的, 怎样算合格: spoken asking words the written ones leave out.
_ASKING_SPOKEN = re.compile(r"干嘛|咋|怎样|怎么样|为啥|为何")
_TAG_QUESTION = re.compile(r"(?:不|没|没有|否|吧)$")
# 质量指标有哪些, 时效指标都有什么: the rows under a heading are asked, not one row.
_HEADING_ROWS_ASK = re.compile(
    r"[\u4e00-\u9fff]{2}指标(?:都|还)?(?:有哪些|有哪几|是哪些|有什么|列)"
)
_EXCEPTION = re.compile(r"除了?|除去|除开|不算|不包括|不含")  # 除了产出指标以外, 不算成本
# 效益指标里, 国交当中: a part setting where the ask after it looks, asking nothing itself.
_SCOPE_END = re.compile(r"(?:里|中|里面|里头|当中|之中|内)$")
# 国交年度目标里，港澳台实习和辩论赛分别要干啥: in the goals text each ask finds its own
# sentence, so such a part joins none.
_GOALS_NAMED = re.compile(r"(?<!指标)目标")
# 分别是多少, 一共几个, 各自是: words asking of all the items listed, naming none.
_ASKS_OF_ALL = re.compile(r"(?:分别|各自|各|都|一共|总共|共|依次|具体)*(?:是|为|有|要)?")
_POINTING = re.compile(r"[这那](?:几|些)")
# 各多少, 分别是什么: the last piece of a list asks each item listed before it.
_EACH_ASKED = re.compile(
    r"(?:分别|各自|各|都)(?:是|为|有|要)?(?:多少|啥|什么|几[个项条]?)[吗呢?？]*"
)
# 这俩加上合作单位, 它们一共: a sentence asking of things said before it, never alone.
# 多出来的是国交的几倍, 平均到这些单位: the result or the items of the sentence before.
_POINTING_BACK = re.compile(
    r"[这那](?:俩|两[个项样条]|些单位|些项目|个结果|个差|个数)|它们|它俩|二者|两者|上述|以上"
    r"|(?:多出来|少出来|差出来|剩下)的|得数"
    r"|(?<![这那\d])(?:两个|俩)(?=加|合计|一共|总共|共|相加|之和|之差)"  # 两个加起来多少场
)
# 多长, 几座, 多少人: an ask of a measure of its own, never the field asked before it.
_MEASURE_OWN = re.compile(
    r"多[长久远宽高重]|(?:多少|几)个?(?:人次|[名条篇座辆人场家次项套件份处米天周])"
)
# 我是办公室小王, 本人是财务处的: the asker says who they are.
_SELF_INTRODUCTION = re.compile(r"(?:我|本人)(?:是|叫|姓)")
# Where one sentence ends and the next ask begins: punctuation, or a space between words.
# 、 right after an asking word joins two asks (报送几篇、工作会几场): names never ask.
_ASKED_ENUMERATION = (
    r"(?:(?<=几[\u4e00-\u9fff])|(?<=多少)|(?<=多少[\u4e00-\u9fff])|(?<=什么)|(?<=[啥吗呢]))、"
)
# 这一年申请多少: 多少 asking an amount with no word of money after it.
_HOW_MUCH_BARE = re.compile(r"多少(?![钱万元块])")
MONEY_NOUN = "钱"
_SENTENCE_BREAK = re.compile(
    rf"[，,？?；;。!！+]+|(?<=[\u4e00-\u9fff]) +(?=[\u4e00-\u9fff])|{_ASKED_ENUMERATION}"
)


@dataclass
class _Parts:
    """What the parts of a question with several asks have found so far."""

    answers: list[IndicatorAnswer] = field(default_factory=list)
    others: list[Answer] = field(default_factory=list)  # money and fact parts
    unmatched: list[str] = field(default_factory=list)
    absent: list[str] = field(default_factory=list)  # parts naming what the form lacks
    unseen: bool = False  # a part names words the data does not know (科普讲座)
    seen: set[int] = field(default_factory=set)
    pending: list[tuple[str, list[IndicatorMatch]]] = field(default_factory=list)
    lacking_again: bool = False  # 国交合作单位几家，企服呢: the other project has no such row
    ruled_out: list[str] = field(default_factory=list)  # 不是新培育的: what the asker means not
    qualified: bool = False  # a part only said where or what not the ask before is (巡检那块)
    set_aside: bool = False  # a part ruled out a row no other part answered (不是科普论坛那个)
    asked_by: list[str] = field(default_factory=list)  # the part each of ``answers`` answers


class SeveralAsks:
    """Splits a question into its asks and answers each: rows, amounts or header facts."""

    def __init__(
        self,
        *,
        lexicon: Lexicon,
        matcher: IndicatorMatcher,
        evidence: Evidence,
        weights: TermWeights,
        scoper: ProjectScoper,
        read: Callable[[str], Query],
        narrowed: Callable[[Query, Clarification], Answer],
        keyword_answer: KeywordAnswer,
        settles: Callable[[Query, IndicatorAnswer], bool],
        deadline: DeadlineRow,
        ordinal: OrdinalQuote,
        wrong_unit: Callable[[Query, IndicatorAnswer], bool],
        task_verbs: frozenset[str] = frozenset(),
        checked: Callable[[Query, tuple[int, ...], Answer], Answer] | None = None,
        column_asked: Callable[[Query], str | None] | None = None,
        project_names: Mapping[int, str] | None = None,
        projects: Mapping[int, ProjectInfo] | None = None,
        asks_spent: Callable[[str], bool] = lambda _: False,
    ) -> None:
        self._lexicon = lexicon
        self._asks_spent = asks_spent  # 已经花了多少: money spent, which no form states
        self._projects = projects or {}  # each form's project, for the figures parts found
        # The newest form of every project loaded, for 三个项目…分别 and 运维和养护的….
        self._project_names = project_names or {}
        self._matcher = matcher
        self._evidence = evidence
        self._weights = weights
        self._scoper = scoper
        self._read = read
        self._narrowed = narrowed
        self._keyword_answer = keyword_answer
        self._settles = settles  # a row settled from an ask-back that explains the part
        self._deadline = deadline  # the deadline row a date part means, if the date is not it
        self._ordinal = ordinal  # the sentence stating which 届 or 期 a part asks (第几届)
        self._wrong_unit = wrong_unit  # 实习几周 is no row counting 个
        self._checked = checked  # a fact that leaves words of its part open is no answer
        self._task_verbs = task_verbs  # 报, 交, 填: the asker's own paperwork (下午要报材料)
        self._column_asked = column_asked  # 绩效标准是什么: the column of rows already shown
        self._scoped: Memo[str, Query] = Memo(SCOPED_KEPT)

    def answer(
        self,
        query: Query,
        scope: tuple[int, ...],
        matches: list[IndicatorMatch],
        *,
        progress: bool,
    ) -> SeveralIndicators | None:
        """Answers a question that names several indicators (论文和辩论队人数), each on its own.

        A question naming one indicator whose name holds 和 is left to the whole match,
        unless it asks each part (各要多少), or parts name a field or different projects.
        """
        if not query.parts or len(query.parts) > MAX_ASKS:
            return None  # dozens of "asks" are a pasted text, not a question (4,096 字)
        if _OBJECTS_JOINED.search(query.text):
            return None  # 想让企业和人才实现啥: one aim for both, asked once
        if any(
            _PEOPLE_BACK.search(part) and not _asks(before)
            for before, part in itertools.pairwise(query.parts)
        ):
            return None  # 港澳台学生来实习，要给他们找多少个岗位: the part before is who
        joined = self._subject_carried(
            self._modifier_carried(
                _head_carried(
                    _asks_carried(
                        exceptions_joined(name_joined(query, matches)),
                        project_spans=lambda text: [
                            (m.start, m.end) for m in self._lexicon.find_projects(text)
                        ],
                    ),
                    text=query.text,
                ),
                scope,
            ),
            scope,
        )
        joined = self._projects_joined(self._bare_asks_joined(joined), scope)
        joined = tuple(_measure_of_thing_joined(list(joined)))  # 桥梁 长度: one thing's measure
        joined = tuple(_count_of_asks_dropped(part, len(joined)) for part in joined)
        subs = [self.scoped_part(part) for part in joined if not self._names_scope(part, scope)]
        if len(subs) < 2:
            return None  # 科技社团帮着推荐单位和岗位: the 和 is the row's own
        named = {sub.project_ids for sub in subs if sub.project_ids}
        each = (
            intents.asks_each(query.rules)
            or len(named) > 1  # 国际交流项目的…和企业项目的…
            or any(names_field(sub) for sub in subs)
        )
        whole_named = bool(
            matches and matches[0].strong and not each and _joins_in(matches[0], query)
        )
        if whole_named and not any(word in query.text for word in SENTENCE_JOINERS):
            return None
        parts = self._parts_answered(
            subs, scope, progress=progress, each=intents.asks_each(query.rules)
        )
        total = self._total_of_parts(subs, parts) or self._compared_of_parts(query, parts)
        if total is not None:
            parts.others.append(total)  # 企服预算多少，国交预算多少，一共多少 (哪个多)
        answers, unmatched = tuple(parts.answers), tuple(parts.unmatched)
        several = SeveralIndicators(
            answers, unmatched, goals_apart(_said_once(parts.others)), absent=tuple(parts.absent)
        )
        if whole_named:
            # 建设指引印几套？验收合格率要求多少: the whole names one row, the asks two.
            return several if each_part_answered(several) or parts.lacking_again else None
        if len(answers) + len(parts.others) >= 2:
            return several
        if parts.absent and parts.qualified and not answers and not parts.others:
            return several  # 路灯几盏？巡检那块: the ask is refused, never the place answered
        if parts.set_aside and answers and not unmatched:
            return several  # 辩论队几个人？不是科普论坛那个: the one ask, answered alone
        if parts.absent and scope and (answers or parts.others):
            # 预算和负责人: the budget, and that the form has no 负责人. With no project named
            # (有个叫科普大篷车的项目，它预算多少) the figures found would be other projects'.
            return several
        left = unmatched or parts.absent
        if (
            answers
            and left
            and (
                # 培训会和评审会各几场: each is asked, so one left open is named, never dropped.
                intents.asks_each(query.rules)
                or len(named) > 1  # 国交合作单位几家 企服呢: another project's ask stays
                or self._left_open(answers[0], matches, unseen=parts.unseen)
            )
        ):
            return SeveralIndicators(answers, unmatched, absent=tuple(parts.absent))
        return None

    def _total_of_parts(self, subs: list[Query], parts: _Parts) -> FigureCalculation | None:
        """Adds up the figures the parts before found when a last part asks only their sum
        (…，国交预算多少，一共多少; …，两个加起来多少): one figure a part, in one unit."""
        last = subs[-1]
        if (
            intents.aggregate(last.rules) is not Aggregate.TOTAL
            or last.project_ids
            or names_field(last)
            or self._says_something(last)
        ):
            return None
        figures = [self._one_figure(found) for found in (*parts.answers, *parts.others)]
        kept = tuple(figure for figure in figures if figure is not None)
        if len(kept) < MIN_SUMMED or len(kept) != len(figures):
            return None
        if len({figure.unit for figure in kept}) != 1 or kept[0].unit == PERCENT:
            return None  # 篇 and 场 are not added up, nor two rates
        operands = tuple(Operand(figure.project.name, figure.value) for figure in kept)
        calculation = calculate(Operation.SUM, operands)
        return (
            None
            if calculation is None
            else FigureCalculation(calculation, kept[0].unit, figures=kept)
        )

    def _compared_of_parts(self, query: Query, parts: _Parts) -> FigureCalculation | None:
        """Compares the two figures the parts found when the question asks which is more
        (运维的年度资金和养护的资金总额哪个多): their difference, the larger first, so equal
        figures are said to be equal. One figure a part, in one unit."""
        if not any(word in query.text for word in cue_words()["which_more"]):
            return None
        figures = [self._one_figure(found) for found in (*parts.answers, *parts.others)]
        kept = sorted(
            (figure for figure in figures if figure is not None),
            key=lambda figure: figure.value,
            reverse=True,
        )
        if len(kept) != len(figures) or len(kept) != COMPARED_FIGURES:
            return None
        if kept[0].unit != kept[1].unit:
            return None
        operands = tuple(Operand(figure.project.name, figure.value) for figure in kept)
        calculation = calculate(Operation.DIFFERENCE, operands)
        return (
            None
            if calculation is None
            else FigureCalculation(calculation, kept[0].unit, figures=tuple(kept))
        )

    def _one_figure(self, found: Answer) -> Figure | None:
        """Returns the one figure a part's answer states (an amount or a target), else None."""
        if isinstance(found, MoneyAnswer) and len(found.projects) == 1 and not found.operation:
            return money_figure(found.projects[0], found.field, found.column)
        if isinstance(found, IndicatorAnswer) and len(found.indicators) == 1:
            row = found.indicators[0]
            project = self._projects.get(row.project_id)
            return None if project is None else target_figure(project, row)
        return None

    def _bare_asks_joined(self, parts: tuple[str, ...]) -> tuple[str, ...]:
        """Joins a part that names a thing and asks nothing to the ask after it that names
        nothing (交通研讨会，是第几届，…: 交通研讨会是第几届), so the thing is never read as an
        ask of its own row."""
        joined: list[str] = []
        for part in parts:
            ruling_out = len(joined) > 1 and bool(qualifier_of(joined[-1]))
            if ruling_out and _asks(part) and self._bare_ask(part):
                # 活动参与人数，不是港澳台学生那个，是多少: the ask goes on the row named, and
                # the part ruling one out stays after it, as said of the answer.
                ruled_out = joined.pop()
                joined += [*self._bare_asks_joined((joined.pop(), part)), ruled_out]
                continue
            if joined and not _asks(joined[-1]) and _asks(part) and self._bare_ask(part):
                before = self.scoped_part(joined[-1])
                if self._says_something(before) and not names_field(before):
                    joined[-1] += part
                    continue
            if joined and not _asks(joined[-1]) and self._field_of_unknown(joined[-1], part):
                joined[-1] += part  # 企服 专家劳务费 预算多少: the 预算 of a thing never named
                continue
            joined.append(part)
        return tuple(joined)

    def _field_of_unknown(self, before: str, part: str) -> bool:
        """Tells whether ``part`` asks a field of no project of its own right after a part
        naming a thing the form never names (专家劳务费 | 预算是多少钱): the field is that
        thing's, which the form lacks, never the project's own."""
        after = self.scoped_part(part)
        if not (_asks(part) and names_field(after)) or after.project_ids:
            return False
        said = self.scoped_part(before)
        if names_field(said) or not said.terms:
            return False
        nouns = self._evidence.unexplained(said.remainder, explained_by=(), cues=said.cues)
        return any(t.token not in self._weights and t.token in nouns for t in said.terms)

    def _projects_joined(self, parts: tuple[str, ...], scope: tuple[int, ...]) -> tuple[str, ...]:
        """Joins a part that only names a project to the next part when that one names a
        project too (企服和国交的项目性质各是什么: 企服 | 国交的…), so the ask is of both."""
        joined: list[str] = []
        for part in parts:
            if joined and self._names_scope(joined[-1], scope) and self._read(part).project_ids:
                joined[-1] = f"{joined[-1]}{LISTED_JOINER}{part}"
                continue
            joined.append(part)
        return tuple(joined)

    def _bare_ask(self, part: str) -> bool:
        """Tells whether a part asks with no word naming what (是第几届, 多少篇, 几场)."""
        sub = self.scoped_part(part)
        return not (sub.project_ids or names_field(sub) or self._says_something(sub))

    def _modifier_carried(self, parts: tuple[str, ...], scope: tuple[int, ...]) -> tuple[str, ...]:
        """Gives a later part the thing the first part names before 的 (港澳台实习的征集岗位和参加
        的学生: 港澳台实习参加的学生) when the part alone fits a row without that thing and,
        with it, a row of that thing: the first part's 的 scopes the list."""
        head, mark, rest = parts[0].partition(MODIFIER_MARK) if len(parts) > 1 else ("", "", "")
        if not mark or not rest or len(head) < MIN_HEAD_CHARS or _asks(head):
            return parts
        if self._read(head).project_ids:
            return parts  # 国交的预算和满意度: the project scopes every part already
        words = self._evidence.content_tokens(head)
        if not words:
            return parts
        return (
            parts[0],
            *(
                head + part if self._fits_head(head, part, words, scope) else part
                for part in parts[1:]
            ),
        )

    def _subject_carried(self, parts: tuple[str, ...], scope: tuple[int, ...]) -> tuple[str, ...]:
        """Gives a later part the thing the first part asks of (交通研讨会是第几届、办几场活动:
        交通研讨会办几场活动) when the part alone fits a row without that thing and, with it,
        a row of that thing at least as well."""
        if len(parts) < MIN_LISTED or not _asks(parts[0]) or HEADING_SUFFIX in parts[0]:
            return parts  # 质量指标有哪些，时效指标呢: headings, which scope no row
        first = self.scoped_part(parts[0])
        nouns = self._evidence.unexplained(first.remainder, explained_by=(), cues=first.cues)
        if names_field(first) or not nouns:
            return parts
        head = _noun_run(first.remainder, nouns)
        words = self._evidence.content_tokens(head)
        if len(head) < MIN_HEAD_CHARS or not words:
            return parts
        return (
            parts[0],
            *(
                head + part
                if _EXCEPTION.search(part) is None  # 除了…其余有哪些: the rest, no one row
                and self._row_asked(part, scope)
                and self._fits_head(head, part, words, scope)
                else part
                for part in parts[1:]
            ),
        )

    def _row_asked(self, part: str, scope: tuple[int, ...]) -> bool:
        """Tells whether a part names no project or field and fits some row alone (办几场活动);
        考核标准是啥 asks the column of the row before."""
        sub = self._read(part)
        if sub.project_ids or names_field(sub) or self._asks_only_column(sub):
            return False
        return bool(self._matcher.match(sub, project_ids=scope))

    def _fits_head(
        self, head: str, part: str, words: tuple[str, ...], scope: tuple[int, ...]
    ) -> bool:
        """Tells whether ``part`` read after ``head`` names a row holding the head's words at
        least as well as the part alone names any row."""
        if any(word in part for word in words) or not self._evidence.content_tokens(part):
            return False  # 一共几个 asks of the list; it names no row to scope
        alone = self._matcher.match(self._read(part), project_ids=scope)
        headed = self._matcher.match(self._read(head + part), project_ids=scope)
        if not headed:
            return False
        best = headed[0]
        return all(word in best.indicator.name for word in words) and (
            not alone or best.score >= alone[0].score
        )

    def _names_project_of(self, sub: Query, match: IndicatorMatch) -> bool:
        """Tells whether a part says a word of the name of the project holding a row."""
        name = self._project_names.get(match.indicator.project_id, "")
        return any(term.token in name for term in sub.terms)

    def _names_scope(self, part: str, scope: tuple[int, ...]) -> bool:
        """Tells whether a part only names one of several projects asked (运维 of 运维和养护的
        满意度): the projects scope the question, the part asks nothing."""
        said = strip_punctuation(part)
        if len(scope) < MIN_PROJECTS_ASKED or not said:
            return False
        if any(said in self._project_names.get(project_id, "") for project_id in scope):
            return True
        # 企服 of 企服和国交的项目性质: a short name the lexicon knows, the whole part.
        mentions = self._lexicon.find_projects(said)
        return (
            len(mentions) == 1
            and mentions[0].end - mentions[0].start == len(said)
            and set(mentions[0].project_ids) <= set(scope)
        )

    def across_projects(self, query: Query, scope: tuple[int, ...], answer: Answer) -> Answer:
        """Adds each other project's own row when every project named is asked (分别, 各).

        城市科普设施运维和道路桥梁养护的成本分别是多少: 养护成本 matches best, and
        设施运维成本控制数 is 运维's row the words name; a project whose rows none of the
        words all name adds nothing.
        """
        every = intents.asks_all_projects(query.rules)
        if every and not scope:  # 三个项目的成本分别是多少: every project loaded
            scope = tuple(self._project_names)
        if (
            len(scope) < MIN_PROJECTS_ASKED
            or not isinstance(answer, IndicatorAnswer)
            or not (intents.asks_each(query.rules) or every)
        ):
            return answer
        covered = {row.project_id for row in answer.indicators}
        words = [term.token for term in query.terms]
        if not words or not covered < set(scope):
            return answer
        added = []
        for project_id in scope:
            if project_id in covered:
                continue
            found = self._matcher.match(query, project_ids=(project_id,))
            row = found[0].indicator if found else None
            if row is None or not all(word in row.name for word in words):
                return answer  # one project lacks the row: the answer says only what it found
            added.append(row)
        rows = {row.project_id: row for row in (*answer.indicators, *added)}
        return replace(answer, indicators=tuple(rows[project_id] for project_id in scope))

    def _parts_answered(
        self, subs: list[Query], scope: tuple[int, ...], *, progress: bool, each: bool = False
    ) -> _Parts:
        """Answers each part, then the parts left open by elimination (实习岗位)."""
        parts = _Parts()
        topic: tuple[str, list[IndicatorMatch]] | None = None  # a part left open, asking nothing
        asked: Query | None = None  # the last part that asked something of its own
        # a part asking nothing that found one row, with its words (国交那个港澳台学生来实习的)
        said_row: tuple[int, tuple[str, ...], Query] | None = None
        for before, sub in zip([None, *subs], subs, strict=False):
            if before is not None and _qualifies(sub.text, parts):
                continue
            if before is not None and self._comment_on(sub, before, parts):
                continue
            answered, others = len(parts.answers), len(parts.others)
            refused = len(parts.absent) + len(parts.unmatched)
            before_words = self._evidence.content_tokens(sub.remainder)
            if self._chat_part(sub):
                continue  # 我这边在写总结: the asker's own paperwork, no ask of the form
            if _asks_goal(sub) and not self._says_something(sub) and _rows_shown(parts):
                continue  # 有没有关于能耗的指标，目标是什么: the targets of the rows shown
            again = self._asked_again(sub, asked) if asked is not None else None
            if again is not None and asked is not None:
                self._answer_again(again, asked, scope, parts, progress=progress)
            elif (sub.terms and self._says_something(sub)) or names_field(sub):
                self._answer_part(sub, scope, parts, progress=progress)
                asked = sub
            parts.asked_by += [sub.remainder] * (len(parts.answers) - len(parts.asked_by))
            if topic is not None and topic in parts.pending and len(parts.answers) > answered:
                self._topic_settled(topic, sub, parts)
            if (
                said_row is not None
                and len(parts.answers) == answered + 1
                and _asks(sub.text)
                and not each  # 培训会和评审会各几场: each part its own ask
            ):
                self._said_row_settled(said_row, parts)
            elif (
                said_row is not None
                and not each
                and _asks(sub.text)
                and (len(parts.answers), len(parts.others)) == (answered, others)
                and len(parts.absent) + len(parts.unmatched) > refused
            ):  # 那条，开个头收个尾…，要搞几场: the ask refused, its measure tells the row before
                self._said_row_measured(said_row, sub, scope, parts)
            said_row = (
                (answered, before_words, sub)
                if len(parts.answers) == answered + 1 and not _asks(sub.text)
                else None
            )
            opened = parts.pending[-1] if parts.pending else None
            topic = opened if opened is not topic and not _asks(sub.text) else None
        for label, matches_left in parts.pending:
            resolved = self._by_elimination(matches_left, parts.seen, progress=progress)
            if resolved is not None and parts.answers:
                parts.answers.append(resolved)
            elif label:
                parts.unmatched.append(label)
        _ruled_out_dropped(parts)
        return parts

    def _answer_again(
        self, again: Query, asked: Query, scope: tuple[int, ...], parts: _Parts, *, progress: bool
    ) -> None:
        """Answers the ask of the part before said of other projects (国交合作单位几家，企服呢);
        when those projects hold no such row, says so rather than leave the part out."""
        before = (len(parts.answers), len(parts.others), len(parts.unmatched), len(parts.pending))
        self._answer_part(again, scope, parts, progress=progress)
        if len(parts.answers) > before[0] or len(parts.others) > before[1]:
            return
        del parts.unmatched[before[2] :], parts.pending[before[3] :]
        names = "、".join(self._project_names.get(pid, "") for pid in again.project_ids)
        thing = strip_punctuation(ASKING.split(asked.remainder)[0]) or asked.remainder
        parts.absent.append(f"{names}{MODIFIER_MARK}{thing}" if names else thing)
        parts.lacking_again = True

    def left_for_rows(self, answer: Answer, scope: tuple[int, ...]) -> bool:
        """Tells whether a part an answer leaves open names rows of the form, several of them
        (培训会: two rows hold it), not the asker's chat (上次领导问起)."""
        if not isinstance(answer, SeveralIndicators):
            return False
        for label in answer.unmatched:
            if any(label in name for name in self._project_names.values()):
                continue  # 运维: a project's word, which its rows hold too
            found = self._matcher.match(self._read(label), project_ids=scope)
            holding = [
                m
                for m in found[:MAX_SUGGESTIONS]
                if m.score >= MIN_INDICATOR_SCORE and label in m.indicator.name
            ]
            if len(holding) > 1:
                return True  # 实习期 is in no row's name: the part may be read as a sentence
        return False

    def _asked_again(self, sub: Query, asked: Query) -> Query | None:
        """Returns the ask of the part before, said of the other projects a part names with
        no ask of its own (运维的主管部门是谁，改造项目的呢), or None.

        A header field asked before is asked of the words the part says (实施单位是哪，道路
        养护的呢: 道路养护 alone names a row, 道路养护的实施单位 the project).
        """
        if names_field(sub) or _MEASURE_OWN.search(sub.text):
            return None  # 运维预算多少钱，道路养护多长: 多长 asks a length, not the amount
        if sub.project_ids and _ELLIPSIS.fullmatch(strip_punctuation(sub.remainder)):
            again = replace(asked, project_ids=sub.project_ids)
        else:
            rule = intents.fact_rule(asked.rules) or intents.money_rule(asked.rules)
            cues = sorted(asked.cues.get(rule[0], ()), key=len) if rule else []
            if not cues or not _ELLIPSIS.search(sub.text):
                return None
            ask = ASKING.search(sub.text)
            said_of = _POINTED.sub("", sub.text[: ask.start() if ask else None].rstrip())
            # 养护那张呢 after 是哪个年度的表: 养护是哪个年度的表, or with the field's cue alone.
            wordings = (strip_punctuation(asked.remainder), cues[-1])
            projects = next(filter(None, (self._named_by(said_of, w) for w in wordings)), ())
            if not projects:
                return None  # 国交占比多少: 占比 asks something of its own
            # The words that named the project (养护) would name its rows too: the field is
            # asked as the part before asked it.
            again = replace(asked, project_ids=projects)
        return again if set(again.project_ids) != set(asked.project_ids) else None

    def _named_by(self, said_of: str, wording: str) -> tuple[int, ...]:
        """Returns the projects ``said_of`` names when read before the wording of a field ask,
        if it says nothing else (养护 of 养护是哪个年度的表)."""
        again = self.scoped_part(said_of + wording)
        said = strip_punctuation(again.remainder).replace(MODIFIER_MARK, "")
        asked = wording.replace(MODIFIER_MARK, "")
        named = strip_punctuation(said_of).replace(MODIFIER_MARK, "")
        return again.project_ids if said in (asked, named + asked) else ()

    def _chat_part(self, sub: Query) -> bool:
        """Tells whether a part asking nothing only says who asks or why (我这边在写总结);
        the matcher is asked only when a word of chat is there."""
        if _asks(sub.text):
            return False
        said = _SELF_INTRODUCTION.search(sub.text) or any(
            word in self._task_verbs for word in self._lexicon.cut(sub.remainder)
        )
        return bool(said) and self.piece_kind(sub.text) is Piece.CHAT

    def _comment_on(self, sub: Query, before: Query, parts: _Parts) -> bool:
        """Tells whether a part only says what is asked of the row the part before named.

        港澳台实习的岗位，一共征集多少: 征集 is a word of the 实习岗位 row just found, so the
        second part asks its figure and takes no other row 征集 fits (征集论文数量). A part with a
        noun of its own (论文征集几篇) or asking each (分别是多少) is an ask of its own.
        """
        if not parts.answers or _asks(before.text) or intents.asks_each(sub.rules):
            return False
        return self._said_of(sub, parts.answers[-1].indicators)

    def _topic_settled(
        self, topic: tuple[str, list[IndicatorMatch]], sub: Query, parts: _Parts
    ) -> None:
        """Drops an open part that only named the thing the part after it asks (企服的院士
        工作站，今年培育多少家): the row found for the ask is one of its candidates, so it is
        that row, and takes no other by elimination."""
        row = parts.answers[-1].indicators
        if intents.asks_each(sub.rules) or not self._said_of(sub, row):
            return
        candidates = {match.indicator.id for match in topic[1][:MAX_SUGGESTIONS]}
        if {ind.id for ind in row} & candidates:
            parts.pending.remove(topic)

    def _said_row_measured(
        self,
        said_row: tuple[int, tuple[str, ...], Query],
        sub: Query,
        scope: tuple[int, ...],
        parts: _Parts,
    ) -> None:
        """Settles the row a part asking nothing found by the measure the ask after it asks in,
        when that ask found no row itself (跟港澳台实习有关的那条，开个头收个尾…，要搞几场): the
        one candidate of the first part counting in 场, else no row (the 个 row is not asked)."""
        at, _, said = said_row
        measure = self._measure_asked(sub)
        row = parts.answers[at].indicators
        if not measure or any(_same_measure(measure, ind.target.unit) for ind in row):
            return
        found = self._matcher.match(said, project_ids=said.project_ids or scope)
        fitting = [
            match.indicator
            for match in found[:MAX_SUGGESTIONS]
            if _same_measure(measure, match.indicator.target.unit)
        ]
        parts.seen.difference_update(ind.id for ind in row)
        if len(fitting) == 1:
            parts.answers[at] = replace(parts.answers[at], indicators=(fitting[0],))
            parts.seen.add(fitting[0].id)
            return
        del parts.answers[at]
        if at < len(parts.asked_by):
            del parts.asked_by[at]

    def _said_row_settled(
        self, said_row: tuple[int, tuple[str, ...], Query], parts: _Parts
    ) -> None:
        """Drops the row a part asking nothing found when the ask after it found another row
        its words name as well (国交那个港澳台学生来实习的，要征集多少个岗位: the first part says
        which activity, the 学生人数 row it also fits is not asked)."""
        at, words, _ = said_row
        said, asked = parts.answers[at].indicators, parts.answers[-1].indicators
        if not words or {row.id for row in said} & {row.id for row in asked}:
            return
        unnamed = [word for word in words if not any(word in row.name for row in asked)]
        named = len(words) - len(unnamed)
        if len(unnamed) > MAX_SAID_WORDS_UNNAMED or named < MIN_SAID_WORDS_NAMED:
            return
        if any(word in row.name for word in unnamed for row in said):
            return  # 机构资格申报培训会和评审会: 培训 tells the row found apart, its own ask
        del parts.answers[at]
        if at < len(parts.asked_by):
            del parts.asked_by[at]
        parts.seen.difference_update(row.id for row in said)

    def _said_of(self, sub: Query, row: tuple[IndicatorInfo, ...]) -> bool:
        """Tells whether a part asks with no field, project or word but those of a row's
        name (培育多少家 of 培育新申报院士工作站数量): it asks that row, named before."""
        if names_field(sub) or sub.project_ids or not _asks(sub.text):
            return False
        measure = self._measure_asked(sub)
        if measure and all(not _same_measure(measure, ind.target.unit) for ind in row):
            return False  # 论文篇数和研讨会场次: 场次 counts no 篇 of the 论文 row
        words = self._evidence.content_tokens(sub.remainder)
        return bool(words) and all(any(word in ind.name for ind in row) for word in words)

    def _measure_asked(self, sub: Query) -> str:
        """Returns the measure word a part asks its figure in (几场, 场次, 人数), or ""."""
        if sub.unit:
            return sub.unit
        units = self._lexicon.vocabulary.units
        for token in self._lexicon.cut(sub.remainder):
            if token in units and len(token) > 1:
                return token  # 场次
            if len(token) == COUNT_WORD_CHARS and token[1] in COUNT_ENDINGS and token[0] in units:
                return token[0]  # 人数, 篇数, 家数
        return ""

    def scoped_part(self, part: str) -> Query:
        """Reads one part with the projects it names, loosely or by a short name (道桥养护项目);
        a part read lately is read once (it is split, joined and answered in turn)."""
        return self._scoped.get(part, lambda: self._scoped_now(part))

    def _scoped_now(self, part: str) -> Query:
        sub = self._read(_SHORT_YEAR.sub(_CENTURY + r"\1年", part))
        if sub.unnamed_projects:
            named = self._scoper.named(sub)
            return named if isinstance(named, Query) else sub
        scoped = self._scoper.loose(sub, part=True)
        if (
            scoped.project_ids
            and not sub.project_ids
            and strip_punctuation(scoped.remainder)
            and HEADING_SUFFIX not in scoped.remainder  # 路桥的数量指标: the project's heading
            and any(t.endswith(BARE_COUNT_ENDINGS) for t in self._lexicon.cut(scoped.remainder))
            and not scoped.rules
            and not self._evidence.content_tokens(scoped.remainder)
            and self._evidence.content_tokens(sub.remainder)
        ):
            # 道路长度、桥梁数量: 桥梁 spells part of 道路桥梁养护 and names its row too; the
            # part read without it would ask a bare count (数量). A part that is the project's
            # words alone (道路养护和设施运维的…) or asks a field of it (什么时候完成) names it.
            return replace(
                sub, project_ids=scoped.project_ids, project_choices=(), unnamed_projects=()
            )
        return scoped

    def apart(
        self,
        text: str,
        scope: tuple[int, ...],
        *,
        ask: PartAsker,
        cut: bool,
        carry: bool = True,
    ) -> SeveralIndicators | None:
        """Answers each sentence of a question as a question of its own (港澳台实习几周？岗位
        征多少个), with the projects and the thing the sentences before it named.

        ``cut`` says the whole was cut into asks already: then one sentence is asked again
        with the pieces that ask nothing (上次领导问起，…要几家，我忘了) as its phrasing.
        ``carry`` False asks no sentence of the thing named before it: calculations spoken one
        after another each name their own operands, or none a sentence before lends.
        """
        text = _spoken_measure().sub(r"\1\2", text)  # 养护 桥梁 长度: 桥梁长度, one thing's
        if len(pieces_of(text)) < 2:
            return None  # one piece: asked again, it would be the whole question again
        listed = pieces_of(text)
        if _EACH_ASKED.fullmatch(listed[-1]) and not any(_asks(piece) for piece in listed[:-1]):
            text = " ".join(listed[:-1])  # 运维 拨款 结转 各多少: every item listed is asked
        text = self._heads_shared(text)
        kinds = {piece: self.piece_kind(piece) for piece in pieces_of(text) if not _asks(piece)}
        sentences = which_noun_lent(asked_sentences(text, kind=kinds.__getitem__))
        chat = Piece.CHAT in kinds.values()  # 下午要报材料: the ask alone is not the whole
        if (
            not sentences
            or len(sentences) > MAX_ASKS
            or (len(sentences) == 1 and not (cut or chat))
        ):
            return None
        found: list[Answer] = []
        within, subject = scope, ""
        if any(_POINTING_BACK.search(sentence) for sentence in sentences[1:]):
            return None  # …10家 征集岗位100个…然后这俩加上合作单位一共多少家: not alone
        owner = self._owner_named(sentences[0]) if len(sentences) > MIN_LISTED else None
        if owner is not None:
            within, sentences = owner, sentences[1:]  # 运维 拨款 结转: 运维 says whose
        if any(leaves_out_only(sentence) for sentence in sentences[1:]):
            return None  # 单位是次的指标，人次的不算: it leaves rows out of the ask before it
        qualified, asked_last, answered = False, "", ""
        for sentence in sentences:
            said = qualifier_of(sentence) if found else None
            meant = _without_ruled_out(found[-1], said, asked_last) if said else None
            if meant is not None or (said == "" and not isinstance(found[-1], SETTLING)):
                qualified = True  # 巡检那块, 不是新培育的: how the ask before is meant
                found[-1] = meant or found[-1]
                continue
            if said:
                continue  # 辩论队几个人？不是科普论坛那个: ruling a row out never asks it
            asked_last = sentence
            sub = self.scoped_part(sentence)
            own = self._evidence.unexplained(
                sub.remainder, explained_by=(), cues=sub.cues, nouns_only=False
            )
            again = self._ask_of_other_projects(sub, found, answered, within, ask=ask)
            within = sub.project_ids or within
            if again is not None:
                found.append(again)  # 企服…最大的是哪条？国交的呢？: the same ask of 国交
                continue
            if not own and not names_field(sub) and not _asks(sentence):
                continue  # 场馆改造 改造展区数量: a project named for the asks after it
            if not own and not names_field(sub) and found and isinstance(found[-1], LISTINGS):
                continue  # …有哪些，共几项: the listing before says how many
            if not own and _asks_goal(sub) and found and isinstance(found[-1], ROWS_SHOWN):
                continue  # 有没有关于能耗的指标，目标是什么: the targets of the rows just shown
            answer = self._sentence_answer(sub, within, subject, ask=ask, own=bool(own))
            if isinstance(answer, NotInForm) and found and isinstance(found[-1], MoneyAnswer):
                answer = _money_lent(sentence, within, found[-1], ask=ask) or answer
            if isinstance(answer, NotInForm) and not sub.project_ids and within:
                answer = self._before_named(sentence, sentences, within, answer, ask=ask)
            if isinstance(answer, NotInForm) and not sub.project_ids and within:
                answer = self._own_project_said(sentence, answer, ask=ask)
            if found and isinstance(answer, IndicatorList) and self._asks_only_column(sub):
                answer = _rows_of(answer, found[-1])  # 桥梁检测几座，绩效标准是什么: that row's
            if answer is None:
                return None  # an ask-back: the whole question may still be answered as one
            found.append(answer)
            answered = sentence
            if own and carry:
                nouns = self._evidence.unexplained(sub.remainder, explained_by=(), cues=sub.cues)
                subject = _noun_run(sub.remainder, nouns or own)  # 开放日 of 开放日接待多少市民
                # 企服预算要是增加两成是多少 然后国交要是翻一番呢: the amount, not 增加.
                subject = _field_cue(sub) if not nouns and names_field(sub) else subject
        if owner is not None and len(found) < len(sentences):
            return None  # 运维 完好率 绩效标准: an item left unanswered, the whole may know it
        if qualified and not any(isinstance(answer, SETTLING) for answer in found):
            return None  # 路灯几盏？巡检那块: the one ask is refused as the whole is
        return _combined(found)

    @staticmethod
    def _ask_of_other_projects(
        sub: Query,
        found: list[Answer],
        answered: str,
        within: tuple[int, ...],
        *,
        ask: PartAsker,
    ) -> Answer | None:
        """Asks the sentence answered last of the other projects a sentence names with no ask
        of its own (企服数量指标里目标最大的是哪条？国交的呢？), when that sentence listed rows
        or worked on them; None otherwise."""
        if not (
            found
            and answered
            and isinstance(found[-1], ASKED_AGAIN)
            and sub.project_ids
            and set(sub.project_ids) != set(within)
            and _ELLIPSIS.fullmatch(strip_punctuation(sub.remainder))
        ):
            return None
        again = ask(answered, sub.project_ids)
        if isinstance(again, IndicatorList):
            whose = {group.project.id for group in again.groups}
        elif isinstance(again, FigureCalculation):
            whose = {figure.project.id for figure in again.figures}
        else:
            return None
        # 国交…按12个月平摊…然后企服呢: a sentence naming its own project is asked of it still
        return again if whose and whose <= set(sub.project_ids) else None

    def _before_named(
        self,
        sentence: str,
        sentences: list[str],
        within: tuple[int, ...],
        answer: Answer,
        *,
        ask: PartAsker,
    ) -> Answer:
        """Asks a sentence said before the one naming a project of every project, when the
        project named after it lacks what it asks (开放日是第几届？数字化改造二期什么时候完成:
        the 开放日 is another project's)."""
        later = sentences[sentences.index(sentence) + 1 :]
        named = {pid for later_one in later for pid in self.scoped_part(later_one).project_ids}
        if not set(within) <= named:
            return answer  # the projects came from before the message, or from this sentence
        alone = ask(sentence, ())
        return alone if isinstance(alone, SETTLING) else answer

    def _own_project_said(self, sentence: str, answer: Answer, *, ask: PartAsker) -> Answer:
        """Asks a sentence of every project when the project carried from the sentence before
        lacks what it asks and a word of it names the project of the one row it finds there
        (运维的带宽多少？养护合格率多少: 养护 of 养护合格率 says 道路桥梁养护)."""
        alone = ask(sentence, ())
        if not isinstance(alone, IndicatorAnswer) or len(alone.indicators) != 1:
            return answer
        row = alone.indicators[0]
        name = self._project_names.get(row.project_id, "")
        said = any(
            name[at : at + PROJECT_WORD_CHARS] in sentence
            for at in range(len(name) - PROJECT_WORD_CHARS + 1)
        )
        return alone if said else answer

    def first_of_dependent(
        self, text: str, scope: tuple[int, ...], *, ask: PartAsker
    ) -> SeveralIndicators | None:
        """Answers the first ask of a chain whose later asks work on its result (企服比国交
        预算多多少 然后多出来的是国交的几倍) and names the rest as not understood: no one
        calculation over the whole is either ask's answer."""
        sentences = pieces_of(text)
        at = next(
            (i for i, piece in enumerate(sentences) if i and _POINTING_BACK.search(piece)), 0
        )
        if not at:
            return None
        first = ask("".join(sentences[:at]), scope)
        if not isinstance(first, SETTLING):
            return None
        rest = tuple(strip_punctuation(piece) for piece in sentences[at:])
        if isinstance(first, IndicatorAnswer):
            return SeveralIndicators((first,), rest)
        return SeveralIndicators((), rest, (first,))

    def _heads_shared(self, text: str) -> str:
        """Gives a piece that names nothing alone the last word of the piece after it, when
        with it the piece names a field or a row: 开始 完成日期 is 开始日期 完成日期."""
        pieces = pieces_of(text)
        if len(pieces) < MIN_SHARED_PIECES:
            return text
        heads = list(pieces)
        for at, (piece, after) in enumerate(itertools.pairwise(pieces)):
            if len(piece) > MAX_SHARED_CHARS or len(after) > MAX_SHARED_CHARS + len(piece):
                continue  # 我是财务，想核一下…总额: a sentence, no item of a terse list
            words = self._lexicon.cut(after)
            head = words[-1] if len(words) > 1 else ""
            if not head or _asks(piece) or self.piece_kind(piece) is not Piece.NOISE:
                continue
            if self.piece_kind(piece + head) is Piece.ASK:
                heads[at] = piece + head
        return " ".join(heads) if heads != pieces else text

    def _owner_cut(self, sub: Query) -> Query | None:
        """Returns a part left open read without the words of one project's name it starts
        with (运维带宽: 带宽 of 城市科普设施运维), those words reading as rows' too (运维风险)."""
        text = strip_punctuation(sub.text)
        if sub.project_ids or names_field(sub) or _asks(text):
            return None  # 运维带宽: a terse item; a part asking goes its own way
        for size in range(len(text) - 1, MIN_HEAD_CHARS - 1, -1):
            owner = self._sole_owner(text[:size])
            if owner is not None:
                rest = self.scoped_part(text[size:].removeprefix(MODIFIER_MARK))
                if rest.project_ids or not self._says_something(rest):
                    return None
                return replace(rest, project_ids=(owner,))
        return None

    def _owner_named(self, piece: str) -> tuple[int, ...] | None:
        """Returns the one project whose name holds a first piece asking nothing (运维 of 运维
        拨款 结转): short words of a name may be a row's too (运维风险), so only the piece
        heading a list of asks is read as the project."""
        said = strip_punctuation(piece)
        owner = self._sole_owner(said)
        if len(said) < MIN_HEAD_CHARS or owner is None or _asks(piece):
            return None
        sub = self.scoped_part(piece)
        return None if names_field(sub) or sub.project_ids else (owner,)

    def _sole_owner(self, said: str) -> int | None:
        """Returns the one project loaded (its newest form) whose name holds ``said``."""
        owners = [pid for pid, name in self._project_names.items() if said and said in name]
        return owners[0] if len(owners) == 1 else None

    def _sentence_answer(
        self, sub: Query, within: tuple[int, ...], subject: str, *, ask: PartAsker, own: bool
    ) -> Answer | None:
        """Answers one sentence; one naming no thing of its own (要办几场, 道路养护的呢), or
        left open alone (上海去几个人), is asked of the thing named before it (开放日, 辩论赛)."""
        answer = None if (subject and not own and not names_field(sub)) else ask(sub.text, within)
        if subject and not isinstance(answer, SETTLING):
            carried = self.scoped_part(subject + sub.text)
            again = ask(carried.text, carried.project_ids or within)
            answer = again if isinstance(again, SETTLING) or answer is None else answer
            if sub.unit and sub.terms and _counts_other_unit(answer, sub.unit):
                alone = ask(sub.text, within)  # 信息 carried to 工作会几场 found a row of 次
                answer = alone if not _counts_other_unit(alone, sub.unit) else answer
        if not isinstance(answer, (*SETTLING, SeveralIndicators, NotInForm)):
            return None
        return answer

    def piece_kind(self, piece: str) -> Piece:
        """Tells what a piece asking with no word does: name a field or a row in full (项目起止
        时间), name projects or words of the form, or only say how the asker came to ask."""
        sub = self.scoped_part(piece)
        if names_field(sub):
            return Piece.ASK
        found = self._matcher.match(sub, project_ids=sub.project_ids)
        if names_indicator(found[0] if found else None):
            return Piece.ASK
        if sub.project_ids or sub.project_choices:
            return Piece.CONTEXT
        if any(
            word in self._task_verbs and word not in self._weights
            for word in self._lexicon.cut(sub.remainder)
        ):
            return Piece.CHAT  # 下午要报材料: the asker's paperwork, though 材料 is a word of rows
        known = any(term.token in self._weights for term in sub.terms)
        if not known and _SELF_INTRODUCTION.search(piece):
            return Piece.CHAT  # 你好我是办公室小王: who asks, never what (王 names no item)
        return Piece.CONTEXT if known else Piece.NOISE

    def _says_something(self, sub: Query) -> bool:
        """Tells whether a part holds a content word: 早上好, 急急急, 谢谢 ask nothing; 及时性,
        which the tagger takes for an adverb, is a term of the form's rows all the same."""
        return bool(
            self._evidence.unexplained(
                sub.remainder, explained_by=(), cues=sub.cues, nouns_only=False
            )
        ) or any(
            len(token) >= MIN_TERM_CHARS
            and token in self._lexicon.terms
            and not ASKING.search(token)  # 多少人 asks
            and not token.endswith(HEADING_SUFFIX)  # 数量指标 names a heading, read elsewhere
            for token in self._lexicon.cut(sub.remainder)
        )

    def _answer_part(
        self, sub: Query, scope: tuple[int, ...], parts: _Parts, *, progress: bool
    ) -> None:
        """Answers one part of a question with several asks, or notes why it cannot."""
        within = sub.project_ids or scope
        if intents.asks_ordinal(sub.rules):
            quoted = self._ordinal(sub, within)  # 科普论坛是第几届: the sentence saying so
            if quoted is not None:
                parts.others.append(quoted)
                return
        found = self._matcher.match(sub, project_ids=within)
        if within and not sub.project_ids and not names_indicator(found[0] if found else None):
            # 数字化改造展区几个，道路养护多长: a row another project holds, named in full, of
            # a project the part names by a word (养护); 企服…然后港澳台学生几个 names none.
            anywhere = self._matcher.match(sub, project_ids=())
            best = anywhere[0] if anywhere else None
            if names_indicator(best) and best is not None and self._names_project_of(sub, best):
                found = anywhere
        resolved = resolve_indicator(found, progress=progress) or self._weak(found, sub, progress)
        if isinstance(resolved, Clarification):
            resolved = self._narrowed(sub, resolved)
        rest = None if isinstance(resolved, IndicatorAnswer) else self._owner_cut(sub)
        if rest is not None:
            self._answer_part(rest, scope, parts, progress=progress)
            return
        if isinstance(resolved, Clarification):
            if not self._deadline_part(sub, within, parts):
                parts.pending.append((self._lexicon.content_text(sub.remainder), found))
            return
        if _HEADING_ROWS_ASK.search(sub.text):
            resolved = None  # 国交的质量指标有哪些: the heading's rows, not one row of it
        if isinstance(resolved, IndicatorAnswer) and self._wrong_unit(sub, resolved):
            parts.unmatched.append(self._lexicon.content_text(sub.remainder) or sub.text)
            return  # 港澳台实习要实习几周: the 实习岗位 row counts 个, not weeks
        if (
            isinstance(resolved, IndicatorAnswer)
            and not _asks_field_instead(sub, found[0])
            and (self._part_named(sub, found[0]) or self._settles(sub, resolved))
        ):
            fresh = tuple(ind for ind in resolved.indicators if ind.id not in parts.seen)
            parts.seen.update(ind.id for ind in fresh)
            if fresh:
                parts.answers.append(replace(resolved, indicators=fresh))
            return
        if (parts.answers or parts.pending) and self._asks_only_column(sub):
            return  # 桥梁检测几座，绩效标准是什么: the column of the row just answered
        keyword = self._keyword_answer(sub, within, found[0] if found else None)
        # 活动完成的时间节点: a deadline row, not the project's date; 完成时限: the row too.
        date = keyword if isinstance(keyword, FactAnswer) else None
        if (date is not None or keyword is None) and self._deadline_part(sub, within, parts, date):
            return
        if isinstance(keyword, MoneyAnswer) and self._asks_spent(sub.text):
            parts.absent.append(SPENT_ITEM)  # 预算多少？已经花了多少？: the spending is not stated
            return
        # 保险费预算多少: an amount asked of a thing the form never names; a part asking
        # nothing (下周预算评审会的材料) only says why.
        strange = _asks(sub.text) and any(t.token not in self._weights for t in sub.terms)
        if self._checked is not None and (
            isinstance(keyword, FactAnswer) or (isinstance(keyword, MoneyAnswer) and strange)
        ):
            # 法律服务靠谁来做: a goal sentence says who, not the 实施单位 谁来做 names;
            # 实习学生的保险费预算多少: no amount of the form is the 保险费.
            keyword = self._checked(sub, within, keyword)
            if isinstance(keyword, IndicatorAnswer):
                parts.answers.append(keyword)
                return
        if isinstance(keyword, MoneyAnswer | FactAnswer | IndicatorList | HeadingList):
            parts.others.append(keyword)  # 预算, 主管部门, 有几个质量指标
            return
        if isinstance(keyword, IndicatorAnswer):
            # 花钱的上限和满意度: the cost row a cap of spending names, found by its rule.
            fresh = tuple(ind for ind in keyword.indicators if ind.id not in parts.seen)
            parts.seen.update(ind.id for ind in fresh)
            parts.answers += [replace(keyword, indicators=fresh)] if fresh else []
            return
        if (
            isinstance(keyword, SeveralIndicators)
            and keyword.others
            and not (keyword.answers or keyword.unmatched or keyword.absent)
        ):
            parts.others.extend(keyword.others)  # 开始日期结束日期: both fields of one part
            return
        if isinstance(keyword, PassageAnswer):
            parts.others.append(keyword)
            return
        label = self._lexicon.content_text(sub.remainder)
        if not label:
            return
        heading = self._heading_named(sub, label, within)
        if heading is not None:
            parts.others.append(heading)  # 国交时效和满意度: 时效 is the heading 时效指标
            return
        unseen = [t.token for t in sub.terms if t.token not in self._weights]
        parts.unseen = parts.unseen or bool(unseen)
        nouns = self._evidence.unexplained(sub.remainder, explained_by=(), cues=sub.cues)
        if any(token in nouns for token in unseen):
            parts.absent.append(label)  # 志愿者人数: a noun no row or goal of the form holds
        else:
            parts.unmatched.append(label)

    def _heading_named(
        self, sub: Query, label: str, within: tuple[int, ...]
    ) -> IndicatorList | HeadingList | None:
        """Returns the rows of the heading a part names by its stem alone (时效 of 国交时效和
        满意度, 质量 of 企服质量和时效), when no row or field is named."""
        if len(label) > MAX_STEM_CHARS or label.endswith(HEADING_SUFFIX):
            return None
        again = self.scoped_part(label + HEADING_SUFFIX)
        listed = self._keyword_answer(again, within, None)
        return listed if isinstance(listed, IndicatorList | HeadingList) else None

    def _asks_only_column(self, sub: Query) -> bool:
        """Tells whether a part asks nothing but the 绩效标准 column (评价标准是什么)."""
        asked = self._column_asked(sub) if self._column_asked else None
        if asked is None:
            return False
        rest = sub.remainder.replace(asked, " ")
        return not self._evidence.unexplained(rest, explained_by=(), cues=sub.cues)

    def _deadline_part(
        self, sub: Query, within: tuple[int, ...], parts: _Parts, date: FactAnswer | None = None
    ) -> bool:
        """Answers a part with the deadline row it means: the row a date answer leaves words
        of, or, with no date answer, the one a part naming a deadline (完成时限) means."""
        row = self._deadline(sub, within, date)
        if row is None or {ind.id for ind in row.indicators} & parts.seen:
            return False
        parts.seen.update(ind.id for ind in row.indicators)
        parts.answers.append(row)
        return True

    def _weak(
        self, found: list[IndicatorMatch], sub: Query, progress: bool
    ) -> IndicatorAnswer | None:
        """Returns the one weak candidate whose name explains every word of the part.

        启动结业等活动场数 scores low against …启动仪式、结业仪式…活动数量, yet says
        nothing that row does not.
        """
        weak = [m.indicator for m in found[:MAX_SUGGESTIONS] if m.score >= MIN_SUGGESTION_SCORE]
        if not weak:
            return None
        settled = self._narrowed(sub, Clarification(tuple(weak), progress=progress))
        if isinstance(settled, IndicatorAnswer) and self._settles(sub, settled):
            return settled
        return None

    @staticmethod
    def _by_elimination(
        matches: list[IndicatorMatch], seen: set[int], *, progress: bool
    ) -> IndicatorAnswer | None:
        """Resolves a part left open once the other parts took their indicators (实习岗位)."""
        rest = [match for match in matches if match.indicator.id not in seen]
        resolved = resolve_indicator(rest, progress=progress)
        if not isinstance(resolved, IndicatorAnswer):
            return None
        seen.update(ind.id for ind in resolved.indicators)
        return resolved

    def _part_named(self, sub: Query, best: IndicatorMatch) -> bool:
        """Tells whether one part of a question names this indicator (成本上限 → 成本控制数)."""
        if names_indicator(best):
            return True
        row = best.indicator
        texts = (row.name, row.level1, row.level2, row.target.raw)  # 场次 of ≥35.00(场)
        return best.score >= MIN_INDICATOR_SCORE and not self._evidence.unexplained(
            sub.remainder, explained_by=texts, cues=sub.cues
        )

    @staticmethod
    def _left_open(
        answer: IndicatorAnswer, matches: list[IndicatorMatch], *, unseen: bool
    ) -> bool:
        """Tells whether one part's answer plus "not sure about the rest" beats the whole.

        Only when the whole question agrees on that indicator, and either names
        something the data does not know (科普讲座) or cannot be answered as one.
        """
        if matches and matches[0].indicator not in answer.indicators:
            return False
        return unseen or not isinstance(
            resolve_indicator(matches, progress=False), IndicatorAnswer
        )


def each_asked(several: SeveralIndicators) -> bool:
    """Tells whether every ask of several found its answer: none left open or lacking."""
    return not (several.unmatched or several.absent) and settled_asks(several)[0] >= MIN_LISTED


def each_part_answered(several: SeveralIndicators) -> bool:
    """Tells whether every part of a question found one row of its own (展区几个，二期何时)."""
    return (
        not several.unmatched
        and not several.absent
        and len(several.answers) >= 2
        and all(len(part.indicators) == 1 for part in several.answers)
    )


def names_field(query: Query) -> bool:
    """Tells whether a question (or part) asks for an amount or a header fact (年度目标)."""
    return bool(intents.money_rule(query.rules) or intents.fact_rule(query.rules))


def name_joined(query: Query, matches: list[IndicatorMatch]) -> tuple[str, ...]:
    """Puts back together the parts a joiner cut that a row the question matches writes
    joined the same way: 推荐单位 和 岗位 of …推荐实习单位和岗位的科技社团数量 is one ask."""
    # 赋能和人才服务 of 科创赋能及人才服务活动数量: one joiner said for another
    names = [
        "".join(m.indicator.name.split()).translate(_ONE_JOINER) for m in matches[:MAX_SUGGESTIONS]
    ]
    joined = list(query.parts[:1])
    for part in query.parts[1:]:
        left = joined[-1]
        word = next((w for w in NAME_JOINERS if left + w + part in query.text), "")
        seam = (left[-JOINED_CHARS:] + word + part[:JOINED_AFTER]).translate(_ONE_JOINER)
        if word and len(left) >= JOINED_CHARS and any(seam in name for name in names):
            joined[-1] = left + word + part
        else:
            joined.append(part)
    return tuple(joined)


CLAUSE_MARK = ","  # how normalised text sets a clause apart (，→ ,)
_REST_ASKED = re.compile(r"(?:其余|其他|剩下|剩余|余下)")  # …，其余还有哪些: the rest asked
# 哪些, 几条, 加起来: an ask of rows, which a clause leaving some out narrows.
_ROWS_ASKED = re.compile(
    # 实施单位是哪家: a header field asked by which, not rows
    r"哪(?!家|位|天|年|月|里|儿|个单位|个部门|个机构)"
    r"|几条|几项|多少条|多少项|列|加起来|合计|一共|总共|之和|平均|其余|剩下"
)
_MORE = re.compile(r"还|别的|另外|其他|几个|多少个|几种")  # 除了产出指标，还有几个
_EXCEPTION_SAID = re.compile(r"(?:除了?|除去|除开|不算|不包括|不含).*$")
# 准确性要求多少，合格率那条除外: the question's last clause, after its last mark.
_LAST_CLAUSE = re.compile(
    r"^(?P<head>.+)[，,；;。？?！!\s](?P<tail>[^，,；;。？?！!\s]+)[。？?！!\s]*$"
)


def left_out_after_one_ask(text: str) -> str | None:
    """Returns a question asking one row's figure without the clause after it that leaves a
    row out (准确性要求多少，合格率那条除外: the row set aside is no ask of its own), or None."""
    said = _LAST_CLAUSE.match(text)
    if said is None or not leaves_out_only(said.group("tail")):
        return None
    head = said.group("head")
    return head if _asks(head) and _ROWS_ASKED.search(head) is None else None


def exceptions_joined(parts: tuple[str, ...]) -> tuple[str, ...]:
    """Joins a part saying what is left aside (除了产出指标以外) or where to look (效益指标里)
    to the ask after it, which it qualifies: alone it asks nothing."""
    joined: list[str] = []
    pending = ""
    for part in parts:
        if joined and not pending and leaves_out_only(part):
            joined[-1] += f"{CLAUSE_MARK}{part}"  # 目标是100的，百分比的不算: rows left out
            continue
        looks_in = _SCOPE_END.search(part) and not _GOALS_NAMED.search(part)
        if (_EXCEPTION.search(part) or looks_in) and not _asks(part):
            pending += part
            continue
        if pending and _asks(part) and not _ROWS_ASKED.search(part) and not _MORE.search(part):
            # 企服除了成本指标，满意度要求多少: one figure asked, which no row set aside narrows
            pending = _EXCEPTION_SAID.sub("", pending)
        if pending and joined and _REST_ASKED.match(part) and not _asks(joined[-1]):
            # 可持续影响指标，除了长效管理机制，其余还有哪条: the rest of the rows said before
            joined[-1] += f"{CLAUSE_MARK}{pending}{CLAUSE_MARK}{part}"
        else:
            joined.append(pending + part)
        pending = ""
    if pending:
        joined.append(pending)
    return tuple(joined)


def _joins_in(best: IndicatorMatch, query: Query) -> bool:
    """Tells whether the row a whole question names holds a joiner the question uses.

    走访对接区科协和企业科协数量 holds its 和; 桥梁检测数量 holds none, so 养护长度和桥梁检测数量
    asks two rows.
    """
    name = "".join(best.indicator.name.split())
    text = "".join(query.text.split())
    seams = [
        next((word for word in NAME_JOINERS if left + word + right in text), "")
        for left, right in zip(query.parts, query.parts[1:], strict=False)
    ]  # 参与 holds 与, but 活动参与人数多少？负责人是谁 is cut at ？, which no name holds
    return any(word and word in name for word in seams)


def _asks_field_instead(sub: Query, best: IndicatorMatch) -> bool:
    """Tells whether a part asks a header field that the row found does not name.

    起止时间 asks the project's period, not 养护完成时间, whose name holds no 起止.
    """
    rule = intents.fact_rule(sub.rules) or intents.money_rule(sub.rules)
    if rule is None or names_indicator(best) or rule[1] in GOAL_FIELDS:
        return False  # 那条目标是什么: 目标 is said of a row's target too
    return not any(cue in best.indicator.name for cue in sub.cues[rule[0]])


class Piece(StrEnum):
    """What a piece of a question between punctuation or spaces does."""

    ASK = "ask"  # asks, or names a field or a row in full (项目起止时间, 线上参观人次目标)
    CONTEXT = "context"  # names projects or words of the form, for the ask after it
    NOISE = "noise"  # how the asker came to ask (上午开会说到的, 谢谢)
    CHAT = "chat"  # the asker's own paperwork (下午要报材料, 明天要交报告)


_FULL_STOP = r"\s*[；;。]"


def asked_sentences(text: str, *, kind: Callable[[str], Piece]) -> list[str]:
    """Cuts a question into the sentences that ask something: a piece of context stays with
    the ask after it (or before it, at the end: 企服那个工作站数量，多少家); noise is left out.
    A piece naming a field or a row after the last asking word asks it (资金总额多少 项目起止时间).

    A question that asks with no word at all lists what it wants (改造展区数量 观众满意度):
    each piece but noise is an ask.
    """
    pieces = pieces_of(text)
    asking = [i for i, piece in enumerate(pieces) if _asks(piece)]
    if not asking:
        return [piece for piece in pieces if kind(piece) not in (Piece.NOISE, Piece.CHAT)]
    kinds = [Piece.ASK if i in asking else kind(piece) for i, piece in enumerate(pieces)]
    # 国交预算；实习几周: a piece a full stop ends is a sentence of its own, no qualifier.
    stopped = {piece for piece in pieces if re.search(re.escape(piece) + _FULL_STOP, text)}
    kinds = [  # 院士专家基本信息采集 准确度要求多少: a row named before an ask qualifies it
        Piece.CONTEXT
        if said == Piece.ASK and i < asking[-1] and i not in asking and pieces[i] not in stopped
        else said
        for i, said in enumerate(kinds)
    ]
    asks: list[str] = []
    pending = ""
    for piece, said in zip(pieces, kinds, strict=True):
        if said in (Piece.NOISE, Piece.CHAT):
            continue
        pending += piece
        if said == Piece.ASK:
            asks.append(pending)
            pending = ""
    if pending and asks:
        asks[-1] += pending
    return asks


def _counts_other_unit(answer: Answer | None, unit: str) -> bool:
    """Tells whether an answer shows rows, one counting in another unit than asked."""
    return not isinstance(answer, IndicatorAnswer) or any(
        ind.target.unit != unit for ind in answer.indicators
    )


def pieces_of(text: str) -> list[str]:
    """Returns the pieces of a question between punctuation or spaces between words."""
    return [piece for piece in _SENTENCE_BREAK.split(text) if piece.strip()]


def _asks_carried(
    parts: tuple[str, ...],
    *,
    project_spans: Callable[[str], list[tuple[int, int]]] = lambda _: [],
) -> tuple[str, ...]:
    """Gives a part that only ends in 呢 the ask of the part before it (辩论赛第几届 科普论坛呢:
    科普论坛第几届), so it is never answered with another figure of its row; a part naming
    only a project gets the whole ask, without the project it was said of (国交合作单位几家，
    企服呢: 企服合作单位几家)."""
    carried = list(parts)
    for at in range(1, len(carried)):
        part = carried[at].rstrip()
        bare = part.removesuffix(ELLIPSIS_MARK)
        if bare == part or not bare or ASKING.search(bare):
            continue
        ask = ASKING.search(carried[at - 1])
        if ask is None or ask.group(0) in (ELLIPSIS_MARK, YES_NO_MARK):
            continue
        whole = _ask_of_other_project(bare, carried[at - 1], project_spans)
        if whole is not None:
            carried[at] = whole
            continue
        start = ask.start() - (carried[at - 1][ask.start() - 1 : ask.start()] == ORDINAL_MARK)
        tail = carried[at - 1][start:].rstrip()
        if len(tail) <= MAX_CARRIED_ASK_CHARS:  # 第几届, 几家; 哪些时效指标 names its own rows
            heading = not project_spans(bare)  # 国交的呢: the same rows of another project
            head = _heading_carried(carried[at - 1][:start], bare) if heading else bare
            carried[at] = head + tail
    return tuple(carried)


_OWNER_WORDS = re.compile(r"(?:的|项目|那边|这边|那个|这个|那块|这块|那张|这张|表)*")


def _ask_of_other_project(
    bare: str, before: str, project_spans: Callable[[str], list[tuple[int, int]]]
) -> str | None:
    """Returns the ask of ``before`` said of the project ``bare`` names alone (企服, 那企服
    的), without the projects ``before`` names, or None when ``bare`` says more than a project
    or ``before`` names none."""
    spans = project_spans(bare)
    if len(spans) != 1 or bare[: spans[0][0]].strip() not in ("", "那", "那么"):
        return None
    if not _OWNER_WORDS.fullmatch(bare[spans[0][1] :]):
        return None  # 企服培训会呢: a row of its own
    own = project_spans(before)
    if not own:
        return None
    rest = "".join(
        before[end:start]
        for (_, end), (start, _) in itertools.pairwise([(0, 0), *own, (len(before), len(before))])
    )
    return bare[spans[0][0] : spans[0][1]] + rest.lstrip("的")


def _heading_carried(before: str, bare: str) -> str:
    """Gives a part said after an ask of a heading's rows the heading's suffix (时效指标啥，
    可持续影响的呢: 可持续影响指标), so it names the heading, not words of a goal."""
    asked_of = _ASKS_OF_ALL.sub("", before[-len(HEADING_SUFFIX) - 2 :])
    if not asked_of.endswith(HEADING_SUFFIX) or HEADING_SUFFIX in bare:
        return bare
    return bare.removesuffix(MODIFIER_MARK) + HEADING_SUFFIX


# A head before a colon that requests the answer (请分别告诉我：, 请输出：, 麻烦列出：).
_REQUEST_HEAD = re.compile(r"^(?:请|麻烦|烦请|劳驾|帮我)|告诉|输出|给出|列出|回答|答复")


def _head_carried(parts: tuple[str, ...], *, text: str) -> tuple[str, ...]:
    """Gives every part listed after a head said with a colon the head (港澳台实习：征集岗位、
    参加的学生: 港澳台实习参加的学生), so no part is read as a row of another activity.

    Only the items the list joins (、, 和) or that name a thing and ask of it get it; a
    sentence after a comma that asks of them all (三个数分别给我) does not.
    """
    head, colon, first = parts[0].partition(TOPIC_MARK) if parts else ("", "", "")
    if not colon or len(head) < MIN_HEAD_CHARS or not first or _asks(head):
        return parts
    if _REQUEST_HEAD.search(head):
        return parts  # 请分别告诉我：…、…: a request of the answer, no topic of the parts
    carried, at = [parts[0]], text.find(parts[0]) + len(parts[0])
    for part in parts[1:]:
        start = text.find(part, at)
        listed = start > 0 and (
            any(text[:start].endswith(word) for word in NAME_JOINERS) or _names_and_asks(part)
        )
        carried.append(head + part if listed and head not in part else part)
        at = max(at, start + len(part))
    return tuple(carried)


def _names_and_asks(part: str) -> bool:
    """Tells whether a part names a thing, then asks of it (参加的学生几人); 这几个分别是多少 and
    三个数分别给我 ask of the items listed before."""
    ask = ASKING.search(part)
    named = part[: ask.start()] if ask else ""
    return (
        len(named) >= MIN_HEAD_CHARS
        and _POINTING.search(named) is None
        and _ASKS_OF_ALL.fullmatch(named) is None
    )


def _asks(piece: str) -> bool:
    """Tells whether a piece holds an asking word or ends as a yes-or-no question; 那几个
    (运维项目那几个数量上的指标) points at things and asks nothing."""
    piece = _POINTING.sub("", piece)
    return bool(
        ASKING.search(piece) or _ASKING_SPOKEN.search(piece) or _TAG_QUESTION.search(piece.strip())
    )


def _rows_of(listing: IndicatorList, before: Answer) -> IndicatorList:
    """Keeps the rows of a listing the answer before shows (the 绩效标准 of the row asked)."""
    if not isinstance(before, IndicatorAnswer):
        return listing
    ids = {row.id for row in before.indicators}
    groups = tuple(
        replace(group, indicators=tuple(r for r in group.indicators if r.id in ids))
        for group in listing.groups
    )
    return replace(listing, groups=tuple(group for group in groups if group.indicators))


def _combined(found: list[Answer]) -> SeveralIndicators | None:
    """Puts the answers of each sentence together, each row and fact once."""
    answers: list[IndicatorAnswer] = []
    others: list[Answer] = []
    unmatched: list[str] = []
    absent: list[str] = []
    seen: set[int] = set()
    for answer in found:
        if isinstance(answer, SeveralIndicators):
            parts: list[Answer] = [*answer.answers, *answer.others]
            unmatched += answer.unmatched
            absent += answer.absent
        elif isinstance(answer, NotInForm):
            parts = []
            absent += answer.words
        else:
            parts = [answer]
        for part in parts:
            if isinstance(part, IndicatorAnswer):
                fresh = tuple(ind for ind in part.indicators if ind.id not in seen)
                seen.update(ind.id for ind in fresh)
                answers += [replace(part, indicators=fresh, understood=False)] if fresh else []
            elif isinstance(part, SETTLING) and part not in others:
                others.append(part)
    if unmatched or (not answers and not others):
        return None  # a sentence left open: a partial answer is no better than the whole
    return SeveralIndicators(
        tuple(answers),
        tuple(dict.fromkeys(unmatched)),
        goals_apart(_said_once(others)),
        tuple(dict.fromkeys(absent)),
    )


# 年度预算 and 年度资金申请总额 name one amount where a form writes no other total.
_ONE_AMOUNT = frozenset({MoneyField.BUDGET, MoneyField.ANNUAL_TOTAL})


def _said_once(others: list[Answer]) -> list[Answer]:
    """Returns the parts with each thing shown once (国交的年度预算，多少钱: the year's amount
    asked by two names)."""
    kept: list[Answer] = []
    for part in others:
        if not any(_same_said(part, shown) for shown in kept):
            kept.append(part)
    return kept


def _same_said(part: Answer, other: Answer) -> bool:
    """Tells whether two parts show one thing: the same answer, or the year's amount named
    as 预算 and as 年度资金申请总额 where the form writes no other total."""
    if part == other:
        return True
    if not (isinstance(part, MoneyAnswer) and isinstance(other, MoneyAnswer)):
        return False
    return (
        {part.field, other.field} == _ONE_AMOUNT
        and replace(part, field=other.field) == other
        and part.operation is None
        and part.column is None
        and all(
            project.funding.project_total in (None, project.funding.annual_total)
            for project in part.projects
        )
    )


def settled_asks(answer: Answer) -> tuple[int, int]:
    """Returns how many asks an answer settles (each part of several, or one), then minus how
    many it leaves unsure: 3家 and no "未能确定“上次领导问起”" beats 3家 with it. A part the
    form lacks (没有找到“负责人”) is settled too: saying so is the answer."""
    if isinstance(answer, SeveralIndicators):
        settled = len(answer.answers) + len(answer.others)
        return settled, -len(answer.unmatched)
    return (1 if isinstance(answer, SETTLING) else 0), 0


def goals_apart(others: list[Answer]) -> tuple[Answer, ...]:
    """Reads 总体目标 asked beside 年度目标 as the goal of the whole span, so that the annual
    goal, which 总体目标 alone also shows, is not said twice (年度目标和总体目标分别是什么)."""
    annual = [
        _ids(answer)
        for answer in others
        if isinstance(answer, FactAnswer) and answer.field is ProjectField.ANNUAL_GOAL
    ]
    apart: list[Answer] = []
    for answer in others:
        if (
            isinstance(answer, FactAnswer)
            and answer.field is ProjectField.GOAL
            and _ids(answer) in annual
        ):
            if not any(project.overall_goal.strip() for project in answer.projects):
                continue  # no goal of the whole span: 总体目标 would repeat the annual one
            answer = replace(answer, field=ProjectField.OVERALL_GOAL)
        if answer not in apart:
            apart.append(answer)
    return tuple(apart)


def _ids(answer: FactAnswer) -> tuple[int, ...]:
    return tuple(project.id for project in answer.projects)


def _noun_run(text: str, nouns: tuple[str, ...]) -> str:
    """Returns the first noun with the nouns written right after it: 合作单位 of 合作单位数量
    是多少, carried whole to the next sentence (企服的呢), where 合作 alone would name another
    row; 开放日 of 开放日接待多少市民, which a verb ends."""
    start = text.find(nouns[0])
    end = start + len(nouns[0])
    for noun in nouns[1:]:
        at = text.find(noun, start)
        if start <= at < end:
            continue  # 位数 of 单位数量: a word found inside the run so far
        if at != end:
            break
        end = at + len(noun)
    return text[start:end]


def _field_cue(sub: Query) -> str:
    """Returns the longest word a sentence names its amount or header field by (预算)."""
    rule = intents.money_rule(sub.rules) or intents.fact_rule(sub.rules)
    cues = sorted(sub.cues.get(rule[0], ()), key=len) if rule else []
    return cues[-1] if cues else ""


def _asks_goal(sub: Query) -> bool:
    """Tells whether a sentence asks a goal field only (目标是什么), which said of rows just
    shown asks their targets."""
    fact = intents.fact_rule(sub.rules)
    if fact is None or fact[1] is not ProjectField.GOAL or intents.money_rule(sub.rules):
        return False
    cues = sub.cues.get(fact[0], frozenset())
    return bool(cues) and all(cue.startswith(BARE_GOAL) for cue in cues)  # not 年度目标


def _rows_shown(parts: _Parts) -> bool:
    """Tells whether the parts answered so far show rows with their targets."""
    return bool(parts.answers) or any(isinstance(other, IndicatorList) for other in parts.others)


# 他们, 她们: people the part before told of, so that part says who the ask is for
_PEOPLE_BACK = re.compile(r"[他她]们")
# 让企业和人才实现啥, 帮助企业与科技工作者解决什么: the 和 joins what one verb acts on, and
# the ask after them is one.
_OBJECTS_JOINED = re.compile(
    r"(?:让|使|使得|帮助|帮)[\u4e00-\u9fff]{1,6}?(?:和|与|及|跟)[\u4e00-\u9fff]{1,6}?"
    r"(?:实现|达到|做到|取得|获得|得到|解决|形成)"
)
# Asks dictated one after another with a pause between (企服 走访几次 时效): no punctuation at
# all, the words between spaces. Written with commas, each is read as an ask of its own.
_PUNCTUATED = re.compile(r"[，,？?；;。!！、:：]")
_SPOKEN_BREAK = re.compile(r"(?<=[\u4e00-\u9fff]) +(?=[\u4e00-\u9fff])")
MIN_DICTATED_PIECES = 3  # 企服 时效 is a project and its row; three pieces are several asks


# 三年总目标和25年目标: a year written by two digits, before what a year's form states.
_SHORT_YEAR = re.compile(r"(?<![\d.第])(\d{2})年(?=度|的?(?:目标|预算|任务|计划|要))")
_CENTURY = "20"


def dictated_apart(text: str) -> str | None:
    """Returns a question dictated as pieces between spaces written with commas between them
    (企服成本上限 满意度 还有质量指标几个 → 企服成本上限，满意度，还有质量指标几个), else None.

    Numbered asks (问两个：1. 参与人数 2. 合作单位) are set apart when the question is read
    (``query.numbered_apart``)."""
    repeated = repeated_apart(text)
    if repeated is not None:
        return repeated
    if _PUNCTUATED.search(text):
        return None
    pieces = _measure_of_thing_joined(_SPOKEN_BREAK.split(text.strip()))
    return "，".join(pieces) if len(pieces) >= MIN_DICTATED_PIECES else None


@built_once
def _spoken_measure() -> re.Pattern[str]:
    """Returns the pattern of a measure dictated after a space (桥梁 长度): the thing before it
    and the measure, to be written together."""
    measures = "|".join(map(re.escape, cue_words()["bare_measure"]))
    return re.compile(rf"((?:^|[ ，,])[\u4e00-\u9fff]+) +({measures})(?=$|[ ，,？?])")


def _measure_of_thing_joined(pieces: list[str]) -> list[str]:
    """Joins a piece that only says a measure (长度, 数量, 人数) to the thing dictated before
    it (养护 桥梁 长度: 桥梁长度, never 桥梁 and a 长度 of another row)."""
    joined: list[str] = []
    for piece in pieces:
        measures = cue_words()["bare_measure"]
        if joined and piece in measures and joined[-1] not in measures:
            joined[-1] += piece
            continue
        joined.append(piece)
    return joined


# 企服成本上限国交成本上限对比下: one ask said twice, of two things, with no break between.
_SAID_TWICE = re.compile(
    r"^(?P<first>[\u4e00-\u9fff]{2,8}?)(?P<ask>[\u4e00-\u9fff]{3,10})"
    r"(?P<second>[\u4e00-\u9fff]{2,4}?)(?P=ask)"
)
# 养护预算加运维预算, 市民和市民满意度, 学生里台湾学生: words said twice about one ask.
_ONE_ASK_JOINED = re.compile(r"[和加与及跟同里中的占比是为]")
MAX_SAID_TWICE = 40  # characters: longer texts are no two short asks run together


def repeated_apart(text: str) -> str | None:
    """Returns a question saying one ask of two things with no break between them (企服成本
    上限国交成本上限对比下) with a comma after the first ask, else None."""
    if len(text) > MAX_SAID_TWICE or _PUNCTUATED.search(text):
        return None  # cut already, or written with its breaks
    found = _SAID_TWICE.match(text)
    if found is None or _ONE_ASK_JOINED.search(text, 0, found.end()):
        return None
    return f"{text[: found.end('ask')]}，{text[found.start('second') :]}"


# 企服院士专家多少名信息采集多少条, 国交预算多少实施单位是谁: asks typed one after another with no
# break between them, each closed by its asking word (and the measure it asks in).
_MEASURE_ASKED = r"(?:人次|万元|[个名条篇座辆人场家次项套件份处米元万钱])"
_CLOSING_ASK = re.compile(
    rf"(?:多少|几)个?{_MEASURE_ASKED}?|(?:是|归|由)?谁(?:管|负责|牵头|来管|来做|来办)?"
    r"|(?:(?:啥|什么)时候|何时|哪天|哪一天|几号|几月几号|哪个月)"
    r"(?:开始|开工|启动|动工|完成|完工|结束|截止|到期|干完|做完|弄完|搞完|完)?|多[长久大宽远]"
    r"|(?:是|有|叫)(?:啥|什么|哪个|哪家|哪里)"
)
_AFTER_ASK = "啊呀呢哈吗嘛啦"  # particles closing an ask
# What a part cut off may not open with: particles, joiners, comparisons and workings, a
# measure left over (几月几号), words pointing back (这个, 二者): all go on the ask before.
_NO_ASK_OPENS = re.compile(
    r"[的了是和与及跟同比多少高低加减乘除占就都也又还再之以这那它其俩差倍年月日号点分天周个"
    r"名条篇座辆人场家次项套件份处米元万钱啊呀呢哈吗嘛啦吧么]"
    r"|分别|一共|总共|合计|二者|两者|指标|项目"  # 几个指标: what the ask counts
)
# 哪个项目预算多, 比国交多多少: a which-ask or a comparison asks once over both its halves.
_ONE_ASK_OVER = re.compile(
    r"比|哪(?!天|一天|个月|年)|最|还是|相比|对比|超过|高于|低于|加上|减去|一共|合计|总共|共计"
    r"|加总|总计|总和|之和|加起来|相加|平均|均摊|平摊"
)
STILL_HAS_WORD = "还有"  # 国交归谁管 还有几号开工: a joiner before the next ask
MIN_GLUED_CHARS = 2  # what a glued ask names before its asking word (预算, 实施单位)


def glued_apart(text: str) -> str | None:
    """Returns a question of several asks typed with no break between them (养护桥检测几座
    运维巡检车几辆; 国交归谁管 还有几号开工), with a comma after each ask, else None (asks
    listed after markers are set apart before, by nlu/bullets.py).

    A cut falls right after a closing ask (几座, 多少名, 是谁) when the text after it names a
    thing of its own and asks of it; a question comparing or asking which (比国交多多少,
    哪个项目预算多) is one ask over both halves and is not cut.
    """
    if len(text) > MAX_SAID_TWICE or _ONE_ASK_OVER.search(text):
        return None
    cuts: list[int] = []
    start = 0
    for found in _CLOSING_ASK.finditer(text):
        end = found.end()
        while end < len(text) and text[end] in _AFTER_ASK:
            end += 1
        rest = text[end:].lstrip()
        opener = rest.removeprefix(STILL_HAS_WORD)
        if not _glued_piece(text[start : found.start()]) or _NO_ASK_OPENS.match(opener):
            continue
        later = _CLOSING_ASK.search(opener)
        if later is None or not (
            _glued_piece(_CLOSING_ASK.sub("", opener, count=1))
            or len(later.group(0)) > MIN_GLUED_CHARS
        ):
            continue  # 实施单位是谁, 几号开工, 谁负责: the next ask names a thing, or a doing
        cuts.append(end)
        start = end
    if not cuts:
        return None
    pieces = [text[a:b].strip() for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]
    return "，".join(pieces)


def _glued_piece(named: str) -> bool:
    """Tells whether the words before a glued ask name a thing (预算, 养护桥检测), not only
    punctuation, a space or a particle."""
    said = re.sub(r"[^\u4e00-\u9fff]", "", named)
    return len(said) >= MIN_GLUED_CHARS and not _PUNCTUATED.search(named)


# 养护那个和运维那个的, 改造和运维 项目类别, 运维这边跟养护那边: projects listed by words of
# their names, each perhaps pointed at or said as a project. Read as written, a short word
# pointed at (养护那个) names no project and its ask goes to the other one alone.
_POINTED_AT = r"(?:那个|这个|那边|这边|那块|这块|那张|这张|那份|这份|那项|这项|项目|表)?的?"
_CJK_AT = re.compile(r"(?![和跟与及])[\u4e00-\u9fff]")
_LIST_GAP = re.compile(r"\s*[和跟与及、]\s*|\s+")
# …，就路桥那个, …，就是养护那张表: a closing clause saying again which project is meant.
_PROJECT_RESTATED = re.compile(
    r"[，,\s]+我?(?:也就是|就是|就|即|指的是|说的是|问的是)(?P<said>[\u4e00-\u9fff]{2,12}?)"
    r"(?:那个项目|那个|这个|那边|这边|那块|那张表|那张|这张|那份|项目)?的?[啊哈呀吧嘛哦]*[。.!！]?$"
)
LISTED_JOINER = "和"
OWNER_MARK = "的"
MIN_NAME_WORD_CHARS = 2
MAX_LISTED_CHARS = 60  # longer texts are no short ask of a few projects


@dataclass(frozen=True)
class WordMention:
    """A short word of one project's name said in a question (运维), and where it ends."""

    project_ids: tuple[int, ...]
    end: int


class ListedProjects:
    """Writes out in full the names of projects listed by short words of their names."""

    def __init__(
        self, *, names: Mapping[int, str], rows: str, parts: Callable[[str], list[str]]
    ) -> None:
        self._names = dict(names)
        self._rows = rows  # every row name, one a line: a word going on into one names no project
        self._parts = parts  # the dictionary words inside a name
        self._pattern: re.Pattern[str] | None = None
        self._owner: dict[str, int] = {}

    def spelled_out(
        self, text: str, *, scoped: Callable[[str], tuple[int, ...]] = lambda _: ()
    ) -> str | None:
        """Returns ``text`` with each list of two or more projects named by short words written
        with their full names (养护那个和运维那个的 → 道路桥梁养护和城市科普设施运维的), else
        None; also None when the question as written is scoped to every project listed
        already (``scoped``), as 运维和养护的 often is."""
        if len(text) > MAX_LISTED_CHARS or not _LIST_GAP.search(text) or len(self._names) < 2:
            return None
        pattern = self._words()
        items = [
            found
            for found in pattern.finditer(text)
            if not self._goes_on(text, found.start("word"), found.group("word"), found.end())
            and not (found.group(0) == found.group("word") and _CJK_AT.match(text, found.end()))
        ]  # 场馆改造项目: 场馆 alone goes on into words no name holds in that order
        pieces: list[str] = []
        at = 0
        listed: set[int] = set()
        for run in _runs(text, items):
            owners = [self._owner[item.group("word")] for item in run]
            if len(set(owners)) < len(owners) or len(owners) < 2:
                continue
            listed.update(owners)
            owned = any(item.group(0) != item.group("word") for item in run[-1:])
            names = LISTED_JOINER.join(self._names[owner] for owner in owners)
            pieces += [text[at : run[0].start()], names + (OWNER_MARK if owned else "")]
            at = run[-1].end()
        if not pieces or listed <= set(scoped(text)):
            return None
        return "".join([*pieces, text[at:]])

    def words_said(self, text: str) -> list[WordMention]:
        """Returns each short word of one project's name ``text`` says as that project (运维年度
        250万), never a word going on into a row's name (运维成本)."""
        if len(self._names) < 2:
            return []
        return [
            WordMention((self._owner[found.group("word")],), found.end("word"))
            for found in self._words().finditer(text)
            if not self._goes_on(text, found.start("word"), found.group("word"), found.end())
        ]

    def restatement_apart(
        self, text: str, *, find_projects: Callable[[str], Sequence[ProjectMention]]
    ) -> str | None:
        """Returns ``text`` without a closing clause that only says again which project is
        meant (道路养护的满意度多少，就路桥那个), the project put first when the rest names
        none (满意度多少，就养护那个 → 道路桥梁养护的满意度多少), else None (the rest names
        another project, or the clause says more than a project)."""
        found = _PROJECT_RESTATED.search(text)
        if found is None:
            return None
        said, rest = found.group("said"), text[: found.start()]
        mentions = find_projects(said)
        if len(mentions) == 1 and mentions[0].end - mentions[0].start == len(said):
            meant = set(mentions[0].project_ids)
        elif self._words().fullmatch(said):
            meant = {self._owner[said]}
        else:
            return None  # 就市民满意度那个, 就是企服编印建设指引那个数量: more than a project
        if len(meant) != 1:
            return None
        before = {pid for mention in find_projects(rest) for pid in mention.project_ids} | {
            self._owner[word.group("word")] for word in self._words().finditer(rest)
        }
        if before == meant:
            return rest
        return f"{self._names[meant.pop()]}{OWNER_MARK}{rest}" if not before else None

    def index(self) -> None:
        """Builds the pattern of the names' words now, for a long-running process: at 10,000
        indicators the first list of projects asked would wait about 60 ms for it."""
        self._words()

    def _words(self) -> re.Pattern[str]:
        """Returns the pattern of the words of one project's name alone (运维, 设施运维)."""
        if self._pattern is None:
            held: dict[str, set[int]] = {}
            for owner, name in self._names.items():
                bounds = {0, len(name)}
                for part in self._parts(name):  # 城市, 科普, 设施, 运维 of 城市科普设施运维
                    at = name.find(part)
                    bounds |= {at, at + len(part)} if at >= 0 else set()
                for start, end in itertools.combinations(sorted(bounds), 2):
                    if end - start >= MIN_NAME_WORD_CHARS:
                        held.setdefault(name[start:end], set()).add(owner)
            self._owner = {word: next(iter(ids)) for word, ids in held.items() if len(ids) == 1}
            words = "|".join(map(re.escape, longest_first(self._owner)))
            self._pattern = re.compile(rf"(?P<word>{words or '(?!)'}){_POINTED_AT}")
        return self._pattern

    def _goes_on(self, text: str, at: int, word: str, end: int) -> bool:
        """Tells whether the text around a word writes more of a row name holding it (运维成本
        of 设施运维成本控制数, 学术交流): the word names that row, not a project."""
        said_after = end == at + len(word)
        start = self._rows.find(word)
        while start >= 0:
            after = self._rows[start + len(word) : start + len(word) + 1]
            before = self._rows[start - 1 : start] if start else ""
            if (said_after and after.strip() and text[end : end + 1] == after) or (
                before.strip() and at and text[at - 1] == before
            ):
                return True
            start = self._rows.find(word, start + 1)
        return False


def _runs(text: str, items: list[re.Match[str]]) -> list[list[re.Match[str]]]:
    """Returns the items that follow each other with only a joiner or a space between."""
    runs: list[list[re.Match[str]]] = []
    for item in items:
        if runs and _LIST_GAP.fullmatch(text, runs[-1][-1].end(), item.start()):
            runs[-1].append(item)
        else:
            runs.append([item])
    return runs


# 辩论 不是 国交合作单位数量几家, 企服的预算，不是，国交的: 不是 said alone between pauses takes
# back what was said before it, as 不对 does; 是不是 and 不是…吗 ask instead.
_TAKEN_BACK = re.compile(r"(?<=[\s，,。；;])不是[啊哦呀嗯]?(?:\s+|[，,。；;]\s*)")
_SAID_INSTEAD = re.compile(
    r"^(?P<wrong>[^\s，,。；;]{1,12})[\s，,。；;]+是(?P<right>[^\s，,。；;].*)$"
)
TAKEN_BACK = "，不对，是"  # the way nlu/corrections.py reads a correction
OWNER_MARK_END = "的"


def bare_taken_back(text: str, *, names_project: Callable[[str], bool]) -> str | None:
    """Returns a message where a bare 不是 takes back what was said before it, written the way
    a correction is read (辩论 不是 国交合作单位数量几家 → 辩论，不对，是国交合作单位数量几家;
    辩论 不是 国交的 是企服的 → 企服的辩论), else None."""
    if "不是" not in text:
        return None
    found = _TAKEN_BACK.search(text)
    if found is None:
        return None
    before, after = text[: found.start()].strip(), text[found.end() :].strip()
    if not re.search(r"[\u4e00-\u9fff]", before) or before.endswith("是") or len(after) < 2:
        return None  # 5个人 是 不是: asked
    instead = _SAID_INSTEAD.match(after)
    if instead is None:
        return before + TAKEN_BACK + after.removeprefix("是")
    wrong, right = instead.group("wrong"), instead.group("right")
    if wrong in before:
        return before.replace(wrong, right, 1)  # 企服的辩论 不是 企服的 是国交的
    if names_project(right):
        return right.removesuffix(OWNER_MARK_END) + OWNER_MARK_END + before  # 企服的辩论
    return None


# 建设指引印几套 + 验收合格率多少: a plus sign after an ask lists the next ask, adding nothing.
_PLUS = re.compile(r"\s*[+＋]\s*")
_ASK_ENDS = re.compile(rf"(?:{ASKING.pattern})[\u4e00-\u9fff]{{0,2}}[啊呀呢哈吗嘛啦]?$")


# 成本指标 + 时效指标: a plus between two headings joins them as 和 does, asking both.
_HEADINGS_PLUS = re.compile(r"(?<=[\u4e00-\u9fff]{2}指标)\s*[+＋]\s*(?=[\u4e00-\u9fff]{2,4}指标)")


def asks_listed_by_plus(
    text: str, *, names_project: Callable[[str], bool] | None = None
) -> str | None:
    """Returns ``text`` with a plus sign between two asks written as a comma (印几套 + 合格率
    多少 → 印几套，合格率多少), else None; between two things (预算+结转多少) it adds them.
    One field said after each project (改造 项目类别 + 运维 项目类别) asks it of each."""
    if "+" not in text and "＋" not in text:
        return None
    if _HEADINGS_PLUS.search(text):
        return _HEADINGS_PLUS.sub("和", text)  # 成本指标 + 时效指标: the rows of both headings
    pieces = _PLUS.split(text)
    if names_project is not None and _field_said_of_each(pieces, names_project):
        return "，".join(piece.replace(" ", "") for piece in pieces)
    if len(pieces) < 2 or not all(_ASK_ENDS.search(piece.strip()) for piece in pieces[:-1]):
        return None
    if not ASKING.search(pieces[-1]):
        return None
    return "，".join(piece.strip() for piece in pieces)


# 哪一个指标用的是行业标准，哪一个用的是历史标准: a which-ask said again of the same kind of thing
# leaves the thing out; the sentence before says it right after its asking word.
_WHICH = re.compile(r"哪(?:一|几)?(?:个|些|项|条|家|类)?")
_WHICH_NOUN = re.compile(rf"(?P<which>{_WHICH.pattern})(?P<noun>指标|项目|事项|活动|单位|部门)")


def which_noun_lent(sentences: list[str]) -> list[str]:
    """Returns the sentences with the thing a which-ask names lent to a later sentence that
    opens with the same asking word and names no thing after it (哪一个用的是历史标准 →
    哪一个指标用的是历史标准)."""
    lent: list[str] = []
    named: re.Match[str] | None = None
    for sentence in sentences:
        opening = _WHICH.match(sentence)
        if named is not None and opening is not None and opening.group(0) == named["which"]:
            rest = sentence[opening.end() :]
            if not rest.startswith(named["noun"]) and not _WHICH_NOUN.match(sentence):
                sentence = named["which"] + named["noun"] + rest
        named = _WHICH_NOUN.search(sentence) or named
        lent.append(sentence)
    return lent


def one_guessed_for_each(query: Query, answer: Answer) -> bool:
    """Tells whether one row was guessed (按…理解) for a question asking each of several
    things (企服 培训会 评审会 各几场): the things the guess leaves out are dropped unsaid."""
    return (
        isinstance(answer, IndicatorAnswer)
        and answer.understood
        and len(answer.indicators) == 1
        and intents.asks_each(query.rules)
    )


# 实施单位是不是同一个, 主管部门是同一家吗: whether a header field is one value for every project
# asked, answered by showing it for each (均为…).
_SAME_ONE = re.compile(
    r"(?P<field>单位|部门|主管|类别|性质|类型)\s*(?:是不是|是否|是|都是|也是)\s*"
    r"(?:同一(?:个|家|所)?|一个|一家)(?:单位|部门|机构)?(?:吗|呢|么|啊)?"
)
EACH_ASKED = "分别是什么"


# 是不是同一个实施单位, 是同一家主管部门吗: the field said after the sameness.
_SAME_ONE_BEFORE = re.compile(
    r"(?:是不是|是否|是|都是)\s*同一(?:个|家|所)?"
    r"(?P<field>实施单位|主管部门|预算部门|主管单位|单位|部门)(?:吗|呢|么|啊)?"
)


def same_one_asked(text: str) -> str | None:
    """Returns ``text`` with an ask whether a header field is the same one written as an ask
    of each project's (实施单位是不是同一个 → 实施单位分别是什么; 是同一个实施单位吗 → 的实施
    单位分别是什么), else None."""
    if "同一" not in text and "是一" not in text:
        return None
    found = _SAME_ONE.search(text)
    if found is not None:
        return text[: found.end("field")] + EACH_ASKED + text[found.end() :]
    found = _SAME_ONE_BEFORE.search(text)
    if found is None:
        return None
    asked = f"{OWNER_MARK}{found.group('field')}{EACH_ASKED}"
    return text[: found.start()] + asked + text[found.end() :]


# 不是新培育的, 不是新申报的那种: a part that only says what the ask before does not mean (the
# thing asked may be carried in front: 工作站不是新培育的).
_RULED_OUT = re.compile(
    r"^[\u4e00-\u9fff]{0,12}?(?:但|而|可)?(?<!是)不是(?P<what>[\u4e00-\u9fff]{1,10}?)"
    r"(?:的|那种|那个|那些|这种|那块|[啊呀哦嘛哈])*$"
)
# 巡检那块, 路灯这边的: a part that only says where the ask before belongs.
_WHERE_SAID = re.compile(
    r"^(?:是|在)?[\u4e00-\u9fff]{2,8}?(?:那块|这块|那一块|这一块|那边|这边|方面)的?$"
)
_RULED_OUT_FILLERS = re.compile(r"[的了那这种个些]")
# 是科普论坛的, 而是已经建好的: after a part ruling a thing out, the thing meant instead.
_MEANT_INSTEAD = re.compile(r"^(?:而|但)?是(?P<meant>[\u4e00-\u9fff]{2,12}?)(?:的|那个|那种)*$")


def qualifier_of(text: str) -> str | None:
    """Returns what a part asking nothing rules out of the ask before it (不是新培育的 → 新培育),
    "" when it only says where that ask belongs (巡检那块), None when it qualifies nothing."""
    said = strip_punctuation(text).replace(" ", "")
    if _asks(said):
        return None
    ruled_out = _RULED_OUT.match(said)
    if ruled_out is not None:
        return _RULED_OUT_FILLERS.sub("", ruled_out.group("what"))
    return "" if _WHERE_SAID.match(said) is not None else None


def _qualifies(text: str, parts: _Parts) -> bool:
    """Tells whether a part only qualifies the asks before it, and notes what it rules out.

    A place said after an ask answered may ask a row of its own (巡检车辆几辆，完好率那块); a
    thing ruled out that none of the rows answered holds is a thing corrected (不是法律知识
    丛书啊，是…).
    """
    meant = _MEANT_INSTEAD.match(strip_punctuation(text)) if parts.ruled_out else None
    if meant is not None and not _asks(text):
        # 不是研讨会那个，是科普论坛的: the thing meant instead, never asked alone (its own row
        # would answer), and not asked again: the ask before is refused.
        asked = strip_punctuation(ASKING.split(parts.asked_by[-1])[0]) if parts.asked_by else ""
        asked = asked.lstrip(MODIFIER_MARK)
        thing = meant.group("meant")
        short = 0 < len(asked) <= MAX_STEM_CHARS * 2
        parts.absent.append(f"{thing}{MODIFIER_MARK}{asked}" if short else thing)
        return True
    said = qualifier_of(text)
    if said is None:
        return False
    if said:
        rows = [[row.name for row in answer.indicators] for answer in parts.answers]
        if rows and not any(_ruled_out_of(names, (said,)) for names in rows):
            parts.set_aside = (
                True  # 辩论队几个人？不是科普论坛那个: ruling a row out never asks it
            )
            return True
        parts.ruled_out.append(said)  # and never asked alone: it would find the row it rules out
    elif parts.answers or parts.others:
        return False
    parts.qualified = True
    return True


def _ruled_out_of(row_names: Sequence[str], ruled_out: Sequence[str]) -> bool:
    """Tells whether every row is one the asker ruled out (培育新申报… of 不是新培育的)."""
    return all(
        any(all(char in name for char in what) for what in ruled_out if what) for name in row_names
    )


def _ruled_out_dropped(parts: _Parts) -> None:
    """Drops the answers whose rows the asker ruled out (工作站有多少家？不是新培育的: the row
    培育新申报…工作站 is the one not meant), saying their parts are not in the form."""
    if not parts.ruled_out:
        return
    kept: list[IndicatorAnswer] = []
    for at, answer in enumerate(parts.answers):
        if not _ruled_out_of([row.name for row in answer.indicators], parts.ruled_out):
            kept.append(answer)
        elif not parts.absent:
            part = parts.asked_by[at] if at < len(parts.asked_by) else ""
            parts.absent.append(strip_punctuation(ASKING.split(part)[0]) or part)
    parts.answers[:] = kept


def _without_ruled_out(answer: Answer, ruled_out: str, asked: str) -> NotInForm | None:
    """Refuses an answer whose rows the asker said next are not meant (不是新培育的), None when
    the thing ruled out is none of them."""
    if not isinstance(answer, IndicatorAnswer):
        return None
    if not _ruled_out_of([row.name for row in answer.indicators], (ruled_out,)):
        return None
    return NotInForm((strip_punctuation(ASKING.split(asked)[0]) or strip_punctuation(asked),))


def refused_only(several: SeveralIndicators) -> bool:
    """Tells whether several asks came to parts the form lacks and nothing else (路灯几盏？巡检
    那块: the one ask, refused, and where the asker said it belongs)."""
    return bool(several.absent) and not several.answers and not several.others


MIN_FIELD_CHARS = 2  # 类别, 预算: the field each project is said with


def _field_said_of_each(pieces: list[str], names_project: Callable[[str], bool]) -> bool:
    """Tells whether pieces say one field, each after a project of its own and asking nothing
    (改造 项目类别 + 运维 项目类别): a field written again for each project is asked of each."""
    said = [piece.strip() for piece in pieces]
    if len(said) < 2 or any(_asks(piece) for piece in said):
        return False
    field = _common_end(said).strip()
    if len(field) < MIN_FIELD_CHARS:
        return False
    owners = [piece[: len(piece) - len(field)].strip() for piece in said]
    return len(set(owners)) == len(owners) and all(names_project(owner) for owner in owners)


def _common_end(texts: Sequence[str]) -> str:
    """Returns the longest ending all texts share (项目类别 of 改造 项目类别, 运维 项目类别)."""
    shortest = min(texts, key=len)
    size = len(shortest)
    while size and any(not text.endswith(shortest[len(shortest) - size :]) for text in texts):
        size -= 1
    return shortest[len(shortest) - size :] if size else ""


def _money_lent(
    sentence: str, within: tuple[int, ...], before: MoneyAnswer, *, ask: PartAsker
) -> MoneyAnswer | None:
    """Answers a sentence asking an amount by a word of its column alone (整个项目的钱是多少，
    这一年申请多少) as an ask of money, as the amount asked before lends: another column of it
    than the one answered before, else None."""
    found = _HOW_MUCH_BARE.search(sentence)
    if found is None:
        return None
    lent = ask(sentence[: found.end()] + MONEY_NOUN + sentence[found.end() :], within)
    if isinstance(lent, MoneyAnswer) and lent.field is not before.field:
        return lent
    return None


def _same_measure(asked: str, unit: str | None) -> bool:
    """Tells whether a measure asked counts what a row's unit does (场次 and 场, 人 and 人次)."""
    return bool(unit) and (asked.startswith(unit or "") or (unit or "").startswith(asked))


# 性质和类别两个字段分别填的啥, 论文和场次这两个数: the asks counted with what they are, said
# after them; 两个项目 counts projects, 几个指标 asks a count, so neither is one.
_ASKS_COUNTED = re.compile(
    r"[这那]?(?P<count>[两俩二三四五六2-6])(?:个|项|栏|列|条|样|件)?"
    r"(?:字段|栏目|栏|数字|数据|数|信息|内容|问题|东西)"
)
_COUNTS = {"两": 2, "俩": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6}


def _count_of_asks_dropped(part: str, asks: int) -> str:
    """Returns a part without the count of the asks it closes (项目类别两个字段分别填的啥 →
    项目类别分别填的啥) when the count is the number of parts; it names no row."""
    found = _ASKS_COUNTED.search(part)
    if found is None:
        return part
    count = found.group("count")
    if _COUNTS.get(count, int(count) if count.isdigit() else 0) != asks:
        return part
    return part[: found.start()] + part[found.end() :]


# 数字化 开始 结束, 企服 主管 实施 各是谁: the two ends of the header's dates, or its two units,
# said as bare verbs side by side; each alone is no field (实施 is 实施单位 or 实施期间).
_JOINED_BARE = r"(?:\s*(?:和|跟|与|及|、|，|,)\s*|\s+)"
_HEADER_PAIRS = (
    (
        re.compile(
            rf"(开始|启动|开工|起始){_JOINED_BARE}(结束|完成|完工|结项|收尾|截止)(?![日时期])"
        ),
        ("开始日期", "完成日期"),
    ),
    (
        re.compile(rf"(主管|归口){_JOINED_BARE}(实施|执行|承办)(?![单部方期时日])"),
        ("主管部门", "实施单位"),
    ),
)


def header_pairs_said(text: str) -> str | None:
    """Returns ``text`` with a pair of header fields said as bare verbs written as the fields
    (数字化 开始 结束 → 数字化 开始日期、完成日期), or None when it says none."""
    for pattern, fields in _HEADER_PAIRS:
        found = pattern.search(text)
        if found is not None and not text[found.end() :].startswith(("的", "了")):
            joiner = found.group(0)[len(found.group(1)) : -len(found.group(2))]
            return f"{text[: found.start()]}{fields[0]}{joiner}{fields[1]}{text[found.end() :]}"
    return None
