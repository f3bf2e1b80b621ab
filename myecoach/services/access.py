"""Loading what an actor asks for, refusing what they may not see or change."""

from dataclasses import dataclass

from sqlmodel import Session, col, select

from myecoach.domain.errors import NotFound
from myecoach.domain.ids import is_id
from myecoach.domain.permissions import Actor, Participants, require_change, require_view
from myecoach.models import CoachingSession, Programme, Relationship, User


def actor_of(user: User) -> Actor:
    """The rules' view of a signed-in user."""
    assert user.id is not None, "a signed-in user is stored"
    return Actor(id=user.id, is_admin=user.is_admin)


def participants_of(relationship: Relationship) -> Participants:
    """The rules' view of a relationship's two participants."""
    return Participants(relationship.coach_id, relationship.coachee_id, relationship.active)


def load_relationship(
    db: Session, *, actor: User, relationship_id: int, change: bool = False
) -> tuple[Relationship, Programme]:
    """The relationship and its programme, if the actor may see (or change) it."""
    if not is_id(relationship_id):
        raise NotFound("Relationship")
    row = db.exec(
        select(Relationship, Programme)
        .join(Programme, col(Programme.id) == col(Relationship.programme_id))
        .where(Relationship.id == relationship_id)
    ).first()
    if row is None:
        raise NotFound("Relationship")
    check = require_change if change else require_view
    check(actor_of(actor), participants_of(row[0]))
    return row


@dataclass(frozen=True)
class LoadedSession:
    """A session with the relationship and programme it belongs to."""

    session: CoachingSession
    relationship: Relationship
    programme: Programme


def load_session(
    db: Session, *, actor: User, relationship_id: int, number: int, change: bool = False
) -> LoadedSession:
    """A session by its number, if the actor may see (or change) its relationship."""
    relationship, programme = load_relationship(
        db, actor=actor, relationship_id=relationship_id, change=change
    )
    if not is_id(number):
        raise NotFound("Session")
    session = db.exec(
        select(CoachingSession).where(
            CoachingSession.relationship_id == relationship_id,
            CoachingSession.number == number,
        )
    ).first()
    if session is None:
        raise NotFound("Session")
    return LoadedSession(session, relationship, programme)
