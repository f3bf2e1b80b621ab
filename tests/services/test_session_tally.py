"""The overview's counts, kept by the database's triggers: after every kind of change to a
session (use cases, a bulk insert, a statement over many rows), the tally and each
relationship's last held session agree with a count of the sessions themselves."""

from datetime import UTC, date, datetime, time, timedelta
from itertools import pairwise

from sqlalchemy import insert, text, update
from sqlmodel import select

from myecoach import session_tally
from myecoach.domain.statuses import SessionStatus, SessionType
from myecoach.domain.validation import SessionDetails
from myecoach.models import CoachingSession, Relationship, SessionTally
from myecoach.services import sessions as uc
from myecoach.services.admin.pairing import pair, set_relationship_open
from myecoach.services.admin.programmes import archive_programme
from tests.services.overview_data import build_programmes

DETAILS = SessionDetails(
    date=date.today() + timedelta(days=7),
    start_time=time(14),
    end_time=time(15),
    time_zone="Europe/London",
    session_type=SessionType.ONLINE,
)


def tallied(connection, tally=session_tally.SESSIONS) -> dict[tuple, int]:
    """A tally's non-zero counts by key."""
    rows = connection.execute(text(f"SELECT * FROM {tally.table} WHERE {tally.total} <> 0"))
    return {tuple(row[:-1]): row[-1] for row in rows}


def assert_counts_in_step(connection) -> None:
    """The tallies, every relationship's last held session and every session's earlier
    cancellation, against the rows themselves."""
    for tally in session_tally.TALLIES:
        assert tallied(connection, tally) == session_tally.counted_afresh(connection, tally)
    last_held = connection.execute(
        text(
            "SELECT r.id, r.last_held_at, (SELECT max(starts_at) FROM coaching_session s"
            " WHERE s.relationship_id = r.id AND s.status IN ('Arranged', 'Completed'))"
            " FROM relationship r"
        )
    ).all()
    assert [(id, kept) for id, kept, _ in last_held] == [(id, held) for id, _, held in last_held]
    assert cancelled_after(connection) == earlier_cancellations(connection)


def cancelled_after(connection) -> dict[int, date | None]:
    """Each session's cancelled_after, as the database keeps it."""
    rows = connection.execute(text("SELECT id, cancelled_after FROM coaching_session"))
    return {id: _day(after) for id, after in rows}


def earlier_cancellations(connection) -> dict[int, date | None]:
    """Each session's cancelled_after, worked out here: for a cancelled session, the day of
    its relationship's cancellation before it (by day, then id)."""
    rows = connection.execute(
        text("SELECT id, relationship_id, status, date, created_at FROM coaching_session")
    ).all()
    found: dict[int, date | None] = {id: None for id, *_ in rows}
    cancelled = sorted(
        (relationship, _day(day) or _day(added), id)
        for id, relationship, status, day, added in rows
        if status == SessionStatus.CANCELLED
    )
    for before, after in pairwise(cancelled):
        if before[0] == after[0]:
            found[after[2]] = before[1]
    return found


def _day(value) -> date | None:
    """A stored date or timestamp's (UTC) day, however the database returns it."""
    if value is None or type(value) is date:
        return value
    if isinstance(value, datetime):
        return value.astimezone(UTC).date() if value.tzinfo else value.date()
    return date.fromisoformat(str(value)[:10])


def change(use_case, db, actor, session, **values):
    """Run a session use case on ``session`` as ``actor``; the session as saved."""
    return use_case(
        db,
        actor=actor,
        relationship_id=session.relationship_id,
        number=session.number,
        expected_version=session.version,
        **values,
    ).session


def test_each_use_case_keeps_the_counts(db, world):
    relationship = world.relationship.id
    first = uc.add_session(db, actor=world.coach, relationship_id=relationship).session
    second = uc.add_session(db, actor=world.coachee, relationship_id=relationship).session
    assert_counts_in_step(db.connection())
    first = change(uc.save_session, db, world.coach, first, details=DETAILS)
    assert_counts_in_step(db.connection())
    later = SessionDetails(**{**DETAILS.__dict__, "date": DETAILS.date + timedelta(days=40)})
    first = change(uc.save_session, db, world.coachee, first, details=later)
    second = change(uc.cancel_session, db, world.coachee, second, reason="Away")
    assert_counts_in_step(db.connection())
    first = change(uc.cancel_session, db, world.admin, first, reason="Room closed")
    assert (
        db.exec(select(Relationship.last_held_at).where(Relationship.id == relationship)).one()
        is None
    )
    first = change(uc.reactivate_session, db, world.coach, first)
    first = change(uc.complete_session, db, world.coach, first, clock=lambda: first.ends_at)
    assert_counts_in_step(db.connection())
    assert {(key[4], key[5]): count for key, count in tallied(db.connection()).items()} == {
        (SessionStatus.COMPLETED, ""): 1,
        (SessionStatus.CANCELLED, "coachee"): 1,
    }


def test_the_overview_programmes_are_counted(db, world):
    build_programmes(db, world)
    assert_counts_in_step(db.connection())
    assert sum(tallied(db.connection()).values()) == 11
    after = {day for day in cancelled_after(db.connection()).values() if day}
    assert after == {date(2026, 3, 20)}  # A's cancellation of 2 April follows that of 20 March


def test_bulk_writes_are_counted(db, world):
    rows = [
        {
            "relationship_id": relationship.id,
            "coach_id": relationship.coach_id,
            "coachee_id": relationship.coachee_id,
            "number": number,
            "status": SessionStatus.TO_BE_ARRANGED,
            "ical_uid": f"uid-{relationship.id}-{number}",
        }
        for relationship in (world.relationship, world.other_relationship)
        for number in range(1, 6)
    ]
    db.connection().execute(insert(CoachingSession), rows)
    db.connection().execute(
        update(CoachingSession)
        .where(CoachingSession.number > 2)
        .values(status=SessionStatus.CANCELLED, cancelled_by_id=CoachingSession.coach_id)
    )
    assert_counts_in_step(db.connection())
    db.connection().execute(text("DELETE FROM coaching_session WHERE number = 5"))
    assert_counts_in_step(db.connection())
    db.commit()
    by_status = db.exec(
        select(SessionTally.status, SessionTally.cancelled_by, SessionTally.sessions)
    ).all()
    assert sorted(by_status) == [
        (SessionStatus.CANCELLED, "coach", 4),
        (SessionStatus.TO_BE_ARRANGED, "", 4),
    ]


def test_pairing_closing_and_archiving_keep_the_relationship_counts(db, world):
    def counts() -> dict[tuple[str, bool], int]:
        assert_counts_in_step(db.connection())
        found = tallied(db.connection(), session_tally.RELATIONSHIPS)
        return {(kind, bool(active)): n for (_, kind, active), n in found.items()}

    assert counts() == {("coaching", True): 2}
    pair(
        db,
        admin=world.admin,
        programme_id=world.programme.id,
        kind="mentoring",
        coach_email="coach@example.com",
        coachee_email="other_coachee@example.com",
    )
    set_relationship_open(db, admin=world.admin, relationship_id=world.relationship.id, open_=False)
    assert counts() == {("coaching", True): 1, ("coaching", False): 1, ("mentoring", True): 1}
    archive_programme(db, admin=world.admin, programme_id=world.programme.id)
    assert counts() == {("coaching", False): 2, ("mentoring", False): 1}
