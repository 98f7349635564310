"""Answering one ask: the indicator it names, a goal sentence that states it, or an ask-back."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from decimal import Decimal
from functools import lru_cache

from knowledge.arithmetic import Operation
from knowledge.catalog import Catalog, IndicatorInfo
from knowledge.model import IndicatorKind
from nlu import intents
from nlu.answers import (
    Answer,
    Clarification,
    FigureCalculation,
    IndicatorAnswer,
    OutOfScope,
    PassageAnswer,
    ProjectOverview,
)
from nlu.arithmetic import stated_clause
from nlu.calculations import Calculator
from nlu.cues import cue_words
from nlu.matcher import (
    CLEAR_GAP,
    CONFIDENT_SCORE,
    MIN_INDICATOR_SCORE,
    IndicatorMatch,
    IndicatorMatcher,
)
from nlu.normalize import Normalizer
from nlu.query import ASKING, Query
from nlu.resolution import MAX_SUGGESTIONS, resolve_indicator
from nlu.retrieval import PassageMatch, PassageRetriever

MIN_PASSAGE_COVERAGE = 0.75  # a goal sentence must explain this share of the question
PASSAGE_MARGIN = 0.15  # ...and this much more of it than the best indicator does
MIN_WHOLE_NAME_CHARS = 4  # 设施完好率: a row's name written whole, not a word of it (满意度)
WEAK_PASSAGE_COVERAGE = 0.6  # enough for a quote when no indicator fits at all
# ...or when the sentence states a number in the unit asked (多少处: 12 处) and no row counts it
UNIT_PASSAGE_COVERAGE = 0.5
# Asks a figure divided by others, which a goal sentence's figures answer and one row cannot.
RATIO_OPERATIONS = frozenset(
    {
        Operation.SHARE,
        Operation.RATIO,
        Operation.PERCENT_OF,
        Operation.PERCENT_DIFFERENCE,
        Operation.PER,  # 国家级站点数和市级站点数之比: a ratio of two counts of one kind
    }
)
MIN_SUGGESTION_SCORE = 40.0  # weaker candidates are not worth offering
# 第 18 届, 2026 年, “3+6”产业: numbers that say which one or when, never how many.
_ORDINAL = re.compile(r"第\s*\d+\s*[届期次批轮]|\d{4}\s*年|\d+\s*[+＋]\s*\d+")
GENERIC_MEASURE_WORD = "个"
DURATION_ASKS = ("多长时间", "多久", "多长")
DURATION_UNITS = ("周", "星期", "天", "日", "个月", "月", "年", "小时")
DIMENSIONS = ("length", "area", "weight")  # the [*_ask] / [*_unit] sections of cues.txt
LENGTH_ASK = "多长"
CHINESE_DIGITS = "一二两三四五六七八九十百千万"  # 组织上海一所高校: a quantity in words
MIN_TOPIC_CHARS = 2  # a word this long may name what an ask of a target is about
POSSESSIVE = "的"
COUNT_WORD_ENDINGS = ("次", "数")  # 场次, 人数: a unit made a count word
COUNT_ENDINGS = ("数量", "人数", "次数", "数")  # what a row's name ends with after its thing
MIN_WORDS_OF_ROW = 2  # one word is the matcher's to place; two found in one row settle it
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_SENTENCE_BREAK = re.compile(r"[？?。!！;；,，]")  # a break before the end: more asks follow
MIN_CHECKED_SCORE = 45.0  # a row whose target the question states needs only this much
FIGURE_ASKS = ("多少", "几")  # a figure asked where no measure word follows (目标里说几个)


class SingleAsk:
    """Answers a question that asks one thing, from the rows matched and the goal sentences."""

    def __init__(
        self,
        *,
        catalog: Catalog,
        matcher: IndicatorMatcher,
        retriever: PassageRetriever,
        calculator: Calculator,
        normalizer: Normalizer,
    ) -> None:
        self._catalog = catalog
        self._matcher = matcher
        self._retriever = retriever
        self._calculator = calculator
        self._normalizer = normalizer

    def answer(
        self,
        query: Query,
        scope: tuple[int, ...],
        matches: list[IndicatorMatch],
        *,
        progress: bool,
    ) -> Answer:
        deadline = self._only_deadline(query, matches)
        if deadline is not None:
            return IndicatorAnswer((deadline,), progress=progress, understood=True)
        passages = [] if progress else self._retriever.search(query, project_ids=scope, limit=1)
        passage = passages[0] if passages else None
        best = matches[0] if matches and matches[0].score >= MIN_INDICATOR_SCORE else None
        share = self._goal_share(query, passage)
        if share is not None:
            return share
        counted = self._only_row_in_unit(query, matches, passage)
        if counted is not None:
            return IndicatorAnswer((counted,), progress=progress, understood=True)
        checked = _checked_row(query, matches, passage)
        if checked is not None:
            return IndicatorAnswer((checked,), progress=progress, understood=True)
        if passage is not None and self._passage_wins(query, passage, best):
            if best is None and self._count_without_number(query, passage, _candidate(matches)):
                # 国交去科普论坛开会的上海代表几个: a count, which the sentence (第 18 届)
                # does not state and the one candidate row does.
                return self._fallback(query, scope, matches, progress=progress)
            return self._quote(query, passage)
        resolved = resolve_indicator(matches, progress=progress)
        if isinstance(resolved, Clarification):
            canonical = self._matcher.vocabulary.canonical
            counted = _counting_the_noun(query, resolved.candidates, canonical=canonical)
            if counted is not None:
                return IndicatorAnswer((counted,), progress=progress, understood=True)
        if resolved is not None:
            return resolved
        if (
            passage is not None
            and passage.coverage >= WEAK_PASSAGE_COVERAGE
            and not self._count_without_number(query, passage, matches[0] if matches else None)
        ):
            return self._quote(query, passage)
        return self._fallback(query, scope, matches, progress=progress)

    def goal_ratio(self, query: Query, scope: tuple[int, ...]) -> FigureCalculation | None:
        """Answers a share or ratio from the goal sentence that best fits the question."""
        passages = self._retriever.search(query, project_ids=scope, limit=1)
        return self._goal_share(query, passages[0] if passages else None)

    def _goal_share(self, query: Query, passage: PassageMatch | None) -> FigureCalculation | None:
        """Answers a share or ratio of the figures a goal sentence states, which no single row
        can answer: 国家级…站点占全部调查站点的比例 is 19家 ÷ (19家 + 28家), though the row
        科技工作者状况调查站点信息报送数量 shares its words."""
        if passage is None or passage.coverage < MIN_PASSAGE_COVERAGE:
            return None
        if self._calculator.operation_asked(query) not in RATIO_OPERATIONS:
            return None
        return self._calculator.goal_figures(query, passage)

    def _quote(self, query: Query, passage: PassageMatch) -> Answer:
        """Answers from a goal sentence: the figures it states, computed as asked, or the
        sentence itself, focused on the clause of the one figure asked (市级…28家)."""
        computed = self._calculator.goal_figures(query, passage)
        if computed is not None:
            return computed
        unit = query.unit
        if unit is None or unit == GENERIC_MEASURE_WORD:
            return PassageAnswer((passage,))
        text = self._normalizer.normalize(passage.passage.text)
        names = self._calculator.whole_words(query)
        one_asked = len(ASKING.findall(query.text)) == 1
        focus = stated_clause(text, unit=unit, names=names, one_asked=one_asked)
        return PassageAnswer((passage,), focus=focus)

    def listed_in_goal(self, query: Query, scope: tuple[int, ...]) -> Answer | None:
        """Answers from a goal sentence that lists what a question enumerates, in its unit.

        科技工作者状况信息、问卷、建言一共上报多少份 is one ask, not three: the sentence
        writes 状况信息、问卷调查及建言献策共3000余份.
        """
        asked = query.unit
        if asked is None or asked == GENERIC_MEASURE_WORD:
            return None
        found = self._retriever.search(query, project_ids=scope, limit=1)
        if not found or found[0].coverage < MIN_PASSAGE_COVERAGE:
            return None
        if not states_quantity(found[0].passage.text, asked, self._normalizer):
            return None
        return self._quote(query, found[0])

    def figure_in_goal(self, query: Query, scope: tuple[int, ...]) -> Answer | None:
        """Answers a figure a question reads in a goal by name (年度目标里说市级调查站点有几家,
        总体目标中国家级和市级站点合计多少家) from the one sentence stating it, never the whole
        goal, whose other figures would answer something else.

        Only when the sentence explains the question's words and states a number in the unit
        asked (any number when no unit is said); else the goal itself is shown.
        """
        unit = query.unit
        if (unit is None or unit == GENERIC_MEASURE_WORD) and not any(
            word in query.text for word in FIGURE_ASKS
        ):
            return None
        if not query.terms:
            return None  # 年度目标里有几个数字: nothing but the goal is named
        found = self._retriever.search(query, project_ids=scope, limit=1)
        if not found or found[0].coverage < MIN_PASSAGE_COVERAGE:
            return None
        text = found[0].passage.text
        if unit is not None and unit != GENERIC_MEASURE_WORD:
            stated = states_quantity(text, unit, self._normalizer)
        else:
            stated = _NUMBER.search(_ORDINAL.sub("", self._normalizer.normalize(text))) is not None
        return self._quote(query, found[0]) if stated else None

    def _only_row_in_unit(
        self, query: Query, matches: list[IndicatorMatch], passage: PassageMatch | None
    ) -> IndicatorInfo | None:
        """Returns the one candidate row counting in the unit asked, when no sentence states it.

        企服计划往上报几篇站点的信息: of the rows about 站点 and 信息 only 信息报送数量 counts
        篇, and the sentence about the stations states 家 and 份, never 篇.
        """
        asked = query.unit
        if asked is None and (not matches or matches[0].score < MIN_INDICATOR_SCORE):
            # 请确认场次目标: a count word names the unit when no row is matched well enough
            asked = _count_named_before_target(query, matches)
        dimension = dimension_units(query.text) if asked is None else frozenset()
        if (asked is None and not dimension) or asked == GENERIC_MEASURE_WORD:
            return None
        if matches and matches[0].strong:
            return None
        stated = [asked] if asked else sorted(dimension)
        fitting = [
            match.indicator
            for match in matches
            if match.score >= MIN_SUGGESTION_SCORE
            and (
                (asked is not None and self._counts_in(match.indicator, asked))
                or match.indicator.target.unit in dimension  # 路要维护多长: the row in 米
            )
        ]
        if len(fitting) != 1:
            return None
        if passage is not None and any(
            states_quantity(passage.passage.text, unit, self._normalizer) for unit in stated
        ):
            # 修路修多少米: the sentence's 985 米 is the row's own target, no other figure.
            return fitting[0] if self._states_target(passage, fitting[0]) else None
        return fitting[0]

    def _states_target(self, passage: PassageMatch, row: IndicatorInfo) -> bool:
        """Tells whether a goal sentence states exactly the row's target (985 米) in its unit."""
        target = row.target
        if target.value is None or target.unit is None:
            return False
        text = self._normalizer.normalize(passage.passage.text)
        found = re.findall(rf"(\d+(?:\.\d+)?)\s*{re.escape(target.unit)}", text)
        return bool(found) and all(Decimal(value) == target.value for value in found)

    @staticmethod
    def _only_deadline(query: Query, matches: list[IndicatorMatch]) -> IndicatorInfo | None:
        """Returns the one deadline among the candidates of a question asking when.

        设施坏了多久要修好 shares only 设施 with 设施修复及时性, but of the rows about 设施
        only that one has a date for a target.
        """
        if not intents.asks_time(query.rules) or (matches and matches[0].strong):
            return None
        deadlines = [
            match.indicator
            for match in matches
            if match.indicator.target.kind is IndicatorKind.DEADLINE
        ]
        return deadlines[0] if len(deadlines) == 1 else None

    def _named_whole(self, query: Query, best: IndicatorMatch) -> bool:
        """Tells whether a question writes a row's whole name (of two words or more) and
        asks no goal text by name (原文, 总体目标)."""
        name = self._normalizer.normalize(best.indicator.name)
        if len(name) < MIN_WHOLE_NAME_CHARS or name not in query.text:
            return False
        return not any(word in query.text for word in cue_words()["goal_text_ask"])

    def _passage_wins(
        self, query: Query, passage: PassageMatch, best: IndicatorMatch | None
    ) -> bool:
        """Tells whether a goal sentence answers better than the best indicator."""
        if passage.coverage >= WEAK_PASSAGE_COVERAGE and any(
            word in query.text for word in cue_words()["manner_ask"]
        ):
            return True  # 启动仪式上海这边是怎么搞的: the way, which no count states
        if self._count_without_number(query, passage, best):
            return False
        if passage.coverage >= MIN_PASSAGE_COVERAGE and (
            best is None or passage.coverage >= best.precision + PASSAGE_MARGIN
        ):
            # Asked 几场 and the indicator counts 场 while the sentence states no 场: the
            # sentence only shares words with the question, the indicator has the number.
            # 完好率目标是多少 asks in the unit of the row it names (%) without writing it.
            # 运维 设施完好率目标: a row written whole asks in its unit as an ask word would.
            whole = best is not None and self._named_whole(query, best)
            asked = (
                query.unit
                or _implied_unit(query, best, named_whole=whole)
                or _count_named_before_target(query, [best] if best else [])
            )
            return not (
                best is not None
                and asked is not None
                and (
                    best.score >= CONFIDENT_SCORE
                    or (best.score >= MIN_INDICATOR_SCORE and best.indicator.target.unit == asked)
                )
                and self._matcher.unit_fits(asked, best.indicator.target.unit)
                and best.indicator.target.unit is not None
                and not states_quantity(passage.passage.text, asked, self._normalizer)
            )
        # Asked in 周 while the indicator counts 人, and the sentence says 5周: quote it.
        if query.unit is not None and query.unit != GENERIC_MEASURE_WORD:
            return (
                passage.coverage >= UNIT_PASSAGE_COVERAGE
                and (
                    best is None
                    or not self._counts_in(best.indicator, query.unit)
                    or _counts_otherwise(best.indicator, query.unit)
                )
                and states_quantity(passage.passage.text, query.unit, self._normalizer)
            )
        if passage.coverage < UNIT_PASSAGE_COVERAGE:
            return False
        if passage.coverage < WEAK_PASSAGE_COVERAGE:
            # 实习前后要持续多长时间: a length of time asked is a unit asked (5 周).
            return query.unit is None and self._states_duration(query, passage, best)
        if query.unit is not None:
            return (
                best is None or not self._counts_in(best.indicator, query.unit)
            ) and states_quantity(passage.passage.text, query.unit, self._normalizer)
        return self._states_duration(query, passage, best)

    def _count_without_number(
        self, query: Query, passage: PassageMatch, best: IndicatorMatch | None
    ) -> bool:
        """Tells whether a count is asked of a row while the sentence states no number at all.

        一年要给多少科技工作者提供服务: 服务科技工作者人数 counts them; the sentence about
        legal services for 科技工作者 says how, never how many.
        """
        return (
            best is not None
            and best.indicator.target.kind is IndicatorKind.QUANTITATIVE
            and self._number_unstated(query, passage)
        )

    def _number_unstated(self, query: Query, passage: PassageMatch) -> bool:
        """Tells whether a figure is asked (多少, 几) of which the sentence states no number
        (第 8 届, 2026 年 and “3+6” name things, count none)."""
        return (
            any(ask in query.text for ask in cue_words()["figure_ask"])
            and not any(char.isdigit() for char in _ORDINAL.sub("", passage.passage.text))
            and not (
                query.unit is not None
                and states_quantity(passage.passage.text, query.unit, self._normalizer)
            )  # 一所高校
        )

    def _states_duration(
        self, query: Query, passage: PassageMatch, best: IndicatorMatch | None
    ) -> bool:
        """Tells whether a length of time asked (实习多长时间) is one the sentence states.

        Only when no row measures a time: a deadline or a count in 天 answers it instead.
        """
        row = best.indicator.target if best is not None else None
        return (
            any(word in query.text for word in DURATION_ASKS)
            and (row is None or row.kind is IndicatorKind.QUANTITATIVE)
            and (row is None or row.unit not in DURATION_UNITS)
            and any(
                states_quantity(passage.passage.text, unit, self._normalizer)
                for unit in DURATION_UNITS
            )
        )

    def _counts_in(self, indicator: IndicatorInfo, unit: str) -> bool:
        """Tells whether an indicator's target is a number in (or compatible with) ``unit``."""
        target_unit = indicator.target.unit
        return target_unit is not None and self._matcher.unit_fits(unit, target_unit)

    def _only_row_counting(
        self, query: Query, scope: tuple[int, ...], matches: list[IndicatorMatch]
    ) -> IndicatorInfo | None:
        """Returns the one row of the scope counting in the unit asked, when no row is named.

        国交征文收多少篇: of 国交's rows only 上海征集论文数量 counts 篇; 要印几套: of all rows
        only 编印…建设指引数量 counts 套. A word sharing no character with it names something else.
        """
        asked = query.unit
        # 路一共要养多长: a dimension asked with no unit is asked in its units (米, 公里).
        units = {asked} if asked is not None else dimension_units(query.text)
        if not units or asked == GENERIC_MEASURE_WORD or any(m.strong for m in matches):
            return None
        fitting = [
            indicator
            for project in self._catalog.projects_in(scope)
            for indicator in project.indicators
            if indicator.target.unit in units
        ]
        if len(fitting) != 1 or not _shares_a_character(query, fitting[0]):
            return None
        if asked is None and not self._project_words_in_row(query, fitting[0]):
            return None  # 桥要测多长: 桥 of 道路桥梁养护 is no part of 道路养护长度
        return fitting[0]

    def _project_words_in_row(self, query: Query, row: IndicatorInfo) -> bool:
        """Tells whether the characters a question shares with its project's name are all in
        the row's name (路 and 养 of 路一共要养多长 are in 道路养护长度)."""
        project = self._catalog.project(row.project_id).name
        return all(char in row.name for char in query.remainder if char in project)

    def _fallback(
        self,
        query: Query,
        scope: tuple[int, ...],
        matches: list[IndicatorMatch],
        *,
        progress: bool,
    ) -> Answer:
        if len(query.project_ids) == 1 and not query.terms:
            project = self._catalog.projects_in(query.project_ids)[0]
            dimension = dimension_units(query.text)
            if query.unit is None and not dimension:
                return ProjectOverview(project)
            # 要印的书要几套: asked in a unit, so the one row counting in it, never an overview;
            # 路要修多长: in a unit of length.
            fitting = [
                indicator
                for indicator in project.indicators
                if (query.unit is not None and self._counts_in(indicator, query.unit))
                or indicator.target.unit in dimension
            ]
            if len(fitting) == 1:
                return IndicatorAnswer((fitting[0],), progress=progress, understood=True)
        only = self._only_row_counting(query, scope, matches)
        if only is not None:
            return IndicatorAnswer((only,), progress=progress, understood=True)
        rows = [match.indicator for match in matches]  # the rows sharing a word, at any scale
        effect = _effect_row(query, rows) or _row_of_all_words(query, rows)
        if effect is not None:
            return IndicatorAnswer((effect,), progress=progress, understood=True)
        suggestions = [m.indicator for m in matches if m.score >= MIN_SUGGESTION_SCORE]
        if suggestions and not intents.is_small_talk(query.rules):
            return Clarification(tuple(suggestions[:MAX_SUGGESTIONS]), progress=progress)
        return OutOfScope(greeting=intents.is_small_talk(query.rules))


