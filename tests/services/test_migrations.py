"""The committed migrations build exactly the tables the models describe."""

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text
from sqlmodel import SQLModel

from myecoach import db as database
from myecoach import prepare
from tests.services.conftest import POSTGRES_URL

PG_MIGRATIONS_DB = "myecoach_migrations_test"


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
