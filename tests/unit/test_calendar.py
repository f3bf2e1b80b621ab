"""Sessions as calendar events: what calendars show, and the iCalendar they are sent as."""

from dataclasses import replace
from datetime import UTC, date, datetime, time

import pytest
from ical.calendar_stream import IcsCalendarStream
from icalendar import Calendar, Event

from myecoach.domain.calendar import (
    SessionEvent,
    SessionFacts,
    calendar_ical,
    event_ical,
    new_event_uid,
    shown_in_calendar,
)
from myecoach.domain.local_times import place_name
from myecoach.domain.statuses import SessionStatus
from myecoach.domain.validation import SessionDetails


def facts(status=SessionStatus.ARRANGED, day=date(2026, 12, 8), start=time(14), end=time(15),
          zone="Europe/London", **changes) -> SessionFacts:  # fmt: skip
    details = SessionDetails(date=day, start_time=start, end_time=end, time_zone=zone)
    base = SessionFacts(
        status=status,
        starts_at=details.starts_at(),
        ends_at=details.ends_at(),
        time_zone=zone,
        location="Room 4.12, Bush House",
        session_type="Face-to-face",
        extra_information="Bring your reflections.",
        cancellation_reason="",
    )
    return replace(base, **changes)


def event(session: SessionFacts | None = None, kind="coaching", **changes) -> SessionEvent:
    shown = shown_in_calendar(session or facts())
    assert shown is not None
    base = SessionEvent(
        uid="5f0c7d1e-0000-4000-8000-000000000001@myecoach",
        sequence=3,
        stamp=datetime(2026, 11, 29, 21, 0, tzinfo=UTC),
        kind=kind,
        number=4,
        programme="Leadership Coaching 2026",
        leader="Claire Bennett",
        follower="Daniel Okafor",
        url="http://localhost:3000/relationships/1/sessions/4",
        shown=shown,
    )
    return replace(base, **changes)


def parsed(ics: bytes) -> Event:
    (vevent,) = Calendar.from_ical(ics).walk("VEVENT")
    return vevent


def test_a_session_to_be_arranged_has_no_event():
    to_arrange = SessionFacts(SessionStatus.TO_BE_ARRANGED, None, None, "UTC", "", None, "", "")
    assert shown_in_calendar(to_arrange) is None
    assert shown_in_calendar(replace(to_arrange, status=SessionStatus.CANCELLED)) is None


def test_the_event_says_who_which_session_where_and_when_in_utc():
    vevent = parsed(calendar_ical([event()]))
    assert vevent["SUMMARY"] == "Coaching: Claire Bennett & Daniel Okafor — Session 4"
    assert vevent["LOCATION"] == "Room 4.12, Bush House"
    assert vevent["STATUS"] == "CONFIRMED"
    assert vevent["UID"] == "5f0c7d1e-0000-4000-8000-000000000001@myecoach"
    assert vevent["SEQUENCE"] == 3
    assert vevent.to_ical().decode().count("DTSTART:20261208T140000Z") == 1
    assert vevent.start == datetime(2026, 12, 8, 14, tzinfo=UTC)
    assert vevent.end == datetime(2026, 12, 8, 15, tzinfo=UTC)
    assert vevent.stamp == datetime(2026, 11, 29, 21, 0, tzinfo=UTC)
    description = str(vevent["DESCRIPTION"])
    assert "Coach: Claire Bennett · Coachee: Daniel Okafor" in description
    assert "Tue 8 Dec 2026, 14:00–15:00 London time" in description
    assert "Bring your reflections." in description
    assert "Open in myecoach: http://localhost:3000/relationships/1/sessions/4" in description


def test_mentoring_uses_mentor_words_and_a_remote_session_shows_its_type_as_location():
    remote = facts(location="", session_type="Call")
    vevent = parsed(calendar_ical([event(remote, kind="mentoring", leader="Maria Santos")]))
    assert vevent["SUMMARY"] == "Mentoring: Maria Santos & Daniel Okafor — Session 4"
    assert "Mentor: Maria Santos · Mentee: Daniel Okafor" in str(vevent["DESCRIPTION"])
    assert vevent["LOCATION"] == "Call"


def test_a_cancelled_session_is_cancelled_in_calendars_and_a_completed_one_stays():
    cancelled = facts(SessionStatus.CANCELLED, cancellation_reason="Coachee unwell")
    vevent = parsed(calendar_ical([event(cancelled)]))
    assert vevent["STATUS"] == "CANCELLED"
    assert vevent["TRANSP"] == "TRANSPARENT"
    assert str(vevent["SUMMARY"]).startswith("Cancelled: Coaching:")
    assert "Cancelled: Coachee unwell" in str(vevent["DESCRIPTION"])
    assert shown_in_calendar(facts(SessionStatus.COMPLETED)) == shown_in_calendar(facts())


