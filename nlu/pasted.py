"""Lines copied from the form and pasted before an ask: the rows they name, never their figures.

A reader copies cells of the form into the chat and asks about them::

    企业科技创新服务成本控制数	≤130.00(万元)
    服务科技工作者人数	≥8000.00(人次)
    这两行钱除以人次，每人次合多少元

    【国交】活动参与人数 / 港澳台籍学生人数 / 辩论队人数   三个目标数加一起是多少人

The pasted cells name rows and fields with the form's own figures beside them (raw targets such
as ≤130.00(万元), amounts such as 1200000.00, dates such as 2026-01-01). Read as typed, the
figures look like the asker's own numbers and the cells like conditions; a slash between names
looks like a division. The figures are left out (the form has them), the names are listed, and
an ask that points at what was pasted (这两行, 上面这条, 三个的, 前者是后者的几倍) is asked of the
names themselves.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from nlu.bullets import bullet_dropped
from nlu.ordering import longest_first
from nlu.plain_words import section_words
from nlu.prepared import built_once

# A cell break of a pasted line: tabs, a line break, a run of spaces, an ellipsis cutting a row.
_CELL_BREAK = re.compile(r"\s*(?:\t|\n|[ \u3000]{2,}|…+|\.{3,})\s*")
# ≤130.00(万元), =100.00(%), 3.00(家): a target as the form writes it; never a name's brackets
# (实习（上海）活动), which follow no figure.
_RAW_TARGET = re.compile(
    r"\s*(?:[≤≥<>=＜＞≦≧]\s*-?\d+(?:\.\d+)?|\d+\.\d+)\s*[（(]([^()（）\d]{1,4})[)）]"
)
# A cell holding a figure only: 985米, 1200000.00, 2026-01-01, ≥3家, 250.
_VALUE_CELL = re.compile(
    r"[≤≥<>=]?\s*-?\d+(?:[.\-/]\d+)*\s*(?:[%％]|[\u4e00-\u9fff]{1,2})?(?:[（(][^()（）]*[)）])?"
)
_YEAR_CELL = re.compile(r"\d{4}年度?")  # 2027年度: the year asked, never a row's figure
# A figure closing a pasted cell after its name (资金总额 250, 年度资金申请总额 1200000.00).
_TRAILING_VALUE = re.compile(r"[：:\s]+" + _VALUE_CELL.pattern + r"$")
_NAME_END = "：:，,；;、 "
# 年度资金申请总额：\t1200000.00, 成本控制数 ≤130.00(万元): a figure written as the form writes it
# (two decimals, a target's brackets) after a name; no asker types an own figure so. The colon
# labelling it goes too: 项目资金总额：年度资金申请总额 would read as a heading and its ask.
_FORM_FIGURE = re.compile(
    r"(?<=[\u4e00-\u9fff）)】])[ \t\u3000]*[：:]?[ \t\u3000]*(?:[≤≥<>=]\s*)?-?\d+\.\d{2}"
    r"(?:\s*[（(][^()（）\d]{1,4}[)）])?(?![\d%.\u4e00-\u9fff])"
)
# A sentence quoted (or pasted bare and cut off) opening the message, and the ask after a break;
# an ask after a dash runs on from the quote (“企服成本控制数按八折压缩”——压完是多少钱).
_QUOTED_BEFORE = re.compile(
    r"(?P<quote>“[^”]{6,}”|[^“”\s][^\n]{9,}?(?:…+|\.{3,}))"
    r"(?:[ \t\u3000]{2,}|\s*\n\s*|\t\s*)(?P<ask>\S.*)$",
    re.DOTALL,
)
# 这类活动, 这句话, 其中: an ask pointing back at the quote keeps it.
_BACK = re.compile(r"这[类句段条项个些]|那[类句段条项个些]|上面|上述|以上|其中|里面|文中|句中|该")
_SENTENCE_MARK = re.compile(r"[，,、；;。]|…|\.{3}")
# 计划开始日期\t2026-01-01: a date cell after its name; a date typed into a sentence stays.
_FORM_DATE = re.compile(r"(?<=[\u4e00-\u9fff）)】：:])\t+\d{4}-\d{1,2}-\d{1,2}(?![\d])")
_LAST_NAME = re.compile(r"[^\s，,；;：:/／、]+(?=[\s：:]*$)")
# 这两行, 上面这条, 以上几项, 三个的, 四个目标数, 这俩: an ask opening on what was pasted.
_POINTER = re.compile(
    r"^(?:(?:(?:上面|上述|以上|上列|前面|前述)的?(?:这|那)?|这|那)?"
    r"(?:[两二三四五六七八九十几俩仨]|\d{1,2})?(?:行|条|项|个|格|栏|者|俩|仨|些)"
    r"|它们|他们|两者|二者)(?:的(?!几|多))?"
)
# 这个二级 points at one cell of a line, not at the rows pasted.
_PLURAL = re.compile(r"上面|上述|以上|上列|前面|前述|[两二三四五六七八九十俩仨几些们]|\d")
# 钱除以人次, 经费/人数: the two sides of a division said by the rows' units or kinds.
_SIDES = re.compile(
    r"([\u4e00-\u9fff]{1,4}?)(?:除以|÷|/|／)([\u4e00-\u9fff]{1,4}?)"
    r"(?=[，,。；;？?\s]|是|合|为|等于|多少|平均|$)"
)
MONEY_WORDS = frozenset({"钱", "金额", "资金", "经费", "费用", "预算", "成本", "money"})
_FORMER = "前者"
_LATTER = "后者"
# 活动参与人数 / 港澳台籍学生人数 / 辩论队人数: names set apart by a spaced slash.
_SLASH_LISTED = re.compile(r"[^\s/／]+(?:\s+[/／]\s+[^\s/／]+){2,}")
_SLASH = re.compile(r"\s+[/／]\s+")
_LISTED = "、"
MIN_POINTED = 2  # names an ask points at (这两行, 前者…后者); one is asked as it was pasted


@built_once
def _quote_source() -> re.Pattern[str]:
    """Returns the pattern of a quote's source said before it (纪要原话：“, 邮件里转过来一句“)."""
    places, verbs = section_words("quote_sources")
    place = "|".join(map(re.escape, longest_first(places)))
    verb = "|".join(map(re.escape, longest_first(verbs)))
    # 纪要：“…”, or 会议纪要里写着国交项目要看“…”: what the source says runs on to a quote.
    return re.compile(
        rf"(?:^|(?<=[，,。；;\s]))(?:{place})"
        rf"(?:(?:{verb})*[：:]?\s*(?=[“\"「])|(?:{verb})+(?=[^，,。；;\s“\"「]*[“\"「]))"
    )


