"""A session's two people on the session itself, indexed with its time, for clash checks.

Revision ID: c9d1e5f3a7b4
Revises: b7e1d3f5a9c2
Create Date: 2026-12-02 00:30:00
"""

import sqlalchemy as sa
from alembic import op

revision = "c9d1e5f3a7b4"
down_revision = "b7e1d3f5a9c2"
branch_labels = None
depends_on = None

_PEOPLE = ("coach_id", "coachee_id")


def upgrade() -> None:
    """Copy each session's people from its relationship, then index them with its times."""
    with op.batch_alter_table("coaching_session") as batch_op:
        for person in _PEOPLE:
            key = sa.ForeignKey("user.id", name=f"fk_coaching_session_{person}_user")
            batch_op.add_column(sa.Column(person, sa.Integer(), key))
    for person in _PEOPLE:
        op.execute(
            f"UPDATE coaching_session SET {person} = (SELECT relationship.{person}"
            " FROM relationship WHERE relationship.id = coaching_session.relationship_id)"
        )
    with op.batch_alter_table("coaching_session") as batch_op:
        for person in _PEOPLE:
            batch_op.alter_column(person, existing_type=sa.Integer(), nullable=False)
    for person in _PEOPLE:
        op.create_index(
            _index(person), "coaching_session", [person, "status", "starts_at", "ends_at"]
        )


def downgrade() -> None:
    """Drop the indexes and the columns."""
    for person in _PEOPLE:
        op.drop_index(_index(person), table_name="coaching_session")
    with op.batch_alter_table("coaching_session") as batch_op:
        for person in _PEOPLE:
            batch_op.drop_column(person)


def _index(person: str) -> str:
    """The index of one person's sessions by time."""
    return f"ix_coaching_session_{person.removesuffix('_id')}_times"
