"""Checking an answer against the question: every content word explained, the unit asked.

An answer that leaves nouns of the question unexplained, or states a figure in another unit,
is replaced by what does explain them (a goal sentence, a deadline row) or by "the form has
no such item" with the closest real rows, and no figure.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from knowledge.arithmetic import Operation
from knowledge.catalog import Catalog, IndicatorInfo, ProjectInfo
from knowledge.model import IndicatorKind
from knowledge.units import MONEY_UNITS
from nlu import intents
from nlu.answers import (
    SPENT_ITEM,
    Answer,
    Clarification,
    FactAnswer,
    FigureCalculation,
    IndicatorAnswer,
    IndicatorList,
    MoneyAnswer,
    NotInForm,
    OutOfScope,
    PassageAnswer,
    ProjectList,
    ProjectOverview,
    SeveralIndicators,
)
from nlu.arithmetic import OperationWords
from nlu.cues import cue_words
from nlu.evidence import Evidence
from nlu.filters import measure_unit_asked
from nlu.intents import MoneyField, ProjectField
from nlu.lexicon import Lexicon
from nlu.listing import LEVEL_SUFFIX, MIN_TERM_NAME_CHARS, RowLister, listing_texts
from nlu.matcher import IndicatorMatcher
from nlu.normalize import Normalizer, strip_punctuation
from nlu.query import PROJECT_WORD, Query
from nlu.resolution import MAX_SUGGESTIONS, resolve_indicator
from nlu.retrieval import PassageRetriever
from nlu.single_ask import GENERIC_MEASURE_WORD, WEAK_PASSAGE_COVERAGE, states_quantity
from nlu.vocabulary import Vocabulary

ROW_MEASURES = frozenset({"项", "条"})  # 带“工作站”的指标有几项: a count of the rows listed
# 叫市民满意度的指标有几条: 条 said after the rows' noun counts the rows, never a unit of theirs.
_ROWS_COUNTED_AFTER = re.compile(r"指标(?:[都一总]?共)?有?(?:几|多少)[条项]")
WHICH_PROJECT_ASKS = ("哪个", "哪些", "哪几个", "哪一个", "哪项")  # 哪个项目是跨年度的
PROJECTS_RULE = "projects"  # 有哪些项目: the rule whose keywords ask the list of projects
ORDINAL_UNITS = "届次期轮批"
ORDINAL_PREFIX = "第"
# 三期 (normalised 3期), 第18届: an ordinal the question names, which the answer must write.
_ASKED_ORDINAL = re.compile(rf"(?:第)?(?<![\d.])\d{{1,3}}[{ORDINAL_UNITS}]")
ASKED_ORDINAL_UNIT = re.compile(r"第几([\u4e00-\u9fff])")
BARE_ORDINAL_UNITS = "期"  # 二期 (2期 once normalised) is 第二期; 10次 is a count, not the 10th


def ordinal_written(units: str) -> re.Pattern[str]:
    """Returns the pattern of an ordinal in ``units`` as the form writes it (第34届, 二期)."""
    bare = "".join(unit for unit in units if unit in BARE_ORDINAL_UNITS)
    return re.compile(rf"第\d+[{units}]" + (rf"|(?<![\d.])\d{{1,2}}[{bare}]" if bare else ""))


# 实习一期多长时间, 一次要几个人: one unit before an ask of its size is no first phase.
_PER_ONE = re.compile(rf"(?<![第\d.])1[{ORDINAL_UNITS}](?=(?:要|大概|大约|平均)?(?:多|几))")
PERCENT_SIGN = "%"
_RATE_WORD = re.compile(r"[\u4e00-\u9fff](?:率|比例|占比)")  # 执行率, 支出比例: a rate
RATE_ENDINGS = ("率", "比例", "占比")
_PHASE = re.compile(r"(?:第?\d+|[一二三四五六七八九十]+)(?:期|阶段)")  # 二期改造完成时间
NOUN_SUFFIX = "子"  # 车子, 本子: a noun suffix a row name does not write
MIN_PARAPHRASE_CHARS = 2  # characters a word shares with a row name to paraphrase it (head too)
COUNT_MARK = "数"  # 次数, 人数: a measure word made a count
PLACE_ITEM = "地点"  # what a where-ask asks for
# The count word a row name ends on (征集实习岗位数量): what is before it is the thing counted.
_COUNT_SUFFIX = re.compile(r"(?:数量|人数|次数|个数|场次|人次|数)$")
# 路灯维修数量的目标是几盏, 指标值定的多少: the target of a row is asked, so of the form.
_TARGET_ASKED = re.compile(
    r"(?:目标值?|指标值)(?:是|为|定的是?|设的是?|定在|要求)?(?:多少|几)|(?:数量|率)的?目标"
)
MONEY_ASKED = "元"  # the unit of a question asking how much money
MIN_SHARED_CHARS = 4  # a shared part of candidate names shorter than this is no common stem
LIST_MARK = "、"
# 设施维护的…, 设施维护那项…: what ends a project said in words of its own before the ask
PROJECT_NAME_ENDS = ("的", "项目", "那个", "这个", "那项", "这项")
MIN_NAME_WORD_CHARS = 2  # 设施 of 城市科普设施运维: one character names nothing of a project
_CJK = re.compile(r"[\u3400-\u9fff]+")  # ＱＱ, is: Latin noise names no item
# A count and measure word between a which-ask and its noun (哪两支队伍: 支).
GOAL_FIELDS = intents.GOAL_FIELDS
DATE_FIELDS = frozenset({ProjectField.START, ProjectField.END, ProjectField.PERIOD})
DEADLINE = IndicatorKind.DEADLINE


MIN_HEADING_STEM_CHARS = 2  # 时效 of 时效指标: one character names no heading


# Clauses of a message, and the words joining two asks in one (预算和实际支出各多少).
_PLANNED_APART = re.compile(r"[，,。？?；;！!]|以及|和|及")
# Words naming an amount the form plans (预算, 拨款): asked apart from what was spent.
PLANNED_WORDS = ("预算", "经费", "资金", "拨款", "总额", "申请", "结转", "成本")
SPENDING_WORDS = ("执行", "花", "用", "支出", "支付", "开支", "付", "到位", "剩")


class AnswerChecker:
    """Checks that an answer explains the question, and settles ask-backs on the evidence."""

    def __init__(
        self,
        *,
        catalog: Catalog,
        lexicon: Lexicon,
        normalizer: Normalizer,
        matcher: IndicatorMatcher,
        retriever: PassageRetriever,
        evidence: Evidence,
        operations: OperationWords,
        lister: RowLister,
        read: Callable[[str], Query],
    ) -> None:
        self._catalog = catalog
        self._lexicon = lexicon
        self._normalizer = normalizer
        self._matcher = matcher
        self._retriever = retriever
        self._evidence = evidence
        self._operations = operations
        self._lister = lister
        self._read = read
        self._rule_words = _words_of_rules(lexicon.vocabulary)

    def checked(self, query: Query, scope: tuple[int, ...], answer: Answer) -> Answer:
        """Replaces an answer that leaves nouns of the question unexplained.

        A goal sentence that explains them is quoted instead (聚焦哪类产业 is no 项目类别);
        otherwise the form has no such item and no figure is given.
        """
        if isinstance(answer, OutOfScope) and (not answer.greeting or query.terms):
            # 您好，企服的培训会场数: the greeting aside, the form lacks what is asked.
            return self._out_of_scope(query, scope, answer)
        if isinstance(answer, Clarification):
            answer = self.narrowed(query, answer)
        if isinstance(answer, IndicatorAnswer) and self._lister.asks_who(query.text):
            return self._not_in_form(query, scope)  # 审核人是谁: no row's figure says who
        if isinstance(answer, MoneyAnswer) and self._lister.asks_spent(query.text):
            if self._planned_asked_apart(query.text):
                # 预算是多少？已经花了多少？: the planned amount answered, the spending refused.
                return SeveralIndicators((), others=(answer,), absent=(SPENT_ITEM,))
            # 已经用了多少经费: the form plans amounts; what was spent is not in it.
            return NotInForm((SPENT_ITEM,), self.closest(query, (), scope))
        if self._average_of_one(query, answer) or _amount_for_a_rate(query, answer):
            # 平均每月多少钱 of one project, 预算执行率: a whole amount answers something else.
            rate = self._rate_named(query)
            return (
                NotInForm((rate,), self.closest(query, (), scope))
                if rate
                else (self._not_in_form(query, scope))
            )
        named = _named_rows(answer)
        if named is not None and query.unit not in ROW_MEASURES and self.wrong_unit(query, named):
            # 有没有设置培训人数这个指标，多少人: the rows named 培训 count 场, not 人.
            return self._other_unit(query, named)
        if (
            isinstance(answer, IndicatorAnswer)
            and not (query.unit in ROW_MEASURES and _ROWS_COUNTED_AFTER.search(query.text))
            and self.wrong_unit(query, answer)
        ):
            fitting = self._in_asked_unit(query, scope)
            if fitting is None:
                return self._other_unit(query, answer)
            answer = fitting
        if isinstance(answer, IndicatorAnswer) and not self._has_standard(query, answer):
            # 改造展区数量的绩效标准: a form without that column states none for the row.
            shown = answer.indicators[:MAX_SUGGESTIONS]
            return NotInForm((self._lister.standard_asked(query) or "",), shown)
        if isinstance(answer, PassageAnswer) and not self._names_place(query, answer):
            # 研讨会在哪个城市开: the sentence names no place; the form has no such item.
            return NotInForm((PLACE_ITEM,), self.closest(query, (), scope))
        if isinstance(answer, PassageAnswer) and not self._quotes_quantity(query, answer):
            # 科普论坛要征集多少篇论文: a sentence stating no number in 篇 does not say how many.
            return self._not_in_form(query, scope)
        if isinstance(answer, IndicatorList):
            unread = self._lister.unread_figures(query, answer)
            if unread:  # 目标做到九成五的指标: rows are never listed ignoring a condition
                return NotInForm(unread, condition=True)
        if isinstance(answer, ProjectList) and any(a in query.text for a in WHICH_PROJECT_ASKS):
            return answer  # 这几个项目里哪个要建线上展馆: the second look picks the project
        return self._with_deadline_rows(query, scope, self._explained(query, scope, answer))

    def _planned_asked_apart(self, text: str) -> bool:
        """Tells whether a clause of ``text`` asks a planned amount (预算, 拨款) beside one asking
        what was spent (国交的预算和实际支出各多少)."""
        clauses = _PLANNED_APART.split(text)
        return len(clauses) > 1 and any(
            not self._lister.asks_spent(clause)
            and any(word in clause for word in PLANNED_WORDS)
            and not any(word in clause for word in SPENDING_WORDS)  # 预算执行了多少: spent too
            for clause in clauses
        )

    def named_nothing(self, query: Query, scope: tuple[int, ...], answer: Answer) -> Answer:
        """Refuses, with the closest rows, a listing that keeps no row only by words read as
        the rows' names that the question never said were names (排序的数量指标共 0 项): a
        word of the ask taken for a name is no count of 0; 名称含“媒体”的 and 有没有…的指标
        stay 共 0 项."""
        if (
            not isinstance(answer, IndicatorList)
            or not answer.row_filter.words
            or any(group.indicators for group in answer.groups)
            or answer.row_filter.shared
            or self._lister.read_filter(query).by_name
            or self._lister.asks_existence(query.text)  # 有没有考核设施个数的指标: none
        ):
            return answer
        words = answer.row_filter.words
        return NotInForm(words, self.closest(query, words, scope))

    def _other_unit(self, query: Query, answer: IndicatorAnswer) -> NotInForm:
        """Says the rows found count in another unit than the one the question asks in."""
        shown = answer.indicators[:MAX_SUGGESTIONS]
        names = tuple(dict.fromkeys(indicator.name for indicator in shown))
        money = MONEY_ASKED if intents.money_rule(query.rules) else None
        asked = query.unit or money or self._lister.count_asked(query.remainder)
        return NotInForm(names, shown, asked_unit=asked or MONEY_ASKED)

    def _with_deadline_rows(self, query: Query, scope: tuple[int, ...], answer: Answer) -> Answer:
        """Adds a project's deadline row to its end date when asked by when it must be done.

        国交啥时候之前要完成: 计划完成日期 2026-12-31, and 活动完成及时性 2026年12月底前. A
        row of one phase (二期改造完成时间) is no deadline of the whole project.
        """
        if not (
            isinstance(answer, FactAnswer)
            and answer.field is ProjectField.END
            and self._lister.asks_by_when(query.remainder)
        ):
            return answer
        rows = tuple(
            row
            for row in self._deadline_rows(query, scope, any_row=True)
            if not _PHASE.search(self._normalizer.normalize(row.name))
        )
        if not rows:
            return answer
        return SeveralIndicators((IndicatorAnswer(rows),), (), (answer,))

    def _rate_named(self, query: Query) -> str:
        """Returns the rate a question names (执行率 of 企服的预算执行率要求), or ""."""
        words = self._lexicon.cut(query.remainder)
        for at, word in enumerate(words):
            if word.endswith(RATE_ENDINGS):
                before = words[at - 1] if at and len(word) <= len(RATE_ENDINGS[-1]) else ""
                return before + word if len(before) > 1 else word
        return ""

    def _has_standard(self, query: Query, answer: IndicatorAnswer) -> bool:
        """Tells whether the rows found have the 绩效标准 a question asks for, if it asks."""
        if self._lister.standard_asked(query) is None:
            return True
        return any(row.standard for row in answer.indicators)

    def _not_in_form(self, query: Query, scope: tuple[int, ...]) -> NotInForm:
        """Says the form has no item for what the question asks, with the closest rows."""
        asked = self._lexicon.content_text(query.remainder)
        return NotInForm((asked,) if asked else (), self.closest(query, (), scope))

    def _explained(self, query: Query, scope: tuple[int, ...], answer: Answer) -> Answer:
        """Keeps an answer whose texts explain every content word of the question."""
        texts = self._explaining_texts(answer)
        if texts is None:
            return answer
        texts += self._loose_names(query, answer)
        texts += self._lister.read_filter(query).words  # 以万元为单位: how it is asked, not what
        texts.append(measure_unit_asked(query.text))  # 用啥单位计的: the answer's unit, asked
        texts.append(self._lister.standard_asked(query) or "")  # 考核标准: the column asked
        if isinstance(answer, IndicatorList):
            texts += self._lister.assessing  # 考核满意度的指标: what the rows listed weigh
        words = self._unexplained(query, answer, texts) or self._unsettled(query, answer, texts)
        words = self._not_paraphrasing_the_only_row(query, scope, answer, words)
        words = self._project_name_said_on(query, words)
        if isinstance(answer, PassageAnswer):
            words = self._beyond_kinds(query, answer, words)
        if not words and isinstance(answer, Clarification) and len(answer.candidates) == 1:
            # Its target's unit explains the rest (场次): answer it, never a list of one.
            return IndicatorAnswer(answer.candidates, progress=answer.progress, understood=True)
        if not words:
            return answer
        counterpart = self._counterpart(query, answer, texts, words)
        if counterpart is not None:
            return counterpart
        shown = self._evidence.as_written(query.remainder, words)
        return self._instead(query, scope, answer) or NotInForm(
            shown, self.closest(query, words, scope)
        )

    def _counterpart(
        self, query: Query, answer: Answer, texts: list[str], words: tuple[str, ...]
    ) -> IndicatorAnswer | None:
        """Returns the row that rates what the one row found counts, when the question asks that.

        工作站及院士专家信息采集的准确程度: 采集…基本信息数量 explains every word but 准确程度,
        which 基本信息采集准确性 rates; the two rows share a stem (基本信息), so the question
        names the rated row by the counted row's longer name. Only a single such row, of
        another secondary level than the row found (a rate of a count), answers.
        """
        if not (isinstance(answer, IndicatorAnswer) and len(answer.indicators) == 1):
            return None
        if self._head(query) not in words:
            return None  # 编印建设指引的合格率: the rate row asked leaves only a modifier open
        row = answer.indicators[0]
        project = next(iter(self._catalog.projects_in((row.project_id,))), None)
        if project is None:
            return None
        found = [
            other
            for other in project.indicators
            if other.level2 != row.level2 and _stem_of_two(row, other, project.indicators)
        ]
        fitting = []
        for other in found:
            candidate = IndicatorAnswer((other,), understood=True)
            both = [*texts, *self._lister.row_texts(other)]
            if not (
                self._unexplained(query, candidate, both)
                or self._unsettled(query, candidate, both)
            ):
                fitting.append(candidate)
        return fitting[0] if len(fitting) == 1 else None

    def _head(self, query: Query) -> str:
        """Returns the last content word of a question (准确程度 of …信息采集的准确程度)."""
        terms = {term.token for term in query.terms}
        canonical = self._lexicon.vocabulary.canonical
        content = [
            word
            for word in self._lexicon.cut(query.remainder)
            if canonical.get(word, word) in terms
        ]
        return content[-1] if content else ""

    def _project_name_said_on(self, query: Query, words: tuple[str, ...]) -> tuple[str, ...]:
        """Drops the word said right after a project's short name as the rest of its name
        (设施维护的完好率: 维护 of 城市科普设施运维, named by 设施), which no row need explain:
        it opens the question, stands before 的 or 项目, and shares a character with the name;
        and any word of a full name its short name left unsaid (运维…设施巡查的车辆: 设施)."""
        if not words or not query.project_ids:
            return words
        first = next(iter(self._lexicon.cut(query.remainder)), "")
        rest = query.remainder[len(first) :]
        names = "".join(project.name for project in self._catalog.projects_in(query.project_ids))
        at = query.text.find(query.remainder)
        said = query.text[: max(0, at)]
        if at > 0:
            # 运维项目用于设施巡查的车辆: a word of the full name the short name said before the
            # rest left unsaid names the project (城市科普设施运维), no row.
            words = tuple(
                word
                for word in words
                if not (
                    len(word) >= MIN_NAME_WORD_CHARS
                    and word in names
                    and not set(word) & set(said)
                )
            )
        if first not in words or not rest.startswith(PROJECT_NAME_ENDS):
            return words
        # 国交国字号的: 国 is the short name's own character again, no more of the name said
        if not any(char in names and char not in said for char in first):
            return words
        return tuple(word for word in words if word != first)

    def _not_paraphrasing_the_only_row(
        self, query: Query, scope: tuple[int, ...], answer: Answer, words: tuple[str, ...]
    ) -> tuple[str, ...]:
        """Drops the words that paraphrase the one row counting in the unit asked.

        运维配了几辆巡逻车: 巡检车辆数 is the only row in 辆, and 巡逻车 keeps its head 车 and
        巡; 救护车 keeps only the head, so it is another thing the form may lack.
        """
        if not (words and isinstance(answer, IndicatorAnswer) and len(answer.indicators) == 1):
            return words
        row = answer.indicators[0]
        asked = query.unit
        if asked is None or asked == GENERIC_MEASURE_WORD or row.target.unit != asked:
            return words
        in_unit = [
            other
            for project in self._catalog.projects_in(scope or (row.project_id,))
            for other in project.indicators
            if other.target.unit == asked
        ]
        if len(in_unit) != 1:
            return words
        name = self._normalizer.normalize(row.name)
        return tuple(word for word in words if not _paraphrases(word, name))

    def _beyond_kinds(
        self, query: Query, answer: PassageAnswer, words: tuple[str, ...]
    ) -> tuple[str, ...]:
        """Drops the kind a which-ask names when the quote lists things (哪些力量: 海智基地、…)."""
        if not words or not _lists(answer):
            return words
        return tuple(word for word in words if word not in query.asked_kinds)

    def keywords(self, rule: str) -> frozenset[str]:
        """Returns every keyword of a rule (fact:start: 开始, 日期, 什么时候 …)."""
        return self._rule_words.get(rule, frozenset())

    def settles(self, query: Query, answer: IndicatorAnswer) -> bool:
        """Tells whether a row settled from an ask-back explains every word of the question."""
        texts = self._explaining_texts(answer) or []
        return answer.understood and not (
            self._unexplained(query, answer, texts) or self._unsettled(query, answer, texts)
        )

    def _unsettled(self, query: Query, answer: Answer, texts: list[str]) -> tuple[str, ...]:
        """Returns the content words, verbs too, that the rows of an answer leave open.

        A row answers only when nothing of the question is left over: 论文获奖数量 is no
        征集论文数量, though every noun of it is in that name, and 合作单位里新签约的 is no
        合作单位数量. A word sharing a character with the rows paraphrases them (修好 of
        修复, 干完 of 完成).
        """
        if not isinstance(answer, IndicatorAnswer | Clarification) or (
            isinstance(answer, Clarification) and len(answer.candidates) != 1
        ):
            return ()
        written = "".join(texts)
        apart = [  # words sharing no character with the rows; tags are looked up only then
            word
            for word in self._lexicon.cut(query.remainder)
            if _CJK.fullmatch(word) and not any(char in written for char in word)
        ]
        if not apart:
            return ()
        left = self._evidence.unexplained(
            query.remainder, explained_by=texts, cues=query.cues, nouns_only=False
        )
        return tuple(word for word in left if word in apart)

    def _tokens(self, query: Query) -> frozenset[str]:
        """Returns the words a question's remainder is cut into."""
        return frozenset(self._lexicon.cut(query.remainder))

    def _average_of_one(self, query: Query, answer: Answer) -> bool:
        """Tells whether an average is asked of one project's amount, with nothing to divide by."""
        return (
            isinstance(answer, MoneyAnswer)
            and answer.operation is None
            and len(answer.projects) == 1
            and self._operations.read(
                query.remainder, tokens=frozenset(self._lexicon.cut(query.remainder))
            )
            in (Operation.AVERAGE, Operation.PER)
        )

    def _unexplained(self, query: Query, answer: Answer, texts: list[str]) -> tuple[str, ...]:
        """Returns the words of a question (and ordinals) that the answer's texts leave open."""
        words = self._evidence.unexplained(query.remainder, explained_by=texts, cues=query.cues)
        if words and isinstance(answer, FactAnswer) and answer.field in GOAL_FIELDS:
            # 年度目标分了哪几块工作: the goal shown explains the words about it (read only
            # when needed: a goal of every project is long).
            goals = [goal for p in answer.projects for goal in _goals_of(p)]
            words = self._evidence.unexplained(
                query.remainder, explained_by=[*texts, *goals], cues=query.cues
            )
        if isinstance(answer, IndicatorList) and answer.row_filter.words:
            # 跟第34届研讨会有关的指标: the rows its words picked write the ordinal.
            texts = [*texts, *(row.name for group in answer.groups for row in group.indicators)]
        return words + self._unmet_ordinals(query, texts)

    def _instead(self, query: Query, scope: tuple[int, ...], answer: Answer) -> Answer | None:
        """Returns what answers a question the first answer left words of: a row or a quote."""
        if isinstance(answer, FactAnswer) and answer.field in DATE_FIELDS:
            deadline = self._deadline_row(query, scope)  # 二期什么时候完成: 二期改造完成时间
            if deadline is not None:
                return IndicatorAnswer((deadline,), understood=True)
        named = self.deadline_for(query, scope, None)
        if named is not None:
            return named  # 国交时效上有什么要求: the deadline row the words name
        if isinstance(answer, PassageAnswer):
            return None
        passages = self._retriever.search(query, project_ids=scope, limit=1)
        if not passages or passages[0].coverage < WEAK_PASSAGE_COVERAGE:
            return None
        found = PassageAnswer((passages[0],))
        if not self._names_place(query, found):
            return NotInForm((PLACE_ITEM,), self.closest(query, (), scope))
        quoted = [passages[0].passage.text]
        texts = self._explaining_texts(found) or quoted
        if self._beyond_kinds(
            query,
            found,
            self._evidence.unexplained(query.remainder, explained_by=texts, cues=query.cues),
        ):
            return None
        if self._unmet_ordinals(query, quoted) or not self._quotes_quantity(query, found):
            return None
        if intents.money_rule(query.rules) and not any(unit in quoted[0] for unit in MONEY_UNITS):
            return None  # 桥梁检测费用: a sentence stating no amount says nothing of the cost
        return found

    def deadline_for(
        self, query: Query, scope: tuple[int, ...], answer: FactAnswer | None
    ) -> IndicatorAnswer | None:
        """Returns the deadline row a date ask means when the project's date leaves words open.

        活动完成的时间节点 is 活动完成及时性, not the project's 计划完成日期. Without a date
        answer (``None``), a question naming a deadline (完成时限) that one row explains asks it.
        """
        if answer is None:
            # 国交时效是哪天: the heading the deadline rows stand under names them too, when a
            # day is asked (企服 走访几次 时效 asks the heading's rows beside another ask).
            headings = self._deadline_headings if intents.asks_time(query.rules) else ()
            words = (*self._lister.kind_words(DEADLINE), *headings)
            named = any(word in query.remainder for word in words)
            rows = self._deadline_rows(query, scope, any_row=True) if named else []
            return IndicatorAnswer(tuple(rows), understood=True) if rows else None
        if answer.field not in DATE_FIELDS:
            return None
        if not self._unexplained(query, answer, self._explaining_texts(answer) or []):
            return None
        row = self._deadline_row(query, scope)
        return None if row is None else IndicatorAnswer((row,), understood=True)

    @functools.cached_property
    def _deadline_headings(self) -> tuple[str, ...]:
        """Returns the stems of the secondary headings deadline rows stand under (时效)."""
        return tuple(
            {
                stem: None
                for row in self._catalog.indicators
                if row.target.kind is DEADLINE
                and len(stem := row.level2.removesuffix(LEVEL_SUFFIX)) >= MIN_HEADING_STEM_CHARS
            }
        )

    def _names_place(self, query: Query, answer: PassageAnswer) -> bool:
        """Tells whether quoted sentences name a place the question does not, if it asks where."""
        if not self._lister.asks_place(query.text):
            return True
        asked = set(self._lexicon.cut(query.text))
        return any(
            word not in asked
            and self._evidence.place_name(word)
            and self._lister.names_venue(word)
            for match in answer.matches
            for word in self._lexicon.cut(match.passage.text)
        )

    def quotes_quantity(self, query: Query, answer: Answer) -> bool:
        """Tells whether an answer quoting sentences states a number in the unit asked (几篇);
        any other answer is not judged here."""
        return not isinstance(answer, PassageAnswer) or self._quotes_quantity(query, answer)

    def _quotes_quantity(self, query: Query, answer: PassageAnswer) -> bool:
        """Tells whether quoted sentences state a number in the unit a question asks (几篇)."""
        unit = query.unit
        if unit is None or unit in (GENERIC_MEASURE_WORD, PERCENT_SIGN):
            return True
        units = [u for u in self._lexicon.vocabulary.units if self._matcher.unit_fits(unit, u)]
        return any(
            states_quantity(match.passage.text, fitting, self._normalizer)
            for match in answer.matches
            for fitting in units or [unit]
        )

    def _deadline_row(self, query: Query, scope: tuple[int, ...]) -> IndicatorInfo | None:
        """Returns the one deadline row that explains every word of a question asking when."""
        rows = self._deadline_rows(query, scope)
        return rows[0] if len(rows) == 1 else None

    def _deadline_rows(
        self, query: Query, scope: tuple[int, ...], *, any_row: bool = False
    ) -> list[IndicatorInfo]:
        """Returns the deadline rows, one per project at most, that explain every word of a
        question asking when (none when a project has two).

        Words naming a deadline (时间节点, 截止日期) are explained by any deadline row. With
        ``any_row``, every deadline row of the projects in scope is a candidate, not only
        those the words match (完成时限 shares no word with 活动完成及时性).
        """
        deadline_words = self._lister.kind_words(DEADLINE)
        projects_in = self._catalog.projects_in(scope)
        # 桥梁道路养护: the project named in another order is no word the row must explain.
        names = {project.id: project.name for project in projects_in}
        candidates = (
            [row for project in projects_in for row in project.indicators]
            if any_row
            else [m.indicator for m in self._matcher.match(query, project_ids=scope)]
        )
        rows = [row for row in candidates if row.target.kind is DEADLINE]
        if len(rows) > MAX_SUGGESTIONS:  # 完成时限 over many projects names none of them
            return [] if any_row else rows[:MAX_SUGGESTIONS]
        fitting = [
            row
            for row in rows
            if not self._evidence.unexplained(
                query.remainder,
                explained_by=(
                    row.name,
                    row.level2,
                    names.get(row.project_id, ""),
                    *deadline_words,
                ),
                cues=query.cues,
            )
            and not self._unmet_ordinals(query, [row.name])
        ]
        projects = [row.project_id for row in fitting]
        return fitting if len(set(projects)) == len(projects) else []

    def _unmet_ordinals(self, query: Query, texts: list[str]) -> tuple[str, ...]:
        """Returns the ordinals a question names (三期, 第18届) that the answer's texts lack."""
        ordinals = _ASKED_ORDINAL.findall(_PER_ONE.sub(" ", query.text))
        asked = ASKED_ORDINAL_UNIT.search(query.text)
        if not ordinals and asked is None:
            return ()  # most questions: the texts are not even read
        written = strip_punctuation(self._normalizer.normalize("\n".join(texts)))
        unmet = [found for found in ordinals if found.removeprefix(ORDINAL_PREFIX) not in written]
        if asked is not None and not ordinal_written(asked.group(1)).search(written):
            unmet.append(asked.group(0))  # 第几名: no text ranks anything
        return tuple(unmet)

    def closest(
        self, query: Query, words: tuple[str, ...], scope: tuple[int, ...]
    ) -> tuple[IndicatorInfo, ...]:
        """Returns the real indicators nearest to the question without its unknown words."""
        rest = query.text
        for word in words:
            rest = rest.replace(word, " ")
        matches = self._matcher.match(self._read(rest), project_ids=scope)
        return tuple(match.indicator for match in matches[:MAX_SUGGESTIONS])

    def _out_of_scope(self, query: Query, scope: tuple[int, ...], answer: OutOfScope) -> Answer:
        """Names the missing item when the question is about the form (项目负责人是谁)."""
        about_form = (
            query.project_ids
            or PROJECT_WORD in query.text
            or LEVEL_SUFFIX in query.text
            or _TARGET_ASKED.search(query.text) is not None
        )
        if not about_form and not self._lister.rows_write(query):
            return answer  # 改造展区面积: words of the rows make it a question about the form
        words = self._evidence.unexplained(
            query.remainder, explained_by=(self._lister.all_row_names,), cues=query.cues
        ) or self._evidence.unexplained(query.remainder, explained_by=(), cues=query.cues)
        if not words and query.project_ids and query.terms:
            # 道路桥梁养护需要多少台养护车: about a project, asking what its form lacks.
            asked = self._lexicon.content_text(query.remainder)
            words = (asked,) if asked else ()
        if not words:
            return answer
        return self.deadline_for(query, scope, None) or NotInForm(
            words, self.closest(query, words, scope)
        )  # 国交时效上有什么要求: the deadline row its words name

    def narrowed(self, query: Query, answer: Clarification) -> Answer:
        """Keeps the candidates that explain every noun of the question; one left is answered.

        None left keeps the ask-back as it is: the evidence check then says what the form
        lacks, so no one is asked to pick from a list of one.
        """
        loose = self._loose_names(query, answer)
        fitting = [
            candidate
            for candidate in answer.candidates
            if not self._evidence.unexplained(
                query.remainder,
                explained_by=(candidate.name, candidate.level1, candidate.level2, *loose),
                cues=query.cues,
            )
        ]
        if len(fitting) > 1:
            fitting = self._distinct_fits(query, fitting) or fitting
        if len(fitting) > 1:
            fitting = self._named_in_full(query, fitting) or fitting
        if len(fitting) > 1:
            fitting = _counted(query, fitting) or fitting
        if len(fitting) > 1:
            fitting = self._counting_the_asked(query, fitting) or fitting
        if len(fitting) != 1:
            # 走访…的次数保底多少: of 走访对接数量 (次) and 编印指引数量 (套), 次数 asks the first.
            fitting = self._in_count_asked(query, fitting or list(answer.candidates)) or fitting
        if len(fitting) == 1:
            return IndicatorAnswer((fitting[0],), progress=answer.progress, understood=True)
        return replace(answer, candidates=tuple(fitting)) if fitting else answer

    def _in_count_asked(
        self, query: Query, candidates: list[IndicatorInfo]
    ) -> list[IndicatorInfo]:
        """Returns the one candidate whose target counts in the unit a count the question
        names is of (次数: 次), or none."""
        asked = self._lister.count_asked(query.remainder)
        if asked is None:
            return []
        fits = [
            row
            for row in candidates
            if row.target.unit is not None and self._matcher.unit_fits(asked, row.target.unit)
        ]
        return fits if len(fits) == 1 else []

    def _counting_the_asked(
        self, query: Query, candidates: list[IndicatorInfo]
    ) -> list[IndicatorInfo]:
        """Keeps the one candidate that counts the thing the question ends on.

        实习岗位要多少: 征集实习岗位数量 counts 岗位; …单位和岗位的科技社团数量 counts 社团.
        """
        words = self._evidence.content_tokens(query.remainder)
        if not words or not self._ends_on(query.remainder, words[-1], candidates):
            return []
        canonical = self._lexicon.vocabulary.canonical
        head = canonical.get(words[-1], words[-1])
        fits = [
            c
            for c in candidates
            if _COUNT_SUFFIX.sub(
                "", strip_punctuation(self._normalizer.normalize(c.name))
            ).endswith((head, words[-1]))
        ]
        return fits if len(fits) == 1 else []

    def _ends_on(self, text: str, word: str, candidates: list[IndicatorInfo]) -> bool:
        """Tells whether only phrasing, asking words and units follow ``word`` (岗位要多少).

        A word the next one continues in a candidate's name (培训 + 会 of 培训会) is not the end.
        """
        tokens = self._lexicon.cut(strip_punctuation(text[text.rfind(word) + len(word) :]))
        if tokens and any(word + tokens[0] in c.name for c in candidates):
            return False
        return all(
            token in self._evidence.phrasing
            or self._lexicon.is_asking(token)
            or token in self._lexicon.vocabulary.units
            for token in tokens
        )

    def _named_in_full(self, query: Query, candidates: list[IndicatorInfo]) -> list[IndicatorInfo]:
        """Keeps the one candidate every word of whose name the question says, if one.

        最少要多少人参加活动 says all of 活动参与人数, but not 港澳台 or 学生 of the other row.
        """
        asked = {term.token for term in query.terms} | self._evidence.phrasing
        full = [c for c in candidates if self._smallest_words(c.name) <= asked]
        return full if len(full) == 1 else []

    def _smallest_words(self, name: str) -> set[str]:
        """Returns the words of a name that hold no shorter word of it (活动, 参与, 人数)."""
        words = {
            word
            for word in self._lexicon.tokens(self._normalizer.normalize(name))
            if len(word) >= MIN_TERM_NAME_CHARS and not word.isdigit()
        }
        return {word for word in words if not any(o != word and o in word for o in words)}

    def _distinct_fits(self, query: Query, candidates: list[IndicatorInfo]) -> list[IndicatorInfo]:
        """Keeps candidates whose own words, beyond what all of them share, the question names.

        港澳台学生 picks …港澳台籍学生人数 among three rows that all start 港澳台大学生暑期实习.
        """
        nouns = self._evidence.unexplained(query.remainder, explained_by=(), cues=query.cues)
        names = [strip_punctuation(self._normalizer.normalize(c.name)) for c in candidates]
        shared = _common_substring(names)
        # A word of the shared phrase (活动 of …实习(上海)活动) tells no candidate apart.
        common = set(self._lexicon.cut(shared))
        canonical = self._lexicon.vocabulary.canonical  # 实习生 is said for 学生
        nouns = tuple(canonical.get(noun, noun) for noun in nouns if noun not in common)
        own = [name.replace(shared, " ") if shared else name for name in names]
        pairs = list(zip(candidates, own, strict=True))
        fits = [(c, name) for c, name in pairs if any(n in name for n in nouns)]
        if len(fits) == 1:
            return [fits[0][0]]
        # 指引要印多少: no noun tells them apart, a verb of one name (印 of 编印) does.
        stop = self._lexicon.vocabulary.stop  # 申报 of 申报培训会: a stop word may still tell
        # 效果提升要求啥程度: 效果 is read as 目标, a stop word, yet 工作效果提升情况 writes it.
        words = self._evidence.content_tokens(query.remainder) + tuple(
            word
            for word in self._lexicon.cut(query.remainder)
            if (word in stop or canonical.get(word, word) in stop) and len(word) > 1
        )
        words = tuple(word for word in words if word not in common and word not in nouns)
        told = [c for c, name in fits or pairs if any(w in name for w in words)]
        return told if len(told) == 1 else [c for c, _ in fits]

    def _in_asked_unit(self, query: Query, scope: tuple[int, ...]) -> IndicatorAnswer | None:
        """Returns the candidates that count in the asked unit, when they settle the question.

        工作站几家 means the rows counting 家, not 采集…工作站…信息数量 counting 条.
        """
        if query.unit is None:
            return None
        matches = [
            match
            for match in self._matcher.match(query, project_ids=scope)
            if match.indicator.target.unit is not None
            and self._matcher.unit_fits(query.unit, match.indicator.target.unit)
        ]
        resolved = resolve_indicator(matches, progress=False)
        return resolved if isinstance(resolved, IndicatorAnswer) else None

    def wrong_unit(self, query: Query, answer: IndicatorAnswer) -> bool:
        """Tells whether the targets found count in a unit the question did not ask in.

        事故发生率 asks a percentage; 活动安全事故发生数 counts 起: it is not that item.
        """
        units = [indicator.target.unit for indicator in answer.indicators]
        money = intents.money_rule(query.rules)
        if money is not None and query.unit is None:
            # 活动参与人数要多少钱: an amount asked of a count (预算执行率 holds its 预算).
            cues = query.cues[money[0]]
            names = "".join(indicator.name for indicator in answer.indicators)
            return not any(cue in names for cue in cues) and all(
                unit is not None and unit not in MONEY_UNITS for unit in units
            )
        if query.unit is None:
            return self._counts_other_things(query, answer)
        if query.unit == GENERIC_MEASURE_WORD:
            return False  # 代表几个: 个 counts people, places, anything
        return all(
            unit is not None and not self._matcher.unit_fits(query.unit, unit) for unit in units
        )

    def _counts_other_things(self, query: Query, answer: IndicatorAnswer) -> bool:
        """Tells whether a count the question names (巡检次数, 参会家数) is none of the rows'.

        次数 of events fits any unit of events (起, 场); a row whose name says the same count
        (设备故障次数) fits whatever its target is written in.
        """
        asked = self._lister.count_asked(query.remainder)
        if asked is None:
            return False
        events = self._lister.event_units
        return all(
            row.target.unit is not None
            and asked + COUNT_MARK not in row.name
            and not self._matcher.unit_fits(asked, row.target.unit)
            and not (asked in events and row.target.unit in events)
            for row in answer.indicators
        )

    def _loose_names(self, query: Query, answer: Answer) -> list[str]:
        """Returns the names of the answer's projects when the question named none outright.

        设施运维的巡检车 names its project loosely; once a project is named (道路桥梁养护的
        桥梁长度) its name no longer explains the other words.
        """
        if isinstance(answer, PassageAnswer) and not query.project_ids:
            # 场馆25年要上线啥: the project of the goal quoted, named loosely, as a row's is.
            ids = dict.fromkeys(match.passage.project_id for match in answer.matches)
            return [project.name for project in self._catalog.projects_in(tuple(ids))]
        if query.project_ids or not isinstance(answer, IndicatorAnswer | Clarification):
            return []
        chosen = answer.indicators if isinstance(answer, IndicatorAnswer) else answer.candidates
        ids = dict.fromkeys(indicator.project_id for indicator in chosen)
        return [project.name for project in self._catalog.projects_in(tuple(ids))]

    def _explaining_texts(self, answer: Answer) -> list[str] | None:
        """Returns the texts an answer rests on, or None for answers that state no figure."""
        if isinstance(answer, FigureCalculation):
            # Division by a count found from a per clause must explain the rest (每人补贴).
            per = answer.calculation.operation is Operation.PER
            given = any(figure.given for figure in answer.figures)
            return self._figure_texts(answer) if per and not given else None
        if isinstance(answer, IndicatorAnswer | Clarification):
            chosen = (
                answer.indicators if isinstance(answer, IndicatorAnswer) else answer.candidates
            )
            return [text for ind in chosen for text in self._lister.row_texts(ind)]
        if isinstance(answer, PassageAnswer):
            # A sentence of a sub-goal is explained by its heading too (科技工作者法律服务).
            return [
                text
                for match in answer.matches
                for text in (match.passage.text, match.passage.title or "")
            ]
        if isinstance(answer, MoneyAnswer | FactAnswer):
            # Every keyword of the rule that chose the field explains (部门 of 主管部门).
            rule = f"{'money' if isinstance(answer, MoneyAnswer) else 'fact'}:{answer.field}"
            values = [
                value or ""
                for p in answer.projects
                for value in (p.name, p.department, p.implementer, p.nature, p.category)
            ]
            return values + list(self._rule_words.get(rule, ()))
        if isinstance(answer, IndicatorList):
            return listing_texts(answer)
        if isinstance(answer, ProjectList):
            # 这几个项目的负责人分别是谁: a noun beyond what the list shows asks what it lacks.
            return [
                value or ""
                for p in answer.projects
                for value in (p.name, p.department, p.implementer, p.nature, p.category)
            ] + list(self._rule_words.get(PROJECTS_RULE, ()))
        if isinstance(answer, ProjectOverview):
            # 企服项目的绩效自评结果: a noun beyond the project's name asks what it lacks.
            project = answer.project
            return [project.name, *(v or "" for v in (project.department, project.implementer))]
        return None

    def _figure_texts(self, answer: FigureCalculation) -> list[str]:
        """Returns what the operands of a calculation rest on (港澳台实习生每人补贴: not 补贴)."""
        texts: list[str] = []
        for figure in (*answer.figures, *(answer.wider.figures if answer.wider else ())):
            texts += [figure.project.name, figure.quote, figure.unit or ""]
            if figure.indicator is not None:
                row = figure.indicator
                texts += [row.name, row.level1, row.level2, row.target.raw]
            if figure.money is not None:
                texts += list(self._rule_words.get(f"money:{figure.money}", ()))
                texts += list(self._rule_words.get(f"money:{MoneyField.BUDGET}", ()))
        return texts


