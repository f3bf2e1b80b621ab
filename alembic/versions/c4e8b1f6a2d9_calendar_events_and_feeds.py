"""Calendar events and feeds: each session's event UID and SEQUENCE, personal feed tokens and
one-time download tokens.

Revision ID: c4e8b1f6a2d9
Revises: 571c48181560
Create Date: 2026-11-29 22:00:00
"""

import uuid

import sqlalchemy as sa
import sqlmodel

from alembic import op

revision = "c4e8b1f6a2d9"
down_revision = "571c48181560"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Give every session a random event UID and a SEQUENCE; add the two token tables."""
    with op.batch_alter_table("coaching_session") as batch:
        batch.add_column(
            sa.Column("ical_uid", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=True)
        )
        batch.add_column(
            sa.Column("ical_sequence", sa.Integer(), nullable=False, server_default="0")
        )
    session = sa.table("coaching_session", sa.column("id", sa.Integer), sa.column("ical_uid"))
    connection = op.get_bind()
    ids = connection.execute(sa.select(session.c.id)).scalars().all()
    if ids:
        connection.execute(
            session.update()
            .where(session.c.id == sa.bindparam("session_id"))
            .values(ical_uid=sa.bindparam("uid")),
            [{"session_id": i, "uid": f"{uuid.uuid4()}@myecoach"} for i in ids],
        )
    with op.batch_alter_table("coaching_session") as batch:
        batch.alter_column("ical_uid", existing_type=sa.String(80), nullable=False)
        batch.alter_column("ical_sequence", server_default=None)
        batch.create_index("ix_coaching_session_ical_uid", ["ical_uid"], unique=True)
    op.create_table(
        "calendar_feed",
        sa.Column("user_id", sa.Integer(), nullable=False, autoincrement=False),
        sa.Column("token_hash", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["user.id"]),
        sa.PrimaryKeyConstraint("user_id"),
    )
    op.create_index("ix_calendar_feed_token_hash", "calendar_feed", ["token_hash"], unique=True)
    op.create_table(
        "calendar_download",
        sa.Column("token_hash", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("expires_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["user.id"]),
        sa.ForeignKeyConstraint(["session_id"], ["coaching_session.id"]),
        sa.PrimaryKeyConstraint("token_hash"),
    )
    op.create_index(
        "ix_calendar_download_expires_at", "calendar_download", ["expires_at"], unique=False
    )


def downgrade() -> None:
    """Drop the tokens and the sessions' event UID and SEQUENCE."""
    op.drop_table("calendar_download")
    op.drop_table("calendar_feed")
    with op.batch_alter_table("coaching_session") as batch:
        batch.drop_index("ix_coaching_session_ical_uid")
        batch.drop_column("ical_sequence")
        batch.drop_column("ical_uid")
