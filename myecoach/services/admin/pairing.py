"""Pairing: a coach (or mentor) with a coachee (or mentee) in a programme; closing and
reopening a relationship, which tells both participants in their inbox."""

from sqlalchemy import func
from sqlmodel import Session, col, select

from myecoach.domain.errors import DomainError, NotFound, ValidationFailed
from myecoach.domain.ids import is_id
from myecoach.domain.permissions import require_admin
from myecoach.domain.wording import RelationshipKind, relationship_message
from myecoach.models import Notification, Programme, Relationship, User
from myecoach.services.access import actor_of
from myecoach.services.admin.audit import record


def pair(
    db: Session,
    *,
    admin: User,
    programme_id: int,
    kind: str,
    coach_email: str,
    coachee_email: str,
) -> Relationship:
    """Pair two people in an open programme; refuses a pair that already exists there."""
    require_admin(actor_of(admin))
    programme = _open_programme(db, programme_id)
    if kind not in {k.value for k in RelationshipKind}:
        raise ValidationFailed({"kind": "Choose coaching or mentoring."})
    coach, coachee = _person(db, coach_email, "coach"), _person(db, coachee_email, "coachee")
    if coach.id == coachee.id:
        raise ValidationFailed({"coachee": "A person cannot be paired with themselves."})
    existing = db.exec(
        select(func.count(col(Relationship.id))).where(
            Relationship.programme_id == programme.id,
            Relationship.coach_id == coach.id,
            Relationship.coachee_id == coachee.id,
        )
    ).one()
    if existing:
        raise DomainError(
            f"{coach.name} and {coachee.name} are already paired in {programme.name}."
        )
    relationship = Relationship.between(programme, coach, coachee, RelationshipKind(kind))
    db.add(relationship)
    record(
        db,
        admin,
        "Paired two people",
        f"{coach.name} & {coachee.name}, {programme.name}",
        after={"kind": kind, "coach": coach.email, "coachee": coachee.email},
    )
    db.commit()
    return relationship


def set_relationship_open(
    db: Session, *, admin: User, relationship_id: int, open_: bool
) -> list[int]:
    """Close a relationship (its sessions become read-only) or reopen it; both participants
    are told. Returns whom to tell live."""
    require_admin(actor_of(admin))
    relationship = db.get(Relationship, relationship_id) if is_id(relationship_id) else None
    if relationship is None:
        raise NotFound("Relationship")
    programme = db.get(Programme, relationship.programme_id)
    assert programme is not None
    if open_ and programme.archived:
        raise DomainError(f"{programme.name} is archived, so its relationships stay closed.")
    told = close_or_reopen(db, admin, relationship, programme, open_)
    db.commit()
    return told


def close_or_reopen(
    db: Session, admin: User, relationship: Relationship, programme: Programme, open_: bool
) -> list[int]:
    """Close or reopen, tell both participants and record it, in the caller's transaction;
    returns whom to tell live (nobody when nothing changed)."""
    assert relationship.id is not None and admin.id is not None
    if relationship.active == open_:
        return []
    relationship.active = open_
    told = [relationship.coach_id, relationship.coachee_id]
    message = relationship_message(
        actor_name=admin.name, programme=programme.name, closed=not open_
    )
    for recipient in told:
        db.add(
            Notification(
                recipient_id=recipient,
                actor_id=admin.id,
                relationship_id=relationship.id,
                kind="reopened" if open_ else "closed",
                message=message,
            )
        )
    names = dict(db.exec(select(User.id, User.name).where(col(User.id).in_(told))).all())
    record(
        db,
        admin,
        "Reopened a relationship" if open_ else "Closed a relationship",
        f"{names[relationship.coach_id]} & {names[relationship.coachee_id]}, {programme.name}",
        {"open": not open_},
        {"open": open_},
    )
    return told


def _open_programme(db: Session, programme_id: int) -> Programme:
    programme = db.get(Programme, programme_id) if is_id(programme_id) else None
    if programme is None:
        raise ValidationFailed({"programme": "Choose a programme."})
    if programme.archived:
        raise ValidationFailed({"programme": f"{programme.name} is archived."})
    return programme


def _person(db: Session, email: str, role: str) -> User:
    person = db.exec(select(User).where(User.email == email.strip().lower())).first()
    if person is None:
        raise ValidationFailed({role: f"Nobody in myecoach has the e-mail “{email.strip()}”."})
    if not person.active:
        raise ValidationFailed({role: f"{person.name} is deactivated."})
    return person
