"""Amounts a question quotes in place of naming a project's money column.

企服130万比国交40万多多少, 数字化改造总共360万，年度申请占几成: staff quote the figure they
remember instead of saying 预算 or 项目资金总额. An amount written right after a project's name
(with at most total words between) that equals one of that project's money figures is
rewritten as the column's name, so the calculation reads the form's figure with its source;
an amount no column holds stays the asker's own figure.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Protocol

from knowledge.catalog import ProjectInfo
from knowledge.model import Funding

# 130万, 360万元, 1200000元: an amount of money as a question writes it.
# Only an amount the calculation works on is quoted so (130万比, 360万里, 总共360万，): one a
# clause goes on to tell of (130万服务8000人次) is the asker's own figure.
_AMOUNT = re.compile(
    r"(?<![\d.])(\d+(?:\.\d+)?)\s*(万元|万|元)"
    r"(?=\s*(?:比|是|和|跟|与|加|减|除以|占|的|里|中|那|、|按|平均|平摊|分摊|均摊|摊|多多少|少多少"
    r"|[，,。；;？?！!]|$))"
)
# Words between a project's name and its amount that say nothing else (数字化改造项目 合计 360万)
# or only which money column the amount is (运维年度250万, 养护资金总额250万).
_BETWEEN = re.compile(
    r"^(?:项目|的|\s|那边|这边|那个|合计|总共|一共|总额|总计|共计|总|年度|资金|申请|预算)*$"
)
# A calculation asks over the amount; a check (是130万吗) or a supposition keeps it told.
_CALCULATING = re.compile(r"比|占|几成|分之|倍|差|加|减|除|摊|平均|多多少|少多少|之和|合起来")
_CHECKING = re.compile(r"吗|对不对|是不是|对吧|没错|如果|假如|假设|要是|改成|调到|提到|降到")
# The column each amount of 项目资金 is named by, in the order one is read first.
_COLUMNS: tuple[tuple[str, str], ...] = (
    ("annual_total", "年度资金申请总额"),
    ("project_total", "项目资金总额"),
    ("annual_appropriation", "当年财政拨款"),
    ("project_fiscal", "财政资金"),
    ("annual_carry_over", "上年结转"),
)
_YUAN = {"万元": Decimal(10000), "万": Decimal(10000), "元": Decimal(1)}
# Every money column by its name, for an amount asked which it is (其他资金 too).
_ALL_COLUMNS: tuple[tuple[str, str], ...] = (
    *_COLUMNS,
    ("project_other", "其他资金"),
    ("annual_other", "当年其他资金"),
)
# 数字化改造的300万和60万各是哪笔, 运维那200万是什么钱: amounts recalled, the columns asked.
_WHICH_MONEY = re.compile(
    r"^(?P<owner>.*?)(?:项目)?(?:的|那边|这边|那个|这个|那|这)*\s*"
    r"(?P<amounts>\d+(?:\.\d+)?\s*(?:万元|万|元)"
    r"(?:\s*(?:和|跟|与|及|、|还有)\s*\d+(?:\.\d+)?\s*(?:万元|万|元))*)\s*"
    r"(?:分别|各|都|各自)?(?:是|指|算|对应|属于)?(?:的是)?"
    r"(?:哪笔|哪一笔|哪项|哪一项|哪个|什么|啥|哪块|哪部分)(?:的)?"
    r"(?:钱|资金|款|经费|预算|费用|数|金额|名目|科目|栏)?(?:呀|啊|呢|来着)?[？?。！!]*$"
)
_ONE_AMOUNT = re.compile(r"(\d+(?:\.\d+)?)\s*(万元|万|元)")


class Mention(Protocol):
    """What the rewrite needs of a project mention: the projects and the words' span."""

    @property
    def project_ids(self) -> tuple[int, ...]: ...

    @property
    def end(self) -> int: ...


def column_named(funding: Funding, yuan: Decimal) -> str | None:
    """Returns the name of the first money column of a form holding ``yuan``, if any does."""
    for field, name in _COLUMNS:
        value: Decimal | None = getattr(funding, field)
        if value is not None and value > 0 and value == yuan:
            return name
    return None


