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


def base_url() -> str:
    """The address links in e-mails, calendars and password links start with."""
    return (public_url() or local_url()).rstrip("/")


def smtp_url() -> str | None:
    """The mail server e-mails go through (smtp://user:pass@host:587 for STARTTLS,
    smtps://…:465 for implicit TLS); without it and a sender address, e-mail is off."""
    return os.environ.get("MYECOACH_SMTP_URL") or None


def mail_from() -> str | None:
    """The address e-mails come from, e.g. "myecoach <no-reply@coaching.example.org>"."""
    return os.environ.get("MYECOACH_MAIL_FROM") or None


def mail_enabled() -> bool:
    """Whether e-mail is set up: a mail server and a sender address."""
    return bool(smtp_url() and mail_from())


def reminder_lead_hours() -> float:
    """How long before a session its reminder goes out (hours; 24 by default)."""
    return float(os.environ.get("MYECOACH_REMINDER_HOURS") or 24)


def mail_first_retry_seconds() -> float:
    """The wait before a failed e-mail is tried again; it doubles after each try (60 s)."""
    return float(os.environ.get("MYECOACH_MAIL_RETRY_SECONDS") or 60)


def mail_lease_seconds() -> float:
    """How long a sender's claim on an e-mail lasts: one that dies mid-send leaves it this
    long before another sends it (120 s)."""
    return float(os.environ.get("MYECOACH_MAIL_LEASE_SECONDS") or 120)
