"""Admin overview: one-time CSV export tokens; indexes on the sessions' date, status and end (its
figures) and on when they last changed (its live check).

Revision ID: d5f2a7c3e8b1
Revises: d7b2e4a9c6f3
Create Date: 2026-11-30 01:00:00
"""

import sqlalchemy as sa
import sqlmodel

from alembic import op

revision = "d5f2a7c3e8b1"
down_revision = "d7b2e4a9c6f3"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add the export tokens and the two session indexes."""
    op.create_table(
        "export_download",
        sa.Column("token_hash", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("filters", sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
        sa.Column("expires_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["user.id"]),
        sa.PrimaryKeyConstraint("token_hash"),
    )
    op.create_index(
        "ix_export_download_expires_at", "export_download", ["expires_at"], unique=False
    )
    op.create_index(
        "ix_coaching_session_day", "coaching_session", ["date", "status", "ends_at"], unique=False
    )
    op.create_index(
        "ix_coaching_session_updated_at", "coaching_session", ["updated_at"], unique=False
    )


def downgrade() -> None:
    """Drop the indexes and the export tokens."""
    op.drop_index("ix_coaching_session_updated_at", table_name="coaching_session")
    op.drop_index("ix_coaching_session_day", table_name="coaching_session")
    op.drop_table("export_download")