def columns_asked(
    text: str,
    *,
    mentions: Sequence[Mention],
    project: Callable[[int], ProjectInfo | None],
    loose_projects: Callable[[], Sequence[ProjectInfo]],
) -> str | None:
    """Returns an ask of amounts recalled for a project's money (数字化改造的300万和60万各是哪
    笔) as an ask of the columns holding them (数字化改造财政资金和其他资金各是多少), or None
    when it is not one, or an amount is in no column (the answer would name none). The
    project is one named before the amounts, or the one of ``loose_projects`` whose name
    holds the words said (运维)."""
    found = _WHICH_MONEY.match(text)
    if found is None:
        return None
    owner = _owner(text, found.start("amounts"), mentions=mentions, project=project)
    if owner is None:
        # 运维的200万: a word of one project's name, no name the lexicon knows.
        said = found.group("owner")
        projects = [p for p in loose_projects() if len(said) > 1 and said in p.name]
        if len(projects) != 1:
            return None
        owner = (projects[0], found.end("owner"))
    named: list[str] = []
    for amount in _ONE_AMOUNT.finditer(found.group("amounts")):
        yuan = Decimal(amount.group(1)) * _YUAN[amount.group(2)]
        columns = [
            name
            for field, name in _ALL_COLUMNS
            if getattr(owner[0].funding, field) is not None
            and getattr(owner[0].funding, field) == yuan
        ]
        if not columns:
            return None
        named += [name for name in columns if name not in named]
    return f"{text[: owner[1]]}{'和'.join(named)}各是多少"


def with_columns_named(
    text: str,
    *,
    mentions: Sequence[Mention],
    project: Callable[[int], ProjectInfo | None],
) -> str:
    """Returns ``text`` with each amount quoted for a project's money column named as it.

    When an amount said for a project is in none of its columns (企服120万比国交40万: the asker's
    own figure beside the form's), none is named: the calculation would drop the asker's."""
    if not _CALCULATING.search(text) or _CHECKING.search(text):
        return text
    pieces: list[str] = []
    last = 0
    for match in _AMOUNT.finditer(text):
        owner = _owner(text, match.start(), mentions=mentions, project=project)
        if owner is None:
            continue
        yuan = Decimal(match.group(1)) * _YUAN[match.group(2)]
        name = column_named(owner[0].funding, yuan)
        if name is None:
            return text
        pieces += [text[last : owner[1]], name]
        last = match.end()
    return "".join(pieces) + text[last:] if pieces else text


def _owner(
    text: str,
    start: int,
    *,
    mentions: Sequence[Mention],
    project: Callable[[int], ProjectInfo | None],
) -> tuple[ProjectInfo, int] | None:
    """Returns the one project named right before an amount and where its quote begins."""
    before = [m for m in mentions if m.end <= start and _BETWEEN.match(text[m.end : start])]
    if not before:
        return None
    mention = max(before, key=lambda m: m.end)
    if len(mention.project_ids) != 1:
        return None
    found = project(mention.project_ids[0])
    if found is None:
        return None
    # 数字化改造项目 合计 360万: the words between give way to the column's name.
    return found, mention.end


# 开放日接待5000人次那个，用成本控制数摊到每人次多少: the count divided by is said first, in a
# clause of its own; said after 摊到 (成本控制数摊到开放日接待5000人次，每人次多少) it is read.
_COUNT_FIRST = re.compile(
    r"^(?P<count>[^，,。；;？?！!]*?\d+(?:\.\d+)?\s*(?P<unit>[\u4e00-\u9fff]{1,2}?))"
    r"(?:那个|这个|那项|这项|的话|的)?\s*[，,]\s*(?:用|拿|把)?"
    r"(?P<amount>[^，,。；;？?！!\d]+?)(?P<verb>平均分摊到|平均摊到|分摊到|均摊到|平摊到|摊到)"
    r"(?P<per>每(?P=unit)(?![\u4e00-\u9fff]?(?:\d)))(?P<rest>.*)$"
)


def with_divisor_after(text: str) -> str:
    """Moves a count said before the amount it divides (5000人次，成本摊到每人次) after 摊到."""
    if "摊到每" not in text:
        return text
    found = _COUNT_FIRST.match(text)
    if found is None:
        return text
    return (
        f"{found.group('amount')}{found.group('verb')}{found.group('count')}，"
        f"{found.group('per')}{found.group('rest')}"
    )
