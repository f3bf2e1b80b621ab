"""Reminders: the day before a session, and a nudge when nothing is arranged after the last
one; each exactly once, however many workers sweep at the same moment."""

from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta

import pytest
from sqlmodel import Session, col, func, select

from myecoach.domain.statuses import SessionStatus, SessionType
from myecoach.domain.validation import SessionDetails
from myecoach.models import CoachingSession, Notification, OutboxMessage, Reminder
from myecoach.services import reminders
from myecoach.services import sessions as uc

# Tomorrow at 09:00 UTC: the sessions these tests place up to a day ahead end on the day they
# start, whatever the time the tests run.
NOW = datetime.now(UTC).replace(hour=9, minute=0, second=0, microsecond=0) + timedelta(days=1)
ZONE = "UTC"


@pytest.fixture
def mail_on(monkeypatch):
    monkeypatch.setenv("MYECOACH_SMTP_URL", "smtp://127.0.0.1:1")
    monkeypatch.setenv("MYECOACH_MAIL_FROM", "myecoach <no-reply@example.org>")


def session_at(db, world, starts: datetime, status=SessionStatus.ARRANGED) -> CoachingSession:
    """A session of the world's coaching relationship starting at ``starts`` (UTC)."""
    number = 1 + db.exec(select(func.count(col(CoachingSession.id)))).one()
    session = CoachingSession.numbered(world.relationship, number, status=status)
    session.apply(
        SessionDetails(
            starts.date(),
            starts.time(),
            (starts + timedelta(hours=1)).time(),
            ZONE,
            "",
            SessionType.ONLINE,
        )
    )
    db.add(session)
    db.commit()
    return session


def notes(db, kind: str) -> list[tuple[int, str]]:
    """(recipient, message) of every notification of this kind."""
    rows = db.exec(
        select(Notification.recipient_id, Notification.message).where(Notification.kind == kind)
    )
    return sorted(rows)


def test_both_participants_are_reminded_the_day_before_once(db, world, mail_on):
    session_at(db, world, NOW + timedelta(hours=20))
    session_at(db, world, NOW + timedelta(hours=30))  # not yet
    told = reminders.sweep_day_before(db, now=NOW)
    assert sorted(told) == sorted([world.coach.id, world.coachee.id])
    reminded = notes(db, "reminder")
    assert [who for who, _ in reminded] == sorted([world.coach.id, world.coachee.id])
    assert all("Reminder: Session 1 with" in message for _, message in reminded)
    assert "with Daniel Okafor" in dict(reminded)[world.coach.id]
    assert len(db.exec(select(OutboxMessage)).all()) == 2
    assert reminders.sweep_day_before(db, now=NOW) == []
    assert len(notes(db, "reminder")) == 2


def test_no_reminder_for_sessions_not_arranged_or_in_closed_relationships(db, world):
    session_at(db, world, NOW + timedelta(hours=5), SessionStatus.CANCELLED)
    session_at(db, world, NOW - timedelta(hours=5))
    world.other_relationship.active = False
    other = CoachingSession.numbered(world.other_relationship, 1)
    other.apply(
        SessionDetails(
            (NOW + timedelta(hours=2)).date(),
            (NOW + timedelta(hours=2)).time(),
            (NOW + timedelta(hours=3)).time(),
            ZONE,
        )
    )
    other.status = SessionStatus.ARRANGED
    db.add(other)
    db.commit()
    assert reminders.sweep_day_before(db, now=NOW) == []


def test_a_session_moved_after_its_reminder_gets_a_new_one(db, world):
    session = session_at(db, world, NOW + timedelta(hours=20))
    reminders.sweep_day_before(db, now=NOW)
    moved = uc.save_session(
        db,
        actor=world.coach,
        relationship_id=session.relationship_id,
        number=session.number,
        expected_version=session.version,
        details=SessionDetails(
            (NOW + timedelta(hours=22)).date(),
            (NOW + timedelta(hours=22)).time(),
            (NOW + timedelta(hours=23)).time(),
            ZONE,
            "",
            SessionType.ONLINE,
        ),
        notify=False,
    )
    assert moved.session.starts_at is not None
    assert len(reminders.sweep_day_before(db, now=NOW)) == 2
    assert len(notes(db, "reminder")) == 4


def test_reminder_emails_go_only_to_those_who_want_them(db, world, mail_on):
    world.coachee.email_reminders = False
    db.commit()
    session_at(db, world, NOW + timedelta(hours=3))
    reminders.sweep_day_before(db, now=NOW)
    assert [m.to_address for m in db.exec(select(OutboxMessage))] == ["coach@example.com"]
    assert len(notes(db, "reminder")) == 2  # both still see it in their inbox


def test_five_workers_sweeping_at_once_make_each_reminder_once(db, world, engine, mail_on):
    for hours in (2, 4, 6, 8):
        session_at(db, world, NOW + timedelta(hours=hours))
    for days in (20, 40):
        session_at(db, world, NOW - timedelta(days=days), SessionStatus.COMPLETED)

    def sweep(_: int) -> None:
        with Session(engine) as own:
            reminders.sweep_day_before(own, now=NOW)
            reminders.sweep_nudges(own, now=NOW)

    with ThreadPoolExecutor(max_workers=5) as workers:
        list(workers.map(sweep, range(5)))
    assert len(db.exec(select(Reminder).where(Reminder.kind == "day_before")).all()) == 4
    assert len(notes(db, "reminder")) == 8
    assert len(db.exec(select(OutboxMessage).where(OutboxMessage.kind == "reminder")).all()) == 8


def test_the_coach_is_nudged_once_when_nothing_follows_the_last_session(db, world, mail_on):
    session_at(db, world, NOW - timedelta(days=15, hours=2), SessionStatus.COMPLETED)
    session_at(db, world, NOW - timedelta(days=40), SessionStatus.COMPLETED)
    assert reminders.sweep_nudges(db, now=NOW) == [world.coach.id]
    ((who, message),) = notes(db, "nudge")
    assert who == world.coach.id
    assert "Your last session with Daniel Okafor was 15 days ago" in message
    assert reminders.sweep_nudges(db, now=NOW + timedelta(days=3)) == []
    (mailed,) = db.exec(select(OutboxMessage).where(OutboxMessage.kind == "nudge")).all()
    assert mailed.to_address == "coach@example.com"


def test_no_nudge_while_a_session_is_arranged_or_soon_after_the_last(db, world):
    session_at(db, world, NOW - timedelta(days=20), SessionStatus.COMPLETED)
    session_at(db, world, NOW + timedelta(days=3))
    assert reminders.sweep_nudges(db, now=NOW) == []
    assert reminders.sweep_nudges(db, now=NOW - timedelta(days=10)) == []
