"""Upgrading a database with sessions gives each one its relationship's two people."""

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import text

from myecoach import db as database
from myecoach import prepare
from tests.services.test_calendar_migration import insert
from tests.services.test_migrations import postgres_url

BEFORE = "b7e1d3f5a9c2"


@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
def test_upgrading_copies_each_sessions_people_from_its_relationship(kind, tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'old.db'}" if kind == "sqlite" else postgres_url()
    monkeypatch.setenv("REFLEX_DB_URL", url)
    database.engine.cache_clear()
    config = Config(str(prepare.ROOT / "alembic.ini"))
    try:
        command.upgrade(config, BEFORE)
        with database.engine().begin() as connection:
            insert(connection, "programme", id=1, name="P", archived=False)
            for user_id in (1, 2, 3):
                insert(connection, "user", id=user_id, email=f"u{user_id}@example.com")
            for relationship_id, coach_id, coachee_id in ((1, 1, 2), (2, 3, 1)):
                insert(
                    connection,
                    "relationship",
                    id=relationship_id,
                    programme_id=1,
                    kind="coaching",
                    coach_id=coach_id,
                    coachee_id=coachee_id,
                    active=True,
                )
                for number in (1, 2):
                    insert(
                        connection,
                        "coaching_session",
                        relationship_id=relationship_id,
                        number=number,
                        status="To be Arranged",
                        ical_uid=f"{relationship_id}-{number}",
                    )
        prepare.migrate()
        with database.engine().connect() as connection:
            people = connection.execute(
                text(
                    "SELECT relationship_id, number, coach_id, coachee_id FROM coaching_session"
                    " ORDER BY relationship_id, number"
                )
            ).all()
        command.downgrade(config, BEFORE)
    finally:
        database.engine().dispose()
        database.engine.cache_clear()
    assert [tuple(row) for row in people] == [
        (1, 1, 1, 2),
        (1, 2, 1, 2),
        (2, 1, 3, 1),
        (2, 2, 3, 1),
    ]
