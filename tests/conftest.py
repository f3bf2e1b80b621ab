"""The app as the README's run command starts it, shared by the browser and attack tests."""

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.servers import demo_app


@pytest.fixture(scope="session")
def app_folder(tmp_path_factory) -> Path:
    """Where the shared app keeps its log and its SQLite database."""
    return tmp_path_factory.mktemp("app")


@pytest.fixture(scope="session")
def app_url(app_folder) -> Iterator[str]:
    """The app, started with scripts/run.sh on a fresh SQLite database with demo data."""
    with demo_app(app_folder) as url:
        yield url


@pytest.fixture(scope="session")
def app_database_url(app_url, app_folder) -> str:
    """The shared app's database, for tests that check what it holds."""
    return f"sqlite:///{app_folder / 'app.db'}"


@pytest.fixture(scope="session")
def app_log(app_url, app_folder) -> Path:
    """The shared app's log (what it printed, tracebacks included)."""
    return next(app_folder.glob("app-*.log"))
