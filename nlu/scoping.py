"""Which projects a question names loosely: 设施运维那个项目, 国际交流合作, 麻烦查下道路养护…"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from importlib import resources

from rapidfuzz import fuzz, process

from knowledge.catalog import Catalog, ProjectInfo
from nlu.answers import FactAnswer, ProjectChoice, UnknownProject
from nlu.arithmetic import ByClause, OperationWords, by_clause
from nlu.cues import cue_words
from nlu.evidence import Evidence
from nlu.intents import ProjectField, fact_rules, project_field
from nlu.lexicon import Lexicon
from nlu.matcher import IndicatorMatcher
from nlu.normalize import Normalizer, strip_punctuation
from nlu.prepared import built_once
from nlu.query import PROJECT_WORD, Query
from nlu.resolution import MAX_SUGGESTIONS
from nlu.sounds import SHAPE_MARK, latin_spellings, latin_terms, load_likenesses

MONEY_RULE_PREFIX = "money:"
DESCRIBED_FILE = "described.txt"
UNSURE_PROJECT = 0  # a weak pointer whose description fits several projects (ids start at 1)
CATEGORY_MARK = "类"  # 特定目标类: a category's ending, said or not
MIN_VALUE_CHARS = 2  # 跨年 of 跨年度: the shortest start of a header value that names projects
# What follows a header value said of a project: 跨年那个, 跨年度的, 经常性项目.
_OWNER_MARK = re.compile(r"[度性]?(?:的|那个|这个|那|这|项目)")
# 跨年那个项目, 跨年度的这个项目: a header value pointing at the project it describes.
_POINTED_PROJECT = re.compile(r"[度性]?的?(?:那个|这个|那|这)项目")
# 跨好几年的那个项目, 横跨两个年度的, 要干好几年的那个项目: a project said to run over several
# years, the header's 跨年度 (几 alone asks: 要做几年).
_SEVERAL_YEARS = r"(?:好几|好多|多|两|三|四|五|数|若干)个?年(?:度|头)?"
_YEARS_CROSSED = re.compile(
    rf"(?:横跨|跨越|跨了|跨){_SEVERAL_YEARS}"
    rf"|(?:持续|延续|连续|要做|要干|要搞|做|干|搞|分)了?{_SEVERAL_YEARS}"
    r"(?=的?(?:那个|这个|那|这)?项目|的?那个|的?这个)"
)
NATURE_OF_YEARS = "跨年度"
ONE_ITEM = "一项"
PLAN = "计划"  # 運維計劃嘅指標: Hong Kong's word for a project
# 场馆改造一项，…; 养护一项之数量指标: a project's name, then 一项 closing what is said of it.
_ONE_ITEM_AFTER = re.compile(
    r"(?<![那这哪第每])一项(?:(?P<of>之)|(?=[，,：:；;\s]|$))"
    # 運維計劃嘅, 养护计划有哪些: never 计划标准, 计划开始日期, 计划完成时间 (the form's words)
    r"|计划(?=[的嘅里内中有，,：:；;？?\s]|$)"
)
YEAR_CHAR = "年"
NATURE_RULE = "fact:nature"  # its words name kinds of project (经常性, 一次性, 跨年度)
MIN_FIELDS_ASKED = 2  # the kind and another field: the kind may only name the project
# What follows a kind said as a project's modifier (跨年度的改造项目, 经常性那个项目).
_MODIFIED_PROJECT = re.compile(r"[度性]?(?:的|那个|这个)?[\u4e00-\u9fff]{0,6}?项目")
MAX_KIND_GAP = 2  # 听说有经常性项目: words between a name read and the kind after it
MIN_LOOSE_NAME_CHARS = 4  # a run of a project's name this long names it (设施运维)
MAX_LOOSE_NAME_CHARS = 8
# …，再看看设施运维的; 设施运维的满意度比道路养护的高: a project named after 比 as well.
PROJECT_JOINERS = ("和", "与", "及", "、", "跟", ",", ";", "还有", "再", "比")
MIN_NAME_SIMILARITY = 75.0  # 国际交留 ~ 国际交流: a typo in a known name still names it
MIN_SHORT_NAME_CHARS = 2
_LIST_SEPARATOR = re.compile(r"\s+|[和与及、跟,，;；]|还有")  # 运维 养护 数字化改造: a list
MIN_LISTED_NAMES = 2
DEMONSTRATIVES = ("那个", "这个", "那边", "这边", "那块", "这块")  # 运维那个设施…: the project's
ASK_RULES = ("money:", "fact:", "list", "count")  # rules that ask something of a project
OWNER_JOINERS = ("和", "与", "及", "、", "跟", "还有", "比")  # 运维和养护, 运维比养护: two names
OWNER_PAIR = 2  # a row ask is scoped by short words only when two are joined
# 运维的年度资金比数字化改造多多少, 改造的线上人次是运维开放日的几倍: the project compared is
# said first, the other after 比 or 是 (one character each).
COMPARED = ("比", "是")
# 成本控制数占企服项目: the words before 占 are the part's, never a project's description.
SPLIT_ALWAYS = (COMPARED[0], "占")
_PLACED_IN = "在于"  # 成本控制数上限在企服项目: the project a part is placed in
POSSESSIVE = "的"
COMPARED_WINDOW = 16  # characters around 比 read for the other project's word (a long message)
_CLAUSE_END = re.compile(r"[，,。；;！!？?\s]")
HEADER_RULES = ("money:", "fact:")  # a header field asked: it is a project's, never a row's
PLACEHOLDER = "某"  # 某某, 某区: what stands in for a name
_PROJECTS_COUNTED = re.compile(r"项目(?:数|个数|数量)")  # 转化项目数: projects counted
MIN_DESCRIBED_CHARS = 2  # 科协: the shortest name a project's description may give it
MAX_ABBREVIATION_SPREAD = 3  # 科协 of 科学技术协会: an abbreviation's characters this close
MAX_NAME_WORDS = 4  # words of a name said apart (场馆 … 改造) are a short run
MAX_HELD_WORDS = 10_000  # words whose projects are remembered (a bot runs for weeks)
# 每处, 每一个: a run right after them is what a per ask counts (每处科普设施).
_CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+$")
# 我记得养护的, 请问运维的, 看下改造的: characters ending the words before a project's word.
WORD_ENDS_BEFORE_OWNER = "得的了是下问看查说讲么吧啊呢哈嗯那这个"
# 养护的, 运维那边, 改造项目里: words after a project's word that say the rest is its own.
_OWNER_AFTER = re.compile(r"(?:那个|这个|那边|这边|那块|这块|项目)?(?:的|里|中)")
# 关于养护的, 跟运维有关的: a word said as what rows are about, not whose they are.
_TOPIC_BEFORE = re.compile(r"(?:关于|有关|涉及|提到|包含|含有|含|带有|带|有|围绕)[\"“‘']?$")
_COUNTED_AFTER_EACH = re.compile(r"每一?[\u4e00-\u9fff]?$")
MAX_BODY_PROJECTS = 10  # projects a body named before 项目 is looked for among
# 科协管的项目, 建管委报的那个项目: a body said before the projects it has (its verb after).
_BODY_BEFORE_PROJECT = re.compile(
    r"([\u4e00-\u9fff]{2,8}?)(?:主管|管|报|申报|负责|实施|承办)?的?(?:那个|这个|那|这)?项目"
)
# 哪个项目是区里建管委报的, 哪个项目归科协管: a project asked by the body said after it, with
# its verb (where the body sits, 区里 or 市里, may come first).
_BODY_AFTER_PROJECT = re.compile(
    r"项目(?:是|归|由|属于)(?:[区市]里|[区市]级)?的?([\u4e00-\u9fff]{2,8}?)"
    r"(?:主管|管|报|申报|负责|实施|承办|牵头|管理|报送|来报|来管|来做|做|办)的?"
)
# 哪个项目, 哪些项目, 项目里哪个是: a project asked for.
_WHICH_PROJECT = re.compile(r"哪(?:个|些|几个|一个)项目|项目.{0,6}?哪(?:个|些|一个)|哪个是")
_DIGIT = re.compile(r"\d")
_YEAR_SAID = re.compile(r"(?P<year>(?:19|20)\d{2})\s*年?(?:(?P<month>\d{1,2})\s*月)?")
# Words saying a year is when a project starts (2023年开始的, 从2023年起) or ends (做到2026年).
_START_VERB = re.compile(r"^从|开始|启动|开工|起步|动工|上马|开干|开做|[^\d]起")
_END_VERB = re.compile(
    r"结束|完成|完工|截止|收尾|结项|[做干搞弄办]完|[做干搞弄办持延]续?到|到期|为止"
)
# 哪个项目是2025年的, 2025年度的, 2025年报的: the year of a project's form.
_FORM_YEAR_SAID = re.compile(r"度?(?:的|报的|申报的|的表)")
MAX_DATE_VERB_GAP = 6  # characters after a year its verb is read in (2023年7月份开始的)
# What may follow a name before it is said again: 那个项目, 这个项目, 项目.
_AFTER_NAME = re.compile(r"(?:那个|这个|那|这)?项目")
# A name said again at once: in brackets, or after 就是, 即, 也叫 (外事项目，也就是国际交流那个).
_RESTATED = re.compile(
    r"(?:\((?P<said>[^)]{2,16})\)"
    r"|[,，]?(?:也就是|就是|即|也叫|又叫|也称|指的是)(?P<said2>[^,，。?？]{2,16}))"
)
# What may stand between a project's name and its work (国交这边活动, 国交的那些活动).
_OWNER_THEN = re.compile(r"(?:这边|那边|这块|那块|这个|那个)?的?(?:这些|那些)?")
_WORK_CHARS = re.compile("[活工事任业务]")  # the cheap check before the work words
# Fields that say who: who runs the project runs each piece of its work.
WHO_FIELDS = (ProjectField.IMPLEMENTER, ProjectField.DEPARTMENT)
# 科协这边, 建管委那边: a body the asker speaks of as a side, for its projects.
_BODY_SIDE = re.compile(r"([\u4e00-\u9fff]{2,8}?)(?:这边|那边|这块|那块|方面)")
ASK_MARKS = ("多", "几", "什么", "啥", "哪", "吗", "?")  # a part holding one asks something
# A project pointed at after the words saying what it is about, in place of its name:
# 跟企业搞科技创新的那个项目, 港澳台学生来实习的那个交流项目 (交流 says more of it), 养护那张表
# (the form is the project's), 修路那个, 国际交流那边 (a weak pointer: 完好率那个 is a row's).
# 修路修桥的项目: the words said before 的项目 alone (no 项目数, 项目个数: projects counted);
# 项目 may be typed as another word of its sound (像目, 向目).
_POINTER_TEMPLATE = (
    r"(?P<of>的)?(?:那个|这个|那一个|这一个)(?P<more>[\u4e00-\u9fff]{{0,4}}?){project}"
    r"|(?P<plain>的){project}(?!数|个数|数量)"
    r"|(?<=[\u4e00-\u9fff])(?<![个一两几哪每各该本此这那的])(?P<bare>){project}"
    r"(?!数|个数|数量|资金|总额|性质|类别|名称|起止|实施|执行|主管|开始|计划|完成|结束|期限|周期)"
    r"|(?P<form>那张表|这张表|那份表|这份表)"
    r"|(?P<side>那个|那边|这边|那块|这块)"
)
POINTER_WORDS = ("那个", "这个", "一个", "那边", "这边", "那块", "这块", "张表", "份表", "目")
# 满意度要求最高的项目, 预算多的项目: projects ranked by a figure, none described.
_RANKING = re.compile(r"[最更较比]|[多少高低大小]$")
# 修路的项目是哪个, 跨年度的项目有哪些: the project is asked, its description no name to read.
_PROJECT_ASKED = re.compile(r"^[是有都]?(?:哪|什么|啥|几)")
# Where the words describing a project begin: the clause or a bracket (a list is cut at its
# joiners below; 做工作站和“创新集市”的那个项目 quotes a word of the description).
_DESCRIPTION_START = re.compile(r"[，,。；;！!？?：:\s（）()\"']")
# 科普那个比企业那个项目, 企业那个项目比科普那个: a pointer said right beside a comparison.
_COMPARED_AFTER = re.compile(r"的?(?:比|和|跟|与|较|同|加上|减去|除以)")
_COMPARED_BESIDE = re.compile(r"(?:比|和|跟|与|较|同|加上|减去|除以)$")
# 修路那个的呢, 修路那个呢？: the ask before said again of the project pointed at.
_SAME_ASKED = re.compile(r"的?(?:呢|嘞|咧|捏)")
# 两岸交流那块钱, 修路那个的预算: a project's money said right after a weak pointer.
_MONEY_AFTER = re.compile(r"的?(?:钱|经费|预算|资金|款子|盘子)")
# 修修补补, 缝缝补补, 敲敲打打: a doing said twice over (AABB), whatever the dictionary tags it.
_REDOUBLED = re.compile(r"^(.)\1(.)\2$")
NEAR_CHARS = 6  # 海外海归科技人才: words of one thing written this close, other words between
MAX_DESCRIPTION_CHARS = 16  # longer before a pointer is a sentence, not a description


class ProjectScoper:
    """Scopes questions to the projects their words name, written in full or not."""

    def __init__(
        self,
        *,
        catalog: Catalog,
        lexicon: Lexicon,
        normalizer: Normalizer,
        evidence: Evidence,
        operations: OperationWords,
        read: Callable[[str], Query],
        project_words: dict[int, frozenset[str]],
        matcher: IndicatorMatcher | None = None,
    ) -> None:
        self._catalog = catalog
        self._matcher = matcher
        self._lexicon = lexicon
        self._evidence = evidence
        self._operations = operations
        self._read = read
        self._project_words = project_words
        self._described: dict[int, tuple[str, ...]] | None = None
        self._name_parts = _parts_of_names(catalog, normalizer)
        # Each nature and category written, with the projects writing it (natures first).
        self._by_value: dict[str, list[int]] = {}
        for field in ("nature", "category"):
            for project in catalog.projects:
                if value := getattr(project, field):
                    self._by_value.setdefault(value, []).append(project.id)
        self._names = [
            (project.id, strip_punctuation(normalizer.normalize(project.name)))
            for project in catalog.projects
        ]
        self._all_names = "\n".join(name for _, name in self._names)
        self._name_of = dict(self._names)
        self._holders: dict[str, set[int]] = {}  # word → projects whose names hold it
        self._row_texts = {
            project.id: "\n".join(
                strip_punctuation(normalizer.normalize(row.name)) for row in project.indicators
            )
            for project in catalog.projects
        }
        self._all_rows = "\n".join(self._row_texts.values())
        self._descriptions_read = ProjectDescriptions(
            catalog=catalog,
            lexicon=lexicon,
            evidence=evidence,
            read=read,
            names=self._names,
            row_texts=self._row_texts,
            header_texts=self._descriptions,
            operations=operations.all_words(),
        )
        self._short_names = [
            (alias.removesuffix(PROJECT_WORD), owner)
            for alias, owner in lexicon.aliases.items()
            if len(alias.removesuffix(PROJECT_WORD)) >= MIN_SHORT_NAME_CHARS
        ] + [(name, project_id) for project_id, name in self._names]  # 科普场馆数字化升级
        self._initials: NameInitials | None = None  # built at the first Latin letters asked

    def _tokens(self, query: Query) -> frozenset[str]:
        """Returns the words a question's remainder is cut into."""
        return frozenset(self._lexicon.cut(query.remainder))

    def named(self, query: Query) -> Query | UnknownProject:
        """Scopes a question to the projects its unknown names still clearly mean.

        A name that means no project (某某项目) is reported rather than ignored: answering
        for every project would put figures on a question about something else.
        """
        found: list[int] = []
        unknown: list[str] = []
        spoken: list[str] = []
        compared = query.text
        for name in query.unnamed_projects:
            meant = self._meant_by_tail(name) or self._described_project(name, query)
            joined = self._meant_after_joiner(name) if meant is None else None
            if joined is not None:
                # 设施运维的满意度比路桥项目高几个: 路桥 is a project's short name, said as a
                # project after 比; read without 项目, as 运维的满意度比路桥高 is read.
                compared = compared.replace(joined[1] + PROJECT_WORD, joined[1], 1)
                continue
            if meant is None:
                meant = self._misnamed_end(name, query.text)  # 科普场馆数字化升级项目
            if meant is None and self._kind_said(name, query.text):
                continue  # 我听说有经常性项目: a kind of project said, no name
            restated = self._restated(name, query) if meant is None else None
            if restated is not None:
                meant = restated  # 外事那个项目（国际交流的）: the name in brackets says which
            if meant is None:
                unknown.append(name)
            else:
                found.append(meant[0])
                spoken.append(meant[1])
        if unknown:
            return UnknownProject(tuple(unknown), self._catalog.projects)
        if compared != query.text:
            reread = self._read(compared)
            if not reread.unnamed_projects:
                return self.loose(reread)
        named = dict(zip(found, spoken, strict=True))
        apart = self._spelled_apart(query.text, [], skip=query.project_ids, part=True)
        short = named.get(apart[0], "") if apart is not None else ""
        if apart is not None and short and short in apart[1]:
            named[apart[0]] = apart[1]  # 场馆改造这个项目: 场馆 goes on with 改造
        return self._scoped(query, (*query.project_ids, *found), named)

    def initials_written(self, text: str) -> str:
        """Returns ``text`` with each project named by the initials of its short name written
        as the name (see :class:`NameInitials`)."""
        if self._initials is None:
            self._initials = NameInitials(self._short_names, likenesses=load_likenesses())
        return self._initials.written(text)

    def dated(self, text: str) -> FactAnswer | None:
        """Answers a question asking for the projects by when they run (哪个项目是2023年开始的,
        哪个项目从2024年一直做到2026年) or by the year of their form (哪个项目是2025年的):
        those whose dates fit; None when it asks no project so or no project fits."""
        if "哪" not in text or not _DIGIT.search(text) or not _WHICH_PROJECT.search(text):
            return None
        said = [(int(m.group("year")), m) for m in _YEAR_SAID.finditer(text)]
        years = sorted({year for year, _ in said})
        if len(years) == 2:  # 从2024年做到2026年: the span it runs
            fits = [p for p in self._catalog.projects if runs_over(p, years[0], years[-1])]
            return FactAnswer(ProjectField.PERIOD, tuple(fits)) if fits else None
        return self._dated_once(text, said[0][1]) if len(years) == 1 else None

    def _dated_once(self, text: str, said: re.Match[str]) -> FactAnswer | None:
        """Answers for the projects starting or ending at the one year (and month) said, as
        the words next to it ask, or whose form is that year's when none does."""
        around = text[max(0, said.start() - 1) : said.end() + MAX_DATE_VERB_GAP]
        starts, ends = _START_VERB.search(around), _END_VERB.search(around)
        year, month = int(said.group("year")), said.group("month")
        if starts is None and ends is None:
            if month or not _FORM_YEAR_SAID.match(text, said.end()):
                return None
            fits = [p for p in self._catalog.projects if p.year == year]
            return FactAnswer(ProjectField.YEAR, tuple(fits)) if fits else None
        if starts is not None and ends is not None:
            return None  # both ends said of one year: read as before
        fits = []
        for project in self._catalog.projects:
            day = project.planned_start if starts else project.planned_end
            if day is not None and day.year == year and (not month or day.month == int(month)):
                fits.append(project)
        return FactAnswer(ProjectField.PERIOD, tuple(fits)) if fits else None

    def described(self, text: str, *, projects: tuple[int, ...] = ()) -> str | ProjectChoice:
        """Returns ``text`` with each project said by what it is about written by its name, or
        the projects to choose from (see :class:`ProjectDescriptions`)."""
        if YEAR_CHAR in text:
            text = _YEARS_CROSSED.sub(NATURE_OF_YEARS, text)  # 跨好几年的那个项目
        return self._descriptions_read.rewritten(text, projects=projects)

    def one_item_as_project(self, text: str) -> str:
        """Returns ``text`` with 一项 after a project's name written 项目, as older official
        writing calls a project (场馆改造一项，由何单位具体承办; 养护一项之数量指标), and 计划 as
        Hong Kong calls one (運維計劃嘅指標); never after a row's name (道路养护长度一项)."""
        if ONE_ITEM not in text and PLAN not in text:
            return text
        for found in reversed(list(_ONE_ITEM_AFTER.finditer(text))):
            run = _CJK_RUN.search(text, 0, found.start())
            name = run.group() if run is not None else ""
            whole = any(
                (m.start, m.end) == (0, len(name)) for m in self._lexicon.find_projects(name)
            )
            row_end = f"{name}\n" in f"{self._all_rows}\n"  # 市民满意度一项: a row's
            if not name or not (whole or (self._project_meant(name) is not None and not row_end)):
                continue
            said = PROJECT_WORD + ("的" if found.group("of") else "")
            text = text[: found.start()] + said + text[found.end() :]
        return text

    def _meant_after_joiner(self, name: str) -> tuple[int, str] | None:
        """Returns the project named by the words after the last 比 or 和 of the words read
        before 项目 (市民满意度目标比路桥: 路桥), the rest being the question's own."""
        at = max(name.rfind(joiner) + len(joiner) for joiner in OWNER_JOINERS)
        tail = name[at:]
        if at <= 0 or at >= len(name) or len(tail) < MIN_SHORT_NAME_CHARS:
            return None
        project_id = self._project_meant(tail)
        return (project_id, tail) if project_id is not None else None

    def _misnamed_end(self, name: str, text: str) -> tuple[int, str] | None:
        """Returns the project whose name, said in full up to a word said otherwise, reads
        near enough to it (科普场馆数字化升级项目: 科普场馆数字化改造), with the odd word."""
        at = text.find(name)
        for mention in self._lexicon.find_projects(text[:at]):
            if mention.end != at or len(mention.project_ids) != 1:
                continue
            meant = self._project_meant(text[mention.start : at + len(name)])
            if meant == mention.project_ids[0]:
                return meant, name
        return None

    def _kind_said(self, name: str, text: str) -> bool:
        """Tells whether the words read as a name go on into a kind of project a header
        writes (听说有经常性项目, 一次性的项目): a nature or category, said of projects."""
        at = text.find(name) + len(name)
        window = text[at : at + MAX_KIND_GAP + MAX_LOOSE_NAME_CHARS + len(PROJECT_WORD)]
        kinds = self._lexicon.vocabulary.rule_words(NATURE_RULE)
        return any(
            kind in window
            and window.find(kind) <= MAX_KIND_GAP
            and _OWNER_MARK.match(window, window.find(kind) + len(kind))
            for kind in kinds
        )

    def _restated(self, name: str, query: Query) -> tuple[int, str] | None:
        """Returns the project a name no project has is said again as at once, and the words
        of both: in brackets or after 就是 (外事那个项目（国际交流的）, 外事项目，也就是国际交流
        那个), when those words name a project the question names."""
        start = query.text.find(name)
        at = start + len(name)
        after = _AFTER_NAME.match(query.text, at)
        at = after.end() if after is not None else at
        restated = _RESTATED.match(query.text, at)
        if restated is None:
            return None
        mentions = self._lexicon.find_projects(restated.group("said") or restated.group("said2"))
        owners = {pid for mention in mentions for pid in mention.project_ids}
        if len(owners) != 1 or not owners <= set(query.project_ids):
            return None
        return owners.pop(), query.text[start : restated.end()]

    def _described_project(self, name: str, query: Query) -> tuple[int, str] | None:
        """Returns the one project whose header fields or goals write a name a question gives
        it, or shorten it (线上展馆 of 建成线上展馆, 科协 of 上海市科学技术协会).

        Not when a project is named outright or projects are counted (企服成果转化项目数: the
        goal's 成果转化 is work of 企服, no project of its own).
        """
        if len(name) < MIN_DESCRIBED_CHARS or PLACEHOLDER in name or query.project_ids:
            return None  # 某某项目: a name standing for any project, as 上海市某某局 is written
        if _PROJECTS_COUNTED.search(query.text):
            return None
        owners: list[int] = []
        for project_id, texts in self._descriptions().items():
            if any(name in text or abbreviates(name, text) for text in texts):
                owners.append(project_id)
                if len(owners) > 1:
                    return None
        return (owners[0], name) if owners else None

    def index(self) -> None:
        """Reads the projects' descriptions now, for a long-running process."""
        self._descriptions()

    def _descriptions(self) -> dict[int, tuple[str, ...]]:
        """Returns each project's header fields and goals as :func:`described_by` reads them,
        read once (at 10,000 indicators, once a question cost 4 ms)."""
        if self._described is None:
            self._described = {
                project.id: tuple(text for _, text in described_by(project))
                for project in self._catalog.projects
            }
        return self._described

    def _scoped(
        self,
        query: Query,
        ids: Iterable[int],
        spoken: dict[int, str],
        *,
        placed: dict[int, str] | None = None,
    ) -> Query:
        """Scopes a question to projects named loosely, reading it again without those names.

        设施运维那个项目设施完好率: 设施运维 names the project, not a row to match. ``placed``:
        the words that place the projects in the written order when they stay in the question
        (运维比科普场馆数字化改造的年度预算: 运维 first); ``spoken`` by default.
        """
        text = query.text
        for words in spoken.values():
            text = text.replace(words, " ", 1)
        scoped = self._read(text) if text != query.text else query
        ids = tuple(dict.fromkeys(ids))
        return replace(
            scoped,
            project_ids=ids,
            project_choices=(),
            unnamed_projects=(),
            named_order=self._written_order(query.text, ids, spoken if placed is None else placed),
            parts=query.parts,  # each part keeps the loose name that scopes it
        )

    def _written_order(
        self, text: str, ids: tuple[int, ...], spoken: dict[int, str]
    ) -> tuple[int, ...]:
        """Returns projects in the order the question names them (A比B: A first)."""
        at = {m.project_ids[0]: m.start for m in self._lexicon.find_projects(text)}
        at |= {project_id: text.find(words) for project_id, words in spoken.items()}
        return tuple(sorted(ids, key=lambda project_id: at.get(project_id, len(text))))

    def _meant_by_tail(self, name: str) -> tuple[int, str] | None:
        """Returns the project a name means and its words, without leading verbs (麻烦查下…)."""
        words = self._lexicon.cut(name)
        for start in range(len(words)):
            tail = "".join(words[start:])
            dropped = "".join(words[:start])
            if start and len(tail) < MIN_LOOSE_NAME_CHARS:
                break
            if dropped and self._evidence.unexplained(dropped, explained_by=(), cues={}):
                break  # a noun before the name belongs to it: 法律咨询服务 is no 服务项目
            project_id = self._project_meant(tail)
            if project_id is not None:
                return project_id, tail
        return None

    def loose(self, query: Query, *, part: bool = False) -> Query:
        """Scopes a question whose words spell part of one project's name (设施运维的带宽).

        A ``part`` of a question may be a project's words alone (场馆改造和道路养护的…),
        but 道路养护多长 still asks 道路养护长度.
        """
        if query.project_choices or query.unnamed_projects:
            return query
        compared = self._operations.read(query.remainder, tokens=self._tokens(query)) is not None
        if (
            query.project_ids
            and not compared
            and not any(w in query.text for w in PROJECT_JOINERS)
        ):
            return query  # one project named; more with 和 or 比 (数字化改造和设施运维)
        named = [(m.start, m.end) for m in self._lexicon.find_projects(query.text)]
        counted = by_clause(query.text)  # 按科普设施处数平均: the things counted, no project
        best = self._name_run(query, named, counted)
        if best is None:
            text = query.text
            if counted is not None:
                text = (
                    text[: counted.start]
                    + " " * (counted.end - counted.start)
                    + text[counted.end :]
                )
            best = self._spelled_apart(text, named, skip=query.project_ids, part=part)
        if best is None and not query.project_ids:
            lead = self._leading_owner(query)
            if lead:
                return self._scoped(query, tuple(lead), lead)  # 运维完好率底线: 运维 leads
        if best is None and len(self._catalog.projects) > 1:
            owners = (
                self._joined_to_named(query) if query.project_ids else self._header_owners(query)
            )
            # 跨年那个项目, 区建委那个项目: a header value or a body names the project only.
            described = (
                {}
                if owners or query.project_ids
                else self._value_owners(query)
                or self._body_owners(query)
                or self._side_owners(query)
            )
            # Of a header ask one word alone stays in the question: it may name the project's
            # row too (养护完成时间); words joined (养护和运维哪个预算多) and the word of a row
            # ask (运维和养护的市民满意度) name the projects only.
            header = any(rule.startswith(HEADER_RULES) for rule in query.rules)
            alone = len(owners) + len(query.project_ids) == 1
            # 运维的设施环境评价目标: a word said as the project's (的, 那边) names it only.
            kept = header and alone and not (owners and self._said_as_owner(query.text, owners))
            spoken = {} if kept else owners
            if described:
                owners = spoken = described
            ids = (*query.project_ids, *owners)
            return self._scoped(query, ids, spoken, placed=owners) if owners else query
        if best is None:
            return query
        spoken = {best[0]: best[1]}
        if any(w in query.text for w in PROJECT_JOINERS):
            # 设施运维和道路养护的…: a second project named by its words apart; 运维、场馆改造、
            # 道路养护: a third beside them, found the same way until none is left.
            masked = query.text
            while len(spoken) + len(query.project_ids) < len(self._catalog.projects):
                more = self._joined_more(
                    query.text, masked, named, spoken, named_ids=query.project_ids, part=part
                )
                if more is None:
                    break
                masked = more[1]
                spoken[more[0][0]] = more[0][1]
        return self._scoped(query, (*query.project_ids, *spoken), spoken)

    def _joined_more(
        self,
        text: str,
        masked: str,
        named: list[tuple[int, int]],
        spoken: dict[int, str],
        *,
        named_ids: tuple[int, ...],
        part: bool,
    ) -> tuple[tuple[int, str], str] | None:
        """Returns one more project joined to those ``spoken`` in ``text``, with the text
        masked of every word found so far."""
        for said in spoken.values():
            at = masked.find(said)
            if at >= 0:
                masked = masked[:at] + " " * len(said) + masked[at + len(said) :]
        skip = (*named_ids, *spoken)
        more = self._spelled_apart(masked, named, skip=skip, part=part)
        if more is None:
            # 运维的市民满意度比道路养护的高几个百分点: a short word across 比; 运维和道路
            # 养护的…: a short word joined to the words spelled apart.
            more = next(
                (
                    (owner, word)
                    for said in spoken.values()
                    if (at := text.find(said)) >= 0
                    for word in self._neighbour_words(text, at, at + len(said))
                    if word not in spoken.values()
                    and (owner := self._owner_of(text, word, skip=skip)) is not None
                ),
                None,
            )
        return None if more is None or more[0] in spoken else (more, masked)

    def _name_run(
        self, query: Query, named: list[tuple[int, int]], counted: ByClause | None
    ) -> tuple[int, str] | None:
        """Returns the project whose name alone writes the longest run of the question
        (设施运维 of 城市科普设施运维), outside names written in full and the things counted."""
        starts, at = [], 0
        for word in self._lexicon.cut(query.text):
            at = query.text.find(word, at)  # the cut leaves out spaces
            starts.append(at)
            at += len(word)
        best: tuple[int, str] | None = None
        for start in starts:  # a run may end inside a word: 设施运维和 cuts as 设施/运/维和
            if counted is not None and counted.start <= start < counted.end:
                continue
            for end in range(start + MIN_LOOSE_NAME_CHARS, start + MAX_LOOSE_NAME_CHARS + 1):
                run = query.text[start:end]
                owner = self._name_parts.get(run)
                if owner is None or owner in query.project_ids:
                    continue
                if any(start < e and s < end for s, e in named):
                    continue
                if _COUNTED_AFTER_EACH.search(query.text, 0, start):
                    continue  # 平摊到每处科普设施: the things counted, not the project
                if best is None or len(run) > len(best[1]):
                    best = (owner, run)
        return best

    def _spelled_apart(
        self, text: str, named: list[tuple[int, int]], *, skip: tuple[int, ...], part: bool
    ) -> tuple[int, str] | None:
        """Returns the project whose name holds a run of the question's words in order.

        场馆改造 names 科普场馆数字化改造: each word is in the name, in that order, and the
        question does not go on with a row name holding the run (道路养护长度 names a row).
        Projects in ``skip`` are named already.
        """
        words = self._lexicon.cut(text)
        best: tuple[int, str] | None = None
        for start, first in enumerate(words):
            if len(first) < MIN_SHORT_NAME_CHARS or first not in self._all_names:
                continue
            for end in range(start + 2, min(len(words), start + MAX_NAME_WORDS) + 1):
                run = words[start:end]
                if len(run[-1]) < MIN_SHORT_NAME_CHARS or run[-1] not in self._all_names:
                    break
                spelled = "".join(run)
                at = text.find(spelled)
                if at < 0 or any(at < e and s < at + len(spelled) for s, e in named):
                    break
                if _COUNTED_AFTER_EACH.search(text, 0, at):
                    break  # 平摊到每处科普设施: the things counted, not the project
                owners = self._owners_in_order(run)
                if len(owners) != 1 or owners[0] in skip:
                    continue
                if _continues_row(text, at, spelled, self._row_texts[owners[0]]):
                    continue
                rest = text.replace(spelled, " ", 1)
                if not self._leaves_ask(rest) and not (part and self._bare(rest)):
                    continue  # 道路养护干到什么时候为止: the words are the subject, not a scope
                if len(spelled) >= MIN_LOOSE_NAME_CHARS and (
                    best is None or len(spelled) > len(best[1])
                ):
                    best = (owners[0], spelled)
        return best

    def _header_owners(self, query: Query) -> dict[int, str]:
        """Returns the projects short words of their names name when a header field is asked.

        运维的预算多少: a budget is a project's, and of the projects loaded only 城市科普设施运维
        writes 运维 in its name. Words of several projects name each only when joined (运维和
        养护的预算); never when the question goes on with a row name holding the word
        (运维成本控制数的主管部门).
        """
        header = any(rule.startswith(HEADER_RULES) for rule in query.rules)
        found: dict[int, str] = {}
        for word in self._lexicon.cut(query.remainder):
            owners = self._holding(word) if len(word) >= MIN_SHORT_NAME_CHARS else set()
            if len(owners) == 1:
                found.setdefault(next(iter(owners)), word)
        # 运维和养护的市民满意度: words of two names joined name both for a row ask too;
        # 养护的满意度: one word said as the project's, that no other project's rows write.
        owned = len(found) == 1 and self._said_as_owner(query.text, found)
        if (
            not found
            or (not header and len(found) < OWNER_PAIR and not owned)
            or any(
                _continues_row(query.text, query.text.find(word), word, self._row_texts[owner])
                for owner, word in found.items()
            )
        ):
            return {}
        words = list(found.values())
        joined = all(
            any(left + joiner + right in query.text for joiner in OWNER_JOINERS)
            or (header and self._compared_across_money(query.text, left, right))
            for left, right in itertools.pairwise(words)
        )
        return found if joined else {}

    def _compared_across_money(self, text: str, left: str, right: str) -> bool:
        """Tells whether two projects' words are compared across the money asked of the
        first (运维预算比改造多多少, 运维预算是改造几倍): only money words and 的 between."""
        start = text.find(left) + len(left)
        between = text[start : text.find(right, start)] if start >= len(left) else ""
        for word in (*self._operations.money_words, POSSESSIVE):
            between = between.replace(word, "")
        return between in COMPARED

    def _value_owners(self, query: Query) -> dict[int, str]:
        """Returns the one project whose nature or category a question names it by (跨年那个
        总盘子, 跨年度项目的预算, 跨年那个项目满意度): the start of the value, said of a
        project."""
        money = any(rule.startswith(MONEY_RULE_PREFIX) for rule in query.rules)
        found: dict[int, str] = {}
        for value, projects in self._by_value.items():
            # Another ask names the project by pointing at it (跨年那个项目满意度); 哪个是
            # 跨年度项目 asks which project is, and names none.
            said = _value_said(query.text, value, pointed=not money)
            if said is not None:
                for project_id in projects:
                    found.setdefault(project_id, said)
            if len(found) > 1:
                return {}
        return found

    def _leading_owner(self, query: Query) -> dict[int, str]:
        """Returns the project a terse question leads with a word of its name (运维完好率底线:
        城市科普设施运维), when no row name goes on with the words after it (运维风险 is a row)."""
        words = self._lexicon.cut(query.text)
        if len(words) < 2 or len(words[0]) < MIN_SHORT_NAME_CHARS or not _CJK_RUN.match(words[0]):
            return {}
        owners = self._holding(words[0])
        if len(owners) != 1:
            return {}
        owner = next(iter(owners))
        if self._another_named(words, owner):
            return {}  # 运维和养护的…: two projects, read as before
        if words[1] in DEMONSTRATIVES and len(words) > 2:
            words = [words[0], *words[2:]]  # 运维那个设施完好率: 那个 points at the project
        if len(words[1]) < MIN_SHORT_NAME_CHARS or words[1] not in self._all_rows:
            return {}  # 桥梁那个指标: what follows names no row
        rows = self._all_rows
        if words[0] + words[1][:1] in rows or _continues_row(query.text, 0, words[0], rows):
            return {}
        return {owner: words[0]}

    def _another_named(self, words: list[str], owner: int) -> bool:
        """Tells whether a word of another project's name follows the leading one (运维和养护
        的…, 养护 满意度 运维 满意度 对比); 比 of 比例 or 对比, 及 of 及时性 alone name no
        second project, nor does a comma before more of the same ask (运维那个设施完好不完好，
        那个比例)."""
        return any(
            len(later) >= MIN_SHORT_NAME_CHARS and self._holding(later) - {owner}
            for later in words[1:]
        )

    def _body_owners(self, query: Query) -> dict[int, str]:
        """Returns the one project whose department or implementer a body named before 项目
        is (科协管的项目, 建管委报的那个项目: 上海市科学技术协会, 某区建设和管理委员会), said
        in full or shortened; never a word of a project's name (科普的项目)."""
        found: dict[int, str] = {}
        if len(self._catalog.projects) > MAX_BODY_PROJECTS:
            return found  # among many projects a body has several: it picks none
        matches = [
            *_BODY_BEFORE_PROJECT.finditer(query.text),
            *_BODY_AFTER_PROJECT.finditer(query.text),
        ]
        for match in matches:
            run = match.group(1)
            for start in range(len(run) - MIN_DESCRIBED_CHARS + 1):
                word = run[start:]
                if self._holding(word) or PLACEHOLDER in word:
                    continue
                owners = {
                    project.id
                    for project in self._catalog.projects
                    for body in (project.department, project.implementer)
                    if body and abbreviates(word, strip_punctuation(body))
                }
                if len(owners) == 1:
                    # 建管委报的那个项目: the body and what points at its project go together.
                    found.setdefault(owners.pop(), match.group(0)[start:])
                    break
        return found if len(found) == 1 else {}

    def body_picks(self, query: Query) -> bool:
        """Tells whether a who-field ask says a body that runs some of the projects only
        (哪几个项目归科协管的: 科协 of 上海市科学技术协会, the department of one of three), so
        that the projects it runs are asked, not the list of every project."""
        if project_field(query.rules) not in WHO_FIELDS or query.project_ids:
            return False
        count = len(self._catalog.projects)
        if not 1 < count <= MAX_BODY_PROJECTS:
            return False
        for word in self._lexicon.cut(query.text):
            if len(word) < MIN_DESCRIBED_CHARS or self._holding(word) or PLACEHOLDER in word:
                continue
            owners = {
                project.id
                for project in self._catalog.projects
                for body in (project.department, project.implementer)
                if body and abbreviates(word, strip_punctuation(body))
            }
            if 0 < len(owners) < count:
                return True
        return False

    def _side_owners(self, query: Query) -> dict[int, str]:
        """Returns the projects of a body a question speaks for (科协这边全年要服务多少人次,
        建管委那边的养护长度): every project whose department or implementer it shortens,
        with the body's words; none when a row name goes on with them."""
        if len(self._catalog.projects) > MAX_BODY_PROJECTS:
            return {}
        for match in _BODY_SIDE.finditer(query.text):
            run = match.group(1)
            for start in range(len(run) - MIN_DESCRIBED_CHARS + 1):
                word = run[start:]
                if self._holding(word) or PLACEHOLDER in word:
                    continue
                if _continues_row(query.text, match.start(1) + start, word, self._all_rows):
                    continue
                owners = [
                    project.id
                    for project in self._catalog.projects
                    if any(
                        body and abbreviates(word, strip_punctuation(body))
                        for body in (project.department, project.implementer)
                    )
                ]
                if owners:
                    said = match.group(0)[start:]
                    return dict.fromkeys(owners, said)
        return {}

    def _said_as_owner(self, text: str, found: dict[int, str]) -> bool:
        """Tells whether a word of one project's name is said as that project's (养护的满意度,
        运维那边的带宽): no other project's rows write it (交流 of 学术交流 is a row's word)."""
        owner, word = next(iter(found.items()))
        at = text.find(word)
        if not _OWNER_AFTER.match(text, at + len(word)) or _TOPIC_BEFORE.search(text, 0, at):
            return False
        if at and _CJK_CHAR.match(text[at - 1]) and text[at - 1] not in WORD_ENDS_BEFORE_OWNER:
            return False  # 博物馆改造的: the word goes on a name the question spells its own way
        return not any(word in rows for pid, rows in self._row_texts.items() if pid != owner)

    def _joined_to_named(self, query: Query) -> dict[int, str]:
        """Returns the project a short word joined to a name written in full names, with
        the word (运维跟场馆数字化改造的预算加起来, 道路桥梁养护和运维的: 运维)."""
        text = query.text
        for mention in self._lexicon.find_projects(text):
            listed = self._listed_before(text, mention.start, skip=query.project_ids)
            if listed:
                return listed  # 运维 养护 数字化改造三个项目: each short word of the list
            joined: dict[int, str] = {}
            for word in self._neighbour_words(text, mention.start, mention.end):
                owner = self._owner_of(text, word, skip=(*query.project_ids, *joined))
                if owner is not None:
                    joined[owner] = word  # 运维、数字化改造、养护: the words on both sides
            if joined:
                return joined
        return {}

    def _listed_before(self, text: str, start: int, *, skip: tuple[int, ...]) -> dict[int, str]:
        """Returns the projects of the short words listed right before a name written in full,
        each apart by a space or a joiner (运维 养护 数字化改造, 运维、养护和数字化改造); a
        list of two or more, so one word before a name is left to the joiners' reading."""
        pieces = _LIST_SEPARATOR.split(text[:start])
        if len(pieces) < 2 or pieces[-1]:
            return {}
        found: dict[int, str] = {}
        for piece in reversed(pieces[:-1]):
            if not piece:
                continue
            owner = self._owner_of(text, piece, skip=(*skip, *found))
            if owner is None:
                break
            found[owner] = piece
        return found if len(found) >= MIN_LISTED_NAMES else {}

    def _neighbour_words(self, text: str, start: int, end: int) -> list[str]:
        """Returns the words joined to a project named at ``start``..``end`` (运维和…), then
        those across 比 or 是…的 from it (…是运维开放日接待人次的几倍)."""
        before, after = text[:start], text[end:]
        joined = [
            *(
                self._lexicon.cut(before.removesuffix(j))[-1:]
                for j in OWNER_JOINERS
                if before.endswith(j)
            ),
            *([word] for word in self._compared_words(text, start, end)),
            *(
                self._lexicon.cut(after.removeprefix(j))[:1]
                for j in OWNER_JOINERS
                if after.startswith(j)
            ),
        ]
        return [found[0] for found in joined if found]

    def _owner_of(self, text: str, word: str, *, skip: tuple[int, ...]) -> int | None:
        """Returns the one project outside ``skip`` whose name holds ``word``, unless the
        question goes on with a row name holding it (运维成本控制数)."""
        owners = self._holding(word) if len(word) >= MIN_SHORT_NAME_CHARS else set()
        if len(owners) != 1 or owners <= set(skip):
            return None
        owner = next(iter(owners))
        return (
            None if _continues_row(text, text.find(word), word, self._row_texts[owner]) else owner
        )

    def _compared_words(self, text: str, start: int, end: int) -> list[str]:
        """Returns the words that may name the project on the other side of 比 from one named
        at ``start``..``end``: each word of the clause ending with 比 right before it (运维的
        年度资金比数字化改造多多少: what is compared is said first, its amount after it), then
        the first word after a 比 that follows it (数字化改造的预算比运维少多少)."""
        before = text[:start]
        said = next((word for word in COMPARED if before.endswith(word)), None)
        clause = _CLAUSE_END.split(before.removesuffix(said))[-1] if said else ""
        rest = text[end:]
        at = min((rest.find(word) for word in COMPARED if word in rest), default=-1)
        after = rest[at + 1 :] if at >= 0 else ""
        return [
            *self._lexicon.cut(clause[-COMPARED_WINDOW:]),
            *self._lexicon.cut(after[:COMPARED_WINDOW])[:1],
        ]

    def _owners_in_order(self, run: list[str]) -> list[int]:
        """Returns up to two projects whose names write the words of ``run`` in order."""
        candidates = set.intersection(*(self._holding(word) for word in run))
        owners = []
        for project_id in sorted(candidates):
            if _in_order(run, self._name_of[project_id]):
                owners.append(project_id)
                if len(owners) > 1:
                    break  # two owners name neither
        return owners

    def _holding(self, word: str) -> set[int]:
        """Returns the projects whose names hold ``word`` (looked up once per word)."""
        found = self._holders.get(word)
        if found is None:
            found = {pid for pid, name in self._names if word in name}
            if len(self._holders) < MAX_HELD_WORDS:
                self._holders[word] = found
        return found

    def _bare(self, rest: str) -> bool:
        """Tells whether a part says nothing once a project's words are out (场馆改造这张表里).

        道路养护多长 still asks: 多长 goes with 道路养护长度.
        """
        asks = ASK_MARKS
        return not any(mark in rest for mark in asks) and not self._evidence.unexplained(
            rest, explained_by=(), cues={}, nouns_only=False
        )

    def _leaves_ask(self, rest: str) -> bool:
        """Tells whether a question without a project's words still asks something of it."""
        query = self._read(rest)
        return bool(query.terms) or any(rule.startswith(ASK_RULES) for rule in query.rules)

    def _project_meant(self, name: str) -> int | None:
        """Returns the one project a name means: a near short name, or all its words."""
        near = process.extract(
            name,
            [short for short, _ in self._short_names],
            scorer=fuzz.ratio,
            score_cutoff=MIN_NAME_SIMILARITY,
            limit=MAX_SUGGESTIONS,
        )
        if near:
            best = near[0][1]
            owners = {self._short_names[i][1] for _, score, i in near if score == best}
            return owners.pop() if len(owners) == 1 else None
        words = set(self._lexicon.tokens(name))
        if not words:
            return None
        owners = {pid for pid, known in self._project_words.items() if words <= known}
        return owners.pop() if len(owners) == 1 else None

    def work_said(self, query: Query) -> Query:
        """Reads a question without the words that only say a project's own work.

        Said right after the project (国交这边活动的成本控制数, 国交的活动总花费), the work is
        the project; in a who-ask anywhere (国交的活动是哪个单位来实施的, 养护这个活儿谁在
        干), for who runs the work runs the project. Each word is one of [project_work] the
        project's goals write; a word going on into a row name (活动参与人数) stays.
        """
        if not query.project_ids or query.parts or not _WORK_CHARS.search(query.text):
            return query  # a question of several parts: each part is read on its own
        projects = self._catalog.projects_in(query.project_ids)
        goals = [text for p in projects for _, text in described_by(p)]
        work = [w for w in cue_words()["project_work"] if any(w in goal for goal in goals)]
        if project_field(query.rules) in WHO_FIELDS:
            header = [v or "" for p in projects for v in (p.name, p.department, p.implementer)]
            left = self._evidence.unexplained(
                query.remainder, explained_by=header, cues=query.cues
            )
            said = list(left) if left and all(word in work for word in left) else []
        else:
            said = self._work_after_owner(query.text, work)
            if said and self._names_row(query, said):
                return query  # 国交活动要来多少人: 活动 goes with the row 活动参与人数
        if not said:
            return query
        text = query.text
        for word in said:
            text = text.replace(word, " ", 1)
        return replace(
            self._read(text),
            project_ids=query.project_ids,
            project_choices=(),
            unnamed_projects=(),
            named_order=query.named_order,
            parts=query.parts,
        )

    def kind_as_modifier(self, query: Query) -> Query:
        """Reads a project's kind said as its modifier as naming it, not as asked, when the
        question asks another field: 这个跨年度的改造项目三年总的目标 asks the overall goal of
        the project that is 跨年度, not its nature; 跨年度的项目有哪些 still asks the nature."""
        fields = fact_rules(query.rules)
        if NATURE_RULE not in query.rules or len(fields) < MIN_FIELDS_ASKED:
            return query
        cues = query.cues.get(NATURE_RULE, frozenset())
        if not cues or not all(_modifies_project(query.text, cue) for cue in cues):
            return query
        rest = {name: words for name, words in query.cues.items() if name != NATURE_RULE}
        return replace(query, rules=query.rules - {NATURE_RULE}, cues=rest)

    def _names_row(self, query: Query, words: list[str]) -> bool:
        """Tells whether the row a question matches best writes one of ``words``."""
        if self._matcher is None:
            return True
        found = self._matcher.match(query, project_ids=query.project_ids)
        return bool(found) and any(word in found[0].indicator.name for word in words)

    def _work_after_owner(self, text: str, work: list[str]) -> list[str]:
        """Returns the work words said right after a project's name or its loose words (left
        as a space): 国交这边活动, 国交的活动; not one a row name goes on with."""
        starts = {mention.end for mention in self._lexicon.find_projects(text)}
        starts |= {at + 1 for at, char in enumerate(text) if char == " "}
        said = []
        for start in sorted(starts):
            found = _OWNER_THEN.match(text, start)
            at = found.end() if found is not None else start
            word = next((w for w in work if text.startswith(w, at)), None)
            if word is None:
                continue
            end = at + len(word)
            going_on = _continues_row(text, at, word, self._all_rows)
            if going_on and text.startswith(POSSESSIVE, end):
                # 活动的成本控制数: 的 goes on 活动的港澳台籍学生 only with what follows it too.
                going_on = text[at : end + len(POSSESSIVE) + 1] in self._all_rows
            if not going_on:
                said.append(word)
        return said


