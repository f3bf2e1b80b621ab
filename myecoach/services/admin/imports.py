"""Importing people and pairings from a spreadsheet: a preview first (what will be created,
what exists already, every bad row and why), then the import in one transaction. Importing
the same file twice changes nothing the second time."""

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from sqlalchemy import Connection, func, insert
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from myecoach import settings
from myecoach.domain.errors import DomainError
from myecoach.domain.people_import import BadRow, Pairing, read_pairings
from myecoach.domain.permissions import require_admin
from myecoach.domain.search import list_order, search_text
from myecoach.models import OutboxMessage, PasswordLink, Programme, Relationship, User, utc_now
from myecoach.services import outbox
from myecoach.services.access import actor_of
from myecoach.services.accounts import LinkPurpose, link_mail_key, new_link_rows
from myecoach.services.admin.audit import record
from myecoach.services.secrets import server_secret

PairKey = tuple[int, int, int]  # programme, coach, coachee ids
INVITATION_MAIL = {  # an invitation's e-mail is written when it is sent (see mail/sender.py)
    "kind": outbox.LINK,
    "subject": "",
    "text": "",
    "html": "",
    "calendar": "",
    "calendar_method": "",
    "attempts": 0,
    "locked_by": "",
    "last_error": "",
}
SMALL_FILE_PEOPLE = 100  # up to this many people named, look them up; else read everyone
NEWCOMER = {"password_hash": None, "is_admin": False, "is_demo": False, "active": True}  # set,
# not left to column defaults: SQLAlchemy then skips computing them row by row


@dataclass
class ImportPlan:
    """What importing a file would do."""

    bad_rows: list[BadRow] = field(default_factory=list)
    new_programmes: list[str] = field(default_factory=list)
    new_people: dict[str, str] = field(default_factory=dict)  # e-mail -> name
    existing_people: int = 0
    new_pairings: list[Pairing] = field(default_factory=list)
    existing_pairings: int = 0

    @property
    def changes_anything(self) -> bool:
        """Whether importing would create anything."""
        return bool(self.new_programmes or self.new_people or self.new_pairings)


class _Person(NamedTuple):
    """What the import needs to know of someone already in myecoach."""

    id: int
    email: str
    name: str
    active: bool


@dataclass(frozen=True)
class _Found:
    """What myecoach already holds of the people and programmes a file names."""

    people: dict[str, _Person]  # e-mail -> person
    programmes: dict[str, Programme]  # lower-cased name -> programme


def preview_import(db: Session, *, admin: User, content: bytes | None) -> ImportPlan:
    """What importing the file would create and leave out (nothing when there is no file
    yet, None); changes nothing."""
    require_admin(actor_of(admin))
    return _plan(db, content)[0]


def apply_import(db: Session, *, admin: User, content: bytes | None) -> ImportPlan:
    """Create what the preview showed, all in one transaction (all or nothing); new people
    get an invitation link. Returns what was done."""
    require_admin(actor_of(admin))
    plan, found = _plan(db, content)
    if not plan.changes_anything:
        return plan
    try:
        _create(db, admin, plan, found)
        record(
            db,
            admin,
            "Imported pairings",
            f"{len(plan.new_pairings)} pairings, {len(plan.new_people)} new people",
            after={
                "programmes": len(plan.new_programmes),
                "people": len(plan.new_people),
                "pairings": len(plan.new_pairings),
                "rows left out": len(plan.bad_rows),
            },
        )
        db.commit()
    except IntegrityError:
        db.rollback()
        raise DomainError(
            "Someone changed people or programmes while this file was imported, so nothing "
            "was imported. Look at the preview again, then import."
        ) from None
    return plan


def _plan(db: Session, content: bytes | None) -> tuple[ImportPlan, _Found]:
    if content is None:
        return ImportPlan(), _Found({}, {})
    read = read_pairings(content)
    plan = ImportPlan(bad_rows=list(read.bad_rows))
    people = _existing_people(db, read.people())
    programmes = _existing_programmes(db, {p.programme for p in read.pairings})
    good: list[Pairing] = []
    for pairing in read.pairings:
        reason = _conflict(pairing, people, programmes)
        if reason:
            plan.bad_rows.append(BadRow(pairing.line, reason))
        else:
            good.append(pairing)
    plan.bad_rows.sort(key=lambda bad: bad.line)
    named = {
        e: n
        for p in good
        for e, n in ((p.coach_email, p.coach_name), (p.coachee_email, p.coachee_name))
    }
    plan.new_people = {email: name for email, name in named.items() if email not in people}
    plan.existing_people = len(named) - len(plan.new_people)
    new_programmes: dict[str, str] = {}  # lower-cased -> as first spelt: one per name
    for pairing in good:
        if pairing.programme.lower() not in programmes:
            new_programmes.setdefault(pairing.programme.lower(), pairing.programme)
    plan.new_programmes = sorted(new_programmes.values())
    paired = _existing_pairs(db, good, people, programmes)
    plan.new_pairings = [p for p in good if _key(p, people, programmes) not in paired]
    plan.existing_pairings = len(good) - len(plan.new_pairings)
    return plan, _Found(people, programmes)


def _conflict(
    pairing: Pairing, people: dict[str, _Person], programmes: dict[str, Programme]
) -> str:
    """What stops a good row against what myecoach already holds ("" when nothing does)."""
    programme = programmes.get(pairing.programme.lower())
    if programme is not None and programme.archived:
        return f"The programme {programme.name} is archived."
    for email, name in (
        (pairing.coach_email, pairing.coach_name),
        (pairing.coachee_email, pairing.coachee_name),
    ):
        person = people.get(email)
        if person is not None and person.name != name:
            return f"{email} is already in myecoach as “{person.name}”, not “{name}”."
        if person is not None and not person.active:
            return f"{person.name} ({email}) is deactivated."
    return ""


