"""People, as the admin team manages them: find, add, edit, deactivate and reactivate, and
hand over their invitation or reset link."""

from dataclasses import asdict, dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, delete, func, or_
from sqlalchemy import select as sa_select
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from myecoach import sqlite_search
from myecoach.domain.errors import DomainError, NotFound, ValidationFailed
from myecoach.domain.ids import is_id
from myecoach.domain.people import PersonDetails, check_person
from myecoach.domain.permissions import require_admin
from myecoach.domain.search import search_words
from myecoach.models import PasswordLink, User
from myecoach.services import auth
from myecoach.services.access import actor_of
from myecoach.services.accounts import LinkPurpose, current_links, issue_link
from myecoach.services.admin.audit import record
from myecoach.services.paging import page_of
from myecoach.services.relationships import refresh_descriptions

PAGE_SIZE = 20
SUGGESTIONS, SUGGEST_FROM = 8, 2  # how many people a field suggests, and from how many letters
EMAIL_TAKEN = "Someone in myecoach already uses this e-mail."


@dataclass(frozen=True)
class PersonRow:
    """One person as the admin's list shows them, with their link while it is valid."""

    id: int
    name: str
    email: str
    time_zone: str
    is_admin: bool
    active: bool
    has_password: bool
    link_purpose: str
    link_url: str
    link_expires_at: datetime | None


@dataclass(frozen=True)
class PeoplePage:
    """A page of people matching a search, and how many match in all."""

    rows: list[PersonRow]
    total: int
    page: int
    pages: int
    more: bool = False


def find_people(db: Session, *, admin: User, query: str = "", page: int = 1) -> PeoplePage:
    """People whose name or e-mail holds every word of the query, by name, a page at a time."""
    require_admin(actor_of(admin))
    words = search_words(query)
    matches = sa_select(col(User.name), col(User.id)).where(*_matching(db, words))
    shown, at = page_of(db, matches, page=page, size=PAGE_SIZE, searched=bool(words))
    people = db.exec(
        select(User).where(col(User.id).in_(shown)).order_by(col(User.name), col(User.id))
    ).all()
    links = current_links(db, [p.id for p in people if p.id is not None])
    rows = [_row(person, links.get(person.id or 0)) for person in people]
    return PeoplePage(rows, at.total, at.page, at.pages, at.more)


def suggest_people(db: Session, *, admin: User, query: str) -> list[tuple[str, str]]:
    """Up to SUGGESTIONS active people (name, e-mail) whose name or e-mail holds every word of
    the query, by name, for a field that asks for someone's e-mail; none for a query shorter
    than SUGGEST_FROM characters."""
    require_admin(actor_of(admin))
    words = search_words(query)
    if len("".join(words)) < SUGGEST_FROM:
        return []
    found = db.exec(
        select(User.name, User.email)
        .where(*_matching(db, words), col(User.active))
        .order_by(col(User.name), col(User.id))
        .limit(SUGGESTIONS)
    )
    return [(name, email) for name, email in found]


def _matching(db: Session, words: list[str]) -> list[ColumnElement[bool]]:
    """Conditions for people whose name or e-mail holds every word."""
    return sqlite_search.narrowed(db, "person_search", col(User.id), words) + [
        or_(
            func.lower(User.name).contains(word, autoescape=True),
            col(User.email).contains(word, autoescape=True),
        )
        for word in words
    ]


def add_person(
    db: Session, *, admin: User, name: str, email: str, time_zone: str, is_admin: bool = False
) -> tuple[User, str]:
    """Add someone without a password; returns them and their invitation link."""
    require_admin(actor_of(admin))
    details = check_person(name, email, time_zone, is_admin)
    person = User(**asdict(details))
    db.add(person)
    _flush_unique(db)
    link = issue_link(db, person, LinkPurpose.INVITATION)
    record(db, admin, "Added a person", _subject(person), after=asdict(details))
    db.commit()
    return person, link


def edit_person(
    db: Session,
    *,
    admin: User,
    person_id: int,
    name: str,
    email: str,
    time_zone: str,
    is_admin: bool,
) -> User:
    """Change someone's name, e-mail, time zone or admin role."""
    require_admin(actor_of(admin))
    person = _person(db, person_id)
    details = check_person(name, email, time_zone, is_admin)
    before = _details(person)
    if before == details:
        return person
    if person.id == admin.id and not details.is_admin:
        raise DomainError("You cannot remove your own admin role; ask another admin.")
    person.name, person.email, person.time_zone = details.name, details.email, details.time_zone
    person.is_admin = details.is_admin
    _flush_unique(db)
    refresh_descriptions(db, person_id=person.id)
    record(db, admin, "Edited a person", _subject(person), asdict(before), asdict(details))
    db.commit()
    return person


def set_active(db: Session, *, admin: User, person_id: int, active: bool) -> list[str]:
    """Deactivate (signing them out everywhere and voiding their link) or reactivate someone;
    their relationships and history stay. Returns the digests of the sign-ins ended."""
    require_admin(actor_of(admin))
    person = _person(db, person_id)
    if person.id == admin.id:
        raise DomainError("You cannot deactivate yourself.")
    if person.active == active:
        return []
    person.active = active
    ended = [] if active else auth.end_sign_ins(db, person_id)
    if not active:  # a link handed over before must not let them in after a reactivation
        db.exec(delete(PasswordLink).where(col(PasswordLink.user_id) == person_id))
    action = "Reactivated a person" if active else "Deactivated a person"
    record(db, admin, action, _subject(person), {"active": not active}, {"active": active})
    db.commit()
    return ended


def new_link(db: Session, *, admin: User, person_id: int) -> str:
    """A fresh link for someone, voiding the old: an invitation until they have a
    password, a reset after."""
    require_admin(actor_of(admin))
    person = _person(db, person_id)
    if not person.active:
        raise DomainError("Reactivate this person before giving them a link.")
    purpose = LinkPurpose.RESET if person.password_hash else LinkPurpose.INVITATION
    link = issue_link(db, person, purpose)
    record(db, admin, f"Made a new {purpose} link", _subject(person))
    db.commit()
    return link


def _person(db: Session, person_id: int) -> User:
    person = db.get(User, person_id) if is_id(person_id) else None
    if person is None:
        raise NotFound("Person")
    return person


def _flush_unique(db: Session) -> None:
    """Write the person now, refusing an e-mail someone else already has."""
    try:
        db.flush()
    except IntegrityError:
        db.rollback()
        raise ValidationFailed({"email": EMAIL_TAKEN}) from None


def _details(person: User) -> PersonDetails:
    return PersonDetails(person.name, person.email, person.time_zone, person.is_admin)


def _subject(person: User) -> str:
    return f"{person.name} <{person.email}>"


def _row(person: User, link: tuple[LinkPurpose, str, datetime] | None) -> PersonRow:
    assert person.id is not None
    purpose, url, expires = link if link else ("", "", None)
    return PersonRow(
        id=person.id,
        name=person.name,
        email=person.email,
        time_zone=person.time_zone,
        is_admin=person.is_admin,
        active=person.active,
        has_password=person.password_hash is not None,
        link_purpose=str(purpose),
        link_url=url,
        link_expires_at=expires,
    )