MAX_INITIALS = 6  # characters of a short name typed in pinyin (dlqlyh of 道路桥梁养护)
MAX_SPELLED_LETTERS = 24  # a short name typed in full pinyin (daoluqiaoliangyanghu)
_LATIN_LETTERS = re.compile(r"[A-Za-z]")
_LATIN_WORD = re.compile(rf"(?<![A-Za-z0-9])[A-Za-z]{{2,{MAX_SPELLED_LETTERS}}}(?![A-Za-z0-9])")


class NameInitials:
    """Projects named by the first letter of each syllable of a short name, or by its whole
    pinyin, as an input method left in Latin letters types them: gj for 国交, yw for 运维,
    szh for 数字化, guojiao for 国交, yunwei for 运维.

    A Latin word is read so only when it fits the short names of one project and is neither a
    pinyin syllable nor a word the shipped lists write in Latin letters (ok, vs, kpi).
    """

    def __init__(
        self, names: Iterable[tuple[str, int]], *, likenesses: Mapping[str, tuple[str, ...]]
    ) -> None:
        syllables = {key for keys in likenesses.values() for key in keys if key[0] != SHAPE_MARK}
        known = syllables | latin_terms()
        found: dict[str, tuple[str, set[int]]] = {}
        for name, owner in names:
            if not _CJK_RUN.match(name) or not MIN_SHORT_NAME_CHARS <= len(name) <= MAX_INITIALS:
                continue
            for spelling in latin_spellings(name, likenesses):
                shortest, owners = found.get(spelling, (name, set()))
                owners.add(owner)
                found[spelling] = (min(shortest, name, key=_shortest_first), owners)
        self._names = {
            key: name
            for key, (name, owners) in found.items()
            if len(owners) == 1 and key not in known
        }

    def written(self, text: str) -> str:
        """Returns ``text`` with each Latin word that is one project's initials written as its
        short name."""
        if not self._names or not _LATIN_LETTERS.search(text):
            return text
        return _LATIN_WORD.sub(lambda m: self._names.get(m.group().lower(), m.group()), text)


