"""running totals per indicator, backfilled from the entries

Revision ID: 0010
Revises: 0009
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    totals = op.create_table(
        "actual_total",
        sa.Column("indicator_id", sa.Integer(), nullable=False),
        sa.Column("entry_count", sa.Integer(), nullable=False),
        sa.Column("value_sum", sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
        sa.Column("latest_id", sa.Integer(), nullable=True),
        sa.Column("latest_date", sa.Date(), nullable=True),
        sa.Column("latest_value", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=True),
        sa.Column("latest_status", sqlmodel.sql.sqltypes.AutoString(length=10), nullable=True),
        sa.ForeignKeyConstraint(["indicator_id"], ["indicator.id"]),
        sa.PrimaryKeyConstraint("indicator_id"),
    )
    rows = list(_backfill(op.get_bind()).values())
    if rows:
        op.bulk_insert(totals, rows)


def _backfill(connection: sa.Connection) -> dict[int, dict[str, Any]]:
    """Returns each indicator's totals from its entries that are not deleted.

    A frozen copy of what storage.actuals keeps, as it was when this revision was written:
    the count, the exact sum of the values and the latest entry by event date, then id.
    """
    actual = sa.table(
        "actual",
        sa.column("id", sa.Integer),
        sa.column("indicator_id", sa.Integer),
        sa.column("value", sa.String),
        sa.column("status", sa.String),
        sa.column("event_date", sa.Date),
        sa.column("deleted", sa.Boolean),
    )
    entries = connection.execute(
        sa.select(
            actual.c.indicator_id,
            actual.c.id,
            actual.c.event_date,
            actual.c.value,
            actual.c.status,
        )
        .where(actual.c.deleted.is_(False))
        .order_by(actual.c.indicator_id, actual.c.event_date, actual.c.id)
    )
    totals: dict[int, dict[str, Any]] = {}
    for indicator_id, entry_id, event_date, value, status in entries:
        row = totals.setdefault(indicator_id, {"indicator_id": indicator_id, "count": 0})
        row["count"] += 1
        row["sum"] = row.get("sum", Decimal(0)) + (Decimal(value) if value else Decimal(0))
        row["latest"] = (entry_id, event_date, value, status)  # Rows come oldest first.
    return {indicator_id: _row(data) for indicator_id, data in totals.items()}


def _row(data: dict[str, Any]) -> dict[str, Any]:
    entry_id, event_date, value, status = data["latest"]
    return {
        "indicator_id": data["indicator_id"],
        "entry_count": data["count"],
        "value_sum": _text(data["sum"]),
        "latest_id": entry_id,
        "latest_date": event_date,
        "latest_value": value,
        "latest_status": status,
    }


def _text(value: Decimal) -> str:
    text = f"{value:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def downgrade() -> None:
    op.drop_table("actual_total")
