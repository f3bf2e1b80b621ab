"""People and what guards their access: accounts, sign-ins, password links, the server's
secrets, and the admin team's record of what it did."""

from datetime import datetime

from sqlalchemy import Index, func
from sqlmodel import Field, SQLModel, col

from myecoach.models.clock import utc_now
from myecoach.search_index import trigram_index


class User(SQLModel, table=True):
    """A person who signs in: coach, coachee, mentor, mentee or admin."""

    __table_args__ = (  # the admin's people list and its search
        Index("ix_user_name", "name", "id"),
        trigram_index("ix_user_email_trigrams", "email", "email"),
    )
    id: int | None = Field(default=None, primary_key=True)
    email: str = Field(max_length=254, unique=True, index=True)
    name: str = Field(max_length=100)
    password_hash: str | None = Field(default=None, max_length=200, repr=False)  # None: not set yet
    time_zone: str = Field(default="Europe/London", max_length=64)
    is_admin: bool = False
    is_demo: bool = False  # a demo account: it can sign in only in demo mode
    active: bool = True  # a deactivated person cannot sign in; their history stays
    email_changes: bool = True  # e-mail me when someone changes one of my sessions
    email_reminders: bool = True  # e-mail me the day before a session


trigram_index(  # people are found by their lowercased name (and e-mail, above)
    "ix_user_name_trigrams", func.lower(col(User.name)).label("name_lower"), "name_lower"
)


class AuthToken(SQLModel, table=True):
    """A signed-in browser: the SHA-256 of its opaque token, its expiry and last activity."""

    token_hash: str = Field(primary_key=True, max_length=64)
    user_id: int = Field(foreign_key="user.id", index=True)
    expires_at: datetime
    last_seen_at: datetime = Field(default_factory=utc_now)


class ServerSecret(SQLModel, table=True):
    """A secret generated once per deployment and shared by every instance."""

    __tablename__ = "server_secret"

    name: str = Field(primary_key=True, max_length=40)
    value: str = Field(max_length=200)


class PasswordLink(SQLModel, table=True):
    """A one-time link to set a password (an invitation or a reset); at most one per person.

    The link's token is never stored: only its SHA-256, and a salt from which the server
    secret re-derives it, so the admin team can hand the link over again while it is valid.
    """

    __tablename__ = "password_link"

    user_id: int = Field(foreign_key="user.id", primary_key=True)
    purpose: str = Field(max_length=20)
    salt: str = Field(max_length=64)
    token_hash: str = Field(max_length=64, unique=True)
    created_at: datetime = Field(default_factory=utc_now)
    expires_at: datetime


class AdminAction(SQLModel, table=True):
    """An append-only record of one thing the admin team did: who, what, when, before → after."""

    __tablename__ = "admin_action"

    id: int | None = Field(default=None, primary_key=True)
    actor_id: int = Field(foreign_key="user.id")
    at: datetime = Field(default_factory=utc_now, index=True)
    action: str = Field(max_length=60)
    subject: str = Field(max_length=400)
    before: str = Field(default="{}")
    after: str = Field(default="{}")