def _shortest_first(name: str) -> tuple[int, str]:
    """Orders names shortest first, names of one length in code-point order: the names come
    from sets, and 国交 or 国际 chosen by the hash seed answered gj两 ways across runs."""
    return len(name), name


class ProjectDescriptions:
    """Reads projects said by what they are about instead of their names: 跟企业搞科技创新的
    那个项目, 港澳台学生来实习的那个交流项目, 修路那个, 场馆中心那边, 养护那张表.

    What is said before the pointer is read against each project's own text (its name, header
    fields, goals and row names), so another form's projects are named the same way.
    """

    def __init__(
        self,
        *,
        catalog: Catalog,
        lexicon: Lexicon,
        evidence: Evidence,
        read: Callable[[str], Query],
        names: list[tuple[int, str]],
        row_texts: dict[int, str],
        header_texts: Callable[[], dict[int, tuple[str, ...]]],
        operations: frozenset[str] = frozenset(),
    ) -> None:
        self._catalog = catalog
        # 成本控制数减去国际交流项目: arithmetic words end what the other side says
        self._operations = frozenset(
            word for word in operations if len(word) >= MIN_DESCRIBED_CHARS
        )
        self._lexicon = lexicon
        self._evidence = evidence
        self._read = read
        self._names = names
        self._name_of = dict(names)
        self._row_texts = row_texts
        self._all_rows = "\n".join(row_texts.values())
        self._header_texts = header_texts
        self._texts: dict[int, str] = {}  # each project's own text, read once
        self._every_text: str | None = None
        self._lines: dict[int, list[str]] = {}  # header fields, goals and rows, split once
        likenesses = load_likenesses()
        syllables = {key for key in likenesses.get(PROJECT_WORD[0], ()) if key[0] != SHAPE_MARK}
        sounded = "".join(
            char for char, keys in likenesses.items() if syllables.intersection(keys)
        )
        self._pointer = re.compile(
            _POINTER_TEMPLATE.format(project=f"[{re.escape(PROJECT_WORD[0] + sounded)}]目")
        )

    def rewritten(self, text: str, *, projects: tuple[int, ...] = ()) -> str | ProjectChoice:
        """Returns ``text`` with each project said by what it is about written by its name
        (跟企业搞科技创新的那个项目 → 企业科技创新服务的那个项目, 修路那个 → 道路桥梁养护那个),
        or the projects to choose from when a description fits several alike (科普那个项目).

        ``projects``: the projects picked already from such a choice.
        """
        count = len(self._catalog.projects)
        if not count or count > MAX_BODY_PROJECTS:
            return text
        if not any(word in text for word in POINTER_WORDS):
            return text
        found: set[int] = set()
        weak: list[int] = []
        first = self._rewrite_pass(
            text, projects=projects, others=frozenset(), found=found, weak=weak
        )
        if isinstance(first, ProjectChoice) or not weak:
            return first
        # 企业那个项目比两岸交流那个多多少: a weak pointer beside another project is one too.
        named = {pid for m in self._lexicon.find_projects(text) for pid in m.project_ids}
        # 科普设施维护项目…比修路项目的高几个百分点: two weak pointers, each at another project
        pointed = set(weak) - {UNSURE_PROJECT}
        if not found | named and len(pointed) < MIN_LISTED_NAMES:
            return first
        return self._rewrite_pass(
            text,
            projects=projects,
            others=frozenset(found | named | pointed),
            found=set(),
            weak=[],
        )

    def _rewrite_pass(
        self,
        text: str,
        *,
        projects: tuple[int, ...],
        others: frozenset[int],
        found: set[int],
        weak: list[int],
    ) -> str | ProjectChoice:
        """Rewrites each project described in ``text`` once (see :meth:`rewritten`), adding
        the projects rewritten to ``found`` and those a weak pointer alone left unread to
        ``weak``; ``others``: projects the question says besides, beside which a weak pointer
        (那个, 那块) points at a project."""
        pieces: list[str] = []
        at = floor = 0
        for match in self._pointer.finditer(text):
            start = self._description_start(text, match.start(), floor=floor)
            floor = match.end()
            plain = match.group("plain") is not None or match.group("bare") is not None
            if plain and (
                _PROJECT_ASKED.match(text, match.end())
                or _RANKING.search(text, start, match.start())
            ):
                continue  # 修路的项目是哪个, 满意度最高的项目: the project is asked
            more = match.group("more") or ""
            said = text[start : match.start()] + more
            if not more and self._named_last(said):
                continue  # 成本控制数上限在企服项目: 企服 names the project already
            if not said or PLACEHOLDER in said:
                continue  # 某区那个项目: what stands in for a name names no project
            if more and more not in self._all_texts() and not self._lexicon.find_projects(more):
                continue  # 那个占两个项目: words no project writes are no more of its name
            owners = self._describing(said, form=bool(match.group("form")))
            bare = match.group("bare") is not None
            weak_pointer = match.group("side") is not None or bare
            if weak_pointer and not (
                (not bare and self._side_said(text, match, said, owners))
                or self._side_paired(text, match, said, owners, others, bare=bare)
            ):
                beside = _COMPARED_BESIDE.search(text, 0, start) or _COMPARED_AFTER.match(
                    text, match.end()
                )
                if (
                    match.group("side")
                    and others
                    and len(owners) > 1
                    and beside
                    and self._asked_after(text, match)
                ):
                    # 科普那个比企业那个项目多多少: of two projects compared, one is unsure
                    return ProjectChoice(self._catalog.projects_in(owners), len(owners), text)
                weak.append(owners[0] if len(owners) == 1 else UNSURE_PROJECT)
                continue  # 完好率那个: the words of a row, said before 那个
            if projects and owners:
                owners = tuple(owner for owner in owners if owner in projects)
            if len(owners) > 1 and not weak_pointer and not plain:
                return ProjectChoice(self._catalog.projects_in(owners), len(owners), text)
            if len(owners) != 1:
                continue
            if not match.group("form") and self._name_part(said, owners[0]):
                continue  # 运维那边, 场馆改造那个项目: the name's own words, read as before
            pointer, end = match.group(0), match.end()
            if pointer.endswith(PROJECT_WORD[1]):  # 那个像目: the pointer as meant
                pointer = pointer[: -len(PROJECT_WORD)] + PROJECT_WORD
            if match.group("more"):
                pointer = pointer[: match.start("more") - match.start()] + PROJECT_WORD
            if match.group("side"):
                rest = self._name_going_on(text, end, owners[0])
                if rest:
                    pointer, end = "", end + len(rest)  # 道路那个养护: the name said on
            pieces += [text[at:start], self._name_of[owners[0]], pointer]
            found.add(owners[0])
            at = end
        return "".join([*pieces, text[at:]]) if pieces else text

    def _named_last(self, said: str) -> bool:
        """Tells whether the words before a pointer end with one project's known name placed
        by 在 or after another project's (成本控制数上限在企服项目: the words are a part of it;
        帮企业做科技创新服务的那个项目 describes the project it names)."""
        mentions = self._lexicon.find_projects(said)
        last = [
            m for m in mentions if len(m.project_ids) == 1 and m.end == len(said) and m.start > 0
        ]
        return any(
            said[named.start - 1] in _PLACED_IN
            or any(
                m.end <= named.start and set(m.project_ids) != set(named.project_ids)
                for m in mentions
            )
            for named in last
        )

    def _name_part(self, said: str, owner: int) -> bool:
        """Tells whether the words said are the name's own, in its order, on a form of one
        project (道路那个, 运维那边): every step reads them as it already, and the full name
        would only add words to the question (设施 of 城市科普设施运维 before 设施个数)."""
        words = self._lexicon.cut(said)
        return len(self._names) == 1 and bool(words) and _in_order(words, self._name_of[owner])

    def _name_going_on(self, text: str, end: int, owner: int) -> str:
        """Returns the word after a weak pointer at ``end`` when it says more of the project's
        name (道路那个养护 市民满意度: 养护), not the start of a row (修路那个养护合格率)."""
        words = self._lexicon.cut(text[end : end + MAX_DESCRIPTION_CHARS])
        word = words[0] if words else ""
        if len(word) < MIN_DESCRIBED_CHARS or word not in self._name_of[owner]:
            return ""
        going_on = text[end : end + len(word) + 1]
        return "" if going_on in self._all_rows else word

    def _side_said(
        self, text: str, match: re.Match[str], said: str, owners: tuple[int, ...]
    ) -> bool:
        """Tells whether the words before a weak pointer (那个, 那边) say one project by the
        words of its name (修路那个: 养护; 国际交流那边) and an ask follows them."""
        if len(owners) != 1 or not self._said_by_name(said, owners[0]):
            return False
        name = self._name_of[owners[0]]
        outside = _masked(said, [(m.start, m.end) for m in self._lexicon.find_projects(said)])
        words = self._content_words(outside)
        if any(word in self._all_rows and word not in name for word in words) and (
            "".join(words) in self._all_rows
        ):
            return False  # 科创赋能那个活动, 企业科协那块: the words of a row, not the name's
            # (设施维护那个: 维护 is a row's word, 设施维护 no row's)
        return self._asked_after(text, match)

    def _side_paired(
        self,
        text: str,
        match: re.Match[str],
        said: str,
        owners: tuple[int, ...],
        others: frozenset[int],
        *,
        bare: bool = False,
    ) -> bool:
        """Tells whether a weak pointer (那个, 那块, a bare 项目) after words describing one
        project points at it because its money follows and its text writes each word said
        (两岸交流那块钱; not 城市绿道项目预算) or another project is said beside it
        (企业那个项目比两岸交流那个多多少, 修路那个和设施维护那个加一起), and an ask follows."""
        if len(owners) != 1:
            return False
        money = (
            not bare
            and _MONEY_AFTER.match(text, match.end()) is not None
            and all(word in self._text_of(owners[0]) for word in self._said_words(said))
        )
        if not (money or others - {owners[0]}):
            return False
        return self._asked_after(text, match)

    def _asked_after(self, text: str, match: re.Match[str]) -> bool:
        """Tells whether the words after a pointer ask something or name a thing asked."""
        rest = text[match.end() :]
        if _SAME_ASKED.match(rest):
            return True  # 设施维护那个的市民满意度多少？修路那个的呢: the same asked of it
        return any(mark in rest for mark in ASK_MARKS) or bool(self._read(rest).terms)

    def _description_start(self, text: str, end: int, *, floor: int) -> int:
        """Returns where the words before a pointer at ``end`` that may describe a project
        begin: the clause's start, past its leading phrasing (嗯那个那个港澳台那个: 港澳台),
        past 比 (满意度比修路那个: 修路) and past a joiner when the words before it are another
        project's (国交和企业那个项目: 企业; 搞海外人才和两岸交流的那个项目 is one)."""
        start = floor
        for found in _DESCRIPTION_START.finditer(text, floor, end):
            start = found.end()
        start = max(start, end - MAX_DESCRIPTION_CHARS)
        words = self._lexicon.cut(text[start:end])
        operated = max(
            (at for at, word in enumerate(words) if word in self._operations), default=-1
        )
        if operated >= 0:
            start += sum(map(len, words[: operated + 1]))
            words = words[operated + 1 :]
        cut = max(
            (
                at
                for at, word in enumerate(words)
                if word in PROJECT_JOINERS or word in COMPARED or word in SPLIT_ALWAYS
            ),
            default=-1,
        )
        if cut >= 0:
            before, after = "".join(words[:cut]), "".join(words[cut + 1 :])
            if (
                words[cut] in SPLIT_ALWAYS
                or self._lexicon.find_projects(before)
                or self._describing(before, form=False) != self._describing(after, form=False)
            ):
                return self._past_phrasing(
                    text, start + len(before) + len(words[cut]), words[cut + 1 :]
                )
        return self._past_phrasing(text, start, words)

    def _past_phrasing(self, text: str, start: int, words: list[str]) -> int:
        """Returns where the first word of ``words`` (written from ``start``) that may say
        what a project is about begins."""
        phrasing = self._evidence.phrasing
        for word in words:
            if (
                _CJK_RUN.match(word)
                and word not in phrasing
                and not _MONEY_AFTER.fullmatch(word)  # 那个项目的钱减去两岸交流那个的
                and not (len(word) < MIN_DESCRIBED_CHARS and self._evidence.function_word(word))
            ):
                return start
            start += len(word)
        return start

    def _describing(self, said: str, *, form: bool) -> tuple[int, ...]:
        """Returns the projects whose own text says best what ``said`` says of a project: one,
        several alike (科普: two names write it), or none.

        A project fits when its name, header fields, goals and rows explain each content word
        and write one (港澳台学生来实习: the goals and rows of 国际科技人文交流与合作); a
        name writing more of them ranks first (跟企业搞科技创新: 企业科技创新服务, though
        the other's goals write 科技创新 too). A project named among the words must be it.
        """
        mentions = self._lexicon.find_projects(said)
        named = {project_id for mention in mentions for project_id in mention.project_ids}
        outside = _masked(said, [(mention.start, mention.end) for mention in mentions])
        if not outside.strip():
            return tuple(named) if form and len(named) == 1 else ()  # 养护那张表
        words = self._content_words(outside)
        said_words = self._said_words(outside)
        said_named = sum(mention.end - mention.start for mention in mentions)
        ranked: list[tuple[tuple[int, int], int]] = []
        for project_id, name in self._names:
            if not words or (named and project_id not in named):
                continue
            text = self._text_of(project_id)
            if not all(
                self._writes(word, text) or _shares_char(word, name) or self._says_no_project(word)
                for word in said_words
            ):
                continue  # 科技馆展教: 展教 is no word of 科普场馆数字化改造's
            if not self._said_together(outside, words, project_id):
                continue  # 科普基地建设: 科普 and 基地 are written far apart, of other things
            written = said_named + sum(len(word) for word in words if self._writes(word, text))
            if written:
                in_name = sum(len(word) for word in words if self._writes(word, name))
                ranked.append(((said_named + in_name, written), project_id))
        best = max((key for key, _ in ranked), default=None)
        return tuple(project_id for key, project_id in ranked if key == best)

    def _says_no_project(self, word: str) -> bool:
        """Tells whether a word said in a description is a doing no project writes (修修补补
        of 修修补补科普设施那个项目): it tells no project from another; a thing no project
        writes (展教) says the project is another form's."""
        doing = _REDOUBLED.match(word) is not None or (
            len(word) >= MIN_DESCRIBED_CHARS and not self._evidence.describes_rows(word)
        )
        return doing and not self._writes(word, self._all_texts())

    def _said_together(self, said: str, words: tuple[str, ...], project_id: int) -> bool:
        """Tells whether each two words said side by side in a description as the name of one
        thing (a noun last), outside the project's name, are written close together in one of
        its texts (港澳台学生 in 港澳台大学生, 海外人才 in 海外海归科技人才)."""
        name = self._name_of[project_id]
        texts = self._lines.get(project_id)
        if texts is None:
            rows = self._row_texts[project_id].split("\n")
            texts = self._lines[project_id] = [*self._header_texts()[project_id], *rows]
        placed = sorted((said.find(word), word) for word in words if word in said)
        for (at, first), (later, second) in itertools.pairwise(placed):
            between = said[at + len(first) : later]
            if later < at + len(first) or any(joiner in between for joiner in PROJECT_JOINERS):
                continue  # one word inside the other, or two things joined
            if self._writes(first, name) or self._writes(second, name):
                continue
            if not self._evidence.plain_noun(second):
                continue  # 日常维护: a doing, said of the thing before it, no compound name
            apart = not any(_near(first, second, text) for text in texts if first in text)
            if apart and any(first in t for t in texts) and any(second in t for t in texts):
                return False
        return True

    def _said_by_name(self, said: str, owner: int) -> bool:
        """Tells whether the name of ``owner`` or of who runs it says each content word of
        ``said`` (修路 as 养护, 路面 of 道路, 场馆中心 of 上海市科普场馆中心), so that a weak
        pointer after them (那个, 那边) points at the project."""
        mentions = [(m.start, m.end) for m in self._lexicon.find_projects(said)]
        outside = _masked(said, mentions)
        project = self._catalog.projects_in((owner,))[0]
        name = self._name_of[owner]
        bodies = (project.department or "", project.implementer or "")
        called = "\n".join([name, *map(strip_punctuation, bodies)])
        return all(
            self._writes(word, called) or _shares_char(word, name)
            for word in self._said_words(outside)
        )

    def _said_words(self, said: str) -> tuple[str, ...]:
        """Returns each word of ``said`` a project must write, or its name must come near:
        its content words and every other word of two characters or more that does not only
        phrase the question (产学研那块, 科技馆展教: 产学研 and 展教 count too)."""
        phrasing = self._evidence.phrasing
        words: list[str] = []
        run = ""  # 科技馆展教, cut 展/教: one-character words ending what is said are its head
        for word in self._lexicon.cut(said):
            if not _CJK_RUN.match(word) or word in phrasing:
                run = ""
            elif len(word) < MIN_DESCRIBED_CHARS and (
                run or not self._evidence.function_word(word)
            ):
                run += word  # 城市绿道, cut 绿/道: 道 ends the run, no word of its own
            else:
                words.append(word)
                run = ""  # 来沪实习: 来沪 only leads to 实习
        if len(run) >= MIN_DESCRIBED_CHARS:
            words.append(run)
        return tuple(dict.fromkeys([*self._content_words(said), *words]))

    def _writes(self, word: str, text: str) -> bool:
        """Tells whether ``text`` writes ``word``, a word of its synonym group, or the word
        the vocabulary reads it as (修路 as 养护)."""
        canonical = self._lexicon.vocabulary.canonical.get(word, word)
        return (
            self._evidence.writes(word, text)
            or canonical in text
            or any(whole in text for whole in load_wholes().get(word, ()))  # 台湾 in 港澳台
        )

    def _content_words(self, said: str) -> tuple[str, ...]:
        """Returns the words of ``said`` that may tell one project from another: the content
        words of the evidence, and the words some project writes (港澳台, tagged a numeral)."""
        found = list(self._evidence.unexplained(said, explained_by=(), cues={}, nouns_only=False))
        phrasing = self._evidence.phrasing
        written = self._all_texts()
        found += [
            word
            for word in self._lexicon.cut(said)
            if len(word) >= MIN_DESCRIBED_CHARS
            and _CJK_RUN.match(word)
            and word not in phrasing
            and word in written
        ]
        return tuple(dict.fromkeys(found))

    def _all_texts(self) -> str:
        """Returns every project's own text, one after another, joined once."""
        if self._every_text is None:
            self._every_text = "\n".join(self._text_of(pid) for pid, _ in self._names)
        return self._every_text

    def _text_of(self, project_id: int) -> str:
        """Returns a project's own text: name, header fields, goals and row names."""
        text = self._texts.get(project_id)
        if text is None:
            name, rows = self._name_of[project_id], self._row_texts[project_id]
            text = "\n".join([name, *self._header_texts()[project_id], rows])
            self._texts[project_id] = text
        return text


