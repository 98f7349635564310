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
from typing import Protocol

from knowledge.catalog import Catalog, IndicatorInfo
from knowledge.units import MONEY_UNITS

TARGET_SAID = "目标"  # what the filter reads before a figure: 目标5人的
# Where a row is named: after 那个/那条/那项, a joiner of two recalled rows or an operation
# between them (300人的比50人的, 加上5人的), a clause's start.
_LEADS = (
    "那个", "那条", "那项", "那一条", "那一项", "这个", "这条",
    "和", "跟", "与", "同", "及", "、", "还有",
    "比", "加", "加上", "减", "减去", "除以", "乘以", "占",
)  # fmt: skip
_OPENINGS = "，,。；;？?！!：: "
# What may follow the 的: an ask of the row, another recalled row, what is worked with them
# (多多少, 一共, 几倍), or the clause's end.
_AFTER = (
    r"(?=是|叫|指|那|这|条|项|和|跟|与|同|及|、|比|各|分别|都|加|减|除|乘|占"
    r"|多|少|差|高|低|一共|合计|总共|共|几|[，,。；;？?！!]|$)"
)


class Mention(Protocol):
    """What the rewrite needs of a project mention: the projects and where the words end."""

    @property
    def project_ids(self) -> tuple[int, ...]: ...

    @property
    def end(self) -> int: ...


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
        units = sorted({unit for _, unit in self._targets}, key=len, reverse=True)
        said_units = "|".join(map(re.escape, units))
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

    @staticmethod
    def _said_for_a_row(before: str, mentions: Sequence[Mention]) -> bool:
        """Tells whether a figure after ``before`` stands where a row is named."""
        if not before or before[-1] in _OPENINGS or before.endswith(_LEADS):
            return True
        return any(mention.end == len(before) for mention in mentions)  # 国交100个的
