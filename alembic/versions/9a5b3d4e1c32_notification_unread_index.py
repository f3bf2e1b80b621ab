"""Index for a user's unread notifications.

Revision ID: 9a5b3d4e1c32
Revises: 8e4a2c3d0b21
Create Date: 2026-11-29 00:56:00
"""

from alembic import op

revision = "9a5b3d4e1c32"
down_revision = "8e4a2c3d0b21"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Let the bell count a user's unread notifications from the index alone."""
    op.create_index("ix_notification_unread", "notification", ["recipient_id", "read"])


def downgrade() -> None:
    """Drop the index."""
    op.drop_index("ix_notification_unread", table_name="notification")
