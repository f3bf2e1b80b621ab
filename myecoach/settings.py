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


def public_url_is_https() -> bool:
    """Whether browsers reach the app over HTTPS (cookies are then sent only over HTTPS)."""
    return (public_url() or "").lower().startswith("https://")


def secret_key() -> str | None:
    """The server secret that live keys are derived from, when set in the environment."""
    return os.environ.get("MYECOACH_SECRET_KEY") or None


def local_url() -> str:
    """Where `scripts/run.sh` serves the app on this machine."""
    return f"http://localhost:{os.environ.get('PORT', '3000')}"
