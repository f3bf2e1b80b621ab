"""Bring the database up to date once per deployment, and load demo data in demo mode."""

from pathlib import Path

from alembic import command
from alembic.config import Config

from myecoach import settings
from myecoach.db import unit_of_work
from myecoach.services.demo import load_demo_data
from myecoach.services.secrets import server_secret

ROOT = Path(__file__).resolve().parent.parent


def migrate() -> None:
    """Apply every migration not yet applied to the configured database."""
    command.upgrade(Config(str(ROOT / "alembic.ini")), "head")


def main() -> None:
    """Migrate, generate the server secret if need be, then load the demo accounts into an
    empty database in demo mode."""
    migrate()
    with unit_of_work() as db:
        server_secret(db)
    if settings.demo_mode():
        with unit_of_work() as db:
            loaded = load_demo_data(db)
        print("Demo data loaded." if loaded else "Database already has data; demo data skipped.")


if __name__ == "__main__":
    main()
