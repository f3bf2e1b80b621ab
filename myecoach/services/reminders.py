"""Reminders: the day before a session both participants are reminded, and a relationship whose
last session ended two weeks ago with nothing arranged nudges its coach (or mentor) once.

Every backend worker sweeps; each reminder is created exactly once because its key (kind,
what it is about, which occurrence) is unique and only the worker whose insert wins goes on
to notify. A session moved after its reminder gets a new one: its start is the occurrence.
"""

from collections.abc import Sequence
from datetime import datetime, timedelta

from sqlalchemy import Insert, func
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session, col, select

from myecoach import routes, settings
from myecoach.domain.local_times import slot_text
from myecoach.domain.statuses import SessionStatus
from myecoach.domain.wording import (
    RelationshipKind,
    nudge_message,
    reminder_message,
    role_names,
    session_title,
)
from myecoach.mail.messages import change_mail
from myecoach.models import (
    CoachingSession,
    Notification,
    Programme,
    Relationship,
    Reminder,
    User,
    utc_now,
)
from myecoach.services import outbox
from myecoach.services.access import LoadedSession
from myecoach.services.change_mail import session_details

DAY_BEFORE, NUDGE = "day_before", "nudge"
NUDGE_AFTER = timedelta(days=14)
HELD = (SessionStatus.ARRANGED, SessionStatus.COMPLETED)


def sweep_day_before(db: Session, now: datetime | None = None) -> list[int]:
    """Remind both participants of every arranged session starting within the lead time
    that has no reminder for its start yet; returns whom to tell live."""
    now = now or utc_now()
    lead = timedelta(hours=settings.reminder_lead_hours())
    rows = db.exec(
        select(CoachingSession, Relationship, Programme)
        .join(Relationship, col(Relationship.id) == col(CoachingSession.relationship_id))
        .join(Programme, col(Programme.id) == col(Relationship.programme_id))
        .where(
            CoachingSession.status == SessionStatus.ARRANGED,
            col(CoachingSession.starts_at) > now,
            col(CoachingSession.starts_at) <= now + lead,
            col(Relationship.active).is_(True),
        )
    ).all()
    made = _made(db, DAY_BEFORE, [f"session:{session.id}" for session, _, _ in rows])
    told: list[int] = []
    for session, relationship, programme in rows:
        assert session.starts_at is not None
        key = (f"session:{session.id}", _moment(session.starts_at))
        if key not in made and _first(db, DAY_BEFORE, *key):
            told += _remind(db, LoadedSession(session, relationship, programme))
            db.commit()
    return told


def sweep_nudges(db: Session, now: datetime | None = None) -> list[int]:
    """Nudge the coach of every active relationship whose last session ended more than
    NUDGE_AFTER ago with nothing arranged since, once per last session; returns whom."""
    now = now or utc_now()
    last_end = func.max(CoachingSession.ends_at)
    upcoming = func.count(col(CoachingSession.id)).filter(col(CoachingSession.ends_at) > now)
    rows = db.exec(
        select(Relationship, Programme, last_end)
        .join(CoachingSession, col(CoachingSession.relationship_id) == col(Relationship.id))
        .join(Programme, col(Programme.id) == col(Relationship.programme_id))
        .where(col(Relationship.active).is_(True), col(CoachingSession.status).in_(HELD))
        .group_by(col(Relationship.id), col(Programme.id))
        .having(upcoming == 0, last_end < now - NUDGE_AFTER)
    ).all()
    made = _made(db, NUDGE, [f"relationship:{r.id}" for r, _, _ in rows])
    told: list[int] = []
    for relationship, programme, ended in rows:
        assert ended is not None  # HAVING compared it
        key = (f"relationship:{relationship.id}", _moment(ended))
        if key not in made and _first(db, NUDGE, *key):
            told.append(_nudge(db, relationship, programme, ended, now))
            db.commit()
    return told


