"""The demo accounts and relationships, loaded into an empty database in demo mode."""

from datetime import date, datetime, time, timedelta

from sqlmodel import Session, select

from myecoach.domain.statuses import SessionStatus, SessionType
from myecoach.domain.validation import SessionDetails
from myecoach.domain.wording import RelationshipKind
from myecoach.models import CoachingSession, Programme, Relationship, User, utc_now
from myecoach.services.auth import hash_password

DEMO_PASSWORD = "myecoach-demo"
DEMO_ACCOUNTS = [
    ("admin@example.com", "Alex Morgan", "Admin team", True),
    ("coach@example.com", "Claire Bennett", "Coach", False),
    ("coachee@example.com", "Daniel Okafor", "Coachee", False),
    ("mentor@example.com", "Maria Santos", "Mentor", False),
    ("mentee@example.com", "Leo Fischer", "Mentee", False),
    ("outsider@example.com", "Olivia Reid", "In no relationship", False),
]
EXTRA_COACHEES = [
    "Priya Shah",
    "Tom Walsh",
    "Hannah Berg",
    "Samuel Adeyemi",
    "Chloe Martin",
    "Ivan Petrov",
    "Grace Liu",
    "Noah Kim",
    "Amara Diallo",
    "Ben Carter",
    "Sofia Rossi",
]
ZONE = "Europe/London"


def load_demo_data(db: Session, *, now: datetime | None = None) -> bool:
    """Load the demo data unless any user exists; returns whether it loaded."""
    if db.exec(select(User.id).limit(1)).first() is not None:
        return False
    today = (now or utc_now()).date()
    password = hash_password(DEMO_PASSWORD)
    users = {
        email: User(
            email=email,
            name=name,
            password_hash=password,
            is_admin=admin,
            is_demo=True,
            time_zone=ZONE,
        )
        for email, name, _, admin in DEMO_ACCOUNTS
    }
    leadership = Programme(name="Leadership Coaching 2026")
    graduates = Programme(name="Graduate Mentoring 2026")
    db.add_all([*users.values(), leadership, graduates])
    db.flush()
    coaching = _relationship(
        db,
        leadership,
        users["coach@example.com"],
        users["coachee@example.com"],
        RelationshipKind.COACHING,
    )
    _sessions(
        db,
        coaching,
        today,
        [
            (SessionStatus.COMPLETED, -21, SessionType.FACE_TO_FACE, "Room 4.12, Bush House"),
            (SessionStatus.ARRANGED, -2, SessionType.ONLINE, ""),
            (SessionStatus.CANCELLED, 5, SessionType.CALL, ""),
            (SessionStatus.ARRANGED, 9, SessionType.SKYPE, ""),
            (SessionStatus.TO_BE_ARRANGED, None, None, ""),
        ],
    )
    mentoring = _relationship(
        db,
        graduates,
        users["mentor@example.com"],
        users["mentee@example.com"],
        RelationshipKind.MENTORING,
    )
    _sessions(
        db,
        mentoring,
        today,
        [
            (SessionStatus.COMPLETED, -14, SessionType.CALL, ""),
            (SessionStatus.ARRANGED, 7, SessionType.FACE_TO_FACE, "Café Nero, 12 Strand, London"),
            (SessionStatus.TO_BE_ARRANGED, None, None, ""),
        ],
    )
    for offset, name in enumerate(EXTRA_COACHEES, start=1):
        coachee = User(
            email=f"{name.split()[0].lower()}@example.com",
            name=name,
            password_hash=password,
            is_demo=True,
            time_zone=ZONE,
        )
        db.add(coachee)
        db.flush()
        extra = _relationship(
            db,
            leadership,
            users["coach@example.com"],
            coachee,
            RelationshipKind.COACHING,
            active=offset % 5 != 0,
        )
        _sessions(db, extra, today, [(SessionStatus.ARRANGED, offset, SessionType.ONLINE, "")])
    db.commit()
    return True


def _relationship(
    db: Session,
    programme: Programme,
    leader: User,
    follower: User,
    kind: RelationshipKind,
    active: bool = True,
) -> Relationship:
    relationship = Relationship.between(programme, leader, follower, kind, active)
    db.add(relationship)
    db.flush()
    return relationship


SessionPlan = list[tuple[SessionStatus, int | None, SessionType | None, str]]


def _sessions(db: Session, relationship: Relationship, today: date, plan: SessionPlan) -> None:
    for number, (status, days, kind, location) in enumerate(plan, start=1):
        assert relationship.id is not None
        session = CoachingSession(
            relationship_id=relationship.id, number=number, status=status, time_zone=ZONE
        )
        if days is not None:
            session.apply(
                SessionDetails(
                    date=today + timedelta(days=days),
                    start_time=time(10),
                    end_time=time(11),
                    time_zone=ZONE,
                    location=location,
                    session_type=kind,
                    extra_information="Bring your reflections from last time."
                    if number == 1
                    else "",
                )
            )
        if status == SessionStatus.CANCELLED:
            session.cancellation_reason = "Coachee unwell; to rearrange."
            session.cancelled_by_id = relationship.coachee_id
            session.cancelled_at = utc_now()
        db.add(session)
