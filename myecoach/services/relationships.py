"""Finding relationships: the searchable list and one relationship with its sessions."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import TypeVarTuple

from sqlalchemy import ColumnElement, Row, Select, or_
from sqlalchemy import select as sa_select
from sqlalchemy.orm import aliased
from sqlmodel import Session, col, select

from myecoach import sqlite_search
from myecoach.domain.local_times import Slot
from myecoach.domain.search import search_words
from myecoach.domain.statuses import SessionStatus
from myecoach.models import CoachingSession, Programme, Relationship, User, utc_now
from myecoach.services.access import load_relationship
from myecoach.services.paging import page_of

PAGE_SIZE = 10


class RelationshipFilter(StrEnum):
    """The status filter of `My Relationships`."""

    ALL = "All"
    ACTIVE = "Active"
    CLOSED = "Closed"


@dataclass(frozen=True)
class Person:
    """A participant as lists show them."""

    id: int
    name: str
    email: str


@dataclass(frozen=True)
class RelationshipSummary:
    """One row of `My Relationships`."""

    id: int
    programme: str
    kind: str
    coach: Person
    coachee: Person
    active: bool
    next_session: Slot | None


@dataclass(frozen=True)
class RelationshipPage:
    """One page of search results and how many there are in all (at least, when more)."""

    rows: list[RelationshipSummary]
    total: int
    page: int
    pages: int
    more: bool = False


@dataclass(frozen=True)
class RelationshipView:
    """A relationship with its participants and sessions in number order."""

    summary: RelationshipSummary
    sessions: list[CoachingSession]


Coach, Coachee = aliased(User, name="coach"), aliased(User, name="coachee")
Columns = TypeVarTuple("Columns")


def search_relationships(
    db: Session,
    *,
    actor: User,
    query: str = "",
    status: RelationshipFilter = RelationshipFilter.ALL,
    page: int = 1,
    now: datetime | None = None,
) -> RelationshipPage:
    """The actor's relationships (an admin's: all) matching the search, one page at a time."""
    words = search_words(query)
    wanted = _matching(db, words) + _with_status(RelationshipFilter(status))
    conditions = _visible_to(actor) + wanted
    matches = sa_select(col(Relationship.sort_key), col(Relationship.id)).where(*conditions)
    shown, at = page_of(db, matches, page=page, size=PAGE_SIZE, searched=bool(words))
    rows = db.execute(
        _summary_select(now or utc_now())
        .where(col(Relationship.id).in_(shown))
        .order_by(col(Relationship.sort_key), col(Relationship.id))
    ).all()
    return RelationshipPage(_summaries(db, rows), at.total, at.page, at.pages, at.more)


def open_relationship(
    db: Session, *, actor: User, relationship_id: int, now: datetime | None = None
) -> RelationshipView:
    """A relationship the actor may see, with its sessions; NotFound otherwise."""
    load_relationship(db, actor=actor, relationship_id=relationship_id)
    row = db.execute(
        _summary_select(now or utc_now()).where(col(Relationship.id) == relationship_id)
    ).one()
    sessions = db.exec(
        select(CoachingSession)
        .where(CoachingSession.relationship_id == relationship_id)
        .order_by(col(CoachingSession.number))
    ).all()
    return RelationshipView(_summaries(db, [row])[0], list(sessions))


def _joined(query: Select[*Columns]) -> Select[*Columns]:
    """``query`` over relationships with their programme and both people."""
    return (
        query.select_from(Relationship)
        .join(Programme, col(Programme.id) == col(Relationship.programme_id))
        .join(Coach, col(Coach.id) == col(Relationship.coach_id))
        .join(Coachee, col(Coachee.id) == col(Relationship.coachee_id))
    )


def _summary_select(now: datetime) -> Select[Relationship, str, User, User, int | None]:
    """Relationships with their programme, people and the id of their next session."""
    next_session = (
        sa_select(col(CoachingSession.id))
        .where(
            col(CoachingSession.relationship_id) == col(Relationship.id),
            col(CoachingSession.status) == SessionStatus.ARRANGED,
            col(CoachingSession.starts_at) >= now,
        )
        .order_by(col(CoachingSession.starts_at), col(CoachingSession.id))
        .limit(1)
        .correlate(Relationship)
        .scalar_subquery()
    )
    return _joined(sa_select(Relationship, col(Programme.name), Coach, Coachee, next_session))


def _summaries(
    db: Session, rows: Sequence[Row[Relationship, str, User, User, int | None]]
) -> list[RelationshipSummary]:
    """The rows as summaries, their next sessions' times read with one query."""
    next_ids = [row[4] for row in rows if row[4] is not None]
    slots = {
        session_id: Slot(starts_at, ends_at, zone)
        for session_id, starts_at, ends_at, zone in db.execute(
            sa_select(
                col(CoachingSession.id),
                col(CoachingSession.starts_at),
                col(CoachingSession.ends_at),
                col(CoachingSession.time_zone),
            ).where(col(CoachingSession.id).in_(next_ids))
        )
        if starts_at is not None and ends_at is not None
    }
    return [_summary(*row[:4], slots.get(row[4] or 0)) for row in rows]


def _summary(
    relationship: Relationship, programme: str, coach: User, coachee: User, next_at: Slot | None
) -> RelationshipSummary:
    assert None not in (relationship.id, coach.id, coachee.id), "rows read from the database"
    return RelationshipSummary(
        id=relationship.id or 0,
        programme=programme,
        kind=relationship.kind,
        coach=Person(coach.id or 0, coach.name, coach.email),
        coachee=Person(coachee.id or 0, coachee.name, coachee.email),
        active=relationship.active,
        next_session=next_at,
    )


def _visible_to(actor: User) -> list[ColumnElement[bool]]:
    if actor.is_admin:
        return []
    return [or_(col(Relationship.coach_id) == actor.id, col(Relationship.coachee_id) == actor.id)]


def _matching(db: Session, words: list[str]) -> list[ColumnElement[bool]]:
    return sqlite_search.narrowed(db, "relationship_search", col(Relationship.id), words) + [
        col(Relationship.search_text).contains(word, autoescape=True) for word in words
    ]


def _with_status(status: RelationshipFilter) -> list[ColumnElement[bool]]:
    if status == RelationshipFilter.ACTIVE:
        return [col(Relationship.active).is_(True)]
    if status == RelationshipFilter.CLOSED:
        return [col(Relationship.active).is_(False)]
    return []


def refresh_descriptions(
    db: Session, *, person_id: int | None = None, programme_id: int | None = None
) -> None:
    """Rebuild what the relationships of a renamed person or programme are found and listed
    by."""
    which = (
        or_(col(Relationship.coach_id) == person_id, col(Relationship.coachee_id) == person_id)
        if person_id is not None
        else col(Relationship.programme_id) == programme_id
    )
    rows = db.execute(
        _joined(sa_select(Relationship, col(Programme.name), Coach, Coachee)).where(which)
    ).all()
    for relationship, programme, coach, coachee in rows:
        relationship.describe(programme, coach, coachee)