@pytest.mark.parametrize(
    "change",
    [
        {"starts_at": datetime(2026, 12, 8, 13, tzinfo=UTC)},
        {"ends_at": datetime(2026, 12, 8, 16, tzinfo=UTC)},
        {"time_zone": "Europe/Dublin"},  # same instants, another zone in the description
        {"location": "Room 5"},
        {"session_type": "Online"},
        {"extra_information": "Read chapter 3."},
        {"status": SessionStatus.CANCELLED},
    ],
)
def test_every_change_a_calendar_shows_changes_what_it_shows(change):
    assert shown_in_calendar(facts(**change)) != shown_in_calendar(facts())


def test_what_is_shown_is_all_an_event_is_built_from_besides_who_and_its_version():
    # Completing changes the stored status but not the event, byte for byte.
    arranged, completed = event(facts()), event(facts(SessionStatus.COMPLETED))
    assert event_ical(arranged) == event_ical(completed)


@pytest.mark.parametrize(
    ("zone", "day", "start", "end", "utc_start", "utc_end"),
    [
        ("Europe/London", date(2026, 3, 28), time(10), time(11), (10, 0), (11, 0)),
        ("Europe/London", date(2026, 3, 29), time(10), time(11), (9, 0), (10, 0)),
        # across the change itself (01:00 GMT -> 02:00 BST): 00:30 GMT to 03:00 BST
        ("Europe/London", date(2026, 3, 29), time(0, 30), time(3), (0, 30), (2, 0)),
        ("Europe/Berlin", date(2026, 10, 24), time(9, 30), time(10, 30), (7, 30), (8, 30)),
        ("Europe/Berlin", date(2026, 10, 25), time(9, 30), time(10, 30), (8, 30), (9, 30)),
        ("America/New_York", date(2026, 11, 1), time(9), time(10), (14, 0), (15, 0)),
    ],
)
def test_times_are_right_in_utc_across_daylight_saving_changes(
    zone, day, start, end, utc_start, utc_end
):
    vevent = parsed(calendar_ical([event(facts(day=day, start=start, end=end, zone=zone))]))
    assert vevent.start == datetime.combine(day, time(*utc_start), UTC)
    assert vevent.end == datetime.combine(day, time(*utc_end), UTC)
    assert f"{start:%H:%M}–{end:%H:%M} {place_name(zone)} time" in str(vevent["DESCRIPTION"])


def test_a_feed_has_no_calendar_uid_and_parses_with_two_independent_parsers():
    events = [event(uid=new_event_uid(), number=n) for n in range(1, 4)]
    ics = calendar_ical(events, name="myecoach: Claire Bennett")
    calendar = Calendar.from_ical(ics)
    assert "UID" not in calendar
    assert calendar["METHOD"] == "PUBLISH"
    assert calendar.calendar_name == "myecoach: Claire Bennett"
    assert [e["UID"] for e in calendar.walk("VEVENT")] == [e.uid for e in events]
    assert calendar.to_ical() == ics  # round-trips byte for byte
    independent = IcsCalendarStream.calendar_from_ics(ics.decode())
    assert [e.uid for e in independent.events] == [e.uid for e in events]
    assert {e.sequence for e in independent.events} == {3}
    assert independent.events[0].dtstart == datetime(2026, 12, 8, 14, tzinfo=UTC)


def test_the_feed_is_exactly_what_icalendar_writes_for_the_whole_calendar():
    events = [event(uid=new_event_uid(), number=n) for n in range(1, 4)]
    whole = Calendar.from_ical(calendar_ical([], name="Feed"))
    for one in events:
        whole.add_component(parsed(calendar_ical([one])))
    assert calendar_ical(events, name="Feed") == whole.to_ical()


def test_text_that_looks_like_icalendar_stays_text():
    sneaky = facts(
        location="Room 1\r\nEND:VEVENT\r\nBEGIN:VEVENT", extra_information="a;b,c\\d\nline"
    )
    calendar = Calendar.from_ical(calendar_ical([event(sneaky)]))
    (vevent,) = calendar.walk("VEVENT")
    assert vevent["LOCATION"] == "Room 1\nEND:VEVENT\nBEGIN:VEVENT"  # one event, escaped
    assert "a;b,c\\d\nline" in str(vevent["DESCRIPTION"])


def test_event_uids_are_random():
    uids = {new_event_uid() for _ in range(1000)}
    assert len(uids) == 1000
    assert all(uid.endswith("@myecoach") and len(uid) == 45 for uid in uids)
