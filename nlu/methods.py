"""The method of a calculation told beside its ask: 每米道路对应的资金（按资金总额除以道路
养护长度）, 平均引入一名院士专家的成本是多少元？按年度资金和引入院士专家数量目标测算. The
method names the operands in the form's words, which the ask (每米, 一名的成本) only describes:
the method is asked, with the projects the ask names before its 每 or 平均."""

from __future__ import annotations

import re

from nlu.arithmetic import HOLDING_JOINTS, side_words

# A clause telling how to work the figure: 按 A 除以 B (测算), 按 A 和 B 测算; in brackets or a
# sentence of its own.
_METHOD = re.compile(
    r"[（(，,。；;？?]\s*(?:请|可)?(?:按|按照|用|以)(?P<first>[^，,。；;？?（）()]+?)"
    r"(?P<joint>除以|÷|/|和|与|及|跟)(?P<second>[^，,。；;？?（）()]+?)"
    r"(?:来|进行|去)?(?:测算|计算|核算|算|相除)?(?:一下|得出|即可|为准)?\s*[）)]?\s*[。；;？?！!]*$"
)
_MASK = "\x01"  # stands for a character of such a word while the joint is looked for
# The ask a method may be told beside: a figure per one of something (每米, 平均一名, 人均).
_PER_ASK = re.compile(r"每|平均|人均|单位成本|均摊|摊到")
_DIVIDING = ("除以", "÷", "/")
_MONEY = re.compile(r"资金|预算|经费|金额|成本|拨款|钱|总额")
_ASK_OPENING = re.compile(r"^(?:请问|请|麻烦|帮忙|帮我)?(?:测算|计算|核算|算)?(?:一下)?")


def method_asked(text: str) -> str | None:
    """Returns the method told beside a per-unit ask as the ask itself (道路桥梁养护项目资金总额
    除以道路养护长度), or None when no method is told. Operands joined by 和 are divided money
    first, and only when the ask is of money per one thing."""
    masked = text
    for word in side_words().get(HOLDING_JOINTS, ()):
        masked = masked.replace(word, _MASK * len(word))  # 参与 of 活动参与人数 joins nothing
    found = _METHOD.search(masked)
    if found is None:
        return None
    ask = text[: found.start()]
    per = _PER_ASK.search(ask)
    if per is None:
        return None
    first = text[found.start("first") : found.end("first")].strip()
    second = text[found.start("second") : found.end("second")].strip()
    if not first or not second:
        return None
    if found.group("joint") not in _DIVIDING:
        if not _MONEY.search(ask[per.start() :]) and "元" not in ask[per.start() :]:
            return None  # 按人数和场次算: no money per one thing asked, no division meant
        if _MONEY.search(second) and not _MONEY.search(first):
            first, second = second, first
    owner = _ASK_OPENING.sub("", ask[: per.start()])
    return f"{owner}{first}除以{second}是多少"
