"""Validation boundaries of the session form and the cancel reason."""

from datetime import UTC, date, datetime, time

import pytest

from myecoach.domain.errors import ValidationFailed
from myecoach.domain.statuses import SessionType
from myecoach.domain.validation import (
    EXTRA_INFORMATION_MAX,
    LOCATION_MAX,
    REASON_MAX,
    SessionDetails,
    check_cancel_reason,
    check_details,
    parse_session_form,
)

GOOD = dict(
    date="2026-12-08",
    start_time="14:00",
    end_time="15:00",
    time_zone="Europe/London",
    location="",
    session_type="Online",
    extra_information="",
)


def errors_for(**changes) -> dict[str, str]:
    with pytest.raises(ValidationFailed) as caught:
        parse_session_form(**{**GOOD, **changes})
    return caught.value.errors


def test_a_complete_form_parses_to_a_scheduled_session():
    details = parse_session_form(**GOOD)
    assert (details.date, details.start_time, details.end_time) == (
        date(2026, 12, 8),
        time(14),
        time(15),
    )
    assert details.scheduled
    assert details.starts_at().isoformat() == "2026-12-08T14:00:00+00:00"


def test_times_are_read_in_the_session_time_zone():
    details = parse_session_form(**{**GOOD, "time_zone": "America/New_York"})
    assert details.starts_at().isoformat() == "2026-12-08T19:00:00+00:00"


def test_an_empty_form_is_a_session_still_to_be_arranged():
    details = parse_session_form(**{**GOOD, "date": "", "start_time": "", "end_time": ""})
    assert not details.scheduled


def test_end_equal_to_start_is_refused():
    assert errors_for(end_time="14:00") == {"end_time": "End time must be after the start time."}


def test_end_before_start_is_refused():
    assert "end_time" in errors_for(end_time="13:59")


def test_end_one_minute_after_start_is_accepted():
    assert parse_session_form(**{**GOOD, "end_time": "14:01"}).end_time == time(14, 1)


def test_face_to_face_needs_a_location():
    errors = errors_for(session_type="Face-to-face", location="   ")
    assert errors == {"location": "Enter a location for a face-to-face session."}
    assert parse_session_form(**{**GOOD, "session_type": "Face-to-face", "location": "Room 2"})


def test_an_unknown_session_type_is_refused():
    assert "Skype, Online, Face-to-face, Call" in errors_for(session_type="Zoom")["session_type"]


@pytest.mark.parametrize(
    ("field", "limit", "key"),
    [
        ("location", LOCATION_MAX, "location"),
        ("extra_information", EXTRA_INFORMATION_MAX, "extra_information"),
    ],
)
def test_text_fields_have_length_limits(field, limit, key):
    assert parse_session_form(**{**GOOD, field: "x" * limit})
    assert "at most" in errors_for(**{field: "x" * (limit + 1)})[key]


def test_a_date_without_times_asks_for_them():
    assert errors_for(start_time="", end_time="") == {
        "start_time": "Enter a start time.",
        "end_time": "Enter an end time.",
    }


def test_times_without_a_date_ask_for_one():
    assert errors_for(date="") == {"date": "Pick a date for the session."}


@pytest.mark.parametrize("bad", ["08/12/2026", "2026-13-01", "tomorrow"])
def test_a_badly_typed_date_says_how_to_write_it(bad):
    assert "YYYY-MM-DD" in errors_for(date=bad)["date"]


def test_a_date_far_away_is_refused():
    assert "between" in errors_for(date="1999-12-31")["date"]


def test_a_badly_typed_time_says_how_to_write_it():
    assert "HH:MM" in errors_for(start_time="2pm")["start_time"]


@pytest.mark.parametrize("zone", ["Mars/Olympus", "/etc/localtime", "../../etc/passwd", ""])
def test_an_unknown_time_zone_is_refused(zone):
    assert errors_for(time_zone=zone) == {"time_zone": "Choose a time zone from the list."}


def test_every_problem_is_reported_at_once():
    assert set(errors_for(end_time="13:00", session_type="Face-to-face")) == {
        "end_time",
        "location",
    }


def test_a_cancel_reason_is_trimmed():
    assert check_cancel_reason("  Ill  ") == "Ill"


@pytest.mark.parametrize("reason", ["", "   ", "\n\t"])
def test_a_blank_cancel_reason_is_refused(reason):
    with pytest.raises(ValidationFailed, match="Give a reason"):
        check_cancel_reason(reason)


def test_a_cancel_reason_has_a_length_limit():
    assert check_cancel_reason("x" * REASON_MAX)
    with pytest.raises(ValidationFailed, match="at most"):
        check_cancel_reason("x" * (REASON_MAX + 1))


@pytest.mark.parametrize(
    "bad",
    ["14.30", "14:30Z", "1430Z", "14:30+05:00", "1430", "14:30:00", "24:00", "9:30", "²4:00"],
)
def test_only_hh_mm_is_read_as_a_time(bad):
    assert errors_for(start_time=bad) == {
        "start_time": "Enter the time as HH:MM, for example 14:30."
    }


