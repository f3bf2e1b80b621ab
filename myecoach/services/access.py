"""Loading what an actor asks for, refusing what they may not see or change."""

from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import bindparam
from sqlmodel import Session, col, select

from myecoach.domain.errors import NotFound
from myecoach.domain.ids import is_id
from myecoach.domain.permissions import Actor, Participants, require_change, require_view
from myecoach.models import CoachingSession, Programme, Relationship, User

Row = TypeVar("Row", bound=tuple[Any, ...])

# Built once (building a statement costs more than running it); values are parameters.
_RELATIONSHIP = (
    select(Relationship, Programme)
    .join(Programme, col(Programme.id) == col(Relationship.programme_id))
    .where(Relationship.id == bindparam("relationship_id"))
)
_SESSION = (
    select(Relationship, Programme, CoachingSession)
    .join(Programme, col(Programme.id) == col(Relationship.programme_id))
    .outerjoin(
        CoachingSession,
        (col(CoachingSession.relationship_id) == col(Relationship.id))
        & (col(CoachingSession.number) == bindparam("number")),
    )
    .where(Relationship.id == bindparam("relationship_id"))
)


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
    row = db.exec(_RELATIONSHIP, params=_wanted(relationship_id)).first()
    return _permitted(row, actor, change)


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
    number_wanted = number if is_id(number) else 0  # no session has it
    row = db.exec(_SESSION, params={**_wanted(relationship_id), "number": number_wanted}).first()
    relationship, programme, session = _permitted(row, actor, change)
    if session is None:
        raise NotFound("Session")
    return LoadedSession(session, relationship, programme)


def _wanted(relationship_id: int) -> dict[str, int]:
    """The relationship's id as a parameter (0, which nothing has, when it is not an id)."""
    return {"relationship_id": relationship_id if is_id(relationship_id) else 0}


def _permitted(row: Row | None, actor: User, change: bool) -> Row:
    """A row that starts with a relationship the actor may see (or change), else refused."""
    if row is None:
        raise NotFound("Relationship")
    check = require_change if change else require_view
    check(actor_of(actor), participants_of(row[0]))
    return row
