"""The question engine: one question (and what came before) in, a structured answer out."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import replace
from typing import TypeGuard, assert_never

from rapidfuzz import fuzz

from knowledge.arithmetic import Operand, Operation, calculate
from knowledge.catalog import Catalog, IndicatorInfo, ProjectInfo
from knowledge.goals import part_pointed_at, part_titled_in
from knowledge.model import Funding, IndicatorKind
from knowledge.units import MONEY_UNITS
from nlu import intents
from nlu.agreement import FigureChecks, asks_check, claim_asked, load_check_words
from nlu.answers import (
    Answer,
    Clarification,
    FactAnswer,
    FigureCalculation,
    FigureMismatch,
    FigureRanking,
    FollowUp,
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
from nlu.arithmetic import (
    LISTED_TOGETHER,
    ROW_ASKED,
    ROW_BY_FIGURE_ASKED,
    WHOLE_ASKED,
    OperationWords,
    asks_after_told,
    asks_per_twice,
    base_said_first,
    basis_said_plainly,
    calculation_said_plainly,
    equals_said_as_is,
    exactness_dropped,
    formula_said_in_words,
    goal_part_place_dropped,
    load_operation_words,
    method_told_as_basis,
    one_as_each,
    others_ignored_dropped,
    per_ask,
    per_ask_completed,
    per_result_dropped,
    per_said_again,
    periods_asked_apart,
    places_asked,
    project_share_said_plainly,
    projects_listed_dropped,
    remark_after_calculation,
    rough_figure_settled,
    second_measure_asked,
    share_formula_said,
    share_in_sum_said_plainly,
    share_within_asked,
    unstated_span,
    with_amount_lent,
    without_basis_named,
    without_form_note,
    without_unit_directive,
    without_working_asked,
)
from nlu.asides import MIN_FORM_WORD_CHARS, owner_of_projects_dropped, without_asides
from nlu.bullets import bullets_joined
from nlu.calculations import GENERIC_PER, Calculator, per_unit, share_of_kept, with_places
from nlu.chains import ChainedAsks, points_back, replace_value
from nlu.checking import (
    ASKED_ORDINAL_UNIT,
    DATE_FIELDS,
    ORDINAL_UNITS,
    AnswerChecker,
    ordinal_written,
)
from nlu.corrections import respelled, restated
from nlu.cues import cue_words
from nlu.display_wishes import display_wish_apart, shown_as_wished, table_header_dropped
from nlu.evidence import Evidence
from nlu.figure_recalled import FigureRecall
from nlu.figures import (
    COLUMN_PARTS,
    YUAN,
    asked_column,
    rest_of_column,
    spans_years,
    target_figure,
)
from nlu.filters import load_filter_words, measure_unit_asked
from nlu.followups import enum_value, followup_after
from nlu.frameworks import framework_parts_as_levels
from nlu.intents import GOAL_FIELDS, Aggregate, MoneyField, ProjectField
from nlu.labelled import LabelledFields
from nlu.layout import FormRow, LayoutPointers
from nlu.lexicon import Lexicon, build_lexicon
from nlu.listing import LEVEL_SUFFIX, RowLister, rows_in_order
from nlu.matcher import CONFIDENT_SCORE, MIN_INDICATOR_SCORE, IndicatorMatch, IndicatorMatcher
from nlu.methods import method_asked
from nlu.normalize import Normalizer, strip_punctuation
from nlu.ordering import longest_first
from nlu.paperwork import writing_task_left_out
from nlu.pasted import pasted_read
from nlu.per_unit_said import per_unit_said_plainly
from nlu.plain_words import PlainWords, compounds_joined
from nlu.query import ASKING, Query, asked_money_unit, asks_twice, chained_apart, read_query
from nlu.quoted_amounts import Mention, columns_asked, with_columns_named, with_divisor_after
from nlu.rate_applied import rate_applied_answer, rate_applied_asked
from nlu.relative_years import (
    load_relative_years,
    relative_year_words,
    year_told_apart,
    years_spanned,
    years_written_plainly,
)
from nlu.relays import relayed_ask
from nlu.resolution import names_indicator, resolve_indicator
from nlu.retrieval import (
    PassageMatch,
    PassageRetriever,
    PassageSource,
    asked_goal_part_words,
    asked_goal_parts,
    asks_which_part,
    goal_part,
    part_titled,
)
from nlu.scaling import (
    Exclusion,
    Scale,
    beside_other_part,
    excluded_answer,
    exclusion_asked,
    figures_worked,
    load_scale_words,
    offset_answer,
    offsets_asked,
    one_figure_of,
    only_set_aside,
    other_part_quoted,
    quotient_asked,
    read_elsewhere,
    said_again,
    scaled_answer,
    scales_asked,
    supposes,
    supposing_dropped,
    supposition_dropped,
)
from nlu.scoping import ProjectScoper, header_set_said_plainly, runs_over
from nlu.second_look import SecondLook
from nlu.several import (
    SETTLING,
    ListedProjects,
    SeveralAsks,
    asks_listed_by_plus,
    bare_taken_back,
    dictated_apart,
    each_asked,
    each_part_answered,
    glued_apart,
    header_pairs_said,
    left_out_after_one_ask,
    one_guessed_for_each,
    pieces_of,
    refused_only,
    same_one_asked,
    settled_asks,
)
from nlu.single_ask import (
    MIN_PASSAGE_COVERAGE,
    WEAK_PASSAGE_COVERAGE,
    SingleAsk,
    compile_stated_quantities,
)
from nlu.sounds import SimilarSlips, SoundedNames, latin_terms, load_likenesses
from nlu.spelled import (
    CoinedWords,
    OtherNames,
    SpelledOut,
    SplitHeadings,
    topic_said_plainly,
)
from nlu.statements import (
    Premise,
    SetApart,
    against_form,
    confirmed_figure,
    figures_told,
    load_statement_words,
    plan_told,
    premise_holds,
    premises_said,
    result_joined,
    set_apart,
    told_against,
    told_figures,
    told_words,
    without_mixed_up,
)
from nlu.typos import PhraseSlips, TypoFixer, bare_phrases, name_endings
from nlu.vocabulary import Vocabulary, load_vocabulary
from nlu.weights import TermWeights

MAX_SHARED_SCOPE = 3  # a short name shared by more projects than this is asked back
MAX_PROJECT_CHOICES = 5
HEADER_RULES = ("fact:", "money:")  # the rules of the fields of a project's header
PROJECT_SUFFIX = "项目"  # 企服项目: the name of a project said with the word for one
_SENTENCE_INSIDE = re.compile(r"[？?。！!；;](?!\s*$)")  # a sentence ends before the last
READ_MEMO_SIZE = 64  # texts whose reading is kept (a question reads a few)
ASKING_MARKS = ("哪", "什么", "谁", "啥", "几", "何")  # words that ask, not name
FULL_FIELD_NAME_CHARS = 4  # 开始日期, 主管部门: a field named in full is asked on its own
MIN_SENTENCES = 2  # a question whose sentences may each scale their own figure
MIN_ITEM_CHARS = 2  # a word naming one item a row lists (结业仪式 of 启动仪式、结业仪式)
MIN_ITEMS_NAMED = 2  # items of a row's list a sum names, which the row counts together
MAX_NAMESAKES = 10  # an indicator found in more projects than this is asked back
PER_MARK = "每"
FACT_ASK_WORDS = ("哪", "什么", "谁", "啥")  # 哪个部门, 什么单位, 由谁: a keyword that asks
CHECK_ENDINGS = ("吗", "么", "对吧", "对吗")  # 国交的钱是市科协管的吗: a field checked
CHECK_WORDS = ("是不是", "是否")
CHECK_END_MARKS = "？?。. "
AMOUNT_ASK_WORDS = ("多少", "几", "啥", "什么", "哪", "金额", "数额")  # an amount asked besides
PROJECTS_RULE = "projects"
MONEY_CAP_RULE = "money_cap"  # 花钱上限, 经费最多多少: the bound a cost row sets
CAP_OPERATORS = ("≤", "<")
SPENT_FIELDS = (None, MoneyField.BUDGET, MoneyField.ANNUAL_TOTAL)  # 开支上限 names no field
DEMONSTRATIVES = ("这", "那")  # 这几个项目里: the projects at hand
DIVIDING = frozenset({Operation.AVERAGE, Operation.PER})  # a row's total is no average
# Operations one row's figure can never be the result of (it is one of the operands).
COMPARISONS = frozenset(
    {Operation.DIFFERENCE, Operation.RATIO, Operation.PERCENT_DIFFERENCE, Operation.PERCENT_OF}
)  # 每套: how a per-unit ask the form cannot answer is named back
# Answers a question split into its sentences may improve on, and those it never replaces.
UNSETTLED = (NotInForm, Clarification, SeveralIndicators)
# Answers an ask naming no thing may take from the thing a told clause names (…几家).
LENT_ANSWERS = (IndicatorAnswer, MoneyAnswer, FigureCalculation)
LENT_FROM = (NotInForm, OutOfScope, Clarification)  # the ask alone found nothing
# Arithmetic is one ask over its operands (站点19家，市级28家，一共几家).
ONE_ASK = (FigureCalculation, FigureMismatch, FigureRanking)
PLAIN_FIGURES = (MoneyAnswer, IndicatorAnswer)  # one figure of the form, nothing worked
_DIGIT = re.compile(r"\d")
_FIRST_SENTENCE = re.compile(r"[^？?。！!]+[？?。！!]")  # 下限为多少？: a sentence and its end
_SENTENCE_END = re.compile(r"[？?。！!](?=.)")  # a sentence ends before another starts
_FIGURE_ENDINGS = frozenset("吗呢吧么啊呀多以左上余来")  # 2000吗, 2000多, 2000以上: a figure
_ORDINAL = ordinal_written(ORDINAL_UNITS)
_YEAR = re.compile(r"((?:19|20)\d{2})年")
# A year with its month is a date asked about (2023年7月开始的吧), not the year of a form.
_IN_A_DATE = re.compile(r"\d+年\d{1,2}月")
# A year written without 年 before or after a word (2027企服预算, 运维2025预算): four digits not
# said as a figure (after ≥, 是, 约…) and followed by a word, not a unit, digit or ask (2000元,
# 2025吗); only years near the forms loaded count (MAX_BARE_YEAR_DISTANCE).
_BARE_YEAR = re.compile(r"(?<![\d.%≥≤=<>是为达到共约近超过])((?:19|20)\d{2})(?=[\u4e00-\u9fff])")
MAX_BARE_YEAR_DISTANCE = 5
# 明年翻倍, 明年要是增加两成: a coming year (nlu/data/years.txt) said right before a change
# asked of a figure, with these words between.
_BEFORE_CHANGE = "(?:要是|如果|假如|再|都|想|打算)?$"
MAX_CHANGED_NAME = 12  # 明年的预算案增加15%: the words naming the figure between year and change
PART_OF = "的"  # 预算的一半: a part of a figure, no change of it
_FIGURE_BEFORE_CHANGE = f"的?[^，,。；;？?！!\\d年]{{1,{MAX_CHANGED_NAME}}}$"
_SHORT_YEAR = re.compile(r"(?<![\d.第])(\d{2})年(?!代|级|前|后|内|来|间)")  # 27年预算, 25年度
_CJK_CHARS = re.compile(r"[\u4e00-\u9fff]+")


class QuestionEngine:
    """Understands questions about one catalog; build it once at start-up.

    The engine reads the question, scopes it to projects and dispatches it: arithmetic to
    the calculator, filtered rows to the lister, several asks to :class:`SeveralAsks`, one
    ask to :class:`SingleAsk`; the checker then holds the answer against the question.
    """

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
        self._vocabulary = frozenset(self._weights.vocabulary)  # every token of the forms
        self._matcher.set_weights(self._weights)
        self._retriever.set_weights(self._weights)
        self._project_words = self._words_of_projects()
        self._spelled = SpelledOut(form_words=self._vocabulary, cut=self.lexicon.cut)
        self._other_names = OtherNames()
        self._plain_words = PlainWords(
            self.lexicon.cut,
            form_words=self._vocabulary,
            measures=self.lexicon.vocabulary.units,  # 几多条: 几 / 多条
        )
        self._headings = SplitHeadings(
            (heading for row in catalog.indicators for heading in (row.level1, row.level2)),
            rows=(self._normalizer.normalize(row.name) for row in catalog.indicators),
        )
        self._operations = load_operation_words()
        # 预算三成是多少: the words of money a part of the amount may follow without 的
        self._scale_words = replace(load_scale_words(), amounts=self._operations.money_words)
        self._read_memo: dict[str, Query] = {}  # a part is read again by its checks
        # 活动完成的日期: the works the deadline rows date, found once, not at every date ask.
        self._deadline_names = {
            project.id: tuple(
                row.name for row in project.indicators if row.target.kind is IndicatorKind.DEADLINE
            )
            for project in catalog.projects
        }
        self._statement_words = load_statement_words()
        self._plan_told = functools.partial(plan_told, words=self._statement_words)
        coming = "|".join(map(re.escape, relative_year_words(coming=True)))
        self._year_of_change = re.compile(f"(?:{coming}){_BEFORE_CHANGE}")
        self._year_after_change = re.compile(f"[，,\\s]*(?:{coming})")
        # 企服明年的预算增加15%: the coming year said of the figure the change is asked of
        self._year_of_changed = re.compile(f"(?:{coming})(?={_FIGURE_BEFORE_CHANGE})")
        self._evidence = Evidence(
            self.lexicon,
            # 起码 is tagged a noun, yet like 至少 it only bounds the figure asked.
            extra_phrasing=self._operations.all_words() | self._operations.bounds,
            setting=self._goal_setting(),
        )
        self._coined = CoinedWords(
            names=(row.name for row in catalog.indicators),
            word=self._plain_word,
            known=self._known_word,
        )
        self._typos = self._new_typo_fixer()
        self._lister = RowLister(
            catalog=catalog,
            lexicon=self.lexicon,
            normalizer=self._normalizer,
            evidence=self._evidence,
            operations=self._operations,
            filter_words=load_filter_words(self.lexicon.vocabulary.units),
        )
        self._checker = AnswerChecker(
            catalog=catalog,
            lexicon=self.lexicon,
            normalizer=self._normalizer,
            matcher=self._matcher,
            retriever=self._retriever,
            evidence=self._evidence,
            operations=self._operations,
            lister=self._lister,
            read=self.read,
        )
        self._calculator = self._new_calculator()
        self._years = frozenset(project.year for project in catalog.projects)
        self._relative_years = load_relative_years()
        self._written_years = self._years_in_names()
        self._scoper = ProjectScoper(
            catalog=catalog,
            lexicon=self.lexicon,
            normalizer=self._normalizer,
            evidence=self._evidence,
            operations=self._operations,
            read=self.read,
            project_words=self._project_words,
            matcher=self._matcher,
        )
        self._several = SeveralAsks(
            lexicon=self.lexicon,
            matcher=self._matcher,
            evidence=self._evidence,
            weights=self._weights,
            scoper=self._scoper,
            read=self.read,
            narrowed=self._checker.narrowed,
            keyword_answer=self._keyword_answer,
            settles=self._checker.settles,
            deadline=self._checker.deadline_for,
            ordinal=self._ordinal,
            wrong_unit=self._checker.wrong_unit,
            task_verbs=self._lister.task_verbs,
            checked=self._checker.checked,
            column_asked=self._lister.standard_asked,
            project_names=_newest_of_each(catalog),
            projects={project.id: project for project in catalog.projects},
            asks_spent=self._lister.asks_spent,
        )
        self._listed = ListedProjects(
            names=_newest_of_each(catalog),
            rows="\n".join(
                strip_punctuation(self._normalizer.normalize(row.name))
                for project in catalog.projects
                for row in project.indicators
            ),
            parts=self.lexicon.cut_parts,
        )
        self._chains = ChainedAsks(
            lexicon=self.lexicon, read=self.read, operation_asked=self._calculator.operation_asked
        )
        self._figure_recall = FigureRecall(catalog, find_projects=self.lexicon.find_projects)
        self._second_look = SecondLook(
            catalog=catalog,
            lexicon=self.lexicon,
            normalizer=self._normalizer,
            matcher=self._matcher,
            evidence=self._evidence,
            calculator=self._calculator,
            deadline_words=self._lister.kind_words(IndicatorKind.DEADLINE),
            retriever=self._retriever,
            read=self.read,
        )
        self._check_words = load_check_words()
        self._layout = LayoutPointers(
            project_names=[project.name for project in catalog.projects],
            rows=self._rows_by_project(),
            projects_named=self._projects_said,
        )
        self._labelled = LabelledFields(
            project_named=self._project_named_alone,
            names_field=self._names_header_field,
            levels=self._level_parents(),
        )
        self._figure_checks = _checks_of(self)
        self._single = SingleAsk(
            catalog=catalog,
            matcher=self._matcher,
            retriever=self._retriever,
            calculator=self._calculator,
            normalizer=self._normalizer,
        )

    def _new_typo_fixer(self) -> TypoFixer:
        """Builds the typo fixer from every text of the catalog and the words of questions."""
        normalize = self._normalizer.normalize
        texts = [
            normalize(text)
            for project in self.catalog.projects
            for text in (
                project.name,
                project.overall_goal,
                project.annual_goal,
                *(f"{item.title}。{item.text}" for item in project.goal_items),
                *(f"{ind.name}。{ind.level1}。{ind.level2}" for ind in project.indicators),
            )
        ]
        vocabulary = self.lexicon.vocabulary
        protected = (
            self._evidence.phrasing
            | vocabulary.units
            | self.lexicon.rule_words
            | frozenset(self._operations.all_words())
        )
        # 定性, 百分比: words a listing filters by are read through slips too (定姓, 百分必).
        filter_words = load_filter_words(vocabulary.units).all_words()
        form_texts = [*texts, *vocabulary.words(), *self.lexicon.rule_words, *filter_words]
        phrases = PhraseSlips(
            form_texts,
            cut=self.lexicon.cut,
            frequency=self.lexicon.frequency,
            parts=self.lexicon.cut_parts,
        )
        return TypoFixer(
            [*texts, *vocabulary.words()],
            protected=protected,
            frequency=self.lexicon.frequency,
            is_function_word=self._evidence.function_word,
            phrases=phrases,
            sounds=self._similar_slips(texts, phrases.words),
            names=SoundedNames(
                self.lexicon.aliases,
                likenesses=load_likenesses(),
                form_words=phrases.words | protected | self.lexicon.terms,
                is_function_word=self._evidence.function_word,
            ),
        )

    def _similar_slips(self, texts: list[str], phrases: frozenset[str]) -> SimilarSlips:
        """Builds the finder of characters of like sound or shape from the form's words."""
        names = [self._normalizer.normalize(ind.name) for ind in self.catalog.indicators]
        found = {
            *phrases,
            *self.lexicon.terms,
            *self.lexicon.shared_aliases,
            *bare_phrases(names, cut=self.lexicon.cut, parts=self.lexicon.cut_parts),
            *name_endings(names, cut=self.lexicon.cut, parts=self.lexicon.cut_parts),
        }
        # Question words and units are never what a slip stands for (手机号 is not 几号).
        asking = self.lexicon.vocabulary.question | self.lexicon.vocabulary.units
        return SimilarSlips(
            found - asking,
            texts=texts,
            likenesses=load_likenesses(),
            frequency=self.lexicon.frequency,
            phrasing=self._evidence.phrasing,
            units=self.lexicon.vocabulary.units,
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
            narrowed=self._checker.narrowed,
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

    def _goal_setting(self) -> str:
        """Returns every project's goals, normalised, one a line."""
        return "\n".join(
            self._normalizer.normalize(goal)
            for project in self.catalog.projects
            for goal in (project.overall_goal, project.annual_goal)
            if goal
        )

    def _years_in_names(self) -> dict[int, frozenset[int]]:
        """Returns the years each project's indicator names write (2026 年港澳台…实习)."""
        found: dict[int, set[int]] = {}
        for indicator in self.catalog.indicators:
            years = _YEAR.findall(self._normalizer.normalize(indicator.name))
            found.setdefault(indicator.project_id, set()).update(int(year) for year in years)
        return {project_id: frozenset(years) for project_id, years in found.items()}

    def index_word_classes(self) -> None:
        """Indexes the dictionary's part-of-speech tags now, for a long-running process:
        a one-question command looks up its few words without the index."""
        self._evidence.index_word_classes()

    def index_for_serving(self) -> None:
        """Builds now, for a long-running process, what its first questions would build: the
        tag index, the pattern of the projects' name words, the projects' descriptions and
        their goals read plain."""
        self.index_word_classes()
        self._listed.index()
        self._scoper.index()
        self._lister.index()  # the patterns of the headings' stems
        self._second_look.index()  # the projects' goals read plain
        compile_stated_quantities(sorted(self.lexicon.vocabulary.units))

    @property
    def matcher(self) -> IndicatorMatcher:
        """Returns the indicator matcher (exposed for tests and benchmarks)."""
        return self._matcher

    def _plain_word(self, word: str) -> bool:
        """Tells whether two characters make a dictionary word (成本, 控制)."""
        return _CJK_CHARS.fullmatch(word) is not None and bool(self.lexicon.frequency(word))

    def _known_word(self, word: str) -> bool:
        """Tells whether a word is one as written: the dictionary's, the form's or a project's
        short name (科创), never an abbreviation coined from two words."""
        return (
            bool(self.lexicon.frequency(word))
            or word in self._vocabulary
            or any(
                (found.start, found.end) == (0, len(word))
                for found in self.lexicon.find_projects(word)
            )
        )

    def read(self, text: str) -> Query:
        """Reads one question (exposed for tests and benchmarks); a text read lately is read
        once (an ask of several parts reads a part for its answer and again for its check)."""
        found = self._read_memo.get(text)
        if found is None:
            if len(self._read_memo) >= READ_MEMO_SIZE:
                self._read_memo.clear()
            found = self._read_memo[text] = self._read(text)
        return found

    def _read(self, text: str) -> Query:
        normalized = self._normalizer.normalize(text)
        spelled = topic_said_plainly(
            self._headings.rewritten(
                self._spelled.rewritten(
                    self._coined.rewritten(
                        self._other_names.rewritten(
                            self._lister.command_apart(self._lister.rows_named_plainly(normalized))
                        )
                    )
                )
            )
        )
        # Only a rewritten question is read normalised: ①② still number the asks.
        return read_query(
            text if spelled == normalized else spelled,
            lexicon=self.lexicon,
            normalizer=self._normalizer,
            weights=self._weights,
            phrasing=self._evidence.phrasing,
            typos=self._typos,
            bounds=self._operations.bounds,
        )

    def interpret(
        self,
        text: str,
        *,
        context: FollowUp | None = None,
        projects: tuple[int, ...] = (),
        whole: bool = True,
        told_apart: bool = True,
    ) -> Interpretation:
        """Answers ``text``; ``context`` is the follow-up state of the previous turn.

        ``projects`` fixes the projects the question is about (a project picked from
        the options of a :class:`ProjectChoice`); ``whole`` is False for one sentence of it;
        ``told_apart`` False reads the clauses telling the asker's own doings with the rest.
        """
        if whole:
            text = self._normalizer.simplified(text)  # 財政局複核：…
            text = respelled(text) or text  # …院土专家…（院土打错了，是院士）
            text = self._layout.rewritten(text)  # 第二页国交项目，表头第三行右边那格
            text = self._labelled.said_plainly(text) or text  # 项目：国交；条件：…；需要：…
            text = relayed_ask(text) or text  # 「方姐：国家级站点几家？」帮忙问下[抱拳]
            text = bullets_joined(text) or text  # 企服\n- 引入院士专家多少\n- 培育工作站几家
            # 服务科技工作者人数\t≥8000.00(人次)\n这两行…
            text = pasted_read(text, reads_alone=self._reads_alone) or text
            text = self._headings.unquoted(text)  # 二级指标“质量指标”项下
            text = table_header_dropped(text)  # 用表格列出（项目 | 指标 | 指标值）
            text = years_written_plainly(text)  # 2027nian, FY27, 27财年
            text = self._scoper.initials_written(text)  # gj的预算: 国交
            text = self._scoper.one_item_as_project(text)  # 场馆改造一项，由何单位承办
            text = header_set_said_plainly(text)  # 主管部门=上海市科学技术协会的项目
            text = self._lister.formal_said_plainly(text)  # 凡以“场”计者，烦请悉数开列
            text = framework_parts_as_levels(text)  # 按3E里的“经济性”维度: 成本指标
            # 公众号推文要写国交今年办几场论坛: the asker's writing task is no word of the form
            text = (
                writing_task_left_out(
                    text,
                    cut=self.lexicon.cut,
                    form_word=self._form_word,
                    names_project=self._names_project_loosely,
                    reads_alone=self._reads_alone,
                )
                or text
            )
            text = self._plain_words.rewritten(text)  # 什么辰光开始, 企服的budget
            text = self._counted_as_named(text)  # 国交参与人次定了多少: 活动参与人数
            text = compounds_joined(text, cut=self.lexicon.cut, known=self._known_compound)
            text = self._lister.fields_said_plainly(text)  # 国交 where 单位='人'
            text = self._lister.grouping_said_plainly(text)  # 按一级指标分一下，每类几条
            text = self._lister.extreme_of_unit_said_plainly(text)  # 人数最多的指标是哪个
            text = self._lister.rows_asked_plainly(text)  # 满意度指标就一个市民满意度吧
            # 运维是一般项目吗: the value checked in its column (项目类别)
            text = self._lister.header_value_checked(
                text, names_project=self._names_project_loosely
            )
            # 活动参与人数300里头: the figure only echoes the row's target
            text = self._figure_recall.echoes_dropped(text)
            text = self._figure_recall.said_plainly(text)  # 企服那个2次的是啥: the row named
            text = without_mixed_up(text, self._statement_words) or text  # …别跟运维的搞混了
            # …几倍，嗯，你算一下，我脑子转不过来了; 我明年就退休了，帮科里核一下：… (left out
            # first: the steps after read the ask from its start)
            text = self._lister.recalled_apart(text)  # …有哪几条？我记得有个步道，还有个车子
            text = left_out_after_one_ask(text) or text  # 准确性多少，合格率那条除外
            # “拨款加结转正好等于总额”，请帮忙核实: the claim asked as a check, never summed
            text = claim_asked(text, self._check_words) or text
            # 中心是不是还有个…的项目: who owns the projects names no row
            text = owner_of_projects_dropped(text, names_project=self._names_project_loosely)
            aside_kept = text
            text = (
                without_asides(
                    text,
                    cut=self.lexicon.cut,
                    form_word=self._form_word,
                    task_verbs=self._lister.task_verbs,
                    names_project=self._names_project_loosely,
                    reads_alone=self._reads_alone,
                    plan_told=self._plan_told,
                )
                or text
            )
            if asks_check(aside_kept, self._check_words) and not asks_check(
                text, self._check_words
            ):
                text = aside_kept  # …，跟年度总额对得上不: a check asked, no aside
            if text != aside_kept and _operation_lost(self, aside_kept, text):
                text = aside_kept  # 国家级站点 占全部 几%: 占 asks, though 全部 reads as an office
            text = self._lister.restatement_apart(text)  # 定性的，就是说…那种的
            described = self._scoper.described(text, projects=projects)  # 修路那个, 港澳台那个项目
            if isinstance(described, ProjectChoice):
                return Interpretation(described, FollowUp((), (), Topic.CHOICE, text))
            text = described
            # 养护那个和运维那个的满意度: short words of projects listed, written in full
            text = self._listed.spelled_out(text, scoped=self._loosely_scoped) or text
            text = (
                self._listed.restatement_apart(text, find_projects=self.lexicon.find_projects)
                or text
            )  # 道路养护的满意度多少，就路桥那个
            text = (
                asks_listed_by_plus(text, names_project=self._names_project_loosely) or text
            )  # 印几套 + 验收合格率多少
            text = same_one_asked(text) or text  # 实施单位是不是同一个
            text = header_pairs_said(text) or text  # 数字化 开始 结束; 企服 主管 实施 各是谁
            text = method_asked(text) or text  # 每米对应的资金（按资金总额除以道路养护长度）
            text = self._columns_quoted(text)  # 企服130万比国交40万多多少
        if whole:  # 是不是正好等于申请总额: the relation checked as said without 正好
            text = (
                exactness_dropped(
                    text, words=self._operations, relations=self._check_words.relations
                )
                or text
            )
        dated = self._scoper.dated(text) if whole else None  # 哪个项目是2023年开始的
        if dated is not None:
            return Interpretation(dated, context or FollowUp())
        if whole and asks_check(text, self._check_words):
            check = self._figure_checks.checked(text)  # 拨款加结转是否等于总额
            if check is not None:
                return Interpretation(check, context or FollowUp())
        if whole:
            # 辩论 不是 国交合作单位数量几家: 不是 alone takes back the word before it.
            text = bare_taken_back(text, names_project=self._names_project) or text
        meant = restated(text, self.lexicon.find_projects) if whole else None
        if meant is not None:
            # 企服的预算，不对，是国交那个: asked as the speaker meant it.
            found = self.interpret(meant, context=context, projects=projects)
            return replace(found, restated=meant)
        normalized = self._normalizer.normalize(text)
        units = self.lexicon.vocabulary.units
        offsets = offsets_asked(normalized, self._scale_words, units=units)
        # 如果先按三成拨，是多少钱; 预算砍掉10万，还剩多少: the supposition is asked, the amount
        # worked with the form's figure, never set apart as the asker's own.
        supposed = supposes(normalized, self._scale_words, units=units) or (
            len(offsets) == 1 and _asks_after(normalized[offsets[0].end :])
        )
        applied = rate_applied_asked(normalized) if whole and told_apart else None
        if applied is not None:
            # 要是来了300人，满意度要达标，至少多少人满意: the count given times the rate target.
            for rate_words in applied.rests:
                rate = self.interpret(rate_words, context=context, projects=projects).answer
                worked = rate_applied_answer(applied, rate, self.catalog)
                if worked is not None:
                    return Interpretation(worked, context or FollowUp())
        told = (
            set_apart(
                text,
                normalized,
                self._statement_words,
                names_form=self._names_form,
                year_loaded=self._year_loaded,
            )
            if whole and told_apart and not supposed  # 如果先按三成拨，是多少钱: it is asked
            else None
        )
        if told is not None:
            # 明年想提到350，今年参与人数定的多少: the asker's own plan is not asked.
            kept = self._with_told_project(told.kept, told.clauses)
            found = self.interpret(kept, context=context, projects=projects)
            found = self._told_thing_lent(told, found, context=context, projects=projects)
            if isinstance(found.answer, LENT_FROM) and not told_figures(told):
                # 王老师好，我这边在写半年报，麻烦看下…: a told doing with no figure may be
                # what lets the rest be read (a greeting before it); the whole read as is
                # answers when it settles more.
                whole_read = self.interpret(
                    text, context=context, projects=projects, told_apart=False
                )
                if settled_asks(whole_read.answer) > settled_asks(found.answer):
                    return whole_read
            figures = figures_told(told, self._statement_words)
            confirmed = confirmed_figure(figures, self._statement_words)
            holds = premise_holds(confirmed, found.answer) if confirmed else None
            if holds is not None:
                return replace(found, premise=(confirmed, holds))  # …，我记得是12次对吧
            left = _remainder_asked(kept) if figures else None
            if left is not None and isinstance(found.answer, PLAIN_FIGURES):
                # 一共360万，今年申请了120万，剩下的还有多少: what is left of the figures told,
                # never one figure of the form as if it were the remainder.
                found = replace(found, answer=NotInForm((), scale=left))
            return replace(found, set_apart=figures + found.set_apart)
        premise = premises_said(text) if whole and told_apart and not supposed else None
        if premise is not None:
            premised = _premise_checked(
                premise, lambda kept: self.interpret(kept, context=context, projects=projects)
            )
            if premised is not None:
                return premised  # 培育工作站目标是50家吗: the form's figure, and whether it is
        # 巡检车辆数再加5万元是多少: an amount given to change a figure by is no actual told.
        worked = (
            self._told_against(text, projects) if whole and not (supposed or offsets) else None
        )
        if worked is not None:
            return Interpretation(worked, context or FollowUp())  # 实际来了372人，超出百分之几
        quotient = quotient_asked(normalized, self._scale_words)
        if quotient is not None:
            found = self.interpret(quotient, context=context, projects=projects, whole=whole)
            if _divides_two(found.answer):
                return found  # 国交预算不到企服的三分之一吧: 40万 ÷ 130万 = 约30.8%
        places = places_asked(normalized)
        if places is not None:
            # …几倍？保留两位小数: the places to show the result with, no item asked.
            found = self.interpret(places.rest, context=context, projects=projects, whole=whole)
            return replace(found, answer=with_places(found.answer, places.places))
        wish = display_wish_apart(normalized, names_project=self._names_project)
        if wish is not None:
            # …各多少，按金额降序排; …的指标，列表+计数: how to show the answer, no item asked.
            found = self.interpret(wish.rest, context=context, projects=projects, whole=whole)
            return replace(found, answer=shown_as_wished(found.answer, wish, rows_in_order))
        within = _share_within(self, normalized, projects=projects) if whole else None
        if within is not None:  # 科创赋能那35场在它所有按场算的活动里占多大比例
            return Interpretation(within, context or FollowUp())
        split = _split_over_group(self, normalized, projects=projects) if whole else None
        if split is not None:  # 成本控制数按以人计的几条人数之和来摊，每人合多少钱
            return Interpretation(split, context or FollowUp())
        measures = second_measure_asked(normalized, self._operations)
        if measures is not None:  # 运维比数改高出多少，高出百分之几: both measures answered
            both = _measured_twice(
                [self.interpret(ask, context=context, projects=projects) for ask in measures]
            )
            if both is not None:
                return both
        completed = per_ask_completed(
            normalized, units=self.lexicon.vocabulary.units, amounts=self._operations.money_words
        )
        plain = (
            completed
            or remark_after_calculation(  # …一场平均多少人次？这个数不小啊。
                normalized, self._operations, names_form=lambda tail: _names_term(self, tail)
            )
            or per_result_dropped(  # 单位成本每人次多少元: 单位成本 names the result
                normalized,
                self._operations,
                form_word=lambda word: word in self._lister.all_row_names,
            )
            or one_as_each(normalized)  # 平均一个工作站要引进几个专家
            or rough_figure_settled(normalized)  # 三千多份，按3000份算
            or others_ignored_dropped(normalized, self._operations)  # …，不看别的，…
            or share_in_sum_said_plainly(normalized)  # 在两个项目合计中所占比重
            or without_unit_directive(normalized)
            or basis_said_plainly(normalized)  # 以企服年度预算计, 直通车那个活动，
            or project_share_said_plainly(  # 国交 占合计 多少%: its budget's share
                normalized, project_alone=lambda words: _project_alone(self, words)
            )
            or without_form_note(normalized)
            or without_basis_named(normalized)  # …多百分之几（以国交为基数）
            or equals_said_as_is(normalized, self._operations)  # 加起来 = ?, 全加起来等于多少
            or per_said_again(normalized)  # …每个人头上，一人合多少钱
            or base_said_first(  # 国交那点钱，企服是它的几倍; 跟国交比，企服是几倍
                normalized, projects_named=self.projects_named, words=self._operations
            )
            or calculation_said_plainly(normalized, self._operations)
            or formula_said_in_words(normalized)  # 论文数量 / 活动场次，A/B 等于多少
            or without_working_asked(normalized)  # …多少人次？请列出算式。
            or supposition_dropped(  # 国交预算要是平摊到每个人头上，一人合多少钱
                normalized,
                self._scale_words,
                dividing=_dividing_words(normalized, self._operations),
            )
            # 每场要接待, 分到那几处设施上, ÷ 12 = 每处多少元: said as the calculator reads it
            or per_unit_said_plainly(normalized, units=self.lexicon.vocabulary.units)
            or share_formula_said(normalized)  # 市级调查站点数 ÷（国家级+市级）= ？%
            or goal_part_place_dropped(normalized, self._operations)  # 年度目标第四块里，…占比
            or method_told_as_basis(normalized)  # …几位？他说就拿A除以B算。
            # 运维、场馆改造、道路养护三个项目…加在一起: the count says the projects listed
            or projects_listed_dropped(
                normalized,
                names_project=self._names_project_loosely,
                loaded=lambda: len({project.name for project in self.catalog.projects}),
            )
        )
        if plain is not None:
            # 场均接待人次: a terse per-unit ask, answered as if it asked 平均每场接待多少人次;
            # …合计数，以元为单位: the unit to answer in, as if asked 合计数多少元; a note on
            # how the old form writes it (（旧表按资金总额）) is left to each form's own column.
            return self.interpret(plain, context=context, projects=projects, whole=whole)
        scales = scales_asked(normalized, self._scale_words)
        if scales:
            return self._scaled(text, scales, context=context, projects=projects, whole=whole)
        if len(offsets) == 1:
            # 国交预算要是砍掉10万还剩多少: the one figure of the rest, the amount taken off.
            rest = self.interpret(
                offsets[0].without(normalized), context=context, projects=projects, whole=whole
            )
            offset = offset_answer(rest.answer, offsets[0], self.catalog)
            if offset is not None:
                return replace(rest, answer=offset)
        excluded = exclusion_asked(normalized, self._scale_words) if whole else None
        if excluded is not None and not offsets:
            # 运维预算除去当年财政拨款，剩下那部分按12处平均: the thing taken off first
            taken_off = self._excluded(normalized, excluded, context=context, projects=projects)
            if taken_off is not None:
                return taken_off
        query = self.read(text)
        context = context or FollowUp()
        if query.unnamed_projects and not projects:
            named = self._scoper.named(query)
            if isinstance(named, UnknownProject):
                return Interpretation(named, context)
            query = named
        elif not projects:
            query = self._scoper.loose(query)
        query = self._scoper.work_said(query)  # 国交的活动是哪个单位来实施的
        query = self._scoper.kind_as_modifier(query)  # 这个跨年度的改造项目三年总的目标
        query = self._lister.projects_left_out(query)  # 不包括国交项目，以场计的有哪些
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
            # 培育工作站的目标值多少？2025年的完成值呢: the asks before the year's clause answered
            before = self._before_year_named(text) if whole else ""
            beside = self.interpret(before, context=context, projects=projects) if before else None
            if beside is not None and isinstance(beside.answer, _ANSWERED_BESIDE_YEAR):
                return replace(beside, answer=_with_year_missing(beside.answer, missing_year))
            return Interpretation(missing_year, context)
        first = self._several.across_projects(query, scope, self._answer(query, scope, context))
        checked = self._checker.checked(query, scope, first)
        answer = self._second_look.revised(query, first, checked)
        if answer is not checked and not self._checker.quotes_quantity(query, answer):
            answer = checked  # 要印多少册丛书: a sentence with no number in 册 says not how many
        answer = self._checker.named_nothing(query, scope, answer)  # 排序的指标共 0 项
        answer = self._one_operand_only(query, answer)
        answer = _latin_unread(self, query, answer)  # gj以家为单位的加起来: whose is unread
        if _guessed_in_other_measure(answer, query, self.lexicon.vocabulary.units):
            # 评审打几分: a row guessed for a count in a word the form counts nothing in (分).
            asked = _asked_part(query.remainder) or _count_asked(query.text)
            answer = NotInForm((asked,), answer.indicators)
        answer = _divided_once(query, answer)
        if isinstance(answer, ProjectOverview) and (
            self._calculator.operation_asked(query) or _counted_unheld(query)
        ):
            # 国交占比多少: a share of nothing named, which the overview's budget would misanswer.
            answer = NotInForm((_asked_part(query.remainder) or _count_asked(query.text),))
        if whole:
            answer = self._apart_if_better(query, scope, answer)
            alone = self._calculation_alone(text, answer, context=context, projects=projects)
            if alone is not None:
                return alone  # 领导讲企服钞票比国交多老多 到底企服的预算是国交的几倍
            dictated = self._dictated_apart(
                text, query, answer, context=context, projects=projects
            )
            if dictated is not None:
                return dictated  # 企服 走访几次 时效: each piece dictated is an ask of its own
            glued = self._glued_apart(text, answer, context=context, projects=projects)
            if glued is not None:
                return glued  # 国交预算多少实施单位是谁: asks typed with no break between
        money_unit = asked_money_unit(query.text)
        if isinstance(answer, IndicatorAnswer) and money_unit is not None:
            answer = replace(answer, money_unit=money_unit)
        if isinstance(answer, IndicatorAnswer) and len(answer.indicators) > MAX_NAMESAKES:
            ids = tuple(dict.fromkeys(ind.project_id for ind in answer.indicators))
            answer = ProjectChoice(self.catalog.projects_in(ids)[:MAX_PROJECT_CHOICES], None, text)
        answer = self._of_year_asked(query, scope, answer)
        followup = followup_after(answer, scope=scope, previous=context)
        span = unstated_span(query.text) if _states_a_year(answer, self.catalog) else None
        if span and isinstance(answer, IndicatorAnswer):
            # 三年内完成: a row that names the span itself states its figure for it.
            span = None if any(span in row.name for row in answer.indicators) else span
        return Interpretation(answer, followup, corrected=query.corrected, period=span or "")

    def _loosely_scoped(self, text: str) -> tuple[int, ...]:
        """Returns the projects a question as written is scoped to by their words (运维和养护
        的…), none when it names a project the form does not hold."""
        query = self.read(text)
        return () if query.unnamed_projects else self._scoper.loose(query).project_ids

    def _names_project(self, text: str) -> bool:
        """Tells whether a clause names a project by words of its own (企服, 国交)."""
        return bool(self.lexicon.find_projects(text))

    def _columns_quoted(self, text: str) -> str:
        """Names the column whose amount a question quotes (企服130万: 企服年度资金申请总额), or
        asks the columns of amounts recalled (运维的200万是什么钱), and moves a count said before
        the amount it divides after 摊到."""
        text = with_divisor_after(text)
        if not _quoted_amounts_gate(text):
            return text
        # 运维年度250万: a short word the lexicon finds no project by still names its own.
        mentions: list[Mention] = [
            *self.lexicon.find_projects(text),
            *self._listed.words_said(text),
        ]
        # 数字化改造的300万和60万各是哪笔: the columns holding the amounts asked.
        asked = columns_asked(
            text,
            mentions=mentions,
            project=self.project,
            loose_projects=lambda: self.catalog.projects,
        )
        if asked is not None:
            return asked
        return with_columns_named(text, mentions=mentions, project=self.project)

    def side_answer(self, text: str, projects: tuple[int, ...]) -> Answer:
        """Answers one side of a check (拨款加结转, 年度资金申请总额) as an ask of its own."""
        return self.interpret(text, projects=projects).answer

    def projects_named(self, text: str) -> tuple[int, ...]:
        """Returns the projects ``text`` names, in the order it names them."""
        mentions = sorted(self.lexicon.find_projects(text), key=lambda mention: mention.start)
        return tuple(dict.fromkeys(i for mention in mentions for i in mention.project_ids))

    def _form_word(self, word: str) -> bool:
        """Tells whether a word is one the forms write: a term, a token of their texts or a
        project's name."""
        return (
            word in self._vocabulary
            or word in self.lexicon.terms
            or bool(self.lexicon.find_projects(word))
        )

    def _excluded(
        self,
        text: str,
        excluded: Exclusion,
        *,
        context: FollowUp | None,
        projects: tuple[int, ...],
    ) -> Interpretation | None:
        """Answers a question taking a thing of the form out of a figure before its ask: the
        rest answered alone, the thing found on the form and taken off the figure the rest
        works with; refused when the rest computes and the thing cannot be placed (never the
        rest computed as if nothing were taken out). None when the rest states no figure."""
        rest = self.interpret(excluded.without(text), context=context, projects=projects)
        if self._row_set_aside(rest.answer, excluded):
            return rest  # 企服不算走访的，活动要搞几次: the rest asked, never the row set aside
        if self._part_set_aside_beside(rest.answer, excluded):
            return rest  # 哪天开始？另外，不算上年结转，当年财政拨款有多少: the part set aside
        scope = figures_worked(rest.answer, self.catalog)
        if scope is None:
            return None
        if read_elsewhere(rest.answer, excluded, self.catalog):
            if not only_set_aside(excluded):
                return None  # 财政资金扣掉当年财政拨款: the difference, read by the calculator
            # 不算上年结转，当年财政拨款有多少: another part of the money, no part of the one asked
            named = self.interpret(excluded.named, projects=scope, whole=False).answer
            taken = one_figure_of(named, self.catalog)
            beside = taken is not None and beside_other_part(rest.answer, taken)
            return rest if beside else None
        if len(scope) > 1:  # 数字化改造的拨款（不含上年结转）比运维的…: the project said before it
            before = [i for i in self.projects_named(text[: excluded.start]) if i in scope]
            scope = (before[-1],) if before else scope[:1]  # else the one the rest names first
        named = self.interpret(excluded.named, projects=scope, whole=False).answer
        taken = one_figure_of(named, self.catalog)
        quoted = other_part_quoted(rest.answer, excluded) if taken is None else None
        if quoted is not None:  # 除了国家级的，市级站点占全部站点的比例: the goal's other part
            return rest if quoted else replace(rest, answer=NotInForm((), scale=excluded.written))
        if taken is None and figures_worked(named, self.catalog) is None:
            return None  # 不算修路那部分: no figure of the form named, a use of the money told
        if taken is None:  # 扣掉两个项目成本控制数之和: several figures, never taken off one
            return replace(rest, answer=NotInForm((), scale=excluded.written))
        answer = excluded_answer(rest.answer, taken, self.catalog, excluded=excluded)
        return replace(rest, answer=answer or NotInForm((), scale=excluded.written))

    def _part_set_aside_beside(self, answer: Answer, excluded: Exclusion) -> bool:
        """Tells whether the asks of a question with several, read without a part of the money
        it sets aside (不算上年结转), answer another part of the same project's money: the part
        set aside is no ask of its own, and that part never overlaps it."""
        if not only_set_aside(excluded) or not isinstance(answer, SeveralIndicators):
            return False
        for other in answer.others:
            if not isinstance(other, MoneyAnswer) or len(other.projects) != 1:
                continue
            projects = (other.projects[0].id,)
            named = self.interpret(excluded.named, projects=projects, whole=False).answer
            taken = one_figure_of(named, self.catalog)
            if taken is not None and beside_other_part(other, taken):
                return True
        return False

    def _row_set_aside(self, answer: Answer, excluded: Exclusion) -> bool:
        """Tells whether the rest of a question read without a row it sets aside (不算走访的)
        asks back among other rows: the row named is none of them. A row the rest answers is
        left to the taking off (除开港澳台籍学生，其余参与者: a part of the figure)."""
        if not only_set_aside(excluded) or not isinstance(answer, Clarification):
            return False
        rows = answer.candidates
        projects = tuple(dict.fromkeys(row.project_id for row in rows))
        named = self.interpret(excluded.named, projects=projects, whole=False).answer
        if not isinstance(named, IndicatorAnswer):
            return False
        return not {row.id for row in named.indicators} & {row.id for row in rows}

    def _scaled(
        self,
        text: str,
        scales: list[Scale],
        *,
        context: FollowUp | None,
        projects: tuple[int, ...],
        whole: bool,
    ) -> Interpretation:
        """Answers a question asking a part or a multiple of a figure (国交预算的一半).

        The rest of the question is answered alone, then its one figure scaled; two scales
        (一半的两倍) are refused. A project choice keeps the whole question for the pick.
        """
        apart = self._scaled_apart(text, projects, context=context) if whole else None
        if apart is not None:
            return apart  # …的三成是多少 然后企服成本上限的一半呢: each sentence its own scale
        normalized = self._normalizer.normalize(text)
        again = said_again(scales, normalized)  # 说明年要打九折，按今年的打九折是多少
        if len(scales) > 1 and again is None:
            words = "、".join(scale.words for scale in scales)
            return Interpretation(NotInForm((), scale=words), context or FollowUp())
        scale, cut = again or (scales[0], scales[0].without(normalized))
        scales = [scale]
        after = self._year_after_change.match(cut, scale.start)
        if after is not None:  # 国交预算要是打九折，明年报多少: the year the change is for
            cut = cut[: scale.start] + cut[after.end() :]
        rest_text = result_joined(cut, scale.start, self._statement_words)
        said = self._year_of_change.search(cut[: scale.start])
        if said is None and not scale.written.startswith(PART_OF):
            # 企服明年的预算增加15%: a change of a coming year's figure scales this year's; 明年的
            # 预算的一半 asks a part of the coming year's figure, a year not loaded.
            said = self._year_of_changed.search(cut[: scale.start])
        if said is not None:
            # 院士工作站培育数明年翻倍的话是多少家: 明年 is when the figure would change, not
            # the form asked: this year's figure is scaled.
            rest_text = rest_text[: said.start()] + rest_text[said.end() :]
        at = scale.start - (len(said.group(0)) if said is not None else 0)
        rest_text = supposing_dropped(rest_text, at, self._scale_words)
        rest = self.interpret(rest_text, context=context, projects=projects, whole=whole)
        if isinstance(rest.answer, ProjectChoice):
            choice = replace(rest.answer, question=text)
            return Interpretation(choice, replace(rest.followup, question=text))
        said_before = (  # 国交预算打八折，按活动参与人数平均每人多少: the figure changed
            self.interpret(cut[: scale.start], context=context, projects=projects).answer
            if isinstance(rest.answer, FigureCalculation) and scale.start > 0
            else None
        )
        answer = scaled_answer(rest.answer, scales[0], self.catalog, said_before=said_before)
        return replace(rest, answer=answer)

    def _scaled_apart(
        self, text: str, projects: tuple[int, ...], *, context: FollowUp | None
    ) -> Interpretation | None:
        """Answers each sentence of a question scaling a figure in one of them (合格率比满意度
        高几个点 然后养护成本打九折多少), when every sentence is answered."""
        said = chained_apart(self._normalizer.normalize(text))
        if len(pieces_of(said)) < MIN_SENTENCES:
            return None
        apart = self._several.apart(said, projects, ask=self._sentence_answer, cut=False)
        if apart is None or apart.absent or apart.unmatched:
            return None
        previous = context or FollowUp()
        return Interpretation(apart, followup_after(apart, scope=projects, previous=previous))

    def _apart_if_better(self, query: Query, scope: tuple[int, ...], answer: Answer) -> Answer:
        """Answers each sentence on its own when that settles more asks than the whole did.

        Arithmetic is one ask over its operands (活动参与人数和学生人数一共多少), never split.
        """
        chained = self._chained_apart(query, scope, answer)
        if chained is not None:
            return chained
        whole = self._one_row_for_all(query, scope, answer)
        if whole is not None:
            return whole  # 参与的人和合作单位的评价: one row's name joins both, the rest open
        if isinstance(answer, SeveralIndicators) and refused_only(answer):
            return answer  # 路灯几盏？巡检那块: the ask refused, its qualifier no ask of its own
        if not isinstance(answer, (*UNSETTLED, *SETTLING)):
            return answer
        if isinstance(answer, ONE_ASK) and not self._lister.totals_asked_apart(query.text):
            return answer  # 以次计的合计多少次？以场计的合计多少场？: two totals, asked apart
        asked = self._calculator.operation_asked(query)
        if (
            asked is not None
            and not query.chained  # …每人次多少钱然后…平均每家多少: two sums spoken apart
            and (asked is not Operation.SUM or _DIGIT.search(query.remainder))
            and not periods_asked_apart(query.text, names_project=self._names_project)
            # 设施完好的比例要多少？坏了何时修好: a row answered, no calculation, for 比例 names
            # a rate row; the sentences apart may settle more.
            and not (isinstance(answer, IndicatorAnswer) and _SENTENCE_END.search(query.text))
        ):
            # 站点19家，市级28家，一共几家: operands said sentence by sentence. 开放日是第几届，
            # 一共几场 says no figure: its 一共 is said of one row.
            return answer
        if isinstance(answer, NotInForm) and self._lister.standard_asked(query) is not None:
            return answer  # 企服 满意度 绩效标准: the form has no such column; no part answers it
        if isinstance(answer, IndicatorList) and self._lister.joins_levels(query):
            return answer  # 以人计的，而且目标不少于50的: one list meeting every condition
        cut = isinstance(answer, SeveralIndicators)
        lent = with_amount_lent(
            query.text, amounts=self._operations.amounts, names_project=self._names_project
        )
        apart = self._several.apart(lent, scope, ask=self._sentence_answer, cut=cut)
        if apart is None or settled_asks(apart) <= settled_asks(answer):
            return answer
        if settled_asks(apart)[0] <= settled_asks(answer)[0] and self._several.left_for_rows(
            answer, scope
        ):
            return answer  # 企服，培训会，评审会，各几场: 培训会 fits two rows, never dropped
        if apart.absent and isinstance(answer, NotInForm):
            return answer  # both find the form lacking: the figures of the rest may be a guess
        if _refused_word_unanswered(query.text, answer, apart):
            return answer  # 养护 桥梁 长度: no row of 桥梁 measures a length; 长度 is guessed
        return apart

    def _one_row_for_all(
        self, query: Query, scope: tuple[int, ...], answer: Answer
    ) -> IndicatorAnswer | None:
        """Returns the one row that explains every word of a one-ask question its parts apart
        left open: 国交参与的人和合作单位，对咱们的评价 is 参与人员与合作单位满意度, not two
        counts and an unsettled 评价."""
        if not isinstance(answer, SeveralIndicators):
            return None
        if not (answer.unmatched or answer.absent or _points_at_one_row(query)):
            return None  # a part refused (参加者) may be what the one row's name joins too
        if answer.absent and not answer.answers:
            return None  # 现有的院士工作站，不是新申报的: refused for what it asks, not its words
        if answer.others or intents.asks_each(query.rules):
            return None
        if not _one_ask_word(query) or _SENTENCE_INSIDE.search(query.text.strip()):
            return None  # 合作单位几家？顺便问下满意度: two sentences, two asks
        matches = self._matcher.match(query, project_ids=scope)
        if not matches:
            return None
        row = matches[0].indicator
        if not answer.unmatched and not NAME_JOINERS.search(row.name):
            return None  # 学生和岗位那条: one row's name joins nothing, the parts are two rows
        whole = IndicatorAnswer((row,), understood=True)
        return whole if self._checker.settles(query, whole) else None

    def _chained_apart(
        self, query: Query, scope: tuple[int, ...], answer: Answer
    ) -> Answer | None:
        """Answers asks said one after another, when a later one works on the one before it
        (多出来的是国交的几倍) or calculations are spoken in a chain; None for other questions."""
        pointing = points_back(query.text)
        calculated = query.chained and self._calculated(query, answer)
        if not (pointing or calculated):
            return None
        unsaid = () if query.project_ids else scope  # each sentence names its own
        chain = self._chains.answer(pieces_of(query.text), unsaid, ask=self._sentence_answer)
        if pointing and chain is not None:
            return chain
        if not calculated:
            return None
        spoken = self._spoken_apart(query, scope, answer)
        if isinstance(spoken, SeveralIndicators) and not (spoken.unmatched or spoken.absent):
            return spoken
        # 然后按100家平均每家多少, 另外国交按12个月呢: a later ask leaves out what the one
        # before said; answered alone it is open.
        return chain or spoken

    def _told_thing_lent(
        self,
        told: SetApart,
        found: Interpretation,
        *,
        context: FollowUp | None,
        projects: tuple[int, ...],
    ) -> Interpretation:
        """Asks an ask that names no thing (今年写的几家) of the thing the told clauses name
        (国交明年打算拉5家单位合作: 合作单位), when alone it found nothing or only the project
        (材料写的企服预算120万，表里是多少: 企服's overview)."""
        if not isinstance(found.answer, (*LENT_FROM, ProjectOverview)):
            return found
        lent = told_words(told.clauses, self._statement_words)
        if not lent or (isinstance(found.answer, ProjectOverview) and not self._names_form(lent)):
            return found  # 我们明年打算办40场，企服呢: 办 names no row of 企服's
        again = self.interpret(
            f"{lent}，{told.kept}", context=context, projects=projects, told_apart=False
        )
        settled = isinstance(again.answer, SeveralIndicators) and each_asked(again.answer)
        return again if isinstance(again.answer, LENT_ANSWERS) or settled else found

    def _spoken_apart(self, query: Query, scope: tuple[int, ...], answer: Answer) -> Answer:
        """Answers each calculation of a spoken chain (…每人次多少钱然后…平均每家多少) alone."""
        apart = self._several.apart(
            query.text, scope, ask=self._sentence_answer, cut=False, carry=False
        )
        # A calculation across the chain's asks is neither one's: apart wins a tie.
        if apart is not None:
            return apart if settled_asks(apart) >= settled_asks(answer) else answer
        # 多出来的是国交的几倍: a later ask works on the first's result, which no one
        # calculation over the whole message does; the first is answered, the rest named.
        apart = self._several.first_of_dependent(query.text, scope, ask=self._sentence_answer)
        return apart if apart and settled_asks(apart)[0] >= settled_asks(answer)[0] else answer

    def _calculated(self, query: Query, answer: Answer) -> bool:
        """Tells whether an answer is one calculation: a figure's, or amounts compared or
        added up (企服比国交预算多多少, 两个项目预算加起来)."""
        if isinstance(answer, ONE_ASK):
            return True
        asked = self._calculator.operation_asked(query)
        return isinstance(answer, MoneyAnswer) and asked is not None

    def _sentence_answer(self, sentence: str, scope: tuple[int, ...]) -> Answer:
        return self.interpret(sentence, projects=scope, whole=False).answer

    def _one_operand_only(self, query: Query, answer: Answer) -> Answer:
        """Keeps one row from standing as the result of a comparison it is one side of.

        实习岗位比港澳台学生多几个 that found only the 岗位 row shows that row and names
        the part it could not settle, never the row's figure as the difference.
        """
        if not isinstance(answer, IndicatorAnswer) or len(answer.indicators) != 1:
            return answer
        asked = self._calculator.operation_asked(query)
        row = answer.indicators[0]
        if asked in DIVIDING and not any(
            word in row.name for word in self._operations.words.get(asked, ())
        ):
            # 各活动的平均参与人数: 活动参与人数 is the total, not an average of it.
            text = query.remainder
            starts = [text.find(w) for w in self._operations.words.get(asked, ()) if w in text]
            label = self.lexicon.content_text(text[min(starts) :]) if starts else ""
            return NotInForm((label,) if label else (), (row,))
        if asked is Operation.SUM and self._sums_several(query, answer):
            # 国交各项活动场次加起来: one row picked as a guess is no total of several.
            return NotInForm((_asked_part(query.remainder),), (row,))
        if asked not in COMPARISONS:
            return answer
        labels, parts = [], self._calculator.operand_parts(query.text)
        same = 0  # parts that name the row found: two of them compare it with nothing
        for part in parts:
            said = self._calculator.without_ask(self._operations.strip(part))
            if _names_other_project(said, row, self.lexicon):
                # 企服的活动参与人数是国交的几倍: 企服 has no such row; 国交's is no result.
                return NotInForm((_other_project_label(said, row, self.lexicon),), (row,))
            sub = self.read(said)
            found = resolve_indicator(
                self._matcher.match(sub, project_ids=(row.project_id,)), progress=False
            )
            if isinstance(found, Clarification):
                found = self._checker.narrowed(sub, found)
            if isinstance(found, Clarification) and row in found.candidates:
                same += 1
                continue  # this part may name the row found
            if isinstance(found, IndicatorAnswer) and row in found.indicators:
                same += 1
                continue
            words = self.lexicon.cut(sub.remainder)
            while words and words[-1] in self.lexicon.vocabulary.units:
                words.pop()  # 港澳台学生个: the unit was the result's
            label = self.lexicon.content_text("".join(words))
            labels += [label] if label else []
        worded = self._operations.read(query.remainder.replace("比", " ")) in COMPARISONS
        if not labels and same >= MIN_OPERANDS_APART and worded:
            # 实习岗位比学生多出多少个岗位: both sides read as the 岗位 row; no figure of it
            # (比辩论 alone, "to compete", compares nothing).
            said = self._calculator.without_ask(self._operations.strip(parts[-1]))
            label = self.lexicon.content_text(self.read(said).remainder)
            return NotInForm((label,) if label else (), (row,))
        return SeveralIndicators((answer,), tuple(labels)) if labels else answer

    def _sums_several(self, query: Query, answer: IndicatorAnswer) -> bool:
        """Tells whether a question adds up several figures where one row was found: a row
        picked as a guess for 各项活动…加起来, or one of several counting in the unit asked."""
        row = answer.indicators[0]
        if not any(word in query.text for word in self._operations.summed):
            return False
        if LISTED_TOGETHER in row.name and (
            LISTED_TOGETHER in query.text or self._items_named(query, row.name)
        ):
            # 开幕、结业、参访这些活动加起来, 启动仪式结业仪式还有研学参访这些加起来: the row
            # listing them is their total.
            return False
        if answer.understood:
            return True
        counting = [
            ind
            for ind in self.catalog.project(row.project_id).indicators
            if query.unit is not None and ind.target.unit == query.unit
        ]
        return len(counting) > 1

    def _items_named(self, query: Query, name: str) -> bool:
        """Tells whether a question names words of at least two items a row's name lists
        (启动仪式, 结业仪式 of 组织启动仪式、结业仪式、研学参访交流活动数量)."""
        items = name.split(LISTED_TOGETHER)
        covered = set()
        for word in self.lexicon.cut(query.remainder):
            holding = [at for at, item in enumerate(items) if word in item]
            if len(word) < MIN_ITEM_CHARS or len(holding) != 1:
                continue  # 活动 of 活动中组织… and …交流活动 tells no item
            at = holding[0]
            # The first item starts with the name's head (举办创新服务), the last ends with its
            # tail (科学普及等活动数量): only the item's own words there name it.
            if (at == 0 and not items[0].endswith(word)) or (
                at == len(items) - 1 and not items[-1].startswith(word)
            ):
                continue
            covered.add(at)
        return len(covered) >= MIN_ITEMS_NAMED

    def _years_named(self, text: str, *, relative: bool = True) -> list[int]:
        """Returns the years a question names: 2027年, or 去年 and 明年 from the newest form."""
        undated = _IN_A_DATE.sub(" ", text)
        years = [int(found) for found in _YEAR.findall(undated)]
        years += self._bare_years(undated)
        if self._years and relative:
            newest = max(self._years)
            starts = _word_starts(text, self.lexicon.cut(text))
            years += [
                newest + offset
                for word, offset in self._relative_years
                if word in text  # most questions name no relative year: no pattern looked up
                and any(
                    match.start() in starts
                    and not year_told_apart(  # 明年可能要调，先告诉我现在的
                        text, match.start(), match.end(), names_form=self._names_form
                    )
                    for match in re.finditer(re.escape(word), text)
                )
            ]
        return years

    def _bare_years(self, text: str) -> list[int]:
        """Returns the years written without 年 (2027企服预算) or by two digits (27年预算): a unit
        or an ask after the digits makes them a figure (2000元, 2025吗)."""
        if not self._years:
            return []
        newest = max(self._years)
        found = [
            year
            for digits in _SHORT_YEAR.findall(text)
            if abs((year := newest // 100 * 100 + int(digits)) - newest) <= MAX_BARE_YEAR_DISTANCE
        ]
        for match in _BARE_YEAR.finditer(text):
            year, after = int(match.group(1)), text[match.end() :]
            if abs(year - newest) > MAX_BARE_YEAR_DISTANCE or after.startswith("年"):
                continue
            if any(after.startswith(unit) for unit in self.lexicon.vocabulary.units):
                continue
            if self.lexicon.is_asking(after[:1]) or after[:1] in _FIGURE_ENDINGS:
                continue
            found.append(year)
        return found

    def _with_told_project(self, kept: str, told: tuple[str, ...]) -> str:
        """Carries the project a telling clause names to the ask naming none (明年打算把企服的
        场次类指标都调高，先列一下今年以场计的: 企服's rows only)."""
        if self.lexicon.find_projects(kept):
            return kept
        said = [
            clause[mention.start : mention.end]
            for clause in told
            for mention in self.lexicon.find_projects(clause)
        ]
        return "".join(dict.fromkeys(said)) + kept

    def _told_against(
        self, text: str, projects: tuple[int, ...], *, after_target: bool = True
    ) -> Answer | None:
        """Works a figure the asker tells against the form's (科创赋能活动我们办了21场，离目标
        还差几场: 21场 − ≥35场), the form's figure named by the telling clause or the ask;
        each working asked apart (完成率多少，离目标还差多少) is answered."""
        asked = told_against(text, self._statement_words, self._normalizer.normalize)
        if asked is None:
            return self._told_after_target(text, projects) if after_target else None
        for row in asked.rows:
            answer = self.interpret(row, projects=projects).answer
            worked = against_form(asked, answer, self.catalog)
            if worked is None:
                continue
            more = [
                against_form(replace(asked, operation=op), answer, self.catalog)
                for op in asked.also
            ]
            if not more:
                return worked
            found = tuple(calc for calc in (worked, *more) if calc is not None)
            return SeveralIndicators((), others=found) if len(found) > len(more) else None
        return None

    def _told_after_target(self, text: str, projects: tuple[int, ...]) -> Answer | None:
        """Answers a sentence asking one row's target followed by sentences working a figure
        the asker tells against it (活动参与人数下限为多少？如实际到场280人，差额几何): the row's
        target, and the told figure worked against that row, named by the first sentence."""
        first = _FIRST_SENTENCE.match(text)
        if first is None:
            return None
        rest = text[first.end() :]
        if told_against(rest, self._statement_words, self._normalizer.normalize) is None:
            return None
        target = self.interpret(first.group(0), projects=projects, whole=False).answer
        if not isinstance(target, IndicatorAnswer) or len(target.indicators) != 1:
            return None
        row = target.indicators[0]
        project = self.catalog.projects_in((row.project_id,))[0]
        worked = self._told_against(
            f"{project.name}{row.name}，{rest}", (row.project_id,), after_target=False
        )
        if not isinstance(worked, FigureCalculation):
            return None
        return SeveralIndicators((target,), (), (worked,))

    def _names_form(self, clause: str) -> bool:
        """Tells whether a clause holds a word of two characters or more the form uses."""
        return any(
            len(word) >= MIN_FORM_WORD_CHARS and self._form_word(word)
            for word in self.lexicon.cut(clause)
        )

    def _year_loaded(self, year: int) -> bool:
        """Tells whether a form of ``year`` is loaded."""
        return any(project.year == year for project in self.catalog.projects)

    def _rows_by_project(self) -> dict[str, list[FormRow]]:
        """Returns the rows of each project's newest form in the order the form shows them."""
        normalize = self._normalizer.normalize
        rows: dict[str, list[FormRow]] = {}
        for project in self.catalog.projects:
            rows.setdefault(
                project.name,
                [
                    FormRow(normalize(row.level1), normalize(row.level2), normalize(row.name))
                    for row in sorted(project.indicators, key=lambda row: row.position)
                ],
            )
        return rows

    def _project_named_alone(self, text: str) -> bool:
        """Tells whether ``text`` is a project's name (国交, 企业科技创新服务项目) and no more."""
        text = self._normalizer.normalize(text).removesuffix(PROJECT_SUFFIX)
        return any(m.start == 0 and m.end == len(text) for m in self.lexicon.find_projects(text))

    def _names_header_field(self, text: str) -> bool:
        """Tells whether ``text`` names a field of a project's header or money (项目类别)."""
        return any(rule.startswith(HEADER_RULES) for rule in self.read(text).rules)

    def _level_parents(self) -> dict[str, str]:
        """Returns each heading of the forms with the heading above it ("" for a top one)."""
        parents: dict[str, str] = {}
        for project in self.catalog.projects:
            for row in project.indicators:
                parents.setdefault(row.level1, "")
                parents.setdefault(row.level2, row.level1)
        return parents

    def _projects_said(self, text: str) -> list[tuple[int, str]]:
        """Returns where each project a text names unambiguously is named, with its name."""
        names = {project.id: project.name for project in self.catalog.projects}
        return [
            (found.start, names[found.project_ids[0]])
            for found in self.lexicon.find_projects(text)
            if len({names[i] for i in found.project_ids}) == 1
        ]

    def _known_compound(self, word: str) -> bool:
        """Tells whether ``word`` is one the synonyms or the forms' tokens know (实习位置)."""
        return word in self.lexicon.vocabulary.canonical or word in self._vocabulary

    def _names_project_loosely(self, text: str) -> bool:
        """Tells whether ``text`` names a project: by a name the lexicon knows (国交) or by a
        word of two characters or more of its full name (不是运维那个哦: 运维)."""
        if self.lexicon.find_projects(text):
            return True
        words = self._project_name_words
        return any(token in words for token in self.lexicon.cut(text) if len(token) > 1)

    def _reads_alone(self, text: str) -> bool:
        """Tells whether ``text`` names what it asks on its own: words of a row or a field
        (国交计划开始日期), not only a project and a count (国交要派几个人)."""
        query = self.read(text)
        # 企服以“条”计的那个指标是啥: rows asked by a condition on their targets
        if query.terms or query.rules:
            return True
        # 企服以“条”计的那个指标是啥: rows named by a condition on their targets
        return replace(self._lister.read_filter(query), asks_rows=True).selects

    @functools.cached_property
    def _project_name_words(self) -> frozenset[str]:
        """Returns every run of two characters or more of the projects' full names."""
        return frozenset(
            name[start:end]
            for name in (project.name for project in self.catalog.projects)
            for start in range(len(name))
            for end in range(start + 2, len(name) + 1)
        )

    def _dictated_apart(
        self,
        text: str,
        query: Query,
        answer: Answer,
        *,
        context: FollowUp | None,
        projects: tuple[int, ...],
    ) -> Interpretation | None:
        """Answers asks dictated between spaces (企服 展览展示活动几次 走访几次 时效) as if
        written with commas, when that settles more of them than the whole did."""
        # 企服 培训会 评审会 各几场: one row guessed for an ask of each piece drops the rest.
        each_guessed = one_guessed_for_each(query, answer)
        if not isinstance(answer, UNSETTLED) and not each_guessed:
            return None  # one ask answered: the pieces may be its words (企服 院士专家 准确度)
        if isinstance(answer, NotInForm) and self._lister.standard_asked(query) is not None:
            return None  # 国交 满意度 辩论队人数 考核标准: a column no row of the form has
        commas = dictated_apart(self._normalizer.normalize(text))
        if commas is None:
            return None
        found = self.interpret(commas, context=context, projects=projects)
        if _refused_word_unanswered(text, answer, found.answer):
            return None  # 养护 桥梁 长度: 桥梁长度 lacking, never 道路养护长度 for its 长度
        settled, unsure = settled_asks(found.answer)
        if each_guessed:
            return found if isinstance(found.answer, SeveralIndicators) and settled else None
        return found if not unsure and (settled, unsure) > settled_asks(answer) else None

    def _glued_apart(
        self,
        text: str,
        answer: Answer,
        *,
        context: FollowUp | None,
        projects: tuple[int, ...],
    ) -> Interpretation | None:
        """Answers asks typed with no break between them (企服院士专家多少名信息采集多少条) as if
        written with commas, when that settles more of them than the whole did, none unsure."""
        commas = glued_apart(self._normalizer.normalize(text))
        if commas is None:
            return None
        found = self.interpret(commas, context=context, projects=projects)
        settled, unsure = settled_asks(found.answer)
        return found if not unsure and settled > settled_asks(answer)[0] else None

    def _calculation_alone(
        self,
        text: str,
        answer: Answer,
        *,
        context: FollowUp | None,
        projects: tuple[int, ...],
    ) -> Interpretation | None:
        """Answers the calculation a message asks after clauses that ask nothing (我记得满意度
        一般都是九十 …差几个百分点), when the whole computed nothing and the rest alone does."""
        if _computed(answer) or self._operations.read(text) is None:
            return None
        normalized = self._normalizer.normalize(text)
        for rest in asks_after_told(normalized, self._operations):
            told = normalized[: len(normalized) - len(rest)]
            if self._names_project_loosely(told) and not self._names_project_loosely(rest):
                continue  # 国交的…，一共多少: the clause left out names the project asked of
            if len(self._calculator.operand_parts(rest)) < MIN_OPERANDS_APART:
                continue  # 那本建设指引验收，过关的比例要多少: the rest names one thing only
            found = self.interpret(rest, context=context, projects=projects)
            if _computed(found.answer):
                return found
        return None

    def _of_year_asked(self, query: Query, scope: tuple[int, ...], answer: Answer) -> Answer:
        """Keeps the rows of the year a question names, or says that year has no form when
        the project answered is of another year (2026年道路养护长度: only the 2024 form has
        that row), never its figure."""
        if isinstance(answer, IndicatorAnswer):
            answered = tuple(dict.fromkeys(row.project_id for row in answer.indicators))
        elif isinstance(answer, MoneyAnswer):
            answered = tuple(project.id for project in answer.projects)
        else:
            return answer
        if set(answered) == set(scope) or not _names_a_year(query.text):
            return answer
        if isinstance(answer, IndicatorAnswer) and len(answered) > 1:
            # 2024年市民满意度: of the namesakes, the rows of the forms of the year named.
            named = set(self._years_named(query.text, relative=False))
            rows = answer.indicators
            kept = tuple(r for r in rows if self.catalog.project(r.project_id).year in named)
            if kept and len(kept) < len(rows):
                return replace(answer, indicators=kept)
        missing = self._missing_year(query, answered)
        if missing is None:
            return answer
        names = {project.name for project in self.catalog.projects_in(answered)}
        return replace(missing, project=names.pop()) if len(names) == 1 else missing

    def _counted_as_named(self, text: str) -> str:
        """Returns ``text`` with a count in person-times said in the words a row's name
        writes (参与人次 → 参与人数) when a row names that count and none the person-times: a
        form that counts visits says 人次 for what this one counts in 人."""
        if PERSON_TIMES not in text:
            return text
        names, in_people = self._row_names
        for found in _PERSON_TIMES_COUNTED.finditer(text):
            said = found.group("said")
            for start in range(len(said) - MIN_COUNTED_STEM_CHARS + 1):
                stem = said[start:]
                if stem + PERSON_TIMES not in names and stem + PERSON_COUNT in in_people:
                    return text[: found.end("said")] + PERSON_COUNT + text[found.end() :]
        return text

    @functools.cached_property
    def _row_names(self) -> tuple[str, str]:
        """Returns every row name of the catalog, normalised, one a line; and those of the
        rows counted in people (人, not 人次: 服务科技工作者人数 counts person-times already)."""
        rows = [
            (strip_punctuation(self._normalizer.normalize(row.name)), row.target.unit)
            for project in self.catalog.projects
            for row in project.indicators
        ]
        people = "\n".join(name for name, unit in rows if unit != PERSON_TIMES)
        return "\n".join(name for name, _ in rows), people

    def _before_year_named(self, text: str) -> str:
        """Returns the clauses of ``text`` before the first one naming a year, or "" when the
        first names one (2025年的预算和满意度: the year is of every ask)."""
        clauses = _CLAUSE_APART.split(text)
        for at, clause in enumerate(clauses):
            if self._years_named(clause):
                if len(_YEAR_ONLY.sub("", clause)) < MIN_YEAR_ASK_CHARS:
                    return ""  # 国交的预算，去年的: the year is of the ask before, said again
                return "，".join(part for part in clauses[:at] if part.strip())
        return ""

    def _missing_year(self, query: Query, scope: tuple[int, ...]) -> NotInForm | None:
        """Tells that a question is about a year whose form is not loaded (2027年的预算).

        A year written in an indicator name or goal (2026 年港澳台…) names that item.
        """
        projects = self.catalog.projects_in(scope)
        written = {
            year for project in projects for year in self._written_years.get(project.id, ())
        }
        # 养护项目是2023年7月开始的吧: the year of a date the header writes names that date;
        # 2026年要完成啥 asks that year's goal, which only its own year's form writes.
        asked = intents.fact_rule(query.rules)
        if asked is not None and asked[1] is not ProjectField.ANNUAL_GOAL:
            written |= {
                day.year
                for project in projects
                for day in (project.planned_start, project.planned_end)
                if day is not None
            }
        # 改造2024到2026年总共多少钱: the project's whole span said by its years (never a
        # year's own amount: 2024-2026年总资金 read as 年度资金 is no year's form either).
        annual = intents.money_field(query.rules) is MoneyField.ANNUAL_TOTAL
        for first, last in [] if annual else years_spanned(query.text):
            if any(runs_over(project, first, last) for project in projects):
                written |= set(range(first, last + 1))
        # 去年没花完转过来的钱: 去年 says where a carry-over came from, not which form.
        carry_over = intents.money_field(query.rules) is MoneyField.CARRY_OVER
        for year in self._years_named(query.text, relative=not carry_over):
            if year in written:
                continue
            if year not in {project.year for project in projects}:
                years = tuple(sorted({project.year for project in projects}))
                return NotInForm((), year=year, years=years)
        return None

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
        part = self._goal_part(query, scope)
        if part is not None:
            return part
        computed = (
            None  # 国交和企服一共有几个满意度指标: a count of rows, no sum of their targets
            if self._lister.counts_rows(query)
            else self._lister.filtered_total(query, scope)
            or self._calculator.composite(query, scope)
            or self._calculator.grouped(query, scope)  # (企服预算加上国交预算)除以…
            or self._calculator.computed(query, scope)
            or self._calculator.shares_of_totals(query, scope)
            or self._calculator.ranked(query, scope)
            or self._calculator.projects_compared(query, scope)  # 国交比企服少百分之几
            or self._calculator.parts_money(query, scope)  # 养护预算加运维预算
        )
        if isinstance(computed, FigureMismatch):
            # 调查站点里国家级的占全部站点的百分比: rows of other units are no operands when a
            # goal sentence states the figures of the share.
            computed = self._single.goal_ratio(query, scope) or computed
        if computed is not None:
            return computed
        per = per_ask(query.text, units=self.lexicon.vocabulary.units)
        if self._operations.read(
            query.remainder, tokens=self._tokens(query)
        ) is Operation.PER and not (per is not None and per.unit == GENERIC_PER):
            # 每处设施多少钱 with no count of 处: any single figure would answer something else.
            ratio = None if per else self._single.goal_ratio(query, scope)
            if ratio is not None:
                return ratio  # 国家级站点数和市级站点数之比: two counts a goal sentence states
            asked = PER_MARK + per.unit if per else self.lexicon.content_text(query.remainder)
            return NotInForm((asked,) if asked else (), self._checker.closest(query, (), scope))
        compared = self._money_compared(query, scope, matches[0] if matches else None)
        if compared is not None:
            return compared
        several = (
            None  # 质量指标和时效指标: one listing of both levels
            if self._lister.joins_levels(query)
            else self._several.answer(query, scope, matches, progress=progress)
        )
        if (
            several is not None
            and (
                several.others
                or several.absent
                or intents.asks_each(query.rules)
                or each_part_answered(several)
            )
            and not _facts_lost(query, several)
        ):
            several = self._dates_shared(query, several, scope)
            return self._single.listed_in_goal(query, scope) or several
        kinds = self._kinds_listed(query, scope)
        if kinds is not None:
            return kinds
        keyword_answer = self._keyword_answer(query, scope, matches[0] if matches else None)
        if keyword_answer is not None:
            return keyword_answer
        if intents.asks_ordinal(rules):
            ordinal = self._ordinal(query, scope)
            if ordinal is not None:
                return ordinal
        if several is not None:
            # 状况信息、问卷、建言一共多少份: one ask, when a goal sentence lists them so.
            return self._single.listed_in_goal(query, scope) or several
        return self._single.answer(query, scope, matches, progress=progress)

    def _money_compared(
        self, query: Query, scope: tuple[int, ...], best: IndicatorMatch | None
    ) -> MoneyAnswer | None:
        """Compares two projects' amounts that 和 joins like two asks (国交预算和企服预算差多少):
        one difference, never the two amounts side by side."""
        if not query.parts or self._calculator.operation_asked(query) not in COMPARISONS:
            return None
        money = intents.money_rule(query.rules)
        if money is None or self._money_row(query, best, money[1]):
            return None
        if _explains(best, query.cues[money[0]]):
            return None
        return self._calculator.money_operation(query, money[1], scope)

    def _money_besides(
        self, query: Query, scope: tuple[int, ...]
    ) -> MoneyAnswer | SeveralIndicators | None:
        """Answers the other parts of an amount when the question sets some aside.

        运维除了当年拨款还有啥钱: 上年结转资金 and 其他资金; 非财政来源的钱: 其他资金.
        """
        named = {field for name, field in intents.MONEY_RULES if name in query.rules}
        aside = {
            field
            for name, field in intents.MONEY_RULES
            if name in query.rules
            and any(self._operations.sets_aside(query.text, cue) for cue in query.cues[name])
        }
        # 非财政来源的钱, 整个项目里不是财政出的钱: 钱 and totals say what is asked, never set
        # aside; only the parts of a column are.
        parts = {part for column in COLUMN_PARTS.values() for part in column}
        aside &= parts
        found = rest_of_column(aside) if aside else None
        if found is None or (named & parts) - aside:
            return None  # 除了当年拨款，上年结转多少: the part asked is named
        column, rest = found
        projects = self.catalog.projects_in(scope)
        answers = tuple(MoneyAnswer(f, Aggregate.EACH, projects, column=column) for f in rest)
        return answers[0] if len(answers) == 1 else SeveralIndicators((), (), answers)

    def _money_side_by_side(
        self, query: Query, scope: tuple[int, ...]
    ) -> SeveralIndicators | None:
        """Answers each amount a question asks side by side (运维 拨款 结转 各多少, 当年财政拨款
        是多少然后上年结转资金有多少), not only the first; 资金 of 上年结转资金 asks no budget."""
        if not (intents.asks_each(query.rules) or query.parts or asks_twice(query.text)):
            return None
        if self._calculator.operation_asked(query) is not None:
            return None
        cues = {
            field: [query.text.find(cue) for cue in query.cues[name] if cue in query.text]
            for name, field in intents.MONEY_RULES
            if name in query.rules and field is not MoneyField.BUDGET
        }
        # 当年财政拨款 holds 财政: a word inside another field's word names no field of its own.
        words = {cue for name, _ in intents.MONEY_RULES for cue in query.cues.get(name, ())}
        own = [
            field
            for name, field in intents.MONEY_RULES
            if field in cues
            and any(not any(cue != w and cue in w for w in words) for cue in query.cues[name])
        ]
        if len(own) < 2:
            return None
        own.sort(key=lambda field: min(cues[field], default=len(query.text)))
        answers = tuple(
            self._money(f, Aggregate.EACH, scope, query.rules, query.text) for f in own
        )
        return SeveralIndicators((), (), answers)

    def _keyword_answer(
        self, query: Query, scope: tuple[int, ...], best: IndicatorMatch | None
    ) -> Answer | None:
        """Answers questions about money, facts and listings named by keywords.

        An indicator named (nearly) in full wins, and so does a well-matched indicator
        whose own name holds the keyword: 预算执行率 is an indicator, not the budget,
        and 二期改造完成时间 is not the project's 计划完成日期.
        """
        found = self._lister.read_filter(query)
        if found.by_name:
            return self._lister.listing(query, scope)  # 名字里有调查站点的指标: every such row
        # 道路养护里…是计划标准的有哪些: 道路养护 places the rows asked, it names no row.
        placed = found.selects and self._lister.placed(query)
        if best is not None and best.strong and not placed:
            # 运维的满意度指标: the heading's rows, not the one whose name holds its stem.
            headed = self._lister.heads_rows(query, best.indicator)
            return self._lister.listing(query, scope) if headed else None
        rules = query.rules
        standard = self._lister.standard_answer(query, scope)
        if isinstance(standard, IndicatorList):
            # 通行条件那条用的啥考核标准: the column of the one row the other words name.
            return self._standard_row(query, scope) or standard
        if standard is not None:
            return standard
        if LEVEL_SUFFIX in query.remainder and (
            found.row_filter.narrows
            or (found.asks_rows and found.row_filter.level)  # 所有满意度指标
            or self._lister.joins_levels(query)
            or self._lister.ranks_projects(query)
            or self._lister.asks_extreme(query)  # 哪个指标的目标值最大: the row at that end
        ):
            return self._lister.listing(query, scope)  # 质量指标和时效指标: both levels' rows
        if found.asks_rows and found.row_filter.unit and found.row_filter.bound is None:
            return self._lister.listing(query, scope)  # 单位是万元的有哪些: rows, no budget
        money = intents.money_rule(rules)
        if money is not None and _fact_asked_of_money(query):
            money = None  # 哪个部门报的预算: the department is asked, no amount
        # 养护成本要多少钱 asks the target of a cost indicator in 万元, not the budget.
        cost = self._money_row(query, best, money[1] if money else None)
        capped = self._capped_cost(query, money[1] if money else None, scope)
        if capped and not cost:
            return IndicatorAnswer(capped, understood=True)
        if money is not None and not cost and not _explains(best, query.cues[money[0]]):
            rest = self._money_besides(query, scope) or self._money_side_by_side(query, scope)
            if rest is not None:
                return rest
            computed = self._calculator.money_operation(query, money[1], scope)
            return (
                computed
                or _one_side_compared(self, query, scope)  # 企业那个比两岸交流那个多出多少钱
                or self._money(money[1], self._uncomputed(query), scope, query.rules, query.text)
            )
        if cost and best is not None and best.score < MIN_INDICATOR_SCORE:
            # 养护花的钱最多能到多少: the one row counted in money that the words name, though
            # they share too little with its name for the matcher alone.
            return IndicatorAnswer((best.indicator,), understood=True)
        if (
            intents.asks_projects(rules)
            and not query.project_ids
            # 这几个项目里有没有关于安全事故的指标: rows of the projects at hand, not the projects.
            and not (
                _points_at(query) and (found.row_filter.narrows or LEVEL_SUFFIX in query.text)
            )
            and not found.row_filter.level  # 哪些项目有成本指标: the rows of each project
            and not self._lister.header_said(query, scope)  # 哪些项目是经常性项目: those only
            and not self._scoper.body_picks(query)  # 哪几个项目归科协管的: those it runs
        ):
            return ProjectList(self.catalog.projects)
        if (
            intents.asks_listing(rules)
            or (
                intents.asks_count(rules)
                and not self._lister.count_in_a_name(query)
                and not self._lister.count_in_a_heading(query)  # 数量指标里那个…的，要几家
            )
        ) and not self._lister.asks_goal_text(query, scope):
            return self._lister.listing(query, scope)
        if (
            found.by_name
            or placed
            or (
                (best is None or best.score < CONFIDENT_SCORE)
                and (found.row_filter.unit or found.selects)
            )
        ):
            return self._lister.listing(
                query, scope
            )  # 以座为单位的, 哪些是设上限的: rows, though 指标 is not said
        unsure = best is None or best.score < CONFIDENT_SCORE
        if (unsure and self._lister.level_only(query)) or (
            best is not None and self._lister.heads_rows(query, best.indicator)
        ):
            return self._lister.listing(query, scope)
        fact = intents.fact_rule(rules)
        said = dict(self._lister.header_said(query, scope))
        if (
            fact is not None
            and fact[1] in said
            and not self._lister.cue_is_header_value(query, query.cues[fact[0]])
        ):
            said = {fact[1]: said[fact[1]]}  # 哪个是经常性项目: the field its words name
        if said and (fact is None or fact[1] in said):
            # 哪个跨年度, 三张表里哪个是一般项目: the projects whose header says it.
            facts = tuple(FactAnswer(field, projects) for field, projects in said.items())
            picked = len({project.id for projects in said.values() for project in projects})
            facts = (replace(facts[0], picked=picked), *facts[1:])  # 共 2 个, said once
            return facts[0] if len(facts) == 1 else SeveralIndicators((), (), facts)
        if fact is not None and not _explains(best, query.cues[fact[0]]):
            # 设施修复什么时候完成 asks the deadline of 设施修复及时性, not the project's end.
            words = self._lister.kind_words(IndicatorKind.DEADLINE)
            deadline = (
                names_indicator(best) and best.indicator.target.kind is IndicatorKind.DEADLINE
            ) or _deadline_row_said(query, best, words)
            if (
                not (deadline and fact[1] in DATE_FIELDS - SPAN_FIELDS)
                and not (deadline and fact[1] in SPAN_FIELDS and _deadline_named(query, words))
                and not _row_target(query, fact, best)
                and not self._span_of_other(query, fact[1], scope)
            ):
                in_goal = (
                    self._single.figure_in_goal(query, scope)
                    or self._goal_sentence(query, scope, best)
                    if fact[1] in GOAL_FIELDS
                    else None
                )
                return in_goal or self._facts(query, fact[1], scope)
        return None

    def _facts(
        self, query: Query, field: ProjectField, scope: tuple[int, ...]
    ) -> FactAnswer | SeveralIndicators:
        """Answers the header fields a question asks, each of them (计划开始和完成日期).

        Two fields count only when the question joins asks (和, 、, a space between asks) or
        asks twice (啥时候开始啥时候完成), and each field has a keyword of its own:
        日期 alone is said of both the start and the end.
        """
        projects = self.catalog.projects_in(scope)
        own = _own_fields(query)
        several = (
            query.parts
            or asks_twice(query.text)
            or _names_fields_in_full(query, own)
            or _fields_spaced_apart(query, own)
        )
        fields = own if len(own) > 1 and several else [field]
        if ProjectField.ANNUAL_GOAL in fields:
            # 年度目标和总体目标: beside the annual goal, the goal asked is the whole span's.
            fields = [ProjectField.OVERALL_GOAL if f is ProjectField.GOAL else f for f in fields]
        facts = tuple(FactAnswer(asked, projects) for asked in dict.fromkeys(fields))
        left = self._parts_left(query, [name for name, _ in intents.FACT_RULES], projects)
        if len(facts) == 1 and not left:
            return facts[0]
        return SeveralIndicators((), left, facts)

    def _dates_shared(
        self, query: Query, several: SeveralIndicators, scope: tuple[int, ...]
    ) -> SeveralIndicators:
        """Adds the dates a part answered beside a date shares its 日期 with (计划开始、完成日期
        以及预算: 计划开始 says 日期 only through the next part, so alone it asks nothing)."""
        facts = [other for other in several.others if isinstance(other, FactAnswer)]
        answered = {fact.field for fact in facts}
        lost = [f for f in _own_fields(query) if f in DATE_FIELDS and f not in answered]
        if not lost or not answered & DATE_FIELDS:
            return several
        projects = facts[0].projects
        if {p.id for p in projects} != set(scope) and scope:
            return several  # the dated part was said of other projects than the whole
        added = tuple(FactAnswer(asked, projects) for asked in lost)
        fields = list(_own_fields(query))
        others = sorted(
            [*several.others, *added],
            key=lambda other: (
                fields.index(other.field)
                if isinstance(other, FactAnswer) and other.field in fields
                else len(fields)
            ),
        )
        return replace(several, others=tuple(others))

    def _span_of_other(self, query: Query, field: ProjectField, scope: tuple[int, ...]) -> bool:
        """Tells whether a date ask is said of a subject no header explains (暑期实习周期多长).

        The project's 实施期间 does not answer how long its 暑期实习 lasts: the goal's
        5 周实习 does, or nothing. A question of several parts names the rest beside the
        field instead (计划开始和验收日期: 验收).
        """
        if field not in DATE_FIELDS or query.parts:
            return False
        projects = self.catalog.projects_in(scope)
        rules = [name for name, _ in intents.FACT_RULES]
        # 活动完成的日期: the work a deadline row dates is that row's (活动完成及时性).
        dated = [name for project in projects for name in self._deadline_names[project.id]]
        words = self._evidence.unexplained(
            query.remainder,
            explained_by=[*self._header_texts(rules, projects), *dated],
            cues=query.cues,
            nouns_only=False,
        )
        return bool(words)

    def _header_texts(self, rules: list[str], projects: tuple[ProjectInfo, ...]) -> list[str]:
        """Returns the texts a header ask may say: names, field keywords, header values."""
        return [
            *(p.name for p in projects),
            *(w for r in rules for w in self._checker.keywords(r)),
            # 实施单位，是不是展示技术中心: a part checking a header's text asks nothing more.
            *(
                t
                for p in projects
                for t in (p.department, p.implementer, p.nature, p.category)
                if t
            ),
        ]

    def _parts_left(
        self, query: Query, rules: list[str], projects: tuple[ProjectInfo, ...]
    ) -> tuple[str, ...]:
        """Returns the parts of a question no header field explains (开始和验收日期: 验收)."""
        texts = self._header_texts(rules, projects)
        left = []
        for part in query.parts:
            sub = self.read(part)
            words = self._evidence.unexplained(
                sub.remainder, explained_by=texts, cues=sub.cues, nouns_only=False
            )
            label = self.lexicon.content_text(sub.remainder)
            if words and label:
                left.append(label)
        return tuple(left)

    def _money_row(
        self, query: Query, best: IndicatorMatch | None, money: MoneyField | None
    ) -> bool:
        """Tells whether a row counted in money answers an ask about money.

        养护成本要多少钱 names the row; 成本多少钱 too: 钱 only says money is asked.
        """
        if best is None or best.indicator.target.unit not in MONEY_UNITS:
            return False
        if names_indicator(best):
            return True
        row = best.indicator
        name = strip_punctuation(self._normalizer.normalize(row.name))
        return (
            money is MoneyField.BUDGET
            and any(term.token in name for term in query.terms)  # 成本 of 成本控制数
            and not self._evidence.unexplained(
                query.remainder,
                # 成本控制数的单位是元还是万元: the row's unit asked, in its own words.
                explained_by=(row.name, row.level1, row.level2, row.target.unit or "", UNIT_WORD),
                cues=query.cues,
            )
        )

    def _capped_cost(
        self, query: Query, money: MoneyField | None, scope: tuple[int, ...]
    ) -> tuple[IndicatorInfo, ...]:
        """Returns each project's one cost row in money with an upper bound, when the cap of
        spending is asked of one project or of each (花钱上限多少, 经费上限分别是多少), or the
        indicator about money (省钱的那个指标): the row sets it, not the budget, which is no
        indicator. 哪个项目花钱最多 compares budgets."""
        if money not in SPENT_FIELDS:
            return ()
        if MONEY_CAP_RULE not in query.rules and not _money_indicator_asked(query, money):
            return ()
        if len(self.catalog.projects_in(scope)) != 1 and not intents.asks_each(query.rules):
            return ()
        found = []
        for project in self.catalog.projects_in(scope):
            rows = [
                row
                for row in project.indicators
                if row.target.unit in MONEY_UNITS and row.target.operator in CAP_OPERATORS
            ]
            if len(rows) != 1:
                return ()
            found += rows
        return tuple(found)

    def _uncomputed(self, query: Query) -> Aggregate:
        """Returns how to show amounts whose asked arithmetic could not be done.

        A difference or a ratio that found no two operands shows each project's amount,
        never their total (两个项目的预算差额 must not answer 合计).
        """
        asked = self._calculator.operation_asked(query)
        if asked is Operation.SUM:
            return Aggregate.TOTAL  # 汇总三个项目的年度预算: any word of a sum asks the total
        if asked is None or asked is Operation.AVERAGE:
            return intents.aggregate(query.rules)
        return Aggregate.EACH

    def _money(
        self,
        money: MoneyField,
        aggregate: Aggregate,
        scope: tuple[int, ...],
        rules: frozenset[str] = frozenset(),
        text: str = "",
    ) -> Answer:
        projects = self.catalog.projects_in(scope)
        if len(projects) < 2:
            aggregate = Aggregate.EACH
        column = asked_column(
            rules, money, one_project=len(projects) == 1, years=spans_years(text)
        )
        return MoneyAnswer(money, aggregate, projects, column=column)

    def _kinds_listed(self, query: Query, scope: tuple[int, ...]) -> PassageAnswer | None:
        """Quotes the goal sentence listing the kinds of a thing asked (企服服务哪几类企业).

        The noun right after the kind ask names the thing; rows and projects are listed
        elsewhere (哪类指标), and a sentence listing no two of the thing answers nothing.
        """
        cues = cue_words()
        if not any(ask in query.text for ask in cues["kind_ask"]):
            return None  # most questions: no cutting
        words = self.lexicon.cut(strip_punctuation(query.text))
        terms = {term.token for term in query.terms}
        nouns = []
        for at, word in enumerate(words):
            if word not in cues["kind_ask"]:
                continue
            after = words[at + 1 : at + 2]
            # 企服服务的企业主要是哪几类: asked last, the kind is the last word named before.
            before = [w for w in words[:at] if w in terms][-1:]
            nouns += after if after else before
        nouns = [noun for noun in nouns if noun not in cues["kind_ask_rows"]]
        if not nouns:
            return None
        found = self._retriever.listing(query, noun=nouns[-1], project_ids=scope)
        if found is None or found.coverage < WEAK_PASSAGE_COVERAGE:
            return None
        return PassageAnswer((found,))

    def _standard_row(self, query: Query, scope: tuple[int, ...]) -> IndicatorAnswer | None:
        """Returns the one row a question about the 绩效标准 column names besides the column
        (路况那条的绩效标准是哪种: 道路通行条件), None when no row, or several, fit."""
        asked = self._lister.standard_asked(query) or ""
        rest = self.read(query.text.replace(asked, " "))
        found = resolve_indicator(self._matcher.match(rest, project_ids=scope), progress=False)
        if isinstance(found, IndicatorAnswer) and len(found.indicators) == 1:
            return found
        return None

    def _goal_part(self, query: Query, scope: tuple[int, ...]) -> Answer | None:
        """Quotes the Nth part of a goal written in numbered parts (企服的第六块工作).

        Only one project in scope may have such parts; a part past its last, or past the
        first of a goal not in parts, is said absent.
        """
        numbers = asked_goal_parts(query.text)  # 第二块和第五块: each of them
        rest = None if numbers else asks_which_part(query.text)
        if not numbers and rest is None:
            return self._part_pointed(query, scope)  # most questions: no part asked
        projects = self.catalog.projects_in(scope)
        parted = [p for p in projects if p.goal_items]
        if len(projects) == 1 and not parted and any(number > 1 for number in numbers):
            return NotInForm((asked_goal_part_words(query.text),))  # a goal not in parts
        if len(parted) != 1:
            return None
        if rest is not None:
            saying = self._part_saying(rest, parted[0])
            numbers = () if saying is None else (saying,)
        passages = [goal_part(parted[0], number) for number in numbers]
        if numbers and None in passages:
            return NotInForm((asked_goal_part_words(query.text),))  # 第七块 of six parts
        if not passages:
            return None
        return PassageAnswer(
            tuple(PassageMatch(p, score=0.0, coverage=1.0) for p in passages if p is not None)
        )

    def _goal_sentence(
        self, query: Query, scope: tuple[int, ...], best: IndicatorMatch | None
    ) -> PassageAnswer | None:
        """Quotes the one sentence of a project's goal that its other words ask about (企服的钱
        主要砸向哪些产业: the sentence naming the “3+6” industries), not the whole goal.

        Only of a project with one goal text (which of two a sentence is from is asked
        otherwise), when no row fits well, and never for a figure or a numbered part.
        """
        projects = self.catalog.projects_in(scope)
        if not query.terms or len(projects) != 1 or _GOAL_SENTENCE_UNFIT.search(query.text):
            return None
        overall = projects[0].overall_goal
        if overall and overall != projects[0].annual_goal:
            return None
        if best is not None and best.score >= CONFIDENT_SCORE:
            return None
        # 钱 and 投向 of 钱投向哪些产业 ask the goal, they are no words of its sentence.
        text = query.text
        for cue in longest_first([cue for rule in query.rules for cue in query.cues[rule]]):
            text = text.replace(cue, " ")
        query = self.read(text)
        rows = [self._normalizer.normalize(row.name) for row in projects[0].indicators]
        if any(all(term.token in row for term in query.terms) for row in rows):
            return None  # 通行方面的目标: a row writes it, the row's target may be meant
        found = self._retriever.search(query, project_ids=scope, limit=2)
        if not found or found[0].coverage < MIN_PASSAGE_COVERAGE:
            return None
        if len(found) > 1 and found[1].coverage >= found[0].coverage:
            return None  # two sentences say the words alike: the whole goal is shown
        return PassageAnswer((found[0],))

    def _part_pointed(self, query: Query, scope: tuple[int, ...]) -> PassageAnswer | None:
        """Quotes the whole part of a goal a question points at by its title (企服法律那块具体
        干啥: the part 科技工作者法律服务, whose first sentence names 法咨委、律师团)."""
        parted = [p for p in self.catalog.projects_in(scope) if p.goal_items]
        number = part_pointed_at(parted[0].goal_items, query.text) if len(parted) == 1 else None
        passage = None if number is None else goal_part(parted[0], number)
        if passage is None:
            return None
        found = self._retriever.search(query, project_ids=(passage.project_id,), limit=2)
        if (
            found
            and found[0].passage.title == passage.title
            and found[0].coverage >= MIN_PASSAGE_COVERAGE
            and (len(found) == 1 or found[1].coverage < found[0].coverage)
        ):
            return None  # 法律服务那块靠哪两支队伍: one sentence of the part says it
        return PassageAnswer((PassageMatch(passage, 0.0, 1.0),))

    def _part_saying(self, rest: str, project: ProjectInfo) -> int | None:
        """Returns the number of the goal's part whose sentence names the words of a question
        asking which part, that ask cut out (企服里搞第三方科技评价属于第几块工作: the sixth)."""
        found = self._retriever.search(self.read(rest), project_ids=(project.id,), limit=1)
        if not found or found[0].coverage < WEAK_PASSAGE_COVERAGE or not found[0].passage.title:
            return part_titled_in(project.goal_items, rest)  # 创新方法培训: the sixth's title
        return part_titled(project, found[0].passage.title)

    def _ordinal(self, query: Query, scope: tuple[int, ...]) -> Answer | None:
        asked = ASKED_ORDINAL_UNIT.search(query.text)
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
                money = enum_value(MoneyField, context.subject)
                if money is None:
                    return None
                return MoneyAnswer(money, Aggregate.EACH, self.catalog.projects_in(scope))
            case Topic.FACT:
                fact = enum_value(ProjectField, context.subject)
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


def _asked_part(remainder: str) -> str:
    """Returns a question's words before its ask (各项活动场次加起来一共多少场 → …一共)."""
    ends = [remainder.find(word) for word in AMOUNT_ASK_WORDS if word in remainder]
    return remainder[: min(ends)].strip(" 的") if ends else remainder


def _divided_once(query: Query, answer: Answer) -> Answer:
    """Refuses one division as the answer to an amount asked per two units (每处每月)."""
    if (
        isinstance(answer, FigureCalculation)
        and answer.calculation.operation is Operation.PER
        and asks_per_twice(query.text)
    ):
        asked = query.text[query.text.find(PER_MARK) :]
        ends = [asked.find(word) for word in AMOUNT_ASK_WORDS if word in asked]
        return NotInForm((asked[: min(ends)] if ends else asked.rstrip(CHECK_END_MARKS),))
    return answer


def _states_a_year(answer: Answer, catalog: Catalog) -> bool:
    """Tells whether an answer states the figures of one year as the form writes them (a
    project's amount, a row's target), which a span of other length (36个月) does not ask.

    Not of a project running over several years (项目资金总额 beside 年度资金申请总额): its
    project column may be the span asked (三年一共多少钱).
    """
    if isinstance(answer, MoneyAnswer):
        projects = answer.projects
        one_year = answer.operation is None and len({p.year for p in projects}) == 1
    elif isinstance(answer, IndicatorAnswer) and not answer.progress:
        projects = catalog.projects_in(tuple({row.project_id for row in answer.indicators}))
        one_year = True
    else:
        return False
    return one_year and all(_annual_only(project.funding) for project in projects)


def _annual_only(funding: Funding) -> bool:
    """Tells whether a project's funding is one year's: no project column of its own."""
    annual, total = funding.annual_total, funding.project_total
    return annual is None or total is None or annual == total  # old forms: one 资金总额


def _names_only(query: Query) -> bool:
    """Tells whether a message only names one project (the answer to "which project?")."""
    return len(query.project_ids) == 1 and not query.terms


def _points_at(query: Query) -> bool:
    """Tells whether the words about projects point at them (这几个项目里…), not count them."""
    cues = query.cues.get(PROJECTS_RULE, frozenset())
    return bool(cues) and all(
        any(mark + cue in query.text for mark in DEMONSTRATIVES) for cue in cues
    )


def _spans_projects(query: Query) -> bool:
    """Tells whether a question is about several projects at once (totals, comparisons)."""
    return intents.money_field(query.rules) is not None and (
        intents.aggregate(query.rules) is not Aggregate.EACH
    )


def _fact_asked_of_money(query: Query) -> bool:
    """Tells whether a question about money asks only who handles it (哪个部门报的预算,
    钱归哪个单位管): the one ask is a header field's keyword (哪个部门), and no amount,
    total or comparison is asked besides."""
    fact = intents.fact_rule(query.rules)
    if fact is None or intents.aggregate(query.rules) is not Aggregate.EACH:
        return False
    if measure_unit_asked(query.text):
        return False  # 资金是按什么单位填的: 单位 is the amount's, no office
    cues = query.cues[fact[0]]
    asking = [cue for cue in cues if any(word in cue for word in FACT_ASK_WORDS)]
    checking = query.text.rstrip(CHECK_END_MARKS).endswith(CHECK_ENDINGS) or any(
        word in query.text for word in CHECK_WORDS
    )  # 是市科协管的吗, 是不是市科协管的
    if not asking and not checking:
        return False
    rest = query.text
    for cue in longest_first(cues):
        rest = rest.replace(cue, " ")
    return not any(word in rest for word in AMOUNT_ASK_WORDS)


def _remainder_asked(text: str) -> str | None:
    """Returns the word asking what is left (剩下的还有多少), else None."""
    return next((word for word in cue_words()["remainder_ask"] if word in text), None)


def _refused_word_unanswered(text: str, whole: Answer, apart: Answer) -> bool:
    """Tells whether the whole question was refused for the thing a dictated measure is said
    of (桥梁 长度) while no row the pieces read apart answered is named by it: those rows
    answer the measure alone (道路养护长度), never the thing lacking."""
    if not isinstance(whole, NotInForm) or not whole.words:
        return False
    said = text.replace(" ", "")
    measured = [
        word
        for word in whole.words
        if any(word + measure in said for measure in cue_words()["bare_measure"])
    ]
    if not measured:
        return False
    if isinstance(apart, SeveralIndicators) and not apart.others:
        rows = [row for found in apart.answers for row in found.indicators]
    elif isinstance(apart, IndicatorAnswer):
        rows = list(apart.indicators)
    else:
        return False
    names = "".join(row.name for row in rows)
    return any(word not in names for word in measured)


def _row_target(query: Query, fact: tuple[str, ProjectField], best: IndicatorMatch | None) -> bool:
    """Tells whether 目标是什么 follows a row named in full (…能力提升情况目标是什么), which
    asks that row's target, not the project's goal text a goal's own name would ask."""
    return (
        fact[1] in GOAL_FIELDS
        and names_indicator(best)
        and not any(word in query.text for word in cue_words()["goal_name"])
    )


def _divides_two(answer: Answer) -> bool:
    """Tells whether an answer divides one figure by another (a percentage of, a ratio)."""
    quotients = (Operation.PERCENT_OF, Operation.RATIO)
    if isinstance(answer, MoneyAnswer):
        return answer.operation in quotients and len(answer.projects) == 2
    if isinstance(answer, FigureCalculation):
        return answer.calculation.operation in quotients
    return False


def _explains(match: IndicatorMatch | None, cues: frozenset[str]) -> bool:
    """Tells whether a well-matched indicator's own name holds a keyword of the question."""
    return (
        match is not None
        and match.score >= CONFIDENT_SCORE
        and any(cue in match.text for cue in cues)
    )


def _same_level(indicator: IndicatorInfo, other: IndicatorInfo) -> bool:
    return (indicator.level1, indicator.level2) == (other.level1, other.level2)


def _word_starts(text: str, tokens: list[str]) -> set[int]:
    """Returns where each word of ``text`` cut into ``tokens`` starts: 去年 in 减去年度 starts
    inside 减去, so it is no year (减去 / 年度), while 明年度 (明 / 年度) still starts a word."""
    starts, position = set(), 0
    for token in tokens:  # Spaces are not tokens: find each word from where the last ended.
        found = text.find(token, position)
        if found < 0:
            continue
        starts.add(found)
        position = found + len(token)
    return starts


def _own_fields(query: Query) -> list[ProjectField]:
    """Returns the header fields a question names each with a keyword of its own."""
    found = intents.fact_rules(query.rules)
    cues = {name: query.cues[name] for name, _ in found}
    return [
        asked
        for name, asked in found
        if cues[name] - set().union(*(words for other, words in cues.items() if other != name))
    ]


def _names_fields_in_full(query: Query, fields: list[ProjectField]) -> bool:
    """Tells whether each field is named by a full field name of its own (开始日期结束日期);
    goals are read apart on purpose (三年的目标 is the overall goal alone)."""
    if any(field in GOAL_FIELDS for field in fields):
        return False
    rules = dict((field, name) for name, field in intents.FACT_RULES)
    cues = {field: query.cues.get(rules[field], frozenset()) for field in fields}
    return all(
        any(
            len(word) >= FULL_FIELD_NAME_CHARS
            and not any(mark in word for mark in ASKING_MARKS)  # 哪个单位 asks, names none
            and not any(word in words for other, words in cues.items() if other != field)
            for word in words
        )
        for field, words in cues.items()
    )


def _facts_lost(query: Query, several: SeveralIndicators) -> bool:
    """Tells whether answering part by part lost a header field the whole question names.

    计划开始、完成日期还有项目性质: the part 计划开始 says 日期 only through the next part,
    so alone it asks nothing; the whole question reads both dates.
    """
    if several.answers or several.unmatched or several.absent:
        return False
    fields = {other.field for other in several.others if isinstance(other, FactAnswer)}
    if len(fields) != len(several.others):
        return False
    own = set(_own_fields(query))
    lost = own - fields
    # Goals are read apart on purpose (项目总目标 of a form with none is its annual goal).
    return len(own) > 1 and fields < own and lost <= DATE_FIELDS


def _money_indicator_asked(query: Query, money: MoneyField | None) -> bool:
    """Tells whether money is asked of an indicator (省钱的那个指标卡在多少).

    The budget is a header field, never an indicator: an ask of the indicator about money
    is the project's cost row. A count of indicators asks something else.
    """
    return (
        money is MoneyField.BUDGET
        and LEVEL_SUFFIX in query.remainder
        and not intents.asks_count(query.rules)
    )


def _newest_of_each(catalog: Catalog) -> dict[int, str]:
    """Returns the id and name of each project's newest form (newest years come first)."""
    newest: dict[str, int] = {}
    for project in catalog.projects:
        newest.setdefault(project.name, project.id)
    return {project_id: name for name, project_id in newest.items()}


UNIT_WORD = "单位"  # 成本控制数的单位: asked of a row, the unit its target is counted in


def _quoted_amounts_gate(text: str) -> bool:
    """Tells cheaply whether a question writes an amount of money (130万, 500元)."""
    return ("万" in text or "元" in text) and any(ch.isdigit() for ch in text)


def _asks_after(text: str) -> bool:
    """Tells whether the words after an amount supposed ask (砍掉10万还剩多少), as a plan told
    of the asker's own does not (明年打算加5万)."""
    return any(word in text for word in cue_words()["question"])


def _checks_of(engine: QuestionEngine) -> FigureChecks:
    """Returns the reader of checks of one figure against another, each side read by
    ``engine`` as an ask of its own (bound methods: the engine's snapshot pickles them)."""
    return FigureChecks(
        engine.catalog,
        interpret=engine.side_answer,
        projects_named=engine.projects_named,
        cut=engine.lexicon.cut,
    )


# A span asked (什么时间段干, 工期多长) has a start a deadline row does not write.
SPAN_FIELDS = frozenset({ProjectField.PERIOD})


def _deadline_named(query: Query, words: tuple[str, ...]) -> bool:
    """Tells whether a question says a word for a deadline (养护的完成期限是哪天: 期限)."""
    return any(word in query.text for word in words)


def _deadline_row_said(query: Query, best: IndicatorMatch | None, words: tuple[str, ...]) -> bool:
    """Tells whether a date ask names a deadline row by a word for its kind (企服“要干到什么
    时候”那个时间要求: 时间要求), one that is no keyword of a date asked (截止日期, 期限)."""
    if best is not None and best.indicator.target.kind is not IndicatorKind.DEADLINE:
        return False
    cues = {cue for name, said in query.cues.items() if name.startswith("fact:") for cue in said}
    return any(
        word in query.text and not any(word in cue or cue in word for cue in cues)
        for word in words
    )


def _names_a_year(text: str) -> bool:
    """Tells whether a question writes a year in digits: 2026年, 26年, or bare (2026 养护 几座)."""
    return bool(_YEAR.search(text) or _BARE_YEAR.search(text) or _SHORT_YEAR.search(text))


# 绩效自评得了多少分, 企服多少页: a count in a measure word the form counts nothing in; an
# overview answers such an ask with its budget. 项, 个, 条 count the overview's own rows.
_COUNT_IN_WORD = re.compile(
    r"(?:多少|几)([\u4e00-\u9fff])(?=$|[\s，,。？?！!～~啊呀呢吗哈嘛啦来])"
)  # the measure word ends the ask (多少分啊), never a noun's first character (多少岗位)
OVERVIEW_COUNTS = frozenset("项个条")


def _counted_unheld(query: Query) -> bool:
    """Tells whether a question asks a count in a measure word no row is counted in."""
    if query.unit is not None or ("多少" not in query.text and "几" not in query.text):
        return False
    return any(
        word not in OVERVIEW_COUNTS and word not in NOT_COUNTED_IN
        for word in _COUNT_IN_WORD.findall(query.text)
    )


def _count_asked(text: str) -> str:
    """Returns the count a question asks in its own words (多少页)."""
    found = _COUNT_IN_WORD.search(text)
    return found.group(0) if found else ""


# Words after 多少/几 that ask no count of things: money, times of day, kinds, shares, rounds.
NOT_COUNTED_IN = frozenset("钱元块万亿号点时种类样成倍轮批期级兆啊呀呢吗哈嘛啦")


def _guessed_in_other_measure(
    answer: Answer, query: Query, units: frozenset[str]
) -> TypeGuard[IndicatorAnswer]:
    """Tells whether a row was guessed (按…理解) for a count asked in a measure word no row of
    the form counts in (评审打几分, 路灯有几盏)."""
    if not isinstance(answer, IndicatorAnswer) or not answer.understood or query.unit:
        return False
    words = _COUNT_IN_WORD.findall(query.text)
    if not words:
        return False
    shown = "".join(row.name + (row.target.unit or "") for row in answer.indicators)
    return all(
        word not in units
        and word not in NOT_COUNTED_IN
        and word not in OVERVIEW_COUNTS
        and word not in shown
        for word in words
    )


MIN_OPERANDS_APART = 2  # a calculation read without the clauses before it names its operands


def _computed(answer: Answer) -> bool:
    """Tells whether an answer is the result of a calculation (a figure's, or amounts compared
    or added up), not figures shown side by side."""
    if isinstance(answer, FigureCalculation):
        return True
    return isinstance(answer, MoneyAnswer) and (
        answer.operation is not None or answer.aggregate is Aggregate.TOTAL
    )


def _premise_checked(
    premise: Premise, ask: Callable[[str], Interpretation]
) -> Interpretation | None:
    """Answers an ask putting up the asker's own figure for checking (企服走访对接是10次吗) as
    an ask of the form's figure, saying whether the two agree; None when the ask so read finds
    nothing, and the question is read as written."""
    found = ask(premise.kept)
    if isinstance(found.answer, LENT_FROM):
        return None
    if len(premise.told) == 1:
        holds = premise_holds(premise.told[0], found.answer)
        if holds is not None:
            return replace(found, premise=(premise.told[0], holds))
    return replace(found, set_apart=premise.told + found.set_apart)


def _measured_twice(found: list[Interpretation]) -> Interpretation | None:
    """Returns one comparison's two measures answered together (多 130万元, 多约108.3%), when
    each ask was calculated; None when one was not, so the whole is read as before."""
    if not all(_computed(each.answer) for each in found):
        return None
    return replace(found[0], answer=SeveralIndicators((), others=tuple(f.answer for f in found)))


def _dividing_words(text: str, operations: OperationWords) -> tuple[str, ...]:
    """Returns the words sharing a figure out (平摊, 人均), when ``text`` asks so."""
    if operations.read(text) not in (Operation.PER, Operation.AVERAGE):
        return ()
    return (*operations.words.get(Operation.PER, ()), *operations.words.get(Operation.AVERAGE, ()))


def _names_other_project(part: str, row: IndicatorInfo, lexicon: Lexicon) -> bool:
    """Tells whether an operand names only projects other than the row's own."""
    named = {pid for mention in lexicon.find_projects(part) for pid in mention.project_ids}
    return bool(named) and row.project_id not in named


def _other_project_label(part: str, row: IndicatorInfo, lexicon: Lexicon) -> str:
    """Returns what an operand of another project asks (企服的活动参与人数); one naming the
    project alone (是企服的几倍) asks the row's own name of it."""
    said = strip_punctuation(part)
    rest = said
    for mention in sorted(lexicon.find_projects(said), key=lambda m: -m.start):
        rest = rest[: mention.start] + rest[mention.end :]
    if rest.strip("的 项目"):
        return said
    return f"{said.rstrip('的')}的{row.name}"


def _share_within(
    engine: QuestionEngine, text: str, *, projects: tuple[int, ...]
) -> FigureCalculation | None:
    """Returns one row's share of the total of the rows a filter keeps (科创赋能那35场在它所有按
    场算的活动里占多大比例: 35场 ÷ 43场), when the part is one of those rows; else None."""
    asks = share_within_asked(text)
    if asks is None:
        return None
    row = _one_row_of(engine.interpret(asks[0], projects=projects).answer)
    if row is None and _FIGURE_SAID.search(asks[0]):
        # 那个35场的: the row named by its figure alone, read as a which-row ask.
        by_figure = asks[0].removesuffix(ROW_ASKED) + ROW_BY_FIGURE_ASKED
        row = _one_row_of(engine.interpret(by_figure, projects=projects).answer)
    if row is None:
        return None
    named = engine.projects_named(asks[1])
    if (named and named != (row.project_id,)) or _PROJECTS_COUNTED.search(asks[1]):
        return None  # 占两个项目按场算的合计: a whole beyond the row's own project
    whole = engine.read(asks[1])
    total = engine._lister.filtered_total(whole, (row.project_id,))
    if not isinstance(total, FigureCalculation) or total.wider is not None:
        return None
    return share_of_kept(row, total)


def _split_over_group(
    engine: QuestionEngine, text: str, *, projects: tuple[int, ...]
) -> SeveralIndicators | None:
    """Returns the total of the rows of a unit, then an amount split over it (国交成本控制数按
    以人计的几条人数之和来摊，每人合多少钱: 300人 + 50人 + 5人 + 2人 = 357人; 40万元 ÷ 357人),
    when the amount is one row's and the rows are of its project; else None."""
    asked = engine._lister.split_over_group(text)
    if asked is None:
        return None
    row = _one_row_of(engine.interpret(asked[0] + ROW_ASKED, projects=projects).answer)
    project = engine.project(row.project_id) if row is not None else None
    amount = target_figure(project, row) if row is not None and project is not None else None
    if amount is None or amount.unit != YUAN:
        return None
    total = engine._lister.filtered_total(
        engine.read(asked[1] + WHOLE_ASKED), (amount.project.id,)
    )
    if isinstance(total, FigureCalculation) and total.wider is not None:
        # 所有以场计活动的总场数: 活动 says the rows are events, it picks none of them out
        events = engine._lister.event_words_only(total.narrowed_by)
        total = total.wider if events else None
    if not isinstance(total, FigureCalculation) or total.calculation.operation != Operation.SUM:
        return None
    figures = (amount, replace_value(total.figures[0], total.calculation.result))
    operands = tuple(Operand(figure.project.name, figure.value) for figure in figures)
    per = calculate(Operation.PER, operands)
    if per is None:
        return None
    split = FigureCalculation(per, per_unit(list(figures)), figures=figures)
    return SeveralIndicators((), (), (total, split))


_FIGURE_SAID = re.compile(r"\d")
_PROJECTS_COUNTED = re.compile(r"(?:[两俩二三四五六七八九十几各\d]个?|所有|全部|每个)项目")


def _one_row_of(answer: Answer) -> IndicatorInfo | None:
    """Returns the one row an answer gives (a target, or a listing of one row), else None."""
    if isinstance(answer, IndicatorAnswer) and len(answer.indicators) == 1:
        return answer.indicators[0]
    if isinstance(answer, IndicatorList) and not answer.count_only:
        rows = [row for group in answer.groups for row in group.indicators]
        return rows[0] if len(rows) == 1 else None
    return None


# A figure (多少, 几场 but not 哪几) or a numbered part (排第四) asked: no goal sentence answers.
_GOAL_SENTENCE_UNFIT = re.compile(r"多少|(?<!哪)几|第[一二三四五六七八九十\d]")


def _fields_spaced_apart(query: Query, fields: list[ProjectField]) -> bool:
    """Tells whether each field is named by a word of its own standing apart, typed tersely
    between spaces (国交 开始 结束 日期): no space-set word names two of them."""
    words = query.text.split()
    if len(fields) < 2 or len(words) < 3:
        return False
    rules = dict((field, name) for name, field in intents.FACT_RULES)
    cues = {field: query.cues.get(rules[field], frozenset()) for field in fields}
    own = {
        field: {cue for cue in said if not any(cue in cues[o] for o in fields if o != field)}
        for field, said in cues.items()
    }
    named = [
        {field for field, said in own.items() if any(c in word for c in said)} for word in words
    ]
    return all(len(fields_of) <= 1 for fields_of in named) and set().union(*named) == set(fields)


# 几%, 百分之几, 几成, 几倍: a share or a ratio asked, which needs the figure it is of.
_SHARE_ASKED = re.compile(r"(?:几|多少)(?:%|成|倍)|百分之(?:几|多少)|百分比|比例")


def _operation_lost(engine: QuestionEngine, whole: str, kept: str) -> bool:
    """Tells whether the clauses left out as asides took every word asking an operation
    with them while the rest asks a share (国家级站点 占全部 几%: 几% of nothing read)."""
    if _SHARE_ASKED.search(kept) is None:
        return False
    operations = engine._operations
    if operations.read(kept, tokens=frozenset(engine.lexicon.cut(kept))) is not None:
        return False
    return operations.read(whole, tokens=frozenset(engine.lexicon.cut(whole))) is not None


def _project_alone(engine: QuestionEngine, words: str) -> bool:
    """Tells whether ``words`` name one project and nothing else (国交, 科普场馆数字化改造)."""
    if len(engine.projects_named(words)) != 1:
        return False
    query = engine.read(words)
    return len(query.project_ids) == 1 and not query.terms and not query.rules


def _names_term(engine: QuestionEngine, text: str) -> bool:
    """Tells whether ``text`` names a project or a word of a row's name (，国交; ，合作单位),
    not only words the form happens to write (这个数不小啊: 这个)."""
    if engine.projects_named(text):
        return True
    words = engine.lexicon.cut(text)
    return any(
        len(word) >= MIN_FORM_WORD_CHARS and word in engine._lister.all_row_names for word in words
    )


_LATIN_RUN = re.compile(r"[a-z]{2,}")


def _latin_unread(engine: QuestionEngine, query: Query, answer: Answer) -> Answer:
    """Refuses a calculation over a question holding letters nothing read (gj以家为单位的加起来
    多少家: gj may name the project, and every project's rows would be added), naming them."""
    if not _LATIN_RUN.search(query.remainder.lower()):
        return answer
    # Figures of one project may be what the letters name (yw成本控制数按12处平均); across
    # projects, or one project's amount where a comparison is asked, they may not.
    computed = isinstance(answer, FigureCalculation | FigureMismatch) and (
        len({figure.project.id for figure in answer.figures}) > 1
    )
    asked = (
        isinstance(answer, MoneyAnswer)
        and answer.operation is None
        and engine._calculator.operation_asked(query) in COMPARISONS
    )
    if not (computed or asked):
        return answer
    known = latin_terms()
    unread = [run for run in _LATIN_RUN.findall(query.remainder.lower()) if run not in known]
    return NotInForm(tuple(dict.fromkeys(unread))) if unread else answer


def _one_ask_word(query: Query) -> bool:
    """Tells whether a question says one asking word (要到什么水平), so asks one thing."""
    return len(ASKING.findall(query.text)) <= 1


# 比两岸交流那个多出多少, 是海外交流那块的几倍: the other side of a comparison, up to its ask.
_OTHER_SIDE = re.compile(
    r"(?:比|较|是)(?P<other>[^，,。；;？?！!比较是]{1,12}?)的?"
    r"(?=多出|多了|多|少|高|低|几倍|多少倍|百分之|差)"
)


def _one_side_compared(
    engine: QuestionEngine, query: Query, scope: tuple[int, ...]
) -> Answer | None:
    """Refuses a comparison of one project's amount with another side no project was read
    for (给企业帮忙那块钱，是海外交流那块的几倍): the one amount found answers nothing asked."""
    if engine._calculator.operation_asked(query) not in COMPARISONS:
        return None
    if len(engine.catalog.projects_in(scope)) != 1:
        return None
    other = _OTHER_SIDE.search(query.text)
    if other is None or engine.lexicon.find_projects(other["other"]):
        return None
    side = other["other"]
    money = next((word for word in engine._operations.money_words if side.endswith(word)), "")
    side = side.removesuffix(money).removesuffix("的") or side  # xq预算: xq is what is unread
    return NotInForm((side,))


def _points_at_one_row(query: Query) -> bool:
    """Tells whether a question points at one row (…和合作单位高不高兴的那条): its parts joined
    by 和 describe that row, not two rows asked."""
    return any(word in query.text for word in cue_words()["row_pointer"])


NAME_JOINERS = re.compile("[与和、及]")  # 参与人员与合作单位满意度: a name joining two things


# Clauses of a message: a year named in a later one is of that ask alone, when it asks
# something of its own (2025年的完成值呢), not when it only names the year (去年的, 明年呢).
_YEAR_ONLY = re.compile(
    r"\d{2,4}\s*年度?|[去今明前后]年度?|上一?年度?|下一?年度?|本年度?|当年|[的呢吗啊呀吧了那这个呃嗯\s]"
)
MIN_YEAR_ASK_CHARS = 2
_CLAUSE_APART = re.compile(r"[，,。？?；;！!]|还有|另外|以及")
# Answers kept for the asks before a clause naming a year no form is loaded for.
_ANSWERED_BESIDE_YEAR = (
    IndicatorAnswer,
    SeveralIndicators,
    MoneyAnswer,
    FactAnswer,
    IndicatorList,
)


def _with_year_missing(answer: Answer, missing: NotInForm) -> SeveralIndicators:
    """Returns ``answer`` with the note that the year a later clause names is not loaded."""
    if isinstance(answer, SeveralIndicators):
        return replace(answer, others=(*answer.others, missing))
    if isinstance(answer, IndicatorAnswer):
        return SeveralIndicators((answer,), others=(missing,))
    return SeveralIndicators((), others=(answer, missing))


# 参与人次 said of a row named 活动参与人数: the count a row names, in another form's words.
PERSON_TIMES = "人次"
PERSON_COUNT = "人数"
MIN_COUNTED_STEM_CHARS = 2
_PERSON_TIMES_COUNTED = re.compile(r"(?P<said>[\u4e00-\u9fff]{2,4})人次")