def _candidate(matches: list[IndicatorMatch]) -> IndicatorMatch | None:
    """Returns the one row worth offering (a lone candidate, or one far ahead), if any."""
    offered = [m for m in matches if m.score >= MIN_SUGGESTION_SCORE]
    if len(offered) == 1 or (offered and offered[0].score - offered[1].score >= CLEAR_GAP):
        return offered[0]
    return None


def _counting_the_noun(
    query: Query, candidates: tuple[IndicatorInfo, ...], *, canonical: Mapping[str, str]
) -> IndicatorInfo | None:
    """Returns the one candidate whose counted thing holds every word of the question.

    岗位要凑够多少个: 征集实习岗位数量 counts 岗位; 推荐实习单位和岗位的科技社团数量
    names 岗位 too, but counts 科技社团 (what follows its last 的). A word read as its
    synonym (参会 as 参与) is looked for as the question writes it: 参会的要几个人 counts
    上海代表参会人数's people, not 活动参与人数's.
    """
    words = [term.token for term in query.terms if len(term.token) >= MIN_TOPIC_CHARS]
    if not words or query.unit is None:
        return None
    spellings = [_as_written(word, query.text, canonical) for word in words]
    found = [
        row
        for row in candidates
        if row.target.unit is not None
        and (query.unit == GENERIC_MEASURE_WORD or row.target.unit == query.unit)
        and all(any(said in _counted_thing(row.name) for said in spelled) for spelled in spellings)
    ]
    return found[0] if len(found) == 1 else None


