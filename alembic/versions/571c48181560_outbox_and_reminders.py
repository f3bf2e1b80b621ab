"""E-mail: the outbox, reminders made once, and each person's e-mail preferences.

Revision ID: 571c48181560
Revises: c44542ef6bfa
Create Date: 2026-11-29 23:30:00
"""

import sqlalchemy as sa
import sqlmodel

from alembic import op

revision = "571c48181560"
down_revision = "c44542ef6bfa"
branch_labels = None
depends_on = None

TEXT = sqlmodel.sql.sqltypes.AutoString
WHEN = sqlmodel.sql.sqltypes.UTCDateTime


def upgrade() -> None:
    """Add the outbox and reminder tables and the e-mail preferences (on for everyone)."""
    op.create_table(
        "reminder",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", TEXT(length=20), nullable=False),
        sa.Column("subject_key", TEXT(length=40), nullable=False),
        sa.Column("occurrence", TEXT(length=40), nullable=False),
        sa.Column("created_at", WHEN(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("kind", "subject_key", "occurrence"),
    )
    op.create_table(
        "outbox",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("dedupe_key", TEXT(length=200), nullable=False),
        sa.Column("kind", TEXT(length=20), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("to_address", TEXT(length=254), nullable=False),
        sa.Column("subject", TEXT(length=300), nullable=False),
        sa.Column("text", TEXT(), nullable=False),
        sa.Column("html", TEXT(), nullable=False),
        sa.Column("calendar", TEXT(), nullable=False),
        sa.Column("calendar_method", TEXT(length=10), nullable=False),
        sa.Column("created_at", WHEN(), nullable=False),
        sa.Column("next_attempt_at", WHEN(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("locked_by", TEXT(length=80), nullable=False),
        sa.Column("locked_until", WHEN(), nullable=True),
        sa.Column("sent_at", WHEN(), nullable=True),
        sa.Column("failed_at", WHEN(), nullable=True),
        sa.Column("last_error", TEXT(length=500), nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["user.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("dedupe_key"),
    )
    op.create_index("ix_outbox_due", "outbox", ["sent_at", "failed_at", "next_attempt_at"])
    op.create_index("ix_outbox_user_id", "outbox", ["user_id"])
    with op.batch_alter_table("user") as batch:
        for column in ("email_changes", "email_reminders"):
            batch.add_column(
                sa.Column(column, sa.Boolean(), nullable=False, server_default=sa.true())
            )
    with op.batch_alter_table("user") as batch:
        for column in ("email_changes", "email_reminders"):
            batch.alter_column(column, server_default=None)


def downgrade() -> None:
    """Drop them again."""
    with op.batch_alter_table("user") as batch:
        batch.drop_column("email_reminders")
        batch.drop_column("email_changes")
    op.drop_index("ix_outbox_user_id", table_name="outbox")
    op.drop_index("ix_outbox_due", table_name="outbox")
    op.drop_table("outbox")
    op.drop_table("reminder")