@built_once
def load_wholes() -> dict[str, tuple[str, ...]]:
    """Returns each word of ``described.txt`` with the words naming more that write it."""
    text = (resources.files("nlu") / "data" / DESCRIBED_FILE).read_text(encoding="utf-8")
    wholes: dict[str, tuple[str, ...]] = {}
    for raw in text.splitlines():
        line = raw.strip()
        if line and not line.startswith("#"):
            word, _, said = line.partition(":")
            wholes[word.strip()] = tuple(said.split())
    return wholes


def _value_said(text: str, value: str, *, pointed: bool = False) -> str | None:
    """Returns the start of a header value a question writes as a project's (跨年 of 跨年度项目
    in 跨年那个, 跨年度的), the longest first; None when it writes none. ``pointed``: only one
    pointed at as a project (跨年度那个项目)."""
    core = value.removesuffix(PROJECT_WORD).removesuffix(CATEGORY_MARK)
    mark = _POINTED_PROJECT if pointed else _OWNER_MARK
    for size in range(len(core), MIN_VALUE_CHARS - 1, -1):
        said = core[:size]
        at = text.find(said)
        if at >= 0 and mark.match(text, at + size):
            return said
    return None


def _parts_of_names(catalog: Catalog, normalizer: Normalizer) -> dict[str, int]:
    """Maps the runs of characters that only one project's name writes to that project.

    Only runs of MIN_LOOSE_NAME_CHARS or more that are no alias already (设施运维 of
    城市科普设施运维); a run two names share names neither.
    """
    owners: dict[str, set[int]] = {}
    for project in catalog.projects:
        name = strip_punctuation(normalizer.normalize(project.name))
        for size in range(MIN_LOOSE_NAME_CHARS, min(len(name), MAX_LOOSE_NAME_CHARS) + 1):
            for start in range(len(name) - size + 1):
                owners.setdefault(name[start : start + size], set()).add(project.id)
    return {run: ids.pop() for run, ids in owners.items() if len(ids) == 1}


