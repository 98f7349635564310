"""Amounts of money and dates as written in declaration forms."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from knowledge.text import compact
from knowledge.units import TEN_THOUSAND

FEN = Decimal("0.01")

_AMOUNT = re.compile(r"^(-?\d+(?:\.\d+)?)(万元|万|元)?$")
_GROUPED = re.compile(r"^-?\d{1,3}(?:,\d{3})+(?:\.\d+)?(?:万元|万|元)?$")
_DATE = re.compile(r"(\d{4})\s*(?:[-/.年])\s*(\d{1,2})(?:\s*(?:[-/.月])\s*(\d{1,2})\s*日?|\s*月)?")


def parse_amount(text: str, *, default_unit: str = "元") -> Decimal | None:
    """Parses ``1,300,000.00``, ``250万`` or ``130万元`` into yuan; None when not an amount."""
    cleaned = compact(text).replace(" ", "")
    if "," in cleaned and not _GROUPED.match(cleaned):
        return None
    match = _AMOUNT.match(cleaned.replace(",", ""))
    if not match:
        return None
    try:
        number = Decimal(match.group(1))
    except InvalidOperation:
        return None
    unit = match.group(2) or default_unit
    if unit.startswith("万"):
        number *= TEN_THOUSAND
    return number.quantize(FEN, rounding=ROUND_HALF_UP)


def parse_date(text: str, *, end_of_period: bool = False) -> dt.date | None:
    """Parses ``2026-01-01``, ``2026/1/1``, ``2026.07`` or ``2026年7月1日``.

    A date without a day means the first of the month, or its last day when
    ``end_of_period`` is set.
    """
    match = _DATE.search(compact(text))
    if not match:
        return None
    year, month = int(match.group(1)), int(match.group(2))
    if not 1 <= month <= 12:
        return None
    if match.group(3):
        day = int(match.group(3))
    else:
        day = calendar.monthrange(year, month)[1] if end_of_period else 1
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def has_day(text: str) -> bool:
    """Tells whether a date, or each end of a range, names its day (``2023.07`` does not)."""
    parts = _range_parts(text)
    matches = [_DATE.search(part) for part in (parts if len(parts) == 2 else [compact(text)])]
    return all(match is not None and match.group(3) is not None for match in matches)


def _range_parts(text: str) -> list[str]:
    return re.split(r"\s*(?:至|到|~|～|—|–)\s*|(?<=\d)\s*-\s*(?=\d{4})", compact(text))


def parse_date_range(text: str) -> tuple[dt.date | None, dt.date | None]:
    """Parses a range such as ``2023.07-2024.01`` or ``2024年1月至2026年12月``."""
    parts = _range_parts(text)
    if len(parts) != 2:
        return None, None
    return parse_date(parts[0]), parse_date(parts[1], end_of_period=True)


def form_date(value: dt.date, *, by_month: bool) -> str:
    """Writes a date as a form does: ``2026-01-01``, or ``2023.07`` when written by month."""
    return f"{value.year}.{value.month:02d}" if by_month else value.isoformat()


def format_wan(amount: Decimal) -> str:
    """Formats yuan as 万元 without trailing zeros: 1300000 → ``130万元``."""
    wan = (amount / TEN_THOUSAND).normalize()
    text = f"{wan:f}"
    return f"{text}万元"


def format_yuan(amount: Decimal) -> str:
    """Formats yuan as ``130万元（1,300,000.00元）``."""
    return f"{format_wan(amount)}（{amount:,.2f}元）"


def format_percent(ratio: float) -> str:
    """Formats a ratio as a whole percent: 0.65 → ``65%``, 1.0333 → ``103%``."""
    return f"{ratio:.0%}"
