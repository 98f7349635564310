"""Numbers written in Arabic or Chinese numerals: 三百二十, 两千, 1.2万, 百分之九十."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "壹": 1,
    "二": 2,
    "贰": 2,
    "两": 2,
    "三": 3,
    "叁": 3,
    "四": 4,
    "肆": 4,
    "五": 5,
    "伍": 5,
    "六": 6,
    "陆": 6,
    "七": 7,
    "柒": 7,
    "八": 8,
    "捌": 8,
    "九": 9,
    "玖": 9,
}
SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
LARGE_UNITS = {"万": 10_000, "亿": 100_000_000}

_UNIT_CHARS = "".join([*SMALL_UNITS, *LARGE_UNITS])
_CN_CHARS = "".join([*DIGITS, *SMALL_UNITS, *LARGE_UNITS])
_ARABIC = r"\d+(?:,\d{3})*(?:\.\d+)?"
_NUMBER = re.compile(
    rf"(?P<percent_prefix>百分之)?"
    rf"(?P<body>{_ARABIC}[万亿]?|{_ARABIC}|[{_CN_CHARS}]+(?:点[{''.join(DIGITS)}]+)?)"
    rf"(?P<percent_suffix>%)?"
)


@dataclass(frozen=True)
class NumberSpan:
    """A number found in a text, with where it was written."""

    start: int
    end: int
    text: str
    value: Decimal
    percent: bool = False


def _parse_chinese_integer(text: str) -> int | None:
    total, section, digit, last_unit = 0, 0, None, 0
    for char in text:
        if char in DIGITS:
            if digit is not None:  # 二零二六 reads digit by digit
                return _parse_digit_string(text)
            # 零 only fills a gap (三百零五) unless it is the whole number.
            digit = DIGITS[char] if DIGITS[char] or char == text else None
        elif char in SMALL_UNITS:
            section += (1 if digit is None else digit) * SMALL_UNITS[char]
            digit, last_unit = None, SMALL_UNITS[char]
        elif char in LARGE_UNITS:
            unit = LARGE_UNITS[char]
            section += digit or 0
            if total and unit < _largest_unit(total):
                total += section * unit
            else:
                total = (total + section) * unit
            section, digit, last_unit = 0, None, unit
        else:
            return None
    # 两万五 and 一百五 leave the next unit unsaid.
    trailing = digit or 0
    if digit is not None and last_unit >= 100 and len(text) >= 3 and text[-2] in _UNIT_CHARS:
        trailing = digit * last_unit // 10
    return total + section + trailing


def _largest_unit(total: int) -> int:
    return max((unit for unit in LARGE_UNITS.values() if total % unit == 0), default=1)


def _parse_digit_string(text: str) -> int | None:
    if all(char in DIGITS for char in text):
        return int("".join(str(DIGITS[char]) for char in text))
    return None


def _parse_body(body: str) -> Decimal | None:
    multiplier = Decimal(1)
    if body[-1] in LARGE_UNITS and body[:-1] and body[-2].isdigit():
        multiplier = Decimal(LARGE_UNITS[body[-1]])
        body = body[:-1]
    if body[0].isdigit():
        try:
            return _tidy(Decimal(body.replace(",", "")) * multiplier)
        except InvalidOperation:
            return None
    whole, _, fraction = body.partition("点")
    integer = _parse_chinese_integer(whole) if whole else 0
    if integer is None:
        return None
    value = Decimal(integer)
    if fraction:
        value += Decimal("0." + "".join(str(DIGITS[char]) for char in fraction))
    return _tidy(value * multiplier)


def _tidy(value: Decimal) -> Decimal:
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value


WHOLE_PERCENT = "百分之百"
HUNDRED = Decimal(100)


def find_numbers(text: str) -> list[NumberSpan]:
    """Returns every number in ``text``; a lone unit character (万, 十) is not a number."""
    spans = [
        NumberSpan(found.start(), found.end(), found.group(0), HUNDRED, percent=True)
        for found in re.finditer(WHOLE_PERCENT, text)  # 百分之百: 百 alone is no number
    ]
    for match in _NUMBER.finditer(text):
        if any(span.start <= match.start() < span.end for span in spans):
            continue
        body = match.group("body")
        if len(body) == 1 and body in _UNIT_CHARS and body != "十":
            continue
        value = _parse_body(body)
        if value is None:
            continue
        percent = bool(match.group("percent_prefix") or match.group("percent_suffix"))
        spans.append(
            NumberSpan(match.start(), match.end(), match.group(0), value, percent=percent)
        )
    return sorted(spans, key=lambda span: span.start)


def parse_number(text: str) -> Decimal | None:
    """Parses a text that is one number (``三百二十``, ``1.2万``, ``百分之九十``); else None."""
    stripped = text.strip().rstrip("。.")
    spans = find_numbers(stripped)
    if len(spans) != 1 or spans[0].start != 0 or spans[0].end != len(stripped):
        return None
    return spans[0].value
