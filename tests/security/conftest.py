"""The attack suite: raw socket.io clients against the app the README's run command starts."""

from collections.abc import Callable

import pytest
from sqlalchemy import Engine, inspect, text

from myecoach.db import make_engine
from myecoach.services import auth
from myecoach.services.throttle import SignInThrottle
from tests.values import DEMO_PASSWORD

# Sign-ins come and go; so do users' own calendar feed addresses and download links, which
# tests/security/test_calendar.py checks never open anyone else's sessions.
UNWATCHED_TABLES = {
    "authtoken",
    "server_secret",
    "alembic_version",
    "calendar_feed",
    "calendar_download",
    "reminder",
}
# What the clock makes on its own while an attack runs: a demo session coming within a day
# of its start is reminded of, whatever the attacker sends.
CLOCK_MADE_KINDS = {"reminder", "nudge"}


@pytest.fixture(scope="session")
def app_db(app_database_url) -> Engine:
    """The shared app's database, read directly to see whether an attack changed anything."""
    engine = make_engine(app_database_url)
    yield engine
    engine.dispose()


def snapshot(engine: Engine, reader: str = "") -> dict[str, list[tuple]]:
    """Every row of every table that an attack must not change; whether the notifications of
    ``reader`` (an e-mail) are read is theirs to change, and reminders are the clock's, so
    both are left out."""
    with engine.connect() as connection:
        tables = set(inspect(connection).get_table_names()) - UNWATCHED_TABLES
        found = {
            table: [
                dict(row) for row in connection.execute(text(f'SELECT * FROM "{table}"')).mappings()
            ]
            for table in sorted(tables)
        }
        reader_id = connection.execute(
            text('SELECT id FROM "user" WHERE email = :email'), {"email": reader}
        ).scalar()
    for table in ("notification", "outbox"):
        found[table] = [row for row in found[table] if row["kind"] not in CLOCK_MADE_KINDS]
    for row in found["notification"]:
        if row["recipient_id"] == reader_id:
            row["read"] = None
    return {
        table: sorted((tuple(row.items()) for row in rows), key=repr)
        for table, rows in found.items()
    }


def changed(before: dict[str, list[tuple]], after: dict[str, list[tuple]]) -> dict[str, list]:
    """The rows of each table that differ between two snapshots (removed, then added)."""
    return {
        table: [row for row in before[table] if row not in after[table]]
        + [row for row in after[table] if row not in before[table]]
        for table in before
        if before[table] != after[table]
    }


@pytest.fixture(scope="session")
def sign_in_as(app_db) -> Callable[[str], str]:
    """A fresh sign-in token for a demo account, as the browser would hold in its cookie."""
    from myecoach.db import unit_of_work

    def token_for(email: str) -> str:
        with unit_of_work(app_db) as db:
            return auth.sign_in(
                db,
                email=email,
                password=DEMO_PASSWORD,
                address="192.0.2.10",
                throttle=SignInThrottle(),
                allow_demo=True,
            )

    return token_for
