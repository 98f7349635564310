"""Checks of one figure against another (拨款加结转是否等于总额, 养护和运维钱一样多吗).

A check names two sides and a relation between them: equal (是否一致, 对得上吗), above (超没超)
or reaching (够不够). Each side is read as an ask of its own (its figure, or the sum it names),
and the reply shows both figures with the verdict. A side that reads as no single figure, or
figures in two units, leaves the question to the ordinary reading: never a verdict guessed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources

from knowledge.arithmetic import Operation
from knowledge.catalog import Catalog
from nlu.answers import (
    Answer,
    FigureCalculation,
    FigureCheck,
    IndicatorAnswer,
    MoneyAnswer,
    Relation,
    SeveralIndicators,
)
from nlu.figures import YUAN, Column, Figure, money_figure, same_column, target_figure
from nlu.intents import Aggregate, MoneyField
from nlu.numbers import find_numbers
from nlu.ordering import alternation, longest_first
from nlu.prepared import built_once

CHECKS_FILE = "checks.txt"
_CJK = re.compile(r"[\u4e00-\u9fff]")
_SPACED = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")  # 养护 和 运维 钱
_ENDING = re.compile(r"[\s，,。；;？?！!、：:…~～]+$")
_OPENING = re.compile(r"^[\s，,。；;？?！!、：:…~～]+")
# 分别是多少，各是多少: the ask of the two figures before a word pointing back at them.
_BOTH_ASKED = re.compile(
    r"(?:分别|各自|各)?(?:是|为|有|报的|定的|写的)?(?:多少钱?|几|啥|什么)?(?:呢|呀|啊)?$"
)
# A是否跟B一致: the ask said before the word joining the second side.
_ASK_BEFORE_JOINER = re.compile(r"(?:是否|是不是|能否|能不能|会不会)(?=[跟与和同])")
# 拨款加结转, 拨款+结转, 拨款、结转、其他资金三项之和: two things added up, said in between.
_INFIX_SUM = re.compile(r"[\u4e00-\u9fff](?:加上|加|\+|＋|、)[\u4e00-\u9fff]")
# 养护的成本控制数跟运维的: the second side names its project only, the thing said before.
_ELIDED = re.compile(r"^(?P<a>.+?)的(?P<thing>[^，,。的]+?)(?P<j>跟|与|和|同)(?P<b>[^，,。]+?)的$")
SUM_SAID = "加"
SUM_ASK = "一共是多少"  # a side naming a sum, asked as one
FIGURE_ASK = "是多少"  # a side naming one figure
DIFFERENCE_ASK = "相差多少"  # two figures joined on one side, asked apart
CLAIM_ASKED = "吗"  # a claim to verify, asked as a check


@dataclass(frozen=True)
class CheckWords:
    """The words of ``nlu/data/checks.txt``."""

    asked: re.Pattern[str]  # a relation asked, in any of its question forms
    apart: re.Pattern[str]  # 是否跟总额一致: the ask, a joiner, the second side, the verb
    tail: re.Pattern[str]  # 拨款加结转等于总额吗: the verb, the second side, the ask ending
    relations: dict[str, Relation]  # each verb and asked form, to its relation
    pointers: tuple[str, ...]
    sums: tuple[str, ...]
    joiners: tuple[str, ...]
    replies: tuple[str, ...]
    parts: tuple[str, ...] = ()  # 各项, 明细: the amounts a total is made of, said as a whole
    verify: tuple[str, ...] = ()  # 核实: a claim said before them is asked
    polite: tuple[str, ...] = ()  # 请帮忙 核实 一下: words around them asking politely


@built_once
def load_check_words() -> CheckWords:
    """Reads the check words shipped with goalbot."""
    text = (resources.files("nlu") / "data" / CHECKS_FILE).read_text(encoding="utf-8")
    sections: dict[str, list[str]] = {}
    section = ""
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            section = line.strip("[]")
            continue
        sections.setdefault(section, []).extend(line.split())
    relations: dict[str, Relation] = {}
    forms: list[str] = []
    written: list[str] = []  # 超不超过 before 超不超: the forms as written, longest first
    before = _alternatives(sections.get("ask_before", []))
    after = _alternatives(sections.get("ask_after", []))
    for relation in Relation:
        name = {"equal": "equal", "above": "exceed", "reaches": "enough", "below": "below"}[
            relation
        ]
        verbs = sections.get(name, [])
        for word in (*verbs, *sections.get(f"{name}_asked", [])):
            relations[word] = relation
        written += sections.get(f"{name}_asked", [])
        verb = _alternatives(verbs)
        # 是否等于, 一致吗, 相等？: a verb made a question before, after or by the mark.
        forms.append(f"(?:{before})(?:{verb})")
        forms.append(f"(?:{verb})(?:{after})(?![\u4e00-\u9fff])")
        forms.append(f"(?:{verb})(?=[？?])")
    # A verb made a question (会不会超过) is tried before a shorter form written (会不会超).
    forms += [re.escape(word) for word in longest_first(written)]
    asked = re.compile("|".join(f"(?:{form})" for form in forms))
    verbs_said = [
        w for name in ("equal", "exceed", "enough", "below") for w in sections.get(name, [])
    ]
    every_verb = _alternatives(verbs_said)
    joiners = _alternatives(sections.get("joiner", []))
    apart = re.compile(
        rf"(?:{before})(?:{joiners})(?P<second>[^，,。；;？?！!]{{1,30}}?)(?P<verb>{every_verb})"
        rf"(?:{after})?(?=[\s，,。；;？?！!]|$)"
    )
    infix = _alternatives(sections.get("infix", []))
    tail = re.compile(
        rf"(?<!是否)(?<!是不是)(?P<verb>{infix})(?P<second>[^，,。；;？?！!]{{1,30}}?)"
        rf"(?:{after})[？?。！!\s]*$"
    )
    return CheckWords(
        asked,
        apart,
        tail,
        relations,
        tuple(longest_first(sections.get("pointer", []))),
        tuple(longest_first(sections.get("sum", []))),
        tuple(sections.get("joiner", [])),
        tuple(longest_first(sections.get("reply", []))),
        tuple(longest_first(sections.get("parts", []))),
        tuple(longest_first(sections.get("verify", []))),
        tuple(longest_first(sections.get("verify_polite", []))),
    )


def _alternatives(words: list[str]) -> str:
    return alternation(words) or "(?!)"


# 市民来电称该项目“拨款加结转正好等于总额”: the claim quoted
_QUOTED_CLAIM = re.compile(r"[“\"「『](?P<claim>[^”\"」』]{4,60})[”\"」』]")
_CLAIM_END = re.compile(r"[\s，,。；;？?！!]+$")


def claim_asked(text: str, words: CheckWords) -> str | None:
    """Returns a claim the message asks to verify as a check asked (“拨款加结转正好等于总额”，
    请帮忙核实 → 拨款加结转正好等于总额吗), else None: a sum said in the claim is one side, never
    added to the other."""
    body = _CLAIM_END.sub("", text)
    body = next((body.removesuffix(w) for w in words.polite if body.endswith(w)), body)
    verify = next((word for word in words.verify if body.endswith(word)), None)
    if verify is None:
        return None
    said = body.removesuffix(verify)
    said = next((said.removesuffix(w) for w in words.polite if said.endswith(w)), said)
    said = _CLAIM_END.sub("", said)
    quoted = list(_QUOTED_CLAIM.finditer(said))
    # 企服“成本控制数等于预算”: the words before the quote may name its project
    claim = said[: quoted[-1].start()] + quoted[-1]["claim"] if quoted else said
    claim = _CLAIM_END.sub("", claim)
    asked = claim + CLAIM_ASKED
    return asked if words.tail.search(asked) or words.asked.search(asked) else None


def asks_check(text: str, words: CheckWords) -> bool:
    """Tells cheaply whether a message may ask a check (是否一致, 够不够)."""
    return any(pattern.search(text) for pattern in (words.asked, words.apart, words.tail))


Interpret = Callable[[str, tuple[int, ...]], Answer]
ProjectsNamed = Callable[[str], tuple[int, ...]]


class FigureChecks:
    """Reads a check of one figure against another and settles it on the form's figures."""

    def __init__(
        self,
        catalog: Catalog,
        *,
        interpret: Interpret,
        projects_named: ProjectsNamed,
        cut: Callable[[str], list[str]],
    ) -> None:
        self._catalog = catalog
        self._cut = cut
        self._interpret = interpret
        self._projects_named = projects_named
        self._words = load_check_words()

    def checked(self, text: str) -> FigureCheck | None:
        """Returns the check a message asks, settled, or None when it asks none it can read."""
        words = self._words
        apart = words.apart.search(text)
        if apart is not None:  # 拨款是否跟总额一致
            relation = self._relation(apart.group("verb"))
            before = _trimmed(text[: apart.start()])
            if relation is None or not _CJK.search(before):
                return None
            return self._sides(before, _trimmed(apart.group("second")), relation)
        found = list(words.asked.finditer(text))
        tail = words.tail.search(text) if not found else None
        if tail is not None:  # 财政资金加其他资金等于总额吗
            relation = self._relation(tail.group("verb"))
            before = _trimmed(text[: tail.start()])
            if relation is None or not _CJK.search(before):
                return None
            return self._sides(before, _trimmed(tail.group("second")), relation)
        if not found:
            return None
        said = found[-1]
        relation = self._relation(said.group(0))
        if relation is None:
            return None
        before = _ASK_BEFORE_JOINER.sub("", _trimmed(text[: said.start()]))
        after = self._reply_dropped(_trimmed(text[said.end() :]))
        if _CJK.search(after):
            if _CJK.search(before) is None:
                return None
            if not before.endswith(words.sums):  # 拨款与结转之和: 和 ends the sum, joins nothing
                before = _without_joiner(before, words.joiners)
            return self._sides(before, after, relation)
        return self._joined(before, relation)

    def _relation(self, said: str) -> Relation | None:
        words = self._words
        for word in longest_first(words.relations):
            if word in said:
                return words.relations[word]
        return None

    def _reply_dropped(self, text: str) -> str:
        """Drops the words after a check that only ask for the reply (说下, 帮看看)."""
        changed = True
        while changed and text:
            changed = False
            for word in self._words.replies:
                if text.endswith(word):
                    text = _trimmed(text.removesuffix(word))
                    changed = True
        return text

    def _joined(self, before: str, relation: Relation) -> FigureCheck | None:
        """Reads both sides said before the check (A跟B一致吗, A加B跟C对得上吗, …二者是否一致)."""
        words = self._words
        pointer = next((p for p in words.pointers if before.endswith(p)), None)
        if pointer is not None:
            # 成本控制数和年度资金申请总额分别是多少，二者是否一致: the figures asked before.
            before = _trimmed(before.removesuffix(pointer))
            before = _trimmed(_BOTH_ASKED.sub("", before))
        split = self._total_then_parts(before)
        if split is not None:  # 总额和明细合计一致吗
            return self._sides(split[0], split[1], relation)
        summed = self._sum_then_other(before)
        if summed is not None:
            return self._sides(summed[0], summed[1], relation)
        if relation is not Relation.EQUAL:
            return None  # 超没超, 够不够 need the figure said after them
        elided = _ELIDED.match(before)
        if elided is not None:  # 养护的成本控制数跟运维的 (成本控制数)
            before = before + elided.group("thing")
        answer = self._interpret(before + DIFFERENCE_ASK, ())
        if isinstance(answer, MoneyAnswer):
            return self._amounts_compared(before, answer, relation)
        if not isinstance(answer, FigureCalculation):
            return None
        figures = answer.figures
        if answer.calculation.operation is not Operation.DIFFERENCE or len(figures) != 2:
            return None
        if figures[0].unit != figures[1].unit:
            return None
        # 设施运维的总额与养护的总额: 运维 first, as said
        first, second = sorted(figures, key=lambda f: _said_at(before, f.project.name))
        return FigureCheck((first,), (second,), relation)

    def _amounts_compared(
        self, text: str, answer: MoneyAnswer, relation: Relation
    ) -> FigureCheck | None:
        """Returns the check of one amount of two projects (养护和运维的钱一样多吗), the
        projects in the order the question names them."""
        if answer.operation is not Operation.DIFFERENCE or len(answer.projects) != 2:
            return None
        projects = sorted(answer.projects, key=lambda project: _said_at(text, project.name))
        figures = [money_figure(project, answer.field, answer.column) for project in projects]
        if figures[0] is None or figures[1] is None:
            return None
        return FigureCheck((figures[0],), (figures[1],), relation)

    def _sum_then_other(self, text: str) -> tuple[str, str] | None:
        """Splits ``text`` after a sum said and a word joining it to the other side
        (拨款和结转加起来跟总额 → 拨款和结转加起来, 总额)."""
        words = self._words
        summed = [text.find(word) + len(word) for word in words.sums if word in text]
        if not summed:
            return None
        first_sum = min(summed)
        at, joiner = -1, ""
        start = 0
        for token in self._cut(text):  # 参与 holds 与, joining nothing
            start = text.find(token, start)
            if token in words.joiners and start >= first_sum:
                at, joiner = start, token
            start += len(token)
        if at < 0 or not _CJK.search(text[at + len(joiner) :]):
            return self._other_then_sum(text)
        return _trimmed(text[:at]), _trimmed(text[at + len(joiner) :])

    def _other_then_sum(self, text: str) -> tuple[str, str] | None:
        """Splits ``text`` before a sum said second (总额跟拨款加结转 → 总额, 拨款加结转): at
        the word joining the sides, when what follows adds two things up and what comes
        before adds nothing."""
        words = self._words
        start = 0
        for token in self._cut(text):
            start = text.find(token, start)
            end = start + len(token)
            if token in words.joiners and _INFIX_SUM.search(text, end):
                first, second = _trimmed(text[:start]), _trimmed(text[end:])
                if _CJK.search(first) and not any(word in first for word in words.sums):
                    return first, second
            start = end
        return None

    def _sides(self, first: str, second: str, relation: Relation) -> FigureCheck | None:
        """Reads each side as an ask of its own; the second takes the first's project when it
        names none (运维拨款加结转是否等于总额: 总额 of 运维)."""
        if self._parts_only(first) != self._parts_only(second):
            return self._total_and_parts(first, second, relation)
        first_figures = self._side(first, ())
        if not first_figures:
            return None
        worked = self._changed(first) if first_figures[0].previous else None
        owners = tuple(dict.fromkeys(figure.project.id for figure in first_figures))
        named = self._projects_named(second)
        stated = _stated_figure(second, first_figures[0])
        second_figures = stated or self._side(second, () if named else owners)
        if not second_figures:
            return None
        if first_figures[0].unit != second_figures[0].unit:
            return None
        # 财政资金加其他资金等于总额吗: 总额 of the column the parts are written in.
        both = same_column([*first_figures, *second_figures])
        first_figures, second_figures = (
            tuple(both[: len(first_figures)]),
            tuple(both[len(first_figures) :]),
        )
        if {_key(f) for f in first_figures if not f.previous} & {
            _key(f) for f in second_figures if not f.given
        }:
            return None  # one figure read on both sides: one of them was misread
        return FigureCheck(first_figures, second_figures, relation, worked=worked)

    def _changed(self, text: str) -> FigureCalculation | None:
        """Returns the working of a side that changes one figure (打八折, 砍掉10万), shown
        before the check that holds its result."""
        answer = self._interpret(text + FIGURE_ASK, ())
        if not isinstance(answer, FigureCalculation) or _changed_figure(answer) is None:
            return None
        return answer

    def _total_then_parts(self, text: str) -> tuple[str, str] | None:
        """Splits ``text`` at the word joining a total to its parts said as a whole
        (年度资金申请总额和明细合计 → 年度资金申请总额, 明细合计), either first."""
        if not any(word in text for word in self._words.parts):
            return None
        start = 0
        for token in self._cut(text):
            start = text.find(token, start)
            end = start + len(token)
            if token in self._words.joiners:
                first, second = _trimmed(text[:start]), _trimmed(text[end:])
                if _CJK.search(first) and self._parts_only(first) != self._parts_only(second):
                    return first, second
            start = end
        return None

    def _parts_only(self, text: str) -> bool:
        """Tells whether a side names only the parts of a total (各项加起来, 明细合计)."""
        words = self._words
        said = [word for word in words.parts if word in text]
        if not said:
            return False
        rest = text
        for word in (*said, *words.sums, *self._project_words(text)):
            rest = rest.replace(word, "")
        return not _CJK.search(_PARTS_FILLERS.sub("", rest))

    def _project_words(self, text: str) -> tuple[str, ...]:
        """Returns the words of ``text`` that name a project (国交 of 国交各项加起来)."""
        return tuple(
            word for word in self._cut(text) if len(word) > 1 and self._projects_named(word)
        )

    def _total_and_parts(self, first: str, second: str, relation: Relation) -> FigureCheck | None:
        """Checks a total against the amounts it is made of (总额跟各项加起来对得上吗): the
        columns the form writes under it, in the same column, added up."""
        parts_first = self._parts_only(first)
        total_text = second if parts_first else first
        named = self._projects_named(first if parts_first else second)
        totals = self._side(total_text, named)
        if len(totals) != 1 or totals[0].money not in TOTALS:
            return None
        parts = _parts_of(totals[0])
        if len(parts) < MIN_PARTS:
            return None
        if parts_first:
            return FigureCheck(parts, totals, relation)
        return FigureCheck(totals, parts, relation)

    def _side(self, text: str, projects: tuple[int, ...]) -> tuple[Figure, ...]:
        """Returns the figures one side names: one figure, or the figures of a sum."""
        text = text.replace("+", SUM_SAID).replace("＋", SUM_SAID)  # 拨款+结转: 拨款加结转
        summed = any(word in text for word in self._words.sums)
        answer = self._interpret(text + (SUM_ASK if summed else FIGURE_ASK), projects)
        if isinstance(answer, FigureCalculation):
            changed = _changed_figure(answer) if not summed else None
            if changed is not None:  # 打八折是多少，有没有低于100万: the result is checked
                return (changed,)
            if answer.calculation.operation is not Operation.SUM or not summed:
                return ()
            figures = answer.figures
            units = {figure.unit for figure in figures}
            return figures if len(figures) >= 2 and len(units) == 1 else ()
        if isinstance(answer, MoneyAnswer) and summed:
            # 企服与国交两个项目年度资金申请总额之和: one amount of each project, added up.
            if answer.operation is not None or answer.aggregate is not Aggregate.TOTAL:
                return ()
            amounts = [money_figure(p, answer.field, answer.column) for p in answer.projects]
            kept = tuple(figure for figure in amounts if figure is not None)
            return kept if len(kept) == len(amounts) >= 2 else ()
        if summed and isinstance(answer, SeveralIndicators) and not answer.absent:
            # 企服预算和国交预算加起来: each part's figure, added up.
            parts = [self._one_figure(part) for part in (*answer.answers, *answer.others)]
            kept = tuple(figure for figure in parts if figure is not None)
            units = {figure.unit for figure in kept}
            return kept if len(kept) == len(parts) >= 2 and len(units) == 1 else ()
        if summed:
            return ()
        figure = self._one_figure(answer)
        return (figure,) if figure is not None else ()

    def _one_figure(self, answer: Answer) -> Figure | None:
        """Returns the one figure an answer shows: an amount of one project or a row's target."""
        if isinstance(answer, MoneyAnswer):
            if (
                answer.operation is not None
                or len(answer.projects) != 1
                or answer.aggregate not in (Aggregate.EACH, Aggregate.TOTAL)
            ):
                return None
            return money_figure(answer.projects[0], answer.field, answer.column)
        if isinstance(answer, IndicatorAnswer) and len(answer.indicators) == 1:
            row = answer.indicators[0]
            return target_figure(self._catalog.project(row.project_id), row)
        return None


