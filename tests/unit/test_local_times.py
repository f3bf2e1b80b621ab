"""Times across real clock changes: skipped times refused, repeated ones taken as their first
occurrence and shown with their offset, and each person reading their own zone beside the
zone a session was arranged in."""

from datetime import date, datetime, time

import pytest

from myecoach.domain.errors import ValidationFailed
from myecoach.domain.local_times import (
    Slot,
    instant_text,
    place_name,
    slot_day,
    slot_text,
    slot_times,
    utc_offset_text,
)
from myecoach.domain.validation import SessionDetails, parse_session_form
from myecoach.domain.zones import zone_rules

LONDON, NEW_YORK, SYDNEY, KOLKATA = (
    "Europe/London",
    "America/New_York",
    "Australia/Sydney",
    "Asia/Kolkata",
)


def slot(day: str, start: str, end: str, zone: str) -> Slot:
    """A session's slot as the form would arrange it."""
    details = parse_session_form(
        date=day,
        start_time=start,
        end_time=end,
        time_zone=zone,
        location="",
        session_type="Online",
        extra_information="",
    )
    found = details.slot()
    assert found is not None
    return found


def utc(text: str) -> str:
    """An instant as ISO text in UTC, for comparing."""
    return datetime.fromisoformat(text).isoformat()


@pytest.mark.parametrize(
    ("day", "at", "zone", "why"),
    [
        ("2026-03-29", "01:30", LONDON, "29 March 2026 in Europe/London"),
        ("2026-03-08", "02:30", NEW_YORK, "8 March 2026 in America/New_York"),
        ("2026-10-04", "02:00", SYDNEY, "4 October 2026 in Australia/Sydney"),
    ],
)
def test_a_time_the_clocks_skip_is_refused_beside_its_field(day, at, zone, why):
    with pytest.raises(ValidationFailed) as refused:
        slot(day, at, "05:00", zone)
    assert refused.value.errors == {
        "start_time": f"{at} does not exist on {why}: the clocks go forward. Choose another time."
    }


def test_kolkata_has_no_clock_changes_so_every_time_exists():
    for day in ("2026-03-29", "2026-10-25", "2026-03-08", "2026-11-01", "2026-10-04"):
        for hour in range(23):
            slot(day, f"{hour:02}:30", f"{hour + 1:02}:00", KOLKATA)


@pytest.mark.parametrize(
    ("day", "start", "end", "zone", "starts_at", "ends_at"),
    [
        # clocks go forward: the hour before and after the change
        ("2026-03-29", "00:30", "03:00", LONDON, "2026-03-29T00:30Z", "2026-03-29T02:00Z"),
        ("2026-03-08", "01:00", "03:30", NEW_YORK, "2026-03-08T06:00Z", "2026-03-08T07:30Z"),
        ("2026-10-04", "01:30", "03:00", SYDNEY, "2026-10-03T15:30Z", "2026-10-03T16:00Z"),
        # clocks go back: a repeated time is its first occurrence (summer time still)
        ("2026-10-25", "01:30", "02:30", LONDON, "2026-10-25T00:30Z", "2026-10-25T02:30Z"),
        ("2026-11-01", "01:15", "01:45", NEW_YORK, "2026-11-01T05:15Z", "2026-11-01T05:45Z"),
        ("2026-04-05", "02:30", "03:30", SYDNEY, "2026-04-04T15:30Z", "2026-04-04T17:30Z"),
        # half an hour ahead of whole hours, all year
        ("2026-06-15", "09:00", "10:00", KOLKATA, "2026-06-15T03:30Z", "2026-06-15T04:30Z"),
    ],
)
def test_wall_clock_times_become_the_right_instants(day, start, end, zone, starts_at, ends_at):
    found = slot(day, start, end, zone)
    assert (found.starts_at.isoformat(), found.ends_at.isoformat()) == (
        utc(starts_at),
        utc(ends_at),
    )


@pytest.mark.parametrize(
    ("viewer", "text"),
    [
        (LONDON, "Tue 8 Dec 2026, 10:00–11:00 London time"),
        (
            "Europe/Berlin",
            "Tue 8 Dec 2026, 11:00–12:00 your time in Berlin · 10:00–11:00 in London",
        ),
        (NEW_YORK, "Tue 8 Dec 2026, 05:00–06:00 your time in New York · 10:00–11:00 in London"),
        (KOLKATA, "Tue 8 Dec 2026, 15:30–16:30 your time in Kolkata · 10:00–11:00 in London"),
        (SYDNEY, "Tue 8 Dec 2026, 21:00–22:00 your time in Sydney · 10:00–11:00 in London"),
    ],
)
def test_each_person_reads_their_own_time_beside_the_sessions_zone(viewer, text):
    assert slot_text(slot("2026-12-08", "10:00", "11:00", LONDON), viewer) == text


