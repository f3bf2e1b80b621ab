"""The committed migrations build exactly the tables the models describe."""

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from sqlalchemy import text
from sqlmodel import SQLModel

from myecoach import db as database
from myecoach import prepare
from tests.services.conftest import PG_SUFFIX, POSTGRES_URL

PG_MIGRATIONS_DB = "myecoach_migrations_test" + PG_SUFFIX


def postgres_url() -> str:
    if POSTGRES_URL is None:
        pytest.skip("PostgreSQL is not reachable")
    server = POSTGRES_URL.rsplit("/", 1)[0]
    admin = database.make_engine(f"{server}/test").execution_options(isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{PG_MIGRATIONS_DB}"'))
        connection.execute(text(f'CREATE DATABASE "{PG_MIGRATIONS_DB}"'))
    admin.dispose()
    return f"{server}/{PG_MIGRATIONS_DB}"


@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
def test_migrations_match_the_models(kind, tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'migrated.db'}" if kind == "sqlite" else postgres_url()
    monkeypatch.setenv("REFLEX_DB_URL", url)
    database.engine.cache_clear()
    try:
        prepare.migrate()
        with database.engine().connect() as connection:
            differences = compare_metadata(
                MigrationContext.configure(connection), SQLModel.metadata
            )
    finally:
        database.engine().dispose()
        database.engine.cache_clear()
    assert differences == []


@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
def test_upgrading_fills_the_search_text_of_existing_relationships(kind, tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'old.db'}" if kind == "sqlite" else postgres_url()
    monkeypatch.setenv("REFLEX_DB_URL", url)
    database.engine.cache_clear()
    config = Config(str(prepare.ROOT / "alembic.ini"))
    try:
        command.upgrade(config, "562416b2a71b")
        with database.engine().begin() as connection:
            connection.execute(
                text("INSERT INTO programme (id, name) VALUES (1, 'Leadership 2026');")
            )
            for user_id, name in ((1, "Claire Bennett"), (2, "Daniel Okafor")):
                connection.execute(
                    text(
                        'INSERT INTO "user" (id, email, name, password_hash, time_zone, is_admin,'
                        " failed_sign_ins) VALUES (:id, :email, :name, 'x', 'UTC', false, 0)"
                    ),
                    {"id": user_id, "email": f"u{user_id}@example.com", "name": name},
                )
            connection.execute(
                text(
                    "INSERT INTO relationship (id, programme_id, kind, coach_id, coachee_id,"
                    " active) VALUES (1, 1, 'coaching', 1, 2, true)"
                )
            )
        prepare.migrate()
        with database.engine().connect() as connection:
            found = connection.execute(text("SELECT search_text FROM relationship")).scalar_one()
    finally:
        database.engine().dispose()
        database.engine.cache_clear()
    assert (
        found
        == "leadership 2026 | claire bennett | u1@example.com | daniel okafor | u2@example.com"
    )