def _in_order(words: list[str], name: str) -> bool:
    """Tells whether ``words`` are written in ``name`` one after another, gaps allowed."""
    at = 0
    for word in words:
        found = name.find(word, at)
        if found < 0:
            return False
        at = found + len(word)
    return True


def _continues_row(text: str, at: int, spelled: str, rows: str) -> bool:
    """Tells whether the question writes more of a row name around ``spelled`` (道路养护长度)."""
    start = rows.find(spelled)
    while start >= 0:
        end = start + len(spelled)
        after = rows[end : end + 1]
        before = rows[start - 1 : start] if start else ""
        if (after and after != "\n" and text[at + len(spelled) :].startswith(after)) or (
            before and before != "\n" and text[:at].endswith(before)
        ):
            return True
        start = rows.find(spelled, start + 1)
    return False


def described_by(project: ProjectInfo) -> list[tuple[ProjectField, str]]:
    """Returns the header fields and goals of a project that may describe it, as written."""
    fields = [
        (ProjectField.IMPLEMENTER, project.implementer),
        (ProjectField.DEPARTMENT, project.department),
        (ProjectField.NATURE, project.nature),
        (ProjectField.CATEGORY, project.category),
        (ProjectField.ANNUAL_GOAL, project.annual_goal),
        (ProjectField.OVERALL_GOAL, project.overall_goal),
    ]
    return [(field, strip_punctuation(text)) for field, text in fields if text]


