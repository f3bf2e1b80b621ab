"""Index for a user's inbox, newest first.

Revision ID: f2c6d8a4b0e3
Revises: e3a9c5d1f7b2
Create Date: 2026-11-30 13:40:00
"""

from alembic import op

revision = "f2c6d8a4b0e3"
down_revision = "e3a9c5d1f7b2"
branch_labels = None
depends_on = None

_REPLACED = {
    "ix_notification_recipient_id": ["recipient_id"],
    "ix_notification_created_at": ["created_at"],
    "ix_notification_read": ["read"],
}


def upgrade() -> None:
    """Read a user's newest notifications from one index instead of sorting all of theirs, and
    drop the indexes no query uses (each was written on every notification)."""
    op.create_index("ix_notification_inbox", "notification", ["recipient_id", "created_at", "id"])
    for name in _REPLACED:
        op.drop_index(name, table_name="notification")


def downgrade() -> None:
    """Bring back the single-column indexes."""
    for name, columns in _REPLACED.items():
        op.create_index(name, "notification", columns)
    op.drop_index("ix_notification_inbox", table_name="notification")
