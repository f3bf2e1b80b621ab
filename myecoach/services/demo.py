"""The demo accounts and relationships, loaded into an empty database in demo mode."""

from datetime import datetime

from sqlmodel import Session, select

from myecoach.domain.statuses import SessionStatus, SessionType
from myecoach.domain.wording import RelationshipKind
from myecoach.models import Programme, Relationship, User, utc_now
from myecoach.services.auth import hash_password
from myecoach.services.demo_story import DAY, HOUR, ZONE, Planned, sessions_with_story

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


def load_demo_data(db: Session, *, now: datetime | None = None) -> bool:
    """Load the demo data unless any user exists; returns whether it loaded."""
    if db.exec(select(User.id).limit(1)).first() is not None:
        return False
    now = now or utc_now()
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
    sessions_with_story(
        db,
        coaching,
        now,
        [
            Planned(
                SessionStatus.COMPLETED,
                -21,
                SessionType.FACE_TO_FACE,
                "Room 4.12, Bush House",
                28 * DAY,
            ),
            Planned(SessionStatus.ARRANGED, -2, SessionType.ONLINE, "", 14 * DAY),
            Planned(SessionStatus.CANCELLED, 5, SessionType.CALL, "", 10 * DAY),
            Planned(SessionStatus.ARRANGED, 9, SessionType.SKYPE, "", 3 * HOUR),
            Planned(SessionStatus.TO_BE_ARRANGED, None, None, "", 2 * HOUR),
        ],
    )
    mentoring = _relationship(
        db,
        graduates,
        users["mentor@example.com"],
        users["mentee@example.com"],
        RelationshipKind.MENTORING,
    )
    sessions_with_story(
        db,
        mentoring,
        now,
        [
            Planned(SessionStatus.COMPLETED, -14, SessionType.CALL, "", 21 * DAY),
            Planned(
                SessionStatus.ARRANGED,
                7,
                SessionType.FACE_TO_FACE,
                "Café Nero, 12 Strand, London",
                2 * HOUR,
                by_follower=True,
            ),
            Planned(SessionStatus.TO_BE_ARRANGED, None, None, "", HOUR),
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
        planned = Planned(SessionStatus.ARRANGED, offset, SessionType.ONLINE, "", 7 * DAY)
        sessions_with_story(db, extra, now, [planned])
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
