"""A row recalled by its target figure alone: 企服那个2次的是啥, 国交100个的和10家的各是什么指标.

The asker remembers ``≥2(次)`` but not the row's name. The figure with its unit, closed by 的
and said where a row is named (after 那个, a project or a joiner, before what is asked of it),
names the row: the one row of the projects named with that target is said by its name (国交
活动参与人数加上…辩论队人数一共多少人, worked on those two rows, never on every row in 人);
several such rows are said as the target they are filtered by (目标100%的). A figure no row
has stays as said (an amount told, a row the form lacks). Money is left out: 那个40万的
recalls a project's budget as often as a cost row.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from decimal import Decimal

from knowledge.catalog import Catalog, IndicatorInfo
from knowledge.units import MONEY_UNITS
from nlu.ordering import longest_first
from nlu.quoted_amounts import Mention

TARGET_SAID = "目标"  # what the filter reads before a figure: 目标5人的
# Where a row is named: after 那个/那条/那项 (or 有个: 里头有个8000人次的指标), a joiner of two
# recalled rows or an operation between them (300人的比50人的, 加上5人的), a verb setting the
# target (定成90%的), a clause's start.
_LEADS = (
    "那个", "那条", "那项", "那一条", "那一项", "这个", "这条", "有个", "有条", "有项", "有一条",
    "和", "跟", "与", "同", "及", "、", "还有",
    "比", "加", "加上", "减", "减去", "除以", "乘以", "占",
)  # fmt: skip
# Verbs setting the target (定成90%的): said as the target itself (目标90%的).
_SETTING = ("定成", "定为", "定的", "设成", "设为", "写成", "写的")
_OPENINGS = "，,。；;？?！!：: "
_CJK = re.compile(r"[\u4e00-\u9fff]")
# What may follow the 的: an ask of the row, another recalled row, what is worked with them
# (多多少, 一共, 几倍), or the clause's end.
_AFTER = (
    r"(?=是|叫|指|那|这|条|项|和|跟|与|同|及|、|比|各|分别|都|加|减|除|乘|占"
    r"|多|少|差|高|低|一共|合计|总共|共|几|[，,。；;？?！!]|$)"
)
# A figure echoed right after the words naming its row (活动参与人数300里头, 港澳台学生那50个占
# 百分之几): the row is asked, the figure only repeats its target. A figure listed on (35场，8000
# 人次，平均每场多少) or joined to another (3家跟10次) may be what is worked with, and one before a
# which-row ask (征集20篇那个是哪一项) is what tells the row apart: they stay.
_ECHO_FOLLOWS = r"(?=里头|里面|当中|之中|里|中|占)"
# What a figure said after is told, not echoed: 是300, 要达到300, 来了300, 共300, 第3.
_TOLD_BEFORE = frozenset("是为有要达到超过了共计约近第每前后满给来去增减加提降占比和跟与、")
GENERIC_MEASURE = "个"  # 港澳台学生那50个: a figure counted without the row's own unit
ECHO_WINDOW = 6  # the characters before a figure read for the words of its row
ECHO_SHARED = 2  # the characters a row's name must share with them, in a run


class FigureRecall:
    """Reads a figure said for a row (企服那个2次的) as the target it recalls."""

    def __init__(
        self, catalog: Catalog, *, find_projects: Callable[[str], Sequence[Mention]]
    ) -> None:
        self._find_projects = find_projects
        self._targets: dict[tuple[Decimal, str], list[IndicatorInfo]] = {}
        for row in catalog.indicators:
            value, unit = row.target.value, row.target.unit
            if value is not None and unit and unit not in MONEY_UNITS:
                self._targets.setdefault((value, unit), []).append(row)
        units = longest_first({unit for _, unit in self._targets})
        said_units = "|".join(map(re.escape, units))
        self._echo = (
            re.compile(
                rf"(?P<lead>那个|这个|那|这)?(?<![\d.])(?P<figure>\d+(?:\.\d+)?)"
                rf"(?P<unit>{said_units}|{GENERIC_MEASURE})?{_ECHO_FOLLOWS}"
            )
            if units
            else None
        )
        self._recalled = (
            re.compile(rf"(?<![\d.])(?P<figure>\d+(?:\.\d+)?)(?P<unit>{said_units})的{_AFTER}")
            if units
            else None
        )

    def said_plainly(self, text: str) -> str:
        """Returns ``text`` with each figure recalling a row said by the row's name, or as the
        target several rows share (目标100%的)."""
        if self._recalled is None or "的" not in text:
            return text
        hits = list(self._recalled.finditer(text))
        if not hits:
            return text
        mentions = self._find_projects(text)
        named = {project for mention in mentions for project in mention.project_ids}
        recalled: list[re.Match[str]] = []
        for hit in hits:
            before = text[: hit.start()]
            # 300人的是50人的几倍: after a row recalled, 是 leads to another.
            if self._said_for_a_row(before, mentions) or (recalled and before.endswith("是")):
                recalled.append(hit)
        for hit in reversed(recalled):
            before = text[: hit.start()]
            for verb in _SETTING:
                before = before.removesuffix(verb)
            rows = [
                row
                for row in self._targets.get((Decimal(hit["figure"]), hit["unit"]), ())
                if not named or row.project_id in named
            ]
            if len(rows) == 1:
                text = f"{before}{rows[0].name}{text[hit.end() :]}"
            elif rows:
                text = f"{before}{TARGET_SAID}{text[hit.start() :]}"
        return text

    def echoes_dropped(self, text: str) -> str:
        """Returns ``text`` without the figures echoing the target of the row named right before
        them (活动参与人数300里头 → 活动参与人数里头)."""
        if self._echo is None or not any(char.isdigit() for char in text):
            return text
        mentions = self._find_projects(text)
        named = {project for mention in mentions for project in mention.project_ids}
        for hit in reversed(list(self._echo.finditer(text))):
            before = text[: hit.start()]
            if not before or not _CJK.match(before[-1]) or before[-1] in _TOLD_BEFORE:
                continue
            if self._echoed_row(before[-ECHO_WINDOW:], hit, named):
                text = f"{before}{text[hit.end() :]}"
        return text

    def _echoed_row(self, words: str, hit: re.Match[str], named: set[int]) -> bool:
        """Tells whether a row named by ``words`` has the figure of ``hit`` as its target."""
        figure, unit = Decimal(hit["figure"]), hit["unit"]
        runs = {words[at : at + ECHO_SHARED] for at in range(len(words) - ECHO_SHARED + 1)}
        return any(
            (unit in (None, GENERIC_MEASURE) or unit == row_unit)
            and any(run in row.name for run in runs)
            for (value, row_unit), rows in self._targets.items()
            if value == figure
            for row in rows
            if not named or row.project_id in named
        )

    @staticmethod
    def _said_for_a_row(before: str, mentions: Sequence[Mention]) -> bool:
        """Tells whether a figure after ``before`` stands where a row is named."""
        if not before or before[-1] in _OPENINGS or before.endswith((*_LEADS, *_SETTING)):
            return True
        return any(mention.end == len(before) for mention in mentions)  # 国交100个的
