"""Index for clash warnings: a relationship's arranged sessions by when they end.

Revision ID: c82acefee577
Revises: c44542ef6bfa
Create Date: 2026-11-29 23:05:42
"""

from alembic import op

revision = "c82acefee577"
down_revision = "c44542ef6bfa"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Let a clash check read, per relationship, only the arranged sessions still to end."""
    op.create_index(
        "ix_coaching_session_busy",
        "coaching_session",
        ["relationship_id", "status", "ends_at"],
    )


def downgrade() -> None:
    """Drop the index."""
    op.drop_index("ix_coaching_session_busy", table_name="coaching_session")
