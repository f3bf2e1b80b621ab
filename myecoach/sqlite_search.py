"""Searches on SQLite without reading every row: FTS5 trigram tables that triggers keep in step
with the relationships and people they index (PostgreSQL has pg_trgm indexes instead)."""

from typing import Any

from sqlalchemy import ColumnElement, Select, literal_column
from sqlalchemy import select as sa_select
from sqlalchemy import table as sa_table
from sqlalchemy.orm import Session

SEARCHED = {  # FTS5 table: (the table it indexes, the columns it holds)
    "relationship_search": ("relationship", ("search_text",)),
    "person_search": ("user", ("name", "email")),
}
TRIGRAM = 3  # the shortest word a trigram table can find; shorter ones are matched row by row


def _triggers(fts: str, indexed: str, columns: tuple[str, ...]) -> dict[str, str]:
    """By name, the triggers that copy every change of ``indexed`` into its search table."""
    names = ", ".join(columns)
    new = ", ".join(f"new.{c}" for c in columns)
    old = ", ".join(f"old.{c}" for c in columns)
    forget = f"INSERT INTO {fts}({fts}, rowid, {names}) VALUES ('delete', old.id, {old});"
    learn = f"INSERT INTO {fts}(rowid, {names}) VALUES (new.id, {new});"
    return {
        f"{fts}_insert": f'AFTER INSERT ON "{indexed}" BEGIN {learn} END',
        f"{fts}_delete": f'AFTER DELETE ON "{indexed}" BEGIN {forget} END',
        f"{fts}_update": f'AFTER UPDATE OF {names} ON "{indexed}" BEGIN {forget} {learn} END',
    }


def install(connection: Any) -> None:
    """Create the search tables and their triggers, filled from the rows already there."""
    for fts, (indexed, columns) in SEARCHED.items():
        connection.exec_driver_sql(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS {fts} USING fts5({', '.join(columns)},"
            f" content='{indexed}', content_rowid='id', tokenize='trigram')"
        )
        for name, body in _triggers(fts, indexed, columns).items():
            connection.exec_driver_sql(f"CREATE TRIGGER IF NOT EXISTS {name} {body}")
        connection.exec_driver_sql(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")


def trigger_names() -> list[str]:
    """Every trigger that keeps a search table in step."""
    return [name for fts, table in SEARCHED.items() for name in _triggers(fts, *table)]


def is_search_table(name: str) -> bool:
    """Whether a table is one of the search tables or a table FTS5 keeps for one."""
    return any(name == fts or name.startswith(f"{fts}_") for fts in SEARCHED)


def narrowed(db: Session, fts: str, key: Any, words: list[str]) -> list[ColumnElement[bool]]:
    """On SQLite, a condition keeping the rows whose indexed text holds each word of three
    characters or more (ignoring case), found by the trigram table; none when every word is
    shorter, or on another database."""
    long_words = [word for word in words if len(word) >= TRIGRAM]
    if not long_words or db.get_bind().dialect.name != "sqlite":
        return []
    phrases = " AND ".join('"' + word.replace('"', '""') + '"' for word in long_words)
    rows: Select[Any] = sa_select(literal_column("rowid")).select_from(sa_table(fts))
    return [key.in_(rows.where(literal_column(fts).op("MATCH")(phrases)))]
