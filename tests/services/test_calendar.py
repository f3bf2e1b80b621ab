"""Sessions in calendars: UID and SEQUENCE through every use case, downloads and feeds."""

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar
from sqlalchemy import update

from myecoach.domain.calendar import FeedExists, NoEvent, shown_in_calendar
from myecoach.domain.errors import NotFound
from myecoach.domain.statuses import SessionStatus, SessionType
from myecoach.domain.validation import SessionDetails
from myecoach.models import Relationship
from myecoach.services import calendar
from myecoach.services import sessions as uc
from tests.services.test_sessions import DETAILS, add, cancel, complete, reactivate, save
from tests.statements import statements

NOW = datetime.now(UTC)


def arranged(db, world, details=DETAILS, relationship=None):
    relationship = relationship or world.relationship
    session = uc.add_session(db, actor=world.coach, relationship_id=relationship.id).session
    return save(db, world, session, details=details, confirm_clash=True)  # times may overlap


def feed_events(db, token: str, now: datetime | None = None) -> list:
    version = calendar.feed_version(db, token, now)
    assert version is not None
    return Calendar.from_ical(calendar.feed_calendar(db, version)).walk("VEVENT")


def test_arranging_gives_the_event_its_first_sequence_and_a_random_uid(db, world):
    to_arrange = add(db, world)
    uid = to_arrange.ical_uid
    assert to_arrange.ical_sequence == 0
    session = save(db, world, to_arrange)
    assert (session.ical_uid, session.ical_sequence) == (uid, 1)
    other = add(db, world)
    assert other.ical_uid != uid and str(other.id) not in uid.split("@")[0].split("-")


@pytest.mark.parametrize(
    "change",
    [
        {"date": DETAILS.date + timedelta(days=1)},
        {"start_time": time(13)},
        {"end_time": time(16)},
        {"time_zone": "Europe/Berlin"},
        {"location": "Room 5"},
        {"session_type": SessionType.CALL},
        {"extra_information": "Read chapter 3."},
    ],
)
def test_each_change_calendars_show_raises_the_sequence_and_keeps_the_uid(db, world, change):
    session = arranged(db, world)
    uid, sequence = session.ical_uid, session.ical_sequence
    session = save(db, world, session, details=replace(DETAILS, **change))
    assert (session.ical_uid, session.ical_sequence) == (uid, sequence + 1)


def test_cancel_and_reactivate_raise_the_sequence_and_completing_does_not(db, world):
    session = arranged(db, world)
    uid = session.ical_uid
    session = cancel(db, world, session)
    assert session.ical_sequence == 2
    session = reactivate(db, world, session).session
    assert session.ical_sequence == 3
    later = datetime.combine(DETAILS.date, time(16), UTC)
    session = complete(db, world, session, clock=lambda: later)
    assert (session.ical_uid, session.ical_sequence) == (uid, 3)
    assert session.status == SessionStatus.COMPLETED


def test_changes_to_a_session_without_an_event_leave_the_sequence_alone(db, world):
    session = add(db, world)
    session = save(db, world, session, details=SessionDetails(extra_information="Ideas"))
    assert session.ical_sequence == 0
    session = cancel(db, world, session)
    assert session.ical_sequence == 0


def test_a_save_that_changes_nothing_leaves_the_sequence_alone(db, world):
    session = arranged(db, world)
    session = save(db, world, session, notify=False)
    assert session.ical_sequence == 1


def test_the_feed_holds_every_session_of_the_users_relationships_and_nothing_else(db, world):
    mine = arranged(db, world)
    to_arrange = add(db, world)
    cancelled = cancel(db, world, arranged(db, world))
    theirs = uc.add_session(
        db, actor=world.other_coach, relationship_id=world.other_relationship.id
    ).session
    theirs = save(db, world, theirs, actor=world.other_coach)
    for user in (world.coach, world.coachee):
        events = feed_events(db, calendar.create_feed(db, user=user))
        assert {e["UID"]: e["STATUS"] for e in events} == {
            mine.ical_uid: "CONFIRMED",
            cancelled.ical_uid: "CANCELLED",
        }
    assert to_arrange.ical_uid not in {e["UID"] for e in events}
    assert [
        e["UID"] for e in feed_events(db, calendar.create_feed(db, user=world.other_coachee))
    ] == [theirs.ical_uid]
    for stranger in (world.outsider, world.admin):  # admins: only relationships they are in
        assert feed_events(db, calendar.create_feed(db, user=stranger)) == []


