"""Finding relationships: the searchable list and one relationship with its sessions."""

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlalchemy import func, or_
from sqlalchemy.orm import aliased
from sqlmodel import Session, select

from myecoach.domain.search import search_words
from myecoach.domain.statuses import SessionStatus
from myecoach.models import CoachingSession, Programme, Relationship, User, utc_now
from myecoach.services.access import load_relationship

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
    next_session_at: datetime | None


@dataclass(frozen=True)
class RelationshipPage:
    """One page of search results and how many there are in all."""

    rows: list[RelationshipSummary]
    total: int
    page: int
    pages: int


@dataclass(frozen=True)
class RelationshipView:
    """A relationship with its participants and sessions in number order."""

    summary: RelationshipSummary
    sessions: list[CoachingSession]


Coach, Coachee = aliased(User, name="coach"), aliased(User, name="coachee")


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
    conditions = _visible_to(actor) + _matching(query) + _with_status(RelationshipFilter(status))
    total = db.exec(
        select(func.count(Relationship.id))
        .join(Programme, Programme.id == Relationship.programme_id)
        .join(Coach, Coach.id == Relationship.coach_id)
        .join(Coachee, Coachee.id == Relationship.coachee_id)
        .where(*conditions)
    ).one()
    pages = max(1, -(-total // PAGE_SIZE))
    page = min(max(1, page), pages)
    rows = db.exec(
        _summary_select(now or utc_now())
        .where(*conditions)
        .order_by(Programme.name, Coachee.name, Relationship.id)
        .offset((page - 1) * PAGE_SIZE)
        .limit(PAGE_SIZE)
    ).all()
    return RelationshipPage([_summary(row) for row in rows], total, page, pages)


def open_relationship(
    db: Session, *, actor: User, relationship_id: int, now: datetime | None = None
) -> RelationshipView:
    """A relationship the actor may see, with its sessions; NotFound otherwise."""
    load_relationship(db, actor=actor, relationship_id=relationship_id)
    row = db.exec(_summary_select(now or utc_now()).where(Relationship.id == relationship_id)).one()
    sessions = db.exec(
        select(CoachingSession)
        .where(CoachingSession.relationship_id == relationship_id)
        .order_by(CoachingSession.number)
    ).all()
    return RelationshipView(_summary(row), list(sessions))


def _summary_select(now: datetime):
    next_session = (
        select(func.min(CoachingSession.starts_at))
        .where(
            CoachingSession.relationship_id == Relationship.id,
            CoachingSession.status == SessionStatus.ARRANGED,
            CoachingSession.starts_at >= now,
        )
        .correlate(Relationship)
        .scalar_subquery()
    )
    return (
        select(Relationship, Programme.name, Coach, Coachee, next_session)
        .join(Programme, Programme.id == Relationship.programme_id)
        .join(Coach, Coach.id == Relationship.coach_id)
        .join(Coachee, Coachee.id == Relationship.coachee_id)
    )


def _summary(row) -> RelationshipSummary:
    relationship, programme, coach, coachee, next_at = row
    return RelationshipSummary(
        id=relationship.id,
        programme=programme,
        kind=relationship.kind,
        coach=Person(coach.id, coach.name, coach.email),
        coachee=Person(coachee.id, coachee.name, coachee.email),
        active=relationship.active,
        next_session_at=next_at,
    )


def _visible_to(actor: User) -> list:
    if actor.is_admin:
        return []
    return [or_(Relationship.coach_id == actor.id, Relationship.coachee_id == actor.id)]


def _matching(query: str) -> list:
    return [
        Relationship.search_text.contains(word, autoescape=True) for word in search_words(query)
    ]


def _with_status(status: RelationshipFilter) -> list:
    if status == RelationshipFilter.ACTIVE:
        return [Relationship.active.is_(True)]
    if status == RelationshipFilter.CLOSED:
        return [Relationship.active.is_(False)]
    return []


def refresh_search_text(
    db: Session, *, person_id: int | None = None, programme_id: int | None = None
) -> None:
    """Rebuild what the relationships of a renamed person or programme are found by."""
    if person_id is not None:
        which = or_(Relationship.coach_id == person_id, Relationship.coachee_id == person_id)
    else:
        which = Relationship.programme_id == programme_id
    rows = db.exec(
        select(Relationship, Programme.name, Coach, Coachee)
        .join(Programme, Programme.id == Relationship.programme_id)
        .join(Coach, Coach.id == Relationship.coach_id)
        .join(Coachee, Coachee.id == Relationship.coachee_id)
        .where(which)
    ).all()
    for relationship, programme, coach, coachee in rows:
        relationship.search_text = Relationship.found_by(programme, coach, coachee)
