"""What the overview reads, kept by the database: the session and relationship tallies, each
relationship's last held session, each cancelled session's earlier cancellation, and the triggers that keep them,
filled from the sessions already there.

Revision ID: a4d8e2c6f1b3
Revises: e6b3f9a1d4c7
Create Date: 2026-12-02 11:00:00
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

from myecoach import session_tally

revision = "a4d8e2c6f1b3"
down_revision = "e6b3f9a1d4c7"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add the tallies and the columns, then the triggers, which fill them."""
    op.create_table(
        "session_tally",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("dated", sa.Boolean(), nullable=False),
        sa.Column("programme_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("cancelled_by", sa.String(20), nullable=False),
        sa.Column("sessions", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint(*session_tally.SESSIONS.values),
    )
    op.create_table(
        "relationship_tally",
        sa.Column("programme_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("relationships", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint(*session_tally.RELATIONSHIPS.values),
    )
    op.add_column(
        "relationship",
        sa.Column("last_held_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    )
    op.create_index("ix_relationship_quiet", "relationship", ["active", "last_held_at", "id"])
    op.add_column("coaching_session", sa.Column("cancelled_after", sa.Date(), nullable=True))
    where = sa.text("cancelled_after IS NOT NULL")
    op.create_index(
        "ix_coaching_session_repeated",
        "coaching_session",
        ["cancelled_after", "relationship_id"],
        sqlite_where=where,
        postgresql_where=where,
    )
    session_tally.install(op.get_bind())


def downgrade() -> None:
    """Drop the triggers, the columns and the tallies."""
    session_tally.uninstall(op.get_bind())
    op.drop_index("ix_coaching_session_repeated", table_name="coaching_session")
    op.drop_column("coaching_session", "cancelled_after")
    op.drop_index("ix_relationship_quiet", table_name="relationship")
    op.drop_column("relationship", "last_held_at")  # in place: its search triggers stay
    op.drop_table("relationship_tally")
    op.drop_table("session_tally")
