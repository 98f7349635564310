"""Per-unit asks said with words the calculator does not read, said plainly.

Each rewrite turns one way of saying an amount per unit into the plain phrasing the calculator
already answers: a modal after what 每 counts (每场要接待 → 每场接待), a pointer at the things
shared over (分到那几处设施上 → 分到各处设施上), people said again before the ask (…每个学生身上，
一人多少钱 → …每个学生身上，多少钱), a sum of money pointed at (那笔钱 → 的钱), a count said
roughly with 几 (3000几份 → 3000多份), a division by a bare number (÷ 12 = 每处多少元,
÷ 4（按季度）, 月度拆分：… ÷ 12), 除 said for 除以 before a per-unit ask, an average over rows
said per row (平均每条目标几场), a unit typed after the question mark (= ？万元) and a clause
setting aside what 只 left out already (只摊到线上的，线下的不算) and rows worked together after
they are named (…，三行求平均（次）). A message none of them fits is left to the rest.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from nlu.arithmetic import MODALS, PEOPLE_NOUNS, PERIODS_PER_YEAR, side_words
from nlu.prepared import built_once

EACH = "各"
ROUGHLY = "多"
_CJK = "[\u4e00-\u9fff]"
_ASKED_AFTER = r"(?=[^,，。;；?？!！\s的]{0,6}?(?:多少|几))"


@built_once
def _modal_after_measure() -> re.Pattern[str]:
    """Returns the pattern of a modal right after what 每 (or 平均一) counts, before the ask
    (每场要接待多少人次, 一场需要接待几人次)."""
    modals = "|".join(map(re.escape, side_words().get(MODALS, ())))
    return re.compile(
        rf"(?P<per>(?:每|(?:(?<=平均)|(?<=[,，\s])|^)一)个?(?P<measure>{_CJK}{{1,2}}?))"
        rf"(?:{modals}){_ASKED_AFTER}"
    )


def _modal_dropped(text: str, units: frozenset[str]) -> str | None:
    """Returns ``text`` without the modal after the measure word of a per-unit ask (每场要接待
    多少人次 → 每场接待多少人次), else None: the modal is no part of what 每 counts."""
    for found in _modal_after_measure().finditer(text):
        if found["measure"] in units:
            return text[: found.end("per")] + text[found.end() :]
    return None


# 分到那几处设施上, 摊到这几个岗位上: the things an amount is shared over, pointed at.
_ASKED = re.compile(r"多少|几")
_POINTED_SHARE = re.compile(
    r"(?P<verb>分到|分给|摊到|平均到|落到)(?:那|这)几"
    rf"(?=(?P<measure>{_CJK}{{1,2}}))"
)


def _pointer_as_each(text: str, units: frozenset[str]) -> str | None:
    """Returns ``text`` with the things shared over pointed at said as each of them (分到那几处
    设施上 → 分到各处设施上), else None: 那几 points, it asks no count. After an ask (一共几家
    然后…平均到这几家) it points back at that ask's result, and is left as it is."""
    for found in _POINTED_SHARE.finditer(text):
        measure = found["measure"]
        if not (measure in units or measure[:1] in units):
            continue
        if _ASKED.search(text, 0, found.start()):
            return None
        return text[: found.end("verb")] + EACH + text[found.end() :]
    return None


# 每个来实习的港澳台学生身上，一人多少钱; 每个参加活动的人头上，大概一个人多少钱: people said
# again by 一人 before the ask, after 每 named who they are.
_PEOPLE_AGAIN = re.compile(
    r"(?P<per>每一?个?(?P<noun>[^,，。;；?？!！\s]{1,14}?)(?:头上|身上|上)?)(?P<mark>[,，\s]+)"
    r"(?P<filler>(?:大概|大约|约|差不多|平均|那么|那)*)(?:一|每)个?(?:人|名|位)"
    r"(?=(?:合|摊|分摊|均摊|平均|能分到|分到|大概|大约|约)*(?:多少|几))"
)
PERSON = "人"


def _people_said_again(text: str, units: frozenset[str]) -> str | None:
    """Returns a per-unit ask over people without 一人 said again before its ask (…每个学生身上，
    一人多少钱 → …每个学生身上，多少钱), else None: only when 每 names people."""
    found = _PEOPLE_AGAIN.search(text)
    if found is None:
        return None
    noun = found["noun"]
    if not noun.endswith(PERSON) and not noun.endswith(side_words().get(PEOPLE_NOUNS, ())):
        return None
    return text[: found.end("mark")] + found["filler"] + text[found.end() :]


# 交流项目那笔钱, 这笔经费: a sum of money pointed at by its measure word 笔.
_MONEY_POINTED = re.compile(r"(?<=[\u4e00-\u9fff])(?:那|这)笔(?=钱|经费|资金|预算|款)")
OWNED = "的"


