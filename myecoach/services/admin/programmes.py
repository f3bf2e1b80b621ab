"""Programmes: create, rename and archive (an archived programme's relationships close)."""

from dataclasses import dataclass

from sqlalchemy import case, func
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from myecoach.domain.errors import NotFound, ValidationFailed
from myecoach.domain.ids import is_id
from myecoach.domain.permissions import require_admin
from myecoach.domain.text import can_be_saved
from myecoach.models import Programme, Relationship, User
from myecoach.services.access import actor_of
from myecoach.services.admin.audit import record
from myecoach.services.admin.pairing import close_or_reopen
from myecoach.services.relationships import refresh_descriptions

NAME_MAX = 200
NAME_TAKEN = "There is already a programme with this name."


@dataclass(frozen=True)
class ProgrammeRow:
    """A programme with how many of its relationships are active and closed."""

    id: int
    name: str
    archived: bool
    active: int
    closed: int


def list_programmes(db: Session, *, admin: User) -> list[ProgrammeRow]:
    """Every programme, open ones first, by name, with its relationship counts."""
    require_admin(actor_of(admin))
    active = func.count(case((col(Relationship.active).is_(True), 1)))
    closed = func.count(case((col(Relationship.active).is_(False), 1)))
    rows = db.exec(
        select(Programme, active, closed)
        .outerjoin(Relationship, col(Relationship.programme_id) == col(Programme.id))
        .group_by(col(Programme.id))
        .order_by(col(Programme.archived), col(Programme.name))
    ).all()
    return [ProgrammeRow(p.id, p.name, p.archived, a, c) for p, a, c in rows if p.id is not None]


def create_programme(db: Session, *, admin: User, name: str) -> Programme:
    """A new, empty programme."""
    require_admin(actor_of(admin))
    programme = Programme(name=_checked(name))
    _refuse_taken(db, programme.name)
    db.add(programme)
    _flush_unique(db)
    record(db, admin, "Created a programme", programme.name, after={"name": programme.name})
    db.commit()
    return programme


def rename_programme(db: Session, *, admin: User, programme_id: int, name: str) -> Programme:
    """Rename a programme; its relationships are found by the new name."""
    require_admin(actor_of(admin))
    programme = _programme(db, programme_id)
    new_name, old_name = _checked(name), programme.name
    if new_name == old_name:
        return programme
    _refuse_taken(db, new_name, programme.id)
    programme.name = new_name
    _flush_unique(db)
    refresh_descriptions(db, programme_id=programme.id)
    record(db, admin, "Renamed a programme", new_name, {"name": old_name}, {"name": new_name})
    db.commit()
    return programme


def archive_programme(db: Session, *, admin: User, programme_id: int) -> list[int]:
    """Archive a programme and close its active relationships, telling their participants.
    Returns whom to tell live."""
    require_admin(actor_of(admin))
    programme = _programme(db, programme_id)
    if programme.archived:
        return []
    open_ones = db.exec(
        select(Relationship).where(
            Relationship.programme_id == programme.id, col(Relationship.active).is_(True)
        )
    ).all()
    told: list[int] = []
    for relationship in open_ones:
        told += close_or_reopen(db, admin, relationship, programme, open_=False)
    programme.archived = True
    record(
        db, admin, "Archived a programme", programme.name, {"archived": False}, {"archived": True}
    )
    db.commit()
    return told


def _programme(db: Session, programme_id: int) -> Programme:
    programme = db.get(Programme, programme_id) if is_id(programme_id) else None
    if programme is None:
        raise NotFound("Programme")
    return programme


def _checked(name: str) -> str:
    name = name.strip()
    if not name or len(name) > NAME_MAX or not can_be_saved(name):
        raise ValidationFailed({"name": f"Enter a programme name of 1 to {NAME_MAX} characters."})
    return name


def _refuse_taken(db: Session, name: str, programme_id: int | None = None) -> None:
    """Refuse a name another programme has in any case: imports find programmes so."""
    names = db.exec(select(Programme.name).where(col(Programme.id) != programme_id)).all()
    if name.lower() in {other.lower() for other in names}:
        raise ValidationFailed({"name": NAME_TAKEN})


def _flush_unique(db: Session) -> None:
    try:
        db.flush()
    except IntegrityError:
        db.rollback()
        raise ValidationFailed({"name": NAME_TAKEN}) from None
