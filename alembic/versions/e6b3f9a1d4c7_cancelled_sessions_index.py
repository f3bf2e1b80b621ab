"""The overview reads cancelled sessions, with their people, from their partial index alone;
the status-only index, which no query needs and which the planner preferred, is dropped.

Revision ID: e6b3f9a1d4c7
Revises: c9d1e5f3a7b4
Create Date: 2026-12-02 06:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "e6b3f9a1d4c7"
down_revision = "c9d1e5f3a7b4"
branch_labels = None
depends_on = None

_CANCELLED = "ix_coaching_session_cancelled"
_STATUS = "ix_coaching_session_status"
_COLUMNS = ["relationship_id", "date", "created_at", "cancelled_by_id"]


def upgrade() -> None:
    """Make the cancelled sessions' index cover the overview's two queries of them (with their
    status and people); drop the status index."""
    _cancelled_index(["status", *_COLUMNS, "coach_id", "coachee_id"])
    op.drop_index(_STATUS, table_name="coaching_session")


def downgrade() -> None:
    """Restore both indexes as they were."""
    op.create_index(_STATUS, "coaching_session", ["status"])
    _cancelled_index(_COLUMNS)


def _cancelled_index(columns: list[str]) -> None:
    """Build the cancelled sessions' partial index anew over these columns."""
    op.drop_index(_CANCELLED, table_name="coaching_session")
    where = sa.text("status = 'Cancelled'")
    op.create_index(
        _CANCELLED, "coaching_session", columns, sqlite_where=where, postgresql_where=where
    )