def pasted_read(
    text: str, *, reads_alone: Callable[[str], bool] = lambda ask: False
) -> str | None:
    """Returns ``text`` with the rows it pasted named without their figures, or None when it
    pasted nothing: an ask pointing at the rows pasted (这两行, 前者…后者) is asked of their
    names; else only the figures written as the form writes them are left out. The source said
    before a quote pasted (纪要原话：“…”) is left out, and so is a sentence quoted before an ask
    that names what it asks on its own (``reads_alone``)."""
    original = text
    if "“" in text or '"' in text:
        text = _quote_source().sub("", text)  # 纪要原话：“…”
    quoted = _QUOTED_BEFORE.match(text) if "…" in text or "”" in text else None
    # A quote is a sentence pasted when it says where it comes from or marks its clauses.
    sentence = quoted and (text != original or _SENTENCE_MARK.search(quoted["quote"]))
    if quoted and sentence and not _BACK.search(quoted["ask"]) and reads_alone(quoted["ask"]):
        return quoted["ask"]  # “第 34 届…按申报表执行”  论文数平均到每场活动是几篇
    if "/" in text or "／" in text:
        text = _slash_listed(text) or text
    if "\t" in text or "\n" in text or "  " in text or "…" in text:
        cells = [cell for cell in _CELL_BREAK.split(_RAW_TARGET.sub("\t", text.strip())) if cell]
        *pasted, ask = cells
        names = [name for cell in pasted if (name := _name_of(cell))]
        units = [_unit_of(name, text) for name in names]
        pointed = _asked_of(names, ask, units=units) if len(names) >= MIN_POINTED else None
        if pointed is not None:
            return pointed
        if len(names) >= MIN_POINTED and all(bullet_dropped(cell) != cell for cell in pasted):
            return f"{_LISTED.join(names)}，{ask}"  # • 二期改造完成时间 • 线上参观人次 / 各是多少
    text = _form_dates_left_out(text) or text
    return _form_figures_left_out(text) or (text if text != original else None)


