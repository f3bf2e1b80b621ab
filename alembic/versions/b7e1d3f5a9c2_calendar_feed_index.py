"""Index for calendar feeds: their sessions' versions in a window, without reading the rows.

Revision ID: b7e1d3f5a9c2
Revises: a8d4e6f1c2b5
Create Date: 2026-11-30 19:10:00
"""

from alembic import op

revision = "b7e1d3f5a9c2"
down_revision = "a8d4e6f1c2b5"
branch_labels = None
depends_on = None

_FEED_COLUMNS = ["relationship_id", "starts_at", "updated_at", "version"]


def upgrade() -> None:
    """Replace the index on the relationship alone (the unique (relationship, number) serves
    those lookups) with one a feed's 304 answers from."""
    op.create_index("ix_coaching_session_feed", "coaching_session", _FEED_COLUMNS)
    op.drop_index("ix_coaching_session_relationship_id", table_name="coaching_session")


def downgrade() -> None:
    """Bring back the index on the relationship alone."""
    op.create_index("ix_coaching_session_relationship_id", "coaching_session", ["relationship_id"])
    op.drop_index("ix_coaching_session_feed", table_name="coaching_session")
