"""The database engine and the unit of work every use case runs in."""

from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache

from sqlalchemy import Engine, event
from sqlmodel import Session, create_engine

from myecoach import settings

CONNECT_TIMEOUT_SECONDS = 5
STATISTICS_SAMPLE = 400  # rows read per index by ANALYZE: milliseconds at any size


@cache
def engine() -> Engine:
    """The process-wide engine for the configured database."""
    return make_engine(settings.db_url())


def make_engine(url: str) -> Engine:
    """An engine for ``url``; SQLite gets WAL, foreign keys and a busy timeout; a server
    database gives up connecting after CONNECT_TIMEOUT_SECONDS rather than hanging, and plans
    each query for its values (a search for a rare word by its trigram index, a common one in
    list order), never one plan for any value."""
    if not url.startswith("sqlite"):
        return create_engine(
            url,
            pool_pre_ping=True,
            connect_args={
                "connect_timeout": CONNECT_TIMEOUT_SECONDS,
                "options": "-c plan_cache_mode=force_custom_plan",
            },
        )
    sqlite = create_engine(url, connect_args={"check_same_thread": False, "timeout": 15})
    event.listen(sqlite, "connect", _tune_sqlite)
    return sqlite


def _tune_sqlite(connection, _record) -> None:
    # SQLite's own lower() knows only A-Z: searches would miss "Élodie" for "élodie".
    connection.create_function("lower", 1, _lower, deterministic=True)
    cursor = connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")  # with WAL: durable at checkpoints, fast commits
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def refresh_statistics(bind: Engine | None = None) -> None:
    """Refresh SQLite's query-planner statistics from a sample of each index (without them
    it never chooses a partial index); PostgreSQL's autovacuum keeps its own."""
    bind = bind or engine()
    if bind.dialect.name != "sqlite":
        return
    with bind.begin() as connection:
        connection.exec_driver_sql(f"PRAGMA analysis_limit={STATISTICS_SAMPLE}")
        connection.exec_driver_sql("ANALYZE")


def _lower(text: str | None) -> str | None:
    return None if text is None else text.lower()


@contextmanager
def unit_of_work(bind: Engine | None = None) -> Iterator[Session]:
    """A database session; closing it rolls back whatever a use case did not commit."""
    with Session(bind or engine(), expire_on_commit=False) as db:
        yield db
