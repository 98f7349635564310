"""invite codes stored as digests

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

import hashlib

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

# Frozen copy of storage.users.invite_digest as it was when this revision was written.
DIGEST_LENGTH = 32


def upgrade() -> None:
    invite = sa.table("invite", sa.column("code", sa.String))
    connection = op.get_bind()
    codes = connection.execute(sa.select(invite.c.code)).scalars().all()
    for code in codes:
        if len(code) == DIGEST_LENGTH:
            continue  # Already a digest.
        digest = hashlib.sha256(code.encode("utf-8")).hexdigest()[:DIGEST_LENGTH]
        connection.execute(invite.update().where(invite.c.code == code).values(code=digest))


def downgrade() -> None:
    # A digest cannot be turned back into its code: unused invites are dropped.
    invite = sa.table("invite", sa.column("used_by", sa.BigInteger))
    op.execute(invite.delete().where(invite.c.used_by.is_(None)))