def _made(db: Session, kind: str, subjects: Sequence[str]) -> set[tuple[str, str]]:
    """The (subject, occurrence) of the reminders of this kind made already for these."""
    if not subjects:
        return set()
    rows = db.exec(
        select(Reminder.subject_key, Reminder.occurrence).where(
            Reminder.kind == kind, col(Reminder.subject_key).in_(subjects)
        )
    ).all()
    return {(subject, occurrence) for subject, occurrence in rows}


def _first(db: Session, kind: str, subject: str, occurrence: str) -> bool:
    """Record the reminder unless another worker has; whether this one is the first."""
    values = {
        "kind": kind,
        "subject_key": subject,
        "occurrence": occurrence,
        "created_at": utc_now(),
    }
    dialect = postgresql if db.get_bind().dialect.name == "postgresql" else sqlite
    insert: Insert = dialect.insert(Reminder).values(**values).on_conflict_do_nothing()
    return db.execute(insert.returning(col(Reminder.id))).first() is not None


def _remind(db: Session, loaded: LoadedSession) -> list[int]:
    """Both participants' reminder of a session: in the inbox, and by e-mail if they want."""
    session, relationship = loaded.session, loaded.relationship
    assert session.starts_at is not None
    both = [relationship.coach_id, relationship.coachee_id]
    people = {p.id: p for p in db.exec(select(User).where(col(User.id).in_(both)))}
    slot = session.slot()
    assert slot is not None
    for person_id, other_id in (
        (relationship.coach_id, relationship.coachee_id),
        (relationship.coachee_id, relationship.coach_id),
    ):
        person, other = people[person_id], people[other_id]
        message = reminder_message(
            number=session.number,
            other=other.name,
            when=slot_text(slot, person.time_zone),
            programme=loaded.programme.name,
        )
        db.add(
            Notification(
                recipient_id=person_id,
                actor_id=other_id,
                session_id=session.id,
                kind="reminder",
                message=message,
            )
        )
        if person.email_reminders:
            outbox.queue(
                db,
                user=person,
                kind=outbox.REMINDER,
                dedupe_key=f"reminder:{session.id}:{_moment(session.starts_at)}:{person_id}",
                written=change_mail(
                    subject=f"Reminder: {session_title(session.number)} · {loaded.programme.name}",
                    message=message,
                    details=session_details(loaded, person.time_zone),
                    url=settings.base_url()
                    + routes.session_url(session.relationship_id, session.number),
                ),
            )
    return [relationship.coach_id, relationship.coachee_id]


def _nudge(
    db: Session, relationship: Relationship, programme: Programme, ended: datetime, now: datetime
) -> int:
    """The coach's nudge to arrange the next session; returns whom it tells."""
    coach, coachee = (db.get(User, i) for i in (relationship.coach_id, relationship.coachee_id))
    assert coach is not None and coachee is not None and relationship.id is not None
    _, follower = role_names(RelationshipKind(relationship.kind))
    message = nudge_message(
        other=coachee.name, role=follower.lower(), days=(now - ended).days, programme=programme.name
    )
    db.add(
        Notification(
            recipient_id=coach.id or 0,
            actor_id=coachee.id or 0,
            relationship_id=relationship.id,
            kind="nudge",
            message=message,
        )
    )
    if coach.email_reminders:
        outbox.queue(
            db,
            user=coach,
            kind=outbox.NUDGE,
            dedupe_key=f"nudge:{relationship.id}:{_moment(ended)}",
            written=change_mail(
                subject=f"Time to arrange your next session · {programme.name}",
                message=message,
                details=[("With", coachee.name), ("Programme", programme.name)],
                url=settings.base_url() + routes.relationship_url(relationship.id),
            ),
        )
    return coach.id or 0


def _moment(at: datetime) -> str:
    """An instant as a key: the same text for the same instant from either database."""
    return at.replace(tzinfo=None).isoformat(timespec="seconds")