def _as_written(word: str, text: str, canonical: Mapping[str, str]) -> tuple[str, ...]:
    """Returns how ``text`` writes a word read as its canonical form: the word itself, or the
    synonyms of it the text holds (参会 for 参与); the word when the text writes neither."""
    if word in text:
        return (word,)
    written = tuple(said for said, head in canonical.items() if head == word and said in text)
    return written or (word,)


def _counted_thing(name: str) -> str:
    """Returns what a row counts: its name after the last 的, without 数量 (科技社团)."""
    head = name.rsplit(POSSESSIVE, 1)[-1]
    for ending in COUNT_ENDINGS:
        if head.endswith(ending):
            return head.removesuffix(ending)
    return head


def _shares_a_character(query: Query, row: IndicatorInfo) -> bool:
    """Tells whether each word of the question shares a character with the row's name.

    征文 (征集论文), 修路 (道路养护长度), 印 (编印): a word coined from the row's own words.
    """
    words = [term.token for term in query.terms] or [query.remainder]
    return all(any(char in row.name for char in word) for word in words)


def _effect_row(query: Query, rows: list[IndicatorInfo]) -> IndicatorInfo | None:
    """Returns the row an ask of what a target is (要达到什么效果) is about, if one stands out.

    在两岸交流方面预期达到啥效果: 海峡两岸交流促进情况 holds both 两岸 and 交流; among
    rows naming as many words, the qualitative one (机制建设做到什么程度: 机制健全性).
    """
    if not any(word in query.text for word in cue_words()["effect_ask"]):
        return None
    words = [term.token for term in query.terms if len(term.token) >= MIN_TOPIC_CHARS]
    found = _most_named(rows, words)
    if len(found) > 1:
        found = [row for row in found if row.target.kind is IndicatorKind.QUALITATIVE]
    return found[0] if len(found) == 1 else None