def test_the_feed_spans_ninety_days_back_to_a_year_ahead(db, world):
    token = calendar.create_feed(db, user=world.coach)
    today = date.today()
    sessions = {
        days: arranged(db, world, replace(DETAILS, date=today + timedelta(days=days)))
        for days in (-100, -80, 0, 360, 370)
    }
    uids = {e["UID"] for e in feed_events(db, token)}
    assert uids == {sessions[days].ical_uid for days in (-80, 0, 360)}


def test_a_reset_address_stops_working_at_once_and_the_new_one_works(db, world):
    arranged(db, world)
    old = calendar.create_feed(db, user=world.coach)
    with pytest.raises(FeedExists):
        calendar.create_feed(db, user=world.coach)
    new = calendar.reset_feed(db, user=world.coach)
    assert calendar.feed_version(db, old) is None
    assert len(feed_events(db, new)) == 1
    assert calendar.feed_created(db, user=world.coach) is not None
    assert calendar.feed_created(db, user=world.coachee) is None


def test_unknown_tokens_open_nothing(db, world):
    arranged(db, world)
    calendar.create_feed(db, user=world.coach)
    for token in ("", "x" * 43, calendar.token_digest("x")):
        assert calendar.feed_version(db, token) is None


def test_the_validators_are_stable_and_change_with_the_feed(db, world):
    session = arranged(db, world)
    token = calendar.create_feed(db, user=world.coach)
    first = calendar.feed_version(db, token, NOW)
    assert calendar.feed_version(db, token, NOW) == first
    assert calendar.feed_version(db, token).etag == first.etag
    body = calendar.feed_calendar(db, first)
    assert calendar.feed_calendar(db, calendar.feed_version(db, token)) == body
    session = save(db, world, session, details=replace(DETAILS, location="Room 5"))
    edited = calendar.feed_version(db, token)
    assert edited.etag != first.etag and edited.last_modified > first.last_modified
    complete(db, world, session, clock=lambda: datetime.combine(DETAILS.date, time(16), UTC))
    completed = calendar.feed_version(db, token)
    assert completed.etag != edited.etag  # the event's DTSTAMP moved
    new_token = calendar.reset_feed(db, user=world.coach)
    assert calendar.feed_version(db, new_token).etag != completed.etag


def test_the_etag_follows_every_relationship_and_the_window_from_the_index_alone(db, world, engine):
    second = Relationship.between(world.programme, world.coach, world.other_coachee)
    db.add(second)
    db.commit()
    first = arranged(db, world)
    later = arranged(db, world, replace(DETAILS, date=DETAILS.date + timedelta(days=30)), second)
    token = calendar.create_feed(db, user=world.coach)
    before = calendar.feed_version(db, token, NOW)
    save(db, world, later, details=replace(DETAILS, date=later.date, location="Room 6"))
    with statements(engine) as run:
        edited = calendar.feed_version(db, token, NOW)
    assert edited.etag != before.etag
    first_left = first.starts_at.replace(tzinfo=UTC) + calendar.FEED_PAST
    around = [first_left + timedelta(hours=hours) for hours in (-1, 1, 2)]
    still_in, gone, still_gone = (calendar.feed_version(db, token, now).etag for now in around)
    assert still_in != gone == still_gone
    if engine.dialect.name == "sqlite":  # the sessions are read from the index, not their rows
        ((query, parameters),) = run
        plan = db.connection().exec_driver_sql(f"EXPLAIN QUERY PLAN {query}", parameters)
        assert "COVERING INDEX ix_coaching_session_feed" in " ".join(row[-1] for row in plan)


def test_a_download_works_once_for_a_participant_within_a_minute(db, world):
    session = arranged(db, world)
    target = {"relationship_id": world.relationship.id, "number": session.number}
    token = calendar.issue_download(db, actor=world.coachee, **target)
    file = calendar.redeem_download(db, token)
    assert file is not None and file.filename == f"session-{session.number}.ics"
    parsed = Calendar.from_ical(file.body)
    assert parsed["METHOD"] == "PUBLISH"
    assert [e["UID"] for e in parsed.walk("VEVENT")] == [session.ical_uid]
    assert calendar.redeem_download(db, token) is None
    late = calendar.issue_download(db, actor=world.coachee, now=NOW, **target)
    assert calendar.redeem_download(db, late, NOW + timedelta(seconds=61)) is None