@pytest.mark.parametrize(
    ("day", "new_york"),
    [
        ("2026-03-05", "09:00–10:00"),  # both on winter time: 5 hours apart
        ("2026-03-19", "10:00–11:00"),  # New York has moved on, London not yet: 4 hours
        ("2026-04-02", "09:00–10:00"),  # both on summer time: 5 hours again
        ("2026-10-29", "10:00–11:00"),  # London is back, New York not yet: 4 hours
    ],
)
def test_the_gap_between_two_zones_follows_each_ones_clock_changes(day, new_york):
    assert slot_times(slot(day, "14:00", "15:00", LONDON), NEW_YORK) == (
        f"{new_york} your time in New York · 14:00–15:00 in London"
    )


def test_the_southern_summer_ends_as_the_northern_one_begins():
    before, after = (
        slot("2026-04-02", "10:00", "11:00", LONDON),
        slot("2026-04-09", "10:00", "11:00", LONDON),
    )
    assert slot_times(before, SYDNEY).startswith("20:00–21:00 your time in Sydney")
    assert slot_times(after, SYDNEY).startswith("19:00–20:00 your time in Sydney")


def test_a_day_that_differs_between_the_zones_is_named_on_both_sides():
    evening = slot("2026-12-08", "16:00", "17:00", LONDON)
    assert slot_text(evening, SYDNEY) == (
        "Wed 9 Dec 2026, 03:00–04:00 your time in Sydney · Tue 8 Dec 2026, 16:00–17:00 in London"
    )
    assert slot_day(evening, SYDNEY) == "Wed 9 Dec 2026"


def test_a_session_over_the_viewers_midnight_names_the_day_it_ends():
    late = slot("2026-12-08", "22:30", "23:30", LONDON)
    assert slot_text(late, "Europe/Berlin") == (
        "Tue 8 Dec 2026, 23:30 – Wed 9 Dec 2026, 00:30 your time in Berlin · 22:30–23:30 in London"
    )


@pytest.mark.parametrize(
    ("day", "start", "end", "zone", "text"),
    [
        (
            "2026-10-25",
            "01:30",
            "02:30",
            LONDON,
            "Sun 25 Oct 2026, 01:30 UTC+1 – 02:30 London time",
        ),
        (
            "2026-11-01",
            "01:15",
            "01:45",
            NEW_YORK,
            "Sun 1 Nov 2026, 01:15 UTC-4 – 01:45 UTC-4 New York time",
        ),
        (
            "2026-04-05",
            "02:30",
            "03:30",
            SYDNEY,
            "Sun 5 Apr 2026, 02:30 UTC+11 – 03:30 Sydney time",
        ),
    ],
)
def test_a_time_that_happens_twice_is_shown_with_its_utc_offset(day, start, end, zone, text):
    assert slot_text(slot(day, start, end, zone), zone) == text


def test_the_offset_shows_only_where_the_time_happens_twice():
    repeated = slot("2026-10-25", "01:30", "02:30", LONDON)
    assert slot_text(repeated, KOLKATA) == (
        "Sun 25 Oct 2026, 06:00–08:00 your time in Kolkata · 01:30 UTC+1 – 02:30 in London"
    )


@pytest.mark.parametrize(
    ("zone", "offset"),
    [
        (LONDON, "UTC+0"),
        (KOLKATA, "UTC+5:30"),
        ("Asia/Kathmandu", "UTC+5:45"),
        ("America/St_Johns", "UTC-3:30"),
        (NEW_YORK, "UTC-5"),
    ],
)
def test_utc_offsets_read_as_hours_and_minutes(zone, offset):
    winter = datetime(2026, 1, 15, 12, tzinfo=zone_rules(zone))
    assert utc_offset_text(winter) == offset


@pytest.mark.parametrize(
    ("zone", "name"),
    [
        (LONDON, "London"),
        ("America/Argentina/Buenos_Aires", "Buenos Aires"),
        ("UTC", "UTC"),
        ("US/Eastern", "US/Eastern"),  # an old name is shown as it is
    ],
)
def test_zones_are_named_after_their_place(zone, name):
    assert place_name(zone) == name


def test_an_instant_reads_in_the_viewers_zone_with_its_offset_when_repeated():
    first_one_thirty = datetime.fromisoformat("2026-10-25T00:30:00+00:00")
    assert instant_text(first_one_thirty, LONDON) == "Sun 25 Oct 2026, 01:30 UTC+1"
    assert instant_text(first_one_thirty, KOLKATA) == "Sun 25 Oct 2026, 06:00"


def test_an_unscheduled_session_has_no_slot():
    assert SessionDetails(date=date(2026, 12, 8), start_time=time(10)).slot() is None