def _existing_people(db: Session, named: dict[str, str]) -> dict[str, _Person]:
    """Those the file names who are in myecoach already, by e-mail. A big file reads everyone
    in one scan: chunked IN (...) lists, repeated, get a generic plan on PostgreSQL that
    compares every row with every e-mail of a chunk (seconds per import once people exist)."""
    who = select(User.id, User.email, User.name, User.active)
    if len(named) <= SMALL_FILE_PEOPLE:
        who = who.where(col(User.email).in_(named))
    return {row[1]: _Person(*row) for row in db.exec(who) if row[1] in named}


def _existing_programmes(db: Session, names: set[str]) -> dict[str, Programme]:
    lowered = {name.lower() for name in names}
    return {
        p.name.lower(): p for p in db.exec(select(Programme)).all() if p.name.lower() in lowered
    }


def _key(
    pairing: Pairing, people: dict[str, _Person], programmes: dict[str, Programme]
) -> PairKey | None:
    """The ids of the row's programme and people, if all three exist already."""
    programme, coach = programmes.get(pairing.programme.lower()), people.get(pairing.coach_email)
    coachee = people.get(pairing.coachee_email)
    if programme is None or programme.id is None or coach is None or coachee is None:
        return None
    return programme.id, coach.id, coachee.id


def _existing_pairs(
    db: Session, good: list[Pairing], people: dict[str, _Person], programmes: dict[str, Programme]
) -> set[PairKey]:
    """The (programme, coach, coachee) ids among the rows that are paired already."""
    keys = {k for k in (_key(p, people, programmes) for p in good) if k is not None}
    if not keys:
        return set()
    in_those_programmes = sorted({programme_id for programme_id, _, _ in keys})
    rows = db.exec(
        select(Relationship.programme_id, Relationship.coach_id, Relationship.coachee_id).where(
            col(Relationship.programme_id).in_(in_those_programmes)
        )
    )
    return {(programme, coach, coachee) for programme, coach, coachee in rows} & keys


def _create(db: Session, admin: User, plan: ImportPlan, found: _Found) -> None:
    """Insert the plan's programmes, people, invitations and relationships, one bulk insert
    per table; new rows' ids are read back at once, not looked up in chunks."""
    # Links need the server secret: read (or first stored) before this transaction writes,
    # since on SQLite storing it from a second connection would wait for this one.
    server_secret(db)
    now, connection = utc_now(), db.connection()
    programmes = {key: (p.id, p.name) for key, p in found.programmes.items()}
    if plan.new_programmes:
        created = connection.execute(
            insert(Programme).returning(col(Programme.id), col(Programme.name)),
            [{"name": name} for name in plan.new_programmes],
        )
        programmes |= {name.lower(): (programme_id, name) for programme_id, name in created}
    people = {email: person.id for email, person in found.people.items()}
    if plan.new_people:
        people |= _insert_people(connection, plan.new_people, admin.time_zone)
        newcomers = [people[email] for email in plan.new_people]
        links = new_link_rows(db, newcomers, LinkPurpose.INVITATION, now)
        connection.execute(insert(PasswordLink), links)
        if settings.mail_enabled():  # each newcomer's invitation goes by e-mail too
            addresses = {person_id: email for email, person_id in people.items()}
            connection.execute(
                insert(OutboxMessage),
                [
                    {
                        **INVITATION_MAIL,
                        "dedupe_key": link_mail_key(link["user_id"], link["salt"]),
                        "user_id": link["user_id"],
                        "to_address": addresses[link["user_id"]],
                        "created_at": now,
                        "next_attempt_at": now,
                    }
                    for link in links
                ],
            )
    if plan.new_pairings:
        connection.execute(
            insert(Relationship),
            [_relationship(p, people, programmes) for p in plan.new_pairings],
        )


def _insert_people(connection: Connection, named: dict[str, str], time_zone: str) -> dict[str, int]:
    """Insert people without a password; returns their ids by e-mail. Ids only grow, so
    those above the highest before the insert are theirs (and maybe others', left out)."""
    highest = connection.execute(select(func.max(User.id))).scalar_one() or 0
    connection.execute(
        insert(User),
        [
            {**NEWCOMER, "email": email, "name": name, "time_zone": time_zone}
            for email, name in named.items()
        ],
    )
    added = connection.execute(select(User.id, User.email).where(col(User.id) > highest))
    return {email: person_id for person_id, email in added if email in named}


def _relationship(
    pairing: Pairing,
    people: Mapping[str, int | None],
    programmes: Mapping[str, tuple[int | None, str]],
) -> dict[str, Any]:
    """A new relationship's row; the file's names are those stored (_conflict checked them)."""
    programme_id, programme = programmes[pairing.programme.lower()]
    return {
        "programme_id": programme_id,
        "kind": pairing.kind.value,
        "coach_id": people[pairing.coach_email],
        "coachee_id": people[pairing.coachee_email],
        "active": True,
        "search_text": search_text(
            programme,
            pairing.coach_name,
            pairing.coach_email,
            pairing.coachee_name,
            pairing.coachee_email,
        ),
        "sort_key": list_order(programme, pairing.coachee_name),
    }
