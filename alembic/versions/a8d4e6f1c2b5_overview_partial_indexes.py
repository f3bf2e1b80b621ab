"""Partial indexes for the overview: overdue sessions in order, undated and cancelled ones.

Revision ID: a8d4e6f1c2b5
Revises: f2c6d8a4b0e3
Create Date: 2026-11-30 13:30:00
"""

import sqlalchemy as sa
from alembic import op

revision = "a8d4e6f1c2b5"
down_revision = "f2c6d8a4b0e3"
branch_labels = None
depends_on = None

_INDEXES = {
    "ix_coaching_session_overdue": (["date", "starts_at", "id", "ends_at"], "status = 'Arranged'"),
    "ix_coaching_session_undated": (["created_at", "status"], "date IS NULL"),
    "ix_coaching_session_cancelled": (
        ["relationship_id", "date", "created_at", "cancelled_by_id"],
        "status = 'Cancelled'",
    ),
}


def upgrade() -> None:
    """Let the overview read its overdue list in order and stop after a page, and count
    undated and cancelled sessions from indexes of those rows alone."""
    for name, (columns, condition) in _INDEXES.items():
        where = sa.text(condition)
        op.create_index(
            name, "coaching_session", columns, sqlite_where=where, postgresql_where=where
        )


def downgrade() -> None:
    """Drop the indexes."""
    for name in _INDEXES:
        op.drop_index(name, table_name="coaching_session")
