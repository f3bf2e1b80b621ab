"""Where searches are indexed: trigram indexes on PostgreSQL (pg_trgm), trigram tables on
SQLite (sqlite_search), each created with the tables and left out where it does not belong."""

from collections.abc import Callable
from typing import Any

from sqlalchemy import DDL, Index, event
from sqlmodel import SQLModel

from myecoach import sqlite_search

POSTGRESQL_ONLY = {"dialect": "postgresql"}  # marks indexes of a kind SQLite does not have


def trigram_index(name: str, column: Any, key: str) -> Index:
    """An index that finds the rows whose ``column`` (named or labelled ``key``) contains a
    word (LIKE '%word%'), on PostgreSQL (pg_trgm); SQLite has trigram tables (sqlite_search)."""
    return Index(
        name,
        column,
        postgresql_using="gin",
        postgresql_ops={key: "gin_trgm_ops"},
        info=POSTGRESQL_ONLY,
    ).ddl_if(dialect="postgresql")


def on_this_database(dialect: str) -> Callable[..., bool]:
    """Alembic's include_object for a database of this dialect: whether a schema object
    belongs there (PostgreSQL-only indexes do not on SQLite)."""

    def included(item: Any, name: str | None, type_: str, *_: Any) -> bool:
        if type_ == "table" and name and sqlite_search.is_search_table(name):
            return False
        return bool(getattr(item, "info", {}).get("dialect", dialect) == dialect)

    return included


event.listen(
    SQLModel.metadata,
    "before_create",
    DDL("CREATE EXTENSION IF NOT EXISTS pg_trgm").execute_if(dialect="postgresql"),  # type: ignore[no-untyped-call]
)


@event.listens_for(SQLModel.metadata, "after_create")
def _install_sqlite_search(_: Any, connection: Any, **__: Any) -> None:
    """SQLite's search tables come with the tables they index."""
    if connection.dialect.name == "sqlite":
        sqlite_search.install(connection)
