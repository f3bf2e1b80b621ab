"""The committed migrations build exactly the tables the models describe."""

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from sqlalchemy import text
from sqlmodel import Session, SQLModel

from myecoach import db as database
from myecoach import models, prepare, search_index, session_tally, sqlite_search
from myecoach.domain.search import search_text
from myecoach.services.admin import people
from tests.servers import fresh_postgres_database, postgres_reachable
from tests.services.test_session_tally import assert_counts_in_step, tallied

OLD_ROWS = [  # a programme with a relationship and three sessions, stored before the tally
    "INSERT INTO programme (id, name, archived) VALUES (1, 'Leadership 2026', false)",
    'INSERT INTO "user" (id, email, name, password_hash, time_zone, is_admin, is_demo, active,'
    " email_changes, email_reminders) VALUES (1, 'c@example.com', 'C', 'x', 'UTC', false,"
    " false, true, true, true), (2, 'd@example.com', 'D', 'x', 'UTC', false, false, true,"
    " true, true)",
    "INSERT INTO relationship (id, programme_id, kind, coach_id, coachee_id, active,"
    " search_text, sort_key) VALUES (1, 1, 'coaching', 1, 2, true, '', '')",
    "INSERT INTO coaching_session (relationship_id, coach_id, coachee_id, number, status, date,"
    " starts_at, time_zone, location, extra_information, cancellation_reason, cancelled_by_id,"
    " version, created_at, updated_at, ical_uid, ical_sequence) VALUES"
    " (1, 1, 2, 1, 'Completed', '2026-03-10', '2026-03-10 10:00:00+00:00', 'UTC', '', '', '',"
    " NULL, 1, '2026-01-02 09:00:00+00:00', '2026-01-02 09:00:00+00:00', 'u1', 0),"
    " (1, 1, 2, 2, 'Cancelled', '2026-03-20', NULL, 'UTC', '', '', 'Away', 2, 1,"
    " '2026-01-02 09:00:00+00:00', '2026-01-02 09:00:00+00:00', 'u2', 0),"
    " (1, 1, 2, 3, 'To be Arranged', NULL, NULL, 'UTC', '', '', '', NULL, 1,"
    " '2026-01-02 09:00:00+00:00', '2026-01-02 09:00:00+00:00', 'u3', 0)",
]


def postgres_url() -> str:
    if not postgres_reachable():
        pytest.skip("PostgreSQL is not reachable")
    return fresh_postgres_database("myecoach_migrations_test")


@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
def test_migrations_match_the_models(kind, tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'migrated.db'}" if kind == "sqlite" else postgres_url()
    monkeypatch.setenv("REFLEX_DB_URL", url)
    database.engine.cache_clear()
    try:
        prepare.migrate()
        with database.engine().connect() as connection:
            context = MigrationContext.configure(
                connection,
                opts={"include_object": search_index.on_this_database(connection.dialect.name)},
            )
            differences = compare_metadata(context, SQLModel.metadata)
    finally:
        database.engine().dispose()
        database.engine.cache_clear()
    assert differences == []


