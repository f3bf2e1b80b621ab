"""Configuration read from the environment, with the embedded defaults."""

import os

DEFAULT_DB_URL = "sqlite:///myecoach.db"


def db_url() -> str:
    """The database to use: REFLEX_DB_URL, else a SQLite file beside the app."""
    return os.environ.get("REFLEX_DB_URL") or DEFAULT_DB_URL


def redis_url() -> str | None:
    """Redis for state and cross-instance delivery, when several instances run."""
    return os.environ.get("REFLEX_REDIS_URL") or None


def public_url() -> str | None:
    """The address browsers use, when the app sits behind a load balancer."""
    return os.environ.get("MYECOACH_PUBLIC_URL") or None


def demo_mode() -> bool:
    """Whether to load the demo accounts into an empty database."""
    return os.environ.get("MYECOACH_DEMO", "").lower() in {"1", "true", "yes"}
