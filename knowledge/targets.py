"""Parsing of 指标值 text into a :class:`Target`."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from decimal import Decimal

from knowledge.model import Direction, IndicatorKind, Target
from knowledge.text import compact

_OPERATOR_WORDS = {
    ">=": "≥",
    "<=": "≤",
    "≧": "≥",
    "≦": "≤",
    "不低于": "≥",
    "不少于": "≥",
    "大于等于": "≥",
    "至少": "≥",
    "不高于": "≤",
    "不超过": "≤",
    "不多于": "≤",
    "小于等于": "≤",
    "大于": ">",
    "小于": "<",
    "等于": "=",
}
_OPERATOR = "|".join(
    re.escape(word) for word in sorted([*_OPERATOR_WORDS, "≥", "≤", "=", ">", "<"], key=len)[::-1]
)
_QUANTITY = re.compile(
    rf"^(?P<op>{_OPERATOR})?(?P<num>-?\d+(?:\.\d+)?)\s*[(（]?(?P<unit>[^()（）\d≥≤=<>]*?)[)）]?"
    r"(?P<suffix>及以上|以上|及以下|以下|以内)?$"
)
_SUFFIX_OPERATORS = {"及以上": "≥", "以上": "≥", "及以下": "≤", "以下": "≤", "以内": "≤"}
_DEADLINE = re.compile(
    r"^(?P<year>\d{4})[年\-/.](?:(?P<month>\d{1,2})[月\-/.]?(?:(?P<day>\d{1,2})日?)?)?"
    r"(?P<rest>(?:底|末|年底|年末|月底|月末)?(?:前|之前|以前|完成|内)?)$"
)
_DIRECTION_BY_OPERATOR = {
    "≥": Direction.HIGHER,
    ">": Direction.HIGHER,
    "≤": Direction.LOWER,
    "<": Direction.LOWER,
    "=": Direction.EXACT,
}
_LOWER_WORDS = ("降低", "减少", "下降", "压缩", "缩短")
_HIGHER_WORDS = ("提升", "提高", "增加", "增强", "促进", "扩大", "改善", "增长")


def parse_target(raw: str) -> Target:
    """Parses ``≥300.00(人)``, ``985米``, ``2026 年 12 月底前`` or ``有效提升``."""
    text = compact(raw).replace(" ", "")
    deadline = _parse_deadline(text)
    if deadline is not None:
        return Target(
            raw=raw, kind=IndicatorKind.DEADLINE, deadline=deadline, direction=Direction.LOWER
        )
    quantity = _QUANTITY.match(text)
    if quantity:
        operator = quantity.group("op")
        operator = _OPERATOR_WORDS.get(operator, operator) if operator else None
        if operator is None and quantity.group("suffix"):
            operator = _SUFFIX_OPERATORS[quantity.group("suffix")]
        unit = quantity.group("unit").strip() or None
        return Target(
            raw=raw,
            kind=IndicatorKind.QUANTITATIVE,
            operator=operator,
            value=Decimal(quantity.group("num")),
            unit=unit,
            # A bare value (``10辆``) is a quantity to reach, so more is not worse.
            direction=_DIRECTION_BY_OPERATOR.get(operator or "", Direction.HIGHER),
        )
    return Target(raw=raw, kind=IndicatorKind.QUALITATIVE, direction=_qualitative_direction(text))


def _parse_deadline(text: str) -> dt.date | None:
    match = _DEADLINE.match(text)
    if not match:
        return None
    year = int(match.group("year"))
    month = int(match.group("month") or 12)
    if not 1 <= month <= 12:
        return None
    last_day = calendar.monthrange(year, month)[1]
    day = int(match.group("day") or last_day)
    return dt.date(year, month, min(day, last_day))


def _qualitative_direction(text: str) -> Direction:
    if any(word in text for word in _LOWER_WORDS):
        return Direction.LOWER
    if any(word in text for word in _HIGHER_WORDS):
        return Direction.HIGHER
    return Direction.NONE


def looks_like_target(text: str) -> bool:
    """Tells whether a cell reads as a quantitative or deadline 指标值."""
    compacted = compact(text).replace(" ", "")
    return bool(_QUANTITY.match(compacted)) or _parse_deadline(compacted) is not None