def _money_pointer_plain(text: str, units: frozenset[str]) -> str | None:
    """Returns ``text`` with a sum pointed at said as owned (交流项目那笔钱 → 交流项目的钱;
    相差的那笔钱 → 相差的钱)."""
    found = _MONEY_POINTED.search(text)
    if found is None:
        return None
    owned = "" if text[: found.start()].endswith(OWNED) else OWNED
    return text[: found.start()] + owned + text[found.end() :]


# 3000几份, 30几家: a count said roughly, 几 after its digits (no ask).
_ROUGH_FEW = re.compile(rf"(?<=\d)几(?=(?P<measure>{_CJK}{{1,2}}))")


def _rough_count_plain(text: str, units: frozenset[str]) -> str | None:
    """Returns ``text`` with a count said roughly by 几 said by 多 (3000几份 → 3000多份)."""
    for found in _ROUGH_FEW.finditer(text):
        if found["measure"] in units or found["measure"][:1] in units:
            return text[: found.start()] + ROUGHLY + text[found.end() :]
    return None


# 设施运维成本控制数 ÷ 12 = 每处多少元, 年度资金申请总额 ÷ 4（按季度平均拆分）= ？: an amount
# divided by a bare number, with what it counts said elsewhere.
_BARE_DIVISOR = re.compile(
    r"\s*(?:÷|除以)\s*(?P<count>\d+)(?![\d.%])(?P<note>\s*[（(][^（()）]{0,16}[）)])?"
    r"\s*(?:=|等于|[,，])?\s*"
)
# 年度目标里写了“12 处科普设施”→: the goal's words the division takes its count from.
_GOAL_QUOTED = re.compile(
    r"^(?:年度|总体)?(?:目标|原文)(?:里|中|上)?(?:写了|写着|写的是|说了|说|提到|有)"
    r"[“\"「](?P<quote>[^”\"」]{1,30})[”\"」]\s*(?:→|->|=>|[,，:：])\s*"
)
_EACH_ASKED = re.compile(rf"^每一?个?(?P<measure>{_CJK}{{1,2}}?)(?=多少|几|是多少)")
_PERIOD_SAID = {"季度": re.compile(r"季度|按季|每季"), "月": re.compile(r"月度|按月|每月|月份")}
# 月度拆分：, 按季度分摊: a heading naming the split of a year into its periods.
_PERIOD_LABEL = re.compile(r"(?:按)?(?:月度|季度|月|季)(?:拆分|分摊|均摊|平均|分配)\s*[:：]\s*")
_ASK_MARKS = re.compile(r"^(?:(?:是|为)?多少|[?？])[?？]*\s*(?P<unit>万元|元)?")  # = ？元, 是多少
ASKED = "多少"


def _bare_divisor_plain(text: str, units: frozenset[str]) -> str | None:
    """Returns an amount divided by a bare number said with what the number counts: the unit
    the ask after it names (÷ 12 = 每处多少元 → 除以12处，每处多少元), or a year's periods
    the message names (÷ 4（按季度平均拆分）= ？ → 按季度平均，每季度多少), else None."""
    found = _BARE_DIVISOR.search(text)
    if found is None:
        return None
    after = text[found.end() :]
    if after[:1] in units:
        return None  # 除以12处: the count says its unit already
    before = text[: found.start()]
    quoted = _GOAL_QUOTED.match(before)
    if quoted is not None and found["count"] in quoted["quote"].replace(" ", ""):
        before = before[quoted.end() :]  # the goal's count, which the division restates
    each = _EACH_ASKED.match(after)
    if each is not None and each["measure"] in units:
        return f"{before}除以{found['count']}{each['measure']}，{after}"
    said = before + (found["note"] or "")
    period = next(
        (
            period
            for period, pattern in _PERIOD_SAID.items()
            if pattern.search(said) and PERIODS_PER_YEAR[period][1] == int(found["count"])
        ),
        None,
    )
    asked = _ASK_MARKS.match(after)
    if period is None or asked is None:
        return None
    rest = after[asked.end() :]
    before = _PERIOD_LABEL.sub("", before)  # 月度拆分：, said again by 按月平均
    return f"{before}按{period}平均，每{period}{ASKED}{asked['unit'] or ''}{rest}"


# 养护成本上限除道路养护长度，每米多少钱: 除 alone said for 除以 between the amount and the count
# a per-unit ask divides by (除了, 扣除, 去除 and 除外 are other words).
_DIVIDED_SHORT = re.compile(
    rf"(?<={_CJK})(?<![扣剔删排去消免])除(?![了去开掉外以非返夕法数])(?={_CJK})"
)
_PER_AFTER = re.compile(r"[,，]\s*(?:平均)?每")
_EXCEPT_END = re.compile(r"外\s*$")


