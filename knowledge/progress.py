"""Progress of an indicator against its target, from recorded actuals."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class Progress:
    """What has been achieved for one indicator so far.

    ``achieved`` is the aggregated number for quantitative indicators, ``status``
    the latest 达成/部分达成/未达成 for qualitative ones, ``ratio`` the share of
    the target reached (None when it cannot be computed).
    """

    indicator_id: int
    entries: int
    achieved: Decimal | None = None
    unit: str | None = None
    status: str | None = None
    ratio: float | None = None
    last_date: dt.date | None = None