def test_a_download_is_refused_to_outsiders_and_for_sessions_without_an_event(db, world):
    session = arranged(db, world)
    target = {"relationship_id": world.relationship.id, "number": session.number}
    for stranger in (world.outsider, world.other_coach):
        with pytest.raises(NotFound):
            calendar.issue_download(db, actor=stranger, **target)
    admin = calendar.issue_download(db, actor=world.admin, **target)
    assert calendar.redeem_download(db, admin) is not None
    to_arrange = add(db, world)
    with pytest.raises(NoEvent):
        calendar.issue_download(
            db, actor=world.coach, relationship_id=world.relationship.id, number=to_arrange.number
        )


def test_a_download_is_refused_once_its_user_has_left_the_relationship(db, world):
    session = arranged(db, world)
    token = calendar.issue_download(
        db, actor=world.coachee, relationship_id=world.relationship.id, number=session.number
    )
    db.exec(
        update(Relationship)
        .where(Relationship.id == world.relationship.id)
        .values(coachee_id=world.outsider.id)
    )
    db.commit()
    assert calendar.redeem_download(db, token) is None


def next_offset_change(zone: str) -> date:
    """The first day within the coming year on which ``zone``'s UTC offset has changed."""
    day = date.today() + timedelta(days=1)
    while (
        datetime.combine(day, time(12), ZoneInfo(zone)).utcoffset()
        == datetime.combine(day - timedelta(days=1), time(12), ZoneInfo(zone)).utcoffset()
    ):
        day += timedelta(days=1)
    return day


def test_the_feed_keeps_the_local_time_across_a_daylight_saving_change(db, world):
    token = calendar.create_feed(db, user=world.coach)
    change = next_offset_change("Europe/London")
    before, after = (
        arranged(db, world, replace(DETAILS, date=day, start_time=time(10), end_time=time(11)))
        for day in (change - timedelta(days=1), change)
    )
    starts = {e["UID"]: e.start for e in feed_events(db, token)}
    for session in (before, after):
        local = datetime.combine(session.date, time(10), ZoneInfo("Europe/London"))
        assert starts[session.ical_uid] == local.astimezone(UTC)
    hours = {starts[before.ical_uid].hour, starts[after.ical_uid].hour}
    assert hours == {9, 10}


def test_one_query_validates_a_feed_and_one_more_builds_it_however_many_sessions(db, world, engine):
    token = calendar.create_feed(db, user=world.coach)
    counts = []
    for more in (2, 40):
        for _ in range(more):
            arranged(db, world)
        db.expunge_all()
        with statements(engine) as checking:
            version = calendar.feed_version(db, token)
        with statements(engine) as building:
            calendar.feed_calendar(db, version)
        counts.append((len(checking), len(building)))
    assert counts == [(1, 1), (1, 1)]


def test_a_deactivated_persons_feed_and_downloads_stop_working(db, world):
    session = arranged(db, world)
    token = calendar.create_feed(db, user=world.coachee)
    download = calendar.issue_download(
        db, actor=world.coachee, relationship_id=world.relationship.id, number=session.number
    )
    world.coachee.active = False
    db.commit()
    assert calendar.feed_version(db, token) is None
    assert calendar.redeem_download(db, download) is None


def test_the_feed_shows_each_session_as_the_use_cases_see_it(db, world):
    sessions = [
        arranged(db, world, replace(DETAILS, location="Room 5", extra_information="Notes")),
        cancel(db, world, arranged(db, world, replace(DETAILS, session_type=SessionType.CALL))),
    ]
    version = calendar.feed_version(db, calendar.create_feed(db, user=world.coach))
    events = {event.uid: event for event in calendar.feed_events(db, version)}
    for session in sessions:
        event = events[session.ical_uid]
        assert event.shown == shown_in_calendar(session.calendar_facts())
        assert (event.sequence, event.stamp) == (session.ical_sequence, session.updated_at)
        assert (event.number, event.leader, event.follower) == (
            session.number,
            "Claire Bennett",
            "Daniel Okafor",
        )


def test_renaming_a_programme_or_a_participant_changes_the_feed_and_its_etag(db, world):
    arranged(db, world)
    token = calendar.create_feed(db, user=world.coachee)
    first = calendar.feed_version(db, token)
    for renamed in (world.programme, world.coach):
        renamed.name += " (renamed)"
        db.commit()
        version = calendar.feed_version(db, token)
        assert version.etag != first.etag
        (event,) = feed_events(db, token)
        assert renamed.name in f"{event['SUMMARY']} {event['DESCRIPTION']}"
        first = version
