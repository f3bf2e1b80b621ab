"""Database tables. Every datetime is stored in UTC and is timezone-aware."""

import datetime as dt
from datetime import datetime
from typing import Any

from sqlalchemy import Column, Index, Integer, String, UniqueConstraint, func, text
from sqlmodel import Field, SQLModel, col

from myecoach.domain.calendar import SessionFacts, new_event_uid
from myecoach.domain.local_times import Slot
from myecoach.domain.search import LIST_ORDER_MAX, SEARCH_TEXT_MAX, list_order, search_text
from myecoach.domain.statuses import SessionStatus, SessionType
from myecoach.domain.validation import FIELD_LABELS, SessionDetails
from myecoach.domain.wording import RelationshipKind
from myecoach.search_index import trigram_index


def utc_now() -> datetime:
    """The current instant, timezone-aware in UTC."""
    return datetime.now(dt.UTC)


class Programme(SQLModel, table=True):
    """A named coaching or mentoring programme."""

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=200, unique=True)
    archived: bool = False  # its relationships are closed; it takes no new ones


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


class Relationship(SQLModel, table=True):
    """One coach/mentor and one coachee/mentee within a programme."""

    id: int | None = Field(default=None, primary_key=True)
    programme_id: int = Field(foreign_key="programme.id", index=True)
    kind: str = Field(default=RelationshipKind.COACHING, sa_type=String(20))
    coach_id: int = Field(foreign_key="user.id", index=True)
    coachee_id: int = Field(foreign_key="user.id", index=True)
    active: bool = True
    search_text: str = Field(default="", max_length=SEARCH_TEXT_MAX)
    sort_key: str = Field(default="", max_length=LIST_ORDER_MAX)  # list_order, kept up to date

    __table_args__ = (
        Index("ix_relationship_sort_key", "sort_key", "id"),
        trigram_index("ix_relationship_search_trigrams", "search_text", "search_text"),
    )

    @classmethod
    def between(
        cls,
        programme: Programme,
        coach: "User",
        coachee: "User",
        kind: RelationshipKind = RelationshipKind.COACHING,
        active: bool = True,
    ) -> "Relationship":
        """A new relationship, findable by its programme's and people's names and e-mails."""
        assert None not in (programme.id, coach.id, coachee.id), "they are stored first"
        relationship = cls(
            programme_id=programme.id or 0,
            kind=kind,
            coach_id=coach.id or 0,
            coachee_id=coachee.id or 0,
            active=active,
        )
        relationship.describe(programme.name, coach, coachee)
        return relationship

    def describe(self, programme: str, coach: "User", coachee: "User") -> None:
        """Keep what it is found and listed by in step with its programme's and people's names."""
        self.search_text = search_text(
            programme, coach.name, coach.email, coachee.name, coachee.email
        )
        self.sort_key = list_order(programme, coachee.name)


version_column = Column("version", Integer, nullable=False, default=1)


_IS_ARRANGED = f"status = '{SessionStatus.ARRANGED}'"
_IS_CANCELLED = f"status = '{SessionStatus.CANCELLED}'"


def _only_where(name: str, columns: tuple[str, ...], condition: str) -> Index:
    """A partial index: only the rows that meet ``condition`` are in it."""
    where = text(condition)
    return Index(name, *columns, sqlite_where=where, postgresql_where=where)


