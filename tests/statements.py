"""The SQL statements a block runs: for counting them, or asking the database for their plans."""

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, event


@contextmanager
def statements(engine: Engine) -> Iterator[list[tuple[str, Any]]]:
    """The SQL statements run inside the block, with their parameters."""
    seen: list[tuple[str, Any]] = []

    def record(_connection, _cursor, statement, parameters, *_args):
        seen.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", record)


def count_statements(engine: Engine, call: Callable[[], object]) -> int:
    """How many SQL statements ``call`` runs."""
    with statements(engine) as run:
        call()
    return len(run)
