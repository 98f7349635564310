"""A second look at an answer the checker settled: what the first reading missed.

Each step revises one kind of answer on evidence the first reading did not weigh: the
deadline row of work a goal sentence dates only by year, a row whose leftover words the
project's goal or a sibling row names, and the clause of a quote a word of the question
sets apart.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable
from dataclasses import replace

from knowledge.catalog import Catalog, IndicatorInfo, ProjectInfo
from knowledge.model import IndicatorKind
from knowledge.units import MONEY_UNITS
from nlu import intents
from nlu.answers import (
    Answer,
    Clarification,
    FactAnswer,
    IndicatorAnswer,
    MoneyAnswer,
    NotInForm,
    OutOfScope,
    PassageAnswer,
    ProjectList,
    SeveralIndicators,
)
from nlu.calculations import Calculator
from nlu.checking import RATE_ENDINGS, WHICH_PROJECT_ASKS
from nlu.cues import cue_words
from nlu.evidence import Evidence, written_beside
from nlu.figures import Column
from nlu.intents import Aggregate, MoneyField, ProjectField
from nlu.lexicon import Lexicon
from nlu.matcher import IndicatorMatcher
from nlu.normalize import Normalizer, strip_punctuation
from nlu.ordering import longest_first_of
from nlu.prepared import Memo
from nlu.query import ASKING, SPOKEN_TAIL, Query
from nlu.retrieval import PassageRetriever, PassageSource, contrasted_clause
from nlu.scoping import abbreviates, described_by
from nlu.single_ask import (
    GENERIC_MEASURE_WORD,
    MIN_PASSAGE_COVERAGE,
    WEAK_PASSAGE_COVERAGE,
    states_quantity,
)
from nlu.vocabulary import GREETING_RULE

_DAY_OR_MONTH = re.compile(r"\d+\s*[月日号]|\d{4}[-./]\d{1,2}")
_CLAUSES = re.compile(r"[，,；;。]")
_CJK_WORD = re.compile(r"^[\u3400-\u9fff]+$")
SHARED_TERM_CHARS = 4  # rows about one thing share its name (基本信息, 建设指引)
TWO_ROWS = 2  # a thing's name shared by exactly two rows: a count and a quality of it
DEADLINE_NAME_WORDS = ("完成时间", "时间", "日期", "时限", "期限")  # a deadline row's last word
COUNT_MARK = "数"  # 人数, 场数: a measure word made a count asks a figure in that measure
END_FIELDS = frozenset({ProjectField.END, ProjectField.PERIOD})
GOAL_FIELDS = frozenset(
    {ProjectField.GOAL, ProjectField.ANNUAL_GOAL}
)  # a topic the goal names  # dates a deadline may answer
DEADLINE_ENDINGS = ("及时性", "时间", "日期", "时限", "期限")  # 养护完成时间: 养护完成 is the work
MIN_WORK_CHARS = 3  # 养护完成: what a deadline row dates, written in the question
ASKED_PART = "第几"  # 第几部分, 第几块: which part of a goal written in parts
END_RULE = "fact:end"  # its first words (完成, 完工, 结束) say work is finished
PLAN_WORD = "计划"  # 养护计划哪天完成 asks the header's 计划完成日期, not a deadline row
POINTING_MARKS = ("那", "这")  # 那期, 这期: a phase pointed at instead of named
MIN_EFFECT_WORDS = 2  # 两岸 and 交流: the row's name writes the thing whose effect is asked
MIN_PHRASING_CHARS = 2  # 申报: a phrasing word long enough to be a row's own word
MIN_RIVAL_SCORE = 40.0  # a row this close may be what a phrasing word names
PERCENT = "%"
# 通过率, 完好比例, 百分之几: a rate asked, in the endings the checker reads rates by.
_RATE_ASKED = re.compile(rf"[\u4e00-\u9fff](?:{'|'.join(RATE_ENDINGS)})|百分")
_ONE_TERM = re.compile(r"1[期届轮批]")  # 一期 normalised: one term, or the first one
ORDINAL_MARK = "第"
PROJECT_MARK = "项目"
MIN_PICKED = 2  # projects to pick from
# More projects than this with the row are asked back between (engine.MAX_NAMESAKES): reading
# every one's texts would cost more than the pick is worth.
MAX_PICKED_FROM = 10
MAX_PICKED_PROJECTS = 16  # beyond this many, a run of words picks by chance
MIN_PICKED_CHARS = 3  # 跨年度: the shortest run of the question a project's text must write
MIN_FIELD_PICKED_CHARS = 2  # 科协主管的是哪个项目: within the one field asked, 科协 picks
SATISFACTION_MARK = "满意"  # 满意度, 满意率: a row rating what people think
MONEY_RULE = "money"  # money:budget, money_cap: the rules whose words name amounts
MONEY_HEAD = "预算"  # the canonical word of 资金, 经费, 钱, 费用
ROW_WORD = "指标"  # 哪个指标: rows are asked, not what is done
ANY_COUNT = ("数量", "个数", "数目")  # a count in whatever measure the row counts
# The parts a total is made of, by the column it is written in (资金构成).
ANNUAL_PARTS = (
    MoneyField.ANNUAL_TOTAL,
    MoneyField.APPROPRIATION,
    MoneyField.CARRY_OVER,
    MoneyField.OTHER,
)
PROJECT_PARTS = (MoneyField.PROJECT_TOTAL, MoneyField.FISCAL, MoneyField.OTHER)
COMPOSED_AGGREGATES = frozenset({Aggregate.EACH, Aggregate.TOTAL})  # not the most or least
COMPOSED_FIELDS = frozenset({MoneyField.BUDGET, MoneyField.ANNUAL_TOTAL, MoneyField.PROJECT_TOTAL})


# Asks of a count (要招几个) and the words a row's name counts with (学生人数, 岗位数量).
COUNT_ASKS = ("几", "多少")
COUNT_WORDS = ("人数", "数量", "个数", "名额", "人次")
MIN_NOUN_CHARS = 2  # 学生: a noun of its own, not the 人 of 几个人
PLAIN_KEPT = 4096  # texts kept read plain: the rows, headings and goals of a few projects
# Numbers that count nothing: an ordinal (第 18 届) and a year (2026 年).
_UNCOUNTED = re.compile(r"第\s*\d+\s*[届期次批轮]|\d{4}\s*年")
_DURATION = re.compile(r"\d+(?:\.\d+)?\s*(?:个月|个星期|小时|周|天|日|月|年|星期)")
_DIGIT = re.compile(r"\d")
_CLAUSE_AFTER = re.compile(r"\s*[，,]")  # a clause of its own: a comma follows it
PEOPLE_UNIT = "人"  # the measure word of people, compatible with 名, 位, 人次
_BEFORE_COUNT = " 的有要是共一总计"  # 港澳台生一共有几个: what stands between the noun and 几
# A leading clause pointing at a topic (都市交通那个会，…; 实习那块，…): it says what the ask
# that follows is about, and asks nothing itself.
_TOPIC_CLAUSE = re.compile(r"^[^，,。；;？?]*[那这](?:个|块|边|次|场|项)[\u4e00-\u9fff]?[，,]")
_COUNTED_TAIL_START = re.compile("[的及和与、]")
_BRACKETED = re.compile(r"[(（][^()（）]*[)）]")  # (专家) of 院士(专家)工作站
_HOW_MANY = re.compile(r"多少|(?<!哪)几")
_SENTENCES = re.compile(r"[；;。\n]")
_FIGURE_CLAUSES = re.compile(r"[，,；;。：:\n]")  # the clause a figure of a sentence is of
MIN_LISTED_SHARED = 3  # 展览, 论坛, 路演: a goal sentence listing the row's own things
_PERSON_ASKED = re.compile("谁|哪位")
_ORDINAL_OR_FIGURE = re.compile(r"\d|第|几")
_MEASURE_COUNT = re.compile(r"([\u4e00-\u9fff])数")  # 次数, 场数: a measure word made a count
# A count named last, a question mark or particle at most after it: 参会人数, 论文篇数, 数量呢;
# the words for its target may follow (人数指标目标值, 数量目标).
_COUNT_END = re.compile(
    rf"(?:数|数量|个数|数目|人次|名额)(?:指标)?(?:目标值|指标值|目标)?(?:{SPOKEN_TAIL}|[?？])*$"
)
MAX_OFFERED = 3  # rows offered when a count is refused
NOT_THIS = "不是"
# 培育新申报…, 新增引入…: a row counting this year's new ones.
_NEW_IN_NAME = re.compile(r"新(?:增|申报|建|培育|引入|开发|设立)?")
# 不是新申报的, 不是新申报那种: what follows 不是 (never of 是不是) is what the ask leaves out.
_RULED_OUT = re.compile(r"(?<!是)不是([\u4e00-\u9fff]{2,8}?)(?:的|那种|那个|那些)")
# A row asked by a quoted name: “X”这个指标, 指标“X”.
QUOTES = '“"「『'
_QUOTED_ROW = re.compile(
    r"[“\"「『]([^”\"」』]{2,40})[”\"」』](?:这个|这一?项|这条|这一条)?指标"
    r"|指标[“\"「『]([^”\"」』]{2,40})[”\"」』]"
)
MAX_MODIFIER_CHARS = 2  # 大 of 大学生, 研究 of 研究生: what makes a longer noun of one
SPEED_RULE = "asks_speed"  # 多快, 快不快: how fast something is done
TIMELY_WORDS = ("及时", "时效", "时限", "响应")  # a row rating how fast work is done
QUALITATIVE_WORD = "定性"  # 那条定性目标: what a row stated in words is called
QUANTITATIVE_WORD = "定量"  # 那条定量指标: what a row stated as a figure is called


class SecondLook:
    """Revises a checked answer where a rule of the first reading fell short."""

    def __init__(
        self,
        *,
        catalog: Catalog,
        lexicon: Lexicon,
        normalizer: Normalizer,
        matcher: IndicatorMatcher,
        evidence: Evidence,
        calculator: Calculator,
        deadline_words: tuple[str, ...],
        retriever: PassageRetriever,
        read: Callable[[str], Query],
    ) -> None:
        self._catalog = catalog
        self._lexicon = lexicon
        self._normalizer = normalizer
        self._matcher = matcher
        self._evidence = evidence
        self._calculator = calculator
        self._deadline_words = deadline_words
        self._retriever = retriever
        self._read = read
        self._plain_of: Memo[str, str] = Memo(PLAIN_KEPT)
        # A project's goals read plain (as written, and with their asides left out too).
        self._goals_plain: dict[int, tuple[str, str]] = {}
        self._finishing = frozenset(  # 完成, 干完: the words asking when work is finished
            word
            for rule in lexicon.vocabulary.rules
            if rule.name == END_RULE
            for word in rule.groups[0]
        )
        self._people_endings = cue_words()["counted_people"]
        self._money_words = tuple(  # 年度资金, 财政资金, 自筹: the kinds of money the form has
            word
            for rule in lexicon.vocabulary.rules
            if rule.name.startswith(MONEY_RULE)
            for group in rule.groups
            for word in group
        )

    def revised(self, query: Query, first: Answer, answer: Answer) -> Answer:
        """Returns the checked ``answer`` to the ``first`` after every step of the second look."""
        # Only an amount the checker kept: 预算联系人是谁 names an item the form lacks.
        composed = _composition(query, first, answer) or _money_owner(query, answer)
        if composed is not None:
            return composed
        answer = self._money_kind_named(query, answer)
        answer = self._goal_part_kept(query, first, self._item_kept(query, first, answer))
        answer = self._one_term_kept(query, first, self._kind_quoted(query, first, answer))
        answer = self._count_of_row(query, self._deadline_kept(query, answer))
        answer = self._phrasing_named_elsewhere(query, answer)
        answer = self._deadline_row_written(query, first, answer)
        answer = self._effect_of_row(query, self._effect_under_heading(query, answer))
        answer = self._named_by_sibling(query, self._named_in_goal(query, answer))
        answer = self._project_picked(query, self._contrast_focused(query, answer))
        answer = self._work_quoted(query, self._satisfaction_unasked(query, answer))
        answer = self._counted_thing(query, self._satisfied_whom(query, answer))
        answer = self._clarified_by_count(query, answer)
        answer = self._placed_by_rest(query, self._clarified_by_measure(query, answer))
        answer = self._whole_asked(query, first, answer)
        answer = self._rests_on_phrasing(query, self._people_counted(query, answer))
        answer = self._one_count_in_its_unit(query, self._amount_of_absent(query, answer))
        answer = self._quoted_row_absent(query, self._count_unstated(query, answer))
        answer = self._wording_quoted(query, self._topic_row_target(query, first, answer))
        answer = self._speed_of_work(query, self._described_row(query, answer))
        answer = self._refused_words_of_one_row(query, self._unit_stated_in_goal(query, answer))
        answer = self._only_row_in_unit(query, self._row_pointed(query, answer))
        answer = self._named_verbatim(query, first, self._topic_clause(query, answer))
        answer = self._offered_explains_all(query, self._row_ruled_out(query, answer))
        return self._words_split_between(query, self._stock_of_new_rows(query, answer))

    def _words_split_between(self, query: Query, answer: Answer) -> Answer:
        """Refuses an ask-back between rows that each explain only some words of the question,
        the rest by another: 海峡两岸科普论坛那边上海征集论文的数量 joins the forum of one row
        to the papers of another, a thing no row counts."""
        if not isinstance(answer, Clarification) or len(answer.candidates) < TWO_ROWS:
            return answer
        left = {
            row.id: self._evidence.unexplained(
                query.remainder, explained_by=(row.name, row.level2), cues=query.cues
            )
            for row in answer.candidates
        }
        if not all(left.values()):
            return answer  # a row explains every word: the ask-back is between real fits
        split = all(
            any(
                not self._evidence.unexplained(
                    " ".join(left[row.id]), explained_by=(other.name, other.level2), cues={}
                )
                for other in answer.candidates
                if other is not row
            )
            for row in answer.candidates
        )
        if not split:
            return answer  # 册子: a word no row writes may be another word for a row's own
        words = tuple(dict.fromkeys(word for row in answer.candidates for word in left[row.id]))
        ordered = tuple(sorted(words, key=query.remainder.find))
        return NotInForm(self._evidence.as_written(query.remainder, ordered), answer.candidates)

    def _topic_clause(self, query: Query, answer: Answer) -> Answer:
        """Reads a clause asking nothing before the one clause that asks as its topic, not as
        an ask of its own: 港澳台学生实习，征集的岗位有多少个 asks the posts of that internship,
        not its students too; 交通研讨会的论文，最后要正式发表几篇 asks a count no row holds
        (the symposium's row counts papers collected), so it is refused."""
        if not isinstance(answer, SeveralIndicators) or answer.absent:
            return answer
        asking = [part for part in query.parts if ASKING.search(part)]
        if len(query.parts) != TWO_ROWS or len(asking) != 1 or not answer.answers:
            return answer
        topic = query.parts[0]
        if topic in asking or intents.asks_each(query.rules):
            return answer  # 完好率和合格率分别多少: each part asks
        if not _CLAUSE_AFTER.match(query.text[query.text.find(topic) + len(topic) :]):
            return answer  # 设施完好率和道路养护合格率: joined, not a clause before the ask
        rows = [row for part in answer.answers for row in part.indicators]
        if answer.others:
            return self._goal_topic(query, topic, rows, answer)
        asked = self._evidence.content_tokens(asking[0])
        named = [
            row
            for row in rows
            if asked
            and all(self._writes_word(word, self._plain(row.name)) for word in asked)
            and all(
                self._writes_word(word, self._plain(row.name))
                for word in self._evidence.content_tokens(topic)
            )
        ]
        if len(named) == 1:
            return IndicatorAnswer(tuple(named), understood=True)
        if not named and len(rows) == TWO_ROWS:
            return self._topic_of_other_row(query, topic, asking[0], rows, answer)
        if named or len(rows) != 1:
            return answer
        return self._asked_beyond_topic(query, topic, asking[0], rows[0], answer)

    def _goal_topic(
        self, query: Query, topic: str, rows: list[IndicatorInfo], answer: SeveralIndicators
    ) -> Answer:
        """Refuses the one row of an ask after a topic clause read as the goal's, when the row
        leaves the topic's nouns unexplained: 年度目标提到的法律知识丛书，计划编印多少册 asks of
        a book the goal names, not of the 建设指引 the row counts."""
        if len(rows) != 1 or any(
            not (isinstance(part, FactAnswer) and part.field in intents.GOAL_FIELDS)
            and not isinstance(part, PassageAnswer)
            for part in answer.others
        ):
            return answer  # 国交的主管部门是谁，…: the clause before asks a field of its own
        row = rows[0]
        project = self._catalog.project(row.project_id).name
        left = self._evidence.unexplained(
            topic, explained_by=(row.name, row.level2, project), cues=query.cues
        )
        return NotInForm(self._evidence.as_written(topic, left), (row,)) if left else answer

    def _topic_of_other_row(
        self, query: Query, topic: str, asking: str, rows: list[IndicatorInfo], answer: Answer
    ) -> Answer:
        """Refuses the row of an ask whose topic clause only another row names: 海峡两岸科普
        论坛那边，上海要征集几篇论文 finds the forum's delegates and the symposium's papers; the
        papers row writes no 科普论坛, so the forum's papers are what the form lacks."""
        asked = [
            row
            for row in rows
            if not self._evidence.unexplained(
                asking, explained_by=(row.name, row.level2), cues=query.cues
            )
        ]
        if len(asked) != 1:
            return answer
        others = [row for row in rows if row is not asked[0]]
        left = self._topic_left(query, topic, asked[0], others)
        return NotInForm(left, tuple(rows)) if left else answer

    def _topic_left(
        self, query: Query, topic: str, row: IndicatorInfo, others: list[IndicatorInfo]
    ) -> tuple[str, ...]:
        """Returns the words of a topic clause the row asked leaves unexplained when another
        row found explains them all: the topic then names the other row's event, not this."""
        cues = query.cues
        left = self._evidence.unexplained(topic, explained_by=(row.name, row.level2), cues=cues)
        if not left or not any(
            not self._evidence.unexplained(
                topic, explained_by=(other.name, other.level2), cues=cues
            )
            for other in others
        ):
            return ()  # the ask's row writes the topic, or the topic names no other row
        return self._evidence.as_written(topic, left)

    def _asked_beyond_topic(
        self, query: Query, topic: str, asking: str, row: IndicatorInfo, answer: Answer
    ) -> Answer:
        """Refuses the row of a topic clause when the ask after it says what neither the row
        nor its project writes (交通研讨会的论文，最后要正式发表几篇: papers collected are no
        papers published); the words of what is asked (截止到啥时候) explain themselves."""
        name = self._plain(row.name)
        if not all(self._writes_word(word, name) for word in self._evidence.content_tokens(topic)):
            return answer  # 我们上周刚办完两场沙龙，…: the clause before tells, it is no topic
        texts = [row.name, row.level2, *_texts_of(self._catalog.project(row.project_id))]
        project = self._catalog.project(row.project_id)
        texts += [item.text for item in project.goal_items]
        left = self._evidence.unexplained(
            asking, explained_by=texts, cues=query.cues, nouns_only=False
        )
        return NotInForm(left, (row,)) if left else answer

    def _named_verbatim(self, query: Query, first: Answer, answer: Answer) -> Answer:
        """Keeps, of the rows first asked back between, the one whose whole name the question
        writes, when the check settled on another: 港澳台大学生暑期实习活动参与人数 names
        活动参与人数, not the posts of the internship its other words describe."""
        if not isinstance(first, Clarification) or not isinstance(answer, IndicatorAnswer):
            return answer
        text = strip_punctuation(query.text)
        if len(answer.indicators) != 1 or self._plain(answer.indicators[0].name) in text:
            return answer
        written = [
            row
            for row in first.candidates
            if len(self._plain(row.name)) >= SHARED_TERM_CHARS and self._plain(row.name) in text
        ]
        if len(written) != 1:
            return answer
        return IndicatorAnswer(tuple(written), progress=answer.progress, understood=True)

    def _described_row(self, query: Query, answer: Answer) -> Answer:
        """Answers a row named by what it measures, not by its name, with the one row of the
        projects asked whose name, headings and project name write every content word of the
        question, each as written or as another word of its synonym group, and explain the
        rest: 养护的质量关要求 is 养护合格率 (质量指标), 运维那些设施的好用率 设施完好率.

        Only an answer the first reading could not settle on a row is revised: a refusal, a
        goal or a quote stating no figure of a figure asked; two rows fitting leave it.
        """
        if not self._describable(query, answer) or not self._asks_row_only(query):
            return answer
        words = self._content_words(query)
        if not words:
            return answer
        projects = self._catalog.projects_in(query.project_ids) or self._catalog.projects
        if len(projects) > MAX_PICKED_PROJECTS:
            return answer  # a catalog this large: words fit several rows by chance
        fitting = [
            row
            for project in projects
            for row in project.indicators
            if self._describes(query, words, row, project)
        ]
        if len(fitting) != 1 or self._quotes_figure_of(query, answer, fitting[0]):
            return answer
        row = fitting[0]
        own = self._plain(row.name) + self._plain(row.level2)
        if isinstance(answer, NotInForm) and not all(
            self._writes_word(word, own) or self._evidence.implies(word, own)
            for word in answer.words
        ):
            return answer  # 桥梁长度, 绩效标准, 第几届: refused for what the row does not write
        return IndicatorAnswer((row,), understood=True)

    def _describable(self, query: Query, answer: Answer) -> bool:
        """Tells whether an answer settled on no row: a refusal of words, nothing found, the
        project's goal for a topic (节能方面的目标), or a quote stating no figure asked."""
        if isinstance(answer, NotInForm):
            return bool(answer.words) and answer.year is None and answer.asked_unit is None
        if isinstance(answer, OutOfScope):
            return not answer.greeting
        if isinstance(answer, FactAnswer):
            return answer.field in intents.GOAL_FIELDS and not any(
                word in query.text for word in cue_words()["goal_name"]
            )
        if isinstance(answer, PassageAnswer):
            return bool(_HOW_MANY.search(query.remainder)) and not intents.asks_ordinal(
                query.rules
            )
        return False

    def _asks_row_only(self, query: Query) -> bool:
        """Tells whether a question asks nothing a row's target cannot answer: no date, amount,
        count of rows or other header field (道路养护什么时候要完成 asks the project's end)."""
        goals = {name for name, field in intents.FACT_RULES if field in intents.GOAL_FIELDS}
        return query.rules <= goals | {SPEED_RULE, GREETING_RULE}

    def _writes_word(self, word: str, text: str) -> bool:
        """Tells whether ``text`` writes a word as said, or its synonym group (质量关: 质量)."""
        canonical = self._lexicon.vocabulary.canonical.get(word, word)
        return self._evidence.writes(word, text) or self._evidence.writes(canonical, text)

    def _quotes_figure_of(self, query: Query, answer: Answer, row: IndicatorInfo) -> bool:
        """Tells whether a quote states a figure in the unit asked or the row's (so it may be
        what is asked), or names nothing of the row: 保障设施完好率 names the rate and states
        no %, so 设施完好率 answers how high it is set."""
        if not isinstance(answer, PassageAnswer):
            return False
        vocabulary = self._lexicon.vocabulary
        units = {
            unit
            for asked in (row.target.unit, query.unit)
            if asked
            for unit in (asked, *vocabulary.units)
            if unit == asked or vocabulary.units_compatible(asked, unit)
        }  # 3000余份 states a count of what 信息报送数量 counts in 篇
        if not units or row.target.kind is not IndicatorKind.QUANTITATIVE:
            return True
        name = self._plain(row.name)
        if not any(self._evidence.writes(word, name) for word in self._content_words(query)):
            return True
        return any(
            states_quantity(match.passage.text, unit, self._normalizer)
            for match in answer.matches
            for unit in units
        )

    def _content_words(self, query: Query) -> list[str]:
        """Returns the question's words that name something: no pronoun, adverb or time word
        (那些, 平时), no phrasing word and no ask."""
        phrasing = self._evidence.phrasing
        return [
            term.token
            for term in query.terms
            if len(term.token) >= MIN_NOUN_CHARS
            and term.token not in phrasing
            and not self._lexicon.is_asking(term.token)
            and not self._evidence.function_word(term.token)
        ]

    def _describes(
        self, query: Query, words: list[str], row: IndicatorInfo, project: ProjectInfo
    ) -> bool:
        """Tells whether a row's name, headings and project name write every word and
        explain the whole question, a word of the row's own name or heading among them."""
        texts = (row.name, row.level1, row.level2)
        own = "".join(self._plain(text) for text in texts)
        whole = own + self._plain(project.name)
        # 来参观的人满不满意: 观众满意度 writes no 参观, yet its 观众 are the visitors.
        if not all(
            self._writes_word(word, whole) or self._evidence.implies(word, whole) for word in words
        ):
            return False
        if not any(self._writes_word(word, own) for word in words):
            return False  # the project's name alone describes every row of it
        if not self._fits_unit(query, row) or not self._fits_measure(query, row):
            return False
        return not self._evidence.unexplained(
            query.remainder, explained_by=(*texts, project.name), cues=query.cues
        )

    def _speed_of_work(self, query: Query, answer: Answer) -> Answer:
        """Answers how fast some work is done (坏了修要多快) with the one timeliness row of the
        project whose name writes a character of the work asked, not a count of what sets
        the work off (设备故障次数 for 坏了)."""
        if SPEED_RULE not in query.rules:
            return answer
        if not isinstance(answer, IndicatorAnswer | NotInForm | OutOfScope):
            return answer
        rows = answer.indicators if isinstance(answer, IndicatorAnswer) else ()
        if any(self._timely(row) for row in rows) or len(rows) > 1:
            return answer
        projects = (
            self._catalog.projects_in(query.project_ids or tuple(row.project_id for row in rows))
            or self._catalog.projects
        )
        if len(projects) != 1:
            return answer
        asked = {
            char
            for word in self._lexicon.cut(strip_punctuation(query.remainder))
            if _CJK_WORD.match(word) and word not in self._evidence.phrasing
            for char in word
        }
        named = self._plain(projects[0].name)
        names = [row.name for row in projects[0].indicators]
        timely = [
            row
            for row in projects[0].indicators
            if self._timely(row)
            and asked & (set(self._plain(row.name)) - set(named))
            and not self._evidence.unexplained(
                query.remainder,
                explained_by=(row.level2, *_texts_of(projects[0])[:1], *names),
                cues=query.cues,
                nouns_only=False,
            )  # 修好以后多快验收: no row dates the acceptance; 设备坏了 is a row's 设备故障
        ]
        return IndicatorAnswer((timely[0],), understood=True) if len(timely) == 1 else answer

    def _unit_stated_in_goal(self, query: Query, answer: Answer) -> Answer:
        """Quotes the goal sentence stating a figure in the very unit asked when the one row
        found counts in another unit only akin to it: 调查站点每年交上来多少份 is the goal's
        年均上报…3000余份, not 信息报送数量 ≥15篇. The sentence must explain every word."""
        if not isinstance(answer, IndicatorAnswer) or len(answer.indicators) != 1:
            return answer
        row, asked = answer.indicators[0], query.unit
        if asked is None or asked == GENERIC_MEASURE_WORD or row.target.unit in (None, asked):
            return answer
        if row.target.kind is not IndicatorKind.QUANTITATIVE or intents.asks_progress(query.rules):
            return answer
        found = [
            match
            for match in self._retriever.search(query, project_ids=(row.project_id,))
            if self._states_exactly(match.passage.text, asked)
        ]
        if not found or found[0].coverage < MIN_PASSAGE_COVERAGE:
            return answer
        passage = found[0].passage
        if self._evidence.unexplained(
            query.remainder, explained_by=(passage.text, passage.title or ""), cues=query.cues
        ):
            return answer
        return PassageAnswer((found[0],))

    def _row_pointed(self, query: Query, answer: Answer) -> Answer:
        """Answers with the one row that explains every word of a question pointing at a row
        (辩论赛那条怎么填的: 辩论队人数 ≥5人), not the goal sentence naming the same thing; a
        sentence no row explains (法律服务那条怎么写的) stays quoted."""
        if not isinstance(answer, PassageAnswer | FactAnswer):
            return answer
        if isinstance(answer, FactAnswer) and answer.field not in intents.GOAL_FIELDS:
            return answer
        if not any(word in query.text for word in cue_words()["row_pointer"]):
            return answer
        fitting = [
            match.indicator
            for match in self._matcher.match(query, project_ids=query.project_ids)[:MAX_OFFERED]
            if self._fits_ask(query, match.indicator)
            and not self._evidence.unexplained(
                query.remainder,
                explained_by=self._row_texts(query, match.indicator),
                cues=query.cues,
                nouns_only=False,
            )
        ]
        return IndicatorAnswer((fitting[0],), understood=True) if len(fitting) == 1 else answer

    def _only_row_in_unit(self, query: Query, answer: Answer) -> Answer:
        """Answers a count refused for its words with the one row of the scope counted in the
        unit asked, when that row explains every word, verbs too (运维一年要办几场活动: 开放日
        活动场次 is the only row in 场, and 办 is how its events are held)."""
        if not isinstance(answer, NotInForm) or not answer.words or answer.year is not None:
            return answer
        if any(_ORDINAL_OR_FIGURE.search(word) for word in answer.words):
            return answer  # 第9届开放日办几场: another term than the row's 第 8 届
        asked = query.unit
        if asked in (None, GENERIC_MEASURE_WORD) or answer.asked_unit is not None:
            return answer
        # The projects named, else those of the rows offered: never every row of a catalog.
        scope = query.project_ids or tuple(dict.fromkeys(r.project_id for r in answer.suggestions))
        if not scope:
            return answer
        fitting = [
            row
            for project in self._catalog.projects_in(scope)
            for row in project.indicators
            if row.target.unit == asked
        ]
        if len(fitting) != 1 or not self._fits_ask(query, fitting[0]):
            return answer
        if self._evidence.unexplained(
            query.remainder,
            explained_by=self._row_texts(query, fitting[0]),
            cues=query.cues,
            nouns_only=False,
        ):
            return answer
        return IndicatorAnswer((fitting[0],), understood=True)

    def _row_texts(self, query: Query, row: IndicatorInfo) -> tuple[str, ...]:
        """Returns a row's name, headings and kind (定性, 定量), and its project's name when
        the question named no project."""
        kind = (
            QUALITATIVE_WORD if row.target.kind is IndicatorKind.QUALITATIVE else QUANTITATIVE_WORD
        )
        return (row.name, row.level1, row.level2, kind, *self._loose_project_name(query, row))

    def _refused_words_of_one_row(self, query: Query, answer: Answer) -> Answer:
        """Answers with the one row that explains every word of a question refused for words
        that row writes, or for a word of the 绩效标准 column its form lacks: 国交安全方面怎么
        考核 is 活动安全事故发生数 (=0起); 运维设施完好程度的考核标准 is 设施完好率 (≥85%),
        考核标准 said of a row asking what it is to reach. 绩效标准 itself is never read so."""
        if not isinstance(answer, NotInForm) or not answer.words or answer.year is not None:
            return answer
        if answer.asked_unit is not None or answer.condition:
            return answer
        if any(_ORDINAL_OR_FIGURE.search(word) for word in answer.words):
            return answer  # 第9届, 3期: another term, never a way of saying the row's
        standard = [w for w in answer.words if w in cue_words()["standard_as_target"]]
        if any(re.search(rf"\s{re.escape(word)}", query.text) for word in standard):
            return answer  # 国交 论文数量 评价标准: the column asked as a piece of its own
        rows = [m.indicator for m in self._matcher.match(query, project_ids=query.project_ids)]
        if self._names_heading(answer.words, rows[:MAX_OFFERED]):
            return answer  # 国交的质量关怎么定的: 质量 heads 质量指标, whose rows are all asked
        fitting = [
            row
            for row in dict.fromkeys((*rows[:MAX_OFFERED], *answer.suggestions))
            if self._fits_ask(query, row)
            and all(
                word in standard or self._writes_word(word, self._plain(row.name))
                for word in answer.words
            )
            and self._named_beside(query, row, standard)
            and not self._evidence.unexplained(
                query.remainder,
                explained_by=(*self._row_texts(query, row), *standard),
                cues=query.cues,
                nouns_only=False,
            )
        ]
        return IndicatorAnswer((fitting[0],), understood=True) if len(fitting) == 1 else answer

    def _fits_ask(self, query: Query, row: IndicatorInfo) -> bool:
        """Tells whether a row can answer the kind of ask: an amount by an amount, a time by
        a deadline, a count in the unit asked, a rate in %."""
        money = intents.money_rule(query.rules) is not None
        if intents.asks_time(query.rules) and row.target.kind is not IndicatorKind.DEADLINE:
            return False  # 道路养护什么时候要完成: no cost row says when
        return (
            (row.target.unit in MONEY_UNITS) is money
            and self._fits_unit(query, row)
            and self._fits_measure(query, row)
        )

    def _named_beside(self, query: Query, row: IndicatorInfo, said: list[str]) -> bool:
        """Tells whether a word of the question besides the column words ``said`` names the
        row: 设施周边环境的评价标准 names 设施环境评价 by 环境; 各指标的评价标准 names none."""
        name = self._plain(row.name)
        return not said or any(
            self._writes_word(term.token, name)
            for term in query.terms
            if len(term.token) >= MIN_NOUN_CHARS and not any(term.token in word for word in said)
        )

    def _names_heading(self, words: Iterable[str], rows: list[IndicatorInfo]) -> bool:
        """Tells whether a word, read in the form's words, is the stem of a heading of the
        rows (质量关 is 质量, of 质量指标): it asks every row under the heading, not one."""
        canonical = self._lexicon.vocabulary.canonical
        stems = {row.level2.removesuffix(ROW_WORD) for row in rows}
        return any(canonical.get(word, word) in stems or word in stems for word in words)

    def _states_exactly(self, text: str, unit: str) -> bool:
        """Tells whether ``text`` states a number in ``unit`` itself, not in a longer unit
        beginning with it (8000人次 states no count in 人)."""
        longer = [
            other[len(unit) :]
            for other in self._lexicon.vocabulary.units
            if other.startswith(unit) and other != unit
        ]
        normal = self._normalizer.normalize(text)
        for found in re.finditer(rf"\d\s*(?:余|多)?\s*{re.escape(unit)}", normal):
            if not any(normal.startswith(rest, found.end()) for rest in longer if rest):
                return True
        return False

    def _timely(self, row: IndicatorInfo) -> bool:
        """Tells whether a row rates how fast work is done: dated, or named or set 及时."""
        return row.target.kind is IndicatorKind.DEADLINE or any(
            word in row.name or word in row.target.raw for word in TIMELY_WORDS
        )

    def _row_ruled_out(self, query: Query, answer: Answer) -> Answer:
        """Refuses the one row a question rules out by what its name writes (工作站累计建成
        多少家，不是新申报的: 培育新申报…工作站数量 counts only the new ones)."""
        if not isinstance(answer, IndicatorAnswer) or len(answer.indicators) != 1:
            return answer
        if NOT_THIS not in query.text:
            return answer  # most questions: nothing ruled out
        name = self._plain(answer.indicators[0].name)
        for found in _RULED_OUT.finditer(query.text):
            words = [w for w in self._lexicon.cut(found.group(1)) if len(w) >= MIN_NOUN_CHARS]
            if words and all(word in name for word in words):
                return NotInForm((found.group(0),), answer.indicators)
        return answer

    def _stock_of_new_rows(self, query: Query, answer: Answer) -> Answer:
        """Refuses the one row counting new things when the question asks what exists already
        (企服目前已经建成的院士工作站有多少家: 培育新申报…工作站数量 counts this year's new ones;
        the form has no count of those built)."""
        if not isinstance(answer, IndicatorAnswer) or len(answer.indicators) != 1:
            return answer
        said = next((w for w in cue_words()["stock_asked"] if w in query.text), None)
        said = said or _stock_said(query.text)
        if said is None or not _NEW_IN_NAME.search(answer.indicators[0].name):
            return answer
        return NotInForm((said,), answer.indicators)

    def _topic_row_target(self, query: Query, first: Answer, checked: Answer) -> Answer:
        """Answers the goal of a topic that one row's name writes (通行方面的目标是什么:
        道路通行条件, 改善) with that row, and the goal sentence writing it too; a goal named
        (年度目标) or a topic of several rows keeps the goal. A goal refused for a word its
        text lacks (路况改善的目标是什么) is looked at as the goal it was."""
        answer = first if isinstance(checked, NotInForm) and checked.year is None else checked
        if not isinstance(answer, FactAnswer) or answer.field not in intents.GOAL_FIELDS:
            return checked
        if any(word in query.text for word in cue_words()["goal_name"]):
            return checked
        words = [term.token for term in query.terms if len(term.token) >= MIN_NOUN_CHARS]
        if not words:
            return checked  # 企服的目标是什么: the project's goal
        # 养护项目对路况改善的目标: 养护 names the project, 改善 is the row's target said.
        rows = [
            row
            for project in answer.projects
            for row in project.indicators
            if all(
                self._evidence.writes(word, self._plain(row.name))
                for word in words
                if word not in project.name and word not in row.target.raw
            )
            and any(self._evidence.writes(word, self._plain(row.name)) for word in words)
        ]
        if len(rows) != 1:
            return checked
        row = rows[0]
        texts = (row.name, row.level1, row.level2)
        if self._evidence.unexplained(query.remainder, explained_by=texts, cues=query.cues):
            return checked
        found = self._retriever.search(query, project_ids=(row.project_id,), limit=1)
        written = [
            match
            for match in found
            if all(self._evidence.writes(word, self._plain(match.passage.text)) for word in words)
        ]
        rows_answer = IndicatorAnswer((row,), understood=True)
        if not written:
            return rows_answer
        return SeveralIndicators((rows_answer,), others=(PassageAnswer((written[0],)),))

    def _wording_quoted(self, query: Query, answer: Answer) -> Answer:
        """Quotes the goal sentence a question asks the wording of (桥梁检测的目标原文怎么写:
        完成…桥梁检测 4 座), beside the one row it names, when the sentence writes every word
        of the question; a row's target alone is not how the goal puts it."""
        if not any(word in query.text for word in cue_words()["wording_ask"]):
            return answer  # most questions: no wording asked
        rows = answer.indicators if isinstance(answer, IndicatorAnswer) else ()
        if len(rows) > 1 or not isinstance(answer, IndicatorAnswer | NotInForm):
            return answer
        scope = query.project_ids or tuple(row.project_id for row in rows)
        found = self._retriever.search(query, project_ids=scope, limit=1)
        if not found or not found[0].coverage:
            return answer  # the check below is the test: every word written (怎么 asks)
        passage = found[0].passage
        texts = [passage.text, passage.title or "", *(row.name for row in rows)]
        if self._evidence.unexplained(query.remainder, explained_by=texts, cues=query.cues):
            return answer
        quoted = PassageAnswer((found[0],))
        if not isinstance(answer, IndicatorAnswer):
            return quoted
        return SeveralIndicators((answer,), others=(quoted,))

    def _clarified_by_count(self, query: Query, answer: Answer) -> Answer:
        """Answers a count asked back between rows with the one candidate counting the noun
        asked, when the row explains every other word (国交岗位数: 征集实习岗位数量, not
        推荐实习单位和岗位的科技社团数量, which counts 科技社团)."""
        if not isinstance(answer, Clarification):
            return answer
        if not _HOW_MANY.search(query.remainder) and not _ends_in_count(query.remainder):
            return answer
        noun = self._counted_noun(query)
        if noun is None:
            return answer
        counting = [row for row in answer.candidates if self._counts_noun(noun, row)]
        if not counting:
            # 港澳台那边的大学生要请多少个过来: two rows counting posts tie, and neither counts
            # students; the project's row that does answers, if it explains the question.
            row = self._row_counting(query, noun, answer.candidates)
            return answer if row is None else IndicatorAnswer((row,), understood=True)
        if len(counting) != 1:
            return answer
        row = counting[0]
        if any(
            form in _counted_tail(self._plain(other.name))
            for other in answer.candidates
            if other is not row
            for form in noun
        ):
            return answer  # 学生要来多少人: 辩论队 of 大学生辩论赛 may be students too
        if self._evidence.unexplained(
            query.remainder, explained_by=(row.name, row.level2), cues=query.cues
        ):
            return answer  # 港澳台学生的家长几个: the row counts the students, not who is asked
        return IndicatorAnswer((row,), progress=answer.progress, understood=True)

    def _clarified_by_measure(self, query: Query, answer: Answer) -> Answer:
        """Answers an ask-back with the one candidate counting in the measure word a count
        names (跑区里科协的次数: 走访对接…数量 in 次, not 编印…指引数量 in 套), when it explains
        every noun of the question."""
        if not isinstance(answer, Clarification):
            return answer
        units = self._lexicon.vocabulary.units
        said = {
            match.group(1)
            for match in _MEASURE_COUNT.finditer(query.remainder)
            if match.group(1) in units
        }
        if len(said) != 1:
            return answer
        unit = said.pop()
        fitting = [
            row
            for row in answer.candidates
            if row.target.unit is not None and self._matcher.unit_fits(unit, row.target.unit)
        ]
        if len(fitting) != 1 or self._evidence.unexplained(
            query.remainder, explained_by=(fitting[0].name, fitting[0].level2), cues=query.cues
        ):
            return answer
        return IndicatorAnswer((fitting[0],), progress=answer.progress, understood=True)

    def _whole_asked(self, query: Query, first: Answer, answer: Answer) -> Answer:
        """Answers an ask-back, or the row the check narrowed it to, with the one row said of
        the whole when the question asks the whole (国交各项活动来的总人头数, 整体来参加的人):
        活动参与人数 names nothing beyond the question's words but a general event, 港澳台籍
        学生人数 names whose count it is."""
        if isinstance(answer, IndicatorAnswer) and isinstance(first, Clarification):
            asked_back = first  # 整体来参加的: 参加 of a part's name narrows no whole
        elif isinstance(answer, Clarification):
            asked_back = answer
        else:
            return answer
        if len(asked_back.candidates) < TWO_ROWS:
            return answer
        if not any(word in query.text for word in cue_words()["whole"]):
            return answer
        canonical = self._lexicon.vocabulary.canonical
        asked = {canonical.get(term.token, term.token) for term in query.terms}
        general = [row for row in asked_back.candidates if not self._own_nouns(row, asked)]
        if len(general) != 1:
            return answer
        return IndicatorAnswer((general[0],), progress=asked_back.progress, understood=True)

    def _own_nouns(self, row: IndicatorInfo, asked: set[str]) -> list[str]:
        """Returns the nouns of a row's name the question does not say, beyond a general
        event (活动) and the words counting it (人数): what narrows the row to a part."""
        general = set(cue_words()["event_noun"]) | set(cue_words()["light_noun"])
        words = self._lexicon.tokens(self._normalizer.normalize(row.name))
        smallest = [word for word in words if not any(o != word and o in word for o in words)]
        return [
            word
            for word in smallest
            if word not in asked
            and word not in general
            and word not in self._evidence.phrasing
            and _CJK_WORD.match(word)
            and self._evidence.describes_rows(word)
        ]

    def _row_counting(
        self, query: Query, noun: tuple[str, ...], found: Iterable[IndicatorInfo]
    ) -> IndicatorInfo | None:
        """Returns the one row of the projects of ``found`` that counts ``noun`` in the unit
        asked and explains every word of the question, else None."""
        owners = tuple(dict.fromkeys(row.project_id for row in found))
        counting = [
            row
            for project in self._catalog.projects_in(owners)
            for row in project.indicators
            if self._counts_noun(noun, row)
            and (query.unit == GENERIC_MEASURE_WORD or self._fits_unit(query, row))
            and not self._evidence.unexplained(
                query.remainder, explained_by=(row.name, row.level2), cues=query.cues
            )
        ]
        return counting[0] if len(counting) == 1 else None

    def _people_counted(self, query: Query, answer: Answer) -> Answer:
        """Answers a count of people (来沪实习的港澳台生几个) with the one row of the project
        counted in people whose name writes every word of the question, not a row counted in
        个 (征集实习岗位数量)."""
        if not isinstance(answer, IndicatorAnswer) or len(answer.indicators) != 1:
            return answer
        if query.unit not in (None, GENERIC_MEASURE_WORD):
            return answer
        row = answer.indicators[0]
        if row.target.unit is None or self._counts_people(row):
            return answer
        asked = _HOW_MANY.search(query.remainder)
        if asked is None:
            return answer
        before = query.remainder[: asked.start()].rstrip(_BEFORE_COUNT)
        if not before.endswith(self._people_endings) and not self._people_invited(query, before):
            return answer
        words = [term.token for term in query.terms if len(term.token) >= MIN_NOUN_CHARS]
        counting = [
            other
            for other in self._catalog.project(row.project_id).indicators
            if self._counts_people(other)
            and all(self._evidence.writes(word, self._plain(other.name)) for word in words)
        ]
        if len(counting) != 1:
            return answer
        return IndicatorAnswer((counting[0],), progress=answer.progress, understood=True)

    def _people_invited(self, query: Query, before: str) -> bool:
        """Tells whether a count is asked of people a verb before it invites (台湾香港澳门的
        大学生来上海实习，一共要请几个来): the verb takes people, said earlier as its object."""
        verbs = cue_words()["people_verb"]
        if not before.endswith(verbs):
            return False
        return any(term.token.endswith(self._people_endings) for term in query.terms)

    def _counts_people(self, row: IndicatorInfo) -> bool:
        unit = row.target.unit
        vocabulary = self._lexicon.vocabulary
        return unit is not None and vocabulary.units_compatible(PEOPLE_UNIT, unit)

    def _one_count_in_its_unit(self, query: Query, answer: Answer) -> Answer:
        """Keeps, of rows found for several parts, those counted in the unit of the one count
        asked: 都市交通那个会，上海要交多少篇文章 asks papers (篇); the clause before only says
        which meeting, and its 相关活动场次 (场) is no answer."""
        if not isinstance(answer, SeveralIndicators) or len(answer.answers) < TWO_ROWS:
            return answer
        if answer.others or answer.unmatched or answer.absent:
            return answer
        asked = query.unit
        if asked in (None, GENERIC_MEASURE_WORD) or len(_HOW_MANY.findall(query.remainder)) != 1:
            return answer  # 论文几篇，活动几场: two counts asked, each its own
        if not _TOPIC_CLAUSE.match(query.text):
            return answer  # 人数目标，还有事故几起: the clause before asks too
        fitting = tuple(
            part
            for part in answer.answers
            if all(
                row.target.unit is None or self._matcher.unit_fits(asked, row.target.unit)
                for row in part.indicators
            )
        )
        if not fitting or len(fitting) == len(answer.answers):
            return answer
        if len(fitting) == 1 and len(fitting[0].indicators) == 1:
            # 科普论坛那块，要收多少篇论文: the papers row is another event's, not the forum's
            topic = _TOPIC_CLAUSE.match(query.text)
            row = fitting[0].indicators[0]
            dropped = [
                r for part in answer.answers if part not in fitting for r in part.indicators
            ]
            left = self._topic_left(query, topic.group(0) if topic else "", row, dropped)
            if left:
                return NotInForm(left, (row, *dropped))
        return fitting[0] if len(fitting) == 1 else replace(answer, answers=fitting)

    def _amount_of_absent(self, query: Query, answer: Answer) -> Answer:
        """Drops the amounts of several asks when a noun no part explains is left beside a part
        the form lacks: 资金拨付账户和开户行是什么 asks an account, not the budget 资金 names."""
        if not isinstance(answer, SeveralIndicators) or not answer.absent:
            return answer
        amounts = [part for part in answer.others if isinstance(part, MoneyAnswer)]
        if not amounts:
            return answer
        rows = [row.name for part in answer.answers for row in part.indicators]
        left = self._evidence.unexplained(
            query.remainder, explained_by=[*answer.absent, *rows], cues=query.cues
        )
        if not left:
            return answer  # 国交预算和开户行: the budget is asked, 开户行 is what the form lacks
        absent = (*self._evidence.as_written(query.remainder, left), *answer.absent)
        others = tuple(part for part in answer.others if not isinstance(part, MoneyAnswer))
        if not answer.answers and not others:
            return NotInForm(absent)
        return replace(answer, others=others, absent=absent)

    def _rests_on_phrasing(self, query: Query, answer: Answer) -> Answer:
        """Refuses a row found by phrasing words alone (数 of 国交论问数) when the question's
        other characters are none of the row's: they name something it does not."""
        if not isinstance(answer, IndicatorAnswer) or len(answer.indicators) != 1:
            return answer
        phrasing = self._evidence.phrasing
        if not query.terms or any(term.token not in phrasing for term in query.terms):
            return answer  # most answers: a word of content chose the row
        row = answer.indicators[0]
        left = tuple(
            word
            for word in self._lexicon.cut(query.remainder)
            if _CJK_WORD.match(word)
            and word not in phrasing
            and not self._lexicon.is_asking(word)
            and not self._evidence.function_word(word)
            and not any(char in row.name for char in word)
        )
        if not left:
            return answer  # 国交人数多少: the count alone, the row the one counting people
        shown = self._evidence.as_written(query.remainder, left)
        return NotInForm(shown, (row,))

    def _placed_by_rest(self, query: Query, answer: Answer) -> Answer:
        """Keeps the rows of the one project whose texts (name, goals, rows) explain every
        word of the question, when one row is found in several projects and none is named.

        看展满意度: 市民满意度 and 观众满意度 both answer 满意度; only 科普场馆数字化改造
        writes 参观 (看展), in its row 线上参观人次.
        """
        if not isinstance(answer, IndicatorAnswer) or query.project_ids:
            return answer
        owners = tuple(dict.fromkeys(row.project_id for row in answer.indicators))
        if not MIN_PICKED <= len(owners) <= MAX_PICKED_FROM or intents.asks_each(query.rules):
            return answer
        if intents.asks_all_projects(query.rules):
            return answer  # 三个项目的满意度: every project's row is asked
        placing = [
            owner
            for owner in owners
            if not self._evidence.unexplained(
                query.remainder,
                explained_by=_texts_of(self._catalog.project(owner)),
                cues=query.cues,
                nouns_only=False,
            )
        ]
        if len(placing) != 1:
            return answer  # 满意度: every project explains it, the same row of each
        rows = tuple(row for row in answer.indicators if row.project_id == placing[0])
        return replace(answer, indicators=rows, understood=True)

    def _quoted_row_absent(self, query: Query, answer: Answer) -> Answer:
        """Refuses a row asked by a quoted name that no row of the projects writes.

        企服有没有“专精特新企业数量”这个指标: the goal writes 专精特新, no row counts them.
        """
        if isinstance(answer, NotInForm) or not any(mark in query.text for mark in QUOTES):
            return answer  # most questions quote nothing
        quoted = [
            self._plain(name)
            for found in _QUOTED_ROW.finditer(query.text)
            if (name := found.group(1) or found.group(2))
        ]
        if not quoted:
            return answer
        rows = [
            self._plain(row.name)
            for project in self._catalog.projects_in(query.project_ids)
            for row in project.indicators
        ]
        absent = tuple(name for name in quoted if not any(name in row for row in rows))
        if not absent:
            return answer
        matches = self._matcher.match(query, project_ids=query.project_ids)
        return NotInForm(absent, tuple(match.indicator for match in matches[:MAX_OFFERED]))

    def _count_unstated(self, query: Query, answer: Answer) -> Answer:
        """Refuses a count asked of sentences that state no figure: the form has the thing,
        not how many.

        国交的海峡两岸科普论坛征集论文数量目标是多少 quotes 开展上海论文征集…, whose only
        number is the forum's 第 18 届; the 20 篇 row is the 研讨会's.
        """
        if not isinstance(answer, PassageAnswer):
            return answer
        if not _HOW_MANY.search(query.remainder) and not _ends_in_count(query.remainder):
            return answer  # 是指哪几个环节 asks which, not how many
        units = self._counted_units(query)
        if units is None:
            return self._figures_of_other_things(query, answer)
        stated = units or {query.unit or GENERIC_MEASURE_WORD}
        for match in answer.matches:
            text = _UNCOUNTED.sub("", self._normalizer.normalize(match.passage.text))
            if not self._asks_duration(query, stated):
                text = _DURATION.sub("", text)  # 5 周实习期间 counts no students
            if _DIGIT.search(text) or any(
                states_quantity(text, unit, self._normalizer) for unit in stated
            ):
                return answer
        noun = self._counted_noun(query)
        rows = self._matcher.match(query, project_ids=query.project_ids)
        owners = self._catalog.projects_in(
            tuple(dict.fromkeys(match.passage.project_id for match in answer.matches))
        )
        row = noun and self._row_counting(
            query, noun, [row for project in owners for row in project.indicators]
        )
        if row:
            return IndicatorAnswer((row,), understood=True)  # the row counting what is asked
        asked = f"{noun[0]}{ANY_COUNT[0]}" if noun else ANY_COUNT[0]
        return NotInForm((asked,), tuple(match.indicator for match in rows[:MAX_OFFERED]))

    def _figures_of_other_things(self, query: Query, answer: PassageAnswer) -> Answer:
        """Refuses a figure asked of sentences whose every figure counts something else:
        企服技术合同登记的目标是多少 quotes 围绕…技术合同登记…领域，…服务企业100家、科技
        工作者8000人次, whose figures are of the firms and people served."""
        if ORDINAL_MARK in query.remainder:
            return answer  # 开放日办到第几届: an ordinal asked, not a count
        for match in answer.matches:
            text = _UNCOUNTED.sub("", self._normalizer.normalize(match.passage.text))
            if not _DIGIT.search(text) or self._figure_beside_asked(query, text):
                return answer
        rows = self._matcher.match(query, project_ids=query.project_ids)
        left = _runs_joined(
            query.remainder, self._asked_words(query, answer.matches[0].passage.text)
        )
        shown = self._evidence.as_written(query.remainder, left) or (ANY_COUNT[0],)
        return NotInForm(shown, tuple(match.indicator for match in rows[:MAX_OFFERED]))

    def _asked_words(self, query: Query, text: str) -> tuple[str, ...]:
        """Returns the content words of a question a sentence writes, but not as the name of
        a project asked (企服技术合同登记: 技术, 合同, 登记)."""
        names = "".join(project.name for project in self._catalog.projects_in(query.project_ids))
        plain = self._plain(text)
        return tuple(
            word
            for word in self._evidence.content_tokens(query.remainder)
            if len(word) >= MIN_NOUN_CHARS and word in plain and word not in names
        )

    def _figure_beside_asked(self, query: Query, text: str) -> bool:
        """Tells whether a sentence states a figure in a clause writing a word of the question:
        3000余份 beside 上报 (站点每年上报多少份); a figure only in clauses about other things
        (服务企业100家 beside a list of fields naming 技术合同登记) counts none of what is
        asked."""
        asked = self._asked_words(query, text)
        if not asked:
            return True  # the sentence was chosen by its project or words said otherwise
        return any(
            _DIGIT.search(clause) and any(word in self._plain(clause) for word in asked)
            for clause in _FIGURE_CLAUSES.split(text)
        )

    def _asks_duration(self, query: Query, units: Iterable[str]) -> bool:
        """Tells whether a count may be one of time (几周, 多少天): asked so, or in its unit."""
        return intents.asks_time(query.rules) or any(
            _DURATION.fullmatch(f"1{unit}") for unit in units
        )

    def _counted_thing(self, query: Query, answer: Answer) -> Answer:
        """Answers a count with the row counting the noun asked, when the row first found
        writes that noun only inside a longer word.

        实习生里港澳台的学生要招几个: 征集实习岗位数量 writes 学生 only in 大学生暑期实习, the
        event; 港澳台籍学生人数 counts 学生.
        """
        if not isinstance(answer, IndicatorAnswer) or len(answer.indicators) != 1:
            return answer
        if not any(ask in query.remainder for ask in COUNT_ASKS):
            return answer  # most questions: no count asked
        noun = self._counted_noun(query)
        row = answer.indicators[0]
        if noun is None:
            return answer
        # 大学生要招多少个: a longer noun asked, whose head (学生) another row counts.
        said_longer = any(form != noun[0] and noun[0].endswith(form) for form in noun)
        if not said_longer and not self._inside_longer_word(noun, row.name):
            return answer
        if self._counts_noun(noun, row):
            return answer  # 申报培训会几场: 培训会数量 counts it, however the name is cut
        counting = [
            other
            for other in self._catalog.project(row.project_id).indicators
            if other is not row
            and self._counts_noun(noun, other)
            and not self._evidence.unexplained(
                query.remainder, explained_by=(other.name, other.level2), cues=query.cues
            )
        ]
        return IndicatorAnswer((counting[0],), understood=True) if len(counting) == 1 else answer

    def _counted_noun(self, query: Query) -> tuple[str, ...] | None:
        """Returns the noun a count asks of, with the other words of its synonym group: the
        first after the ask (要来几个港澳台学生), else the last before it (学生要招几个)."""
        words = self._lexicon.cut(query.remainder)
        asked = next((at for at, word in enumerate(words) if self._lexicon.is_asking(word)), 0)
        after = (word for word in words[asked + 1 :] if self._counted(word))
        before = (word for word in reversed(words[:asked]) if self._counted(word))
        word = next(after, None) or next(before, None)
        if word is None:
            return None
        canonical = self._lexicon.vocabulary.canonical
        head = canonical.get(word, word)
        forms = (head, *(other for other, group in canonical.items() if group == head))
        # 大学生 is counted as 学生 too: the head of a longer noun (港澳台籍学生人数).
        heads = tuple(
            word[at:]
            for at in range(1, len(word) - MIN_NOUN_CHARS + 1)
            if self._lexicon.frequency(word[at:]) and self._counted(word[at:])
        )
        return tuple(dict.fromkeys((*forms, *heads)))

    def _counted(self, word: str) -> bool:
        """Tells whether a word may be what a count asks of: a noun, not 招 or 人数; one
        character standing for a longer word of its synonym group counts (娃 for 学生)."""
        canonical = self._lexicon.vocabulary.canonical.get(word, word)
        return (
            max(len(word), len(canonical)) >= MIN_NOUN_CHARS
            and word not in self._evidence.phrasing
            and self._evidence.describes_rows(word)  # 实习位置: a noun no dictionary tags
        )

    def _counts_noun(self, noun: tuple[str, ...], row: IndicatorInfo) -> bool:
        """Tells whether a row's name counts a noun: 学生人数, 培训会数量, 院士(专家)工作站
        (服务中心)数量 read without its brackets."""
        names = (self._plain(row.name), self._plain(_BRACKETED.sub("", row.name)))
        return any(
            f"{form}{word}" in name for name in names for form in noun for word in COUNT_WORDS
        )

    def _inside_longer_word(self, noun: tuple[str, ...], name: str) -> bool:
        """Tells whether a row writes a noun only as the head of longer nouns: 学生 of 大学生,
        which the dictionary knows; 培训 of 申报培训会 stands on its own."""
        plain = self._plain(name)
        places = [
            (at, form) for form in noun for at in range(len(plain)) if plain.startswith(form, at)
        ]
        return bool(places) and all(
            any(
                self._lexicon.frequency(plain[at - before : at + len(form)])
                for before in range(1, MAX_MODIFIER_CHARS + 1)
                if at >= before
            )
            for at, form in places
        )

    def _satisfied_whom(self, query: Query, answer: Answer) -> Answer:
        """Answers whose satisfaction is surveyed (国交满意度调查针对的是谁) with the project's
        one satisfaction row, whose name says whose it is, not a sentence about a survey."""
        if not isinstance(answer, PassageAnswer | NotInForm) or len(query.project_ids) != 1:
            return answer
        text = query.text
        if SATISFACTION_MARK not in text or not any(w in text for w in cue_words()["who_ask"]):
            return answer
        project = self._catalog.project(query.project_ids[0])
        rows = [row for row in project.indicators if SATISFACTION_MARK in row.name]
        return IndicatorAnswer((rows[0],), understood=True) if len(rows) == 1 else answer

    def _work_quoted(self, query: Query, answer: Answer) -> Answer:
        """Quotes the goal sentence saying what is done, when rows tie on a what-ask.

        港澳台实习那个活动具体要干哪些事 asks no figure: three rows counting parts of that
        activity tie, and the sentence 完成实习岗位征集、实习学生招募…结业仪式 says what is
        done; so does it when the goals of every project would be shown for an activity of one
        (港澳台实习活动要做哪些工作). A question asking a figure (几, 多少) or naming 指标 keeps
        the answer.
        """
        tied = isinstance(answer, Clarification) and len(answer.candidates) >= TWO_ROWS
        goals = (
            isinstance(answer, FactAnswer)
            and answer.field is ProjectField.GOAL
            and len(answer.projects) >= MIN_PICKED
        )
        if not (tied or goals):
            return answer
        cues = cue_words()
        text = query.text
        if not any(ask in text for ask in cues["which_ask"]):
            return answer
        if any(ask in text for ask in (*cues["figure_ask"], ROW_WORD)):
            return answer
        found = self._retriever.search(query, project_ids=query.project_ids, limit=1)
        # Every project's goal says less than one sentence that covers most of the question.
        least = WEAK_PASSAGE_COVERAGE if goals else MIN_PASSAGE_COVERAGE
        if not found or found[0].coverage < least:
            return answer
        texts = [found[0].passage.text, found[0].passage.title or ""]
        if self._evidence.unexplained(query.remainder, explained_by=texts, cues=query.cues):
            return answer
        return PassageAnswer((found[0],))

    def _money_kind_named(self, query: Query, answer: Answer) -> Answer:
        """Refuses an amount asked of a kind of money the form does not write.

        国交的赞助资金是多少: 赞助 (a verb, so no noun left over) names money the form has no
        line for; 年度资金, 财政资金, 自筹资金 are its own words.
        """
        if not isinstance(answer, MoneyAnswer):
            return answer
        vocabulary = self._lexicon.vocabulary
        words = self._lexicon.cut(strip_punctuation(query.remainder))
        own = [*self._money_words, *(p.name for p in answer.projects)]
        for word, head in itertools.pairwise(words):
            if vocabulary.canonical.get(head, head) != MONEY_HEAD or not _CJK_WORD.match(word):
                continue
            if self._evidence.unexplained(word, explained_by=own, cues={}, nouns_only=False):
                return NotInForm((word + head,), ())
        return answer

    def _item_kept(self, query: Query, first: Answer, answer: Answer) -> Answer:
        """Keeps the quote of a sub-goal's sentence whose leftover words the rest of that
        sub-goal writes (企服项目的活动要聚焦哪些产业: 活动 is in the next sentence of 产学研
        协同创新服务, the part the quoted sentence is from)."""
        if not isinstance(answer, NotInForm) or not isinstance(first, PassageAnswer):
            return answer
        if len(first.matches) != 1 or not answer.words or answer.year is not None:
            return answer
        passage = first.matches[0].passage
        items = [
            f"{item.title}。{item.text}"
            for item in self._catalog.project(passage.project_id).goal_items
            if passage.title is not None and item.title == passage.title
        ]
        if len(items) != 1:
            return answer
        text = self._plain(items[0])
        if not all(_CJK_WORD.match(word) for word in answer.words):
            return answer  # a figure (100) is no word a sentence explains by writing it
        return first if all(word in text for word in answer.words) else answer

    def _project_picked(self, query: Query, answer: Answer) -> Answer:
        """Answers which project a header field or goal describes (上海市科普场馆中心负责实施的是
        哪个项目, 这几个项目里哪个是跨年度的) with the projects whose texts write the longest run
        of the question's content, when only some of the projects do."""
        asked = answer.field if isinstance(answer, FactAnswer) else None
        if isinstance(answer, FactAnswer) and (
            query.project_ids or len(answer.projects) < MIN_PICKED
        ):
            return answer  # 国交的项目性质: the field of the projects named, none picked
        if not isinstance(answer, ProjectList | NotInForm | OutOfScope | FactAnswer):
            return answer
        if isinstance(answer, NotInForm) and answer.year is not None:
            return answer
        projects = self._catalog.projects
        if not MIN_PICKED <= len(projects) <= MAX_PICKED_PROJECTS:
            return answer
        asks = (*WHICH_PROJECT_ASKS, *cue_words()["name_ask"])  # 科协报的那个项目叫啥
        if PROJECT_MARK not in query.text or not any(a in query.text for a in asks):
            return answer  # 企服的满意度是调查哪些人的: which people, not which project
        content = self._content_runs(query.text)
        best, picked = 0, []
        for project in projects:
            for field, text in described_by(project):
                if asked is not None and field is not asked:
                    continue  # 哪个项目是跨年度的: only the field asked (项目性质) picks
                written = _longest_abbreviated if asked is not None else _longest_written
                found = max((written(run, text) for run in content), default=0)
                if found > best:
                    best, picked = found, [(project, field)]
                elif found == best and found and project not in [p for p, _ in picked]:
                    picked.append((project, field))
        fields = {field for _, field in picked}
        least = MIN_PICKED_CHARS if asked is None else MIN_FIELD_PICKED_CHARS
        if best < least or len(picked) >= len(projects) or len(fields) != 1:
            return answer
        return FactAnswer(fields.pop(), tuple(project for project, _ in picked))

    def _content_runs(self, text: str) -> list[str]:
        """Returns the runs of a question's words between its asks and its 项目 words."""
        skipped = self._lexicon.vocabulary.question
        runs: list[str] = []
        current = ""
        for word in self._lexicon.cut(strip_punctuation(text)):
            if word in skipped or PROJECT_MARK in word or not _CJK_WORD.match(word):
                runs, current = [*runs, current], ""
            else:
                current += word
        return [run for run in [*runs, current] if len(run) >= MIN_PICKED_CHARS]

    def _one_term_kept(self, query: Query, first: Answer, answer: Answer) -> Answer:
        """Keeps the quote stating the quantity asked of one term (实习一期搞几周: 5 周实习期间),
        which the check read as an ordinal the quote lacks (1期): 一期 without 第 before a
        quantity ask counts one term, as 一场 counts one event."""
        if not isinstance(answer, NotInForm) or not isinstance(first, PassageAnswer):
            return answer
        unit = query.unit
        if len(first.matches) != 1 or unit is None or unit == GENERIC_MEASURE_WORD:
            return answer
        if not answer.words or not all(_ONE_TERM.fullmatch(word) for word in answer.words):
            return answer
        if any(ORDINAL_MARK + word in query.text for word in answer.words):
            return answer  # 第一期: an ordinal after all
        stated = states_quantity(first.matches[0].passage.text, unit, self._normalizer)
        return first if stated else answer

    def _kind_quoted(self, query: Query, first: Answer, answer: Answer) -> Answer:
        """Keeps the quote of a sentence that explains all of a which-ask but the general noun
        it asks the kind of (哪种评价方式, 往哪个方向完善): the sentence names the thing itself
        (社会化第三方科技评价, 覆盖面和代表性), not the word for its kind."""
        if not isinstance(answer, NotInForm) or not isinstance(first, PassageAnswer):
            return answer
        if len(first.matches) != 1 or not answer.words or answer.year is not None:
            return answer
        if first.matches[0].coverage < MIN_PASSAGE_COVERAGE:
            return answer
        return first if set(answer.words) <= query.asked_kinds else answer

    def _goal_part_kept(self, query: Query, first: Answer, answer: Answer) -> Answer:
        """Quotes the sub-goal a question asks the number of (知识产权服务在企服目标的第几部分):
        the quote is titled with its part, though no text writes 第N部分 itself."""
        if not isinstance(answer, NotInForm) or not answer.words:
            return answer
        if not all(word.startswith(ASKED_PART) for word in answer.words):
            return answer
        asked = [ASKED_PART + word for word in cue_words()["goal_part"]]
        said = [word for word in asked if word in query.text]
        if not said:
            return answer
        if isinstance(first, PassageAnswer) and len(first.matches) == 1:
            found = list(first.matches)
        else:
            rest = self._read(query.text.replace(max(said, key=len), " "))
            found = self._retriever.search(rest, project_ids=query.project_ids, limit=1)
            found = [match for match in found if match.coverage >= WEAK_PASSAGE_COVERAGE]
        if len(found) != 1 or found[0].passage.title is None:
            return answer
        return PassageAnswer((found[0],))

    def _deadline_kept(self, query: Query, answer: Answer) -> Answer:
        """Answers a time ask with the deadline row of the work a goal sentence dates by year.

        二期展区最晚啥时候要改完 is quoted 2025 年完成二期展区改造 (展区 is not in the row's
        name), yet 二期改造完成时间 names that same work and holds the day: 2025-09-30前.
        """
        if not intents.asks_time(query.rules) or not isinstance(answer, PassageAnswer):
            return answer
        if len(answer.matches) != 1:
            return answer
        passage = answer.matches[0].passage
        text = self._normalizer.normalize(passage.text)
        if _DAY_OR_MONTH.search(text):
            return answer  # the sentence itself dates the work finer than a year
        matches = self._matcher.match(query, project_ids=(passage.project_id,))
        rows = [m.indicator for m in matches if m.indicator.target.kind is IndicatorKind.DEADLINE]
        if len(rows) != 1:
            return answer
        deadline_words = self._deadline_words
        name = self._plain(rows[0].name)
        work = [
            token
            for token in self._lexicon.tokens(name)
            if not any(token in w or w in token for w in (*deadline_words, *DEADLINE_NAME_WORDS))
        ]
        clause = next(
            (
                c
                for c in _CLAUSES.split(text)
                if all(token in strip_punctuation(c) for token in work)
            ),
            None,
        )
        if clause is None:
            return answer  # the sentence dates other work
        # 虚拟导览那期改造: the work the row dates (改造), told apart by another clause of the
        # sentence; the rest of the sentence explains only when the question says that work.
        said = all(
            token in query.remainder
            or any(f"{mark}{token[-1]}" in query.remainder for mark in POINTING_MARKS)
            for token in work
        )  # 虚拟导览那期改造: 那期 points at the 二期 of the row; 虚拟导览什么时候改造完 does not
        if self._evidence.unexplained(
            query.remainder,
            explained_by=(text if said else clause, rows[0].name),
            cues=query.cues,
            nouns_only=False,
        ):
            return answer  # the question asks of other work
        return IndicatorAnswer((rows[0],), understood=True)

    def _count_of_row(self, query: Query, answer: Answer) -> Answer:
        """Answers a count asked with the one row of the quoted sentence's project counting it,
        when the sentence states no such figure and explains the words the row leaves.

        展馆数字化那个线上来逛的人数目标 is quoted 建成线上展馆, which says no 人数; 线上参观人次
        counts the visits of that hall, and the sentence names the hall and the 数字化.
        """
        if not isinstance(answer, PassageAnswer) or len(answer.matches) != 1:
            return answer
        passage = answer.matches[0].passage
        units = self._counted_units(query)
        if passage.source is not PassageSource.GOAL or units is None:
            return answer
        stated = units or {query.unit or GENERIC_MEASURE_WORD}
        if any(states_quantity(passage.text, unit, self._normalizer) for unit in stated):
            return answer  # the sentence states the figure: 3000余份
        fitting = [
            match.indicator
            for match in self._matcher.match(query, project_ids=(passage.project_id,))
            if match.indicator.target.kind is IndicatorKind.QUANTITATIVE
            and (match.indicator.target.unit in units if units else _counts(match.indicator))
            and not self._evidence.unexplained(
                query.remainder,
                explained_by=(match.indicator.name, match.indicator.level2, passage.text),
                cues=query.cues,
            )
        ]
        return IndicatorAnswer((fitting[0],), understood=True) if len(fitting) == 1 else answer

    def _phrasing_named_elsewhere(self, query: Query, answer: Answer) -> Answer:
        """Asks back between the row found and a close one whose name writes a word the
        reading took for phrasing (申报 of 申报表), which the row found does not write.

        企服今年要新增多少个院士工作站的申报: 采集新增工作站及院士专家基本信息数量 holds every
        other word, yet 培育新申报院士工作站数量 writes 申报: the ask may be about either.
        """
        if not isinstance(answer, IndicatorAnswer) or len(answer.indicators) != 1:
            return answer
        row = answer.indicators[0]
        name = self._plain(row.name)
        words = [
            word
            for word in self._lexicon.cut(query.remainder)
            if len(word) >= MIN_PHRASING_CHARS
            and word in self._lexicon.vocabulary.stop
            and word not in name
        ]
        if not words:
            return answer
        matches = self._matcher.match(query, project_ids=(row.project_id,))
        if any(match.strong for match in matches if match.indicator == row):
            return answer  # the row is named nearly in full
        others = [
            match.indicator
            for match in matches
            if match.score >= MIN_RIVAL_SCORE
            and match.indicator != row
            and any(word in self._plain(match.indicator.name) for word in words)
        ]
        if not others:
            return answer
        if self._writes_longer_run(query, others[0], row):
            return IndicatorAnswer((others[0],), progress=answer.progress, understood=True)
        return Clarification((row, others[0]), progress=answer.progress)

    def _writes_longer_run(self, query: Query, row: IndicatorInfo, other: IndicatorInfo) -> bool:
        """Tells whether a row's name, read without its bracketed asides too, writes a longer
        run of the question than the other's, one long enough to name a thing: 院士工作站 is
        培育新申报院士（专家）工作站数量's, 采集新增工作站及院士专家… writes only 工作站."""
        said = strip_punctuation(query.remainder)
        own, rival = (
            _longest_written(said, self._plain(f"{r.name} {_BRACKETED.sub('', r.name)}"))
            for r in (row, other)
        )
        return own >= SHARED_TERM_CHARS and own > rival

    def _deadline_row_written(self, query: Query, first: Answer, answer: Answer) -> Answer:
        """Answers an end date asked of work a deadline row dates, written as the row writes it.

        养护完成的期限 writes 养护完成 of 养护完成时间 (2024年1月底前), 养护啥时候完成 its
        words apart: that work's deadline, not the period of every project loaded, nor each
        project's deadline rows beside it.
        """
        fact = answer
        if isinstance(answer, SeveralIndicators) and answer.others == (first,):
            fact = first  # the end date with the deadline rows of each project
        elif _one_fact_left_open(answer):
            # hi 在忙吗，二期展区最晚啥时候改完: the one ask, whose row words were left open.
            assert isinstance(answer, SeveralIndicators)
            found = answer.others[0]
            assert isinstance(found, FactAnswer)
            row = self._own_work_said(query, found)
            if row is not None:
                return IndicatorAnswer((row,), understood=True)
            fact = found
        if not isinstance(fact, FactAnswer) or fact.field not in END_FIELDS:
            return answer
        question = strip_punctuation(query.text)
        rows = [
            row
            for project in fact.projects
            for row in project.indicators
            if row.target.kind is IndicatorKind.DEADLINE
            and len(work := _dated_work(self._plain(row.name))) >= MIN_WORK_CHARS
            and self._work_written(
                work, question, query.remainder, fact.field if fact is answer else None
            )
            and (PLAN_WORD not in question or PLAN_WORD in row.name)
        ]
        return IndicatorAnswer((rows[0],), understood=True) if len(rows) == 1 else answer

    def _work_written(
        self, work: str, question: str, rest: str, field: ProjectField | None
    ) -> bool:
        """Tells whether a question writes the work a deadline row dates: whole, in its words
        apart, or, asked when it ends (``field``), its nouns outside a project's name with the
        finishing said otherwise (养护啥时候必须干完 of 养护完成; 道路桥梁养护的起止时间 names
        none). An end shown beside the deadline rows already (None) keeps them all."""
        words = self._lexicon.cut(work)
        if work in question or all(word in question for word in words):
            return True
        if field is not ProjectField.END:
            return False
        done = [word for word in words if word not in self._finishing]
        return len(done) < len(words) and all(word in rest for word in done)

    def _own_work_said(self, query: Query, fact: FactAnswer) -> IndicatorInfo | None:
        """Returns the one deadline row of the projects asked whose own work the question
        says, the words its project's name and the date ask share left aside: 数字化那个项目的
        第二期什么时候完工 says the 2期 of 二期改造完成时间 (改造 is the project's, 完成 asked)."""
        if fact.field not in END_FIELDS:
            return None
        question = strip_punctuation(query.text)
        asked = {word for words in query.cues.values() for word in words}
        fitting = []
        for project in fact.projects:
            common = set(self._lexicon.tokens(self._plain(project.name))) | asked
            for row in project.indicators:
                if row.target.kind is not IndicatorKind.DEADLINE:
                    continue
                work = _dated_work(self._plain(row.name))
                own = [w for w in self._lexicon.tokens(work) if w not in common]
                own = [w for w in own if not any(o != w and o in w for o in own)]
                if own and all(self._writes_word(word, question) for word in own):
                    fitting.append(row)
        return fitting[0] if len(fitting) == 1 else None

    def _effect_of_row(self, query: Query, answer: Answer) -> Answer:
        """Answers an ask of what effect is sought (要取得什么成效) with the one qualitative row
        of the quoted project whose name writes the question's words, not a sentence sharing
        them.

        国交两岸交流要取得什么成效: 海峡两岸交流促进情况 (有效促进), not the sentence about
        the symposium where experts 深入交流.
        """
        if not isinstance(answer, PassageAnswer) or len(answer.matches) != 1:
            return answer
        if not any(word in query.text for word in cue_words()["effect_ask"]):
            return answer
        project = self._catalog.project(answer.matches[0].passage.project_id)
        # 养护完了通行情况要达到什么效果: 养护 names the project, 通行 the row.
        name = self._plain(project.name)
        words = [term.token for term in query.terms if len(term.token) >= MIN_PHRASING_CHARS]
        fitting = [
            row
            for row in project.indicators
            if row.target.kind is IndicatorKind.QUALITATIVE
            and any(word in self._plain(row.name) for word in words)
            and sum(word in self._plain(row.name) or word in name for word in words)
            >= MIN_EFFECT_WORDS
            and not self._evidence.unexplained(
                query.remainder, explained_by=(row.name, row.level2), cues=query.cues
            )
        ]
        if len(fitting) > 1:
            # 市民科普感受: 市民科普体验 writes all three words, 科普服务能力 only 科普.
            most = max(sum(word in self._plain(row.name) for word in words) for row in fitting)
            fitting = [
                row
                for row in fitting
                if sum(word in self._plain(row.name) for word in words) == most
            ]
        return IndicatorAnswer((fitting[0],), understood=True) if len(fitting) == 1 else answer

    def _effect_under_heading(self, query: Query, answer: Answer) -> Answer:
        """Answers an ask of what effect is sought under a heading (养护在社会效益上要达到
        什么效果) with the one row of the project under the heading that writes the words
        nothing else explained; several rows or none under it leave the refusal."""
        if not isinstance(answer, NotInForm) or not answer.words or answer.year is not None:
            return answer
        if not any(word in query.text for word in cue_words()["effect_ask"]):
            return answer
        projects = query.project_ids or tuple(p.id for p in self._catalog.projects)
        if len(projects) != 1:
            return answer
        rows = [
            row
            for row in self._catalog.project(projects[0]).indicators
            if all(word in self._plain(row.level2) for word in answer.words)
        ]
        return IndicatorAnswer((rows[0],), understood=True) if len(rows) == 1 else answer

    def _satisfaction_unasked(self, query: Query, answer: Answer) -> Answer:
        """Asks back instead of giving a satisfaction row's rate to a question that asks no
        one's opinion (企服参加的专家有多少 counts experts; 参与企业、专家的满意度 rates them)."""
        if not isinstance(answer, IndicatorAnswer) or not answer.indicators or not query.terms:
            return answer  # no words of its own: a follow-up keeps the topic asked before
        if not all(SATISFACTION_MARK in row.name for row in answer.indicators):
            return answer
        if any(word in query.text for word in cue_words()["opinion"]):
            return answer
        if any(SATISFACTION_MARK in term.token for term in query.terms):
            return answer
        return Clarification(answer.indicators, progress=answer.progress)

    def _counted_units(self, query: Query) -> frozenset[str] | None:
        """Returns the measure words a count is asked in (人数: 人, 人次, 名 …), empty for a
        count in any measure (数量, 几个), None when no count is asked."""
        vocabulary = self._lexicon.vocabulary
        asked = query.unit
        if asked is None:
            text = query.remainder
            if any(word in text for word in ANY_COUNT):
                return frozenset()
            units = longest_first_of(vocabulary.units)
            asked = next((unit for unit in units if unit + COUNT_MARK in text), None)
        if asked == GENERIC_MEASURE_WORD:
            return frozenset()  # 上海代表有几个: 个 counts people, places or things alike
        if asked is None:
            return None
        return frozenset(
            unit for unit in vocabulary.units if vocabulary.units_compatible(asked, unit)
        ) | {asked}

    def _contrast_focused(self, query: Query, answer: Answer) -> Answer:
        """Focuses a quote stating several figures in the unit asked on the clause a word of
        the question sets apart (市级…调查站点有几家: 市级调查站点28家, not 国家级…19家)."""
        if not isinstance(answer, PassageAnswer) or answer.focus is not None:
            return answer
        if len(answer.matches) != 1 or query.unit is None:
            return answer
        text = self._normalizer.normalize(answer.matches[0].passage.text)
        names = self._calculator.whole_words(query)
        clause = contrasted_clause(text, unit=query.unit, names=names, cut=self._lexicon.cut)
        return answer if clause is None else replace(answer, focus=clause)

    def _named_by_sibling(self, query: Query, answer: Answer) -> Answer:
        """Answers with the suggested row naming what the question ends on, when the words it
        leaves are named by a row of the same project about the same thing.

        企服对工作站信息采集准不准有要求吗: 基本信息采集准确性 says 准确性, and 采集新增工作站
        及院士专家基本信息数量, which shares 基本信息 with it, says whose information it is.
        """
        if not isinstance(answer, NotInForm) or not answer.words or answer.year is not None:
            return answer
        content = [
            term.token
            for term in query.terms
            if not self._lexicon.is_asking(term.token)
            and term.token not in self._evidence.phrasing
        ]  # 建设手册验收要达到什么水平: 水平 asks how far, 验收 is the thing asked
        if answer.asked_unit is not None or not content:
            return answer
        head = content[-1]  # Chinese puts the thing asked last: 信息采集准不准
        money = intents.money_rule(query.rules) is not None
        fitting = [
            row
            for row in answer.suggestions
            if self._evidence.writes(head, self._plain(row.name))
            and self._fits_unit(query, row)
            and (row.target.unit in MONEY_UNITS) is money
            and self._explained_with_siblings(query, row)
        ]
        return IndicatorAnswer((fitting[0],), understood=True) if len(fitting) == 1 else answer

    def _explained_with_siblings(self, query: Query, row: IndicatorInfo) -> bool:
        own = (row.name, row.level1, row.level2)
        # Verbs count too: 编的那本书 is the 指引 that 编印…建设指引数量 says is 编印.
        if not self._evidence.unexplained(
            query.remainder, explained_by=own, cues=query.cues, nouns_only=False
        ):
            return False  # the row explains it all, yet was refused: for another reason
        names = {
            other.name: self._plain(other.name)
            for other in self._catalog.project(row.project_id).indicators
        }
        siblings = [
            other
            for other, plain in names.items()
            if other != row.name and _share_term(self._plain(row.name), plain, names.values())
        ]
        return bool(siblings) and not self._evidence.unexplained(
            query.remainder, explained_by=(*own, *siblings), cues=query.cues, nouns_only=False
        )

    def _plain(self, text: str) -> str:
        """Returns ``text`` normalised without punctuation; a row's texts are read once, not at
        every check of every question that goes over the rows."""
        return self._plain_of.get(
            text, lambda: strip_punctuation(self._normalizer.normalize(text))
        )

    def _named_in_goal(self, query: Query, answer: Answer) -> Answer:
        """Answers with the one suggested row whose project's goal names the words left over.

        线上展馆有多少人来看: 展馆 is in no row, but the goal writes 建成线上展馆, the hall
        whose visits 线上参观人次 counts. Only one row may fit, in the unit asked.
        """
        if not isinstance(answer, NotInForm) or not answer.words or answer.year is not None:
            return answer
        if answer.asked_unit is not None or intents.asks_time(query.rules):
            return answer  # 三期展区什么时候改完 asks no count of 展区
        money = intents.money_rule(query.rules) is not None
        # 1期展区改造: an ordinal left over must be the goal's own (it writes 2期展区改造).
        ordinals = [word for word in answer.words if _ORDINAL_OR_FIGURE.search(word)]
        fitting = [
            row
            for row in answer.suggestions
            if self._fits_unit(query, row)
            and (row.target.unit in MONEY_UNITS) is money
            and self._fits_measure(query, row)
            and all(self._goal_writes(row, word) for word in ordinals)
            and (
                self._goal_names(query, row)
                or self._explains_all(query, answer, row)
                or self._dated_by_goal(query, row)
            )
        ]
        return IndicatorAnswer((fitting[0],), understood=True) if len(fitting) == 1 else answer

    def _offered_explains_all(self, query: Query, answer: Answer) -> Answer:
        """Answers with the one row offered whose own texts explain every word of the
        question, verbs too: the words were refused of another reading (企服长效化的要求写的啥
        read as the goal's wording; 长效化 is the 长效 of 长效管理机制健全性)."""
        if not isinstance(answer, NotInForm) or not answer.words or not answer.suggestions:
            return answer
        if answer.year is not None or answer.asked_unit is not None or answer.condition:
            return answer
        if _PERSON_ASKED.search(query.text):
            return answer  # 企服的审核人是谁: a person asked, whom no row's figure names
        if any(_ORDINAL_OR_FIGURE.search(word) for word in answer.words):
            return answer  # 第9届, 3期, 第几名: another term or a rank, not a way of saying
        cues = query.cues
        if any(
            not self._evidence.unexplained(word, explained_by=(), cues=cues, nouns_only=False)
            for word in answer.words
        ):
            return answer  # 绩效标准: a column asked that the row lacks, no word to explain
        money = intents.money_rule(query.rules) is not None
        fitting = [
            row
            for row in answer.suggestions
            if (row.target.unit in MONEY_UNITS) is money
            and self._fits_unit(query, row)
            and self._fits_measure(query, row)
            and not self._evidence.unexplained(
                query.remainder,
                explained_by=(
                    row.name,
                    row.level1,
                    row.level2,
                    *self._listing_goal(query, row, answer.words),
                    *self._loose_project_name(query, row),
                ),
                cues=query.cues,
                nouns_only=False,
            )
        ]
        return IndicatorAnswer((fitting[0],), understood=True) if len(fitting) == 1 else answer

    def _loose_project_name(self, query: Query, row: IndicatorInfo) -> tuple[str, ...]:
        """Returns the name of a row's project when the question named no project: 来参观的人
        对场馆满不满意 names 科普场馆数字化改造 loosely by 场馆, as the checker reads it."""
        return () if query.project_ids else (self._catalog.project(row.project_id).name,)

    def _listing_goal(
        self, query: Query, row: IndicatorInfo, words: tuple[str, ...]
    ) -> tuple[str, ...]:
        """Returns the sentences of the row's project goal that list at least
        MIN_LISTED_SHARED words the question and the row share: 创新集市那种展览、论坛、路演
        is the goal's “创新集市”活动品牌，举办相关展览展示、论坛、沙龙、路演 of 组织开展相关
        展览展示、论坛、沙龙、路演等系列活动数量. A word the row leaves unexplained that another
        row of the project writes names that row's thing, and no sentence is returned."""
        name = self._plain(row.name)
        shared = {
            word
            for word in self._lexicon.cut(strip_punctuation(query.remainder))
            if len(word) >= MIN_NOUN_CHARS
            and word in name
            and word not in self._evidence.phrasing
            and not self._lexicon.is_asking(word)
        }
        if len(shared) < MIN_LISTED_SHARED:
            return ()
        project = self._catalog.project(row.project_id)
        others = "\n".join(self._plain(other.name) for other in project.indicators if other != row)
        left = self._evidence.unexplained(
            query.remainder,
            explained_by=(row.name, row.level1, row.level2),
            cues=query.cues,
            nouns_only=False,
        )
        goals = "\n".join((project.annual_goal, project.overall_goal))
        question = strip_punctuation(query.remainder)
        joined = {  # 创新 of 创新集市: said as part of the word refused, as the goal writes it
            word
            for word in left
            for refused in words
            if any(both in question and both in goals for both in (word + refused, refused + word))
        }
        if any(word in others for word in (*words, *(set(left) - joined))):
            return ()  # 两岸科普论坛那边征集的论文: 科普论坛 is another row's event, not this one
        return tuple(
            sentence
            for sentence in _SENTENCES.split(goals)
            if sum(word in sentence for word in shared) >= MIN_LISTED_SHARED
        )

    def _dated_by_goal(self, query: Query, row: IndicatorInfo) -> bool:
        """Tells whether a question dates its ask by an event the row's project goal writes
        and the row explains every word of the ask after it, verbs too: 虚拟导览上线后网上要有
        多少人看 asks 线上参观人次 once the goal's 上线虚拟导览 is done."""
        project = self._catalog.project(row.project_id)
        goal = self._plain(f"{project.annual_goal}\n{project.overall_goal}")
        rest = self._evidence.after_dated_clause(query.remainder, goal)
        texts = (row.name, row.level1, row.level2)
        return (
            rest is not None
            and any(
                self._writes_word(word, self._plain(row.name))
                for word in self._content_words(query)
            )
            and not self._evidence.unexplained(
                rest, explained_by=texts, cues=query.cues, nouns_only=False
            )
        )

    def _explains_all(self, query: Query, answer: NotInForm, row: IndicatorInfo) -> bool:
        """Tells whether a suggested row writes the words refused and explains the question.

        国交满意度调查的对象是谁: 对象 is refused of the goal sentence about the survey, yet the
        row's heading 服务对象满意度指标 writes it and the row explains the rest (调查 by 满意度).
        """
        texts = (row.name, row.level1, row.level2)
        written = "".join(self._plain(text) for text in texts)
        return all(word in written for word in answer.words) and not self._evidence.unexplained(
            query.remainder, explained_by=texts, cues=query.cues
        )

    def _fits_measure(self, query: Query, row: IndicatorInfo) -> bool:
        """Tells whether a row measures in the kind asked: a rate asked (验收通过率) in %, an
        effect asked in words (对两岸交流要达到什么效果) by no count of events."""
        if _RATE_ASKED.search(query.remainder) and row.target.unit != PERCENT:
            return False
        effect = not _HOW_MANY.search(query.remainder) and any(
            word in query.text for word in cue_words()["effect_ask"]
        )
        return not (effect and _counts(row))

    def _fits_unit(self, query: Query, row: IndicatorInfo) -> bool:
        unit = row.target.unit
        if query.unit is None:
            return True
        return unit is not None and (
            unit == query.unit or self._lexicon.vocabulary.units_compatible(query.unit, unit)
        )

    def index(self) -> None:
        """Reads every project's goals plain now, for a long-running process: the first
        question left with a word only a goal writes would read them (milliseconds each)."""
        for project in self._catalog.projects:
            self._project_goals_plain(project.id)

    def _project_goals_plain(self, project_id: int) -> tuple[str, str]:
        """Returns the project's goals (annual, overall, their parts, a line each) read plain,
        and the same with their bracketed asides also left out (院士（专家）工作站)."""
        found = self._goals_plain.get(project_id)
        if found is None:
            project = self._catalog.project(project_id)
            goals = [project.annual_goal, project.overall_goal]
            written = "\n".join([*goals, *(item.text for item in project.goal_items)])
            found = self._goals_plain[project_id] = (
                self._plain(written),
                self._plain(f"{written}\n{_BRACKETED.sub('', written)}"),
            )
        return found

    def _goal_writes(self, row: IndicatorInfo, word: str) -> bool:
        """Tells whether the goals of the row's project write ``word`` (read as questions are)."""
        return self._plain(word) in self._project_goals_plain(row.project_id)[0]

    def _goal_names(self, query: Query, row: IndicatorInfo) -> bool:
        """Tells whether the row's project goal writes each word of the question the row
        leaves unexplained beside a word of the row."""
        words = self._evidence.unexplained(
            query.remainder, explained_by=(row.name, row.level1, row.level2), cues=query.cues
        )
        if not words:
            return False  # the row explains it all, yet was refused: for another reason
        # 院士工作站 is said for the goal's 院士（专家）工作站: read with its asides left out too.
        text = self._project_goals_plain(row.project_id)[1]
        name = self._plain(row.name)
        # 网上展馆 is said for the goal's 线上展馆: the question read in the rows' own words.
        canonical = self._lexicon.vocabulary.canonical
        # A word the goal writes is kept as said: 展馆 reads as 场馆, yet 建成线上展馆 writes it.
        question = "".join(
            word if word in text else canonical.get(word, word)
            for word in self._lexicon.cut(strip_punctuation(query.text))
        )
        return written_beside(words, by=self._lexicon.tokens(name), question=question, text=text)


STOCK_MARK_REACH = 3  # 已经挂牌: how far before the verb a mark of the past may stand


def _stock_said(text: str) -> str | None:
    """Returns a verb of bringing into being said with a mark of the past just before it
    (已经挂牌, 累计落地), the words that ask what exists already; None when there is none."""
    cues = cue_words()
    for verb in cues["establish"]:
        at = text.find(verb)
        while at >= 0:
            before = text[max(0, at - STOCK_MARK_REACH) : at]
            mark = next((m for m in cues["stock_mark"] if m in before), None)
            # 一共要培育, 总共计划新建: a plan between the mark and the verb asks the new ones.
            planned = mark is not None and any(
                word in before[before.index(mark) + len(mark) :] for word in cues["plan_mark"]
            )
            if mark is not None and not planned:
                return text[at - len(before) + before.index(mark) : at + len(verb)]
            at = text.find(verb, at + 1)
    return None


def _runs_joined(text: str, words: tuple[str, ...]) -> tuple[str, ...]:
    """Returns ``words`` with those written one right after another in ``text`` joined:
    技术, 合同, 登记 shown as 技术合同登记."""
    runs: list[str] = []
    for word in sorted(words, key=text.find):
        if runs and runs[-1] + word in text:
            runs[-1] += word
        else:
            runs.append(word)
    return tuple(runs)


def _ends_in_count(text: str) -> bool:
    """Tells whether a terse question is a count's name (交通研讨会参会人数, 丛书数量): its last
    word counts, though no 多少 or 几 asks."""
    return bool(_COUNT_END.search(text))


def _texts_of(project: ProjectInfo) -> list[str]:
    """Returns what a project writes: its name, goals and rows."""
    rows = [row.name for row in project.indicators]
    return [project.name, project.annual_goal, project.overall_goal, *rows]


def _counted_tail(name: str) -> str:
    """Returns the end of a row's name that says what it counts: after its last 的, 及, 和,
    与 or 、 (推荐实习单位和岗位的科技社团数量: 科技社团数量)."""
    return _COUNTED_TAIL_START.split(name)[-1]


def _longest_written(run: str, text: str) -> int:
    """Returns the length of the longest part of ``run`` that ``text`` writes."""
    longest = 0
    for start in range(len(run)):
        end = start + longest + 1
        while end <= len(run) and run[start:end] in text:
            longest, end = end - start, end + 1
    return longest


def _longest_abbreviated(run: str, text: str) -> int:
    """Returns the length of the longest part of ``run`` that ``text`` writes, or writes
    with other characters between (区建管委 of 区建设和管理委员会, 科协 of 科学技术协会)."""
    longest = _longest_written(run, text)
    for start in range(len(run)):
        for end in range(len(run), start + max(longest, 1), -1):
            if abbreviates(run[start:end], text):
                longest = end - start
                break
    return longest


def _counts(row: IndicatorInfo) -> bool:
    """Tells whether a row's target counts things (人, 场, 个), not money or a share."""
    unit = row.target.unit
    return unit is not None and unit not in MONEY_UNITS and unit != PERCENT


def _dated_work(name: str) -> str:
    """Returns what a deadline row dates: its name without its ending (养护完成时间: 养护完成)."""
    for ending in DEADLINE_ENDINGS:
        if name.endswith(ending):
            return name.removesuffix(ending)
    return ""


def _share_term(first: str, second: str, names: Iterable[str]) -> bool:
    """Tells whether two row names write a run of SHARED_TERM_CHARS characters that no other
    row of ``names`` writes (基本信息 of 基本信息采集准确性 and 采集新增工作站及院士专家基本
    信息数量; not 海峡两岸, which several rows of a project write)."""
    names = list(names)
    return any(
        run in second and sum(run in name for name in names) == TWO_ROWS
        for run in (
            first[at : at + SHARED_TERM_CHARS] for at in range(len(first) - SHARED_TERM_CHARS + 1)
        )
    )


def _composition(query: Query, first: Answer, checked: Answer) -> SeveralIndicators | None:
    """Returns the parts of a total asked how it is made up (运维项目的钱是怎么构成的).

    The year's total is 当年财政拨款, 上年结转资金 and 其他资金; the whole project's
    (项目资金总额由哪些组成) is 财政资金 and 其他资金; a budget of a project spanning years
    shows both. Any other amount or a calculation is answered as it was.
    """
    if not isinstance(first, MoneyAnswer) or first.operation is not None:
        return None
    if first.field not in COMPOSED_FIELDS or first.aggregate not in COMPOSED_AGGREGATES:
        return None
    asks = cue_words()["composition_ask"]
    if not any(word in query.text for word in asks):
        return None
    if isinstance(checked, NotInForm) and not all(
        any(ask in word or word in ask for ask in asks) for word in checked.words
    ):
        return None  # 赞助资金的来源: 赞助 names what the form lacks
    annual = tuple(
        MoneyAnswer(field, Aggregate.EACH, first.projects, column=Column.ANNUAL)
        for field in ANNUAL_PARTS
    )
    # 资金构成 of a project spanning years: the year's parts and the whole project's.
    spanning = tuple(
        p
        for p in first.projects
        if p.funding.project_total is not None and p.funding.annual_total is not None
    )
    this_year = any(word in query.text for word in cue_words()["this_year"])  # 今年的钱从哪来
    whole = tuple(
        MoneyAnswer(field, Aggregate.EACH, spanning, column=Column.PROJECT)
        for field in PROJECT_PARTS
        if spanning and first.field is not MoneyField.ANNUAL_TOTAL and not this_year
    )
    if first.field is MoneyField.PROJECT_TOTAL and whole:
        return SeveralIndicators((), (), whole)
    return SeveralIndicators((), (), annual + whole)


def _money_owner(query: Query, first: Answer) -> FactAnswer | None:
    """Returns the 主管部门 of projects whose money a who-ask is about (国交的钱谁批的).

    An amount answers how much, not who: the department the budget answers to does.
    """
    if not isinstance(first, MoneyAnswer) or first.operation is not None:
        return None
    if first.aggregate not in COMPOSED_AGGREGATES:
        return None
    if not any(word in query.text for word in cue_words()["who_of_money"]):
        return None
    return FactAnswer(ProjectField.DEPARTMENT, first.projects)


def _one_fact_left_open(answer: Answer) -> bool:
    """Tells whether several asks came to one header field and words no part explained."""
    return (
        isinstance(answer, SeveralIndicators)
        and not answer.answers
        and not answer.absent
        and bool(answer.unmatched)
        and len(answer.others) == 1
        and isinstance(answer.others[0], FactAnswer)
    )
