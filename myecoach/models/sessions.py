"""Coaching sessions and their history."""

import datetime as dt
from datetime import datetime
from typing import Any

from sqlalchemy import Column, Index, Integer, String, UniqueConstraint, text
from sqlmodel import Field, SQLModel

from myecoach.domain.calendar import SessionFacts, new_event_uid
from myecoach.domain.local_times import Slot
from myecoach.domain.statuses import SessionStatus, SessionType
from myecoach.domain.validation import FIELD_LABELS, SessionDetails
from myecoach.models.clock import utc_now
from myecoach.models.relationships import Relationship

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
        # For repeated cancellations: the sessions cancelled after another of theirs.
        _only_where(
            "ix_coaching_session_repeated",
            ("cancelled_after", "relationship_id"),
            "cancelled_after IS NOT NULL",
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
    cancelled_after: dt.date | None = None  # the day of the relationship's cancellation
    # before this one, while it is cancelled; kept by the database (myecoach.session_tally)
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
