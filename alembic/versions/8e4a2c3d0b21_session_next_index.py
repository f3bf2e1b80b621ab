"""Index for a relationship's next arranged session.

Revision ID: 8e4a2c3d0b21
Revises: 7d3f1a2b9c10
Create Date: 2026-11-29 00:35:00
"""

from alembic import op

revision = "8e4a2c3d0b21"
down_revision = "7d3f1a2b9c10"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Let `My Relationships` find each row's next session from the index alone."""
    op.create_index(
        "ix_coaching_session_next",
        "coaching_session",
        ["relationship_id", "status", "starts_at"],
    )


def downgrade() -> None:
    """Drop the index."""
    op.drop_index("ix_coaching_session_next", table_name="coaching_session")