@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
def test_upgrading_rebuilds_how_existing_relationships_are_found_and_listed(
    kind, tmp_path, monkeypatch
):
    url = f"sqlite:///{tmp_path / 'old.db'}" if kind == "sqlite" else postgres_url()
    monkeypatch.setenv("REFLEX_DB_URL", url)
    database.engine.cache_clear()
    config = Config(str(prepare.ROOT / "alembic.ini"))
    parts = [
        "Leadership 2026",
        "Claire Bennett",
        "u1@example.com",
        "ÉLODIE Durand",
        "u2@example.com",
    ]

    def stored_search_text() -> str:
        with database.engine().connect() as connection:
            return connection.execute(text("SELECT search_text FROM relationship")).scalar_one()

    try:
        command.upgrade(config, "562416b2a71b")
        with database.engine().begin() as connection:
            connection.execute(
                text("INSERT INTO programme (id, name) VALUES (1, :name)"), {"name": parts[0]}
            )
            for user_id, name, email in ((1, *parts[1:3]), (2, *parts[3:5])):
                connection.execute(
                    text(
                        'INSERT INTO "user" (id, email, name, password_hash, time_zone, is_admin,'
                        " failed_sign_ins) VALUES (:id, :email, :name, 'x', 'UTC', false, 0)"
                    ),
                    {"id": user_id, "email": email, "name": name},
                )
            connection.execute(
                text(
                    "INSERT INTO relationship (id, programme_id, kind, coach_id, coachee_id,"
                    " active) VALUES (1, 1, 'coaching', 1, 2, true)"
                )
            )
        command.upgrade(config, "9a5b3d4e1c32")
        filled_with_bars = stored_search_text()
        prepare.migrate()
        rebuilt = stored_search_text()
        with database.engine().connect() as connection:
            sort_key = connection.execute(text("SELECT sort_key FROM relationship")).scalar_one()
        command.downgrade(config, "9a5b3d4e1c32")
        downgraded = stored_search_text()
    finally:
        database.engine().dispose()
        database.engine.cache_clear()
    assert filled_with_bars.startswith("leadership 2026 | claire bennett | u1@example.com | ")
    assert rebuilt == search_text(*parts)
    assert (
        rebuilt == "leadership 2026\nclaire bennett\nu1@example.com\nélodie durand\nu2@example.com"
    )
    assert downgraded == rebuilt.replace("\n", " | ")
    assert sort_key == "leadership 2026\nélodie durand"


def test_upgrading_sqlite_finds_the_people_already_there_and_those_added_or_renamed_after(
    tmp_path, monkeypatch
):
    monkeypatch.setenv("REFLEX_DB_URL", f"sqlite:///{tmp_path / 'before_search_tables.db'}")
    database.engine.cache_clear()
    config = Config(str(prepare.ROOT / "alembic.ini"))

    def found(query: str) -> list[str]:
        with Session(database.engine()) as db:
            admin = db.get(models.User, 1)
            return [row.name for row in people.find_people(db, admin=admin, query=query).rows]

    try:
        command.upgrade(config, "d5f2a7c3e8b1")
        with database.engine().begin() as connection:
            connection.execute(
                text(
                    'INSERT INTO "user" (id, email, name, password_hash, time_zone, is_admin,'
                    " is_demo, active, email_changes, email_reminders)"
                    " VALUES (1, 'ada@example.com', 'Ada Byron', 'x', 'UTC', true,"
                    " false, true, true, true)"
                )
            )
        prepare.migrate()
        with database.engine().connect() as connection:
            triggers = set(
                connection.exec_driver_sql(
                    "SELECT name FROM sqlite_master WHERE type = 'trigger'"
                ).scalars()
            )
        already_there = found("byron")
        with Session(database.engine()) as db:
            db.add(models.User(email="noor@example.com", name="Noor Haddad"))
            db.get(models.User, 1).name = "Ada Lovelace"
            db.commit()
        added, renamed, old_name = found("haddad"), found("lovelace"), found("admin ada")
    finally:
        database.engine().dispose()
        database.engine.cache_clear()
    # a table rebuilt later would drop them
    assert triggers == {*sqlite_search.trigger_names(), *session_tally.trigger_names("sqlite")}
    assert (already_there, added, renamed, old_name) == (
        ["Ada Byron"],
        ["Noor Haddad"],
        ["Ada Lovelace"],
        [],
    )


@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
def test_upgrading_counts_the_sessions_already_there(kind, tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'before_tally.db'}" if kind == "sqlite" else postgres_url()
    monkeypatch.setenv("REFLEX_DB_URL", url)
    database.engine.cache_clear()
    config = Config(str(prepare.ROOT / "alembic.ini"))
    try:
        command.upgrade(config, "e6b3f9a1d4c7")
        with database.engine().begin() as connection:
            for statement in OLD_ROWS:
                connection.execute(text(statement))
        prepare.migrate()
        with database.engine().begin() as connection:
            counted = tallied(connection)
            assert_counts_in_step(connection)
            connection.execute(text("UPDATE coaching_session SET status = 'Arranged'"))
            assert_counts_in_step(connection)  # kept from then on
        command.downgrade(config, "e6b3f9a1d4c7")
    finally:
        database.engine().dispose()
        database.engine.cache_clear()
    assert sorted((status, side, count) for (*_, status, side), count in counted.items()) == [
        ("Cancelled", "coachee", 1),
        ("Completed", "", 1),
        ("To be Arranged", "", 1),
    ]
