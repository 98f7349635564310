"""an index that totals and the latest entry of an indicator are read from

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

COLUMNS = ["indicator_id", "deleted", "event_date", "id", "value", "status"]


def upgrade() -> None:
    # Covers both queries of storage.actuals.indicator_totals without reading the table.
    op.create_index("ix_actual_totals", "actual", COLUMNS)


def downgrade() -> None:
    op.drop_index("ix_actual_totals", table_name="actual")