def test_a_time_typed_with_a_dot_is_refused_rather_than_read_as_another_time():
    errors = errors_for(start_time="09.45", end_time="09:30")
    assert errors == {"start_time": "Enter the time as HH:MM, for example 14:30."}


def test_the_first_and_last_minute_of_the_day_are_times():
    details = parse_session_form(**{**GOOD, "start_time": "00:00", "end_time": "23:59"})
    assert (details.start_time, details.end_time) == (time(0), time(23, 59))


@pytest.mark.parametrize(
    ("field", "limit"),
    [
        ("location", LOCATION_MAX),
        ("extra_information", EXTRA_INFORMATION_MAX),
        ("date", 10),
        ("start_time", 5),
    ],
)
def test_a_value_padded_far_past_its_field_is_refused_not_cut(field, limit):
    padded = " " * (4 * limit) + GOOD[field] + "x"
    assert errors_for(**{field: padded})[field].endswith(f"can be at most {limit} characters.")


def test_a_value_padded_with_a_little_whitespace_is_trimmed_not_cut():
    details = parse_session_form(**{**GOOD, "location": " " * 100 + "Bring notes" + " " * 100})
    assert details.location == "Bring notes"


def test_a_cancel_reason_padded_far_past_its_limit_is_refused_not_cut():
    with pytest.raises(ValidationFailed, match="at most 1000 characters"):
        check_cancel_reason(" " * 4000 + "Coachee unwell")


@pytest.mark.parametrize("bad", ["Room\x002", "Room\udc80", "Room\x1b[2J", "Room\n2", "Room\t2"])
def test_a_location_with_characters_that_cannot_be_saved_is_refused(bad):
    assert errors_for(location=bad) == {
        "location": "Location contains characters that cannot be saved."
    }


def test_extra_information_may_hold_lines_and_tabs_but_no_control_characters():
    text = "Bring:\n\tnotes"
    assert parse_session_form(**{**GOOD, "extra_information": text}).extra_information == text
    assert errors_for(extra_information="Bring\x00notes") == {
        "extra_information": "Extra information contains characters that cannot be saved."
    }


@pytest.mark.parametrize("bad", ["Ill\x00", "Ill \udc80", "Ill\x07"])
def test_a_cancel_reason_with_characters_that_cannot_be_saved_is_refused(bad):
    with pytest.raises(ValidationFailed, match="contains characters that cannot be saved"):
        check_cancel_reason(bad)


def test_a_cancel_reason_may_hold_several_lines():
    assert check_cancel_reason("Ill.\nTo rearrange.") == "Ill.\nTo rearrange."


def check(**changes) -> dict[str, str]:
    return check_details(SessionDetails(**{**parse_session_form(**GOOD).__dict__, **changes}))


def test_details_built_by_hand_are_checked_like_a_form():
    assert check() == {}
    assert check(location="   ", session_type=SessionType.FACE_TO_FACE) == {
        "location": "Enter a location for a face-to-face session."
    }
    assert check(time_zone="/etc/localtime") == {"time_zone": "Choose a time zone from the list."}


@pytest.mark.parametrize(
    "start",
    [time(14, tzinfo=UTC), time(14, 0, 30), time(14, 0, 0, 1), time(14, fold=1), "14:00"],
)
def test_a_start_that_the_form_cannot_give_is_refused(start):
    assert check(start_time=start) == {"start_time": "Enter the time as HH:MM, for example 14:30."}


@pytest.mark.parametrize(
    ("day", "message"),
    [
        (date(1, 1, 1), "Pick a date between 2000 and 2100."),
        (date(9999, 12, 31), "Pick a date between 2000 and 2100."),
        (datetime(2026, 12, 8, 14), "Enter the date as YYYY-MM-DD, or pick it from the calendar."),
        ("2026-12-08", "Enter the date as YYYY-MM-DD, or pick it from the calendar."),
    ],
)
def test_a_date_that_the_form_cannot_give_is_refused(day, message):
    assert check(date=day) == {"date": message}


def test_an_unknown_session_type_or_a_location_that_is_not_text_is_refused():
    assert set(check(session_type="Zoom", location=None)) == {"session_type", "location"}


def test_a_time_skipped_when_the_clocks_go_forward_is_refused():
    errors = errors_for(date="2026-03-29", start_time="01:30", end_time="02:30")
    assert errors == {
        "start_time": "01:30 does not exist on 29 March 2026 in Europe/London: "
        "the clocks go forward. Choose another time."
    }


def test_an_end_skipped_when_the_clocks_go_forward_is_refused_in_that_zone_only():
    form = {"date": "2026-03-08", "start_time": "01:00", "end_time": "02:15"}
    assert errors_for(**form, time_zone="America/New_York") == {
        "end_time": "02:15 does not exist on 8 March 2026 in America/New_York: "
        "the clocks go forward. Choose another time."
    }
    assert parse_session_form(**{**GOOD, **form}).scheduled


def test_a_time_that_happens_twice_when_the_clocks_go_back_is_its_first_occurrence():
    form = {"date": "2026-10-25", "start_time": "01:30", "end_time": "01:45"}
    details = parse_session_form(**{**GOOD, **form})
    assert details.starts_at().isoformat() == "2026-10-25T00:30:00+00:00"
    assert details.ends_at() > details.starts_at()
