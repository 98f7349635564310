"""The question engine: one question (and what came before) in, a structured answer out."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import TypeGuard, TypeVar, assert_never

from rapidfuzz import fuzz

from knowledge.arithmetic import Operand, Operation, calculate
from knowledge.catalog import Catalog, IndicatorInfo, ProjectInfo
from knowledge.model import IndicatorKind
from knowledge.selection import select_rows
from knowledge.units import MONEY_UNITS
from nlu import intents
from nlu.answers import (
    Answer,
    Clarification,
    FactAnswer,
    FigureCalculation,
    FollowUp,
    HeadingGroup,
    HeadingList,
    IndicatorAnswer,
    IndicatorGroup,
    IndicatorList,
    Interpretation,
    MoneyAnswer,
    NotInForm,
    OutOfScope,
    PassageAnswer,
    ProjectChoice,
    ProjectList,
    ProjectOverview,
    SeveralIndicators,
    Topic,
    UnknownProject,
)
from nlu.arithmetic import load_operation_words, per_ask
from nlu.calculations import GENERIC_PER, Calculator
from nlu.evidence import Evidence
from nlu.figures import target_figure
from nlu.filters import ReadFilter, load_filter_words, read_filter
from nlu.intents import Aggregate, MoneyField, ProjectField
from nlu.lexicon import Lexicon, build_lexicon
from nlu.matcher import (
    CONFIDENT_SCORE,
    MIN_INDICATOR_SCORE,
    STRONG_PRECISION,
    IndicatorMatch,
    IndicatorMatcher,
)
from nlu.normalize import Normalizer, strip_punctuation
from nlu.query import PROJECT_WORD, Query, asked_money_unit, read_query
from nlu.relative_years import load_relative_years
from nlu.resolution import MAX_SUGGESTIONS, resolve_indicator
from nlu.retrieval import PassageMatch, PassageRetriever, PassageSource
from nlu.scoping import ProjectScoper
from nlu.vocabulary import Vocabulary, load_vocabulary
from nlu.weights import TermWeights

MIN_PASSAGE_COVERAGE = 0.75  # a goal sentence must explain this share of the question
PASSAGE_MARGIN = 0.15  # ...and this much more of it than the best indicator does
WEAK_PASSAGE_COVERAGE = 0.6  # enough for a quote when no indicator fits at all
# ...or when the sentence states a number in the unit asked (多少处: 12 处) and no row counts it
UNIT_PASSAGE_COVERAGE = 0.5
MIN_SUGGESTION_SCORE = 40.0  # weaker candidates are not worth offering
MAX_SHARED_SCOPE = 3  # a short name shared by more projects than this is asked back
MAX_PROJECT_CHOICES = 5
MAX_NAMESAKES = 10  # an indicator found in more projects than this is asked back
MAX_ASKS = 8  # parts of one question answered each
PER_MARK = "每"  # 每套: how a per-unit ask the form cannot answer is named back
ORDINAL_UNITS = "届次期轮批"
ORDINAL_PREFIX = "第"
_ORDINAL = re.compile(rf"第\d+[{ORDINAL_UNITS}]")
# 三期 (normalised 3期), 第18届: an ordinal the question names, which the answer must write.
_ASKED_ORDINAL = re.compile(rf"(?:第)?(?<![\d.])\d{{1,3}}[{ORDINAL_UNITS}]")
_ASKED_ORDINAL_UNIT = re.compile(r"第几([\u4e00-\u9fff])")
_YEAR = re.compile(r"((?:19|20)\d{2})年")
LEVEL_SUFFIX = "指标"
GENERIC_MEASURE_WORD = "个"
PERCENT_SIGN = "%"
MIN_TERM_NAME_CHARS = 2  # a single character names no rows (企 of 企科服)
MONEY_ASKED = "元"  # the unit of a question asking how much money
MIN_SHARED_CHARS = 4  # a shared part of candidate names shorter than this is no common stem
# Joiners between whole asks that indicator names never hold (names do hold 和, 与, 、).
SENTENCE_JOINERS = ("，", ",", "？", "?", "；", ";", "。", "以及", "还有", "另外")
DURATION_ASKS = ("多长时间", "多久", "多长")
DURATION_UNITS = ("周", "星期", "天", "日", "个月", "月", "年", "小时")
GOAL_FIELDS = frozenset({ProjectField.GOAL, ProjectField.ANNUAL_GOAL})
DATE_FIELDS = frozenset({ProjectField.START, ProjectField.END, ProjectField.PERIOD})
_E = TypeVar("_E", bound=StrEnum)


@dataclass
class _Parts:
    """What the parts of a question with several asks have found so far."""

    answers: list[IndicatorAnswer] = field(default_factory=list)
    others: list[Answer] = field(default_factory=list)  # money and fact parts
    unmatched: list[str] = field(default_factory=list)
    unseen: bool = False  # a part names words the data does not know (科普讲座)
    seen: set[int] = field(default_factory=set)
    pending: list[tuple[str, list[IndicatorMatch]]] = field(default_factory=list)


class QuestionEngine:
    """Understands questions about one catalog; build it once at start-up."""

    def __init__(
        self,
        catalog: Catalog,
        *,
        vocabulary: Vocabulary | None = None,
        normalizer: Normalizer | None = None,
        dictionary: str | None = None,
    ) -> None:
        self.catalog = catalog
        self._normalizer = normalizer or Normalizer()
        self.lexicon: Lexicon = build_lexicon(
            catalog,
            vocabulary=vocabulary or load_vocabulary(),
            normalizer=self._normalizer,
            dictionary=dictionary,
        )
        self._matcher = IndicatorMatcher(
            catalog, lexicon=self.lexicon, normalizer=self._normalizer
        )
        self._retriever = PassageRetriever(
            catalog, lexicon=self.lexicon, normalizer=self._normalizer
        )
        self._weights = TermWeights([*self._matcher.token_sets, *self._retriever.token_sets])
        self._matcher.set_weights(self._weights)
        self._retriever.set_weights(self._weights)
        self._levels = _level_names(catalog, self._normalizer)
        self._project_words = self._words_of_projects()
        self._operations = load_operation_words()
        self._names_text = tuple(project.name for project in catalog.projects)
        self._evidence = Evidence(self.lexicon, extra_phrasing=self._operations.all_words())
        self._filter_words = load_filter_words(self.lexicon.vocabulary.units)
        self._calculator = self._new_calculator()
        self._rule_words = _words_of_rules(self.lexicon.vocabulary)
        self._years = frozenset(project.year for project in catalog.projects)
        self._relative_years = load_relative_years()
        self._written_years = self._years_in_names()
        # Every project's row names, joined once: a listing asks which words they write.
        self._row_names = {
            project.id: "\n".join("".join(ind.name.split()) for ind in project.indicators)
            for project in catalog.projects
        }
        self._all_row_names = "\n".join(self._row_names.values())
        self._scoper = ProjectScoper(
            catalog=catalog,
            lexicon=self.lexicon,
            normalizer=self._normalizer,
            evidence=self._evidence,
            operations=self._operations,
            read=self.read,
            project_words=self._project_words,
        )

    def _tokens(self, query: Query) -> frozenset[str]:
        """Returns the words a question's remainder is cut into."""
        return frozenset(self.lexicon.cut(query.remainder))

    def _new_calculator(self) -> Calculator:
        return Calculator(
            catalog=self.catalog,
            lexicon=self.lexicon,
            matcher=self._matcher,
            evidence=self._evidence,
            weights=self._weights,
            normalizer=self._normalizer,
            operations=self._operations,
            read=self._read_scoped,
            # A partial, not a lambda: the built engine is pickled (bot/engine_snapshot.py).
            counterpart=functools.partial(self._counterpart, progress=False),
            narrowed=self._narrowed,
        )

    def _read_scoped(self, text: str) -> Query:
        """Reads a part of a question with the projects it names loosely (设施运维的…)."""
        return self._scoper.loose(self.read(text))

    def _words_of_projects(self) -> dict[int, frozenset[str]]:
        """Returns the words of every project's name and indicator names."""
        words = self._matcher.tokens_by_project()
        for project in self.catalog.projects:
            name = self._normalizer.normalize(project.name)
            words.setdefault(project.id, set()).update(self.lexicon.tokens(name))
        return {project_id: frozenset(found) for project_id, found in words.items()}

    def _years_in_names(self) -> dict[int, frozenset[int]]:
        """Returns the years each project's indicator names write (2026 年港澳台…实习)."""
        found: dict[int, set[int]] = {}
        for indicator in self.catalog.indicators:
            years = _YEAR.findall(self._normalizer.normalize(indicator.name))
            found.setdefault(indicator.project_id, set()).update(int(year) for year in years)
        return {project_id: frozenset(years) for project_id, years in found.items()}

    def read(self, text: str) -> Query:
        """Reads one question (exposed for tests and benchmarks)."""
        return read_query(
            text,
            lexicon=self.lexicon,
            normalizer=self._normalizer,
            weights=self._weights,
            phrasing=self._evidence.phrasing,
        )

    def interpret(
        self,
        text: str,
        *,
        context: FollowUp | None = None,
        projects: tuple[int, ...] = (),
    ) -> Interpretation:
        """Answers ``text``; ``context`` is the follow-up state of the previous turn.

        ``projects`` fixes the projects the question is about (a project picked from
        the options of a :class:`ProjectChoice`).
        """
        query = self.read(text)
        context = context or FollowUp()
        if query.unnamed_projects and not projects:
            named = self._scoper.named(query)
            if isinstance(named, UnknownProject):
                return Interpretation(named, context)
            query = named
        elif not projects:
            query = self._scoper.loose(query)
        if context.topic == Topic.CHOICE and context.question and _names_only(query):
            return self.interpret(context.question, projects=query.project_ids)
        if projects:
            query = replace(query, project_ids=projects, project_choices=())
        elif query.project_choices:
            if len(query.project_choices) > MAX_SHARED_SCOPE and not _spans_projects(query):
                choice = self._choice(query, text)
                return Interpretation(choice, FollowUp((), (), Topic.CHOICE, text))
            query = replace(query, project_ids=query.project_choices, project_choices=())
        scope = self._scope(query, context)
        missing_year = self._missing_year(query, scope)
        if missing_year is not None:
            return Interpretation(missing_year, context)
        answer = self._checked(query, scope, self._answer(query, scope, context))
        money_unit = asked_money_unit(query.text)
        if isinstance(answer, IndicatorAnswer) and money_unit is not None:
            answer = replace(answer, money_unit=money_unit)
        if isinstance(answer, IndicatorAnswer) and len(answer.indicators) > MAX_NAMESAKES:
            ids = tuple(dict.fromkeys(ind.project_id for ind in answer.indicators))
            answer = ProjectChoice(self.catalog.projects_in(ids)[:MAX_PROJECT_CHOICES], None, text)
        return Interpretation(answer, _followup_after(answer, scope=scope, previous=context))

    def _years_named(self, text: str) -> list[int]:
        """Returns the years a question names: 2027年, or 去年 and 明年 from the newest form."""
        years = [int(found) for found in _YEAR.findall(text)]
        if self._years:
            newest = max(self._years)
            years += [newest + offset for word, offset in self._relative_years if word in text]
        return years

    def _missing_year(self, query: Query, scope: tuple[int, ...]) -> NotInForm | None:
        """Tells that a question is about a year whose form is not loaded (2027年的预算).

        A year written in an indicator name or goal (2026 年港澳台…) names that item.
        """
        projects = self.catalog.projects_in(scope)
        written = {
            year for project in projects for year in self._written_years.get(project.id, ())
        }
        for year in self._years_named(query.text):
            if year in written:
                continue
            if year not in {project.year for project in projects}:
                years = tuple(sorted({project.year for project in projects}))
                return NotInForm((), year=year, years=years)
        return None

    def _checked(self, query: Query, scope: tuple[int, ...], answer: Answer) -> Answer:
        """Replaces an answer that leaves nouns of the question unexplained.

        A goal sentence that explains them is quoted instead (聚焦哪类产业 is no 项目类别);
        otherwise the form has no such item and no figure is given.
        """
        if isinstance(answer, OutOfScope) and not answer.greeting:
            return self._out_of_scope(query, scope, answer)
        if isinstance(answer, Clarification):
            answer = self._narrowed(query, answer)
        if self._average_of_one(query, answer):
            # 平均每月多少钱 of one project: its whole amount would answer something else.
            asked = self.lexicon.content_text(query.remainder)
            return NotInForm((asked,) if asked else (), self._closest(query, (), scope))
        if _amount_for_a_rate(query, answer):
            # 预算执行率 asks a percentage: an amount of money would answer something else.
            asked = self.lexicon.content_text(query.remainder)
            return NotInForm((asked,) if asked else (), self._closest(query, (), scope))
        if isinstance(answer, IndicatorAnswer) and self._wrong_unit(query, answer):
            fitting = self._in_asked_unit(query, scope)
            if fitting is None:
                shown = answer.indicators[:MAX_SUGGESTIONS]
                names = tuple(dict.fromkeys(indicator.name for indicator in shown))
                return NotInForm(names, shown, asked_unit=query.unit or MONEY_ASKED)
            answer = fitting
        if isinstance(answer, PassageAnswer) and not self._quotes_quantity(query, answer):
            # 科普论坛要征集多少篇论文: a sentence stating no number in 篇 does not say how many.
            asked = self.lexicon.content_text(query.remainder)
            return NotInForm((asked,) if asked else (), self._closest(query, (), scope))
        texts = self._explaining_texts(answer)
        if texts is None:
            return answer
        texts += self._loose_names(query, answer)
        texts += self._read_filter(query).words  # 以万元为单位: how it is asked, not what
        words = self._unexplained(query, answer, texts)
        if not words and isinstance(answer, Clarification) and len(answer.candidates) == 1:
            # Its target's unit explains the rest (场次): answer it, never a list of one.
            return IndicatorAnswer(answer.candidates, progress=answer.progress, understood=True)
        if not words:
            return answer
        return self._instead(query, scope, answer) or NotInForm(
            words, self._closest(query, words, scope)
        )

    def _average_of_one(self, query: Query, answer: Answer) -> bool:
        """Tells whether an average is asked of one project's amount, with nothing to divide by."""
        return (
            isinstance(answer, MoneyAnswer)
            and answer.operation is None
            and len(answer.projects) == 1
            and self._operations.read(query.remainder, tokens=self._tokens(query))
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
        return words + self._unmet_ordinals(query, texts)

    def _instead(self, query: Query, scope: tuple[int, ...], answer: Answer) -> Answer | None:
        """Returns what answers a question the first answer left words of: a row or a quote."""
        if isinstance(answer, FactAnswer) and answer.field in DATE_FIELDS:
            deadline = self._deadline_row(query, scope)  # 二期什么时候完成: 二期改造完成时间
            if deadline is not None:
                return IndicatorAnswer((deadline,), understood=True)
        if isinstance(answer, PassageAnswer):
            return None
        passages = self._retriever.search(query, project_ids=scope, limit=1)
        if not passages or passages[0].coverage < WEAK_PASSAGE_COVERAGE:
            return None
        quoted = [passages[0].passage.text]
        if self._evidence.unexplained(query.remainder, explained_by=quoted, cues=query.cues):
            return None
        found = PassageAnswer((passages[0],))
        if self._unmet_ordinals(query, quoted) or not self._quotes_quantity(query, found):
            return None
        return found

    def _quotes_quantity(self, query: Query, answer: PassageAnswer) -> bool:
        """Tells whether quoted sentences state a number in the unit a question asks (几篇)."""
        unit = query.unit
        if unit is None or unit in (GENERIC_MEASURE_WORD, PERCENT_SIGN):
            return True
        units = [u for u in self.lexicon.vocabulary.units if self._matcher.unit_fits(unit, u)]
        return any(
            states_quantity(match.passage.text, fitting, self._normalizer)
            for match in answer.matches
            for fitting in units or [unit]
        )

    def _deadline_row(self, query: Query, scope: tuple[int, ...]) -> IndicatorInfo | None:
        """Returns the one deadline row that explains every word of a question asking when."""
        rows = [
            match.indicator
            for match in self._matcher.match(query, project_ids=scope)[:MAX_SUGGESTIONS]
            if match.indicator.target.kind is IndicatorKind.DEADLINE
        ]
        fitting = [
            row
            for row in rows
            if not self._evidence.unexplained(
                query.remainder, explained_by=(row.name, row.level2), cues=query.cues
            )
            and not self._unmet_ordinals(query, [row.name])
        ]
        return fitting[0] if len(fitting) == 1 else None

    def _unmet_ordinals(self, query: Query, texts: list[str]) -> tuple[str, ...]:
        """Returns the ordinals a question names (三期, 第18届) that the answer's texts lack."""
        ordinals = _ASKED_ORDINAL.findall(query.text)
        asked = _ASKED_ORDINAL_UNIT.search(query.text)
        if not ordinals and asked is None:
            return ()  # most questions: the texts are not even read
        written = strip_punctuation(self._normalizer.normalize("\n".join(texts)))
        unmet = [found for found in ordinals if found.removeprefix(ORDINAL_PREFIX) not in written]
        if asked is not None and not re.search(rf"第\d+{asked.group(1)}", written):
            unmet.append(asked.group(0))  # 第几名: no text ranks anything
        return tuple(unmet)

    def _closest(
        self, query: Query, words: tuple[str, ...], scope: tuple[int, ...]
    ) -> tuple[IndicatorInfo, ...]:
        """Returns the real indicators nearest to the question without its unknown words."""
        rest = query.text
        for word in words:
            rest = rest.replace(word, " ")
        matches = self._matcher.match(self.read(rest), project_ids=scope)
        return tuple(match.indicator for match in matches[:MAX_SUGGESTIONS])

    def _out_of_scope(self, query: Query, scope: tuple[int, ...], answer: OutOfScope) -> Answer:
        """Names the missing item when the question is about the form (项目负责人是谁)."""
        about_form = query.project_ids or PROJECT_WORD in query.text or LEVEL_SUFFIX in query.text
        if not about_form:
            return answer
        words = self._evidence.unexplained(query.remainder, explained_by=(), cues=query.cues)
        if not words and query.project_ids and query.terms:
            # 道路桥梁养护需要多少台养护车: about a project, asking what its form lacks.
            asked = self.lexicon.content_text(query.remainder)
            words = (asked,) if asked else ()
        if not words:
            return answer
        return NotInForm(words, self._closest(query, words, scope))

    def _narrowed(self, query: Query, answer: Clarification) -> Answer:
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
        if len(fitting) == 1:
            return IndicatorAnswer((fitting[0],), progress=answer.progress, understood=True)
        return replace(answer, candidates=tuple(fitting)) if fitting else answer

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
            for word in self.lexicon.tokens(self._normalizer.normalize(name))
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
        common = set(self.lexicon.cut(shared))
        canonical = self.lexicon.vocabulary.canonical  # 实习生 is said for 学生
        nouns = tuple(canonical.get(noun, noun) for noun in nouns if noun not in common)
        own = [name.replace(shared, " ") if shared else name for name in names]
        pairs = list(zip(candidates, own, strict=True))
        fits = [(c, name) for c, name in pairs if any(n in name for n in nouns)]
        if len(fits) == 1:
            return [fits[0][0]]
        # 指引要印多少: no noun tells them apart, a verb of one name (印 of 编印) does.
        stop = self.lexicon.vocabulary.stop  # 申报 of 申报培训会: a stop word may still tell
        words = self._evidence.content_tokens(query.remainder) + tuple(
            word for word in self.lexicon.cut(query.remainder) if word in stop and len(word) > 1
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

    def _wrong_unit(self, query: Query, answer: IndicatorAnswer) -> bool:
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
        if query.unit is None or query.unit == GENERIC_MEASURE_WORD:
            return False  # 代表几个: 个 counts people, places, anything
        return all(
            unit is not None and not self._matcher.unit_fits(query.unit, unit) for unit in units
        )

    def _loose_names(self, query: Query, answer: Answer) -> list[str]:
        """Returns the names of the answer's projects when the question named none outright.

        设施运维的巡检车 names its project loosely; once a project is named (道路桥梁养护的
        桥梁长度) its name no longer explains the other words.
        """
        if query.project_ids or not isinstance(answer, IndicatorAnswer | Clarification):
            return []
        chosen = answer.indicators if isinstance(answer, IndicatorAnswer) else answer.candidates
        ids = dict.fromkeys(indicator.project_id for indicator in chosen)
        return [project.name for project in self.catalog.projects_in(tuple(ids))]

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
            return [
                text
                for ind in chosen
                for text in (ind.name, ind.level1, ind.level2, ind.target.raw)
            ]
        if isinstance(answer, PassageAnswer):
            return [match.passage.text for match in answer.matches]
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

    def _choice(self, query: Query, text: str) -> ProjectChoice:
        """Offers the projects whose names are closest to the question."""
        candidates = self.catalog.projects_in(query.project_choices)
        ranked = sorted(
            candidates, key=lambda project: -fuzz.partial_ratio(project.name, query.text)
        )
        return ProjectChoice(tuple(ranked[:MAX_PROJECT_CHOICES]), len(candidates), text)

    def indicator(self, indicator_id: int) -> IndicatorInfo | None:
        """Returns an indicator by id, or None when the catalog no longer has it."""
        try:
            return self.catalog.indicator(indicator_id)
        except KeyError:
            return None

    def project(self, project_id: int) -> ProjectInfo | None:
        """Returns a project by id, or None when the catalog no longer has it."""
        try:
            return self.catalog.project(project_id)
        except KeyError:
            return None

    def _scope(self, query: Query, context: FollowUp) -> tuple[int, ...]:
        if query.project_ids:
            return query.project_ids
        return context.project_ids if query.followup else ()

    def _answer(self, query: Query, scope: tuple[int, ...], context: FollowUp) -> Answer:
        rules = query.rules
        if query.followup and query.project_ids and not query.terms and context.topic:
            repeated = self._repeat(context, scope)
            if repeated is not None:
                return repeated
        matches = self._matcher.match(query, project_ids=scope)
        progress = intents.asks_progress(rules) or (
            query.followup and context.topic == Topic.PROGRESS
        )
        computed = (
            self._filtered_total(query, scope)
            or self._calculator.computed(query, scope)
            or self._calculator.ranked(query, scope)
        )
        if computed is not None:
            return computed
        per = per_ask(query.text)
        if self._operations.read(
            query.remainder, tokens=self._tokens(query)
        ) is Operation.PER and not (per is not None and per.unit == GENERIC_PER):
            # 每处设施多少钱 with no count of 处: any single figure would answer something else.
            asked = PER_MARK + per.unit if per else self.lexicon.content_text(query.remainder)
            return NotInForm((asked,) if asked else (), self._closest(query, (), scope))
        several = self._several(query, scope, matches, progress=progress)
        if several is not None and (
            several.others or intents.asks_each(query.rules) or _each_part_answered(several)
        ):
            return several
        keyword_answer = self._keyword_answer(query, scope, matches[0] if matches else None)
        if keyword_answer is not None:
            return keyword_answer
        if intents.asks_ordinal(rules):
            ordinal = self._ordinal(query, scope)
            if ordinal is not None:
                return ordinal
        if several is not None:
            return several
        return self._indicator_or_passage(query, scope, matches, progress=progress)

    def _keyword_answer(
        self, query: Query, scope: tuple[int, ...], best: IndicatorMatch | None
    ) -> Answer | None:
        """Answers questions about money, facts and listings named by keywords.

        An indicator named (nearly) in full wins, and so does a well-matched indicator
        whose own name holds the keyword: 预算执行率 is an indicator, not the budget,
        and 二期改造完成时间 is not the project's 计划完成日期.
        """
        if best is not None and best.strong:
            return None
        rules = query.rules
        if LEVEL_SUFFIX in query.remainder and self._read_filter(query).row_filter.narrows:
            return self._listing(query, scope)
        money = intents.money_rule(rules)
        # 养护成本要多少钱 asks the target of a cost indicator in 万元, not the budget.
        cost = self._money_row(query, best, money[1] if money else None)
        if money is not None and not cost and not _explains(best, query.cues[money[0]]):
            computed = self._calculator.money_operation(query, money[1], scope)
            return computed or self._money(money[1], self._uncomputed(query), scope)
        if intents.asks_projects(rules) and not query.project_ids:
            return ProjectList(self.catalog.projects)
        if intents.asks_listing(rules) or intents.asks_count(rules):
            return self._listing(query, scope)
        if (best is None or best.score < CONFIDENT_SCORE) and self._read_filter(
            query
        ).row_filter.unit:
            return self._listing(query, scope)  # 以座为单位的: rows, though 指标 is not said
        if (best is None or best.score < CONFIDENT_SCORE) and self._level_only(query):
            return self._listing(query, scope)
        fact = intents.fact_rule(rules)
        if fact is not None and not _explains(best, query.cues[fact[0]]):
            # 设施修复什么时候完成 asks the deadline of 设施修复及时性, not the project's end.
            deadline = _names_indicator(best) and best.indicator.target.kind is (
                IndicatorKind.DEADLINE
            )
            if not (deadline and fact[1] in DATE_FIELDS):
                return FactAnswer(fact[1], self.catalog.projects_in(scope))
        return None

    def _money_row(
        self, query: Query, best: IndicatorMatch | None, money: MoneyField | None
    ) -> bool:
        """Tells whether a row counted in money answers an ask about money.

        养护成本要多少钱 names the row; 成本多少钱 too: 钱 only says money is asked.
        """
        if best is None or best.indicator.target.unit not in MONEY_UNITS:
            return False
        if _names_indicator(best):
            return True
        row = best.indicator
        name = strip_punctuation(self._normalizer.normalize(row.name))
        return (
            money is MoneyField.BUDGET
            and any(term.token in name for term in query.terms)  # 成本 of 成本控制数
            and not self._evidence.unexplained(
                query.remainder, explained_by=(row.name, row.level1, row.level2), cues=query.cues
            )
        )

    def _several(
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
        subs = [self._scoper.loose(self.read(part)) for part in query.parts]
        named = {sub.project_ids for sub in subs if sub.project_ids}
        each = (
            intents.asks_each(query.rules)
            or len(named) > 1  # 国际交流项目的…和企业项目的…
            or any(_names_field(sub) for sub in subs)
        )
        whole_named = bool(matches and matches[0].strong and not each)
        if whole_named and not any(word in query.text for word in SENTENCE_JOINERS):
            return None
        parts = self._parts_answered(subs, scope, progress=progress)
        answers, unmatched = tuple(parts.answers), tuple(parts.unmatched)
        several = SeveralIndicators(answers, unmatched, tuple(parts.others))
        if whole_named:
            # 建设指引印几套？验收合格率要求多少: the whole names one row, the asks two.
            return several if _each_part_answered(several) else None
        if len(answers) + len(parts.others) >= 2:
            return several
        if answers and unmatched and self._left_open(answers[0], matches, unseen=parts.unseen):
            return SeveralIndicators(answers, unmatched)
        return None

    def _parts_answered(
        self, subs: list[Query], scope: tuple[int, ...], *, progress: bool
    ) -> _Parts:
        """Answers each part, then the parts left open by elimination (实习岗位)."""
        parts = _Parts()
        for sub in subs:
            if sub.terms or _names_field(sub):
                self._answer_part(sub, scope, parts, progress=progress)
        for label, matches_left in parts.pending:
            resolved = self._by_elimination(matches_left, parts.seen, progress=progress)
            if resolved is not None and parts.answers:
                parts.answers.append(resolved)
            elif label:
                parts.unmatched.append(label)
        return parts

    def _answer_part(
        self, sub: Query, scope: tuple[int, ...], parts: _Parts, *, progress: bool
    ) -> None:
        """Answers one part of a question with several asks, or notes why it cannot."""
        within = sub.project_ids or scope
        found = self._matcher.match(sub, project_ids=within)
        if within and not sub.project_ids and not _names_indicator(found[0] if found else None):
            # 数字化改造展区几个，道路养护多长: a row another project holds, named in full.
            anywhere = self._matcher.match(sub, project_ids=())
            found = anywhere if _names_indicator(anywhere[0] if anywhere else None) else found
        resolved = resolve_indicator(found, progress=progress)
        if isinstance(resolved, Clarification):
            resolved = self._narrowed(sub, resolved)
        if isinstance(resolved, Clarification):
            parts.pending.append((self.lexicon.content_text(sub.remainder), found))
            return
        if isinstance(resolved, IndicatorAnswer) and self._part_named(sub, found[0]):
            fresh = tuple(ind for ind in resolved.indicators if ind.id not in parts.seen)
            parts.seen.update(ind.id for ind in fresh)
            if fresh:
                parts.answers.append(replace(resolved, indicators=fresh))
            return
        keyword = self._keyword_answer(sub, within, found[0] if found else None)
        if isinstance(keyword, MoneyAnswer | FactAnswer):
            parts.others.append(keyword)
            return
        label = self.lexicon.content_text(sub.remainder)
        if label:
            parts.unmatched.append(label)
            parts.unseen = parts.unseen or any(t.token not in self._weights for t in sub.terms)

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
        if _names_indicator(best):
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

    def _level_only(self, query: Query) -> bool:
        """Tells whether a question names nothing but a level, in full (生态效益指标)."""
        level = _find_level(query.remainder, self._levels)
        if level is None or not query.terms:
            return False
        name = self._normalizer.normalize(level)
        return name in query.remainder and all(term.token in name for term in query.terms)

    def _uncomputed(self, query: Query) -> Aggregate:
        """Returns how to show amounts whose asked arithmetic could not be done.

        A difference or a ratio that found no two operands shows each project's amount,
        never their total (两个项目的预算差额 must not answer 合计).
        """
        asked = self._calculator.operation_asked(query)
        if asked is None or asked in (Operation.SUM, Operation.AVERAGE):
            return intents.aggregate(query.rules)
        return Aggregate.EACH

    def _money(self, money: MoneyField, aggregate: Aggregate, scope: tuple[int, ...]) -> Answer:
        projects = self.catalog.projects_in(scope)
        if len(projects) < 2:
            aggregate = Aggregate.EACH
        return MoneyAnswer(money, aggregate, projects)

    def _read_filter(self, query: Query) -> ReadFilter:
        level = _find_level(query.remainder, self._levels)
        return read_filter(query.remainder, words=self._filter_words, level=level)

    def _listing(self, query: Query, scope: tuple[int, ...]) -> IndicatorList | HeadingList:
        found = self._read_filter(query)
        if found.tier is not None and not found.row_filter.level and not found.row_filter.narrows:
            return self._headings(query, scope, found.tier)
        named = self._named_in_rows(query, found, scope)
        if named:
            found = replace(found, row_filter=replace(found.row_filter, words=named))
        groups = []
        for project in self.catalog.projects_in(scope):
            chosen = select_rows(project.indicators, found.row_filter)
            if chosen:
                groups.append(IndicatorGroup(project, chosen))
        count_only = _asks_count(query, found.row_filter.level)
        rank = intents.aggregate(query.rules) if count_only else Aggregate.EACH
        return IndicatorList(
            tuple(groups),
            found.row_filter.level,
            count_only,
            rank,
            row_filter=found.row_filter,
            filter_words=found.words,
        )

    def _filtered_total(self, query: Query, scope: tuple[int, ...]) -> FigureCalculation | None:
        """Adds up (or averages) the targets of the rows a filter keeps (以次为单位的指标加总).

        Only when every row kept is a number in one unit and the rows explain the question.
        Words that narrow the rows further (按场计的活动) may only describe them, so the
        total without them is given beside.
        """
        operation = self._operations.read(query.remainder, tokens=self._tokens(query))
        if operation not in (Operation.SUM, Operation.AVERAGE):
            return None
        asked = frozenset(self._operations.words.get(operation, ()))
        if not self.lexicon.spans_of(query.remainder, asked):
            return None  # 加 inside 参加 adds nothing up
        wanted = self._read_filter(query).row_filter
        if all(c is None for c in (wanted.unit, wanted.kind, wanted.value, wanted.bound)):
            return None  # 不少于多少 asks a value; only a unit, kind or value picks rows
        listing = self._listing(query, scope)
        if not isinstance(listing, IndicatorList):
            return None
        rows = [ind for group in listing.groups for ind in group.indicators]
        total = self._total_of(rows, operation)
        if total is not None and intents.asks_count(query.rules):
            # 一共有多少个以场计的指标 counts rows; 几个指标加总是多少次 asks in their unit.
            asked_in = re.search(rf"(?:多少|几){re.escape(total.unit or '')}", query.text)
            if not total.unit or asked_in is None:
                return None
        texts = [*(self._explaining_texts(listing) or []), *(ind.name for ind in rows)]
        if total is None or self._evidence.unexplained(
            query.remainder, explained_by=texts, cues=query.cues
        ):
            return None
        if not listing.row_filter.words:
            return total
        wider = replace(listing.row_filter, words=())
        wider_rows = [
            row
            for project in self.catalog.projects_in(scope)
            for row in project.indicators
            if wider.accepts(row)
        ]
        wider_total = self._total_of(wider_rows, operation)
        if len(wider_rows) == len(rows) or wider_total is None:
            return total
        return replace(total, wider=wider_total, narrowed_by=listing.row_filter.words)

    def _total_of(
        self, rows: list[IndicatorInfo], operation: Operation
    ) -> FigureCalculation | None:
        """Returns the sum or average of rows' targets, when all are numbers in one unit."""
        figures = [target_figure(self.catalog.project(ind.project_id), ind) for ind in rows]
        kept = [figure for figure in figures if figure is not None]
        if len(rows) < 2 or len(kept) < len(rows) or len({f.unit for f in kept}) > 1:
            return None
        operands = tuple(Operand(figure.project.name, figure.value) for figure in kept)
        calculation = calculate(operation, operands)
        if calculation is None:
            return None
        return FigureCalculation(calculation, kept[0].unit, figures=tuple(kept))

    def _headings(self, query: Query, scope: tuple[int, ...], tier: int) -> HeadingList:
        """Lists the 一级 or 二级 headings of each project with their numbers of rows."""
        groups = []
        for project in self.catalog.projects_in(scope):
            counts: dict[str, int] = {}
            for indicator in project.indicators:
                heading = indicator.level1 if tier == 1 else indicator.level2
                counts[heading] = counts.get(heading, 0) + 1
            groups.append(HeadingGroup(project, tuple(counts.items())))
        count_only = intents.asks_count(query.rules) and not intents.asks_listing(query.rules)
        return HeadingList(tuple(groups), tier, count_only)

    def _named_in_rows(
        self, query: Query, found: ReadFilter, scope: tuple[int, ...]
    ) -> tuple[str, ...]:
        """Returns the words a listing asks the names to hold (有没有关于安全的指标 → 安全).

        Only nouns and adjectives of two characters or more count; a word of a project's
        name (企业科创服务那个项目: 企业) says which project, not which rows.
        """
        level = found.row_filter.level or ""
        explained = (level, LEVEL_SUFFIX, *found.words)
        words = self._evidence.unexplained(
            query.remainder, explained_by=explained, cues=query.cues, nouns_only=False
        )
        names = (
            "\n".join(self._row_names.get(project_id, "") for project_id in scope)
            if scope
            else self._all_row_names
        )
        written = self._evidence.written_in(query.remainder, texts=names, cues=query.cues)
        written = tuple(word for word in written if not any(word in text for text in explained))
        canonical = self.lexicon.vocabulary.canonical
        return tuple(
            dict.fromkeys(
                canonical.get(word, word)
                for word in (*words, *written)
                if len(word) >= MIN_TERM_NAME_CHARS
                and not word.isdigit()  # 80 of 80以上 bounds the value, names no row
                and (word in written or self._evidence.describes_rows(word))
                and not self._names_project(query.text, word)
            )
        )

    def _names_project(self, text: str, word: str) -> bool:
        """Tells whether a word only continues a project's short name (企业 of 企业科创服务)."""
        if not any(word in name for name in self._names_text):
            return False
        spans = [(m.start, m.end) for m in self.lexicon.find_projects(text)]
        start = text.find(word)
        while start >= 0:
            end = start + len(word)
            if not any(end == s or start == e for s, e in spans):
                return False
            start = text.find(word, end)
        return True

    def _ordinal(self, query: Query, scope: tuple[int, ...]) -> Answer | None:
        asked = _ASKED_ORDINAL_UNIT.search(query.text)
        if asked is not None and asked.group(1) not in ORDINAL_UNITS:
            return None  # 第几名 asks a rank, not which 届 or 期
        found = self._retriever.search(
            query,
            project_ids=scope,
            pattern=_ORDINAL,
            sources=(PassageSource.GOAL, PassageSource.INDICATOR),
            limit=1,
        )
        if found and found[0].coverage >= WEAK_PASSAGE_COVERAGE:
            return PassageAnswer(tuple(found))
        return None

    def _indicator_or_passage(
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
        if passage is not None and self._passage_wins(query, passage, best):
            return self._calculator.goal_figures(query, passage) or PassageAnswer((passage,))
        resolved = resolve_indicator(matches, progress=progress)
        if resolved is not None:
            return resolved
        if passage is not None and passage.coverage >= WEAK_PASSAGE_COVERAGE:
            return PassageAnswer((passage,))
        return self._fallback(query, scope, matches, progress=progress)

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

    def _passage_wins(
        self, query: Query, passage: PassageMatch, best: IndicatorMatch | None
    ) -> bool:
        """Tells whether a goal sentence answers better than the best indicator."""
        if passage.coverage >= MIN_PASSAGE_COVERAGE and (
            best is None or passage.coverage >= best.precision + PASSAGE_MARGIN
        ):
            # Asked 几场 and the indicator counts 场 while the sentence states no 场: the
            # sentence only shares words with the question, the indicator has the number.
            return not (
                best is not None
                and query.unit is not None
                and (
                    best.score >= CONFIDENT_SCORE
                    or (
                        best.score >= MIN_INDICATOR_SCORE
                        and best.indicator.target.unit == query.unit
                    )
                )
                and self._matcher.unit_fits(query.unit, best.indicator.target.unit)
                and best.indicator.target.unit is not None
                and not states_quantity(passage.passage.text, query.unit, self._normalizer)
            )
        # Asked in 周 while the indicator counts 人, and the sentence says 5周: quote it.
        if query.unit is not None and query.unit != GENERIC_MEASURE_WORD:
            return (
                passage.coverage >= UNIT_PASSAGE_COVERAGE
                and (best is None or not self._counts_in(best.indicator, query.unit))
                and states_quantity(passage.passage.text, query.unit, self._normalizer)
            )
        if passage.coverage < WEAK_PASSAGE_COVERAGE:
            return False
        if query.unit is not None:
            return (
                best is None or not self._counts_in(best.indicator, query.unit)
            ) and states_quantity(passage.passage.text, query.unit, self._normalizer)
        return self._states_duration(query, passage, best)

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

    def _fallback(
        self,
        query: Query,
        scope: tuple[int, ...],
        matches: list[IndicatorMatch],
        *,
        progress: bool,
    ) -> Answer:
        if len(query.project_ids) == 1 and not query.terms:
            if query.unit is None:
                return ProjectOverview(self.catalog.projects_in(query.project_ids)[0])
            # 要印的书要几套: asked in a unit, so the one row counting in it, never an overview.
            fitting = [
                indicator
                for indicator in self.catalog.projects_in(query.project_ids)[0].indicators
                if self._counts_in(indicator, query.unit)
            ]
            if len(fitting) == 1:
                return IndicatorAnswer((fitting[0],), progress=progress, understood=True)
        suggestions = [m.indicator for m in matches if m.score >= MIN_SUGGESTION_SCORE]
        if suggestions and not intents.is_small_talk(query.rules):
            return Clarification(tuple(suggestions[:MAX_SUGGESTIONS]), progress=progress)
        return OutOfScope(greeting=intents.is_small_talk(query.rules))

    def _counterpart(
        self, previous: IndicatorInfo, scope: tuple[int, ...], *, progress: bool
    ) -> Answer | None:
        """Finds the indicator of another project that matches ``previous`` (满意度 → 满意度)."""
        matches = self._matcher.match(self.read(previous.name), project_ids=scope)
        resolved = resolve_indicator(matches, progress=progress)
        if isinstance(resolved, IndicatorAnswer):
            return resolved
        # The only indicator under the same 一级 / 二级 heading is the counterpart.
        peers = [
            indicator
            for project in self.catalog.projects_in(scope)
            for indicator in project.indicators
            if _same_level(indicator, previous)
        ]
        if len(peers) == 1:
            return IndicatorAnswer((peers[0],), progress=progress)
        return resolved

    def _repeat(self, context: FollowUp, scope: tuple[int, ...]) -> Answer | None:
        """Asks the previous turn's question again for the projects now named (那国际项目呢)."""
        topic = context.topic
        match topic:
            case None | Topic.PASSAGE | Topic.OVERVIEW | Topic.CHOICE:
                return None
            case Topic.MONEY:
                money = _enum_value(MoneyField, context.subject)
                if money is None:
                    return None
                return MoneyAnswer(money, Aggregate.EACH, self.catalog.projects_in(scope))
            case Topic.FACT:
                fact = _enum_value(ProjectField, context.subject)
                return None if fact is None else FactAnswer(fact, self.catalog.projects_in(scope))
            case Topic.TARGET | Topic.PROGRESS:
                previous = (
                    self.indicator(context.indicator_ids[0]) if context.indicator_ids else None
                )
                if previous is None:
                    return None
                return self._counterpart(previous, scope, progress=topic is Topic.PROGRESS)
            case Topic.LISTING:
                groups = tuple(
                    IndicatorGroup(p, p.indicators) for p in self.catalog.projects_in(scope)
                )
                return IndicatorList(groups, None, count_only=False)
            case _:
                assert_never(topic)


def _goals_of(project: ProjectInfo) -> tuple[str, str]:
    return project.overall_goal, project.annual_goal


def _each_part_answered(several: SeveralIndicators) -> bool:
    """Tells whether every part of a question found one row of its own (展区几个，二期何时)."""
    return (
        not several.unmatched
        and len(several.answers) >= 2
        and all(len(part.indicators) == 1 for part in several.answers)
    )


def _common_substring(texts: list[str]) -> str:
    """Returns the longest text written in all of ``texts`` (empty when none is)."""
    shortest = min(texts, key=len, default="")
    for size in range(len(shortest), MIN_SHARED_CHARS - 1, -1):
        for start in range(len(shortest) - size + 1):
            part = shortest[start : start + size]
            if all(part in text for text in texts):
                return part
    return ""


def _amount_for_a_rate(query: Query, answer: Answer) -> bool:
    """Tells whether an amount of money would answer a question asked in another unit."""
    return (
        isinstance(answer, MoneyAnswer)
        and answer.operation is None
        and query.unit is not None
        and query.unit not in MONEY_UNITS
    )


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


def _names_field(query: Query) -> bool:
    """Tells whether a question (or part) asks for an amount or a header fact (年度目标)."""
    return bool(intents.money_rule(query.rules) or intents.fact_rule(query.rules))


def _words_of_rules(vocabulary: Vocabulary) -> dict[str, frozenset[str]]:
    """Returns every keyword of each rule name."""
    words: dict[str, set[str]] = {}
    for rule in vocabulary.rules:
        words.setdefault(rule.name, set()).update(word for group in rule.groups for word in group)
    return {name: frozenset(found) for name, found in words.items()}


def _names_only(query: Query) -> bool:
    """Tells whether a message only names one project (the answer to "which project?")."""
    return len(query.project_ids) == 1 and not query.terms


def _spans_projects(query: Query) -> bool:
    """Tells whether a question is about several projects at once (totals, comparisons)."""
    return intents.money_field(query.rules) is not None and (
        intents.aggregate(query.rules) is not Aggregate.EACH
    )


def _names_indicator(match: IndicatorMatch | None) -> TypeGuard[IndicatorMatch]:
    """Tells whether the question's content words name this indicator."""
    return (
        match is not None
        and match.score >= CONFIDENT_SCORE
        and match.precision >= STRONG_PRECISION
    )


def _explains(match: IndicatorMatch | None, cues: frozenset[str]) -> bool:
    """Tells whether a well-matched indicator's own name holds a keyword of the question."""
    return (
        match is not None
        and match.score >= CONFIDENT_SCORE
        and any(cue in match.text for cue in cues)
    )


def _same_level(indicator: IndicatorInfo, other: IndicatorInfo) -> bool:
    return (indicator.level1, indicator.level2) == (other.level1, other.level2)


def states_quantity(text: str, unit: str, normalizer: Normalizer) -> bool:
    """Tells whether ``text`` states a number in ``unit`` (19家, 5 周)."""
    pattern = rf"\d\s*(?:余|多)?\s*{re.escape(unit)}"  # 3000余份
    return re.search(pattern, normalizer.normalize(text)) is not None


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
    return names


def _find_level(text: str, levels: dict[str, str]) -> str | None:
    """Returns the level a text names; of two, the longer, then the later (产出指标里数量指标)."""
    found = [name for name in levels if name in text]
    return levels[max(found, key=lambda name: (len(name), text.rfind(name)))] if found else None


def _followup_after(answer: Answer, *, scope: tuple[int, ...], previous: FollowUp) -> FollowUp:
    """Returns the state a follow-up of ``answer`` needs."""
    if isinstance(answer, SeveralIndicators):
        answered = [ind for part in answer.answers for ind in part.indicators]
        progress = any(part.progress for part in answer.answers)
        kind = Topic.PROGRESS if progress else Topic.TARGET
        owners = tuple(dict.fromkeys(ind.project_id for ind in answered))
        return FollowUp(owners, tuple(ind.id for ind in answered), kind)
    if isinstance(answer, IndicatorAnswer | Clarification):
        indicators = answer.indicators if isinstance(answer, IndicatorAnswer) else ()
        chosen = indicators or (answer.candidates if isinstance(answer, Clarification) else ())
        topic = Topic.PROGRESS if answer.progress else Topic.TARGET
        projects = tuple(dict.fromkeys(ind.project_id for ind in chosen))
        return FollowUp(projects, tuple(ind.id for ind in chosen), topic)
    if isinstance(answer, MoneyAnswer):
        return FollowUp(_ids(answer.projects), (), Topic.MONEY, subject=answer.field)
    if isinstance(answer, FactAnswer):
        return FollowUp(_ids(answer.projects), (), Topic.FACT, subject=answer.field)
    if isinstance(answer, IndicatorList):
        return FollowUp(_ids(group.project for group in answer.groups), (), Topic.LISTING)
    if isinstance(answer, PassageAnswer):
        ids = tuple(dict.fromkeys(match.passage.project_id for match in answer.matches))
        return FollowUp(ids, (), Topic.PASSAGE)
    if isinstance(answer, ProjectOverview):
        return FollowUp((answer.project.id,), (), Topic.OVERVIEW)
    if isinstance(answer, ProjectChoice):
        return FollowUp(_ids(answer.projects), (), Topic.CHOICE, answer.question)
    return previous if not isinstance(answer, ProjectList) else FollowUp()


def _enum_value(kind: type[_E], value: str) -> _E | None:
    """Returns the member of ``kind`` named by ``value``, or None for a stale value."""
    try:
        return kind(value)
    except ValueError:
        return None


def _ids(projects: Iterable[ProjectInfo]) -> tuple[int, ...]:
    return tuple(project.id for project in projects)