def _row_of_all_words(query: Query, rows: list[IndicatorInfo]) -> IndicatorInfo | None:
    """Returns the one row whose name and heading hold every word of the question.

    养护质量要达到多少: 养护合格率 under 质量指标 holds both, no other row does.
    """
    words = [term.token for term in query.terms if len(term.token) >= MIN_TOPIC_CHARS]
    if len(words) < MIN_WORDS_OF_ROW:
        return None
    found = [row for row in rows if all(word in f"{row.name}{row.level2}" for word in words)]
    return found[0] if len(found) == 1 else None


def _most_named(rows: list[IndicatorInfo], words: list[str]) -> list[IndicatorInfo]:
    """Returns the rows whose names hold the most of ``words`` (at least one)."""
    counts = [sum(word in row.name for word in words) for row in rows]
    most = max(counts, default=0)
    return [row for row, count in zip(rows, counts, strict=True) if count == most and most]


def _implied_unit(
    query: Query, best: IndicatorMatch | None, *, named_whole: bool = False
) -> str | None:
    """Returns the unit of the row a question names confidently and asks a figure of
    (设施完好率目标是多少: %) or writes whole (运维 设施完好率目标), when the question writes
    no unit itself."""
    if best is None or best.score < CONFIDENT_SCORE:
        return None
    target = best.indicator.target
    asked = named_whole or any(ask in query.text for ask in cue_words()["figure_ask"])
    if target.kind is not IndicatorKind.QUANTITATIVE or not asked:
        return None
    return target.unit