def _form_figures_left_out(text: str) -> str | None:
    """Returns ``text`` without the form's figures after the names it pasted, or None when it
    pastes none or pastes one name twice (年度资金申请总额：1300000.00 / 年度资金申请总额：
    400000.00 tells the two apart by their figures only)."""
    found = list(_FORM_FIGURE.finditer(text))
    if not found:
        return None
    names = [_LAST_NAME.search(text, 0, figure.start()) for figure in found]
    said = [name.group(0) for name in names if name]
    if len(set(said)) < len(said):
        return None
    return _FORM_FIGURE.sub("", text)


def _form_dates_left_out(text: str) -> str | None:
    """Returns ``text`` without the dates of cells pasted after a name and a tab (计划开始日期
    \t2026-01-01), or None when it pastes none."""
    left = _FORM_DATE.sub("", text) if "\t" in text else text
    return left if left != text else None


def _name_of(cell: str) -> str:
    """Returns the name a pasted cell holds without its figure (年度资金申请总额 1200000.00 →
    年度资金申请总额), empty for a cell holding a figure only."""
    cell = bullet_dropped(cell)
    if _VALUE_CELL.fullmatch(cell.strip()) and not _YEAR_CELL.fullmatch(cell.strip()):
        return ""
    return _TRAILING_VALUE.sub("", cell).strip(_NAME_END)


def _unit_of(name: str, text: str) -> str:
    """Returns the unit of the target pasted after ``name`` (≥8000.00(人次) → 人次), else ""."""
    found = re.search(re.escape(name) + r"[\s：:]*" + _RAW_TARGET.pattern, text)
    return found.group(1) if found else ""


def _asked_of(names: list[str], ask: str, *, units: list[str]) -> str | None:
    """Returns the ask with what it points at (这两行, 前者…后者) written as the names pasted,
    or None when it points at none; sides of a division said by the rows' units (钱除以人次)
    are the rows of those units."""
    if _FORMER in ask and _LATTER in ask and len(names) == len(("former", "latter")):
        return ask.replace(_FORMER, names[0]).replace(_LATTER, names[1])
    pointer = _POINTER.match(ask)
    if pointer is None or not pointer.group(0) or not _PLURAL.search(pointer.group(0)):
        return None
    rest = ask[pointer.end() :].lstrip("，,：: ")
    sides = _SIDES.match(rest)
    if sides is not None:
        dividend, divisor = (_row_of(side, names=names, units=units) for side in sides.groups())
        if dividend and divisor and dividend != divisor:
            return f"{dividend}除以{divisor}{rest[sides.end() :]}"
    return f"{_LISTED.join(names)}，{rest}"


def _row_of(word: str, *, names: list[str], units: list[str]) -> str:
    """Returns the one row pasted that a word of a division names by its unit (人次), by a word
    of money for a row counted in 元 (钱, 经费) or by a word of its name, else ""."""
    money = word in MONEY_WORDS
    found = [
        name
        for name, unit in zip(names, units, strict=True)
        if (unit and (unit in word or word in unit))
        or (money and "元" in unit)
        or (len(word) > 1 and word in name)
    ]
    return found[0] if len(found) == 1 else ""


def _slash_listed(text: str) -> str | None:
    """Returns ``text`` with three names or more set apart by spaced slashes listed with 、."""
    found = _SLASH_LISTED.search(text)
    if found is None:
        return None
    listed = _SLASH.sub(_LISTED, found.group(0))
    return f"{text[: found.start()]}{listed}{text[found.end() :]}"
