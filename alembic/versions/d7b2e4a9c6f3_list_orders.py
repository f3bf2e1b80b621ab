"""Lists and searches served by indexes: relationships by programme then coachee (kept in one
column), people by name, and on PostgreSQL trigram indexes for searches.

Revision ID: d7b2e4a9c6f3
Revises: c4e8b1f6a2d9
Create Date: 2026-11-30 01:10:00
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

from myecoach.domain.search import list_order

revision = "d7b2e4a9c6f3"
down_revision = "c4e8b1f6a2d9"
branch_labels = None
depends_on = None
TRIGRAM_INDEXES = [  # PostgreSQL only: searches find their rows without reading every row
    ("ix_relationship_search_trigrams", "relationship", "search_text"),
    ("ix_user_name_trigrams", "user", "lower(name)"),
    ("ix_user_email_trigrams", "user", "email"),
]


def upgrade() -> None:
    """Add the column, fill it for the relationships already there, and index both lists."""
    with op.batch_alter_table("relationship") as batch_op:
        batch_op.add_column(
            sa.Column(
                "sort_key",
                sqlmodel.sql.sqltypes.AutoString(length=400),
                nullable=False,
                server_default="",
            )
        )
    connection = op.get_bind()
    rows = connection.execute(
        sa.text(
            "SELECT relationship.id, programme.name, coachee.name FROM relationship"
            " JOIN programme ON programme.id = relationship.programme_id"
            ' JOIN "user" AS coachee ON coachee.id = relationship.coachee_id'
        )
    ).all()
    if rows:
        connection.execute(
            sa.text("UPDATE relationship SET sort_key = :key WHERE id = :id"),
            [{"id": id_, "key": list_order(programme, coachee)} for id_, programme, coachee in rows],
        )
    op.create_index("ix_relationship_sort_key", "relationship", ["sort_key", "id"])
    op.create_index("ix_user_name", "user", ["name", "id"])
    if connection.dialect.name == "postgresql":
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        for name, table, column in TRIGRAM_INDEXES:
            op.create_index(name, table, [sa.text(f"{column} gin_trgm_ops")], postgresql_using="gin")


def downgrade() -> None:
    """Drop the indexes and the column."""
    for name, table, _ in TRIGRAM_INDEXES:
        op.drop_index(name, table_name=table, if_exists=True)
    op.drop_index("ix_user_name", table_name="user")
    op.drop_index("ix_relationship_sort_key", table_name="relationship")
    with op.batch_alter_table("relationship") as batch_op:
        batch_op.drop_column("sort_key")
