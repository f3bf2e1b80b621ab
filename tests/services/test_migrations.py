"""The committed migrations build exactly the tables the models describe."""

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from sqlalchemy import text
from sqlmodel import Session, SQLModel

from myecoach import db as database
from myecoach import models, prepare, search_index, sqlite_search
from myecoach.domain.search import search_text
from myecoach.services.admin import people
from tests.servers import fresh_postgres_database, postgres_reachable


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
    assert triggers == set(sqlite_search.trigger_names())  # a table rebuilt later drops them
    assert (already_there, added, renamed, old_name) == (
        ["Ada Byron"],
        ["Noor Haddad"],
        ["Ada Lovelace"],
        [],
    )