def _count_named_before_target(query: Query, matches: Iterable[IndicatorMatch]) -> str | None:
    """Returns the unit of a candidate row a question asks the target of by its count word
    (启动仪式的场次目标, 参加的人数指标值: 场, 人), which asks a figure as 几场 would."""
    for match in matches:
        target = match.indicator.target
        if match.score < MIN_SUGGESTION_SCORE:
            break
        if target.kind is not IndicatorKind.QUANTITATIVE or not target.unit:
            continue
        said = (
            target.unit + ending + word
            for ending in COUNT_WORD_ENDINGS
            for word in cue_words()["count_target"]
        )
        if any(words in query.text for words in said):
            return target.unit
    return None


def dimension_units(text: str) -> frozenset[str]:
    """Returns the units of the dimension a question asks with no unit (多长: 米, 公里)."""
    if any(word in text for word in DURATION_ASKS if len(word) > len(LENGTH_ASK)):
        return frozenset()  # 多长时间 asks a time
    cues = cue_words()
    return frozenset(
        unit
        for dimension in DIMENSIONS
        if any(word in text for word in cues[f"{dimension}_ask"])
        for unit in cues[f"{dimension}_unit"]
    )


def states_quantity(text: str, unit: str, normalizer: Normalizer) -> bool:
    """Tells whether ``text`` states a number in ``unit`` (19家, 5 周)."""
    return _stated_in(unit).search(normalizer.normalize(text)) is not None