class CoachingSession(SQLModel, table=True):
    """A session of a relationship, numbered 1, 2, 3… within it."""

    __tablename__ = "coaching_session"
    __table_args__ = (
        UniqueConstraint("relationship_id", "number"),
        Index("ix_coaching_session_next", "relationship_id", "status", "starts_at"),
        # For calendar feeds: what changed in a window, read from the index alone.
        Index("ix_coaching_session_feed", "relationship_id", "starts_at", "updated_at", "version"),
        Index("ix_coaching_session_day", "date", "status", "ends_at"),
        # For clash checks: a person's sessions in a window, however many relationships they have.
        Index("ix_coaching_session_coach_times", "coach_id", "status", "starts_at", "ends_at"),
        Index("ix_coaching_session_coachee_times", "coachee_id", "status", "starts_at", "ends_at"),
        # For the overview: the overdue list in its order, undated and cancelled sessions.
        _only_where(
            "ix_coaching_session_overdue", ("date", "starts_at", "id", "ends_at"), _IS_ARRANGED
        ),
        _only_where("ix_coaching_session_undated", ("created_at", "status"), "date IS NULL"),
        _only_where(
            "ix_coaching_session_cancelled",
            (
                "status",
                "relationship_id",
                "date",
                "created_at",
                "cancelled_by_id",
                "coach_id",
                "coachee_id",
            ),
            _IS_CANCELLED,
        ),
    )
    __mapper_args__ = {"version_id_col": version_column}

    id: int | None = Field(default=None, primary_key=True)
    relationship_id: int = Field(foreign_key="relationship.id")
    coach_id: int = Field(foreign_key="user.id")  # the relationship's two people, who never change
    coachee_id: int = Field(foreign_key="user.id")
    number: int
    status: str = Field(default=SessionStatus.TO_BE_ARRANGED, sa_type=String(20))
    date: dt.date | None = None
    start_time: dt.time | None = None
    end_time: dt.time | None = None
    time_zone: str = Field(default="UTC", max_length=64)
    starts_at: datetime | None = Field(default=None, index=True)
    ends_at: datetime | None = None
    location: str = Field(default="", max_length=200)
    session_type: str | None = Field(default=None, max_length=20)
    extra_information: str = Field(default="", max_length=2000)
    cancellation_reason: str = Field(default="", max_length=1000)
    cancelled_by_id: int | None = Field(default=None, foreign_key="user.id")
    cancelled_at: datetime | None = None
    version: int = Field(default=1, sa_column=version_column)
    created_at: datetime = Field(default_factory=utc_now)
    updated_at: datetime = Field(default_factory=utc_now, index=True)
    ical_uid: str = Field(default_factory=new_event_uid, max_length=80, unique=True, index=True)
    ical_sequence: int = 0  # raised with every change the session's calendar event shows

    @classmethod
    def numbered(cls, relationship: Relationship, number: int, **values: Any) -> "CoachingSession":
        """Session ``number`` of a stored relationship, with its two people."""
        assert relationship.id is not None, "the relationship is stored first"
        return cls(
            relationship_id=relationship.id,
            coach_id=relationship.coach_id,
            coachee_id=relationship.coachee_id,
            number=number,
            **values,
        )

    def details(self) -> SessionDetails:
        """The editable details as the rules see them."""
        stored = {name: getattr(self, name) for name in FIELD_LABELS}
        kind = stored.pop("session_type")
        return SessionDetails(**stored, session_type=SessionType(kind) if kind else None)

    def apply(self, details: SessionDetails) -> None:
        """Copy checked details onto the row, with the derived UTC instants."""
        for name in FIELD_LABELS:
            setattr(self, name, getattr(details, name))
        self.starts_at, self.ends_at = details.starts_at(), details.ends_at()

    def slot(self) -> Slot | None:
        """When the session happens, from its stored instants; None when not scheduled."""
        if self.starts_at is None or self.ends_at is None:
            return None
        return Slot(self.starts_at, self.ends_at, self.time_zone)

    def calendar_facts(self) -> SessionFacts:
        """The stored fields its calendar event depends on."""
        return SessionFacts(
            status=self.status,
            starts_at=self.starts_at,
            ends_at=self.ends_at,
            time_zone=self.time_zone,
            location=self.location,
            session_type=self.session_type,
            extra_information=self.extra_information,
            cancellation_reason=self.cancellation_reason,
        )


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


class SessionHistory(SQLModel, table=True):
    """An append-only record of one change to a session."""

    __tablename__ = "session_history"

    id: int | None = Field(default=None, primary_key=True)
    session_id: int = Field(foreign_key="coaching_session.id", index=True)
    actor_id: int = Field(foreign_key="user.id")
    at: datetime = Field(default_factory=utc_now)
    action: str = Field(max_length=40)
    changes: str = Field(default="[]")
    notified: str = Field(default="")


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