def abbreviates(word: str, text: str) -> bool:
    """Tells whether ``text`` writes the characters of ``word`` in order, not far apart."""
    at = text.find(word[0])
    while at >= 0:
        end = at
        for char in word[1:]:
            end = text.find(char, end + 1)
            if end < 0:
                return False
        if end - at + 1 <= MAX_ABBREVIATION_SPREAD * len(word):
            return True
        at = text.find(word[0], at + 1)
    return False


def _modifies_project(text: str, cue: str) -> bool:
    """Tells whether a kind is said before the project it qualifies (跨年度的改造项目)."""
    at = text.find(cue)
    return at >= 0 and _MODIFIED_PROJECT.match(text, at + len(cue)) is not None


def _masked(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """Returns ``text`` with each span blanked out, the rest in place."""
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def _shares_char(word: str, name: str) -> bool:
    """Tells whether a word writes a character of a project's name (路面 of 道路桥梁养护)."""
    return any(char in name for char in word)


def _near(first: str, second: str, text: str) -> bool:
    """Tells whether ``text`` writes two words within NEAR_CHARS characters of each other."""
    return any(
        abs(at - other) <= NEAR_CHARS + len(first) + len(second)
        for at in _positions(first, text)
        for other in _positions(second, text)
    )


def _positions(word: str, text: str) -> list[int]:
    """Returns where ``text`` writes ``word``."""
    found, at = [], text.find(word)
    while at >= 0:
        found.append(at)
        at = text.find(word, at + 1)
    return found


def runs_over(project: ProjectInfo, first: int, last: int) -> bool:
    """Tells whether a project is planned to run from the year ``first`` to ``last``."""
    start, end = project.planned_start, project.planned_end
    return start is not None and end is not None and (start.year, end.year) == (first, last)


# 主管部门=上海市科学技术协会, 项目性质：跨年度: a header column set to a value, as a filter is
# typed; said as the value the column is (主管部门是…).
_HEADER_SET = re.compile(
    r"(?P<field>主管部门|预算部门|主管单位|实施单位|执行单位|项目性质|项目类别)\s*(?:==?|＝|:|：)\s*"
    r"[\"“'‘]?(?P<value>[^\"”'’，,。？?\s]+?)[\"”'’]?(?=的项目|的是|的有|$|[，,。？?\s])"
)


# 主管部门系上海市科学技术协会者为何, 项目性质为跨年度者系何项目: the same said in older
# official words (系/为/乃 for 是, 者 for the one that is, 为何 asking which).
_HEADER_SET_FORMAL = re.compile(
    r"(?P<field>主管部门|预算部门|主管单位|实施单位|执行单位|项目性质|项目类别)\s*"
    r"(?:系|为|乃|属于|属|是)\s*[\"“'‘]?(?P<value>[^\"”'’，,。？?\s者]{2,24}?)[\"”'’]?"
    r"(?:者|的项目)(?:[,，]?(?:为何项目|系何项目|为何者|为何|系何|何在|是何项目|是哪个|是哪一个))?"
)
_FORMAL_MARKS = ("者", "为何", "系何")


def header_set_said_plainly(text: str) -> str:
    """Returns ``text`` with each header column set to a value written as the value it is
    (主管部门=上海市科学技术协会的项目 → 主管部门是上海市科学技术协会的项目; 项目性质系跨年度
    者为何项目 → 项目性质是跨年度的项目是哪个)."""
    if any(mark in text for mark in _FORMAL_MARKS):
        text = _HEADER_SET_FORMAL.sub(
            lambda m: f"{m.group('field')}是{m.group('value')}的项目是哪个", text
        )
    if "=" not in text and "＝" not in text and ":" not in text and "：" not in text:
        return text
    return _HEADER_SET.sub(lambda m: f"{m.group('field')}是{m.group('value')}", text)
