"""On SQLite, trigram search tables for relationships and people, kept in step by triggers.

Revision ID: e3a9c5d1f7b2
Revises: d5f2a7c3e8b1
Create Date: 2026-11-30 04:10:00
"""

from alembic import op

from myecoach import sqlite_search

revision = "e3a9c5d1f7b2"
down_revision = "d5f2a7c3e8b1"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create the search tables and their triggers, filled from the rows already there."""
    if op.get_bind().dialect.name == "sqlite":
        sqlite_search.install(op.get_bind())


def downgrade() -> None:
    """Drop the triggers and the search tables."""
    if op.get_bind().dialect.name == "sqlite":
        for trigger in sqlite_search.trigger_names():
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        for fts in sqlite_search.SEARCHED:
            op.execute(f"DROP TABLE IF EXISTS {fts}")
