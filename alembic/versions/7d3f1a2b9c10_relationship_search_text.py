"""Relationship search text: programme and people in one lowercased column.

Revision ID: 7d3f1a2b9c10
Revises: 562416b2a71b
Create Date: 2026-11-29 00:20:00
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "7d3f1a2b9c10"
down_revision = "562416b2a71b"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add the column and fill it for the relationships already there."""
    with op.batch_alter_table("relationship") as batch_op:
        batch_op.add_column(
            sa.Column(
                "search_text",
                sqlmodel.sql.sqltypes.AutoString(length=1200),
                nullable=False,
                server_default="",
            )
        )
    op.execute(
        """
        UPDATE relationship SET search_text = lower(
            (SELECT name FROM programme WHERE programme.id = relationship.programme_id)
            || ' | ' || (SELECT name || ' | ' || email FROM "user" WHERE "user".id = coach_id)
            || ' | ' || (SELECT name || ' | ' || email FROM "user" WHERE "user".id = coachee_id)
        )
        """
    )


def downgrade() -> None:
    """Drop the column."""
    with op.batch_alter_table("relationship") as batch_op:
        batch_op.drop_column("search_text")
