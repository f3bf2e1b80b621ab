"""Upgrading a database with sessions gives each one its own random event UID."""

from datetime import UTC, datetime

import pytest
from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, MetaData, Table, text

from myecoach import db as database
from myecoach import prepare
from tests.services.test_migrations import postgres_url

CALENDAR_MIGRATION = "c4e8b1f6a2d9"


def insert(connection: Connection, table: str, **values: object) -> None:
    """A row of ``table`` as it is at this revision: ``values`` for the columns it has, a
    blank of the right type for any other required column (so the test survives re-chaining)."""
    reflected = Table(table, MetaData(), autoload_with=connection)
    blanks = {bool: False, int: 0, str: "", datetime: datetime.now(UTC)}
    row = {
        column.name: values[column.name]
        if column.name in values
        else blanks[column.type.python_type]
        for column in reflected.columns
        if column.name in values
        or not (column.nullable or column.primary_key or column.server_default is not None)
    }
    connection.execute(reflected.insert().values(row))


@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
def test_upgrading_gives_existing_sessions_distinct_uids_and_sequence_zero(
    kind, tmp_path, monkeypatch
):
    url = f"sqlite:///{tmp_path / 'old.db'}" if kind == "sqlite" else postgres_url()
    monkeypatch.setenv("REFLEX_DB_URL", url)
    database.engine.cache_clear()
    config = Config(str(prepare.ROOT / "alembic.ini"))
    before = ScriptDirectory.from_config(config).get_revision(CALENDAR_MIGRATION).down_revision
    try:
        command.upgrade(config, before)
        with database.engine().begin() as connection:
            insert(connection, "programme", id=1, name="P", archived=False)
            for user_id in (1, 2):
                insert(
                    connection,
                    "user",
                    id=user_id,
                    email=f"u{user_id}@example.com",
                    name=f"U{user_id}",
                    password_hash="x",
                    time_zone="UTC",
                    is_admin=False,
                    is_demo=False,
                    active=True,
                )
            insert(
                connection,
                "relationship",
                id=1,
                programme_id=1,
                kind="coaching",
                coach_id=1,
                coachee_id=2,
                active=True,
                search_text="",
            )
            for number in (1, 2, 3):
                insert(
                    connection,
                    "coaching_session",
                    relationship_id=1,
                    number=number,
                    status="To be Arranged",
                    time_zone="UTC",
                    version=1,
                )
        prepare.migrate()
        with database.engine().connect() as connection:
            rows = connection.execute(
                text("SELECT ical_uid, ical_sequence FROM coaching_session")
            ).all()
    finally:
        database.engine().dispose()
        database.engine.cache_clear()
    assert len({uid for uid, _ in rows}) == 3
    assert all(uid.endswith("@myecoach") for uid, _ in rows)
    assert {sequence for _, sequence in rows} == {0}
