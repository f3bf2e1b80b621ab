"""Sign-in hardening: idle timeout, demo accounts flagged, server secret; no account lock-out.

Revision ID: a3f1c9d2e7b4
Revises: 9a5b3d4e1c32
Create Date: 2026-11-29 21:30:00
"""

import sqlalchemy as sa
import sqlmodel

from alembic import op

revision = "a3f1c9d2e7b4"
down_revision = "9a5b3d4e1c32"
branch_labels = None
depends_on = None

DEMO_EMAILS = (
    "admin@example.com coach@example.com coachee@example.com mentor@example.com "
    "mentee@example.com outsider@example.com priya@example.com tom@example.com "
    "hannah@example.com samuel@example.com chloe@example.com ivan@example.com "
    "grace@example.com noah@example.com amara@example.com ben@example.com sofia@example.com"
).split()


def upgrade() -> None:
    """Add last activity to sign-ins, flag the demo accounts, add the server secret table."""
    with op.batch_alter_table("authtoken") as batch:
        batch.add_column(
            sa.Column(
                "last_seen_at",
                sqlmodel.sql.sqltypes.UTCDateTime(),
                nullable=False,
                server_default=sa.text("CURRENT_TIMESTAMP"),
            )
        )
    with op.batch_alter_table("authtoken") as batch:
        batch.alter_column("last_seen_at", server_default=None)
    with op.batch_alter_table("user") as batch:
        batch.add_column(
            sa.Column("is_demo", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch.drop_column("failed_sign_ins")
        batch.drop_column("locked_until")
    with op.batch_alter_table("user") as batch:
        batch.alter_column("is_demo", server_default=None)
    # Databases prepared in demo mode before this flag existed: their demo accounts.
    user = sa.table("user", sa.column("email", sa.String), sa.column("is_demo", sa.Boolean))
    op.execute(user.update().where(user.c.email.in_(DEMO_EMAILS)).values(is_demo=True))
    op.create_table(
        "server_secret",
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column("value", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.PrimaryKeyConstraint("name"),
    )


def downgrade() -> None:
    """Back to account lock-out and no idle timeout."""
    op.drop_table("server_secret")
    with op.batch_alter_table("user") as batch:
        batch.add_column(
            sa.Column("failed_sign_ins", sa.Integer(), nullable=False, server_default="0")
        )
        batch.add_column(
            sa.Column("locked_until", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True)
        )
        batch.drop_column("is_demo")
    with op.batch_alter_table("authtoken") as batch:
        batch.drop_column("last_seen_at")