def _divided_said_short(text: str, units: frozenset[str]) -> str | None:
    """Returns ``text`` with 除 said for 除以 before a per-unit ask (养护成本除道路养护长度，每米
    多少钱 → 养护成本除以道路养护长度，…), else None: the ask after it says the order."""
    found = _DIVIDED_SHORT.search(text)
    after = _PER_AFTER.search(text, found.end()) if found else None
    if found is None or after is None:
        return None
    if _EXCEPT_END.search(text, found.end(), after.start()):
        return None  # 除企服外，每…: 除…外 sets a thing aside
    return text[: found.start()] + "除以" + text[found.end() :]


# 以“场”计的那几条，平均每条目标几场: an average over the rows listed, said per row.
_PER_ROW = re.compile(
    r"平均每一?(?:条|项|行)(?P<row>指标|目标|考核)?(?:的)?(?:目标值|指标值|目标)?(?=是?(?:多少|几))"
)
_ROWS_PICKED = re.compile(r"(?:以|按)[“\"「]?\S{1,3}?[”\"」]?(?:计|为单位)")


def _rows_averaged(text: str, units: frozenset[str]) -> str | None:
    """Returns an average over rows said per row as an average (以场计的那几条，平均每条目标
    几场 → …，平均几场), else None: 每条 counts the rows, which a measure word (以场计) or 指标
    picks; 每条多少米 alone may count a row's own things."""
    found = _PER_ROW.search(text)
    if found is None or not (found["row"] or _ROWS_PICKED.search(text, 0, found.start())):
        return None
    return text[: found.start()] + "平均" + text[found.end() :]


# 合计 = ？万元, 占比 = ？%: the unit of the result typed after the question mark.
_UNIT_AFTER_MARK = re.compile(
    r"(?:=|等于|是多少)\s*[?？]\s*(?P<unit>亿元|万元|元|%|％)(?P<tail>\s*[（(][^（()）]*[)）])?\s*$"
)


def _unit_after_mark_plain(text: str, units: frozenset[str]) -> str | None:
    """Returns ``text`` asking its result in the unit typed after the question mark (合计 = ？
    万元 → 合计是多少万元), else None: the unit is no second ask."""
    found = _UNIT_AFTER_MARK.search(text)
    if found is None:
        return None
    return f"{text[: found.start()]}是多少{found['unit']}{found['tail'] or ''}"


# 只摊到线上参观人次上，线下的不算，…: after 只 names what is shared over, a clause setting the
# rest aside says it again.
_ONLY = re.compile(r"只(?:摊|分|算|按|平均|除)")
_REST_ASIDE = re.compile(
    rf"[,，]\s*{_CJK}{{1,6}}?的?(?:都)?(?:不算|不管|不计|不考虑|不看|除外)\s*(?=[,，])"
)


def _rest_aside_dropped(text: str, units: frozenset[str]) -> str | None:
    """Returns ``text`` without the clause setting aside what 只 left out already (…只摊到线上
    参观人次上，线下的不算，每人次合多少钱 → …只摊到线上参观人次上，每人次合多少钱), else None."""
    only = _ONLY.search(text)
    found = _REST_ASIDE.search(text, only.end()) if only else None
    if found is None:
        return None
    return text[: found.start()] + text[found.end() :]


# …，三行求平均（次）, 这几项求和: the rows named before worked together, the unit in brackets.
_ROWS_WORKED = re.compile(
    r"[,，]?\s*(?:这|以上|上面)?(?:[两二三四五六七八九十几]|\d{1,2})(?:行|项|条|个)"
    r"(?:求|取|算)(?P<op>平均值|平均数|平均|总和|合计|和)"
    r"(?:[（(](?P<unit>[^（()）\d]{1,3})[)）])?\s*[?？。]?\s*$"
)
_WORKED_SAID = {"平均值": "平均", "平均数": "平均", "平均": "平均", "总和": "加起来"}


def _rows_worked_plain(text: str, units: frozenset[str]) -> str | None:
    """Returns the rows named before worked as asked in words (…，三行求平均（次） → …，平均是多少
    次), else None."""
    found = _ROWS_WORKED.search(text) if "求" in text or "取" in text or "算" in text else None
    if found is None or not found.start():
        return None
    op = _WORKED_SAID.get(found["op"], "加起来")
    return f"{text[: found.start()]}，{op}是多少{found['unit'] or ''}"


def per_unit_said_plainly(text: str, *, units: frozenset[str]) -> str | None:
    """Returns a per-unit ask said plainly (see the module), else None."""
    for rewrite in _REWRITES:
        said = rewrite(text, units)
        if said is not None:
            return said
    return None


# Each rewrite takes the message and the measure words known (some read none of them).
_REWRITES: tuple[Callable[[str, frozenset[str]], str | None], ...] = (
    _modal_dropped,
    _pointer_as_each,
    _people_said_again,
    _money_pointer_plain,
    _rough_count_plain,
    _bare_divisor_plain,
    _divided_said_short,
    _rows_averaged,
    _unit_after_mark_plain,
    _rest_aside_dropped,
    _rows_worked_plain,
)
