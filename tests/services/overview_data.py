"""Hand-built programmes for the admin overview's tests: every status, both kinds, a closed
relationship, sessions without a date, cancellations by each side. "Now" is 15 June 2026."""

from datetime import UTC, date, datetime, time
from types import SimpleNamespace

from myecoach.domain.statuses import SessionStatus, SessionType
from myecoach.domain.validation import SessionDetails
from myecoach.domain.wording import RelationshipKind
from myecoach.models import CoachingSession, Programme, Relationship, User
from tests.services.conftest import make_user

NOW = datetime(2026, 6, 15, 12, tzinfo=UTC)
DONE, CANCELLED = SessionStatus.COMPLETED, SessionStatus.CANCELLED
ARRANGED, TBA = SessionStatus.ARRANGED, SessionStatus.TO_BE_ARRANGED


def add(
    db,
    relationship: Relationship,
    number: int,
    status: SessionStatus,
    day: date | None = None,
    *,
    added: date = date(2026, 1, 2),
    cancelled_by: User | None = None,
    location: str = "Room 4.12",
    zone: str = "Europe/London",
    hours: tuple[time, time] = (time(10), time(11)),
) -> CoachingSession:
    """Store a session as the use cases would have left it."""
    session = CoachingSession.numbered(
        relationship,
        number,
        status=status,
        time_zone=zone,
        created_at=datetime.combine(added, time(9), UTC),
    )
    if day is not None:
        session.apply(
            SessionDetails(
                date=day,
                start_time=hours[0],
                end_time=hours[1],
                time_zone=zone,
                location=location,
                session_type=SessionType.FACE_TO_FACE,
            )
        )
    if cancelled_by is not None:
        session.cancelled_by_id = cancelled_by.id
        session.cancellation_reason = "Unwell; to rearrange."
        session.cancelled_at = NOW
    db.add(session)
    return session


def build_programmes(db, world) -> SimpleNamespace:
    """Relationships A and B (coaching, the world's), M (mentoring, another programme),
    C (closed) and D (no session at all), with their sessions."""
    tom, priya, mentee = (
        make_user(db, f"{key}@example.com", name)
        for key, name in [("tom", "Tom Walsh"), ("priya", "Priya Shah"), ("ana", "Ana Lima")]
    )
    mentoring = Programme(name="Graduate Mentoring 2026")
    db.add(mentoring)
    db.flush()
    a, b = world.relationship, world.other_relationship
    m = Relationship.between(mentoring, world.other_coach, mentee, kind=RelationshipKind.MENTORING)
    c = Relationship.between(world.programme, world.coach, priya, active=False)
    d = Relationship.between(world.programme, world.coach, tom)
    db.add_all([m, c, d])
    db.flush()
    add(db, a, 1, DONE, date(2026, 3, 10))
    add(db, a, 2, CANCELLED, date(2026, 3, 20), cancelled_by=world.coachee)
    add(db, a, 3, CANCELLED, date(2026, 4, 2), cancelled_by=world.coach)
    add(db, a, 4, ARRANGED, date(2026, 6, 1))  # passed, never marked completed
    add(db, a, 5, TBA, added=date(2026, 5, 5))
    add(db, b, 1, DONE, date(2026, 5, 1))
    add(db, b, 2, CANCELLED, added=date(2026, 4, 20), cancelled_by=world.admin)
    add(db, m, 1, DONE, date(2026, 6, 10))
    add(db, m, 2, ARRANGED, date(2026, 7, 1))
    add(db, c, 1, DONE, date(2025, 12, 20))
    add(db, c, 2, CANCELLED, date(2026, 1, 5), cancelled_by=priya)
    db.commit()
    return SimpleNamespace(a=a, b=b, m=m, c=c, d=d, mentoring=mentoring)
