"""The attack suite: raw socket.io clients against the app the README's run command starts."""

import asyncio
from collections.abc import Callable, Coroutine
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
from sqlalchemy import Engine, inspect, text

from myecoach.db import make_engine
from myecoach.services import auth
from myecoach.services.throttle import SignInThrottle
from tests.values import DEMO_PASSWORD

UNWATCHED_TABLES = {"authtoken", "server_secret", "alembic_version"}  # sign-ins come and go


@pytest.fixture(scope="session")
def app_db(app_database_url) -> Engine:
    """The shared app's database, read directly to see whether an attack changed anything."""
    engine = make_engine(app_database_url)
    yield engine
    engine.dispose()


def run(coroutine: Coroutine) -> Any:
    """Run one attack to its end, on a loop of its own (Playwright's may be running here)."""
    with ThreadPoolExecutor(max_workers=1) as thread:
        return thread.submit(asyncio.run, coroutine).result()


def snapshot(engine: Engine) -> dict[str, list[tuple]]:
    """Every row of every table that an attack must not change."""
    with engine.connect() as connection:
        tables = set(inspect(connection).get_table_names()) - UNWATCHED_TABLES
        return {
            table: sorted(
                map(tuple, connection.execute(text(f'SELECT * FROM "{table}"'))), key=repr
            )
            for table in sorted(tables)
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
