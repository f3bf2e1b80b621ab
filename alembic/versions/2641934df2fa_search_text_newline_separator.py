"""Relationship search text: parts separated by a newline, which no query word contains.

The old separator " | " made a search for "|" match every relationship. The text is
rebuilt here in Python, as the app builds it, so non-ASCII names are lowercased the same
way on SQLite (whose lower() only knows ASCII) and on PostgreSQL.

Revision ID: 2641934df2fa
Revises: a3f1c9d2e7b4
Create Date: 2026-11-30 10:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "2641934df2fa"
down_revision = "a3f1c9d2e7b4"
branch_labels = None
depends_on = None

SEARCH_TEXT_MAX = 1200
PARTS = sa.text(
    """
    SELECT relationship.id, programme.name, coach.name, coach.email, coachee.name, coachee.email
    FROM relationship
    JOIN programme ON programme.id = relationship.programme_id
    JOIN "user" AS coach ON coach.id = relationship.coach_id
    JOIN "user" AS coachee ON coachee.id = relationship.coachee_id
    """
)
UPDATE = sa.text("UPDATE relationship SET search_text = :search_text WHERE id = :id")


def upgrade() -> None:
    """Rebuild every relationship's search text with newlines between its parts."""
    _rebuild("\n")


def downgrade() -> None:
    """Rebuild it with the old " | " separator."""
    _rebuild(" | ")


def _rebuild(separator: str) -> None:
    connection = op.get_bind()
    rows = [
        {"id": id_, "search_text": _joined(separator, parts)}
        for id_, *parts in connection.execute(PARTS)
    ]
    if rows:
        connection.execute(UPDATE, rows)


def _joined(separator: str, parts: list[str]) -> str:
    """The parts joined as the app joins them (search_text in myecoach/domain/search.py)."""
    return separator.join(part.strip().lower() for part in parts)[:SEARCH_TEXT_MAX]
