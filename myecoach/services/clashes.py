"""Clash warnings: the arranged sessions a new time overlaps, for either participant, in any
of their relationships. A save asks whether its new time clashes right after writing it, in
its transaction (so a clash someone saved meanwhile is caught), and only when it does are
the clashing sessions read, with their names, and the save rolled back."""

from typing import Any

from sqlalchemy import BindParameter, bindparam, exists, or_
from sqlalchemy import select as sa_select
from sqlalchemy.orm import aliased
from sqlmodel import Session, col

from myecoach.domain.clashes import LONGEST_SESSION, Booked, clash_warnings
from myecoach.domain.errors import ClashFound
from myecoach.domain.local_times import Slot
from myecoach.domain.permissions import Participants
from myecoach.domain.statuses import SessionStatus
from myecoach.models import CoachingSession, Programme, Relationship, User
from myecoach.services.access import LoadedSession, actor_of, participants_of

Other = aliased(Relationship, name="other_relationship")
Coach, Coachee = aliased(User, name="coach"), aliased(User, name="coachee")
Clashing = aliased(CoachingSession, name="clashing")  # apart from the session being written
# The two participants, as two parameters: an expanding list would be rendered anew each call.
_PEOPLE: list[BindParameter[int]] = [bindparam("coach"), bindparam("coachee")]

# A clashing session starts before the new time ends and, being shorter than LONGEST_SESSION,
# less than that before it starts: the indexes read only the few starting in that window.
# Built once (building them costs more than running them); their values are parameters.
_IN_WINDOW = (
    col(Clashing.status) == SessionStatus.ARRANGED,
    col(Clashing.starts_at) > bindparam("earliest_start"),
    col(Clashing.starts_at) < bindparam("ends_at"),
    col(Clashing.ends_at) > bindparam("starts_at"),
    col(Clashing.id) != bindparam("session_id"),
)
# Sessions of either person, as coach or as coachee: each of the four is a range of one of
# the two (person, status, start) indexes, however many relationships the people have.
_THEIRS = or_(col(Clashing.coach_id).in_(_PEOPLE), col(Clashing.coachee_id).in_(_PEOPLE))
_ANY_OVERLAPPING = exists().where(_THEIRS, *_IN_WINDOW).select()
_OVERLAPPING = (
    sa_select(
        col(Clashing.number),
        col(Clashing.starts_at),
        col(Clashing.ends_at),
        col(Clashing.time_zone),
        col(Programme.name),
        col(Other.coach_id),
        col(Other.coachee_id),
        col(Other.active),
        col(Coach.name),
        col(Coachee.name),
    )
    .join(Other, col(Other.id) == col(Clashing.relationship_id))
    .join(Programme, col(Programme.id) == col(Other.programme_id))
    .join(Coach, col(Coach.id) == col(Other.coach_id))
    .join(Coachee, col(Coachee.id) == col(Other.coachee_id))
    .where(_THEIRS, *_IN_WINDOW)
    .order_by(col(Clashing.starts_at), col(Clashing.id))
)


def refuse_clashes(db: Session, *, actor: User, loaded: LoadedSession, slot: Slot) -> None:
    """Roll back and raise ClashFound, worded for the actor, when ``slot`` overlaps another
    arranged session of either participant of the loaded session's relationship."""
    if not db.connection().scalar(_ANY_OVERLAPPING, _values(loaded, slot)):
        return
    booked = overlapping(db, loaded=loaded, slot=slot)
    saving = participants_of(loaded.relationship)
    warnings = clash_warnings(actor_of(actor), saving, booked, actor.time_zone)
    db.rollback()
    raise ClashFound(warnings)


def overlapping(db: Session, *, loaded: LoadedSession, slot: Slot) -> list[Booked]:
    """The other arranged sessions of either participant sharing a moment with ``slot``."""
    rows = db.connection().execute(_OVERLAPPING, _values(loaded, slot)).all()
    return [
        Booked(
            number=number,
            programme=programme,
            participants=Participants(coach_id, coachee_id, active),
            coach_name=coach_name,
            coachee_name=coachee_name,
            slot=Slot(starts_at, ends_at, zone),
        )
        for (
            number,
            starts_at,
            ends_at,
            zone,
            programme,
            coach_id,
            coachee_id,
            active,
            coach_name,
            coachee_name,
        ) in rows
        if starts_at is not None and ends_at is not None
    ]


def _values(loaded: LoadedSession, slot: Slot) -> dict[str, Any]:
    """The clash queries' values: the participants, the window and the session to leave out."""
    relationship = loaded.relationship
    return {
        "coach": relationship.coach_id,
        "coachee": relationship.coachee_id,
        "earliest_start": slot.starts_at - LONGEST_SESSION,
        "starts_at": slot.starts_at,
        "ends_at": slot.ends_at,
        "session_id": loaded.session.id,
    }