def compile_stated_quantities(units: Iterable[str]) -> None:
    """Compiles now, for a long-running process, the pattern of a number stated in each unit."""
    for unit in units:
        _stated_in(unit)


@lru_cache(maxsize=256)
def _stated_in(unit: str) -> re.Pattern[str]:
    """Returns the pattern of a number stated in ``unit``: 3000余份, 一所, 5 周."""
    return re.compile(rf"[\d{CHINESE_DIGITS}]\s*(?:余|多)?\s*{re.escape(unit)}")


def _checked_row(
    query: Query, matches: list[IndicatorMatch], passage: PassageMatch | None
) -> IndicatorInfo | None:
    """Returns the one candidate row whose target the question states to check it (国交满意度
    是不是90, 岗位数量是不是100个来着) when no goal sentence states that number: the number
    checked is the row's own evidence, the words around it (来着, 对一下) are none."""
    said = {Decimal(number) for number in _NUMBER.findall(query.text)}
    if not said or not matches or matches[0].score < MIN_CHECKED_SCORE:
        return None
    pieces = _SENTENCE_BREAK.split(query.text.rstrip("？?。!！ "))
    if any(ASKING.search(piece) for piece in pieces[1:]):
        return None  # 成本控制数是不是130万？国交的是多少: the check is one ask of several
    written = set() if passage is None else set(_NUMBER.findall(passage.passage.text))
    fitting = [
        m.indicator
        for m in matches
        if m.score >= MIN_CHECKED_SCORE
        and m.indicator.target.value in said
        and not {Decimal(n) for n in written} & {m.indicator.target.value}
    ]
    return fitting[0] if len(fitting) == 1 and fitting[0] is matches[0].indicator else None


def _counts_otherwise(row: IndicatorInfo, asked: str) -> bool:
    """Tells whether a row counts in a measure word only akin to the one asked (篇 for 份):
    a goal sentence stating a number in the very word asked (3000余份) answers it better."""
    unit = row.target.unit
    return unit is not None and not unit.startswith(asked) and not asked.startswith(unit)