def _counted(query: Query, candidates: list[IndicatorInfo]) -> list[IndicatorInfo]:
    """Keeps the one row counted in things when "how many" is asked beside rates.

    采集基本信息多少 asks the 条 of …基本信息数量, not the 100% of 基本信息采集准确性: a
    percentage is asked with 率, 百分之几 or 多少% (the asked unit), never by 多少 alone.
    """
    asks = cue_words()["figure_ask"]
    if query.unit is not None or not any(word in query.remainder for word in asks):
        return []
    counted = [c for c in candidates if c.target.unit not in (None, PERCENT_SIGN)]
    rates = [c for c in candidates if c.target.unit == PERCENT_SIGN]
    return counted if len(counted) == 1 and len(counted) + len(rates) == len(candidates) else []


def _lists(answer: PassageAnswer) -> bool:
    """Tells whether quoted sentences enumerate things (海智基地、海智专家、…)."""
    return any(LIST_MARK in match.passage.text for match in answer.matches)


def _goals_of(project: ProjectInfo) -> tuple[str, str]:
    return project.overall_goal, project.annual_goal


def _common_substring(texts: list[str]) -> str:
    """Returns the longest text written in all of ``texts`` (empty when none is)."""
    shortest = min(texts, key=len, default="")
    for size in range(len(shortest), MIN_SHARED_CHARS - 1, -1):
        for start in range(len(shortest) - size + 1):
            part = shortest[start : start + size]
            if all(part in text for text in texts):
                return part
    return ""


