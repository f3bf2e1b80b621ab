"""What reaches people outside the app's pages: inbox notifications, e-mail waiting in the
outbox, reminders made once, calendar feeds, and one-time download permissions."""

from datetime import datetime

from sqlalchemy import Index, UniqueConstraint
from sqlmodel import Field, SQLModel

from myecoach.models.clock import utc_now


class CalendarFeed(SQLModel, table=True):
    """A user's personal calendar feed: the SHA-256 of its secret address token."""

    __tablename__ = "calendar_feed"

    user_id: int = Field(primary_key=True, foreign_key="user.id")
    token_hash: str = Field(max_length=64, unique=True, index=True)
    created_at: datetime = Field(default_factory=utc_now)


class CalendarDownload(SQLModel, table=True):
    """A one-time permission, valid for a minute, to download one session's .ics file."""

    __tablename__ = "calendar_download"

    token_hash: str = Field(primary_key=True, max_length=64)
    user_id: int = Field(foreign_key="user.id")
    session_id: int = Field(foreign_key="coaching_session.id")
    expires_at: datetime = Field(index=True)


class ExportDownload(SQLModel, table=True):
    """A one-time permission, valid for five minutes, for one admin to download the sessions
    matching the overview's filters as CSV."""

    __tablename__ = "export_download"

    token_hash: str = Field(primary_key=True, max_length=64)
    user_id: int = Field(foreign_key="user.id")
    filters: str = Field(max_length=500)  # the overview's filters as JSON
    expires_at: datetime = Field(index=True)


class Notification(SQLModel, table=True):
    """A message in a recipient's inbox about a change to a session, or to a relationship."""

    __table_args__ = (
        Index("ix_notification_inbox", "recipient_id", "created_at", "id"),
        Index("ix_notification_unread", "recipient_id", "read"),
    )

    id: int | None = Field(default=None, primary_key=True)
    recipient_id: int = Field(foreign_key="user.id")
    actor_id: int = Field(foreign_key="user.id")
    session_id: int | None = Field(default=None, foreign_key="coaching_session.id", index=True)
    relationship_id: int | None = Field(default=None, foreign_key="relationship.id")
    kind: str = Field(max_length=20)
    message: str = Field(max_length=1500)
    created_at: datetime = Field(default_factory=utc_now)
    read: bool = Field(default=False)


class OutboxMessage(SQLModel, table=True):
    """An e-mail to send, written in the same transaction as what it tells of, then sent by
    whichever backend worker claims it first (a lease, so a crashed sender's is retried)."""

    __tablename__ = "outbox"
    __table_args__ = (Index("ix_outbox_due", "sent_at", "failed_at", "next_attempt_at"),)

    id: int | None = Field(default=None, primary_key=True)
    dedupe_key: str = Field(max_length=200, unique=True)
    kind: str = Field(max_length=20)  # change, reminder, nudge, link
    user_id: int = Field(foreign_key="user.id", index=True)
    to_address: str = Field(max_length=254)
    subject: str = Field(default="", max_length=300)
    text: str = Field(default="")
    html: str = Field(default="")
    calendar: str = Field(default="")  # an invitation (text/calendar) to attach, if any
    calendar_method: str = Field(default="", max_length=10)
    created_at: datetime = Field(default_factory=utc_now)
    next_attempt_at: datetime = Field(default_factory=utc_now)
    attempts: int = 0
    locked_by: str = Field(default="", max_length=80)
    locked_until: datetime | None = None
    sent_at: datetime | None = None
    failed_at: datetime | None = None
    last_error: str = Field(default="", max_length=500)


class Reminder(SQLModel, table=True):
    """A reminder made once: the day before a session, or a nudge to arrange the next one.
    Its key makes it unique however many workers sweep at once."""

    __table_args__ = (UniqueConstraint("kind", "subject_key", "occurrence"),)

    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(max_length=20)  # day_before, nudge
    subject_key: str = Field(max_length=40)  # "session:12" or "relationship:3"
    occurrence: str = Field(max_length=40)  # the session's start, or the last session's id
    created_at: datetime = Field(default_factory=utc_now)
