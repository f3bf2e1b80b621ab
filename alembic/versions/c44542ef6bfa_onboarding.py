"""Onboarding: people without a password yet, deactivated people, one-time password links,
archived programmes, relationship notifications, and the admin team's audit trail.

Revision ID: c44542ef6bfa
Revises: 2641934df2fa
Create Date: 2026-11-29 21:46:34
"""

import sqlalchemy as sa
import sqlmodel

from alembic import op

revision = "c44542ef6bfa"
down_revision = "2641934df2fa"
branch_labels = None
depends_on = None

TEXT = sqlmodel.sql.sqltypes.AutoString
WHEN = sqlmodel.sql.sqltypes.UTCDateTime


def upgrade() -> None:
    """Add the tables and columns onboarding needs."""
    op.create_table(
        "admin_action",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=False),
        sa.Column("at", WHEN(), nullable=False),
        sa.Column("action", TEXT(length=60), nullable=False),
        sa.Column("subject", TEXT(length=400), nullable=False),
        sa.Column("before", TEXT(), nullable=False),
        sa.Column("after", TEXT(), nullable=False),
        sa.ForeignKeyConstraint(["actor_id"], ["user.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_admin_action_at", "admin_action", ["at"])
    op.create_table(
        "password_link",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("purpose", TEXT(length=20), nullable=False),
        sa.Column("salt", TEXT(length=64), nullable=False),
        sa.Column("token_hash", TEXT(length=64), nullable=False),
        sa.Column("created_at", WHEN(), nullable=False),
        sa.Column("expires_at", WHEN(), nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["user.id"]),
        sa.PrimaryKeyConstraint("user_id"),
        sa.UniqueConstraint("token_hash"),
    )
    with op.batch_alter_table("notification") as batch:
        batch.add_column(sa.Column("relationship_id", sa.Integer(), nullable=True))
        batch.alter_column("session_id", existing_type=sa.Integer(), nullable=True)
        batch.create_foreign_key(
            "fk_notification_relationship_id", "relationship", ["relationship_id"], ["id"]
        )
    with op.batch_alter_table("programme") as batch:
        batch.add_column(
            sa.Column("archived", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    with op.batch_alter_table("programme") as batch:
        batch.alter_column("archived", server_default=None)
    with op.batch_alter_table("user") as batch:
        batch.add_column(
            sa.Column("active", sa.Boolean(), nullable=False, server_default=sa.true())
        )
        batch.alter_column("password_hash", existing_type=sa.String(200), nullable=True)
    with op.batch_alter_table("user") as batch:
        batch.alter_column("active", server_default=None)


def downgrade() -> None:
    """Drop them again (people without a password cannot be kept)."""
    op.execute("DELETE FROM password_link")
    op.execute(
        "UPDATE \"user\" SET password_hash = '!' WHERE password_hash IS NULL"
    )  # never matches
    with op.batch_alter_table("user") as batch:
        batch.alter_column("password_hash", existing_type=sa.String(200), nullable=False)
        batch.drop_column("active")
    with op.batch_alter_table("programme") as batch:
        batch.drop_column("archived")
    op.execute("DELETE FROM notification WHERE session_id IS NULL")
    with op.batch_alter_table("notification") as batch:
        batch.drop_constraint("fk_notification_relationship_id", type_="foreignkey")
        batch.alter_column("session_id", existing_type=sa.Integer(), nullable=False)
        batch.drop_column("relationship_id")
    op.drop_table("password_link")
    op.drop_index("ix_admin_action_at", table_name="admin_action")
    op.drop_table("admin_action")