def _stem_of_two(row: IndicatorInfo, other: IndicatorInfo, rows: Sequence[IndicatorInfo]) -> bool:
    """Tells whether two rows share a stem no third row of their project writes (基本信息 of
    采集…基本信息数量 and 基本信息采集准确性; 海峡两岸 names many rows, so no pair)."""
    stem = _common_substring([row.name, other.name])
    return bool(stem) and sum(stem in each.name for each in rows) == len((row, other))


def _amount_for_a_rate(query: Query, answer: Answer) -> bool:
    """Tells whether an amount of money would answer a question asked in another unit."""
    if isinstance(answer, IndicatorAnswer):  # 预算支出比例: no row counted in 万元 is a rate
        return bool(_RATE_WORD.search(query.remainder)) and all(
            row.target.unit in MONEY_UNITS and not row.name.endswith(RATE_ENDINGS)
            for row in answer.indicators
        )
    if not isinstance(answer, MoneyAnswer) or answer.operation is not None:
        return False
    if _RATE_WORD.search(query.remainder):
        return True  # 预算执行率要求: a rate named, though the question ends on another word
    return query.unit is not None and query.unit not in MONEY_UNITS


def _named_rows(answer: Answer) -> IndicatorAnswer | None:
    """Returns the rows of a listing picked by words of their names only, or None."""
    if not isinstance(answer, IndicatorList) or answer.count_only:
        return None
    if not answer.row_filter.words or answer.row_filter.unit is not None:
        return None
    rows = tuple(row for group in answer.groups for row in group.indicators)
    return IndicatorAnswer(rows) if rows else None


def _words_of_rules(vocabulary: Vocabulary) -> dict[str, frozenset[str]]:
    """Returns every keyword of each rule name."""
    words: dict[str, set[str]] = {}
    for rule in vocabulary.rules:
        words.setdefault(rule.name, set()).update(word for group in rule.groups for word in group)
    return {name: frozenset(found) for name, found in words.items()}


def _paraphrases(word: str, name: str) -> bool:
    """Tells whether a word keeps its head (last character) and another character of a row
    name (巡逻车 of 巡检车辆数), as a paraphrase of the thing the row counts does."""
    if not _CJK.fullmatch(word):
        return False  # 第35届: an ordinal names one thing, however many characters it shares
    stem = word.removesuffix(NOUN_SUFFIX)
    if stem != word and stem:
        return all(char in name for char in stem)  # 车子 of 巡检车辆数: the suffix adds nothing
    shared = sum(1 for char in set(word) if char in name)
    return word[-1] in name and shared >= MIN_PARAPHRASE_CHARS