# The amounts a total is made of, in the column it is written in.
TOTALS = frozenset({MoneyField.BUDGET, MoneyField.ANNUAL_TOTAL, MoneyField.PROJECT_TOTAL})
ANNUAL_PARTS = (MoneyField.APPROPRIATION, MoneyField.CARRY_OVER, MoneyField.OTHER)
PROJECT_PARTS = (MoneyField.FISCAL, MoneyField.OTHER)
MIN_PARTS = 2
# 各项资金加起来, 下面的明细: words around the parts named as a whole.
_PARTS_FILLERS = re.compile(r"[的里中其]|资金|金额|数额|数字|下面|上面|那些|这些|几项|的钱|钱")


def _parts_of(total: Figure) -> tuple[Figure, ...]:
    """Returns the amounts ``total`` is made of, as its form writes them (当年财政拨款、上年结转
    资金、其他资金 under 年度资金申请总额; 财政资金、其他资金 under 项目资金总额)."""
    project_column = MoneyField.PROJECT_TOTAL in (total.money, total.shown_as)
    column = Column.PROJECT if project_column else Column.ANNUAL
    fields = PROJECT_PARTS if project_column else ANNUAL_PARTS
    found = (money_figure(total.project, field, column) for field in fields)
    return tuple(figure for figure in found if figure is not None)


def _trimmed(text: str) -> str:
    return _SPACED.sub("", _OPENING.sub("", _ENDING.sub("", text)))


def _without_joiner(text: str, joiners: tuple[str, ...]) -> str:
    """Drops a word joining the first side to the check (拨款跟 of 拨款跟总额对得上吗)."""
    for joiner in joiners:
        if text.endswith(joiner):
            return _trimmed(text.removesuffix(joiner))
    return text


def _key(figure: Figure) -> tuple[int, int | None, str | None]:
    """Returns what tells one figure of the form from another: its project, row and amount."""
    row = figure.indicator.id if figure.indicator is not None else None
    return figure.project.id, row, figure.money


def _said_at(text: str, name: str) -> int:
    """Returns where ``text`` first says two characters of a project's name (设施 of 城市科普
    设施运维), or its length when it says none."""
    found = [text.find(name[at : at + 2]) for at in range(len(name) - 1)]
    return min((at for at in found if at >= 0), default=len(text))


# 170万元, 一百七十万, 300人: a figure the question states as the other side of a check.
MONEY_AFTER = ("", "元", "块", "块钱")
LARGE = ("万", "亿")
ASK_ENDINGS = "吗么呢吧"


def _stated_figure(text: str, like: Figure) -> tuple[Figure, ...]:
    """Returns the figure a side states itself (是否等于170万元), in the unit of ``like``: an
    amount of money when ``like`` is one (said with 万, 亿 or 元), else a count in ``like``'s
    own unit."""
    numbers = find_numbers(text)
    if len(numbers) != 1 or numbers[0].start != 0 or numbers[0].percent:
        return ()
    number = numbers[0]
    rest = text[number.end :].rstrip(ASK_ENDINGS)
    if like.unit == YUAN:
        if rest not in MONEY_AFTER or not (number.text.endswith(LARGE) or rest):
            return ()
    elif rest != (like.unit or ""):
        return ()
    return (Figure(like.project, number.value, like.unit, given=True, quote=text),)


def _changed_figure(answer: Answer) -> Figure | None:
    """Returns the result of one figure scaled or offset (130万 × 打八折 = 104万) as a figure
    of its own, else None."""
    if not isinstance(answer, FigureCalculation) or len(answer.figures) != 2:
        return None
    operation = answer.calculation.operation
    figure, change = answer.figures
    if operation not in (Operation.PRODUCT, Operation.OFFSET) or figure.given:
        return None
    if not change.given or (operation is Operation.PRODUCT and not change.scaled_by):
        return None
    return Figure(figure.project, answer.calculation.result, figure.unit, previous=True)
